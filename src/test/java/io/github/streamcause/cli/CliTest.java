package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The streamcause command, run in-process: each command, format and exit code. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";

    // ---- describe ------------------------------------------------------------------------------------------

    @Test
    void describeACodeAndSubcode() {
        Cli r = Cli.run("describe", "18", "202");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out.lines())
                .containsExactly(
                        "18/202  ACCOUNT_IN_ARREARS",
                        "category:     AUTH",
                        "recovery:     FIX_REQUIRED",
                        "documented:   yes",
                        "description:  " + ErrorCodes.describe(18, 202).description(),
                        "remedy:       " + ErrorCodes.describe(18, 202).remedy());
    }

    @Test
    void describeInEveryLanguageAndAsJson() throws IOException {
        for (String lang : List.of("en", "ko", "zh", "ja")) {
            Cli r = Cli.run("describe", "16", "--lang", lang, "--format", "json");
            assertThat(r.exit).as(r.toString()).isZero();
            JsonNode d = JSON.readTree(r.out);
            assertThat(d.get("code").isInt()).isTrue();
            assertThat(d.get("code").asInt()).isEqualTo(16);
            assertThat(d.get("subcode").asInt()).isZero();
            assertThat(d.get("documented").asBoolean()).isTrue();
            assertThat(d.get("pair").asText()).isEqualTo("16");
            JsonNode cause = d.get("cause");
            assertThat(cause.get("name").asText()).isEqualTo("NETWORK_ERROR_16");
            assertThat(cause.get("category").asText()).isEqualTo("NETWORK");
            assertThat(cause.get("recovery").asText()).isEqualTo("RETRY");
            assertThat(cause.get("description").asText())
                    .isEqualTo(ErrorCodes.describe(16).description(Locale.forLanguageTag(lang)));
            assertThat(cause.get("remedy").asText())
                    .isEqualTo(ErrorCodes.describe(16).remedy(Locale.forLanguageTag(lang)));
        }
    }

    @Test
    void describeUndocumentedPairsSaysSo() {
        Cli r = Cli.run("describe", "18", "650");
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("18/650  UNLISTED_LIMIT_REFUSAL\n").contains("documented:   no");
        assertThat(Cli.run("describe", "--", "-5").out).startsWith("-5  UNDOCUMENTED_CODE\n");
    }

    @Test
    void describeAText() throws IOException {
        Cli one = Cli.run("describe", "--text", "推流域名被禁用");
        assertThat(one.exit).isZero();
        assertThat(one.out).startsWith("18/303  DOMAIN_DISABLED\n");
        Cli shared = Cli.run("describe", "--text", "Internal error in the LVB system.");
        assertThat(shared.out).startsWith("9 causes share this text (and their category and recovery):\n");
        Cli json = Cli.run("describe", "--text", "recv rtmpcloseStream", "--format", "json");
        JsonNode array = JSON.readTree(json.out);
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("cause").get("name").asText()).isEqualTo("CLIENT_CLOSED_STREAM");
        Cli unknown = Cli.run("describe", "--text", "ok");
        assertThat(unknown.exit).isEqualTo(Main.NO_MATCH);
        assertThat(unknown.out).isEqualTo("unknown: no known cause has this text\n");
        assertThat(JSON.readTree(Cli.run("describe", "--text", "ok", "--format", "json").out))
                .isEmpty();
    }

    @Test
    void describeACodeWithItsErrmsg() {
        Cli r = Cli.run("describe", "18", "--text", "推流域名被禁用");
        assertThat(r.out).startsWith("18/303  DOMAIN_DISABLED\n");
        assertThat(Cli.run("describe", "1", "--text", "推流域名被禁用").out).startsWith("1  CLIENT_DELETED_STREAM\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "describe",
                "describe x",
                "describe 18 x",
                "describe 18 202 7",
                "describe 18 202 --text 推流域名被禁用",
                "describe 18 --lang fr",
                "describe 18 --format xml",
                "describe 99999999999",
                "list --format pdf",
                "list --category NOPE",
                "analyze x --top -1",
                "analyze x --since 2026-11-25 --until 2026-11-24",
                "analyze x --since 2026-11-24 --until 2026-11-24",
                "analyze x --since yesterday",
                "nonsense",
                ""
            })
    void badUsageExitsWithTwoAndOneClearLine(String command) {
        String[] args = command.isEmpty() ? new String[0] : command.split(" ");
        Cli r = Cli.run(args);
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.out).as(r.toString()).isEmpty();
        assertThat(r.err).as(r.toString()).contains("streamcause").doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "describe --help", "list --help", "analyze --help", "--version"})
    void helpAndVersion(String command) {
        Cli r = Cli.run(command.split(" "));
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        if (command.equals("--version")) {
            assertThat(r.out).startsWith("streamcause 0.1.0").contains("Java ");
        } else {
            assertThat(r.out).contains("Usage: streamcause");
        }
    }

    /** Only the named subcommand's model is built; every answer is the one of the full model. */
    @Test
    void theSubcommandsLeftOutChangeNoAnswer() {
        String[][] lines = {
            {},
            {"--help"},
            {"--version"},
            {"help"},
            {"help", "analyze"},
            {"help", "nope"},
            {"describe", "--version"},
            {"foo"},
            {"analyse", "x.ndjson"},
            {"lsit"},
            {"--bogus"},
            {"describe"},
            {"describe", "--help"},
            {"describe", "18", "--lang", "ko"},
            {"describe", "--text", "推流域名被禁用", "--format", "json"},
            {"describe", "18", "list"},
            {"list", "--help"},
            {"list", "--category", "AUTH", "--format", "csv"},
            {"list", "analyze"},
            {"analyze"},
            {"analyze", "--help"},
            {"analyze", "--top", "-1", "docs/examples/callbacks.ndjson.gz"},
            {"analyze", "docs/examples/callbacks.ndjson.gz", "--top", "3"},
            {"analyze", "no-such-file"},
            {"analyze", "describe"}
        };
        for (String[] args : lines) {
            Cli some = Cli.runParsed(false, args);
            Cli all = Cli.runParsed(true, args);
            assertThat(some.toString()).as(String.join(" ", args)).isEqualTo(all.toString());
        }
        assertThat(Cli.run().err).contains("describe", "list", "analyze");
        assertThat(Cli.run("--help").out).contains("describe", "list", "analyze");
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltAndAllOfThemOtherwise() {
        String[][] lines = {
            {"describe", "18"},
            {"list"},
            {"analyze", "-"},
            {},
            {"--help"},
            {"analyse"},
            {"Describe"},
            {"x", "list"},
            {"help"},
            {"help", "analyze"},
            {"merge", "a.state"},
            {"generate-completion"}
        };
        String[][] expected = {
            {"describe"},
            {"list"},
            {"analyze"},
            StreamCauseCommand.SUBCOMMANDS,
            StreamCauseCommand.SUBCOMMANDS,
            StreamCauseCommand.SUBCOMMANDS,
            StreamCauseCommand.SUBCOMMANDS,
            StreamCauseCommand.SUBCOMMANDS,
            StreamCauseCommand.SUBCOMMANDS, // help can show any of them
            StreamCauseCommand.SUBCOMMANDS,
            {"merge"},
            StreamCauseCommand.SUBCOMMANDS // the script completes every command
        };
        for (int i = 0; i < lines.length; i++) {
            CommandLine cli = new CommandLine(new StreamCauseCommand(null));
            StreamCauseCommand.addSubcommands(cli, lines[i]);
            assertThat(cli.getSubcommands().keySet())
                    .as(String.join(" ", lines[i]))
                    .containsExactly(expected[i]);
        }
        assertThat(StreamCauseCommand.SUBCOMMANDS)
                .containsExactly("describe", "list", "analyze", "merge", "generate-completion", "help");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        for (String command : new String[] {"--help", "analyze --help"}) {
            assertThat(Cli.run(command.split(" ")).out)
                    .contains("0", "success")
                    .contains("1", "rejected")
                    .contains("2", "bad usage");
        }
    }

    // ---- list --------------------------------------------------------------------------------------------------

    @Test
    void listTheTableAsText() {
        Cli r = Cli.run("list");
        assertThat(r.exit).isZero();
        List<String> lines = r.out.lines().toList();
        assertThat(lines).hasSize(1 + 68);
        assertThat(lines.get(0)).startsWith("code").contains("cause", "category", "recovery", "English");
        assertThat(lines).anyMatch(l -> l.startsWith("18/202 ") && l.contains("ACCOUNT_IN_ARREARS"));
        assertThat(Cli.run("list", "--all").out.lines()).hasSize(1 + 75);
    }

    @Test
    void listFilters() {
        Cli r = Cli.run("list", "--recovery", "FIX_REQUIRED", "--category", "CLIENT", "--format", "csv");
        long expected = Arrays.stream(InterruptionCause.values())
                .filter(InterruptionCause::isTableRow)
                .filter(c -> c.recovery() == Recovery.FIX_REQUIRED && c.category() == Category.CLIENT)
                .count();
        assertThat(r.out.split("\r\n")).hasSize((int) expected + 1);
        assertThat(r.out).contains("RTMP_FRAME_TOO_LARGE").doesNotContain("NETWORK");
        Cli two = Cli.run("list", "--category", "NETWORK,INTERNAL", "--format", "csv");
        assertThat(two.out).contains("NETWORK_ERROR_12", "INTERNAL_ERROR_5").doesNotContain(",AUTH,");
    }

    @Test
    void listAsCsvQuotesWhatNeedsIt() {
        Cli r = Cli.run("list", "--format", "csv");
        String[] rows = r.out.split("\r\n");
        assertThat(rows[0]).isEqualTo("code,cause,category,recovery,English");
        assertThat(rows)
                .contains("18/202,ACCOUNT_IN_ARREARS,AUTH,FIX_REQUIRED,Account in arrears: the live streaming service"
                        + " is suspended until the account is topped up.");
        assertThat(rows)
                .contains("18/306,CHANNEL_NOT_CREATED,AUTH,FIX_REQUIRED,\"The access mode is channel mode, but"
                        + " the push channel has not been created.\"");
    }

    @Test
    void listAsJsonInAllLanguages() throws IOException {
        JsonNode rows = JSON.readTree(Cli.run("list", "--all", "--lang", "all", "--format", "json").out);
        assertThat(rows).hasSize(75);
        JsonNode arrears = rows.get(InterruptionCause.ACCOUNT_IN_ARREARS.ordinal());
        assertThat(arrears.get("name").asText()).isEqualTo("ACCOUNT_IN_ARREARS");
        assertThat(arrears.get("code").asInt()).isEqualTo(18);
        assertThat(arrears.get("subcode").asInt()).isEqualTo(202);
        assertThat(arrears.get("description").get("ko").asText())
                .isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.description(Locale.KOREAN));
        assertThat(arrears.get("remedy").get("ja").asText())
                .isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.remedy(Locale.JAPANESE));
        assertThat(rows.get(74).get("range").asText()).isEqualTo("not 0-35");
        assertThat(rows.get(68).get("range").asText()).isEqualTo("18/100-199");
    }

    // ---- analyze -----------------------------------------------------------------------------------------------

    @Test
    void analyzeTheSampleExitsWithOneBecauseItHasRejectedLines() {
        Cli r = Cli.run("analyze", SAMPLE);
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.REJECTED_LINES);
        assertThat(r.err)
                .isEqualTo("streamcause: 5 lines were rejected (exit code 1); the report shows where and why\n");
        assertThat(r.out)
                .startsWith("StreamCause report: " + SAMPLE + "\n")
                .contains("By category", "By recovery", "Top causes", "Top streams needing a fix", "Rejected lines: 5");
    }

    @Test
    void analyzeStandardInputPlainAndGzipped() throws IOException {
        byte[] gz = Files.readAllBytes(Path.of(SAMPLE));
        Cli fromFile = Cli.run("analyze", SAMPLE, "--format", "json");
        Cli fromStdin = Cli.run(gz, false, "analyze", "-", "--format", "json");
        assertThat(fromStdin.exit).isEqualTo(Main.REJECTED_LINES);
        JsonNode a = JSON.readTree(fromFile.out);
        JsonNode b = JSON.readTree(fromStdin.out);
        assertThat(b.get("interruptions")).isEqualTo(a.get("interruptions"));
        assertThat(b.get("byCause")).isEqualTo(a.get("byCause"));
        byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes();
        JsonNode c = JSON.readTree(Cli.run(plain, false, "analyze", "-", "--format", "json").out);
        assertThat(c.get("streams")).isEqualTo(a.get("streams"));
    }

    @Test
    void analyzeJsonHasTheWholeReport() throws IOException {
        JsonNode r = JSON.readTree(Cli.run("analyze", SAMPLE, "--format", "json").out);
        assertThat(r.get("interruptions").asLong()).isEqualTo(2000);
        assertThat(r.get("pushes").asLong()).isEqualTo(2000);
        assertThat(r.get("rejectedLines").asLong()).isEqualTo(5);
        assertThat(r.get("otherEvents").asLong()).isEqualTo(1);
        assertThat(r.get("otherEventsByKind").get("321").asLong()).isEqualTo(1);
        long byCategory = 0;
        for (JsonNode n : r.get("byCategory")) {
            byCategory += n.asLong();
        }
        assertThat(byCategory).isEqualTo(2000);
        assertThat(r.get("rejectedSamples")).hasSize(5);
        assertThat(r.get("undocumentedPairs").get("99").asLong()).isPositive();
    }

    @Test
    void analyzeMarkdownAndCsv() {
        Cli md = Cli.run("analyze", SAMPLE, "--format", "markdown");
        assertThat(md.out).startsWith("# StreamCause report\n").contains("## By category", "| CLIENT |");
        Cli csv = Cli.run("analyze", SAMPLE, "--format", "csv");
        String[] rows = csv.out.split("\r\n");
        assertThat(rows[0]).isEqualTo("section,name,code,count");
        assertThat(rows)
                .contains(
                        "total,interruptions,,2000",
                        "total,rejected_lines,,5",
                        "total,other_events,,1",
                        "other_event_kind,321,,1",
                        "cause,ACCOUNT_IN_ARREARS,18/202,28",
                        "cause,UNDOCUMENTED_CODE,99,10", // the code seen, not the range it falls in
                        "undocumented,,99,10");
    }

    @Test
    void filtersCutTheWindowAndTheStreams() throws IOException {
        JsonNode all = JSON.readTree(Cli.run("analyze", SAMPLE, "--format", "json").out);
        JsonNode afternoon = JSON.readTree(Cli.run(
                        "analyze",
                        SAMPLE,
                        "--format",
                        "json",
                        "--since",
                        "2026-11-24T14:00:00Z",
                        "--until",
                        "2026-11-24T15:00:00+00:00")
                .out);
        assertThat(afternoon.get("interruptions").asLong())
                .isPositive()
                .isLessThan(all.get("interruptions").asLong());
        JsonNode room13 = JSON.readTree(Cli.run("analyze", SAMPLE, "--format", "json", "--stream", "room13").out);
        assertThat(room13.get("streams")).hasSize(1);
        assertThat(room13.get("streams").get(0).get("streamName").asText()).isEqualTo("room13");
        JsonNode glob = JSON.readTree(Cli.run("analyze", SAMPLE, "--format", "json", "--stream", "*.net/live/*").out);
        assertThat(glob.get("streams")).allMatch(s -> s.get("domain").asText().equals("push.example.net"));
        Cli text = Cli.run("analyze", SAMPLE, "--stream", "room13");
        assertThat(text.out).contains("filtered out");
        Cli day = Cli.run("analyze", SAMPLE, "--format", "json", "--since", "2026-11-25");
        assertThat(JSON.readTree(day.out).get("interruptions").asLong()).isLessThan(100);
    }

    @Test
    void topLimitsTheLists() {
        Cli r = Cli.run("analyze", SAMPLE, "--top", "2");
        String causes = r.out.substring(r.out.indexOf("Top causes"), r.out.indexOf("Codes the vendor"));
        assertThat(causes.lines().count()).isEqualTo(1 + 2 + 1);
    }

    @Test
    void aMissingFileIsExitTwoWithOneLine() {
        Cli r = Cli.run("analyze", "no/such/file.ndjson");
        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err).isEqualTo("streamcause: cannot read no/such/file.ndjson: no such file\n");
        Cli verbose = Cli.run("analyze", "no/such/file.ndjson", "--verbose");
        assertThat(verbose.err).contains("NoSuchFileException", "\tat ");
    }

    @Test
    void aDirectoryIsReadRecursivelyInNameOrder(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("b").resolve("c"));
        Files.writeString(dir.resolve("a.ndjson"), "{\"event_type\":0,\"errcode\":1,\"sequence\":\"1\"}\n");
        Files.writeString(nested.resolve("d.ndjson"), "{\"event_type\":0,\"errcode\":12,\"sequence\":\"2\"}\n");
        Files.writeString(
                dir.resolve("b").resolve("a.ndjson"), "{\"event_type\":0,\"errcode\":1,\"sequence\":\"1\"}\n");
        Cli r = Cli.run("analyze", dir.toString(), "--format", "json");
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.OK);
        assertThat(r.out)
                .contains("\"interruptions\" : 2,", "\"duplicatesRemoved\" : 1,", "\"linesRead\" : 3,")
                .containsSubsequence(
                        "\"name\" : \"" + dir.resolve("a.ndjson") + "\"",
                        "\"name\" : \"" + dir.resolve("b").resolve("a.ndjson") + "\"",
                        "\"name\" : \"" + nested.resolve("d.ndjson") + "\"");
        Cli empty =
                Cli.run("analyze", Files.createDirectory(dir.resolve("empty")).toString());
        assertThat(empty.exit).as(empty.toString()).isEqualTo(Main.OK);
        assertThat(empty.out).contains("  lines read                     0\n");
    }

    @Test
    void anEmptyFileIsAnEmptyReportAndSaysSo(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.ndjson"));
        Cli r = Cli.run("analyze", empty.toString(), "--format", "json");
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.err).isEqualTo("streamcause: " + empty + " is empty\n");
        JsonNode report = JSON.readTree(r.out);
        assertThat(report.get("interruptions").asLong()).isZero();
        assertThat(report.get("firstEvent").isNull()).isTrue();
        assertThat(Cli.run("analyze", empty.toString()).out).contains("  time span           no events\n");
        Path noRecords = dir.resolve("page.json");
        Files.writeString(noRecords, "{\"Response\":{\"EventList\":[],\"TotalNum\":0}}");
        assertThat(Cli.run("analyze", noRecords.toString()).err)
                .isEqualTo("streamcause: " + noRecords + " holds no records\n");
    }

    @Test
    void withoutAFileStandardInputIsReadUnlessItIsATerminal() {
        byte[] line = "{\"event_type\":0,\"errcode\":12,\"sequence\":\"1\"}\n".getBytes(StandardCharsets.UTF_8);
        Cli piped = Cli.run(line, false, "analyze");
        assertThat(piped.exit).as(piped.toString()).isZero();
        assertThat(piped.out).startsWith("StreamCause report: -\n").containsPattern("interruptions +1\n");
        Cli terminal = Cli.run(line, true, "analyze");
        assertThat(terminal.exit).isEqualTo(Main.USAGE);
        assertThat(terminal.out).isEmpty();
        assertThat(terminal.err)
                .startsWith("streamcause: no input: give FILE..., or - (or a pipe) for standard input\n");
    }

    @Test
    void aFileThatIsNoStreamCauseInputIsExitTwoAndSaysWhatItLooksLike(@TempDir Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# A title\n\nSome text.\n");
        Cli r = Cli.run("analyze", readme.toString());
        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err)
                .isEqualTo("streamcause: cannot read " + readme + ": not StreamCause input (it looks like text, not"
                        + " JSON): none of its 3 lines is a callback or an API record (line 1: not JSON: '#' at"
                        + " column 1)\n");
        Path jar = dir.resolve("x.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Cli.run("analyze", jar.toString()).err)
                .contains(jar + ": not StreamCause input (it looks like a zip archive or a jar): ");
        // one good line among bad ones: an input with rejected lines, not an unreadable one
        Path mixed = dir.resolve("mixed.ndjson");
        Files.writeString(mixed, "oops\n{\"event_type\":0,\"errcode\":12,\"sequence\":\"1\"}\n");
        assertThat(Cli.run("analyze", mixed.toString()).exit).isEqualTo(Main.REJECTED_LINES);
        // a later unreadable input stops the run too, naming it
        assertThat(Cli.run("analyze", mixed.toString(), readme.toString()).err)
                .contains("cannot read " + readme + ": ");
    }

    @Test
    void aHugeLineIsRejectedAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.ndjson");
        String huge = "{\"event_type\":0,\"pad\":\"" + "x".repeat(2 << 20) + "\"}";
        Files.writeString(file, huge + "\n{\"event_type\":0,\"errcode\":12,\"sequence\":\"1\"}\n");
        Cli r = Cli.run("analyze", file.toString());
        assertThat(r.exit).isEqualTo(Main.REJECTED_LINES);
        assertThat(r.out).contains(file + ":1: line longer than 1048576 bytes");
        assertThat(r.out).containsPattern("interruptions +1\n");
    }

    @Test
    void aBinaryFileIsRejectedLineByLine(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x50; // not a gzip magic
        Path file = dir.resolve("random.bin");
        Files.write(file, bytes);
        Cli r = Cli.run("analyze", file.toString());
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err)
                .startsWith("streamcause: cannot read " + file + ": not StreamCause input (it looks like binary data");
    }

    @Test
    void apiResponsesAreReadToo(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("events.json");
        Files.writeString(
                events,
                "{\n  \"Response\": {\n    \"EventList\": [\n"
                        + "      {\"StreamName\": \"a\", \"DomainName\": \"d\", \"AppName\": \"live\", \"StopReason\": \"推流域名被禁用\","
                        + " \"StreamEndTime\": \"2026-11-24T10:00:00Z\"},\n"
                        + "      {\"StreamName\": \"b\", \"StopReason\": \"新的原因\"}\n    ],\n    \"TotalNum\": 2\n  }\n}\n");
        JsonNode r = JSON.readTree(Cli.run("analyze", events.toString(), "--format", "json").out);
        assertThat(r.get("interruptions").asLong()).isEqualTo(2);
        assertThat(r.get("byRecovery").get("FIX_REQUIRED").asLong()).isEqualTo(1);
        assertThat(r.get("unclassified").asLong()).isEqualTo(1);

        Path records = dir.resolve("records.json.gz");
        String request =
                "{\\\"event_type\\\":0,\\\"errcode\\\":18,\\\"errmsg\\\":\\\"校验鉴权参数不通过\\\",\\\"sequence\\\":\\\"9\\\"}";
        String json = "{\"Response\":{\"DataInfoList\":[{\"EventType\":0,\"Request\":\"" + request
                + "\",\"StreamId\":\"s\"},{\"EventType\":0,\"Request\":\"opensso++x\"}]}}";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(records, gz.toByteArray());
        Cli rec = Cli.run("analyze", records.toString(), "--format", "json");
        assertThat(rec.exit).as(rec.toString()).isEqualTo(Main.REJECTED_LINES);
        JsonNode rr = JSON.readTree(rec.out);
        assertThat(rr.get("interruptions").asLong()).isEqualTo(1);
        assertThat(rr.get("byCause").get(0).get("cause").get("name").asText()).isEqualTo("AUTH_PARAMETER_INVALID");
        assertThat(rr.get("rejectedSamples").get(0).get("reason").asText()).startsWith("record 2: Request:");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"no\"}}}");
        Cli b = Cli.run("analyze", broken.toString());
        assertThat(b.exit).isEqualTo(Main.USAGE);
        assertThat(b.err).contains("cannot read " + broken + ": not StreamCause input", "AuthFailure: no");
    }

    @Test
    void severalFilesMakeOneReport(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.ndjson");
        Path b = dir.resolve("b.ndjson");
        String line = "{\"event_type\":0,\"errcode\":12,\"sequence\":\"1\"}\n";
        Files.writeString(a, line);
        Files.writeString(b, line + "{\"event_type\":0,\"errcode\":13,\"sequence\":\"2\"}\n");
        JsonNode r = JSON.readTree(Cli.run("analyze", a.toString(), b.toString(), "--format", "json").out);
        assertThat(r.get("interruptions").asLong()).isEqualTo(2);
        assertThat(r.get("duplicatesRemoved").asLong()).isEqualTo(1);
    }

    @Test
    @Tag("slow")
    void progressOnlyOnATerminal(@TempDir Path dir) throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            many.append("{\"event_type\":0,\"errcode\":12,\"sequence\":\"")
                    .append(i)
                    .append("\"}\n");
        }
        byte[] bytes = many.toString().getBytes(StandardCharsets.UTF_8);
        Cli piped = Cli.run(bytes, false, "analyze", "-");
        assertThat(piped.err).isEmpty();
        Cli terminal = Cli.run(bytes, true, "analyze", "-");
        assertThat(terminal.exit).isZero();
        assertThat(terminal.out).isEqualTo(piped.out);
        // progress appears at most every half second: a slow machine shows it, a fast one may finish first
        assertThat(terminal.err)
                .satisfiesAnyOf(
                        e -> assertThat(e).isEmpty(),
                        e -> assertThat(e).contains("lines/s").endsWith("\r\033[K"));
    }
}
