package io.github.streamcause.report;

import static io.github.streamcause.report.ReportFixtures.T0;
import static io.github.streamcause.report.ReportFixtures.json;
import static io.github.streamcause.report.ReportFixtures.page;
import static io.github.streamcause.report.ReportFixtures.pick;
import static io.github.streamcause.report.ReportFixtures.randomItems;
import static io.github.streamcause.report.ReportFixtures.recordJson;
import static io.github.streamcause.report.ReportFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.ReportFixtures.Model;
import io.github.streamcause.report.ReportFixtures.Snapshot;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The binary state ({@link InterruptionReport#writeTo}, {@link InterruptionReport#readFrom}): a report read back
 * has every figure of the one written, holds the same identities with what each contributed (so that merging
 * read states is exact), and anything that is not a whole state of this version is refused with an {@link
 * InvalidStateException} that says why, fast and without allocating ahead of the input.
 */
class ReportStateTest {
    private static final String EMPTY =
            "not a StreamCause report state: it does not begin with \"SCRS\" (the input is empty)";
    private static final String NOT_A_STATE = "not a StreamCause report state: it does not begin with \"SCRS\"";
    private static final String CUT_SHORT = "report state cut short: the input ends inside it";
    private static final String CHECKSUM = "corrupt report state: its checksum does not match";

    // ---- input with every key form ---------------------------------------------------------------------

    /** Sequences that are no canonical decimal (text keys), and canonical ones at the limits of a slot key. */
    private static final String[] ODD_SEQUENCES = {
        "0012",
        "12", // not the same event as "0012"
        "0",
        "00",
        "abc",
        "",
        "-5",
        " 7",
        "1e3",
        "序列",
        "123456789012345678901234567890", // 30 digits
        "12345678901234567890123", // 23 digits: the longest a slot holds
        "123456789012345678901234", // 24 digits
        "99999999999999999999999",
        "18446744073709551616", // 2^64
        "9223372036854775808"
    };

    /**
     * Callback bodies with odd sequences, each (sequence, event type) once, so that picking one again is an
     * exact redelivery.
     */
    private static List<String> oddCallbacks(Random rnd) {
        Integer[] codes = {1, 18, 21, 99, 36, -7, null};
        Integer[] subcodes = {0, 202, 650, 101, 3, 999};
        List<String> pool = new ArrayList<>();
        for (String sequence : ODD_SEQUENCES) {
            for (int type = 0; type <= 1; type++) {
                if (rnd.nextInt(4) == 0) {
                    continue;
                }
                Integer errcode = type == 0 ? pick(rnd, codes) : rnd.nextBoolean() ? 0 : null;
                Integer subcode = type == 0 && errcode != null && rnd.nextBoolean() ? pick(rnd, subcodes) : null;
                pool.add(json(
                        "app",
                        rnd.nextBoolean() ? "push.example.com" : null,
                        "appname",
                        "live",
                        "stream_id",
                        "room" + rnd.nextInt(4),
                        "event_time",
                        rnd.nextInt(6) == 0 ? null : T0 + rnd.nextInt(100_000),
                        "event_type",
                        type,
                        "sequence",
                        sequence,
                        "errcode",
                        errcode,
                        "sub_errcode",
                        subcode,
                        "errmsg",
                        rnd.nextBoolean() ? "recv rtmp deleteStream" : null));
            }
        }
        return pool;
    }

    /** Times a span key holds (whole seconds, 1970 to 2106) and times it does not, and none. */
    private static Instant oddTime(Random rnd, int i) {
        switch (rnd.nextInt(8)) {
            case 0:
                return Instant.ofEpochSecond(T0 + i, 500_000_000); // nanos
            case 1:
                return Instant.ofEpochSecond(-86_400L * (1 + i)); // before 1970
            case 2:
                return Instant.ofEpochSecond(-1 - i, 999_999_999); // just before 1970, with nanos
            case 3:
                return Instant.ofEpochSecond(i); // from 1970 on
            case 4:
                return Instant.ofEpochSecond(0xFFFFFFFFL - i); // up to the last second a slot holds
            case 5:
                return Instant.ofEpochSecond(0x1_0000_0000L + i); // after it
            case 6:
                return null;
            default:
                return Instant.ofEpochSecond(T0 + i);
        }
    }

    /** API records with odd times, each on its own stream, so that picking one again is an exact copy. */
    private static List<String> oddRecords(Random rnd) {
        String[] reasons = {"推流域名被禁用", "客户端主动断流", "no idea", null};
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant start = oddTime(rnd, i);
            Instant end = rnd.nextInt(4) == 0 ? oddTime(rnd, i + 100) : start == null ? null : start.plusSeconds(60);
            if (start != null && end != null && end.isBefore(start)) { // the reader wants a Duration of 0 or more
                Instant earlier = end;
                end = start;
                start = earlier;
            }
            pool.add(recordJson("push.example.com", "live", "odd" + i, start, end, pick(rnd, reasons)));
        }
        return pool;
    }

    /**
     * Events built directly, with what no payload reader makes: sequences with event types other than 0 and 1
     * (321, which a slot key holds, and others, which it does not), undocumented pairs on text and slot keys,
     * causes shared by several texts, spans of any time. Each identity once.
     */
    private static List<StreamEvent> directEvents(Random rnd) {
        String[] sequences = {"42", "12345678901234567890123", "0042", "x-1", "123456789012345678901234567890"};
        int[] types = {321, 7, -1, 100_000, 2};
        List<StreamEvent> pool = new ArrayList<>();
        for (String sequence : sequences) {
            for (int type : types) {
                if (rnd.nextBoolean()) {
                    pool.add(direct(rnd, EventId.sequence(sequence, type), pool.size()));
                }
            }
        }
        for (int i = 0; i < 10; i++) {
            pool.add(direct(rnd, EventId.span(oddTime(rnd, 1000 + i), oddTime(rnd, 2000 + i)), pool.size()));
        }
        pool.add(direct(rnd, null, pool.size()));
        pool.add(direct(rnd, null, pool.size()));
        return pool;
    }

    private static StreamEvent direct(Random rnd, EventId id, int i) {
        StreamEvent.Kind kind = rnd.nextInt(3) == 0 ? StreamEvent.Kind.PUSH : StreamEvent.Kind.INTERRUPTION;
        StreamEvent.Builder b = StreamEvent.builder(kind, StreamKey.of("direct.example.com", "live", "d" + (i % 3)))
                .id(id)
                .time(rnd.nextInt(4) == 0 ? null : oddTime(rnd, 3000 + i))
                .origin("direct", i + 1);
        if (kind == StreamEvent.Kind.INTERRUPTION) {
            InterruptionCause[] causes = InterruptionCause.values();
            switch (rnd.nextInt(5)) {
                case 0:
                    b.diagnosis(ErrorCodes.describe(99, rnd.nextInt(3))); // undocumented
                    break;
                case 1:
                    b.diagnosis(ErrorCodes.describe(rnd.nextInt(36), 0));
                    break;
                case 2:
                    b.causes(List.of(pick(rnd, causes), pick(rnd, causes))); // shared text
                    break;
                case 3:
                    b.causes(List.of(pick(rnd, causes)));
                    break;
                default: // nothing known
            }
            if (rnd.nextBoolean()) {
                b.sessionStart(oddTime(rnd, 4000 + i));
            }
        }
        return b.build();
    }

    /**
     * {@link ReportFixtures#randomItems} with odd callbacks and records among them, inputs, and with {@code
     * direct} also events built directly (which the model does not know).
     */
    private static List<Object> items(Random rnd, int size, boolean conflicts, boolean direct) {
        List<Object> items = new ArrayList<>(randomItems(rnd, size, conflicts));
        List<String> callbacks = oddCallbacks(rnd);
        List<String> records = oddRecords(rnd);
        List<StreamEvent> events = directEvents(rnd);
        int odd = size / 4 + rnd.nextInt(8);
        for (int i = 0; i < odd; i++) {
            int roll = rnd.nextInt(direct ? 10 : 7);
            Object item;
            if (roll < 4) {
                item = CallbackEvent.parse(pick(rnd, callbacks));
            } else if (roll < 6) {
                item = page(pick(rnd, records)).get(0);
            } else if (roll < 7) {
                long lines = rnd.nextInt(10_000);
                long rejected = rnd.nextInt((int) lines + 1);
                item = InputSummary.of(
                        "in" + i + ".log",
                        rnd.nextBoolean() ? "callback-log" : "DescribeLiveStreamEventList",
                        lines,
                        rejected,
                        rnd.nextInt((int) (lines - rejected) + 1));
            } else {
                item = pick(rnd, events);
            }
            items.add(rnd.nextInt(items.size() + 1), item);
        }
        return items;
    }

    private static InterruptionReport.Builder add(InterruptionReport.Builder b, Object item) {
        if (item instanceof StreamEvent) {
            return b.add((StreamEvent) item);
        }
        if (item instanceof InputSummary) {
            return b.input((InputSummary) item);
        }
        return ReportFixtures.add(b, item);
    }

    private static InterruptionReport build(List<?> items) {
        return build(InterruptionReport.builder(), items);
    }

    private static InterruptionReport build(InterruptionReport.Builder b, List<?> items) {
        for (Object item : items) {
            add(b, item);
        }
        return b.build();
    }

    /** What the model knows: everything but inputs (which it does not count) and direct events. */
    private static Snapshot model(List<Object> items) {
        List<Object> known = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof StreamEvent) {
                throw new IllegalArgumentException("the model does not know direct events");
            }
            if (!(item instanceof InputSummary)) {
                known.add(item);
            }
        }
        return seconds(Model.of(known).snapshot());
    }

    /** A report keeps times in whole seconds (the floor): the model keeps them as they are. */
    private static Snapshot seconds(Snapshot s) {
        return new Snapshot(
                s.interruptions(),
                s.pushes(),
                s.duplicatesRemoved(),
                s.rejectedLines(),
                s.otherEvents(),
                s.otherEventsByKind(),
                s.unclassified(),
                s.byCategory(),
                s.byRecovery(),
                s.byCause(),
                s.undocumentedPairs(),
                s.byCauseGroup(),
                s.unrecognizedTexts(),
                s.streams(),
                s.top0(),
                s.top3(),
                s.topAll(),
                s.fix0(),
                s.fix2(),
                s.fixAll(),
                s.firstEvent().map(t -> Instant.ofEpochSecond(t.getEpochSecond())),
                s.lastEvent().map(t -> Instant.ofEpochSecond(t.getEpochSecond())),
                s.timeline(),
                s.rejectedSamples());
    }

    private static List<InputSummary> inputsOf(List<?> items) {
        List<InputSummary> inputs = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof InputSummary) {
                inputs.add((InputSummary) item);
            }
        }
        return inputs;
    }

    /**
     * Distinct identities, by {@link EventId#equals} (and the stream, for a span) rather than by any packed
     * key: what a report must hold for de-duplication.
     */
    private static long distinctIdentities(List<?> items) {
        Set<List<Object>> keys = new HashSet<>();
        for (Object item : items) {
            StreamEvent e;
            if (item instanceof StreamEvent) {
                e = (StreamEvent) item;
            } else if (item instanceof CallbackEvent) {
                e = ((CallbackEvent) item).toStreamEvent();
            } else if (item instanceof StreamEventRecord) {
                e = ((StreamEventRecord) item).toStreamEvent("", 0);
            } else {
                continue; // inputs, rejected lines
            }
            if (e.kind() != StreamEvent.Kind.OTHER && e.id().isPresent()) {
                EventId id = e.id().get();
                keys.add(List.of(id, id.form() == EventId.Form.SPAN ? Optional.of(e.stream()) : Optional.empty()));
            }
        }
        return keys.size();
    }

    private static List<Object> concat(List<List<Object>> parts) {
        List<Object> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    /** 2 to 5 parts in order, each beginning up to a fifth of the input before the last one ended. */
    private static List<List<Object>> overlappingParts(List<Object> items, Random rnd) {
        int parts = 2 + rnd.nextInt(4);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            cuts.add(rnd.nextInt(items.size() + 1));
        }
        Collections.sort(cuts);
        cuts.add(items.size());
        List<List<Object>> result = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            int back = Math.min(from, rnd.nextInt(items.size() / 5 + 1));
            result.add(new ArrayList<>(items.subList(from - back, cut)));
            from = cut;
        }
        return result;
    }

    // ---- reading and writing ---------------------------------------------------------------------------

    static byte[] write(InterruptionReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            r.writeTo(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static InterruptionReport read(byte[] state) throws IOException {
        return InterruptionReport.readFrom(new ByteArrayInputStream(state));
    }

    private static InterruptionReport roundTrip(InterruptionReport r) {
        try {
            return read(write(r));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The state with its last 4 bytes replaced by the CRC-32 of the others: a rewritten state that is whole. */
    static byte[] withChecksum(byte[] state) {
        byte[] fixed = state.clone();
        CRC32 crc = new CRC32();
        crc.update(fixed, 0, fixed.length - 4);
        ByteBuffer.wrap(fixed, fixed.length - 4, 4).putInt((int) crc.getValue());
        return fixed;
    }

    private static InterruptionCause cause(String key) {
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static InvalidStateException invalid(byte[] state) {
        Throwable thrown = catchThrowable(() -> read(state));
        assertThat(thrown).as("reading %d bytes", state.length).isExactlyInstanceOf(InvalidStateException.class);
        return (InvalidStateException) thrown;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        int found = -1;
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                assertThat(found)
                        .as("premise: %s occurs once", new String(part, StandardCharsets.UTF_8))
                        .isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found)
                .as("premise: %s occurs", new String(part, StandardCharsets.UTF_8))
                .isNotNegative();
        return found;
    }

    /** A string as the state writes it: its length (4 bytes) and UTF-8 bytes. */
    private static byte[] written(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + bytes.length)
                .putInt(bytes.length)
                .put(bytes)
                .array();
    }

    /** {@code state} with the written string {@code from} replaced by {@code to} (of the same length), CRC fixed. */
    private static byte[] rewritten(byte[] state, String from, String to) {
        byte[] a = written(from);
        byte[] b = written(to);
        assertThat(b).as("premise: same length").hasSameSizeAs(a);
        byte[] copy = state.clone();
        System.arraycopy(b, 0, copy, indexOf(copy, a), b.length);
        return withChecksum(copy);
    }

    // ---- round trip ------------------------------------------------------------------------------------

    @Test
    void everyRandomReportReadsBackWithEveryFigureAndIdentity() throws IOException {
        int withTexts = 0;
        for (int seed = 0; seed < 25; seed++) {
            Random rnd = new Random(seed);
            boolean direct = seed % 3 == 0;
            List<Object> items = items(rnd, rnd.nextInt(seed % 10 == 0 ? 1200 : 250), seed % 2 == 0, direct);
            String context = "seed " + seed + ", " + items.size() + " items";
            InterruptionReport r = build(items);
            byte[] state = write(r);
            InterruptionReport back = read(state);

            assertThat(snapshot(back)).as(context).isEqualTo(snapshot(r));
            if (!direct) {
                assertThat(seconds(snapshot(back)))
                        .as("against the model; " + context)
                        .isEqualTo(model(items));
            }
            assertThat(back.identities()).as(context).isEqualTo(r.identities()).isEqualTo(distinctIdentities(items));
            List<InputSummary> inputs = inputsOf(items);
            assertThat(back.inputs()).as(context).isEqualTo(inputs);
            assertThat(back.linesRead())
                    .as(context)
                    .isEqualTo(inputs.stream().mapToLong(InputSummary::lines).sum());
            assertThat(back.filteredOut())
                    .as(context)
                    .isEqualTo(
                            inputs.stream().mapToLong(InputSummary::filteredOut).sum());
            assertThat(write(back)).as("written again; " + context).hasSameSizeAs(state);

            // what each identity contributed came back too: adding everything once more takes every keyed
            // event out once, whichever side its contribution is taken from
            List<Object> twice = new ArrayList<>(items);
            twice.addAll(items);
            Snapshot expected = snapshot(build(twice));
            assertThat(snapshot(r.merge(back))).as("r + back; " + context).isEqualTo(expected);
            assertThat(snapshot(back.merge(r))).as("back + r; " + context).isEqualTo(expected);
            assertThat(snapshot(back.merge(back))).as("back + back; " + context).isEqualTo(expected);
            if (indexOf0(state, written("0:0012")) >= 0 || indexOf0(state, written("0:abc")) >= 0) {
                withTexts++;
            }
        }
        assertThat(withTexts).as("premise: text keys were written").isGreaterThan(7);
    }

    private static int indexOf0(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anEmptyReportReadsBackEmpty() throws IOException {
        InterruptionReport back = read(write(InterruptionReport.builder().build()));
        assertThat(snapshot(back)).isEqualTo(new Model().snapshot());
        assertThat(back.identities()).isZero();
        assertThat(back.inputs()).isEmpty();
        assertThat(back.firstEvent()).isEmpty();
        assertThat(back.lastEvent()).isEmpty();
    }

    @Test
    void aReportClassifiedItsOwnWayReadsBackAndMergesAsClassified() throws IOException {
        Classification own = Classification.defaults()
                .with(1, Category.NETWORK, Recovery.FIX_REQUIRED)
                .with(99, Category.AUTH, Recovery.RETRY);
        for (int seed = 100; seed < 108; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = items(rnd, 50 + rnd.nextInt(300), false, true);
            List<List<Object>> parts = overlappingParts(items, rnd);
            InterruptionReport merged = null;
            for (List<Object> part : parts) {
                InterruptionReport back = read(write(build(InterruptionReport.builder(own), part)));
                merged = merged == null ? back : merged.merge(back);
            }
            InterruptionReport whole = build(InterruptionReport.builder(own), concat(parts));
            assertThat(snapshot(merged)).as("seed %d", seed).isEqualTo(snapshot(whole));
            assertThat(snapshot(merged))
                    .as("premise: the classification counts")
                    .isNotEqualTo(snapshot(build(concat(parts))));
        }
    }

    // ---- merging read states ---------------------------------------------------------------------------

    @Test
    void readStatesMergeExactlyAsTheReportOfAllTheirItems() throws IOException {
        int acrossParts = 0;
        for (int seed = 200; seed < 225; seed++) {
            Random rnd = new Random(seed);
            boolean direct = seed % 3 == 0;
            List<Object> items = items(rnd, rnd.nextInt(seed % 10 == 0 ? 1200 : 250), seed % 2 == 0, direct);
            List<List<Object>> parts = overlappingParts(items, rnd);
            List<Object> all = concat(parts);
            String context =
                    "seed " + seed + ", parts " + parts.stream().map(List::size).toList();

            List<byte[]> states = new ArrayList<>();
            long partDuplicates = 0;
            for (List<Object> part : parts) {
                InterruptionReport r = build(part);
                partDuplicates += r.duplicatesRemoved();
                states.add(write(r));
            }
            InterruptionReport merged = read(states.get(0));
            for (int i = 1; i < states.size(); i++) {
                merged = merged.merge(read(states.get(i)));
            }
            Snapshot whole = snapshot(build(all));
            assertThat(snapshot(merged)).as(context).isEqualTo(whole);
            if (!direct) {
                assertThat(seconds(snapshot(merged)))
                        .as("against the model; " + context)
                        .isEqualTo(model(all));
            }
            assertThat(merged.inputs()).as(context).isEqualTo(inputsOf(all));
            assertThat(merged.identities()).as(context).isEqualTo(distinctIdentities(all));

            // merged, written and read again at every step: still exact
            InterruptionReport stepwise = read(states.get(0));
            for (int i = 1; i < states.size(); i++) {
                stepwise = roundTrip(stepwise.merge(read(states.get(i))));
            }
            assertThat(snapshot(stepwise))
                    .as("round trips between merges; " + context)
                    .isEqualTo(whole);
            if (merged.duplicatesRemoved() > partDuplicates) {
                acrossParts++;
            }
        }
        assertThat(acrossParts).as("premise: duplicates across parts").isGreaterThan(15);
    }

    @Test
    void readStatesMergeInAnyOrderToTheSameReport() throws IOException {
        for (int seed = 400; seed < 420; seed++) {
            Random rnd = new Random(seed);
            boolean direct = seed % 2 == 0;
            // redeliveries are exact copies: which copy counts cannot change a figure
            List<Object> items = items(rnd, rnd.nextInt(seed % 10 == 0 ? 1200 : 250), false, direct);
            List<List<Object>> parts = new ArrayList<>(overlappingParts(items, rnd));
            List<Object> all = concat(parts);
            Snapshot whole = snapshot(build(all));
            Collections.shuffle(parts, rnd);
            List<InterruptionReport> reports = new ArrayList<>();
            for (List<Object> part : parts) {
                reports.add(read(write(build(part))));
            }
            String context = "seed " + seed + ", shuffled parts "
                    + parts.stream().map(List::size).toList();
            InterruptionReport left = reports.get(0);
            for (int i = 1; i < reports.size(); i++) {
                left = left.merge(reports.get(i));
            }
            InterruptionReport right = reports.get(reports.size() - 1);
            for (int i = reports.size() - 2; i >= 0; i--) {
                right = reports.get(i).merge(right);
            }
            for (InterruptionReport merged : List.of(left, right)) {
                Snapshot s = snapshot(merged);
                assertThat(s.withoutSamples()).as(context).isEqualTo(whole.withoutSamples());
                if (!direct) {
                    assertThat(seconds(s).withoutSamples())
                            .as(context)
                            .isEqualTo(model(all).withoutSamples());
                }
                assertThat(multiset(merged.inputs())).as(context).isEqualTo(multiset(inputsOf(all)));
                if (whole.rejectedLines() <= 20) {
                    assertThat(multiset(s.rejectedSamples())).as(context).isEqualTo(multiset(whole.rejectedSamples()));
                } else {
                    assertThat(s.rejectedSamples()).as(context).hasSize(20);
                }
            }
        }
    }

    private static <T> Map<T, Integer> multiset(List<T> values) {
        Map<T, Integer> counts = new HashMap<>();
        for (T v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }

    // ---- Java serialization ----------------------------------------------------------------------------

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Object deserialized(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void javaSerializationCarriesTheWholeStateAndMergesExactly() throws Exception {
        for (int seed = 600; seed < 610; seed++) {
            Random rnd = new Random(seed);
            boolean direct = seed % 2 == 0;
            List<Object> items = items(rnd, rnd.nextInt(300), seed % 3 == 0, direct);
            List<List<Object>> parts = overlappingParts(items, rnd);
            InterruptionReport merged = null;
            for (List<Object> part : parts) {
                InterruptionReport r = build(part);
                InterruptionReport back = (InterruptionReport) deserialized(serialized(r));
                assertThat(snapshot(back)).as("seed %d", seed).isEqualTo(snapshot(r));
                assertThat(back.identities()).isEqualTo(r.identities());
                assertThat(back.inputs()).isEqualTo(r.inputs());
                merged = merged == null ? back : merged.merge(back);
            }
            List<Object> all = concat(parts);
            assertThat(snapshot(merged)).as("seed %d", seed).isEqualTo(snapshot(build(all)));
            if (!direct) {
                assertThat(seconds(snapshot(merged))).as("seed %d", seed).isEqualTo(model(all));
            }
        }
    }

    @Test
    void aSerializedReportWithACorruptStateIsAnInvalidObject() throws Exception {
        byte[] bytes = serialized(smallReport());
        int state = indexOf(bytes, new byte[] {'S', 'C', 'R', 'S'});
        bytes[state + 200] ^= 0x10;
        Throwable thrown = catchThrowable(() -> deserialized(bytes));
        assertThat(thrown)
                .isInstanceOf(InvalidObjectException.class)
                .hasCauseExactlyInstanceOf(InvalidStateException.class)
                .hasMessage(thrown.getCause().getMessage());
    }

    // ---- corrupt input ---------------------------------------------------------------------------------

    /** A few events of every kind of key, a rejected line and an input: a state of a few kilobytes. */
    private static InterruptionReport smallReport() {
        List<Object> items = new ArrayList<>();
        items.add(ReportFixtures.interruption("4777712183614825751", 18, "room1", 0)); // slot
        items.add(ReportFixtures.withSubcode("4777712183614825752", 18, 202, "room1", 5)); // cause 18.202
        items.add(ReportFixtures.push("0012", "room2", 10)); // text
        items.add(ReportFixtures.interruption("123456789012345678901234567890", 99, "room2", 20)); // text, undocumented
        items.add(ReportFixtures.interruption("4777712183614825753", 99, "room3", 30)); // slot, undocumented
        items.add(ReportFixtures.record("room4", 0, 100, "推流域名被禁用")); // span slot
        items.add(page(recordJson(
                        "d.example.com",
                        "live",
                        "room5",
                        Instant.ofEpochSecond(-10, 5),
                        Instant.ofEpochSecond(T0, 7),
                        null))
                .get(0)); // span text
        items.add(StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, StreamKey.of("x", "y", "z"))
                .id(EventId.span(Instant.ofEpochSecond(T0, 1), null))
                .diagnosis(ErrorCodes.describe(99, 1))
                .build()); // span text, undocumented
        items.add(StreamEvent.builder(StreamEvent.Kind.PUSH, StreamKey.of("x", "y", "z"))
                .id(EventId.sequence("8", 321))
                .build());
        items.add(ReportFixtures.rejected(7));
        items.add(InputSummary.of("a.log", "callback-log", 10, 1, 0));
        InterruptionReport r = build(items);
        assertThat(r.identities()).as("premise").isEqualTo(9);
        return r;
    }

    @Test
    void anEmptyInputIsNoState() {
        assertThat(invalid(new byte[0])).hasMessage(EMPTY);
    }

    @Test
    void anotherFileIsNoState() {
        assertThat(invalid("PK\3\4 a zip file".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage(NOT_A_STATE);
        assertThat(invalid("{\"interruptions\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage(NOT_A_STATE);
        assertThat(invalid(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0})).hasMessage(NOT_A_STATE); // gzip
        assertThat(invalid("scrs".getBytes(StandardCharsets.US_ASCII))).hasMessage(NOT_A_STATE);
    }

    @Test
    void anotherVersionIsRefusedByItsNumber() {
        byte[] state = write(smallReport());
        for (int version : new int[] {0, 4, 0x0100, 0x0200, 0x0300, 65535}) {
            byte[] other = state.clone();
            other[4] = (byte) (version >>> 8);
            other[5] = (byte) version;
            assertThat(invalid(withChecksum(other)))
                    .hasMessage("report state of format version " + version
                            + "; this version of StreamCause reads versions 1 to 3");
        }
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyPrefixOfAStateIsCutShort() {
        byte[] state = write(smallReport());
        assertThat(state.length).as("premise: a small state").isBetween(500, 10_000);
        for (int length = 0; length < state.length; length++) {
            String expected = length == 0 ? EMPTY : length < 4 ? NOT_A_STATE : CUT_SHORT;
            assertThat(invalid(Arrays.copyOf(state, length)))
                    .as("the first %d of %d bytes", length, state.length)
                    .hasMessage(expected);
        }
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyFlippedByteIsCaught() {
        byte[] state = write(smallReport());
        Random rnd = new Random(42);
        Map<String, Integer> messages = new LinkedHashMap<>();
        for (int i = 0; i < state.length; i++) {
            for (int mask : new int[] {0xFF, 1 + rnd.nextInt(255)}) {
                byte[] flipped = state.clone();
                flipped[i] ^= (byte) mask;
                String message = invalid(flipped).getMessage();
                assertThat(message)
                        .as("byte %d: a message of one short line", i)
                        .hasSizeLessThan(200)
                        .doesNotContain("\n");
                if (i < 4) {
                    assertThat(message).as("byte %d", i).isEqualTo(NOT_A_STATE);
                } else if (i < 6) {
                    assertThat(message).as("byte %d", i).startsWith("report state of format version ");
                } else if (i >= state.length - 4) {
                    assertThat(message).as("byte %d", i).isEqualTo(CHECKSUM);
                }
                messages.merge(message.replaceAll("[0-9]+", "N"), 1, Integer::sum);
            }
        }
        // most flips leave the state readable, and only the checksum tells
        assertThat(messages.get(CHECKSUM)).as(messages.toString()).isGreaterThan(state.length / 2);
    }

    @Test
    void theChecksumHelperRewritesNothingOfAWholeState() {
        byte[] state = write(smallReport());
        assertThat(withChecksum(state)).isEqualTo(state);
    }

    @Test
    void aStateNamingACauseThisVersionDoesNotKnowIsRefused() throws IOException {
        byte[] state = write(smallReport());
        assertThat(read(withChecksum(state)).byCause()).containsEntry(cause("18.202"), 1L);
        assertThat(invalid(rewritten(state, "18.202", "18.999")))
                .hasMessage("report state names the cause \"18.999\", which this version of StreamCause does"
                        + " not know: read it with the version that wrote it, or a newer one");
        assertThat(invalid(rewritten(state, "CLIENT", "CLIEMT")))
                .hasMessage("report state names the category \"CLIEMT\", which this version of StreamCause does"
                        + " not know: read it with the version that wrote it, or a newer one");
        assertThat(invalid(rewritten(state, "RETRY", "RETRX")))
                .hasMessage("report state names the recovery \"RETRX\", which this version of StreamCause does"
                        + " not know: read it with the version that wrote it, or a newer one");
    }

    @Test
    void aDamagedLengthInTheVocabularyIsCorruptionNotANewerVersion() throws IOException {
        byte[] state = write(build(items(new Random(8), 300, true, true)));
        assertThat(read(state).interruptions()).as("premise").isPositive();
        // the length of the first cause key ("0"), 1 byte, at 4 + 2 + 4: read as 3000, it takes in what follows
        for (int length : new int[] {2, 255, 3000, 65_536 + 1}) {
            byte[] damaged = state.clone();
            ByteBuffer.wrap(damaged, 10, 4).putInt(length);
            String message = invalid(withChecksum(damaged)).getMessage();
            if (length < state.length) {
                assertThat(message)
                        .as("length %d", length)
                        .matches("corrupt report state: the cause names hold [0-9]+ characters that are no name");
            } else {
                assertThat(message).as("length %d", length).isEqualTo(CUT_SHORT);
            }
        }
    }

    @Test
    void countsAreReadByTheNamesWrittenNotByThisVersionsOrder() throws IOException {
        // two causes of the same key length swapped in the vocabulary: what the writer counted as 18.202 is
        // read as 18.203 and the other way round
        InterruptionReport r = smallReport();
        byte[] state = write(r);
        byte[] swapped = state.clone();
        int a = indexOf(state, written("18.202"));
        int b = indexOf(state, written("18.203"));
        System.arraycopy(written("18.203"), 0, swapped, a, 10);
        System.arraycopy(written("18.202"), 0, swapped, b, 10);
        InterruptionReport back = read(withChecksum(swapped));
        assertThat(back.byCause()).containsEntry(cause("18.203"), 1L).doesNotContainKey(cause("18.202"));
        assertThat(back.interruptions()).isEqualTo(r.interruptions());
    }

    // ---- a state written by hand -----------------------------------------------------------------------

    private interface Part {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * A state written by hand from the layout {@link ReportState} documents, part by part, so that any part
     * can be replaced, and the state cut after any part.
     */
    private static final class Layout {
        final Map<String, Part> parts = new LinkedHashMap<>();
        boolean checksum = true;
        int version = 3;
        /** The identities as versions 1 and 2 write them, with no times, if they were given. */
        Part untimedIdentities;

        Layout() {
            List<String> causes = new ArrayList<>();
            for (InterruptionCause c : InterruptionCause.values()) {
                causes.add(c.key());
            }
            List<String> categories = new ArrayList<>();
            for (Category c : Category.values()) {
                categories.add(c.name());
            }
            List<String> recoveries = new ArrayList<>();
            for (Recovery r : Recovery.values()) {
                recoveries.add(r.name());
            }
            parts.put("causes", names(causes));
            parts.put("categories", names(categories));
            parts.put("recoveries", names(recoveries));
            parts.put("groups", none());
            parts.put("totals", longs(0, 0, 0, 0, 0));
            parts.put("byCategory", longs(new long[categories.size()]));
            parts.put("byRecovery", longs(new long[recoveries.size()]));
            parts.put("byCause", longs(new long[causes.size()]));
            parts.put("byGroup", longs()); // one count per group
            parts.put("pairs", none());
            parts.put("unrecognizedTexts", none());
            parts.put("otherKinds", none());
            parts.put("timeline", none());
            parts.put("streams", none());
            parts.put("span", longs(Long.MAX_VALUE, Long.MIN_VALUE));
            parts.put("sampleLimit", out -> out.writeInt(20));
            parts.put("rejected", none());
            parts.put("inputs", none());
            parts.put("identities", none());
            parts.put("texts", none());
            parts.put("undocumented", none());
            parts.put("unrecognized", none());
            parts.put("loose", none());
        }

        /** As version 1 wrote it: no groups, no unrecognised texts, no other events by kind, no times. */
        Layout version1() {
            version2();
            for (String part : List.of("groups", "byGroup", "unrecognizedTexts", "sampleLimit", "unrecognized")) {
                parts.remove(part);
            }
            version = 1;
            return this;
        }

        /** As version 2 wrote it: no other events by kind, no timeline, identities without times. */
        Layout version2() {
            parts.remove("otherKinds");
            parts.remove("timeline");
            parts.remove("loose");
            if (untimedIdentities != null) {
                parts.put("identities", untimedIdentities);
            }
            version = 2;
            return this;
        }

        /** The identities part, each identity with its time; versions 1 and 2 write them without. */
        Layout identities(long[]... identities) {
            parts.put("identities", out -> {
                out.writeInt(identities.length);
                for (long[] id : identities) {
                    out.writeLong(id[0]);
                    out.writeLong(id[1]);
                    out.writeLong(id[2]);
                }
            });
            untimedIdentities = out -> {
                out.writeInt(identities.length);
                for (long[] id : identities) {
                    out.writeLong(id[0]);
                    out.writeLong(id[1]);
                }
            };
            return this;
        }

        Layout with(String part, Part written) {
            assertThat(parts).containsKey(part);
            parts.put(part, written);
            return this;
        }

        /** Nothing after {@code part}, not even the checksum. */
        Layout endAfter(String part) {
            boolean after = false;
            for (String name : new ArrayList<>(parts.keySet())) {
                if (after) {
                    parts.remove(name);
                }
                after |= name.equals(part);
            }
            checksum = false;
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeBytes("SCRS");
                out.writeShort(version);
                for (Part part : parts.values()) {
                    part.write(out);
                }
                if (checksum) {
                    out.writeInt(0);
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return checksum ? withChecksum(bytes.toByteArray()) : bytes.toByteArray();
        }

        static Part names(List<String> names) {
            return out -> {
                out.writeInt(names.size());
                for (String name : names) {
                    string(out, name);
                }
            };
        }

        static Part longs(long... values) {
            return out -> {
                for (long v : values) {
                    out.writeLong(v);
                }
            };
        }

        static Part none() {
            return out -> out.writeInt(0);
        }

        static void string(DataOutputStream out, String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    @Test
    void anEmptyReportIsWrittenAsTheDocumentedLayout() throws IOException {
        byte[] byHand = new Layout().bytes();
        assertThat(write(InterruptionReport.builder().build())).isEqualTo(byHand);
        assertThat(snapshot(read(byHand))).isEqualTo(new Model().snapshot());
    }

    /** The vocabulary in reverse order: the state of one interruption, written as another version might. */
    private static Layout reversedOneInterruption() {
        List<InterruptionCause> causes = new ArrayList<>(Arrays.asList(InterruptionCause.values()));
        List<Category> categories = new ArrayList<>(Arrays.asList(Category.values()));
        List<Recovery> recoveries = new ArrayList<>(Arrays.asList(Recovery.values()));
        Collections.reverse(causes);
        Collections.reverse(categories);
        Collections.reverse(recoveries);
        InterruptionCause cause = cause("1");
        assertThat(cause.category()).as("premise").isEqualTo(Category.CLIENT);
        assertThat(cause.recovery()).as("premise").isEqualTo(Recovery.NOT_NEEDED);
        long[] byCategory = new long[categories.size()];
        byCategory[categories.indexOf(Category.CLIENT)] = 1;
        long[] byRecovery = new long[recoveries.size()];
        byRecovery[recoveries.indexOf(Recovery.NOT_NEEDED)] = 1;
        long[] byCause = new long[causes.size()];
        byCause[causes.indexOf(cause)] = 1;
        // sequence "7", event type 0: the key is 7 in the low word and nothing above; the contribution names
        // the places in the lists above, counted from 1
        long meta = 0L // stream 0
                | (long) (causes.indexOf(cause) + 1) << Tally.CAUSE_SHIFT
                | 1L << Tally.KIND_SHIFT
                | (long) (categories.indexOf(Category.CLIENT) + 1) << Tally.CATEGORY_SHIFT
                | (long) (recoveries.indexOf(Recovery.NOT_NEEDED) + 1) << Tally.RECOVERY_SHIFT;
        return new Layout()
                .with(
                        "causes",
                        Layout.names(causes.stream().map(InterruptionCause::key).toList()))
                .with(
                        "categories",
                        Layout.names(categories.stream().map(Category::name).toList()))
                .with(
                        "recoveries",
                        Layout.names(recoveries.stream().map(Recovery::name).toList()))
                .with("totals", Layout.longs(1, 0, 0, 0, 0))
                .with("byCategory", Layout.longs(byCategory))
                .with("byRecovery", Layout.longs(byRecovery))
                .with("byCause", Layout.longs(byCause))
                .with("streams", out -> {
                    out.writeInt(1);
                    Layout.string(out, "d.example.com");
                    Layout.string(out, "live");
                    Layout.string(out, "room1");
                    Layout.longs(1, 0, 0).write(out);
                })
                .with("span", Layout.longs(T0, T0))
                .with("timeline", out -> {
                    out.writeInt(1);
                    out.writeLong(Math.floorDiv(T0, 60));
                    Layout.longs(0, 1).write(out); // pushes, interruptions
                    Layout.longs(byCategory).write(out);
                    Layout.longs(byRecovery).write(out);
                })
                .identities(new long[] {7, meta, T0 << 32 | 114});
    }

    /** A snapshot as a state of version 1 or 2 gives it: no timeline (its identities have no times). */
    private static Snapshot untimed(Snapshot s) {
        return new Snapshot(
                s.interruptions(),
                s.pushes(),
                s.duplicatesRemoved(),
                s.rejectedLines(),
                s.otherEvents(),
                s.otherEventsByKind(),
                s.unclassified(),
                s.byCategory(),
                s.byRecovery(),
                s.byCause(),
                s.undocumentedPairs(),
                s.byCauseGroup(),
                s.unrecognizedTexts(),
                s.streams(),
                s.top0(),
                s.top3(),
                s.topAll(),
                s.fix0(),
                s.fix2(),
                s.fixAll(),
                s.firstEvent(),
                s.lastEvent(),
                List.of(),
                s.rejectedSamples());
    }

    @Test
    void aStateOfVersionOneIsReadWithNoGroupsAndNoTexts() throws IOException {
        assertThat(snapshot(read(new Layout().version1().bytes()))).isEqualTo(new Model().snapshot());
        CallbackEvent event = ReportFixtures.interruption("7", 1, "room1", 0);
        InterruptionReport v1 = read(reversedOneInterruption().version1().bytes());
        assertThat(snapshot(v1)).isEqualTo(untimed(Model.of(List.of(event)).snapshot()));
        // the copy with a time is taken out, the one without stays: in the timeline, nothing
        assertThat(snapshot(v1.merge(ReportFixtures.report(event))))
                .isEqualTo(untimed(Model.of(List.of(event, event)).snapshot()));
        // the other way round, the copy with its time stays
        assertThat(snapshot(ReportFixtures.report(event).merge(v1)))
                .isEqualTo(Model.of(List.of(event, event)).snapshot());
        // version 1 with the parts of version 3 is read wrongly, so refused, not guessed at
        byte[] mixed = new Layout().bytes();
        mixed[5] = 1;
        assertThat(invalid(withChecksum(mixed))).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void aStateOfVersionTwoIsReadWithNoKindsOfOtherEvents() throws IOException {
        assertThat(snapshot(read(new Layout().version2().bytes()))).isEqualTo(new Model().snapshot());
        CallbackEvent event = ReportFixtures.interruption("7", 1, "room1", 0);
        assertThat(snapshot(read(reversedOneInterruption().version2().bytes())))
                .isEqualTo(untimed(Model.of(List.of(event)).snapshot()));
        byte[] mixed = new Layout().bytes(); // version 2 with the part of version 3: refused
        mixed[5] = 2;
        assertThat(invalid(withChecksum(mixed))).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void otherEventsByKindAreCarriedAndChecked() throws IOException {
        InterruptionReport.Builder b = InterruptionReport.builder();
        StreamKey s = StreamKey.of("d", "a", "s");
        b.add(StreamEvent.builder(StreamEvent.Kind.OTHER, s).otherKind("321").build());
        b.add(StreamEvent.builder(StreamEvent.Kind.OTHER, s).otherKind("321").build()); // never de-duplicated
        b.add(StreamEvent.builder(StreamEvent.Kind.OTHER, s).otherKind("100").build());
        b.add(StreamEvent.builder(StreamEvent.Kind.OTHER, s).build()); // of no kind: in the total only
        InterruptionReport r = b.build();
        assertThat(r.otherEvents()).isEqualTo(4);
        assertThat(r.otherEventsByKind()).containsExactly(Map.entry("100", 1L), Map.entry("321", 2L));
        InterruptionReport back = read(write(r));
        assertThat(back.otherEvents()).isEqualTo(4);
        assertThat(back.otherEventsByKind()).isEqualTo(r.otherEventsByKind());
        assertThat(r.merge(back).otherEventsByKind()).containsExactly(Map.entry("100", 2L), Map.entry("321", 4L));

        Layout tooMany = new Layout().with("otherKinds", out -> {
            out.writeInt(1);
            Layout.string(out, "321");
            out.writeLong(1);
        });
        assertThat(invalid(tooMany.bytes())).hasMessageContaining("more other events by kind than other events");
        Layout empty = new Layout().with("totals", Layout.longs(0, 0, 0, 0, 1)).with("otherKinds", out -> {
            out.writeInt(1);
            Layout.string(out, "");
            out.writeLong(1);
        });
        assertThat(invalid(empty.bytes())).hasMessageContaining("a kind of other events is empty");
        assertThatThrownBy(() -> StreamEvent.builder(StreamEvent.Kind.PUSH, s).otherKind("321"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("only an OTHER event has an other kind, not a PUSH event");
    }

    @Test
    void aGroupInTheStateIsReadByItsCausesKeys() throws IOException {
        // one record of 推流客户端主动断流 (causes 1, 2, 3, 4, 35), with the vocabulary reversed
        Layout layout = reversedOneInterruption();
        List<InterruptionCause> causes = new ArrayList<>(Arrays.asList(InterruptionCause.values()));
        Collections.reverse(causes);
        List<InterruptionCause> group = List.of(cause("1"), cause("2"), cause("3"), cause("4"), cause("35"));
        long[] byCause = new long[causes.size()];
        long meta = 0L
                | (long) (causes.size() + 1) << Tally.CAUSE_SHIFT // the first group written
                | 1L << Tally.KIND_SHIFT
                | (long) (Category.values().length - Category.CLIENT.ordinal()) << Tally.CATEGORY_SHIFT
                | (long) (Recovery.values().length - Recovery.NOT_NEEDED.ordinal()) << Tally.RECOVERY_SHIFT;
        layout.with("groups", out -> {
                    out.writeInt(1);
                    out.writeInt(group.size());
                    for (InterruptionCause c : group) {
                        out.writeInt(causes.indexOf(c));
                    }
                })
                .with("byCause", Layout.longs(byCause))
                .with("byGroup", Layout.longs(1))
                .identities(new long[] {7, meta, T0 << 32 | 114});
        InterruptionReport r = read(layout.bytes());
        assertThat(r.byCauseGroup()).containsExactly(Map.entry(group, 1L));
        assertThat(r.byCause()).isEmpty();
        // its contribution names the group: counted again, it is taken out of the group
        InterruptionReport again = r.merge(r);
        assertThat(again.byCauseGroup()).containsExactly(Map.entry(group, 1L));
        assertThat(again.duplicatesRemoved()).isEqualTo(1);
        // a group of one cause, or naming a cause twice, is refused
        assertThat(invalid(layout.with("groups", out -> {
                            out.writeInt(1);
                            out.writeInt(1);
                            out.writeInt(0);
                        })
                        .bytes()))
                .hasMessage("corrupt report state: a group of 1 causes");
        assertThat(invalid(layout.with("groups", out -> {
                            out.writeInt(1);
                            out.writeInt(2);
                            out.writeInt(3);
                            out.writeInt(3);
                        })
                        .bytes()))
                .hasMessageStartingWith("corrupt report state: a group names cause 3 of");
    }

    @Test
    void aStateWithItsVocabularyInAnotherOrderReadsByName() throws IOException {
        CallbackEvent event = ReportFixtures.interruption("7", 1, "room1", 0);
        InterruptionReport byHand = read(reversedOneInterruption().bytes());
        assertThat(snapshot(byHand)).isEqualTo(Model.of(List.of(event)).snapshot());
        assertThat(byHand.identities()).isEqualTo(1);
        // its contribution was mapped too: the event counted again is taken out as a duplicate, either way
        Snapshot twice = Model.of(List.of(event, event)).snapshot();
        assertThat(snapshot(byHand.merge(ReportFixtures.report(event)))).isEqualTo(twice);
        assertThat(snapshot(ReportFixtures.report(event).merge(byHand))).isEqualTo(twice);
    }

    private static long allocatedWhile(Runnable action) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
        long before = counter.getCurrentThreadAllocatedBytes();
        action.run();
        return counter.getCurrentThreadAllocatedBytes() - before;
    }

    /** Refused with {@code message}, fast, and without allocating more than a few megabytes on the way. */
    private static void assertRefusedCheaply(Layout layout, String message) {
        byte[] state = layout.bytes();
        long allocated = allocatedWhile(() -> assertThat(invalid(state)).hasMessage(message));
        assertThat(allocated).as("bytes allocated to refuse it").isLessThan(4L << 20);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hostileLengthsFailFastWithoutAllocatingAhead() {
        Part hugeString = out -> {
            out.writeInt(1);
            out.writeInt(1 << 30);
        };
        assertRefusedCheaply(
                new Layout().with("causes", hugeString), "corrupt report state: a string of 1073741824 bytes");
        assertRefusedCheaply(
                new Layout().with("streams", hugeString), "corrupt report state: a string of 1073741824 bytes");
        assertRefusedCheaply(
                new Layout().with("streams", out -> {
                    out.writeInt(1);
                    out.writeInt(-1);
                }),
                "corrupt report state: a string of -1 bytes");
        // the longest string a state may hold, but the input ends 100 bytes into it
        assertRefusedCheaply(
                new Layout()
                        .with("streams", out -> {
                            out.writeInt(1);
                            out.writeInt(1 << 24);
                            out.write(new byte[100]);
                        })
                        .endAfter("streams"),
                CUT_SHORT);

        // negative counts
        assertRefusedCheaply(
                new Layout().with("totals", Layout.longs(-1, 0, 0, 0, 0)),
                "corrupt report state: interruptions is negative: -1");
        assertRefusedCheaply(
                new Layout().with("totals", Layout.longs(0, 0, 0, 0, Long.MIN_VALUE)),
                "corrupt report state: other events is negative: " + Long.MIN_VALUE);
        long[] byCategory = new long[Category.values().length];
        byCategory[2] = -1;
        assertRefusedCheaply(
                new Layout().with("byCategory", Layout.longs(byCategory)),
                "corrupt report state: category count is negative: -1");
        assertRefusedCheaply(
                new Layout().with("streams", out -> {
                    out.writeInt(1);
                    Layout.string(out, "d");
                    Layout.string(out, "a");
                    Layout.string(out, "s");
                    Layout.longs(0, 0, -1).write(out);
                }),
                "corrupt report state: stream pushes is negative: -1");
        String[] lists = {"pairs", "streams", "rejected", "inputs", "identities", "texts", "undocumented"};
        String[] named = {
            "undocumented pairs",
            "streams",
            "rejected samples",
            "inputs",
            "identities",
            "text identities",
            "undocumented identities"
        };
        for (int i = 0; i < lists.length; i++) {
            assertRefusedCheaply(
                    new Layout().with(lists[i], out -> out.writeInt(-1)),
                    "corrupt report state: the number of " + named[i] + " is negative: -1");
        }
        assertRefusedCheaply(
                new Layout().with("causes", out -> out.writeInt(-1)),
                "corrupt report state: the number of cause names is negative: -1");

        // lists of Integer.MAX_VALUE entries, and then the end of the input
        for (String list : lists) {
            assertRefusedCheaply(
                    new Layout()
                            .with(list, out -> out.writeInt(Integer.MAX_VALUE))
                            .endAfter(list),
                    list.equals("rejected")
                            ? "corrupt report state: 2147483647 rejected samples, more than it keeps (20)"
                            : CUT_SHORT);
        }
        for (String list : new String[] {"causes", "categories", "recoveries"}) {
            String what = list.equals("causes") ? "cause" : list.equals("categories") ? "category" : "recovery";
            assertRefusedCheaply(
                    new Layout()
                            .with(list, out -> out.writeInt(Integer.MAX_VALUE))
                            .endAfter(list),
                    "corrupt report state: a list of 2147483647 " + what + " names");
        }
        // ... and a list of that size whose entries are all there until the input ends
        assertRefusedCheaply(
                new Layout()
                        .with("totals", Layout.longs(0, 100_000, 0, 0, 0))
                        .with("streams", out -> {
                            out.writeInt(1);
                            Layout.string(out, "d");
                            Layout.string(out, "a");
                            Layout.string(out, "s");
                            Layout.longs(0, 0, 100_000).write(out);
                        })
                        .with("identities", out -> {
                            out.writeInt(Integer.MAX_VALUE);
                            for (int i = 0; i < 20_000; i++) {
                                out.writeLong(i); // pushes of stream 0, sequences "0" to "19999"
                                out.writeLong(0);
                                out.writeLong(T0 << 32);
                            }
                        })
                        .endAfter("identities"),
                CUT_SHORT);
    }

    @Test
    void aWholeStateWhoseFiguresDoNotAddUpIsRefused() {
        // each with a valid checksum: only the checks of the figures can tell
        assertThat(invalid(
                        new Layout().with("totals", Layout.longs(1, 0, 0, 0, 0)).bytes()))
                .hasMessage("corrupt report state: the counts by category do not add up to the interruptions");
        long[] recoveries = new long[Recovery.values().length];
        recoveries[0] = 1;
        assertThat(invalid(new Layout()
                        .with("byRecovery", Layout.longs(recoveries))
                        .bytes()))
                .hasMessage("corrupt report state: more interruptions by recovery or cause than interruptions");
        assertThat(invalid(
                        new Layout().with("totals", Layout.longs(0, 1, 0, 0, 0)).bytes()))
                .hasMessage("corrupt report state: the streams' counts do not add up to the totals");
        Part oneStream = out -> {
            out.writeInt(1);
            Layout.string(out, "d");
            Layout.string(out, "a");
            Layout.string(out, "s");
            Layout.longs(0, 0, 1).write(out);
        };
        Part twoIdentities = out -> {
            out.writeInt(2);
            Layout.longs(1, 0, T0 << 32, 2, 0, T0 << 32).write(out); // pushes of stream 0, sequences "1" and "2"
        };
        assertThat(invalid(new Layout()
                        .with("totals", Layout.longs(0, 1, 0, 0, 0))
                        .with("streams", oneStream)
                        .with("identities", twoIdentities)
                        .bytes()))
                .hasMessage("corrupt report state: more event identities than events");
        Part sameIdentityTwice = out -> {
            out.writeInt(2);
            Layout.longs(1, 0, T0 << 32, 1, 0, T0 << 32).write(out);
        };
        assertThat(invalid(new Layout()
                        .with("totals", Layout.longs(0, 1, 0, 0, 0))
                        .with("streams", oneStream)
                        .with("identities", sameIdentityTwice)
                        .bytes()))
                .hasMessage("corrupt report state: an event identity is listed twice or malformed");
        assertThat(invalid(new Layout()
                        .with("streams", out -> {
                            out.writeInt(2);
                            for (int i = 0; i < 2; i++) {
                                Layout.string(out, "d");
                                Layout.string(out, "a");
                                Layout.string(out, "s");
                                Layout.longs(0, 0, 0).write(out);
                            }
                        })
                        .bytes()))
                .hasMessage("corrupt report state: stream d/a/s is listed twice");
        assertThat(invalid(new Layout()
                        .with("totals", Layout.longs(0, 1, 0, 0, 0))
                        .with("streams", oneStream)
                        .with("identities", out -> {
                            out.writeInt(1);
                            Layout.longs(1, (long) (InterruptionCause.values().length + 1) << Tally.CAUSE_SHIFT)
                                    .write(out);
                        })
                        .bytes()))
                .hasMessage("corrupt report state: an event names entry " + (InterruptionCause.values().length + 1)
                        + " of a list of " + InterruptionCause.values().length);
        assertThat(invalid(new Layout()
                        .with("rejected", out -> {
                            out.writeInt(1);
                            Layout.string(out, "a.log");
                            out.writeLong(-3);
                            Layout.string(out, "bad");
                        })
                        .bytes()))
                .hasMessage("corrupt report state: line must not be negative: -3");
        assertThat(invalid(new Layout()
                        .with("totals", Layout.longs(0, 0, 0, 21, 0))
                        .with("rejected", out -> {
                            out.writeInt(21); // a report keeps 20
                            for (int i = 1; i <= 21; i++) {
                                Layout.string(out, "a.log");
                                out.writeLong(i);
                                Layout.string(out, "bad");
                            }
                        })
                        .bytes()))
                .hasMessage("corrupt report state: 21 rejected samples, more than it keeps (20)");
        assertThat(invalid(new Layout()
                        .with("inputs", out -> {
                            out.writeInt(1);
                            Layout.string(out, "a.log");
                            Layout.string(out, "callback-log");
                            Layout.longs(1, 1, 1).write(out);
                        })
                        .bytes()))
                .hasMessage("corrupt report state: more lines rejected (1) and filtered out (1) than read (1)");
    }

    // ---- the stream around the state -------------------------------------------------------------------

    @Test
    void aStateIsReadExactlyLeavingWhatFollowsInTheStream() throws IOException {
        Random rnd = new Random(7);
        InterruptionReport a = build(items(rnd, 300, true, true));
        InterruptionReport b = smallReport();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        a.writeTo(bytes);
        b.writeTo(bytes);
        bytes.write("and then something else".getBytes(StandardCharsets.UTF_8));
        for (boolean trickling : new boolean[] {false, true}) {
            InputStream in = new ByteArrayInputStream(bytes.toByteArray());
            if (trickling) { // a stream that hands out one byte at a time
                in = new FilterInputStream(in) {
                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return super.read(buffer, offset, Math.min(1, length));
                    }
                };
            }
            assertThat(snapshot(InterruptionReport.readFrom(in))).isEqualTo(snapshot(a));
            assertThat(snapshot(InterruptionReport.readFrom(in))).isEqualTo(snapshot(b));
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("and then something else");
        }
    }

    @Test
    void neitherWritingNorReadingClosesTheStream() throws IOException {
        boolean[] closed = new boolean[2];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        smallReport().writeTo(out);
        InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        assertThat(InterruptionReport.readFrom(in).interruptions())
                .isEqualTo(smallReport().interruptions());
        assertThat(closed).containsExactly(false, false);
    }

    @Test
    void nullStreamsAreRefused() {
        assertThatThrownBy(() -> smallReport().writeTo(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("out");
        assertThatThrownBy(() -> InterruptionReport.readFrom(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("in");
    }

    @Test
    void aRejectedLineKeepsItsSourceLineAndReason() throws IOException {
        InterruptionReport r =
                build(List.of(LogLine.rejected("a \"b\".log", 12, "reason ✓"), ReportFixtures.rejected(0)));
        assertThat(read(write(r)).rejectedSamples())
                .containsExactly(
                        Rejection.of("a \"b\".log", 12, "reason ✓"),
                        Rejection.of("test.log", 0, "malformed JSON at line 0"));
    }
}
