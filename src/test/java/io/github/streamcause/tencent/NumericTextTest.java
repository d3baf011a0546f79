package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A number sent as a string is read only in its plain decimal form, ASCII digits with no sign, space or
 * leading zero (a {@code -} first where the field takes negatives), in every numeric field of every reader:
 * {@code Long.parseLong} after {@code trim()} took {@code "+12"}, {@code "0012"}, {@code " 12"}, NUL-padded
 * texts and the digits of other scripts (issue 12, defect 8).
 */
class NumericTextTest {
    /** A numeric field: its name in errors, and how a document with a value (as JSON text) is read to a number. */
    private record Field(String location, Function<String, Long> read) {
        @Override
        public String toString() {
            return location;
        }
    }

    private static Field callback(String name, Function<CallbackEvent, Long> value) {
        return new Field(name, v -> value.apply(CallbackEvent.parse("{\"event_type\":0,\"" + name + "\":" + v + "}")));
    }

    private static Field callbackRecord(String name, Function<CallbackRecord, Long> value) {
        return new Field(
                "Response.DataInfoList[0]." + name,
                v -> value.apply(
                        CallbackRecord.parsePage("{\"Response\":{\"DataInfoList\":[{\"" + name + "\":" + v + "}]}}")
                                .items()
                                .get(0)));
    }

