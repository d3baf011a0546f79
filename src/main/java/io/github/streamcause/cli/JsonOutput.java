package io.github.streamcause.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * JSON as every command prints it, as the report's JSON is: indented by Jackson's default pretty printer
 * (for the person reading it; {@code jq -c} makes one line of it), one document, and a line end after it.
 */
final class JsonOutput {
    private JsonOutput() {}

    /** A generator on {@code out} that leaves it open; close it, then {@link #end}. */
    static JsonGenerator generator(PrintWriter out) throws IOException {
        return new JsonFactory()
                .createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
    }

    /** Ends the document's line. */
    static void end(PrintWriter out) {
        out.println();
    }
}
