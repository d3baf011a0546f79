package io.github.streamcause.report;

import static io.github.streamcause.report.ReportFixtures.T0;
import static io.github.streamcause.report.ReportFixtures.event;
import static io.github.streamcause.report.ReportFixtures.record;
import static io.github.streamcause.report.ReportFixtures.report;
import static io.github.streamcause.report.ReportFixtures.snapshot;
import static io.github.streamcause.report.ReportFixtures.withSubcode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.tencent.CallbackEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Texts the vendor shares between causes count as their group, and texts that name no cause are listed
 * with their counts: the expectations are written out from the vendor's table (docs/codes.md), not read
 * from the registry.
 */
class SharedTextsTest {
    /** 推流客户端主动断流: the seed's text of codes 1, 2, 3, 4 and 35. */
    private static final List<String> CLIENT_STOPPED = List.of("1", "2", "3", "4", "35");
    /** 直播系统内部错误: 5, 9, 11, 18/100-104 and 24. */
    private static final List<String> INTERNAL =
            List.of("5", "9", "11", "18.100", "18.101", "18.102", "18.103", "18.104", "24");

    private static List<String> keys(List<InterruptionCause> causes) {
        return causes.stream().map(InterruptionCause::key).toList();
    }

    private static Map<List<String>, Long> groups(InterruptionReport r) {
        return r.byCauseGroup().entrySet().stream()
                .collect(Collectors.toMap(e -> keys(e.getKey()), Map.Entry::getValue));
    }

