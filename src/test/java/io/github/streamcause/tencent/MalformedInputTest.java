package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.streamcause.ErrorCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact outcome of each bad input of the malformed-input corpus ({@code src/test/resources/malformed/})
 * and of a few generated ones too large to commit: where a rejection points ({@link
 * InvalidPayloadException#location()}) and what it says, or the values of an accepted quirk.
 */
class MalformedInputTest {
    /** The push event most corpus logs start with (see the corpus generator values in the README). */
    private static final String PUSH = "{\"app\":\"push.example.com\",\"appid\":1250000000,\"appname\":\"live\","
            + "\"channel_id\":\"room42\",\"errcode\":0,\"errmsg\":\"ok\",\"event_time\":1763999000,\"event_type\":1,"
            + "\"node\":\"203.0.113.7\",\"sequence\":\"4777712183614825751\",\"stream_id\":\"room42\","
            + "\"t\":1763999600,\"user_ip\":\"198.51.100.23\"}";

    // ---------------------------------------------------------------------------------------------
    // helpers

    static byte[] bytes(String name) {
        try (InputStream in = MalformedInputTest.class.getResourceAsStream("/malformed/" + name)) {
            assertThat(in).as("corpus file %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InvalidPayloadException rejected(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidPayloadException.class);
        return (InvalidPayloadException) thrown;
    }

    /**
     * Rejected by CallbackEvent.parse from String, byte[] and InputStream alike, at the same place; returns the
     * byte[] rejection.
     */
    static InvalidPayloadException rejectedEverywhere(String name) {
        byte[] bytes = bytes(name);
        InvalidPayloadException fromBytes = rejected(() -> CallbackEvent.parse(bytes));
        InvalidPayloadException fromString =
                rejected(() -> CallbackEvent.parse(new String(bytes, StandardCharsets.UTF_8)));
        InvalidPayloadException fromStream = rejected(() -> CallbackEvent.parse(new ByteArrayInputStream(bytes)));
        assertThat(fromString.location()).as("String: %s", fromString).isEqualTo(fromBytes.location());
        assertThat(fromStream.location()).as("InputStream: %s", fromStream).isEqualTo(fromBytes.location());
        return fromBytes;
    }

    /** Accepted by CallbackEvent.parse from String, byte[] and InputStream alike, as the same event. */
    static CallbackEvent acceptedEverywhere(String name) throws IOException {
        byte[] bytes = bytes(name);
        CallbackEvent fromBytes = CallbackEvent.parse(bytes);
        assertThat(CallbackEvent.parse(new String(bytes, StandardCharsets.UTF_8)))
                .isEqualTo(fromBytes);
        assertThat(CallbackEvent.parse(new ByteArrayInputStream(bytes))).isEqualTo(fromBytes);
        return fromBytes;
    }

    static List<LogLine> log(String name) throws IOException {
        return log(new ByteArrayInputStream(bytes(name)), name);
    }

    static List<LogLine> log(InputStream in, String name) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (CallbackLogReader reader = CallbackLogReader.of(in, name)) {
            reader.forEachRemaining(lines::add);
        }
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).number()).isEqualTo(i + 1L);
        }
        return lines;
    }

    static CallbackEvent event(LogLine line) {
        assertThat(line.event()).as("line %s", line).isPresent();
        return line.event().get();
    }

    static String rejection(LogLine line) {
        assertThat(line.rejection()).as("line %s", line).isPresent();
        return line.rejection().get();
    }

    // ---------------------------------------------------------------------------------------------
    // whole-document shape

    @Test
    void aBodyCutOffInsideAStringIsTruncatedJson() {
        InvalidPayloadException e = rejectedEverywhere("truncated-body.json");
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("the JSON ends inside the string value of \"errmsg\" (truncated?)");
    }

    @Test
    void aBodyInAnArrayIsNotAnObject() {
        InvalidPayloadException e = rejectedEverywhere("array-instead-of-object.json");
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("expected a JSON object, got an array");
    }

    @Test
    void aNumberIsNotAnObject() {
        assertThat(rejectedEverywhere("number-instead-of-object.json")).hasMessage("expected a JSON object, got 42");
    }

    @Test
    void aBodyEncodedTwiceIsAStringNotAnObject() {
        InvalidPayloadException e = rejectedEverywhere("escaped-json-string.json");
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessageStartingWith("expected a JSON object, got the string \"{\"app\":");
    }

    @Test
    void anEmptyBodyIsRejectedAndAnEmptyLogHasNoLines() throws IOException {
        InvalidPayloadException e = rejectedEverywhere("empty.json");
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("expected a JSON object, got the end of the input");
        assertThat(log("empty.json")).isEmpty();
    }

    @Test
    void aWhitespaceBodyIsRejectedAndItsLinesAreBlank() throws IOException {
        assertThat(rejectedEverywhere("whitespace-only.json"))
                .hasMessage("expected a JSON object, got the end of the input");
        assertThat(log("whitespace-only.json"))
                .extracting(MalformedInputTest::rejection)
                .containsExactly("blank line", "blank line");
    }

    @Test
    void nullIsNotAnObject() {
        assertThat(rejectedEverywhere("null-literal.json")).hasMessage("expected a JSON object, got null");
    }

    @Test
    void textAfterTheBodyIsMalformed() {
        InvalidPayloadException e = rejectedEverywhere("trailing-garbage.json");
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("text after the JSON value at column 267");
    }

    @Test
    void aSecondBodyAfterTheFirstIsUnexpectedContent() {
        assertThat(rejectedEverywhere("two-bodies-concatenated.json"))
                .hasMessage("more than one JSON value: a second one starts at column 266");
    }

    @Test
    void aPrettyPrintedBodyIsAcceptedButIsNoLog() throws IOException {
        CallbackEvent e = acceptedEverywhere("pretty-printed.json");
        assertThat(e.errcode()).isEqualTo(OptionalInt.of(1));
        assertThat(e.pushDuration()).contains(Duration.ofMillis(113224));
        List<LogLine> lines = log("pretty-printed.json");
        assertThat(lines).hasSize(22).allMatch(LogLine::isRejected);
    }

    @Test
    void blankLinesAroundABodyAreWhiteSpace() throws IOException {
        CallbackEvent e = acceptedEverywhere("leading-blank-lines.json");
        assertThat(e).isEqualTo(CallbackEvent.parse(PUSH));
        List<LogLine> lines = log("leading-blank-lines.json");
        assertThat(lines).hasSize(4);
        assertThat(event(lines.get(2))).isEqualTo(CallbackEvent.parse(PUSH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "single-quotes.json | expected a field name in double quotes at column 2, got '''",
                "comment.json | not JSON: '/' at column 1 (JSON has no comments)",
                "nan-literal.json | not a JSON number: \"NaN\" at column 219",
                "unescaped-control-char.json | an unescaped control character (U+000A) in the string value of"
                        + " \"errmsg\" at column 135",
                "url-encoded-form.txt | not JSON: the word \"event_type\" at column 1",
                "http-request-dump.txt | not JSON: the word \"POST\" at column 1",
                "html-error-page.html | not JSON: '<' at column 1",
                "nul-bytes.bin | not JSON: the control character U+0000 at column 2",
            })
    void notJsonSaysWhatAndWhere(String file, String reason) {
        InvalidPayloadException e = rejectedEverywhere(file);
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage(reason);
    }

    @Test
    void aLoggedHttpRequestStillYieldsItsBody() throws IOException {
        List<LogLine> lines = log("http-request-dump.txt");
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 5)).allMatch(LogLine::isRejected);
        assertThat(rejection(lines.get(4))).isEqualTo("blank line");
        assertThat(event(lines.get(5))).isEqualTo(CallbackEvent.parse(PUSH));
    }

    @Test
    void aCommentLineIsRejectedAndTheNextLineRead() throws IOException {
        List<LogLine> lines = log("comment.json");
        assertThat(lines).hasSize(2);
        assertThat(rejection(lines.get(0))).contains("comment");
        assertThat(event(lines.get(1)).isPush()).isTrue();
    }

    @Test
    void anUnpairedSurrogateEscapeIsKept() throws IOException {
        CallbackEvent e = acceptedEverywhere("lone-surrogate-escape.json");
        assertThat(e.errmsg()).contains("recv \ud800 deleteStream");
        assertThat(e.diagnosis()).isPresent();
    }

    @Test
    void aDuplicateFieldIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("duplicate-key.json");
        assertThat(e.location()).as("the duplicate field is named").isEqualTo("errcode");
        assertThat(e).hasMessage("errcode: duplicate field: the payload sends it twice");
    }

    @Test
    void nestingDeeperThanSixteenIsOverAReadLimit() {
        InvalidPayloadException e = rejectedEverywhere("nested-deep.json");
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("nesting deeper than 16");
    }

    @Test
    void nestingTenThousandDeepIsRejectedWithoutAStackOverflow() {
        int depth = 10_000;
        StringBuilder json = new StringBuilder("{\"event_type\":0,\"extra\":");
        for (int i = 0; i < depth; i++) {
            json.append("{\"a\":");
        }
        json.append('1');
        for (int i = 0; i < depth; i++) {
            json.append('}');
        }
        json.append('}');
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        InvalidPayloadException e = rejected(() -> CallbackEvent.parse(bytes));
        assertThat(e).hasMessage("nesting deeper than 16");
        InvalidPayloadException page =
                rejected(() -> StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[" + json + "]}}"));
        assertThat(page).hasMessage("nesting deeper than 16");
    }

    @Test
    void aFieldNameLongerThan1024IsOverAReadLimit() {
        assertThat(rejectedEverywhere("field-name-too-long.json"))
                .hasMessage("a field name too long (over 1024 bytes of UTF-8)");
    }

    @Test
    void aFieldNameOfFewerCharactersThanBytesHasOneOutcomeInEveryForm() {
        // as fuzzing found (a name of 1,014 characters, 7 Chinese): 342 CJK characters and 2 ASCII, 1,028 bytes
        // of UTF-8; the text was accepted and the bytes rejected, since Jackson's parser of text counts
        // characters and its parser of bytes counts bytes
        String name = "推".repeat(342) + "ab";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(1028);
        String body = "{\"event_type\":0,\"sequence\":\"1\",\"" + name + "\":1}";
        String expected = "a field name too long (over 1024 bytes of UTF-8)";
        assertThat(rejected(() -> CallbackEvent.parse(body))).hasMessage(expected);
        assertThat(rejected(() -> CallbackEvent.parse(body.getBytes(StandardCharsets.UTF_8))))
                .hasMessage(expected);
        assertThat(rejected(() -> PushAnomaly.parse(body.replace("\"event_type\":0", "\"event_type\":321"))))
                .hasMessage(expected);
        // 341 and 3: 1,026 bytes; 340 and 4: 1,024, the limit, read in every form
        String atLimit = "{\"event_type\":0,\"" + "推".repeat(340) + "abcd\":1}";
        assertThat(CallbackEvent.parse(atLimit))
                .isEqualTo(CallbackEvent.parse(atLimit.getBytes(StandardCharsets.UTF_8)));
        // text that is no UTF-8 (a lone surrogate in a value) is still read, as characters
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"errmsg\":\"\uD800\"}")
                        .errmsg())
                .contains("\uD800");
    }

    @Test
    void aNumberLongerThan64DigitsIsOverAReadLimit() {
        assertThat(rejectedEverywhere("number-too-long.json")).hasMessage("a number too long (over 64 digits)");
    }

    /** Bug: otherFields() promises "kept so that nothing is lost", but 1e400 comes back as the string "Infinity". */
    @Test
    void aHugeNumberInAnUnknownFieldIsKeptAsTheNumber() throws IOException {
        CallbackEvent e = acceptedEverywhere("huge-float-in-unknown-field.json");
        String extra = e.otherFields().get("extra");
        assertThat(extra).as("otherFields().get(\"extra\") of 1e400").doesNotContain("Infinity");
        assertThat(new BigDecimal(extra)).isEqualByComparingTo("1e400");
    }

    // ---------------------------------------------------------------------------------------------
    // field types and ranges

    @Test
    void errcodeAsAStringIsAccepted() throws IOException {
        CallbackEvent e = acceptedEverywhere("errcode-string.json");
        assertThat(e.errcode()).isEqualTo(OptionalInt.of(18));
        assertThat(e.errmsg()).contains("推流域名被禁用");
        assertThat(e.diagnosis()).containsSame(ErrorCodes.describe(18, 303));
    }

    @Test
    void errcodeAsAFloatIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("errcode-float.json");
        assertThat(e.location()).isEqualTo("errcode");
        assertThat(e).hasMessage("errcode: expected an integer, got 18.0");
    }

    @Test
    void errcodeBeyondIntIsOutOfRange() {
        InvalidPayloadException e = rejectedEverywhere("errcode-out-of-int-range.json");
        assertThat(e.location()).isEqualTo("errcode");
        assertThat(e).hasMessage("errcode: out of range [-2147483648, 2147483647]: 4294967296");
    }

    @Test
    void errcodeBeyondLongIsOutOfRange() {
        InvalidPayloadException e = rejectedEverywhere("errcode-beyond-long.json");
        assertThat(e.location()).isEqualTo("errcode");
        assertThat(e).hasMessage("errcode: out of range: 123456789012345678901234567890");
    }

    @Test
    void errcodeAsAnObjectIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("errcode-object.json");
        assertThat(e.location()).isEqualTo("errcode");
        assertThat(e).hasMessage("errcode: expected an integer, got an object");
    }

    @Test
    void errcodeAsAnEmptyStringIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("errcode-empty-string.json");
        assertThat(e.location()).isEqualTo("errcode");
        assertThat(e).hasMessage("errcode: expected an integer, got the string \"\"");
    }

    @Test
    void aMissingEventTypeIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("missing-event-type.json");
        assertThat(e.location()).isEqualTo("event_type");
        assertThat(e).hasMessage("event_type: missing (required)");
    }

    @Test
    void aNullEventTypeIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("event-type-null.json");
        assertThat(e.location()).isEqualTo("event_type");
        assertThat(e).hasMessage("event_type: must not be null");
    }

    @Test
    void eventTypeAsAStringIsAccepted() throws IOException {
        CallbackEvent e = acceptedEverywhere("event-type-string.json");
        assertThat(e.eventType()).isZero();
        assertThat(e.isInterruption()).isTrue();
    }

    @Test
    void eventTypeAsAFloatIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("event-type-float.json");
        assertThat(e.location()).isEqualTo("event_type");
        assertThat(e).hasMessage("event_type: expected an integer, got 0.0");
    }

    @Test
    void eventType321IsParsedAndIsALogEventOfAnotherKind() throws IOException {
        CallbackEvent e = acceptedEverywhere("event-type-321.json");
        assertThat(e.eventType()).isEqualTo(321);
        assertThat(e.isInterruption()).isFalse();
        assertThat(e.isPush()).isFalse();
        assertThat(e.diagnosis()).isEmpty();
        assertThat(e.otherFields()).containsEntry("abnormal_event", "{\"type\":\"frame_rate_low\"}");
        List<LogLine> lines = log("event-type-321.json");
        assertThat(lines).hasSize(1);
        assertThat(event(lines.get(0)).eventType()).isEqualTo(321);
        assertThat(event(lines.get(0)).toStreamEvent().otherKind()).contains("321");
        // its abnormal_event is an object where PushAnomaly wants an array of objects
        assertThat(rejected(() -> PushAnomaly.parse(bytes("event-type-321.json"))))
                .hasMessage("abnormal_event: expected an array, got an object");
    }

    @Test
    void aNegativeEventTimeIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("negative-event-time.json");
        assertThat(e.location()).isEqualTo("event_time");
        assertThat(e).hasMessage("event_time: not a Unix time in seconds between 1970 and 2100: -1");
    }

    @Test
    void anEventTimeInMillisecondsIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("absurd-event-time-millis.json");
        assertThat(e.location()).isEqualTo("event_time");
        assertThat(e).hasMessage("event_time: not a Unix time in seconds between 1970 and 2100: 1764000000000");
    }

    @Test
    void anEventTimeAsAStringIsAccepted() throws IOException {
        assertThat(acceptedEverywhere("event-time-string.json").eventTime())
                .contains(Instant.parse("2025-11-24T16:00:00Z"));
    }

    /** Bug: the message ends in ": " and does not show that the value was an empty string. */
    @Test
    void anEmptyEventTimeIsRejectedSayingItWasEmpty() {
        InvalidPayloadException e = rejectedEverywhere("event-time-empty-string.json");
        assertThat(e.location()).isEqualTo("event_time");
        assertThat(e.getMessage()).as("message").doesNotEndWith(": ").contains("\"\"");
    }

    @Test
    void anIsoDateAsEventTimeIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("event-time-iso-date.json");
        assertThat(e.location()).isEqualTo("event_time");
        assertThat(e)
                .hasMessageStartingWith("event_time: not a Unix time in seconds between 1970 and 2100: ")
                .hasMessageContaining("2025-11-24T16:00:00Z");
    }

    @Test
    void aSignatureExpiryBeyond2100IsRejected() {
        InvalidPayloadException e = rejectedEverywhere("signature-expiry-absurd.json");
        assertThat(e.location()).isEqualTo("t");
        assertThat(e).hasMessage("t: not a Unix time in seconds between 1970 and 2100: 99999999999999");
    }

    @Test
    void aPushDurationWithAUnitIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("push-duration-not-number.json");
        assertThat(e.location()).isEqualTo("push_duration");
        assertThat(e).hasMessage("push_duration: expected a number of milliseconds, got the string \"113s\"");
    }

    @Test
    void aPushDurationAsANumberIsAccepted() throws IOException {
        assertThat(acceptedEverywhere("push-duration-number.json").pushDuration())
                .contains(Duration.ofMillis(113224));
    }

    @Test
    void anEmptyPushDurationIsAbsent() throws IOException {
        CallbackEvent e = acceptedEverywhere("push-duration-empty.json");
        assertThat(e.pushDuration()).isEmpty();
        assertThat(e.errcode()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void aNegativePushDurationIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("push-duration-negative.json");
        assertThat(e.location()).isEqualTo("push_duration");
        assertThat(e).hasMessage("push_duration: expected a number of milliseconds, got the string \"-5\"");
    }

    @Test
    void aSequenceBeyondLongIsKeptExactly() throws IOException {
        assertThat(acceptedEverywhere("sequence-beyond-long.json").sequence()).contains("4777712183614825751123456789");
    }

    @Test
    void aNumericStreamIdIsTakenAsText() throws IOException {
        assertThat(acceptedEverywhere("stream-id-number.json").streamId()).contains("42");
    }

    @Test
    void anObjectStreamIdIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("stream-id-object.json");
        assertThat(e.location()).isEqualTo("stream_id");
        assertThat(e).hasMessage("stream_id: expected a string, got an object");
    }

    @Test
    void anArrayErrmsgIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("errmsg-array.json");
        assertThat(e.location()).isEqualTo("errmsg");
        assertThat(e).hasMessage("errmsg: expected a string, got an array");
    }

    @Test
    void aNegativeAppIdIsRejected() {
        InvalidPayloadException e = rejectedEverywhere("appid-negative.json");
        assertThat(e.location()).isEqualTo("appid");
        assertThat(e).hasMessage("appid: out of range [0, 9223372036854775807]: -1250000000");
    }

    @Test
    void unknownFieldsAreKept() throws IOException {
        CallbackEvent e = acceptedEverywhere("unknown-fields.json");
        assertThat(e.otherFields())
                .containsExactly(
                        Map.entry("sub_app", "\"\""),
                        Map.entry("extra", "{\"region\":\"ap-guangzhou\",\"tags\":[1,2]}"),
                        Map.entry("flag", "true"));
        assertThat(e.idcId()).isEqualTo(OptionalInt.of(32));
        assertThat(e.setId()).isEqualTo(OptionalInt.of(2));
    }

    // ---------------------------------------------------------------------------------------------
    // encodings

    @Test
    void invalidUtf8IsRejectedFromBytesAndReplacedInAString() throws IOException {
        byte[] bytes = bytes("invalid-utf8.bin");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("recv \u00C3( deleteStream");
        for (ThrowingCallable call : Arrays.<ThrowingCallable>asList(
                () -> CallbackEvent.parse(bytes), () -> CallbackEvent.parse(new ByteArrayInputStream(bytes)))) {
            InvalidPayloadException e = rejected(call);
            assertThat(e.location()).isEmpty();
            assertThat(e).hasMessage("not UTF-8 text at column 133");
        }
        CallbackEvent decoded = CallbackEvent.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(decoded.errmsg()).contains("recv \uFFFD( deleteStream");
        List<LogLine> lines = log("invalid-utf8.bin");
        assertThat(lines).hasSize(1);
        assertThat(rejection(lines.get(0))).isEqualTo("not UTF-8 text at column 133");
    }

    @Test
    void invalidUtf8InAFieldNameIsRejected() {
        byte[] bytes = bytes("invalid-utf8-in-field-name.bin");
        InvalidPayloadException e = rejected(() -> CallbackEvent.parse(bytes));
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("not UTF-8 text at column 28");
    }

    @Test
    void latin1TextIsInvalidUtf8() {
        byte[] bytes = bytes("latin1-errmsg.bin");
        InvalidPayloadException e = rejected(() -> CallbackEvent.parse(bytes));
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("not UTF-8 text at column 131");
    }

    @Test
    void aByteOrderMarkIsIgnoredEverywhere() throws IOException {
        CallbackEvent expected = CallbackEvent.parse(PUSH);
        assertThat(acceptedEverywhere("bom.json")).isEqualTo(expected);
        List<LogLine> lines = log("bom.json");
        assertThat(lines).hasSize(1);
        assertThat(event(lines.get(0))).isEqualTo(expected);
        List<LogLine> log = log("bom-first-line.ndjson");
        assertThat(log).hasSize(2);
        assertThat(event(log.get(0))).isEqualTo(expected);
        assertThat(event(log.get(1)).errcode()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void utf16WithAByteOrderMarkIsDetectedFromBytes() throws IOException {
        byte[] bytes = bytes("utf16le-bom.json");
        CallbackEvent expected = CallbackEvent.parse(PUSH);
        assertThat(CallbackEvent.parse(bytes)).isEqualTo(expected);
        assertThat(CallbackEvent.parse(new ByteArrayInputStream(bytes))).isEqualTo(expected);
        InvalidPayloadException e = rejected(() -> CallbackEvent.parse(new String(bytes, StandardCharsets.UTF_8)));
        // text is read as its UTF-8 bytes, and a column counts bytes, as for bytes: U+FFFD takes three
        assertThat(e).hasMessage("not JSON: the character U+FFFD at column 3");
        List<LogLine> lines = log("utf16le-bom.json");
        assertThat(lines).hasSize(2);
        assertThat(event(lines.get(0))).isEqualTo(expected);
        assertThat(rejection(lines.get(1)))
                .as("the NUL byte after the last LF")
                .isEqualTo("not JSON: the control character U+0000 at column 2");
    }

    /**
     * Bug: bytes that look like UTF-32 to Jackson's encoding detection make it throw a CharConversionException,
     * which parse(byte[]) turns into an IllegalStateException and parse(InputStream) lets through as an
     * IOException, though the stream did not fail.
     */
    @Test
    void bytesThatLookLikeUcs4AreAnInvalidPayload() {
        for (String file : Arrays.asList("utf32-lookalike-nul-prefix.bin", "nul-padding-then-body.bin")) {
            byte[] bytes = bytes(file);
            for (ThrowingCallable call : Arrays.<ThrowingCallable>asList(
                    () -> CallbackEvent.parse(bytes),
                    () -> CallbackEvent.parse(new ByteArrayInputStream(bytes)),
                    () -> StreamEventRecord.parsePage(bytes),
                    () -> CallbackRecord.parsePage(new ByteArrayInputStream(bytes)))) {
                Throwable thrown = catchThrowable(call);
                assertThat(thrown).as(file).isInstanceOf(InvalidPayloadException.class);
                assertThat(((InvalidPayloadException) thrown).location()).isEmpty();
                assertThat(thrown).hasMessage("not UTF-8 text (its first bytes look like UTF-32)");
            }
        }
    }

    /** Bug: a line of NUL padding followed by an event (a log after a crash) makes the reader throw. */
    @Test
    void aLogWithNulPaddingKeepsReading() throws IOException {
        byte[] bytes = bytes("nul-padded.ndjson");
        List<LogLine> lines = new ArrayList<>();
        Throwable thrown = catchThrowable(() -> lines.addAll(log(new ByteArrayInputStream(bytes), "nul-padded")));
        assertThat(thrown).as("reading nul-padded.ndjson").isNull();
        assertThat(lines).hasSize(3);
        assertThat(event(lines.get(0)).isPush()).isTrue();
        assertThat(rejection(lines.get(1))).isNotBlank();
        assertThat(event(lines.get(2)).isPush()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------
    // newline-delimited logs

    @Test
    void crlfLineEndsAreAccepted() throws IOException {
        List<LogLine> lines = log("crlf.ndjson");
        assertThat(lines).hasSize(2).noneMatch(LogLine::isRejected);
        CallbackEvent push = event(lines.get(0));
        assertThat(push).isEqualTo(CallbackEvent.parse(PUSH));
        assertThat(push.userIp()).contains("198.51.100.23");
        CallbackEvent interruption = event(lines.get(1));
        assertThat(interruption.isInterruption()).isTrue();
        assertThat(interruption.errcode()).isEqualTo(OptionalInt.of(1));
        assertThat(interruption.height()).as("the last field, before the CR").isEqualTo(OptionalInt.of(720));
        assertThat(interruption.diagnosis()).contains(ErrorCodes.describe(1));
    }

    @Test
    void blankLinesAreRejectedAsBlank() throws IOException {
        List<LogLine> lines = log("blank-lines.ndjson");
        assertThat(lines).hasSize(7);
        for (int i : new int[] {0, 2, 3, 4, 6}) {
            assertThat(rejection(lines.get(i))).as("line %d", i + 1).isEqualTo("blank line");
        }
        assertThat(event(lines.get(1)).isPush()).isTrue();
        assertThat(event(lines.get(5)).isInterruption()).isTrue();
    }

    @Test
    void onlyNewlinesAreBlankLines() throws IOException {
        assertThat(log("only-newlines.ndjson"))
                .extracting(MalformedInputTest::rejection)
                .containsExactly("blank line", "blank line", "blank line");
    }

    @Test
    void aLastLineWithoutNewlineIsRead() throws IOException {
        List<LogLine> lines = log("no-final-newline.ndjson");
        assertThat(lines).hasSize(2);
        assertThat(event(lines.get(1)).height()).isEqualTo(OptionalInt.of(720));
    }

    @Test
    void carriageReturnsAloneDoNotEndLines() throws IOException {
        List<LogLine> lines = log("cr-only-line-ends.ndjson");
        assertThat(lines).hasSize(1);
        assertThat(rejection(lines.get(0)))
                .isEqualTo("more than one JSON value: a second one starts at line 2, column 1");
    }

    @Test
    void goodLinesSurviveBadOnes() throws IOException {
        List<LogLine> lines = log("mixed-good-and-bad.ndjson");
        assertThat(lines).hasSize(9);
        assertThat(event(lines.get(0)).isPush()).isTrue();
        assertThat(rejection(lines.get(1))).isEqualTo("errcode: expected an integer, got 18.0");
        assertThat(rejection(lines.get(2))).isEqualTo("not JSON: the word \"not\" at column 1");
        assertThat(event(lines.get(3)).errcode()).isEqualTo(OptionalInt.of(1));
        assertThat(event(lines.get(4)).eventType()).isEqualTo(321);
        assertThat(rejection(lines.get(5))).startsWith("event_time: not a Unix time in seconds");
        assertThat(rejection(lines.get(6)))
                .isEqualTo("the JSON ends inside the string value of \"channel_id\" (truncated?)");
        assertThat(event(lines.get(7)).diagnosis()).containsSame(ErrorCodes.describe(18, 303));
        assertThat(rejection(lines.get(8))).isEqualTo("blank line");
        assertThat(lines).extracting(LogLine::source).containsOnly("mixed-good-and-bad.ndjson");
    }

    // ---------------------------------------------------------------------------------------------
    // gzip logs

    @Test
    void aTruncatedGzipLogYieldsItsCompleteLinesThenSaysSo() throws IOException {
        List<LogLine> lines = log("truncated.ndjson.gz");
        assertThat(lines.size()).as("lines read before the cut").isBetween(21, 60);
        List<LogLine> good = lines.subList(0, lines.size() - 1);
        for (int i = 0; i < good.size(); i++) {
            CallbackEvent e = event(good.get(i));
            assertThat(e.sequence()).contains(String.valueOf(4777712183614825751L + i));
            assertThat(e.eventTime()).contains(Instant.ofEpochSecond(1764000000L + i));
        }
        String last = rejection(lines.get(lines.size() - 1));
        assertThat(last)
                .isEqualTo("line cut off: gzip input truncated: it ends inside the compressed data of member 1");
    }

    @Test
    void aGzipHeaderAloneEndsEarly() throws IOException {
        List<LogLine> lines = log("gzip-header-only.ndjson.gz");
        assertThat(lines).hasSize(1);
        assertThat(rejection(lines.get(0))).startsWith("input ends early: gzip input truncated");
    }

    /** Bug: the EOFException has no message, so the reason ends in ": null". */
    @Test
    void theGzipMagicAloneEndsEarlyWithAClearReason() throws IOException {
        List<LogLine> lines = log("gzip-magic-only.ndjson.gz");
        assertThat(lines).hasSize(1);
        assertThat(rejection(lines.get(0))).contains("truncated").doesNotEndWith("null");
    }

    @Test
    void aWrongGzipChecksumIsReportedAfterTheLines() throws IOException {
        List<LogLine> lines = log("gzip-bad-crc.ndjson.gz");
        assertThat(lines).hasSize(3);
        assertThat(event(lines.get(0)).isPush()).isTrue();
        assertThat(event(lines.get(1)).isInterruption()).isTrue();
        assertThat(rejection(lines.get(2)))
                .isEqualTo("input ends early: gzip input corrupt: the CRC-32 of member 1 does not match its data");
    }

    @Test
    void concatenatedGzipMembersAreOneLog() throws IOException {
        List<LogLine> lines = log("gzip-concatenated.ndjson.gz");
        assertThat(lines).hasSize(2).noneMatch(LogLine::isRejected);
    }

    @Test
    void textAfterAGzipMemberIsOneRejectedLineThatCountsItsBytes() throws IOException {
        // issue 12: the JDK's GZIPInputStream ignores it, and gzip warns; here it is said, not dropped
        List<LogLine> lines = log("gzip-trailing-garbage.ndjson.gz");
        assertThat(lines).hasSize(2);
        assertThat(event(lines.get(0))).isEqualTo(CallbackEvent.parse(PUSH));
        assertThat(rejection(lines.get(1)))
                .isEqualTo("30 bytes after the gzip data (from byte 193) are not gzip and were not read");
    }

    // ---------------------------------------------------------------------------------------------
    // random bytes

    @Test
    void randomBytesAreRejectedLineByLine() throws IOException {
        byte[] bytes = bytes("binary.bin");
        assertThat(bytes).hasSize(2048).contains((byte) 0);
        InvalidPayloadException e = rejected(() -> CallbackEvent.parse(bytes));
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("not UTF-8 text at column 2");
        assertThat(rejected(() -> StreamEventRecord.parsePage(bytes)).location())
                .isEmpty();
        assertThat(rejected(() -> CallbackRecord.parsePage(bytes)).location()).isEmpty();
        long newlines = 0;
        for (byte b : bytes) {
            newlines += b == '\n' ? 1 : 0;
        }
        List<LogLine> lines = log("binary.bin");
        assertThat(lines).hasSize((int) newlines + 1).allMatch(LogLine::isRejected);
    }

    // ---------------------------------------------------------------------------------------------
    // API responses

    @Test
    void anApiErrorNamesItsCodeAndMessage() {
        byte[] bytes = bytes("api-error-response.json");
        for (ThrowingCallable call : Arrays.<ThrowingCallable>asList(
                () -> StreamEventRecord.parsePage(bytes), () -> CallbackRecord.parsePage(bytes))) {
            InvalidPayloadException e = rejected(call);
            assertThat(e.location()).isEqualTo("Response.Error");
            assertThat(e)
                    .hasMessage("Response.Error: the API answered an error: AuthFailure.SignatureExpire: "
                            + "The signature has expired.");
        }
        assertThat(rejectedEverywhere("api-error-response.json").location()).isEqualTo("event_type");
    }

    /** Bug: an Error that is not an object gives "the API answered an error: null: null", losing its value. */
    @Test
    void anApiErrorThatIsNotAnObjectKeepsItsValue() {
        InvalidPayloadException e = rejected(() -> StreamEventRecord.parsePage(bytes("api-error-not-object.json")));
        assertThat(e.location()).isEqualTo("Response.Error");
        assertThat(e.getMessage()).doesNotContain("null: null").contains("AuthFailure");
    }

    @Test
    void anEventListThatIsNotAnArrayIsRejected() {
        InvalidPayloadException e = rejected(() -> StreamEventRecord.parsePage(bytes("api-eventlist-not-array.json")));
        assertThat(e.location()).isEqualTo("Response.EventList");
        assertThat(e).hasMessage("Response.EventList: expected an array, got an object");
    }

    @Test
    void anEventListItemThatIsNotAnObjectIsRejected() {
        InvalidPayloadException e =
                rejected(() -> StreamEventRecord.parsePage(bytes("api-eventlist-item-not-object.json")));
        assertThat(e.location()).isEqualTo("Response.EventList[0]");
        assertThat(e).hasMessage("Response.EventList[0]: expected an object, got the string \"room42\"");
    }

    @Test
    void aDurationInWordsIsRejected() {
        InvalidPayloadException e =
                rejected(() -> StreamEventRecord.parsePage(bytes("api-eventlist-bad-duration.json")));
        assertThat(e.location()).isEqualTo("Response.EventList[0].Duration");
        assertThat(e).hasMessage("Response.EventList[0].Duration: expected an integer, got the string \"an hour\"");
    }

    @Test
    void aStartTimeInWordsIsRejected() {
        InvalidPayloadException e = rejected(() -> StreamEventRecord.parsePage(bytes("api-eventlist-bad-time.json")));
        assertThat(e.location()).isEqualTo("Response.EventList[0].StreamStartTime");
        assertThat(e).hasMessage("Response.EventList[0].StreamStartTime: not a date-time: \"yesterday\"");
    }

    @Test
    void aResponseThatIsAStringIsRejected() {
        byte[] bytes = bytes("api-response-not-object.json");
        for (ThrowingCallable call : Arrays.<ThrowingCallable>asList(
                () -> StreamEventRecord.parsePage(bytes), () -> CallbackRecord.parsePage(bytes))) {
            InvalidPayloadException e = rejected(call);
            assertThat(e.location()).isEqualTo("Response");
            assertThat(e).hasMessage("Response: expected an object, got the string \"Internal error\"");
        }
    }

    @Test
    void aResponseWithoutAListIsRejected() {
        InvalidPayloadException e = rejected(() -> StreamEventRecord.parsePage(bytes("api-no-list.json")));
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("no EventList list in the response");
        assertThat(rejected(() -> CallbackRecord.parsePage(bytes("api-no-list.json"))))
                .hasMessage("no DataInfoList list in the response");
    }

    @Test
    void aNegativeTotalIsRejected() {
        InvalidPayloadException e = rejected(() -> StreamEventRecord.parsePage(bytes("api-totalnum-negative.json")));
        assertThat(e.location()).isEqualTo("Response.TotalNum");
        assertThat(e).hasMessage("Response.TotalNum: out of range [0, 9223372036854775807]: -1");
    }

    @Test
    void aCallbackRecordWhoseRequestIsNotJsonFailsOnlyAtEvent() {
        ApiPage<CallbackRecord> page = CallbackRecord.parsePage(bytes("callback-records-request-not-json.json"));
        assertThat(page.items()).hasSize(1);
        CallbackRecord record = page.items().get(0);
        assertThat(record.request()).hasValueSatisfying(r -> assertThat(r).startsWith("event_type=0&errcode=1"));
        assertThat(record.resultCode()).isEqualTo(OptionalInt.of(200));
        InvalidPayloadException e = rejected(record::event);
        assertThat(e.location()).isEqualTo("Request");
        assertThat(e).hasMessage("Request: not a callback body: not JSON: the word \"event_type\" at column 1");
    }

    @Test
    void aCallbackRecordWhoseRequestHasABadFieldNamesIt() {
        CallbackRecord record = CallbackRecord.parsePage(bytes("callback-records-request-bad-errcode.json"))
                .items()
                .get(0);
        InvalidPayloadException e = rejected(record::event);
        assertThat(e.location()).isEqualTo("Request.errcode");
        assertThat(e).hasMessageContaining("expected an integer, got 18.5");
    }

    @Test
    void aCallbackRecordWithoutRequestFailsAtEvent() {
        CallbackRecord record = CallbackRecord.parsePage(bytes("callback-records-request-missing.json"))
                .items()
                .get(0);
        assertThat(record.request()).isEmpty();
        InvalidPayloadException e = rejected(record::event);
        assertThat(e.location()).isEqualTo("Request");
        assertThat(e).hasMessage("Request: missing: the record holds no callback body");
    }

    @Test
    void aCallbackRecordWhoseRequestIsAnObjectIsRejected() {
        InvalidPayloadException e =
                rejected(() -> CallbackRecord.parsePage(bytes("callback-records-request-object.json")));
        assertThat(e.location()).isEqualTo("Response.DataInfoList[0].Request");
        assertThat(e).hasMessage("Response.DataInfoList[0].Request: expected a string, got an object");
    }

    @Test
    void aCallbackRecordWithADayFirstDateIsRejected() {
        InvalidPayloadException e =
                rejected(() -> CallbackRecord.parsePage(bytes("callback-records-bad-event-time.json")));
        assertThat(e.location()).isEqualTo("Response.DataInfoList[0].EventTime");
        assertThat(e).hasMessage("Response.DataInfoList[0].EventTime: not a date-time: \"24/11/2025 16:00\"");
    }

    // ---------------------------------------------------------------------------------------------
    // generated: too large to commit

    /** Serves a log of three lines without holding them: an event, {@code length} bytes of 'x', an event. */
    static final class LongLineLog extends InputStream {
        private final byte[] head = (PUSH + "\n").getBytes(StandardCharsets.UTF_8);
        private final byte[] tail =
                ("\n" + PUSH.replace("\"event_type\":1", "\"event_type\":0") + "\n").getBytes(StandardCharsets.UTF_8);
        private final long length;
        private long position;

        LongLineLog(long length) {
            this.length = length;
        }

        long size() {
            return head.length + length + tail.length;
        }

        long served() {
            return position;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size()) {
                return -1;
            }
            int n = 0;
            while (n < len && position < size()) {
                if (position < head.length) {
                    b[off + n] = head[(int) position];
                } else if (position < head.length + length) {
                    int run = (int) Math.min(len - n, head.length + length - position);
                    Arrays.fill(b, off + n, off + n + run, (byte) 'x');
                    n += run;
                    position += run;
                    continue;
                } else {
                    b[off + n] = tail[(int) (position - head.length - length)];
                }
                n++;
                position++;
            }
            return n;
        }
    }

    @Test
    void aHundredMegabyteLineIsRejectedAndTheNextLineRead() throws IOException {
        long length = 100L * 1024 * 1024;
        LongLineLog in = new LongLineLog(length);
        List<LogLine> lines = log(in, "huge");
        assertThat(lines).hasSize(3);
        assertThat(event(lines.get(0)).isPush()).isTrue();
        assertThat(rejection(lines.get(1))).isEqualTo("line longer than 1048576 bytes (104857600)");
        assertThat(event(lines.get(2)).isInterruption()).isTrue();
        assertThat(in.served()).as("the whole input was read").isEqualTo(in.size());
    }

    @Test
    void aFiveMegabyteBodyIsOverTheDocumentLimit() {
        StringBuilder json = new StringBuilder("{\"event_type\":0");
        char[] chunk = new char[100_000];
        Arrays.fill(chunk, 'x');
        for (int i = 0; i < 50; i++) {
            json.append(",\"f").append(i).append("\":\"").append(chunk).append('"');
        }
        String body = json.append('}').toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(5_000_000);
        for (ThrowingCallable call : Arrays.<ThrowingCallable>asList(
                () -> CallbackEvent.parse(body),
                () -> CallbackEvent.parse(bytes),
                () -> CallbackEvent.parse(new ByteArrayInputStream(bytes)))) {
            InvalidPayloadException e = rejected(call);
            assertThat(e.location()).isEmpty();
            assertThat(e).hasMessage("the document is too long (over 4 MiB)");
        }
    }

    @Test
    void aStringLongerThanTheLimitIsOverAReadLimit() {
        char[] text = new char[300_000];
        Arrays.fill(text, 'x');
        String body = "{\"event_type\":0,\"errmsg\":\"" + new String(text) + "\"}";
        InvalidPayloadException e = rejected(() -> CallbackEvent.parse(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.location()).isEmpty();
        assertThat(e).hasMessage("a string too long (over 262144 characters)");
    }
}
