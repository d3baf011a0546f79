package io.github.streamcause.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.InterruptionReport;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The report as indented JSON, written by {@link StreamCauseModule} as it goes: a report of millions of
 * streams is never one string in memory.
 */
final class JsonReport {
    private JsonReport() {}

    static void write(InterruptionReport report, RenderOptions options, PrintWriter out) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's writer
                .build();
        ObjectMapper mapper = new ObjectMapper(factory)
                .registerModule(new StreamCauseModule(
                        options.locale(),
                        options.timelineWidth().orElse(null),
                        options.reconnectWindow(),
                        options.incidentRules()))
                .enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(out, report);
        out.println();
    }
}
