package io.github.streamcause.report;

import java.util.Objects;

/**
 * An input that could not be read as an event: where it was (source and line) and why.
 *
 * <p>Immutable; equal when source, line and reason are equal.
 *
 * @since 0.1.0
 */
public final class Rejection {
    private final String source;
    private final long line;
    private final String reason;

    private Rejection(String source, long line, String reason) {
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /**
     * A rejection.
     *
     * @param source where the input came from (a file name, {@code -} for standard input)
     * @param line the line (or record) number, counted from 1; 0 if there is none
     * @param reason why it was rejected
     * @return the rejection
     * @throws NullPointerException if {@code source} or {@code reason} is null
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public static Rejection of(String source, long line, String reason) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        return new Rejection(source, line, reason);
    }

    /**
     * Where the input came from.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The line (or record) number, counted from 1; 0 if there is none.
     *
     * @return the number
     */
    public long line() {
        return line;
    }

    /**
     * Why the input was rejected.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Rejection)) {
            return false;
        }
        Rejection o = (Rejection) other;
        return line == o.line && source.equals(o.source) && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
        return (source.hashCode() * 31 + Long.hashCode(line)) * 31 + reason.hashCode();
    }

    /**
     * {@code source:line: reason}.
     *
     * @return the rejection as one line
     */
    @Override
    public String toString() {
        return source + ":" + line + ": " + reason;
    }
}
