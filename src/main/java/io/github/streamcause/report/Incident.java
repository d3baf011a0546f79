package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A pattern of interruptions that an explainable rule ({@link Rule}, thresholds in {@link IncidentRules})
 * finds in a report: its window, its streams, its interruptions and its cause.
 *
 * <p>A rule counts interruptions within a window of time: a set is within it when its last is at most the
 * window after its first. Every interruption in some set that meets the rule's threshold is part of an
 * incident; such interruptions no more than the window apart are one incident. Only interruptions with a
 * time (1970 to 2106) count. Incidents are found from the report's distinct interruptions, so they are the
 * same after any merge.
 *
 * @since 0.1.0
 */
public final class Incident {
    /** The rules. */
    public enum Rule {
        /**
         * One stream interrupted again and again by causes whose recovery is {@code FIX_REQUIRED}: its encoder
         * retries a push that cannot succeed (an expired signature, a banned stream, arrears...).
         */
        FIX_REQUIRED_LOOP("A push that cannot succeed is retried again and again: fix the cause, retrying will not."),
        /**
         * The same cause, one whose recovery is not {@code NOT_NEEDED}, on many streams at once: the
         * account, the domain or the platform, not one encoder.
         */
        PLATFORM_WIDE(
                "The same cause hit many streams at once: look at the account, the domain or the platform, not at one"
                        + " encoder."),
        /** One stream dropping again and again for causes worth retrying: an unstable uplink or encoder. */
        FLAPPING("The stream keeps dropping and coming back: check its uplink and encoder.");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        /**
         * What an incident of this rule means, in English.
         *
         * @return one or two sentences
         */
        public String description() {
            return description;
        }
    }

    private final Rule rule;
    private final Instant start;
    private final Instant end;
    private final List<StreamKey> streams;
    private final long interruptions;
    private final InterruptionCause cause;

    private Incident(
            Rule rule,
            Instant start,
            Instant end,
            List<StreamKey> streams,
            long interruptions,
            InterruptionCause cause) {
        this.rule = rule;
        this.start = start;
        this.end = end;
        this.streams = streams;
        this.interruptions = interruptions;
        this.cause = cause;
    }

    /** The order of impact: most interruptions, then most streams, then earliest, then by rule. */
    static final Comparator<Incident> BY_IMPACT = Comparator.comparingLong((Incident i) -> -i.interruptions)
            .thenComparingInt(i -> -i.streams.size())
            .thenComparing(i -> i.start)
            .thenComparing(i -> i.rule)
            .thenComparing(i -> i.streams.toString());

    // a cause's ordinal numbers its group of the counting sort, as in an EnumMap; it never leaves the JVM
    @SuppressWarnings("EnumOrdinal")
    static List<Incident> find(Activity a, Streams names, IncidentRules rules) {
        List<Incident> found = new ArrayList<>();
        int streams = names.size();
        find(
                a,
                names,
                Rule.FIX_REQUIRED_LOOP,
                i -> a.isFixRequired(i) ? a.stream(i) : -1,
                streams,
                rules.fixRequiredLoopWindow().getSeconds(),
                rules.fixRequiredLoopCount(),
                false,
                found);
        find(
                a,
                names,
                Rule.PLATFORM_WIDE,
                i -> {
                    InterruptionCause cause = a.cause(i);
                    // many streams ending as asked is no incident
                    return cause == null || a.isNotNeeded(i) ? -1 : cause.ordinal();
                },
                InterruptionCause.values().length,
                rules.platformWideWindow().getSeconds(),
                rules.platformWideStreams(),
                true,
                found);
        find(
                a,
                names,
                Rule.FLAPPING,
                i -> a.isRetry(i) ? a.stream(i) : -1,
                streams,
                rules.flappingWindow().getSeconds(),
                rules.flappingCount(),
                false,
                found);
        found.sort(BY_IMPACT);
        return Collections.unmodifiableList(found);
    }

    /** Which group of a rule an interruption is in (its stream, its cause), or -1 for none. */
    private interface Grouping {
        int group(int i);
    }

