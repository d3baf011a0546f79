package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every counted push and interruption of a report, gathered when sessions or reconnects are asked for:
 * the distinct events with an identity ({@link Dedup}) and those without ({@link Loose}), each with its
 * contribution and when it happened. A push and the interruption that ended it share a callback's {@code
 * sequence}; that key is kept to pair them.
 */
// the ordinals are compared with the packed contribution's fields, as in Tally
@SuppressWarnings("EnumOrdinal")
final class Activity {
    private static final InterruptionCause[] CAUSES = InterruptionCause.values();
    private static final int RETRY = Recovery.RETRY.ordinal() + 1;
    private static final int FIX_REQUIRED = Recovery.FIX_REQUIRED.ordinal() + 1;
    private static final int NOT_NEEDED = Recovery.NOT_NEEDED.ordinal() + 1;

    int size;
    long[] meta = new long[64];
    long[] when = new long[64];
    /** The sequence that pairs a push with its interruption, or null (spans, events without identity). */
    Object[] pairKey = new Object[64];

    static Activity of(Tally t) {
        Activity a = new Activity();
        t.dedup.table.forEach((low, meta, when) -> {
            Object key = null;
            if ((meta & EventTable.SPAN) == 0) {
                // a sequence: its digits without the event type, so that both halves have one key
                key = new SequenceKey(low, meta & EventTable.KEY_HIGH & ~(3L << Dedup.TYPE_SHIFT));
            }
            a.add(meta, when, key);
        });
        for (Map.Entry<Dedup.TextKey, long[]> e : t.dedup.texts.entrySet()) {
            Dedup.TextKey k = e.getKey();
            // a sequence kept as text is "type:sequence" with no stream; a span has its stream
            Object key = k.stream < 0 ? k.text.substring(k.text.indexOf(':') + 1) : null;
            a.add(e.getValue()[0], e.getValue()[1], key);
        }
        for (int i = 0; i < t.loose.size; i++) {
            a.add(t.loose.meta(i), t.loose.when(i), null);
        }
        return a;
    }

    private void add(long m, long w, Object key) {
        if (size == meta.length) {
            meta = Arrays.copyOf(meta, size * 2);
            when = Arrays.copyOf(when, size * 2);
            pairKey = Arrays.copyOf(pairKey, size * 2);
        }
        meta[size] = m;
        when[size] = w;
        pairKey[size] = key;
        size++;
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

    /** For every interruption, the index of its push (same sequence), or -1; for a push, -1. */
    int[] pushOf() {
        Map<Object, Integer> pushes = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (!isInterruption(i) && pairKey[i] != null) {
                pushes.put(pairKey[i], i);
            }
        }
        int[] pushOf = new int[size];
        for (int i = 0; i < size; i++) {
            Integer p = isInterruption(i) && pairKey[i] != null ? pushes.get(pairKey[i]) : null;
            pushOf[i] = p == null ? -1 : p;
        }
        return pushOf;
    }

    /** Each stream's push times, sorted, with the index of the push at each place. */
    Map<Integer, long[][]> pushesByStream() {
        Map<Integer, List<long[]>> lists = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (!isInterruption(i) && When.has(when[i])) {
                lists.computeIfAbsent(stream(i), s -> new ArrayList<>()).add(new long[] {When.second(when[i]), i});
            }
        }
        Map<Integer, long[][]> byStream = new HashMap<>();
        for (Map.Entry<Integer, List<long[]>> e : lists.entrySet()) {
            long[][] pushes = e.getValue().toArray(new long[0][]);
            Arrays.sort(pushes, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            byStream.put(e.getKey(), pushes);
        }
        return byStream;
    }

    /** A decimal sequence as the table holds it: its low 19 digits and the digits above, as a map key. */
    static final class SequenceKey {
        final long low;
        final long high;

        SequenceKey(long low, long high) {
            this.low = low;
            this.high = high;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SequenceKey
                    && ((SequenceKey) other).low == low
                    && ((SequenceKey) other).high == high;
        }

        @Override
        public int hashCode() {
            return Objects.hash(low, high);
        }
    }
}
