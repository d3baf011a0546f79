package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counting part of a report: totals, and interruptions by category, recovery, cause, group of causes
 * (a shared text), undocumented pair and unrecognised text. Every figure is a sum over events, so merging
 * is adding.
 */
// The ordinals index the count arrays, as in an EnumMap: they never leave the JVM (the binary state
// writes names and keys, see ReportState).
@SuppressWarnings("EnumOrdinal")
final class Counts {
    long interruptions;
    long pushes;
    long duplicates;
    long rejected;
    long otherEvents;
    long[] byCategory = new long[Category.values().length];
    long[] byRecovery = new long[Recovery.values().length];
    long[] byCause = new long[InterruptionCause.values().length];
    /** By the number the report's {@link CauseGroups} gives a group. */
    long[] byGroup = new long[CauseGroups.MAX];
    /** Code and subcode packed ({@link #pair(int, int)}) to count: pairs outside the table, unlisted subcodes. */
    TreeMap<Long, Long> undocumentedPairs = new TreeMap<>();
    /** Reason texts that named no cause, exactly as the inputs had them, to count. */
    TreeMap<String, Long> unrecognizedTexts = new TreeMap<>();
    /** Other events by their kind ({@link StreamEvent#otherKind()}); those of no kind only in the total. */
    TreeMap<String, Long> otherByKind = new TreeMap<>();

    Counts copy() {
        Counts c = new Counts();
        c.interruptions = interruptions;
        c.pushes = pushes;
        c.duplicates = duplicates;
        c.rejected = rejected;
        c.otherEvents = otherEvents;
        c.byCategory = byCategory.clone();
        c.byRecovery = byRecovery.clone();
        c.byCause = byCause.clone();
        c.byGroup = byGroup.clone();
        c.undocumentedPairs = new TreeMap<>(undocumentedPairs);
        c.unrecognizedTexts = new TreeMap<>(unrecognizedTexts);
        c.otherByKind = new TreeMap<>(otherByKind);
        return c;
    }

    /** Adds the other's counts; {@code groupRemap} numbers its groups here (-1: no room, not counted). */
    void merge(Counts other, int[] groupRemap) {
        interruptions += other.interruptions;
        pushes += other.pushes;
        duplicates += other.duplicates;
        rejected += other.rejected;
        otherEvents += other.otherEvents;
        add(byCategory, other.byCategory);
        add(byRecovery, other.byRecovery);
        add(byCause, other.byCause);
        for (int i = 0; i < groupRemap.length; i++) {
            if (groupRemap[i] >= 0) {
                byGroup[groupRemap[i]] += other.byGroup[i];
            }
        }
        for (Map.Entry<Long, Long> e : other.undocumentedPairs.entrySet()) {
            undocumentedPair(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Long> e : other.unrecognizedTexts.entrySet()) {
            unrecognizedText(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Long> e : other.otherByKind.entrySet()) {
            otherByKind.merge(e.getKey(), e.getValue(), Long::sum);
        }
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Adds {@code count} (negative to take out) to a pair; a pair that reaches 0 is removed. */
    void undocumentedPair(long pair, long count) {
        long sum = undocumentedPairs.merge(pair, count, Long::sum);
        if (sum == 0) {
            undocumentedPairs.remove(pair);
        }
    }

    /** Adds {@code count} (negative to take out) to a text; a text that reaches 0 is removed. */
    void unrecognizedText(String text, long count) {
        long sum = unrecognizedTexts.merge(text, count, Long::sum);
        if (sum == 0) {
            unrecognizedTexts.remove(text);
        }
    }

    long count(Category category) {
        return byCategory[category.ordinal()];
    }

    long count(Recovery recovery) {
        return byRecovery[recovery.ordinal()];
    }

    long count(InterruptionCause cause) {
        return byCause[cause.ordinal()];
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
}
