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

/** The report for a terminal: aligned figures and bar charts. */
final class TextReport extends Rendered {
    private final int rejected;

    TextReport(InterruptionReport report, RenderOptions options) {
        super(report, options);
        this.rejected = options.rejected();
    }

    /** An empty list says so, and only an empty one. */
    private static void none(PrintWriter out, List<?> list) {
        if (list.isEmpty()) {
            out.println("  none");
        }
    }

    /** {@code (kinds 321: 4, 100: 1)}: the other events by kind, most first; empty when none has a kind. */
    private String otherKinds() {
        java.util.List<Map.Entry<String, Long>> kinds =
                new java.util.ArrayList<>(report.otherEventsByKind().entrySet());
        kinds.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Long> e : kinds) {
            s.append(s.length() == 0 ? "(kinds " : ", ")
                    .append(Rendered.printable(e.getKey()))
                    .append(": ")
                    .append(number(e.getValue()));
        }
        return s.length() == 0 ? "" : s.append(')').toString();
    }

    /**
     * One row a bucket, empty ones included: its start, interruptions, those that need a fix and those to
     * retry, pushes, and a bar of its interruptions against the most a bucket has; nothing when no event
     * has a time.
     */
    private void timeline(PrintWriter out) {
        List<TimeBucket> buckets = report.timeline(timelineWidth);
        if (buckets.isEmpty()) {
            return;
        }
        long most = 0;
        for (TimeBucket b : buckets) {
            most = Math.max(most, b.interruptions());
        }
        out.println();
        out.println(timelineHeading());
        out.println("  " + pad("start", 16) + padLeft("interruptions", 15) + padLeft("fix required", 14)
                + padLeft("retry", 10) + padLeft("pushes", 10));
        for (TimeBucket b : buckets) {
            out.println("  " + pad(bucketStart(b), 16) + padLeft(number(b.interruptions()), 15)
                    + padLeft(number(b.byRecovery().get(Recovery.FIX_REQUIRED)), 14)
                    + padLeft(number(b.byRecovery().get(Recovery.RETRY)), 10)
                    + padLeft(number(b.pushes()), 10) + "  " + bar(b.interruptions(), most));
        }
    }

    /** {@code "  label                    123"}: a figure of the sessions or reconnects, and a note after it. */
    private static void figure(PrintWriter out, String label, String figure, String note) {
        out.println("  " + pad(label, 26) + padLeft(figure, 8) + (note.isEmpty() ? "" : "  " + note));
    }

    private static String count(long n, String what) {
        return number(n) + " " + what + (n == 1 ? "" : "s");
    }

    /**
     * The sessions: how many have a length, its median and p90, the halves without a partner, the short
     * ones, a histogram, and (with {@code --top}) the streams with short sessions and the median length by
     * cause; one line when no session has a length.
     */
    private void sessions(PrintWriter out, SessionSummary s) {
        out.println();
        out.println("Sessions");
        if (s.sessions() == 0) {
            out.println("  no session with a known length (" + count(s.interruptions(), "interruption") + ", "
                    + number(s.openPushes()) + (s.openPushes() == 1 ? " open push)" : " open pushes)"));
            return;
        }
        figure(out, "sessions with a length", number(s.sessions()), medianAndP90(s.lengths()));
        figure(out, "paired", number(s.paired()), "(an interruption and its push)");
        figure(out, "unpaired interruptions", number(s.unpairedInterruptions()), "(their push was not seen)");
        figure(out, "open pushes", number(s.openPushes()), "(still live, or their end was not received)");
        figure(out, "without a length", number(s.withoutLength()), "(no push seen, no duration of their own)");
        figure(
                out,
                "short sessions",
                number(s.shortSessions()),
                "(ended within " + SessionSummary.SHORT_SECONDS + "s: a push that fails to start)");
        out.println("  by length");
        for (DurationBin b : s.histogram()) {
            out.println("    " + pad(bin(b), 24) + padLeft(number(b.count()), 8) + "  " + bar(b.count(), s.sessions())
                    + "  " + padLeft(percent(b.count(), s.sessions()), 6));
        }
        if (top > 0 && !s.shortSessionsByStream().isEmpty()) {
            out.println("  streams with short sessions");
            int shown = 0;
            for (Map.Entry<StreamKey, Long> e : s.shortSessionsByStream().entrySet()) {
                if (shown++ == top) {
                    break;
                }
                out.println("  " + padLeft(number(e.getValue()), 10) + "  " + stream(e.getKey()));
            }
            more(out, s.shortSessionsByStream().size());
        }
        if (top > 0 && !s.byCause().isEmpty()) {
            out.println("  by the cause of their end");
            List<Map.Entry<InterruptionCause, DurationStats>> causes = causesBySessions(s.byCause());
            for (Map.Entry<InterruptionCause, DurationStats> e : causes.subList(0, Math.min(top, causes.size()))) {
                out.println("  " + padLeft(number(e.getValue().count()), 10) + "  " + pad(label(report, e.getKey()), 8)
                        + " " + pad(e.getKey().name(), 31) + medianAndP90(e.getValue()));
            }
            more(out, causes.size());
        }
    }

    /** {@code and 3 more} after a list cut at {@code --top}. */
    private void more(PrintWriter out, int size) {
        if (size > top) {
            out.println("              and " + number(size - top) + " more");
        }
    }

    /**
     * The reconnects after drops worth retrying: blips within the window, later, never; the time to
     * reconnect; and (with {@code --top}) the streams not back. One line when there was no such drop.
     */
    private void reconnects(PrintWriter out, ReconnectSummary r) {
        out.println();
        out.println(reconnectsHeading());
        if (r.retryInterruptions() == 0) {
            out.println("  no RETRY interruption with a time");
            return;
        }
        figure(out, "RETRY drops", number(r.retryInterruptions()), "(interruptions worth retrying)");
        figure(
                out,
                "blips",
                number(r.blips()),
                percent(r.blips(), r.retryInterruptions()) + " (back within " + window(reconnectWindow) + ")");
        figure(out, "reconnected later", number(r.reconnectedLater()), "");
        figure(out, "never came back", number(r.neverReconnected()), "(no push of the stream after it)");
        figure(out, "time to reconnect", "", medianAndP90(r.timeToReconnect()));
        List<StreamKey> notBack = r.streamsNotBack();
        if (top > 0 && !notBack.isEmpty()) {
            out.println("  streams not back (" + number(notBack.size()) + ")");
            for (StreamKey k : notBack.subList(0, Math.min(top, notBack.size()))) {
                out.println("              " + stream(k));
            }
            more(out, notBack.size());
        }
    }

    /** The text report's lines are at most this wide, but for a word longer than a line. */
    static final int WIDTH = 100;

    /**
     * {@code text} from {@code indent}, its words wrapped at {@link #WIDTH} columns, the lines after the
     * first indented two more.
     */
    private static void wrapped(PrintWriter out, String indent, String text) {
        wrapped(out, indent, java.util.Arrays.asList(text.split(" ")));
    }

    /** {@link #wrapped(PrintWriter, String, String)} of words given, each kept on one line. */
    private static void wrapped(PrintWriter out, String indent, List<String> words) {
        StringBuilder line = new StringBuilder(indent);
        int start = indent.length();
        for (String word : words) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(trimmed(line));
                line = new StringBuilder(indent).append("  ");
                start = line.length();
            }
            line.append(line.length() > start ? " " : "").append(word);
        }
        out.println(trimmed(line));
    }

    private static String trimmed(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    /**
     * The incidents, first of the sections: how many the rules found and by what thresholds, then (with
     * {@code --top}) the first of them, each with its rule, window, interruptions and cause; its streams;
     * what the rule means; and what to do, in the report's language; wrapped at {@link #WIDTH} columns.
     */
    private void incidents(PrintWriter out, List<Incident> incidents) {
        wrapped(out, "", "Incidents: " + incidentsFound(incidents));
        if (top == 0) {
            return;
        }
        for (Incident i : incidents.subList(0, Math.min(top, incidents.size()))) {
            List<String> words = new java.util.ArrayList<>();
            words.add(ruleText(i.rule()) + " "); // two spaces between the fields
            words.add(incidentWindow(i) + " ");
            words.add(number(i.interruptions()) + (i.interruptions() == 1 ? " interruption " : " interruptions "));
            words.add(
                    i.cause().isPresent()
                            ? label(report, i.cause().get()) + " "
                                    + i.cause().get().name()
                            : "no single cause"); // the pair and the name on one line
            wrapped(out, "  ", words);
            wrapped(out, "    ", "streams (" + number(i.streams().size()) + "): " + incidentStreams(i));
            wrapped(out, "    ", i.rule().description());
            if (i.remedy(locale).isPresent()) {
                wrapped(out, "    ", "What to do: " + i.remedy(locale).get());
            }
        }
        if (incidents.size() > top) {
            out.println("  and " + number(incidents.size() - top) + " more");
        }
    }

    @Override
    void write(PrintWriter out) {
        long interruptions = report.interruptions();
        out.println("StreamCause report: " + inputs());
        out.println();
        out.println("  lines read          " + padLeft(number(report.linesRead()), 12));
        out.println("  interruptions       " + padLeft(number(interruptions), 12));
        out.println("  push events         " + padLeft(number(report.pushes()), 12));
        if (report.otherEvents() > 0) {
            out.println("  other events        " + padLeft(number(report.otherEvents()), 12) + "  " + otherKinds());
        }
        out.println("  duplicates removed  " + padLeft(number(report.duplicatesRemoved()), 12));
        out.println("  rejected lines      " + padLeft(number(report.rejectedLines()), 12));
        if (report.filteredOut() > 0) {
            out.println("  filtered out        " + padLeft(number(report.filteredOut()), 12)
                    + "  (--since/--until/--stream)");
        }
        if (report.unclassified() > 0) {
            out.println("  unclassified        " + padLeft(number(report.unclassified()), 12)
                    + "  (no errcode, or an unknown StopReason)");
        }
        out.println("  time span           " + span());
        out.println();
        incidents(out, report.incidents(incidentRules)); // computed once: it goes through every event
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
        timeline(out);
        sessions(out, report.sessions()); // each computed once: they go through every event
        reconnects(out, report.reconnects(reconnectWindow));
        if (top > 0) { // --top 0: no lists
            out.println();
            out.println("Top causes");
            none(out, topCauses());
            for (CauseLine c : topCauses()) {
                out.println("  " + padLeft(number(c.count), 10) + "  " + pad(c.label, 8) + " "
                        + pad(c.category + "/" + c.recovery, 22) + c.description);
            }
        }
        if (!report.unrecognizedTexts().isEmpty()) {
            out.println();
            out.println("Reason texts no known cause has ("
                    + number(report.unrecognizedTexts().size())
                    + (report.unrecognizedTexts().size() > TEXTS_SHOWN ? ", first " + TEXTS_SHOWN : "") + ")");
            for (Map.Entry<String, Long> e : unrecognizedTexts()) {
                List<String> near = ErrorCodes.closestTexts(e.getKey());
                out.println("  " + padLeft(number(e.getValue()), 10) + "  " + quoted(e.getKey())
                        + (near.isEmpty() ? "" : "  (nearest known: " + quotedAll(near) + ")"));
            }
        }
        if (!report.undocumentedPairs().isEmpty()) {
            out.println();
            out.println("Codes the vendor's table does not document");
            for (Map.Entry<String, Long> e : report.undocumentedPairs().entrySet()) {
                out.println("  " + padLeft(number(e.getValue()), 10) + "  " + e.getKey());
            }
        }
        if (top > 0) {
            out.println();
            out.println("Top streams needing a fix (FIX_REQUIRED)");
            List<StreamSummary> fix = report.topStreamsNeedingFix(top);
            none(out, fix);
            for (StreamSummary s : fix) {
                out.println("  " + padLeft(number(s.fixRequired()), 10) + "  " + stream(s) + "  ("
                        + number(s.interruptions()) + (s.interruptions() == 1 ? " interruption)" : " interruptions)"));
            }
            out.println();
            out.println("Top streams by interruptions");
            List<StreamSummary> streams = report.topStreams(top);
            none(out, streams);
            for (StreamSummary s : streams) {
                out.println("  " + padLeft(number(s.interruptions()), 10) + "  " + stream(s));
            }
        }
        if (report.rejectedLines() > 0) {
            out.println();
            List<Rejection> samples = report.rejectedSamples();
            int shown = Math.min(rejected, samples.size());
            out.println("Rejected lines: " + number(report.rejectedLines())
                    + (shown == report.rejectedLines() ? "" : " (first " + number(shown) + ")"));
            for (Rejection line : samples.subList(0, shown)) {
                out.println("  " + printable(line.source()) + ":" + line.line() + ": " + printable(line.reason()));
            }
        }
    }
}