    private static Field page(String name, Function<ApiPage<StreamEventRecord>, Long> value) {
        return new Field(
                "Response." + name,
                v -> value.apply(
                        StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[],\"" + name + "\":" + v + "}}")));
    }

    /** Every field a reader reads as a number. */
    private static final List<Field> FIELDS = Arrays.asList(
            new Field("event_type", v ->
                    (long) CallbackEvent.parse("{\"event_type\":" + v + "}").eventType()),
            callback("t", e -> e.signatureExpiry().get().getEpochSecond()),
            callback("appid", e -> e.appId().getAsLong()),
            callback("event_time", e -> e.eventTime().get().getEpochSecond()),
            callback("push_duration", e -> e.pushDuration().get().toMillis()),
            callback("errcode", e -> (long) e.errcode().getAsInt()),
            callback("sub_errcode", e -> (long) e.subErrcode().getAsInt()),
            callback("set_id", e -> (long) e.setId().getAsInt()),
            callback("width", e -> (long) e.width().getAsInt()),
            callback("height", e -> (long) e.height().getAsInt()),
            callback("idc_id", e -> (long) e.idcId().getAsInt()),
            callbackRecord("EventType", r -> (long) r.eventType().getAsInt()),
            callbackRecord("ResultCode", r -> (long) r.resultCode().getAsInt()),
            new Field(
                    "Response.EventList[0].Duration",
                    v -> StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[{\"Duration\":" + v + "}]}}")
                            .items()
                            .get(0)
                            .duration()
                            .get()
                            .getSeconds()),
            page("PageNum", p -> p.pageNum().getAsLong()),
            page("PageSize", p -> p.pageSize().getAsLong()),
            page("TotalNum", p -> p.totalNum().getAsLong()),
            page("TotalPage", p -> p.totalPage().getAsLong()));

    /** The forms of 12 that are not its plain form, as JSON string contents, with the reason's start. */
    private static final List<String[]> OTHER_FORMS = Arrays.asList(
            new String[] {"１２", "expected an integer of ASCII digits only"}, // full-width
            new String[] {"١٢", "expected an integer of ASCII digits only"}, // Arabic-Indic
            new String[] {"۱۲", "expected an integer of ASCII digits only"}, // extended Arabic-Indic
            new String[] {"१२", "expected an integer of ASCII digits only"}, // Devanagari
            new String[] {"1２", "expected an integer of ASCII digits only"},
            new String[] {"+12", "expected an integer of ASCII digits only"},
            new String[] {" 12", "expected an integer of ASCII digits only"},
            new String[] {"12 ", "expected an integer of ASCII digits only"},
            new String[] {"\\t12", "expected an integer of ASCII digits only"},
            new String[] {"12\\n", "expected an integer of ASCII digits only"},
            new String[] {"\\u0000 12\\u0000", "expected an integer of ASCII digits only"},
            new String[] {"\\u00a012", "expected an integer of ASCII digits only"},
            new String[] {"--12", "expected an integer of ASCII digits only"},
            new String[] {"0012", "expected an integer without leading zeros"},
            new String[] {"012", "expected an integer without leading zeros"},
            new String[] {"00", "expected an integer without leading zeros"},
            new String[] {"-0", "expected an integer without leading zeros"},
            new String[] {"-012", "expected an integer without leading zeros"});

    static Stream<Arguments> fieldsAndOtherForms() {
        return FIELDS.stream().flatMap(f -> OTHER_FORMS.stream().map(form -> Arguments.of(f, form[0], form[1])));
    }

    static Stream<Field> fields() {
        return FIELDS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void thePlainFormIsReadAsANumberAndAsAString(Field field) {
        assertThat(field.read().apply("12")).isEqualTo(12L);
        assertThat(field.read().apply("\"12\"")).isEqualTo(12L);
        assertThat(field.read().apply("\"0\"")).isEqualTo(0L);
        assertThat(field.read().apply("\"1000000000\"")).isEqualTo(1_000_000_000L);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("fieldsAndOtherForms")
    void anyOtherFormIsRejectedAndSaidWhy(Field field, String jsonText, String reason) {
        Throwable thrown = catchThrowable(() -> field.read().apply("\"" + jsonText + "\""));
        assertThat(thrown).isInstanceOf(InvalidPayloadException.class);
        InvalidPayloadException e = (InvalidPayloadException) thrown;
        assertThat(e.location()).isEqualTo(field.location());
        // the text is shown in quotes, its control characters escaped as the JSON has them (a no-break space is no
        // control character)
        String shown = jsonText.replace("\\u00a0", "\u00a0");
        assertThat(e.getMessage())
                .isEqualTo(field.location() + ": " + reason + ", got the string \"" + shown + "\"")
                .doesNotContain("\u0000", "\t", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void aNegativeIsReadWhereTheFieldTakesOneAndOutOfRangeElsewhere(Field field) {
        Throwable thrown = catchThrowable(() -> field.read().apply("\"-12\""));
        if (thrown == null) {
            assertThat(field.read().apply("\"-12\"")).isEqualTo(-12L);
            assertThat(field.read().apply("-12")).isEqualTo(-12L);
        } else {
            // the same answer as for the number -12, which is shown without quotes
            Throwable asNumber = catchThrowable(() -> field.read().apply("-12"));
            assertThat(asNumber).isInstanceOf(InvalidPayloadException.class);
            assertThat(thrown).isInstanceOf(InvalidPayloadException.class);
            assertThat(thrown.getMessage().replace("the string \"-12\"", "-12").replace("\"-12\"", "-12"))
                    .isEqualTo(asNumber.getMessage());
        }
    }

    @Test
    void signedFieldsTakeAMinusAndUnsignedOnesDoNot() {
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"errcode\":\"-2147483648\"}")
                        .errcode())
                .hasValue(Integer.MIN_VALUE);
        assertThat(catchThrowable(() -> CallbackEvent.parse("{\"event_type\":0,\"appid\":\"-1\"}")))
                .hasMessage("appid: out of range [0, 9223372036854775807]: -1");
    }

    @Test
    void digitsBeyondALongAreOutOfRange() {
        assertThat(catchThrowable(() -> CallbackEvent.parse("{\"event_type\":0,\"appid\":\"9223372036854775808\"}")))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("appid: out of range: \"9223372036854775808\"");
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"appid\":\"9223372036854775807\"}")
                        .appId())
                .hasValue(Long.MAX_VALUE);
    }

    @Test
    void textsThatAreNoNumberAtAllKeepTheirReasons() {
        assertThat(catchThrowable(() -> CallbackEvent.parse("{\"event_type\":0,\"errcode\":\"x18\"}")))
                .hasMessage("errcode: expected an integer, got the string \"x18\"");
        assertThat(catchThrowable(() -> CallbackEvent.parse("{\"event_type\":0,\"errcode\":\"-\"}")))
                .hasMessage("errcode: expected an integer, got the string \"-\"");
        assertThat(catchThrowable(() -> CallbackEvent.parse("{\"event_type\":0,\"t\":\"soon\"}")))
                .hasMessage("t: not a Unix time in seconds between 1970 and 2100: \"soon\"");
        assertThat(catchThrowable(() -> CallbackEvent.parse("{\"event_type\":0,\"push_duration\":\"12s\"}")))
                .hasMessage("push_duration: expected a number of milliseconds, got the string \"12s\"");
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"push_duration\":\" \"}")
                        .pushDuration())
                .as("a blank duration is none, as before")
                .isEmpty();
    }
}
