package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The push sessions of a report: how long pushes lasted before they ended, and which halves were seen.
 *
 * <p>A session is a push and the interruption that ended it. A callback's push ({@code event_type} 1) and
 * interruption (0) share their {@code sequence}: they are paired whatever order they arrived in, and the
 * length is the time between them. An interruption whose push was not seen takes its length from what it
 * says itself (a callback's {@code push_duration}, an API record's start and end); otherwise its length is
 * unknown. Halves that found no partner are counted, not guessed at: a push without its interruption is
 * still live, or its end was not received. Only events with a time from 1970 to 2106 have a length.
 *
 * @since 0.1.0
 */
public final class SessionSummary {
    /** A session that ended within this many seconds of starting is short: a push that fails to start. */
    public static final long SHORT_SECONDS = 10;

    private static final long[] EDGES = {0, 10, 60, 300, 1800, 3600, 7200, 21600, 86400};

    private final long interruptions;
    private final long paired;
    private final long openPushes;
    private final long unpairedInterruptions;
    private final long withoutLength;
    private final DurationStats lengths;
    private final List<DurationBin> histogram;
    private final Map<InterruptionCause, DurationStats> byCause;
    private final long shortSessions;
    private final Map<StreamKey, Long> shortByStream;

    private SessionSummary(
            long interruptions,
            long paired,
            long openPushes,
            long unpairedInterruptions,
            long withoutLength,
            DurationStats lengths,
            List<DurationBin> histogram,
            Map<InterruptionCause, DurationStats> byCause,
            long shortSessions,
            Map<StreamKey, Long> shortByStream) {
        this.interruptions = interruptions;
        this.paired = paired;
        this.openPushes = openPushes;
        this.unpairedInterruptions = unpairedInterruptions;
        this.withoutLength = withoutLength;
        this.lengths = lengths;
        this.histogram = histogram;
        this.byCause = byCause;
        this.shortSessions = shortSessions;
        this.shortByStream = shortByStream;
    }

    static SessionSummary of(Activity a, Streams streams) {
        int[] pushOf = a.pushOf;
        boolean[] pushPaired = new boolean[a.size];
        long[] lengths = new long[a.size];
        int known = 0;
        long interruptions = 0;
        long paired = 0;
        long unpaired = 0;
        long without = 0;
        long[] bins = new long[EDGES.length];
        Map<InterruptionCause, long[]> causeLengths = new EnumMap<>(InterruptionCause.class);
        Map<InterruptionCause, Integer> causeCounts = new EnumMap<>(InterruptionCause.class);
        Map<Integer, Long> shortCounts = new java.util.HashMap<>();
        long shortSessions = 0;
        for (int i = 0; i < a.size; i++) {
            if (!a.isInterruption(i)) {
                continue;
            }
            interruptions++;
            int p = pushOf[i];
            long length = -1;
            if (p >= 0) {
                paired++;
                pushPaired[p] = true;
                if (When.has(a.when[i]) && When.has(a.when[p])) {
                    long between = When.second(a.when[i]) - When.second(a.when[p]);
                    length = between >= 0 ? between : -1; // an end before its start says nothing
                }
            } else {
                unpaired++;
            }
            if (length < 0) {
                length = When.length(a.when[i]);
            }
            if (length < 0) {
                without++;
                continue;
            }
            lengths[known++] = length;
            int bin = EDGES.length - 1;
            while (length < EDGES[bin]) {
                bin--;
            }
            bins[bin]++;
            if (length <= SHORT_SECONDS) {
                shortSessions++;
                shortCounts.merge(a.stream(i), 1L, Long::sum);
            }
            InterruptionCause cause = a.cause(i);
            if (cause != null) {
                int n = causeCounts.getOrDefault(cause, 0);
                long[] held = causeLengths.get(cause);
                if (held == null || held.length == n) {
                    held = held == null ? new long[8] : java.util.Arrays.copyOf(held, n * 2);
                    causeLengths.put(cause, held);
                }
                held[n] = length;
                causeCounts.put(cause, n + 1);
            }
        }
        long open = 0;
        for (int i = 0; i < a.size; i++) {
            if (!a.isInterruption(i) && !pushPaired[i]) {
                open++;
            }
        }
        List<DurationBin> histogram = new ArrayList<>();
        for (int b = 0; b < EDGES.length; b++) {
            histogram.add(new DurationBin(
                    Duration.ofSeconds(EDGES[b]),
                    b + 1 < EDGES.length ? Duration.ofSeconds(EDGES[b + 1]) : null,
                    bins[b]));
        }
        Map<InterruptionCause, DurationStats> byCause = new EnumMap<>(InterruptionCause.class);
        for (Map.Entry<InterruptionCause, long[]> e : causeLengths.entrySet()) {
            byCause.put(e.getKey(), DurationStats.of(e.getValue(), causeCounts.get(e.getKey())));
        }
        List<Map.Entry<StreamKey, Long>> shortList = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : shortCounts.entrySet()) {
            shortList.add(new java.util.AbstractMap.SimpleImmutableEntry<>(streams.key(e.getKey()), e.getValue()));
        }
        shortList.sort(Comparator.comparing((Map.Entry<StreamKey, Long> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().toString()));
        Map<StreamKey, Long> shortByStream = new LinkedHashMap<>();
        for (Map.Entry<StreamKey, Long> e : shortList) {
            shortByStream.put(e.getKey(), e.getValue());
        }
        return new SessionSummary(
                interruptions,
                paired,
                open,
                unpaired,
                without,
                DurationStats.of(lengths, known),
                Collections.unmodifiableList(histogram),
                Collections.unmodifiableMap(byCause),
                shortSessions,
                Collections.unmodifiableMap(shortByStream));
    }

