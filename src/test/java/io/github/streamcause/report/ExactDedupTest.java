package io.github.streamcause.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.ErrorCodes;
import io.github.streamcause.tencent.CallbackEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * De-duplication is exact: an event counts once per identity, and two different identities never count
 * as one. The model is a set of the identities themselves ({@link EventId} equality, and the stream for a
 * span).
 */
class ExactDedupTest {
    /** The 64-bit key of a callback as StreamCause 0.1.0-SNAPSHOT computed it (FNV-1a, then fmix64). */
    private static long oldKey(String sequence, int eventType) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < sequence.length(); i++) {
            h = (h ^ sequence.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1F) * 0x100000001b3L;
        h = (h ^ eventType) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Pairs of sequences that share the old key, found by a meet-in-the-middle search on FNV-1a (a sender
     * chooses {@code sequence}): under the old hash the second of each pair disappeared as a duplicate.
     */
    private static final String[][] OLD_COLLISIONS = {
        {"4777712183614825751-\u86a4\u81b0\u6eef\u77f6\u7000", "4777712183614825751-\u637f\u8f98\u78b1\u6a87\u35da"},
        {"4777712183614825751-\u8984\u7ba2\u5206\u8a0f\u4e00", "4777712183614825751-\u5466\u93c3\u5933\u9999\u39aa"},
        {"4777712183614825751-\u6b55\u74b2\u7b3e\u9be9\u4e00", "4777712183614825751-\u8a27\u943a\u6b0d\u858a\u3ae8"},
    };

    private static String json(String sequence, int eventType, int errcode) {
        StringBuilder escaped = new StringBuilder();
        for (char c : sequence.toCharArray()) {
            escaped.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return "{\"event_type\":" + eventType + ",\"errcode\":" + errcode + ",\"sequence\":\"" + escaped
                + "\",\"stream_id\":\"room42\",\"event_time\":1764000000}";
    }

    @Test
    void sequencesThatCollidedUnderTheOldHashBothCount() {
        for (String[] pair : OLD_COLLISIONS) {
            assertThat(pair[0]).isNotEqualTo(pair[1]);
            for (int type : new int[] {0, 1}) {
                assertThat(oldKey(pair[0], type))
                        .as("premise: the old keys are equal")
                        .isEqualTo(oldKey(pair[1], type));
            }
            InterruptionReport r = InterruptionReport.builder()
                    .add(CallbackEvent.parse(json(pair[0], 0, 12)).toStreamEvent())
                    .add(CallbackEvent.parse(json(pair[1], 0, 18)).toStreamEvent())
                    .add(CallbackEvent.parse(json(pair[0], 0, 12)).toStreamEvent()) // a real redelivery
                    .build();
            assertThat(r.interruptions()).isEqualTo(2);
            assertThat(r.duplicatesRemoved()).isEqualTo(1);
            assertThat(r.byCause()).hasSize(2);
            // and apart, merged: still two, and the redelivery across the parts is one
            InterruptionReport a = InterruptionReport.builder()
                    .add(CallbackEvent.parse(json(pair[0], 0, 12)).toStreamEvent())
                    .build();
            InterruptionReport b = InterruptionReport.builder()
                    .add(CallbackEvent.parse(json(pair[1], 0, 18)).toStreamEvent())
                    .add(CallbackEvent.parse(json(pair[0], 0, 12)).toStreamEvent())
                    .build();
            assertThat(a.merge(b).interruptions()).isEqualTo(2);
            assertThat(a.merge(b).duplicatesRemoved()).isEqualTo(1);
        }
    }

    /** Numbers and near-numbers that a lossy key could confuse: each is its own identity. */
    private static final List<String> EDGE_SEQUENCES = List.of(
            "0",
            "00",
            "000",
            "1",
            "01",
            "001",
            "10",
            "12",
            "012",
            "0012",
            "-12",
            "+12",
            " 12",
            "12 ",
            "1 2",
            "12a",
            "9223372036854775807",
            "9223372036854775808",
            "18446744073709551615",
            "18446744073709551616",
            "1000000000000000000", // 10^18, 19 digits
            "9999999999999999999", // the largest 19-digit number
            "10000000000000000000", // 20 digits: one high digit, 19 zeros
            "10000000000000000001",
            "20000000000000000001",
            "1" + "0000000000000000002",
            "99999999999999999999999", // 23 digits: the longest held in a slot
            "100000000000000000000000", // 24 digits: kept as text
            "99990000000000000000000",
            "9999" + "0000000000000000001",
            "1" + "0".repeat(22),
            "4777712183614825751",
            "47777121836148257510",
            "",
            "abc",
            "\u0664\u0662", // Arabic-Indic digits are not ASCII digits
            "12\u0000");

    @Test
    void everyEdgeSequenceAndTypeIsItsOwnIdentity() {
        int[] types = {0, 1, 321, 2, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        assertThat(new HashSet<>(EDGE_SEQUENCES))
                .as("premise: no sequence twice")
                .hasSameSizeAs(EDGE_SEQUENCES);
        Dedup dedup = new Dedup();
        int added = 0;
        for (String s : EDGE_SEQUENCES) {
            for (int type : types) {
                assertThat(dedup.add(EventId.sequence(s, type), 7, null, null, When.NONE))
                        .as("%s/%d", s, type)
                        .isTrue();
                added++;
            }
        }
        for (String s : EDGE_SEQUENCES) {
            for (int type : types) {
                assertThat(dedup.add(EventId.sequence(s, type), 9, null, null, When.NONE))
                        .as("again %s/%d", s, type)
                        .isFalse();
            }
        }
        assertThat(dedup.size()).isEqualTo(added);
        assertThat(dedup.table.size())
                .as("the canonical numbers of types 0, 1 and 321 take slots")
                .isPositive();
        assertThat(dedup.texts.size()).as("everything else is text").isPositive();
    }

    @Test
    void canonicalNumbersAreTheOnesASlotHolds() {
        for (String yes : List.of("0", "7", "10", "4777712183614825751", "99999999999999999999999")) {
            assertThat(Dedup.isCanonicalNumber(yes)).as(yes).isTrue();
        }
        for (String no :
                List.of("", "00", "012", "-1", "+1", "1.0", "1e3", " 1", "100000000000000000000000", "\u0661")) {
            assertThat(Dedup.isCanonicalNumber(no)).as(no).isFalse();
        }
    }

    @Test
    void spansAreIdentitiesOnTheirStreamOnly() {
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        List<Instant> times = new ArrayList<>(List.of(
                t,
                t.plusSeconds(1),
                t.plusNanos(1),
                Instant.EPOCH,
                Instant.ofEpochSecond(-1),
                Instant.ofEpochSecond(0xFFFFFFFFL),
                Instant.ofEpochSecond(0x100000000L),
                Instant.MAX,
                Instant.MIN));
        times.add(null);
        Dedup dedup = new Dedup();
        Set<List<Object>> model = new HashSet<>();
        for (int stream = 0; stream < 3; stream++) {
            for (Instant start : times) {
                for (Instant end : times) {
                    boolean fresh = model.add(java.util.Arrays.asList(stream, start, end));
                    assertThat(dedup.add(EventId.span(start, end), stream, null, null, When.NONE))
                            .as("%d %s %s", stream, start, end)
                            .isEqualTo(fresh);
                    assertThat(dedup.add(EventId.span(start, end), stream | 1L << 40, null, null, When.NONE))
                            .isFalse();
                }
            }
        }
        assertThat(dedup.size()).isEqualTo(model.size());
    }

    @Test
    void randomIdentitiesAgainstASetOfThemselves() {
        Random rnd = new Random(42);
        Dedup dedup = new Dedup();
        Set<List<Object>> model = new HashSet<>();
        List<EventId> seen = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < 200_000; i++) {
            EventId id;
            int stream = rnd.nextInt(5);
            if (!seen.isEmpty() && rnd.nextInt(4) == 0) {
                id = seen.get(rnd.nextInt(seen.size()));
            } else if (rnd.nextInt(5) == 0) {
                Instant start = rnd.nextInt(10) == 0 ? null : Instant.ofEpochSecond(1_764_000_000L + rnd.nextInt(1000));
                Instant end = rnd.nextInt(10) == 0 ? null : Instant.ofEpochSecond(1_764_000_000L + rnd.nextInt(1000));
                id = EventId.span(start, end);
            } else {
                String digits = Long.toUnsignedString(rnd.nextLong()) + (rnd.nextBoolean() ? "" : rnd.nextInt(10000));
                String sequence = rnd.nextInt(20) == 0
                        ? "0" + digits
                        : rnd.nextInt(3) == 0 ? digits.substring(0, 1 + rnd.nextInt(3)) : digits;
                id = EventId.sequence(sequence, rnd.nextInt(10) == 0 ? 321 : rnd.nextInt(2));
            }
            seen.add(id);
            List<Object> identity = id.form() == EventId.Form.SPAN ? List.of(id, stream) : List.of(id);
            boolean fresh = model.add(identity);
            if (!fresh) {
                duplicates++;
            }
            assertThat(dedup.add(id, stream, null, null, When.NONE))
                    .as("step %d: %s", i, id)
                    .isEqualTo(fresh);
        }
        assertThat(duplicates).as("premise").isGreaterThan(10_000);
        assertThat(dedup.size()).isEqualTo(model.size());
    }

    @Test
    void theUndocumentedPairOfAnEventBothSidesCountedIsTakenOutOnce() {
        for (EventId id : List.of(
                EventId.sequence("123", 0),
                EventId.sequence("0123", 0),
                EventId.span(Instant.ofEpochSecond(5), Instant.ofEpochSecond(9)),
                EventId.span(Instant.ofEpochSecond(5).plusNanos(3), null))) {
            StreamEvent e = StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, StreamKey.of("d", "a", "s"))
                    .diagnosis(ErrorCodes.describe(99))
                    .id(id)
                    .build();
            StreamEvent other = StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, StreamKey.of("d", "a", "t"))
                    .diagnosis(ErrorCodes.describe(18, 650))
                    .id(id)
                    .build();
            InterruptionReport a =
                    InterruptionReport.builder().add(other).add(e).build();
            InterruptionReport b = InterruptionReport.builder().add(e).build();
            InterruptionReport merged = b.merge(a);
            assertThat(merged.interruptions()).as("%s", id).isEqualTo(id.form() == EventId.Form.SPAN ? 2 : 1);
            assertThat(merged.undocumentedPairs())
                    .as("%s", id)
                    .containsEntry("99", 1L)
                    .hasSize(id.form() == EventId.Form.SPAN ? 2 : 1);
        }
    }
}
