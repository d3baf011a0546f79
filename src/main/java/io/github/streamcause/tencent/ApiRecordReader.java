package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Reads an API list response record by record, in constant memory, however many records it holds: each
 * record of the list becomes one {@link ApiRecord}, read or rejected with its location and reason, and
 * reading goes on after a rejected record. Responses concatenated in one input (one saved after the other)
 * are read one after the other, their records numbered on.
 *
 * <p>What is no record fails the input, as {@code parsePage} fails: bytes that are not JSON, a cut, no list,
 * an API error response. It is thrown as an {@link InvalidPayloadException} from {@link #hasNext()}, after
 * the records before it; nothing is read after it. There is no limit on the whole input; each record, and
 * each field of the page around the list, is bounded by the document limit of {@code parsePage} (4 MiB):
 * one over it by less than 64 KiB is a rejected record, one further over it fails the input there, unread.
 *
 * <pre>{@code
 * try (ApiRecordReader<StreamEventRecord> records = StreamEventRecord.reader(in)) {
 *     while (records.hasNext()) {
 *         ApiRecord<StreamEventRecord> r = records.next();
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Not thread-safe. An I/O failure of the stream is thrown as an {@link UncheckedIOException}.
 *
 * @param <T> the record type
 * @since 0.1.0
 */
public final class ApiRecordReader<T> implements Iterator<ApiRecord<T>>, Closeable {
    /** How far past a record's limit the stream may be read before the record is beyond reading. */
    static final int SLACK_BYTES = 64 * 1024;

    private final Bounded in;
    private final JsonParser parser;
    private final ApiPage.Cursor<T> cursor;
    private ApiRecord<T> next;
    private boolean done;

    private ApiRecordReader(Bounded in, JsonParser parser, ApiPage.Cursor<T> cursor) {
        this.in = in;
        this.parser = parser;
        this.cursor = cursor;
    }

    static <T> ApiRecordReader<T> of(InputStream in, String listField, ApiPage.ItemReader<T> reader)
            throws IOException {
        Bounded bounded = new Bounded(Objects.requireNonNull(in, "in"));
        JsonParser parser;
        try {
            parser = Json.streamFactory().createParser(bounded); // it reads the first bytes for their encoding
        } catch (CharConversionException e) {
            throw Json.invalid("", e); // UTF-32 look-alike bytes: not UTF-8, as parsePage says
        }
        return new ApiRecordReader<>(
                bounded, parser, new ApiPage.Cursor<>(parser, listField, reader, false).window(bounded));
    }

    /**
     * Whether another record follows.
     *
     * @return true if one does
     * @throws InvalidPayloadException if the input is no such response where it now stands (reading stops)
     * @throws UncheckedIOException if reading the stream fails
     */
    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = cursor.next();
            } catch (JsonProcessingException e) {
                throw fail(Json.invalid("", e));
            } catch (CharConversionException e) {
                throw fail(Json.invalid("", e));
            } catch (TooLong e) {
                throw fail(ApiPage.tooLong("after record " + cursor.records(), e.length));
            } catch (InvalidPayloadException e) {
                throw fail(e);
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException("reading failed after record " + cursor.records(), e);
            }
            done = next == null;
        }
        return next != null;
    }

    private InvalidPayloadException fail(InvalidPayloadException e) {
        done = true;
        return e;
    }

    /**
     * The next record.
     *
     * @return the record, read or rejected
     * @throws NoSuchElementException if there is none
     * @throws InvalidPayloadException as {@link #hasNext()}
     */
    @Override
    public ApiRecord<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ApiRecord<T> record = next;
        next = null;
        return record;
    }

    /**
     * The records read so far, rejected ones included.
     *
     * @return the count
     */
    public long records() {
        return cursor.records();
    }

    /**
     * Closes the stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            in.close();
        }
    }

    /** A record read further than its limit: the parser cannot go on. */
    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final long length;

        TooLong(long length) {
            super("a record longer than the limit");
            this.length = length;
        }
    }

    /** The stream, counting what it gives the parser, failing it far past a record's start. */
    private static final class Bounded extends FilterInputStream implements ApiPage.Window {
        private long given;
        private long start;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public void mark(long byteOffset) {
            start = byteOffset < 0 ? given : byteOffset;
        }

        private void check() throws TooLong {
            if (given - start > (long) Json.MAX_DOCUMENT_BYTES + SLACK_BYTES) {
                throw new TooLong(given - start);
            }
        }

        @Override
        public int read() throws IOException {
            check();
            int b = super.read();
            if (b >= 0) {
                given++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            int n = super.read(b, off, len);
            if (n > 0) {
                given += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            given += skipped;
            return skipped;
        }
    }
}
