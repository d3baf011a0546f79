package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.streamcause.report.InterruptionReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code streamcause merge}: the sample cut into three days (one of them gzipped), each analysed to a saved state,
 * the states merged: the report of the whole sample, in every format, but for what names the inputs.
 */
class MergeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";
    private static final String[] FORMATS = {"text", "json", "csv", "markdown"};

    @TempDir
    static Path dir;

    /** The sample's lines, each with its line feed. */
    private static List<String> lines;

    /** Lines {@code from} to {@code to} of the sample (counted from 1), written to {@code name}; states of them. */
    private record Part(Path file, Path state, int from, int to) {
        /** The sample's line number of the part's line {@code n}. */
        long sampleLine(long n) {
            return from - 1 + n;
        }
    }

    /** Three days whose line ranges overlap by 100 lines. */
    private static List<Part> overlapping;

    /** Three days that cut the sample where a redelivery follows its first delivery into the next day. */
    private static List<Part> adjacent;

    private static JsonNode whole;

    private static final Map<String, String> WHOLE_OUT = new HashMap<>();

    /** What analyze prints for the whole sample in {@code format}. */
    private static String wholeOut(String format) {
        return WHOLE_OUT.computeIfAbsent(format, f -> Cli.run("analyze", SAMPLE, "--format", f).out);
    }

    @BeforeAll
    static void cutTheSampleIntoDays() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(SAMPLE)))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            lines = new ArrayList<>();
            for (int at = 0; at < text.length(); ) {
                int end = text.indexOf('\n', at) + 1;
                lines.add(text.substring(at, end));
                at = end;
            }
        }
        assertThat(lines).as("premise: the sample").hasSize(4229);
        Cli all = Cli.run("analyze", SAMPLE, "--format", "json");
        assertThat(all.exit).as(all.toString()).isEqualTo(Main.REJECTED_LINES);
        whole = JSON.readTree(all.out);

        overlapping =
                List.of(part("mon.ndjson", 1, 1500), part("tue.ndjson.gz", 1401, 2900), part("wed.ndjson", 2801, 4229));
        int first = redeliveredAcross(1400);
        int second = redeliveredAcross(2800);
        adjacent = List.of(
                part("day1.ndjson", 1, first),
                part("day2.ndjson.gz", first + 1, second),
                part("day3.ndjson", second + 1, 4229));
    }

    private static Part part(String name, int from, int to) throws IOException {
        Path file = dir.resolve(name);
        byte[] bytes = String.join("", lines.subList(from - 1, to)).getBytes(StandardCharsets.UTF_8);
        if (name.endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(bytes);
            }
        } else {
            Files.write(file, bytes);
        }
        Path state = dir.resolve(name.replaceAll("\\.ndjson(\\.gz)?$", ".state"));
        Cli r = Cli.run("analyze", "--save-state", state.toString(), file.toString());
        assertThat(r.exit).as(r.toString()).isIn(Main.OK, Main.REJECTED_LINES);
        assertOnlyRejectedLinesSaid(r);
        assertThat(state).isNotEmptyFile();
        return new Part(file, state, from, to);
    }

    /** The (sequence, event_type) of a line that is a push or an interruption with a sequence, else null. */
    private static List<String> key(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n != null
                    && n.isObject()
                    && n.path("sequence").isTextual()
                    && (n.path("event_type").asInt(-1) == 0
                            || n.path("event_type").asInt(-1) == 1)) {
                return List.of(n.get("sequence").asText(), n.get("event_type").asText());
            }
        } catch (IOException e) {
            // not JSON
        }
        return null;
    }

    /** The last line before the first redelivery, after line {@code after}, of an event first delivered before it. */
    private static int redeliveredAcross(int after) {
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> key = key(lines.get(i));
            if (key != null && !seen.add(key) && i + 1 > after) {
                return i; // line i + 1 is the redelivery: the day ends before it
            }
        }
        throw new AssertionError("no redelivery after line " + after);
    }

    private static String[] args(List<Part> parts, boolean states, String... more) {
        List<String> args = new ArrayList<>();
        args.add(states ? "merge" : "analyze");
        for (Part p : parts) {
            args.add((states ? p.state() : p.file()).toString());
        }
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    private static Cli merge(List<Part> parts, String... more) {
        Cli r = Cli.run(args(parts, true, more));
        assertOnlyRejectedLinesSaid(r);
        return r;
    }

    /** Standard error: empty on exit 0; on exit 1 one line that says how many lines were rejected. */
    private static void assertOnlyRejectedLinesSaid(Cli r) {
        if (r.exit == Main.OK) {
            assertThat(r.err).as(r.toString()).isEmpty();
        } else {
            assertThat(r.exit).as(r.toString()).isEqualTo(Main.REJECTED_LINES);
            assertThat(r.err)
                    .as(r.toString())
                    .matches(
                            "streamcause: [0-9,]+ lines? (was|were) rejected \\(exit code 1\\); the report shows where and"
                                    + " why( \\(--rejected all lists every one\\))?\n");
        }
    }

    /** The output with each rejected line named as the sample's, {@code SAMPLE:line}, not as its part's. */
    private static String asSampleLines(String out, List<Part> parts) {
        for (Part p : parts) {
            Matcher m = Pattern.compile(Pattern.quote(p.file().toString()) + ":([0-9]+)")
                    .matcher(out);
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(
                        s, Matcher.quoteReplacement(SAMPLE + ":" + p.sampleLine(Long.parseLong(m.group(1)))));
            }
            out = m.appendTail(s).toString();
        }
        return out;
    }

    /** The JSON report with each rejected line named as the sample's. */
    private static ObjectNode asSampleLines(ObjectNode json, List<Part> parts) {
        for (JsonNode sample : json.get("rejectedSamples")) {
            for (Part p : parts) {
                if (sample.get("source").asText().equals(p.file().toString())) {
                    ((ObjectNode) sample).put("source", SAMPLE).put("line", (int)
                            p.sampleLine(sample.get("line").asLong())); // as parsed: an int
                }
            }
        }
        return json;
    }

    /** {@code out} with the one line beginning with {@code prefix} changed from {@code from} to {@code to}. */
    private static String replaceLine(String out, String prefix, String from, String to) {
        List<String> result = new ArrayList<>();
        int found = 0;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith(prefix)) {
                assertThat(line).contains(from);
                line = line.replace(from, to);
                found++;
            }
            result.add(line);
        }
        assertThat(found).as("lines beginning with %s", prefix).isEqualTo(1);
        return String.join("\n", result);
    }

    private static String names(List<Part> parts) {
        return String.join(", ", parts.stream().map(p -> p.file().toString()).toList());
    }

    private static long lines(List<Part> parts) {
        return parts.stream().mapToLong(p -> p.to() - p.from() + 1).sum();
    }

    // ---- merging the days ------------------------------------------------------------------------------

    @Test
    void mergingTheDaysStatesGivesTheReportOfTheirFilesAnalysedAtOnce() {
        for (List<Part> parts : List.of(overlapping, adjacent)) {
            for (String format : FORMATS) {
                Cli merged = merge(parts, "--format", format);
                Cli analyzed = Cli.run(args(parts, false, "--format", format));
                assertThat(merged.exit).as(format).isEqualTo(Main.REJECTED_LINES);
                assertThat(merged.out).as(format).isEqualTo(analyzed.out);
            }
        }
    }

    @Test
    void theDaysWithOverlappingLinesMergeToTheWholeSampleAsJson() throws IOException {
        long overlap = 0;
        Set<Long> rejected = new HashSet<>();
        whole.get("rejectedSamples").forEach(r -> rejected.add(r.get("line").asLong()));
        for (int i = 0; i + 1 < overlapping.size(); i++) {
            for (int line = overlapping.get(i + 1).from();
                    line <= overlapping.get(i).to();
                    line++) {
                assertThat(rejected)
                        .as("premise: line %d of the overlap is no rejected line", line)
                        .doesNotContain((long) line);
                assertThat(key(lines.get(line - 1)))
                        .as("premise: line %d is a push or interruption", line)
                        .isNotNull();
                overlap++;
            }
        }
        assertThat(overlap).as("premise").isEqualTo(200);

        Cli r = merge(overlapping, "--format", "json");
        assertThat(r.exit).isEqualTo(Main.REJECTED_LINES);
        assertThat(r.err)
                .isEqualTo("streamcause: 5 lines were rejected (exit code 1); the report shows where and why\n");
        ObjectNode merged = asSampleLines((ObjectNode) JSON.readTree(r.out), overlapping);
        assertThat(merged.get("linesRead").asLong())
                .as("the days' lines")
                .isEqualTo(lines(overlapping))
                .isEqualTo(whole.get("linesRead").asLong() + overlap);
        List<String> inputs = new ArrayList<>();
        merged.get("inputs").forEach(i -> inputs.add(i.get("name").asText()));
        assertThat(inputs).containsExactly(names(overlapping).split(", "));

        // every event of the overlap was read twice, and counted once
        ObjectNode expected = whole.deepCopy();
        expected.put("duplicatesRemoved", (int) (whole.get("duplicatesRemoved").asLong() + overlap)); // as parsed
        for (ObjectNode tree : List.of(expected, merged)) {
            tree.remove("inputs");
            tree.remove("linesRead");
        }
        assertThat(merged).isEqualTo(expected);
        assertThat(merged.get("rejectedLines").asLong()).isEqualTo(5);
    }

    @Test
    void theDaysWithOverlappingLinesMergeToTheWholeSampleInEveryFormat() {
        long overlap = lines(overlapping) - 4229;
        long linesRead = whole.get("linesRead").asLong();
        long duplicates = whole.get("duplicatesRemoved").asLong();
        String number = String.format("%,d", linesRead);
        String more = String.format("%,d", linesRead + overlap);
        assertThat(more).as("premise: as wide").hasSameSizeAs(number);
        assertThat(Long.toString(duplicates + overlap)).as("premise: as wide").hasSameSizeAs(Long.toString(duplicates));
        for (String format : FORMATS) {
            String all = wholeOut(format);
            String expected;
            switch (format) {
                case "text":
                    expected = replaceLine(all, "StreamCause report: ", SAMPLE, names(overlapping));
                    expected = replaceLine(expected, "  lines read ", number, more);
                    expected = replaceLine(
                            expected, "  duplicates removed ", " " + duplicates, " " + (duplicates + overlap));
                    break;
                case "markdown":
                    expected = replaceLine(all, "Input: ", SAMPLE + ";", names(overlapping) + ";");
                    expected = replaceLine(
                            expected,
                            "| " + linesRead + " |",
                            "| " + linesRead + " | 2000 | 2000 | " + duplicates + " |",
                            "| " + (linesRead + overlap) + " | 2000 | 2000 | " + (duplicates + overlap) + " |");
                    break;
                case "csv":
                    expected = replaceLine(all, "total,lines_read,", "," + linesRead, "," + (linesRead + overlap));
                    expected = replaceLine(
                            expected, "total,duplicates_removed,", "," + duplicates, "," + (duplicates + overlap));
                    break;
                default: // json: above, as a tree
                    continue;
            }
            Cli merged = merge(overlapping, "--format", format);
            assertThat(asSampleLines(merged.out, overlapping)).as(format).isEqualTo(expected);
        }
    }

    @Test
    void theDaysCutBetweenADeliveryAndItsRedeliveryMergeToTheWholeSample() throws IOException {
        assertThat(lines(adjacent)).as("premise: no line twice").isEqualTo(4229);
        long partDuplicates = 0;
        for (Part p : adjacent) {
            partDuplicates += JSON.readTree(Cli.run("analyze", p.file().toString(), "--format", "json").out)
                    .get("duplicatesRemoved")
                    .asLong();
        }
        assertThat(partDuplicates)
                .as("premise: redeliveries in the next day, which no day alone can tell")
                .isLessThan(whole.get("duplicatesRemoved").asLong());

        ObjectNode merged =
                asSampleLines((ObjectNode) JSON.readTree(merge(adjacent, "--format", "json").out), adjacent);
        ObjectNode expected = whole.deepCopy();
        assertThat(merged.get("linesRead")).isEqualTo(expected.get("linesRead"));
        assertThat(merged.get("inputs")).hasSize(3);
        merged.remove("inputs");
        expected.remove("inputs");
        assertThat(merged).isEqualTo(expected);

        for (String format : FORMATS) {
            String all = wholeOut(format);
            String out = asSampleLines(merge(adjacent, "--format", format).out, adjacent);
            switch (format) {
                case "text":
                    all = replaceLine(all, "StreamCause report: ", SAMPLE, names(adjacent));
                    break;
                case "markdown":
                    all = replaceLine(all, "Input: ", SAMPLE + ";", names(adjacent) + ";");
                    break;
                default: // nothing in json and csv names an input but "inputs"
                    if (format.equals("json")) {
                        continue;
                    }
            }
            assertThat(out).as(format).isEqualTo(all);
        }
    }

    @Test
    void theOrderOfTheStatesChangesOnlyTheOrderOfInputsAndSamples() throws IOException {
        ObjectNode inOrder = (ObjectNode) JSON.readTree(merge(overlapping, "--format", "json").out);
        ObjectNode reversed = (ObjectNode) JSON.readTree(
                merge(List.of(overlapping.get(2), overlapping.get(0), overlapping.get(1)), "--format", "json").out);
        for (String list : new String[] {"inputs", "rejectedSamples"}) {
            Set<JsonNode> a = new HashSet<>();
            inOrder.get(list).forEach(a::add);
            Set<JsonNode> b = new HashSet<>();
            reversed.get(list).forEach(b::add);
            assertThat(b).as(list).isEqualTo(a);
            assertThat(reversed.get(list)).as(list).isNotEqualTo(inOrder.get(list));
            inOrder.remove(list);
            reversed.remove(list);
        }
        assertThat(reversed).isEqualTo(inOrder);
    }

    @Test
    void theStateOfTheWholeSampleMergedAloneIsItsReport() throws IOException {
        Path state = dir.resolve("sample.state");
        Cli analyzed = Cli.run("analyze", "--save-state", state.toString(), SAMPLE);
        for (String format : FORMATS) {
            Cli merged = Cli.run("merge", state.toString(), "--format", format);
            assertThat(merged.exit).isEqualTo(Main.REJECTED_LINES);
            assertThat(merged.out).as(format).isEqualTo(wholeOut(format));
        }
        assertThat(analyzed.out).isEqualTo(Cli.run("merge", state.toString()).out);
        try (InputStream in = Files.newInputStream(state)) {
            InterruptionReport r = InterruptionReport.readFrom(in);
            assertThat(r.identities())
                    .as("every push and interruption of the sample has a sequence")
                    .isEqualTo(whole.get("interruptions").asLong()
                            + whole.get("pushes").asLong());
        }
    }

    // ---- saving the merged state -----------------------------------------------------------------------

    @Test
    void aMergedStateSavedMergesAgain() throws IOException {
        Path twoDays = dir.resolve("mon-tue.state");
        Cli first = merge(overlapping.subList(0, 2), "--save-state", twoDays.toString());
        assertThat(first.exit).isEqualTo(Main.REJECTED_LINES);
        assertThat(twoDays).isNotEmptyFile();
        for (String format : FORMATS) {
            Cli again = Cli.run(
                    "merge", twoDays.toString(), overlapping.get(2).state().toString(), "--format", format);
            assertOnlyRejectedLinesSaid(again);
            assertThat(again.out).as(format).isEqualTo(merge(overlapping, "--format", format).out);
        }
        // and what it saved is the merged report's state: its text is the first merge's
        assertThat(Cli.run("merge", twoDays.toString()).out).isEqualTo(first.out);
        // a state merged with itself, as if its input were read twice: every event is counted once more as a
        // duplicate, and its redeliveries twice
        JsonNode twice =
                JSON.readTree(Cli.run("merge", twoDays.toString(), twoDays.toString(), "--format", "json").out);
        JsonNode once = JSON.readTree(Cli.run("merge", twoDays.toString(), "--format", "json").out);
        assertThat(twice.get("interruptions")).isEqualTo(once.get("interruptions"));
        assertThat(twice.get("byCause")).isEqualTo(once.get("byCause"));
        assertThat(twice.get("duplicatesRemoved").asLong())
                .isEqualTo(2 * once.get("duplicatesRemoved").asLong()
                        + once.get("interruptions").asLong()
                        + once.get("pushes").asLong());
        assertThat(twice.get("linesRead").asLong())
                .isEqualTo(2 * once.get("linesRead").asLong());
    }

    @Test
    void aStateThatCannotBeWrittenIsExitTwo() {
        Cli r = Cli.run("merge", overlapping.get(0).state().toString(), "--save-state", dir.toString());
        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err)
                .startsWith("streamcause: cannot write the state to " + dir + ": ")
                .endsWith("\n");
        assertThat(r.err.lines()).hasSize(1);
    }

    // ---- exit codes and errors -------------------------------------------------------------------------

    @Test
    void aMergeWithoutRejectedLinesExitsWithZero() throws IOException {
        Path clean = dir.resolve("clean.ndjson");
        Files.writeString(clean, String.join("", lines.subList(0, 300)));
        Path state = dir.resolve("clean.state");
        assertThat(Cli.run("analyze", "--save-state", state.toString(), clean.toString()).exit)
                .isEqualTo(Main.OK);
        Cli r = Cli.run("merge", state.toString(), state.toString());
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.OK);
        assertThat(r.err).isEmpty();
        assertThat(r.out).doesNotContain("Rejected lines");
        // the same state with one that has rejected lines: 1
        assertThat(Cli.run("merge", state.toString(), overlapping.get(0).state().toString()).exit)
                .isEqualTo(Main.REJECTED_LINES);
    }

    private static void assertNoState(Path file, String why) {
        Cli r = Cli.run("merge", overlapping.get(0).state().toString(), file.toString());
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.out).as("no report of the other states").isEmpty();
        assertThat(r.err).isEqualTo("streamcause: cannot read " + file + ": " + why + "\n");
    }

    @Test
    void aFileThatIsNoStateIsExitTwoWithOneLineNamingIt() throws IOException {
        String notAState = "not a StreamCause report state: it does not begin with \"SCRS\"";
        assertNoState(overlapping.get(0).file(), notAState); // a log, not its state
        assertNoState(overlapping.get(1).file(), notAState); // gzipped
        Path empty = Files.write(dir.resolve("empty.state"), new byte[0]);
        assertNoState(empty, notAState + " (the input is empty)");
        byte[] state = Files.readAllBytes(overlapping.get(0).state());
        Path cut = Files.write(dir.resolve("cut.state"), java.util.Arrays.copyOf(state, state.length / 2));
        assertNoState(cut, "report state cut short: the input ends inside it");
        byte[] flipped = state.clone();
        // a letter of a stream's domain changes case: nothing but the checksum can tell (the middle of the
        // state may be a figure that its own check refuses first, such as a timeline minute's)
        int domain = indexOf(state, "push.example.com".getBytes(StandardCharsets.UTF_8));
        assertThat(domain).as("premise: a stream's domain in the state").isPositive();
        flipped[domain] ^= 0x20;
        Path corrupt = Files.write(dir.resolve("corrupt.state"), flipped);
        assertNoState(corrupt, "corrupt report state: its checksum does not match");
        byte[] newer = state.clone();
        newer[5] = 4;
        assertNoState(
                Files.write(dir.resolve("v4.state"), newer),
                "report state of format version 4; this version of StreamCause reads versions 1 to 3");

        Cli verbose = Cli.run("merge", corrupt.toString(), "--verbose");
        assertThat(verbose.exit).isEqualTo(Main.USAGE);
        assertThat(verbose.err).contains("InvalidStateException", "\tat ");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aStateWithADamagedLengthIsStillOneShortLine() throws IOException {
        byte[] state = Files.readAllBytes(overlapping.get(0).state());
        // the length of the first name of the vocabulary (bytes 10 to 13, after magic, version and the number
        // of names): read as 257, the name takes in the binary that follows it
        byte[] damaged = state.clone();
        damaged[12] ^= 0x01;
        Path file = Files.write(dir.resolve("damaged.state"), damaged);
        Cli r = Cli.run("merge", file.toString());
        assertThat(r.exit).isEqualTo(Main.USAGE);
        assertThat(r.err.lines()).as(r.err).hasSize(1);
        assertThat(r.err)
                .startsWith("streamcause: cannot read " + file + ": corrupt report state: ")
                .hasSizeLessThan(300);
    }

    @Test
    void aMissingFileIsExitTwoNoSuchFile() {
        Path missing = dir.resolve("no-such.state");
        assertNoState(missing, "no such file");
        Cli alone = Cli.run("merge", missing.toString());
        assertThat(alone.exit).isEqualTo(Main.USAGE);
        assertThat(alone.err).isEqualTo("streamcause: cannot read " + missing + ": no such file\n");
    }

    @Test
    void mergeHelpAndUsage() {
        Cli help = Cli.run("merge", "--help");
        assertThat(help.exit).isEqualTo(Main.OK);
        assertThat(help.err).isEmpty();
        assertThat(help.out).startsWith("Usage: streamcause merge ");
        assertThat(help.out.replaceAll("\\s+", " ")) // as wrapped to the terminal's width
                .contains(
                        "STATE...",
                        "--save-state=FILE",
                        "--format=FORMAT",
                        "--top=N",
                        "--lang=LANG",
                        "an event in several states counts",
                        "streamcause merge mon.state tue.state --format markdown",
                        "Exit codes: 0 success; 1 success, but some lines were rejected; 2 bad usage, or a file that is"
                                + " not a state.");

        Cli none = Cli.run("merge");
        assertThat(none.exit).isEqualTo(Main.USAGE);
        assertThat(none.out).isEmpty();
        assertThat(none.err)
                .contains("Missing required parameter", "STATE")
                .endsWith("Try 'streamcause merge --help'.\n");

        Cli badFormat = Cli.run("merge", overlapping.get(0).state().toString(), "--format", "xml");
        assertThat(badFormat.exit).isEqualTo(Main.USAGE);
        assertThat(badFormat.err).contains("--format", "xml");
        Cli badTop = Cli.run("merge", overlapping.get(0).state().toString(), "--top", "-1");
        assertThat(badTop.exit).isEqualTo(Main.USAGE);
        assertThat(badTop.err).contains("--top must not be negative: -1");
    }

    @Test
    void topAndLanguageApplyToTheMergedReport() {
        for (String[] options : List.of(
                new String[] {"--top", "2", "--lang", "ko"},
                new String[] {"--format", "markdown", "--lang", "ja", "--top", "0"})) {
            Cli merged = merge(overlapping, options);
            Cli analyzed = Cli.run(args(overlapping, false, options));
            assertThat(merged.out).as(String.join(" ", options)).isEqualTo(analyzed.out);
        }
        assertThat(merge(overlapping, "--top", "2", "--lang", "ko").out)
                .isNotEqualTo(merge(overlapping, "--top", "2").out);
    }
}
