package io.github.streamcause.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.CallbackVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/payloads.md do what the doc says. */
class PayloadExamplesTest {
    private static final long T = 1764000600L;

    private static String body(String sign, String sequence, int type, int errcode, String errmsg) {
        return "{\"event_type\":" + type + ",\"t\":" + T + ",\"sign\":\"" + sign + "\",\"sequence\":\"" + sequence
                + "\",\"stream_id\":\"room42\",\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}";
    }

    @Test
    void receivingVerifiesDeduplicatesAndAlertsOnlyWhatNeedsAFix() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(T - 60), ZoneOffset.UTC);
        List<String> alerts = new ArrayList<>();
        PayloadExamples receiver = new PayloadExamples("key", clock, alerts::add);
        String sign = new CallbackVerifier("key", clock).sign(T);
        byte[] arrears = body(sign, "1", 0, 18, "账号欠费，您的直播服务已被暂时关停，请及时充值").getBytes(StandardCharsets.UTF_8);
        assertThat(receiver.onCallback(arrears)).isEqualTo("{\"code\":0}");
        assertThat(receiver.onCallback(arrears)).as("redelivered").isEqualTo("{\"code\":0}");
        receiver.onCallback(body(sign, "2", 0, 12, "").getBytes(StandardCharsets.UTF_8)); // RETRY: no alert
        receiver.onCallback(body("0".repeat(32), "3", 0, 18, "").getBytes(StandardCharsets.UTF_8)); // forged
        receiver.onCallback("not json".getBytes(StandardCharsets.UTF_8));
        assertThat(alerts)
                .containsExactly("room42: 18/202 AUTH FIX_REQUIRED Account in arrears: the live streaming"
                        + " service is suspended until the account is topped up.");
    }

    @Test
    void aSignedCallbackIsValidUntilItsSignatureExpires() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC);
        String[] body = new String[1];
        String out = capture(() -> body[0] = PayloadExamples.signedCallback("key", clock));
        assertThat(out.lines()).containsExactly("VALID");
        CallbackEvent event = CallbackEvent.parse(body[0]);
        assertThat(event.signatureExpiry()).contains(Instant.ofEpochSecond(T + 300));
        assertThat(event.sign()).contains(new CallbackVerifier("key", clock).sign(T + 300));
        assertThat(new CallbackVerifier("key", Clock.fixed(Instant.ofEpochSecond(T + 301), ZoneOffset.UTC))
                        .verify(event))
                .isEqualTo(CallbackVerifier.Result.EXPIRED);
        assertThat(new CallbackVerifier("another key", clock).verify(event))
                .isEqualTo(CallbackVerifier.Result.WRONG_SIGNATURE);
        assertThat(event.diagnosis().map(Object::toString))
                .hasValueSatisfying(d -> assertThat(d).startsWith("18/"));
    }

    @Test
    void aLogFromAStreamNamesItsSourceInRejections() throws IOException {
        String lines = body("s", "1", 0, 18, "推流域名被禁用") + "\n" + "garbage\n" + body("s", "2", 1, 0, "ok") + "\n";
        InterruptionReport[] report = new InterruptionReport[1];
        String out = capture(() -> {
            try {
                report[0] = PayloadExamples.summarize(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(report[0].interruptions()).isEqualTo(1);
        assertThat(report[0].pushes()).isEqualTo(1);
        assertThat(out.lines()).containsExactly("upload.ndjson:2: not JSON: the word \"garbage\" at column 1");
    }

    @Test
    void aReceiversOwnReportCountsTheBodiesItCouldNotRead() {
        InterruptionReport report = PayloadExamples.received(List.of(
                body("s", "1", 0, 18, "推流域名被禁用").getBytes(StandardCharsets.UTF_8),
                "{\"event_type\":\"zero\"}".getBytes(StandardCharsets.UTF_8),
                body("s", "1", 0, 18, "推流域名被禁用").getBytes(StandardCharsets.UTF_8)));
        assertThat(report.interruptions()).isEqualTo(1);
        assertThat(report.duplicatesRemoved()).isEqualTo(1);
        assertThat(report.rejectedLines()).isEqualTo(1);
        assertThat(report.rejectedSamples()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("callbacks");
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).contains("event_type");
        });
    }

    @Test
    void apiRecordsArePrintedWithTheirClassification() {
        String out = capture(
                () -> PayloadExamples.printRecords(
                        "{\"Response\":{\"EventList\":["
                                + "{\"StreamName\":\"a\",\"StopReason\":\"推流客户端主动断流\"},{\"StreamName\":\"b\",\"StopReason\":\"??\"}]}}"));
        assertThat(out.lines()).containsExactly("a 推流客户端主动断流 -> CLIENT NOT_NEEDED", "b ?? -> unknown unknown");
    }

    @Test
    void logsBecomeAReport(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("callbacks.ndjson.gz");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(log))) {
            String lines = body("s", "1", 0, 18, "推流域名被禁用") + "\n" + body("s", "1", 0, 18, "推流域名被禁用") + "\n"
                    + "garbage\n" + body("s", "2", 1, 0, "ok") + "\n";
            gz.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        InterruptionReport[] report = new InterruptionReport[1];
        String out = capture(() -> {
            try {
                report[0] = PayloadExamples.summarize(log);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(report[0].interruptions()).isEqualTo(1);
        assertThat(report[0].pushes()).isEqualTo(1);
        assertThat(out.lines())
                .containsExactly(
                        "1 interruptions, 1 duplicates removed, 1 lines rejected",
                        "  line 3: not JSON: the word \"garbage\" at column 1",
                        "  fix //room42: 1");
    }

    @Test
    void reportsMergeAndWriteJson() throws IOException {
        InterruptionReport a = InterruptionReport.builder().build();
        String out = PayloadExamples.mergeAndWrite(a, a);
        assertThat(out)
                .startsWith("{\"interruptions\":0,")
                .endsWith("\n18/202 AUTH FIX_REQUIRED Account in arrears:"
                        + " the live streaming service is suspended until the account is topped up.");
    }

    private static String capture(Runnable body) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            body.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWarningsSnippetDescribesEachAnomalyInTheLanguageAsked() {
        byte[] body = ("{\"event_type\":321,\"domain\":\"push.example.com\",\"path\":\"live\",\"stream_id\":\"room42\","
                        + "\"abnormal_event\":[{\"type\":15,\"type_desc_en\":\"fps too low\"},{\"type\":6,\"count\":2}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PayloadExamples.warnings(body, Locale.KOREAN))
                .containsExactly(
                        "push.example.com/live/room42 1x fps too low",
                        "push.example.com/live/room42 2x 두 비디오 프레임 사이의 간격이 너무 깁니다(3초 초과).");
    }
}
