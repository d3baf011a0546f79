package io.github.streamcause.analysis;

import io.github.streamcause.Classification;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.tencent.ApiRecord;
import io.github.streamcause.tencent.ApiRecordReader;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code analyze} command as a library: reads callback logs and API responses, from files, folders
 * or streams, into one {@link InterruptionReport}.
 *
 * <pre>{@code
 * InterruptionReport r = Analyzer.builder()
 *         .since(Instant.parse("2026-11-24T00:00:00Z"))      // optional
 *         .streams("live/room*")                             // optional
 *         .build()
 *         .analyze(Paths.get("logs/"));
 * }</pre>
 *
 * <p>Each file is told apart by what it holds ({@link InputKind}: a callback log, one JSON body per line;
 * a DescribeLiveStreamEventList or DescribeCallbackRecordsList response), gzip'd or not (by its magic
 * bytes); folders are read recursively, their files in name order. Every line that cannot be read is
 * counted and kept as a rejection with its source, number and reason; the report lists every input with
 * its kind, lines, rejected and filtered-out lines.
 *
 * <p>Immutable and thread-safe: one analyzer can serve many analyses at once (each has its own {@link
 * Run}).
 *
 * @since 0.1.0
 */
public final class Analyzer {
    /** How often, in lines, a {@link Progress} listener hears from a run. */
    public static final int PROGRESS_LINES = 4096;

    private final Instant since;
    private final Instant until;
    private final List<String> streams;
    private final Classification classification;
    private final Progress progress;
    private final boolean rejectUnreadable;
    private final int keepRejected;
    private final StreamFilter filter;

    private Analyzer(Builder b) {
        this.since = b.since;
        this.until = b.until;
        this.streams = Collections.unmodifiableList(new ArrayList<>(b.streams));
        this.classification = b.classification;
        this.progress = b.progress;
        this.rejectUnreadable = b.rejectUnreadable;
        this.keepRejected = b.keepRejected;
        this.filter = new StreamFilter(since, until, streams);
    }

