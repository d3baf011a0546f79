package io.github.streamcause.render;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.DurationBin;
import io.github.streamcause.report.DurationStats;
import io.github.streamcause.report.Incident;
import io.github.streamcause.report.IncidentRules;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.ReconnectSummary;
import io.github.streamcause.report.SessionSummary;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.report.TimeBucket;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The report as one CSV table (RFC 4180, CRLF line ends): section, name, code, count; easy to load
 * anywhere. {@code name} is what is counted (a total, a category, a cause's or a group's names, a stream,
 * a text); {@code code} the code it stands for ({@code 18/202}, {@code 1-4, 35}), empty where none.
 * The timeline is one {@code timeline_width} row (name the width as ISO-8601, {@code PT1H}; count its
 * minutes), then for every bucket, empty ones included, {@code timeline} rows named by the bucket's start
 * ({@code 2026-11-24T14:00:00Z}) with what they count as code: {@code interruptions}, {@code push_events},
 * {@code category:CLIENT}... and {@code recovery:NOT_NEEDED}....
 *
 * <p>The sessions are {@code sessions} rows ({@code interruptions}, {@code paired}, {@code
 * unpaired_interruptions}, {@code open_pushes}, {@code without_length}, {@code sessions}, {@code
 * short_sessions}, then {@code median_seconds} and {@code p90_seconds} when a session has a length, and
 * nine {@code histogram} rows with the bin as code: {@code 0s-10s}... {@code 1d+}); {@code
 * session_short_stream} rows (a stream, its short sessions); and for every cause that ended a session with
 * a length, in the causes' order, a {@code session_cause} row (name the cause, code its pair as in {@code
 * cause} rows, count its sessions) followed by its {@code session_cause_median_seconds} and {@code
 * session_cause_p90_seconds} rows. The reconnects are {@code reconnects} rows ({@code window_seconds},
 * {@code retry_interruptions}, {@code blips}, {@code reconnected_later}, {@code never_reconnected}, then
 * {@code median_seconds} and {@code p90_seconds} of the time to reconnect when a stream reconnected), and a
 * {@code stream_not_back} row a stream (count 1). Durations are whole seconds.
 *
 * <p>The incidents are six {@code incident_rules} rows, the thresholds ({@code fix_required_loop_count},
 * {@code fix_required_loop_window_seconds}, {@code platform_wide_streams}, {@code
 * platform_wide_window_seconds}, {@code flapping_count}, {@code flapping_window_seconds}), then for every
 * incident, whatever {@code --top}, numbered from 1 by impact with its number as code: an {@code incident}
 * row (name its rule, {@code FIX_REQUIRED_LOOP}, {@code PLATFORM_WIDE} or {@code FLAPPING}; count its
 * interruptions), {@code incident_start} and {@code incident_end} rows (name the time as ISO-8601, count
 * it as seconds since the epoch), an {@code incident_cause} row when it has a cause (name the cause as
 * {@code cause} rows do, count 1) and an {@code incident_stream} row a stream (count 1).
 */
final class CsvReport {
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("section")
            .addColumn("name")
            .addColumn("code")
            .addColumn("count")
            .setUseHeader(true)
            .setLineSeparator("\r\n")
            .build();
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private CsvReport() {}

