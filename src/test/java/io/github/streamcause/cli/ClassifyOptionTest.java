package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --classify} and {@code --classify-file}: a team's own classification of a code. */
class ClassifyOptionTest {
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode analyze(String... options) throws IOException {
        String[] args = new String[options.length + 4];
        args[0] = "analyze";
        args[1] = SAMPLE;
        args[2] = "--format";
        args[3] = "json";
        System.arraycopy(options, 0, args, 4, options.length);
        Cli r = Cli.run(args);
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.REJECTED_LINES);
        return JSON.readTree(r.out);
    }

    private static long code4(JsonNode report) {
        for (JsonNode cause : report.get("byCause")) {
            if (cause.get("cause").get("key").asText().equals("4")) {
                return cause.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void anOverrideMovesExactlyItsCodesInterruptions() throws IOException {
        JsonNode plain = analyze();
        JsonNode mine = analyze("--classify", "4=NETWORK/RETRY");
        long moved = code4(plain);
        assertThat(moved).as("premise: the sample has code 4").isPositive();
        assertThat(mine.get("byCategory").get("CLIENT").asLong())
                .isEqualTo(plain.get("byCategory").get("CLIENT").asLong() - moved);
        assertThat(mine.get("byCategory").get("NETWORK").asLong())
                .isEqualTo(plain.get("byCategory").get("NETWORK").asLong() + moved);
        assertThat(mine.get("byRecovery").get("NOT_NEEDED").asLong())
                .isEqualTo(plain.get("byRecovery").get("NOT_NEEDED").asLong() - moved);
        assertThat(mine.get("byRecovery").get("RETRY").asLong())
                .isEqualTo(plain.get("byRecovery").get("RETRY").asLong() + moved);
        assertThat(mine.get("interruptions")).isEqualTo(plain.get("interruptions"));
        assertThat(mine.get("byCause")).as("causes stay the vendor's").isEqualTo(plain.get("byCause"));
    }

    @Test
    void aPropertiesFileAndRepeatedOptionsCombineTheOptionsLast(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ours.properties");
        Files.writeString(file, "# ours\n4=INTERNAL/RETRY\n", StandardCharsets.UTF_8);
        JsonNode plain = analyze();
        JsonNode fromFile = analyze("--classify-file", file.toString());
        long moved = code4(plain);
        assertThat(fromFile.get("byCategory").get("INTERNAL").asLong())
                .isEqualTo(plain.get("byCategory").get("INTERNAL").asLong() + moved);
        JsonNode both = analyze(
                "--classify-file", file.toString(), "--classify", "4=NETWORK/RETRY", "--classify", "1=UNKNOWN/RETRY");
        assertThat(both.get("byCategory").get("INTERNAL"))
                .isEqualTo(plain.get("byCategory").get("INTERNAL"));
        assertThat(both.get("byCategory").get("NETWORK").asLong())
                .isEqualTo(plain.get("byCategory").get("NETWORK").asLong() + moved);
    }

    @Test
    void aBadOverrideIsBadUsageNamingIt(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("analyze", SAMPLE, "--classify", "4=NET/RETRY");
        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err)
                .startsWith("streamcause: --classify: Invalid override \"4=NET/RETRY\"")
                .contains("\"NET\"");
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "four=NETWORK/RETRY\n", StandardCharsets.UTF_8);
        Cli file = Cli.run("analyze", SAMPLE, "--classify-file", bad.toString());
        assertThat(file.exit).isEqualTo(Main.USAGE);
        assertThat(file.err).contains("--classify-file " + bad, "four");
        Cli missing = Cli.run(
                "analyze", SAMPLE, "--classify-file", dir.resolve("none").toString());
        assertThat(missing.exit).isEqualTo(Main.USAGE);
        assertThat(missing.err).contains("no such file");
    }
}
