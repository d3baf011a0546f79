package io.github.streamcause.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.streamcause.AnomalyType;
import io.github.streamcause.tencent.ApiPage;
import io.github.streamcause.tencent.ApiRecord;
import io.github.streamcause.tencent.ApiRecordReader;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.CallbackRecord;
import io.github.streamcause.tencent.InvalidPayloadException;
import io.github.streamcause.tencent.PushAnomaly;
import io.github.streamcause.tencent.StreamEventRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Callback bodies and API pages from outside (a callback URL is public): every input gives a result or
 * an {@link InvalidPayloadException} with a one-line message, the same from bytes, text and a stream; a
 * result always becomes an event.
 */
class PayloadFuzzTest {
    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void callbackBody(byte[] body) throws IOException {
        CallbackEvent fromBytes = parseOrNull(body);
        CallbackEvent fromStream;
        try {
            fromStream = CallbackEvent.parse(new ByteArrayInputStream(body));
        } catch (InvalidPayloadException e) {
            fromStream = null;
        }
        assertThat(fromStream).as("a stream reads as the bytes do").isEqualTo(fromBytes);
        String text = strictUtf8(body);
        if (text != null) {
            CallbackEvent fromText;
            try {
                fromText = CallbackEvent.parse(text);
            } catch (InvalidPayloadException e) {
                Outcomes.oneLine(e);
                fromText = null;
            }
            assertThat(fromText).as("UTF-8 text reads as its bytes do").isEqualTo(fromBytes);
        }
        if (fromBytes != null) {
            assertThat(fromBytes.toStreamEvent("fuzz", 1).source()).isEqualTo("fuzz");
            assertThat(fromBytes.toString()).isNotNull();
        }
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void pushAnomaly(byte[] body) throws IOException {
        PushAnomaly fromBytes;
        try {
            fromBytes = PushAnomaly.parse(body);
        } catch (InvalidPayloadException e) {
            Outcomes.oneLine(e);
            fromBytes = null;
        }
        PushAnomaly fromStream;
        try {
            fromStream = PushAnomaly.parse(new ByteArrayInputStream(body));
        } catch (InvalidPayloadException e) {
            fromStream = null;
        }
        assertThat(fromStream).as("a stream reads as the bytes do").isEqualTo(fromBytes);
        String text = strictUtf8(body);
        if (text != null) {
            PushAnomaly fromText;
            try {
                fromText = PushAnomaly.parse(text);
            } catch (InvalidPayloadException e) {
                Outcomes.oneLine(e);
                fromText = null;
            }
            assertThat(fromText).as("UTF-8 text reads as its bytes do").isEqualTo(fromBytes);
        }
        if (fromBytes != null) {
            assertThat(fromBytes.toString()).isNotNull();
            for (PushAnomaly.Anomaly a : fromBytes.anomalies()) {
                assertThat(a.type().orElse(null)).isEqualTo(AnomalyType.of(a.typeNumber()));
                assertThat(a.count().orElse(0)).isNotNegative();
                assertThat(a.vendorDescription()).isNotBlank();
                a.details()
                        .forEach(d -> d.occurTime()
                                .ifPresent(t -> assertThat(t.getEpochSecond()).isBetween(0L, 4_102_444_800L)));
            }
        }
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void eventListPage(byte[] page) throws IOException {
        ApiPage<StreamEventRecord> fromBytes;
        try {
            fromBytes = StreamEventRecord.parsePage(page);
        } catch (InvalidPayloadException e) {
            Outcomes.oneLine(e);
            fromBytes = null;
        }
        ApiPage<StreamEventRecord> fromStream;
        try {
            fromStream = StreamEventRecord.parsePage(new ByteArrayInputStream(page));
        } catch (InvalidPayloadException e) {
            fromStream = null;
        }
        assertThat(fromStream == null).as("a stream reads as the bytes do").isEqualTo(fromBytes == null);
        if (fromBytes != null) {
            assertThat(fromStream.items()).isEqualTo(fromBytes.items());
            for (int i = 0; i < fromBytes.items().size(); i++) {
                assertThat(fromBytes.items().get(i).toStreamEvent("fuzz", i + 1).line())
                        .isEqualTo(i + 1);
            }
        }
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void callbackRecordsPage(byte[] page) throws IOException {
        ApiPage<CallbackRecord> fromBytes;
        try {
            fromBytes = CallbackRecord.parsePage(page);
        } catch (InvalidPayloadException e) {
            Outcomes.oneLine(e);
            fromBytes = null;
        }
        ApiPage<CallbackRecord> fromStream;
        try {
            fromStream = CallbackRecord.parsePage(new ByteArrayInputStream(page));
        } catch (InvalidPayloadException e) {
            fromStream = null;
        }
        assertThat(fromStream == null).as("a stream reads as the bytes do").isEqualTo(fromBytes == null);
        if (fromBytes != null) {
            assertThat(fromStream.items()).isEqualTo(fromBytes.items());
            for (int i = 0; i < fromBytes.items().size(); i++) {
                // every record is an event or a rejected line, never an exception
                assertThat(fromBytes.items().get(i).toLogLine("fuzz", i + 1).number())
                        .isEqualTo(i + 1);
            }
        }
    }

    @MethodSource("io.github.streamcause.fuzz.Seeds#arguments")
    @FuzzTest(maxDuration = "60s")
    void eventListRecordByRecord(byte[] response) throws IOException {
        List<StreamEventRecord> read = new ArrayList<>();
        boolean rejected = false;
        boolean failed = false;
        try (ApiRecordReader<StreamEventRecord> records =
                StreamEventRecord.reader(new ByteArrayInputStream(response))) {
            long expected = 1;
            while (records.hasNext()) {
                ApiRecord<StreamEventRecord> r = records.next();
                assertThat(r.number()).as("records numbered 1 to n").isEqualTo(expected++);
                assertThat(r.record().isPresent()).isNotEqualTo(r.isRejected());
                r.rejection().ifPresent(reason -> Outcomes.oneLine(new IllegalArgumentException(reason)));
                r.record().ifPresent(read::add);
                rejected |= r.isRejected();
            }
            assertThat(records.records()).isEqualTo(expected - 1);
        } catch (InvalidPayloadException e) {
            Outcomes.oneLine(e);
            failed = true;
        }
        ApiPage<StreamEventRecord> page;
        try {
            page = StreamEventRecord.parsePage(response);
        } catch (InvalidPayloadException e) {
            return;
        }
        // what the strict parser reads whole, the reader reads the same, record for record
        assertThat(failed).as("the strict parser read it").isFalse();
        assertThat(rejected).as("the strict parser read every record").isFalse();
        assertThat(read).isEqualTo(page.items());
    }

    private static CallbackEvent parseOrNull(byte[] body) {
        try {
            return CallbackEvent.parse(body);
        } catch (InvalidPayloadException e) {
            Outcomes.oneLine(e);
            return null;
        }
    }

    /** The text of well-formed UTF-8 without a byte order mark, or null. */
    private static String strictUtf8(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
