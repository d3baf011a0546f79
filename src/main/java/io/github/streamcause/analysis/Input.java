package io.github.streamcause.analysis;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One input of an {@link Analyzer}: decompressed if it is gzip (by its magic bytes), and what it holds, told
 * from its first 64 KiB: a callback log (one JSON body per line), a DescribeLiveStreamEventList response,
 * or a DescribeCallbackRecordsList response.
 */
final class Input {
    private static final int PEEK_BYTES = 64 * 1024;

    final String name;
    final InputStream stream;
    final InputKind kind;
    /** What the start of the input looks like when it is plainly no StreamCause input, or null. */
    final String looksLike;

    private Input(String name, InputStream stream, InputKind kind, String looksLike) {
        this.name = name;
        this.stream = stream;
        this.kind = kind;
        this.looksLike = looksLike;
    }

    static Input open(String name, InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, PEEK_BYTES);
        buffered.mark(4);
        int first = buffered.read();
        int second = buffered.read();
        int third = buffered.read();
        int fourth = buffered.read();
        buffered.reset();
        if (first == 'P' && second == 'K' && third == 3 && fourth == 4) {
            return new Input(name, buffered, InputKind.CALLBACK_LOG, "a zip archive or a jar");
        }
        InputStream decoded = buffered;
        if (first == 0x1f && second == 0x8b) {
            buffered.mark(PEEK_BYTES);
            try {
                decoded = new BufferedInputStream(new GZIPInputStream(buffered, PEEK_BYTES), PEEK_BYTES);
            } catch (EOFException | ZipException e) {
                // cut inside its header: hand the log reader the bytes again, and it reports the truncation
                buffered.reset();
                return new Input(name, buffered, InputKind.CALLBACK_LOG, null);
            }
        }
        byte[] head = head(decoded);
        return new Input(name, decoded, detect(head), looksLike(head));
    }

    /** The first 64 KiB, or what there is; the stream is reset to its start. */
    private static byte[] head(InputStream in) throws IOException {
        byte[] head = new byte[PEEK_BYTES];
        int length = 0;
        in.mark(PEEK_BYTES);
        try {
            for (int read; length < head.length && (read = in.read(head, length, head.length - length)) > 0; ) {
                length += read;
            }
        } catch (EOFException | ZipException e) {
            // cut short: what was read is enough to tell, and the reader reports the rest
        }
        in.reset();
        return java.util.Arrays.copyOf(head, length);
    }

    /** Binary data (a NUL, or bytes that are not UTF-8) or text that does not begin as JSON does: what it is. */
    private static String looksLike(byte[] head) {
        if (head.length == 0) {
            return null;
        }
        for (byte b : head) {
            if (b == 0) {
                return "binary data";
            }
        }
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        // a full window may end inside a character: that is no error, only the window's end
        boolean whole = head.length < PEEK_BYTES;
        if (utf8.decode(java.nio.ByteBuffer.wrap(head), java.nio.CharBuffer.allocate(head.length), whole)
                .isError()) {
            return "binary data (not UTF-8 text)";
        }
        // JSON lines and API responses begin with an object or an array, after white space and a BOM
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i == head.length || head[i] == '{' || head[i] == '[') {
            return null;
        }
        return "text, not JSON";
    }

    private static InputKind detect(byte[] bytes) {
        int length = bytes.length;
        byte[] head = bytes;
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        int eventType = indexOf(text, "\"event_type\"");
        int records = indexOf(text, "\"DataInfoList\"");
        int list = Math.min(indexOf(text, "\"EventList\""), indexOf(text, "\"StopReason\""));
        int request = indexOf(text, "\"Request\"");
        int response = indexOf(text, "\"Response\"");
        int api = Math.min(Math.min(records, list), Math.min(request, response));
        if (api < eventType) {
            return records < list || request < list ? InputKind.CALLBACK_RECORDS : InputKind.EVENT_LIST;
        }
        return InputKind.CALLBACK_LOG;
    }

    private static int indexOf(String text, String key) {
        int i = text.indexOf(key);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** A caller's stream stays open (standard input must, for the JVM); a file is closed by its reader. */
    static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }
}
