package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A callback body in, every documented field typed out. */
class CallbackEventTest {
    /** The vendor's documented example shape (payloads.md), with made-up values. */
    static final String EXAMPLE = "{\"app\":\"push.example.com\",\"appid\":1250000000,\"appname\":\"live\","
            + "\"channel_id\":\"room42\",\"errcode\":1,\"errmsg\":\"recv rtmp deleteStream\",\"event_time\":1764000000,"
            + "\"event_type\":0,\"idc_id\":32,\"node\":\"203.0.113.7\",\"push_duration\":\"113224\","
            + "\"sequence\":\"4777712183614825751\",\"set_id\":2,\"sign\":\"0123456789abcdef0123456789abcdef\","
            + "\"stream_id\":\"room42\",\"stream_param\":\"txSecret=0123456789abcdef0123456789abcdef&txTime=69300000\","
            + "\"t\":1764000600,\"user_ip\":\"198.51.100.23\",\"width\":1280,\"height\":720}";

    @Test
    void everyDocumentedFieldIsTyped() {
        CallbackEvent e = CallbackEvent.parse(EXAMPLE);
        assertThat(e.eventType()).isZero();
        assertThat(e.isInterruption()).isTrue();
        assertThat(e.isPush()).isFalse();
        assertThat(e.domain()).contains("push.example.com");
        assertThat(e.appId()).isEqualTo(OptionalLong.of(1250000000L));
        assertThat(e.appName()).contains("live");
        assertThat(e.channelId()).contains("room42");
        assertThat(e.streamId()).contains("room42");
        assertThat(e.errcode()).isEqualTo(OptionalInt.of(1));
        assertThat(e.errmsg()).contains("recv rtmp deleteStream");
        assertThat(e.eventTime()).contains(Instant.parse("2025-11-24T16:00:00Z"));
        assertThat(e.idcId()).isEqualTo(OptionalInt.of(32));
        assertThat(e.node()).contains("203.0.113.7");
        assertThat(e.pushDuration()).contains(Duration.ofMillis(113224));
        assertThat(e.sequence()).contains("4777712183614825751");
        assertThat(e.setId()).isEqualTo(OptionalInt.of(2));
        assertThat(e.sign()).contains("0123456789abcdef0123456789abcdef");
        assertThat(e.streamParam()).contains("txSecret=0123456789abcdef0123456789abcdef&txTime=69300000");
        assertThat(e.signatureExpiry()).contains(Instant.ofEpochSecond(1764000600));
        assertThat(e.userIp()).contains("198.51.100.23");
        assertThat(e.width()).isEqualTo(OptionalInt.of(1280));
        assertThat(e.height()).isEqualTo(OptionalInt.of(720));
        assertThat(e.subErrcode()).isEmpty();
        assertThat(e.otherFields()).isEmpty();
        assertThat(e.diagnosis()).contains(ErrorCodes.describe(1));
    }

    @Test
    void allEntryPointsAgree() throws IOException {
        byte[] bytes = EXAMPLE.getBytes(StandardCharsets.UTF_8);
        CallbackEvent fromString = CallbackEvent.parse(EXAMPLE);
        assertThat(CallbackEvent.parse(bytes)).isEqualTo(fromString).hasSameHashCodeAs(fromString);
        ClosingWatch in = new ClosingWatch(bytes);
        assertThat(CallbackEvent.parse(in)).isEqualTo(fromString);
        assertThat(in.closed).as("the caller's stream stays open").isFalse();
    }

    @Test
    void theSubcodeComesFromErrmsgOrFromAnExplicitSubErrcode() {
        CallbackEvent fromText = CallbackEvent.parse("{\"event_type\":0,\"errcode\":18,\"errmsg\":\"推流域名被禁用\"}");
        assertThat(fromText.diagnosis()).containsSame(ErrorCodes.describe(18, 303));
        CallbackEvent explicit =
                CallbackEvent.parse("{\"event_type\":0,\"errcode\":18,\"sub_errcode\":501,\"errmsg\":\"推流域名被禁用\"}");
        assertThat(explicit.diagnosis()).as("sub_errcode is honoured").containsSame(ErrorCodes.describe(18, 501));
        assertThat(explicit.subErrcode()).isEqualTo(OptionalInt.of(501));
    }

    @Test
    void pushEventsAndInterruptionsWithoutACodeHaveNoDiagnosis() {
        assertThat(CallbackEvent.parse("{\"event_type\":1,\"errcode\":0,\"errmsg\":\"ok\"}")
                        .diagnosis())
                .isEmpty();
        CallbackEvent noCode = CallbackEvent.parse("{\"event_type\":0,\"errmsg\":\"recv rtmp closeStream\"}");
        assertThat(noCode.isInterruption()).isTrue();
        assertThat(noCode.diagnosis()).isEmpty();
        assertThat(CallbackEvent.parse("{\"event_type\":321}").diagnosis()).isEmpty();
    }

    @Test
    void typesThatDriftAreAccepted() {
        CallbackEvent e = CallbackEvent.parse("{\"event_type\":\"0\",\"errcode\":\"18\",\"errmsg\":\"\","
                + "\"push_duration\":42,\"sequence\":123456789012345678901234567890,\"appid\":\"125\"}");
        assertThat(e.eventType()).isZero();
        assertThat(e.errcode()).isEqualTo(OptionalInt.of(18));
        assertThat(e.pushDuration()).contains(Duration.ofMillis(42));
        assertThat(e.sequence()).as("kept exactly, beyond long").contains("123456789012345678901234567890");
        assertThat(e.appId()).isEqualTo(OptionalLong.of(125));
        assertThat(e.diagnosis().get().category()).isEqualTo(Category.AUTH);
    }

