package io.github.streamcause.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.tencent.LogLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An {@link InterruptionReport} rendered for a terminal, as Markdown, CSV or JSON. */
final class ReportView {
    enum Format {
        text,
        json,
        markdown,
        csv
    }

    private static final int BAR_WIDTH = 30;
    private static final int REJECTED_SHOWN = 5;

    private final InterruptionReport report;
    private final List<String> files;
    private final long lines;
    private final long filtered;
    private final int top;
    private final Locale locale;

    ReportView(InterruptionReport report, List<String> files, long lines, long filtered, int top, Locale locale) {
        this.report = report;
        this.files = files;
        this.lines = lines;
        this.filtered = filtered;
        this.top = top;
        this.locale = locale;
    }

    void write(Format format, PrintWriter out) throws IOException {
        switch (format) {
            case json:
                json(out);
                break;
            case markdown:
                markdown(out);
                break;
            case csv:
                csv(out);
                break;
            default:
                text(out);
        }
    }

    private String span() {
        if (!report.firstEvent().isPresent()) {
            return "no event times";
        }
        return report.firstEvent().get() + " .. " + report.lastEvent().get();
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String bar(long part, long whole) {
        int filled = whole == 0 ? 0 : (int) Math.round((double) BAR_WIDTH * part / whole);
        StringBuilder bar = new StringBuilder(BAR_WIDTH);
        for (int i = 0; i < BAR_WIDTH; i++) {
            bar.append(i < filled ? '#' : '.');
        }
        return bar.toString();
    }

    private static String pad(String s, int width) {
        StringBuilder padded = new StringBuilder(s);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }

    private static String padLeft(String s, int width) {
        StringBuilder padded = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            padded.append(' ');
        }
        return padded.append(s).toString();
    }

    private List<Map.Entry<InterruptionCause, Long>> topCauses() {
        List<Map.Entry<InterruptionCause, Long>> causes =
                new ArrayList<>(report.byCause().entrySet());
        return causes.subList(0, Math.min(top, causes.size()));
    }

    private void text(PrintWriter out) {
        long interruptions = report.interruptions();
        out.println("StreamCause report: " + String.join(", ", files));
        out.println();
        out.println("  lines read          " + padLeft(number(lines), 12));
        out.println("  interruptions       " + padLeft(number(interruptions), 12));
        out.println("  push events         " + padLeft(number(report.pushes()), 12));
        out.println("  duplicates removed  " + padLeft(number(report.duplicatesRemoved()), 12));
        out.println("  rejected lines      " + padLeft(number(report.rejectedLines()), 12));
        if (filtered > 0) {
            out.println("  filtered out        " + padLeft(number(filtered), 12) + "  (--since/--until/--stream)");
        }
        if (report.unclassified() > 0) {
            out.println("  unclassified        " + padLeft(number(report.unclassified()), 12)
                    + "  (no errcode, or an unknown StopReason)");
        }
        out.println("  time span           " + span());
        out.println();
        out.println("By category");
        for (Map.Entry<Category, Long> e : report.byCategory().entrySet()) {
            out.println("  " + pad(e.getKey().name(), 13) + padLeft(number(e.getValue()), 10) + "  "
                    + bar(e.getValue(), interruptions) + "  " + padLeft(percent(e.getValue(), interruptions), 6));
        }
        out.println();
        out.println("By recovery");
        for (Map.Entry<Recovery, Long> e : report.byRecovery().entrySet()) {
            out.println("  " + pad(e.getKey().name(), 13) + padLeft(number(e.getValue()), 10) + "  "
                    + bar(e.getValue(), interruptions) + "  " + padLeft(percent(e.getValue(), interruptions), 6));
        }
        out.println();
        out.println("Top causes");
        for (Map.Entry<InterruptionCause, Long> e : topCauses()) {
            InterruptionCause c = e.getKey();
            out.println("  " + padLeft(number(e.getValue()), 10) + "  " + pad(CodeTable.range(c), 8) + " "
                    + pad(c.category() + "/" + c.recovery(), 22) + c.description(locale));
        }
        if (!report.undocumentedPairs().isEmpty()) {
            out.println();
            out.println("Codes the vendor's table does not document");
            for (Map.Entry<String, Long> e : report.undocumentedPairs().entrySet()) {
                out.println("  " + padLeft(number(e.getValue()), 10) + "  " + e.getKey());
            }
        }
        out.println();
        out.println("Top streams needing a fix (FIX_REQUIRED)");
        List<StreamSummary> fix = report.topStreamsNeedingFix(top);
        if (fix.isEmpty()) {
            out.println("  none");
        }
        for (StreamSummary s : fix) {
            out.println("  " + padLeft(number(s.fixRequired()), 10) + "  " + s.stream() + "  ("
                    + number(s.interruptions()) + " interruptions)");
        }
        out.println();
        out.println("Top streams by interruptions");
        for (StreamSummary s : report.topStreams(top)) {
            out.println("  " + padLeft(number(s.interruptions()), 10) + "  " + s.stream());
        }
        if (report.rejectedLines() > 0) {
            out.println();
            List<LogLine> samples = report.rejectedSamples();
            int shown = Math.min(REJECTED_SHOWN, samples.size());
            out.println("Rejected lines: " + number(report.rejectedLines()) + " (first " + shown + ")");
            for (LogLine line : samples.subList(0, shown)) {
                out.println("  " + line.source() + ":" + line.number() + ": "
                        + line.rejection().get());
            }
        }
    }

