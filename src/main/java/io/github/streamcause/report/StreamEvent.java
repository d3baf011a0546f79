package io.github.streamcause.report;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.InterruptionCause;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on one stream, in no vendor's format: what an {@link InterruptionReport} counts.
 *
 * <p>An event has a {@link Kind}, a stream, and optionally a time, an identity for de-duplication
 * ({@link EventId}) and where it came from (a source name and a line). An interruption carries what is
 * known of its cause: the {@link Diagnosis} of an error code, or the causes recognised in a reason text
 * (several when a text is shared); neither when nothing is known, and then it counts as unclassified. A
 * reason text that decided the cause and named none is kept ({@link #unrecognizedText()}), so that the
 * report lists a new vendor wording the day it appears.
 *
 * <p>The payload readers make these ({@code io.github.streamcause.tencent}: {@code
 * CallbackEvent.toStreamEvent}, {@code StreamEventRecord.toStreamEvent}); a receiver or a stream processor
 * holding its own events builds them directly:
 *
 * <pre>{@code
 * StreamEvent e = StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, StreamKey.of("push.example.com", "live", "room42"))
 *         .time(Instant.ofEpochSecond(1764000000))
 *         .diagnosis(ErrorCodes.describe(18, 202))
 *         .id(EventId.sequence("4777712183614825751", 0))
 *         .build();
 * }</pre>
 *
 * <p>Immutable; equal when all parts are equal.
 *
 * @since 0.1.0
 */
public final class StreamEvent {
    /** What happened. */
    public enum Kind {
        /** A push started. */
        PUSH,
        /** A push ended: an interruption. */
        INTERRUPTION,
        /**
         * Anything else reported about a stream (counted as {@link InterruptionReport#otherEvents()}, and by
         * its {@link StreamEvent#otherKind()} in {@link InterruptionReport#otherEventsByKind()}).
         */
        OTHER
    }

    private final Kind kind;
    private final StreamKey stream;
    private final Instant time;
    private final Instant sessionStart;
    private final Diagnosis diagnosis;
    private final List<InterruptionCause> causes;
    private final String unrecognizedText;
    private final EventId id;
    private final String source;
    private final long line;
    private final String otherKind;
    private final Duration sessionLength;

    private StreamEvent(
            Kind kind,
            StreamKey stream,
            Instant time,
            Instant sessionStart,
            Diagnosis diagnosis,
            List<InterruptionCause> causes,
            String unrecognizedText,
            EventId id,
            String source,
            long line,
            String otherKind,
            Duration sessionLength) {
        this.kind = kind;
        this.stream = stream;
        this.time = time;
        this.sessionStart = sessionStart;
        this.diagnosis = diagnosis;
        // with a diagnosis, causes() is made when asked for: the report reads the diagnosis
        this.causes = diagnosis != null ? null : causes == null ? Collections.<InterruptionCause>emptyList() : causes;
        this.unrecognizedText = unrecognizedText;
        this.id = id;
        this.source = source;
        this.line = line;
        this.otherKind = otherKind;
        this.sessionLength = sessionLength;
    }

    private StreamEvent(Builder b) {
        this(
                b.kind,
                b.stream,
                b.time,
                b.sessionStart,
                b.diagnosis,
                b.causes,
                b.unrecognizedText,
                b.id,
                b.source,
                b.line,
                b.otherKind,
                b.sessionLength);
    }

    /**
     * A builder of an event.
     *
     * @param kind what happened
     * @param stream on which stream
     * @return the builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(Kind kind, StreamKey stream) {
        return new Builder(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(stream, "stream"));
    }

    /**
     * An event with a diagnosis or none, in one call: what a reader of callbacks makes for every line, so
     * it takes no builder. {@link #builder(Kind, StreamKey)} sets the rest (a session start, the causes of a
     * text).
     *
     * @param kind what happened
     * @param stream on which stream
     * @param time when, or null if unknown
     * @param diagnosis the diagnosis of the interruption's code, or null
     * @param id the identity for de-duplication, or null for none
     * @param source where the event came from
     * @param line its line there, counted from 1; 0 if unknown
     * @return the event
     * @throws NullPointerException if {@code kind}, {@code stream} or {@code source} is null
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public static StreamEvent of(
            Kind kind, StreamKey stream, Instant time, Diagnosis diagnosis, EventId id, String source, long line) {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        return new StreamEvent(
                Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(stream, "stream"),
                time,
                null,
                diagnosis,
                null,
                null,
                id,
                Objects.requireNonNull(source, "source"),
                line,
                null,
                null);
    }

    /**
     * What happened.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The stream.
     *
     * @return the stream
     */
    public StreamKey stream() {
        return stream;
    }

    /**
     * When it happened.
     *
     * @return the time, empty if unknown
     */
    public Optional<Instant> time() {
        return Optional.ofNullable(time);
    }

    /**
     * When the push that this interruption ended had begun, if the event says (an API record of a push
     * does); the report's time span includes it.
     *
     * @return the start, empty if unknown
     */
    public Optional<Instant> sessionStart() {
        return Optional.ofNullable(sessionStart);
    }

    /**
     * How long the push that this interruption ended had lasted, as the source says (a callback's {@code
     * push_duration}), when it gives a length rather than a {@link #sessionStart()}. Not part of the
     * report's time span: it is the source's measure, not an event's time.
     *
     * @return the length, empty if unknown
     */
    public Optional<Duration> sessionLength() {
        return Optional.ofNullable(sessionLength);
    }

    Duration sessionLengthOrNull() {
        return sessionLength;
    }

    /**
     * The diagnosis of the interruption's error code.
     *
     * @return the diagnosis, empty if the event had no code (or is no interruption)
     */
    public Optional<Diagnosis> diagnosis() {
        return Optional.ofNullable(diagnosis);
    }

    /**
     * The reason text that was to tell the cause and matched no known text: an API record's {@code
     * StopReason}, or the {@code errmsg} of a callback of code 18 or 21 without {@code sub_errcode}, whose
     * text alone tells the subcode.
     *
     * @return the text as the input had it, empty if there was none or it was recognised
     */
    public Optional<String> unrecognizedText() {
        return Optional.ofNullable(unrecognizedText);
    }

    /**
     * The known causes: the diagnosis's cause, or the causes recognised in a reason text.
     *
     * @return an unmodifiable list, empty when nothing is known
     */
    public List<InterruptionCause> causes() {
        return causes != null ? causes : Collections.singletonList(diagnosis.cause());
    }

    /**
     * The identity for de-duplication.
     *
     * @return the identity, empty if the event has none (then it is never taken for a copy)
     */
    public Optional<EventId> id() {
        return Optional.ofNullable(id);
    }

    /**
     * Where the event came from.
     *
     * @return the source name, empty if unknown
     */
    public String source() {
        return source;
    }

    /**
     * The line (or record) of the source it came from, counted from 1.
     *
     * @return the number, 0 if unknown
     */
    public long line() {
        return line;
    }

    /**
     * What kind of other event this is, in its source's terms (for a Tencent callback, its {@code
     * event_type}: {@code "321"} for a push anomaly, {@code "100"} for a recording...).
     *
     * @return the kind, empty for a push or an interruption, or when the source did not say
     */
    public Optional<String> otherKind() {
        return Optional.ofNullable(otherKind);
    }

    String otherKindOrNull() {
        return otherKind;
    }

    // the report's hot path reads these without an Optional per event
    Instant timeOrNull() {
        return time;
    }

    Instant sessionStartOrNull() {
        return sessionStart;
    }

    Diagnosis diagnosisOrNull() {
        return diagnosis;
    }

    EventId idOrNull() {
        return id;
    }

    String unrecognizedTextOrNull() {
        return unrecognizedText;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StreamEvent)) {
            return false;
        }
        StreamEvent o = (StreamEvent) other;
        return kind == o.kind
                && line == o.line
                && stream.equals(o.stream)
                && Objects.equals(time, o.time)
                && Objects.equals(sessionStart, o.sessionStart)
                && Objects.equals(diagnosis, o.diagnosis)
                && causes().equals(o.causes())
                && Objects.equals(unrecognizedText, o.unrecognizedText)
                && Objects.equals(id, o.id)
                && Objects.equals(otherKind, o.otherKind)
                && Objects.equals(sessionLength, o.sessionLength)
                && source.equals(o.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                kind,
                stream,
                time,
                sessionStart,
                diagnosis,
                causes(),
                unrecognizedText,
                id,
                source,
                line,
                otherKind,
                sessionLength);
    }

    @Override
    public String toString() {
        return kind + (otherKind == null ? "" : " " + otherKind) + " " + stream + (time == null ? "" : " at " + time)
                + (diagnosis != null ? " " + diagnosis.code() + "/" + diagnosis.subcode() : " causes=" + causes())
                + (unrecognizedText == null ? "" : " unrecognized text \"" + unrecognizedText + "\"")
                + (id == null ? "" : " id=" + id) + (source.isEmpty() ? "" : " from " + source + ":" + line);
    }

    /**
     * Builds a {@link StreamEvent}; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Kind kind;
        private final StreamKey stream;
        private Instant time;
        private Instant sessionStart;
        private Diagnosis diagnosis;
        private List<InterruptionCause> causes;
        private String unrecognizedText;
        private EventId id;
        private String source = "";
        private long line;
        private String otherKind;
        private Duration sessionLength;

        private Builder(Kind kind, StreamKey stream) {
            this.kind = kind;
            this.stream = stream;
        }

        /**
         * When it happened.
         *
         * @param time the time, or null if unknown
         * @return this builder
         */
        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        /**
         * When the push that this interruption ended had begun.
         *
         * @param start the start, or null if unknown
         * @return this builder
         */
        public Builder sessionStart(Instant start) {
            this.sessionStart = start;
            return this;
        }

        /**
         * How long the push that this interruption ended had lasted, when the source gives a length (a
         * callback's {@code push_duration}) rather than a start.
         *
         * @param length the length, not negative, or null if unknown
         * @return this builder
         * @throws IllegalArgumentException if {@code length} is negative
         */
        public Builder sessionLength(Duration length) {
            if (length != null && length.isNegative()) {
                throw new IllegalArgumentException("a session length is not negative: " + length);
            }
            this.sessionLength = length;
            return this;
        }

        /**
         * The diagnosis of the interruption's error code; it takes precedence over {@link #causes(List)}.
         *
         * @param diagnosis the diagnosis, or null if the event had no code
         * @return this builder
         */
        public Builder diagnosis(Diagnosis diagnosis) {
            this.diagnosis = diagnosis;
            return this;
        }

        /**
         * The causes recognised in a reason text, when there is no code. They are a set: kept in registry
         * order, each once, as {@link io.github.streamcause.ErrorCodes#recognize(String)} gives them.
         *
         * @param causes the causes (copied), or null for none
         * @return this builder
         * @throws NullPointerException if a cause is null
         */
        public Builder causes(List<InterruptionCause> causes) {
            if (causes == null || causes.isEmpty()) {
                this.causes = null;
            } else if (causes.size() == 1) {
                this.causes = Collections.singletonList(Objects.requireNonNull(causes.get(0), "a cause is null"));
            } else {
                for (InterruptionCause c : causes) {
                    Objects.requireNonNull(c, "a cause is null");
                }
                java.util.EnumSet<InterruptionCause> set = java.util.EnumSet.copyOf(causes);
                this.causes = set.size() == 1
                        ? Collections.singletonList(set.iterator().next())
                        : Collections.unmodifiableList(new java.util.ArrayList<>(set));
            }
            return this;
        }

        /**
         * A reason text that was to tell the cause and matched no known text, such as a {@code StopReason}
         * in a wording this version does not know; the report counts such texts.
         *
         * @param text the text, or null (or empty) for none
         * @return this builder
         */
        public Builder unrecognizedText(String text) {
            this.unrecognizedText = text == null || text.isEmpty() ? null : text;
            return this;
        }

        /**
         * The identity for de-duplication.
         *
         * @param id the identity, or null for none
         * @return this builder
         */
        public Builder id(EventId id) {
            this.id = id;
            return this;
        }

        /**
         * Where the event came from.
         *
         * @param source the source name
         * @param line the line or record number, counted from 1; 0 if unknown
         * @return this builder
         * @throws NullPointerException if {@code source} is null
         * @throws IllegalArgumentException if {@code line} is negative
         */
        public Builder origin(String source, long line) {
            if (line < 0) {
                throw new IllegalArgumentException("line must not be negative: " + line);
            }
            this.source = Objects.requireNonNull(source, "source");
            this.line = line;
            return this;
        }

        /**
         * What kind of other event this is ({@link StreamEvent#otherKind()}); for an {@link Kind#OTHER}
         * event only.
         *
         * @param otherKind the kind in the source's terms, or null or empty for none
         * @return this builder
         * @throws IllegalStateException if the event is not of kind {@link Kind#OTHER}
         */
        public Builder otherKind(String otherKind) {
            if (kind != Kind.OTHER) {
                throw new IllegalStateException("only an OTHER event has an other kind, not a " + kind + " event");
            }
            this.otherKind = otherKind == null || otherKind.isEmpty() ? null : otherKind;
            return this;
        }

        /**
         * The event.
         *
         * @return the event
         */
        public StreamEvent build() {
            return new StreamEvent(this);
        }
    }
}
