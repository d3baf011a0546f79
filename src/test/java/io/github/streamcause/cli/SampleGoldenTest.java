package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.examples.SampleGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample and the reports made from it are checked in; these tests fail when either drifts. Regenerate
 * the sample with the generator (see {@code SampleGenerator}), the reports with {@code ./mvnw test
 * -Dtest=SampleGoldenTest -Dstreamcause.regenerate=true}.
 */
class SampleGoldenTest {
    private static final Path ROOT = Paths.get(System.getProperty("user.dir"));
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";

    @Test
    void theSampleIsWhatTheGeneratorWrites() throws IOException {
        StringWriter expected = new StringWriter();
        SampleGenerator.writeDefault(expected);
        String committed;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(ROOT.resolve(SAMPLE)))) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed)
                .as("docs/examples/callbacks.ndjson.gz drifted from SampleGenerator: rerun the generator")
                .isEqualTo(expected.toString());
        assertThat(committed.lines().count()).isBetween(3000L, 6000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown", "csv"})
    void theReportsOfTheSampleAreTheGoldenOnes(String format) throws IOException {
        Cli r = Cli.run("analyze", SAMPLE, "--format", format);
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.REJECTED_LINES);
        Path golden = ROOT.resolve("src/test/resources/golden/cli/sample-report." + format);
        if (Boolean.getBoolean("streamcause.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, r.out, StandardCharsets.UTF_8);
        }
        assertThat(r.out)
                .as(
                        "the %s report of the sample drifted from %s; regenerate with"
                                + " ./mvnw test -Dtest=SampleGoldenTest -Dstreamcause.regenerate=true",
                        format, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
