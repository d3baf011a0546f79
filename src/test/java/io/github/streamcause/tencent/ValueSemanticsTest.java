package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The parsed types as values: absent fields are empty, equal payloads give equal objects with equal hash
 * codes, different payloads differ, and {@code toString} says what the object is.
 */
class ValueSemanticsTest {
    private static final String EVENT = "{\"event_type\":0,\"sequence\":\"s1\",\"app\":\"d.example.com\","
            + "\"appname\":\"live\",\"stream_id\":\"room1\",\"event_time\":1764000000,\"errcode\":12}";

    @Test
    void absentOptionalFieldsOfACallbackAreEmpty() {
        CallbackEvent e = CallbackEvent.parse("{\"event_type\":1}");
        assertThat(e.appId()).isEqualTo(OptionalLong.empty());
        assertThat(e.setId()).isEqualTo(OptionalInt.empty());
        assertThat(e.width()).isEqualTo(OptionalInt.empty());
        assertThat(e.height()).isEqualTo(OptionalInt.empty());
        assertThat(e.idcId()).isEqualTo(OptionalInt.empty());
        assertThat(e.otherFields()).isEmpty();

        CallbackEvent full = CallbackEvent.parse(
                "{\"event_type\":1,\"appid\":12,\"set_id\":2,\"width\":1280,\"height\":720,\"idc_id\":32}");
        assertThat(full.appId()).isEqualTo(OptionalLong.of(12));
        assertThat(full.setId()).isEqualTo(OptionalInt.of(2));
        assertThat(full.width()).isEqualTo(OptionalInt.of(1280));
        assertThat(full.height()).isEqualTo(OptionalInt.of(720));
        assertThat(full.idcId()).isEqualTo(OptionalInt.of(32));
    }

    @Test
    void callbacksHashByTheirContent() {
        CallbackEvent a = CallbackEvent.parse(EVENT);
        CallbackEvent same = CallbackEvent.parse(EVENT);
        CallbackEvent other = CallbackEvent.parse(EVENT.replace("\"s1\"", "\"s2\""));
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
    }

    @Test
    void callbackRecordsAreValues() {
        String record = "{\"EventTime\":\"2020-10-12 00:32:10\",\"EventType\":0,\"Request\":\"r\",\"ResultCode\":1,"
                + "\"StreamId\":\"test\"}";
        List<CallbackRecord> items = CallbackRecord.parsePage("{\"Response\":{\"DataInfoList\":[" + record + ","
                        + record + "," + record.replace("\"test\"", "\"other\"") + ",{\"Extra\":[1,true]}]}}")
                .items();
        CallbackRecord a = items.get(0);
        CallbackRecord same = items.get(1);
        CallbackRecord other = items.get(2);
        CallbackRecord bare = items.get(3);

        assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a)
                .isNotEqualTo(other)
                .isNotEqualTo(bare)
                .isNotEqualTo("test")
                .isNotEqualTo(null);
        assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(a.toString())
                .isEqualTo("CallbackRecord{eventTime=2020-10-11T16:32:10Z, eventType=0, streamId=test, resultCode=1}");

        assertThat(bare.eventType()).isEqualTo(OptionalInt.empty());
        assertThat(bare.resultCode()).isEqualTo(OptionalInt.empty());
        assertThat(bare.otherFields()).containsExactly(java.util.Map.entry("Extra", "[1,true]"));
    }

    @Test
    void streamEventRecordsAreValues() {
        String record = "{\"AppName\":\"live\",\"DomainName\":\"d.example.com\",\"StreamName\":\"room1\","
                + "\"StreamStartTime\":\"2020-10-12T00:00:00Z\",\"StreamEndTime\":\"2020-10-12T00:10:00Z\","
                + "\"StopReason\":\"recv rtmp closeStream\",\"Duration\":600}";
        List<StreamEventRecord> items = StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[" + record + ","
                        + record + "," + record.replace("room1", "room2") + ","
                        + record.replace("600", "null") + "]}}")
                .items();
        StreamEventRecord a = items.get(0);
        StreamEventRecord same = items.get(1);
        StreamEventRecord other = items.get(2);
        StreamEventRecord noDuration = items.get(3);

        assertThat(a).isEqualTo(a).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(a).isNotEqualTo(other).isNotEqualTo(noDuration).isNotEqualTo("room1");
        assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(a.duration()).contains(java.time.Duration.ofMinutes(10));
        assertThat(noDuration.duration()).isEmpty();
        assertThat(a.toString())
                .isEqualTo("StreamEventRecord{stream=d.example.com/live/room1, start=2020-10-12T00:00:00Z,"
                        + " end=2020-10-12T00:10:00Z, stopReason=recv rtmp closeStream,"
                        + " causes=[CLIENT_CLOSED_STREAM]}");
        assertThat(a.streamStartTime()).contains(Instant.parse("2020-10-12T00:00:00Z"));
    }

    @Test
    void logLinesAreValues() {
        LogLine a = LogLine.rejected("a.log", 3, "blank line");
        assertThat(a).isEqualTo(a).isEqualTo(LogLine.rejected("a.log", 3, "blank line"));
        assertThat(a).hasSameHashCodeAs(LogLine.rejected("a.log", 3, "blank line"));
        assertThat(a).isNotEqualTo(LogLine.rejected("a.log", 4, "blank line"));
        assertThat(a).isNotEqualTo(LogLine.rejected("b.log", 3, "blank line"));
        assertThat(a).isNotEqualTo(LogLine.rejected("a.log", 3, "other")).isNotEqualTo("a.log:3");
        assertThat(a.hashCode())
                .isNotEqualTo(LogLine.rejected("a.log", 4, "blank line").hashCode());
        assertThat(a).hasToString("a.log:3: rejected: blank line");
    }
}
