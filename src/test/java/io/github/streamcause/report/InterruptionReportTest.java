package io.github.streamcause.report;

import static io.github.streamcause.report.ReportFixtures.T0;
import static io.github.streamcause.report.ReportFixtures.event;
import static io.github.streamcause.report.ReportFixtures.interruption;
import static io.github.streamcause.report.ReportFixtures.page;
import static io.github.streamcause.report.ReportFixtures.push;
import static io.github.streamcause.report.ReportFixtures.record;
import static io.github.streamcause.report.ReportFixtures.recordJson;
import static io.github.streamcause.report.ReportFixtures.rejected;
import static io.github.streamcause.report.ReportFixtures.report;
import static io.github.streamcause.report.ReportFixtures.rows;
import static io.github.streamcause.report.ReportFixtures.snapshot;
import static io.github.streamcause.report.ReportFixtures.withSubcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.ReportFixtures.Model;
import io.github.streamcause.report.ReportFixtures.Row;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The counts of an {@link InterruptionReport}, against expectations written out from the documented table
 * (payloads.md and the registry's Javadoc), never from the report itself.
 */
class InterruptionReportTest {
    private static Map<Category, Long> categories(long client, long network, long auth, long internal, long unknown) {
        return Map.of(
                Category.CLIENT, client,
                Category.NETWORK, network,
                Category.AUTH, auth,
                Category.INTERNAL, internal,
                Category.UNKNOWN, unknown);
    }

    private static Map<Recovery, Long> recoveries(long notNeeded, long retry, long fixRequired) {
        return Map.of(Recovery.NOT_NEEDED, notNeeded, Recovery.RETRY, retry, Recovery.FIX_REQUIRED, fixRequired);
    }

    private static Row row(String stream, long interruptions, long fixRequired, long pushes) {
        return new Row("d.example.com", "live", stream, interruptions, fixRequired, pushes);
    }

    @Test
    void anEmptyReportHasEveryCategoryAndRecoveryAtZeroAndNothingElse() {
        InterruptionReport r = InterruptionReport.builder().build();
        assertThat(r.interruptions()).isZero();
        assertThat(r.pushes()).isZero();
        assertThat(r.duplicatesRemoved()).isZero();
        assertThat(r.rejectedLines()).isZero();
        assertThat(r.otherEvents()).isZero();
        assertThat(r.unclassified()).isZero();
        assertThat(r.byCategory()).containsExactlyEntriesOf(categoriesInOrder(0, 0, 0, 0, 0));
        assertThat(r.byRecovery().keySet()).containsExactly(Recovery.values());
        assertThat(r.byRecovery().values()).containsOnly(0L);
        assertThat(r.byCause()).isEmpty();
        assertThat(r.undocumentedPairs()).isEmpty();
        assertThat(r.streams()).isEmpty();
        assertThat(r.topStreams(5)).isEmpty();
        assertThat(r.topStreamsNeedingFix(5)).isEmpty();
        assertThat(r.firstEvent()).isEmpty();
        assertThat(r.lastEvent()).isEmpty();
        assertThat(r.rejectedSamples()).isEmpty();
        assertThat(snapshot(r)).isEqualTo(new Model().snapshot());
    }

    private static Map<Category, Long> categoriesInOrder(
            long client, long network, long auth, long internal, long unknown) {
        Map<Category, Long> m = new java.util.LinkedHashMap<>();
        m.put(Category.CLIENT, client);
        m.put(Category.NETWORK, network);
        m.put(Category.AUTH, auth);
        m.put(Category.INTERNAL, internal);
        m.put(Category.UNKNOWN, unknown);
        return m;
    }

    @Test
    void totalsAndClassificationOfAMixedInput() {
        List<Object> items = List.of(
                push("A", "s1", 100),
                interruption("A", 1, "s1", 200), // 1: CLIENT_DELETED_STREAM, CLIENT, NOT_NEEDED
                interruption("A", 1, "s1", 200), // redelivered
                interruption("A", 1, "s1", 200), // redelivered again
                event("B", 0, 18, "推流域名被禁用", "d.example.com", "live", "s2", T0 + 300), // 18/303 by text
                push("B", "s2", 250),
                withSubcode("C", 18, 501, "s2", 400), // 18/501 PUSH_URL_EXPIRED, AUTH, FIX_REQUIRED
                interruption(null, 12, "s3", 500), // 12 NETWORK_ERROR_12, NETWORK, RETRY; no sequence
                interruption(null, 12, "s3", 500), // the same again: without a sequence it counts again
                interruption("D", null, "s3", 600), // no errcode: unclassified
                event("E", 321, null, null, "d.example.com", "live", "s9", null)); // another callback
        InterruptionReport r = report(items);

        assertThat(r.interruptions()).isEqualTo(6);
        assertThat(r.pushes()).isEqualTo(2);
        assertThat(r.duplicatesRemoved()).isEqualTo(2);
        assertThat(r.otherEvents()).isEqualTo(1);
        assertThat(r.rejectedLines()).isZero();
        assertThat(r.unclassified()).isEqualTo(1);
        assertThat(r.byCategory()).containsExactlyEntriesOf(categoriesInOrder(1, 2, 2, 0, 1));
        assertThat(r.byRecovery()).isEqualTo(recoveries(1, 2, 2));
        assertThat(r.byRecovery().values().stream().mapToLong(Long::longValue).sum())
                .as("recoveries add up to the interruptions minus the unclassified")
                .isEqualTo(r.interruptions() - r.unclassified());
        assertThat(r.byCategory().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(r.interruptions());
        // most frequent first, then ties in registry order
        assertThat(List.copyOf(r.byCause().entrySet()))
                .containsExactly(
                        Map.entry(InterruptionCause.NETWORK_ERROR_12, 2L),
                        Map.entry(InterruptionCause.CLIENT_DELETED_STREAM, 1L),
                        Map.entry(InterruptionCause.DOMAIN_DISABLED, 1L),
                        Map.entry(InterruptionCause.PUSH_URL_EXPIRED, 1L));
        assertThat(r.undocumentedPairs()).isEmpty();
        assertThat(rows(r.streams())).containsExactly(row("s3", 3, 0, 0), row("s2", 2, 2, 1), row("s1", 1, 0, 1));
        assertThat(r.firstEvent()).contains(Instant.ofEpochSecond(T0 + 100));
        assertThat(r.lastEvent()).contains(Instant.ofEpochSecond(T0 + 600));
        assertThat(snapshot(r)).isEqualTo(Model.of(items).snapshot());
    }

    @Test
    void aRedeliveredInterruptionCountsOnceButAPushAndAnInterruptionOfOneSequenceBothCount() {
        String longSequence = "123456789012345678901234567890"; // more than a long holds
        InterruptionReport r = report(
                push(longSequence, "s", 0),
                interruption(longSequence, 3, "s", 10),
                interruption(longSequence, 3, "s", 10),
                push(longSequence, "s", 0),
                interruption("123456789012345678901234567891", 3, "s", 20));
        assertThat(r.pushes()).isEqualTo(1);
        assertThat(r.interruptions())
                .as("a sequence one digit apart is another session")
                .isEqualTo(2);
        assertThat(r.duplicatesRemoved()).isEqualTo(2);
        assertThat(r.byCause()).containsExactly(Map.entry(InterruptionCause.CLIENT_CLOSED_CONNECTION, 2L));
        assertThat(rows(r.streams())).containsExactly(row("s", 2, 0, 1));
    }

    @Test
    void aDuplicateCountsOnceEvenWhenItsContentDiffersAndItsTimeStillCounts() {
        InterruptionReport r = report(
                interruption("S", 19, "s", 100), // 19: THIRD_PARTY_AUTH_FAILED, AUTH, FIX_REQUIRED
                interruption("S", 5, "other", 900)); // same key: left out, the first one counts
        assertThat(r.interruptions()).isEqualTo(1);
        assertThat(r.duplicatesRemoved()).isEqualTo(1);
        assertThat(r.byCause()).containsExactly(Map.entry(InterruptionCause.THIRD_PARTY_AUTH_FAILED, 1L));
        assertThat(r.lastEvent()).as("duplicates included").contains(Instant.ofEpochSecond(T0 + 900));
        assertThat(rows(r.topStreams(5))).containsExactly(row("s", 1, 1, 0));
    }

    @Test
    void eventsWithoutASequenceAreNeverDuplicates() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            items.add(interruption(null, 8, "s", 5));
            items.add(push(null, "s", 1));
        }
        InterruptionReport r = report(items);
        assertThat(r.interruptions()).isEqualTo(7);
        assertThat(r.pushes()).isEqualTo(7);
        assertThat(r.duplicatesRemoved()).isZero();
        assertThat(r.byCategory().get(Category.NETWORK)).isEqualTo(7);
    }

    @Test
    void otherEventTypesAreCountedApartAndNowhereElse() {
        InterruptionReport r = report(
                event("X", 321, null, null, "d.example.com", "live", "s", T0 - 1000),
                event("X", 321, null, null, "d.example.com", "live", "s", T0 - 1000),
                event("Y", 100, 1, "ok", "d.example.com", "live", "t", T0 + 5000),
                interruption("X", 1, "s", 0));
        assertThat(r.otherEvents()).as("not de-duplicated either").isEqualTo(3);
        assertThat(r.interruptions()).isEqualTo(1);
        assertThat(r.duplicatesRemoved())
                .as("the 321 of sequence X does not shadow its interruption")
                .isZero();
        assertThat(r.pushes()).isZero();
        assertThat(rows(r.streams()))
                .as("streams of other events are not listed")
                .containsExactly(row("s", 1, 0, 0));
        assertThat(r.firstEvent()).contains(Instant.ofEpochSecond(T0));
        assertThat(r.lastEvent()).contains(Instant.ofEpochSecond(T0));
    }

    @Test
    void interruptionsWithoutErrcodeAreUnknownAndUnclassified() {
        InterruptionReport r = report(
                interruption("1", null, "s", 0),
                event("2", 0, null, "recv rtmp deleteStream", "d.example.com", "live", "s", T0),
                interruption("3", 0, "s", 0)); // 0 is a code: UNKNOWN_ERROR, UNKNOWN, RETRY, classified
        assertThat(r.interruptions()).isEqualTo(3);
        assertThat(r.unclassified()).isEqualTo(2);
        assertThat(r.byCategory()).containsExactlyEntriesOf(categoriesInOrder(0, 0, 0, 0, 3));
        assertThat(r.byRecovery()).isEqualTo(recoveries(0, 1, 0));
        assertThat(r.byCause()).containsExactly(Map.entry(InterruptionCause.UNKNOWN_ERROR, 1L));
    }

    @Test
    void rejectedLinesAreCountedWithTheFirstTwentyAsSamplesInInputOrder() {
        List<Object> items = new ArrayList<>();
        List<LogLine> rejectedLines = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
            LogLine line = rejected(1000 - i); // numbers going down: the order is input order, not line order
            rejectedLines.add(line);
            items.add(line);
            if (i % 4 == 0) {
                items.add(interruption("seq" + i, 2, "s", i));
            }
        }
        InterruptionReport r = report(items);
        assertThat(r.rejectedLines()).isEqualTo(35);
        assertThat(r.rejectedSamples())
                .containsExactlyElementsOf(rejectedLines.subList(0, 20).stream()
                        .map(LogLine::toRejection)
                        .toList());
        assertThat(r.interruptions()).isEqualTo(8);
        assertThatThrownBy(() -> r.rejectedSamples().clear()).isInstanceOf(UnsupportedOperationException.class);

        InterruptionReport few = report(rejected(7), rejected(3));
        assertThat(few.rejectedSamples())
                .containsExactly(rejected(7).toRejection(), rejected(3).toRejection());
        assertThat(few.rejectedSamples().get(0).reason()).isEqualTo("malformed JSON at line 7");
    }

    @Test
    void undocumentedPairsAreCountedByPairInNumericOrder() {
        InterruptionReport r = report(
                interruption("1", 99, "s", 0),
                interruption("2", 99, "s", 0),
                interruption("2", 99, "s", 0), // redelivered: once
                withSubcode("3", 18, 650, "s", 0), // unlisted: family 18/6xx, AUTH, RETRY
                withSubcode("4", 21, 104, "s", 0), // unlisted: the row of 21, CLIENT, NOT_NEEDED
                withSubcode("5", 18, 202, "s", 0), // listed: documented
                withSubcode("6", 5, 7, "s", 0), // a code without subcodes ignores it: documented
                withSubcode("7", 18, 150, "s", 0), // unlisted: family 18/1xx
                interruption("8", -3, "s", 0),
                interruption("9", 36, "s", 0),
                interruption("10", 18, "s", 0)); // 18 without subcode: its documented row
        assertThat(List.copyOf(r.undocumentedPairs().entrySet()))
                .containsExactly(
                        Map.entry("-3", 1L),
                        Map.entry("18/150", 1L),
                        Map.entry("18/650", 1L),
                        Map.entry("21/104", 1L),
                        Map.entry("36", 1L),
                        Map.entry("99", 2L));
        assertThat(r.interruptions()).isEqualTo(10);
        assertThat(r.unclassified())
                .as("undocumented pairs are still classified")
                .isZero();
        assertThat(r.byCause())
                .containsEntry(InterruptionCause.UNDOCUMENTED_CODE, 4L)
                .containsEntry(InterruptionCause.UNLISTED_LIMIT_REFUSAL, 1L)
                .containsEntry(InterruptionCause.UNLISTED_INTERNAL_ERROR, 1L)
                .containsEntry(InterruptionCause.STOPPED_BY_REQUEST, 1L)
                .containsEntry(InterruptionCause.ACCOUNT_IN_ARREARS, 1L)
                .containsEntry(InterruptionCause.INTERNAL_ERROR_5, 1L)
                .containsEntry(InterruptionCause.PUSH_REFUSED, 1L);
        // UNDOCUMENTED_CODE x4 (UNKNOWN/RETRY), 18/650 (AUTH/RETRY), 18/150, 5/7 (INTERNAL/RETRY),
        // 21/104 (CLIENT/NOT_NEEDED), 18/202 and 18 (AUTH/FIX_REQUIRED)
        assertThat(r.byCategory()).containsExactlyEntriesOf(categoriesInOrder(1, 0, 3, 2, 4));
        assertThat(r.byRecovery()).isEqualTo(recoveries(1, 7, 2));
        assertThatThrownBy(() -> r.undocumentedPairs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * {@code undocumentedPairs()} promises numeric order, negative subcodes included (a regression test: they
     * once sorted after every positive one, {@code 18/-5} after {@code 18/650}).
     */
    @Test
    void undocumentedPairsWithANegativeSubcodeAreInNumericOrderToo() {
        InterruptionReport r = report(
                withSubcode("1", 18, 650, "s", 0), withSubcode("2", 18, -5, "s", 0), withSubcode("3", 21, -1, "s", 0));
        assertThat(r.undocumentedPairs().keySet()).containsExactly("18/-5", "18/650", "21/-1");
    }

    @Test
    void topStreamsOrderByCountThenByNameAndLeaveOutStreamsWithoutAny() {
        List<Object> items = new ArrayList<>();
        int[] seq = {0};
        // b: 2 interruptions, 1 fix; a: 2 interruptions, none to fix; c: 3 interruptions, 1 fix;
        // e/live/a and f/live/x: 1 interruption, 1 fix each; p: pushes only
        java.util.function.BiConsumer<String, Integer> add =
                (stream, code) -> items.add(interruption("q" + seq[0]++, code, stream, seq[0]));
        add.accept("b", 1);
        add.accept("b", 7); // 7: RTMP_FRAME_TOO_LARGE, FIX_REQUIRED
        add.accept("a", 2);
        add.accept("a", 12);
        add.accept("c", 3);
        add.accept("c", 33); // 33: RTMP_AMF_DATA_ERROR, FIX_REQUIRED
        add.accept("c", 20);
        items.add(event("x1", 0, 6, null, "f.example.com", "live", "x", T0)); // 6: FIX_REQUIRED
        items.add(event("x2", 0, 23, null, "e.example.com", "live", "a", T0)); // 23: FIX_REQUIRED
        items.add(push("p1", "p", 0));
        items.add(push("p2", "p", 0));
        InterruptionReport r = report(items);

        Row c = row("c", 3, 1, 0);
        Row a = row("a", 2, 0, 0);
        Row b = row("b", 2, 1, 0);
        Row e = new Row("e.example.com", "live", "a", 1, 1, 0);
        Row f = new Row("f.example.com", "live", "x", 1, 1, 0);
        Row p = row("p", 0, 0, 2);
        assertThat(rows(r.streams())).containsExactly(c, a, b, e, f, p);
        assertThat(rows(r.topStreams(10))).containsExactly(c, a, b, e, f);
        assertThat(rows(r.topStreams(2))).containsExactly(c, a);
        assertThat(rows(r.topStreams(0))).isEmpty();
        assertThat(rows(r.topStreamsNeedingFix(10))).containsExactly(c, b, e, f);
        assertThat(rows(r.topStreamsNeedingFix(3))).containsExactly(c, b, e);
        assertThat(rows(r.topStreamsNeedingFix(0))).isEmpty();
        assertThatThrownBy(() -> r.topStreams(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> r.topStreamsNeedingFix(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.topStreams(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.topStreams(3).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.streams().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(snapshot(r)).isEqualTo(Model.of(items).snapshot());
    }

    @Test
    void streamOrderDoesNotDependOnInputOrder() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(event("s" + i, 0, i % 2 == 0 ? 7 : 1, null, "d" + (i % 3), "app" + (i % 2), "n" + (i % 5), T0));
        }
        List<Row> expected = rows(report(items).streams());
        Random rnd = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(items, rnd);
            assertThat(rows(report(items).streams())).isEqualTo(expected);
        }
        assertThat(rows(report(items).streams()))
                .isEqualTo(Model.of(items).snapshot().streams());
    }

    @Test
    void firstAndLastEventSpanCallbacksAndRecordStartAndEnd() {
        InterruptionReport callbacksOnly = report(push("1", "s", 50), interruption("1", 1, "s", 10));
        // push_duration is the source's measure, not an event's time: not in the span
        assertThat(callbacksOnly.firstEvent()).contains(Instant.ofEpochSecond(T0 + 10));
        assertThat(callbacksOnly.lastEvent()).contains(Instant.ofEpochSecond(T0 + 50));

        InterruptionReport withRecord = report(interruption("1", 1, "s", 10), record("r", -300, 900, "ok"));
        assertThat(withRecord.firstEvent()).contains(Instant.ofEpochSecond(T0 - 300));
        assertThat(withRecord.lastEvent()).contains(Instant.ofEpochSecond(T0 + 900));

        InterruptionReport noTimes = report(event("1", 0, 1, null, "d", "live", "s", null));
        assertThat(noTimes.interruptions()).isEqualTo(1);
        assertThat(noTimes.firstEvent()).isEmpty();
        assertThat(noTimes.lastEvent()).isEmpty();
    }

    @Test
    void apiRecordsAreClassifiedFromTheirStopReason() {
        Instant start = Instant.parse("2025-11-24T10:00:00Z");
        Instant end = Instant.parse("2025-11-24T11:30:00Z");
        List<StreamEventRecord> records = page(
                recordJson("d.example.com", "live", "known", start, end, "推流域名被禁用"), // 18/303 alone
                recordJson("d.example.com", "live", "shared", start, end, "推流客户端主动断流"), // 1, 2, 3, 4 and 35
                recordJson("d.example.com", "live", "unknown", start, end, "The moon was in the wrong phase"),
                recordJson("d.example.com", "live", "absent", start, end.plusSeconds(60), null));
        assertThat(records.get(1).causes()).as("premise: a shared text").hasSizeGreaterThan(1);
        InterruptionReport r = report(new ArrayList<Object>(records));

        assertThat(r.interruptions()).isEqualTo(4);
        assertThat(r.pushes()).isZero();
        assertThat(r.unclassified()).isEqualTo(2);
        assertThat(r.byCategory()).containsExactlyEntriesOf(categoriesInOrder(1, 0, 1, 0, 2));
        assertThat(r.byRecovery()).isEqualTo(recoveries(1, 0, 1));
        assertThat(r.byCause())
                .as("a shared text counts in no single cause")
                .containsExactly(Map.entry(InterruptionCause.DOMAIN_DISABLED, 1L));
        assertThat(r.undocumentedPairs()).isEmpty();
        assertThat(r.firstEvent()).contains(start);
        assertThat(r.lastEvent()).contains(end.plusSeconds(60));
        assertThat(rows(r.topStreamsNeedingFix(5))).containsExactly(row("known", 1, 1, 0));
        assertThat(rows(r.streams()))
                .containsExactly(
                        row("absent", 1, 0, 0), row("known", 1, 1, 0), row("shared", 1, 0, 0), row("unknown", 1, 0, 0));
    }

    @Test
    void apiRecordsAreDuplicatesWhenStreamStartAndEndAreEqual() {
        Instant start = Instant.parse("2025-11-24T10:00:00Z");
        Instant end = Instant.parse("2025-11-24T11:30:00Z");
        List<StreamEventRecord> first = page(recordJson("d.example.com", "live", "s", start, end, "推流域名被禁用"));
        List<StreamEventRecord> again = page(
                recordJson("d.example.com", "live", "s", start, end, "推流域名被禁用"), // the next page repeats it
                recordJson("d.example.com", "live", "s", start, end.plusSeconds(1), "推流域名被禁用"),
                recordJson("d.example.com", "live", "t", start, end, "推流域名被禁用"),
                recordJson("d.example.com", "app2", "s", start, end, "推流域名被禁用"));
        List<Object> items = new ArrayList<>(first);
        items.addAll(again);
        items.add(first.get(0));
        InterruptionReport r = report(items);
        assertThat(r.interruptions()).isEqualTo(4);
        assertThat(r.duplicatesRemoved()).isEqualTo(2);
        assertThat(r.byCause()).containsExactly(Map.entry(InterruptionCause.DOMAIN_DISABLED, 4L));
        assertThat(snapshot(r)).isEqualTo(Model.of(items).snapshot());
    }

    @Test
    void callbacksAndRecordsMixWithoutSharingKeys() {
        Instant start = Instant.ofEpochSecond(T0);
        List<Object> items = List.of(
                interruption("1", 1, "s", 0),
                page(recordJson("d.example.com", "live", "s", start, start.plusSeconds(5), "客户端主动断流"))
                        .get(0),
                push("1", "s", 0));
        InterruptionReport r = report(items);
        assertThat(r.interruptions()).isEqualTo(2);
        assertThat(r.pushes()).isEqualTo(1);
        assertThat(r.duplicatesRemoved()).isZero();
        assertThat(r.byCause()).containsExactly(Map.entry(InterruptionCause.CLIENT_DELETED_STREAM, 2L));
        assertThat(rows(r.streams())).containsExactly(row("s", 2, 0, 1));
    }

    @Test
    void logLinesCarryTheirEvents() throws Exception {
        String ndjson = ReportFixtures.body("L1", 0, 7, null, "d.example.com", "live", "s", T0) + "\n"
                + "{broken\n"
                + ReportFixtures.body("L1", 0, 7, null, "d.example.com", "live", "s", T0) + "\n"
                + ReportFixtures.body("L1", 1, null, null, "d.example.com", "live", "s", T0 - 5) + "\n"
                + "\n";
        List<LogLine> lines;
        try (io.github.streamcause.tencent.CallbackLogReader reader =
                io.github.streamcause.tencent.CallbackLogReader.of(
                        new java.io.ByteArrayInputStream(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "x.log")) {
            lines = reader.stream().toList();
        }
        InterruptionReport.Builder b = InterruptionReport.builder();
        lines.forEach(line -> line.addTo(b));
        InterruptionReport r = b.build();
        assertThat(r.interruptions()).isEqualTo(1);
        assertThat(r.pushes()).isEqualTo(1);
        assertThat(r.duplicatesRemoved()).isEqualTo(1);
        assertThat(r.rejectedLines()).isEqualTo(2);
        assertThat(r.rejectedSamples()).extracting(Rejection::line).containsExactly(2L, 5L);
        assertThat(r.byCause()).containsExactly(Map.entry(InterruptionCause.RTMP_FRAME_TOO_LARGE, 1L));
        assertThat(r.firstEvent()).contains(Instant.ofEpochSecond(T0 - 5));
    }

    @Test
    void theReturnedMapsAreUnmodifiableAndInDeclarationOrder() {
        InterruptionReport r = report(interruption("1", 1, "s", 0));
        assertThat(r.byCategory().keySet()).containsExactly(Category.values());
        assertThat(r.byRecovery().keySet()).containsExactly(Recovery.values());
        assertThatThrownBy(() -> r.byCategory().put(Category.CLIENT, 5L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.byRecovery().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.byCause().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.toString()).contains("interruptions=1").contains("CLIENT=1");
    }

    @Test
    void nullsAreRefused() {
        InterruptionReport.Builder b = InterruptionReport.builder();
        assertThatThrownBy(() -> b.add((StreamEvent) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("event");
        assertThatThrownBy(() -> b.add((Rejection) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rejection");
        assertThatThrownBy(() -> b.input(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("input");
        assertThatThrownBy(() -> InterruptionReport.builder(null)).isInstanceOf(NullPointerException.class);
        assertThat(b.build().interruptions()).isZero();
    }

    @Test
    void buildStartsTheBuilderOverAndLaterReportsAreIndependent() {
        InterruptionReport.Builder b = InterruptionReport.builder();
        b.add(interruption("1", 1, "s", 0).toStreamEvent()).add(rejected(1).toRejection());
        InterruptionReport firstReport = b.build();
        ReportFixtures.Snapshot before = snapshot(firstReport);
        assertThat(snapshot(b.build())).as("empty after build").isEqualTo(new Model().snapshot());
        b.add(interruption("1", 1, "s", 0).toStreamEvent()); // the same key again: not a duplicate in a new builder
        InterruptionReport second = b.build();
        assertThat(second.interruptions()).isEqualTo(1);
        assertThat(second.duplicatesRemoved()).isZero();
        assertThat(second.rejectedLines()).isZero();
        assertThat(snapshot(firstReport))
                .as("an earlier report does not change")
                .isEqualTo(before);
    }
}
