package io.github.streamcause.render;

import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.DurationBin;
import io.github.streamcause.report.DurationStats;
import io.github.streamcause.report.Incident;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.ReconnectSummary;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.SessionSummary;
import io.github.streamcause.report.StreamKey;
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

    /** The median of {@code stats}, or {@code -}. */
    private static String median(DurationStats stats) {
        return stats.median().isPresent() ? duration(stats.median().get()) : "-";
    }

    /** The 90th percentile of {@code stats}, or {@code -}. */
    private static String p90(DurationStats stats) {
        return stats.p90().isPresent() ? duration(stats.p90().get()) : "-";
    }

    /**
     * The sessions: their figures in a row, the histogram, and (with {@code --top}) the streams with short
     * sessions and the lengths by cause; a sentence when no session has a length.
     */
    private void sessions(PrintWriter out, SessionSummary s) {
        out.println();
        out.println("## Sessions");
        out.println();
        if (s.sessions() == 0) {
            out.println("No session with a known length (" + s.interruptions()
                    + (s.interruptions() == 1 ? " interruption, " : " interruptions, ") + s.openPushes()
                    + (s.openPushes() == 1 ? " open push)." : " open pushes)."));
            return;
        }
        out.println("| sessions with a length | median | p90 | paired | unpaired interruptions | open pushes"
                + " | without a length | short (within " + SessionSummary.SHORT_SECONDS + "s) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.println("| " + s.sessions() + " | " + median(s.lengths()) + " | " + p90(s.lengths()) + " | " + s.paired()
                + " | " + s.unpairedInterruptions() + " | " + s.openPushes() + " | " + s.withoutLength() + " | "
                + s.shortSessions() + " |");
        out.println();
        out.println("Paired: an interruption and its push. Unpaired interruptions: their push was not seen. Open"
                + " pushes: still live, or their end was not received. Short: ended within "
                + SessionSummary.SHORT_SECONDS + "s, a push that fails to start.");
        out.println();
        out.println("| length | sessions | share |");
        out.println("|---|---:|---:|");
        for (DurationBin b : s.histogram()) {
            out.println("| " + bin(b) + " | " + b.count() + " | " + percent(b.count(), s.sessions()) + " |");
        }
        if (top > 0 && !s.shortSessionsByStream().isEmpty()) {
            out.println();
            out.println("| short sessions | stream |");
            out.println("|---:|---|");
            int shown = 0;
            for (Map.Entry<StreamKey, Long> e : s.shortSessionsByStream().entrySet()) {
                if (shown++ == top) {
                    break;
                }
                out.println("| " + e.getValue() + " | " + cell(stream(e.getKey())) + " |");
            }
            more(out, s.shortSessionsByStream().size(), "stream");
        }
        if (top > 0 && !s.byCause().isEmpty()) {
            out.println();
            out.println("| sessions | code | cause | median | p90 |");
            out.println("|---:|---|---|---:|---:|");
            List<Map.Entry<InterruptionCause, DurationStats>> causes = causesBySessions(s.byCause());
            for (Map.Entry<InterruptionCause, DurationStats> e : causes.subList(0, Math.min(top, causes.size()))) {
                out.println("| " + e.getValue().count() + " | " + label(report, e.getKey()) + " | `"
                        + e.getKey().name() + "` | " + median(e.getValue()) + " | " + p90(e.getValue()) + " |");
            }
            more(out, causes.size(), "cause");
        }
    }

    /** {@code And 3 more streams.}, {@code And 1 more cause.} after a list cut at {@code --top}. */
    private void more(PrintWriter out, int size, String what) {
        if (size > top) {
            out.println();
            out.println("And " + (size - top) + " more " + what + (size - top == 1 ? "." : "s."));
        }
    }

    /**
     * The reconnects in a row, and (with {@code --top}) the streams not back; a sentence when there was no
     * drop worth retrying.
     */
    private void reconnects(PrintWriter out, ReconnectSummary r) {
        out.println();
        out.println("## " + reconnectsHeading());
        out.println();
        if (r.retryInterruptions() == 0) {
            out.println("No RETRY interruption with a time.");
            return;
        }
        out.println("| RETRY drops | blips | blip share | reconnected later | never came back"
                + " | time to reconnect (median) | p90 |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        out.println("| " + r.retryInterruptions() + " | " + r.blips() + " | "
                + percent(r.blips(), r.retryInterruptions())
                + " | " + r.reconnectedLater() + " | " + r.neverReconnected() + " | " + median(r.timeToReconnect())
                + " | " + p90(r.timeToReconnect()) + " |");
        List<StreamKey> notBack = r.streamsNotBack();
        if (top > 0 && !notBack.isEmpty()) {
            out.println();
            out.println("Streams not back (" + notBack.size() + "):");
            out.println();
            for (StreamKey k : notBack.subList(0, Math.min(top, notBack.size()))) {
                out.println("- " + cell(stream(k)));
            }
            more(out, notBack.size(), "stream");
        }
    }

    /**
     * The incidents, first of the sections: how many the rules found and by what thresholds, then (with
     * {@code --top}) the first of them in a table, and a numbered line each: what the rule means and what to
     * do, in the report's language.
     */
    private void incidents(PrintWriter out, List<Incident> incidents) {
        out.println("## Incidents");
        out.println();
        out.println(cell(incidentsFound(incidents)) + ".");
        if (top == 0 || incidents.isEmpty()) {
            out.println();
            return;
        }
        List<Incident> shown = incidents.subList(0, Math.min(top, incidents.size()));
        out.println();
        out.println("| # | rule | window | interruptions | streams | cause |");
        out.println("|---:|---|---|---:|---|---|");
        int n = 0;
        for (Incident i : shown) {
            out.println("| " + ++n + " | " + ruleText(i.rule()) + " | " + incidentWindow(i) + " | "
                    + i.interruptions() + " | " + cell(incidentStreams(i)) + " | "
                    + (i.cause().isPresent()
                            ? label(report, i.cause().get()) + " `"
                                    + i.cause().get().name() + "`"
                            : "no single cause")
                    + " |");
        }
        out.println();
        n = 0;
        for (Incident i : shown) {
            out.println(++n + ". " + cell(i.rule().description())
                    + (i.remedy(locale).isPresent()
                            ? " **What to do:** " + cell(i.remedy(locale).get())
                            : ""));
        }
        more(out, incidents.size(), "incident");
        out.println();
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
        incidents(out, report.incidents(incidentRules)); // computed once: it goes through every event
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
        sessions(out, report.sessions()); // each computed once: they go through every event
        reconnects(out, report.reconnects(reconnectWindow));
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
