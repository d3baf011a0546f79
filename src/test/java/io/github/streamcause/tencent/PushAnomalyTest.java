package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.AnomalyType;
import io.github.streamcause.report.StreamKey;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Push anomaly callbacks ({@code event_type} 321): the spec's example field by field, and bad bodies. */
class PushAnomalyTest {
    /** The example of the payloads spec, section 4, with a real signature (key "key", t 1764000600). */
    static final String EXAMPLE = "{\"event_type\":321,\"appid\":1250000000,\"domain\":\"push.example.com\","
            + "\"path\":\"live\",\"stream_id\":\"room42\",\"sequence\":\"4777712183614825751\","
            + "\"user_ip\":\"198.51.100.23\",\"stream_param\":\"txSecret=...&txTime=69300000\","
            + "\"data_time\":1764000070569,\"report_interval\":10000,\"timeout\":5000,\"t\":1764000600,"
            + "\"sign\":\"" + md5("key1764000600") + "\",\"abnormal_event\":[{\"type\":6,\"count\":2,"
            + "\"customer_visible\":\"true\",\"event_key\":\"\",\"type_desc_cn\":\" \","
            + "\"type_desc_en\":\"video frame arrive interval bigger than 1000(ms)\",\"detail\":["
            + "{\"desc\":\"video frame arrive interval too long, interval=3046(msec)\",\"occur_time\":1764000070569},"
            + "{\"desc\":\"video frame arrive interval too long, interval=2953(msec)\",\"occur_time\":1764000073522}]}]}";

    private static String md5(String text) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSpecsExampleIsReadFieldByField() throws Exception {
        PushAnomaly a = PushAnomaly.parse(EXAMPLE);
        assertThat(a.appId()).isEqualTo(OptionalLong.of(1_250_000_000L));
        assertThat(a.domain()).contains("push.example.com");
        assertThat(a.path()).contains("live");
        assertThat(a.streamId()).contains("room42");
        assertThat(a.stream()).isEqualTo(StreamKey.of("push.example.com", "live", "room42"));
        assertThat(a.sequence()).contains("4777712183614825751");
        assertThat(a.userIp()).contains("198.51.100.23");
        assertThat(a.streamParam()).contains("txSecret=...&txTime=69300000");
        assertThat(a.dataTime()).contains(Instant.parse("2025-11-24T16:01:10.569Z"));
        assertThat(a.reportInterval()).contains(Duration.ofSeconds(10));
        assertThat(a.timeout()).contains(Duration.ofSeconds(5));
        assertThat(a.signatureExpiry()).contains(Instant.ofEpochSecond(1_764_000_600L));
        assertThat(a.otherFields()).isEmpty();
        assertThat(a.anomalies()).hasSize(1);
        PushAnomaly.Anomaly item = a.anomalies().get(0);
        assertThat(item.typeNumber()).isEqualTo(6);
        assertThat(item.type()).contains(AnomalyType.VIDEO_FRAME_GAP);
        assertThat(item.count()).isEqualTo(OptionalLong.of(2));
        assertThat(item.customerVisible()).contains("true");
        assertThat(item.eventKey()).contains("");
        assertThat(item.typeDescCn()).contains(" ");
        assertThat(item.typeDescEn()).contains("video frame arrive interval bigger than 1000(ms)");
        assertThat(item.vendorDescription()).isEqualTo("video frame arrive interval bigger than 1000(ms)");
        assertThat(item.details()).hasSize(2);
        assertThat(item.details().get(0).desc()).contains("video frame arrive interval too long, interval=3046(msec)");
        assertThat(item.details().get(0).occurTime()).contains(Instant.ofEpochMilli(1_764_000_070_569L));
        assertThat(item.details().get(1).occurTime()).contains(Instant.ofEpochMilli(1_764_000_073_522L));
        assertThat(item.details().get(1).otherFields()).isEmpty();

        byte[] bytes = EXAMPLE.getBytes(StandardCharsets.UTF_8);
        assertThat(PushAnomaly.parse(bytes)).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(PushAnomaly.parse(new ByteArrayInputStream(bytes))).isEqualTo(a);
        assertThat(PushAnomaly.parse(EXAMPLE.replace("interval=2953", "interval=2954")))
                .isNotEqualTo(a);
        assertThat(a)
                .hasToString("PushAnomaly{stream=push.example.com/live/room42, time=2025-11-24T16:01:10.569Z,"
                        + " sequence=4777712183614825751, anomalies=[6x2]}");
    }

    @Test
    void itsSignatureIsCheckedAsAPushCallbacksIs() {
        PushAnomaly a = PushAnomaly.parse(EXAMPLE);
        Clock before = Clock.fixed(Instant.ofEpochSecond(1_764_000_000L), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.ofEpochSecond(1_764_000_601L), ZoneOffset.UTC);
        assertThat(new CallbackVerifier("key", before).verify(a)).isEqualTo(CallbackVerifier.Result.VALID);
        assertThat(new CallbackVerifier("other", before).verify(a)).isEqualTo(CallbackVerifier.Result.WRONG_SIGNATURE);
        assertThat(new CallbackVerifier("key", after).verify(a)).isEqualTo(CallbackVerifier.Result.EXPIRED);
        // the text signed, not the number: "+1764000600" is refused as a number in a string, "1764000600" verifies
        PushAnomaly quoted = PushAnomaly.parse(EXAMPLE.replace("\"t\":1764000600", "\"t\":\"1764000600\""));
        assertThat(new CallbackVerifier("key", before).verify(quoted)).isEqualTo(CallbackVerifier.Result.VALID);
        PushAnomaly unsigned = PushAnomaly.parse("{\"event_type\":321}");
        assertThat(new CallbackVerifier("key", before).verify(unsigned))
                .isEqualTo(CallbackVerifier.Result.MISSING_FIELDS);
    }

