package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the malformed-input corpus ({@code src/test/resources/malformed/}) through every entry
 * point: the outcome is a result or an {@link InvalidPayloadException}, never any other throwable, and the
 * log reader turns every physical line into exactly one {@link LogLine}. The folder is listed from the
 * class path, so a new file is tested without changing this class; its README must describe it.
 */
class MalformedCorpusTest {
    /** The class-path folder of the corpus. */
    private static final String FOLDER = "/malformed/";
    /** Describes every file, with the expected outcome of {@code CallbackEvent.parse(byte[])}. */
    private static final String README = "README.md";
    /** The number of cases when this test was written: the corpus may grow, never shrink unnoticed. */
    private static final int MIN_CASES = 88;
    /** Corpus files stay small. */
    private static final long MAX_FILE_BYTES = 10 * 1024;

    // ---------------------------------------------------------------------------------------------
    // the corpus itself

    static List<Path> caseFiles() {
        URL url = MalformedCorpusTest.class.getResource(FOLDER);
        assertThat(url).as("class-path folder %s", FOLDER).isNotNull();
        assertThat(url.getProtocol())
                .as("the corpus is read from a folder, not a jar: %s", url)
                .isEqualTo("file");
        try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(README))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code CallbackEvent.parse(byte[])} must do with a file, from its README row. */
    static final class Expected {
        final boolean accepted;
        final String location;

        Expected(boolean accepted, String location) {
            this.accepted = accepted;
            this.location = location;
        }

        @Override
        public String toString() {
            return accepted ? "accepted" : "rejected at \"" + location + "\"";
        }
    }

    /** The README's table rows: file name to expected outcome. */
    static Map<String, Expected> readmeRows() throws IOException {
        Map<String, Expected> rows = new TreeMap<>();
        try (InputStream in = MalformedCorpusTest.class.getResourceAsStream(FOLDER + README)) {
            assertThat(in).as("%s%s", FOLDER, README).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                String file = cells[1].trim().replace("`", "");
                String outcome = cells[2].trim();
                Expected expected;
                if (outcome.equals("accepted")) {
                    expected = new Expected(true, null);
                } else if (outcome.equals("rejected (whole payload)")) {
                    expected = new Expected(false, "");
                } else if (outcome.startsWith("rejected at `") && outcome.endsWith("`")) {
                    expected = new Expected(false, outcome.substring("rejected at `".length(), outcome.length() - 1));
                } else {
                    throw new AssertionError("README row of " + file + ": unknown outcome \"" + outcome + "\"");
                }
                assertThat(rows.put(file, expected))
                        .as("README describes %s once", file)
                        .isNull();
            }
        }
        return rows;
    }

    @Test
    void theCorpusIsCompleteSmallAndDescribed() throws IOException {
        List<Path> files = caseFiles();
        assertThat(files).as("corpus files in %s", FOLDER).hasSizeGreaterThanOrEqualTo(MIN_CASES);
        for (Path file : files) {
            assertThat(Files.size(file)).as("size of %s", file.getFileName()).isLessThanOrEqualTo(MAX_FILE_BYTES);
        }
        List<String> names =
                files.stream().map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        assertThat(readmeRows().keySet())
                .as("the README has exactly one row per corpus file")
                .containsExactlyElementsOf(names);
    }

    // ---------------------------------------------------------------------------------------------
    // every file through every entry point

    @TestFactory
    Stream<DynamicContainer> everyFileThroughEveryEntryPoint() throws IOException {
        Map<String, Expected> readme = readmeRows();
        List<DynamicContainer> containers = new ArrayList<>();
        for (Path file : caseFiles()) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            containers.add(dynamicContainer(
                    name,
                    Stream.of(
                            dynamicTest("CallbackEvent.parse(String)", () -> callbackEventFromString(name, bytes)),
                            dynamicTest(
                                    "CallbackEvent.parse(byte[])",
                                    () -> callbackEventFromBytes(name, bytes, readme.get(name))),
                            dynamicTest("CallbackEvent.parse(InputStream)", () -> callbackEventFromStream(name, bytes)),
                            dynamicTest(
                                    "StreamEventRecord.parsePage(String)",
                                    () -> streamEventPage(
                                            name, "String", () -> StreamEventRecord.parsePage(utf8(bytes)))),
                            dynamicTest(
                                    "StreamEventRecord.parsePage(byte[])",
                                    () -> streamEventPage(name, "byte[]", () -> StreamEventRecord.parsePage(bytes))),
                            dynamicTest(
                                    "StreamEventRecord.parsePage(InputStream)",
                                    () -> streamEventPage(
                                            name,
                                            "InputStream",
                                            () -> StreamEventRecord.parsePage(new ByteArrayInputStream(bytes)))),
                            dynamicTest(
                                    "CallbackRecord.parsePage(String) + event()",
                                    () -> callbackRecordPage(
                                            name, "String", () -> CallbackRecord.parsePage(utf8(bytes)))),
                            dynamicTest(
                                    "CallbackRecord.parsePage(byte[]) + event()",
                                    () -> callbackRecordPage(name, "byte[]", () -> CallbackRecord.parsePage(bytes))),
                            dynamicTest(
                                    "CallbackRecord.parsePage(InputStream) + event()",
                                    () -> callbackRecordPage(
                                            name,
                                            "InputStream",
                                            () -> CallbackRecord.parsePage(new ByteArrayInputStream(bytes)))),
                            dynamicTest(
                                    "PushAnomaly.parse(String, byte[], InputStream)", () -> pushAnomaly(name, bytes)),
                            dynamicTest("CallbackLogReader", () -> logReader(name, bytes)))));
        }
        return containers.stream();
    }

    /** A call that may throw anything. */
    interface Call<T> {
        T call() throws Exception;
    }

    /** A result, or the InvalidPayloadException that took its place. */
    static final class Outcome<T> {
        final T value;
        final InvalidPayloadException rejection;

        private Outcome(T value, InvalidPayloadException rejection) {
            this.value = value;
            this.rejection = rejection;
        }

        boolean accepted() {
            return rejection == null;
        }

        @Override
        public String toString() {
            return accepted() ? "accepted: " + value : "rejected at \"" + rejection.location() + "\": " + rejection;
        }
    }

    /**
     * Runs the call: a result or an InvalidPayloadException (with a location and a message) is fine; anything
     * else fails with the file and the entry point.
     */
    static <T> Outcome<T> outcome(String file, String entryPoint, Call<T> call) {
        T value;
        try {
            value = call.call();
        } catch (InvalidPayloadException e) {
            assertThat(e.location())
                    .as("%s via %s: location()", file, entryPoint)
                    .isNotNull();
            assertThat(e.getMessage())
                    .as("%s via %s: message", file, entryPoint)
                    .isNotBlank();
            return new Outcome<>(null, e);
        } catch (Throwable t) {
            throw new AssertionError(
                    file + " via " + entryPoint + ": expected a result or an InvalidPayloadException, got " + t, t);
        }
        assertThat(value).as("%s via %s: result", file, entryPoint).isNotNull();
        return new Outcome<>(value, null);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Uses what a caller would use, so that a lazily failing accessor shows up here. */
    private static void exercise(String file, String entryPoint, CallbackEvent event) {
        Outcome<String> shown = outcome(file, entryPoint + " then toString/diagnosis", () -> {
            event.diagnosis().ifPresent(d -> d.description());
            event.otherFields().forEach((k, v) -> assertThat(v).isNotNull());
            return event + " " + event.hashCode();
        });
        assertThat(shown.accepted())
                .as("%s via %s: accessors", file, entryPoint)
                .isTrue();
        assertThat(event).isEqualTo(event);
        assertThat(event.isInterruption() && event.isPush()).isFalse();
    }

    static void callbackEventFromString(String file, byte[] bytes) {
        Outcome<CallbackEvent> parsed =
                outcome(file, "CallbackEvent.parse(String)", () -> CallbackEvent.parse(utf8(bytes)));
        if (parsed.accepted()) {
            exercise(file, "CallbackEvent.parse(String)", parsed.value);
        }
    }

    static void callbackEventFromBytes(String file, byte[] bytes, Expected expected) {
        Outcome<CallbackEvent> parsed = outcome(file, "CallbackEvent.parse(byte[])", () -> CallbackEvent.parse(bytes));
        assertThat(expected).as("%s has a row in %s", file, README).isNotNull();
        if (parsed.accepted()) {
            exercise(file, "CallbackEvent.parse(byte[])", parsed.value);
        }
        assertThat(parsed.accepted())
                .as("%s: CallbackEvent.parse(byte[]) should be %s (README), was %s", file, expected, parsed)
                .isEqualTo(expected.accepted);
        if (!expected.accepted) {
            assertThat(parsed.rejection.location())
                    .as("%s: location (README), message: %s", file, parsed.rejection.getMessage())
                    .isEqualTo(expected.location);
        }
    }

    /**
     * {@code PushAnomaly.parse} from bytes and from a stream agree (a String is decoded first, so it may
     * differ for the encoding cases), and an accepted callback's accessors work.
     */
    static void pushAnomaly(String file, byte[] bytes) {
        Outcome<PushAnomaly> fromBytes = outcome(file, "PushAnomaly.parse(byte[])", () -> PushAnomaly.parse(bytes));
        outcome(file, "PushAnomaly.parse(String)", () -> PushAnomaly.parse(utf8(bytes)));
        assertAgree(
                file,
                "PushAnomaly.parse(InputStream)",
                outcome(
                        file,
                        "PushAnomaly.parse(InputStream)",
                        () -> PushAnomaly.parse(new ByteArrayInputStream(bytes))),
                fromBytes);
        if (fromBytes.accepted()) {
            PushAnomaly a = fromBytes.value;
            assertThat(a.toString() + a.hashCode() + a.stream()).isNotEmpty();
            a.anomalies().forEach(item -> assertThat(item.vendorDescription()).isNotBlank());
        }
    }

    /** The stream entry point agrees with the byte-array one, and leaves the stream open. */
    static void callbackEventFromStream(String file, byte[] bytes) {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Outcome<CallbackEvent> fromStream =
                outcome(file, "CallbackEvent.parse(InputStream)", () -> CallbackEvent.parse(in));
        assertThat(closed[0]).as("%s: the caller's stream stays open", file).isFalse();
        Outcome<CallbackEvent> fromBytes =
                outcome(file, "CallbackEvent.parse(byte[])", () -> CallbackEvent.parse(bytes));
        assertAgree(file, "CallbackEvent.parse(InputStream)", fromStream, fromBytes);
    }

    private static <T> void assertAgree(String file, String entryPoint, Outcome<T> fromStream, Outcome<T> fromBytes) {
        assertThat(fromStream.accepted())
                .as("%s: %s %s, but from byte[] %s", file, entryPoint, fromStream, fromBytes)
                .isEqualTo(fromBytes.accepted());
        if (fromStream.accepted()) {
            assertThat(fromStream.value).as("%s: %s", file, entryPoint).isEqualTo(fromBytes.value);
        } else {
            assertThat(fromStream.rejection.location())
                    .as("%s: %s location", file, entryPoint)
                    .isEqualTo(fromBytes.rejection.location());
        }
    }

    static void streamEventPage(String file, String input, Call<ApiPage<StreamEventRecord>> call) {
        String entryPoint = "StreamEventRecord.parsePage(" + input + ")";
        Outcome<ApiPage<StreamEventRecord>> page = outcome(file, entryPoint, call);
        if (!page.accepted()) {
            return;
        }
        assertThat(page.value.items()).as("%s via %s: items", file, entryPoint).doesNotContainNull();
        for (StreamEventRecord record : page.value.items()) {
            Outcome<String> shown = outcome(file, entryPoint + " then the record's accessors", () -> {
                record.category();
                record.recovery();
                assertThat(record.causes()).doesNotContainNull();
                return record + " " + record.hashCode();
            });
            assertThat(shown.accepted()).isTrue();
            assertThat(record).isEqualTo(record);
        }
    }

    static void callbackRecordPage(String file, String input, Call<ApiPage<CallbackRecord>> call) {
        String entryPoint = "CallbackRecord.parsePage(" + input + ")";
        Outcome<ApiPage<CallbackRecord>> page = outcome(file, entryPoint, call);
        if (!page.accepted()) {
            return;
        }
        assertThat(page.value.items()).as("%s via %s: items", file, entryPoint).doesNotContainNull();
        int index = 0;
        for (CallbackRecord record : page.value.items()) {
            String eventEntryPoint = entryPoint + " then items().get(" + index++ + ").event()";
            Outcome<CallbackEvent> event = outcome(file, eventEntryPoint, record::event);
            if (event.accepted()) {
                exercise(file, eventEntryPoint, event.value);
            } else {
                assertThat(event.rejection.location())
                        .as("%s via %s: the location names the Request field", file, eventEntryPoint)
                        .startsWith("Request");
            }
            assertThat(record.toString()).isNotBlank();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // the log reader

    static void logReader(String file, byte[] bytes) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (CallbackLogReader reader = CallbackLogReader.of(new ByteArrayInputStream(bytes), file)) {
            try {
                while (reader.hasNext()) {
                    lines.add(reader.next());
                }
            } catch (Throwable t) {
                throw new AssertionError(
                        file + " via CallbackLogReader: threw after line " + lines.size() + " instead of a LogLine: "
                                + t,
                        t);
            }
            assertThat(reader.hasNext()).as("%s: still at the end", file).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
        for (int i = 0; i < lines.size(); i++) {
            LogLine line = lines.get(i);
            assertThat(line.number()).as("%s: numbered 1..n: %s", file, line).isEqualTo(i + 1L);
            assertThat(line.source()).isEqualTo(file);
            assertThat(line.event().isPresent())
                    .as("%s: an event or a rejection: %s", file, line)
                    .isNotEqualTo(line.isRejected());
            if (line.isRejected()) {
                assertThat(line.rejection().get())
                        .as("%s: reason of %s", file, line)
                        .isNotBlank();
            } else {
                // a callback of any kind is an event: every such line parses on its own as one
                CallbackEvent event = line.event().get();
                assertThat(event.toStreamEvent().kind() == io.github.streamcause.report.StreamEvent.Kind.OTHER)
                        .as("%s: a callback of another kind is an OTHER event: %s", file, line)
                        .isEqualTo(!event.isPush() && !event.isInterruption());
            }
        }

        Text text = Text.of(bytes);
        List<byte[]> physical = text.physicalLines();
        boolean cutOffLine = text.truncated && !text.endsAtLineBoundary();
        // the JDK's GZIPInputStream, this test's reference, ignores what follows the gzip data: the reader says it
        boolean trailing = file.startsWith("gzip-trailing-garbage");
        int expectedCount =
                physical.size() + (text.truncated && text.endsAtLineBoundary() ? 1 : 0) + (trailing ? 1 : 0);
        assertThat(lines)
                .as(
                        "%s: one LogLine per physical line (%d lines%s)",
                        file, physical.size(), text.truncated ? ", truncated" : "")
                .hasSize(expectedCount);
        int complete = cutOffLine ? physical.size() - 1 : physical.size();
        for (int i = 0; i < complete; i++) {
            assertSameAsParsingTheLine(file, physical.get(i), lines.get(i));
        }
        if (text.truncated) {
            LogLine last = lines.get(lines.size() - 1);
            assertThat(last.rejection())
                    .as("%s: the last line says the input was cut short", file)
                    .hasValueSatisfying(reason -> assertThat(reason).containsAnyOf("truncated", "corrupt"));
        }
        if (trailing) {
            assertThat(lines.get(lines.size() - 1).rejection())
                    .as("%s: the last line says what was not read", file)
                    .hasValueSatisfying(reason -> assertThat(reason).endsWith(" are not gzip and were not read"));
        }
    }

    /** A log line is what parsing that line alone gives. */
    private static void assertSameAsParsingTheLine(String file, byte[] raw, LogLine line) {
        int length = raw.length;
        if (length > 0 && raw[length - 1] == '\r') {
            length--;
        }
        byte[] content = Arrays.copyOf(raw, length);
        if (isBlank(content)) {
            assertThat(line.rejection()).as("%s: %s", file, line).contains("blank line");
            return;
        }
        CallbackEvent event;
        try {
            event = CallbackEvent.parse(content);
        } catch (InvalidPayloadException e) {
            assertThat(line.rejection()).as("%s: %s", file, line).contains(e.getMessage());
            return;
        } catch (RuntimeException e) {
            assertThat(line.isRejected()).as("%s: %s", file, line).isTrue();
            return;
        }
        assertThat(line.event())
                .as("%s: %s (a callback of any kind)", file, line)
                .contains(event);
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The text of a log: the bytes, or what can be decompressed of gzip input. */
    static final class Text {
        final byte[] bytes;
        final boolean truncated;

        private Text(byte[] bytes, boolean truncated) {
            this.bytes = bytes;
            this.truncated = truncated;
        }

        static Text of(byte[] raw) {
            if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
                return new Text(raw, false);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean truncated = false;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                byte[] buffer = new byte[4096];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
            } catch (EOFException | ZipException e) {
                truncated = true;
            } catch (IOException e) {
                fail("reading gzip from memory", e);
            }
            return new Text(out.toByteArray(), truncated);
        }

        boolean endsAtLineBoundary() {
            return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
        }

        /** Split at LF; a last line without LF counts, an empty rest after the last LF does not. */
        List<byte[]> physicalLines() {
            List<byte[]> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines.add(Arrays.copyOfRange(bytes, start, i));
                    start = i + 1;
                }
            }
            if (start < bytes.length) {
                lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
            }
            return lines;
        }
    }
}
