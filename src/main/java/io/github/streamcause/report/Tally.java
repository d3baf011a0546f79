package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable state behind a report: counts, streams, and for every counted event its de-duplication key
 * with what it contributed, packed in one {@code long}, so that merging two tallies can take out an event
 * counted in both. About 20 bytes per distinct event.
 */
// The ordinals index the count arrays and fill the packed longs, as in an EnumMap: they never leave the
// JVM, and the static block at the end checks that the packed layout still fits the enums.
@SuppressWarnings("EnumOrdinal")
final class Tally {
    static final int MAX_REJECTED_SAMPLES = 20;

    // what one event contributed, packed into a long
    private static final int STREAM_BITS = 32;
    private static final int CAUSE_SHIFT = STREAM_BITS; // 7 bits: ordinal + 1, 0 for none
    private static final int KIND_SHIFT = 39; // 1 bit: 0 push, 1 interruption
    private static final int CATEGORY_SHIFT = 40; // 3 bits: ordinal + 1
    private static final int RECOVERY_SHIFT = 43; // 2 bits: ordinal + 1
    private static final long UNDOCUMENTED = 1L << 45;

    private static final InterruptionCause[] CAUSES = InterruptionCause.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Recovery[] RECOVERIES = Recovery.values();

    KeyTable seen = new KeyTable();
    /** For events with an undocumented pair: their key to the pair, so a merge can take the pair out. */
    Map<Long, Long> undocumentedByKey = new HashMap<>();

    long interruptions;
    long pushes;
    long duplicates;
    long rejected;
    long otherEvents;
    long[] byCategory = new long[CATEGORIES.length];
    long[] byRecovery = new long[RECOVERIES.length];
    long[] byCause = new long[CAUSES.length];
    /** code and subcode packed to count; the pairs outside the table and unlisted subcodes. */
    TreeMap<Long, Long> undocumentedPairs = new TreeMap<>();

    Map<StreamKey, Integer> streamIndex = new HashMap<>();
    List<StreamKey> streams = new ArrayList<>();
    long[] streamInterruptions = new long[16];
    long[] streamFixRequired = new long[16];
    long[] streamPushes = new long[16];

    long firstEpochSecond = Long.MAX_VALUE;
    long lastEpochSecond = Long.MIN_VALUE;
    List<LogLine> rejectedSamples = new ArrayList<>();

    long count(Category category) {
        return byCategory[category.ordinal()];
    }

    long count(Recovery recovery) {
        return byRecovery[recovery.ordinal()];
    }

    long count(InterruptionCause cause) {
        return byCause[cause.ordinal()];
    }

    Tally copy() {
        Tally c = new Tally();
        c.seen = seen.copy();
        c.undocumentedByKey = new HashMap<>(undocumentedByKey);
        c.interruptions = interruptions;
        c.pushes = pushes;
        c.duplicates = duplicates;
        c.rejected = rejected;
        c.otherEvents = otherEvents;
        c.byCategory = byCategory.clone();
        c.byRecovery = byRecovery.clone();
        c.byCause = byCause.clone();
        c.undocumentedPairs = new TreeMap<>(undocumentedPairs);
        c.streamIndex = new HashMap<>(streamIndex);
        c.streams = new ArrayList<>(streams);
        c.streamInterruptions = streamInterruptions.clone();
        c.streamFixRequired = streamFixRequired.clone();
        c.streamPushes = streamPushes.clone();
        c.firstEpochSecond = firstEpochSecond;
        c.lastEpochSecond = lastEpochSecond;
        c.rejectedSamples = new ArrayList<>(rejectedSamples);
        return c;
    }

    void add(LogLine line) {
        if (line.isRejected()) {
            rejected++;
            if (rejectedSamples.size() < MAX_REJECTED_SAMPLES) {
                rejectedSamples.add(line);
            }
        } else {
            add(line.event().get());
        }
    }

    void add(CallbackEvent event) {
        if (!event.isInterruption() && !event.isPush()) {
            otherEvents++;
            return;
        }
        event.eventTime().ifPresent(this::time);
        int stream = stream(StreamKey.of(event));
        long packed = stream & 0xFFFFFFFFL;
        Long pair = null;
        if (event.isInterruption()) {
            packed |= 1L << KIND_SHIFT;
            if (event.diagnosis().isPresent()) {
                Diagnosis d = event.diagnosis().get();
                packed |= cause(d.cause()) | category(d.category()) | recovery(d.recovery());
                if (!d.isDocumented()) {
                    packed |= UNDOCUMENTED;
                    pair = pair(d.code(), d.subcode());
                }
            } else {
                packed |= category(Category.UNKNOWN); // no errcode: nothing to classify by
            }
        }
        if (event.sequence().isPresent()) {
            long key = Keys.callback(event.sequence().get(), event.eventType());
            if (!seen.putIfAbsent(key, packed)) {
                duplicates++;
                return;
            }
            if (pair != null) {
                undocumentedByKey.put(key, pair);
            }
        }
        apply(packed, pair, 1);
    }

