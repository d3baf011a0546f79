package io.github.streamcause.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.tencent.CallbackEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Sessions and reconnects, against figures worked out by hand (recoveries from the spec's classification
 * table: 8 and 12 are RETRY, 1 NOT_NEEDED, 18/501 FIX_REQUIRED), and merges of every split against the whole.
 */
class SessionsAndReconnectsTest {
    private static final StreamKey A = StreamKey.of("d.example.com", "live", "a");
    private static final StreamKey B = StreamKey.of("d.example.com", "live", "b");
    private static final long T = Instant.parse("2026-11-24T14:00:00Z").getEpochSecond();

    private static StreamEvent push(String sequence, StreamKey stream, long at) {
        return StreamEvent.builder(StreamEvent.Kind.PUSH, stream)
                .time(Instant.ofEpochSecond(T + at))
                .id(sequence == null ? null : EventId.sequence(sequence, 1))
                .build();
    }

    private static StreamEvent drop(String sequence, StreamKey stream, long at, int code, Duration length) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, stream)
                .time(Instant.ofEpochSecond(T + at))
                .diagnosis(ErrorCodes.describe(code, code == 18 ? 501 : 0))
                .sessionLength(length)
                .id(sequence == null ? null : EventId.sequence(sequence, 0))
                .build();
    }

    private static InterruptionReport report(List<StreamEvent> events) {
        InterruptionReport.Builder b = InterruptionReport.builder();
        events.forEach(b::add);
        return b.build();
    }

    /** Stream a: three sessions and a drop that never came back; stream b: a push that is still live. */
    private static List<StreamEvent> day() {
        return List.of(
                push("1", A, 0),
                drop("1", A, 5, 12, null), // 5 s: short; RETRY, back at 30 (25 s: a blip)
                push("2", A, 30),
                drop("2", A, 3630, 8, Duration.ofSeconds(7)), // paired: 3600 s, not its own 7; RETRY, back at 3730
                push("3", A, 3730),
                drop("3", A, 3830, 1, null), // 100 s; NOT_NEEDED: no reconnect asked
                drop("4", A, 4000, 12, Duration.ofMillis(9500)), // push not seen: 9 s from push_duration, short
                push("5", B, 100), // open: its end not seen
                drop(null, B, 50, 18, null)); // no sequence, no length; FIX_REQUIRED
    }

    @Test
    void sessionsArePairedBySequenceAndMeasured() {
        SessionSummary s = report(day()).sessions();
        assertThat(s.interruptions()).isEqualTo(5);
        assertThat(s.paired()).isEqualTo(3);
        assertThat(s.unpairedInterruptions()).isEqualTo(2);
        assertThat(s.openPushes()).isEqualTo(1);
        assertThat(s.withoutLength())
                .as("the drop with neither a push nor a length")
                .isEqualTo(1);
        assertThat(s.sessions()).isEqualTo(4);
        // lengths 5, 3600, 100, 9: sorted 5 9 100 3600; median rank 2 (9), p90 rank 4 (3600)
        assertThat(s.lengths().median()).contains(Duration.ofSeconds(9));
        assertThat(s.lengths().p90()).contains(Duration.ofSeconds(3600));
        assertThat(s.histogram())
                .extracting(DurationBin::count)
                .containsExactly(2L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L); // <10 s, ..., 1-5 min, ..., 1-2 h
        assertThat(s.histogram().get(5).from()).isEqualTo(Duration.ofHours(1));
        assertThat(s.histogram().get(5).to()).contains(Duration.ofHours(2));
        assertThat(s.histogram().get(8).to()).isEmpty();
        assertThat(s.shortSessions()).isEqualTo(2);
        assertThat(s.shortSessionsByStream()).containsExactly(Map.entry(A, 2L));
        assertThat(s.byCause())
                .containsOnlyKeys(
                        InterruptionCause.NETWORK_ERROR_12,
                        InterruptionCause.NO_DATA_TIMEOUT_8,
                        InterruptionCause.CLIENT_DELETED_STREAM);
        assertThat(s.byCause().get(InterruptionCause.NETWORK_ERROR_12).count()).isEqualTo(2);
        assertThat(s.byCause().get(InterruptionCause.NETWORK_ERROR_12).median()).contains(Duration.ofSeconds(5));
        assertThat(s.byCause().get(InterruptionCause.NETWORK_ERROR_12).p90()).contains(Duration.ofSeconds(9));
    }

    @Test
    void aPairIsFoundWhateverTheOrderOfArrival() {
        List<StreamEvent> events = new ArrayList<>(day());
        SessionSummary inOrder = report(events).sessions();
        Random rnd = new Random(8);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events, rnd);
            SessionSummary shuffled = report(events).sessions();
            assertThat(shuffled.toString()).isEqualTo(inOrder.toString());
            assertThat(shuffled.histogram()).isEqualTo(inOrder.histogram());
            assertThat(shuffled.byCause()).isEqualTo(inOrder.byCause());
        }
    }

    @Test
    void reconnectsWithinTheWindowAreBlipsAndTheRestIsCounted() {
        ReconnectSummary r = report(day()).reconnects();
        assertThat(r.window()).isEqualTo(Duration.ofSeconds(60));
        assertThat(r.retryInterruptions()).as("drops 1, 2 and 4").isEqualTo(3);
        assertThat(r.blips()).as("drop 1, back after 25 s").isEqualTo(1);
        assertThat(r.reconnectedLater()).as("drop 2, back after 100 s").isEqualTo(1);
        assertThat(r.neverReconnected()).as("drop 4").isEqualTo(1);
        assertThat(r.blipShare()).isEqualTo(1.0 / 3);
        assertThat(r.timeToReconnect().count()).isEqualTo(2);
        assertThat(r.timeToReconnect().median()).contains(Duration.ofSeconds(25));
        assertThat(r.timeToReconnect().p90()).contains(Duration.ofSeconds(100));
        assertThat(r.streamsNotBack()).containsExactly(A);
        // a wider window makes drop 2 a blip too; at exactly 25 s drop 1 still is one
        assertThat(report(day()).reconnects(Duration.ofSeconds(100)).blips()).isEqualTo(2);
        assertThat(report(day()).reconnects(Duration.ofSeconds(25)).blips()).isEqualTo(1);
        assertThat(report(day()).reconnects(Duration.ofSeconds(24)).blips()).isZero();
        assertThatThrownBy(() -> report(day()).reconnects(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reconnect window is not negative: PT-1S");
    }

    @Test
    void theSessionsOwnPushIsNoReconnectAndAPushAtTheSameSecondIs() {
        // a session of 0 s: its own push is at the drop's second, and is not the reconnect
        InterruptionReport own = report(List.of(push("1", A, 10), drop("1", A, 10, 12, null)));
        assertThat(own.reconnects().neverReconnected()).isEqualTo(1);
        assertThat(own.sessions().lengths().median()).contains(Duration.ZERO);
        // another push at the same second is
        InterruptionReport same = report(List.of(push("1", A, 0), drop("1", A, 10, 12, null), push("2", A, 10)));
        assertThat(same.reconnects().blips()).isEqualTo(1);
        assertThat(same.reconnects().timeToReconnect().median()).contains(Duration.ZERO);
        // a push of another stream is not a reconnect
        InterruptionReport other = report(List.of(drop("1", A, 10, 12, null), push("2", B, 11)));
        assertThat(other.reconnects().streamsNotBack()).containsExactly(A);
    }

    @Test
    void aCallbacksPushDurationIsTheLengthOfAnUnpairedSessionAndNotInTheSpan() {
        CallbackEvent drop = CallbackEvent.parse("{\"event_type\":0,\"sequence\":\"77\",\"event_time\":" + (T + 100)
                + ",\"stream_id\":\"a\",\"errcode\":1,\"push_duration\":\"61999\"}");
        assertThat(drop.toStreamEvent().sessionLength()).contains(Duration.ofMillis(61999));
        InterruptionReport r = report(List.of(drop.toStreamEvent()));
        assertThat(r.sessions().lengths().median())
                .as("61.999 s, in whole seconds")
                .contains(Duration.ofSeconds(61));
        assertThat(r.firstEvent()).contains(Instant.ofEpochSecond(T + 100));
        assertThatThrownBy(() ->
                        StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, A).sessionLength(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySplitOfSeededRandomDaysMergesToTheSessionsAndReconnectsOfTheWhole() throws IOException {
        Random rnd = new Random(20261208);
        for (int round = 0; round < 60; round++) {
            List<StreamEvent> events = new ArrayList<>();
            int n = 1 + rnd.nextInt(120);
            for (int i = 0; i < n; i++) {
                String sequence = rnd.nextInt(10) == 0 ? null : Integer.toString(rnd.nextInt(n / 2 + 1));
                StreamKey stream = rnd.nextBoolean() ? A : B;
                long at = rnd.nextInt(7200);
                events.add(
                        rnd.nextBoolean()
                                ? push(sequence, stream, at)
                                : drop(
                                        sequence,
                                        stream,
                                        at,
                                        new int[] {1, 8, 12, 18}[rnd.nextInt(4)],
                                        rnd.nextBoolean() ? null : Duration.ofSeconds(rnd.nextInt(500))));
            }
            InterruptionReport whole = report(events);
            int cut = rnd.nextInt(n + 1);
            InterruptionReport merged =
                    read(write(report(events.subList(0, cut)))).merge(read(write(report(events.subList(cut, n)))));
            assertThat(merged.sessions().toString())
                    .as("round %d", round)
                    .isEqualTo(whole.sessions().toString());
            assertThat(merged.sessions().histogram()).isEqualTo(whole.sessions().histogram());
            assertThat(merged.sessions().byCause()).isEqualTo(whole.sessions().byCause());
            assertThat(merged.sessions().shortSessionsByStream())
                    .isEqualTo(whole.sessions().shortSessionsByStream());
            assertThat(merged.reconnects().toString())
                    .isEqualTo(whole.reconnects().toString());
        }
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
