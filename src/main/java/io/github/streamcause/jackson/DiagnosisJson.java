package io.github.streamcause.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.streamcause.Diagnosis;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a {@link Diagnosis} with Jackson's streaming API, as {@link StreamCauseModule} and {@code
 * streamcause describe} do, for callers that use a {@link JsonGenerator} without an {@code ObjectMapper}.
 *
 * <pre>{@code
 * {"code":18,"subcode":999,"pair":"18/999","documented":false,
 *  "cause":{"name":"PUSH_REFUSED","key":"18","pair":"18","code":18,"subcode":0,"range":"18",...}}
 * }</pre>
 *
 * <p>{@code code} and {@code subcode} are the numbers diagnosed, kept as given (0 for no subcode), and
 * {@code pair} the same as text ({@code "18/999"}, {@code "7"}); {@code documented} says whether the
 * vendor's table documents the pair; {@code cause} is the object of the cause that applies ({@link
 * CauseJson}): a table row, a family of unlisted subcodes or {@code UNDOCUMENTED_CODE}, whose own
 * numbers may differ from the diagnosed ones. Reading back needs {@code code} and {@code subcode} only.
 *
 * @since 0.1.0
 */
public final class DiagnosisJson {
    private DiagnosisJson() {}

    /**
     * Writes {@code {"code","subcode","pair","documented","cause":{...}}}.
     *
     * @param g where to write
     * @param d the diagnosis
     * @param locale the language of the cause's description and remedy
     * @throws IOException if writing fails
     */
    public static void write(JsonGenerator g, Diagnosis d, Locale locale) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", d.code());
        g.writeNumberField("subcode", d.subcode());
        g.writeStringField("pair", CauseJson.pair(d.code(), d.subcode()));
        g.writeBooleanField("documented", d.documented());
        g.writeFieldName("cause");
        CauseJson.write(g, d.cause(), locale);
        g.writeEndObject();
    }
}
