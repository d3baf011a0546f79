package io.github.streamcause.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis as a library: inputs of every kind, folders, streams, filters, inputs in the report. */
class AnalyzerTest {
    private static final long T0 = 1_764_000_000L;

    private static String callback(String sequence, int type, Integer errcode, String stream, long time) {
        return "{\"event_type\":" + type + (errcode == null ? "" : ",\"errcode\":" + errcode) + ",\"sequence\":\""
                + sequence + "\",\"app\":\"push.example.com\",\"appname\":\"live\",\"stream_id\":\"" + stream
                + "\",\"event_time\":" + time + "}\n";
    }

    private static final String LOG = callback("1", 0, 1, "room1", T0)
            + callback("2", 0, 18, "room2", T0 + 60)
            + callback("2", 0, 18, "room2", T0 + 60) // redelivered
            + "not json\n"
            + callback("3", 1, null, "room1", T0 + 120)
            + "\n"
            + callback("4", 0, 4, "other", T0 + 3600);

    private static final String EVENT_LIST = "{\"Response\":{\"EventList\":["
            + "{\"DomainName\":\"push.example.com\",\"AppName\":\"live\",\"StreamName\":\"room1\","
            + "\"StreamStartTime\":\"2025-11-24T10:00:00Z\",\"StreamEndTime\":\"2025-11-24T11:00:00Z\","
            + "\"StopReason\":\"推流客户端主动断流\"},"
            + "{\"DomainName\":\"push.example.com\",\"AppName\":\"live\",\"StreamName\":\"room9\","
            + "\"StreamStartTime\":\"2025-11-24T12:00:00Z\",\"StreamEndTime\":\"2025-11-24T12:30:00Z\","
            + "\"StopReason\":\"no such text\"}],\"TotalNum\":2,\"RequestId\":\"r1\"}}";

    private static final String CALLBACK_RECORDS = "{\"Response\":{\"DataInfoList\":["
            + "{\"EventTime\":\"2025-11-24T10:00:00Z\",\"EventType\":0,\"Request\":"
            + quote(callback("9", 0, 12, "room3", T0).trim())
            + ",\"StreamId\":\"room3\"},"
            + "{\"EventTime\":\"2025-11-24T10:00:00Z\",\"EventType\":321,\"Request\":"
            + quote("{\"event_type\":321,\"sequence\":\"9\"}") + "},"
            + "{\"EventTime\":\"2025-11-24T10:00:00Z\",\"EventType\":0,\"Request\":\"not json\"}"
            + "],\"TotalNum\":3,\"RequestId\":\"r2\"}}";

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void eachKindOfInputIsToldApartAndListedWithItsCounts(@TempDir Path dir) throws IOException {
        Path log = gzip(dir.resolve("a.ndjson.gz"), LOG);
        Path list = write(dir.resolve("b.json"), EVENT_LIST);
        Path records = write(dir.resolve("c.json"), CALLBACK_RECORDS);
        InterruptionReport r = Analyzer.builder().build().analyze(log, list, records);
        assertThat(r.inputs())
                .containsExactly(
                        InputSummary.of(log.toString(), "callback-log", 7, 2, 0),
                        InputSummary.of(list.toString(), "DescribeLiveStreamEventList", 2, 0, 0),
                        InputSummary.of(records.toString(), "DescribeCallbackRecordsList", 3, 1, 0));
        assertThat(r.linesRead()).isEqualTo(12);
        assertThat(r.filteredOut()).isZero();
        assertThat(r.interruptions()).isEqualTo(3 + 2 + 1);
        assertThat(r.pushes()).isEqualTo(1);
        assertThat(r.duplicatesRemoved()).isEqualTo(1);
        assertThat(r.rejectedLines()).isEqualTo(3);
        assertThat(r.otherEvents()).as("the push anomaly callback, record 2").isEqualTo(1);
        assertThat(r.otherEventsByKind()).isEqualTo(java.util.Map.of("321", 1L));
        assertThat(r.unclassified()).as("the unknown StopReason").isEqualTo(1);
        assertThat(r.rejectedSamples())
                .extracting(Rejection::source, Rejection::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(log.toString(), 4L),
                        org.assertj.core.groups.Tuple.tuple(log.toString(), 6L),
                        org.assertj.core.groups.Tuple.tuple(records.toString(), 3L));
        assertThat(r.rejectedSamples().get(1).reason()).isEqualTo("blank line");
        assertThat(r.firstEvent()).contains(Instant.parse("2025-11-24T10:00:00Z"));
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrderAndEqualsItsFilesGivenOneByOne(@TempDir Path dir) throws IOException {
        Path b = write(dir.resolve("logs/b/x.ndjson"), callback("5", 0, 7, "room5", T0));
        Path a = gzip(dir.resolve("logs/a.ndjson.gz"), LOG);
        Path c = write(dir.resolve("logs/c.json"), EVENT_LIST);
        Files.createDirectories(dir.resolve("logs/empty"));
        Analyzer analyzer = Analyzer.builder().build();
        InterruptionReport folder = analyzer.analyze(dir.resolve("logs"));
        assertThat(folder.inputs())
                .extracting(InputSummary::name)
                .containsExactly(a.toString(), b.toString(), c.toString());
        InterruptionReport files = analyzer.analyze(List.of(a, b, c));
        assertThat(folder.streams()).isEqualTo(files.streams());
        assertThat(folder.inputs()).isEqualTo(files.inputs());
        assertThat(folder.toString()).isEqualTo(files.toString());
    }

    @Test
    void aStreamIsReadToItsEndAndLeftOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(LOG.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        InterruptionReport r = Analyzer.builder().build().analyze(in, "-");
        assertThat(closed[0]).isFalse();
        assertThat(in.read()).as("read to the end").isEqualTo(-1);
        assertThat(r.inputs()).containsExactly(InputSummary.of("-", "callback-log", 7, 2, 0));
        assertThat(r.interruptions()).isEqualTo(3);
    }

    @Test
    void filtersCountWhatTheyLeaveOutPerInput(@TempDir Path dir) throws IOException {
        Path log = write(dir.resolve("a.ndjson"), LOG);
        Path list = write(dir.resolve("b.json"), EVENT_LIST);
        InterruptionReport r = Analyzer.builder()
                .since(Instant.ofEpochSecond(T0 + 60))
                .until(Instant.ofEpochSecond(T0 + 3600))
                .build()
                .analyze(log, list);
        // kept: 2 (and its copy, a duplicate) and the push 3; left out: 1 (before), 4 (at until), both records
        assertThat(r.inputs())
                .containsExactly(
                        InputSummary.of(log.toString(), "callback-log", 7, 2, 2),
                        InputSummary.of(list.toString(), "DescribeLiveStreamEventList", 2, 0, 2));
        assertThat(r.filteredOut()).isEqualTo(4);
        assertThat(r.interruptions()).isEqualTo(1);
        assertThat(r.pushes()).isEqualTo(1);
        assertThat(r.duplicatesRemoved()).isEqualTo(1);

        InterruptionReport rooms =
                Analyzer.builder().streams("live/room*").build().analyze(log, list);
        assertThat(rooms.streams())
                .extracting(s -> s.stream().streamName())
                .containsExactlyInAnyOrder("room1", "room2", "room9");
        InterruptionReport two =
                Analyzer.builder().streams("other", "room9").build().analyze(log, list);
        assertThat(two.streams()).extracting(s -> s.stream().streamName()).containsExactlyInAnyOrder("other", "room9");
        assertThat(two.filteredOut()).isEqualTo(4 + 1);
    }

    @Test
    void aClassificationIsApplied(@TempDir Path dir) throws IOException {
        Path log = write(dir.resolve("a.ndjson"), LOG);
        InterruptionReport plain = Analyzer.builder().build().analyze(log);
        InterruptionReport mine = Analyzer.builder()
                .classification(Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY))
                .build()
                .analyze(log);
        assertThat(plain.byCategory().get(Category.CLIENT) - mine.byCategory().get(Category.CLIENT))
                .isEqualTo(1);
        assertThat(mine.byCategory().get(Category.NETWORK) - plain.byCategory().get(Category.NETWORK))
                .isEqualTo(1);
        assertThat(mine.byRecovery().get(Recovery.RETRY) - plain.byRecovery().get(Recovery.RETRY))
                .isEqualTo(1);
        assertThat(Analyzer.builder().build().classification()).isSameAs(Classification.defaults());
    }

