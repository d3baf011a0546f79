package io.github.streamcause.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API responses through {@link Analyzer}: one bad record is one rejected line, the other records are kept
 * (issue 12, item 9); concatenated responses are all read; a large export is read record by record.
 */
class ApiRecordsTest {
    private static final long T0 = 1_764_000_000L;

    /** The i-th EventList record (from 0), its stream and times its own. */
    static String eventRecord(int i) {
        return "{\"DomainName\":\"push.example.com\",\"AppName\":\"live\",\"StreamName\":\"room" + i
                + "\",\"StreamStartTime\":\"2025-11-24T10:00:00Z\",\"StreamEndTime\":\"2025-11-24T11:"
                + String.format("%02d:%02d", (i / 60) % 60, i % 60) + "Z\",\"Duration\":" + i
                + ",\"StopReason\":\"推流客户端主动断流\"}";
    }

    /** The i-th DataInfoList record (from 0): an interruption callback with a sequence of its own. */
    static String callbackRecord(int i) {
        String body = "{\"event_type\":0,\"errcode\":1,\"sequence\":\"" + i
                + "\",\"app\":\"push.example.com\",\"appname\":\"live\",\"stream_id\":\"room" + i
                + "\",\"event_time\":" + (T0 + i) + "}";
        return "{\"EventTime\":\"2025-11-24T10:00:00Z\",\"EventType\":0,\"Request\":\"" + body.replace("\"", "\\\"")
                + "\",\"ResultCode\":0,\"StreamId\":\"room" + i + "\"}";
    }

    static String response(String list, List<String> records) {
        return "{\"Response\":{\"" + list + "\":[" + String.join(",", records) + "],\"TotalNum\":" + records.size()
                + ",\"RequestId\":\"r1\"}}";
    }

    private static List<String> events(int n) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(eventRecord(i));
        }
        return records;
    }

    private static List<String> callbacks(int n) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(callbackRecord(i));
        }
        return records;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> rejected(InterruptionReport r) {
        return r.rejectedSamples().stream()
                .map(x -> x.line() + ": " + x.reason())
                .collect(Collectors.toList());
    }

    @Test
    void aBadStartTimeRejectsItsRecordOnly(@TempDir Path dir) throws IOException {
        List<String> records = events(100);
        records.set(56, records.get(56).replace("\"2025-11-24T10:00:00Z\"", "\"yesterday\""));
        Path file = write(dir.resolve("events.json"), response("EventList", records));
        InterruptionReport r = Analyzer.builder().build().analyze(file);
        assertThat(r.inputs())
                .containsExactly(InputSummary.of(file.toString(), "DescribeLiveStreamEventList", 100, 1, 0));
        assertThat(r.interruptions()).isEqualTo(99);
        assertThat(rejected(r))
                .containsExactly("57: Response.EventList[56].StreamStartTime: not a date-time: \"yesterday\"");
    }

    @Test
    void aResultCodeInWordsOrARequestObjectRejectsItsRecordOnly(@TempDir Path dir) throws IOException {
        List<String> records = callbacks(100);
        records.set(56, records.get(56).replace("\"ResultCode\":0", "\"ResultCode\":\"OK\""));
        records.set(
                79,
                "{\"EventTime\":\"2025-11-24T10:00:00Z\",\"EventType\":0,\"Request\":{\"event_type\":0},"
                        + "\"ResultCode\":0}");
        Path file = write(dir.resolve("records.json"), response("DataInfoList", records));
        InterruptionReport r = Analyzer.builder().build().analyze(file);
        assertThat(r.inputs())
                .containsExactly(InputSummary.of(file.toString(), "DescribeCallbackRecordsList", 100, 2, 0));
        assertThat(r.interruptions()).isEqualTo(98);
        assertThat(rejected(r))
                .containsExactly(
                        "57: Response.DataInfoList[56].ResultCode: expected an integer, got the string \"OK\"",
                        "80: Response.DataInfoList[79].Request: expected a string, got an object");
    }

    @Test
    void twoConcatenatedResponsesAreBothRead(@TempDir Path dir) throws IOException {
        List<String> all = events(10);
        String two = response("EventList", all.subList(0, 4)) + "\n" + response("EventList", all.subList(4, 10)) + "\n";
        Path file = write(dir.resolve("two.json"), two);
        InterruptionReport r = Analyzer.builder().build().analyze(file);
        assertThat(r.inputs())
                .containsExactly(InputSummary.of(file.toString(), "DescribeLiveStreamEventList", 10, 0, 0));
        assertThat(r.interruptions()).isEqualTo(10);

        List<String> callbacks = callbacks(10);
        Path records = write(
                dir.resolve("two-records.json"),
                response("DataInfoList", callbacks.subList(0, 3)) + response("DataInfoList", callbacks.subList(3, 10)));
        InterruptionReport c = Analyzer.builder().build().analyze(records);
        assertThat(c.inputs())
                .containsExactly(InputSummary.of(records.toString(), "DescribeCallbackRecordsList", 10, 0, 0));
        assertThat(c.interruptions()).isEqualTo(10);
    }

    @Test
    @Tag("slow") // for PIT: its small neighbours see the same mutants
    void aResponseOfAHundredThousandRecordsIsReadRecordByRecord(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("export.json"), response("EventList", events(100_000)));
        assertThat(Files.size(file)).isGreaterThan(4L * 1024 * 1024);
        InterruptionReport r = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> Analyzer.builder().build().analyze(file));
        assertThat(r.inputs())
                .containsExactly(InputSummary.of(file.toString(), "DescribeLiveStreamEventList", 100_000, 0, 0));
        assertThat(r.interruptions()).isEqualTo(100_000);
    }

    /** Seeded random corruptions: every record is an event or a rejected line, never more, never fewer. */
    @Test
    @Tag("slow") // for PIT: its small neighbours see the same mutants
    void everyRecordIsAccountedForWhateverIsWrongWithIt(@TempDir Path dir) throws IOException {
        String[] corruptions = {
            "\"StreamStartTime\":\"yesterday\"",
            "\"Duration\":\"x\"",
            "\"Duration\":-1",
            "\"StopReason\":{\"a\":[1,2,{\"b\":null}]}",
            "\"StreamName\":[\"a\"]",
            "\"StopReason\":\"a\",\"StopReason\":\"b\"",
            "\"New\":{\"x\":1,\"x\":2}",
            "\"StreamEndTime\":true",
        };
        Random random = new Random(20261124L);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(60);
            List<String> records = events(n);
            int bad = 0;
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(corruptions.length * 3);
                if (pick < corruptions.length) {
                    records.set(i, "{" + corruptions[pick] + ",\"AppName\":\"live\"}");
                    bad++;
                } else if (pick == corruptions.length) {
                    records.set(i, random.nextBoolean() ? "1" : "[{}]");
                    bad++;
                }
            }
            Path file = write(dir.resolve("r" + round + ".json"), response("EventList", records));
            InterruptionReport r =
                    Analyzer.builder().keepRejected(Integer.MAX_VALUE).build().analyze(file);
            assertThat(r.inputs())
                    .as("round %d", round)
                    .containsExactly(InputSummary.of(file.toString(), "DescribeLiveStreamEventList", n, bad, 0));
            assertThat(r.interruptions() + r.rejectedLines())
                    .as("round %d", round)
                    .isEqualTo(n);
            assertThat(r.rejectedSamples()).extracting(Rejection::line).doesNotHaveDuplicates();
        }
    }
}
