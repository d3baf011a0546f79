package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** DescribeLiveStreamEventList and DescribeCallbackRecordsList responses. */
class ApiPageTest {
    static final String EVENT_LIST = "{\"Response\":{\"EventList\":["
            + "{\"AppName\":\"live\",\"DomainName\":\"push.example.com\",\"StreamName\":\"room42\","
            + "\"StreamStartTime\":\"2019-01-07T12:00:00Z\",\"StreamEndTime\":\"2019-01-07T12:30:00Z\","
            + "\"StopReason\":\"推流客户端主动断流\",\"Duration\":1800,\"ClientIp\":\"-\",\"Resolution\":\"640*352\"},"
            + "{\"AppName\":\"live\",\"DomainName\":\"push.example.com\",\"StreamName\":\"room7\","
            + "\"StreamStartTime\":\"2019-01-07T13:00:00Z\",\"StreamEndTime\":\"2019-01-07T13:00:05Z\","
            + "\"StopReason\":\"推流域名被禁用\",\"Duration\":5,\"ClientIp\":\"198.51.100.1\",\"Resolution\":\"0*0\","
            + "\"NewField\":1},"
            + "{\"StreamName\":\"room9\",\"StopReason\":\"something new\"}"
            + "],\"PageNum\":1,\"PageSize\":10,\"TotalNum\":3,\"TotalPage\":1,\"RequestId\":\"abc-123\"}}";

    @Test
    void anErrorOfControlCharactersIsShownEscapedAndCutByWhatItShows() {
        // fuzzing found it (eventListPage): an Error of DEL characters, cut at 200 and then escaped, six
        // characters each, made a message of 746 characters
        String dels = "\u007f".repeat(300);
        String page = "{\"Response\":{\"Error\":[\"" + dels + "\"]}}";
        InvalidPayloadException e = MalformedInputTest.rejected(() -> StreamEventRecord.parsePage(page));
        String shown = "[\"" + "\\u007f".repeat(33); // [" then 33 escapes: 2 + 198 = 200, the most shown
        assertThat(e).hasMessage("Response.Error: the API answered an error: " + shown + "...");
        assertThat(InvalidPayloadException.printable("ab\ncd", 4)).isEqualTo("ab\\n...");
        assertThat(InvalidPayloadException.printable("ab\ncd", 3)).isEqualTo("ab...");
        assertThat(InvalidPayloadException.printable("abcd", 4)).isEqualTo("abcd");
        assertThat(InvalidPayloadException.printable("abcde", 4)).isEqualTo("abcd...");
    }

    @Test
    void readsAnEventListPageWithItsPaging() throws IOException {
        ApiPage<StreamEventRecord> page = StreamEventRecord.parsePage(EVENT_LIST);
        assertThat(page.pageNum()).isEqualTo(OptionalLong.of(1));
        assertThat(page.pageSize()).isEqualTo(OptionalLong.of(10));
        assertThat(page.totalNum()).isEqualTo(OptionalLong.of(3));
        assertThat(page.totalPage()).isEqualTo(OptionalLong.of(1));
        assertThat(page.requestId()).contains("abc-123");
        assertThat(page.otherFields()).isEmpty();
        List<StreamEventRecord> records = page.items();
        assertThat(records).hasSize(3);

        StreamEventRecord first = records.get(0);
        assertThat(first.appName()).contains("live");
        assertThat(first.domainName()).contains("push.example.com");
        assertThat(first.streamName()).contains("room42");
        assertThat(first.streamStartTime()).contains(Instant.parse("2019-01-07T12:00:00Z"));
        assertThat(first.streamEndTime()).contains(Instant.parse("2019-01-07T12:30:00Z"));
        assertThat(first.duration()).contains(Duration.ofMinutes(30));
        assertThat(first.clientIp()).contains("-");
        assertThat(first.resolution()).contains("640*352");
        assertThat(first.stopReason()).contains("推流客户端主动断流");
        assertThat(first.causes()).hasSize(5).contains(InterruptionCause.CLIENT_STOPPED);
        assertThat(first.category()).contains(Category.CLIENT);
        assertThat(first.recovery()).contains(Recovery.NOT_NEEDED);

        assertThat(records.get(1).causes()).containsExactly(InterruptionCause.DOMAIN_DISABLED);
        assertThat(records.get(1).recovery()).contains(Recovery.FIX_REQUIRED);
        assertThat(records.get(1).otherFields()).containsExactly(Map.entry("NewField", "1"));

        StreamEventRecord unknown = records.get(2);
        assertThat(unknown.causes()).as("unknown text stays unknown").isEmpty();
        assertThat(unknown.category()).isEmpty();
        assertThat(unknown.recovery()).isEmpty();
        assertThat(unknown.domainName()).isEmpty();

        byte[] bytes = EVENT_LIST.getBytes(StandardCharsets.UTF_8);
        assertThat(StreamEventRecord.parsePage(bytes).items()).isEqualTo(records);
        assertThat(StreamEventRecord.parsePage(new ByteArrayInputStream(bytes)).items())
                .isEqualTo(records);
    }

