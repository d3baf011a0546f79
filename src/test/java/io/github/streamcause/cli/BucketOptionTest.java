package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** {@code --bucket WIDTH} of {@code analyze} and {@code merge}: the widths it takes, and how it refuses others. */
class BucketOptionTest {
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";

    @TempDir
    Path dir;

    @Test
    void aWholeNumberOfMinutesHoursOrDays() {
        ReportOptions.Bucket bucket = new ReportOptions.Bucket();
        assertThat(bucket.convert("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(bucket.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(bucket.convert("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(bucket.convert("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(bucket.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(bucket.convert("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(bucket.convert("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(bucket.convert("366d")).isEqualTo(Duration.ofDays(366));
        assertThat(bucket.convert("8784h")).isEqualTo(Duration.ofDays(366));
        assertThat(bucket.convert("527040m")).isEqualTo(Duration.ofDays(366));
    }

    @Test
    void anythingElseIsRefusedNamingTheValue() {
        ReportOptions.Bucket bucket = new ReportOptions.Bucket();
        for (String bad : new String[] {
            "0m",
            "0h",
            "0d",
            "000m",
            "367d",
            "8785h",
            "527041m",
            "999999999d",
            "9999999999m",
            "-1h",
            "+1h",
            "1",
            "m",
            "h1",
            "1.5h",
            "1H",
            "1M",
            "1w",
            "1s",
            "1 h",
            " 1h",
            "1h ",
            "1hh",
            "1h30m",
            "",
            "PT1H",
            "١h"
        }) {
            assertThatThrownBy(() -> bucket.convert(bad))
                    .as(bad)
                    .isInstanceOf(TypeConversionException.class)
                    .hasMessage("expected a width of 1 minute to 366 days, such as 5m, 1h or 1d, got '" + bad + "'");
        }
    }

    @Test
    void aBadWidthIsAUsageErrorOfAnalyzeAndMerge() {
        Cli analyze = Cli.run("analyze", SAMPLE, "--bucket", "0m");
        assertThat(analyze.exit).isEqualTo(Main.USAGE);
        assertThat(analyze.out).isEmpty();
        assertThat(analyze.err)
                .isEqualTo("streamcause: Invalid value for option '--bucket': expected a width of 1 minute to 366"
                        + " days, such as 5m, 1h or 1d, got '0m'\nTry 'streamcause analyze --help'.\n");
        Cli merge = Cli.run("merge", "no.state", "--bucket", "2w");
        assertThat(merge.exit).isEqualTo(Main.USAGE);
        assertThat(merge.err)
                .isEqualTo("streamcause: Invalid value for option '--bucket': expected a width of 1 minute to 366"
                        + " days, such as 5m, 1h or 1d, got '2w'\nTry 'streamcause merge --help'.\n");
    }

    @Test
    void theWidthIsTheTimelines() {
        Cli r = Cli.run("analyze", SAMPLE, "--bucket", "6h", "--top", "0");
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.REJECTED_LINES);
        assertThat(r.out)
                .contains("\nTimeline (UTC, 6 hours a row)\n"
                        + "  start             interruptions  fix required     retry    pushes\n"
                        + "  2026-11-24 00:00            420             1       134       500"
                        + "  #########################.....\n"
                        + "  2026-11-24 06:00            494             4       149       500"
                        + "  #############################.\n"
                        + "  2026-11-24 12:00            503            30       147       500"
                        + "  ##############################\n"
                        + "  2026-11-24 18:00            502            31       139       500"
                        + "  ##############################\n"
                        + "  2026-11-25 00:00             81             0        27         0"
                        + "  #####.........................\n\n");
        assertThat(Cli.run("analyze", SAMPLE, "--bucket", "15m").out).contains("Timeline (UTC, 15 minutes a row)");
        assertThat(Cli.run("analyze", SAMPLE, "--bucket", "1d", "--format", "markdown").out)
                .contains("## Timeline (UTC, 1 day a row)\n");
        assertThat(Cli.run("analyze", SAMPLE, "--bucket", "1d", "--format", "csv").out)
                .contains("timeline_width,PT24H,,1440\r\n");
        assertThat(Cli.run("analyze", SAMPLE, "--bucket", "90m", "--format", "json").out)
                .contains("\"width\" : \"PT1H30M\"");
    }

    @Test
    void aMergeTakesTheWidthToo() throws IOException {
        Path state = dir.resolve("sample.state");
        assertThat(Cli.run("analyze", "--save-state", state.toString(), SAMPLE).exit)
                .isEqualTo(Main.REJECTED_LINES);
        for (String format : new String[] {"text", "json", "markdown", "csv"}) {
            assertThat(Cli.run("merge", state.toString(), "--bucket", "3h", "--format", format).out)
                    .as(format)
                    .isEqualTo(Cli.run("analyze", SAMPLE, "--bucket", "3h", "--format", format).out);
        }
    }

    /** Two pushes 100 days apart: 144,001 minutes. */
    private Path hundredDays() throws IOException {
        Path log = dir.resolve("long.ndjson");
        Files.writeString(
                log,
                "{\"event_type\":1,\"sequence\":\"1\",\"event_time\":1764000000,\"stream_id\":\"s\"}\n"
                        + "{\"event_type\":1,\"sequence\":\"2\",\"event_time\":"
                        + (1764000000 + 100 * 86_400)
                        + ",\"stream_id\":\"s\"}\n",
                StandardCharsets.UTF_8);
        return log;
    }

    @Test
    void tooManyBucketsIsAUsageErrorNotAStackTrace() throws IOException {
        Path log = hundredDays();
        Path state = dir.resolve("long.state");
        for (String format : new String[] {"text", "json", "markdown", "csv"}) {
            Cli r = Cli.run(
                    "analyze", log.toString(), "--bucket", "1m", "--format", format, "--save-state", state.toString());
            assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
            assertThat(r.out).isEmpty();
            assertThat(r.err)
                    .isEqualTo("streamcause: --bucket 1m: a timeline of 144001 buckets of 1m is too long (at most"
                            + " 100000); choose a wider bucket\nTry 'streamcause analyze --help'.\n");
            assertThat(state).as("no state written either").doesNotExist();
        }
        Cli hourly = Cli.run("analyze", log.toString(), "--bucket", "2h", "--save-state", state.toString());
        assertThat(hourly.exit).as(hourly.toString()).isEqualTo(Main.OK);
        assertThat(hourly.out).contains("Timeline (UTC, 2 hours a row)");
        Cli merge = Cli.run("merge", state.toString(), "--bucket", "1m");
        assertThat(merge.exit).as(merge.toString()).isEqualTo(Main.USAGE);
        assertThat(merge.out).isEmpty();
        assertThat(merge.err)
                .isEqualTo("streamcause: --bucket 1m: a timeline of 144001 buckets of 1m is too long (at most"
                        + " 100000); choose a wider bucket\nTry 'streamcause merge --help'.\n");
        Cli chosen = Cli.run("merge", state.toString());
        assertThat(chosen.exit)
                .as("without --bucket, the width chosen keeps it short")
                .isEqualTo(Main.OK);
        assertThat(chosen.out).contains("Timeline (UTC, 2 days a row)");
    }
}