    /**
     * The sessions whose length is known: one per interruption that has one.
     *
     * @return the count
     */
    public long sessions() {
        return lengths.count();
    }

    /**
     * The interruptions counted (duplicates removed), with a length or not.
     *
     * @return the count
     */
    public long interruptions() {
        return interruptions;
    }

    /**
     * The interruptions whose push was seen (the same {@code sequence}).
     *
     * @return the count
     */
    public long paired() {
        return paired;
    }

    /**
     * The interruptions whose push was not seen.
     *
     * @return the count
     */
    public long unpairedInterruptions() {
        return unpairedInterruptions;
    }

    /**
     * The pushes whose interruption was not seen: still live when the data ends, or their end was lost.
     *
     * @return the count
     */
    public long openPushes() {
        return openPushes;
    }

    /**
     * The interruptions whose session length is not known (no push seen, and no duration of their own).
     *
     * @return the count
     */
    public long withoutLength() {
        return withoutLength;
    }

    /**
     * The lengths of the sessions: how many, median and 90th percentile.
     *
     * @return the statistics
     */
    public DurationStats lengths() {
        return lengths;
    }

    /**
     * The sessions by length: under 10 s, 10 s to a minute, then 5, 30 and 60 minutes, 2, 6 and 24 hours,
     * and a day or more.
     *
     * @return the nine bins in order, empty ones included
     */
    public List<DurationBin> histogram() {
        return histogram;
    }

    /**
     * The session lengths by the cause of their end, for interruptions with one cause.
     *
     * @return an unmodifiable map in the causes' order
     */
    public Map<InterruptionCause, DurationStats> byCause() {
        return byCause;
    }

    /**
     * The sessions that ended within {@value #SHORT_SECONDS} seconds of starting: a push that keeps
     * failing to start.
     *
     * @return the count
     */
    public long shortSessions() {
        return shortSessions;
    }

    /**
     * The short sessions by stream, most first (ties by name).
     *
     * @return an unmodifiable map in that order
     */
    public Map<StreamKey, Long> shortSessionsByStream() {
        return shortByStream;
    }

    @Override
    public String toString() {
        return "sessions " + lengths + ", paired " + paired + ", unpaired interruptions " + unpairedInterruptions
                + ", open pushes " + openPushes + ", without length " + withoutLength + ", short " + shortSessions;
    }
}
