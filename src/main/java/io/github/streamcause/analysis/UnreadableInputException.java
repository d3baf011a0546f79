package io.github.streamcause.analysis;

import java.io.IOException;

/**
 * An input that is not StreamCause input at all: none of its lines is a callback or an API record (a
 * README, a jar, an API error response). Thrown by an {@link Analyzer} built with {@link
 * Analyzer.Builder#rejectUnreadableInputs(boolean)}; the message names the input, says what it looks like
 * and gives the reason its first line was rejected.
 *
 * @since 0.1.0
 */
public final class UnreadableInputException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what the input is and why it cannot be read
     */
    public UnreadableInputException(String message) {
        super(message);
    }
}
