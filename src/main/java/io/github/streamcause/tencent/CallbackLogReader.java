package io.github.streamcause.tencent;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a callback log: newline-delimited JSON, one callback body per line, as services log them;
 * gzip-compressed input is recognised by its magic bytes and read transparently, every member of a
 * multi-member file ({@link DecodedInput}).
 *
 * <p>Lazy and in constant memory: one line is held at a time, and a line longer than the limit is
 * skipped, not buffered. Every line becomes one {@link LogLine}: a callback of any kind (a push, an
 * interruption, a push anomaly ({@code event_type} 321, which {@link PushAnomaly} reads in full), a
 * recording...), or a rejected line with its number and the reason (malformed JSON, a wrong type, over the
 * size limit, a blank line). Reading never stops at a bad line. Input cut
 * short (a truncated gzip file) ends with one rejected line that says so, after every complete line; so
 * does a corrupt gzip member, and bytes after the gzip data that are not gzip (their number). CRLF line ends and a leading
 * byte order mark are accepted.
 *
 * <pre>{@code
 * try (CallbackLogReader log = CallbackLogReader.open(Paths.get("callbacks.ndjson.gz"))) {
 *     log.forEachRemaining(line -> ...);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. An I/O failure of the underlying stream (other than truncation) is thrown as an
 * {@link UncheckedIOException} from {@link #next()}.
 *
 * @since 0.1.0
 */
public final class CallbackLogReader implements Iterator<LogLine>, Closeable {
    /** The default longest line: 1 MiB, far above any callback body. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    private static final int BUFFER_BYTES = 1 << 16;

    private final DecodedInput in;
    private final String source;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean unreadReported;

    private byte[] line = new byte[8192];
    private int lineLength;
    private long lineBytes;
    private long lineNumber;
    private LogLine next;

    private CallbackLogReader(DecodedInput in, String source, int maxLineBytes) {
        this.in = in;
        this.source = source;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Opens a log file, plain or gzip-compressed.
     *
     * @param file the file
     * @return the reader; close it
     * @throws IOException if the file cannot be opened
     */
    public static CallbackLogReader open(Path file) throws IOException {
        return of(Files.newInputStream(file), file.toString(), DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * Reads a log from a stream, plain or gzip-compressed; closing the reader closes the stream.
     *
     * @param in the input
     * @param source a name for the input in messages, such as a file name or {@code -}
     * @return the reader
     * @throws IOException if the first bytes cannot be read
     */
    public static CallbackLogReader of(InputStream in, String source) throws IOException {
        return of(in, source, DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * Reads a log from a stream with a line length limit; closing the reader closes the stream. A {@link
     * DecodedInput} is read as it is (not decompressed again).
     *
     * @param in the input
     * @param source a name for the input in messages
     * @param maxLineBytes the longest line accepted, in bytes; longer lines are rejected
     * @return the reader
     * @throws IOException if the first bytes cannot be read
     */
    public static CallbackLogReader of(InputStream in, String source, int maxLineBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        DecodedInput input = in instanceof DecodedInput ? (DecodedInput) in : DecodedInput.of(in);
        return new CallbackLogReader(input, source, maxLineBytes);
    }

    /**
     * The remaining lines as a sequential stream; closing the stream closes the reader.
     *
     * @return the lines
     */
    public Stream<LogLine> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public LogLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LogLine line = next;
        next = null;
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private LogLine readLine() {
        lineLength = 0;
        lineBytes = 0;
        boolean started = false;
        while (true) {
            if (position == limit) {
                if (endOfInput || !fill()) {
                    break;
                }
            }
            started = true;
            int newline = indexOfNewline(position, limit);
            int end = newline < 0 ? limit : newline;
            append(position, end);
            if (newline >= 0) {
                position = newline + 1;
                return complete();
            }
            position = limit;
        }
        String unread = endOfInput ? in.unread().orElse(null) : null;
        if (started) {
            if (unread != null && in.cut()) {
                unreadReported = true;
                return LogLine.rejected(source, ++lineNumber, "line cut off: " + unread);
            }
            return complete(); // a last line without a newline
        }
        if (unread != null && !unreadReported) {
            unreadReported = true;
            return LogLine.rejected(source, ++lineNumber, (in.cut() ? "input ends early: " : "") + unread);
        }
        return null;
    }

    /** Reads more input; false at its end (or where it could not be read further). */
    private boolean fill() {
        try {
            int read;
            while ((read = in.read(buffer, 0, buffer.length)) == 0) {
                // a stream that returns nothing for a while: read again
            }
            if (read < 0) {
                endOfInput = true;
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " after line " + lineNumber + " failed", e);
        }
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int to) {
        int length = to - from;
        lineBytes += length;
        if (lineBytes > maxLineBytes) {
            return; // counted, not kept
        }
        if (lineLength + length > line.length) {
            byte[] larger = new byte[Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + length))];
            System.arraycopy(line, 0, larger, 0, lineLength);
            line = larger;
        }
        System.arraycopy(buffer, from, line, lineLength, length);
        lineLength += length;
    }

    private LogLine complete() {
        long number = ++lineNumber;
        if (lineBytes > maxLineBytes) {
            return LogLine.rejected(source, number, "line longer than " + maxLineBytes + " bytes (" + lineBytes + ")");
        }
        int length = lineLength;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (isBlank(length)) {
            return LogLine.rejected(source, number, "blank line");
        }
        CallbackEvent event;
        try {
            event = CallbackEvent.parse(line, 0, length);
        } catch (InvalidPayloadException e) {
            return LogLine.rejected(source, number, e.getMessage());
        }
        return LogLine.event(source, number, event);
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
