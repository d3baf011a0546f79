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
     * Creates the exception. The message is the location and the problem; in it the location is shown
     * printable, on one line (control characters escaped, {@code \r} as {@code \\r}, and cut after 200
     * characters), since a field name is whatever the payload sent.
     *
     * @param location where the problem is: a field name or path, or {@code ""} for the whole payload
     * @param problem what was wrong
     * @param cause the underlying parser error, or null
     */
    public InvalidPayloadException(String location, String problem, Throwable cause) {
        super(location.isEmpty() ? problem : printable(location, 200) + ": " + problem, cause);
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

    /**
     * {@code text} on one line and printable: control characters escaped ({@code \\n}, {@code \\r},
     * {@code \\t}, else {@code \\uXXXX}), at most {@code max} characters of it shown, escapes counted as
     * the characters they take (so text of control characters cannot make a message six times longer),
     * then {@code ...} if anything was left out. Here, with no Jackson class, so that making this exception
     * never loads the parser.
     */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 5);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped;
            if (c == '\n') {
                escaped = "\\n";
            } else if (c == '\r') {
                escaped = "\\r";
            } else if (c == '\t') {
                escaped = "\\t";
            } else if (c < ' ' || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                escaped = String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
            } else {
                escaped = null;
            }
            int width = escaped == null ? 1 : escaped.length();
            if (out.length() + width > max) {
                return out.append("...").toString();
            }
            if (escaped == null) {
                out.append(c);
            } else {
                out.append(escaped);
            }
        }
        return out.toString();
    }
}