    @Test
    void acceptsTheInnerObjectOrTheBareList() {
        List<StreamEventRecord> whole = StreamEventRecord.parsePage(EVENT_LIST).items();
        String inner = EVENT_LIST.substring("{\"Response\":".length(), EVENT_LIST.length() - 1);
        assertThat(StreamEventRecord.parsePage(inner).items()).isEqualTo(whole);
        String list = EVENT_LIST.substring(EVENT_LIST.indexOf('['), EVENT_LIST.indexOf("],\"PageNum\"") + 1);
        ApiPage<StreamEventRecord> bare = StreamEventRecord.parsePage(list);
        assertThat(bare.items()).isEqualTo(whole);
        assertThat(bare.pageNum()).isEmpty();
        assertThat(bare.requestId()).isEmpty();
    }

    @Test
    void anApiErrorIsAClearError() {
        assertThatThrownBy(() -> StreamEventRecord.parsePage("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure"
                        + ".SignatureExpire\",\"Message\":\"signature expired\"},\"RequestId\":\"r1\"}}"))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("Response.Error"))
                .hasMessageContaining("AuthFailure.SignatureExpire: signature expired");
    }

    @Test
    void badRecordsNameTheirPath() {
        assertThatThrownBy(
                        () -> StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[{},{\"Duration\":\"x\"}]}}"))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("Response.EventList[1].Duration"));
        assertThatThrownBy(() -> StreamEventRecord.parsePage("{\"Response\":{\"EventList\":[1]}}"))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("Response.EventList[0]"));
        assertThatThrownBy(() -> StreamEventRecord.parsePage("{\"Response\":{\"EventList\":{}}}"))
                .hasMessageContaining("expected an array");
        assertThatThrownBy(() -> StreamEventRecord.parsePage("{\"Response\":{\"TotalNum\":3}}"))
                .hasMessageContaining("no EventList list");
        assertThatThrownBy(() -> StreamEventRecord.parsePage("[{\"StreamStartTime\":\"yesterday\"}]"))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("[0].StreamStartTime"))
                .hasMessageContaining("not a date-time");
        assertThatThrownBy(() -> StreamEventRecord.parsePage("\"x\"")).hasMessageContaining("object or array");
        assertThatThrownBy(() -> StreamEventRecord.parsePage("[{\"StopReason\":\"a\",\"StopReason\":\"b\"}]"))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("[0].StopReason"))
                .hasMessageContaining("duplicate field");
        assertThatThrownBy(() ->
                        StreamEventRecord.parsePage("{\"Response\":{\"TotalNum\":1,\"TotalNum\":2,\"EventList\":[]}}"))
                .hasMessageContaining("Response.TotalNum: duplicate field");
        assertThatThrownBy(() -> CallbackRecord.parsePage("[{\"Request\":\"a\",\"Request\":\"b\"}]"))
                .hasMessageContaining("[0].Request: duplicate field");
    }

    @Test
    void dateTimesWithoutAZoneAreChinaStandardTime() {
        StreamEventRecord r = StreamEventRecord.parsePage("[{\"StreamStartTime\":\"2020-10-12 00:32:10\","
                        + "\"StreamEndTime\":\"2020-10-12T08:00:00+08:00\"}]")
                .items()
                .get(0);
        assertThat(r.streamStartTime()).contains(Instant.parse("2020-10-11T16:32:10Z"));
        assertThat(r.streamEndTime()).contains(Instant.parse("2020-10-12T00:00:00Z"));
    }

    @Test
    void readsCallbackRecordsAndTheCallbacksTheyCarry() {
        String body = CallbackEventTest.EXAMPLE.replace("\"", "\\\"");
        String json =
                "{\"Response\":{\"PageNum\":1,\"PageSize\":10,\"TotalNum\":2,\"TotalPage\":1,\"RequestId\":\"xx\","
                        + "\"DataInfoList\":[{\"EventTime\":\"2020-10-12T00:00:00+08:00\",\"EventType\":0,\"Request\":\""
                        + body
                        + "\",\"Response\":\"status code:200\",\"ResponseTime\":\"2020-10-12 00:00:01\",\"ResultCode\":0,"
                        + "\"StreamId\":\"room42\"},"
                        + "{\"EventTime\":\"2020-10-12 00:32:10\",\"EventType\":0,\"Request\":\"opensso++server%3D10.12.1.1\","
                        + "\"ResultCode\":1,\"StreamId\":\"test\"}]}}";
        ApiPage<CallbackRecord> page = CallbackRecord.parsePage(json);
        assertThat(page.totalNum()).isEqualTo(OptionalLong.of(2));
        CallbackRecord first = page.items().get(0);
        assertThat(first.eventTime()).contains(Instant.parse("2020-10-11T16:00:00Z"));
        assertThat(first.responseTime()).contains(Instant.parse("2020-10-11T16:00:01Z"));
        assertThat(first.eventType()).isEqualTo(OptionalInt.of(0));
        assertThat(first.resultCode()).isEqualTo(OptionalInt.of(0));
        assertThat(first.streamId()).contains("room42");
        assertThat(first.response()).contains("status code:200");
        assertThat(first.event()).isEqualTo(CallbackEvent.parse(CallbackEventTest.EXAMPLE));

        CallbackRecord garbage = page.items().get(1);
        assertThat(garbage.request()).contains("opensso++server%3D10.12.1.1");
        assertThatThrownBy(garbage::event)
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("Request"))
                .hasMessageContaining("not a callback body");
        assertThat(CallbackRecord.parsePage(json.getBytes(StandardCharsets.UTF_8))
                        .items())
                .isEqualTo(page.items());
    }

    private static String listField(String start) {
        return ApiPage.listField(start.getBytes(StandardCharsets.UTF_8)).orElse("none");
    }

    @Test
    void anInputIsToldByItsStructureNotByTheWordsInItsValues() {
        assertThat(listField("{\"Response\":{\"EventList\":[{\"StopReason\":\"x\"}],\"TotalNum\":1}}"))
                .isEqualTo("EventList");
        assertThat(listField("\uFEFF {\"Response\":{\"RequestId\":\"r\",\"TotalNum\":9,\"DataInfoList\":[{\"Req"))
                .as("cut inside the list")
                .isEqualTo("DataInfoList");
        assertThat(listField("{\"DataInfoList\":[]}")).isEqualTo("DataInfoList");
        assertThat(listField("[{\"EventTime\":\"t\",\"Request\":\"{}\"}]")).isEqualTo("DataInfoList");
        assertThat(listField("[{\"AppName\":\"live\",\"StopReason\":\"x\"}]")).isEqualTo("EventList");
        assertThat(listField("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\"},\"RequestId\":\"x\"}}"))
                .isEqualTo("Response");
        // callbacks whose values, or nested keys, say what an API response would
        assertThat(listField("{\"app\":\"a\",\"channel_id\":\"Request\",\"event_type\":0}\n{\"Response\":{}}"))
                .isEqualTo("none");
        assertThat(listField("{\"errmsg\":\"\\\"EventList\\\"\",\"event_type\":0}"))
                .isEqualTo("none");
        assertThat(listField("{\"extra\":{\"DataInfoList\":[]},\"event_type\":0}"))
                .isEqualTo("none");
        assertThat(listField("{\"event_type\":0,\"Response\":{\"EventList\":[]}}"))
                .isEqualTo("none");
        assertThat(listField("[{\"event_type\":0}]")).isEqualTo("none");
        assertThat(listField("not json \"Response\"")).isEqualTo("none");
        assertThat(listField("")).isEqualTo("none");
        assertThat(listField("[]")).isEqualTo("none");
    }
}
