package io.github.streamcause.render;

import io.github.streamcause.InterruptionCause;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.StreamSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the text and Markdown reports share: the report, the options, and the formatting of figures. */
abstract class Rendered {
    /** At most this many inputs are named in a report's heading. */
    static final int INPUTS_NAMED = 10;

    static final int BAR_WIDTH = 30;

    final InterruptionReport report;
    final int top;
    final Locale locale;

    Rendered(InterruptionReport report, RenderOptions options) {
        this.report = report;
        this.top = options.top();
        this.locale = options.locale();
    }

    abstract void write(PrintWriter out);

    /** The inputs' names, the first ten of them, and how many more. */
    String inputs() {
        List<String> names = new ArrayList<>();
        List<InputSummary> inputs = report.inputs();
        for (InputSummary input : inputs.subList(0, Math.min(INPUTS_NAMED, inputs.size()))) {
            names.add(input.name());
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
        StreamKey k = s.stream();
        if (k.domain().isEmpty() && k.appName().isEmpty() && k.streamName().isEmpty()) {
            return "(no stream named)";
        }
        return part(k.domain()) + "/" + part(k.appName()) + "/" + part(k.streamName());
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

    List<Map.Entry<InterruptionCause, Long>> topCauses() {
        List<Map.Entry<InterruptionCause, Long>> causes =
                new ArrayList<>(report.byCause().entrySet());
        return causes.subList(0, Math.min(top, causes.size()));
    }
}