    @Test
    void progressIsReportedEveryFourThousandLinesOverTheRun(@TempDir Path dir) throws IOException {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            big.append(callback(Integer.toString(i), 0, 1, "s", T0 + i));
        }
        Path first = write(dir.resolve("a.ndjson"), big.toString());
        Path second = write(dir.resolve("b.ndjson"), big.toString());
        List<String> heard = new ArrayList<>();
        InterruptionReport r = Analyzer.builder()
                .progress((source, lines) -> heard.add(Paths.get(source).getFileName() + ":" + lines))
                .build()
                .analyze(first, second);
        assertThat(heard).containsExactly("a.ndjson:4096", "b.ndjson:8192");
        assertThat(r.duplicatesRemoved()).isEqualTo(5000);
    }

    @Test
    void aRunReadsSeveralSortsOfInputAndStartsOverAfterItsReport(@TempDir Path dir) throws IOException {
        Path log = write(dir.resolve("a.ndjson"), LOG);
        Analyzer.Run run = Analyzer.builder().build().start();
        run.read(log).read(new ByteArrayInputStream(EVENT_LIST.getBytes(StandardCharsets.UTF_8)), "page");
        InterruptionReport r = run.report();
        assertThat(r.inputs()).extracting(InputSummary::name).containsExactly(log.toString(), "page");
        assertThat(run.report().inputs()).as("a new report after report()").isEmpty();
    }

    @Test
    void badInputsAndOptionsAreClearErrors(@TempDir Path dir) {
        Analyzer analyzer = Analyzer.builder().build();
        assertThatThrownBy(() -> analyzer.analyze(dir.resolve("none.ndjson")))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read " + dir.resolve("none.ndjson") + ": no such file");
        Instant t = Instant.ofEpochSecond(T0);
        assertThatThrownBy(() -> Analyzer.builder().since(t).until(t).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the time window is empty: until (" + t + ") must be after since (" + t + ")");
        assertThatThrownBy(() ->
                        Analyzer.builder().since(t).until(t.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Analyzer.builder().since(t).until(t.plusSeconds(1)).build().since())
                .contains(t);
        assertThatThrownBy(() -> Analyzer.builder().streams("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Analyzer.builder().classification(null)).isInstanceOf(NullPointerException.class);
        assertThat(Analyzer.builder().streams("a", "b").build().streams()).containsExactly("a", "b");
    }

    @Test
    void anApiErrorResponseIsOneRejectedLine(@TempDir Path dir) throws IOException {
        Path error = write(
                dir.resolve("e.json"),
                "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"bad\"},\"RequestId\":\"x\"}}");
        InterruptionReport r = Analyzer.builder().build().analyze(error);
        assertThat(r.rejectedLines()).isEqualTo(1);
        assertThat(r.rejectedSamples().get(0).reason())
                .startsWith("not a DescribeLiveStreamEventList response: ")
                .contains("AuthFailure");
    }
}
