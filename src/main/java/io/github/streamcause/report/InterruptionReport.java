package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * A summary of push interruptions: totals, counts by category, recovery and cause, the streams with the
 * most interruptions and the most that need a fix, the time span, duplicates removed and rejected lines.
 *
 * <p>Built from callback events, API records and log lines with a {@link Builder}, or with {@link
 * #collector()} from a stream. Redelivery makes duplicates normal: an event is counted once per ({@code
 * sequence}, {@code event_type}) (an API record once per stream, start and end), and the duplicates are
 * counted apart. Push events ({@code event_type} 1) are counted apart from interruptions. Reports merge:
 * {@link #merge(InterruptionReport)} of two partial reports is the report of the whole, duplicates
 * across the two included, so the work can run in parallel or in a stream processor.
 *
 * <p>Interruptions that cannot be classified (a callback without {@code errcode}, an API {@code
 * StopReason} that matches no known text) count in category {@link Category#UNKNOWN} and in no recovery;
 * {@link #unclassified()} counts them. An API text shared by several causes counts in their shared
 * category and recovery but in no single cause.
 *
 * <p>Immutable and thread-safe. {@code io.github.streamcause.jackson.StreamCauseModule} writes it as
 * JSON.
 *
 * @since 0.1.0
 */
public final class InterruptionReport {
    private static final Comparator<StreamSummary> BY_INTERRUPTIONS =
            Comparator.comparingLong(StreamSummary::interruptions).reversed().thenComparing(StreamSummary::stream);
    private static final Comparator<StreamSummary> BY_FIX_REQUIRED =
            Comparator.comparingLong(StreamSummary::fixRequired).reversed().thenComparing(BY_INTERRUPTIONS);

    private final Tally tally;

    private InterruptionReport(Tally tally) {
        this.tally = tally;
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects log lines into a report; parallel streams merge their partial reports exactly.
     *
     * @return the collector
     */
    public static Collector<LogLine, Builder, InterruptionReport> collector() {
        return Collector.of(Builder::new, Builder::add, Builder::merge, Builder::build);
    }

    /**
     * The report of both inputs together, as if every event of both had been added to one builder:
     * events present in both count once (and as duplicates).
     *
     * @param other the other partial report
     * @return the merged report; neither input changes
     */
    public InterruptionReport merge(InterruptionReport other) {
        Tally merged = tally.copy();
        merged.merge(other.tally);
        return new InterruptionReport(merged);
    }

    /**
     * Interruption events and records, duplicates removed.
     *
     * @return the count
     */
    public long interruptions() {
        return tally.interruptions;
    }

    /**
     * Push (start) events, duplicates removed; counted apart from interruptions.
     *
     * @return the count
     */
    public long pushes() {
        return tally.pushes;
    }

    /**
     * Events and records left out because an equal one was already counted.
     *
     * @return the count
     */
    public long duplicatesRemoved() {
        return tally.duplicates;
    }

    /**
     * Rejected log lines.
     *
     * @return the count
     */
    public long rejectedLines() {
        return tally.rejected;
    }

    /**
     * Events added that are neither pushes nor interruptions (other callback types); not counted
     * otherwise.
     *
     * @return the count
     */
    public long otherEvents() {
        return tally.otherEvents;
    }

    /**
     * Interruptions with no recovery: a callback without {@code errcode}, or a {@code StopReason} that
     * matches no known text.
     *
     * @return the count
     */
    public long unclassified() {
        long classified = 0;
        for (long count : tally.byRecovery) {
            classified += count;
        }
        return tally.interruptions - classified;
    }

    /**
     * Interruptions by category; every category is present, in declaration order; the counts add up to
     * {@link #interruptions()}.
     *
     * @return an unmodifiable map
     */
    public Map<Category, Long> byCategory() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, tally.count(c));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Interruptions by recovery; every recovery is present, in declaration order; the counts add up to
     * {@link #interruptions()} minus {@link #unclassified()}.
     *
     * @return an unmodifiable map
     */
    public Map<Recovery, Long> byRecovery() {
        Map<Recovery, Long> counts = new EnumMap<>(Recovery.class);
        for (Recovery r : Recovery.values()) {
            counts.put(r, tally.count(r));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Interruptions by cause, most frequent first (ties in registry order); causes with no interruption
     * are left out.
     *
     * @return an unmodifiable map in that order
     */
    public Map<InterruptionCause, Long> byCause() {
        List<InterruptionCause> causes = new ArrayList<>();
        for (InterruptionCause c : InterruptionCause.values()) {
            if (tally.count(c) != 0) {
                causes.add(c);
            }
        }
        causes.sort(Comparator.comparingLong((InterruptionCause c) -> tally.count(c))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<InterruptionCause, Long> counts = new LinkedHashMap<>();
        for (InterruptionCause c : causes) {
            counts.put(c, tally.count(c));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Interruptions whose (code, subcode) the vendor's table does not document, by pair ({@code "99"},
     * {@code "18/650"}), in numeric order: what to ask the vendor about.
     *
     * @return an unmodifiable map
     */
    public Map<String, Long> undocumentedPairs() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> e : tally.undocumentedPairs.entrySet()) {
            int code = Tally.pairCode(e.getKey());
            int subcode = Tally.pairSubcode(e.getKey());
            counts.put(subcode == 0 ? Integer.toString(code) : code + "/" + subcode, e.getValue());
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Every stream seen, most interruptions first (ties by name).
     *
     * @return an unmodifiable list
     */
    public List<StreamSummary> streams() {
        List<StreamSummary> all = new ArrayList<>(tally.streams.size());
        for (int i = 0; i < tally.streams.size(); i++) {
            all.add(new StreamSummary(
                    tally.streams.get(i),
                    tally.streamInterruptions[i],
                    tally.streamFixRequired[i],
                    tally.streamPushes[i]));
        }
        all.sort(BY_INTERRUPTIONS);
        return Collections.unmodifiableList(all);
    }

    /**
     * The {@code n} streams with the most interruptions (streams without any are left out).
     *
     * @param n how many
     * @return an unmodifiable list, at most {@code n} long
     */
    public List<StreamSummary> topStreams(int n) {
        return top(n, BY_INTERRUPTIONS, false);
    }

    /**
     * The {@code n} streams with the most {@code FIX_REQUIRED} interruptions (streams without any are left
     * out): where a person has to act.
     *
     * @param n how many
     * @return an unmodifiable list, at most {@code n} long
     */
    public List<StreamSummary> topStreamsNeedingFix(int n) {
        return top(n, BY_FIX_REQUIRED, true);
    }

    private List<StreamSummary> top(int n, Comparator<StreamSummary> order, boolean fixOnly) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        List<StreamSummary> selected = new ArrayList<>();
        for (StreamSummary s : streams()) {
            if (fixOnly ? s.fixRequired() > 0 : s.interruptions() > 0) {
                selected.add(s);
            }
        }
        selected.sort(order);
        return Collections.unmodifiableList(new ArrayList<>(selected.subList(0, Math.min(n, selected.size()))));
    }

    /**
     * The earliest event time seen (callback {@code event_time}, API start and end times), duplicates
     * included.
     *
     * @return the first time, empty if no event had one
     */
    public Optional<Instant> firstEvent() {
        return tally.firstEpochSecond == Long.MAX_VALUE
                ? Optional.<Instant>empty()
                : Optional.of(Instant.ofEpochSecond(tally.firstEpochSecond));
    }

    /**
     * The latest event time seen.
     *
     * @return the last time, empty if no event had one
     */
    public Optional<Instant> lastEvent() {
        return tally.lastEpochSecond == Long.MIN_VALUE
                ? Optional.<Instant>empty()
                : Optional.of(Instant.ofEpochSecond(tally.lastEpochSecond));
    }

    /**
     * The first rejected lines (at most {@value Tally#MAX_REJECTED_SAMPLES}), in input order, with their
     * numbers and reasons; {@link #rejectedLines()} counts them all.
     *
     * @return an unmodifiable list
     */
    public List<LogLine> rejectedSamples() {
        return Collections.unmodifiableList(tally.rejectedSamples);
    }

    @Override
    public String toString() {
        return "InterruptionReport{interruptions=" + interruptions() + ", pushes=" + pushes() + ", duplicates="
                + duplicatesRemoved() + ", rejected=" + rejectedLines() + ", byCategory=" + byCategory()
                + ", byRecovery=" + byRecovery() + "}";
    }

    /**
     * Adds events, records and log lines one at a time; not thread-safe (use one per thread and {@link
     * #merge(Builder)}).
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Tally tally = new Tally();

        private Builder() {}

        /**
         * Adds a callback: an interruption or push is counted unless it is a duplicate; other event types
         * count as {@link InterruptionReport#otherEvents()}.
         *
         * @param event the callback
         * @return this builder
         */
        public Builder add(CallbackEvent event) {
            tally.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Adds an API record (DescribeLiveStreamEventList) as an interruption, classified from its {@code
         * StopReason}.
         *
         * @param record the record
         * @return this builder
         */
        public Builder add(StreamEventRecord record) {
            tally.add(Objects.requireNonNull(record, "record"));
            return this;
        }

        /**
         * Adds a log line: its event, or a rejected line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder add(LogLine line) {
            tally.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Adds everything another builder holds; events in both count once.
         *
         * @param other the other builder, unchanged
         * @return this builder
         */
        public Builder merge(Builder other) {
            tally.merge(other.tally);
            return this;
        }

        /**
         * The report of everything added so far. The builder starts over empty, so building never copies.
         *
         * @return the report
         */
        public InterruptionReport build() {
            InterruptionReport report = new InterruptionReport(tally);
            tally = new Tally();
            return report;
        }
    }
}
