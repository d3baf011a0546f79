package io.github.streamcause.cli;

import io.github.streamcause.Classification;
import io.github.streamcause.analysis.Analyzer;
import io.github.streamcause.report.InterruptionReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code streamcause analyze FILE...}: why did our streams drop? Option parsing over {@link Analyzer}. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Summarise push interruptions from callback logs (one JSON body per line) or API responses "
                    + "(DescribeLiveStreamEventList, DescribeCallbackRecordsList), told apart per file; folders are "
                    + "read recursively and .gz is read transparently. Duplicates (redelivered callbacks) are "
                    + "counted once; every line that cannot be read is counted and shown with its number and "
                    + "reason. Without FILE, standard input is read when it is not a terminal."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  streamcause analyze docs/examples/callbacks.ndjson.gz",
            "  streamcause analyze --since 2026-11-24T12:00:00Z --stream 'live/room*' logs/",
            "  zcat today.ndjson.gz | streamcause analyze --format json",
            "  streamcause analyze --save-state mon.state logs/mon/",
            "",
            "Times without a zone are UTC (2026-11-24 is UTC midnight; China Standard Time is "
                    + "2026-11-24T00:00:00+08:00).",
            "",
            "Exit codes: 0 success; 1 success, but some lines were rejected; 2 bad usage, a file that cannot be "
                    + "read or is no StreamCause input, or out of memory."
        })
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    StreamCauseCommand parent;

    @Parameters(
            arity = "0..*",
            paramLabel = "FILE",
            description = "input files or folders; - for standard input (the default when it is not a terminal)")
    List<Path> files = new ArrayList<>(); // paths, so that the shell completion offers files here

    @Mixin
    ReportOptions report;

    @Option(
            names = "--since",
            paramLabel = "TIME",
            converter = TimeConverter.class,
            description = "only events at or after TIME: 2026-11-24 (UTC midnight), 2026-11-24T12:00:00Z, or with an "
                    + "offset such as +08:00")
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
            description = "only streams whose name, app/stream or domain/app/stream matches PATTERN (* and ? "
                    + "wildcards); repeat it for several, any of which may match")
    List<String> streams = new ArrayList<>();

    @Option(
            names = "--classify",
            paramLabel = "CODE[/SUB]=CAT/REC",
            description = "count CODE (and SUB) as CAT and REC instead of the registry's classification, such as "
                    + "4=NETWORK/RETRY; repeatable")
    List<String> classify = new ArrayList<>();

    @Option(
            names = "--classify-file",
            paramLabel = "FILE",
            description = "overrides from a properties file: 4=NETWORK/RETRY, one per line")
    Path classifyFile;

    @Option(
            names = "--save-state",
            paramLabel = "FILE",
            description = "also write the report's whole state to FILE, for streamcause merge")
    Path saveState;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        report.check(parent.spec.commandLine());
        if (files.isEmpty()) {
            if (parent.io.terminal) {
                throw new picocli.CommandLine.ParameterException(
                        parent.spec.commandLine(), "no input: give FILE..., or - (or a pipe) for standard input");
            }
            files = java.util.Collections.singletonList(Paths.get("-"));
        }
        Progress progress = new Progress(parent.io.err, parent.io.terminal);
        Analyzer analyzer;
        try {
            analyzer = Analyzer.builder()
                    .classification(classification())
                    .since(since)
                    .until(until)
                    .streams(streams.toArray(new String[0]))
                    .progress(progress)
                    .rejectUnreadableInputs(true)
                    .keepRejected(report.keepRejected())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(), e.getMessage());
        }
        Analyzer.Run run = analyzer.start();
        try {
            for (Path file : files) {
                if (file.toString().equals("-")) {
                    run.read(parent.io.in, "-");
                } else {
                    run.read(file);
                }
            }
        } finally {
            progress.done(); // an input that stops the run must not leave the progress line behind
        }
        InterruptionReport result = run.report();
        for (io.github.streamcause.report.InputSummary input : result.inputs()) {
            if (input.lines() == 0) {
                parent.io
                        .errWriter()
                        .println("streamcause: " + input.name()
                                + (input.kind().equals(io.github.streamcause.analysis.InputKind.CALLBACK_LOG.label())
                                        ? " is empty"
                                        : " holds no records"));
            }
        }
        report.checkBucket(result, parent.spec.commandLine());
        if (saveState != null) {
            try (OutputStream out = Files.newOutputStream(saveState)) {
                result.writeTo(out);
            } catch (IOException e) {
                throw new IOException("cannot write the state to " + saveState + ": " + e.getMessage(), e);
            }
        }
        report.print(result, parent.io.outWriter());
        return report.exitCode(result, parent.io);
    }

    /** The overrides of {@code --classify-file}, then those of {@code --classify}, over the defaults. */
    private Classification classification() throws IOException {
        Classification c = Classification.defaults();
        if (classifyFile != null) {
            java.util.Properties overrides = new java.util.Properties();
            try (java.io.Reader in = Files.newBufferedReader(classifyFile, java.nio.charset.StandardCharsets.UTF_8)) {
                overrides.load(in);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IOException("cannot read " + classifyFile + ": no such file", e);
            }
            try {
                c = Classification.fromProperties(overrides);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--classify-file " + classifyFile + ": " + e.getMessage(), e);
            }
        }
        for (String spec : classify) {
            try {
                c = c.withOverride(spec);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--classify: " + e.getMessage(), e);
            }
        }
        return c;
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
    static final class Progress implements Analyzer.Progress {
        private final java.io.PrintStream err;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private long lastShown = start;
        private boolean shown;

        Progress(java.io.PrintStream err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public void linesRead(String file, long count) {
            if (!enabled) {
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
