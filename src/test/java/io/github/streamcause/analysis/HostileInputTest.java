package io.github.streamcause.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's hostile inputs through {@link Analyzer}: nothing is lost. Every complete line is counted, and
 * what could not be read is said as one rejected line.
 */
class HostileInputTest {
    private static final long T0 = 1_764_000_000L;

    private static String callback(int i) {
        return "{\"event_type\":0,\"errcode\":" + (1 + i % 20) + ",\"sequence\":\"" + i
                + "\",\"app\":\"push.example.com\",\"appname\":\"live\",\"stream_id\":\"room" + (i % 7)
                + "\",\"event_time\":" + (T0 + i) + "}\n";
    }

    private static String log(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(callback(i));
        }
        return s.toString();
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part, 0, part.length);
        }
        return all.toByteArray();
    }

    /** The complete lines zcat gives for (a cut of) gzip data: the JDK's, one byte at a time, to its end. */
    private static long completeLines(byte[] gz) {
        long newlines = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            for (int b; (b = in.read()) >= 0; ) {
                if (b == '\n') {
                    newlines++;
                }
            }
        } catch (EOFException e) {
            // the cut: what came before it is what a reader can give
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return newlines;
    }

    private static InputSummary summary(byte[] input) throws IOException {
        InterruptionReport r = Analyzer.builder().build().analyze(new ByteArrayInputStream(input), "in");
        return r.inputs().get(0);
    }

    @Test
    @Tag("slow") // for PIT: its small neighbours see the same mutants
    void aGzipCutAtAnyByteGivesEveryCompleteLineAndThenOneRejectedLine() throws IOException {
        byte[] whole = gzip(log(0, 40));
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, cut);
            InterruptionReport r = Analyzer.builder().build().analyze(new ByteArrayInputStream(part), "in");
            long complete = cut < 2 ? 0 : completeLines(part);
            long expected = cut < 2 ? (cut == 0 ? 0 : 1) : complete + 1;
            assertThat(r.linesRead()).as("lines read when cut at byte %d", cut).isEqualTo(expected);
            assertThat(r.rejectedLines())
                    .as("rejected when cut at byte %d", cut)
                    .isEqualTo(cut == 0 ? 0 : 1);
            if (cut >= 2) {
                Rejection last = r.rejectedSamples().get(0);
                assertThat(last.line()).isEqualTo(complete + 1);
                assertThat(last.reason()).as("cut at byte %d", cut).contains("gzip input truncated");
            }
        }
        assertThat(summary(whole)).isEqualTo(InputSummary.of("in", "callback-log", 40, 0, 0));
    }

    @Test
    void theSampleCutAt50000BytesCountsItsCompleteLines() throws IOException {
        byte[] sample = Files.readAllBytes(Paths.get("docs/examples/callbacks.ndjson.gz"));
        byte[] cut = Arrays.copyOf(sample, 50_000);
        assertThat(completeLines(cut)).as("zcat").isEqualTo(1011);
        InterruptionReport r = Analyzer.builder().build().analyze(new ByteArrayInputStream(cut), "cut.gz");
        assertThat(r.linesRead()).isEqualTo(1012);
        Rejection last = r.rejectedSamples().get(r.rejectedSamples().size() - 1);
        assertThat(last.line()).isEqualTo(1012);
        assertThat(last.reason()).startsWith("line cut off: gzip input truncated");
    }

    @Test
    void plainTextAfterTheGzipDataIsOneRejectedLineThatSaysHowManyBytesWereNotRead() throws IOException {
        byte[] a = gzip(log(0, 10));
        byte[] b = log(10, 15).getBytes(StandardCharsets.UTF_8);
        InterruptionReport r = Analyzer.builder().build().analyze(new ByteArrayInputStream(concat(a, b)), "x");
        assertThat(r.inputs()).containsExactly(InputSummary.of("x", "callback-log", 11, 1, 0));
        Rejection unread = r.rejectedSamples().get(0);
        assertThat(unread.line()).isEqualTo(11);
        assertThat(unread.reason())
                .isEqualTo(b.length + " bytes after the gzip data (from byte " + a.length
                        + ") are not gzip and were not read");
    }

    @Test
    void everyMemberIsReadWhenThePipePausesBetweenThem() throws IOException {
        // a pipe written by (cat a.gz; sleep 2; cat b.gz): each read gives at most what one cat wrote, and
        // nothing is available() at the pause
        byte[][] writes = {gzip(log(0, 20)), gzip(log(20, 40))};
        InputStream pipe = new InputStream() {
            private int write;
            private int position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (write == writes.length) {
                    return -1;
                }
                int n = Math.min(len, writes[write].length - position);
                System.arraycopy(writes[write], position, b, off, n);
                position += n;
                if (position == writes[write].length) {
                    write++;
                    position = 0;
                }
                return n;
            }
        };
        InterruptionReport r = Analyzer.builder().build().analyze(pipe, "-");
        assertThat(r.inputs()).containsExactly(InputSummary.of("-", "callback-log", 40, 0, 0));
        assertThat(r.interruptions()).isEqualTo(40);
    }

    @Test
    void garbageAfterAGzipMemberIsSaidNotIgnored() throws IOException {
        byte[] a = gzip(log(0, 10));
        byte[] garbage = {0x1f, 0x00, 0x41, 0x42};
        InputSummary s = summary(concat(a, garbage));
        assertThat(s).isEqualTo(InputSummary.of("in", "callback-log", 11, 1, 0));
        // a second member cut inside its header: a truncation, not garbage
        InterruptionReport r =
                Analyzer.builder().build().analyze(new ByteArrayInputStream(concat(a, Arrays.copyOf(a, 5))), "in");
        assertThat(r.linesRead()).isEqualTo(11);
        assertThat(r.rejectedSamples().get(0).reason())
                .isEqualTo("input ends early: gzip input truncated: it ends inside the header of member 2");
    }

    @Test
    void aCallbackLogWhoseValuesSayRequestOrResponseIsALog() throws IOException {
        // the vendor's keys in alphabetical order: "channel_id" comes before "event_type"
        StringBuilder log = new StringBuilder();
        String[] values = {"Request", "Response", "EventList", "StopReason", "DataInfoList"};
        for (int i = 0; i < 100; i++) {
            log.append("{\"app\":\"push.example.com\",\"appname\":\"live\",\"channel_id\":\"")
                    .append(values[i % values.length])
                    .append("\",\"errcode\":3,\"event_time\":")
                    .append(T0 + i)
                    .append(",\"event_type\":0,\"sequence\":\"")
                    .append(i)
                    .append("\",\"stream_id\":\"room1\"}\n");
        }
        InputSummary s = summary(log.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(s).isEqualTo(InputSummary.of("in", "callback-log", 100, 0, 0));
        // and a key of that name inside a nested value does not make it an API response either
        String nested =
                "{\"extra\":{\"Response\":{\"EventList\":[]}},\"event_type\":0,\"errcode\":3,\"sequence\":\"1\","
                        + "\"stream_id\":\"room1\",\"event_time\":" + T0 + "}\n";
        assertThat(summary((nested + callback(2)).getBytes(StandardCharsets.UTF_8))
                        .kind())
                .isEqualTo("callback-log");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRead(@TempDir Path dir) throws Exception {
        for (boolean compressed : new boolean[] {false, true}) {
            Path fifo = dir.resolve(compressed ? "log.gz.fifo" : "log.fifo");
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(mkfifo.exitValue()).isZero();
            byte[] content = compressed
                    ? concat(gzip(log(0, 30)), gzip(log(30, 60)))
                    : log(0, 60).getBytes(StandardCharsets.UTF_8);
            Thread writer = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(fifo)) {
                    int half = content.length / 2;
                    out.write(content, 0, half);
                    out.flush();
                    Thread.sleep(200); // a pause, as between two cat commands
                    out.write(content, half, content.length - half);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.setDaemon(true);
            writer.start();
            InterruptionReport r = Analyzer.builder().build().analyze(fifo);
            writer.join(10_000);
            assertThat(r.inputs()).containsExactly(InputSummary.of(fifo.toString(), "callback-log", 60, 0, 0));
        }
    }

    @Test
    void apiResponsesAreStillToldApart() throws IOException {
        List<String> lists = List.of(
                "{\"Response\":{\"EventList\":[],\"TotalNum\":0,\"RequestId\":\"r\"}}",
                "{\"Response\":{\"RequestId\":\"r\",\"TotalNum\":0,\"DataInfoList\":[]}}",
                "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"bad\"},\"RequestId\":\"x\"}}");
        assertThat(summary(lists.get(0).getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo("DescribeLiveStreamEventList");
        assertThat(summary(lists.get(1).getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo("DescribeCallbackRecordsList");
        assertThat(summary(gzip(lists.get(1))).kind()).isEqualTo("DescribeCallbackRecordsList");
        assertThat(summary(lists.get(2).getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo("DescribeLiveStreamEventList");
    }
}
