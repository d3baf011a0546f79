package io.github.streamcause.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.report.StreamKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamFilterTest {
    @Test
    void globsMatchStarAndQuestionMarkAndEverythingElseLiterally() {
        assertThat(StreamFilter.glob("room*").matcher("room13").matches()).isTrue();
        assertThat(StreamFilter.glob("room*").matcher("xroom13").matches()).isFalse();
        assertThat(StreamFilter.glob("a*b").matcher("aXYb").matches()).isTrue();
        assertThat(StreamFilter.glob("a*b").matcher("ab").matches()).isTrue();
        assertThat(StreamFilter.glob("a*b").matcher("ba").matches()).isFalse();
        assertThat(StreamFilter.glob("ab*cd").matcher("abXcd").matches()).isTrue();
        assertThat(StreamFilter.glob("ab*cd*ef").matcher("ab1cd2ef").matches()).isTrue();
        assertThat(StreamFilter.glob("room?").matcher("room1").matches()).isTrue();
        assertThat(StreamFilter.glob("room?").matcher("room12").matches()).isFalse();
        assertThat(StreamFilter.glob("?").matcher("\n").matches()).isTrue();
        assertThat(StreamFilter.glob("*").matcher("a\nb").matches()).isTrue();
        assertThat(StreamFilter.glob("d.example.com/live/*")
                        .matcher("dXexample.com/live/1")
                        .matches())
                .isFalse();
        assertThat(StreamFilter.glob("d.example.com/live/*")
                        .matcher("d.example.com/live/1")
                        .matches())
                .isTrue();
    }

    @Test
    void aPatternMatchesTheNameAppAndStreamOrTheWholePath() {
        StreamKey key = StreamKey.of("push.example.com", "live", "room13");
        for (String pattern : List.of(
                "room13",
                "room*",
                "live/room*",
                "live/room13",
                "*/room13",
                "push.example.com/live/room13",
                "push.*/live/*",
                "*")) {
            assertThat(new StreamFilter(null, null, List.of(pattern)).keep(key, null))
                    .as(pattern)
                    .isTrue();
        }
        for (String pattern : List.of(
                "room1",
                "ive/room13",
                "live",
                "push.example.com",
                "other/room13",
                "push.example.com/room13",
                "live/room13/")) {
            assertThat(new StreamFilter(null, null, List.of(pattern)).keep(key, null))
                    .as(pattern)
                    .isFalse();
        }
    }

    @Test
    void anyOfSeveralPatternsKeepsAStream() {
        StreamFilter filter = new StreamFilter(null, null, List.of("a*", "live/b"));
        assertThat(filter.keep(StreamKey.of("d", "live", "abc"), null)).isTrue();
        assertThat(filter.keep(StreamKey.of("d", "live", "b"), null)).isTrue();
        assertThat(filter.keep(StreamKey.of("d", "other", "b"), null)).isFalse();
        assertThat(new StreamFilter(null, null, List.of()).keep(StreamKey.of("", "", ""), null))
                .isTrue();
    }

    @Test
    void theWindowKeepsItsStartAndLeavesOutItsEndAndEventsWithoutATime() {
        Instant since = Instant.parse("2026-11-24T00:00:00Z");
        Instant until = Instant.parse("2026-11-25T00:00:00Z");
        StreamFilter filter = new StreamFilter(since, until, List.of());
        StreamKey key = StreamKey.of("d", "a", "s");
        assertThat(filter.keep(key, since)).isTrue();
        assertThat(filter.keep(key, until.minusSeconds(1))).isTrue();
        assertThat(filter.keep(key, until)).isFalse();
        assertThat(filter.keep(key, since.minusSeconds(1))).isFalse();
        assertThat(filter.keep(key, null)).isFalse();
        assertThat(new StreamFilter(since, null, List.of()).keep(key, Instant.MAX))
                .isTrue();
        assertThat(new StreamFilter(null, until, List.of()).keep(key, Instant.EPOCH))
                .isTrue();
        assertThat(new StreamFilter(null, null, List.of()).keep(key, null)).isTrue();
    }
}
