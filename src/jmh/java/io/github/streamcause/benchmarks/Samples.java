package io.github.streamcause.benchmarks;

import io.github.streamcause.examples.SampleGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Inputs for the benchmarks, from the sample generator: realistic callback bodies. */
final class Samples {
    private Samples() {}

    /** The callback lines of a generated log that parse (malformed lines dropped), as UTF-8 bytes. */
    static List<byte[]> callbackBodies(int sessions) {
        StringWriter out = new StringWriter();
        try {
            SampleGenerator.write(sessions, 42, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> bodies = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("{\"app\"")) {
                bodies.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }
}
