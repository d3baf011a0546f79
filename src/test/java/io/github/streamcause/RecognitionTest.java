package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reason texts, with or without a code. */
class RecognitionTest {
    private static final List<InterruptionCause> INTERNAL_GROUP = List.of(
            InterruptionCause.INTERNAL_ERROR_5,
            InterruptionCause.INTERNAL_ERROR_9,
            InterruptionCause.INTERNAL_ERROR_11,
            InterruptionCause.INTERNAL_ERROR_18_100,
            InterruptionCause.INTERNAL_ERROR_18_101,
            InterruptionCause.INTERNAL_ERROR_18_102,
            InterruptionCause.INTERNAL_ERROR_18_103,
            InterruptionCause.INTERNAL_ERROR_18_104,
            InterruptionCause.INTERNAL_ERROR_24);

    private static InterruptionCause row(int code, int subcode) {
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.isTableRow() && c.code() == code && c.subcode() == subcode) {
                return c;
            }
        }
        throw new AssertionError("no row " + code + "/" + subcode);
    }

    @Test
    void everyVendorTextRecognisesAsItsRowOrAGroupSharingTheClassification() {
        List<Golden.VendorText> texts = Golden.vendorTexts();
        assertThat(texts).hasSize(295);
        for (Golden.VendorText t : texts) {
            List<InterruptionCause> found = ErrorCodes.recognize(t.text());
            String where = "line " + t.line() + " " + t.code() + "/" + t.subcode() + " " + t.text();
            if (t.code() == 16 && t.source().matches("seed|older-table|ja-table|en-.*")) {
                assertThat(found).as("old internal-error text of 16: " + where).isEqualTo(INTERNAL_GROUP);
                continue;
            }
            InterruptionCause expected = row(t.code(), t.subcode());
            assertThat(found).as(where).contains(expected);
            for (InterruptionCause other : found) {
                assertThat(other.category()).as(where + " shares " + other).isEqualTo(expected.category());
                assertThat(other.recovery()).as(where + " shares " + other).isEqualTo(expected.recovery());
            }
        }
    }

    @Test
    void everyTableRowRecognisesByItsOwnTextsInEveryLanguage() {
        for (InterruptionCause c : InterruptionCause.values()) {
            for (Locale locale : Texts.SHIPPED) {
                List<InterruptionCause> found = ErrorCodes.recognize(c.description(locale));
                if (c.isTableRow()) {
                    assertThat(found).as(c + " " + locale).contains(c);
                } else {
                    assertThat(found)
                            .as("families are not recognised: " + c + " " + locale)
                            .doesNotContain(c);
                }
            }
        }
    }

    @Test
    void codeSixteenIsNeverTheInternalError() {
        assertThat(ErrorCodes.recognize("Internal error in the LVB system.")).isEqualTo(INTERNAL_GROUP);
        assertThat(ErrorCodes.recognize("라이브 방송 시스템 내부 오류")).isEqualTo(INTERNAL_GROUP);
        assertThat(ErrorCodes.recognize("推流链路网络异常")).contains(InterruptionCause.NETWORK_ERROR_16);
        assertThat(ErrorCodes.describe(16, "Internal error in the LVB system.").category())
                .as("with errcode 16 the code decides")
                .isEqualTo(Category.NETWORK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "recv rtmp closeStream",
                "recv rtmpcloseStream",
                "RECV RTMP CLOSESTREAM",
                "  recv\trtmp\u00A0closeStream.  ",
                "recv rtmp closeStream!",
                "recv rtmp closeStream。",
                "recv rtmp closeStream．",
                "\uFEFFrecv rtmp close\u3000Stream！"
            })
    void whiteSpaceCaseAndEndPunctuationAreIgnored(String text) {
        assertThat(ErrorCodes.recognize(text)).containsExactly(InterruptionCause.CLIENT_CLOSED_STREAM);
    }

    @Test
    void punctuationInsideATextStillCounts() {
        assertThat(ErrorCodes.recognize("recv() return 0")).containsExactly(InterruptionCause.CLIENT_CLOSED_CONNECTION);
        assertThat(ErrorCodes.recognize("recv return 0")).isEmpty();
        assertThat(ErrorCodes.recognize(".recv() return 0")).isEmpty();
    }

    /**
     * The index compares hashes first; a text whose hash equals a known text's but which is longer than it
     * (the known text followed by more characters) or differs from it is still no match.
     */
    @Test
    void aTextWithTheHashOfAKnownTextIsNoMatchUnlessItIsThatText() {
        String text = "recv rtmp closeStream";
        String known = TextIndex.normalize(text);
        String longer = text + sameHashSuffix(known);
        assertThat(TextIndex.normalize(longer).hashCode()).isEqualTo(known.hashCode());
        assertThat(ErrorCodes.recognize(longer)).isEmpty();
        assertThat(ErrorCodes.describe(21, longer)).isSameAs(ErrorCodes.describe(21));

        // "推流域名被禁用" with two neighbouring characters changed so that the hash stays the same
        String chinese = "推流域名被禁用";
        String sameLength = chinese.substring(0, 2)
                + (char) (chinese.charAt(2) + 1)
                + (char) (chinese.charAt(3) - 31)
                + chinese.substring(4);
        assertThat(sameLength.hashCode()).isEqualTo(chinese.hashCode());
        assertThat(ErrorCodes.recognize(chinese)).isNotEmpty();
        assertThat(ErrorCodes.recognize(sameLength)).isEmpty();
    }

    /**
     * Five CJK ideographs that, appended to {@code known}, keep its {@link String#hashCode}: the hash of
     * {@code known + s} is {@code 31^5 * hash(known) + hash(s)}, so {@code hash(s)} must be {@code (1 - 31^5) *
     * hash(known)}, written in base 31 above U+4E00.
     */
    private static String sameHashSuffix(String known) {
        int[] weights = {31 * 31 * 31 * 31, 31 * 31 * 31, 31 * 31, 31, 1};
        String lowest = "\u4E00".repeat(5);
        int wanted = (1 - 31 * 31 * 31 * 31 * 31) * known.hashCode();
        long rest = Integer.toUnsignedLong(wanted - lowest.hashCode());
        StringBuilder suffix = new StringBuilder();
        for (int weight : weights) {
            long digit = rest / weight;
            rest -= digit * weight;
            suffix.append((char) ('\u4E00' + digit));
        }
        return suffix.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "OK", "", "   ", ".", "unknown text", "推流", "recv rtmp", "recv rtmp closeStream x"})
    void unknownTextsMatchNothing(String text) {
        assertThat(ErrorCodes.recognize(text)).isEmpty();
    }

    @Test
    void nullAndHugeTextsMatchNothing() {
        assertThat(ErrorCodes.recognize(null)).isEmpty();
        assertThat(ErrorCodes.recognize("x".repeat(10_000_000))).isEmpty();
        assertThat(ErrorCodes.recognize(" ".repeat(1_000_000) + "recv rtmp closeStream"))
                .containsExactly(InterruptionCause.CLIENT_CLOSED_STREAM);
    }

    @Test
    void sharedTextsAnswerTheWholeGroupInRegistryOrder() {
        assertThat(ErrorCodes.recognize("推流客户端主动断流"))
                .containsExactly(
                        InterruptionCause.CLIENT_DELETED_STREAM,
                        InterruptionCause.CLIENT_CLOSED_STREAM,
                        InterruptionCause.CLIENT_CLOSED_CONNECTION,
                        InterruptionCause.CLIENT_CONNECTION_FAILED,
                        InterruptionCause.CLIENT_STOPPED);
        assertThat(ErrorCodes.recognize("The client interrupted the stream"))
                .containsExactly(InterruptionCause.CLIENT_DELETED_STREAM);
    }

    @Test
    void theAnswerIsUnmodifiable() {
        List<InterruptionCause> found = ErrorCodes.recognize("推流域名被禁用");
        assertThat(found).containsExactly(InterruptionCause.DOMAIN_DISABLED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> found.add(InterruptionCause.CLIENT_STOPPED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void callbackTextRecoversTheSubcodeOf18And21() {
        assertThat(ErrorCodes.describe(18, "推流域名被禁用")).isSameAs(ErrorCodes.describe(18, 303));
        assertThat(ErrorCodes.describe(18, "The push client IP is in the blocklist."))
                .isSameAs(ErrorCodes.describe(18, 400));
        assertThat(ErrorCodes.describe(18, "Internal error in the CSS system."))
                .as("the lowest of 18/100-104")
                .isSameAs(ErrorCodes.describe(18, 100));
        assertThat(ErrorCodes.describe(21, "收到新的推流链接顶替当前无数据的推流")).isSameAs(ErrorCodes.describe(21, 103));
        assertThat(ErrorCodes.describe(18, "push url maybe invalid")).isSameAs(ErrorCodes.describe(18));
        assertThat(ErrorCodes.describe(18, "过期时间参数值已过期")).isSameAs(ErrorCodes.describe(18, 501));
    }

    @Test
    void aTextNeverChangesTheCode() {
        assertThat(ErrorCodes.describe(21, "推流域名被禁用")).isSameAs(ErrorCodes.describe(21));
        assertThat(ErrorCodes.describe(1, "推流域名被禁用")).isSameAs(ErrorCodes.describe(1));
        assertThat(ErrorCodes.describe(99, "推流域名被禁用")).isEqualTo(ErrorCodes.describe(99));
        assertThat(ErrorCodes.describe(36, "推流域名被禁用")).as("one past the table").isEqualTo(ErrorCodes.describe(36));
        assertThat(ErrorCodes.describe(35, "推流域名被禁用")).isSameAs(ErrorCodes.describe(35));
        assertThat(ErrorCodes.describe(-1, "推流域名被禁用")).isEqualTo(ErrorCodes.describe(-1));
        assertThat(ErrorCodes.describe(18, "recv rtmp closeStream")).isSameAs(ErrorCodes.describe(18));
    }

    @Test
    void nullBlankAndUnknownTextsGiveTheCodeAlone() {
        List<String> texts = new ArrayList<>(List.of("", " ", "ok", "OK", "something new"));
        texts.add(null);
        for (String text : texts) {
            for (int code : new int[] {0, 1, 18, 21, 35, 36, -1}) {
                assertThat(ErrorCodes.describe(code, text))
                        .as(code + " " + text)
                        .isEqualTo(ErrorCodes.describe(code));
            }
        }
    }
}
