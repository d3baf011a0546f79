package io.github.streamcause.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang} with one language ({@code describe}, {@code analyze}, {@code merge}): a picocli mixin. */
final class LanguageOption {
    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            converter = Language.One.class,
            completionCandidates = Language.Values.class,
            description = "language of the texts: en, ko, zh, ja (default: ${DEFAULT-VALUE})")
    String lang;

    Locale locale() {
        return Language.locale(lang);
    }
}
