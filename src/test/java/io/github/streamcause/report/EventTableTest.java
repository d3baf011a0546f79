package io.github.streamcause.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The 128-bit key table against a HashMap of the same keys. */
class EventTableTest {
    /** A key as the model holds it: the low word, and the key bits of meta (with the used bit). */
    private record Key(long low, long high) {}

    private static Key key(long low, long meta) {
        long used = meta | EventTable.USED;
        return new Key(low, used & EventTable.keyMask(used));
    }

    private static Map<Key, Long> contents(EventTable table) {
        Map<Key, Long> contents = new HashMap<>();
        table.forEach((low, meta, time) -> {
            assertThat(meta & EventTable.USED).as("forEach clears the used bit").isZero();
            assertThat(time).as("the time stored with the key's first meta").isEqualTo(time(low, meta));
            Long before = contents.put(key(low, meta), meta);
            assertThat(before).as("a key visited twice").isNull();
        });
        return contents;
    }

    /** The time a test stores with a key: from its low word and meta, so that each slot's can be checked. */
    private static long time(long low, long meta) {
        return low * 31 + meta;
    }

    /** A meta word: key bits, contribution bits and a stream, sometimes a span (stream in the key). */
    private static long meta(Random rnd, boolean span, int streams) {
        long high = (long) rnd.nextInt(1 << 16) << 46;
        long contribution = (long) rnd.nextInt(1 << 14) << 32;
        long stream = rnd.nextInt(streams);
        return (span ? EventTable.SPAN : 0) | high | contribution | stream;
    }

    @Test
    @Tag("slow")
    void behavesLikeAHashMapForAMillionSeededRandomKeys() {
        Random rnd = new Random(20261202L);
        EventTable table = new EventTable();
        Map<Key, Long> model = new HashMap<>();
        List<long[]> inserted = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 1_000_000; i++) {
            long low;
            long meta;
            int roll = rnd.nextInt(100);
            if (roll < 60 || inserted.isEmpty()) {
                low = rnd.nextInt(10) == 0 ? rnd.nextInt(16) : rnd.nextLong(); // small lows share slots' words
                meta = meta(rnd, rnd.nextBoolean(), 1 + rnd.nextInt(64));
            } else {
                long[] old = inserted.get(rnd.nextInt(inserted.size()));
                low = old[0];
                if (roll < 80) {
                    meta = old[1]; // the same key again
                } else if (roll < 90) {
                    // the same key bits, another contribution (and for a sequence another stream): a duplicate
                    long keyBits = old[1] & EventTable.keyMask(old[1]);
                    long rest = meta(rnd, false, 64) & ~EventTable.keyMask(old[1]);
                    meta = keyBits | (rest & ~(EventTable.USED | EventTable.SPAN | EventTable.KEY_HIGH));
                } else {
                    meta = old[1] ^ (1L << (46 + rnd.nextInt(16))); // one key bit differs: a new key
                }
            }
            boolean expected = !model.containsKey(key(low, meta));
            if (expected) {
                model.put(key(low, meta), meta);
                inserted.add(new long[] {low, meta});
            } else {
                refused++;
            }
            boolean actual = table.add(low, meta, time(low, meta));
            if (actual != expected) {
                fail("add(" + low + ", " + Long.toHexString(meta) + ") at step " + i + " returned " + actual);
            }
            if (i % 4096 == 0) {
                assertThat(table.size()).as("size at step %d", i).isEqualTo(model.size());
            }
        }
        assertThat(refused).as("premise: many keys were present already").isGreaterThan(100_000);
        assertThat(model.size()).as("premise: the table grew far").isGreaterThan(500_000);
        assertThat(contents(table)).as("every key once, with its first meta").isEqualTo(model);
        assertLoadFactorBound(table);
    }

    @Test
    void aSpanKeyIncludesItsStreamAndASequenceKeyDoesNot() {
        EventTable table = new EventTable();
        long sequence = 5L << 46 | 1L << 32;
        assertThat(table.add(42, sequence | 3, time(42, sequence | 3))).isTrue();
        assertThat(table.add(42, sequence | 4, time(42, sequence | 4)))
                .as("the same sequence on another stream")
                .isFalse();
        assertThat(table.add(42, sequence ^ 1L << 61, time(42, sequence ^ 1L << 61)))
                .as("another high digit")
                .isTrue();
        assertThat(table.add(43, sequence | 3, time(43, sequence | 3)))
                .as("another low word")
                .isTrue();
        long span = EventTable.SPAN | 1L << 46;
        assertThat(table.add(42, span | 3, time(42, span | 3)))
                .as("a span is never a sequence")
                .isTrue();
        assertThat(table.add(42, span | 4, time(42, span | 4)))
                .as("the same span on another stream")
                .isTrue();
        assertThat(table.add(42, span | 3 | 1L << 40, time(42, span | 3 | 1L << 40)))
                .as("the same span and stream, another contribution")
                .isFalse();
        assertThat(table.size()).isEqualTo(5);
    }

    @Test
    void growthKeepsEveryEntryAtEachThreshold() {
        Random rnd = new Random(11);
        for (int n : new int[] {715, 716, 717, 718, 1433, 1434, 1435, 2866, 2867, 2868, 3000}) {
            EventTable table = new EventTable();
            Map<Key, Long> model = new HashMap<>();
            while (model.size() < n) {
                long low = rnd.nextLong();
                long meta = meta(rnd, rnd.nextBoolean(), 8);
                assertThat(table.add(low, meta, time(low, meta)))
                        .isEqualTo(model.putIfAbsent(key(low, meta), meta) == null);
                assertLoadFactorBound(table);
            }
            assertThat(table.size()).isEqualTo(n);
            assertThat(contents(table)).as("n = %d", n).isEqualTo(model);
        }
    }

    /** A power of two in capacity and at most 70% full, so that probing always finds an empty slot. */
    private static void assertLoadFactorBound(EventTable table) {
        int capacity = table.capacity();
        assertThat(Integer.bitCount(capacity)).as("a power of two").isEqualTo(1);
        assertThat(table.size() * 10L).as("load").isLessThanOrEqualTo(capacity * 7L);
    }

    @Test
    void aCopyIsIndependentOfItsOriginalInBothDirections() {
        EventTable original = new EventTable();
        for (int i = 0; i < 600; i++) {
            original.add(i, 1L << 46, time(i, 1L << 46));
        }
        EventTable copy = original.copy();
        assertThat(copy.add(1000, 1L << 46, time(1000, 1L << 46))).isTrue();
        assertThat(original.add(2000, 1L << 46, time(2000, 1L << 46))).isTrue();
        assertThat(original.add(1000, 1L << 46, time(1000, 1L << 46)))
                .as("not in the original")
                .isTrue();
        assertThat(copy.add(2000, 1L << 46, time(2000, 1L << 46)))
                .as("not in the copy")
                .isTrue();
        assertThat(copy.size()).isEqualTo(602);
        assertThat(contents(copy)).isEqualTo(contents(original));
    }

    @Test
    void forEachOfAnEmptyTableVisitsNothing() {
        assertThat(contents(new EventTable())).isEmpty();
        assertThat(new EventTable().size()).isZero();
    }
}
