package io.github.streamcause.report;

import static io.github.streamcause.report.ReportFixtures.interruption;
import static io.github.streamcause.report.ReportFixtures.push;
import static io.github.streamcause.report.ReportFixtures.record;
import static io.github.streamcause.report.ReportFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stream keys and stream summaries as values, the builder's chaining, and bad arguments. */
class ReportValuesTest {
    @Test
    void streamKeysAreEqualByTheirThreeParts() {
        StreamKey key = new StreamKey("d.example.com", "live", "room1");
        assertThat(key).isEqualTo(key).isEqualTo(new StreamKey("d.example.com", "live", "room1"));
        assertThat(key).hasSameHashCodeAs(new StreamKey("d.example.com", "live", "room1"));
        assertThat(key)
                .isNotEqualTo(new StreamKey("e.example.com", "live", "room1"))
                .isNotEqualTo(new StreamKey("d.example.com", "vod", "room1"))
                .isNotEqualTo(new StreamKey("d.example.com", "live", "room2"))
                .isNotEqualTo("d.example.com/live/room1")
                .isNotEqualTo(null);
        assertThat(key.hashCode()).isNotEqualTo(new StreamKey("d.example.com", "live", "room2").hashCode());
        assertThat(key).hasToString("d.example.com/live/room1");
    }

    @Test
    void streamSummariesAreEqualByStreamAndCounts() {
        List<?> items = List.of(
                interruption("1", 18, "a", 0),
                interruption("2", 18, "a", 1),
                interruption("3", 12, "a", 2),
                push("4", "a", 3),
                interruption("5", 12, "b", 4));
        List<StreamSummary> streams = ReportFixtures.report(items).streams();
        List<StreamSummary> again = ReportFixtures.report(items).streams();
        StreamSummary a = streams.get(0);
        StreamSummary b = streams.get(1);

        assertThat(a.stream()).isEqualTo(new StreamKey("d.example.com", "live", "a"));
        assertThat(a).isEqualTo(a).isEqualTo(again.get(0)).hasSameHashCodeAs(again.get(0));
        assertThat(b).isEqualTo(again.get(1));
        assertThat(a).isNotEqualTo(b).isNotEqualTo(a.stream()).isNotEqualTo(null);
        assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
        assertThat(a).hasToString("d.example.com/live/a interruptions=3 fixRequired=2 pushes=1");
        assertThat(b).hasToString("d.example.com/live/b interruptions=1 fixRequired=0 pushes=0");

        // the same stream with other counts
        StreamSummary fewer =
                ReportFixtures.report(items.subList(1, items.size())).streams().get(0);
        assertThat(fewer.stream()).isEqualTo(a.stream());
        assertThat(a).isNotEqualTo(fewer);
        StreamSummary noPush = ReportFixtures.report(
                        interruption("1", 18, "a", 0), interruption("2", 18, "a", 1), interruption("3", 12, "a", 2))
                .streams()
                .get(0);
        assertThat(a).isNotEqualTo(noPush);
        StreamSummary otherFix = ReportFixtures.report(
                        interruption("1", 18, "a", 0),
                        interruption("2", 12, "a", 1),
                        interruption("3", 12, "a", 2),
                        push("4", "a", 3))
                .streams()
                .get(0);
        assertThat(a).isNotEqualTo(otherFix);
    }

    @Test
    void everyAddReturnsTheBuilderForChaining() {
        InterruptionReport r = InterruptionReport.builder()
                .add(record("a", 0, 10, "recv rtmp closeStream").toStreamEvent("", 0))
                .add(rejected(2).toRejection())
                .add(interruption("1", 12, "a", 20).toStreamEvent())
                .build();
        assertThat(r.interruptions()).isEqualTo(2);
        assertThat(r.rejectedLines()).isEqualTo(1);
    }

    @Test
    void aNegativeTopIsAnError() {
        InterruptionReport r = ReportFixtures.report(interruption("1", 12, "a", 0));
        assertThatThrownBy(() -> r.topStreams(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must not be negative: -1");
        assertThatThrownBy(() -> r.topStreamsNeedingFix(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.topStreams(0)).isEmpty();
        assertThat(r.topStreams(1)).hasSize(1);
    }

    @Test
    void anUndocumentedPairTakenOverInAMergeIsCountedOnceInTheNextMerge() {
        InterruptionReport.Builder carrier = InterruptionReport.builder();
        carrier.merge(
                InterruptionReport.builder().add(interruption("s1", 99, "a", 0).toStreamEvent()));
        InterruptionReport.Builder both =
                InterruptionReport.builder().add(interruption("s1", 99, "a", 0).toStreamEvent());
        both.merge(carrier);
        InterruptionReport r = both.build();
        assertThat(r.interruptions()).isEqualTo(1);
        assertThat(r.duplicatesRemoved()).isEqualTo(1);
        assertThat(r.undocumentedPairs()).containsExactly(java.util.Map.entry("99", 1L));

        InterruptionReport whole = ReportFixtures.report(interruption("s1", 99, "a", 0));
        InterruptionReport viaCarrier = whole.merge(InterruptionReport.builder()
                .merge(InterruptionReport.builder()
                        .add(interruption("s1", 99, "a", 0).toStreamEvent()))
                .build());
        assertThat(viaCarrier.undocumentedPairs()).containsExactly(java.util.Map.entry("99", 1L));
    }
}
