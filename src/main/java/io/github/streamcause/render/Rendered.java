package io.github.streamcause.render;

import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.DurationBin;
import io.github.streamcause.report.DurationStats;
import io.github.streamcause.report.Incident;
import io.github.streamcause.report.IncidentRules;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.report.TimeBucket;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the text and Markdown reports share: the report, the options, and the formatting of figures. */
abstract class Rendered {
    /** At most this many inputs are named in a report's heading. */
    static final int INPUTS_NAMED = 10;

    static final int BAR_WIDTH = 30;

    final InterruptionReport report;
    final int top;
    final Locale locale;
    /** The timeline's bucket width: the options', else the report's. */
    final Duration timelineWidth;
    /** The window of the reconnects shown. */
    final Duration reconnectWindow;
    /** The thresholds of the incidents shown. */
    final IncidentRules incidentRules;

    Rendered(InterruptionReport report, RenderOptions options) {
        this.report = report;
        this.top = options.top();
        this.locale = options.locale();
        this.timelineWidth = timelineWidth(report, options);
        this.reconnectWindow = options.reconnectWindow();
        this.incidentRules = options.incidentRules();
    }

    /** At most this many streams of an incident are named, then how many more. */
    static final int INCIDENT_STREAMS_NAMED = 3;

    /** {@code fix-required loop}, {@code platform-wide}, {@code flapping}: a rule in words. */
    static String ruleText(Incident.Rule rule) {
        switch (rule) {
            case FIX_REQUIRED_LOOP:
                return "fix-required loop";
            case PLATFORM_WIDE:
                return "platform-wide";
            default:
                return "flapping";
        }
    }

    /**
     * {@code fix-required loop 5/10m, platform-wide 5 streams/5m, flapping 6/15m}: the thresholds, as the
     * options {@code --loop}, {@code --platform-wide} and {@code --flapping} take them.
     */
    static String rulesText(IncidentRules r) {
        return "fix-required loop " + r.fixRequiredLoopCount() + "/" + window(r.fixRequiredLoopWindow())
                + ", platform-wide " + r.platformWideStreams() + " streams/" + window(r.platformWideWindow())
                + ", flapping " + r.flappingCount() + "/" + window(r.flappingWindow());
    }

    /** {@code 2 found (rules: fix-required loop 5/10m, ...)}: how many incidents, and by what thresholds. */
    String incidentsFound(List<Incident> incidents) {
        return number(incidents.size()) + " found (rules: " + rulesText(incidentRules) + ")";
    }

    /**
     * An incident's window in UTC, to the minute: {@code 2026-11-24 14:03 .. 14:41 UTC}, the date once when
     * both ends are on the same day ({@code 2026-11-24 23:50 .. 2026-11-25 00:10 UTC} when not), one time
     * when they are the same minute.
     */
    static String incidentWindow(Incident i) {
        String start = MINUTE.format(i.start());
        String end = MINUTE.format(i.end());
        if (start.equals(end)) {
            return start + " UTC";
        }
        return start + " .. " + (start.substring(0, 10).equals(end.substring(0, 10)) ? end.substring(11) : end)
                + " UTC";
    }

    /**
     * An incident's streams, printable: the first {@link #INCIDENT_STREAMS_NAMED} by name and {@code and 4
     * more}.
     */
    static String incidentStreams(Incident i) {
        List<String> names = new ArrayList<>();
        List<StreamKey> streams = i.streams();
        for (StreamKey k : streams.subList(0, Math.min(INCIDENT_STREAMS_NAMED, streams.size()))) {
            names.add(stream(k));
        }
        String shown = String.join(", ", names);
        return streams.size() > INCIDENT_STREAMS_NAMED
                ? shown + " and " + number(streams.size() - INCIDENT_STREAMS_NAMED) + " more"
                : shown;
    }

    /** {@code 12 interruptions on 1 stream}: an incident's size. */
    static String incidentSize(Incident i) {
        return number(i.interruptions()) + (i.interruptions() == 1 ? " interruption" : " interruptions") + " on "
                + number(i.streams().size()) + (i.streams().size() == 1 ? " stream" : " streams");
    }

