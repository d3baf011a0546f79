package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Duration;
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
 * most interruptions and the most that need a fix, the time span and a {@link #timeline(Duration)
 * timeline}, duplicates removed and rejected lines.
 *
 * <p>Built from {@link StreamEvent}s and {@link Rejection}s with a {@link Builder}, or with {@link
 * #collector()} from a stream; {@code io.github.streamcause.analysis.Analyzer} builds one from files.
 * Redelivery makes duplicates normal: an event is counted once per {@link EventId} (a callback's ({@code
 * sequence}, {@code event_type}), an API record's stream, start and end), compared exactly, and the
 * duplicates are counted apart. Pushes are counted apart from interruptions. Reports merge: {@link
 * #merge(InterruptionReport)} of two partial reports is the report of the whole, duplicates across the two
 * included, so the work can run in parallel or in a stream processor; {@link #writeTo(OutputStream)} and
 * {@link #readFrom(InputStream)} carry the whole state, identities included, to another process.
 *
 * <p>Interruptions that cannot be classified (an event with neither a diagnosis nor a known cause, such
 * as a callback without {@code errcode} or an API {@code StopReason} that matches no known text) count in
 * category {@link Category#UNKNOWN} and in no recovery; {@link #unclassified()} counts them, and {@link
 * #unrecognizedTexts()} the texts that named no cause. A text shared by several causes counts in no single
 * cause but as their group ({@link #byCauseGroup()}), and in their category and recovery where they share
 * one. Categories and recoveries come from the builder's {@link Classification}.
 *
 * <p>Immutable and thread-safe; {@link Serializable} through its binary state. {@code
 * io.github.streamcause.jackson.StreamCauseModule} writes it as JSON and reads the figures back.
 *
 * @since 0.1.0
 */
public final class InterruptionReport implements Serializable {
    /** The serialized form is {@link SerializedForm}: the binary state's version is what counts. */
    private static final long serialVersionUID = 1L;

    // never serialized itself: writeReplace stands the binary state in for it
    private final transient Tally tally;
    /**
     * The events gathered for sessions, reconnects and incidents, once: a report is immutable, and a
     * rendering asks for all three (about 28 bytes an event, held while the report is).
     */
    private transient volatile Activity activity;

    private InterruptionReport(Tally tally) {
        this.tally = tally;
    }

    /**
     * A new, empty builder that classifies with {@link Classification#defaults()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(Classification.defaults());
    }

    /**
     * A new, empty builder that classifies interruptions with {@code classification}.
     *
     * @param classification the categories and recoveries to count by
     * @return the builder
     * @throws NullPointerException if {@code classification} is null
     */
    public static Builder builder(Classification classification) {
        return new Builder(Objects.requireNonNull(classification, "classification"));
    }

    /**
     * Collects events into a report; parallel streams merge their partial reports exactly.
     *
     * @return the collector
     */
    public static Collector<StreamEvent, Builder, InterruptionReport> collector() {
        return Collector.of(InterruptionReport::builder, Builder::add, Builder::merge, Builder::build);
    }

    /**
     * Writes the whole state of this report, event identities included, in a compact, versioned binary
     * form that {@link #readFrom(InputStream)} reads back in another process: a month analysed day by day
     * on different machines, written, read and merged, is the month analysed at once. The stream is not
     * closed.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        ReportState.write(tally, Objects.requireNonNull(out, "out"));
    }

    /**
     * Reads a report written by {@link #writeTo(OutputStream)}. The stream is read to the end of the state
     * and not closed.
     *
     * @param in where to read
     * @return the report, equal in every figure to the one written, and merging as it would
     * @throws InvalidStateException if the input is not a report state, is of another version, or is
     *     corrupt or cut short (the message says which)
     * @throws IOException if reading fails
     */
    public static InterruptionReport readFrom(InputStream in) throws IOException {
        return new InterruptionReport(ReportState.read(Objects.requireNonNull(in, "in")));
    }

    /**
     * Serialized as its binary state.
     *
     * @return the serialized form
     * @throws ObjectStreamException never
     */
    private Object writeReplace() throws ObjectStreamException {
        return new SerializedForm(this);
    }

    /**
     * A report is never read directly, only through its serialized form.
     *
     * @param in the stream
     * @throws java.io.InvalidObjectException always
     */
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("an InterruptionReport is read through its serialized form");
    }

    /** The serialized form: the binary state as bytes. */
    private static final class SerializedForm implements Serializable {
        private static final long serialVersionUID = 1L;
        /** The report as {@link InterruptionReport#writeTo(OutputStream)} writes it. */
        private final byte[] state;

        SerializedForm(InterruptionReport report) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                report.writeTo(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            this.state = bytes.toByteArray();
        }

        private Object readResolve() throws ObjectStreamException {
            try {
                return readFrom(new java.io.ByteArrayInputStream(state));
            } catch (IOException e) {
                java.io.InvalidObjectException invalid = new java.io.InvalidObjectException(e.getMessage());
                invalid.initCause(e);
                throw invalid;
            }
        }
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
        return tally.counts.interruptions;
    }

    /**
     * Push (start) events, duplicates removed; counted apart from interruptions.
     *
     * @return the count
     */
    public long pushes() {
        return tally.counts.pushes;
    }

    /**
     * Events and records left out because an equal one was already counted.
     *
     * @return the count
     */
    public long duplicatesRemoved() {
        return tally.counts.duplicates;
    }

    /**
     * Rejected log lines.
     *
     * @return the count
     */
    public long rejectedLines() {
        return tally.counts.rejected;
    }

    /**
     * Events added that are neither pushes nor interruptions (other callback types); not counted
     * otherwise.
     *
     * @return the count
     */
    public long otherEvents() {
        return tally.counts.otherEvents;
    }

    /**
     * The other events by their kind ({@link StreamEvent#otherKind()}: for Tencent callbacks, the {@code
     * event_type}, such as {@code "321"} for push anomalies); other events of no kind are in {@link
     * #otherEvents()} only. Other events are not de-duplicated: a kind may send several per session.
     *
     * @return an unmodifiable map, kinds in their natural order
     */
    public Map<String, Long> otherEventsByKind() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(tally.counts.otherByKind));
    }

    /**
     * Interruptions with no recovery: a callback without {@code errcode}, or a {@code StopReason} that
     * matches no known text.
     *
     * @return the count
     */
    public long unclassified() {
        long classified = 0;
        for (long count : tally.counts.byRecovery) {
            classified += count;
        }
        return tally.counts.interruptions - classified;
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
            counts.put(c, tally.counts.count(c));
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
            counts.put(r, tally.counts.count(r));
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
            if (tally.counts.count(c) != 0) {
                causes.add(c);
            }
        }
        causes.sort(Comparator.comparingLong((InterruptionCause c) -> tally.counts.count(c))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<InterruptionCause, Long> counts = new LinkedHashMap<>();
        for (InterruptionCause c : causes) {
            counts.put(c, tally.counts.count(c));
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
        for (Map.Entry<Long, Long> e : tally.counts.undocumentedPairs.entrySet()) {
            int code = Counts.pairCode(e.getKey());
            int subcode = Counts.pairSubcode(e.getKey());
            counts.put(subcode == 0 ? Integer.toString(code) : code + "/" + subcode, e.getValue());
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Interruptions whose reason text names several causes (a text the vendor shares, such as {@code
     * 推流客户端主动断流} for 1-4 and 35), by the group of causes it names, most frequent first (ties by
     * the groups' causes in registry order). These count in no single cause of {@link #byCause()}; with it
     * they account for every interruption with a known cause.
     *
     * @return an unmodifiable map from the causes (in registry order, an unmodifiable list) to the count
     */
    public Map<List<InterruptionCause>, Long> byCauseGroup() {
        List<Integer> groups = new ArrayList<>();
        long[] counts = tally.counts.byGroup;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                groups.add(i);
            }
        }
        groups.sort(Comparator.comparingLong((Integer i) -> counts[i])
                .reversed()
                .thenComparing(i -> tally.groups.causes(i), InterruptionReport::compareGroups));
        Map<List<InterruptionCause>, Long> byGroup = new LinkedHashMap<>();
        for (int i : groups) {
            byGroup.put(tally.groups.causes(i), counts[i]);
        }
        return Collections.unmodifiableMap(byGroup);
    }

    /** Groups in registry order of their causes, a shorter group before one it begins. */
    static int compareGroups(List<InterruptionCause> a, List<InterruptionCause> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * The reason texts that were to tell the cause of an interruption and matched no known text ({@link
     * StreamEvent#unrecognizedText()}), exactly as the inputs had them, most frequent first (ties by text):
     * a new vendor wording shows here the day it appears.
     *
     * @return an unmodifiable map from the text to its interruptions
     */
    public Map<String, Long> unrecognizedTexts() {
        List<Map.Entry<String, Long>> texts = new ArrayList<>(tally.counts.unrecognizedTexts.entrySet());
        texts.sort(Map.Entry.<String, Long>comparingByValue().reversed()); // stable: ties stay in text order
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : texts) {
            counts.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Every stream seen, most interruptions first (ties by name).
     *
     * @return an unmodifiable list
     */
    public List<StreamSummary> streams() {
        return Collections.unmodifiableList(new StreamRanking(tally.streams, false).all());
    }

    /**
     * The {@code n} streams with the most interruptions (streams without any are left out).
     *
     * @param n how many
     * @return an unmodifiable list, at most {@code n} long
     */
    public List<StreamSummary> topStreams(int n) {
        return new StreamRanking(tally.streams, false).top(n);
    }

    /**
     * The {@code n} streams with the most {@code FIX_REQUIRED} interruptions (streams without any are left
     * out): where a person has to act.
     *
     * @param n how many
     * @return an unmodifiable list, at most {@code n} long
     */
    public List<StreamSummary> topStreamsNeedingFix(int n) {
        return new StreamRanking(tally.streams, true).top(n);
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
     * The timeline: the pushes and interruptions (by category and by recovery) in buckets of {@code width},
     * from the bucket of the first event with a time to that of the last, empty buckets included. Buckets
     * start at multiples of {@code width} since the epoch (UTC), so a day's buckets start at midnight UTC.
     * An event counts at its own time: an interruption at its end ({@code event_time}, an API record's end),
     * a push at its start. Duplicates are removed as everywhere in the report; events without a time are
     * in the totals only.
     *
     * @param width the bucket width: a whole number of minutes
     * @return the buckets in time order, empty if no event had a time
     * @throws IllegalArgumentException if {@code width} is not a whole number of minutes, or gives more
     *     than 100,000 buckets
     */
    public List<TimeBucket> timeline(Duration width) {
        return tally.timeline.buckets(Objects.requireNonNull(width, "width"));
    }

    /**
     * The timeline in buckets of {@link #timelineWidth()}.
     *
     * @return the buckets in time order
     * @see #timeline(Duration)
     */
    public List<TimeBucket> timeline() {
        return timeline(timelineWidth());
    }

    /**
     * The bucket width chosen from the timeline's span: the narrowest of a minute, 5 minutes, an hour and
     * a day that gives at most 60 buckets, else as many whole days as keep them at most 60.
     *
     * @return the width
     */
    public Duration timelineWidth() {
        return tally.timeline.defaultWidth();
    }

    /**
     * The push sessions: their lengths (a histogram, median and 90th percentile, by the cause of their
     * end), the short ones (a push that fails to start), and the halves that found no partner. Computed
     * from every counted push and interruption each time it is asked for.
     *
     * @return the sessions
     */
    public SessionSummary sessions() {
        return SessionSummary.of(activity(), tally.streams);
    }

    /**
     * Reconnects within {@link ReconnectSummary#DEFAULT_WINDOW} (60 seconds).
     *
     * @return the reconnects
     * @see #reconnects(Duration)
     */
    public ReconnectSummary reconnects() {
        return reconnects(ReconnectSummary.DEFAULT_WINDOW);
    }

    /**
     * Whether streams pushed again after an interruption whose recovery is {@code RETRY}, and how soon: a
     * push within {@code window} makes the drop a blip. Computed from every counted push and interruption
     * each time it is asked for.
     *
     * @param window the reconnect window, not negative
     * @return the reconnects
     */
    public ReconnectSummary reconnects(Duration window) {
        return ReconnectSummary.of(activity(), tally.streams, Objects.requireNonNull(window, "window"));
    }

    /**
     * The incidents that the default rules find ({@link IncidentRules#defaults()}), by impact.
     *
     * @return an unmodifiable list, the most interruptions first
     * @see #incidents(IncidentRules)
     */
    public List<Incident> incidents() {
        return incidents(IncidentRules.defaults());
    }

    /**
     * The incidents that {@code rules} find: fix-required loops, platform-wide causes and flapping streams,
     * each with its window, streams, interruptions and cause; the most interruptions first, then the most
     * streams, then the earliest. Computed from every counted interruption each time it is asked for.
     *
     * @param rules the thresholds
     * @return an unmodifiable list
     */
    public List<Incident> incidents(IncidentRules rules) {
        return Incident.find(activity(), tally.streams, Objects.requireNonNull(rules, "rules"));
    }

    private Activity activity() {
        Activity a = activity;
        if (a == null) {
            a = Activity.of(tally);
            activity = a; // a race makes two equal ones, harmlessly
        }
        return a;
    }

    /** The timeline's minutes with events (minute since the epoch to its counts, as {@link Timeline} keeps them). */
    java.util.SortedMap<Long, long[]> timelineMinutes() {
        return new java.util.TreeMap<>(tally.timeline.minutes);
    }

    /**
     * The first rejected lines (at most {@link #rejectedSampleLimit()}), in input order, with their
     * numbers and reasons; {@link #rejectedLines()} counts them all.
     *
     * @return an unmodifiable list
     */
    public List<Rejection> rejectedSamples() {
        return Collections.unmodifiableList(tally.rejectedSamples);
    }

    /**
     * How many rejected lines this report keeps as samples: {@value Tally#MAX_REJECTED_SAMPLES} unless its
     * builder was told otherwise ({@link Builder#keepRejected(int)}); a merge keeps the larger limit.
     *
     * @return the limit, {@link Integer#MAX_VALUE} for all
     */
    public int rejectedSampleLimit() {
        return tally.sampleLimit;
    }

    /**
     * The inputs the report was read from, in the order read (merged reports: this one's, then the
     * other's); empty for a report built from events alone.
     *
     * @return an unmodifiable list
     */
    public List<InputSummary> inputs() {
        return Collections.unmodifiableList(tally.inputs);
    }

    /**
     * Lines (and API records) read from the {@link #inputs()}, rejected and filtered ones included.
     *
     * @return the count
     */
    public long linesRead() {
        long lines = 0;
        for (InputSummary input : tally.inputs) {
            lines += input.lines();
        }
        return lines;
    }

    /**
     * Lines (and API records) of the {@link #inputs()} that a filter (time, stream) left out.
     *
     * @return the count
     */
    public long filteredOut() {
        long filtered = 0;
        for (InputSummary input : tally.inputs) {
            filtered += input.filteredOut();
        }
        return filtered;
    }

    /**
     * Distinct event identities held for de-duplication (what {@link #writeTo(OutputStream)} carries
     * besides the figures).
     *
     * @return the count
     */
    public long identities() {
        return tally.dedup.size();
    }

    @Override
    public String toString() {
        return "InterruptionReport{interruptions=" + interruptions() + ", pushes=" + pushes() + ", duplicates="
                + duplicatesRemoved() + ", rejected=" + rejectedLines() + ", byCategory=" + byCategory()
                + ", byRecovery=" + byRecovery() + "}";
    }

    /**
     * A report from its figures alone, as read back from JSON: equal in every figure, but without the
     * event identities, so that merging it with another report adds the two (an event both counted counts
     * twice). Use {@link #writeTo(OutputStream)} to carry a state that merges exactly.
     *
     * @return a builder of the figures
     */
    public static Figures fromFigures() {
        return new Figures();
    }

    /**
     * Sets a report's figures one by one; {@link #build()} checks that they add up as a report's do.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Figures {
        private final Tally tally = new Tally(Classification.defaults());

        private Figures() {}

        /**
         * The totals.
         *
         * @param interruptions interruptions
         * @param pushes pushes
         * @param duplicates duplicates removed
         * @param rejected rejected lines
         * @param otherEvents other events
         * @return this builder
         */
        public Figures totals(long interruptions, long pushes, long duplicates, long rejected, long otherEvents) {
            Counts c = tally.counts;
            c.interruptions = nonNegative(interruptions, "interruptions");
            c.pushes = nonNegative(pushes, "pushes");
            c.duplicates = nonNegative(duplicates, "duplicates");
            c.rejected = nonNegative(rejected, "rejected");
            c.otherEvents = nonNegative(otherEvents, "otherEvents");
            return this;
        }

        /**
         * The interruptions of a category.
         *
         * @param category the category
         * @param count its interruptions
         * @return this builder
         */
        @SuppressWarnings("EnumOrdinal") // an index into the counts, as in an EnumMap
        public Figures category(Category category, long count) {
            tally.counts.byCategory[category.ordinal()] = nonNegative(count, category.name());
            return this;
        }

        /**
         * The interruptions of a recovery.
         *
         * @param recovery the recovery
         * @param count its interruptions
         * @return this builder
         */
        @SuppressWarnings("EnumOrdinal")
        public Figures recovery(Recovery recovery, long count) {
            tally.counts.byRecovery[recovery.ordinal()] = nonNegative(count, recovery.name());
            return this;
        }

        /**
         * The interruptions of a cause.
         *
         * @param cause the cause
         * @param count its interruptions
         * @return this builder
         */
        @SuppressWarnings("EnumOrdinal")
        public Figures cause(InterruptionCause cause, long count) {
            tally.counts.byCause[cause.ordinal()] = nonNegative(count, cause.name());
            return this;
        }

        /**
         * The interruptions of a group of causes that a shared text names ({@link #byCauseGroup()}).
         *
         * @param causes the causes, at least two different ones (in any order)
         * @param count its interruptions
         * @return this builder
         * @throws IllegalArgumentException if fewer than two different causes are given, or the JVM tells
         *     apart no more groups
         */
        public Figures causeGroup(List<InterruptionCause> causes, long count) {
            java.util.EnumSet<InterruptionCause> set = java.util.EnumSet.noneOf(InterruptionCause.class);
            for (InterruptionCause c : causes) {
                set.add(Objects.requireNonNull(c, "a cause is null"));
            }
            if (set.size() < 2) {
                throw new IllegalArgumentException("a group has at least two different causes: " + causes);
            }
            int number = tally.groups.number(Collections.unmodifiableList(new ArrayList<>(set)));
            if (number < 0) {
                throw new IllegalArgumentException("more groups of causes than a report tells apart: " + causes);
            }
            tally.counts.byGroup[number] = nonNegative(count, "group " + set);
            return this;
        }

        /**
         * The interruptions of an unrecognised reason text ({@link #unrecognizedTexts()}).
         *
         * @param text the text, not empty
         * @param count its interruptions
         * @return this builder
         */
        public Figures unrecognizedText(String text, long count) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("an unrecognised text is not empty");
            }
            tally.counts.unrecognizedTexts.remove(text);
            if (nonNegative(count, "unrecognised text") > 0) {
                tally.counts.unrecognizedTexts.put(text, count);
            }
            return this;
        }

        /**
         * The other events of one kind ({@link #otherEventsByKind()}); at most {@link #otherEvents()} in
         * all.
         *
         * @param kind the kind, not empty
         * @param count its events
         * @return this builder
         */
        public Figures otherEventKind(String kind, long count) {
            if (kind.isEmpty()) {
                throw new IllegalArgumentException("a kind of other events is not empty");
            }
            tally.counts.otherByKind.remove(kind);
            if (nonNegative(count, "other events of a kind") > 0) {
                tally.counts.otherByKind.put(kind, count);
            }
            return this;
        }

        /**
         * The interruptions of an undocumented (code, subcode) pair.
         *
         * @param code the code
         * @param subcode the subcode, 0 if none
         * @param count its interruptions
         * @return this builder
         */
        public Figures undocumentedPair(int code, int subcode, long count) {
            long pair = Counts.pair(code, subcode);
            tally.counts.undocumentedPairs.remove(pair);
            if (nonNegative(count, "undocumented pair") > 0) {
                tally.counts.undocumentedPairs.put(pair, count);
            }
            return this;
        }

        /**
         * A stream's counts.
         *
         * @param stream the stream
         * @param interruptions its interruptions
         * @param fixRequired its {@code FIX_REQUIRED} interruptions
         * @param pushes its pushes
         * @return this builder
         * @throws IllegalArgumentException if the stream was given before
         */
        public Figures stream(StreamKey stream, long interruptions, long fixRequired, long pushes) {
            Streams s = tally.streams;
            int before = s.size();
            int number = s.number(Objects.requireNonNull(stream, "stream"));
            if (number != before) {
                throw new IllegalArgumentException("stream " + stream + " is given twice");
            }
            s.interruptions[number] = nonNegative(interruptions, "interruptions of " + stream);
            s.fixRequired[number] = nonNegative(fixRequired, "fixRequired of " + stream);
            s.pushes[number] = nonNegative(pushes, "pushes of " + stream);
            return this;
        }

        /**
         * The time span.
         *
         * @param first the earliest event time, or null if none
         * @param last the latest, or null if none
         * @return this builder
         */
        public Figures span(Instant first, Instant last) {
            if ((first == null) != (last == null) || (first != null && last.isBefore(first))) {
                throw new IllegalArgumentException(
                        "the time span must have both ends in order: " + first + " .. " + last);
            }
            tally.firstEpochSecond = first == null ? Long.MAX_VALUE : first.getEpochSecond();
            tally.lastEpochSecond = last == null ? Long.MIN_VALUE : last.getEpochSecond();
            return this;
        }

        /**
         * A bucket of the timeline; buckets given twice, or overlapping, add up. The bucket counts as one
         * minute at its start: the report's timeline then shows it in any width at least its own whose
         * buckets start where it does.
         *
         * @param bucket the bucket
         * @return this builder
         */
        public Figures timeline(TimeBucket bucket) {
            long[] counts = Timeline.counts(Objects.requireNonNull(bucket, "bucket"));
            tally.timeline.add(Math.floorDiv(bucket.start().getEpochSecond(), 60), counts);
            return this;
        }

        /**
         * A rejected sample; the report keeps as many as are given ({@value Tally#MAX_REJECTED_SAMPLES} or
         * more), no more than the rejected lines.
         *
         * @param rejection the sample
         * @return this builder
         */
        public Figures rejectedSample(Rejection rejection) {
            tally.rejectedSamples.add(Objects.requireNonNull(rejection, "rejection"));
            tally.sampleLimit = Math.max(Tally.MAX_REJECTED_SAMPLES, tally.rejectedSamples.size());
            return this;
        }

        /**
         * An input.
         *
         * @param input the input
         * @return this builder
         */
        public Figures input(InputSummary input) {
            tally.inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /**
         * The report.
         *
         * @return the report
         * @throws IllegalArgumentException if the figures do not add up (the counts by category to the
         *     interruptions, the streams' counts to the totals)
         */
        public InterruptionReport build() {
            try {
                ReportState.check(tally);
            } catch (InvalidStateException e) {
                throw new IllegalArgumentException(e.getMessage().replace("corrupt report state: ", ""), e);
            }
            if (tally.rejectedSamples.size() > tally.counts.rejected) {
                throw new IllegalArgumentException("more rejected samples than rejected lines");
            }
            return new InterruptionReport(tally.copy());
        }

        private static long nonNegative(long n, String what) {
            if (n < 0) {
                throw new IllegalArgumentException(what + " must not be negative: " + n);
            }
            return n;
        }
    }

    /**
     * Adds events, records and log lines one at a time; not thread-safe (use one per thread and {@link
     * #merge(Builder)}).
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Classification classification;
        private Tally tally;

        private Builder(Classification classification) {
            this.classification = classification;
            this.tally = new Tally(classification);
        }

        /**
         * Adds an event: a push or interruption is counted unless an event of the same {@link EventId} was
         * counted already (then it counts as a duplicate); other kinds count as {@link
         * InterruptionReport#otherEvents()}.
         *
         * @param event the event
         * @return this builder
         */
        public Builder add(StreamEvent event) {
            tally.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Adds a rejected input line.
         *
         * @param rejection where and why
         * @return this builder
         */
        public Builder add(Rejection rejection) {
            tally.add(Objects.requireNonNull(rejection, "rejection"));
            return this;
        }

        /**
         * Records an input the events and rejections came from (its lines and filtered-out lines are
         * counted by {@link InterruptionReport#linesRead()} and {@link InterruptionReport#filteredOut()}).
         *
         * @param input the input's summary
         * @return this builder
         */
        public Builder input(InputSummary input) {
            tally.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /**
         * How many rejected lines to keep as samples ({@link InterruptionReport#rejectedSamples()}), the first ones; {@value
         * Tally#MAX_REJECTED_SAMPLES} unless set. Each costs its source name and reason, so keeping all
         * ({@link Integer#MAX_VALUE}) of a large input that is mostly rejected takes memory in proportion.
         *
         * @param max the number to keep, 0 for none
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is negative, or fewer than already kept
         */
        public Builder keepRejected(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("the rejected lines to keep must not be negative: " + max);
            }
            if (max < tally.rejectedSamples.size()) {
                throw new IllegalArgumentException("this builder keeps " + tally.rejectedSamples.size()
                        + " rejected lines already, more than " + max);
            }
            tally.sampleLimit = max;
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
            int limit = tally.sampleLimit;
            tally = new Tally(classification);
            tally.sampleLimit = limit; // the builder goes on as it was set up
            return report;
        }
    }
}
