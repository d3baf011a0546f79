package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every counted push and interruption of a report, gathered when sessions, reconnects or incidents are
 * asked for: the distinct events with an identity ({@link Dedup}) and those without ({@link Loose}), each
 * with its contribution and when it happened, and each interruption's push (the push of the same callback
 * {@code sequence}), found in the identity table itself. In arrays of primitives: a million events take a
 * few tens of megabytes and no object each.
 */
// the ordinals are compared with the packed contribution's fields, as in Tally
@SuppressWarnings("EnumOrdinal")
final class Activity {
    private static final InterruptionCause[] CAUSES = InterruptionCause.values();
    private static final int RETRY = Recovery.RETRY.ordinal() + 1;
    private static final int FIX_REQUIRED = Recovery.FIX_REQUIRED.ordinal() + 1;
    private static final int NOT_NEEDED = Recovery.NOT_NEEDED.ordinal() + 1;
    /** A sequence key's event type bits: 0 an interruption, 1 a push. */
    private static final long TYPE_BITS = 3L << Dedup.TYPE_SHIFT;

    final int size;
    final long[] meta;
    final long[] when;
    /** For an interruption, the index of its push, or -1; for a push, -1. */
    final int[] pushOf;
    /**
     * The pushes with a time, as stream (high 32 bits) and second (low 32), sorted; made when first asked
     * for (a race makes two equal arrays, and the volatile write publishes a whole one).
     */
    private volatile long[] pushTimes;

    private Activity(int size) {
        this.size = size;
        this.meta = new long[size];
        this.when = new long[size];
        this.pushOf = new int[size];
        Arrays.fill(pushOf, -1);
    }

    static Activity of(Tally t) {
        EventTable table = t.dedup.table;
        int n = table.size() + t.dedup.texts.size() + t.loose.size;
        Activity a = new Activity(n);
        int[] indexOfSlot = new int[table.capacity()];
        int[] next = {0};
        table.forEachSlot((slot, low, m, w) -> {
            indexOfSlot[slot] = next[0];
            a.meta[next[0]] = m;
            a.when[next[0]] = w;
            next[0]++;
        });
        // an interruption's push has the same key but for its event type
        table.forEachSlot((slot, low, m, w) -> {
            if ((m & EventTable.SPAN) == 0 && (m & TYPE_BITS) == 0 && (m >>> Tally.KIND_SHIFT & 1) == 1) {
                int push = table.slotOf(low, (m & ~TYPE_BITS) | 1L << Dedup.TYPE_SHIFT);
                if (push >= 0) {
                    a.pushOf[indexOfSlot[slot]] = indexOfSlot[push];
                }
            }
        });
        int i = next[0];
        Map<String, Integer> textPushes = new HashMap<>(); // sequences kept as text: rare
        int firstText = i;
        for (Map.Entry<Dedup.TextKey, long[]> e : t.dedup.texts.entrySet()) {
            a.meta[i] = e.getValue()[0];
            a.when[i] = e.getValue()[1];
            Dedup.TextKey k = e.getKey();
            if (k.stream < 0 && !a.isInterruption(i)) { // "type:sequence", no stream: a sequence
                textPushes.put(k.text.substring(k.text.indexOf(':') + 1), i);
            }
            i++;
        }
        i = firstText;
        for (Dedup.TextKey k : t.dedup.texts.keySet()) {
            if (k.stream < 0 && a.isInterruption(i)) {
                Integer push = textPushes.get(k.text.substring(k.text.indexOf(':') + 1));
                a.pushOf[i] = push == null ? -1 : push;
            }
            i++;
        }
        for (int l = 0; l < t.loose.size; l++, i++) {
            a.meta[i] = t.loose.meta(l);
            a.when[i] = t.loose.when(l);
        }
        return a;
    }

    boolean isInterruption(int i) {
        return (meta[i] >>> Tally.KIND_SHIFT & 1) == 1;
    }

    int stream(int i) {
        return (int) meta[i];
    }

    boolean isRetry(int i) {
        return (meta[i] >>> Tally.RECOVERY_SHIFT & 0x3) == RETRY;
    }

    boolean isNotNeeded(int i) {
        return (meta[i] >>> Tally.RECOVERY_SHIFT & 0x3) == NOT_NEEDED;
    }

    boolean isFixRequired(int i) {
        return (meta[i] >>> Tally.RECOVERY_SHIFT & 0x3) == FIX_REQUIRED;
    }

    /** The single cause of an interruption, or null (a group of causes, or none). */
    InterruptionCause cause(int i) {
        int cause = (int) (meta[i] >>> Tally.CAUSE_SHIFT & 0x7F);
        return cause > 0 && cause <= CAUSES.length ? CAUSES[cause - 1] : null;
    }

    /**
     * The time of the first push of {@code stream} at or after {@code at} seconds, other than the push at
     * index {@code own} (the session's own), or -1.
     */
    long nextPush(int stream, long at, int own) {
        long[] pushTimes = this.pushTimes;
        if (pushTimes == null) {
            int pushes = 0;
            for (int i = 0; i < size; i++) {
                if (!isInterruption(i) && When.has(when[i])) {
                    pushes++;
                }
            }
            long[] times = new long[pushes];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (!isInterruption(i) && When.has(when[i])) {
                    times[k++] = (long) stream(i) << 32 | When.second(when[i]);
                }
            }
            Arrays.sort(times);
            pushTimes = times;
            this.pushTimes = times;
        }
        long from = (long) stream << 32 | at;
        int place = Arrays.binarySearch(pushTimes, from);
        if (place < 0) {
            place = -place - 1;
        } else {
            while (place > 0 && pushTimes[place - 1] == from) {
                place--; // the first of equal times
            }
        }
        // the session's own push counts once among pushes of the same time: skip it once
        long ownKey = own >= 0 && When.has(when[own]) ? (long) stream << 32 | When.second(when[own]) : -1;
        for (int k = place; k < pushTimes.length && pushTimes[k] >>> 32 == stream; k++) {
            if (pushTimes[k] == ownKey) {
                ownKey = -1;
                continue;
            }
            return pushTimes[k] & 0xFFFFFFFFL;
        }
        return -1;
    }
}
