package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** {@code --reconnect-window DURATION} of {@code analyze} and {@code merge}: what it takes and how it refuses the rest. */
class ReconnectWindowOptionTest {
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";
    private static final String EXPECTED =
            "expected a positive whole number of seconds, minutes or hours, such as 30s, 2m or 1h, got '";

    @TempDir
    Path dir;

    @Test
    void aPositiveWholeNumberOfSecondsMinutesOrHours() {
        ReportOptions.ReconnectWindow window = new ReportOptions.ReconnectWindow();
        assertThat(window.convert("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(window.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(window.convert("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(window.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(window.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(window.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(window.convert("007s")).isEqualTo(Duration.ofSeconds(7));
        assertThat(window.convert("999999999h")).isEqualTo(Duration.ofHours(999_999_999));
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        ReportOptions.ReconnectWindow window = new ReportOptions.ReconnectWindow();
        for (String bad : new String[] {
            "0s",
            "0m",
            "0h",
            "000s",
            "-1s",
            "+1s",
            "60",
            "s",
            "1d",
            "1w",
            "1S",
            "1M",
            "1.5m",
            "1m30s",
            " 60s",
            "60s ",
            "",
            "PT60S",
            "9999999999s",
            "١s"
        }) {
            assertThatThrownBy(() -> window.convert(bad))
                    .as(bad)
                    .isInstanceOf(TypeConversionException.class)
                    .hasMessage(EXPECTED + bad + "'");
        }
    }

    @Test
    void aBadWindowIsAUsageErrorOfAnalyzeAndMerge() {
        Cli analyze = Cli.run("analyze", SAMPLE, "--reconnect-window", "0s");
        assertThat(analyze.exit).isEqualTo(Main.USAGE).isEqualTo(2);
        assertThat(analyze.out).isEmpty();
        assertThat(analyze.err)
                .isEqualTo("streamcause: Invalid value for option '--reconnect-window': " + EXPECTED
                        + "0s'\nTry 'streamcause analyze --help'.\n");
        Cli merge = Cli.run("merge", "no.state", "--reconnect-window", "1d");
        assertThat(merge.exit).isEqualTo(Main.USAGE);
        assertThat(merge.err)
                .isEqualTo("streamcause: Invalid value for option '--reconnect-window': " + EXPECTED
                        + "1d'\nTry 'streamcause merge --help'.\n");
    }

    @Test
    void theWindowIsTheReconnects() {
        Cli standard = Cli.run("analyze", SAMPLE, "--top", "0");
        assertThat(standard.out)
                .contains("\nReconnects (within 60s)\n"
                        + "  RETRY drops                    596  (interruptions worth retrying)\n"
                        + "  blips                           37  6.2% (back within 60s)\n"
                        + "  reconnected later              522\n"
                        + "  never came back                 37  (no push of the stream after it)\n"
                        + "  time to reconnect                   median 12m 49s, p90 1h 2m\n\n");
        Cli wider = Cli.run("analyze", SAMPLE, "--top", "0", "--reconnect-window", "2m");
        assertThat(wider.exit).as(wider.toString()).isEqualTo(Main.REJECTED_LINES);
        assertThat(wider.out)
                .contains("\nReconnects (within 2m)\n"
                        + "  RETRY drops                    596  (interruptions worth retrying)\n"
                        + "  blips                           78  13.1% (back within 2m)\n"
                        + "  reconnected later              481\n");
        assertThat(Cli.run("analyze", SAMPLE, "--reconnect-window", "1h", "--format", "markdown").out)
                .contains("## Reconnects (within 1h)\n");
        assertThat(Cli.run("analyze", SAMPLE, "--reconnect-window", "30s", "--format", "csv").out)
                .contains("reconnects,window_seconds,,30\r\n");
        assertThat(Cli.run("analyze", SAMPLE, "--reconnect-window", "90s", "--format", "json").out)
                .contains("\"windowSeconds\" : 90,");
    }

    @Test
    void aMergeTakesTheWindowToo() throws IOException {
        Path state = dir.resolve("sample.state");
        assertThat(Cli.run("analyze", "--save-state", state.toString(), SAMPLE).exit)
                .isEqualTo(Main.REJECTED_LINES);
        for (String format : new String[] {"text", "json", "markdown", "csv"}) {
            String merged = Cli.run("merge", state.toString(), "--reconnect-window", "5m", "--format", format).out;
            assertThat(merged)
                    .as(format)
                    .isEqualTo(Cli.run("analyze", SAMPLE, "--reconnect-window", "5m", "--format", format).out)
                    .isNotEqualTo(Cli.run("analyze", SAMPLE, "--format", format).out);
        }
    }
}
