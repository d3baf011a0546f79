package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.Recovery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline part of a report: for every minute (UTC, since the epoch) in which a counted event happened,
 * its pushes, its interruptions, and those by category and by recovery. Wider buckets are sums of minutes,
 * so that reports of any parts merge exactly whatever bucket is shown. Events without a time are not in it.
 * Memory grows with the distinct minutes (a month is 43,200 of them), not with the events.
 */
// the ordinals index the counts of a minute, as in an EnumMap; they never leave the JVM (the state writes
// the counts in the order of the category and recovery names it writes first)
@SuppressWarnings("EnumOrdinal")
final class Timeline {
    static final int PUSHES = 0;
    static final int INTERRUPTIONS = 1;
    static final int CATEGORY = 2;
    static final int RECOVERY = CATEGORY + Category.values().length;
    /** How many counts a minute has. */
    static final int WIDTH = RECOVERY + Recovery.values().length;

    /** The most buckets {@link #buckets} gives. */
    static final int MAX_BUCKETS = 100_000;

    private static final Category[] CATEGORIES = Category.values();
    private static final Recovery[] RECOVERIES = Recovery.values();

    /** The widths {@link #defaultWidth} chooses from, narrowest first. */
    private static final Duration[] WIDTHS = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1)
    };
    /** The most buckets a chosen width gives, unless even a day gives more. */
    private static final int CHOSEN_MAX = 60;

    /** Minute (epoch seconds / 60) to its counts ({@link #WIDTH} of them); never a minute of all zeros. */
    HashMap<Long, long[]> minutes = new HashMap<>();

    // the minute last added to: events come mostly in time order
    private long lastMinute = Long.MIN_VALUE;
    private long[] last;

    Timeline copy() {
        Timeline c = new Timeline();
        for (Map.Entry<Long, long[]> e : minutes.entrySet()) {
            c.minutes.put(e.getKey(), e.getValue().clone());
        }
        return c;
    }

    /**
     * Adds ({@code sign} 1) or takes out (-1) one event at {@code epochSecond}, with its contribution
     * {@code meta} packed as {@link Tally} packs it.
     */
    void add(long epochSecond, long meta, int sign) {
        long minute = Math.floorDiv(epochSecond, 60);
        long[] counts = minute == lastMinute ? last : counts(minute);
        if ((meta >>> Tally.KIND_SHIFT & 1) == 0) {
            counts[PUSHES] += sign;
        } else {
            counts[INTERRUPTIONS] += sign;
            int category = (int) (meta >>> Tally.CATEGORY_SHIFT & 0x7);
            int recovery = (int) (meta >>> Tally.RECOVERY_SHIFT & 0x3);
            if (category > 0) {
                counts[CATEGORY + category - 1] += sign;
            }
            if (recovery > 0) {
                counts[RECOVERY + recovery - 1] += sign;
            }
        }
        if (sign < 0 && isZero(counts)) {
            minutes.remove(minute); // as if the event had never been counted here
            lastMinute = Long.MIN_VALUE;
            last = null;
        }
    }

    private long[] counts(long minute) {
        long[] counts = minutes.get(minute);
        if (counts == null) {
            counts = new long[WIDTH];
            minutes.put(minute, counts);
        }
        lastMinute = minute;
        last = counts;
        return counts;
    }

    /** Adds the counts of {@code minute}, as a merge or a state does; a minute of zeros is not kept. */
    void add(long minute, long[] counts) {
        if (isZero(counts)) {
            return;
        }
        long[] held = minutes.get(minute);
        if (held == null) {
            minutes.put(minute, counts.clone());
        } else {
            for (int i = 0; i < WIDTH; i++) {
                held[i] += counts[i];
            }
        }
    }

    void merge(Timeline other) {
        for (Map.Entry<Long, long[]> e : other.minutes.entrySet()) {
            add(e.getKey(), e.getValue());
        }
    }

    private static boolean isZero(long[] counts) {
        for (long n : counts) {
            if (n != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The width shown when none is asked for: the narrowest of a minute, 5 minutes, an hour and a day that
     * gives at most 60 buckets, else as many days as keep them at most 60 (times decades apart are read
     * too, and a report is shown whatever its span).
     */
    Duration defaultWidth() {
        if (minutes.isEmpty()) {
            return WIDTHS[0];
        }
        long[] range = range();
        for (Duration width : WIDTHS) {
            if (bucketCount(range, width.getSeconds()) <= CHOSEN_MAX) {
                return width;
            }
        }
        long days = (bucketCount(range, 86_400) + CHOSEN_MAX - 1) / CHOSEN_MAX;
        while (bucketCount(range, days * 86_400) > CHOSEN_MAX) {
            days++; // the buckets' edges may add one
        }
        return Duration.ofDays(days);
    }

    /** The first and last minute held. */
    private long[] range() {
        long first = Long.MAX_VALUE;
        long lastOne = Long.MIN_VALUE;
        for (long minute : minutes.keySet()) {
            first = Math.min(first, minute);
            lastOne = Math.max(lastOne, minute);
        }
        return new long[] {first, lastOne};
    }

    private static long bucketCount(long[] range, long width) {
        return Math.floorDiv(range[1] * 60, width) - Math.floorDiv(range[0] * 60, width) + 1;
    }

    /**
     * The buckets of {@code width} from the one of the first minute held to the one of the last, empty
     * ones included; a bucket starts at a multiple of {@code width} since the epoch.
     */
    List<TimeBucket> buckets(Duration width) {
        long seconds = width.getSeconds();
        if (width.getNano() != 0 || seconds < 60 || seconds % 60 != 0) {
            throw new IllegalArgumentException("a timeline bucket is a whole number of minutes, not " + width);
        }
        List<TimeBucket> buckets = new ArrayList<>();
        if (minutes.isEmpty()) {
            return buckets;
        }
        long[] range = range();
        long count = bucketCount(range, seconds);
        if (count > MAX_BUCKETS) {
            throw new IllegalArgumentException("a timeline of " + count + " buckets of " + TimeBucket.text(width)
                    + " is too long (at most " + MAX_BUCKETS + "); choose a wider bucket");
        }
        long firstBucket = Math.floorDiv(range[0] * 60, seconds);
        long[][] sums = new long[(int) count][WIDTH];
        for (Map.Entry<Long, long[]> e : minutes.entrySet()) {
            long[] sum = sums[(int) (Math.floorDiv(e.getKey() * 60, seconds) - firstBucket)];
            long[] counts = e.getValue();
            for (int i = 0; i < WIDTH; i++) {
                sum[i] += counts[i];
            }
        }
        for (int b = 0; b < count; b++) {
            long[] sum = sums[b];
            Map<Category, Long> byCategory = new EnumMap<>(Category.class);
            for (Category c : CATEGORIES) {
                byCategory.put(c, sum[CATEGORY + c.ordinal()]);
            }
            Map<Recovery, Long> byRecovery = new EnumMap<>(Recovery.class);
            for (Recovery r : RECOVERIES) {
                byRecovery.put(r, sum[RECOVERY + r.ordinal()]);
            }
            buckets.add(new TimeBucket(
                    Instant.ofEpochSecond((firstBucket + b) * seconds),
                    width,
                    sum[PUSHES],
                    sum[INTERRUPTIONS],
                    byCategory,
                    byRecovery));
        }
        return buckets;
    }

    /** The counts of a minute as {@link TimeBucket} gives them, for the state's check. */
    static long[] counts(TimeBucket bucket) {
        long[] counts = new long[WIDTH];
        counts[PUSHES] = bucket.pushes();
        counts[INTERRUPTIONS] = bucket.interruptions();
        for (Category c : CATEGORIES) {
            counts[CATEGORY + c.ordinal()] = bucket.byCategory().get(c);
        }
        for (Recovery r : RECOVERIES) {
            counts[RECOVERY + r.ordinal()] = bucket.byRecovery().get(r);
        }
        return counts;
    }

    /** Whether the counts of a minute are whole: none negative, the categories and recoveries within the interruptions. */
    static String problem(long[] counts) {
        long categories = 0;
        long recoveries = 0;
        for (int i = 0; i < WIDTH; i++) {
            if (counts[i] < 0) {
                return "a timeline count is negative";
            }
        }
        for (int i = CATEGORY; i < RECOVERY; i++) {
            categories += counts[i];
        }
        for (int i = RECOVERY; i < WIDTH; i++) {
            recoveries += counts[i];
        }
        if (categories != counts[INTERRUPTIONS] || recoveries > counts[INTERRUPTIONS]) {
            return "a timeline minute's interruptions by category or recovery do not add up";
        }
        return null;
    }
}
