package io.github.streamcause.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.streamcause.Category;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** JSON in and out with an {@link ObjectMapper} and the {@link StreamCauseModule}. */
class StreamCauseModuleTest {
    private static final List<String> DIAGNOSIS_FIELDS = List.of("code", "subcode", "pair", "documented", "cause");
    static final List<String> CAUSE_FIELDS =
            List.of("name", "key", "pair", "code", "subcode", "range", "category", "recovery", "description", "remedy");
    private static final int[] SUBCODES = {
        0, 1, 100, 101, 104, 150, 202, 305, 501, 600, 602, 650, 699, 700, 999, -5, Integer.MIN_VALUE, Integer.MAX_VALUE
    };

    private static ObjectMapper mapper(Locale locale) {
        return new ObjectMapper().registerModule(new StreamCauseModule(locale));
    }

    /** A shipped message file read directly: the expected texts, independent of the library's lookup. */
    private static Properties messages(String suffix) throws IOException {
        String name = "io/github/streamcause/messages" + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = StreamCauseModuleTest.class.getClassLoader().getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Diagnosis> sweep() {
        List<Diagnosis> all = new ArrayList<>();
        for (int code = -2; code <= 40; code++) {
            for (int subcode : SUBCODES) {
                all.add(ErrorCodes.describe(code, subcode));
            }
        }
        return all;
    }

    // ---- Diagnosis -------------------------------------------------------------------------------------

    @Test
    void aDiagnosisIsWrittenAsExactlyItsFiveFieldsWithTypedValues() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        for (Diagnosis d : sweep()) {
            JsonNode node = mapper.readTree(mapper.writeValueAsString(d));
            assertThat(fieldNames(node)).as("%s", d).containsExactlyElementsOf(DIAGNOSIS_FIELDS);
            assertThat(node.get("code").isInt()).isTrue();
            assertThat(node.get("code").intValue()).isEqualTo(d.code());
            assertThat(node.get("subcode").isInt()).isTrue();
            assertThat(node.get("subcode").intValue()).isEqualTo(d.subcode());
            assertThat(node.get("documented").isBoolean()).isTrue();
            assertThat(node.get("documented").booleanValue()).isEqualTo(d.documented());
            assertThat(node.get("pair").textValue())
                    .isEqualTo(d.subcode() == 0 ? "" + d.code() : d.code() + "/" + d.subcode());
            JsonNode cause = node.get("cause");
            assertThat(fieldNames(cause)).as("%s", d).containsExactlyElementsOf(CAUSE_FIELDS);
            assertThat(InterruptionCause.valueOf(cause.get("name").textValue())).isSameAs(d.cause());
            assertThat(cause.get("key").textValue()).isEqualTo(d.cause().key());
            assertThat(Category.valueOf(cause.get("category").textValue()))
                    .isSameAs(d.cause().category());
            assertThat(Recovery.valueOf(cause.get("recovery").textValue()))
                    .isSameAs(d.cause().recovery());
            assertThat(cause.get("description").isTextual()).isTrue();
            assertThat(cause.get("remedy").isTextual()).isTrue();
            if (d.cause().isTableRow()) {
                assertThat(cause.get("code").intValue()).isEqualTo(d.cause().code());
                assertThat(cause.get("subcode").intValue()).isEqualTo(d.cause().subcode());
                assertThat(cause.get("pair").textValue())
                        .isEqualTo(cause.get("range").textValue());
            } else {
                assertThat(cause.get("pair").isNull()).isTrue();
                assertThat(cause.get("subcode").isNull()).isTrue();
                assertThat(cause.get("code").isNull()).isEqualTo(!d.cause().isFamily());
            }
        }
    }

