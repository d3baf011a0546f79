package io.github.streamcause.render;

import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.report.TimeBucket;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The report as Markdown tables. */
final class MarkdownReport extends Rendered {

    MarkdownReport(InterruptionReport report, RenderOptions options) {
        super(report, options);
    }

    /** A table cell: its pipes escaped, its backticks and angle brackets made harmless. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("`", "'").replace("<", "&lt;");
    }

    /** A row a bucket, empty ones included: its start and every count; nothing when no event has a time. */
    private void timeline(PrintWriter out) {
        List<TimeBucket> buckets = report.timeline(timelineWidth);
        if (buckets.isEmpty()) {
            return;
        }
        out.println();
        out.println("## " + timelineHeading());
        out.println();
        StringBuilder heading = new StringBuilder("| start | interruptions |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Category c : Category.values()) {
            heading.append(' ').append(c.name()).append(" |");
            rule.append("---:|");
        }
        out.println(heading + " fix required | retry | not needed | pushes |");
        out.println(rule + "---:|---:|---:|---:|");
        for (TimeBucket b : buckets) {
            StringBuilder row = new StringBuilder("| ")
                    .append(bucketStart(b))
                    .append(" | ")
                    .append(b.interruptions())
                    .append(" |");
            for (Category c : Category.values()) {
                row.append(' ').append(b.byCategory().get(c)).append(" |");
            }
            out.println(row + " " + b.byRecovery().get(Recovery.FIX_REQUIRED) + " | "
                    + b.byRecovery().get(Recovery.RETRY) + " | "
                    + b.byRecovery().get(Recovery.NOT_NEEDED) + " | "
                    + b.pushes() + " |");
        }
    }

    @Override
    void write(PrintWriter out) {
        long interruptions = report.interruptions();
        out.println("# StreamCause report");
        out.println();
        out.println("Input: " + cell(inputs()) + "; time span " + span() + ".");
        out.println();
        out.println(
                "| lines read | interruptions | push events | duplicates removed | rejected lines | filtered out |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.println("| " + report.linesRead() + " | " + interruptions + " | " + report.pushes() + " | "
                + report.duplicatesRemoved() + " | " + report.rejectedLines() + " | " + report.filteredOut() + " |");
        out.println();
        if (report.otherEvents() > 0) {
            StringBuilder kinds = new StringBuilder();
            for (Map.Entry<String, Long> e : report.otherEventsByKind().entrySet()) {
                kinds.append(kinds.length() == 0 ? " (by kind: " : ", ")
                        .append(cell(e.getKey()))
                        .append(' ')
                        .append(e.getValue());
            }
            out.println("Other events: " + report.otherEvents() + (kinds.length() == 0 ? "" : kinds + ")") + ".");
            out.println();
        }
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
        timeline(out);
        if (top > 0) { // --top 0: no lists
            out.println();
            out.println("## Top causes");
            out.println();
            if (topCauses().isEmpty()) {
                out.println("None.");
            } else {
                out.println("| interruptions | code | cause | category | recovery | description |");
                out.println("|---:|---|---|---|---|---|");
            }
            for (CauseLine c : topCauses()) {
                out.println("| " + c.count + " | " + c.label + " | `" + c.name.replace("+", "` + `") + "` | "
                        + c.category + " | " + c.recovery + " | " + c.description.replace("|", "\\|") + " |");
            }
            out.println();
            out.println("## Top streams needing a fix");
            out.println();
            List<StreamSummary> fix = report.topStreamsNeedingFix(top);
            if (fix.isEmpty()) {
                out.println("None.");
            } else {
                out.println("| FIX_REQUIRED | interruptions | stream |");
                out.println("|---:|---:|---|");
            }
            for (StreamSummary s : fix) {
                out.println("| " + s.fixRequired() + " | " + s.interruptions() + " | " + cell(stream(s)) + " |");
            }
        }
        if (!report.unrecognizedTexts().isEmpty()) {
            out.println();
            out.println("## Reason texts no known cause has");
            out.println();
            out.println("| interruptions | text | nearest known texts |");
            out.println("|---:|---|---|");
            for (Map.Entry<String, Long> e : unrecognizedTexts()) {
                out.println("| " + e.getValue() + " | " + cell(quoted(e.getKey())) + " | "
                        + cell(quotedAll(ErrorCodes.closestTexts(e.getKey()))) + " |");
            }
            if (report.unrecognizedTexts().size() > TEXTS_SHOWN) {
                out.println();
                out.println("And " + (report.unrecognizedTexts().size() - TEXTS_SHOWN) + " more texts.");
            }
        }
        if (report.rejectedLines() > 0) {
            out.println();
            out.println("## Rejected lines (" + report.rejectedLines() + ")");
            out.println();
            for (Rejection line : report.rejectedSamples()) {
                out.println("- `" + printable(line.source()).replace("`", "'") + ":" + line.line() + "`: "
                        + cell(printable(line.reason())));
            }
        }
    }
}