    /**
     * The incidents of one rule: its interruptions in groups, and in each group the sets within {@code
     * window} seconds that hold at least {@code threshold} interruptions (or distinct streams, if {@code
     * streams}). In arrays of primitives: interruptions are placed by group with a counting sort, then by
     * time. The order of interruptions of one second does not matter: a set within a window holds all of a
     * second's or none, and an incident is told by times alone.
     */
    private static void find(
            Activity a,
            Streams names,
            Rule rule,
            Grouping grouping,
            int groups,
            long window,
            int threshold,
            boolean streams,
            List<Incident> found) {
        int[] group = new int[a.size];
        int[] start = new int[groups + 1];
        for (int i = 0; i < a.size; i++) {
            group[i] = a.isInterruption(i) && When.has(a.when[i]) ? grouping.group(i) : -1;
            if (group[i] >= 0) {
                start[group[i] + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] placed = new int[start[groups]];
        int[] fill = Arrays.copyOf(start, groups);
        for (int i = 0; i < a.size; i++) {
            if (group[i] >= 0) {
                placed[fill[group[i]]++] = i;
            }
        }
        int[] inWindow = streams ? new int[names.size()] : null; // a stream's interruptions in the window
        for (int g = 0; g < groups; g++) {
            int n = start[g + 1] - start[g];
            if (n < threshold) {
                continue;
            }
            // time in the high bits, the index in the low 31: sorted by time
            long[] byTime = new long[n];
            for (int k = 0; k < n; k++) {
                int i = placed[start[g] + k];
                byTime[k] = When.second(a.when[i]) << 31 | i;
            }
            Arrays.sort(byTime);
            int[] events = new int[n];
            long[] t = new long[n];
            for (int k = 0; k < n; k++) {
                events[k] = (int) (byTime[k] & 0x7FFFFFFF);
                t[k] = byTime[k] >>> 31;
            }
            mark(a, names, rule, events, t, window, threshold, inWindow, found);
        }
    }

    /** Marks the interruptions in sets that meet the threshold, and makes the incidents of the marked. */
    private static void mark(
            Activity a,
            Streams names,
            Rule rule,
            int[] events,
            long[] t,
            long window,
            int threshold,
            int[] inWindow,
            List<Incident> found) {
        int n = events.length;
        boolean[] marked = new boolean[n];
        int distinct = 0;
        int j = 0;
        int lastMarked = -1;
        for (int i = 0; i < n; i++) {
            while (j < n && t[j] - t[i] <= window) {
                if (inWindow != null && inWindow[a.stream(events[j])]++ == 0) {
                    distinct++;
                }
                j++;
            }
            int size = inWindow != null ? distinct : j - i;
            if (size >= threshold) {
                for (int k = Math.max(i, lastMarked + 1); k < j; k++) {
                    marked[k] = true;
                }
                lastMarked = Math.max(lastMarked, j - 1);
            }
            if (inWindow != null && --inWindow[a.stream(events[i])] == 0) {
                distinct--;
            }
        }
        int first = -1;
        for (int k = 0; k <= n; k++) {
            boolean ends = k == n || !marked[k] || (first >= 0 && t[k] - t[previous(marked, k)] > window);
            if (first >= 0 && ends) {
                found.add(incident(a, names, rule, events, t, marked, first, k));
                first = -1;
            }
            if (k < n && marked[k] && first < 0) {
                first = k;
            }
        }
    }

    private static int previous(boolean[] marked, int k) {
        int p = k - 1;
        while (!marked[p]) {
            p--;
        }
        return p;
    }

    private static Incident incident(
            Activity a, Streams names, Rule rule, int[] events, long[] t, boolean[] marked, int from, int to) {
        TreeSet<String> seen = new TreeSet<>();
        List<StreamKey> streams = new ArrayList<>();
        Map<InterruptionCause, Integer> causes = new EnumMap<>(InterruptionCause.class);
        long count = 0;
        long last = t[from];
        for (int k = from; k < to; k++) {
            if (!marked[k]) {
                continue;
            }
            count++;
            last = t[k];
            StreamKey key = names.key(a.stream(events[k]));
            if (seen.add(key.toString())) {
                streams.add(key);
            }
            InterruptionCause c = a.cause(events[k]);
            if (c != null) {
                causes.merge(c, 1, Integer::sum);
            }
        }
        streams.sort(Comparator.comparing(StreamKey::toString));
        InterruptionCause cause = null;
        for (Map.Entry<InterruptionCause, Integer> e : causes.entrySet()) { // in ordinal order: ties to the first
            if (cause == null || e.getValue() > causes.get(cause)) {
                cause = e.getKey();
            }
        }
        return new Incident(
                rule,
                Instant.ofEpochSecond(t[from]),
                Instant.ofEpochSecond(last),
                Collections.unmodifiableList(streams),
                count,
                cause);
    }

    /**
     * The rule that found it.
     *
     * @return the rule
     */
    public Rule rule() {
        return rule;
    }

    /**
     * Its first interruption's time.
     *
     * @return the start
     */
    public Instant start() {
        return start;
    }

    /**
     * Its last interruption's time.
     *
     * @return the end
     */
    public Instant end() {
        return end;
    }

    /**
     * Its streams, by name.
     *
     * @return an unmodifiable list
     */
    public List<StreamKey> streams() {
        return streams;
    }

    /**
     * Its interruptions.
     *
     * @return the count
     */
    public long interruptions() {
        return interruptions;
    }

    /**
     * The cause of most of its interruptions (of those with a single cause; ties to the registry's order).
     *
     * @return the cause, empty if none had a single cause
     */
    public Optional<InterruptionCause> cause() {
        return Optional.ofNullable(cause);
    }

    /**
     * What to do: the remedy of its {@link #cause()}, in the language of {@code locale}.
     *
     * @param locale the language
     * @return the remedy, empty if it has no cause
     */
    public Optional<String> remedy(Locale locale) {
        return cause == null ? Optional.<String>empty() : Optional.of(cause.remedy(locale));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Incident)) {
            return false;
        }
        Incident o = (Incident) other;
        return rule == o.rule
                && start.equals(o.start)
                && end.equals(o.end)
                && streams.equals(o.streams)
                && interruptions == o.interruptions
                && cause == o.cause;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, start, end, streams, interruptions, cause);
    }

    @Override
    public String toString() {
        return rule + " " + start + ".." + end + " " + interruptions + " interruptions on " + streams
                + (cause == null ? "" : " " + cause.key());
    }
}