    /** Three records of one shared text, two of another, one of a single cause, two unknown texts. */
    private static List<Object> items() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(record("a" + i, 0, 60, "推流客户端主动断流"));
        }
        items.add(record("b0", 0, 60, "直播系统内部错误"));
        items.add(record("b1", 0, 60, "Internal error in the CSS system."));
        items.add(record("c", 0, 60, "推流域名被禁用"));
        items.add(record("d0", 0, 60, "push url expired"));
        items.add(record("d1", 0, 60, "push url expired"));
        items.add(record("e", 0, 60, "推流客户端主动断"));
        items.add(record("f", 0, 60, "   ")); // blank: no text to list
        return items;
    }

    @Test
    void aSharedTextCountsAsItsGroupAndAnUnknownTextIsListed() {
        InterruptionReport r = report(items());
        assertThat(r.interruptions()).isEqualTo(10);
        assertThat(groups(r)).isEqualTo(Map.of(CLIENT_STOPPED, 3L, INTERNAL, 2L));
        assertThat(r.byCauseGroup().keySet().stream().map(g -> g.get(0).key()).toList())
                .as("most first")
                .isEqualTo(List.of("1", "5"));
        assertThat(r.byCause()).isEqualTo(Map.of(InterruptionCause.DOMAIN_DISABLED, 1L));
        // with the causes, the groups account for every interruption with a known cause
        assertThat(r.byCategory().get(Category.CLIENT)).isEqualTo(3);
        assertThat(r.byCategory().get(Category.INTERNAL)).isEqualTo(2);
        assertThat(r.byRecovery().get(Recovery.NOT_NEEDED)).isEqualTo(3);
        assertThat(r.byRecovery().get(Recovery.RETRY)).isEqualTo(2);
        assertThat(r.unclassified()).isEqualTo(4);
        assertThat(r.unrecognizedTexts()).containsExactly(Map.entry("push url expired", 2L), Map.entry("推流客户端主动断", 1L));
        assertThat(r.byCauseGroup().keySet().iterator().next()).isUnmodifiable();
    }

    @Test
    void onlyTheErrmsgOfEighteenAndTwentyOneWithoutSubcodeIsATextToList() {
        InterruptionReport r = report(
                event("1", 0, 18, "push url maybe invalid", "d", "live", "s", T0), // 18: the text tells
                event("2", 0, 18, "推流域名被禁用", "d", "live", "s", T0), // known: 18/303
                event("3", 0, 21, "who stopped it", "d", "live", "s", T0),
                event("4", 0, 5, "a text code 5 does not need", "d", "live", "s", T0),
                event("5", 0, 18, "", "d", "live", "s", T0),
                withSubcode("6", 18, 202, "s", 0), // "whatever": the subcode is given
                event("7", 1, null, "pushing", "d", "live", "s", T0)); // a push has no cause
        assertThat(r.unrecognizedTexts())
                .containsExactly(Map.entry("push url maybe invalid", 1L), Map.entry("who stopped it", 1L));
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"errcode\":18,\"errmsg\":\"odd\"}")
                        .toStreamEvent()
                        .unrecognizedText())
                .contains("odd");
        assertThat(CallbackEvent.parse("{\"event_type\":0,\"errcode\":7,\"errmsg\":\"odd\"}")
                        .toStreamEvent()
                        .unrecognizedText())
                .isEmpty();
    }

    @Test
    void mergesTakeAGroupAndATextOutOnceWhenBothSidesCountedTheEvent() throws IOException {
        List<Object> all = items();
        InterruptionReport whole = report(all);
        // overlapping halves: the middle four records are in both
        InterruptionReport left = report(all.subList(0, 7));
        InterruptionReport right = report(all.subList(3, all.size()));
        InterruptionReport merged = left.merge(right);
        assertThat(merged.duplicatesRemoved()).isEqualTo(4);
        assertThat(groups(merged)).isEqualTo(groups(whole));
        assertThat(merged.unrecognizedTexts()).isEqualTo(whole.unrecognizedTexts());
        // the same through the binary state, either way round
        InterruptionReport viaState = roundTrip(left).merge(roundTrip(right));
        assertThat(snapshot(viaState)).isEqualTo(snapshot(merged));
        assertThat(snapshot(roundTrip(right).merge(left))).isEqualTo(snapshot(right.merge(left)));
        // and a text both sides counted once each (different events) adds up
        assertThat(report(all.subList(6, 8)).merge(report(all.subList(7, 8))).unrecognizedTexts())
                .containsExactly(Map.entry("push url expired", 2L));
    }

    @Test
    void theStateCarriesGroupsAndTexts() throws IOException {
        InterruptionReport r = report(items());
        byte[] state = ReportStateTest.write(r);
        assertThat(state[5]).as("the version written").isEqualTo((byte) ReportState.VERSION);
        InterruptionReport back = ReportStateTest.read(state);
        assertThat(snapshot(back)).isEqualTo(snapshot(r));
        assertThat(back.identities()).isEqualTo(r.identities());
    }

    @Test
    void reportsThatNumberedTheirGroupsInAnotherOrderMergeExactly() throws IOException {
        Object clientOnB = record("b", 0, 60, "推流客户端主动断流");
        Object internalOnA = record("a", 0, 60, "直播系统内部错误");
        Object internalOnC = record("c", 0, 60, "直播系统内部错误");
        Object clientOnD = record("d", 0, 60, "推流客户端主动断流");
        InterruptionReport first = report(internalOnA, clientOnB); // INTERNAL's group numbered first
        InterruptionReport second = report(clientOnB, internalOnC, clientOnD); // CLIENT's first
        InterruptionReport whole = report(internalOnA, clientOnB, clientOnB, internalOnC, clientOnD);
        Map<List<String>, Long> expected = Map.of(CLIENT_STOPPED, 2L, INTERNAL, 2L);
        assertThat(groups(whole)).isEqualTo(expected);
        InterruptionReport merged = first.merge(second);
        assertThat(groups(merged)).isEqualTo(expected);
        assertThat(merged.duplicatesRemoved()).isEqualTo(1);
        assertThat(snapshot(merged)).isEqualTo(snapshot(whole));
        assertThat(snapshot(second.merge(first))).isEqualTo(snapshot(whole));
        assertThat(snapshot(roundTrip(second).merge(roundTrip(first)))).isEqualTo(snapshot(whole));
    }

    @Test
    void aReportTellsItsOwnGroupsApartWhateverOtherReportsOrStatesHold() throws IOException {
        // 60 different pairs of causes by hand: one report tells the first CauseGroups.MAX (52) apart, no more
        List<InterruptionCause> all = Arrays.asList(InterruptionCause.values());
        StreamKey s = StreamKey.of("d", "live", "s");
        InterruptionReport.Builder many = InterruptionReport.builder();
        for (int i = 0; i < 60; i++) {
            many.add(StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, s)
                    .causes(List.of(all.get(0), all.get(i + 1)))
                    .build());
        }
        InterruptionReport full = many.build();
        assertThat(full.byCauseGroup()).hasSize(CauseGroups.MAX);
        assertThat(full.interruptions()).isEqualTo(60);
        // its state read back, and merged into another report, change nothing for a new report's groups
        InterruptionReport back = roundTrip(full);
        assertThat(back.byCauseGroup()).isEqualTo(full.byCauseGroup());
        InterruptionReport fresh = report(record("x", 0, 60, "推流客户端主动断流"));
        assertThat(groups(fresh)).isEqualTo(Map.of(CLIENT_STOPPED, 1L));
        // merged into a full report, a group that finds no room counts in its category only
        InterruptionReport merged = back.merge(fresh);
        assertThat(merged.interruptions()).isEqualTo(61);
        assertThat(merged.byCauseGroup())
                .hasSize(CauseGroups.MAX)
                .doesNotContainKey(fresh.byCauseGroup().keySet().iterator().next());
        assertThat(merged.byCategory().get(Category.CLIENT))
                .isEqualTo(full.byCategory().get(Category.CLIENT) + 1);
        assertThat(groups(fresh.merge(back))).containsEntry(CLIENT_STOPPED, 1L).hasSize(CauseGroups.MAX);
    }

    @Test
    void groupsAreSetsOfCauses() {
        StreamKey s = StreamKey.of("d", "live", "s");
        InterruptionCause one = InterruptionCause.valueOf("CLIENT_DELETED_STREAM");
        InterruptionCause two = InterruptionCause.valueOf("CLIENT_CLOSED_STREAM");
        StreamEvent reversed = StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, s)
                .causes(List.of(two, one, two))
                .build();
        assertThat(reversed.causes()).containsExactly(one, two);
        StreamEvent twice = StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, s)
                .causes(List.of(one, one))
                .build();
        assertThat(twice.causes()).containsExactly(one);
        InterruptionReport r = InterruptionReport.builder()
                .add(reversed)
                .add(StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, s)
                        .causes(List.of(one, two))
                        .build())
                .add(twice)
                .build();
        assertThat(r.byCauseGroup()).containsExactly(Map.entry(List.of(one, two), 2L));
        assertThat(r.byCause()).containsExactly(Map.entry(one, 1L));
    }

    @Test
    void figuresCarryGroupsAndTextsAndCheckThem() {
        InterruptionReport r = InterruptionReport.fromFigures()
                .totals(5, 0, 0, 0, 0)
                .category(Category.CLIENT, 3)
                .category(Category.UNKNOWN, 2)
                .recovery(Recovery.NOT_NEEDED, 3)
                .causeGroup(
                        Arrays.asList(
                                InterruptionCause.valueOf("CLIENT_STOPPED"),
                                InterruptionCause.valueOf("CLIENT_DELETED_STREAM")),
                        3)
                .unrecognizedText("b", 1)
                .unrecognizedText("a", 1)
                .stream(StreamKey.of("d", "live", "s"), 5, 0, 0)
                .build();
        assertThat(groups(r)).isEqualTo(Map.of(List.of("1", "35"), 3L));
        assertThat(r.unrecognizedTexts()).containsExactly(Map.entry("a", 1L), Map.entry("b", 1L));
        assertThatThrownBy(() -> InterruptionReport.fromFigures()
                        .causeGroup(List.of(InterruptionCause.valueOf("CLIENT_STOPPED")), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two different causes");
        assertThatThrownBy(() ->
                        InterruptionReport.fromFigures().totals(1, 0, 0, 0, 0).category(Category.CLIENT, 1).stream(
                                        StreamKey.of("d", "live", "s"), 1, 0, 0)
                                .cause(InterruptionCause.valueOf("CLIENT_STOPPED"), 1)
                                .causeGroup(
                                        List.of(
                                                InterruptionCause.valueOf("CLIENT_STOPPED"),
                                                InterruptionCause.valueOf("CLIENT_DELETED_STREAM")),
                                        1)
                                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more interruptions by recovery or cause than interruptions");
        assertThatThrownBy(() -> InterruptionReport.fromFigures().unrecognizedText("", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNearestKnownTextsOfAnUnknownOne() {
        assertThat(ErrorCodes.closestTexts("push url expired")).containsExactly("The push URL has expired.");
        assertThat(ErrorCodes.closestTexts("推流客户端主动断")).containsExactly("推流客户端主动断流", "客户端主动断流");
        assertThat(ErrorCodes.closestTexts("推流客户端主动断流")).as("a known text").isEmpty();
        assertThat(ErrorCodes.closestTexts("zzz")).isEmpty();
        assertThat(ErrorCodes.closestTexts(null)).isEmpty();
        assertThat(ErrorCodes.closestTexts("")).isEmpty();
        assertThat(ErrorCodes.closestTexts("x".repeat(100_000))).isEmpty();
    }

    @Test
    void aReportKeepsAsManyRejectedLinesAsItIsToldAndAMergeTheLargerNumber() throws IOException {
        InterruptionReport.Builder three = InterruptionReport.builder().keepRejected(3);
        InterruptionReport.Builder fifty = InterruptionReport.builder().keepRejected(50);
        InterruptionReport.Builder usual = InterruptionReport.builder();
        for (int i = 1; i <= 30; i++) {
            three.add(Rejection.of("a.log", i, "bad " + i));
            fifty.add(Rejection.of("b.log", i, "bad " + i));
            usual.add(Rejection.of("c.log", i, "bad " + i));
        }
        InterruptionReport first3 = three.build();
        InterruptionReport first20 = usual.build();
        InterruptionReport all = fifty.build();
        assertThat(first3.rejectedSamples())
                .hasSize(3)
                .last()
                .extracting(Rejection::line)
                .isEqualTo(3L);
        assertThat(first3.rejectedSampleLimit()).isEqualTo(3);
        assertThat(three.build().rejectedSampleLimit())
                .as("the builder goes on as set up")
                .isEqualTo(3);
        assertThat(first20.rejectedSamples()).hasSize(20);
        assertThat(first20.rejectedSampleLimit()).isEqualTo(20);
        assertThat(all.rejectedSamples()).hasSize(30);
        // a merge keeps the larger limit: 3 of a.log, then c.log's first 20, then b.log's until 50
        InterruptionReport merged = first3.merge(first20).merge(all);
        assertThat(merged.rejectedSampleLimit()).isEqualTo(50);
        assertThat(merged.rejectedSamples()).hasSize(50);
        assertThat(merged.rejectedSamples().stream()
                        .map(Rejection::source)
                        .distinct()
                        .toList())
                .containsExactly("a.log", "c.log", "b.log");
        assertThat(merged.rejectedLines()).isEqualTo(90);
        // the state carries the limit
        InterruptionReport back = roundTrip(all);
        assertThat(back.rejectedSampleLimit()).isEqualTo(50);
        assertThat(back.rejectedSamples()).isEqualTo(all.rejectedSamples());
        assertThat(InterruptionReport.builder()
                        .keepRejected(0)
                        .add(Rejection.of("a", 1, "x"))
                        .build()
                        .rejectedSamples())
                .isEmpty();
        assertThatThrownBy(() -> InterruptionReport.builder().keepRejected(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the rejected lines to keep must not be negative: -1");
        InterruptionReport.Builder kept = InterruptionReport.builder().keepRejected(50);
        for (int i = 1; i <= 30; i++) {
            kept.add(Rejection.of("b.log", i, "bad " + i));
        }
        assertThatThrownBy(() -> kept.keepRejected(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this builder keeps 30 rejected lines already, more than 10");
    }

    private static InterruptionReport roundTrip(InterruptionReport r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.writeTo(out);
        return InterruptionReport.readFrom(new ByteArrayInputStream(out.toByteArray()));
    }
}
