package io.github.streamcause.tencent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Gzip members, cuts, corruption and what follows the gzip data: read, or said, never thrown or dropped. */
class DecodedInputTest {
    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part, 0, part.length);
        }
        return all.toByteArray();
    }

    private static String readAll(DecodedInput in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[5];
        for (int n; (n = in.read(chunk)) >= 0; ) {
            out.write(chunk, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static DecodedInput open(byte[] bytes) throws IOException {
        return DecodedInput.of(new ByteArrayInputStream(bytes));
    }

    private static List<LogLine> lines(byte[] bytes) throws IOException {
        List<LogLine> lines = new ArrayList<>();
        try (CallbackLogReader reader = CallbackLogReader.of(new ByteArrayInputStream(bytes), "t")) {
            reader.forEachRemaining(lines::add);
        }
        return lines;
    }

    @Test
    void plainInputIsReadAsItIs() throws IOException {
        DecodedInput in = open("plain\ntext".getBytes(StandardCharsets.UTF_8));
        assertThat(in.isGzip()).isFalse();
        assertThat(readAll(in)).isEqualTo("plain\ntext");
        assertThat(in.unread()).isEmpty();
        assertThat(readAll(open(new byte[] {0x1f}))).isEqualTo("\u001f");
    }

    @Test
    void everyMemberIsReadAndTheHeadIsReadAgain() throws IOException {
        DecodedInput in = open(concat(gzip("one\n"), gzip(""), gzip("two\n")));
        assertThat(in.isGzip()).isTrue();
        assertThat(new String(in.head(6), StandardCharsets.UTF_8)).isEqualTo("one\ntw");
        assertThatThrownBy(() -> in.head(1)).isInstanceOf(IllegalStateException.class);
        assertThat(readAll(in)).isEqualTo("one\ntwo\n");
        assertThat(in.unread()).isEmpty();
    }

    @Test
    void headerFieldsAreSkipped() throws IOException {
        byte[] plain = gzip("body\n");
        // the same member with FEXTRA, FNAME, FCOMMENT and FHCRC set
        byte[] header = {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3, 2, 0, 'x', 'y', 'n', 0, 'c', 0, 0, 0};
        byte[] member = concat(header, Arrays.copyOfRange(plain, 10, plain.length));
        DecodedInput in = open(member);
        assertThat(readAll(in)).isEqualTo("body\n");
        assertThat(in.unread()).isEmpty();
    }

    @Test
    void aCorruptMemberIsSaid() throws IOException {
        byte[] bad = gzip("{\"event_type\":1}\n");
        bad[bad.length - 8] ^= 1; // the CRC-32
        DecodedInput in = open(bad);
        assertThat(readAll(in)).isEqualTo("{\"event_type\":1}\n");
        assertThat(in.unread()).contains("gzip input corrupt: the CRC-32 of member 1 does not match its data");
        assertThat(lines(bad))
                .extracting(l -> l.rejection().orElse("event"))
                .containsExactly(
                        "event",
                        "input ends early: gzip input corrupt: the CRC-32 of member 1 does not match its data");

        byte[] method = gzip("x");
        method[2] = 7;
        DecodedInput other = open(method);
        assertThat(readAll(other)).isEmpty();
        assertThat(other.unread()).contains("gzip input corrupt: member 1 uses compression method 7, not deflate (8)");

        byte[] data = gzip("some text that deflates\n");
        data[10] = (byte) 0xFF; // a reserved block type
        DecodedInput broken = open(data);
        readAll(broken);
        assertThat(broken.unread().orElseThrow()).startsWith("gzip input corrupt: member 1 is not valid deflate data");
    }

    @Test
    void whatFollowsTheGzipDataIsCounted() throws IOException {
        byte[] a = gzip("{\"event_type\":1}\n");
        DecodedInput in = open(concat(a, new byte[] {'x'}));
        assertThat(readAll(in)).isEqualTo("{\"event_type\":1}\n");
        assertThat(in.unread())
                .contains("1 byte after the gzip data (from byte " + a.length + ") is not gzip and was not read");
        // a last line without a newline is whole when what follows is not gzip, and cut off when the gzip is cut
        byte[] noNewline = gzip("{\"event_type\":1}");
        assertThat(lines(concat(noNewline, new byte[] {0, 0})))
                .extracting(l -> l.rejection().orElse("event"))
                .containsExactly(
                        "event",
                        "2 bytes after the gzip data (from byte " + noNewline.length
                                + ") are not gzip and were not read");
    }

    @Test
    void itNeverAsksForAvailableBytes() throws IOException {
        InputStream pipe = new ByteArrayInputStream(concat(gzip("a\n"), gzip("b\n"))) {
            @Override
            public synchronized int available() {
                throw new AssertionError("available() on a named pipe fails");
            }
        };
        assertThat(readAll(DecodedInput.of(pipe))).isEqualTo("a\nb\n");
    }
}
