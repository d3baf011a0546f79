package io.github.streamcause.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang} values: the shipped languages, and {@code all} where a command can show them all. */
final class Language {
    static final List<String> CODES = Collections.unmodifiableList(Arrays.asList("en", "ko", "zh", "ja"));

    private Language() {}

    static Locale locale(String code) {
        return Locale.forLanguageTag(code);
    }

    /** The header of a language's description column. */
    static String name(String code) {
        switch (code) {
            case "ko":
                return "한국어";
            case "zh":
                return "中文";
            case "ja":
                return "日本語";
            default:
                return "English";
        }
    }

    /** One language. */
    static final class One implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = value.toLowerCase(Locale.ROOT);
            if (!CODES.contains(code)) {
                throw new TypeConversionException(EnumValue.expected(CODES, value));
            }
            return code;
        }
    }

    /** One language or {@code all}. */
    static final class OneOrAll implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equalsIgnoreCase("all")) {
                return "all";
            }
            String code = value.toLowerCase(Locale.ROOT);
            if (!CODES.contains(code)) {
                List<String> values = new ArrayList<>(CODES);
                values.add("all");
                throw new TypeConversionException(EnumValue.expected(values, value));
            }
            return code;
        }
    }

    /** The values of {@code --lang} with one language, for shell completion. */
    static final class Values implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CODES.iterator();
        }
    }

    /** The values of {@code --lang} with {@code all}, for shell completion. */
    static final class ValuesOrAll implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> values = new ArrayList<>(CODES);
            values.add("all");
            return values.iterator();
        }
    }

    static List<String> expand(String code) {
        return code.equals("all") ? CODES : Collections.singletonList(code);
    }
}