    /**
     * A builder of an analyzer that keeps everything and classifies by {@link Classification#defaults()}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Hears how far a run has read: every {@value #PROGRESS_LINES} lines.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called on the reading thread; keep it short.
         *
         * @param source the input being read
         * @param lines the lines read so far in this run, over all its inputs
         */
        void linesRead(String source, long lines);
    }

    /**
     * Analyses files and folders (read recursively) into one report.
     *
     * @param paths the files and folders
     * @return the report
     * @throws IOException if a file cannot be read (the message names it and says why)
     */
    public InterruptionReport analyze(Path... paths) throws IOException {
        return analyze(Arrays.asList(paths));
    }

    /**
     * Analyses files and folders (read recursively) into one report.
     *
     * @param paths the files and folders
     * @return the report
     * @throws IOException if a file cannot be read (the message names it and says why)
     */
    public InterruptionReport analyze(List<Path> paths) throws IOException {
        Run run = start();
        for (Path path : paths) {
            run.read(Objects.requireNonNull(path, "path"));
        }
        return run.report();
    }

    /**
     * Analyses one stream, such as standard input, into a report. The stream is read to its end and not
     * closed.
     *
     * @param in the input
     * @param name its name in the report ({@code -} for standard input)
     * @return the report
     * @throws IOException if reading fails
     */
    public InterruptionReport analyze(InputStream in, String name) throws IOException {
        return start().read(in, name).report();
    }

    /**
     * A run: several inputs, of any sort, read one after the other into one report.
     *
     * @return a new run
     */
    public Run start() {
        return new Run();
    }

    /**
     * The time window's start.
     *
     * @return the start, empty if none
     */
    public java.util.Optional<Instant> since() {
        return java.util.Optional.ofNullable(since);
    }

    /**
     * The time window's end (exclusive).
     *
     * @return the end, empty if none
     */
    public java.util.Optional<Instant> until() {
        return java.util.Optional.ofNullable(until);
    }

    /**
     * The stream patterns; an event is kept when any matches.
     *
     * @return an unmodifiable list, empty when every stream is kept
     */
    public List<String> streams() {
        return streams;
    }

    /**
     * The classification interruptions are counted by.
     *
     * @return the classification
     */
    public Classification classification() {
        return classification;
    }

    /**
     * One analysis in progress: inputs read one after the other into one report. Not thread-safe.
     *
     * @since 0.1.0
     */
    public final class Run {
        private final InterruptionReport.Builder builder =
                InterruptionReport.builder(classification).keepRejected(keepRejected);
        private long lines;

        private Run() {}

        /**
         * Reads a file, or a folder recursively (its regular files in name order).
         *
         * @param path the file or folder
         * @return this run
         * @throws IOException if a file cannot be read (the message names it and says why)
         */
        public Run read(Path path) throws IOException {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
                } catch (UncheckedIOException e) {
                    throw new IOException(
                            "cannot read " + path + ": " + e.getCause().getMessage(), e);
                }
                for (Path file : files) {
                    readFile(file);
                }
            } else {
                readFile(path);
            }
            return this;
        }

        private void readFile(Path file) throws IOException {
            InputStream raw;
            try {
                raw = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new IOException("cannot read " + file + ": no such file", e);
            } catch (AccessDeniedException e) {
                throw new IOException("cannot read " + file + ": permission denied", e);
            }
            try (InputStream closing = raw) {
                readInput(closing, file.toString());
            }
        }

        /**
         * Reads one stream to its end; the stream is not closed.
         *
         * @param in the input
         * @param name its name in the report ({@code -} for standard input)
         * @return this run
         * @throws IOException if reading fails
         */
        public Run read(InputStream in, String name) throws IOException {
            readInput(Input.unclosable(Objects.requireNonNull(in, "in")), Objects.requireNonNull(name, "name"));
            return this;
        }

        private void readInput(InputStream in, String name) throws IOException {
            Counter counter = new Counter();
            InputKind kind;
            String looksLike;
            try {
                Input input = Input.open(name, in);
                kind = input.kind;
                looksLike = input.looksLike;
                switch (kind) {
                    case EVENT_LIST:
                        readEventList(input, counter);
                        break;
                    case CALLBACK_RECORDS:
                        readCallbackRecords(input, counter);
                        break;
                    default:
                        readCallbackLog(input, counter);
                }
            } catch (UncheckedIOException e) {
                throw new IOException(
                        "cannot read " + name + ": " + e.getCause().getMessage(), e);
            }
            builder.input(InputSummary.of(name, kind.label(), counter.lines, counter.rejected, counter.filtered));
            if (rejectUnreadable && counter.lines > 0 && counter.rejected == counter.lines) {
                throw new UnreadableInputException("cannot read " + name + ": not StreamCause input"
                        + (looksLike == null ? "" : " (it looks like " + looksLike + ")")
                        + ": none of its " + counter.lines
                        + (counter.lines == 1 ? " line is" : " lines is") + " a callback or an API record (line "
                        + counter.first.line() + ": " + counter.first.reason() + ")");
            }
        }

        private void readCallbackLog(Input input, Counter counter) throws IOException {
            try (CallbackLogReader reader = CallbackLogReader.of(input.stream, input.name)) {
                while (reader.hasNext()) {
                    line(input.name, counter, reader.next());
                }
            }
        }

        private void line(String name, Counter counter, LogLine line) {
            counter.line(name);
            if (line.isRejected()) {
                counter.reject(line.toRejection());
            } else {
                event(counter, line.toStreamEvent());
            }
        }

        private void event(Counter counter, StreamEvent event) {
            // the time only matters to a time window: no Optionals per event without one
            Instant time = filter.filtersTime()
                    ? event.time().orElse(event.sessionStart().orElse(null))
                    : null;
            if (filter.keep(event.stream(), time)) {
                builder.add(event);
            } else {
                counter.filtered++;
            }
        }

        private void readEventList(Input input, Counter counter) throws IOException {
            readRecords(
                    input,
                    counter,
                    "DescribeLiveStreamEventList",
                    StreamEventRecord.reader(input.stream),
                    (record, number) -> {
                        counter.line(input.name);
                        event(counter, record.toStreamEvent(input.name, number));
                    });
        }

        private void readCallbackRecords(Input input, Counter counter) throws IOException {
            readRecords(
                    input,
                    counter,
                    "DescribeCallbackRecordsList",
                    CallbackRecord.reader(input.stream),
                    (record, number) -> line(input.name, counter, record.toLogLine(input.name, number)));
        }

        /**
         * Reads an API response (or several, concatenated) record by record: each record is a line, an event
         * or a rejection at its number; what is no record (not such a response, a cut, an API error) is one
         * more rejected line after the records before it, and so is what could not be decoded after it.
         */
        private <T> void readRecords(
                Input input, Counter counter, String api, ApiRecordReader<T> reader, RecordSink<T> sink) {
            try {
                while (reader.hasNext()) {
                    ApiRecord<T> record = reader.next();
                    if (record.isRejected()) {
                        counter.line(input.name);
                        counter.reject(Rejection.of(
                                input.name, record.number(), record.rejection().get()));
                    } else {
                        sink.accept(record.record().get(), record.number());
                    }
                }
            } catch (InvalidPayloadException e) {
                counter.line(input.name);
                String unread = input.unread().map(u -> " (" + u + ")").orElse("");
                String what = reader.records() == 0 ? "not a " + api + " response: " : "the rest is not read: ";
                counter.reject(Rejection.of(input.name, reader.records() + 1, what + e.getMessage() + unread));
                return;
            }
            String unread = input.unread().orElse(null);
            if (unread != null) {
                // the responses were whole, and what follows them could not be read: said after their records
                counter.line(input.name);
                counter.reject(Rejection.of(input.name, reader.records() + 1, unread));
            }
        }

        /**
         * The report of everything read so far; the run starts over empty.
         *
         * @return the report
         */
        public InterruptionReport report() {
            lines = 0;
            return builder.build();
        }

        /** The counts of one input, and progress over the run. */
        private final class Counter {
            long lines;
            long rejected;
            long filtered;
            Rejection first;

            void reject(Rejection rejection) {
                if (rejected++ == 0) {
                    first = rejection;
                }
                builder.add(rejection);
            }

            void line(String name) {
                this.lines++;
                long total = ++Run.this.lines;
                if (progress != null && total % PROGRESS_LINES == 0) {
                    progress.linesRead(name, total);
                }
            }
        }
    }

    /** What becomes of a record that was read, with its number in the input. */
    private interface RecordSink<T> {
        void accept(T record, long number);
    }

    /**
     * Builds an {@link Analyzer}; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Instant since;
        private Instant until;
        private final List<String> streams = new ArrayList<>();
        private Classification classification = Classification.defaults();
        private Progress progress;
        private boolean rejectUnreadable;
        private int keepRejected = 20;

        private Builder() {}

        /**
         * Whether an input none of whose lines is an event (every line rejected: a README, a jar, an API
         * error response) stops the run with an {@link UnreadableInputException} that names it, rather
         * than counting in the report as rejected lines. Off by default; {@code streamcause analyze} turns
         * it on, so that a wrong file does not read as a day without interruptions.
         *
         * @param reject whether to stop at such an input
         * @return this builder
         */
        public Builder rejectUnreadableInputs(boolean reject) {
            this.rejectUnreadable = reject;
            return this;
        }

        /**
         * How many rejected lines the report keeps as samples, the first ones (20 unless set; {@link
         * Integer#MAX_VALUE} for all): {@link InterruptionReport.Builder#keepRejected(int)}.
         *
         * @param max the number to keep, 0 for none
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is negative
         */
        public Builder keepRejected(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("the rejected lines to keep must not be negative: " + max);
            }
            this.keepRejected = max;
            return this;
        }

        /**
         * Keeps only events at or after {@code since}; events without a time are left out when a window
         * is set.
         *
         * @param since the start, or null for none
         * @return this builder
         */
        public Builder since(Instant since) {
            this.since = since;
            return this;
        }

        /**
         * Keeps only events before {@code until}.
         *
         * @param until the end (exclusive), or null for none
         * @return this builder
         */
        public Builder until(Instant until) {
            this.until = until;
            return this;
        }

        /**
         * Keeps only streams matching one of the patterns (added to those given before): {@code *} and
         * {@code ?} wildcards, matched against the stream name, {@code app/stream} and {@code
         * domain/app/stream}.
         *
         * @param patterns the patterns
         * @return this builder
         * @throws IllegalArgumentException if a pattern is empty
         */
        public Builder streams(String... patterns) {
            for (String p : patterns) {
                if (Objects.requireNonNull(p, "pattern").isEmpty()) {
                    throw new IllegalArgumentException("a stream pattern must not be empty");
                }
                streams.add(p);
            }
            return this;
        }

        /**
         * Counts interruptions by {@code classification}'s categories and recoveries.
         *
         * @param classification the classification
         * @return this builder
         */
        public Builder classification(Classification classification) {
            this.classification = Objects.requireNonNull(classification, "classification");
            return this;
        }

        /**
         * Tells {@code progress} how far a run has read.
         *
         * @param progress the listener, or null for none
         * @return this builder
         */
        public Builder progress(Progress progress) {
            this.progress = progress;
            return this;
        }

        /**
         * The analyzer.
         *
         * @return the analyzer
         * @throws IllegalArgumentException if the time window is empty ({@code until} not after {@code
         *     since})
         */
        public Analyzer build() {
            if (since != null && until != null && !until.isAfter(since)) {
                throw new IllegalArgumentException(
                        "the time window is empty: until (" + until + ") must be after since (" + since + ")");
            }
            return new Analyzer(this);
        }
    }
}
