package io.github.streamcause.benchmarks;

import io.github.streamcause.examples.SampleGenerator;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.InvalidPayloadException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Inputs for the benchmarks, from the sample generator: realistic callback bodies. */
final class Samples {
    private Samples() {}

    /** The callback lines of a generated log that parse as push or interruption events, as UTF-8 bytes. */
    static List<byte[]> callbackBodies(int sessions) {
        StringWriter out = new StringWriter();
        try {
            SampleGenerator.write(sessions, 42, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<byte[]> bodies = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            byte[] body = line.getBytes(StandardCharsets.UTF_8);
            try {
                CallbackEvent event = CallbackEvent.parse(body);
                if (event.isPush() || event.isInterruption()) {
                    bodies.add(body);
                }
            } catch (InvalidPayloadException malformed) {
                // the generator's malformed lines on purpose: not input for these benchmarks
            }
        }
        return bodies;
    }
}
