package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reasons of JSON that cannot be read are in the package's own words: what is wrong and where, never
 * Jackson's wording ({@code Unexpected character ('-' (code 45))}, {@code VALUE_STRING}, {@code [Source: ...]}).
 * A golden table of inputs and their exact reasons, then a sweep over the malformed corpus and mutated sample
 * lines that no reason carries Jackson's vocabulary or a raw control character.
 */
class RejectionReasonTest {
    /** Words of Jackson's messages that must not reach a reason. */
    private static final List<String> JACKSON_WORDS = Arrays.asList(
            "VALUE_STRING",
            "VALUE_NUMBER",
            "START_OBJECT",
            "START_ARRAY",
            "END_OBJECT",
            "FIELD_NAME",
            "JsonToken",
            "[Source:",
            "REDACTED",
            "Unexpected character",
            "Unrecognized token",
            "Illegal character",
            "Illegal unquoted",
            "CTRL-CHAR",
            "end-of-input",
            "was expecting",
            "UCS-4",
            "UTF-32 character",
            "Invalid UTF-8",
            "StreamReadConstraints",
            "JsonReadFeature",
            "ALLOW_",
            "exceeds the maximum");
    /** Jackson's {@code (code 45)} and its location format {@code line: 1, column: 5}, {@code (line 1, column 5)}. */
    private static final Pattern JACKSON_FORMATS =
            Pattern.compile("\\(code \\d+|line: \\d+|column: \\d+|\\(line \\d+, column \\d+\\)");

