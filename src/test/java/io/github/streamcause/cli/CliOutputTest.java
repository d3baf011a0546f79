package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.InterruptionCause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact shape of what the commands print: JSON fields, line breaks, CSV quoting and input detection. */
class CliOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listAsJsonInOneLanguageHasEveryFieldAndTextsAsStrings() throws IOException {
        Cli r = Cli.run("list", "--format", "json");
        assertThat(r.exit).isZero();
        assertThat(r.out).endsWith("]\n");
        JsonNode rows = JSON.readTree(r.out);
        assertThat(rows).hasSize(68);
        JsonNode arrears = rows.get(InterruptionCause.ACCOUNT_IN_ARREARS.ordinal());
        List<String> fields = new ArrayList<>();
        arrears.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "name",
                        "key",
                        "pair",
                        "code",
                        "subcode",
                        "range",
                        "category",
                        "recovery",
                        "description",
                        "remedy");
        assertThat(arrears.get("key").asText()).isEqualTo("18.202");
        assertThat(arrears.get("range").asText()).isEqualTo("18/202");
        assertThat(arrears.get("category").asText()).isEqualTo("AUTH");
        assertThat(arrears.get("recovery").asText()).isEqualTo("FIX_REQUIRED");
        assertThat(arrears.get("description").asText()).isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.description());
        assertThat(arrears.get("remedy").asText()).isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.remedy());
    }

    @Test
    void theTextTableSeparatesItsColumnsByTwoSpacesAtLeastAndEndsEachLineWithTheLast() {
        List<String> lines = Cli.run("list", "--lang", "all").out.lines().toList();
        assertThat(lines.get(1))
                .matches("0 +UNKNOWN_ERROR +UNKNOWN +RETRY {9}The platform reported an unknown error\\. {2,}"
                        + "알 수 없는 오류\\. {2,}未知原因 {2,}不明なエラー。");
        assertThat(lines).allMatch(l -> !l.endsWith(" "));
    }

    @Test
    void describeAsJsonEndsItsLine() {
        // pretty, as list and analyze print JSON
        assertThat(Cli.run("describe", "18", "202", "--format", "json").out)
                .startsWith("{")
                .endsWith("}\n");
        assertThat(Cli.run("describe", "--text", "recv rtmp closeStream", "--format", "json").out)
                .startsWith("[")
                .endsWith("]\n");
    }

    @Test
    void causesSharingATextArePrintedAsBlocksWithABlankLineBetween() {
        Cli one = Cli.run("describe", "--text", "recv rtmp closeStream");
        assertThat(one.out).startsWith("2  CLIENT_CLOSED_STREAM\n").doesNotContain("\n\n");

        Cli shared = Cli.run("describe", "--text", "Internal error in the LVB system.");
        String[] blocks = shared.out.split("\n\n");
        assertThat(blocks).hasSize(1 + 9);
        assertThat(blocks[0]).isEqualTo("9 causes share this text (and their category and recovery):");
        assertThat(blocks[1]).startsWith("5  INTERNAL_ERROR_5\n");
        assertThat(blocks[9]).startsWith("24  INTERNAL_ERROR_24\n").endsWith("\n");
    }

    @Test
    void describeWithSubcodeAndTextIsAUsageError() {
        Cli r = Cli.run("describe", "18", "202", "--text", "推流域名被禁用");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("streamcause: give SUBCODE or --text, not both\n");
        assertThat(r.err).contains("Try 'streamcause describe --help'.");
        Cli code = Cli.run("describe", "18", "--text", "推流域名被禁用");
        assertThat(code.exit).isZero();
    }

    @Test
    void csvFieldsAreQuotedWhereverTheirSpecialCharactersAre() {
        StringBuilder csv = new StringBuilder();
        CodeTable.csvLine(
                csv, Arrays.asList("plain", ",lead", "\"lead", "\nlead", "\rlead", "in,side", "a\"b", "x\ny", "x\ry"));
        assertThat(csv.toString())
                .isEqualTo(
                        "plain,\",lead\",\"\"\"lead\",\"\nlead\",\"\rlead\",\"in,side\",\"a\"\"b\",\"x\ny\",\"x\ry\"\r\n");
    }

    @Test
    void anInputWithoutAnyKnownFieldIsReadAsACallbackLog() {
        Cli r = Cli.run("garbage\n".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err)
                .contains("it looks like text, not JSON")
                .contains("not JSON: the word \"garbage\" at column 1")
                .doesNotContain("response");
    }

    @Test
    void aResponseWithNeitherListIsReadAsAnEventList() {
        Cli r = Cli.run("{\"Response\":{\"RequestId\":\"x\"}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err)
                .contains("none of its 1 line is a callback or an API record")
                .contains("not a DescribeLiveStreamEventList response")
                .contains("no EventList list in the response");
    }

    @Test
    void aResponseWithDataInfoListAloneIsReadAsCallbackRecords() {
        Cli r = Cli.run("{\"Response\":{\"DataInfoList\":[]}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isZero();
        Cli list = Cli.run("{\"Response\":{\"EventList\":[]}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(list.exit).as(list.toString()).isZero();
    }

    /** An event-list response of records with these StopReasons, an hour apart on three streams. */
    private static byte[] records(String... stopReasons) throws IOException {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < stopReasons.length; i++) {
            items.add(String.format(
                    "{\"DomainName\":\"d.example.com\",\"AppName\":\"live\",\"StreamName\":\"room%d\","
                            + "\"StreamStartTime\":\"2026-11-24T%02d:00:00Z\",\"StreamEndTime\":\"2026-11-24T%02d:30:00Z\","
                            + "\"StopReason\":%s}",
                    i % 3, i, i, JSON.writeValueAsString(stopReasons[i])));
        }
        return ("{\"Response\":{\"EventList\":[" + String.join(",", items) + "],\"TotalNum\":" + items.size()
                        + ",\"RequestId\":\"r\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sharedTextsAreTopCausesAsGroupsAndUnknownTextsAreListedWithTheNearestKnownOnes() throws IOException {
        byte[] page = records(
                "推流客户端主动断流",
                "推流客户端主动断流",
                "推流客户端主动断流",
                "直播系统内部错误",
                "直播系统内部错误",
                "推流域名被禁用",
                "push url expired",
                "push url expired",
                "推流客户端主动断",
                "\u001b[31mred");
        Cli r = Cli.run(page, false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isZero();
        List<String> lines = r.out.lines().toList();
        int top = lines.indexOf("Top causes");
        assertThat(lines.subList(top + 1, top + 4))
                .containsExactly(
                        "           3  1-4, 35  CLIENT/NOT_NEEDED     The push client stopped the push."
                                + " (5 causes share this text)",
                        "           2  5, 9, 11, 18/100-104, 24 INTERNAL/RETRY        Internal error in the streaming"
                                + " platform. (9 causes share this text)",
                        "           1  18/303   AUTH/FIX_REQUIRED     The push domain is disabled.");
        int texts = lines.indexOf("Reason texts no known cause has (3)");
        assertThat(texts).as(r.out).isPositive();
        assertThat(lines.subList(texts + 1, texts + 4))
                .containsExactly(
                        "           2  \"push url expired\"  (nearest known: \"The push URL has expired.\")",
                        "           1  \"\\u001b[31mred\"", // escaped: no terminal control
                        "           1  \"推流客户端主动断\"  (nearest known: \"推流客户端主动断流\", \"客户端主动断流\")");
        assertThat(r.out).doesNotContain("\u001b");

        String[] csv =
                Cli.run(page, false, "analyze", "-", "--format", "csv").out.split("\r\n");
        assertThat(csv)
                .contains(
                        "cause_group,CLIENT_DELETED_STREAM+CLIENT_CLOSED_STREAM+CLIENT_CLOSED_CONNECTION"
                                + "+CLIENT_CONNECTION_FAILED+CLIENT_STOPPED,\"1-4, 35\",3",
                        "unrecognized_text,push url expired,,2");
        String md = Cli.run(page, false, "analyze", "-", "--format", "markdown").out;
        assertThat(md)
                .contains("| 3 | 1-4, 35 | `CLIENT_DELETED_STREAM` + `CLIENT_CLOSED_STREAM` + ")
                .contains("## Reason texts no known cause has")
                .contains("| 2 | \"push url expired\" | \"The push URL has expired.\" |");
        JsonNode json = JSON.readTree(Cli.run(page, false, "analyze", "-", "--format", "json").out);
        assertThat(json.get("byCauseGroup").get(0).get("causes").toString())
                .isEqualTo("[\"1\",\"2\",\"3\",\"4\",\"35\"]");
        assertThat(json.get("unrecognizedTexts").get(0).toString())
                .isEqualTo("{\"count\":2,\"text\":\"push url expired\"}");
    }

    @Test
    void rejectedSaysHowManyRejectedLinesTheTextLists() {
        String sample = "docs/examples/callbacks.ndjson.gz";
        Cli usual = Cli.run("analyze", sample, "--top", "0");
        // five rejected lines: the usual five are all of them
        assertThat(usual.out)
                .contains("Rejected lines: 5\n")
                .contains(":3875: errcode: expected an integer, got 12.5\n");
        assertThat(usual.err).endsWith("the report shows where and why\n");
        Cli all = Cli.run("analyze", sample, "--top", "0", "--rejected", "ALL");
        assertThat(all.out).isEqualTo(usual.out);
        assertThat(all.err).endsWith("the report shows where and why\n");
        Cli two = Cli.run("analyze", sample, "--top", "0", "--rejected", "2");
        assertThat(two.out.lines().filter(l -> l.startsWith("  docs/examples/")))
                .hasSize(2);
        assertThat(two.out).contains("Rejected lines: 5 (first 2)\n");
        assertThat(two.err).endsWith("the report shows where and why (--rejected all lists every one)\n");
        Cli none = Cli.run("analyze", sample, "--top", "0", "--rejected", "0");
        assertThat(none.out).contains("Rejected lines: 5 (first 0)\n");
        Cli bad = Cli.run("analyze", sample, "--rejected", "some");
        assertThat(bad.exit).isEqualTo(Main.USAGE);
        assertThat(bad.err)
                .startsWith("streamcause: Invalid value for option '--rejected': expected a count (0 or more)"
                        + " or all, got 'some'\n");
    }

    @Test
    void aReportKeepsMoreThanTwentyRejectedLinesWhenAskedToListThem() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(interruption("s" + i, "room1", 1764000000L + i, 3));
            lines.add("not json " + i);
        }
        byte[] input = log(lines.toArray(new String[0]));
        Cli r = Cli.run(input, false, "analyze", "-", "--rejected", "all", "--format", "json");
        assertThat(JSON.readTree(r.out).get("rejectedSamples")).hasSize(30);
        Cli text = Cli.run(input, false, "analyze", "-", "--rejected", "25", "--top", "0");
        assertThat(text.out.lines().filter(l -> l.startsWith("  -:"))).hasSize(25);
    }

    @Test
    void streamNamesCannotDriveTheTerminalOrAddMarkdownRows() throws IOException {
        String hostile = "{\"event_type\":0,\"sequence\":\"1\",\"app\":\"d.example.com\","
                + "\"appname\":\"a|b\\n| 7 | 7 | x\",\"stream_id\":\"\\u001b[2J\\u001b[31mFAKE\\u001b[0m\\r\","
                + "\"event_time\":1764000000,\"errcode\":18,\"sub_errcode\":202}";
        byte[] log = log(hostile);
        Cli text = Cli.run(log, false, "analyze", "-");
        assertThat(text.exit).as(text.toString()).isZero();
        assertThat(text.out).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(text.out)
                .contains(
                        "  d.example.com/a|b\\u000a| 7 | 7 | x/\\u001b[2J\\u001b[31mFAKE\\u001b[0m\\u000d  (1 interruption)");
        String md = Cli.run(log, false, "analyze", "-", "--format", "markdown").out;
        assertThat(md).doesNotContain("\u001b");
        assertThat(md.lines().filter(l -> l.startsWith("| 1 | 1 | d.example.com")))
                .containsExactly(
                        "| 1 | 1 | d.example.com/a\\|b\\u000a\\| 7 \\| 7 \\| x/\\u001b[2J\\u001b[31mFAKE\\u001b[0m\\u000d |");
        assertThat(md.lines().filter(l -> l.startsWith("| 7 | 7 |"))).isEmpty();
    }

    @Test
    void describeOfAnUnknownTextNamesTheNearestKnownTexts() {
        Cli r = Cli.run("describe", "--text", "push url expired");
        assertThat(r.exit).isEqualTo(Main.NO_MATCH);
        assertThat(r.out)
                .isEqualTo("unknown: no known cause has this text\n\nThe nearest known text:\n"
                        + "  The push URL has expired.  (18/501)\n");
        assertThat(Cli.run("describe", "--text", "推流客户端主动断").out)
                .endsWith("The nearest known texts:\n  推流客户端主动断流  (1, 2, 3, 4, 35)\n  客户端主动断流  (1)\n");
        assertThat(Cli.run("describe", "--text", "nothing like it").out)
                .isEqualTo("unknown: no known cause has this text\n");
    }

    // ---- analyze: arguments, counts, filters and the sections of the report ------------------------------

    private static final String BODY = "{\"event_type\":%d,\"sequence\":\"%s\",\"app\":\"d.example.com\","
            + "\"appname\":\"live\",\"stream_id\":\"%s\",\"event_time\":%d,\"errcode\":%d}";

    private static byte[] log(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String interruption(String sequence, String stream, long time, int errcode) {
        return String.format(BODY, 0, sequence, stream, time, errcode);
    }

    @Test
    void topMustNotBeNegativeButMayBeZero() {
        byte[] in = log(interruption("1", "room1", 1764000000, 12));
        Cli negative = Cli.run(in, false, "analyze", "-", "--top", "-1");
        assertThat(negative.exit).isEqualTo(2);
        assertThat(negative.err).startsWith("streamcause: --top must not be negative: -1\n");
        Cli zero = Cli.run(in, false, "analyze", "-", "--top", "0");
        assertThat(zero.exit).as(zero.toString()).isZero();
        assertThat(zero.out)
                .contains("By recovery\n")
                .doesNotContain("Top causes", "Top streams", "none", "d.example.com/live/room1");
        Cli markdown = Cli.run(in, false, "analyze", "-", "--top", "0", "--format", "markdown");
        assertThat(markdown.out).contains("## By recovery").doesNotContain("## Top", "None.");
        Cli one = Cli.run(in, false, "analyze", "-", "--top", "1");
        assertThat(one.out)
                .contains("Top streams needing a fix (FIX_REQUIRED)\n  none\n")
                .contains("Top streams by interruptions\n           1  d.example.com/live/room1\n");
    }

    @Test
    void aReportWithoutInterruptionsHasZeroPercentagesAndNoStreamsNeedingAFix() {
        Cli r = Cli.run(
                log(String.format(BODY.replace(",\"errcode\":%d", ""), 1, "1", "room1", 1764000000)),
                false,
                "analyze",
                "-");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out)
                .contains("  CLIENT                0  ..............................    0.0%\n")
                .contains("Top streams needing a fix (FIX_REQUIRED)\n  none\n")
                .doesNotContain("NaN")
                .doesNotContain("Rejected lines")
                .doesNotContain("filtered out")
                .doesNotContain("unclassified");
        Cli unclassified = Cli.run(
                log(String.format(BODY.replace(",\"errcode\":%d", ""), 0, "1", "room1", 1764000000)),
                false,
                "analyze",
                "-");
        assertThat(unclassified.out)
                .contains("  unclassified                   1  (no errcode, or an unknown StopReason)\n");
        Cli markdown =
                Cli.run(log(interruption("1", "room1", 1764000000, 18)), false, "analyze", "-", "--format", "markdown");
        assertThat(markdown.exit).isZero();
        assertThat(markdown.out)
                .contains("| 1 | 1 | d.example.com/live/room1 |")
                .doesNotContain("## Rejected lines");
        assertThat(Cli.run(log(interruption("1", "room1", 1764000000, 18)), false, "analyze", "-").out)
                .doesNotContain("none\n")
                .doesNotContain("Rejected lines");
    }

    @Test
    void filtersByTimeAloneAndByStreamNameOrPath() {
        byte[] in = log(
                interruption("1", "room1", 1764000000, 12),
                interruption("2", "room2", 1764003600, 12),
                interruption("3", "room1", 1764007200, 12));
        Cli until = Cli.run(in, false, "analyze", "-", "--until", "2025-11-24T16:30:00Z");
        assertThat(until.out)
                .contains("  interruptions                  1\n")
                .contains("  filtered out                   2");
        Cli since = Cli.run(in, false, "analyze", "-", "--since", "2025-11-24T16:30:00Z");
        assertThat(since.out)
                .contains("  interruptions                  2\n")
                .contains("  filtered out                   1");
        Cli byName = Cli.run(in, false, "analyze", "-", "--stream", "room1");
        assertThat(byName.out).contains("  interruptions                  2\n");
        Cli byPath = Cli.run(in, false, "analyze", "-", "--stream", "d.example.com/live/room2");
        assertThat(byPath.out).contains("  interruptions                  1\n");
        String events = "{\"Response\":{\"EventList\":[{\"DomainName\":\"d.example.com\",\"AppName\":\"live\","
                + "\"StreamName\":\"room1\",\"StopReason\":\"recv rtmp closeStream\"},{\"DomainName\":\"d.example.com\","
                + "\"AppName\":\"live\",\"StreamName\":\"room2\",\"StopReason\":\"recv rtmp closeStream\"}],"
                + "\"TotalNum\":2}}";
        assertThat(Cli.run(events.getBytes(StandardCharsets.UTF_8), false, "analyze", "-", "--stream", "room2").out)
                .contains("  interruptions                  1\n")
                .contains("  filtered out                   1");
        String body = interruption("1", "room1", 1764000000, 12).replace("\"", "\\\"");
        String records = "{\"Response\":{\"DataInfoList\":[{\"EventType\":0,\"Request\":\"" + body + "\"},"
                + "{\"EventType\":0,\"Request\":\"" + body.replace("room1", "room2") + "\"}]}}";
        assertThat(Cli.run(records.getBytes(StandardCharsets.UTF_8), false, "analyze", "-", "--stream", "room2").out)
                .contains("  interruptions                  1\n")
                .contains("  filtered out                   1");
        Cli all = Cli.run(in, false, "analyze", "-");
        assertThat(all.out).contains("  interruptions                  3\n").doesNotContain("filtered out");
    }

    @Test
    void apiResponsesCountTheirRecordsAsLinesRejectWhatIsNoCallbackAndCountOtherKinds() {
        String body = interruption("1", "room1", 1764000000, 12).replace("\"", "\\\"");
        String records = "{\"Response\":{\"DataInfoList\":["
                + "{\"EventType\":0,\"Request\":\"" + body + "\"},"
                + "{\"EventType\":0,\"Request\":\"not json\"},"
                + "{\"EventType\":321,\"Request\":\"" + body.replace("\\\"event_type\\\":0", "\\\"event_type\\\":321")
                + "\"}]}}";
        Cli r = Cli.run(records.getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.out)
                .contains("  lines read                     3\n")
                .contains("  interruptions                  1\n")
                .contains("  other events                   1  (kinds 321: 1)\n")
                .contains("  rejected lines                 1\n")
                .contains("record 2: ")
                .doesNotContain("record 3");

        Cli notRecords =
                Cli.run("{\"Response\":{\"Request\":1}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        // an envelope with neither list (a "Request" key is no DataInfoList) is read as an EventList response
        assertThat(notRecords.err)
                .contains("none of its 1 line is")
                .contains("not a DescribeLiveStreamEventList response: no EventList list in the response");

        String events = "{\"Response\":{\"EventList\":[{\"DomainName\":\"d.example.com\",\"AppName\":\"live\","
                + "\"StreamName\":\"a\",\"StopReason\":\"recv rtmp closeStream\"},{\"DomainName\":\"d.example.com\","
                + "\"AppName\":\"live\",\"StreamName\":\"b\",\"StopReason\":\"recv rtmp closeStream\"}]}}";
        Cli list = Cli.run(events.getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(list.out)
                .contains("  lines read                     2\n")
                .contains("  interruptions                  2\n");
    }

    @Test
    void progressIsShownEvery4096LinesOnceHalfASecondHasPassedAndClearedAtTheEnd() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 8192; i++) {
            lines.append("{\"event_type\":1,\"sequence\":\"").append(i).append("\"}\n");
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long started = System.nanoTime();
        int exit = Main.run(
                new String[] {"analyze", "-"},
                slowToStart(bytes),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                true);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  push events                8,192\n");
        String progress = err.toString(StandardCharsets.UTF_8);
        // the first update comes at line 4,096, half a second after the start; a slow machine may show 8,192 too
        assertThat(progress)
                .matches("(\\r(4,096|8,192) lines  [0-9,]+ lines/s  - )+\\r\\033\\[K")
                .startsWith("\r4,096 lines  ");
        long rate = Long.parseLong(progress.substring("\r4,096 lines  ".length(), progress.indexOf(" lines/s"))
                .replace(",", ""));
        assertThat(rate).as("lines per second").isBetween((long) (4096 / seconds), 4096L * 10 / 6);

        Cli piped = Cli.run(bytes, false, "analyze", "-");
        assertThat(piped.err).isEmpty();
        assertThat(piped.out).isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void progressUpdatesAreHalfASecondApart() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10 * 4096; i++) {
            lines.append("{\"event_type\":1,\"sequence\":\"").append(i).append("\"}\n");
        }
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        long started = System.nanoTime();
        int exit = Main.run(
                new String[] {"analyze", "-"},
                slowToStart(lines.toString().getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                true);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(exit).isZero();
        long updates = err.toString(StandardCharsets.UTF_8)
                .chars()
                .filter(c -> c == '/')
                .count();
        // one after the pause of 0.6 s, then at most one per half second of the rest
        assertThat(updates).isBetween(1L, 1 + (long) ((seconds - 0.6) / 0.5));
    }

    /** The bytes, after a pause of 0.6 s before the first. */
    private static java.io.InputStream slowToStart(byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes) {
            private boolean started;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                pause();
                return super.read(b, off, len);
            }

            @Override
            public synchronized int read() {
                pause();
                return super.read();
            }

            private void pause() {
                if (!started) {
                    started = true;
                    try {
                        Thread.sleep(600);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    @Test
    void aResponseKeyOutsideAnObjectIsTextNotAnApiResponse() {
        // what an input holds is told by its first JSON value's structure (issue 12), not by the words it has
        Cli r = Cli.run("\"Response\":{}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.err).contains("not StreamCause input (it looks like text, not JSON)");
    }

    @Test
    void gzipMagicBytesAloneAreAnInputThatEndsEarly() {
        Cli r = Cli.run(new byte[] {0x1f, (byte) 0x8b}, false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err)
                .contains("(line 1: input ends early: gzip input truncated: it ends inside the header of member 1)");
    }

    // ---- the command itself -----------------------------------------------------------------------------------

    @Test
    void noCommandPrintsTheUsageAndAHint() {
        Cli r = Cli.run();
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("Usage: streamcause ").contains("streamcause: a command is required\n");
        Cli unknown = Cli.run("--bogus");
        assertThat(unknown.err)
                .contains("streamcause: Unknown option: '--bogus'\nTry 'streamcause --help'.")
                .doesNotContain("streamcause streamcause");
    }

    @Test
    void errorsShowTheCauseOfAnUncheckedIoExceptionOrTheExceptionsName() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Io io = new Io(
                new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        io.error(new java.io.UncheckedIOException(new java.io.IOException("disk full")), false);
        io.error(new java.io.UncheckedIOException("reading failed", new java.io.IOException((String) null)), false);
        io.error(new IllegalStateException(), false);
        io.error(new IllegalStateException("broken"), true);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("streamcause: disk full\nstreamcause: IOException\nstreamcause: IllegalStateException\n"
                        + "streamcause: broken\njava.lang.IllegalStateException: broken\n\tat ");
    }
}
