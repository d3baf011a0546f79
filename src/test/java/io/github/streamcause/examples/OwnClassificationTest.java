package io.github.streamcause.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example of "Your own classification" in docs/classification.md prints what its comments say. */
class OwnClassificationTest {
    @Test
    void theExamplePrintsWhatItsCommentsSay() throws IOException {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            OwnClassification.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "CLIENT NOT_NEEDED",
                        "NETWORK RETRY",
                        "NOT_NEEDED",
                        "Classification[4=NETWORK/RETRY, 18/602=AUTH/FIX_REQUIRED]",
                        "true",
                        "true");
    }
}
