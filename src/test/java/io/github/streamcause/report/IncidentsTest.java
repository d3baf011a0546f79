package io.github.streamcause.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incident rules at and around their thresholds, against incidents written out by hand (recoveries
 * from the spec's classification table: 18/501 and 18/202 FIX_REQUIRED, 8 and 12 RETRY, 1 NOT_NEEDED).
 */
class IncidentsTest {
    private static final long T = Instant.parse("2026-11-24T14:00:00Z").getEpochSecond();
    private static int sequence;

    private static StreamKey stream(String name) {
        return StreamKey.of("d.example.com", "live", name);
    }

    private static StreamEvent drop(String stream, long at, int code, int subcode) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, stream(stream))
                .time(Instant.ofEpochSecond(T + at))
                .diagnosis(ErrorCodes.describe(code, subcode))
                .id(EventId.sequence(Integer.toString(++sequence), 0))
                .build();
    }

    private static InterruptionReport report(List<StreamEvent> events) {
        InterruptionReport.Builder b = InterruptionReport.builder();
        events.forEach(b::add);
        return b.build();
    }

    private static List<StreamEvent> every(String stream, long from, long step, int n, int code, int subcode) {
        List<StreamEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(drop(stream, from + i * step, code, subcode));
        }
        return events;
    }

    @Test
    void aFixRequiredLoopIsFiveInTenMinutesAndNotFour() {
        // five 18/501 drops 150 s apart: 600 s from the first to the last, exactly the window
        List<Incident> five = report(every("a", 0, 150, 5, 18, 501)).incidents();
        assertThat(five).hasSize(1);
        Incident loop = five.get(0);
        assertThat(loop.rule()).isEqualTo(Incident.Rule.FIX_REQUIRED_LOOP);
        assertThat(loop.start()).isEqualTo(Instant.ofEpochSecond(T));
        assertThat(loop.end()).isEqualTo(Instant.ofEpochSecond(T + 600));
        assertThat(loop.streams()).containsExactly(stream("a"));
        assertThat(loop.interruptions()).isEqualTo(5);
        assertThat(loop.cause()).contains(InterruptionCause.PUSH_URL_EXPIRED);
        assertThat(loop.remedy(Locale.ENGLISH)).contains(InterruptionCause.PUSH_URL_EXPIRED.remedy(Locale.ENGLISH));
        assertThat(loop.remedy(Locale.KOREAN)).contains(InterruptionCause.PUSH_URL_EXPIRED.remedy(Locale.KOREAN));
        // one second wider: no loop; four: no loop
        assertThat(report(every("a", 0, 151, 5, 18, 501)).incidents()).isEmpty();
        assertThat(report(every("a", 0, 10, 4, 18, 501)).incidents()).isEmpty();
        // RETRY causes make no loop, and five on five streams make no loop either
        assertThat(report(every("a", 0, 10, 5, 12, 0)).incidents()).isEmpty();
    }

    @Test
    void aLoopGoesOnWhileItsDropsAreWithinTheWindowAndTwoLoopsApartAreTwo() {
        List<StreamEvent> events = new ArrayList<>(every("a", 0, 120, 12, 18, 501)); // 12 drops 2 minutes apart
        events.addAll(every("a", 20_000, 60, 5, 18, 202)); // hours later, arrears
        List<Incident> incidents = report(events).incidents();
        assertThat(incidents)
                .extracting(Incident::toString)
                .containsExactly(
                        "FIX_REQUIRED_LOOP 2026-11-24T14:00:00Z..2026-11-24T14:22:00Z 12 interruptions on"
                                + " [d.example.com/live/a] 18.501",
                        "FIX_REQUIRED_LOOP 2026-11-24T19:33:20Z..2026-11-24T19:37:20Z 5 interruptions on"
                                + " [d.example.com/live/a] 18.202");
    }

    @Test
    void platformWideIsOneCauseOnFiveStreamsInFiveMinutes() {
        List<StreamEvent> events = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            events.add(drop("s" + s, s * 75, 18, 202)); // five streams, 300 s from first to last
        }
        events.add(drop("s0", 100, 18, 202)); // a second on one stream: counts, adds no stream
        List<Incident> incidents = report(events).incidents();
        assertThat(incidents).hasSize(1);
        Incident wide = incidents.get(0);
        assertThat(wide.rule()).isEqualTo(Incident.Rule.PLATFORM_WIDE);
        assertThat(wide.interruptions()).isEqualTo(6);
        assertThat(wide.streams()).extracting(StreamKey::streamName).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(wide.cause()).contains(InterruptionCause.ACCOUNT_IN_ARREARS);
        // four streams are not five; five streams over 301 s are not within the window
        assertThat(report(events.subList(1, 5)).incidents()).isEmpty();
        List<StreamEvent> slow = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            slow.add(drop("s" + s, s * 75 + (s == 4 ? 1 : 0), 12, 0));
        }
        assertThat(report(slow).incidents()).isEmpty();
        slow.set(4, drop("s4", 300, 12, 0));
        assertThat(report(slow).incidents()).extracting(Incident::rule).containsExactly(Incident.Rule.PLATFORM_WIDE);
        // streams that ended as their encoders asked (NOT_NEEDED) are no incident, however many at once
        List<StreamEvent> clean = new ArrayList<>();
        for (int s = 0; s < 9; s++) {
            clean.add(drop("s" + s, s * 10, 1, 0));
        }
        assertThat(report(clean).incidents()).isEmpty();
    }

    @Test
    void flappingIsSixRetryDropsInFifteenMinutes() {
        List<Incident> six = report(every("f", 0, 180, 6, 8, 0)).incidents(); // 900 s
        assertThat(six).extracting(Incident::rule).containsExactly(Incident.Rule.FLAPPING);
        assertThat(six.get(0).cause()).contains(InterruptionCause.NO_DATA_TIMEOUT_8);
        assertThat(report(every("f", 0, 181, 6, 8, 0)).incidents()).isEmpty();
        assertThat(report(every("f", 0, 60, 5, 8, 0)).incidents()).isEmpty();
        // mixed RETRY causes: flapping all the same, its cause the most frequent
        List<StreamEvent> mixed = new ArrayList<>(every("f", 0, 60, 4, 12, 0));
        mixed.addAll(every("f", 300, 60, 2, 8, 0));
        assertThat(report(mixed).incidents().get(0).cause()).contains(InterruptionCause.NETWORK_ERROR_12);
    }

    @Test
    void incidentsAreSortedByImpactAndTheRulesThresholdsCanBeSet() {
        List<StreamEvent> events = new ArrayList<>(every("small", 0, 10, 6, 8, 0));
        events.addAll(every("big", 5000, 10, 9, 8, 0));
        List<Incident> incidents = report(events).incidents();
        assertThat(incidents).extracting(Incident::interruptions).containsExactly(9L, 6L);
        IncidentRules strict = IncidentRules.defaults().flapping(7, Duration.ofMinutes(15));
        assertThat(report(events).incidents(strict))
                .extracting(Incident::interruptions)
                .containsExactly(9L);
        assertThat(IncidentRules.defaults().fixRequiredLoopCount()).isEqualTo(5);
        assertThat(IncidentRules.defaults().fixRequiredLoopWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(IncidentRules.defaults().platformWideStreams()).isEqualTo(5);
        assertThat(IncidentRules.defaults().platformWideWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThat(IncidentRules.defaults().flappingCount()).isEqualTo(6);
        assertThat(IncidentRules.defaults().flappingWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(strict).isNotEqualTo(IncidentRules.defaults());
        assertThat(IncidentRules.defaults().flapping(6, Duration.ofMinutes(15))).isEqualTo(IncidentRules.defaults());
        assertThatThrownBy(() -> IncidentRules.defaults().platformWide(1, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the platform-wide count is at least 2, not 1");
        assertThatThrownBy(() -> IncidentRules.defaults().fixRequiredLoop(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fix-required loop window is at least a second, not PT0S");
    }

    @Test
    void everySplitMergesToTheIncidentsOfTheWhole() throws IOException {
        Random rnd = new Random(2026_12_08);
        int[][] causes = {{18, 501}, {18, 202}, {8, 0}, {12, 0}, {1, 0}};
        for (int round = 0; round < 40; round++) {
            List<StreamEvent> events = new ArrayList<>();
            int n = 20 + rnd.nextInt(200);
            for (int i = 0; i < n; i++) {
                int[] cause = causes[rnd.nextInt(causes.length)];
                StreamEvent e = drop("s" + rnd.nextInt(8), rnd.nextInt(3600), cause[0], cause[1]);
                events.add(e);
                if (rnd.nextInt(10) == 0) {
                    events.add(e); // a redelivered copy
                }
            }
            InterruptionReport whole = report(events);
            int cut = rnd.nextInt(events.size() + 1);
            InterruptionReport merged = read(write(report(events.subList(cut, events.size()))))
                    .merge(read(write(report(events.subList(0, cut)))));
            assertThat(merged.incidents()).as("round %d", round).isEqualTo(whole.incidents());
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
