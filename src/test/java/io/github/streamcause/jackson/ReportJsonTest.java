package io.github.streamcause.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.PublicFixtures;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.StreamSummary;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Reading a report's JSON back ({@code mapper.readValue(json, InterruptionReport.class)}): every figure comes
 * back, the event identities do not (so a report read from JSON merges by adding), and JSON that is not a
 * report's is refused with a mapping error naming what is wrong.
 */
class ReportJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new StreamCauseModule());
    private static final String NOT_A_REPORT = "not a StreamCause report: ";

    private static InterruptionReport fromJson(String json) throws IOException {
        return MAPPER.readValue(json, InterruptionReport.class);
    }

    private static InterruptionReport viaJson(InterruptionReport r) throws IOException {
        return fromJson(MAPPER.writeValueAsString(r));
    }

    private static List<Object> items(long seed) {
        Random rnd = new Random(seed);
        return PublicFixtures.randomItems(rnd, rnd.nextInt(seed % 10 == 0 ? 1500 : 300), seed % 2 == 0);
    }

    /** The JSON without its {@code "sessions"} and {@code "reconnects"}, which are not read back. */
    private static String withoutDerived(String json) throws IOException {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(json);
        assertThat(tree.has("sessions") && tree.has("reconnects") && tree.has("incidents"))
                .as("written")
                .isTrue();
        tree.remove("sessions");
        tree.remove("reconnects");
        tree.remove("incidents");
        return tree.toString();
    }

    // ---- round trip ------------------------------------------------------------------------------------

    @Test
    void sessionsAndReconnectsAreWrittenAndNotReadBack() throws IOException {
        StreamKey a = StreamKey.of("d.example.com", "live", "a");
        InterruptionReport r = InterruptionReport.builder()
                .add(io.github.streamcause.report.StreamEvent.builder(
                                io.github.streamcause.report.StreamEvent.Kind.PUSH, a)
                        .time(Instant.parse("2026-11-24T14:00:00Z"))
                        .id(io.github.streamcause.report.EventId.sequence("1", 1))
                        .build())
                .add(io.github.streamcause.report.StreamEvent.builder(
                                io.github.streamcause.report.StreamEvent.Kind.INTERRUPTION, a)
                        .time(Instant.parse("2026-11-24T14:00:05Z"))
                        .diagnosis(io.github.streamcause.ErrorCodes.describe(12, 0))
                        .id(io.github.streamcause.report.EventId.sequence("1", 0))
                        .build())
                .build();
        String json = MAPPER.writeValueAsString(r);
        JsonNode written = MAPPER.readTree(json);
        assertThat(written.get("sessions").get("sessions").longValue()).isEqualTo(1);
        assertThat(written.get("sessions").get("medianSeconds").longValue()).isEqualTo(5);
        assertThat(written.get("reconnects").get("neverReconnected").longValue())
                .isEqualTo(1);
        InterruptionReport back = fromJson(json);
        assertThat(back.interruptions()).isEqualTo(1);
        assertThat(back.sessions().sessions()).as("not read back").isZero();
        assertThat(back.reconnects().retryInterruptions()).as("not read back").isZero();
        // the report from figures writes them empty, and valid
        JsonNode again = MAPPER.readTree(MAPPER.writeValueAsString(back));
        assertThat(again.get("sessions").get("sessions").longValue()).isZero();
        assertThat(again.get("sessions").get("medianSeconds").isNull()).isTrue();
        assertThat(again.get("reconnects").get("medianSeconds").isNull()).isTrue();
        assertThat(again.get("reconnects").get("streamsNotBack").toString()).isEqualTo("[]");
        assertThat(fromJson(again.toString()).interruptions()).isEqualTo(1);
        // whatever they hold, they are not read: a newer or hand-edited report still reads
        ObjectNode odd = (ObjectNode) MAPPER.readTree(json);
        odd.put("sessions", "anything");
        odd.putArray("reconnects").add(1);
        assertThat(fromJson(odd.toString()).interruptions()).isEqualTo(1);
    }

    @Test
    void everyRandomReportReadsBackFromItsJsonWithEveryFigure() throws IOException {
        ObjectMapper korean = new ObjectMapper().registerModule(new StreamCauseModule(Locale.KOREAN));
        for (long seed = 0; seed < 20; seed++) {
            List<Object> items = items(seed);
            InterruptionReport r = PublicFixtures.report(items);
            String json = MAPPER.writeValueAsString(r);
            InterruptionReport back = fromJson(json);
            String context = "seed " + seed;
            // the JSON carries the timeline in buckets of the width written, not its minutes
            Duration width = r.timelineWidth();
            assertThat(PublicFixtures.snapshot(back, width)).as(context).isEqualTo(PublicFixtures.snapshot(r, width));
            assertThat(PublicFixtures.snapshot(r)).as(context).isEqualTo(PublicFixtures.model(items));
            assertThat(back.timeline(width)).as(context).isEqualTo(r.timeline(width));
            assertThat(back.inputs()).as(context).isEqualTo(PublicFixtures.inputs(items));
            assertThat(back.linesRead()).as(context).isEqualTo(r.linesRead());
            assertThat(back.filteredOut()).as(context).isEqualTo(r.filteredOut());
            assertThat(back.identities())
                    .as("JSON holds no identities; " + context)
                    .isZero();
            // sessions, reconnects and incidents come from the events, which the JSON does not carry: not read back
            assertThat(withoutDerived(MAPPER.writeValueAsString(back)))
                    .as("written again; " + context)
                    .isEqualTo(withoutDerived(json));
            assertThat(back.sessions().interruptions()).as(context).isZero();
            assertThat(back.reconnects().retryInterruptions()).as(context).isZero();
            // the texts are the module's language; the figures do not depend on it
            InterruptionReport fromKorean = korean.readValue(korean.writeValueAsString(r), InterruptionReport.class);
            assertThat(PublicFixtures.snapshot(fromKorean, width))
                    .as(context)
                    .isEqualTo(PublicFixtures.snapshot(r, width));
        }
    }

    @Test
    void reportsReadBackInsideOtherJson() throws IOException {
        InterruptionReport monday = PublicFixtures.report(items(3));
        InterruptionReport tuesday = PublicFixtures.report(items(4));
        Map<String, InterruptionReport> week = new LinkedHashMap<>();
        week.put("monday", monday);
        week.put("tuesday", tuesday);
        Map<String, InterruptionReport> back = MAPPER.readValue(
                MAPPER.writeValueAsString(week), new TypeReference<Map<String, InterruptionReport>>() {});
        assertThat(back.keySet()).containsExactly("monday", "tuesday");
        assertThat(PublicFixtures.snapshot(back.get("monday"), monday.timelineWidth()))
                .isEqualTo(PublicFixtures.snapshot(monday, monday.timelineWidth()));
        assertThat(PublicFixtures.snapshot(back.get("tuesday"), tuesday.timelineWidth()))
                .isEqualTo(PublicFixtures.snapshot(tuesday, tuesday.timelineWidth()));
    }

    @Test
    void anEmptyReportReadsBackEmpty() throws IOException {
        InterruptionReport empty = InterruptionReport.builder().build();
        InterruptionReport back = viaJson(empty);
        assertThat(PublicFixtures.snapshot(back)).isEqualTo(PublicFixtures.model(List.of()));
        assertThat(back.firstEvent()).isEmpty();
        assertThat(back.inputs()).isEmpty();
    }

    @Test
    void byCauseAsWrittenBeforeTheCauseObjectReadsTheSame() throws IOException {
        List<Object> items = items(7);
        InterruptionReport r = PublicFixtures.report(items);
        assertThat(r.byCause()).as("premise").hasSizeGreaterThan(2);
        ObjectNode older = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(r));
        ArrayNode flat = JsonNodeFactory.instance.arrayNode();
        for (JsonNode entry : older.get("byCause")) { // {"cause":"NAME","key",...,"count"}, as before
            JsonNode cause = entry.get("cause");
            flat.addObject()
                    .put("cause", cause.get("name").asText())
                    .put("key", cause.get("key").asText())
                    .put("category", cause.get("category").asText())
                    .put("recovery", cause.get("recovery").asText())
                    .put("count", entry.get("count").asLong())
                    .put("description", cause.get("description").asText());
        }
        older.set("byCause", flat);
        InterruptionReport back = fromJson(older.toString());
        assertThat(back.byCause()).isEqualTo(r.byCause());
        assertThat(PublicFixtures.snapshot(back)).isEqualTo(PublicFixtures.snapshot(viaJson(r)));
    }

    @Test
    void jsonWithoutInputsReadsWithNoInputs() throws IOException {
        List<Object> items = items(5);
        InterruptionReport r = PublicFixtures.report(items);
        assertThat(r.inputs()).as("premise").isNotEmpty();
        assertThat(r.linesRead()).as("premise").isPositive();
        ObjectNode older = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(r));
        older.remove("inputs"); // as written before inputs were listed; linesRead is still there, but derived
        InterruptionReport back = fromJson(older.toString());
        assertThat(back.inputs()).isEmpty();
        assertThat(back.linesRead()).isZero();
        assertThat(back.filteredOut()).isZero();
        assertThat(PublicFixtures.snapshot(back, r.timelineWidth()))
                .isEqualTo(PublicFixtures.snapshot(r, r.timelineWidth()));
    }

    // ---- the timeline ----------------------------------------------------------------------------------

    @Test
    void theTimelineReadsBackAsItsBucketsOfTheWidthWritten() throws IOException {
        for (long seed = 20; seed < 30; seed++) {
            InterruptionReport r = PublicFixtures.report(items(seed));
            assertThat(r.timeline()).as("premise").isNotEmpty();
            for (Duration width : new Duration[] {Duration.ofMinutes(15), Duration.ofHours(6), Duration.ofDays(1)}) {
                ObjectMapper mapper = new ObjectMapper().registerModule(new StreamCauseModule(Locale.ENGLISH, width));
                String json = mapper.writeValueAsString(r);
                assertThat(mapper.readTree(json).get("timeline").get("width").textValue())
                        .isEqualTo(width.toString());
                InterruptionReport back = mapper.readValue(json, InterruptionReport.class);
                String context = "seed " + seed + ", " + width;
                assertThat(back.timeline(width)).as(context).isEqualTo(r.timeline(width));
                assertThat(back.timeline(width.multipliedBy(2)))
                        .as("and in any multiple of it; " + context)
                        .isEqualTo(r.timeline(width.multipliedBy(2)));
                assertThat(PublicFixtures.snapshot(back, width))
                        .as(context)
                        .isEqualTo(PublicFixtures.snapshot(r, width));
            }
        }
    }

    @Test
    void theTimelineIsWrittenWithEveryBucketTheEmptyOnesIncluded() throws IOException {
        StreamKey room = StreamKey.of("d", "a", "s");
        InterruptionReport r = InterruptionReport.builder()
                .add(io.github.streamcause.report.StreamEvent.builder(
                                io.github.streamcause.report.StreamEvent.Kind.INTERRUPTION, room)
                        .time(Instant.parse("2026-11-24T14:59:00Z"))
                        .diagnosis(io.github.streamcause.ErrorCodes.describe(18, 501))
                        .build())
                .add(io.github.streamcause.report.StreamEvent.builder(
                                io.github.streamcause.report.StreamEvent.Kind.PUSH, room)
                        .time(Instant.parse("2026-11-24T16:00:00Z"))
                        .build())
                .build();
        ObjectMapper hourly =
                new ObjectMapper().registerModule(new StreamCauseModule(Locale.ENGLISH, Duration.ofHours(1)));
        String zeros = "\"byCategory\":{\"CLIENT\":0,\"NETWORK\":0,\"AUTH\":0,\"INTERNAL\":0,\"UNKNOWN\":0},"
                + "\"byRecovery\":{\"NOT_NEEDED\":0,\"RETRY\":0,\"FIX_REQUIRED\":0}";
        assertThat(hourly.readTree(hourly.writeValueAsString(r)).get("timeline").toString())
                .isEqualTo("{\"width\":\"PT1H\",\"buckets\":["
                        + "{\"start\":\"2026-11-24T14:00:00Z\",\"interruptions\":1,\"pushes\":0,"
                        + "\"byCategory\":{\"CLIENT\":0,\"NETWORK\":0,\"AUTH\":1,\"INTERNAL\":0,\"UNKNOWN\":0},"
                        + "\"byRecovery\":{\"NOT_NEEDED\":0,\"RETRY\":0,\"FIX_REQUIRED\":1}},"
                        + "{\"start\":\"2026-11-24T15:00:00Z\",\"interruptions\":0,\"pushes\":0," + zeros + "},"
                        + "{\"start\":\"2026-11-24T16:00:00Z\",\"interruptions\":0,\"pushes\":1," + zeros + "}]}");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(r))
                        .get("timeline")
                        .get("width")
                        .textValue())
                .as("the report's own width without one given")
                .isEqualTo(r.timelineWidth().toString())
                .isEqualTo("PT5M"); // 14:59 .. 16:00: 62 minutes
        assertThatThrownBy(() -> new StreamCauseModule(Locale.ENGLISH, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a timeline bucket is a whole number of minutes, not PT30S");
        assertThat(new StreamCauseModule(Locale.ENGLISH, Duration.ofHours(1)).timelineWidth())
                .contains(Duration.ofHours(1));
        assertThat(new StreamCauseModule().timelineWidth()).isEmpty();
    }

    @Test
    void jsonWithoutATimelineReadsWithAnEmptyOne() throws IOException {
        InterruptionReport r = PublicFixtures.report(items(5));
        assertThat(r.timeline()).as("premise").isNotEmpty();
        ObjectNode older = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(r));
        older.remove("timeline"); // as written before the timeline
        InterruptionReport back = fromJson(older.toString());
        assertThat(back.timeline()).isEmpty();
        assertThat(back.timeline(Duration.ofMinutes(1))).isEmpty();
        assertThat(back.interruptions()).isEqualTo(r.interruptions());
    }

    private static ObjectNode bucket0(ObjectNode json) {
        return (ObjectNode) json.get("timeline").get("buckets").get(0);
    }

    @Test
    void aMalformedTimelineIsNamed() throws IOException {
        assertRefused(j -> j.put("timeline", 3), "\"timeline\" must be an object, got 3");
        assertRefused(j -> ((ObjectNode) j.get("timeline")).remove("width"), "\"width\" must be a string, got null");
        assertRefused(
                j -> ((ObjectNode) j.get("timeline")).put("width", "1h"),
                "\"width\" must be an ISO-8601 duration of whole minutes (PT1H), got \"1h\"");
        assertRefused(
                j -> ((ObjectNode) j.get("timeline")).put("width", "PT90S"),
                "\"width\" must be an ISO-8601 duration of whole minutes (PT1H), got \"PT90S\"");
        assertRefused(
                j -> ((ObjectNode) j.get("timeline")).put("width", "PT0S"),
                "\"width\" must be an ISO-8601 duration of whole minutes (PT1H), got \"PT0S\"");
        assertRefused(
                j -> ((ObjectNode) j.get("timeline")).put("buckets", "none"),
                "\"buckets\" must be an array, got \"none\"");
        assertRefused(j -> bucket0(j).remove("start"), "\"start\" must be an ISO-8601 time, got null");
        assertRefused(j -> bucket0(j).put("start", "noon"), "\"start\" must be an ISO-8601 time or null, got \"noon\"");
        assertRefused(
                j -> bucket0(j).put("start", "2025-11-24T10:30:17Z"),
                "the timeline bucket at 2025-11-24T10:30:17Z does not start at a multiple of "
                        + full().get("timeline").get("width").textValue() + " since the epoch");
        assertRefused(
                j -> bucket0(j)
                        .put(
                                "start",
                                j.get("timeline")
                                        .get("buckets")
                                        .get(1)
                                        .get("start")
                                        .textValue()),
                "the timeline lists the bucket at " + bucketStart(1) + " twice");
        assertRefused(
                j -> bucket0(j).put("pushes", -1), "\"pushes\" must be a count (a whole number, 0 or more), got -1");
        assertRefused(
                j -> bucket0(j).put("interruptions", 1.5),
                "\"interruptions\" must be a count (a whole number, 0 or more), got 1.5");
        assertRefused(
                j -> ((ObjectNode) bucket0(j).get("byCategory")).remove("AUTH"),
                "\"AUTH\" must be a count (a whole number, 0 or more), got null");
        assertRefused(
                j -> ((ObjectNode) bucket0(j).get("byRecovery")).remove("RETRY"),
                "\"RETRY\" must be a count (a whole number, 0 or more), got null");
        assertRefused(
                j -> bucket0(j)
                        .put("interruptions", bucket0(j).get("interruptions").asLong() + 1),
                "the timeline bucket at " + bucketStart(0) + " has " + (firstBucketInterruptions() + 1)
                        + " interruptions, but " + firstBucketInterruptions() + " by category");
        assertRefused(
                j -> {
                    ((ObjectNode) bucket0(j).get("byCategory")).put("CLIENT", Long.MAX_VALUE);
                    ((ObjectNode) bucket0(j).get("byCategory")).put("NETWORK", Long.MAX_VALUE);
                },
                "the timeline bucket at " + bucketStart(0) + " has more interruptions by category than a count holds");
        assertRefused(
                j -> ((ObjectNode) bucket0(j).get("byRecovery"))
                        .put("RETRY", bucket0(j).get("interruptions").asLong() + 1),
                "the report's figures do not add up: a bucket's interruptions by recovery ("
                        + (firstBucketInterruptions() + 1) + ") are more than its interruptions ("
                        + firstBucketInterruptions() + ")");
    }

    private static String bucketStart(int i) {
        try {
            return full().get("timeline").get("buckets").get(i).get("start").textValue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long firstBucketInterruptions() {
        try {
            return bucket0(full()).get("interruptions").asLong();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- merging a report read from JSON ---------------------------------------------------------------

    /** The figures of two reports added, as a merge of reports without identities must give them. */
    private record Sum(
            long interruptions,
            long pushes,
            long duplicates,
            long rejected,
            long otherEvents,
            long unclassified,
            Map<Category, Long> byCategory,
            Map<Recovery, Long> byRecovery,
            List<Map.Entry<InterruptionCause, Long>> byCause,
            Map<String, Long> undocumentedPairs,
            Map<StreamKey, List<Long>> streams,
            Optional<Instant> first,
            Optional<Instant> last,
            List<Rejection> samples,
            List<InputSummary> inputs) {

        static Sum of(InterruptionReport r) {
            Map<StreamKey, List<Long>> streams = new HashMap<>();
            for (StreamSummary s : r.streams()) {
                streams.put(s.stream(), List.of(s.interruptions(), s.fixRequired(), s.pushes()));
            }
            List<Map.Entry<InterruptionCause, Long>> causes = new ArrayList<>();
            r.byCause().forEach((c, n) -> causes.add(Map.entry(c, n)));
            return new Sum(
                    r.interruptions(),
                    r.pushes(),
                    r.duplicatesRemoved(),
                    r.rejectedLines(),
                    r.otherEvents(),
                    r.unclassified(),
                    new EnumMap<>(r.byCategory()),
                    new EnumMap<>(r.byRecovery()),
                    causes,
                    new HashMap<>(r.undocumentedPairs()),
                    streams,
                    r.firstEvent(),
                    r.lastEvent(),
                    r.rejectedSamples(),
                    r.inputs());
        }

        static Sum of(InterruptionReport a, InterruptionReport b) {
            Map<Category, Long> categories = new EnumMap<>(a.byCategory());
            b.byCategory().forEach((k, v) -> categories.merge(k, v, Long::sum));
            Map<Recovery, Long> recoveries = new EnumMap<>(a.byRecovery());
            b.byRecovery().forEach((k, v) -> recoveries.merge(k, v, Long::sum));
            Map<InterruptionCause, Long> causes = new EnumMap<>(InterruptionCause.class);
            causes.putAll(a.byCause());
            b.byCause().forEach((k, v) -> causes.merge(k, v, Long::sum));
            List<Map.Entry<InterruptionCause, Long>> ordered = new ArrayList<>(causes.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue()))
                    .toList());
            ordered.sort(Comparator.comparingLong((Map.Entry<InterruptionCause, Long> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey));
            Map<String, Long> pairs = new HashMap<>(a.undocumentedPairs());
            b.undocumentedPairs().forEach((k, v) -> pairs.merge(k, v, Long::sum));
            Map<StreamKey, List<Long>> streams = new HashMap<>(of(a).streams());
            of(b).streams()
                    .forEach((k, v) -> streams.merge(
                            k, v, (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2))));
            List<Rejection> samples = new ArrayList<>(a.rejectedSamples());
            samples.addAll(b.rejectedSamples());
            List<InputSummary> inputs = new ArrayList<>(a.inputs());
            inputs.addAll(b.inputs());
            return new Sum(
                    a.interruptions() + b.interruptions(),
                    a.pushes() + b.pushes(),
                    a.duplicatesRemoved() + b.duplicatesRemoved(),
                    a.rejectedLines() + b.rejectedLines(),
                    a.otherEvents() + b.otherEvents(),
                    a.unclassified() + b.unclassified(),
                    categories,
                    recoveries,
                    ordered,
                    pairs,
                    streams,
                    min(a.firstEvent(), b.firstEvent()),
                    max(a.lastEvent(), b.lastEvent()),
                    samples.subList(0, Math.min(20, samples.size())),
                    inputs);
        }

        private static Optional<Instant> min(Optional<Instant> a, Optional<Instant> b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
        }

        private static Optional<Instant> max(Optional<Instant> a, Optional<Instant> b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
        }
    }

    @Test
    void aReportReadFromJsonMergesByAddingWhereAStateMergesExactly() throws IOException {
        int overlapping = 0;
        for (long seed = 100; seed < 110; seed++) {
            List<Object> items = items(seed);
            Random rnd = new Random(seed);
            int cut = rnd.nextInt(items.size() + 1);
            int back = Math.min(cut, rnd.nextInt(items.size() / 3 + 1));
            List<Object> first = items.subList(0, cut);
            List<Object> second = items.subList(cut - back, items.size()); // overlapping: events in both
            InterruptionReport a = PublicFixtures.report(first);
            InterruptionReport b = PublicFixtures.report(second);
            InterruptionReport ja = viaJson(a);
            InterruptionReport jb = viaJson(b);
            Sum added = Sum.of(a, b);
            String context = "seed " + seed;
            assertThat(Sum.of(ja.merge(jb))).as("JSON + JSON adds; " + context).isEqualTo(added);
            assertThat(Sum.of(a.merge(jb))).as("report + JSON adds; " + context).isEqualTo(added);
            assertThat(Sum.of(ja.merge(b))).as("JSON + report adds; " + context).isEqualTo(added);
            assertThat(a.merge(jb).identities()).as(context).isEqualTo(a.identities());

            List<Object> all = new ArrayList<>(first);
            all.addAll(second);
            assertThat(PublicFixtures.snapshot(a.merge(b)))
                    .as("reports merge exactly; " + context)
                    .isEqualTo(PublicFixtures.model(all));
            if (a.merge(b).interruptions() < added.interruptions()) {
                overlapping++;
            }
        }
        assertThat(overlapping).as("premise: events counted in both halves").isGreaterThan(5);
    }

    @Test
    void aReportReadFromJsonMergedWithItselfCountsEverythingTwice() throws IOException {
        List<Object> items = items(6);
        InterruptionReport r = PublicFixtures.report(items);
        assertThat(r.duplicatesRemoved()).as("premise").isPositive();
        InterruptionReport j = viaJson(r);
        List<Object> twice = new ArrayList<>(items);
        twice.addAll(items);
        assertThat(PublicFixtures.snapshot(r.merge(r)))
                .as("exact: every keyed event once")
                .isEqualTo(PublicFixtures.model(twice));
        assertThat(r.merge(r).interruptions()).as("premise").isLessThan(2 * r.interruptions());
        assertThat(j.merge(j).interruptions()).as("by adding").isEqualTo(2 * r.interruptions());
        assertThat(j.merge(j).pushes()).isEqualTo(2 * r.pushes());
        assertThat(j.merge(j).duplicatesRemoved()).isEqualTo(2 * r.duplicatesRemoved());
    }

    // ---- malformed JSON --------------------------------------------------------------------------------

    /** The JSON of a report with every part: streams, causes, pairs, samples, inputs. */
    private static ObjectNode full() throws IOException {
        if (fullJson == null) {
            fullJson = fullReportJson();
        }
        return (ObjectNode) MAPPER.readTree(fullJson);
    }

    private static String fullJson;

    private static String fullReportJson() throws IOException {
        InterruptionReport r = PublicFixtures.report(items(11));
        assertThat(r.streams()).as("premise").hasSizeGreaterThan(1);
        assertThat(r.byCause()).as("premise").isNotEmpty();
        assertThat(r.undocumentedPairs()).as("premise").isNotEmpty();
        assertThat(r.rejectedSamples()).as("premise").isNotEmpty();
        assertThat(r.inputs()).as("premise").isNotEmpty();
        return MAPPER.writeValueAsString(r);
    }

    /** The report's JSON changed by {@code change} is refused with exactly {@code message} after the prefix. */
    private static void assertRefused(Consumer<ObjectNode> change, String message) throws IOException {
        ObjectNode json = full();
        change.accept(json);
        Throwable thrown = catchThrowable(() -> fromJson(json.toString()));
        assertThat(thrown).as(message).isInstanceOf(JsonMappingException.class);
        assertThat(((JsonMappingException) thrown).getOriginalMessage()).isEqualTo(NOT_A_REPORT + message);
    }

    private static ObjectNode stream0(ObjectNode json) {
        return (ObjectNode) json.get("streams").get(0);
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        for (String field :
                new String[] {"interruptions", "pushes", "duplicatesRemoved", "rejectedLines", "otherEvents"}) {
            assertRefused(
                    j -> j.remove(field), "\"" + field + "\" must be a count (a whole number, 0 or more), got null");
        }
        for (String field : new String[] {"byCategory", "byRecovery", "undocumentedPairs"}) {
            assertRefused(j -> j.remove(field), "\"" + field + "\" must be an object, got null");
        }
        for (String field : new String[] {"byCause", "streams", "rejectedSamples"}) {
            assertRefused(j -> j.remove(field), "\"" + field + "\" must be an array, got null");
        }
        assertRefused(
                j -> ((ObjectNode) j.get("byCategory")).remove("NETWORK"),
                "\"NETWORK\" must be a count (a whole number, 0 or more), got null");
        assertRefused(
                j -> ((ObjectNode) j.get("byRecovery")).remove("FIX_REQUIRED"),
                "\"FIX_REQUIRED\" must be a count (a whole number, 0 or more), got null");
        assertRefused(j -> stream0(j).remove("streamName"), "\"streamName\" must be a string, got null");
        assertRefused(
                j -> stream0(j).remove("fixRequired"),
                "\"fixRequired\" must be a count (a whole number, 0 or more), got null");
        assertRefused(
                j -> ((ObjectNode) j.get("byCause").get(0).get("cause")).remove("key"),
                "\"key\" must be a string, got null");
        assertRefused(
                j -> ((ObjectNode) j.get("byCause").get(0)).remove("cause"), "\"key\" must be a string, got null");
        assertRefused(
                j -> ((ObjectNode) j.get("rejectedSamples").get(0)).remove("reason"),
                "\"reason\" must be a string, got null");
        assertRefused(
                j -> ((ObjectNode) j.get("inputs").get(0)).remove("lines"),
                "\"lines\" must be a count (a whole number, 0 or more), got null");
    }

    @Test
    void aNegativeCountIsNamed() throws IOException {
        assertRefused(j -> j.put("pushes", -1), "\"pushes\" must be a count (a whole number, 0 or more), got -1");
        assertRefused(
                j -> ((ObjectNode) j.get("byCategory")).put("CLIENT", -3),
                "\"CLIENT\" must be a count (a whole number, 0 or more), got -3");
        assertRefused(
                j -> ((ObjectNode) j.get("byCause").get(0)).put("count", Long.MIN_VALUE),
                "\"count\" must be a count (a whole number, 0 or more), got " + Long.MIN_VALUE);
        assertRefused(
                j -> stream0(j).put("interruptions", -1),
                "\"interruptions\" must be a count (a whole number, 0 or more), got -1");
        assertRefused(
                j -> ((ObjectNode) j.get("rejectedSamples").get(0)).put("line", -1),
                "\"line\" must be a count (a whole number, 0 or more), got -1");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws IOException {
        assertRefused(
                j -> j.put("interruptions", "12"),
                "\"interruptions\" must be a count (a whole number, 0 or more), got \"12\"");
        assertRefused(
                j -> j.put("interruptions", 1.5),
                "\"interruptions\" must be a count (a whole number, 0 or more), got 1.5");
        assertRefused(
                j -> j.put("pushes", new BigInteger("18446744073709551616")),
                "\"pushes\" must be a count (a whole number, 0 or more), got 18446744073709551616");
        assertRefused(
                j -> j.put("otherEvents", true),
                "\"otherEvents\" must be a count (a whole number, 0 or more), got true");
        assertRefused(j -> j.putArray("byCategory"), "\"byCategory\" must be an object, got []");
        assertRefused(j -> j.putObject("streams"), "\"streams\" must be an array, got {}");
        assertRefused(j -> j.put("byCause", "none"), "\"byCause\" must be an array, got \"none\"");
        assertRefused(j -> stream0(j).put("domain", 5), "\"domain\" must be a string, got 5");
        assertRefused(j -> stream0(j).putNull("appName"), "\"appName\" must be a string, got null");
        assertRefused(
                j -> j.put("firstEvent", "yesterday"),
                "\"firstEvent\" must be an ISO-8601 time or null, got \"yesterday\"");
        assertRefused(
                j -> j.put("lastEvent", 1764000000), "\"lastEvent\" must be an ISO-8601 time or null, got 1764000000");
        assertRefused(
                j -> ((ObjectNode) j.get("undocumentedPairs")).put("x/1", 1),
                "undocumentedPairs: \"x/1\" is not CODE or CODE/SUBCODE");
        assertRefused(j -> j.put("inputs", 3), "\"inputs\" must be an array, got 3");
    }

    @Test
    void anUnknownCauseKeyIsNamed() throws IOException {
        assertRefused(
                j -> ((ObjectNode) j.get("byCause").get(0).get("cause")).put("key", "18.999"),
                "byCause names the cause key \"18.999\", which this version does not know");
        // the key is what counts: the other fields of a cause are texts that follow from it
        ObjectNode json = full();
        ObjectNode entry = (ObjectNode) json.get("byCause").get(0);
        ObjectNode cause = (ObjectNode) entry.get("cause");
        String key = cause.get("key").asText();
        cause.put("name", "SOMETHING_ELSE").put("category", "AUTH").put("description", "lies");
        cause.putNull("code").put("pair", "1/2");
        InterruptionReport r = fromJson(json.toString());
        InterruptionCause expected = null;
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.key().equals(key)) {
                expected = c;
            }
        }
        assertThat(r.byCause()).containsEntry(expected, entry.get("count").asLong());
    }

    @Test
    void figuresThatDoNotAddUpAreRefused() throws IOException {
        String prefix = "the report's figures do not add up: ";
        assertRefused(
                j -> ((ObjectNode) j.get("byCategory"))
                        .put("CLIENT", j.get("byCategory").get("CLIENT").asLong() + 1),
                prefix + "the counts by category do not add up to the interruptions");
        assertRefused(
                j -> j.put("interruptions", j.get("interruptions").asLong() + 1),
                prefix + "the counts by category do not add up to the interruptions");
        assertRefused(
                j -> ((ObjectNode) j.get("byRecovery"))
                        .put("RETRY", j.get("interruptions").asLong() + 1),
                prefix + "more interruptions by recovery or cause than interruptions");
        assertRefused(
                j -> stream0(j).put("pushes", stream0(j).get("pushes").asLong() + 1),
                prefix + "the streams' counts do not add up to the totals");
        assertRefused(
                j -> ((ArrayNode) j.get("streams")).add(stream0(j).deepCopy()),
                prefix + "stream " + stream0Key() + " is given twice");
        assertRefused(
                j -> j.putNull("lastEvent"),
                prefix + "the time span must have both ends in order: "
                        + full().get("firstEvent").asText() + " .. null");
        assertRefused(
                j -> {
                    j.put("firstEvent", "2026-11-25T00:00:00Z");
                    j.put("lastEvent", "2026-11-24T00:00:00Z");
                },
                prefix + "the time span must have both ends in order: 2026-11-25T00:00:00Z .. 2026-11-24T00:00:00Z");
        assertRefused(
                j -> j.put("rejectedLines", j.get("rejectedSamples").size() - 1),
                prefix + "more rejected samples than rejected lines");
        assertRefused(
                j -> ((ObjectNode) j.get("inputs").get(0))
                        .put("rejected", j.get("inputs").get(0).get("lines").asLong() + 1),
                prefix + "more lines rejected ("
                        + (full().get("inputs").get(0).get("lines").asLong() + 1)
                        + ") and filtered out ("
                        + full().get("inputs").get(0).get("filteredOut").asLong()
                        + ") than read ("
                        + full().get("inputs").get(0).get("lines").asLong() + ")");
    }

    private static String stream0Key() throws IOException {
        JsonNode s = full().get("streams").get(0);
        return s.get("domain").asText() + "/" + s.get("appName").asText() + "/"
                + s.get("streamName").asText();
    }

    @Test
    void aCauseOrPairListedTwiceIsRefusedNotHalfCounted() throws IOException {
        // read one after the other, the second count would replace the first: a report that loses interruptions
        assertRefused(
                j -> {
                    ArrayNode causes = (ArrayNode) j.get("byCause");
                    ObjectNode again = causes.get(0).deepCopy();
                    again.put("count", 0);
                    causes.add(again);
                },
                "byCause lists the cause key \""
                        + full().get("byCause").get(0).get("cause").get("key").asText() + "\" twice");
        String pair = full().get("undocumentedPairs").fieldNames().next();
        String same = pair.startsWith("-") ? "-0" + pair.substring(1) : "0" + pair; // the same numbers
        assertRefused(
                j -> ((ObjectNode) j.get("undocumentedPairs")).put(same, 1),
                "undocumentedPairs lists the pair \"" + same + "\" twice");
        assertRefused(
                j -> ((ObjectNode) j.get("undocumentedPairs")).put("77", 1).put("77/0", 1),
                "undocumentedPairs lists the pair \"77/0\" twice");
    }

    @Test
    void jsonThatIsNoObjectIsRefused() {
        for (String json : new String[] {"[]", "12", "\"report\"", "true"}) {
            Throwable thrown = catchThrowable(() -> fromJson(json));
            assertThat(thrown).as(json).isInstanceOf(JsonMappingException.class);
            assertThat(((JsonMappingException) thrown).getOriginalMessage())
                    .as(json)
                    .startsWith(NOT_A_REPORT + "a report is a JSON object, got ");
        }
        assertThatThrownBy(() -> fromJson("")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> fromJson("{\"interruptions\":")).isInstanceOf(IOException.class);
    }

    @Test
    void anErrorInsideOtherJsonSaysWhere() throws IOException {
        ObjectNode json = full();
        json.put("pushes", -1);
        ObjectNode week = JsonNodeFactory.instance.objectNode();
        week.set("monday", json);
        Throwable thrown = catchThrowable(
                () -> MAPPER.readValue(week.toString(), new TypeReference<Map<String, InterruptionReport>>() {}));
        assertThat(thrown)
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("\"pushes\" must be a count")
                .hasMessageContaining("[\"monday\"]");
    }
}
