package io.github.streamcause.tencent;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The bytes of an input as StreamCause reads them: gzip-decompressed when the input begins with gzip's
 * magic bytes, as it is otherwise. Every member of a multi-member gzip file ({@code cat a.gz b.gz}) is read,
 * however the input arrives (a pipe that pauses between members included). What cannot be read does not
 * throw: the stream ends there, and {@link #unread()} says what was not read, such as a file cut inside
 * its compressed data, a corrupt member, or bytes after the gzip data that are not gzip.
 *
 * <p>{@link CallbackLogReader} reads its input through this class and turns {@link #unread()} into its
 * last rejected line; a {@code DecodedInput} given to it is read as it is. The stream never calls {@code
 * available()} on its input (which fails on a named pipe), and reads it only as far as it needs.
 *
 * <p>The JDK's {@code GZIPInputStream} looks for a next member only when its input reports bytes {@code
 * available()}, and ignores what follows the last member; here the JDK's {@link Inflater} and {@link CRC32}
 * do the decompression and the check, and the member headers (RFC 1952) are read here.
 *
 * <p>Not thread-safe. An I/O failure of the underlying stream is thrown as it is.
 *
 * @since 0.1.0
 */
public final class DecodedInput extends InputStream {
    private static final int BUFFER_BYTES = 1 << 16;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private enum State {
        PLAIN,
        DATA,
        TRAILER,
        END
    }

    private final InputStream raw;
    private boolean gzip;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    /** Bytes of the raw input before {@code buffer[0]}. */
    private long offset;

    private State state;
    private Inflater inflater;
    private final CRC32 crc = new CRC32();
    private int member;
    private String unread;
    private boolean cut;

    private byte[] replay;
    private int replayPosition;

    private DecodedInput(InputStream raw) {
        this.raw = raw;
    }

    /**
     * Opens an input: reads its first bytes, and the header of its first gzip member if it is gzip; closing
     * the result closes the input. A gzip input cut or corrupt inside its first header is closed at once,
     * and is an empty stream whose {@link #unread()} says so.
     *
     * @param raw the input, as stored
     * @return its bytes, decompressed if gzip
     * @throws IOException if reading the first bytes fails
     */
    public static DecodedInput of(InputStream raw) throws IOException {
        Objects.requireNonNull(raw, "raw");
        DecodedInput input = new DecodedInput(raw);
        input.start();
        return input;
    }

    private void start() throws IOException {
        int first = peek(0);
        int second = first < 0 ? -1 : peek(1);
        gzip = first == 0x1f && second == 0x8b;
        if (!gzip) {
            state = State.PLAIN;
            return;
        }
        if (!header()) {
            raw.close();
        }
    }

    /**
     * Whether the input is gzip (it begins with gzip's magic bytes).
     *
     * @return true for gzip
     */
    public boolean isGzip() {
        return gzip;
    }

    /**
     * What was not read, once this stream has ended: a gzip input cut short ({@code gzip input truncated:
     * ...}), a corrupt one, or the bytes after the gzip data that are not gzip. Empty while the stream has
     * not ended, and for an input read to its end.
     *
     * @return what was not read, in words
     */
    public Optional<String> unread() {
        return Optional.ofNullable(unread);
    }

    /**
     * Whether reading stopped inside the gzip data (cut or corrupt), not after it: a last line without a
     * newline is then cut off.
     */
    boolean cut() {
        return cut;
    }

    /**
     * The first bytes of the decompressed input, up to {@code max} (fewer only at its end), read again
     * from the start by the stream's next reads; only before the first read.
     *
     * @param max the most bytes wanted
     * @return the bytes
     * @throws IOException if reading fails
     * @throws IllegalStateException if the stream has been read from
     */
    public byte[] head(int max) throws IOException {
        if (replay != null) {
            throw new IllegalStateException("head() is only for the start of the input");
        }
        byte[] head = new byte[max];
        int length = 0;
        for (int read; length < max && (read = read(head, length, max - length)) > 0; ) {
            length += read;
        }
        replay = Arrays.copyOf(head, length);
        replayPosition = 0;
        return replay.clone();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read;
        while ((read = read(one, 0, 1)) == 0) {
            // a read of one byte returns it or the end
        }
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("off " + off + ", len " + len + ", length " + b.length);
        }
        if (len == 0) {
            return 0;
        }
        if (replay != null && replayPosition < replay.length) {
            int n = Math.min(len, replay.length - replayPosition);
            System.arraycopy(replay, replayPosition, b, off, n);
            replayPosition += n;
            return n;
        }
        while (true) {
            switch (state) {
                case PLAIN:
                    if (position < limit) {
                        int n = Math.min(len, limit - position);
                        System.arraycopy(buffer, position, b, off, n);
                        position += n;
                        return n;
                    }
                    return raw.read(b, off, len);
                case DATA:
                    int n = inflate(b, off, len);
                    if (n != 0) {
                        return n;
                    }
                    break;
                case TRAILER:
                    trailer();
                    break;
                default:
                    return -1;
            }
        }
    }

    /** Inflates some bytes: their number, 0 at the member's end (the state moves on), or -1 at a failure. */
    private int inflate(byte[] b, int off, int len) throws IOException {
        while (true) {
            if (inflater.needsInput()) {
                if (position == limit && !fill()) {
                    return fail(true, "gzip input truncated: it ends inside the compressed data of member " + member);
                }
                inflater.setInput(buffer, position, limit - position);
            }
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                return fail(
                        true,
                        "gzip input corrupt: member " + member + " is not valid deflate data near byte "
                                + (offset + position) + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            }
            position = limit - inflater.getRemaining();
            if (n > 0) {
                crc.update(b, off, n);
                return n;
            }
            if (inflater.finished()) {
                state = State.TRAILER;
                return 0;
            }
            if (inflater.needsDictionary()) {
                return fail(true, "gzip input corrupt: member " + member + " asks for a preset dictionary");
            }
        }
    }

    /** The member's CRC-32 and length, then the next member, the end, or what follows that is not gzip. */
    private void trailer() throws IOException {
        long[] fields = new long[2];
        for (int f = 0; f < 2; f++) {
            for (int i = 0; i < 4; i++) {
                int b = next();
                if (b < 0) {
                    fail(true, "gzip input truncated: it ends inside the trailer of member " + member);
                    return;
                }
                fields[f] |= (long) b << (8 * i);
            }
        }
        if (fields[0] != crc.getValue()) {
            fail(true, "gzip input corrupt: the CRC-32 of member " + member + " does not match its data");
            return;
        }
        if (fields[1] != (inflater.getBytesWritten() & 0xFFFF_FFFFL)) {
            fail(
                    true,
                    "gzip input corrupt: the length in the trailer of member " + member + " does not match its data");
            return;
        }
        int first = peek(0);
        if (first < 0) {
            state = State.END;
            end();
            return;
        }
        int second = peek(1);
        if (first == 0x1f && (second == 0x8b || second < 0)) {
            header();
            return;
        }
        long from = offset + position;
        long count = (long) limit - position;
        position = limit;
        while (fill()) {
            count += limit - position;
            position = limit;
        }
        fail(
                false,
                count + (count == 1 ? " byte" : " bytes") + " after the gzip data (from byte " + from
                        + ") " + (count == 1 ? "is" : "are") + " not gzip and " + (count == 1 ? "was" : "were")
                        + " not read");
    }

    /** Reads a member's header (RFC 1952); false, with the stream ended, if it is cut or corrupt. */
    private boolean header() throws IOException {
        member++;
        int[] fixed = new int[10];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = next();
            if (fixed[i] < 0) {
                return headerCut();
            }
        }
        if (fixed[2] != 8) {
            fail(
                    true,
                    "gzip input corrupt: member " + member + " uses compression method " + fixed[2]
                            + ", not deflate (8)");
            return false;
        }
        int flags = fixed[3];
        if ((flags & FEXTRA) != 0) {
            int low = next();
            int high = low < 0 ? -1 : next();
            if (high < 0) {
                return headerCut();
            }
            for (int extra = low | high << 8; extra > 0; extra--) {
                if (next() < 0) {
                    return headerCut();
                }
            }
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                for (int b; (b = next()) != 0; ) {
                    if (b < 0) {
                        return headerCut();
                    }
                }
            }
        }
        if ((flags & FHCRC) != 0) { // two bytes of the header's CRC-16, read and skipped
            int low = next();
            if (low < 0 || next() < 0) {
                return headerCut();
            }
        }
        if (inflater == null) {
            inflater = new Inflater(true);
        } else {
            inflater.reset();
        }
        crc.reset();
        state = State.DATA;
        return true;
    }

    private boolean headerCut() {
        fail(true, "gzip input truncated: it ends inside the header of member " + member);
        return false;
    }

    private int fail(boolean insideTheData, String what) {
        unread = what;
        cut = insideTheData;
        state = State.END;
        end();
        return -1;
    }

    private void end() {
        if (inflater != null) {
            inflater.end();
        }
    }

    /** The raw byte at {@code position + ahead}, read in if need be, without consuming it; -1 past the end. */
    private int peek(int ahead) throws IOException {
        while (limit - position <= ahead) {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                offset += position;
                limit -= position;
                position = 0;
            }
            int read = raw.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return -1;
            }
            limit += read;
        }
        return buffer[position + ahead] & 0xFF;
    }

    private int next() throws IOException {
        int b = peek(0);
        if (b >= 0) {
            position++;
        }
        return b;
    }

    /** Reads more raw input into an emptied buffer; false at its end. */
    private boolean fill() throws IOException {
        offset += limit;
        position = 0;
        limit = 0;
        for (int read; (read = raw.read(buffer, 0, buffer.length)) != -1; ) {
            if (read > 0) {
                limit = read;
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        if (state != State.PLAIN) {
            end();
        }
        raw.close();
    }
}
