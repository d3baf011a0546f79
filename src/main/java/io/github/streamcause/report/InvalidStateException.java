package io.github.streamcause.report;

import java.io.IOException;

/**
 * The input given to {@link InterruptionReport#readFrom(java.io.InputStream)} is not a report state this
 * version reads: another file, another version of the format, or a state that is corrupt or cut short.
 * The message says which.
 *
 * @since 0.1.0
 */
public final class InvalidStateException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong with the input
     */
    public InvalidStateException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what is wrong with the input
     * @param cause what was caught
     */
    public InvalidStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
