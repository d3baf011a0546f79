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

    private Input(String name, InputStream stream, InputKind kind) {
        this.name = name;
        this.stream = stream;
        this.kind = kind;
    }

    static Input open(String name, InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, PEEK_BYTES);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream decoded = buffered;
        if (first == 0x1f && second == 0x8b) {
            buffered.mark(PEEK_BYTES);
            try {
                decoded = new BufferedInputStream(new GZIPInputStream(buffered, PEEK_BYTES), PEEK_BYTES);
            } catch (EOFException | ZipException e) {
                // cut inside its header: hand the log reader the bytes again, and it reports the truncation
                buffered.reset();
                return new Input(name, buffered, InputKind.CALLBACK_LOG);
            }
        }
        return new Input(name, decoded, detect(decoded));
    }

    private static InputKind detect(InputStream in) throws IOException {
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
