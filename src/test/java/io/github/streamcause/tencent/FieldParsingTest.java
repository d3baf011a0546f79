package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The edges of the field readers: ranges, empty and null values, date-time forms, and quoted values in errors. */
class FieldParsingTest {
    @Test
    void theLowestValueOfARangeIsAccepted() {
        assertThat(CallbackEvent.parse("{\"event_type\":1,\"event_time\":0}").eventTime())
                .contains(Instant.EPOCH);
        assertThat(CallbackEvent.parse("{\"event_type\":1,\"appid\":0}").appId())
                .hasValue(0);
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":1,\"appid\":-1}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("out of range [0, ");
    }

    @Test
    void aTimeOutsideTheRangeOrNotANumberIsNamedAsSuch() {
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":1,\"event_time\":99999999999}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("not a Unix time in seconds between 1970 and 2100: 99999999999");
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":1,\"event_time\":\"soon\"}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("not a Unix time in seconds between 1970 and 2100: \"soon\"");
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":1,\"event_time\":true}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("expected an integer, got a boolean");
    }

    @Test
    void anEmptyDurationIsNone() {
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"push_duration\":\"\"}")
                        .pushDuration())
                .isEmpty();
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"push_duration\":\" \"}")
                        .pushDuration())
                .isEmpty();
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"push_duration\":\"1500\"}")
                        .pushDuration())
                .hasValueSatisfying(d -> assertThat(d.toMillis()).isEqualTo(1500));
    }

    @Test
    void dateTimesWithATButNoZoneAreChinaStandardTimeAndNullIsNone() {
        CallbackRecord r = CallbackRecord.parsePage("{\"Response\":{\"DataInfoList\":[{\"EventTime\":"
                        + "\"2020-10-12T00:32:10\",\"ResponseTime\":null}]}}")
                .items()
                .get(0);
        assertThat(r.eventTime()).contains(Instant.parse("2020-10-11T16:32:10Z"));
        assertThat(r.responseTime()).isEmpty();
    }

    @Test
    void stringsInErrorsAreShownWholeUpToFortyCharacters() {
        String forty = "a".repeat(40);
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":\"" + forty + "\"}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("the string \"" + forty + "\"");
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":\"" + forty + "b\"}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("the string \"" + forty + "...\"");
    }

    @Test
    void theLatestTimeOfTheRangeIsAccepted() {
        assertThat(CallbackEvent.parse("{\"event_type\":1,\"event_time\":4102444800}")
                        .eventTime())
                .contains(Instant.parse("2100-01-01T00:00:00Z"));
        assertThatThrownBy(() -> CallbackEvent.parse("{\"event_type\":1,\"event_time\":4102444801}"))
                .isInstanceOf(InvalidPayloadException.class);
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"errcode\":2147483647}")
                        .errcode())
                .hasValue(Integer.MAX_VALUE);
    }

    @Test
    void anEmptyDateTimeIsNone() {
        CallbackRecord r = CallbackRecord.parsePage(
                        "{\"Response\":{\"DataInfoList\":[{\"EventTime\":\"\",\"ResponseTime\":\"  \"}]}}")
                .items()
                .get(0);
        assertThat(r.eventTime()).isEmpty();
        assertThat(r.responseTime()).isEmpty();
    }

    @Test
    void aPageKeepsItsUnknownFieldsAndReadsOnlyItsOwnResponse() {
        ApiPage<StreamEventRecord> page = StreamEventRecord.parsePage("\uFEFF{\"Response\":{\"EventList\":[],"
                + "\"Flag\":false,\"Response\":{\"EventList\":[{}]},\"Extra\":{\"a\":[1,\"x\",null]}}}");
        assertThat(page.items()).isEmpty();
        assertThat(page.otherFields())
                .containsExactly(
                        java.util.Map.entry("Flag", "false"),
                        java.util.Map.entry("Response", "{\"EventList\":[{}]}"),
                        java.util.Map.entry("Extra", "{\"a\":[1,\"x\",null]}"));
        assertThat(StreamEventRecord.parsePage("{\"EventList\":null}").items()).isEmpty();
        assertThatThrownBy(() -> StreamEventRecord.parsePage("{\"EventList\":{}}"))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("expected an array, got an object");
        assertThatThrownBy(() -> StreamEventRecord.parsePage("")).isInstanceOf(InvalidPayloadException.class);
        assertThatThrownBy(() -> StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[]}} {}"))
                .isInstanceOf(InvalidPayloadException.class);
    }
}
