package io.github.streamcause.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.InterruptionCause;
import io.github.streamcause.analysis.Analyzer;
import io.github.streamcause.report.InterruptionReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/payloads.md on the analysis do what the doc says. */
class AnalysisExamplesTest {
    private static final Path SAMPLE = Paths.get("docs/examples/callbacks.ndjson.gz");

    private static List<String> sampleLines() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void theDailyMessageIsKoreanMarkdownOfTheRoomsOfThatDay(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("logs/a"));
        Files.copy(SAMPLE, dir.resolve("logs/a/day.ndjson.gz"));
        PrintStream saved = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String message;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            message = AnalysisExamples.dailyMessage(dir.resolve("logs"));
        } finally {
            System.setOut(saved);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith(dir.resolve("logs/a/day.ndjson.gz") + ": callback-log, 4229 lines, 5 rejected, ")
                .endsWith(" filtered out\n");
        assertThat(message).startsWith("# StreamCause report\n").contains("| lines read |");
        assertThat(message).contains(InterruptionCause.CLIENT_DELETED_STREAM.description(java.util.Locale.KOREAN));
        assertThat(message).doesNotContain("2026-11-25T01");
    }

    @Test
    void ownEventsAreCountedWithoutJson() {
        InterruptionReport r = AnalysisExamples.ownEvents();
        assertThat(r.interruptions()).isEqualTo(1);
        assertThat(r.pushes()).isEqualTo(1);
        assertThat(r.topStreamsNeedingFix(1).get(0).stream().toString()).isEqualTo("push.example.com/live/room42");
        assertThat(r.byCause()).containsOnlyKeys(InterruptionCause.ACCOUNT_IN_ARREARS);
    }

    @Test
    void theMonthOfMergedDailyStatesIsTheMonthAnalysedAtOnce(@TempDir Path dir) throws IOException {
        List<String> lines = sampleLines();
        List<Path> days = new ArrayList<>();
        // three "days" that overlap, so that some events are in two of them
        int[][] ranges = {{0, 1800}, {1500, 3200}, {3000, lines.size()}};
        for (int i = 0; i < ranges.length; i++) {
            Path day = dir.resolve("day" + i + ".ndjson");
            Files.write(day, lines.subList(ranges[i][0], ranges[i][1]), StandardCharsets.UTF_8);
            days.add(day);
        }
        Path states = Files.createDirectory(dir.resolve("states"));
        InterruptionReport month = AnalysisExamples.month(days, states);
        InterruptionReport atOnce = Analyzer.builder().build().analyze(SAMPLE);
        assertThat(month.interruptions()).isEqualTo(atOnce.interruptions()).isEqualTo(2000);
        assertThat(month.pushes()).isEqualTo(atOnce.pushes());
        assertThat(month.byCause()).isEqualTo(atOnce.byCause());
        assertThat(month.streams()).isEqualTo(atOnce.streams());
        assertThat(month.duplicatesRemoved())
                .as("the overlaps are duplicates too")
                .isGreaterThan(atOnce.duplicatesRemoved());
        assertThat(month.linesRead()).isEqualTo(atOnce.linesRead() + 300 + 200);
    }
}
