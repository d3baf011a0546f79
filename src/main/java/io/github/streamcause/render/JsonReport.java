package io.github.streamcause.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.InterruptionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** The report as indented JSON, written by {@link StreamCauseModule}. */
final class JsonReport {
    private JsonReport() {}

    static void write(InterruptionReport report, Locale locale, PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new StreamCauseModule(locale))
                .enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(report));
    }
}
