package io.github.streamcause.examples;

import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.Recovery;
import io.github.streamcause.analysis.Analyzer;
import io.github.streamcause.render.RenderOptions;
import io.github.streamcause.render.ReportFormat;
import io.github.streamcause.report.EventId;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The examples of docs/payloads.md on the analysis, the report's own events, rendering and the report's
 * state; the lines between the {@code snippet:} markers are the doc's code blocks, verbatim.
 */
final class AnalysisExamples {
    private AnalysisExamples() {}

    /** A folder of logs and API responses, a day of it, as a Markdown message for a chat. */
    static String dailyMessage(Path logs) throws IOException {
        // snippet:analyzer:begin
        InterruptionReport report = Analyzer.builder()
                .since(Instant.parse("2026-11-24T00:00:00Z"))
                .until(Instant.parse("2026-11-25T00:00:00Z"))
                .streams("live/room*")
                .classification(Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY))
                .build()
                .analyze(logs); // files and folders (recursively), plain or .gz
        for (InputSummary input : report.inputs()) {
            System.out.println(input.name() + ": " + input.kind() + ", " + input.lines() + " lines, " + input.rejected()
                    + " rejected, " + input.filteredOut() + " filtered out");
        }
        StringWriter message = new StringWriter();
        ReportFormat.MARKDOWN.write(report, RenderOptions.defaults().withTop(5).withLocale(Locale.KOREAN), message);
        // snippet:analyzer:end
        return message.toString();
    }

    /** A receiver's or a stream processor's own events, counted without JSON. */
    static InterruptionReport ownEvents() {
        // snippet:neutral:begin
        StreamKey room42 = StreamKey.of("push.example.com", "live", "room42");
        InterruptionReport report = InterruptionReport.builder()
                .add(StreamEvent.builder(StreamEvent.Kind.PUSH, room42)
                        .time(Instant.ofEpochSecond(1764000000))
                        .id(EventId.sequence("4777712183614825751", 1))
                        .build())
                .add(StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, room42)
                        .time(Instant.ofEpochSecond(1764000600))
                        .diagnosis(ErrorCodes.describe(18, 202))
                        .id(EventId.sequence("4777712183614825751", 0))
                        .build())
                .build();
        // snippet:neutral:end
        return report;
    }

    /** Each day on its own machine, then the month: the states are written, read back and merged. */
    static InterruptionReport month(List<Path> days, Path states) throws IOException {
        // snippet:state:begin
        Analyzer analyzer = Analyzer.builder().build();
        for (Path day : days) { // on any machine
            try (OutputStream out = Files.newOutputStream(states.resolve(day.getFileName() + ".state"))) {
                analyzer.analyze(day).writeTo(out);
            }
        }
        InterruptionReport month = InterruptionReport.builder().build();
        for (Path day : days) { // anywhere else, later
            try (InputStream in = Files.newInputStream(states.resolve(day.getFileName() + ".state"))) {
                month = month.merge(InterruptionReport.readFrom(in)); // an event in two days counts once
            }
        }
        // snippet:state:end
        return month;
    }
}
