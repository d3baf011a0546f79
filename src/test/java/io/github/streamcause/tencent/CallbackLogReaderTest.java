package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line of a log becomes one LogLine: an event or a rejection with its number and reason. */
class CallbackLogReaderTest {
    private static final String LOG = String.join(
            "\n",
            "{\"event_type\":1,\"sequence\":\"1\",\"errcode\":0,\"errmsg\":\"ok\"}",
            "{\"event_type\":0,\"sequence\":\"1\",\"errcode\":12,\"errmsg\":\"推流链路网络异常\"}",
            "not json",
            "",
            "{\"event_type\":321,\"sequence\":\"2\"}",
            "{\"event_type\":0,\"errcode\":\"x\"}",
            "{\"event_type\":0,\"sequence\":\"3\",\"errcode\":18,\"errmsg\":\"推流域名被禁用\"}");

    private static List<LogLine> read(byte[] bytes) throws IOException {
        try (CallbackLogReader reader = CallbackLogReader.of(new ByteArrayInputStream(bytes), "test.log")) {
            List<LogLine> lines = new ArrayList<>();
            reader.forEachRemaining(lines::add);
            return lines;
        }
    }

    @Test
    void everyLineIsAnEventOrARejection() throws IOException {
        List<LogLine> lines = read(LOG.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).extracting(LogLine::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(lines).extracting(LogLine::isRejected).containsExactly(false, false, true, true, false, true, false);
        assertThat(lines).allMatch(l -> l.source().equals("test.log"));
        assertThat(lines.get(0).event().get().isPush()).isTrue();
        assertThat(lines.get(1).event().get().diagnosis().get().code()).isEqualTo(12);
        assertThat(lines.get(2).rejection()).contains("not JSON: the word \"not\" at column 1");
        assertThat(lines.get(3).rejection()).contains("blank line");
        assertThat(lines.get(4).event().get().eventType()).isEqualTo(321); // another kind, not a bad line
        assertThat(lines.get(5).rejection().get()).startsWith("errcode: expected an integer");
        assertThat(lines.get(6).event().get().diagnosis().get().subcode()).isEqualTo(303);
        assertThat(lines.get(3).toString()).isEqualTo("test.log:4: rejected: blank line");
    }

    @Test
    void aFinalNewlineAddsNoLineAndCrLfIsAccepted() throws IOException {
        assertThat(read((LOG + "\n").getBytes(StandardCharsets.UTF_8))).hasSize(7);
        List<LogLine> crlf = read(LOG.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(crlf).hasSize(7);
        assertThat(crlf).extracting(LogLine::isRejected).containsExactly(false, false, true, true, false, true, false);
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write(LOG.getBytes(StandardCharsets.UTF_8));
        }
        List<LogLine> plain = read(LOG.getBytes(StandardCharsets.UTF_8));
        assertThat(read(compressed.toByteArray())).isEqualTo(plain);
        Path file = dir.resolve("log.ndjson.gz");
        Files.write(file, compressed.toByteArray());
        try (CallbackLogReader reader = CallbackLogReader.open(file)) {
            List<LogLine> lines = reader.stream().collect(Collectors.toList());
            assertThat(lines).hasSameSizeAs(plain);
            assertThat(lines.get(1).event()).isEqualTo(plain.get(1).event());
            assertThat(lines.get(0).source()).isEqualTo(file.toString());
        }
    }

    @Test
    void concatenatedGzipMembersAreOneLog() throws IOException {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        for (String part : new String[] {"{\"event_type\":1}\n", "{\"event_type\":0,\"errcode\":3}\n"}) {
            try (GZIPOutputStream gz = new GZIPOutputStream(both)) {
                gz.write(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        List<LogLine> lines = read(both.toByteArray());
        assertThat(lines).hasSize(2).noneMatch(LogLine::isRejected);
    }

    @Test
    void aTruncatedGzipEndsWithARejectionThatSaysSo() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            many.append("{\"event_type\":0,\"sequence\":\"").append(i).append("\",\"errcode\":14}\n");
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write(many.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = compressed.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        List<LogLine> lines = read(cut);
        LogLine last = lines.get(lines.size() - 1);
        assertThat(last.isRejected()).isTrue();
        assertThat(last.rejection().get()).contains("truncated");
        assertThat(lines.subList(0, lines.size() - 1)).noneMatch(LogLine::isRejected);
        assertThat(lines).extracting(LogLine::number).doesNotHaveDuplicates().isSorted();
        assertThat(lines.size()).isBetween(2, 2000);
    }

    @Test
    void aLineOverTheLimitIsRejectedAndReadingGoesOn() throws IOException {
        String log = "{\"event_type\":1,\"pad\":\"" + "x".repeat(300) + "\"}\n{\"event_type\":1}\n";
        try (CallbackLogReader reader =
                CallbackLogReader.of(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)), "s", 100)) {
            LogLine first = reader.next();
            assertThat(first.rejection().get()).isEqualTo("line longer than 100 bytes (325)");
            assertThat(reader.next().isRejected()).isFalse();
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void theLimitMustBePositiveAndALineOfExactlyTheLimitIsKept() throws IOException {
        assertThatThrownBy(() -> CallbackLogReader.of(new ByteArrayInputStream(new byte[0]), "s", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLineBytes must be positive: 0");
        String event = "{\"event_type\":1,\"sequence\":\"1\"}";
        int size = event.getBytes(StandardCharsets.UTF_8).length;
        try (CallbackLogReader reader = CallbackLogReader.of(
                new ByteArrayInputStream((event + "\n" + event + " \n").getBytes(StandardCharsets.UTF_8)), "s", size)) {
            assertThat(reader.next().isRejected()).as("exactly the limit").isFalse();
            assertThat(reader.next().rejection()).contains("line longer than " + size + " bytes (" + (size + 1) + ")");
            assertThat(reader.hasNext()).isFalse();
        }
        try (CallbackLogReader one =
                CallbackLogReader.of(new ByteArrayInputStream("x\nxy\n".getBytes(StandardCharsets.UTF_8)), "s", 1)) {
            assertThat(one.next().rejection().orElseThrow()).doesNotContain("longer");
            assertThat(one.next().rejection().orElseThrow()).contains("line longer than 1 bytes (2)");
        }
    }

    @Test
    void aLineLongerThanTheReadBufferIsReadWhole() throws IOException {
        String errmsg = "推".repeat(100_000);
        String line = "{\"event_type\":0,\"sequence\":\"1\",\"errcode\":12,\"errmsg\":\"" + errmsg + "\"}";
        List<LogLine> lines = read((line + "\n" + line).getBytes(StandardCharsets.UTF_8));
        assertThat(lines).hasSize(2);
        for (LogLine l : lines) {
            assertThat(l.event().orElseThrow().errmsg()).contains(errmsg);
        }
    }

    @Test
    void closingTheReaderOrItsStreamClosesTheInput() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        byte[] log = "{\"event_type\":1}\n".getBytes(StandardCharsets.UTF_8);
        CallbackLogReader reader = CallbackLogReader.of(closeCounting(log, closed), "s");
        reader.close();
        assertThat(closed.get()).isEqualTo(1);

        try (Stream<LogLine> lines = CallbackLogReader.of(closeCounting(log, closed), "s").stream()) {
            assertThat(lines.count()).isEqualTo(1);
        }
        assertThat(closed.get()).isEqualTo(2);

        // gzip's magic bytes and nothing else: closed at once, and reported as the only line
        CallbackLogReader cut = CallbackLogReader.of(closeCounting(new byte[] {0x1f, (byte) 0x8b}, closed), "s");
        assertThat(closed.get()).isEqualTo(3);
        assertThat(cut.next().rejection().orElseThrow()).startsWith("input ends early: gzip input truncated");
    }

    private static InputStream closeCounting(byte[] bytes, AtomicInteger closed) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }
}
