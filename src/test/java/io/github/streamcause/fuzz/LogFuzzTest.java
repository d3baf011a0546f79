package io.github.streamcause.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.analysis.Analyzer;
import io.github.streamcause.analysis.UnreadableInputException;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.tencent.CallbackLogReader;
import io.github.streamcause.tencent.LogLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Callback logs and whole files from outside: every line is accounted for (an event or a rejected line,
 * numbered 1 to n, as many as the input has lines), gzip changes nothing, the report of any two parts
 * merged is the report of the whole, and a file gives a report or a documented error.
 */
class LogFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new StreamCauseModule());

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void callbackLog(byte[] log) throws IOException {
        if (isGzip(log)) {
            return; // gzip'd input is the next target's: here the bytes are the lines
        }
        List<LogLine> plain = read(log);
        assertThat(plain).as("one log line per line of input").hasSize(lineCount(log));
        for (int i = 0; i < plain.size(); i++) {
            LogLine line = plain.get(i);
            assertThat(line.number()).isEqualTo(i + 1);
            assertThat(line.event().isPresent()).isNotEqualTo(line.isRejected());
            line.rejection().ifPresent(reason -> Outcomes.oneLine(new IllegalArgumentException(reason)));
        }
        assertThat(read(gzip(log))).as("the same lines through gzip").isEqualTo(plain);
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void gzipLog(byte[] bytes) throws IOException {
        // arbitrary bytes behind the gzip magic: a truncated or damaged member ends in one rejected line
        byte[] log = isGzip(bytes) ? bytes : prefixGzip(bytes);
        try {
            List<LogLine> lines = read(log);
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).number()).isEqualTo(i + 1);
            }
        } catch (UncheckedIOException e) {
            Outcomes.oneLine(e.getCause());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void mergeOfTwoPartsIsTheWhole(FuzzedDataProvider data) throws IOException {
        byte[] log = data.consumeRemainingAsBytes();
        if (isGzip(log)) {
            return;
        }
        List<LogLine> lines = read(log);
        int cut = lines.isEmpty() ? 0 : Math.floorMod(log.length, lines.size() + 1);
        InterruptionReport whole = lines.stream().collect(LogLine.toReport());
        InterruptionReport merged = lines.subList(0, cut).stream()
                .collect(LogLine.toReport())
                .merge(lines.subList(cut, lines.size()).stream().collect(LogLine.toReport()));
        assertThat(JSON.writeValueAsString(merged)).isEqualTo(JSON.writeValueAsString(whole));
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        merged.writeTo(state);
        InterruptionReport back = InterruptionReport.readFrom(new ByteArrayInputStream(state.toByteArray()));
        assertThat(JSON.writeValueAsString(back)).isEqualTo(JSON.writeValueAsString(whole));
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void analyzerOverOneFile(byte[] content) throws IOException {
        Path file = Files.createTempFile("streamcause-fuzz", ".log");
        try {
            Files.write(file, content);
            InterruptionReport r;
            try {
                r = Analyzer.builder().rejectUnreadableInputs(true).build().analyze(file);
            } catch (UnreadableInputException e) {
                Outcomes.oneLine(e);
                return;
            }
            assertThat(r.inputs()).hasSize(1);
            assertThat(r.rejectedLines() + r.filteredOut()).isLessThanOrEqualTo(r.linesRead());
            assertThat(r.byCategory().values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isEqualTo(r.interruptions());
        } finally {
            Files.delete(file);
        }
    }

    static List<LogLine> read(byte[] log) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (CallbackLogReader reader = CallbackLogReader.of(new ByteArrayInputStream(log), "fuzz")) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    /** Lines as the reader counts them: ended by a line feed, the last one also by the end of input. */
    static int lineCount(byte[] log) {
        int lines = 0;
        for (byte b : log) {
            if (b == '\n') {
                lines++;
            }
        }
        return log.length > 0 && log[log.length - 1] != '\n' ? lines + 1 : lines;
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] prefixGzip(byte[] rest) {
        byte[] log = new byte[rest.length + 2];
        log[0] = 0x1F;
        log[1] = (byte) 0x8B;
        System.arraycopy(rest, 0, log, 2, rest.length);
        return log;
    }
}
