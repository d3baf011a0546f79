package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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

    static List<Incident> find(Activity a, Streams names, IncidentRules rules) {
        Map<Integer, List<Integer>> fixByStream = new HashMap<>();
        Map<Integer, List<Integer>> retryByStream = new HashMap<>();
        Map<InterruptionCause, List<Integer>> byCause = new EnumMap<>(InterruptionCause.class);
        for (int i = 0; i < a.size; i++) {
            if (!a.isInterruption(i) || !When.has(a.when[i])) {
                continue;
            }
            if (a.isFixRequired(i)) {
                fixByStream.computeIfAbsent(a.stream(i), s -> new ArrayList<>()).add(i);
            }
            if (a.isRetry(i)) {
                retryByStream
                        .computeIfAbsent(a.stream(i), s -> new ArrayList<>())
                        .add(i);
            }
            InterruptionCause cause = a.cause(i);
            if (cause != null && !a.isNotNeeded(i)) { // many streams ending as asked is no incident
                byCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(i);
            }
        }
        List<Incident> found = new ArrayList<>();
        for (List<Integer> events : fixByStream.values()) {
            find(
                    a,
                    names,
                    Rule.FIX_REQUIRED_LOOP,
                    events,
                    rules.fixRequiredLoopWindow().getSeconds(),
                    rules.fixRequiredLoopCount(),
                    false,
                    found);
        }
        for (List<Integer> events : byCause.values()) {
            find(
                    a,
                    names,
                    Rule.PLATFORM_WIDE,
                    events,
                    rules.platformWideWindow().getSeconds(),
                    rules.platformWideStreams(),
                    true,
                    found);
        }
        for (List<Integer> events : retryByStream.values()) {
            find(
                    a,
                    names,
                    Rule.FLAPPING,
                    events,
                    rules.flappingWindow().getSeconds(),
                    rules.flappingCount(),
                    false,
                    found);
        }
        found.sort(BY_IMPACT);
        return Collections.unmodifiableList(found);
    }

    /**
     * The incidents of one rule in one group of interruptions: sets within {@code window} seconds that hold
     * at least {@code threshold} interruptions (or distinct streams, if {@code streams}).
     */
    private static void find(
            Activity a,
            Streams names,
            Rule rule,
            List<Integer> group,
            long window,
            int threshold,
            boolean streams,
            List<Incident> found) {
        if (group.size() < threshold) {
            return;
        }
        Integer[] events = group.toArray(new Integer[0]);
        Map<Integer, String> named = new HashMap<>(); // each stream's name, made once
        // by time, then by stream name: the same order whatever numbers a merge gave the streams
        java.util.Arrays.sort(
                events,
                Comparator.comparingLong((Integer i) -> When.second(a.when[i]))
                        .thenComparing(i -> named.computeIfAbsent(
                                a.stream(i), s -> names.key(s).toString())));
        int n = events.length;
        long[] t = new long[n];
        for (int k = 0; k < n; k++) {
            t[k] = When.second(a.when[events[k]]);
        }
        boolean[] marked = new boolean[n];
        Map<Integer, Integer> inWindow = new HashMap<>(); // stream to its interruptions in [i, j)
        int j = 0;
        int lastMarked = -1;
        for (int i = 0; i < n; i++) {
            while (j < n && t[j] - t[i] <= window) {
                inWindow.merge(a.stream(events[j]), 1, Integer::sum);
                j++;
            }
            int size = streams ? inWindow.size() : j - i;
            if (size >= threshold) {
                for (int k = Math.max(i, lastMarked + 1); k < j; k++) {
                    marked[k] = true;
                }
                lastMarked = Math.max(lastMarked, j - 1);
            }
            int s = a.stream(events[i]);
            if (inWindow.merge(s, -1, Integer::sum) == 0) {
                inWindow.remove(s);
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
            Activity a, Streams names, Rule rule, Integer[] events, long[] t, boolean[] marked, int from, int to) {
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
