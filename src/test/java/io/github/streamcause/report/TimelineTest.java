package io.github.streamcause.report;

import static io.github.streamcause.report.ReportFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.Recovery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The timeline of a report: buckets, widths, merges and the state, against counts written out by hand
 * (categories and recoveries from the spec's classification table: 1 is CLIENT/NOT_NEEDED, 8 and 12
 * NETWORK/RETRY, 18/202 AUTH/FIX_REQUIRED).
 */
class TimelineTest {
    private static final StreamKey ROOM1 = StreamKey.of("d.example.com", "live", "room1");
    private static final StreamKey ROOM2 = StreamKey.of("d.example.com", "live", "room2");
    /** 2026-11-24T14:00:00Z. */
    private static final long H14 = Instant.parse("2026-11-24T14:00:00Z").getEpochSecond();

    private static StreamEvent interruption(String sequence, StreamKey stream, long second, int code, int subcode) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, stream)
                .time(Instant.ofEpochSecond(second))
                .diagnosis(ErrorCodes.describe(code, subcode))
                .id(EventId.sequence(sequence, 0))
                .build();
    }

    private static StreamEvent push(String sequence, StreamKey stream, long second) {
        return StreamEvent.builder(StreamEvent.Kind.PUSH, stream)
                .time(Instant.ofEpochSecond(second))
                .id(EventId.sequence(sequence, 1))
                .build();
    }

    private static InterruptionReport report(StreamEvent... events) {
        InterruptionReport.Builder b = InterruptionReport.builder();
        for (StreamEvent e : events) {
            b.add(e);
        }
        return b.build();
    }

    /** A bucket as a line: start, pushes, interruptions, CLIENT NETWORK AUTH INTERNAL UNKNOWN, NOT_NEEDED RETRY FIX_REQUIRED. */
    private static String line(TimeBucket b) {
        StringBuilder s = new StringBuilder(b.start() + " " + b.pushes() + " " + b.interruptions() + " |");
        for (Category c :
                List.of(Category.CLIENT, Category.NETWORK, Category.AUTH, Category.INTERNAL, Category.UNKNOWN)) {
            s.append(' ').append(b.byCategory().get(c));
        }
        s.append(" |");
        for (Recovery r : List.of(Recovery.NOT_NEEDED, Recovery.RETRY, Recovery.FIX_REQUIRED)) {
            s.append(' ').append(b.byRecovery().get(r));
        }
        return s.toString();
    }

    private static List<String> lines(List<TimeBucket> buckets) {
        List<String> lines = new ArrayList<>();
        for (TimeBucket b : buckets) {
            lines.add(line(b));
        }
        return lines;
    }

    @Test
    void bucketsCountEachEventAtItsTimeWithEmptyBucketsBetween() {
        InterruptionReport r = report(
                push("1", ROOM1, H14 + 10),
                interruption("1", ROOM1, H14 + 299, 8, 0), // 14:04:59, still the first 5 minutes
                interruption("2", ROOM2, H14 + 300, 1, 0), // 14:05:00, the second
                interruption("3", ROOM2, H14 + 16 * 60 + 1, 18, 202), // 14:16:01, the fourth
                StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, ROOM1).build()); // no time: totals only
        assertThat(lines(r.timeline(Duration.ofMinutes(5))))
                .containsExactly(
                        "2026-11-24T14:00:00Z 1 1 | 0 1 0 0 0 | 0 1 0",
                        "2026-11-24T14:05:00Z 0 1 | 1 0 0 0 0 | 1 0 0",
                        "2026-11-24T14:10:00Z 0 0 | 0 0 0 0 0 | 0 0 0",
                        "2026-11-24T14:15:00Z 0 1 | 0 0 1 0 0 | 0 0 1");
        assertThat(lines(r.timeline(Duration.ofHours(1))))
                .containsExactly("2026-11-24T14:00:00Z 1 3 | 1 1 1 0 0 | 1 1 1");
        assertThat(r.interruptions())
                .as("the one without a time is in the totals")
                .isEqualTo(4);
        TimeBucket first = r.timeline(Duration.ofMinutes(5)).get(0);
        assertThat(first.width()).isEqualTo(Duration.ofMinutes(5));
        assertThat(first.end()).isEqualTo(Instant.parse("2026-11-24T14:05:00Z"));
        // a width that is not a divisor of an hour still starts at its multiples since the epoch
        List<TimeBucket> sevens = r.timeline(Duration.ofMinutes(7));
        assertThat(sevens.get(0).start().getEpochSecond() % 420).isZero();
        assertThat(sevens.stream().mapToLong(TimeBucket::interruptions).sum()).isEqualTo(3);
    }

    @Test
    void theDefaultWidthIsTheNarrowestThatGivesAtMostSixtyBuckets() {
        assertThat(report().timelineWidth()).isEqualTo(Duration.ofMinutes(1));
        assertThat(report().timeline()).isEmpty();
        long start = H14;
        assertThat(report(push("1", ROOM1, start)).timelineWidth()).isEqualTo(Duration.ofMinutes(1));
        // 60 minutes: 14:00 .. 14:59
        assertThat(report(push("1", ROOM1, start), push("2", ROOM1, start + 59 * 60 + 59))
                        .timelineWidth())
                .isEqualTo(Duration.ofMinutes(1));
        // 61 minutes: 5 minutes (13 buckets)
        InterruptionReport r61 = report(push("1", ROOM1, start), push("2", ROOM1, start + 60 * 60));
        assertThat(r61.timelineWidth()).isEqualTo(Duration.ofMinutes(5));
        assertThat(r61.timeline()).hasSize(13);
        // 5 hours of 5 minutes is 60 buckets; one more minute is an hour each
        assertThat(report(push("1", ROOM1, start), push("2", ROOM1, start + 5 * 3600 - 1))
                        .timelineWidth())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(report(push("1", ROOM1, start), push("2", ROOM1, start + 5 * 3600))
                        .timelineWidth())
                .isEqualTo(Duration.ofHours(1));
        // a day and a bit: hours; a week: days
        assertThat(report(push("1", ROOM1, start), push("2", ROOM1, start + 26 * 3600))
                        .timelineWidth())
                .isEqualTo(Duration.ofHours(1));
        assertThat(report(push("1", ROOM1, start), push("2", ROOM1, start + 7 * 86400))
                        .timelineWidth())
                .isEqualTo(Duration.ofDays(1));
        // times decades apart: as many days as keep 60 buckets at most
        InterruptionReport decades = report(push("1", ROOM1, 0), push("2", ROOM1, start));
        assertThat(decades.timelineWidth().toDays()).isGreaterThan(1);
        assertThat(decades.timeline()).hasSizeLessThanOrEqualTo(60).hasSizeGreaterThan(30);
    }

    @Test
    void widthsThatAreNoWholeMinutesOrGiveTooManyBucketsAreRefused() {
        InterruptionReport r = report(push("1", ROOM1, 0), push("2", ROOM1, H14));
        assertThatThrownBy(() -> r.timeline(Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a timeline bucket is a whole number of minutes, not PT1M30S");
        assertThatThrownBy(() -> r.timeline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.timeline(Duration.ofMinutes(-5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.timeline(Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a timeline of 29925481 buckets of 1m is too long (at most 100000)");
        assertThat(r.timeline(Duration.ofDays(1))).hasSize(20782);
    }

    @Test
    void aDuplicateCountsOnceAtTheTimeOfTheFirstCopyInOnePassAndInAMerge() {
        StreamEvent first = interruption("9", ROOM1, H14, 12, 0);
        StreamEvent late = interruption("9", ROOM1, H14 + 3600, 12, 0); // the same identity, another time
        InterruptionReport whole = report(first, late);
        assertThat(lines(whole.timeline(Duration.ofHours(1))))
                .containsExactly("2026-11-24T14:00:00Z 0 1 | 0 1 0 0 0 | 0 1 0");
        InterruptionReport merged = report(first).merge(report(late));
        assertThat(merged.timeline(Duration.ofHours(1))).isEqualTo(whole.timeline(Duration.ofHours(1)));
        assertThat(snapshot(merged)).isEqualTo(snapshot(whole));
        // the other way round, the late copy is the first
        InterruptionReport reversed = report(late).merge(report(first));
        assertThat(lines(reversed.timeline(Duration.ofHours(1))))
                .containsExactly("2026-11-24T15:00:00Z 0 1 | 0 1 0 0 0 | 0 1 0");
    }

    @Test
    void anySplitOfSeededRandomEventsMergesToTheWholeTimelineAlsoThroughTheState() throws IOException {
        Random rnd = new Random(20261208L);
        for (int round = 0; round < 50; round++) {
            List<StreamEvent> events = new ArrayList<>();
            int n = 1 + rnd.nextInt(200);
            for (int i = 0; i < n; i++) {
                String sequence = Integer.toString(rnd.nextInt(n)); // many duplicates, at other times
                long second = H14 + rnd.nextInt(3 * 3600);
                StreamKey stream = rnd.nextBoolean() ? ROOM1 : ROOM2;
                events.add(
                        rnd.nextInt(3) == 0
                                ? push(sequence, stream, second)
                                : interruption(sequence, stream, second, rnd.nextBoolean() ? 8 : 18, 202));
            }
            InterruptionReport whole = report(events.toArray(new StreamEvent[0]));
            int cut = rnd.nextInt(n + 1);
            InterruptionReport left = report(events.subList(0, cut).toArray(new StreamEvent[0]));
            InterruptionReport right = report(events.subList(cut, n).toArray(new StreamEvent[0]));
            InterruptionReport merged = read(write(left)).merge(read(write(right)));
            assertThat(merged.timeline(Duration.ofMinutes(1)))
                    .as("round %d, cut at %d of %d", round, cut, n)
                    .isEqualTo(whole.timeline(Duration.ofMinutes(1)));
            assertThat(merged.timelineMinutes().keySet())
                    .isEqualTo(whole.timelineMinutes().keySet());
        }
    }

    @Test
    void aStateWhoseTimelineDoesNotAddUpIsRefused() throws IOException {
        InterruptionReport r = report(interruption("1", ROOM1, H14, 8, 0));
        byte[] state = write(r);
        assertThat(read(state).timeline()).isEqualTo(r.timeline());
        assertThat(r.timeline()).hasSize(1);
        // the figures builder checks the timeline against the totals
        assertThatThrownBy(() -> InterruptionReport.fromFigures()
                        .timeline(
                                TimeBucket.of(Instant.ofEpochSecond(H14), Duration.ofMinutes(1), 1, Map.of(), Map.of()))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("more pushes or interruptions in the timeline than in the totals");
    }

    @Test
    void aBucketFromFiguresAddsUpAndIsChecked() {
        Map<Category, Long> categories = new EnumMap<>(Category.class);
        categories.put(Category.NETWORK, 3L);
        categories.put(Category.AUTH, 1L);
        TimeBucket b = TimeBucket.of(
                Instant.ofEpochSecond(H14), Duration.ofHours(1), 2, categories, Map.of(Recovery.RETRY, 3L));
        assertThat(line(b)).isEqualTo("2026-11-24T14:00:00Z 2 4 | 0 3 1 0 0 | 0 3 0");
        assertThat(b.byCategory()).hasSize(Category.values().length);
        InterruptionReport r = InterruptionReport.fromFigures()
                .totals(4, 2, 0, 0, 0)
                .category(Category.NETWORK, 3)
                .category(Category.AUTH, 1)
                .recovery(Recovery.RETRY, 3)
                .stream(ROOM1, 4, 0, 2)
                .timeline(b)
                .build();
        assertThat(r.timeline(Duration.ofHours(1))).containsExactly(b);
        assertThatThrownBy(() -> TimeBucket.of(
                        Instant.ofEpochSecond(H14), Duration.ofHours(1), 0, Map.of(), Map.of(Recovery.RETRY, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a bucket's interruptions by recovery (1) are more than its interruptions (0)");
        assertThatThrownBy(() -> TimeBucket.of(Instant.ofEpochSecond(H14), Duration.ofHours(1), -1, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pushes must not be negative: -1");
        assertThatThrownBy(
                        () -> TimeBucket.of(Instant.ofEpochSecond(H14), Duration.ofSeconds(30), 0, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(b)
                .isEqualTo(TimeBucket.of(
                        Instant.ofEpochSecond(H14), Duration.ofHours(1), 2, categories, Map.of(Recovery.RETRY, 3L)));
        assertThat(b.hashCode())
                .isEqualTo(TimeBucket.of(
                                Instant.ofEpochSecond(H14),
                                Duration.ofHours(1),
                                2,
                                categories,
                                Map.of(Recovery.RETRY, 3L))
                        .hashCode());
        assertThat(b)
                .isNotEqualTo(TimeBucket.of(
                        Instant.ofEpochSecond(H14), Duration.ofHours(1), 3, categories, Map.of(Recovery.RETRY, 3L)));
        assertThat(b.toString()).startsWith("2026-11-24T14:00:00Z+1h pushes=2 interruptions=4");
    }

    private static byte[] write(InterruptionReport r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.writeTo(out);
        return out.toByteArray();
    }

    private static InterruptionReport read(byte[] state) throws IOException {
        return InterruptionReport.readFrom(new ByteArrayInputStream(state));
    }
}
