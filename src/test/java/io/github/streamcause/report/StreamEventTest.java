package io.github.streamcause.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's own event and its parts: what they hold, equality, and what they refuse. */
class StreamEventTest {
    private static final StreamKey ROOM = StreamKey.of("push.example.com", "live", "room42");
    private static final Instant T = Instant.ofEpochSecond(1_764_000_000L);

    private static StreamEvent.Builder full() {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, ROOM)
                .time(T)
                .sessionStart(T.minusSeconds(60))
                .diagnosis(ErrorCodes.describe(18, 202))
                .id(EventId.sequence("4777712183614825751", 0))
                .origin("a.log", 7);
    }

    @Test
    void anEventHoldsWhatItWasBuiltWith() {
        StreamEvent e = full().build();
        assertThat(e.kind()).isEqualTo(StreamEvent.Kind.INTERRUPTION);
        assertThat(e.stream()).isEqualTo(ROOM);
        assertThat(e.time()).contains(T);
        assertThat(e.sessionStart()).contains(T.minusSeconds(60));
        assertThat(e.diagnosis()).contains(ErrorCodes.describe(18, 202));
        assertThat(e.causes()).containsExactly(InterruptionCause.ACCOUNT_IN_ARREARS);
        assertThat(e.id()).contains(EventId.sequence("4777712183614825751", 0));
        assertThat(e.source()).isEqualTo("a.log");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.toString())
                .isEqualTo("INTERRUPTION push.example.com/live/room42 at 2025-11-24T16:00:00Z 18/202"
                        + " id=sequence 4777712183614825751 type 0 from a.log:7");

        StreamEvent bare = StreamEvent.builder(StreamEvent.Kind.PUSH, ROOM).build();
        assertThat(bare.time()).isEmpty();
        assertThat(bare.sessionStart()).isEmpty();
        assertThat(bare.diagnosis()).isEmpty();
        assertThat(bare.causes()).isEmpty();
        assertThat(bare.id()).isEmpty();
        assertThat(bare.source()).isEmpty();
        assertThat(bare.line()).isZero();
        assertThat(bare.toString()).isEqualTo("PUSH push.example.com/live/room42 causes=[]");
    }

    @Test
    void causesOfATextAreCopiedAndADiagnosisWins() {
        List<InterruptionCause> causes = new ArrayList<>(
                List.of(InterruptionCause.CLIENT_DELETED_STREAM, InterruptionCause.CLIENT_CLOSED_STREAM));
        StreamEvent.Builder b =
                StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, ROOM).causes(causes);
        StreamEvent e = b.build();
        causes.clear();
        assertThat(e.causes())
                .containsExactly(InterruptionCause.CLIENT_DELETED_STREAM, InterruptionCause.CLIENT_CLOSED_STREAM);
        assertThatThrownBy(() -> e.causes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(b.causes(List.of(InterruptionCause.NETWORK_ERROR_12)).build().causes())
                .containsExactly(InterruptionCause.NETWORK_ERROR_12);
        assertThat(b.causes(null).build().causes()).isEmpty();
        assertThat(b.causes(List.of()).build().causes()).isEmpty();
        assertThat(b.causes(causes).diagnosis(ErrorCodes.describe(7)).build().causes())
                .containsExactly(InterruptionCause.RTMP_FRAME_TOO_LARGE);
        List<InterruptionCause> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> b.causes(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eventsAreEqualWhenEveryPartIs() {
        StreamEvent a = full().build();
        assertThat(a)
                .isEqualTo(full().build())
                .hasSameHashCodeAs(full().build())
                .isNotEqualTo(null)
                .isNotEqualTo("x");
        assertThat(a).isEqualTo(a);
        List<StreamEvent> others = List.of(
                StreamEvent.builder(StreamEvent.Kind.PUSH, ROOM)
                        .time(T)
                        .sessionStart(T.minusSeconds(60))
                        .diagnosis(ErrorCodes.describe(18, 202))
                        .id(EventId.sequence("4777712183614825751", 0))
                        .origin("a.log", 7)
                        .build(),
                StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, StreamKey.of("push.example.com", "live", "room43"))
                        .time(T)
                        .sessionStart(T.minusSeconds(60))
                        .diagnosis(ErrorCodes.describe(18, 202))
                        .id(EventId.sequence("4777712183614825751", 0))
                        .origin("a.log", 7)
                        .build(),
                full().time(T.plusSeconds(1)).build(),
                full().sessionStart(null).build(),
                full().diagnosis(ErrorCodes.describe(18, 203)).build(),
                full().diagnosis(null).build(),
                full().id(EventId.sequence("4777712183614825751", 1)).build(),
                full().id(null).build(),
                full().origin("b.log", 7).build(),
                full().origin("a.log", 8).build());
        for (StreamEvent other : others) {
            assertThat(a).as(other.toString()).isNotEqualTo(other);
        }
    }

    @Test
    void theOneCallFormEqualsTheBuilt() {
        StreamEvent built = full().sessionStart(null).build();
        StreamEvent direct = StreamEvent.of(
                StreamEvent.Kind.INTERRUPTION,
                ROOM,
                T,
                ErrorCodes.describe(18, 202),
                EventId.sequence("4777712183614825751", 0),
                "a.log",
                7);
        assertThat(direct).isEqualTo(built);
        assertThat(direct.causes()).containsExactly(InterruptionCause.ACCOUNT_IN_ARREARS);
        StreamEvent none = StreamEvent.of(StreamEvent.Kind.OTHER, ROOM, null, null, null, "", 0);
        assertThat(none.causes()).isEmpty();
        assertThat(none.sessionStart()).isEmpty();
        assertThatThrownBy(() -> StreamEvent.of(StreamEvent.Kind.PUSH, ROOM, null, null, null, "", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamEvent.of(null, ROOM, null, null, null, "", 0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StreamEvent.of(StreamEvent.Kind.PUSH, null, null, null, null, "", 0))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StreamEvent.of(StreamEvent.Kind.PUSH, ROOM, null, null, null, null, 0))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void badPartsAreRefused() {
        assertThatThrownBy(() -> StreamEvent.builder(null, ROOM))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> StreamEvent.builder(StreamEvent.Kind.PUSH, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("stream");
        StreamEvent.Builder b = StreamEvent.builder(StreamEvent.Kind.PUSH, ROOM);
        assertThatThrownBy(() -> b.origin("a", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must not be negative: -1");
        assertThatThrownBy(() -> b.origin(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source");
        assertThat(b.origin("a", 0).build().line()).isZero();
    }

    @Test
    void identitiesRejectionsAndInputsAreValues() {
        EventId seq = EventId.sequence("12", 0);
        assertThat(seq.form()).isEqualTo(EventId.Form.SEQUENCE);
        assertThat(seq.sequenceText()).isEqualTo("12");
        assertThat(seq.eventType()).isZero();
        assertThat(seq.start()).isNull();
        assertThat(seq).isEqualTo(EventId.sequence("12", 0)).hasSameHashCodeAs(EventId.sequence("12", 0));
        assertThat(seq)
                .isNotEqualTo(EventId.sequence("12", 1))
                .isNotEqualTo(EventId.sequence("012", 0))
                .isNotEqualTo("12");
        assertThat(seq.toString()).isEqualTo("sequence 12 type 0");
        EventId span = EventId.span(T, T.plusSeconds(5));
        assertThat(span.form()).isEqualTo(EventId.Form.SPAN);
        assertThat(span.start()).isEqualTo(T);
        assertThat(span.end()).isEqualTo(T.plusSeconds(5));
        assertThat(span.sequenceText()).isNull();
        assertThat(span).isEqualTo(EventId.span(T, T.plusSeconds(5))).isNotEqualTo(EventId.span(T, null));
        assertThat(span.toString()).isEqualTo("span 2025-11-24T16:00:00Z..2025-11-24T16:00:05Z");
        assertThatThrownBy(() -> EventId.sequence(null, 0)).isInstanceOf(NullPointerException.class);

        Rejection r = Rejection.of("a.log", 3, "blank line");
        assertThat(r)
                .isEqualTo(Rejection.of("a.log", 3, "blank line"))
                .hasSameHashCodeAs(Rejection.of("a.log", 3, "blank line"));
        assertThat(r)
                .isNotEqualTo(Rejection.of("a.log", 4, "blank line"))
                .isNotEqualTo(Rejection.of("b.log", 3, "blank line"))
                .isNotEqualTo(Rejection.of("a.log", 3, "other"));
        assertThat(r.toString()).isEqualTo("a.log:3: blank line");
        assertThatThrownBy(() -> Rejection.of("a", -1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rejection.of(null, 1, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source");
        assertThatThrownBy(() -> Rejection.of("a", 1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason");

        InputSummary i = InputSummary.of("a.log", "callback-log", 10, 2, 3);
        assertThat(i).isEqualTo(InputSummary.of("a.log", "callback-log", 10, 2, 3));
        assertThat(i.hashCode())
                .isEqualTo(InputSummary.of("a.log", "callback-log", 10, 2, 3).hashCode());
        for (InputSummary other : List.of(
                InputSummary.of("b.log", "callback-log", 10, 2, 3),
                InputSummary.of("a.log", "x", 10, 2, 3),
                InputSummary.of("a.log", "callback-log", 11, 2, 3),
                InputSummary.of("a.log", "callback-log", 10, 1, 3),
                InputSummary.of("a.log", "callback-log", 10, 2, 4))) {
            assertThat(i).isNotEqualTo(other);
        }
        assertThat(i.toString()).isEqualTo("a.log (callback-log): 10 lines, 2 rejected, 3 filtered out");
        assertThatThrownBy(() -> InputSummary.of("a", "k", 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("more lines rejected (1) and filtered out (1) than read (1)");
        assertThatThrownBy(() -> InputSummary.of("a", "k", -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputSummary.of("a", "k", 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputSummary.of("a", "k", 1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(InputSummary.of("a", "k", 2, 1, 1).lines()).isEqualTo(2);
    }
}
