package io.github.streamcause.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.streamcause.Diagnosis;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a {@link Diagnosis} with Jackson's streaming API, as {@link StreamCauseModule} does, for callers
 * that use a {@link JsonGenerator} without an {@code ObjectMapper}.
 *
 * @since 0.1.0
 */
public final class DiagnosisJson {
    private DiagnosisJson() {}

    /**
     * Writes {@code {"code","subcode","documented","cause","category","recovery","description","remedy"}}.
     *
     * @param g where to write
     * @param d the diagnosis
     * @param locale the language of description and remedy
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator g, Diagnosis d, Locale locale) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", d.code());
        g.writeNumberField("subcode", d.subcode());
        g.writeBooleanField("documented", d.documented());
        g.writeStringField("cause", d.cause().name());
        g.writeStringField("category", d.category().name());
        g.writeStringField("recovery", d.recovery().name());
        g.writeStringField("description", d.description(locale));
        g.writeStringField("remedy", d.remedy(locale));
        g.writeEndObject();
    }
}