    void add(StreamEventRecord record) {
        record.streamStartTime().ifPresent(this::time);
        record.streamEndTime().ifPresent(this::time);
        long packed = (stream(StreamKey.of(record)) & 0xFFFFFFFFL) | 1L << KIND_SHIFT;
        List<InterruptionCause> causes = record.causes();
        if (causes.isEmpty()) {
            packed |= category(Category.UNKNOWN); // unknown text stays unknown: no recovery is guessed
        } else {
            packed |=
                    category(causes.get(0).category()) | recovery(causes.get(0).recovery());
            if (causes.size() == 1) {
                packed |= cause(causes.get(0));
            }
        }
        long key = Keys.record(record);
        if (!seen.putIfAbsent(key, packed)) {
            duplicates++;
            return;
        }
        apply(packed, null, 1);
    }

    /** Adds {@code other} into this tally; events counted in both are counted once. */
    void merge(Tally tally) {
        Tally other = tally == this ? copy() : tally; // merging into itself must not read what it writes
        int[] remap = new int[other.streams.size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = stream(other.streams.get(i));
        }
        // first everything other counted, with its streams renumbered
        interruptions += other.interruptions;
        pushes += other.pushes;
        duplicates += other.duplicates;
        rejected += other.rejected;
        otherEvents += other.otherEvents;
        add(byCategory, other.byCategory);
        add(byRecovery, other.byRecovery);
        add(byCause, other.byCause);
        for (Map.Entry<Long, Long> e : other.undocumentedPairs.entrySet()) {
            undocumentedPairs.merge(e.getKey(), e.getValue(), Long::sum);
        }
        for (int i = 0; i < remap.length; i++) {
            streamInterruptions[remap[i]] += other.streamInterruptions[i];
            streamFixRequired[remap[i]] += other.streamFixRequired[i];
            streamPushes[remap[i]] += other.streamPushes[i];
        }
        firstEpochSecond = Math.min(firstEpochSecond, other.firstEpochSecond);
        lastEpochSecond = Math.max(lastEpochSecond, other.lastEpochSecond);
        for (LogLine line : other.rejectedSamples) {
            if (rejectedSamples.size() < MAX_REJECTED_SAMPLES) {
                rejectedSamples.add(line);
            }
        }
        // then take out what both counted
        other.seen.forEach((key, packed) -> {
            long renumbered = (packed & ~0xFFFFFFFFL) | (remap[(int) packed] & 0xFFFFFFFFL);
            if (!seen.putIfAbsent(key, renumbered)) {
                duplicates++;
                apply(renumbered, other.undocumentedByKey.get(key), -1);
            } else if (other.undocumentedByKey.containsKey(key)) {
                undocumentedByKey.put(key, other.undocumentedByKey.get(key));
            }
        });
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private void apply(long packed, Long pair, int sign) {
        int stream = (int) packed;
        if ((packed >>> KIND_SHIFT & 1) == 0) {
            pushes += sign;
            streamPushes[stream] += sign;
            return;
        }
        interruptions += sign;
        streamInterruptions[stream] += sign;
        int cause = (int) (packed >>> CAUSE_SHIFT & 0x7F);
        int category = (int) (packed >>> CATEGORY_SHIFT & 0x7);
        int recovery = (int) (packed >>> RECOVERY_SHIFT & 0x3);
        if (cause > 0) {
            byCause[cause - 1] += sign;
        }
        if (category > 0) {
            byCategory[category - 1] += sign;
        }
        if (recovery > 0) {
            byRecovery[recovery - 1] += sign;
            if (RECOVERIES[recovery - 1] == Recovery.FIX_REQUIRED) {
                streamFixRequired[stream] += sign;
            }
        }
        if (pair != null) {
            long count = undocumentedPairs.merge(pair, (long) sign, Long::sum);
            if (count == 0) {
                undocumentedPairs.remove(pair);
            }
        }
    }

    private void time(Instant instant) {
        long second = instant.getEpochSecond();
        firstEpochSecond = Math.min(firstEpochSecond, second);
        lastEpochSecond = Math.max(lastEpochSecond, second);
    }

    private int stream(StreamKey key) {
        Integer index = streamIndex.get(key);
        if (index != null) {
            return index;
        }
        int added = streams.size();
        streams.add(key);
        streamIndex.put(key, added);
        if (added == streamInterruptions.length) {
            int length = added * 2;
            streamInterruptions = Arrays.copyOf(streamInterruptions, length);
            streamFixRequired = Arrays.copyOf(streamFixRequired, length);
            streamPushes = Arrays.copyOf(streamPushes, length);
        }
        return added;
    }

    private static long cause(InterruptionCause cause) {
        return (long) (cause.ordinal() + 1) << CAUSE_SHIFT;
    }

    private static long category(Category category) {
        return (long) (category.ordinal() + 1) << CATEGORY_SHIFT;
    }

    private static long recovery(Recovery recovery) {
        return (long) (recovery.ordinal() + 1) << RECOVERY_SHIFT;
    }

    /** Code and subcode in one long that sorts like (code, subcode) as signed numbers. */
    static long pair(int code, int subcode) {
        return (long) code << 32 | ((subcode ^ Integer.MIN_VALUE) & 0xFFFFFFFFL);
    }

    static int pairCode(long pair) {
        return (int) (pair >> 32);
    }

    static int pairSubcode(long pair) {
        return (int) pair ^ Integer.MIN_VALUE;
    }

    static {
        if (CAUSES.length > 0x7F || CATEGORIES.length > 0x7 || RECOVERIES.length > 0x3) { // ordinal + 1 must fit
            throw new IllegalStateException("the packed layout of Tally no longer fits the enums");
        }
    }
}
