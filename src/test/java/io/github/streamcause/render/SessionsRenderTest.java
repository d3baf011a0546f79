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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions and reconnects in every format, on the day of {@code SessionsAndReconnectsTest} (worked out by hand
 * there: lengths 5 s, 3600 s, 100 s and 9 s, a drop without a length, an open push; RETRY drops back after
 * 25 s, after 100 s, and never).
 */
class SessionsRenderTest {
    private static final StreamKey A = StreamKey.of("d.example.com", "live", "a");
    private static final StreamKey B = StreamKey.of("d.example.com", "live", "b");
    private static final long T = Instant.parse("2026-11-24T14:00:00Z").getEpochSecond();

    private static StreamEvent push(String sequence, StreamKey stream, long at) {
        return StreamEvent.builder(StreamEvent.Kind.PUSH, stream)
                .time(Instant.ofEpochSecond(T + at))
                .id(sequence == null ? null : EventId.sequence(sequence, 1))
                .build();
    }

    private static StreamEvent drop(String sequence, StreamKey stream, long at, int code, Duration length) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, stream)
                .time(Instant.ofEpochSecond(T + at))
                .diagnosis(ErrorCodes.describe(code, code == 18 ? 501 : 0))
                .sessionLength(length)
                .id(sequence == null ? null : EventId.sequence(sequence, 0))
                .build();
    }

    private static InterruptionReport report(List<StreamEvent> events) {
        InterruptionReport.Builder b = InterruptionReport.builder();
        events.forEach(b::add);
        return b.build();
    }

    private static List<StreamEvent> day() {
        return Arrays.asList(
                push("1", A, 0),
                drop("1", A, 5, 12, null),
                push("2", A, 30),
                drop("2", A, 3630, 8, Duration.ofSeconds(7)),
                push("3", A, 3730),
                drop("3", A, 3830, 1, null),
                drop("4", A, 4000, 12, Duration.ofMillis(9500)),
                push("5", B, 100),
                drop(null, B, 50, 18, null));
    }

    private static String render(ReportFormat format, InterruptionReport report, RenderOptions options)
            throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, options, out);
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** The text from the line {@code from} starts to the line {@code to} starts (or the end). */
    private static String between(String text, String from, String to) {
        int start = text.indexOf("\n" + from);
        assertThat(start).as(from).isNotNegative();
        int end = to == null ? text.length() : text.indexOf("\n" + to, start + 1);
        assertThat(end).as(to).isNotNegative();
        return text.substring(start + 1, end + 1);
    }

    private static final String TEXT_SESSIONS = "Sessions\n"
            + "  sessions with a length           4  median 9s, p90 1h\n"
            + "  paired                           3  (an interruption and its push)\n"
            + "  unpaired interruptions           2  (their push was not seen)\n"
            + "  open pushes                      1  (still live, or their end was not received)\n"
            + "  without a length                 1  (no push seen, no duration of their own)\n"
            + "  short sessions                   2  (ended within 10s: a push that fails to start)\n"
            + "  by length\n"
            + "    0s-10s                         2  ###############...............   50.0%\n"
            + "    10s-1m                         0  ..............................    0.0%\n"
            + "    1m-5m                          1  ########......................   25.0%\n"
            + "    5m-30m                         0  ..............................    0.0%\n"
            + "    30m-1h                         0  ..............................    0.0%\n"
            + "    1h-2h                          1  ########......................   25.0%\n"
            + "    2h-6h                          0  ..............................    0.0%\n"
            + "    6h-1d                          0  ..............................    0.0%\n"
            + "    1d+                            0  ..............................    0.0%\n";

    @Test
    void theTextHasSessionsThenReconnectsAfterTheTimeline() throws IOException {
        String text = render(ReportFormat.TEXT, report(day()), RenderOptions.defaults());
        assertThat(between(text, "Sessions", "Top causes"))
                .isEqualTo(TEXT_SESSIONS
                        + "  streams with short sessions\n"
                        + "           2  d.example.com/live/a\n"
                        + "  by the cause of their end\n"
                        + "           2  12       NETWORK_ERROR_12               median 5s, p90 9s\n"
                        + "           1  1        CLIENT_DELETED_STREAM          median 1m 40s, p90 1m 40s\n"
                        + "           1  8        NO_DATA_TIMEOUT_8              median 1h, p90 1h\n"
                        + "\n"
                        + "Reconnects (within 60s)\n"
                        + "  RETRY drops                      3  (interruptions worth retrying)\n"
                        + "  blips                            1  33.3% (back within 60s)\n"
                        + "  reconnected later                1\n"
                        + "  never came back                  1  (no push of the stream after it)\n"
                        + "  time to reconnect                   median 25s, p90 1m 40s\n"
                        + "  streams not back (1)\n"
                        + "              d.example.com/live/a\n"
                        + "\n");
        assertThat(text)
                .containsSubsequence("Timeline (UTC", "\nSessions\n", "\nReconnects (within 60s)\n", "Top causes");
    }

    @Test
    void theTextCutsItsListsAtTopAndLeavesThemOutAtZero() throws IOException {
        InterruptionReport r = report(day());
        String one = render(ReportFormat.TEXT, r, RenderOptions.defaults().withTop(1));
        assertThat(between(one, "  streams with short sessions", "Reconnects"))
                .isEqualTo("  streams with short sessions\n"
                        + "           2  d.example.com/live/a\n"
                        + "  by the cause of their end\n"
                        + "           2  12       NETWORK_ERROR_12               median 5s, p90 9s\n"
                        + "              and 2 more\n"
                        + "\n");
        String zero = render(ReportFormat.TEXT, r, RenderOptions.defaults().withTop(0));
        assertThat(between(zero, "Sessions", "Reconnects")).isEqualTo(TEXT_SESSIONS + "\n");
        assertThat(zero.substring(zero.indexOf("Reconnects")))
                .isEqualTo("Reconnects (within 60s)\n"
                        + "  RETRY drops                      3  (interruptions worth retrying)\n"
                        + "  blips                            1  33.3% (back within 60s)\n"
                        + "  reconnected later                1\n"
                        + "  never came back                  1  (no push of the stream after it)\n"
                        + "  time to reconnect                   median 25s, p90 1m 40s\n");
    }

    @Test
    void theStreamsNotBackStopAtTopAndSayHowManyMore() throws IOException {
        StreamKey[] streams = new StreamKey[5];
        List<StreamEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < streams.length; i++) {
            streams[i] = StreamKey.of("d.example.com", "live", "s" + i);
            events.add(drop("d" + i, streams[i], i, 12, null));
        }
        String text = render(
                ReportFormat.TEXT, report(events), RenderOptions.defaults().withTop(2));
        assertThat(text.substring(text.indexOf("  streams not back")))
                .startsWith("  streams not back (5)\n"
                        + "              d.example.com/live/s0\n"
                        + "              d.example.com/live/s1\n"
                        + "              and 3 more\n\n");
        String markdown = render(
                ReportFormat.MARKDOWN, report(events), RenderOptions.defaults().withTop(2));
        assertThat(between(markdown, "Streams not back", "## Top causes"))
                .isEqualTo("Streams not back (5):\n\n"
                        + "- d.example.com/live/s0\n"
                        + "- d.example.com/live/s1\n\n"
                        + "And 3 more streams.\n\n");
        assertThat(render(
                        ReportFormat.MARKDOWN,
                        report(events),
                        RenderOptions.defaults().withTop(4)))
                .contains("- d.example.com/live/s3\n\nAnd 1 more stream.\n\n## Top causes");
    }

    @Test
    void nothingToShowIsOneLine() throws IOException {
        // a push and a FIX_REQUIRED drop without a sequence: no length, no RETRY drop
        InterruptionReport r = report(Arrays.asList(push("5", B, 100), drop(null, B, 50, 18, null)));
        String text = render(ReportFormat.TEXT, r, RenderOptions.defaults());
        assertThat(between(text, "Sessions", "Top causes"))
                .isEqualTo("Sessions\n"
                        + "  no session with a known length (1 interruption, 1 open push)\n"
                        + "\n"
                        + "Reconnects (within 60s)\n"
                        + "  no RETRY interruption with a time\n"
                        + "\n");
        String markdown = render(ReportFormat.MARKDOWN, r, RenderOptions.defaults());
        assertThat(between(markdown, "## Sessions", "## Top causes"))
                .isEqualTo("## Sessions\n\n"
                        + "No session with a known length (1 interruption, 1 open push).\n\n"
                        + "## Reconnects (within 60s)\n\n"
                        + "No RETRY interruption with a time.\n\n");
        String empty = render(ReportFormat.TEXT, report(Arrays.asList()), RenderOptions.defaults());
        assertThat(empty).contains("Sessions\n  no session with a known length (0 interruptions, 0 open pushes)\n");
    }

    @Test
    void aStreamNameCannotMoveTheTerminal() throws IOException {
        StreamKey hostile = StreamKey.of("d.example.com", "live", "x\u001b[2J\ny");
        InterruptionReport r = report(Arrays.asList(push("1", hostile, 0), drop("1", hostile, 3, 12, null)));
        String text = render(ReportFormat.TEXT, r, RenderOptions.defaults());
        assertThat(text)
                .contains("           1  d.example.com/live/x\\u001b[2J\\u000ay\n")
                .contains("              d.example.com/live/x\\u001b[2J\\u000ay\n")
                .doesNotContain("\u001b");
        String markdown = render(ReportFormat.MARKDOWN, r, RenderOptions.defaults());
        assertThat(markdown)
                .contains("| 1 | d.example.com/live/x\\u001b[2J\\u000ay |\n")
                .contains("- d.example.com/live/x\\u001b[2J\\u000ay\n")
                .doesNotContain("\u001b");
    }

    @Test
    void theWindowIsTheOptions() throws IOException {
        RenderOptions twoMinutes = RenderOptions.defaults().withReconnectWindow(Duration.ofMinutes(2));
        String text = render(ReportFormat.TEXT, report(day()), twoMinutes);
        assertThat(text)
                .contains("Reconnects (within 2m)\n")
                .contains("  blips                            2  66.7% (back within 2m)\n")
                .contains("  reconnected later                0\n");
        assertThat(render(ReportFormat.MARKDOWN, report(day()), twoMinutes))
                .contains("## Reconnects (within 2m)\n")
                .contains("| 3 | 2 | 66.7% | 0 | 1 | 25s | 1m 40s |\n");
        assertThat(render(ReportFormat.CSV, report(day()), twoMinutes))
                .contains(
                        "reconnects,window_seconds,,120\r\nreconnects,retry_interruptions,,3\r\nreconnects,blips,,2\r\n");
        assertThat(render(ReportFormat.JSON, report(day()), twoMinutes).replaceAll("\\s", ""))
                .contains("\"reconnects\":{\"windowSeconds\":120,\"retryInterruptions\":3,\"blips\":2,");
    }

    @Test
    void theMarkdownHasTheSameAsTables() throws IOException {
        String markdown = render(ReportFormat.MARKDOWN, report(day()), RenderOptions.defaults());
        assertThat(between(markdown, "## Sessions", "## Top causes"))
                .isEqualTo("## Sessions\n\n"
                        + "| sessions with a length | median | p90 | paired | unpaired interruptions | open pushes"
                        + " | without a length | short (within 10s) |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                        + "| 4 | 9s | 1h | 3 | 2 | 1 | 1 | 2 |\n\n"
                        + "Paired: an interruption and its push. Unpaired interruptions: their push was not seen."
                        + " Open pushes: still live, or their end was not received. Short: ended within 10s, a push"
                        + " that fails to start.\n\n"
                        + "| length | sessions | share |\n"
                        + "|---|---:|---:|\n"
                        + "| 0s-10s | 2 | 50.0% |\n"
                        + "| 10s-1m | 0 | 0.0% |\n"
                        + "| 1m-5m | 1 | 25.0% |\n"
                        + "| 5m-30m | 0 | 0.0% |\n"
                        + "| 30m-1h | 0 | 0.0% |\n"
                        + "| 1h-2h | 1 | 25.0% |\n"
                        + "| 2h-6h | 0 | 0.0% |\n"
                        + "| 6h-1d | 0 | 0.0% |\n"
                        + "| 1d+ | 0 | 0.0% |\n\n"
                        + "| short sessions | stream |\n"
                        + "|---:|---|\n"
                        + "| 2 | d.example.com/live/a |\n\n"
                        + "| sessions | code | cause | median | p90 |\n"
                        + "|---:|---|---|---:|---:|\n"
                        + "| 2 | 12 | `NETWORK_ERROR_12` | 5s | 9s |\n"
                        + "| 1 | 1 | `CLIENT_DELETED_STREAM` | 1m 40s | 1m 40s |\n"
                        + "| 1 | 8 | `NO_DATA_TIMEOUT_8` | 1h | 1h |\n\n"
                        + "## Reconnects (within 60s)\n\n"
                        + "| RETRY drops | blips | blip share | reconnected later | never came back"
                        + " | time to reconnect (median) | p90 |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|\n"
                        + "| 3 | 1 | 33.3% | 1 | 1 | 25s | 1m 40s |\n\n"
                        + "Streams not back (1):\n\n"
                        + "- d.example.com/live/a\n\n");
        assertThat(markdown).containsSubsequence("## Timeline", "## Sessions", "## Reconnects", "## Top causes");
    }

    @Test
    void theCsvHasEveryFigureAsRows() throws IOException {
        String csv =
                render(ReportFormat.CSV, report(day()), RenderOptions.defaults().withTop(1));
        assertThat(csv.substring(csv.indexOf("sessions,interruptions")))
                .as("every row, whatever --top")
                .isEqualTo(String.join(
                        "\r\n",
                        "sessions,interruptions,,5",
                        "sessions,paired,,3",
                        "sessions,unpaired_interruptions,,2",
                        "sessions,open_pushes,,1",
                        "sessions,without_length,,1",
                        "sessions,sessions,,4",
                        "sessions,short_sessions,,2",
                        "sessions,median_seconds,,9",
                        "sessions,p90_seconds,,3600",
                        "sessions,histogram,0s-10s,2",
                        "sessions,histogram,10s-1m,0",
                        "sessions,histogram,1m-5m,1",
                        "sessions,histogram,5m-30m,0",
                        "sessions,histogram,30m-1h,0",
                        "sessions,histogram,1h-2h,1",
                        "sessions,histogram,2h-6h,0",
                        "sessions,histogram,6h-1d,0",
                        "sessions,histogram,1d+,0",
                        "session_short_stream,d.example.com/live/a,,2",
                        "session_cause,CLIENT_DELETED_STREAM,1,1",
                        "session_cause_median_seconds,CLIENT_DELETED_STREAM,1,100",
                        "session_cause_p90_seconds,CLIENT_DELETED_STREAM,1,100",
                        "session_cause,NO_DATA_TIMEOUT_8,8,1",
                        "session_cause_median_seconds,NO_DATA_TIMEOUT_8,8,3600",
                        "session_cause_p90_seconds,NO_DATA_TIMEOUT_8,8,3600",
                        "session_cause,NETWORK_ERROR_12,12,2",
                        "session_cause_median_seconds,NETWORK_ERROR_12,12,5",
                        "session_cause_p90_seconds,NETWORK_ERROR_12,12,9",
                        "reconnects,window_seconds,,60",
                        "reconnects,retry_interruptions,,3",
                        "reconnects,blips,,1",
                        "reconnects,reconnected_later,,1",
                        "reconnects,never_reconnected,,1",
                        "reconnects,median_seconds,,25",
                        "reconnects,p90_seconds,,100",
                        "stream_not_back,d.example.com/live/a,,1",
                        "incident_rules,fix_required_loop_count,,5",
                        "incident_rules,fix_required_loop_window_seconds,,600",
                        "incident_rules,platform_wide_streams,,5",
                        "incident_rules,platform_wide_window_seconds,,300",
                        "incident_rules,flapping_count,,6",
                        "incident_rules,flapping_window_seconds,,900",
                        ""));
    }

    @Test
    void theCsvLeavesOutAMedianThereIsNot() throws IOException {
        String csv = render(ReportFormat.CSV, report(Arrays.asList(push("5", B, 100))), RenderOptions.defaults());
        assertThat(csv)
                .contains("sessions,short_sessions,,0\r\nsessions,histogram,0s-10s,0\r\n")
                .contains("reconnects,never_reconnected,,0\r\n")
                .doesNotContain("median_seconds", "p90_seconds", "session_cause", "stream_not_back");
        assertThat(csv)
                .endsWith("reconnects,never_reconnected,,0\r\nincident_rules,fix_required_loop_count,,5\r\n"
                        + "incident_rules,fix_required_loop_window_seconds,,600\r\nincident_rules,platform_wide_streams,,5\r\n"
                        + "incident_rules,platform_wide_window_seconds,,300\r\nincident_rules,flapping_count,,6\r\n"
                        + "incident_rules,flapping_window_seconds,,900\r\n");
    }

    @Test
    void theJsonHasEveryFigureInSeconds() throws IOException {
        String json = render(ReportFormat.JSON, report(day()), RenderOptions.defaults())
                .replaceAll("\\s", "");
        assertThat(json)
                .endsWith("\"sessions\":{\"interruptions\":5,\"paired\":3,\"unpairedInterruptions\":2,\"openPushes\":1,"
                        + "\"withoutLength\":1,\"sessions\":4,\"medianSeconds\":9,\"p90Seconds\":3600,\"histogram\":["
                        + "{\"fromSeconds\":0,\"toSeconds\":10,\"sessions\":2},"
                        + "{\"fromSeconds\":10,\"toSeconds\":60,\"sessions\":0},"
                        + "{\"fromSeconds\":60,\"toSeconds\":300,\"sessions\":1},"
                        + "{\"fromSeconds\":300,\"toSeconds\":1800,\"sessions\":0},"
                        + "{\"fromSeconds\":1800,\"toSeconds\":3600,\"sessions\":0},"
                        + "{\"fromSeconds\":3600,\"toSeconds\":7200,\"sessions\":1},"
                        + "{\"fromSeconds\":7200,\"toSeconds\":21600,\"sessions\":0},"
                        + "{\"fromSeconds\":21600,\"toSeconds\":86400,\"sessions\":0},"
                        + "{\"fromSeconds\":86400,\"toSeconds\":null,\"sessions\":0}],"
                        + "\"shortSessions\":2,\"shortSessionsByStream\":[{\"domain\":\"d.example.com\",\"appName\":\"live\","
                        + "\"streamName\":\"a\",\"sessions\":2}],\"byCause\":["
                        + "{\"cause\":\"1\",\"name\":\"CLIENT_DELETED_STREAM\",\"sessions\":1,\"medianSeconds\":100,"
                        + "\"p90Seconds\":100},"
                        + "{\"cause\":\"8\",\"name\":\"NO_DATA_TIMEOUT_8\",\"sessions\":1,\"medianSeconds\":3600,"
                        + "\"p90Seconds\":3600},"
                        + "{\"cause\":\"12\",\"name\":\"NETWORK_ERROR_12\",\"sessions\":2,\"medianSeconds\":5,"
                        + "\"p90Seconds\":9}]},"
                        + "\"reconnects\":{\"windowSeconds\":60,\"retryInterruptions\":3,\"blips\":1,"
                        + "\"blipShare\":0.3333333333333333,\"reconnectedLater\":1,\"neverReconnected\":1,\"reconnected\":2,"
                        + "\"medianSeconds\":25,\"p90Seconds\":100,\"streamsNotBack\":[{\"domain\":\"d.example.com\","
                        + "\"appName\":\"live\",\"streamName\":\"a\"}]},"
                        + "\"incidents\":{\"rules\":{\"fixRequiredLoop\":{\"count\":5,\"windowSeconds\":600},"
                        + "\"platformWide\":{\"streams\":5,\"windowSeconds\":300},"
                        + "\"flapping\":{\"count\":6,\"windowSeconds\":900}},\"list\":[]}}");
    }

    @Test
    void durationsForAPersonAtTheirEdges() {
        assertThat(Rendered.duration(0)).isEqualTo("0s");
        assertThat(Rendered.duration(45)).isEqualTo("45s");
        assertThat(Rendered.duration(59)).isEqualTo("59s");
        assertThat(Rendered.duration(60)).isEqualTo("1m");
        assertThat(Rendered.duration(61)).isEqualTo("1m 1s");
        assertThat(Rendered.duration(725)).isEqualTo("12m 5s");
        assertThat(Rendered.duration(3599)).isEqualTo("59m 59s");
        assertThat(Rendered.duration(3600)).isEqualTo("1h");
        assertThat(Rendered.duration(3659)).as("seconds cut off").isEqualTo("1h");
        assertThat(Rendered.duration(3 * 3600 + 2 * 60 + 59)).isEqualTo("3h 2m");
        assertThat(Rendered.duration(86399)).as("never rounded up to a day").isEqualTo("23h 59m");
        assertThat(Rendered.duration(86400)).isEqualTo("1d");
        assertThat(Rendered.duration(2 * 86400 + 4 * 3600 + 3599)).isEqualTo("2d 4h");
        assertThat(Rendered.duration(400 * 86400L)).isEqualTo("400d");
        assertThat(Rendered.duration(Duration.ofMillis(9999))).isEqualTo("9s");
    }

    @Test
    void windowsExactlyAsTheOptionTakesThem() {
        assertThat(Rendered.window(Duration.ZERO)).isEqualTo("0s");
        assertThat(Rendered.window(Duration.ofSeconds(60))).isEqualTo("60s");
        assertThat(Rendered.window(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Rendered.window(Duration.ofSeconds(119))).isEqualTo("119s");
        assertThat(Rendered.window(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(Rendered.window(Duration.ofSeconds(150))).isEqualTo("150s");
        assertThat(Rendered.window(Duration.ofMinutes(61))).isEqualTo("61m");
        assertThat(Rendered.window(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(Rendered.window(Duration.ofDays(2))).isEqualTo("48h");
    }

    @Test
    void theOptionsTakeWholeSecondsZeroOrMore() {
        assertThat(RenderOptions.defaults().reconnectWindow()).isEqualTo(Duration.ofSeconds(60));
        RenderOptions zero = RenderOptions.defaults().withReconnectWindow(Duration.ZERO);
        assertThat(zero.reconnectWindow()).isEqualTo(Duration.ZERO);
        RenderOptions two = RenderOptions.defaults().withReconnectWindow(Duration.ofMinutes(2));
        assertThat(two.withTop(3)
                        .withLocale(java.util.Locale.KOREAN)
                        .withRejected(1)
                        .withTimelineWidth(Duration.ofHours(1))
                        .reconnectWindow())
                .as("kept by the other withs")
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(two.withTimelineWidth(null).timelineWidth()).isEmpty();
        for (Duration bad : new Duration[] {Duration.ofSeconds(-1), Duration.ofMillis(1500)}) {
            assertThatThrownBy(() -> RenderOptions.defaults().withReconnectWindow(bad))
                    .as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a reconnect window is a whole number of seconds, 0 or more, not " + bad);
        }
        assertThatThrownBy(() -> RenderOptions.defaults().withReconnectWindow(null))
                .isInstanceOf(NullPointerException.class);
    }
}