    private void markdown(PrintWriter out) {
        long interruptions = report.interruptions();
        out.println("# StreamCause report");
        out.println();
        out.println("Input: " + String.join(", ", files) + "; time span " + span() + ".");
        out.println();
        out.println(
                "| lines read | interruptions | push events | duplicates removed | rejected lines | filtered out |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.println("| " + lines + " | " + interruptions + " | " + report.pushes() + " | " + report.duplicatesRemoved()
                + " | " + report.rejectedLines() + " | " + filtered + " |");
        out.println();
        out.println("## By category");
        out.println();
        out.println("| category | interruptions | share |");
        out.println("|---|---:|---:|");
        for (Map.Entry<Category, Long> e : report.byCategory().entrySet()) {
            out.println("| " + e.getKey() + " | " + e.getValue() + " | " + percent(e.getValue(), interruptions) + " |");
        }
        out.println();
        out.println("## By recovery");
        out.println();
        out.println("| recovery | interruptions | share |");
        out.println("|---|---:|---:|");
        for (Map.Entry<Recovery, Long> e : report.byRecovery().entrySet()) {
            out.println("| " + e.getKey() + " | " + e.getValue() + " | " + percent(e.getValue(), interruptions) + " |");
        }
        out.println();
        out.println("## Top causes");
        out.println();
        out.println("| interruptions | code | cause | category | recovery | description |");
        out.println("|---:|---|---|---|---|---|");
        for (Map.Entry<InterruptionCause, Long> e : topCauses()) {
            InterruptionCause c = e.getKey();
            out.println("| " + e.getValue() + " | " + CodeTable.range(c) + " | `" + c.name() + "` | " + c.category()
                    + " | " + c.recovery() + " | " + c.description(locale).replace("|", "\\|") + " |");
        }
        out.println();
        out.println("## Top streams needing a fix");
        out.println();
        out.println("| FIX_REQUIRED | interruptions | stream |");
        out.println("|---:|---:|---|");
        for (StreamSummary s : report.topStreamsNeedingFix(top)) {
            out.println("| " + s.fixRequired() + " | " + s.interruptions() + " | " + s.stream() + " |");
        }
        if (report.rejectedLines() > 0) {
            out.println();
            out.println("## Rejected lines (" + report.rejectedLines() + ")");
            out.println();
            for (LogLine line : report.rejectedSamples()) {
                out.println("- `" + line.source() + ":" + line.number() + "`: "
                        + line.rejection().get().replace("`", "'"));
            }
        }
    }

    /** One table: section, name, count; easy to load into a spreadsheet. */
    private void csv(PrintWriter out) {
        StringBuilder csv = new StringBuilder();
        CodeTable.csvLine(csv, Arrays.asList("section", "name", "count"));
        row(csv, "total", "lines_read", lines);
        row(csv, "total", "interruptions", report.interruptions());
        row(csv, "total", "push_events", report.pushes());
        row(csv, "total", "duplicates_removed", report.duplicatesRemoved());
        row(csv, "total", "rejected_lines", report.rejectedLines());
        row(csv, "total", "filtered_out", filtered);
        row(csv, "total", "unclassified", report.unclassified());
        for (Map.Entry<Category, Long> e : report.byCategory().entrySet()) {
            row(csv, "category", e.getKey().name(), e.getValue());
        }
        for (Map.Entry<Recovery, Long> e : report.byRecovery().entrySet()) {
            row(csv, "recovery", e.getKey().name(), e.getValue());
        }
        for (Map.Entry<InterruptionCause, Long> e : report.byCause().entrySet()) {
            row(csv, "cause", CodeTable.range(e.getKey()) + " " + e.getKey().name(), e.getValue());
        }
        for (Map.Entry<String, Long> e : report.undocumentedPairs().entrySet()) {
            row(csv, "undocumented", e.getKey(), e.getValue());
        }
        for (StreamSummary s : report.streams()) {
            row(csv, "stream_interruptions", s.stream().toString(), s.interruptions());
            row(csv, "stream_fix_required", s.stream().toString(), s.fixRequired());
        }
        out.print(csv);
    }

    private static void row(StringBuilder csv, String section, String name, long count) {
        CodeTable.csvLine(csv, Arrays.asList(section, name, Long.toString(count)));
    }

    private void json(PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new StreamCauseModule(locale))
                .enable(SerializationFeature.INDENT_OUTPUT);
        out.println(mapper.writeValueAsString(report));
    }
}
