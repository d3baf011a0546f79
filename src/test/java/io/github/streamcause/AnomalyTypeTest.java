package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The eleven push anomaly types of the vendor's table (payloads spec, section 4) and their texts. */
class AnomalyTypeTest {
    /** The vendor's table, copied by hand: number, then a word each description must hold. */
    private static final Map<Integer, String> VENDOR_TABLE = Map.ofEntries(
            Map.entry(1, "video timestamp moved backwards"),
            Map.entry(2, "audio timestamp moved backwards"),
            Map.entry(3, "video timestamp jumped forward by more than 1 second"),
            Map.entry(4, "audio timestamp jumped forward by more than 1 second"),
            Map.entry(5, "chunk size is too big (over 8192"),
            Map.entry(6, "between two video frames is too long (over 3 seconds"),
            Map.entry(7, "between two audio frames is too long"),
            Map.entry(8, "video codec changed"),
            Map.entry(9, "audio codec changed"),
            Map.entry(10, "video frame arrived before any video codec header"),
            Map.entry(11, "audio frame arrived before any audio codec header"));

    @Test
    void everyDocumentedNumberHasItsTypeAndNoOtherDoes() {
        for (int n = -2; n <= 20; n++) {
            AnomalyType type = AnomalyType.of(n);
            if (VENDOR_TABLE.containsKey(n)) {
                assertThat(type).as("type %d", n).isNotNull();
                assertThat(type.number()).isEqualTo(n);
                assertThat(type.key()).isEqualTo("anomaly." + n);
                assertThat(type.description()).as("type %d", n).containsIgnoringCase(VENDOR_TABLE.get(n));
            } else {
                assertThat(type).as("type %d", n).isNull();
            }
        }
        assertThat(AnomalyType.of(Integer.MIN_VALUE)).isNull();
        assertThat(AnomalyType.of(Integer.MAX_VALUE)).isNull();
        assertThat(AnomalyType.values()).hasSize(VENDOR_TABLE.size());
    }

    @Test
    void everyTypeIsDescribedInEveryShippedLanguageInItsScriptAndDifferently() {
        for (Locale locale : Texts.SHIPPED) {
            Set<String> seen = new HashSet<>();
            for (AnomalyType type : AnomalyType.values()) {
                String text = type.description(locale);
                assertThat(text).as("%s %s", type, locale).isNotBlank();
                assertThat(Texts.inScriptOf(text, locale))
                        .as("%s in the script of %s: %s", type, locale, text)
                        .isTrue();
                assertThat(seen.add(text))
                        .as("%s %s is another type's text", type, locale)
                        .isTrue();
                if (!locale.equals(Locale.ENGLISH)) {
                    assertThat(text).isNotEqualTo(type.description());
                }
            }
        }
        assertThat(AnomalyType.VIDEO_FRAME_GAP.description(Locale.KOREAN)).contains("비디오 프레임", "3초");
        assertThat(AnomalyType.VIDEO_FRAME_GAP.description(Locale.forLanguageTag("fr")))
                .isEqualTo(AnomalyType.VIDEO_FRAME_GAP.description());
        assertThat(AnomalyType.AUDIO_CODEC_CHANGED.description(Locale.forLanguageTag("zh-TW")))
                .isEqualTo(AnomalyType.AUDIO_CODEC_CHANGED.description(Locale.CHINESE));
    }
}