    static Stream<Arguments> golden() {
        String deep = "{\"event_type\":0,\"x\":" + repeat("[", 17) + repeat("]", 17) + "}";
        return Stream.of(
                // the input ends early
                row("{\"event_type\":0,\"a\":\"abc", "the JSON ends inside the string value of \"a\" (truncated?)"),
                row("{\"event_type\":0,\"x\":[\"abc", "the JSON ends inside a string (truncated?)"),
                row("{\"event_type\":0,\"a", "the JSON ends inside a field name (truncated?)"),
                row("{\"event_type\":0", "the JSON ends inside an object (truncated?)"),
                row("{\"event_type\":0,", "the JSON ends inside an object (truncated?)"),
                row("{\"event_type\":0,\"x\":[1", "the JSON ends inside an array (truncated?)"),
                // not JSON at all
                row("<html>", "not JSON: '<' at column 1"),
                row("//x", "not JSON: '/' at column 1 (JSON has no comments)"),
                row("xyz", "not JSON: the word \"xyz\" at column 1"),
                row("}", "not JSON: '}' at column 1"),
                row("\u0000", "not JSON: the control character U+0000 at column 2"),
                // more than the one value
                row("2026-11-24 12:00:00 INFO", "more than one JSON value: a second one starts at column 5"),
                row("{\"event_type\":0} {\"b\":2}", "more than one JSON value: a second one starts at column 18"),
                row(
                        "{\"event_type\":0}\n{\"b\":2}",
                        "more than one JSON value: a second one starts at line 2, column 1"),
                row("{\"event_type\":0} xyz", "text after the JSON value at column 18"),
                // inside an object or an array
                row("{'a':1}", "expected a field name in double quotes at column 2, got '''"),
                row("{\"a\":1,}", "expected a field name in double quotes at column 8, got '}'"),
                row("{\"a\" 1}", "expected ':' after the field name at column 6, got '1'"),
                row("{\"a\":1 \"b\":2}", "expected ',' or '}' at column 8, got '\"'"),
                row("{\"a\":[1 2]}", "expected ',' or ']' at column 9, got '2'"),
                row("{\"x\":[1,]}", "expected a value at column 9, got ']'"),
                row("{\"a\":tru", "expected a value at column 6, got the word \"tru\""),
                row("{\"a\":tr\u0000ue}", "expected a value at column 6, got the word \"tr\\u0000ue\""),
                row("{\"a\":\"b\",\"c\":\u0001}", "expected a value at column 15, got the control character U+0001"),
                row("{\"a\":1]", "unexpected ']' at column 7"),
                // strings and numbers
                row(
                        "{\"a\":\"x\ny\"}",
                        "an unescaped control character (U+000A) in the string value of \"a\" at column 8"),
                row("{\"a\":\"\\q\"}", "an invalid escape sequence in the string value of \"a\" at column 8"),
                row("{\"a\":\"\\u12\"}", "an invalid escape sequence in the string value of \"a\" at column 11"),
                row("{\"a\":NaN}", "not a JSON number: \"NaN\" at column 9"),
                row("{\"a\":01}", "a malformed number at column 7"),
                row("{\"a\":-x}", "a malformed number at column 7"),
                // encodings
                row(bytes("{\"errmsg\":\"caf", 0xe9, "\"}"), "not UTF-8 text at column 17"),
                row(bytes("", 0, 0, 0xff, 0xfe, "{}"), "not UTF-8 text (its first bytes look like UTF-32)"),
                // read limits
                row(deep, "nesting deeper than 16"),
                row("{\"a\":" + repeat("9", 65) + "}", "a number too long (over 64 digits)"),
                row("{\"" + repeat("n", 1025) + "\":1}", "a field name too long (over 1024 bytes of UTF-8)"),
                row("{\"a\":\"" + repeat("s", 262_145) + "\"}", "a string too long (over 262144 characters)"),
                // the readers' own words, control characters escaped
                row("\"a\\u0007b\"", "expected a JSON object, got the string \"a\\u0007b\""));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("golden")
    void aMalformedInputHasItsReason(byte[] json, String reason) {
        Throwable thrown = catchThrowable(() -> CallbackEvent.parse(json));
        assertThat(thrown).isInstanceOf(InvalidPayloadException.class).hasMessage(reason);
        assertThat(((InvalidPayloadException) thrown).location()).isEmpty();
    }

    /** The whole-payload files of the corpus: the reason of {@code CallbackEvent.parse(byte[])}. */
    static Stream<Arguments> corpus() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("truncated-body.json", "the JSON ends inside the string value of \"errmsg\" (truncated?)");
        reasons.put("trailing-garbage.json", "text after the JSON value at column 267");
        reasons.put("two-bodies-concatenated.json", "more than one JSON value: a second one starts at column 266");
        reasons.put("single-quotes.json", "expected a field name in double quotes at column 2, got '''");
        reasons.put("comment.json", "not JSON: '/' at column 1 (JSON has no comments)");
        reasons.put("nan-literal.json", "not a JSON number: \"NaN\" at column 219");
        reasons.put(
                "unescaped-control-char.json",
                "an unescaped control character (U+000A) in the string value of \"errmsg\" at column 135");
        reasons.put("nested-deep.json", "nesting deeper than 16");
        reasons.put("field-name-too-long.json", "a field name too long (over 1024 bytes of UTF-8)");
        reasons.put("number-too-long.json", "a number too long (over 64 digits)");
        reasons.put("url-encoded-form.txt", "not JSON: the word \"event_type\" at column 1");
        reasons.put("http-request-dump.txt", "not JSON: the word \"POST\" at column 1");
        reasons.put("html-error-page.html", "not JSON: '<' at column 1");
        reasons.put("invalid-utf8.bin", "not UTF-8 text at column 133");
        reasons.put("invalid-utf8-in-field-name.bin", "not UTF-8 text at column 28");
        reasons.put("latin1-errmsg.bin", "not UTF-8 text at column 131");
        reasons.put("utf32-lookalike-nul-prefix.bin", "not UTF-8 text (its first bytes look like UTF-32)");
        reasons.put("nul-padding-then-body.bin", "not UTF-8 text (its first bytes look like UTF-32)");
        reasons.put("nul-bytes.bin", "not JSON: the control character U+0000 at column 2");
        reasons.put("crlf.ndjson", "more than one JSON value: a second one starts at line 2, column 1");
        reasons.put("cr-only-line-ends.ndjson", "more than one JSON value: a second one starts at line 2, column 1");
        reasons.put("nul-padded.ndjson", "text after the JSON value at line 2, column 2");
        reasons.put("truncated.ndjson.gz", "not JSON: the control character U+001F at column 2");
        reasons.put("binary.bin", "not UTF-8 text at column 2");
        return reasons.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aCorpusFileHasItsReason(String file, String reason) throws IOException {
        Throwable thrown = catchThrowable(() -> CallbackEvent.parse(corpusBytes(file)));
        assertThat(thrown).isInstanceOf(InvalidPayloadException.class).hasMessage(reason);
    }

    @Test
    void noReasonOfTheCorpusOrOfMutatedLinesSpeaksJackson() throws IOException {
        List<String> reasons = new ArrayList<>();
        int[] fromTheParser = {0};
        for (Path file : MalformedCorpusTest.caseFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            collect(reasons, fromTheParser, bytes);
            collect(reasons, fromTheParser, () -> CallbackEvent.parse(new String(bytes, StandardCharsets.UTF_8)));
            collect(reasons, fromTheParser, () -> CallbackEvent.parse(new ByteArrayInputStream(bytes)));
            collect(reasons, fromTheParser, () -> StreamEventRecord.parsePage(bytes));
            collect(reasons, fromTheParser, () -> CallbackRecord.parsePage(new ByteArrayInputStream(bytes)));
            logReasons(reasons, bytes);
        }
        List<byte[]> lines = sampleLines();
        Random random = new Random(22);
        for (int i = 0; i < 600; i++) {
            byte[] line = lines.get(random.nextInt(lines.size()));
            byte[] mutated = mutate(line, random);
            collect(reasons, fromTheParser, mutated);
            logReasons(reasons, mutated);
        }
        assertThat(fromTheParser[0]).as("reasons from parser failures").isGreaterThan(400);
        assertThat(reasons.stream().distinct().count()).as("distinct reasons").isGreaterThan(60);
        for (String reason : reasons) {
            for (String word : JACKSON_WORDS) {
                assertThat(reason).as("Jackson's words").doesNotContain(word);
            }
            assertThat(JACKSON_FORMATS.matcher(reason).find())
                    .as("Jackson's formats in: %s", reason)
                    .isFalse();
            assertThat(reason.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)))
                    .as("no raw control character in: %s", reason.replaceAll("\\p{Cc}", "?"))
                    .isTrue();
        }
    }

    /** A sample line cut short, a byte changed, inserted or removed. */
    private static byte[] mutate(byte[] line, Random random) {
        int at = random.nextInt(line.length);
        switch (random.nextInt(4)) {
            case 0:
                return Arrays.copyOf(line, at);
            case 1: {
                byte[] flipped = line.clone();
                flipped[at] = (byte) random.nextInt(256);
                return flipped;
            }
            case 2: {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(line, 0, at);
                out.write(random.nextInt(256));
                out.write(line, at, line.length - at);
                return out.toByteArray();
            }
            default: {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(line, 0, at);
                out.write(line, at + 1, line.length - at - 1);
                return out.toByteArray();
            }
        }
    }

    private static List<byte[]> sampleLines() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(Paths.get("docs/examples/callbacks.ndjson.gz")))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.length() > 1) {
                    lines.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(4000);
        return lines;
    }

    private static void logReasons(List<String> reasons, byte[] bytes) throws IOException {
        try (CallbackLogReader reader = CallbackLogReader.of(new ByteArrayInputStream(bytes), "x.log")) {
            reader.forEachRemaining(line -> line.rejection().ifPresent(reasons::add));
        }
    }

    private static void collect(List<String> reasons, int[] fromTheParser, byte[] bytes) {
        collect(reasons, fromTheParser, () -> CallbackEvent.parse(bytes));
        collect(reasons, fromTheParser, () -> CallbackRecord.parsePage(bytes));
    }

    private static void collect(
            List<String> reasons, int[] fromTheParser, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        if (thrown == null) {
            return;
        }
        assertThat(thrown).isInstanceOf(InvalidPayloadException.class);
        reasons.add(thrown.getMessage());
        if (thrown.getCause() instanceof JsonProcessingException || thrown.getCause() instanceof IOException) {
            fromTheParser[0]++;
        }
    }

    private static byte[] corpusBytes(String file) throws IOException {
        try (InputStream in = RejectionReasonTest.class.getResourceAsStream("/malformed/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Arguments row(String json, String reason) {
        return Arguments.of(json.getBytes(StandardCharsets.UTF_8), reason);
    }

    private static Arguments row(byte[] json, String reason) {
        return Arguments.of(json, reason);
    }

    /** Text and single bytes, in order. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String) {
                byte[] b = ((String) part).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static String repeat(String s, int times) {
        StringBuilder out = new StringBuilder(s.length() * times);
        for (int i = 0; i < times; i++) {
            out.append(s);
        }
        return out.toString();
    }
}
