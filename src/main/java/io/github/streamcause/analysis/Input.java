package io.github.streamcause.analysis;

import io.github.streamcause.tencent.ApiPage;
import io.github.streamcause.tencent.DecodedInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * One input of an {@link Analyzer}: decompressed if it is gzip (by its magic bytes, every member; {@link
 * DecodedInput}), and what it holds, told from the structure of the first JSON value in its first 64 KiB:
 * a callback log (one JSON body per line), a DescribeLiveStreamEventList response, or a
 * DescribeCallbackRecordsList response.
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
        DecodedInput decoded = DecodedInput.of(raw);
        byte[] head = decoded.head(PEEK_BYTES);
        if (!decoded.isGzip() && head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new Input(name, decoded, InputKind.CALLBACK_LOG, "a zip archive or a jar");
        }
        return new Input(name, decoded, detect(head), looksLike(head));
    }

    /** What was not read of the input, once it has been read to its end (see {@link DecodedInput#unread()}). */
    java.util.Optional<String> unread() {
        return ((DecodedInput) stream).unread();
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

    /** By the structure of the first JSON value, not by what its strings say (see {@link ApiPage#listField}). */
    private static InputKind detect(byte[] head) {
        String list = ApiPage.listField(head).orElse("");
        switch (list) {
            case "DataInfoList":
                return InputKind.CALLBACK_RECORDS;
            case "EventList":
            case "Response":
                return InputKind.EVENT_LIST;
            default:
                return InputKind.CALLBACK_LOG;
        }
    }

    /** A caller's stream stays open (standard input must, for the JVM); a file is closed by its reader. */
    static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }
}
