package io.github.streamcause.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-stream table and the rankings over it, against a plain {@code HashMap} and a plain sort: the
 * numbering, the sharing of domains and app names, names made to collide, and the top {@code n}.
 */
class StreamsTest {
    /** {@code 2^bits} different names with one {@link String#hashCode()}: "Aa" and "BB" hash alike. */
    private static List<String> colliding(int bits) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1 << bits; i++) {
            StringBuilder name = new StringBuilder();
            for (int b = 0; b < bits; b++) {
                name.append((i >> b & 1) == 0 ? "Aa" : "BB");
            }
            names.add(name.toString());
        }
        return names;
    }

    @Test
    void numbersFollowTheOrderFirstSeenAndMatchAHashMap() {
        Random random = new Random(12);
        Streams streams = new Streams();
        Map<StreamKey, Integer> model = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            StreamKey key =
                    StreamKey.of("d" + random.nextInt(3), "app" + random.nextInt(2), "s" + random.nextInt(60_000));
            int expected = model.computeIfAbsent(key, k -> model.size());
            assertThat(streams.number(key)).as("%s at %d", key, i).isEqualTo(expected);
        }
        assertThat(streams.size()).isEqualTo(model.size());
        model.forEach((key, number) -> assertThat(streams.key(number)).isEqualTo(key));
        assertThatThrownBy(() -> streams.key(model.size()))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining(String.valueOf(model.size()));
        assertThatThrownBy(() -> streams.key(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void namesMadeToCollideAreEachKeptOnceAndFoundAgain() {
        List<String> names = colliding(13); // 8,192 names, one hash: far past the probe limit
        assertThat(names.stream().map(String::hashCode).distinct()).hasSize(1);
        Streams streams = new Streams();
        for (int round = 0; round < 2; round++) { // the second round finds every stream again
            for (int i = 0; i < names.size(); i++) {
                assertThat(streams.number(StreamKey.of("d", "a", names.get(i)))).isEqualTo(2 * i);
                // streams of other hashes in between still find their slots
                assertThat(streams.number(StreamKey.of("d", "a", "other" + i))).isEqualTo(2 * i + 1);
            }
        }
        assertThat(streams.size()).isEqualTo(2 * names.size());
        Streams copy = streams.copy();
        assertThat(copy.number(StreamKey.of("d", "a", names.get(100)))).isEqualTo(200);
        assertThat(copy.number(StreamKey.of("d", "a", "new"))).isEqualTo(2 * names.size());
        assertThat(streams.size()).as("the copy is independent").isEqualTo(2 * names.size());
        assertThat(streams.number(StreamKey.of("d", "a", "new"))).isEqualTo(2 * names.size());
    }

    @Test
    void aNewStreamSharesTheDomainAndAppNameAlreadyHeld() {
        Streams streams = new Streams();
        streams.number(StreamKey.of(new String("d.example.com"), new String("live"), "s1"));
        StreamKey second = StreamKey.of(new String("d.example.com"), new String("live"), "s2");
        streams.number(second);
        assertThat(streams.key(1)).isEqualTo(second);
        assertThat(streams.key(1).domain()).isSameAs(streams.key(0).domain());
        assertThat(streams.key(1).appName()).isSameAs(streams.key(0).appName());
        assertThat(streams.key(1).streamName()).isSameAs(second.streamName());
    }

    @Test
    void aMergeRenumbersTheOtherSideAndAddsItsCounts() {
        Streams left = new Streams();
        left.interruptions[left.number(StreamKey.of("d", "a", "x"))] += 2;
        Streams right = new Streams();
        right.interruptions[right.number(StreamKey.of("d", "a", "y"))] += 5;
        right.pushes[right.number(StreamKey.of("d", "a", "x"))] += 1;
        right.fixRequired[0] += 4;
        assertThat(left.merge(right)).containsExactly(1, 0);
        assertThat(left.interruptions).startsWith(2, 5);
        assertThat(left.fixRequired).startsWith(0, 4);
        assertThat(left.pushes).startsWith(1, 0);
    }

    private record Row(StreamKey key, long interruptions, long fixRequired, long pushes) {}

    private static final Comparator<Row> BY_INTERRUPTIONS =
            Comparator.comparingLong((Row r) -> -r.interruptions()).thenComparing(Row::key);
    private static final Comparator<Row> BY_FIX = Comparator.comparingLong((Row r) -> -r.fixRequired())
            .thenComparingLong(r -> -r.interruptions())
            .thenComparing(Row::key);

    private static List<Row> rows(List<StreamSummary> summaries) {
        return summaries.stream()
                .map(s -> new Row(s.stream(), s.interruptions(), s.fixRequired(), s.pushes()))
                .toList();
    }

    @Test
    void theRankingsEqualAPlainSortOfEveryStream() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            Streams streams = new Streams();
            List<Row> model = new ArrayList<>();
            int count = random.nextInt(trial < 10 ? 3 : 400);
            for (int i = 0; i < count; i++) {
                StreamKey key = StreamKey.of("d" + random.nextInt(2), "a", "s" + i);
                int n = streams.number(key);
                // few distinct counts, so that ties are many and decided by the key
                long interruptions = random.nextInt(4);
                long fix = interruptions == 0 ? 0 : random.nextInt((int) interruptions + 1);
                long pushes = random.nextInt(3);
                streams.interruptions[n] = interruptions;
                streams.fixRequired[n] = fix;
                streams.pushes[n] = pushes;
                model.add(new Row(key, interruptions, fix, pushes));
            }
            List<Row> all = model.stream().sorted(BY_INTERRUPTIONS).toList();
            assertThat(rows(new StreamRanking(streams, false).all())).isEqualTo(all);
            int n = random.nextInt(count + 3);
            assertThat(rows(new StreamRanking(streams, false).top(n)))
                    .as("top %d of %d", n, count)
                    .isEqualTo(all.stream()
                            .filter(r -> r.interruptions() > 0)
                            .limit(n)
                            .toList());
            assertThat(rows(new StreamRanking(streams, true).top(n)))
                    .isEqualTo(model.stream()
                            .filter(r -> r.fixRequired() > 0)
                            .sorted(BY_FIX)
                            .limit(n)
                            .toList());
        }
    }

    @Test
    void rankingsAreUnmodifiableAndRefuseANegativeCount() {
        Streams streams = new Streams();
        streams.interruptions[streams.number(StreamKey.of("d", "a", "s"))] = 1;
        List<StreamSummary> all = new StreamRanking(streams, false).all();
        assertThatThrownBy(all::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new StreamRanking(streams, false).top(1).add(all.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new StreamRanking(streams, true).top(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must not be negative: -1");
    }
}