    static void write(InterruptionReport report, RenderOptions options, Writer out) throws IOException {
        try (CsvGenerator csv = FACTORY.createGenerator(out)) {
            csv.setSchema(SCHEMA); // each row is an array at the root
            row(csv, "total", "lines_read", report.linesRead());
            row(csv, "total", "interruptions", report.interruptions());
            row(csv, "total", "push_events", report.pushes());
            row(csv, "total", "other_events", report.otherEvents());
            row(csv, "total", "duplicates_removed", report.duplicatesRemoved());
            row(csv, "total", "rejected_lines", report.rejectedLines());
            row(csv, "total", "filtered_out", report.filteredOut());
            row(csv, "total", "unclassified", report.unclassified());
            for (Map.Entry<String, Long> e : report.otherEventsByKind().entrySet()) {
                row(csv, "other_event_kind", e.getKey(), e.getValue());
            }
            for (Map.Entry<Category, Long> e : report.byCategory().entrySet()) {
                row(csv, "category", e.getKey().name(), e.getValue());
            }
            for (Map.Entry<Recovery, Long> e : report.byRecovery().entrySet()) {
                row(csv, "recovery", e.getKey().name(), e.getValue());
            }
            for (Rendered.CauseLine c : Rendered.causeLines(report, options.locale())) {
                row(csv, c.group ? "cause_group" : "cause", c.name, c.label, c.count);
            }
            for (Map.Entry<String, Long> e : report.undocumentedPairs().entrySet()) {
                row(csv, "undocumented", "", e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Long> e : report.unrecognizedTexts().entrySet()) {
                row(csv, "unrecognized_text", e.getKey(), "", e.getValue());
            }
            for (StreamSummary s : report.streams()) {
                row(csv, "stream_interruptions", s.stream().toString(), "", s.interruptions());
                row(csv, "stream_fix_required", s.stream().toString(), "", s.fixRequired());
            }
            timeline(csv, report, Rendered.timelineWidth(report, options));
            sessions(csv, report, report.sessions()); // each computed once: they go through every event
            reconnects(csv, report.reconnects(options.reconnectWindow()));
            incidents(csv, options.incidentRules(), report.incidents(options.incidentRules()));
        }
    }

    private static void incidents(CsvGenerator csv, IncidentRules rules, List<Incident> incidents) throws IOException {
        row(csv, "incident_rules", "fix_required_loop_count", rules.fixRequiredLoopCount());
        row(
                csv,
                "incident_rules",
                "fix_required_loop_window_seconds",
                rules.fixRequiredLoopWindow().getSeconds());
        row(csv, "incident_rules", "platform_wide_streams", rules.platformWideStreams());
        row(
                csv,
                "incident_rules",
                "platform_wide_window_seconds",
                rules.platformWideWindow().getSeconds());
        row(csv, "incident_rules", "flapping_count", rules.flappingCount());
        row(
                csv,
                "incident_rules",
                "flapping_window_seconds",
                rules.flappingWindow().getSeconds());
        int n = 0;
        for (Incident i : incidents) {
            String number = Integer.toString(++n);
            row(csv, "incident", i.rule().name(), number, i.interruptions());
            row(csv, "incident_start", i.start().toString(), number, i.start().getEpochSecond());
            row(csv, "incident_end", i.end().toString(), number, i.end().getEpochSecond());
            if (i.cause().isPresent()) {
                row(csv, "incident_cause", i.cause().get().name(), number, 1);
            }
            for (StreamKey k : i.streams()) {
                row(csv, "incident_stream", k.toString(), number, 1);
            }
        }
    }

    private static void sessions(CsvGenerator csv, InterruptionReport report, SessionSummary s) throws IOException {
        row(csv, "sessions", "interruptions", s.interruptions());
        row(csv, "sessions", "paired", s.paired());
        row(csv, "sessions", "unpaired_interruptions", s.unpairedInterruptions());
        row(csv, "sessions", "open_pushes", s.openPushes());
        row(csv, "sessions", "without_length", s.withoutLength());
        row(csv, "sessions", "sessions", s.sessions());
        row(csv, "sessions", "short_sessions", s.shortSessions());
        stats(csv, "sessions", s.lengths());
        for (DurationBin b : s.histogram()) {
            row(csv, "sessions", "histogram", Rendered.bin(b), b.count());
        }
        for (Map.Entry<StreamKey, Long> e : s.shortSessionsByStream().entrySet()) {
            row(csv, "session_short_stream", e.getKey().toString(), "", e.getValue());
        }
        for (Map.Entry<InterruptionCause, DurationStats> e : s.byCause().entrySet()) {
            String code = Rendered.label(report, e.getKey());
            row(csv, "session_cause", e.getKey().name(), code, e.getValue().count());
            DurationStats lengths = e.getValue(); // not empty: a cause is there for a session
            row(
                    csv,
                    "session_cause_median_seconds",
                    e.getKey().name(),
                    code,
                    lengths.median().get().getSeconds());
            row(
                    csv,
                    "session_cause_p90_seconds",
                    e.getKey().name(),
                    code,
                    lengths.p90().get().getSeconds());
        }
    }

    /** {@code section,median_seconds,,9} and {@code section,p90_seconds,,60}; none when {@code stats} is empty. */
    private static void stats(CsvGenerator csv, String section, DurationStats stats) throws IOException {
        if (stats.count() > 0) {
            row(csv, section, "median_seconds", stats.median().get().getSeconds());
            row(csv, section, "p90_seconds", stats.p90().get().getSeconds());
        }
    }

    private static void reconnects(CsvGenerator csv, ReconnectSummary r) throws IOException {
        row(csv, "reconnects", "window_seconds", r.window().getSeconds());
        row(csv, "reconnects", "retry_interruptions", r.retryInterruptions());
        row(csv, "reconnects", "blips", r.blips());
        row(csv, "reconnects", "reconnected_later", r.reconnectedLater());
        row(csv, "reconnects", "never_reconnected", r.neverReconnected());
        stats(csv, "reconnects", r.timeToReconnect());
        for (StreamKey k : r.streamsNotBack()) {
            row(csv, "stream_not_back", k.toString(), "", 1);
        }
    }

    private static void timeline(CsvGenerator csv, InterruptionReport report, Duration width) throws IOException {
        List<TimeBucket> buckets = report.timeline(width);
        if (buckets.isEmpty()) {
            return;
        }
        row(csv, "timeline_width", width.toString(), width.toMinutes());
        for (TimeBucket b : buckets) {
            String start = b.start().toString();
            row(csv, "timeline", start, "interruptions", b.interruptions());
            row(csv, "timeline", start, "push_events", b.pushes());
            for (Map.Entry<Category, Long> e : b.byCategory().entrySet()) {
                row(csv, "timeline", start, "category:" + e.getKey().name(), e.getValue());
            }
            for (Map.Entry<Recovery, Long> e : b.byRecovery().entrySet()) {
                row(csv, "timeline", start, "recovery:" + e.getKey().name(), e.getValue());
            }
        }
    }

    private static void row(CsvGenerator csv, String section, String name, long count) throws IOException {
        row(csv, section, name, "", count);
    }

    private static void row(CsvGenerator csv, String section, String name, String code, long count) throws IOException {
        csv.writeStartArray();
        csv.writeString(section);
        csv.writeString(name);
        csv.writeString(code);
        csv.writeString(Long.toString(count));
        csv.writeEndArray();
    }
}