    /**
     * A duration for a person, in its two largest units, the rest cut off (never rounded up past a
     * bound): {@code 0s}, {@code 45s}, {@code 12m 5s}, {@code 1m}, {@code 3h 2m}, {@code 1h}, {@code 2d
     * 4h}, {@code 1d}.
     */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return two(seconds / 60, "m", seconds % 60, "s");
        }
        if (seconds < 86400) {
            return two(seconds / 3600, "h", seconds % 3600 / 60, "m");
        }
        return two(seconds / 86400, "d", seconds % 86400 / 3600, "h");
    }

    private static String two(long high, String highUnit, long low, String lowUnit) {
        return high + highUnit + (low == 0 ? "" : " " + low + lowUnit);
    }

    /** {@link #duration(long)} of a duration's whole seconds. */
    static String duration(Duration d) {
        return duration(d.getSeconds());
    }

    /** {@code median 9s, p90 1h}, or {@code -} when there were none. */
    static String medianAndP90(DurationStats stats) {
        if (stats.count() == 0) {
            return "-";
        }
        return "median " + duration(stats.median().get()) + ", p90 "
                + duration(stats.p90().get());
    }

    /** {@code 0s-10s}, {@code 6h-1d}, {@code 1d+}: a bin of a histogram of durations. */
    static String bin(DurationBin b) {
        return duration(b.from()) + (b.to().isPresent() ? "-" + duration(b.to().get()) : "+");
    }

    /** The causes of the sessions, most sessions first (ties in the causes' order). */
    static List<Map.Entry<InterruptionCause, DurationStats>> causesBySessions(
            Map<InterruptionCause, DurationStats> byCause) {
        List<Map.Entry<InterruptionCause, DurationStats>> causes = new ArrayList<>(byCause.entrySet());
        causes.sort(Comparator.comparingLong((Map.Entry<InterruptionCause, DurationStats> e) ->
                        e.getValue().count())
                .reversed()); // stable
        return causes;
    }

    /**
     * {@code 60s}, {@code 90s}, {@code 2m}, {@code 1h}: a reconnect window exactly, as {@code
     * --reconnect-window} takes it (seconds under two minutes, so that the default reads {@code 60s}).
     */
    static String window(Duration window) {
        long s = window.getSeconds();
        if (s > 0 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s >= 120 && s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** {@code Reconnects (within 60s)}: the heading of the reconnects. */
    String reconnectsHeading() {
        return "Reconnects (within " + window(reconnectWindow) + ")";
    }

    /** The bucket width of the options, else the one the report chooses. */
    static Duration timelineWidth(InterruptionReport report, RenderOptions options) {
        return options.timelineWidth().orElseGet(report::timelineWidth);
    }

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** Where a bucket starts, in UTC: {@code 2026-11-24 14:00}, or {@code 2026-11-24} for a day or more. */
    static String bucketStart(TimeBucket bucket) {
        return (bucket.width().toMinutes() % (24 * 60) == 0 ? DAY : MINUTE).format(bucket.start());
    }

    /** {@code 1 hour}, {@code 5 minutes}, {@code 2 days}: a bucket width in words, in its largest whole unit. */
    static String widthText(Duration width) {
        long minutes = width.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return plural(minutes / (24 * 60), "day");
        }
        return minutes % 60 == 0 ? plural(minutes / 60, "hour") : plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** {@code Timeline (UTC, 1 hour a row)}: the heading of the timeline. */
    String timelineHeading() {
        return "Timeline (UTC, " + widthText(timelineWidth) + " a row)";
    }

    abstract void write(PrintWriter out);

    /** The inputs' names, the first ten of them, and how many more. */
    String inputs() {
        List<String> names = new ArrayList<>();
        List<InputSummary> inputs = report.inputs();
        for (InputSummary input : inputs.subList(0, Math.min(INPUTS_NAMED, inputs.size()))) {
            names.add(printable(input.name()));
        }
        if (inputs.isEmpty()) {
            return "no inputs";
        }
        String shown = String.join(", ", names);
        return inputs.size() > INPUTS_NAMED ? shown + " and " + (inputs.size() - INPUTS_NAMED) + " more" : shown;
    }

    /** What a cause stands for: {@code 18/202}, {@code 7}, {@code 18/100-199}, {@code not 0-35}. */
    static String range(InterruptionCause c) {
        if (c.isFamily()) {
            String hundred = c.key().substring(3, 4);
            return c.code() + "/" + hundred + "00-" + hundred + "99";
        }
        if (!c.isTableRow()) {
            return "not 0-35";
        }
        return c.subcode() == 0 ? Integer.toString(c.code()) : c.code() + "/" + c.subcode();
    }

    String span() {
        if (!report.firstEvent().isPresent()) {
            return report.interruptions() + report.pushes() == 0 ? "no events" : "no event times";
        }
        return report.firstEvent().get() + " .. " + report.lastEvent().get();
    }

    /** A stream as {@code domain/app/stream}, a part the events lacked shown as {@code -}. */
    static String stream(StreamSummary s) {
        return stream(s.stream());
    }

    /** A stream as {@code domain/app/stream}, a part the events lacked shown as {@code -}. */
    static String stream(StreamKey k) {
        if (k.domain().isEmpty() && k.appName().isEmpty() && k.streamName().isEmpty()) {
            return "(no stream named)";
        }
        return printable(part(k.domain()) + "/" + part(k.appName()) + "/" + part(k.streamName()));
    }

    /**
     * A text of the input as it is printed: control characters (and the line and paragraph separators)
     * escaped as {@code \u001b}, so that a stream name, file name or reason cannot clear a terminal, move
     * its cursor or begin a new line of the report.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < ' ' || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String part(String p) {
        return p.isEmpty() ? "-" : p;
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0.0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    static String bar(long part, long whole) {
        int filled = whole == 0 ? 0 : (int) Math.round((double) BAR_WIDTH * part / whole);
        StringBuilder bar = new StringBuilder(BAR_WIDTH);
        for (int i = 0; i < BAR_WIDTH; i++) {
            bar.append(i < filled ? '#' : '.');
        }
        return bar.toString();
    }

    static String pad(String s, int width) {
        StringBuilder padded = new StringBuilder(s);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }

    static String padLeft(String s, int width) {
        StringBuilder padded = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            padded.append(' ');
        }
        return padded.append(s).toString();
    }

    /** At most this many unrecognised texts are listed, each with at most three nearest known texts. */
    static final int TEXTS_SHOWN = 10;

    /** A line of "Top causes": one cause, or the group of causes that one shared reason text names. */
    static final class CauseLine {
        final long count;
        /** {@code 18/202}, {@code 1-4, 35}, {@code 99}. */
        final String label;
        /** The cause's name, or the group's names joined by {@code +}. */
        final String name;
        /** The category (of every cause of a group, or UNKNOWN where they differ). */
        final String category;
        /** The recovery (of every cause of a group, or {@code -} where they differ). */
        final String recovery;

        final String description;
        /** Whether this is a group of causes. */
        final boolean group;

        CauseLine(
                long count,
                String label,
                String name,
                String category,
                String recovery,
                String description,
                boolean group) {
            this.group = group;
            this.count = count;
            this.label = label;
            this.name = name;
            this.category = category;
            this.recovery = recovery;
            this.description = description;
        }
    }

    /** Every cause and group of causes with interruptions, most first; ties: causes, then groups. */
    static List<CauseLine> causeLines(InterruptionReport report, Locale locale) {
        List<CauseLine> lines = new ArrayList<>();
        for (Map.Entry<InterruptionCause, Long> e : report.byCause().entrySet()) {
            InterruptionCause c = e.getKey();
            lines.add(new CauseLine(
                    e.getValue(),
                    label(report, c),
                    c.name(),
                    c.category().name(),
                    c.recovery().name(),
                    c.description(locale),
                    false));
        }
        for (Map.Entry<List<InterruptionCause>, Long> e : report.byCauseGroup().entrySet()) {
            lines.add(group(e.getKey(), e.getValue(), locale));
        }
        lines.sort(Comparator.comparingLong((CauseLine l) -> l.count).reversed()); // stable
        return lines;
    }

    List<CauseLine> topCauses() {
        List<CauseLine> lines = causeLines(report, locale);
        return lines.subList(0, Math.min(top, lines.size()));
    }

    private static CauseLine group(List<InterruptionCause> causes, long count, Locale locale) {
        Category category = causes.get(0).category();
        Recovery recovery = causes.get(0).recovery();
        String shortest = null; // the most general of their descriptions
        List<String> names = new ArrayList<>();
        for (InterruptionCause c : causes) {
            category = c.category() == category ? category : Category.UNKNOWN;
            recovery = c.recovery() == recovery ? recovery : null;
            String d = c.description(locale);
            shortest = shortest == null || d.length() < shortest.length() ? d : shortest;
            names.add(c.name());
        }
        return new CauseLine(
                count,
                pairs(causes),
                String.join("+", names),
                category.name(),
                recovery == null ? "-" : recovery.name(),
                shortest + " (" + causes.size() + " causes share this text)",
                true);
    }

    /**
     * What a cause stands for in this report: as {@link #range(InterruptionCause)}, but the codes outside
     * the table as the ones seen ({@code 99}, {@code 77, 99}).
     */
    static String label(InterruptionReport report, InterruptionCause c) {
        if (c.isFamily() || c.isTableRow()) {
            return range(c);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String pair : report.undocumentedPairs().keySet()) {
            int slash = pair.indexOf('/');
            String code = slash < 0 ? pair : pair.substring(0, slash);
            if (ErrorCodes.describe(Integer.parseInt(code), ErrorCodes.NO_SUBCODE)
                            .cause()
                    == c) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            return range(c);
        }
        List<String> shown = new ArrayList<>(codes);
        return codes.size() <= 3
                ? String.join(", ", shown)
                : String.join(", ", shown.subList(0, 3)) + " +" + (codes.size() - 3);
    }

    /**
     * The pairs of a group, runs joined: {@code 1-4, 35}, {@code 5, 9, 11, 18/100-104, 24}. A run is three
     * or more codes (or subcodes of one code) in a row.
     */
    static String pairs(List<InterruptionCause> causes) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < causes.size()) {
            InterruptionCause first = causes.get(i);
            int j = i;
            while (j + 1 < causes.size() && follows(causes.get(j), causes.get(j + 1))) {
                j++;
            }
            if (j - i >= 2) {
                InterruptionCause last = causes.get(j);
                parts.add(range(first) + "-" + (first.subcode() == 0 ? last.code() : last.subcode()));
                i = j + 1;
            } else {
                parts.add(range(first));
                i++;
            }
        }
        return String.join(", ", parts);
    }

    /** Whether {@code b} is the table row right after {@code a}: the next code, or the next subcode. */
    private static boolean follows(InterruptionCause a, InterruptionCause b) {
        if (!a.isTableRow() || !b.isTableRow()) {
            return false;
        }
        if (a.subcode() == 0 && b.subcode() == 0) {
            return b.code() == a.code() + 1;
        }
        return a.subcode() != 0 && b.code() == a.code() && b.subcode() == a.subcode() + 1;
    }

    static String quotedAll(List<String> texts) {
        List<String> quoted = new ArrayList<>();
        for (String t : texts) {
            quoted.add(quoted(t));
        }
        return String.join(", ", quoted);
    }

    /** The report's unrecognised texts to list, most frequent first. */
    List<Map.Entry<String, Long>> unrecognizedTexts() {
        List<Map.Entry<String, Long>> texts =
                new ArrayList<>(report.unrecognizedTexts().entrySet());
        return texts.subList(0, Math.min(TEXTS_SHOWN, texts.size()));
    }

    /**
     * A text as one printable line in quotes: control characters, quotes and backslashes escaped, so
     * that a hostile text cannot move the terminal's cursor.
     */
    static String quoted(String text) {
        return '"' + printable(text.replace("\\", "\\\\").replace("\"", "\\\"")) + '"';
    }
}
