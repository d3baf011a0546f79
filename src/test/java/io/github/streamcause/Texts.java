package io.github.streamcause;

import java.util.List;
import java.util.Locale;

/** The shipped languages and what their script looks like, for the tests. */
final class Texts {
    private Texts() {}

    static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE, Locale.JAPANESE);

    static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    static boolean hasKana(String s) {
        return s.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
    }

    /** Whether the text is written in the script of the language: and in no other CJK script. */
    static boolean inScriptOf(String text, Locale locale) {
        switch (locale.getLanguage()) {
            case "en":
                return text.chars().allMatch(c -> c < 0x250 || c == '\u2019') && text.matches(".*[A-Za-z].*");
            case "ko":
                return hasHangul(text) && !hasKana(text) && !hasHan(text);
            case "zh":
                return hasHan(text) && !hasKana(text) && !hasHangul(text);
            case "ja":
                return (hasKana(text) || hasHan(text)) && !hasHangul(text);
            default:
                throw new IllegalArgumentException(locale.toString());
        }
    }
}