    @Test
    void onlyEventTypeIsRequiredAndUnknownFieldsAreKept() {
        PushAnomaly a = PushAnomaly.parse("{\"event_type\":\"321\",\"abnormal_event\":null,\"region\":{\"a\":[1]}}");
        assertThat(a.anomalies()).isEmpty();
        assertThat(a.domain()).isEmpty();
        assertThat(a.stream()).isEqualTo(StreamKey.of("", "", ""));
        assertThat(a.otherFields()).isEqualTo(Map.of("region", "{\"a\":[1]}"));
        assertThat(PushAnomaly.parse("{\"event_type\":321,\"abnormal_event\":[]}")
                        .anomalies())
                .isEmpty();
    }

    @Test
    void theCorpusCasesHaveTheirOutcomes() {
        PushAnomaly unknown = PushAnomaly.parse(MalformedInputTest.bytes("anomaly-unknown-type.json"));
        PushAnomaly.Anomaly item = unknown.anomalies().get(0);
        assertThat(item.typeNumber()).isEqualTo(14);
        assertThat(item.type()).isEmpty();
        assertThat(item.vendorDescription()).isEqualTo("推流帧率过低"); // type_desc_en is blank
        assertThat(item.otherFields()).isEqualTo(Map.of("severity", "\"high\""));
        assertThat(item.details().get(0).occurTime()).contains(Instant.ofEpochMilli(1_764_000_070_000L));

        PushAnomaly noTime = PushAnomaly.parse(MalformedInputTest.bytes("anomaly-detail-without-occur-time.json"));
        assertThat(noTime.anomalies().get(0).details().get(0).occurTime()).isEmpty();
        assertThat(noTime.anomalies().get(0).details().get(0).desc()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "anomaly-abnormal-event-not-array.json | abnormal_event | expected an array, got an object",
                "anomaly-item-without-type.json | abnormal_event[0].type | missing (required)",
                "anomaly-detail-item-not-object.json | abnormal_event[0].detail[0]"
                        + " | expected an object, got the string \"video frame arrive interval too long\"",
                "anomaly-occur-time-beyond-2100.json | abnormal_event[0].detail[0].occur_time"
                        + " | not a Unix time in milliseconds between 1970 and 2100: 99999999999999999",
            })
    void badCorpusCasesAreRejectedWhereTheyAreBad(String file, String location, String reason) {
        assertThatThrownBy(() -> PushAnomaly.parse(MalformedInputTest.bytes(file)))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo(location))
                .hasMessage(location + ": " + reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"abnormal_event\":[]} | event_type | missing (required)",
                "{\"event_type\":0} | event_type | expected 321 (a push anomaly callback), got 0",
                "{\"event_type\":null} | event_type | expected 321 (a push anomaly callback), got null",
                "{\"event_type\":321,\"event_type\":321} | event_type | duplicate field: the payload sends it twice",
                "{\"event_type\":321,\"abnormal_event\":[{\"type\":1,\"type\":2}]} | abnormal_event[0].type | duplicate field: the payload sends it twice",
                "{\"event_type\":321,\"abnormal_event\":[{\"type\":1,\"detail\":[{\"desc\":1,\"desc\":2}]}]}"
                        + " | abnormal_event[0].detail[0].desc | duplicate field: the payload sends it twice",
                "{\"event_type\":321,\"abnormal_event\":[{\"type\":1,\"count\":-1}]} | abnormal_event[0].count"
                        + " | out of range [0, 9223372036854775807]: -1",
                "{\"event_type\":321,\"abnormal_event\":[{\"type\":\"06\"}]} | abnormal_event[0].type"
                        + " | expected an integer without leading zeros, got the string \"06\"",
                "{\"event_type\":321,\"abnormal_event\":[7]} | abnormal_event[0] | expected an object, got 7",
                "{\"event_type\":321,\"data_time\":-1} | data_time | not a Unix time in milliseconds between 1970 and 2100: -1",
                "{\"event_type\":321,\"abnormal_event\":[{\"type\":1,\"detail\":{}}]} | abnormal_event[0].detail"
                        + " | expected an array, got an object",
            })
    void badBodiesAreRejectedWhereTheyAreBad(String body, String location, String reason) {
        assertThatThrownBy(() -> PushAnomaly.parse(body))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo(location))
                .hasMessage(location + ": " + reason);
    }

    @Test
    void tenThousandItemsAreAllKeptInOrder() {
        StringBuilder body = new StringBuilder("{\"event_type\":321,\"abnormal_event\":[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"type\":")
                    .append(1 + i % 16)
                    .append(",\"count\":")
                    .append(i)
                    .append('}');
        }
        PushAnomaly a = PushAnomaly.parse(body.append("]}").toString());
        assertThat(a.anomalies()).hasSize(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(a.anomalies().get(i).typeNumber()).isEqualTo(1 + i % 16);
            assertThat(a.anomalies().get(i).count()).isEqualTo(OptionalLong.of(i));
        }
        assertThat(a.anomalies().get(13).type()).isEqualTo(Optional.empty());
        assertThat(a.anomalies().get(13).vendorDescription()).isEqualTo("anomaly type 14");
    }
}
