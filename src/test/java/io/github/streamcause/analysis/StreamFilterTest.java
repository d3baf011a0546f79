package io.github.streamcause.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.report.StreamKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamFilterTest {
    @Test
    void globsMatchStarAndQuestionMarkAndEverythingElseLiterally() {
        assertThat(StreamFilter.matches("room*", "room13")).isTrue();
        assertThat(StreamFilter.matches("room*", "xroom13")).isFalse();
        assertThat(StreamFilter.matches("a*b", "aXYb")).isTrue();
        assertThat(StreamFilter.matches("a*b", "ab")).isTrue();
        assertThat(StreamFilter.matches("a*b", "ba")).isFalse();
        assertThat(StreamFilter.matches("ab*cd", "abXcd")).isTrue();
        assertThat(StreamFilter.matches("ab*cd*ef", "ab1cd2ef")).isTrue();
        assertThat(StreamFilter.matches("room?", "room1")).isTrue();
        assertThat(StreamFilter.matches("room?", "room12")).isFalse();
        assertThat(StreamFilter.matches("?", "\n")).isTrue();
        assertThat(StreamFilter.matches("*", "a\nb")).isTrue();
        assertThat(StreamFilter.matches("d.example.com/live/*", "dXexample.com/live/1"))
                .isFalse();
        assertThat(StreamFilter.matches("d.example.com/live/*", "d.example.com/live/1"))
                .isTrue();
        assertThat(StreamFilter.matches("room?", "room\uD83D\uDE00"))
                .as("? is one character")
                .isTrue();
        assertThat(StreamFilter.matches("room??", "room\uD83D\uDE00")).isFalse();
        assertThat(StreamFilter.matches("", "")).isTrue();
        assertThat(StreamFilter.matches("", "a")).isFalse();
        assertThat(StreamFilter.matches("**", "")).isTrue();
        assertThat(StreamFilter.matches("a*", "")).isFalse();
    }

    /** The regular expression a glob stands for: the independent reference. */
    private static boolean byRegex(String glob, String text) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL)
                .matcher(text)
                .matches();
    }

    @Test
    void globsMatchAsTheirRegularExpressionsDoOverASeededSweep() {
        java.util.Random rnd = new java.util.Random(5);
        String alphabet = "ab*?";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder glob = new StringBuilder();
            for (int n = rnd.nextInt(7); n > 0; n--) {
                glob.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            StringBuilder text = new StringBuilder();
            for (int n = rnd.nextInt(9); n > 0; n--) {
                text.append(rnd.nextBoolean() ? 'a' : 'b');
            }
            assertThat(StreamFilter.matches(glob.toString(), text.toString()))
                    .as("%s against %s", glob, text)
                    .isEqualTo(byRegex(glob.toString(), text.toString()));
        }
    }

    @Test
    void aLongNameAgainstManyStarsTakesNoExponentialTime() {
        // a regular expression took 73 s for '*o*o*1*' and did not finish '*o*o*o*1*' in 120 s
        String name = "o".repeat(5_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertThat(StreamFilter.matches("*o*o*o*1*", name)).isFalse();
            assertThat(StreamFilter.matches("*o*o*o*o*o*", name)).isTrue();
            assertThat(StreamFilter.matches("*o*o*1*", name + "1")).isTrue();
        });
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
