package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader rejects every known field sent twice, and unknown fields sent twice. The field names are
 * written out here, not taken from the readers' enums: a field the code forgot to check, or whose bit it
 * shares with another, fails a case below, and a field added to the code but not here fails {@link
 * #theListsHereAreTheReadersKnownFields}.
 */
class DuplicateFieldTest {
    /** The known fields of a callback body, each with a value it accepts. */
    static final Map<String, String> CALLBACK = fields(
            "event_type", "0",
            "t", "1764000600",
            "sign", "\"abc\"",
            "appid", "1250000000",
            "app", "\"push.example.com\"",
            "appname", "\"live\"",
            "stream_id", "\"room42\"",
            "channel_id", "\"room42\"",
            "event_time", "1764000000",
            "sequence", "\"4777712183614825751\"",
            "node", "\"203.0.113.1\"",
            "user_ip", "\"198.51.100.1\"",
            "stream_param", "\"txSecret=x\"",
            "push_duration", "\"113224\"",
            "errcode", "1",
            "errmsg", "\"recv rtmp deleteStream\"",
            "sub_errcode", "2",
            "set_id", "2",
            "width", "1280",
            "height", "720",
            "idc_id", "38");

    /** The known fields of a DescribeLiveStreamEventList record. */
    static final Map<String, String> STREAM_EVENT = fields(
            "AppName", "\"live\"",
            "DomainName", "\"push.example.com\"",
            "StreamName", "\"room42\"",
            "StreamStartTime", "\"2019-01-07T12:00:00Z\"",
            "StreamEndTime", "\"2019-01-07 20:30:00\"",
            "StopReason", "\"recv rtmp closeStream\"",
            "Duration", "1800",
            "ClientIp", "\"-\"",
            "Resolution", "\"640*352\"");

    /** The known fields of a DescribeCallbackRecordsList record. */
    static final Map<String, String> CALLBACK_RECORD = fields(
            "EventTime", "\"2020-10-12 00:32:10\"",
            "EventType", "0",
            "Request", "\"{\\\"event_type\\\":0}\"",
            "Response", "\"ok\"",
            "ResponseTime", "\"2020-10-12 00:32:11\"",
            "ResultCode", "1",
            "StreamId", "\"room42\"");

    /** The paging fields of a response, beside its list and its Response and Error fields. */
    static final Map<String, String> PAGING = fields(
            "PageNum", "1",
            "PageSize", "10",
            "TotalNum", "3",
            "TotalPage", "1",
            "RequestId", "\"abc-123\"");

    private static Map<String, String> fields(String... nameValue) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            fields.put(nameValue[i], nameValue[i + 1]);
        }
        return fields;
    }

    /** A JSON object of the given members, each {@code "name":value}. */
    private static String object(List<Map.Entry<String, String>> members) {
        return members.stream()
                .map(m -> "\"" + m.getKey() + "\":" + m.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The object with every field once, then {@code name} again: the duplicate comes after all the others. */
    private static String allThen(Map<String, String> fields, String name) {
        List<Map.Entry<String, String>> members = new java.util.ArrayList<>(fields.entrySet());
        members.add(Map.entry(name, fields.get(name)));
        return object(members);
    }

    /** The object with {@code name} twice, side by side ({@code event_type} first when the reader needs it). */
    private static String twice(Map<String, String> fields, String name, String... before) {
        List<Map.Entry<String, String>> members = new java.util.ArrayList<>();
        for (String b : before) {
            if (!b.equals(name)) {
                members.add(Map.entry(b, fields.get(b)));
            }
        }
        members.add(Map.entry(name, fields.get(name)));
        members.add(Map.entry(name, fields.get(name)));
        return object(members);
    }

    /** Parses from a String, from bytes and from a stream; all three must fail alike. */
    private static InvalidPayloadException rejected(String json, Function<Object, ?> parse) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        InvalidPayloadException fromString = rejectedBy(json, parse, json);
        InvalidPayloadException fromBytes = rejectedBy(json, parse, bytes);
        InvalidPayloadException fromStream = rejectedBy(json, parse, new ByteArrayInputStream(bytes));
        assertThat(fromBytes).as("byte[] of %s", json).hasMessage(fromString.getMessage());
        assertThat(fromStream).as("InputStream of %s", json).hasMessage(fromString.getMessage());
        return fromString;
    }

    private static InvalidPayloadException rejectedBy(String json, Function<Object, ?> parse, Object input) {
        InvalidPayloadException e = catchThrowableOfType(InvalidPayloadException.class, () -> parse.apply(input));
        assertThat(e).as("%s of %s", input.getClass().getSimpleName(), json).isNotNull();
        return e;
    }

    private static void assertDuplicate(String json, Function<Object, ?> parse, String location) {
        InvalidPayloadException e = rejected(json, parse);
        assertThat(e.location()).as(json).isEqualTo(location);
        assertThat(e).as(json).hasMessage(location + ": duplicate field: the payload sends it twice");
    }

    private static Object event(Object input) {
        try {
            if (input instanceof String) {
                return CallbackEvent.parse((String) input);
            }
            if (input instanceof byte[]) {
                return CallbackEvent.parse((byte[]) input);
            }
            return CallbackEvent.parse((java.io.InputStream) input);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object streamEvents(Object input) {
        try {
            if (input instanceof String) {
                return StreamEventRecord.parsePage((String) input);
            }
            if (input instanceof byte[]) {
                return StreamEventRecord.parsePage((byte[]) input);
            }
            return StreamEventRecord.parsePage((java.io.InputStream) input);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object callbackRecords(Object input) {
        try {
            if (input instanceof String) {
                return CallbackRecord.parsePage((String) input);
            }
            if (input instanceof byte[]) {
                return CallbackRecord.parsePage((byte[]) input);
            }
            return CallbackRecord.parsePage((java.io.InputStream) input);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> callbackFields() {
        return CALLBACK.keySet().stream();
    }

    static Stream<String> streamEventFields() {
        return STREAM_EVENT.keySet().stream();
    }

    static Stream<String> callbackRecordFields() {
        return CALLBACK_RECORD.keySet().stream();
    }

    /** The page's fields found by name, with the list of both item types. */
    static Stream<Arguments> pageFields() {
        return Stream.of(true, false).flatMap(events -> {
            Map<String, String> fields = new LinkedHashMap<>(PAGING);
            fields.put(events ? "EventList" : "DataInfoList", "[]");
            Function<Object, ?> parse = events ? DuplicateFieldTest::streamEvents : DuplicateFieldTest::callbackRecords;
            return fields.entrySet().stream().map(f -> Arguments.of(f.getKey(), f.getValue(), fields, parse));
        });
    }

    @ParameterizedTest
    @MethodSource("callbackFields")
    void aCallbackFieldSentTwiceIsRejected(String name) {
        assertDuplicate(twice(CALLBACK, name, "event_type"), DuplicateFieldTest::event, name);
        assertDuplicate(allThen(CALLBACK, name), DuplicateFieldTest::event, name);
    }

    @ParameterizedTest
    @MethodSource("streamEventFields")
    void aStreamEventFieldSentTwiceIsRejected(String name) {
        String record = twice(STREAM_EVENT, name);
        assertDuplicate(
                "{\"Response\":{\"EventList\":[" + record + "]}}",
                DuplicateFieldTest::streamEvents,
                "Response.EventList[0]." + name);
        assertDuplicate("[{}," + allThen(STREAM_EVENT, name) + "]", DuplicateFieldTest::streamEvents, "[1]." + name);
    }

    @ParameterizedTest
    @MethodSource("callbackRecordFields")
    void aCallbackRecordFieldSentTwiceIsRejected(String name) {
        String record = twice(CALLBACK_RECORD, name);
        assertDuplicate(
                "{\"Response\":{\"DataInfoList\":[" + record + "]}}",
                DuplicateFieldTest::callbackRecords,
                "Response.DataInfoList[0]." + name);
        assertDuplicate(
                "[{}," + allThen(CALLBACK_RECORD, name) + "]", DuplicateFieldTest::callbackRecords, "[1]." + name);
    }

    @ParameterizedTest
    @MethodSource("pageFields")
    void aPageFieldSentTwiceIsRejected(
            String name, String value, Map<String, String> fields, Function<Object, ?> parse) {
        String member = "\"" + name + "\":" + value;
        // in the Response object, in the bare Response object, and once in each (one set of page fields)
        assertDuplicate("{\"Response\":" + twice(fields, name) + "}", parse, "Response." + name);
        assertDuplicate("{\"Response\":" + allThen(fields, name) + "}", parse, "Response." + name);
        assertDuplicate(allThen(fields, name), parse, name);
        assertDuplicate(
                "{" + member + ",\"Response\":" + object(List.copyOf(fields.entrySet())) + "}",
                parse,
                "Response." + name);
        assertDuplicate("{\"Response\":" + object(List.copyOf(fields.entrySet())) + "," + member + "}", parse, name);
    }

    @Test
    void theEnvelopeSentTwiceIsRejected() {
        assertDuplicate(
                "{\"Response\":{\"EventList\":[]},\"Response\":{\"EventList\":[]}}",
                DuplicateFieldTest::streamEvents,
                "Response");
        assertDuplicate(
                "{\"Response\":{\"DataInfoList\":[]},\"Response\":{}}",
                DuplicateFieldTest::callbackRecords,
                "Response");
    }

    /** An API error ends the reading at its first Error field: no second one is ever reached. */
    @Test
    void anErrorSentTwiceIsTheFirstError() {
        String json = "{\"Response\":{\"Error\":{\"Code\":\"A\",\"Message\":\"first\"},\"Error\":{\"Code\":\"B\"}}}";
        assertThat(rejected(json, DuplicateFieldTest::streamEvents))
                .hasMessage("Response.Error: the API answered an error: A: first");
        assertThat(rejected(json, DuplicateFieldTest::callbackRecords))
                .hasMessage("Response.Error: the API answered an error: A: first");
    }

    /** Each known field once, all together: accepted, none in otherFields, so no two share a bit. */
    @Test
    void everyKnownFieldOnceIsAcceptedAndKnown() {
        CallbackEvent event = CallbackEvent.parse(object(List.copyOf(CALLBACK.entrySet())));
        assertThat(event.otherFields()).isEmpty();
        assertThat(event.idcId()).hasValue(38);

        StreamEventRecord stream = StreamEventRecord.parsePage("[" + object(List.copyOf(STREAM_EVENT.entrySet())) + "]")
                .items()
                .get(0);
        assertThat(stream.otherFields()).isEmpty();
        assertThat(stream.resolution()).contains("640*352");

        CallbackRecord record = CallbackRecord.parsePage("[" + object(List.copyOf(CALLBACK_RECORD.entrySet())) + "]")
                .items()
                .get(0);
        assertThat(record.otherFields()).isEmpty();
        assertThat(record.streamId()).contains("room42");

        Map<String, String> page = new LinkedHashMap<>(PAGING);
        page.put("EventList", "[]");
        ApiPage<StreamEventRecord> events =
                StreamEventRecord.parsePage("{\"Response\":" + object(List.copyOf(page.entrySet())) + "}");
        assertThat(events.otherFields()).isEmpty();
        assertThat(events.requestId()).contains("abc-123");
    }

    @Test
    void theListsHereAreTheReadersKnownFields() {
        assertThat(names(CallbackEvent.Field.values())).containsExactlyInAnyOrderElementsOf(CALLBACK.keySet());
        assertThat(names(StreamEventRecord.Field.values())).containsExactlyInAnyOrderElementsOf(STREAM_EVENT.keySet());
        assertThat(names(CallbackRecord.Field.values())).containsExactlyInAnyOrderElementsOf(CALLBACK_RECORD.keySet());
        // the list is named by the item type, Response and Error are handled apart
        assertThat(names(ApiPage.Field.values()))
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(PAGING.keySet().stream(), Stream.of(null, "Response", "Error"))
                                .collect(Collectors.toList()));
    }

    private static List<String> names(Json.Known[] fields) {
        return Arrays.stream(fields).map(Json.Known::jsonName).collect(Collectors.toList());
    }

    /** The bit of a field is its ordinal in a {@code long}: an enum of more than 64 would alias bit 0. */
    @Test
    void everyReadersFieldsFitTheMask() {
        assertThat(CallbackEvent.Field.values()).hasSizeLessThanOrEqualTo(Long.SIZE);
        assertThat(StreamEventRecord.Field.values()).hasSizeLessThanOrEqualTo(Long.SIZE);
        assertThat(CallbackRecord.Field.values()).hasSizeLessThanOrEqualTo(Long.SIZE);
        assertThat(ApiPage.Field.values()).hasSizeLessThanOrEqualTo(Long.SIZE);
    }

    @Test
    void aLookupOfMoreThan64FieldsOrOfANameTwiceIsRefused() {
        assertThatThrownBy(() -> Json.byName(Wide.values()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("65 known fields, more than the 64 bits of the mask that finds them sent twice");
        assertThat(Json.byName(Arrays.copyOf(Wide.values(), 64))).hasSize(64).containsEntry("w63", Wide.W63);
        assertThatThrownBy(() -> Json.byName(Twice.values()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("two known fields are named a");
    }

    @Test
    void theMaskUsesAllItsBits() {
        long seen = Json.once(0, Wide.W0, "w0");
        seen = Json.once(seen, Wide.W63, "w63");
        assertThat(seen).isEqualTo(1L | Long.MIN_VALUE);
        long full = seen;
        assertThatThrownBy(() -> Json.once(full, Wide.W63, "w63"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("w63: duplicate field: the payload sends it twice");
        assertThatCode(() -> Json.once(full, Wide.W62, "w62")).doesNotThrowAnyException();
    }

    @Test
    void anUnknownFieldSentTwiceIsRejectedByEveryReader() {
        assertDuplicate("{\"event_type\":0,\"x\":1,\"x\":2}", DuplicateFieldTest::event, "x");
        assertDuplicate("{\"x\":1,\"event_type\":0,\"y\":{},\"x\":1}", DuplicateFieldTest::event, "x");
        assertDuplicate(allThen(fields("event_type", "0", "x", "[1]"), "x"), DuplicateFieldTest::event, "x");
        assertDuplicate("[{\"X\":1,\"AppName\":\"a\",\"X\":1}]", DuplicateFieldTest::streamEvents, "[0].X");
        assertDuplicate(
                "{\"Response\":{\"EventList\":[{},{\"X\":null,\"X\":null}]}}",
                DuplicateFieldTest::streamEvents,
                "Response.EventList[1].X");
        assertDuplicate("[{\"X\":1,\"StreamId\":\"s\",\"X\":1}]", DuplicateFieldTest::callbackRecords, "[0].X");
        assertDuplicate(
                "{\"Response\":{\"DataInfoList\":[{\"X\":1,\"X\":2}]}}",
                DuplicateFieldTest::callbackRecords,
                "Response.DataInfoList[0].X");
        // the page itself: at the top, in Response, once in each, and a Response inside Response
        assertDuplicate("{\"EventList\":[],\"X\":1,\"X\":1}", DuplicateFieldTest::streamEvents, "X");
        assertDuplicate(
                "{\"Response\":{\"X\":1,\"DataInfoList\":[],\"X\":1}}",
                DuplicateFieldTest::callbackRecords,
                "Response.X");
        assertDuplicate(
                "{\"X\":1,\"Response\":{\"EventList\":[],\"X\":2}}", DuplicateFieldTest::streamEvents, "Response.X");
        assertDuplicate(
                "{\"Response\":{\"EventList\":[],\"Response\":1,\"Response\":1}}",
                DuplicateFieldTest::streamEvents,
                "Response.Response");
    }

    @Test
    void unknownFieldsAreKeptUnderTheirNameAsSent() {
        assertThat(CallbackEvent.parse("{\"event_type\":1,\"abnormal_event\":{\"a\":1}}")
                        .otherFields())
                .containsExactly(Map.entry("abnormal_event", "{\"a\":1}"));
        String record = "{\"X\":1,\"StreamName\":\"s\"}";
        assertThat(StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[" + record + "]}}")
                        .items()
                        .get(0)
                        .otherFields())
                .containsExactly(Map.entry("X", "1"));
        assertThat(CallbackRecord.parsePage("[{\"X\":1,\"StreamId\":\"s\"}]")
                        .items()
                        .get(0)
                        .otherFields())
                .containsExactly(Map.entry("X", "1"));
        // the same keys whichever form of the response is given
        Map<String, String> expected = fields("Flag", "false", "Extra", "[1]");
        assertThat(StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[],\"Flag\":false,\"Extra\":[1]}}")
                        .otherFields())
                .containsExactlyEntriesOf(expected);
        assertThat(StreamEventRecord.parsePage("{\"EventList\":[],\"Flag\":false,\"Extra\":[1]}")
                        .otherFields())
                .containsExactlyEntriesOf(expected);
        assertThat(StreamEventRecord.parsePage("{\"Flag\":false,\"Response\":{\"EventList\":[],\"Extra\":[1]}}")
                        .otherFields())
                .containsExactlyEntriesOf(expected);
    }

    /** 65 constants: one more than a {@code long} has bits. */
    enum Wide implements Json.Known {
        W0,
        W1,
        W2,
        W3,
        W4,
        W5,
        W6,
        W7,
        W8,
        W9,
        W10,
        W11,
        W12,
        W13,
        W14,
        W15,
        W16,
        W17,
        W18,
        W19,
        W20,
        W21,
        W22,
        W23,
        W24,
        W25,
        W26,
        W27,
        W28,
        W29,
        W30,
        W31,
        W32,
        W33,
        W34,
        W35,
        W36,
        W37,
        W38,
        W39,
        W40,
        W41,
        W42,
        W43,
        W44,
        W45,
        W46,
        W47,
        W48,
        W49,
        W50,
        W51,
        W52,
        W53,
        W54,
        W55,
        W56,
        W57,
        W58,
        W59,
        W60,
        W61,
        W62,
        W63,
        W64;

        @Override
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Two constants of one JSON name. */
    enum Twice implements Json.Known {
        A,
        B;

        @Override
        public String jsonName() {
            return "a";
        }
    }
}
