package io.github.streamcause.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.ErrorCodes;
import io.github.streamcause.report.EventId;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The timeline in every format: a small report with known times, its hour from 15:00 empty, and events
 * without a time that are in the totals only.
 */
class TimelineRenderTest {
    private static final StreamKey ROOM = StreamKey.of("push.example.com", "live", "room1");
    private static final Duration HOUR = Duration.ofHours(1);

    private static int sequence;

    private static StreamEvent interruption(String time, int code, int subcode) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, ROOM)
                .time(time == null ? null : Instant.parse(time))
                .diagnosis(ErrorCodes.describe(code, subcode))
                .id(EventId.sequence("s" + ++sequence, 0))
                .build();
    }

    private static StreamEvent push(String time) {
        return StreamEvent.builder(StreamEvent.Kind.PUSH, ROOM)
                .time(time == null ? null : Instant.parse(time))
                .id(EventId.sequence("s" + ++sequence, 1))
                .build();
    }

    /**
     * 14:00-15:00: an AUTH/FIX_REQUIRED and a NETWORK/RETRY interruption, a push; 15:00-16:00 nothing;
     * 16:00-17:00: a CLIENT/NOT_NEEDED interruption and a push; and an interruption and a push without a
     * time.
     */
    static InterruptionReport report() {
        return InterruptionReport.builder()
                .add(interruption("2026-11-24T14:05:10Z", 18, 501))
                .add(push("2026-11-24T14:10:00Z"))
                .add(interruption("2026-11-24T14:59:59Z", 13, ErrorCodes.NO_SUBCODE))
                .add(interruption("2026-11-24T16:30:00Z", 1, ErrorCodes.NO_SUBCODE))
                .add(push("2026-11-24T16:31:00Z"))
                .add(interruption(null, 12, ErrorCodes.NO_SUBCODE))
                .add(push(null))
                .build();
    }

    private static String render(ReportFormat format, InterruptionReport report, RenderOptions options)
            throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, options.withTop(0), out);
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** The lines from the one that starts with {@code heading} to the next empty line (or the end). */
    private static String section(String text, String heading) {
        int from = text.indexOf("\n" + heading);
        if (from < 0) {
            return "";
        }
        int to = text.indexOf("\n\n", from + 1);
        return text.substring(from + 1, to < 0 ? text.length() : to + 1);
    }

    @Test
    void theTextHasARowABucketTheEmptyOneIncluded() throws IOException {
        String text =
                render(ReportFormat.TEXT, report(), RenderOptions.defaults().withTimelineWidth(HOUR));
        assertThat(section(text, "Timeline"))
                .isEqualTo("Timeline (UTC, 1 hour a row)\n"
                        + "  start             interruptions  fix required     retry    pushes\n"
                        + "  2026-11-24 14:00              2             1         1         1"
                        + "  ##############################\n"
                        + "  2026-11-24 15:00              0             0         0         0"
                        + "  ..............................\n"
                        + "  2026-11-24 16:00              1             0         0         1"
                        + "  ###############...............\n");
        assertThat(text).as("after By recovery").containsSubsequence("By recovery", "Timeline (UTC");
        for (String line : text.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void theTextShowsTheReportsOwnWidthWhenNoneIsChosen() throws IOException {
        String text = render(ReportFormat.TEXT, report(), RenderOptions.defaults());
        assertThat(report().timelineWidth()).as("premise").isEqualTo(Duration.ofMinutes(5));
        assertThat(section(text, "Timeline"))
                .startsWith("Timeline (UTC, 5 minutes a row)\n"
                        + "  start             interruptions  fix required     retry    pushes\n"
                        + "  2026-11-24 14:05              1             1         0         0"
                        + "  ##############################\n"
                        + "  2026-11-24 14:10              0             0         0         1"
                        + "  ..............................\n")
                .endsWith("  2026-11-24 16:30              1             0         0         1"
                        + "  ##############################\n");
        assertThat(section(text, "Timeline").split("\n")).hasSize(2 + 30); // 14:05 .. 16:30
    }

    @Test
    void aDayOrMoreShowsTheDateAlone() throws IOException {
        String text =
                render(ReportFormat.TEXT, report(), RenderOptions.defaults().withTimelineWidth(Duration.ofDays(2)));
        assertThat(section(text, "Timeline"))
                .isEqualTo("Timeline (UTC, 2 days a row)\n"
                        + "  start             interruptions  fix required     retry    pushes\n"
                        + "  2026-11-23                    3             1         1         2"
                        + "  ##############################\n");
    }

    @Test
    void theMarkdownHasATableRowABucket() throws IOException {
        String markdown =
                render(ReportFormat.MARKDOWN, report(), RenderOptions.defaults().withTimelineWidth(HOUR));
        assertThat(section(markdown, "## Timeline")
                        + section(markdown.replaceFirst("(?s).*## Timeline[^\n]*\n", ""), "|"))
                .isEqualTo("## Timeline (UTC, 1 hour a row)\n"
                        + "| start | interruptions | CLIENT | NETWORK | AUTH | INTERNAL | UNKNOWN | fix required | retry"
                        + " | not needed | pushes |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                        + "| 2026-11-24 14:00 | 2 | 0 | 1 | 1 | 0 | 0 | 1 | 1 | 0 | 1 |\n"
                        + "| 2026-11-24 15:00 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
                        + "| 2026-11-24 16:00 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1 |\n");
        assertThat(markdown).as("after By recovery").containsSubsequence("## By recovery", "## Timeline");
    }

    @Test
    void theCsvHasEveryBucketsRowsTheEmptyOneIncluded() throws IOException {
        String csv = render(ReportFormat.CSV, report(), RenderOptions.defaults().withTimelineWidth(HOUR));
        StringBuilder expected = new StringBuilder("timeline_width,PT1H,,60\r\n");
        String[][] buckets = {
            {"2026-11-24T14:00:00Z", "2", "1", "0", "1", "1", "0", "0", "0", "1", "1"},
            {"2026-11-24T15:00:00Z", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"},
            {"2026-11-24T16:00:00Z", "1", "1", "1", "0", "0", "0", "0", "1", "0", "0"},
        };
        String[] what = {
            "interruptions",
            "push_events",
            "category:CLIENT",
            "category:NETWORK",
            "category:AUTH",
            "category:INTERNAL",
            "category:UNKNOWN",
            "recovery:NOT_NEEDED",
            "recovery:RETRY",
            "recovery:FIX_REQUIRED"
        };
        for (String[] b : buckets) {
            for (int i = 0; i < what.length; i++) {
                expected.append("timeline,")
                        .append(b[0])
                        .append(',')
                        .append(what[i])
                        .append(',');
                expected.append(b[i + 1]).append("\r\n");
            }
        }
        assertThat(csv.substring(csv.indexOf("timeline_width"), csv.indexOf("sessions,")))
                .isEqualTo(expected.toString());
    }

    @Test
    void theJsonHasTheChosenWidth() throws IOException {
        String json =
                render(ReportFormat.JSON, report(), RenderOptions.defaults().withTimelineWidth(HOUR));
        assertThat(json.replaceAll("\\s", ""))
                .contains("\"timeline\":{\"width\":\"PT1H\",\"buckets\":["
                        + "{\"start\":\"2026-11-24T14:00:00Z\",\"interruptions\":2,\"pushes\":1,"
                        + "\"byCategory\":{\"CLIENT\":0,\"NETWORK\":1,\"AUTH\":1,\"INTERNAL\":0,\"UNKNOWN\":0},"
                        + "\"byRecovery\":{\"NOT_NEEDED\":0,\"RETRY\":1,\"FIX_REQUIRED\":1}},"
                        + "{\"start\":\"2026-11-24T15:00:00Z\",\"interruptions\":0,\"pushes\":0,"
                        + "\"byCategory\":{\"CLIENT\":0,\"NETWORK\":0,\"AUTH\":0,\"INTERNAL\":0,\"UNKNOWN\":0},"
                        + "\"byRecovery\":{\"NOT_NEEDED\":0,\"RETRY\":0,\"FIX_REQUIRED\":0}},"
                        + "{\"start\":\"2026-11-24T16:00:00Z\",\"interruptions\":1,\"pushes\":1,"
                        + "\"byCategory\":{\"CLIENT\":1,\"NETWORK\":0,\"AUTH\":0,\"INTERNAL\":0,\"UNKNOWN\":0},"
                        + "\"byRecovery\":{\"NOT_NEEDED\":1,\"RETRY\":0,\"FIX_REQUIRED\":0}}]},\"sessions\":{");
    }

    @Test
    void noTimeNoTimeline() throws IOException {
        InterruptionReport timeless = InterruptionReport.builder()
                .add(interruption(null, 12, ErrorCodes.NO_SUBCODE))
                .add(push(null))
                .build();
        assertThat(timeless.interruptions()).as("premise").isEqualTo(1);
        RenderOptions options = RenderOptions.defaults();
        assertThat(render(ReportFormat.TEXT, timeless, options)).doesNotContain("Timeline");
        assertThat(render(ReportFormat.MARKDOWN, timeless, options)).doesNotContain("Timeline");
        assertThat(render(ReportFormat.CSV, timeless, options)).doesNotContain("timeline");
        assertThat(render(ReportFormat.JSON, timeless, options).replaceAll("\\s", ""))
                .contains("\"timeline\":{\"width\":\"PT1M\",\"buckets\":[]},\"sessions\":{");
    }

    @Test
    void aWidthTooNarrowForTheReportThrows() {
        InterruptionReport long1 = InterruptionReport.builder()
                .add(push("2026-01-01T00:00:00Z"))
                .add(push("2026-06-01T00:00:00Z"))
                .build();
        RenderOptions minute = RenderOptions.defaults().withTimelineWidth(Duration.ofMinutes(1));
        for (ReportFormat format : ReportFormat.values()) {
            assertThatThrownBy(() -> render(format, long1, minute))
                    .as(format.name())
                    .hasStackTraceContaining("a timeline of 217441 buckets of 1m is too long (at most 100000)");
        }
    }

    @Test
    void theOptionsTakeWholeMinutesOrNull() {
        assertThat(RenderOptions.defaults().timelineWidth()).isEmpty();
        RenderOptions hour = RenderOptions.defaults().withTimelineWidth(HOUR);
        assertThat(hour.timelineWidth()).contains(HOUR);
        assertThat(hour.withTop(3)
                        .withLocale(java.util.Locale.KOREAN)
                        .withRejected(1)
                        .timelineWidth())
                .as("kept by the other withs")
                .contains(HOUR);
        assertThat(hour.withTimelineWidth(null).timelineWidth()).isEmpty();
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofSeconds(90), Duration.ofMinutes(-5)}) {
            assertThatThrownBy(() -> RenderOptions.defaults().withTimelineWidth(bad))
                    .as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a timeline bucket is a whole number of minutes, not " + bad);
        }
    }

    @Test
    void widthsInWords() {
        assertThat(Rendered.widthText(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(Rendered.widthText(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(Rendered.widthText(Duration.ofHours(6))).isEqualTo("6 hours");
        assertThat(Rendered.widthText(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(Rendered.widthText(Duration.ofDays(7))).isEqualTo("7 days");
    }
}
