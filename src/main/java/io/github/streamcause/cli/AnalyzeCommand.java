package io.github.streamcause.cli;

import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.tencent.ApiPage;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.CallbackLogReader;
import io.github.streamcause.tencent.CallbackRecord;
import io.github.streamcause.tencent.InvalidPayloadException;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code streamcause analyze FILE...}: why did our streams drop? */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Summarise push interruptions from callback logs (one JSON body per line) or API responses",
            "(DescribeLiveStreamEventList, DescribeCallbackRecordsList), told apart per file; .gz is read",
            "transparently. Duplicates (redelivered callbacks) are counted once; every line that cannot",
            "be read is counted and shown with its number and reason."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  streamcause analyze docs/examples/callbacks.ndjson.gz",
            "  streamcause analyze --since 2026-11-24T12:00:00Z --stream 'live/room*' logs/*.gz",
            "  zcat today.ndjson.gz | streamcause analyze - --format json",
            "",
            "Exit codes: 0 success; 1 success, but some lines were rejected; 2 bad usage, unreadable file or out of memory."
        })
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    StreamCauseCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "input files; - for standard input")
    List<String> files;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json, markdown or csv (default: ${DEFAULT-VALUE})")
    ReportView.Format format;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "en",
            converter = Language.One.class,
            description = "language of cause descriptions: en, ko, zh, ja (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(
            names = "--since",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "only events at or after TIME (2026-11-24, 2026-11-24T12:00:00Z, or with an offset)")
    Instant since;

    @Option(
            names = "--until",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "only events before TIME")
    Instant until;

    @Option(
            names = "--stream",
            paramLabel = "PATTERN",
            description = "only streams whose name, or domain/app/stream, matches PATTERN (* and ? wildcards)")
    String stream;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description = "how many causes and streams to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    private Pattern streamPattern;
    private long filtered;
    private long lines;
    private Progress progress;

    @Override
    public Integer call() throws IOException {
        if (top < 0) {
            throw new picocli.CommandLine.ParameterException(
                    parent.spec.commandLine(), "--top must not be negative: " + top);
        }
        streamPattern = stream == null ? null : glob(stream);
        progress = new Progress(parent.io.err, parent.io.terminal);
        InterruptionReport.Builder builder = InterruptionReport.builder();
        for (String file : files) {
            read(file, builder);
        }
        progress.done();
        InterruptionReport report = builder.build();
        ReportView view = new ReportView(report, files, lines, filtered, top, Language.locale(lang));
        view.write(format, parent.io.outWriter());
        parent.io.outWriter().flush();
        return report.rejectedLines() > 0 ? Main.REJECTED_LINES : Main.OK;
    }

    private void read(String file, InterruptionReport.Builder builder) throws IOException {
        InputStream raw;
        if (file.equals("-")) {
            raw = Input.unclosable(parent.io.in);
        } else {
            Path path = Paths.get(file);
            try {
                if (Files.isDirectory(path)) {
                    throw new IOException("cannot read " + file + ": it is a directory");
                }
                raw = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new IOException("cannot read " + file + ": no such file", e);
            } catch (AccessDeniedException e) {
                throw new IOException("cannot read " + file + ": permission denied", e);
            }
        }
        try (InputStream closing = raw) {
            Input input = Input.open(file, closing);
            switch (input.kind) {
                case EVENT_LIST:
                    readEventList(input, builder);
                    break;
                case CALLBACK_RECORDS:
                    readCallbackRecords(input, builder);
                    break;
                default:
                    readCallbackLog(input, builder);
            }
        } catch (UncheckedIOException e) {
            throw new IOException("cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    private void readCallbackLog(Input input, InterruptionReport.Builder builder) throws IOException {
        try (CallbackLogReader reader = CallbackLogReader.of(input.stream, input.name)) {
            while (reader.hasNext()) {
                LogLine line = reader.next();
                lines++;
                progress.line(input.name, lines);
                if (line.isRejected() || keep(line.event().get())) {
                    builder.add(line);
                } else {
                    filtered++;
                }
            }
        }
    }

    private void readEventList(Input input, InterruptionReport.Builder builder) throws IOException {
        ApiPage<StreamEventRecord> page =
                page(input, builder, "DescribeLiveStreamEventList", StreamEventRecord::parsePage);
        if (page == null) {
            return;
        }
        for (StreamEventRecord record : page.items()) {
            lines++;
            Instant time =
                    record.streamEndTime().orElse(record.streamStartTime().orElse(null));
            if (keep(StreamKey.of(record), time)) {
                builder.add(record);
            } else {
                filtered++;
            }
        }
    }

    private void readCallbackRecords(Input input, InterruptionReport.Builder builder) throws IOException {
        ApiPage<CallbackRecord> page = page(input, builder, "DescribeCallbackRecordsList", CallbackRecord::parsePage);
        if (page == null) {
            return;
        }
        int number = 0;
        for (CallbackRecord record : page.items()) {
            number++;
            lines++;
            CallbackEvent event;
            try {
                event = record.event();
            } catch (InvalidPayloadException e) {
                builder.add(LogLine.rejected(input.name, number, "record " + number + ": " + e.getMessage()));
                continue;
            }
            if (!event.isInterruption() && !event.isPush()) {
                builder.add(LogLine.rejected(
                        input.name,
                        number,
                        "record " + number + ": event_type " + event.eventType()
                                + " is not a push (1) or interruption (0) event"));
            } else if (keep(event)) {
                builder.add(event);
            } else {
                filtered++;
            }
        }
    }

    /** How an API response is read from a stream. */
    private interface PageParser<T> {
        ApiPage<T> parse(InputStream in) throws IOException;
    }

    /** Reads a whole API response; an input that is not one becomes one rejected line, and null. */
    private <T> ApiPage<T> page(Input input, InterruptionReport.Builder builder, String api, PageParser<T> parser)
            throws IOException {
        try {
            return parser.parse(input.stream);
        } catch (InvalidPayloadException e) {
            lines++;
            builder.add(LogLine.rejected(input.name, 1, "not a " + api + " response: " + e.getMessage()));
            return null;
        }
    }

    private boolean keep(CallbackEvent event) {
        return keep(StreamKey.of(event), event.eventTime().orElse(null));
    }

    private boolean keep(StreamKey key, Instant time) {
        if (since != null || until != null) {
            if (time == null || (since != null && time.isBefore(since)) || (until != null && !time.isBefore(until))) {
                return false;
            }
        }
        return streamPattern == null
                || streamPattern.matcher(key.streamName()).matches()
                || streamPattern.matcher(key.toString()).matches();
    }

    /** A glob with {@code *} and {@code ?}; everything else literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** {@code 2026-11-24} (UTC midnight), {@code 2026-11-24T12:00:00Z}, or with an offset. */
    static final class TimeConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException(
                            "expected a date (2026-11-24) or a date-time with a zone (2026-11-24T12:00:00Z), got '"
                                    + value + "'");
                }
            }
        }
    }

    /** Lines per second on standard error, for long inputs and only on a terminal. */
    static final class Progress {
        private final java.io.PrintStream err;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private long lastShown = start;
        private boolean shown;

        Progress(java.io.PrintStream err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        void line(String file, long count) {
            if (!enabled || (count & 0xFFF) != 0) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastShown < 500_000_000L) {
                return;
            }
            lastShown = now;
            long rate = count * 1_000_000_000L / Math.max(1, now - start);
            err.print(String.format("\r%,d lines  %,d lines/s  %s ", count, rate, file));
            err.flush();
            shown = true;
        }

        void done() {
            if (shown) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
