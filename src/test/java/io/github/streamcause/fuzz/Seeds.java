package io.github.streamcause.fuzz;

import io.github.streamcause.analysis.Analyzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The seeds of every fuzz target: the malformed corpus ({@code src/test/resources/malformed}), lines and
 * a whole slice of the sample log, and the binary state of the sample. In a normal test run Jazzer replays
 * each seed once (and the crash inputs under {@code src/test/resources/io/github/streamcause/fuzz}); when
 * fuzzing, they are where the mutations start.
 */
final class Seeds {
    private static List<byte[]> all;

    private Seeds() {}

    static synchronized List<byte[]> bytes() {
        if (all == null) {
            List<byte[]> seeds = new ArrayList<>();
            try {
                Path folder = Paths.get(Seeds.class.getResource("/malformed/").toURI());
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                        if (!file.getFileName().toString().equals("README.md")) {
                            seeds.add(Files.readAllBytes(file));
                        }
                    }
                }
                byte[] sample = sample();
                String[] lines = new String(sample, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < 40; i++) {
                    seeds.add(lines[i * 97].getBytes(StandardCharsets.UTF_8));
                }
                StringBuilder slice = new StringBuilder();
                for (int i = 300; i < 400; i++) {
                    slice.append(lines[i]).append('\n');
                }
                seeds.add(slice.toString().getBytes(StandardCharsets.UTF_8));
                ByteArrayOutputStream state = new ByteArrayOutputStream();
                Analyzer.builder()
                        .build()
                        .analyze(Paths.get("docs/examples/callbacks.ndjson.gz"))
                        .writeTo(state);
                seeds.add(state.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            all = seeds;
        }
        return all;
    }

    /** The seeds as the arguments of a {@code byte[]} target. */
    static Stream<Arguments> arguments() {
        return bytes().stream().map(b -> Arguments.of((Object) b));
    }

    /** The seeds as text, for the targets that take a {@code String}. */
    static Stream<Arguments> texts() {
        return bytes().stream()
                .filter(b -> b.length < 4096)
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .filter(s -> !s.trim().isEmpty()) // a blank name is no test name to JUnit; blank texts are unit-tested
                .map(Arguments::of);
    }

    static byte[] sample() throws IOException {
        try (GZIPInputStream in =
                new GZIPInputStream(Files.newInputStream(Paths.get("docs/examples/callbacks.ndjson.gz")))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