    @Test
    void unknownFieldsAreKeptAsJsonText() {
        CallbackEvent e = CallbackEvent.parse(
                "{\"event_type\":1,\"new_field\":\"x\",\"nested\":{\"a\":[1,2]},\"flag\":true,\"n\":null}");
        assertThat(e.otherFields())
                .containsExactly(
                        Map.entry("new_field", "\"x\""),
                        Map.entry("nested", "{\"a\":[1,2]}"),
                        Map.entry("flag", "true"),
                        Map.entry("n", "null"));
        assertThatThrownBy(() -> e.otherFields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreAbsentValues() {
        CallbackEvent e = CallbackEvent.parse("{\"event_type\":0,\"errcode\":null,\"errmsg\":null,\"t\":null}");
        assertThat(e.errcode()).isEmpty();
        assertThat(e.errmsg()).isEmpty();
        assertThat(e.signatureExpiry()).isEmpty();
    }

    @Test
    void badValuesNameTheirField() {
        assertInvalid("{\"event_type\":0,\"errcode\":18.5}", "errcode", "expected an integer");
        assertInvalid("{\"event_type\":0,\"errcode\":4294967296}", "errcode", "out of range");
        assertInvalid("{\"event_type\":0,\"errcode\":\"x18\"}", "errcode", "expected an integer");
        assertInvalid("{\"event_type\":0,\"errcode\":[18]}", "errcode", "an array");
        assertInvalid("{\"errcode\":18}", "event_type", "missing");
        assertInvalid("{\"event_type\":null}", "event_type", "null");
        assertInvalid("{\"event_type\":0,\"event_time\":-1}", "event_time", "between 1970 and 2100");
        assertInvalid("{\"event_type\":0,\"event_time\":1764000000000}", "event_time", "seconds");
        assertInvalid("{\"event_type\":0,\"push_duration\":\"12s\"}", "push_duration", "milliseconds");
        assertInvalid("{\"event_type\":0,\"push_duration\":\"-5\"}", "push_duration", "milliseconds");
        assertInvalid("{\"event_type\":0,\"stream_id\":{}}", "stream_id", "expected a string");
        assertInvalid("{\"event_type\":0,\"errcode\":1,\"errcode\":2}", "errcode", "duplicate field");
        assertInvalid("{\"event_type\":0,\"x\":1,\"x\":2}", "x", "duplicate field");
        assertInvalid("{\"event_type\":0,\"x\":{\"a\":1,\"a\":2}}", "x.a", "duplicate field");
        assertInvalid("{\"event_type\":0,\"event_type\":1}", "event_type", "duplicate field");
        assertInvalid("[{\"event_type\":0}]", "", "expected a JSON object, got an array");
        assertInvalid("42", "", "expected a JSON object, got 42");
        assertInvalid("", "", "expected a JSON object, got the end of the input");
        assertInvalid("{\"event_type\":0", "", "the JSON ends inside an object (truncated?)");
        assertInvalid("{\"event_type\":0} {}", "", "more than one JSON value: a second one starts at column 18");
        assertInvalid("{event_type:0}", "", "expected a field name in double quotes at column 2, got 'e'");
    }

    private static void assertInvalid(String json, String location, String message) {
        assertThatThrownBy(() -> CallbackEvent.parse(json))
                .as(json)
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo(location))
                .hasMessageContaining(message);
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        CallbackEvent plain = CallbackEvent.parse("{\"event_type\":1}");
        assertThat(CallbackEvent.parse("\uFEFF{\"event_type\":1}")).isEqualTo(plain);
        byte[] bom = {
            (byte) 0xEF,
            (byte) 0xBB,
            (byte) 0xBF,
            '{',
            '"',
            'e',
            'v',
            'e',
            'n',
            't',
            '_',
            't',
            'y',
            'p',
            'e',
            '"',
            ':',
            '1',
            '}'
        };
        assertThat(CallbackEvent.parse(bom)).isEqualTo(plain);
    }

    @Test
    void equalityCoversEveryField() {
        CallbackEvent base = CallbackEvent.parse(EXAMPLE);
        String[][] changes = {
            {"\"appid\":1250000000", "\"appid\":1250000001"},
            {"\"errmsg\":\"recv rtmp deleteStream\"", "\"errmsg\":\"x\""},
            {"\"node\":\"203.0.113.7\"", "\"node\":\"x\""},
            {"\"height\":720", "\"height\":721"},
            {"\"t\":1764000600", "\"t\":1764000601"},
            {"\"idc_id\":32", "\"idc_id\":33"},
            {"\"push_duration\":\"113224\"", "\"push_duration\":\"1\""},
            {"\"user_ip\":\"198.51.100.23\"", "\"user_ip\":\"x\""}
        };
        for (String[] change : changes) {
            assertThat(CallbackEvent.parse(EXAMPLE.replace(change[0], change[1])))
                    .as(change[1])
                    .isNotEqualTo(base);
        }
        assertThat(base).isNotEqualTo(null).isNotEqualTo(EXAMPLE);
        assertThat(base.toString()).contains("push.example.com/live/room42", "4777712183614825751", "1/0");
    }

    /** Records whether the parser closed the caller's stream. */
    private static final class ClosingWatch extends ByteArrayInputStream {
        boolean closed;

        ClosingWatch(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void aStreamLongerThanTheLimitIsAClearError() {
        byte[] head = "{\"event_type\":1,".getBytes(StandardCharsets.UTF_8);
        InputStream huge = new InputStream() {
            long position;

            @Override
            public int read() {
                long i = position++;
                if (i < head.length) {
                    return head[(int) i];
                }
                return i < 5L << 20 ? ' ' : i == 5L << 20 ? '}' : -1;
            }
        };
        assertThatThrownBy(() -> CallbackEvent.parse(huge))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessage("the document is too long (over 4 MiB)");
    }
}
