package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Texts in every shipped language, the fallback chain, and languages added by an application. */
class LocalizationTest {
    private Locale savedDefault;

    @BeforeEach
    void saveDefault() {
        savedDefault = Locale.getDefault();
    }

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(savedDefault);
    }

    @Test
    void everyCauseHasDescriptionAndRemedyInEveryShippedLanguageInItsScript() {
        for (InterruptionCause c : InterruptionCause.values()) {
            for (Locale locale : Texts.SHIPPED) {
                String description = c.description(locale);
                String remedy = c.remedy(locale);
                assertThat(description)
                        .as("%s description %s", c, locale)
                        .isNotBlank()
                        .doesNotContain("TODO");
                assertThat(remedy).as("%s remedy %s", c, locale).isNotBlank().doesNotContain("TODO");
                assertThat(Texts.inScriptOf(description, locale))
                        .as("%s description in the script of %s: %s", c, locale, description)
                        .isTrue();
                assertThat(Texts.inScriptOf(remedy, locale))
                        .as("%s remedy in the script of %s: %s", c, locale, remedy)
                        .isTrue();
            }
            assertThat(c.description()).isEqualTo(c.description(Locale.ENGLISH));
            assertThat(c.remedy()).isEqualTo(c.remedy(Locale.ENGLISH));
        }
    }

    @Test
    void languagesReallyDiffer() {
        for (InterruptionCause c : InterruptionCause.values()) {
            Set<String> descriptions = new HashSet<>();
            Set<String> remedies = new HashSet<>();
            for (Locale locale : Texts.SHIPPED) {
                descriptions.add(c.description(locale));
                remedies.add(c.remedy(locale));
            }
            assertThat(descriptions).as(c.name()).hasSize(4);
            assertThat(remedies).as(c.name()).hasSize(4);
        }
    }

    @Test
    void vendorTextsAreUsedWhereTheVendorHasThem() {
        assertThat(ErrorCodes.describe(18, 303).description(Locale.CHINESE)).isEqualTo("推流域名被禁用");
        assertThat(ErrorCodes.describe(18, 202).description(Locale.JAPANESE))
                .isEqualTo("アカウントの支払い延滞により、あなたのCSSサービスは一時停止されています。速やかにチャージしてください。");
        assertThat(ErrorCodes.describe(18, 602).description(Locale.CHINESE)).isEqualTo("推流优先级参数低于已经存在的推流链接");
        assertThat(ErrorCodes.describe(16).description(Locale.JAPANESE)).isEqualTo("プッシュ接続ネットワークの異常。");
        assertThat(ErrorCodes.describe(16).description(Locale.CHINESE)).isEqualTo("推流链路网络异常");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko-KR", "fr-FR", "ja", "zh-CN"})
    void englishStaysEnglishWhateverTheDefaultLocale(String defaultTag) {
        String expected = ErrorCodes.describe(18, 202).description(Locale.ROOT);
        Locale.setDefault(Locale.forLanguageTag(defaultTag));
        Diagnosis d = ErrorCodes.describe(18, 202);
        assertThat(d.description()).isEqualTo(expected).startsWith("Account in arrears");
        assertThat(d.description(Locale.ENGLISH)).isEqualTo(expected);
        assertThat(d.description(Locale.US)).isEqualTo(expected);
        assertThat(d.description(Locale.UK)).isEqualTo(expected);
        assertThat(d.remedy()).isEqualTo(d.remedy(Locale.ENGLISH)).startsWith("Top up");
        assertThat(d.toString()).contains("Account in arrears");
    }

    @Test
    void anUnshippedLocaleFallsBackToEnglishNotToTheDefault() {
        Locale.setDefault(Locale.KOREAN);
        Diagnosis d = ErrorCodes.describe(19);
        for (Locale locale : new Locale[] {
            Locale.FRENCH,
            Locale.GERMANY,
            Locale.forLanguageTag("pt-BR"),
            Locale.ROOT,
            new Locale("../../etc"),
            new Locale("ko", "../x")
        }) {
            String expected = locale.getLanguage().equals("ko") ? d.description(Locale.KOREAN) : d.description();
            assertThat(d.description(locale)).as(locale.toString()).isEqualTo(expected);
        }
        assertThat(d.description(Locale.FRENCH)).isEqualTo("The third-party authentication rejected the push.");
    }

    @Test
    void countryAndScriptVariantsFallBackToTheirLanguage() {
        Diagnosis d = ErrorCodes.describe(18, 303);
        assertThat(d.description(Locale.TRADITIONAL_CHINESE)).isEqualTo("推流域名被禁用");
        assertThat(d.description(Locale.forLanguageTag("zh-Hant"))).isEqualTo("推流域名被禁用");
        assertThat(d.description(Locale.forLanguageTag("zh-Hant-HK"))).isEqualTo("推流域名被禁用");
        assertThat(d.description(Locale.KOREA)).isEqualTo(d.description(Locale.KOREAN));
        assertThat(d.remedy(Locale.JAPAN)).isEqualTo(d.remedy(Locale.JAPANESE));
    }

    @Test
    void nullLocaleIsAClearError() {
        assertThatThrownBy(() -> ErrorCodes.describe(1).description(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }

    @Test
    void anApplicationCanAddALanguage(@TempDir Path dir) throws IOException {
        writeMessages(
                dir,
                "messages_eo.properties",
                "# Esperanto, partial\n18.202.description=Konto en ŝuldo.\nremedy.top-up=Plenigu la konton.\n");
        writeMessages(dir, "messages_eo_BR.properties", "18.202.description=Konto en ŝuldo (BR).\n");
        withContextLoader(dir, () -> {
            Diagnosis d = ErrorCodes.describe(18, 202);
            assertThat(d.description(new Locale("eo"))).isEqualTo("Konto en ŝuldo.");
            assertThat(d.remedy(new Locale("eo"))).isEqualTo("Plenigu la konton.");
            assertThat(d.description(new Locale("eo", "BR"))).isEqualTo("Konto en ŝuldo (BR).");
            assertThat(d.remedy(new Locale("eo", "BR")))
                    .as("country file falls back to language")
                    .isEqualTo("Plenigu la konton.");
            assertThat(ErrorCodes.describe(19).description(new Locale("eo")))
                    .as("a missing key falls back to English")
                    .isEqualTo(ErrorCodes.describe(19).description());
        });
    }

    @Test
    void aBrokenApplicationFileIsAClearError(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("io/github/streamcause"));
        Files.write(
                folder.resolve("messages_tlh.properties"), new byte[] {'1', '.', 'd', '=', (byte) 0xC3, (byte) 0x28});
        withContextLoader(
                dir,
                () -> assertThatThrownBy(() -> ErrorCodes.describe(1).description(new Locale("tlh")))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("messages_tlh.properties")
                        .hasMessageContaining("UTF-8"));
    }

    private static void writeMessages(Path dir, String name, String content) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("io/github/streamcause"));
        Files.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private static void withContextLoader(Path dir, Runnable body) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, saved)) {
            thread.setContextClassLoader(loader);
            body.run();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