    @Test
    void aKnownPairIsWrittenWithTheValuesOfItsTableRow() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        Properties english = messages("");
        JsonNode node = mapper.readTree(mapper.writeValueAsString(ErrorCodes.describe(18, 202)));
        assertThat(node.get("code").intValue()).isEqualTo(18);
        assertThat(node.get("subcode").intValue()).isEqualTo(202);
        assertThat(node.get("documented").booleanValue()).isTrue();
        assertThat(node.get("cause").get("name").textValue()).isEqualTo("ACCOUNT_IN_ARREARS");
        assertThat(node.get("cause").get("category").textValue()).isEqualTo("AUTH");
        assertThat(node.get("cause").get("recovery").textValue()).isEqualTo("FIX_REQUIRED");
        assertThat(node.get("cause").get("description").textValue())
                .isEqualTo(english.getProperty("18.202.description").trim());
        assertThat(node.get("cause").get("remedy").textValue())
                .isEqualTo(english.getProperty("remedy.top-up").trim());

        JsonNode undocumented = mapper.readTree(mapper.writeValueAsString(ErrorCodes.describe(99, 3)));
        assertThat(undocumented.get("documented").booleanValue()).isFalse();
        assertThat(undocumented.get("cause").get("name").textValue()).isEqualTo("UNDOCUMENTED_CODE");
        assertThat(undocumented.get("cause").get("category").textValue()).isEqualTo("UNKNOWN");
        assertThat(undocumented.get("subcode").intValue()).isEqualTo(3);
    }

    @Test
    void textsFollowTheModuleLocale() throws IOException {
        Properties english = messages("");
        Properties korean = messages("_ko");
        for (Diagnosis d : List.of(
                ErrorCodes.describe(18, 202),
                ErrorCodes.describe(1),
                ErrorCodes.describe(99),
                ErrorCodes.describe(18, 650))) {
            String key = d.cause().key() + ".description";
            String remedyKey = d.cause().remedyKey();

            JsonNode ko = mapper(Locale.KOREAN)
                    .readTree(mapper(Locale.KOREAN).writeValueAsString(d))
                    .get("cause");
            assertThat(ko.get("description").textValue())
                    .isEqualTo(korean.getProperty(key).trim());
            assertThat(ko.get("remedy").textValue())
                    .isEqualTo(korean.getProperty(remedyKey).trim());
            assertThat(ko.get("description").textValue())
                    .isNotEqualTo(english.getProperty(key).trim());

            JsonNode koKr = mapper(Locale.KOREA)
                    .readTree(mapper(Locale.KOREA).writeValueAsString(d))
                    .get("cause");
            assertThat(koKr.get("description").textValue())
                    .isEqualTo(korean.getProperty(key).trim());

            for (Locale unshipped : List.of(Locale.FRENCH, Locale.GERMANY, Locale.forLanguageTag("sw"))) {
                JsonNode node = mapper(unshipped)
                        .readTree(mapper(unshipped).writeValueAsString(d))
                        .get("cause");
                assertThat(node.get("description").textValue())
                        .as("%s falls back to English", unshipped)
                        .isEqualTo(english.getProperty(key).trim());
                assertThat(node.get("remedy").textValue())
                        .isEqualTo(english.getProperty(remedyKey).trim());
            }
            JsonNode defaults = new ObjectMapper()
                    .registerModule(new StreamCauseModule())
                    .readTree(new ObjectMapper()
                            .registerModule(new StreamCauseModule())
                            .writeValueAsString(d))
                    .get("cause");
            assertThat(defaults.get("description").textValue())
                    .isEqualTo(english.getProperty(key).trim());
        }
        assertThat(new StreamCauseModule(Locale.KOREAN).locale()).isEqualTo(Locale.KOREAN);
        assertThat(new StreamCauseModule().locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> new StreamCauseModule(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyDiagnosisOfTheSweepRoundTrips() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.JAPANESE)) {
            ObjectMapper mapper = mapper(locale);
            for (Diagnosis d : sweep()) {
                Diagnosis back = mapper.readValue(mapper.writeValueAsString(d), Diagnosis.class);
                assertThat(back).as("%s in %s", d, locale).isEqualTo(d);
                assertThat(back.code()).isEqualTo(d.code());
                assertThat(back.subcode()).isEqualTo(d.subcode());
                assertThat(back.cause()).isSameAs(d.cause());
                assertThat(back.documented()).isEqualTo(d.documented());
                if (ErrorCodes.describe(d.code(), d.subcode()) == ErrorCodes.describe(d.code(), d.subcode())) {
                    assertThat(back)
                            .as("a cached row comes back as the same instance")
                            .isSameAs(d);
                }
            }
        }
    }

    @Test
    void theNumbersAloneAreEnoughAndOtherFieldsAreIgnored() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        Diagnosis d = mapper.readValue("{\"code\":18,\"subcode\":202}", Diagnosis.class);
        assertThat(d).isSameAs(ErrorCodes.describe(18, 202));
        assertThat(mapper.readValue("{\"code\":7}", Diagnosis.class)).isSameAs(ErrorCodes.describe(7));
        assertThat(mapper.readValue("{\"subcode\":202,\"code\":18}", Diagnosis.class))
                .as("in any order")
                .isSameAs(ErrorCodes.describe(18, 202));
        Diagnosis lying = mapper.readValue(
                "{\"code\":18,\"subcode\":202,\"cause\":\"CLIENT_STOPPED\",\"category\":\"CLIENT\",\"documented\":false,"
                        + "\"description\":{\"nested\":[1,2,{\"x\":null}]},\"extra\":[[]]}",
                Diagnosis.class);
        assertThat(lying).as("the numbers are the truth").isSameAs(ErrorCodes.describe(18, 202));
        Diagnosis[] array = mapper.readValue("[{\"code\":1},{\"code\":21,\"subcode\":104}]", Diagnosis[].class);
        assertThat(array).containsExactly(ErrorCodes.describe(1), ErrorCodes.describe(21, 104));
    }

    @Test
    void badInputIsAMappingErrorNamingTheField() {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        assertBad(mapper, "{\"subcode\":202}", "code");
        assertBad(mapper, "{}", "code");
        assertBad(mapper, "{\"code\":\"18\"}", "code");
        assertBad(mapper, "{\"code\":18.0}", "code");
        assertBad(mapper, "{\"code\":18.5}", "code");
        assertBad(mapper, "{\"code\":2147483648}", "code");
        assertBad(mapper, "{\"code\":-2147483649}", "code");
        assertBad(mapper, "{\"code\":123456789012345678901234567890}", "code");
        assertBad(mapper, "{\"code\":null}", "code");
        assertBad(mapper, "{\"code\":true}", "code");
        assertBad(mapper, "{\"code\":[18]}", "code");
        assertBad(mapper, "{\"code\":18,\"subcode\":\"202\"}", "subcode");
        assertBad(mapper, "{\"code\":18,\"subcode\":2147483648}", "subcode");
        assertBad(mapper, "{\"code\":18,\"subcode\":1.5}", "subcode");
        assertThatThrownBy(() -> mapper.readValue("18", Diagnosis.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("[18,202]", Diagnosis.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    private static void assertBad(ObjectMapper mapper, String json, String field) {
        assertThatThrownBy(() -> mapper.readValue(json, Diagnosis.class))
                .as(json)
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("\"" + field + "\"");
    }

    @Test
    void theModuleTurnsOnNoDefaultTyping() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        for (Class<?> type : List.of(Object.class, Diagnosis.class, InterruptionReport.class)) {
            assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(type)))
                    .as("%s", type)
                    .isNull();
            assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(type)))
                    .as("%s", type)
                    .isNull();
        }
        // no type ids are written, and a class name in the input is never followed
        String json = mapper.writeValueAsString(new Object[] {ErrorCodes.describe(1)});
        assertThat(json).doesNotContain("@class").doesNotContain("io.github");
        Object read = mapper.readValue("[\"java.util.ArrayList\",[1]]", Object.class);
        assertThat(read).isInstanceOf(List.class);
        assertThat(read).isEqualTo(List.of("java.util.ArrayList", List.of(1)));
        assertThat(new StreamCauseModule().getModuleName()).isEqualTo("StreamCauseModule");
    }

    // ---- InterruptionReport ----------------------------------------------------------------------------

    private static InterruptionReport fullReport() {
        InterruptionReport.Builder b = InterruptionReport.builder();
        String[] streams = {"a", "b", "c"};
        int n = 0;
        for (int code : new int[] {1, 7, 7, 12, 18, 99, 33, 21}) {
            String body = "{\"event_type\":0,\"errcode\":" + code + ",\"sequence\":\"" + (1000 + n)
                    + "\",\"app\":\"d.example.com\",\"appname\":\"live\",\"stream_id\":\"" + streams[n % 3]
                    + "\",\"event_time\":" + (1_764_000_000L + 60L * n) + "}";
            b.add(CallbackEvent.parse(body).toStreamEvent());
            if (n % 3 == 0) {
                b.add(CallbackEvent.parse(body).toStreamEvent()); // redelivered
            }
            n++;
        }
        b.add(CallbackEvent.parse("{\"event_type\":0,\"errcode\":18,\"sub_errcode\":650,\"sequence\":\"9\","
                        + "\"stream_id\":\"c\",\"event_time\":1764000999}")
                .toStreamEvent());
        b.add(CallbackEvent.parse("{\"event_type\":0,\"sequence\":\"10\",\"stream_id\":\"c\"}")
                .toStreamEvent());
        b.add(CallbackEvent.parse("{\"event_type\":1,\"sequence\":\"1000\",\"app\":\"d.example.com\","
                        + "\"appname\":\"live\",\"stream_id\":\"a\",\"event_time\":1763999000}")
                .toStreamEvent());
        b.add(CallbackEvent.parse("{\"event_type\":321,\"sequence\":\"1000\"}").toStreamEvent());
        LogLine.rejected("x.log", 3, "malformed JSON").addTo(b);
        LogLine.rejected("y.log", 8, "blank line").addTo(b);
        b.input(InputSummary.of("x.log", "callback-log", 20, 2, 3));
        b.input(InputSummary.of("page.json", "DescribeLiveStreamEventList", 10, 0, 1));
        for (StreamEventRecord r : StreamEventRecord.parsePage("{\"Response\":{\"EventList\":["
                        + "{\"DomainName\":\"d.example.com\",\"AppName\":\"live\",\"StreamName\":\"r\","
                        + "\"StreamStartTime\":\"2025-11-24T10:00:00Z\",\"StreamEndTime\":\"2025-11-25T10:00:00Z\","
                        + "\"StopReason\":\"推流客户端主动断流\"},"
                        + "{\"DomainName\":\"d.example.com\",\"AppName\":\"live\",\"StreamName\":\"r\","
                        + "\"StreamStartTime\":\"2025-11-24T11:00:00Z\",\"StopReason\":\"unheard of\"}],"
                        + "\"TotalNum\":2,\"RequestId\":\"r1\"}}")
                .items()) {
            b.add(r.toStreamEvent("", 0));
        }
        return b.build();
    }

    @Test
    void anApplicationsProblemHandlerMayAnswerForADiagnosisThatIsNoObject() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH).addHandler(new DeserializationProblemHandler() {
            @Override
            public Object handleUnexpectedToken(
                    DeserializationContext context, JavaType type, JsonToken token, JsonParser p, String message)
                    throws IOException {
                return token == JsonToken.VALUE_NUMBER_INT ? ErrorCodes.describe(p.getIntValue()) : NOT_HANDLED;
            }
        });
        assertThat(mapper.readValue("18", Diagnosis.class)).isSameAs(ErrorCodes.describe(18));
        assertThat(mapper.readValue("{\"code\":7}", Diagnosis.class)).isSameAs(ErrorCodes.describe(7));
        assertThatThrownBy(() -> mapper.readValue("\"18\"", Diagnosis.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void reportsAreWrittenAsWholeObjectsInsideOtherJson() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        InterruptionReport r = fullReport();
        JsonNode two = mapper.readTree(mapper.writeValueAsString(List.of(r, r)));
        assertThat(two.isArray()).isTrue();
        assertThat(two).hasSize(2);
        assertThat(two.get(1)).isEqualTo(two.get(0));
        assertThat(two.get(0).get("interruptions").asLong()).isEqualTo(r.interruptions());
        JsonNode wrapped = mapper.readTree(mapper.writeValueAsString(Map.of("report", r, "after", 1)));
        assertThat(wrapped.get("after").asInt()).isEqualTo(1);
        assertThat(wrapped.get("report")).isEqualTo(two.get(0));
    }

    @Test
    void aReportIsWrittenFieldForFieldAsItsGettersSay() throws IOException {
        InterruptionReport r = fullReport();
        // premise: every feature is present
        assertThat(r.duplicatesRemoved()).isPositive();
        assertThat(r.pushes()).isPositive();
        assertThat(r.rejectedLines()).isPositive();
        assertThat(r.otherEvents()).isPositive();
        assertThat(r.unclassified()).isPositive();
        assertThat(r.undocumentedPairs()).hasSizeGreaterThan(1);
        assertThat(r.byCause()).hasSizeGreaterThan(3);
        assertThat(r.streams()).hasSizeGreaterThan(3);

        Properties korean = messages("_ko");
        ObjectMapper mapper = mapper(Locale.KOREAN);
        JsonNode node = mapper.readTree(mapper.writeValueAsString(r));
        assertThat(fieldNames(node))
                .containsExactly(
                        "interruptions",
                        "pushes",
                        "duplicatesRemoved",
                        "rejectedLines",
                        "otherEvents",
                        "otherEventsByKind",
                        "unclassified",
                        "linesRead",
                        "filteredOut",
                        "firstEvent",
                        "lastEvent",
                        "byCategory",
                        "byRecovery",
                        "byCause",
                        "undocumentedPairs",
                        "byCauseGroup",
                        "unrecognizedTexts",
                        "streams",
                        "rejectedSamples",
                        "inputs",
                        "timeline",
                        "sessions",
                        "reconnects",
                        "incidents");
        JsonNode timeline = node.get("timeline");
        assertThat(fieldNames(timeline)).containsExactly("width", "buckets");
        assertThat(timeline.get("width").textValue())
                .isEqualTo(r.timelineWidth().toString())
                .isEqualTo("PT1H");
        List<io.github.streamcause.report.TimeBucket> buckets = r.timeline();
        assertThat(buckets).as("premise").hasSizeGreaterThan(2);
        assertThat(timeline.get("buckets").size()).isEqualTo(buckets.size());
        Iterator<JsonNode> bucketNodes = timeline.get("buckets").elements();
        for (io.github.streamcause.report.TimeBucket b : buckets) {
            JsonNode bn = bucketNodes.next();
            assertThat(fieldNames(bn)).containsExactly("start", "interruptions", "pushes", "byCategory", "byRecovery");
            assertThat(bn.get("start").textValue()).isEqualTo(b.start().toString());
            assertCount(bn.get("interruptions"), b.interruptions());
            assertCount(bn.get("pushes"), b.pushes());
            assertThat(fieldNames(bn.get("byCategory")))
                    .containsExactly("CLIENT", "NETWORK", "AUTH", "INTERNAL", "UNKNOWN");
            b.byCategory().forEach((c, n) -> assertCount(bn.get("byCategory").get(c.name()), n));
            assertThat(fieldNames(bn.get("byRecovery"))).containsExactly("NOT_NEEDED", "RETRY", "FIX_REQUIRED");
            b.byRecovery().forEach((c, n) -> assertCount(bn.get("byRecovery").get(c.name()), n));
        }
        assertCount(node.get("interruptions"), r.interruptions());
        assertCount(node.get("pushes"), r.pushes());
        assertCount(node.get("duplicatesRemoved"), r.duplicatesRemoved());
        assertCount(node.get("rejectedLines"), r.rejectedLines());
        assertCount(node.get("otherEvents"), r.otherEvents());
        assertThat(r.otherEventsByKind()).as("premise").isNotEmpty();
        assertThat(fieldNames(node.get("otherEventsByKind")))
                .containsExactlyElementsOf(r.otherEventsByKind().keySet());
        r.otherEventsByKind()
                .forEach((kind, n) -> assertCount(node.get("otherEventsByKind").get(kind), n));
        assertCount(node.get("unclassified"), r.unclassified());
        assertCount(node.get("linesRead"), r.linesRead());
        assertCount(node.get("filteredOut"), r.filteredOut());
        assertThat(r.linesRead()).as("premise").isEqualTo(30);
        assertThat(r.filteredOut()).as("premise").isEqualTo(4);
        assertThat(node.get("firstEvent").isTextual()).isTrue();
        assertThat(Instant.parse(node.get("firstEvent").textValue()))
                .isEqualTo(r.firstEvent().get())
                .isEqualTo(Instant.parse("2025-11-24T10:00:00Z"));
        assertThat(Instant.parse(node.get("lastEvent").textValue()))
                .isEqualTo(r.lastEvent().get())
                .isEqualTo(Instant.parse("2025-11-25T10:00:00Z"));

        JsonNode categories = node.get("byCategory");
        assertThat(fieldNames(categories)).containsExactly("CLIENT", "NETWORK", "AUTH", "INTERNAL", "UNKNOWN");
        for (Map.Entry<Category, Long> e : r.byCategory().entrySet()) {
            assertCount(categories.get(e.getKey().name()), e.getValue());
        }
        JsonNode recoveries = node.get("byRecovery");
        assertThat(fieldNames(recoveries)).containsExactly("NOT_NEEDED", "RETRY", "FIX_REQUIRED");
        for (Map.Entry<Recovery, Long> e : r.byRecovery().entrySet()) {
            assertCount(recoveries.get(e.getKey().name()), e.getValue());
        }

        JsonNode causes = node.get("byCause");
        assertThat(causes.isArray()).isTrue();
        assertThat(causes.size()).isEqualTo(r.byCause().size());
        Iterator<JsonNode> causeNodes = causes.elements();
        for (Map.Entry<InterruptionCause, Long> e : r.byCause().entrySet()) {
            JsonNode entry = causeNodes.next();
            InterruptionCause cause = e.getKey();
            assertThat(fieldNames(entry)).containsExactly("count", "cause");
            assertCount(entry.get("count"), e.getValue());
            JsonNode c = entry.get("cause");
            assertThat(fieldNames(c)).containsExactlyElementsOf(CAUSE_FIELDS);
            assertThat(c.get("name").textValue()).isEqualTo(cause.name());
            assertThat(c.get("key").textValue()).isEqualTo(cause.key());
            assertThat(c.get("category").textValue()).isEqualTo(cause.category().name());
            assertThat(c.get("recovery").textValue()).isEqualTo(cause.recovery().name());
            assertThat(c.get("description").textValue())
                    .isEqualTo(korean.getProperty(cause.key() + ".description").trim());
        }

        JsonNode pairs = node.get("undocumentedPairs");
        assertThat(fieldNames(pairs))
                .containsExactlyElementsOf(r.undocumentedPairs().keySet());
        assertThat(fieldNames(pairs)).containsExactly("18/650", "99");
        for (Map.Entry<String, Long> e : r.undocumentedPairs().entrySet()) {
            assertCount(pairs.get(e.getKey()), e.getValue());
        }

        // the one shared text, 推流客户端主动断流: causes 1-4 and 35, all CLIENT and NOT_NEEDED
        JsonNode groups = node.get("byCauseGroup");
        assertThat(groups.size()).isEqualTo(1);
        assertThat(fieldNames(groups.get(0))).containsExactly("count", "category", "recovery", "causes");
        assertThat(groups.get(0).get("causes").toString()).isEqualTo("[\"1\",\"2\",\"3\",\"4\",\"35\"]");
        assertThat(groups.get(0).get("category").textValue()).isEqualTo("CLIENT");
        assertThat(groups.get(0).get("recovery").textValue()).isEqualTo("NOT_NEEDED");
        assertCount(groups.get(0).get("count"), 1);
        JsonNode texts = node.get("unrecognizedTexts");
        assertThat(texts.toString()).isEqualTo("[{\"count\":1,\"text\":\"unheard of\"}]");

        JsonNode streams = node.get("streams");
        assertThat(streams.size()).isEqualTo(r.streams().size());
        Iterator<JsonNode> streamNodes = streams.elements();
        for (StreamSummary s : r.streams()) {
            JsonNode sn = streamNodes.next();
            assertThat(fieldNames(sn))
                    .containsExactly("domain", "appName", "streamName", "interruptions", "fixRequired", "pushes");
            assertThat(sn.get("domain").textValue()).isEqualTo(s.stream().domain());
            assertThat(sn.get("appName").textValue()).isEqualTo(s.stream().appName());
            assertThat(sn.get("streamName").textValue()).isEqualTo(s.stream().streamName());
            assertCount(sn.get("interruptions"), s.interruptions());
            assertCount(sn.get("fixRequired"), s.fixRequired());
            assertCount(sn.get("pushes"), s.pushes());
        }

        JsonNode samples = node.get("rejectedSamples");
        assertThat(samples.size()).isEqualTo(2);
        Iterator<JsonNode> sampleNodes = samples.elements();
        for (Rejection line : r.rejectedSamples()) {
            JsonNode sn = sampleNodes.next();
            assertThat(fieldNames(sn)).containsExactly("source", "line", "reason");
            assertThat(sn.get("source").textValue()).isEqualTo(line.source());
            assertCount(sn.get("line"), line.line());
            assertThat(sn.get("reason").textValue()).isEqualTo(line.reason());
        }
        assertThat(samples.get(0).get("source").textValue()).isEqualTo("x.log");
        assertThat(samples.get(1).get("reason").textValue()).isEqualTo("blank line");

        JsonNode inputs = node.get("inputs");
        assertThat(inputs.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            InputSummary input = r.inputs().get(i);
            JsonNode in = inputs.get(i);
            assertThat(fieldNames(in)).containsExactly("name", "kind", "lines", "rejected", "filteredOut");
            assertThat(in.get("name").textValue()).isEqualTo(input.name());
            assertThat(in.get("kind").textValue()).isEqualTo(input.kind());
            assertCount(in.get("lines"), input.lines());
            assertCount(in.get("rejected"), input.rejected());
            assertCount(in.get("filteredOut"), input.filteredOut());
        }
        assertThat(inputs.get(1).get("kind").textValue()).isEqualTo("DescribeLiveStreamEventList");

        // sessions: a 1000 s one (drop 1000 and its push), a day (the API record); RETRY drops 12 and 99
        io.github.streamcause.report.SessionSummary sessions = r.sessions();
        JsonNode sn = node.get("sessions");
        assertThat(fieldNames(sn))
                .containsExactly(
                        "interruptions",
                        "paired",
                        "unpairedInterruptions",
                        "openPushes",
                        "withoutLength",
                        "sessions",
                        "medianSeconds",
                        "p90Seconds",
                        "histogram",
                        "shortSessions",
                        "shortSessionsByStream",
                        "byCause");
        assertCount(sn.get("interruptions"), sessions.interruptions());
        assertCount(sn.get("paired"), sessions.paired());
        assertCount(sn.get("unpairedInterruptions"), sessions.unpairedInterruptions());
        assertCount(sn.get("openPushes"), sessions.openPushes());
        assertCount(sn.get("withoutLength"), sessions.withoutLength());
        assertCount(sn.get("sessions"), sessions.sessions());
        assertThat(sessions.sessions()).as("premise").isEqualTo(2);
        assertCount(sn.get("medianSeconds"), 1000);
        assertCount(sn.get("p90Seconds"), 86_400);
        assertThat(sn.get("histogram").size()).isEqualTo(9);
        assertThat(sn.get("histogram").get(3).toString())
                .isEqualTo("{\"fromSeconds\":300,\"toSeconds\":1800,\"sessions\":1}");
        assertThat(sn.get("histogram").get(8).toString())
                .isEqualTo("{\"fromSeconds\":86400,\"toSeconds\":null,\"sessions\":1}");
        assertCount(sn.get("shortSessions"), 0);
        assertThat(sn.get("shortSessionsByStream").toString()).isEqualTo("[]");
        assertThat(sn.get("byCause").toString())
                .isEqualTo("[{\"cause\":\"1\",\"name\":\"CLIENT_DELETED_STREAM\",\"sessions\":1,"
                        + "\"medianSeconds\":1000,\"p90Seconds\":1000}]");
        io.github.streamcause.report.ReconnectSummary reconnects = r.reconnects();
        JsonNode rn = node.get("reconnects");
        assertThat(fieldNames(rn))
                .containsExactly(
                        "windowSeconds",
                        "retryInterruptions",
                        "blips",
                        "blipShare",
                        "reconnectedLater",
                        "neverReconnected",
                        "reconnected",
                        "medianSeconds",
                        "p90Seconds",
                        "streamsNotBack");
        assertCount(rn.get("windowSeconds"), 60);
        assertCount(rn.get("retryInterruptions"), reconnects.retryInterruptions());
        assertThat(reconnects.retryInterruptions()).as("premise").isPositive();
        assertCount(rn.get("blips"), reconnects.blips());
        assertThat(rn.get("blipShare").doubleValue()).isEqualTo(reconnects.blipShare());
        assertCount(rn.get("reconnectedLater"), reconnects.reconnectedLater());
        assertCount(rn.get("neverReconnected"), reconnects.neverReconnected());
        assertCount(rn.get("reconnected"), reconnects.timeToReconnect().count());
        assertThat(reconnects.streamsNotBack()).as("premise").isNotEmpty();
        assertThat(rn.get("streamsNotBack").size())
                .isEqualTo(reconnects.streamsNotBack().size());
        for (int i = 0; i < reconnects.streamsNotBack().size(); i++) {
            io.github.streamcause.report.StreamKey k =
                    reconnects.streamsNotBack().get(i);
            assertThat(rn.get("streamsNotBack").get(i).toString())
                    .isEqualTo("{\"domain\":\"" + k.domain() + "\",\"appName\":\"" + k.appName()
                            + "\",\"streamName\":\"" + k.streamName() + "\"}");
        }
    }

    private static void assertCount(JsonNode node, long expected) {
        assertThat(node).isNotNull();
        assertThat(node.isIntegralNumber()).as("%s is a JSON integer", node).isTrue();
        assertThat(node.longValue()).isEqualTo(expected);
    }

    @Test
    void anEmptyReportHasNullTimesAndEmptyCollections() throws IOException {
        ObjectMapper mapper = mapper(Locale.ENGLISH);
        JsonNode node = mapper.readTree(
                mapper.writeValueAsString(InterruptionReport.builder().build()));
        assertThat(node.get("firstEvent").isNull()).isTrue();
        assertThat(node.get("lastEvent").isNull()).isTrue();
        assertCount(node.get("interruptions"), 0);
        assertThat(fieldNames(node.get("byCategory"))).hasSize(Category.values().length);
        node.get("byCategory").elements().forEachRemaining(n -> assertCount(n, 0));
        assertThat(node.get("byCause").isArray()).isTrue();
        assertThat(node.get("byCause").size()).isZero();
        assertThat(node.get("undocumentedPairs").isObject()).isTrue();
        assertThat(node.get("undocumentedPairs").size()).isZero();
        assertThat(node.get("streams").size()).isZero();
        assertThat(node.get("rejectedSamples").size()).isZero();
    }
}
