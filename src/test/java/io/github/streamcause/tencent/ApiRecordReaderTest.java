package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ApiRecordReader}: record by record, a bad record rejected at its path, the others kept. */
class ApiRecordReaderTest {
    private static ApiRecordReader<StreamEventRecord> events(String json) throws IOException {
        return StreamEventRecord.reader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> lines(ApiRecordReader<?> reader) {
        List<String> out = new ArrayList<>();
        try {
            while (reader.hasNext()) {
                ApiRecord<?> r = reader.next();
                out.add(r.number() + " " + r.location() + " " + r.rejection().orElse("ok"));
            }
        } catch (InvalidPayloadException e) {
            out.add("failed: " + e.getMessage());
        }
        return out;
    }

    @Test
    void aBadRecordIsRejectedAtItsPathAndReadingGoesOn() throws IOException {
        assertThat(lines(events("{\"Response\":{\"TotalNum\":4,\"EventList\":[{},{\"StreamStartTime\":\"yesterday\"},"
                        + "{\"StopReason\":{\"a\":[1]}},2,{}],\"RequestId\":\"r\"}}")))
                .containsExactly(
                        "1 Response.EventList[0] ok",
                        "2 Response.EventList[1] Response.EventList[1].StreamStartTime: not a date-time: \"yesterday\"",
                        "3 Response.EventList[2] Response.EventList[2].StopReason: expected a string, got an object",
                        "4 Response.EventList[3] Response.EventList[3]: expected an object, got 2",
                        "5 Response.EventList[4] ok");
        assertThat(lines(CallbackRecord.reader(new ByteArrayInputStream(
                        "[{\"ResultCode\":\"OK\"},{\"Request\":{\"x\":1}},{}]".getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(
                        "1 [0] [0].ResultCode: expected an integer, got the string \"OK\"",
                        "2 [1] [1].Request: expected a string, got an object",
                        "3 [2] ok");
    }

    @Test
    void concatenatedResponsesAreReadOneAfterTheOther() throws IOException {
        assertThat(lines(events("{\"Response\":{\"EventList\":[{},{}]}}\n[{}]{\"EventList\":[{\"Duration\":\"x\"}]}")))
                .containsExactly(
                        "1 Response.EventList[0] ok",
                        "2 Response.EventList[1] ok",
                        "3 [0] ok",
                        "4 EventList[0] EventList[0].Duration: expected an integer, got the string \"x\"");
    }

    @Test
    void whatIsNoRecordFailsTheInputAfterTheRecordsBeforeIt() throws IOException {
        assertThat(lines(events("{\"Response\":{\"EventList\":[{},{\"StreamName\":\"ro")))
                .hasSize(2)
                .first()
                .isEqualTo("1 Response.EventList[0] ok");
        assertThat(lines(events("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"m\"}}}")))
                .containsExactly("failed: Response.Error: the API answered an error: AuthFailure: m");
        assertThat(lines(events("{\"Response\":{\"TotalNum\":3}}")))
                .containsExactly("failed: no EventList list in the response");
        assertThat(lines(events("[{}] 7")))
                .containsExactly("1 [0] ok", "failed: expected a JSON object or array " + "after response 1, got 7");
        assertThat(lines(events("")))
                .containsExactly("failed: expected a JSON object or array, got the end of the input");
    }

    @Test
    void eachRecordIsBoundedNotTheInput() throws IOException {
        char[] text = new char[200_000];
        Arrays.fill(text, 'x');
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i < 21; i++) {
            big.append(i == 0 ? "" : ",")
                    .append("\"f")
                    .append(i)
                    .append("\":\"")
                    .append(text)
                    .append('"');
        }
        String record = big.append('}').toString();
        assertThat(record.length()).isGreaterThan(4 << 20).isLessThan((4 << 20) + ApiRecordReader.SLACK_BYTES);
        List<String> read = lines(events("[{}," + record + ",{}]"));
        assertThat(read).hasSize(3);
        assertThat(read.get(1)).startsWith("2 [1] [1]: a record longer than 4 MiB (");
        assertThat(read.get(2)).isEqualTo("3 [2] ok");

        String huge = record.substring(0, record.length() - 1) + ",\"g\":\"" + new String(text) + "\"}";
        assertThat(lines(events("[{}," + huge + ",{}]")))
                .hasSize(2)
                .last()
                .asString()
                .startsWith("failed: after record 2: a record longer than 4 MiB");
    }

    @Test
    void theStrictPageHasOneDocumentLimitForEveryForm() {
        StringBuilder page = new StringBuilder("[");
        for (int i = 0; i < 100_000; i++) {
            page.append(i == 0 ? "" : ",")
                    .append("{\"StreamName\":\"room")
                    .append(i)
                    .append("\",\"Duration\":1,\"StopReason\":\"x\"}");
        }
        String json = page.append(']').toString();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(4 << 20);
        assertThatThrownBy(() -> StreamEventRecord.parsePage(json)).hasMessage("the document is too long (over 4 MiB)");
        assertThatThrownBy(() -> StreamEventRecord.parsePage(bytes))
                .hasMessage("the document is too long (over 4 MiB)");
        assertThatThrownBy(() -> StreamEventRecord.parsePage(new ByteArrayInputStream(bytes)))
                .hasMessage("the document is too long (over 4 MiB)");
    }

    @Test
    void theStrictPageStillFailsAtTheFirstBadRecordAndAtASecondResponse() {
        assertThatThrownBy(() -> StreamEventRecord.parsePage("[{},{\"Duration\":\"x\"},{\"Duration\":\"y\"}]"))
                .isInstanceOfSatisfying(
                        InvalidPayloadException.class,
                        e -> assertThat(e.location()).isEqualTo("[1].Duration"));
        assertThatThrownBy(() -> StreamEventRecord.parsePage("[{}] [{}]"))
                .hasMessageContaining("more than one JSON value");
    }
}
