package io.github.streamcause.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What makes two events the same event, for de-duplication: a report counts an event once per identity
 * and counts the copies apart. Identities are compared exactly, never by a hash, so two different events
 * are never taken for one, whatever text a sender puts in them.
 *
 * <p>Two forms:
 *
 * <ul>
 *   <li>{@link #sequence(String, int)}: a push session id and an event type, as in a callback's ({@code
 *       sequence}, {@code event_type}). The same sequence and type is the same event, on whatever stream it
 *       is reported.
 *   <li>{@link #span(Instant, Instant)}: a start and an end time, as in an API record of a push. The same
 *       stream with the same start and end is the same event; the identity is scoped to the event's stream.
 * </ul>
 *
 * <p>Immutable; equal when form and parts are equal.
 *
 * @since 0.1.0
 */
public final class EventId {
    /** The two forms of an identity. */
    public enum Form {
        /** A session id and an event type ({@link #sequence(String, int)}). */
        SEQUENCE,
        /** A start and an end time on one stream ({@link #span(Instant, Instant)}). */
        SPAN
    }

    private final Form form;
    private final String sequence;
    private final int eventType;
    private final Instant start;
    private final Instant end;

    private EventId(Form form, String sequence, int eventType, Instant start, Instant end) {
        this.form = form;
        this.sequence = sequence;
        this.eventType = eventType;
        this.start = start;
        this.end = end;
    }

    /**
     * The identity of a callback: its session id and its event type.
     *
     * @param sequence the session id, any text (the vendor's is a decimal number of up to about 23 digits)
     * @param eventType the event type ({@code event_type}: 0 interruption, 1 push, 321 push anomaly, ...)
     * @return the identity
     * @throws NullPointerException if {@code sequence} is null
     */
    public static EventId sequence(String sequence, int eventType) {
        return new EventId(Form.SEQUENCE, Objects.requireNonNull(sequence, "sequence"), eventType, null, null);
    }

    /**
     * The identity of a push record on its stream: its start and its end.
     *
     * @param start the start, or null if unknown
     * @param end the end, or null if unknown
     * @return the identity
     */
    public static EventId span(Instant start, Instant end) {
        return new EventId(Form.SPAN, null, 0, start, end);
    }

    /**
     * Which form this identity has.
     *
     * @return the form
     */
    public Form form() {
        return form;
    }

    /**
     * The session id of a {@link Form#SEQUENCE} identity.
     *
     * @return the sequence, null for a span
     */
    public String sequenceText() {
        return sequence;
    }

    /**
     * The event type of a {@link Form#SEQUENCE} identity.
     *
     * @return the event type, 0 for a span
     */
    public int eventType() {
        return eventType;
    }

    /**
     * The start of a {@link Form#SPAN} identity.
     *
     * @return the start, null if unknown or for a sequence
     */
    public Instant start() {
        return start;
    }

    /**
     * The end of a {@link Form#SPAN} identity.
     *
     * @return the end, null if unknown or for a sequence
     */
    public Instant end() {
        return end;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof EventId)) {
            return false;
        }
        EventId o = (EventId) other;
        return form == o.form
                && eventType == o.eventType
                && Objects.equals(sequence, o.sequence)
                && Objects.equals(start, o.start)
                && Objects.equals(end, o.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, sequence, eventType, start, end);
    }

    @Override
    public String toString() {
        return form == Form.SEQUENCE ? "sequence " + sequence + " type " + eventType : "span " + start + ".." + end;
    }
}
