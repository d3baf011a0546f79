package io.github.streamcause.report;

import static io.github.streamcause.report.ReportFixtures.builderOf;
import static io.github.streamcause.report.ReportFixtures.randomItems;
import static io.github.streamcause.report.ReportFixtures.report;
import static io.github.streamcause.report.ReportFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.report.ReportFixtures.Model;
import io.github.streamcause.report.ReportFixtures.Snapshot;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.CallbackLogReader;
import io.github.streamcause.tencent.LogLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The merge property: splitting the input anywhere, reporting each part and merging the reports gives the
 * report of the whole input, whatever the association; in input order it gives exactly the same report, in
 * any other order the same but for which rejected lines are kept as samples.
 */
class InterruptionReportMergeTest {
    private static final int LISTS = 250;

    /** Cuts {@code items} at random points into 2 to 5 parts, in order; parts may be empty. */
    private static List<List<Object>> split(List<Object> items, Random rnd) {
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
            result.add(items.subList(from, cut));
            from = cut;
        }
        return result;
    }

    private static InterruptionReport leftFold(List<InterruptionReport> reports) {
        InterruptionReport merged = reports.get(0);
        for (int i = 1; i < reports.size(); i++) {
            merged = merged.merge(reports.get(i));
        }
        return merged;
    }

    private static InterruptionReport rightFold(List<InterruptionReport> reports) {
        InterruptionReport merged = reports.get(reports.size() - 1);
        for (int i = reports.size() - 2; i >= 0; i--) {
            merged = reports.get(i).merge(merged);
        }
        return merged;
    }

    /** Any binary tree over the parts, keeping their order. */
    private static InterruptionReport tree(List<InterruptionReport> reports, int from, int to, Random rnd) {
        if (to - from == 1) {
            return reports.get(from);
        }
        int mid = from + 1 + rnd.nextInt(to - from - 1);
        return tree(reports, from, mid, rnd).merge(tree(reports, mid, to, rnd));
    }

    private static InterruptionReport builderLeftFold(List<List<Object>> parts) {
        InterruptionReport.Builder merged = builderOf(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            merged.merge(builderOf(parts.get(i)));
        }
        return merged.build();
    }

    private static InterruptionReport builderRightFold(List<List<Object>> parts) {
        InterruptionReport.Builder merged = builderOf(parts.get(parts.size() - 1));
        for (int i = parts.size() - 2; i >= 0; i--) {
            merged = builderOf(parts.get(i)).merge(merged);
        }
        return merged.build();
    }

    private static List<InterruptionReport> reports(List<List<Object>> parts) {
        List<InterruptionReport> reports = new ArrayList<>();
        for (List<Object> part : parts) {
            reports.add(report(part));
        }
        return reports;
    }

    private static Map<Rejection, Integer> multiset(List<Rejection> lines) {
        Map<Rejection, Integer> counts = new HashMap<>();
        for (Rejection line : lines) {
            counts.merge(line, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Two reports of the same events added in different orders: equal but for the samples, which are the
     * same multiset when all rejected lines fit, else 20 of the rejected lines.
     */
    private static void assertSameButSampleOrder(Snapshot actual, Snapshot whole, List<?> items, String context) {
        assertThat(actual.withoutSamples()).as(context).isEqualTo(whole.withoutSamples());
        if (whole.rejectedLines() <= 20) {
            assertThat(multiset(actual.rejectedSamples())).as(context).isEqualTo(multiset(whole.rejectedSamples()));
        } else {
            List<Rejection> allRejected = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof LogLine && ((LogLine) item).isRejected()) {
                    allRejected.add(((LogLine) item).toRejection());
                }
            }
            assertThat(actual.rejectedSamples()).as(context).hasSize(20);
            assertThat(allRejected).as(context).containsAll(actual.rejectedSamples());
        }
    }

    @Test
    @Tag("slow")
    void mergingThePartsInOrderGivesTheReportOfTheWhole() {
        int nonTrivial = 0;
        for (int seed = 0; seed < LISTS; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, rnd.nextInt(seed % 10 == 0 ? 1500 : 250), seed % 2 == 0);
            Snapshot whole = snapshot(report(items));
            String context = "seed " + seed + ", " + items.size() + " items";
            assertThat(whole)
                    .as("the report of the whole, against the model; " + context)
                    .isEqualTo(Model.of(items).snapshot());

            List<List<Object>> parts = split(items, rnd);
            List<InterruptionReport> reports = reports(parts);
            String withParts =
                    context + ", parts " + parts.stream().map(List::size).toList();
            assertThat(snapshot(leftFold(reports)))
                    .as("left fold; " + withParts)
                    .isEqualTo(whole);
            assertThat(snapshot(rightFold(reports)))
                    .as("right fold; " + withParts)
                    .isEqualTo(whole);
            assertThat(snapshot(tree(reports, 0, reports.size(), rnd)))
                    .as("tree; " + withParts)
                    .isEqualTo(whole);
            assertThat(snapshot(builderLeftFold(parts)))
                    .as("builders, left; " + withParts)
                    .isEqualTo(whole);
            assertThat(snapshot(builderRightFold(parts)))
                    .as("builders, right; " + withParts)
                    .isEqualTo(whole);
            if (whole.duplicatesRemoved() > 0
                    && parts.stream().filter(p -> !p.isEmpty()).count() > 1) {
                nonTrivial++;
            }
        }
        assertThat(nonTrivial).as("lists with duplicates and several parts").isGreaterThan(LISTS / 2);
    }

    @Test
    @Tag("slow")
    void mergingInAnyOrderGivesTheSameCountsWhenRedeliveriesAreExactCopies() {
        for (int seed = 1000; seed < 1000 + LISTS; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, rnd.nextInt(seed % 10 == 0 ? 1500 : 250), false);
            Snapshot whole = snapshot(report(items));
            List<List<Object>> parts = new ArrayList<>(split(items, rnd));
            Collections.shuffle(parts, rnd);
            List<InterruptionReport> reports = reports(parts);
            String context = "seed " + seed + ", shuffled parts "
                    + parts.stream().map(List::size).toList();
            assertSameButSampleOrder(snapshot(leftFold(reports)), whole, items, "left fold; " + context);
            assertSameButSampleOrder(snapshot(rightFold(reports)), whole, items, "right fold; " + context);
            assertSameButSampleOrder(snapshot(builderLeftFold(parts)), whole, items, "builders; " + context);

            List<Object> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, rnd);
            assertSameButSampleOrder(snapshot(report(shuffled)), whole, items, "shuffled input; " + context);
        }
    }

    @Test
    void anEmptyReportIsTheIdentityOfMerge() {
        InterruptionReport empty = InterruptionReport.builder().build();
        for (int seed = 2000; seed < 2050; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, 1 + rnd.nextInt(200), true);
            InterruptionReport r = report(items);
            Snapshot expected = snapshot(r);
            assertThat(snapshot(r.merge(empty))).isEqualTo(expected);
            assertThat(snapshot(empty.merge(r))).isEqualTo(expected);
            assertThat(snapshot(
                            builderOf(items).merge(InterruptionReport.builder()).build()))
                    .isEqualTo(expected);
            assertThat(snapshot(
                            InterruptionReport.builder().merge(builderOf(items)).build()))
                    .isEqualTo(expected);
        }
    }

    @Test
    void mergingAReportWithItselfCountsEveryKeyedEventOnceMore() {
        for (int seed = 3000; seed < 3030; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, rnd.nextInt(200), true);
            List<Object> twice = new ArrayList<>(items);
            twice.addAll(items);
            InterruptionReport r = report(items);
            assertThat(snapshot(r.merge(r))).as("seed %d", seed).isEqualTo(snapshot(report(twice)));
        }
    }

    @Test
    void mergeLeavesBothInputsUnchanged() {
        for (int seed = 4000; seed < 4060; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, 2 + rnd.nextInt(300), true);
            int cut = rnd.nextInt(items.size() + 1);
            InterruptionReport left = report(items.subList(0, cut));
            InterruptionReport right = report(items.subList(cut, items.size()));
            Snapshot leftBefore = snapshot(left);
            Snapshot rightBefore = snapshot(right);
            InterruptionReport merged = left.merge(right);
            Snapshot mergedBefore = snapshot(merged);
            assertThat(snapshot(left)).as("seed %d", seed).isEqualTo(leftBefore);
            assertThat(snapshot(right)).as("seed %d", seed).isEqualTo(rightBefore);
            // the merged report shares nothing mutable with its inputs, nor with later merges
            InterruptionReport again = merged.merge(left).merge(right);
            right.merge(merged);
            assertThat(snapshot(merged)).as("seed %d", seed).isEqualTo(mergedBefore);
            assertThat(snapshot(left)).as("seed %d", seed).isEqualTo(leftBefore);
            assertThat(snapshot(right)).as("seed %d", seed).isEqualTo(rightBefore);
            assertThat(again.duplicatesRemoved())
                    .as("every keyed event of left and right is now counted once more as a duplicate")
                    .isEqualTo(mergedBefore.duplicatesRemoved() + countKeyed(items));
            assertThat(again.interruptions()).isEqualTo(merged.interruptions() + countUnkeyedInterruptions(items));
        }
    }

    /** Events whose duplicates are recognised: callbacks with a sequence (push or interruption) and records. */
    private static long countKeyed(List<Object> items) {
        long keyed = 0;
        for (Object item : items) {
            if (item instanceof CallbackEvent) {
                CallbackEvent e = (CallbackEvent) item;
                keyed += (e.isPush() || e.isInterruption()) && e.sequence().isPresent() ? 1 : 0;
            } else if (!(item instanceof LogLine)) {
                keyed++;
            }
        }
        return keyed;
    }

    /** Interruptions that are never duplicates: callbacks without a sequence. */
    private static long countUnkeyedInterruptions(List<Object> items) {
        long unkeyed = 0;
        for (Object item : items) {
            if (item instanceof CallbackEvent) {
                CallbackEvent e = (CallbackEvent) item;
                unkeyed += e.isInterruption() && e.sequence().isEmpty() ? 1 : 0;
            }
        }
        return unkeyed;
    }

    @Test
    void builderMergeLeavesTheOtherBuilderUnchanged() {
        for (int seed = 5000; seed < 5060; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, 2 + rnd.nextInt(300), true);
            int cut = rnd.nextInt(items.size() + 1);
            InterruptionReport.Builder left = builderOf(items.subList(0, cut));
            InterruptionReport.Builder right = builderOf(items.subList(cut, items.size()));
            assertThat(left.merge(right)).isSameAs(left);
            assertThat(snapshot(right.build()))
                    .as("seed %d", seed)
                    .isEqualTo(snapshot(report(items.subList(cut, items.size()))));
            assertThat(snapshot(left.build())).as("seed %d", seed).isEqualTo(snapshot(report(items)));
        }
    }

    @Test
    void buildLeavesTheBuilderEmpty() {
        Snapshot empty = new Model().snapshot();
        for (int seed = 6000; seed < 6040; seed++) {
            Random rnd = new Random(seed);
            List<Object> items = randomItems(rnd, 1 + rnd.nextInt(300), true);
            InterruptionReport.Builder b = builderOf(items);
            InterruptionReport first = b.build();
            Snapshot firstSnapshot = snapshot(first);
            assertThat(snapshot(b.build())).as("seed %d", seed).isEqualTo(empty);
            List<Object> more = randomItems(rnd, rnd.nextInt(100), true);
            for (Object item : more) {
                ReportFixtures.add(b, item);
            }
            assertThat(snapshot(b.build()))
                    .as("seed %d", seed)
                    .isEqualTo(Model.of(more).snapshot());
            assertThat(snapshot(first)).as("seed %d", seed).isEqualTo(firstSnapshot);
        }
    }

    // ---- the collector ---------------------------------------------------------------------------------

    /** A callback log: the lines of random callbacks plus malformed, blank and non-event lines. */
    private static List<LogLine> randomLog(Random rnd, int lines) throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> written = new ArrayList<>();
        for (Object item : randomItems(rnd, lines, rnd.nextBoolean())) {
            String line;
            if (item instanceof CallbackEvent) {
                CallbackEvent e = (CallbackEvent) item;
                line = ReportFixtures.json(
                        "event_type", e.eventType(),
                        "sequence", e.sequence().orElse(null),
                        "app", e.domain().orElse(null),
                        "appname", e.appName().orElse(null),
                        "stream_id", e.streamId().orElse(null),
                        "channel_id", e.channelId().orElse(null),
                        "event_time", e.eventTime().map(t -> t.getEpochSecond()).orElse(null),
                        "errcode", e.errcode().isPresent() ? e.errcode().getAsInt() : null,
                        "sub_errcode",
                                e.subErrcode().isPresent() ? e.subErrcode().getAsInt() : null,
                        "errmsg", e.errmsg().orElse(null));
            } else if (item instanceof LogLine) {
                int kind = rnd.nextInt(4);
                line = kind == 0 ? "{\"event_type\":0,\"errcode\":" : kind == 1 ? "  " : kind == 2 ? "[1,2]" : "{}";
            } else if (!written.isEmpty() && rnd.nextBoolean()) {
                line = written.get(rnd.nextInt(written.size())); // a logged redelivery
            } else {
                line = "{\"event_type\":0,\"errcode\":\"x" + rnd.nextInt(9) + "\"}";
            }
            written.add(line);
            text.append(line).append(rnd.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        try (CallbackLogReader reader = CallbackLogReader.of(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "random.log")) {
            return reader.stream().toList();
        }
    }

    @Test
    @Tag("slow")
    void theParallelCollectorGivesTheSequentialReport() throws IOException {
        for (int seed = 7000; seed < 7012; seed++) {
            Random rnd = new Random(seed);
            List<LogLine> lines = randomLog(rnd, 2000 + rnd.nextInt(20_000));
            InterruptionReport sequential = lines.stream().collect(LogLine.toReport());
            InterruptionReport parallel = lines.parallelStream().collect(LogLine.toReport());
            Snapshot expected = snapshot(sequential);
            assertThat(expected)
                    .as("seed %d, against the model", seed)
                    .isEqualTo(Model.of(lines).snapshot());
            assertThat(expected.rejectedLines()).as("premise").isGreaterThan(20);
            assertThat(snapshot(parallel).withoutSamples()).as("seed %d", seed).isEqualTo(expected.withoutSamples());
            assertThat(parallel.rejectedSamples()).hasSize(20);
            assertThat(lines.stream().filter(LogLine::isRejected).map(LogLine::toRejection))
                    .containsAll(parallel.rejectedSamples());
            // an ordered stream and a collector without UNORDERED: the combiner joins the parts in encounter
            // order, so the samples are the first rejected lines, as documented
            assertThat(parallel.rejectedSamples()).as("seed %d", seed).isEqualTo(sequential.rejectedSamples());
        }
    }

    @Test
    @Tag("slow")
    void theParallelCollectorReallyCombinesPartialReports() throws IOException {
        Random rnd = new Random(8000);
        List<LogLine> lines = randomLog(rnd, 30_000);
        Collector<LogLine, InterruptionReport.Builder, InterruptionReport> collector = LogLine.toReport();
        AtomicInteger combined = new AtomicInteger();
        Collector<LogLine, InterruptionReport.Builder, InterruptionReport> counting = Collector.of(
                collector.supplier(),
                collector.accumulator(),
                (a, b) -> {
                    combined.incrementAndGet();
                    return collector.combiner().apply(a, b);
                },
                collector.finisher());
        InterruptionReport parallel = lines.parallelStream().collect(counting);
        assertThat(combined.get()).as("premise: the stream was split").isPositive();
        assertThat(snapshot(parallel)).isEqualTo(Model.of(lines).snapshot());
        assertThat(collector.characteristics()).doesNotContain(Collector.Characteristics.UNORDERED);
    }

    @Test
    void aBuilderMergedIntoItselfCountsEverythingTwiceAsDuplicates() {
        InterruptionReport.Builder b = InterruptionReport.builder();
        io.github.streamcause.tencent.LogLine.rejected("s", 1, "bad").addTo(b);
        b.add(io.github.streamcause.tencent.CallbackEvent.parse("{\"event_type\":0,\"errcode\":12,\"sequence\":\"1\"}")
                .toStreamEvent());
        b.merge(b);
        InterruptionReport r = b.build();
        org.assertj.core.api.Assertions.assertThat(r.interruptions()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(r.duplicatesRemoved()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(r.rejectedLines()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(r.rejectedSamples()).hasSize(2);
    }
}
