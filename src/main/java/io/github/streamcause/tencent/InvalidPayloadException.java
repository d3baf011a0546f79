package io.github.streamcause.tencent;

/**
 * A payload that cannot be read: malformed or truncated JSON, a value of the wrong type, a missing
 * required field, a value out of range. The message names where ({@link #location()}: a field such as
 * {@code errcode}, or a path such as {@code Response.EventList[3].Duration}) and what was wrong.
 *
 * <p>This is the only exception the parsers in this package throw for bad content; I/O failures of the
 * underlying stream stay {@link java.io.IOException}s.
 *
 * @since 0.1.0
 */
public final class InvalidPayloadException extends RuntimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** Where the problem is: a field, a path, or empty for the whole payload. */
    private final String location;

    /**
     * Creates the exception.
     *
     * @param location where the problem is: a field name or path, or {@code ""} for the whole payload
     * @param problem what was wrong
     * @param cause the underlying parser error, or null
     */
    public InvalidPayloadException(String location, String problem, Throwable cause) {
        super(location.isEmpty() ? problem : location + ": " + problem, cause);
        this.location = location;
    }

    /**
     * Where the problem is: a field name such as {@code errcode}, a path such as {@code
     * Response.EventList[3].Duration}, or {@code ""} when it concerns the whole payload.
     *
     * @return the location, never null
     */
    public String location() {
        return location;
    }
}
