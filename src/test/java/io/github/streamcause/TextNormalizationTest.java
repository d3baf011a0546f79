package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-written character classes of the text index equal the JDK's, for every char. */
class TextNormalizationTest {
    @Test
    void ignorableIsExactlyTheJdksWhiteSpaceAndSpaceCharsPlusZeroWidthSpaceAndBom() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean jdk = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
            assertThat(TextIndex.isIgnorable(c)).as("U+%04X", i).isEqualTo(jdk);
        }
    }

    @Test
    void foldIsTheJdksLowerCase() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(TextIndex.fold(c)).as("U+%04X", i).isEqualTo(Character.toLowerCase(c));
        }
    }
}
