package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The javadoc of each registry constant restates texts that live in {@code messages.properties}: it must
 * say what they say, so that the two cannot drift. Each begins {@code {@code PAIR} <English description>}
 * and ends with the constant's category and recovery.
 */
class ConstantJavadocTest {
    private static final Pattern CONSTANT =
            Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*\\n\\s*([A-Z][A-Z_0-9]*)\\s*\\(", Pattern.DOTALL);

    /** What a cause stands for, as the javadoc writes it. */
    private static String range(InterruptionCause c) {
        if (c.isFamily()) {
            String hundred = c.key().substring(3, 4);
            return c.code() + "/" + hundred + "00-" + hundred + "99";
        }
        if (!c.isTableRow()) {
            return "not 0-35";
        }
        return c.subcode() == 0 ? Integer.toString(c.code()) : c.code() + "/" + c.subcode();
    }

    @Test
    void everyConstantsJavadocSaysWhatItsEnglishTextAndClassificationSay() throws IOException {
        String source = new String(
                Files.readAllBytes(Paths.get("src/main/java/io/github/streamcause/InterruptionCause.java")),
                StandardCharsets.UTF_8);
        Matcher m = CONSTANT.matcher(source);
        int checked = 0;
        while (m.find()) {
            InterruptionCause c = InterruptionCause.valueOf(m.group(2));
            String doc = m.group(1).replaceAll("\\s*\\n\\s*\\*\\s?", " ").trim().replaceAll("\\s+", " ");
            assertThat(doc)
                    .as(c.name())
                    .startsWith("{@code " + range(c) + "} " + c.description(Locale.ENGLISH))
                    .endsWith(" " + c.category() + ", " + c.recovery() + ".");
            checked++;
        }
        assertThat(checked).as("every constant has its javadoc").isEqualTo(InterruptionCause.values().length);
    }
}
