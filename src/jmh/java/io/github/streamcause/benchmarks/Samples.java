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

    /**
     * The push and interruption events of a generated log, parsed as the generator writes, so that a million
     * events never exist as one text.
     */
    static List<CallbackEvent> events(int sessions) {
        List<CallbackEvent> events = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        java.io.Writer parser = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                for (int k = offset; k < offset + length; k++) {
                    if (buffer[k] != '\n') {
                        line.append(buffer[k]);
                        continue;
                    }
                    try {
                        CallbackEvent event = CallbackEvent.parse(line.toString());
                        if (event.isPush() || event.isInterruption()) {
                            events.add(event);
                        }
                    } catch (InvalidPayloadException malformed) {
                        // the generator's malformed lines on purpose
                    }
                    line.setLength(0);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try {
            SampleGenerator.write(sessions, 42, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
