package io.github.streamcause.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented outcome of bad input: the library's own exception, with one short printable line. */
final class Outcomes {
    private Outcomes() {}

    /** A message a person reads on one line: not empty, at most 500 characters, no control characters. */
    static void oneLine(Throwable e) {
        String message = e.getMessage();
        assertThat(message).as("the message of %s", e).isNotBlank().hasSizeLessThanOrEqualTo(500);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            assertThat(c < ' ' || (c >= 0x7F && c < 0xA0))
                    .as("a control character U+%04X in the message %s", (int) c, message)
                    .isFalse();
        }
    }
}
