package io.github.streamcause.tencent;

import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * One line of a callback log, as read by {@link CallbackLogReader}: either a push or interruption
 * {@linkplain #event() event}, or a {@linkplain #rejection() rejected line} with the reason. Every line of
 * the input becomes exactly one {@code LogLine}, so nothing is dropped silently.
 *
 * @since 0.1.0
 */
public final class LogLine {
    private final String source;
    private final long number;
    private final CallbackEvent event;
    private final String rejection;

    private LogLine(String source, long number, CallbackEvent event, String rejection) {
        this.source = source;
        this.number = number;
        this.event = event;
        this.rejection = rejection;
    }

    static LogLine event(String source, long number, CallbackEvent event) {
        return new LogLine(source, number, Objects.requireNonNull(event), null);
    }

    /**
     * A rejected line.
     *
     * @param source the name of the input, such as a file name
     * @param number the line number, from 1
     * @param reason why the line was rejected
     * @return the line
     */
    public static LogLine rejected(String source, long number, String reason) {
        return new LogLine(source, number, null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The name of the input the line came from, such as a file name or {@code -} for standard input.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The line number in the input, from 1 (of the decompressed text for gzip input).
     *
     * @return the line number
     */
    public long number() {
        return number;
    }

    /**
     * The push or interruption event of this line.
     *
     * @return the event, empty for a rejected line
     */
    public Optional<CallbackEvent> event() {
        return Optional.ofNullable(event);
    }

    /**
     * Why the line was rejected: malformed JSON, a wrong type (naming the field), not a push or
     * interruption event, over the size limit, a blank line, or input cut short.
     *
     * @return the reason, empty for an event
     */
    public Optional<String> rejection() {
        return Optional.ofNullable(rejection);
    }

    /**
     * Whether the line was rejected.
     *
     * @return true if rejected
     */
    public boolean isRejected() {
        return rejection != null;
    }

    /**
     * This line's event as a vendor-neutral event, with this line's source and number.
     *
     * @return the event
     * @throws IllegalStateException if the line was rejected
     */
    public StreamEvent toStreamEvent() {
        if (event == null) {
            throw new IllegalStateException("line " + number + " of " + source + " was rejected: " + rejection);
        }
        return event.toStreamEvent(source, number);
    }

    /**
     * This rejected line as a report's {@link Rejection}.
     *
     * @return the rejection
     * @throws IllegalStateException if the line holds an event
     */
    public Rejection toRejection() {
        if (rejection == null) {
            throw new IllegalStateException("line " + number + " of " + source + " was not rejected");
        }
        return Rejection.of(source, number, rejection);
    }

    /**
     * Adds this line to a report: its event, or its rejection.
     *
     * @param report the report's builder
     */
    public void addTo(InterruptionReport.Builder report) {
        if (event == null) {
            report.add(toRejection());
        } else {
            report.add(toStreamEvent());
        }
    }

    /**
     * Collects log lines into a report, each line's event or rejection; parallel streams merge their
     * partial reports exactly.
     *
     * <pre>{@code
     * try (CallbackLogReader lines = CallbackLogReader.open(log)) {
     *     InterruptionReport report = lines.stream().collect(LogLine.toReport());
     * }
     * }</pre>
     *
     * @return the collector
     */
    public static Collector<LogLine, InterruptionReport.Builder, InterruptionReport> toReport() {
        return Collector.of(
                InterruptionReport::builder,
                (builder, line) -> line.addTo(builder),
                InterruptionReport.Builder::merge,
                InterruptionReport.Builder::build);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LogLine)) {
            return false;
        }
        LogLine o = (LogLine) other;
        return number == o.number
                && source.equals(o.source)
                && Objects.equals(event, o.event)
                && Objects.equals(rejection, o.rejection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, number, rejection);
    }

    @Override
    public String toString() {
        return source + ":" + number + ": " + (rejection != null ? "rejected: " + rejection : event);
    }
}
