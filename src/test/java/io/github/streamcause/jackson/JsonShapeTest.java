package io.github.streamcause.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.tencent.CallbackEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one JSON object of a cause ({@link CauseJson}) and of a diagnosis ({@link DiagnosisJson}), exactly,
 * and the same cause object wherever a cause is written: alone, in a diagnosis, in a report's {@code byCause}.
 */
class JsonShapeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new StreamCauseModule());

    private static final String ARREARS = "{\"name\":\"ACCOUNT_IN_ARREARS\",\"key\":\"18.202\",\"pair\":\"18/202\","
            + "\"code\":18,\"subcode\":202,\"range\":\"18/202\",\"category\":\"AUTH\",\"recovery\":\"FIX_REQUIRED\","
            + "\"description\":\"Account in arrears: the live streaming service is suspended until the account is"
            + " topped up.\",\"remedy\":\"Top up the account; pushes succeed again once the service is restored.\"}";

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static String written(Writing w) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            w.write(g);
        }
        return out.toString();
    }

    @Test
    void aTablePair() throws IOException {
        assertThat(MAPPER.writeValueAsString(ErrorCodes.describe(18, 202)))
                .isEqualTo("{\"code\":18,\"subcode\":202,\"pair\":\"18/202\",\"documented\":true,\"cause\":" + ARREARS
                        + "}");
        assertThat(written(g -> CauseJson.write(g, InterruptionCause.ACCOUNT_IN_ARREARS, Locale.ENGLISH)))
                .isEqualTo(ARREARS);
        assertThat(MAPPER.writeValueAsString(ErrorCodes.describe(7)))
                .as("a code without subcode: subcode 0, the pair without it")
                .startsWith("{\"code\":7,\"subcode\":0,\"pair\":\"7\",\"documented\":true,\"cause\":{\"name\":"
                        + "\"RTMP_FRAME_TOO_LARGE\",\"key\":\"7\",\"pair\":\"7\",\"code\":7,\"subcode\":0,"
                        + "\"range\":\"7\",");
    }

    @Test
    void aPairAFamilyStandsFor() throws IOException {
        assertThat(MAPPER.writeValueAsString(ErrorCodes.describe(18, 650)))
                .isEqualTo("{\"code\":18,\"subcode\":650,\"pair\":\"18/650\",\"documented\":false,\"cause\":{"
                        + "\"name\":\"UNLISTED_LIMIT_REFUSAL\",\"key\":\"18.6xx\",\"pair\":null,\"code\":18,"
                        + "\"subcode\":null,\"range\":\"18/600-699\",\"category\":\"AUTH\",\"recovery\":\"RETRY\","
                        + "\"description\":\"A push limit refused the push (unlisted subcode 18/600-699).\","
                        + "\"remedy\":\"Retry once other pushes have ended; raise the concurrent push limit if it"
                        + " keeps happening.\"}}");
    }

    @Test
    void anUnlistedSubcodeThatTheRowOfItsCodeStandsFor() throws IOException {
        assertThat(MAPPER.writeValueAsString(ErrorCodes.describe(18, 999)))
                .isEqualTo("{\"code\":18,\"subcode\":999,\"pair\":\"18/999\",\"documented\":false,\"cause\":{"
                        + "\"name\":\"PUSH_REFUSED\",\"key\":\"18\",\"pair\":\"18\",\"code\":18,\"subcode\":0,"
                        + "\"range\":\"18\",\"category\":\"AUTH\",\"recovery\":\"FIX_REQUIRED\","
                        + "\"description\":\"The platform refused the push at admission (no subcode given).\","
                        + "\"remedy\":\"Check the push URL (domain, app name, stream name and authentication"
                        + " parameters) and its settings in the CSS console.\"}}");
    }

    @Test
    void aCodeOutsideTheTable() throws IOException {
        assertThat(MAPPER.writeValueAsString(ErrorCodes.describe(99)))
                .isEqualTo("{\"code\":99,\"subcode\":0,\"pair\":\"99\",\"documented\":false,\"cause\":{"
                        + "\"name\":\"UNDOCUMENTED_CODE\",\"key\":\"undocumented\",\"pair\":null,\"code\":null,"
                        + "\"subcode\":null,\"range\":\"not 0-35\",\"category\":\"UNKNOWN\",\"recovery\":\"RETRY\","
                        + "\"description\":\"This code is not in the vendor's table of interruption codes.\","
                        + "\"remedy\":\"Retry with backoff, and check for a newer StreamCause release or the vendor's"
                        + " documentation for this code.\"}}");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(ErrorCodes.describe(-3, 7)))
                        .get("pair")
                        .textValue())
                .isEqualTo("-3/7");
    }

    @Test
    void aCauseInSeveralLanguagesHasItsTextsKeyedByLanguageTag() throws IOException {
        String json = written(g -> CauseJson.write(
                g, InterruptionCause.ACCOUNT_IN_ARREARS, List.of(Locale.ENGLISH, Locale.forLanguageTag("ko"))));
        assertThat(json)
                .isEqualTo(ARREARS.substring(0, ARREARS.indexOf(",\"description\""))
                        + ",\"description\":{\"en\":\"Account in arrears: the live streaming service is suspended"
                        + " until the account is topped up.\",\"ko\":\""
                        + InterruptionCause.ACCOUNT_IN_ARREARS.description(Locale.KOREAN) + "\"},"
                        + "\"remedy\":{\"en\":\"Top up the account; pushes succeed again once the service is"
                        + " restored.\",\"ko\":\"" + InterruptionCause.ACCOUNT_IN_ARREARS.remedy(Locale.KOREAN)
                        + "\"}}");
        assertThat(written(g -> CauseJson.write(g, InterruptionCause.ACCOUNT_IN_ARREARS, List.of(Locale.ENGLISH))))
                .as("one language in a list: still objects")
                .contains("\"description\":{\"en\":");
        assertThatThrownBy(() -> written(g -> CauseJson.write(g, InterruptionCause.ACCOUNT_IN_ARREARS, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportCountsACauseNextToItsObject() throws IOException {
        String body = "{\"event_type\":0,\"errcode\":18,\"sub_errcode\":202,\"sequence\":\"%d\",\"stream_id\":\"s\"}";
        InterruptionReport r = InterruptionReport.builder()
                .add(CallbackEvent.parse(String.format(body, 1)).toStreamEvent())
                .add(CallbackEvent.parse(String.format(body, 2)).toStreamEvent())
                .build();
        JsonNode byCause = MAPPER.readTree(MAPPER.writeValueAsString(r)).get("byCause");
        assertThat(byCause.toString()).isEqualTo("[{\"count\":2,\"cause\":" + ARREARS + "}]");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r), InterruptionReport.class)
                        .byCause())
                .isEqualTo(r.byCause());
    }

    @Test
    void everyCauseIsTheSameObjectAloneInADiagnosisAndInAReport() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            ObjectMapper mapper = new ObjectMapper().registerModule(new StreamCauseModule(locale));
            JsonNode report = reportOfEveryCause(mapper);
            for (InterruptionCause c : InterruptionCause.values()) {
                JsonNode alone = mapper.readTree(written(g -> CauseJson.write(g, c, locale)));
                Diagnosis d = example(c);
                assertThat(d.cause()).as("premise").isSameAs(c);
                JsonNode inDiagnosis =
                        mapper.readTree(mapper.writeValueAsString(d)).get("cause");
                assertThat(inDiagnosis).as("%s in a diagnosis", c).isEqualTo(alone);
                assertThat(mapper.readTree(written(g -> DiagnosisJson.write(g, d, locale))))
                        .as("the module writes what DiagnosisJson writes")
                        .isEqualTo(mapper.readTree(mapper.writeValueAsString(d)));
                JsonNode inReport = null;
                for (JsonNode entry : report.get("byCause")) {
                    if (entry.get("cause").get("key").textValue().equals(c.key())) {
                        inReport = entry.get("cause");
                    }
                }
                assertThat(inReport).as("%s in a report", c).isEqualTo(alone);
            }
        }
    }

    /** A report that counts each cause once. */
    private static JsonNode reportOfEveryCause(ObjectMapper mapper) throws IOException {
        InterruptionReport.Builder b = InterruptionReport.builder();
        for (InterruptionCause c : InterruptionCause.values()) {
            b.add(StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, StreamKey.of("d", "live", "s"))
                    .diagnosis(example(c))
                    .build());
        }
        JsonNode report = mapper.readTree(mapper.writeValueAsString(b.build()));
        assertThat(report.get("byCause")).as("premise").hasSize(InterruptionCause.values().length);
        return report;
    }

    /** A diagnosis whose cause is {@code c}. */
    private static Diagnosis example(InterruptionCause c) {
        if (c.isTableRow()) {
            return ErrorCodes.describe(c.code(), c.subcode());
        }
        if (c.isFamily()) {
            return ErrorCodes.describe(18, (c.key().charAt(3) - '0') * 100 + 98);
        }
        return ErrorCodes.describe(99);
    }

    @Test
    void theShapesReadBackToEqualValues() throws IOException {
        for (int[] p : new int[][] {{18, 202}, {18, 650}, {18, 999}, {99, 0}, {7, 0}, {-1, -1}}) {
            Diagnosis d = ErrorCodes.describe(p[0], p[1]);
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(d), Diagnosis.class))
                    .as("%s", d)
                    .isEqualTo(d);
        }
        String older = "{\"code\":18,\"subcode\":202,\"documented\":true,\"cause\":\"ACCOUNT_IN_ARREARS\","
                + "\"category\":\"AUTH\",\"recovery\":\"FIX_REQUIRED\",\"description\":\"x\",\"remedy\":\"y\"}";
        assertThat(MAPPER.readValue(older, Diagnosis.class))
                .as("the flat shape of earlier builds")
                .isSameAs(ErrorCodes.describe(18, 202));
    }
}
