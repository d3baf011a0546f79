package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --loop}, {@code --platform-wide} and {@code --flapping COUNT/WINDOW} of {@code analyze} and {@code
 * merge}: what they take, how they refuse the rest, and that they change what is found.
 */
class IncidentOptionsTest {
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";
    private static final String EXPECTED = "expected COUNT/WINDOW, a count of 2 or more and a positive whole number"
            + " of seconds, minutes or hours, such as 5/10m or 3/90s, got '";

    @Test
    void aCountOfTwoOrMoreAndAWindowOfASecondOrMore() {
        ReportOptions.Threshold.Converter c = new ReportOptions.Threshold.Converter();
        ReportOptions.Threshold t = c.convert("5/10m");
        assertThat(t.count).isEqualTo(5);
        assertThat(t.window).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.convert("2/1s").window).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.convert("3/90s").window).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.convert("10/1h").window).isEqualTo(Duration.ofHours(1));
        assertThat(c.convert("007/05m").count).isEqualTo(7);
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        ReportOptions.Threshold.Converter c = new ReportOptions.Threshold.Converter();
        for (String bad : new String[] {
            "1/10m",
            "0/10m",
            "5/0s",
            "5/0m",
            "5",
            "5/",
            "/10m",
            "5/10",
            "5/10d",
            "5 / 10m",
            "5/10m ",
            "-5/10m",
            "5/-10m",
            "5/1.5m",
            "5:10m",
            "5/PT10M",
            "",
            "9999999999/1m",
            "2/9999999999s"
        }) {
            assertThatThrownBy(() -> c.convert(bad))
                    .as(bad)
                    .isInstanceOf(TypeConversionException.class)
                    .hasMessage(EXPECTED + bad + "'");
        }
    }

    @Test
    void aBadThresholdIsAUsageErrorNamingTheOption() {
        for (String option : new String[] {"--loop", "--platform-wide", "--flapping"}) {
            Cli analyze = Cli.run("analyze", SAMPLE, option, "1/10m");
            assertThat(analyze.exit).as(option).isEqualTo(Main.USAGE);
            assertThat(analyze.out).isEmpty();
            assertThat(analyze.err)
                    .isEqualTo("streamcause: Invalid value for option '" + option + "': " + EXPECTED
                            + "1/10m'\nTry 'streamcause analyze --help'.\n");
            Cli merge = Cli.run("merge", "no.state", option, "5/0s");
            assertThat(merge.exit).as(option).isEqualTo(Main.USAGE);
            assertThat(merge.err)
                    .isEqualTo("streamcause: Invalid value for option '" + option + "': " + EXPECTED
                            + "5/0s'\nTry 'streamcause merge --help'.\n");
        }
    }

    @Test
    void theThresholdsChangeWhatIsFound() {
        Cli standard = Cli.run("analyze", SAMPLE, "--top", "0");
        assertThat(standard.out)
                .contains("\nIncidents: 1 found (rules: fix-required loop 5/10m, platform-wide 5 streams/5m,"
                        + " flapping 6/15m)\n");
        // room13's failed authentication is spread over two hours: a loop only with a longer window
        Cli loop = Cli.run("analyze", SAMPLE, "--loop", "3/1h", "--top", "1");
        assertThat(loop.out)
                .contains("\nIncidents: 2 found (rules: fix-required loop 3/1h, platform-wide 5 streams/5m,"
                        + " flapping 6/15m)\n"
                        + "  fix-required loop  2026-11-24 14:18 .. 16:21 UTC  25 interruptions  18/503"
                        + " AUTH_PARAMETER_INVALID\n"
                        + "    streams (1): push.example.com/live/room13\n")
                .contains("\n  and 1 more\n");
        assertThat(Cli.run("analyze", SAMPLE, "--platform-wide", "50/5m", "--top", "0").out)
                .contains("\nIncidents: 0 found (rules: fix-required loop 5/10m, platform-wide 50 streams/5m,"
                        + " flapping 6/15m)\n");
        assertThat(Cli.run("analyze", SAMPLE, "--flapping", "2/1h", "--format", "csv").out)
                .contains("incident_rules,flapping_count,,2\r\nincident_rules,flapping_window_seconds,,3600\r\n")
                .contains("\r\nincident,FLAPPING,");
        assertThat(Cli.run("analyze", SAMPLE, "--flapping", "2/1h", "--format", "json").out)
                .contains("\"flapping\" : {\n        \"count\" : 2,\n        \"windowSeconds\" : 3600\n      }")
                .contains("\"rule\" : \"FLAPPING\"");
        assertThat(Cli.run("analyze", SAMPLE, "--loop", "3/1h", "--format", "markdown").out)
                .contains(
                        "| 1 | fix-required loop | 2026-11-24 14:18 .. 16:21 UTC | 25 | push.example.com/live/room13 |");
    }
}
