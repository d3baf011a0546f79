package io.github.streamcause.render;

import io.github.streamcause.report.InterruptionReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * The forms a report is rendered in, the same as {@code streamcause analyze --format} writes: for a
 * terminal, for a chat or an e-mail (Markdown), for a spreadsheet (CSV), for a program (JSON).
 *
 * <pre>{@code
 * StringWriter message = new StringWriter();
 * ReportFormat.MARKDOWN.write(report, RenderOptions.defaults().withTop(5), message);
 * }</pre>
 *
 * <p>{@link #TEXT} and {@link #MARKDOWN} need nothing but this library; {@link #JSON} and {@link #CSV}
 * need Jackson ({@code jackson-databind}, and {@code jackson-dataformat-csv} for CSV) on the class path.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
    /** Aligned text with bar charts, for a terminal. */
    TEXT {
        @Override
        void render(InterruptionReport report, RenderOptions options, PrintWriter out) {
            new TextReport(report, options).write(out);
        }
    },
    /** Markdown tables, for a chat or an e-mail. */
    MARKDOWN {
        @Override
        void render(InterruptionReport report, RenderOptions options, PrintWriter out) {
            new MarkdownReport(report, options).write(out);
        }
    },
    /** One CSV table (section, name, code, count), for a spreadsheet. */
    CSV {
        @Override
        void render(InterruptionReport report, RenderOptions options, PrintWriter out) throws IOException {
            CsvReport.write(report, options, out);
        }
    },
    /** The JSON of {@code io.github.streamcause.jackson.StreamCauseModule}, indented. */
    JSON {
        @Override
        void render(InterruptionReport report, RenderOptions options, PrintWriter out) throws IOException {
            JsonReport.write(report, options, out);
        }
    };

    abstract void render(InterruptionReport report, RenderOptions options, PrintWriter out) throws IOException;

    /**
     * Writes {@code report} in this form with the default options. The writer is flushed, not closed.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(InterruptionReport report, Writer out) throws IOException {
        write(report, RenderOptions.defaults(), out);
    }

    /**
     * Writes {@code report} in this form. The writer is flushed, not closed.
     *
     * @param report the report
     * @param options how many causes and streams, and in which language
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(InterruptionReport report, RenderOptions options, Writer out) throws IOException {
        PrintWriter print = out instanceof PrintWriter ? (PrintWriter) out : new PrintWriter(out);
        render(report, options, print);
        print.flush();
        if (print.checkError()) {
            throw new IOException("writing the " + name().toLowerCase(Locale.ROOT) + " report failed");
        }
    }

    /**
     * The format of a name, in any case: {@code text}, {@code markdown}, {@code csv}, {@code json}.
     *
     * @param name the name
     * @return the format
     * @throws IllegalArgumentException if no format has that name (the message lists them)
     */
    public static ReportFormat of(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no report format '" + name + "': text, markdown, csv or json");
    }
}
