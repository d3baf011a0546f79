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

    @Test
    void theStoredFormIsLowerCaseWithoutWhiteSpaceOrEndPunctuation() {
        assertThat(TextIndex.normalize("  Recv\tRTMP\u3000close Stream \u00A0")).isEqualTo("recvrtmpclosestream");
        assertThat(TextIndex.normalize("推流 域名被禁用。 ")).isEqualTo("推流域名被禁用");
        assertThat(TextIndex.normalize("recv() return 0!！．.")).isEqualTo("recv()return0");
        assertThat(TextIndex.normalize("a.b."))
                .as("only end punctuation is cut")
                .isEqualTo("a.b");
        assertThat(TextIndex.normalize("Ab")).isEqualTo("ab");
        assertThat(TextIndex.normalize(". \uFEFF!")).isEmpty();
        assertThat(TextIndex.normalize("")).isEmpty();
    }
}
