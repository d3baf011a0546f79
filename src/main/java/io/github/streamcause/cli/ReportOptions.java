package io.github.streamcause.cli;

import io.github.streamcause.render.RenderOptions;
import io.github.streamcause.render.ReportFormat;
import io.github.streamcause.report.IncidentRules;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.ReconnectSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The options of every command that prints a report ({@code analyze}, {@code merge}): a picocli mixin. */
final class ReportOptions {
    /** The names {@code --format} takes, as picocli lists them. */
    enum Format {
        text(ReportFormat.TEXT),
        json(ReportFormat.JSON),
        markdown(ReportFormat.MARKDOWN),
        csv(ReportFormat.CSV);

        final ReportFormat format;

        Format(ReportFormat format) {
            this.format = format;
        }
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json, markdown or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "how many causes and streams to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--rejected",
            paramLabel = "N",
            defaultValue = "5",
            converter = Rejected.class,
            description = "how many rejected lines the text lists, or all (default: ${DEFAULT-VALUE}; the"
                    + " report keeps the first 20, or N if more)")
    int rejected;

    /** {@code --rejected}: a count, or {@code all}. */
    static final class Rejected implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.equalsIgnoreCase("all")) {
                return Integer.MAX_VALUE;
            }
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected a count (0 or more) or all, got '" + value + "'");
        }
    }

    @Option(
            names = "--bucket",
            paramLabel = "WIDTH",
            converter = Bucket.class,
            description = "the timeline's bucket width: minutes, hours or days such as 5m, 1h, 1d (default: chosen"
                    + " from the time span, at most 60 rows)")
    Duration bucket;

    /** {@code --bucket}: a positive whole number of minutes, hours or days ({@code 15m}, {@code 6h}, {@code 1d}), at most 366 days. */
    static final class Bucket implements picocli.CommandLine.ITypeConverter<Duration> {
        private static final Pattern WIDTH = Pattern.compile("([0-9]{1,9})([mhd])");
        private static final long MOST_MINUTES = 366L * 24 * 60;

        @Override
        public Duration convert(String value) {
            Matcher m = WIDTH.matcher(value);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                long minutes =
                        n * (m.group(2).equals("d") ? 24 * 60 : m.group(2).equals("h") ? 60 : 1);
                if (n > 0 && minutes <= MOST_MINUTES) {
                    return Duration.ofMinutes(minutes);
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected a width of 1 minute to 366 days, such as 5m, 1h or 1d, got '" + value + "'");
        }

        /** {@code 90m}, {@code 6h}, {@code 2d}: a width as the option takes it, in its largest whole unit. */
        static String text(Duration width) {
            long minutes = width.toMinutes();
            if (minutes % (24 * 60) == 0) {
                return minutes / (24 * 60) + "d";
            }
            return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
        }
    }

    @Option(
            names = "--reconnect-window",
            paramLabel = "DURATION",
            converter = ReconnectWindow.class,
            description = "a RETRY drop whose stream pushes again within this is a blip: seconds, minutes or hours"
                    + " such as 30s, 2m, 1h (default: 60s)")
    Duration reconnectWindow;

    /** {@code --reconnect-window}: a positive whole number of seconds, minutes or hours ({@code 30s}, {@code 2m}, {@code 1h}). */
    static final class ReconnectWindow implements picocli.CommandLine.ITypeConverter<Duration> {
        private static final Pattern WINDOW = Pattern.compile("([0-9]{1,9})([smh])");

        @Override
        public Duration convert(String value) {
            Matcher m = WINDOW.matcher(value);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                if (n > 0) {
                    return ofUnit(n, m.group(2));
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected a positive whole number of seconds, minutes or hours, such as 30s, 2m or 1h, got '"
                            + value + "'");
        }
    }

    @Option(
            names = "--loop",
            paramLabel = "COUNT/WINDOW",
            converter = Threshold.Converter.class,
            description = "a fix-required loop: COUNT or more FIX_REQUIRED interruptions of one stream within WINDOW"
                    + " (default: 5/10m)")
    Threshold loop;

    @Option(
            names = "--platform-wide",
            paramLabel = "STREAMS/WINDOW",
            converter = Threshold.Converter.class,
            description =
                    "a platform-wide incident: one cause on STREAMS or more streams within WINDOW (default:" + " 5/5m)")
    Threshold platformWide;

    @Option(
            names = "--flapping",
            paramLabel = "COUNT/WINDOW",
            converter = Threshold.Converter.class,
            description = "a flapping stream: COUNT or more RETRY interruptions of one stream within WINDOW"
                    + " (default: 6/15m)")
    Threshold flapping;

    /** A threshold of an incident rule: a count (2 or more) within a window (a second or more). */
    static final class Threshold {
        final int count;
        final Duration window;

        Threshold(int count, Duration window) {
            this.count = count;
            this.window = window;
        }

        /**
         * {@code --loop}, {@code --platform-wide}, {@code --flapping}: {@code COUNT/WINDOW}, a count of 2 or
         * more and a window as {@code --reconnect-window} takes it ({@code 5/10m}, {@code 3/90s}, {@code
         * 10/1h}).
         */
        static final class Converter implements picocli.CommandLine.ITypeConverter<Threshold> {
            private static final Pattern THRESHOLD = Pattern.compile("([0-9]{1,9})/([0-9]{1,9})([smh])");

            @Override
            public Threshold convert(String value) {
                Matcher m = THRESHOLD.matcher(value);
                if (m.matches()) {
                    int count = Integer.parseInt(m.group(1));
                    long n = Long.parseLong(m.group(2));
                    if (count >= 2 && n > 0) {
                        return new Threshold(count, ofUnit(n, m.group(3)));
                    }
                }
                throw new picocli.CommandLine.TypeConversionException("expected COUNT/WINDOW, a count of 2 or more"
                        + " and a positive whole number of seconds, minutes or hours, such as 5/10m or 3/90s, got '"
                        + value + "'");
            }
        }
    }

    /** {@code n} seconds, minutes or hours ({@code unit} {@code s}, {@code m} or {@code h}). */
    static Duration ofUnit(long n, String unit) {
        return Duration.ofSeconds(n * (unit.equals("h") ? 3600 : unit.equals("m") ? 60 : 1));
    }

    /** The thresholds of the incident rules: the defaults, with those given on the command line. */
    IncidentRules incidentRules() {
        IncidentRules rules = IncidentRules.defaults();
        if (loop != null) {
            rules = rules.fixRequiredLoop(loop.count, loop.window);
        }
        if (platformWide != null) {
            rules = rules.platformWide(platformWide.count, platformWide.window);
        }
        if (flapping != null) {
            rules = rules.flapping(flapping.count, flapping.window);
        }
        return rules;
    }

    /** How many rejected lines the report keeps: those listed, and at least the usual 20. */
    int keepRejected() {
        return Math.max(20, rejected);
    }

    /**
     * A {@code --bucket} that gives {@code report} more buckets than a timeline has (100,000) is bad usage:
     * checked before anything is written.
     */
    void checkBucket(InterruptionReport report, picocli.CommandLine commandLine) {
        if (bucket != null) {
            try {
                report.timeline(bucket);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(
                        commandLine, "--bucket " + Bucket.text(bucket) + ": " + e.getMessage());
            }
        }
    }

    /**
     * Prints {@code report} as the options say, once it is rendered whole ({@link HeldOutput}): a failure
     * while rendering leaves standard output empty. {@code --top} was checked by {@link #check}, {@code
     * --bucket} by {@link #checkBucket}.
     */
    void print(InterruptionReport report, PrintWriter out) throws IOException {
        RenderOptions options = RenderOptions.defaults()
                .withTop(top)
                .withLocale(language.locale())
                .withRejected(rejected)
                .withTimelineWidth(bucket)
                .withReconnectWindow(reconnectWindow == null ? ReconnectSummary.DEFAULT_WINDOW : reconnectWindow)
                .withIncidentRules(incidentRules());
        HeldOutput.print(into -> format.format.write(report, options, into), out);
    }

    /**
     * 1 when lines were rejected, and one line on standard error that says so, so that a script sees why;
     * else 0.
     */
    int exitCode(InterruptionReport report, Io io) {
        io.outWriter().flush();
        if (report.rejectedLines() == 0) {
            return Main.OK;
        }
        long n = report.rejectedLines();
        io.errWriter()
                .println("streamcause: " + String.format(java.util.Locale.ROOT, "%,d", n)
                        + (n == 1 ? " line was" : " lines were")
                        + " rejected (exit code 1); the report shows where and why"
                        + (format == Format.text && n > rejected ? " (--rejected all lists every one)" : ""));
        return Main.REJECTED_LINES;
    }

    /** A negative {@code --top} is bad usage. */
    void check(picocli.CommandLine commandLine) {
        if (top < 0) {
            throw new picocli.CommandLine.ParameterException(commandLine, "--top must not be negative: " + top);
        }
    }
}
