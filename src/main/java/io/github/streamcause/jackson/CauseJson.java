package io.github.streamcause.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes an {@link InterruptionCause} as the one JSON object StreamCause has for a cause, with Jackson's
 * streaming API: the same object in {@code streamcause list}, inside a {@link io.github.streamcause.Diagnosis}
 * ({@link DiagnosisJson}) and in a report's {@code byCause}.
 *
 * <pre>{@code
 * {"name":"ACCOUNT_IN_ARREARS","key":"18.202","pair":"18/202","code":18,"subcode":202,"range":"18/202",
 *  "category":"AUTH","recovery":"FIX_REQUIRED","description":"Account in arrears: ...","remedy":"Top up ..."}
 * }</pre>
 *
 * <p>Every field is always there, in this order: {@code name}, the constant's name; {@code key}, its
 * stable key ({@link InterruptionCause#key()}, how a report's JSON is read back); {@code pair}, {@code
 * code} and {@code subcode}, the one pair of a table row ({@code "7"}, 7, 0 for a code without subcode)
 * and {@code null} where a cause stands for many pairs (a family has {@code code} 18 and the others
 * {@code null}; {@link InterruptionCause#UNDOCUMENTED_CODE} has all three {@code null}); {@code range},
 * what the cause stands for as {@code streamcause list} prints it ({@code "18/202"}, {@code "7"},
 * {@code "18/100-199"}, {@code "not 0-35"}); {@code category} and {@code recovery} by name; then {@code
 * description} and {@code remedy}, strings in one language, or objects keyed by language tag ({@code
 * {"en":..,"ko":..}}) when written in several.
 *
 * @since 0.1.0
 */
public final class CauseJson {
    private CauseJson() {}

    /**
     * Writes the cause's object with its texts in one language.
     *
     * @param g where to write
     * @param c the cause
     * @param locale the language of description and remedy (falling back to English)
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator g, InterruptionCause c, Locale locale) throws IOException {
        Objects.requireNonNull(locale, "locale");
        writeStart(g, c);
        g.writeStringField("description", c.description(locale));
        g.writeStringField("remedy", c.remedy(locale));
        g.writeEndObject();
    }

    /**
     * Writes the cause's object with its texts in several languages: {@code description} and {@code
     * remedy} are objects keyed by each locale's language tag ({@link Locale#toLanguageTag()}), in the
     * order given.
     *
     * @param g where to write
     * @param c the cause
     * @param locales the languages, one or more
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if {@code locales} is empty
     */
    public static void write(JsonGenerator g, InterruptionCause c, List<Locale> locales) throws IOException {
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("no language to write the texts in");
        }
        writeStart(g, c);
        g.writeObjectFieldStart("description");
        for (Locale locale : locales) {
            g.writeStringField(locale.toLanguageTag(), c.description(locale));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("remedy");
        for (Locale locale : locales) {
            g.writeStringField(locale.toLanguageTag(), c.remedy(locale));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The object's start and every field before the texts. */
    private static void writeStart(JsonGenerator g, InterruptionCause c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("key", c.key());
        if (c.isTableRow()) {
            g.writeStringField("pair", pair(c.code(), c.subcode()));
            g.writeNumberField("code", c.code());
            g.writeNumberField("subcode", c.subcode());
        } else {
            g.writeNullField("pair");
            if (c.isFamily()) {
                g.writeNumberField("code", c.code());
            } else {
                g.writeNullField("code");
            }
            g.writeNullField("subcode");
        }
        g.writeStringField("range", range(c));
        g.writeStringField("category", c.category().name());
        g.writeStringField("recovery", c.recovery().name());
    }

    /** {@code 18/202}, or {@code 7} for no subcode. */
    static String pair(int code, int subcode) {
        return subcode == ErrorCodes.NO_SUBCODE ? Integer.toString(code) : code + "/" + subcode;
    }

    /** What a cause stands for: {@code 18/202}, {@code 7}, {@code 18/100-199}, {@code not 0-35}. */
    static String range(InterruptionCause c) {
        if (c.isTableRow()) {
            return pair(c.code(), c.subcode());
        }
        if (c.isFamily()) {
            String hundred = c.key().substring(c.key().indexOf('.') + 1, c.key().indexOf('x'));
            return c.code() + "/" + hundred + "00-" + hundred + "99";
        }
        return "not 0-35";
    }
}
