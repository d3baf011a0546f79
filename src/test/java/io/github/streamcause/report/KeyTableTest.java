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

/**
 * {@link KeyTable} against a {@link HashMap} model.
 *
 * <p>By design key 0 marks an empty slot, so the table stores a key of 0 as 1: keys 0 and 1 are the same
 * key to it. The model normalises them the same way. This is harmless for the report, whose keys are 64-bit
 * hashes ({@link Keys}): 0 and 1 colliding is no likelier than any other pair of hashes colliding.
 */
class KeyTableTest {
    /** The key the table stores for {@code key}. */
    private static long stored(long key) {
        return key == 0 ? 1 : key;
    }

    private static Map<Long, Long> contents(KeyTable table) {
        Map<Long, Long> seen = new HashMap<>();
        table.forEach((key, value) -> {
            if (seen.put(key, value) != null) {
                fail("forEach visited key " + key + " twice");
            }
        });
        return seen;
    }

    /** Keys whose spread is all ones: they all start probing at the last slot and wrap around to slot 0. */
    private static long lastSlotKey(int j) {
        return ((long) j << 32) | (~j & 0xFFFFFFFFL);
    }

    /** Keys whose spread is 1023: one chain in the middle of every table size. */
    private static long slot1023Key(int j) {
        return ((long) j << 32) | ((j ^ 1023) & 0xFFFFFFFFL);
    }

    @Test
    void zeroIsStoredAsOneSoZeroAndOneAreTheSameKey() {
        KeyTable zeroFirst = new KeyTable();
        assertThat(zeroFirst.contains(0)).isFalse();
        assertThat(zeroFirst.contains(1)).isFalse();
        assertThat(zeroFirst.putIfAbsent(0, 7)).isTrue();
        assertThat(zeroFirst.putIfAbsent(1, 8))
                .as("1 collides with 0, by design")
                .isFalse();
        assertThat(zeroFirst.putIfAbsent(0, 9)).isFalse();
        assertThat(zeroFirst.contains(0)).isTrue();
        assertThat(zeroFirst.contains(1)).isTrue();
        assertThat(zeroFirst.size()).isEqualTo(1);
        assertThat(contents(zeroFirst)).as("forEach reports the stored key 1").isEqualTo(Map.of(1L, 7L));

        KeyTable oneFirst = new KeyTable();
        assertThat(oneFirst.putIfAbsent(1, 8)).isTrue();
        assertThat(oneFirst.putIfAbsent(0, 7)).isFalse();
        assertThat(oneFirst.size()).isEqualTo(1);
        assertThat(contents(oneFirst)).isEqualTo(Map.of(1L, 8L));

        KeyTable other = new KeyTable();
        assertThat(other.putIfAbsent(2, 1)).isTrue();
        assertThat(other.contains(0)).as("only 1 shares a slot key with 0").isFalse();
        assertThat(other.putIfAbsent(-1, 1)).isTrue();
        assertThat(other.putIfAbsent(Long.MIN_VALUE, 1)).isTrue();
        assertThat(other.putIfAbsent(Long.MAX_VALUE, 1)).isTrue();
        assertThat(other.size()).isEqualTo(4);
    }

    @Test
    @Tag("slow")
    void behavesLikeAHashMapForAMillionSeededRandomKeys() {
        Random rnd = new Random(20261125L);
        KeyTable table = new KeyTable();
        Map<Long, Long> model = new HashMap<>();
        List<Long> inserted = new ArrayList<>();
        int attempts = 1_000_000;
        int refused = 0;
        for (int i = 0; i < attempts; i++) {
            long key;
            int roll = rnd.nextInt(100);
            if (i == 1000) {
                key = 0;
            } else if (i == 2000 || i == 500_000) {
                key = 1;
            } else if (i == 700_000) {
                key = 0;
            } else if (roll < 70 || inserted.isEmpty()) {
                key = rnd.nextLong();
            } else if (roll < 90) {
                key = inserted.get(rnd.nextInt(inserted.size())); // present already
            } else if (roll < 95) {
                key = rnd.nextInt(64) - 32; // small keys, negative ones too
            } else {
                key = rnd.nextBoolean() ? lastSlotKey(rnd.nextInt(5000)) : slot1023Key(rnd.nextInt(5000));
            }
            long value = rnd.nextLong();
            boolean expected = !model.containsKey(stored(key));
            if (expected) {
                model.put(stored(key), value);
                inserted.add(key);
            } else {
                refused++;
            }
            boolean actual = table.putIfAbsent(key, value);
            if (actual != expected) {
                fail("putIfAbsent(" + key + ") at step " + i + " returned " + actual + ", expected " + expected);
            }
            if (i % 4096 == 0 && table.size() != model.size()) {
                fail("size " + table.size() + " at step " + i + ", expected " + model.size());
            }
        }
        assertThat(refused).as("premise: many keys were present already").isGreaterThan(attempts / 10);
        assertThat(model.size())
                .as("premise: the table grew far past its first capacity")
                .isGreaterThan(500_000);
        assertThat(table.size()).isEqualTo(model.size());
        for (long key : inserted) {
            if (!table.contains(key)) {
                fail("lost key " + key);
            }
        }
        Random absent = new Random(99);
        int checked = 0;
        for (int i = 0; i < 200_000; i++) {
            long key = absent.nextLong();
            boolean expected = model.containsKey(stored(key));
            if (table.contains(key) != expected) {
                fail("contains(" + key + ") should be " + expected);
            }
            checked += expected ? 0 : 1;
        }
        assertThat(checked).isPositive();
        assertThat(contents(table))
                .as("every entry exactly once, with its first value")
                .isEqualTo(model);
        assertLoadFactorBound(table);
    }

    @Test
    void chainsThatWrapAroundTheEndOfTheArraySurviveGrowth() {
        KeyTable table = new KeyTable();
        Map<Long, Long> model = new HashMap<>();
        for (int j = 0; j < 3000; j++) {
            long wrapping = lastSlotKey(j);
            long middle = slot1023Key(j);
            assertThat(table.putIfAbsent(wrapping, j)).isEqualTo(model.putIfAbsent(stored(wrapping), (long) j) == null);
            assertThat(table.putIfAbsent(middle, -j)).isEqualTo(model.putIfAbsent(stored(middle), (long) -j) == null);
            assertThat(table.putIfAbsent(wrapping, 0)).isFalse();
        }
        assertThat(table.size()).isEqualTo(model.size());
        for (long key : model.keySet()) {
            assertThat(table.contains(key)).as("key %d", key).isTrue();
        }
        assertThat(table.contains(lastSlotKey(3000))).isFalse();
        assertThat(table.contains(slot1023Key(3001))).isFalse();
        assertThat(contents(table)).isEqualTo(model);
    }

    @Test
    void growthKeepsEveryEntryAtEachThreshold() {
        Random rnd = new Random(11);
        // 0.7 of 1024, 2048 and 4096, and one either side
        for (int n : new int[] {715, 716, 717, 718, 1433, 1434, 1435, 2866, 2867, 2868, 3000}) {
            KeyTable table = new KeyTable();
            Map<Long, Long> model = new HashMap<>();
            while (model.size() < n) {
                long key = rnd.nextLong();
                long value = rnd.nextLong();
                assertThat(table.putIfAbsent(key, value)).isEqualTo(model.putIfAbsent(stored(key), value) == null);
                assertLoadFactorBound(table);
            }
            assertThat(table.size()).isEqualTo(n);
            assertThat(contents(table)).as("n = %d", n).isEqualTo(model);
            for (long key : model.keySet()) {
                assertThat(table.contains(key)).isTrue();
            }
        }
    }

    /** The table stays a power of two in capacity and at most 70% full, so probing always finds an empty slot. */
    private static void assertLoadFactorBound(KeyTable table) {
        int capacity = table.capacity();
        assertThat(Integer.bitCount(capacity)).as("a power of two").isEqualTo(1);
        assertThat(table.size() * 10L).as("load").isLessThanOrEqualTo(capacity * 7L);
    }

    @Test
    void aCopyIsIndependentOfItsOriginalInBothDirections() {
        Random rnd = new Random(5);
        KeyTable original = new KeyTable();
        Map<Long, Long> originalModel = new HashMap<>();
        for (int i = 0; i < 600; i++) { // just below the first growth
            long key = rnd.nextLong();
            original.putIfAbsent(key, i);
            originalModel.put(key, (long) i);
        }
        KeyTable copy = original.copy();
        Map<Long, Long> copyModel = new HashMap<>(originalModel);
        assertThat(contents(copy)).isEqualTo(originalModel);
        assertThat(copy.size()).isEqualTo(original.size());

        for (int i = 0; i < 5000; i++) { // the original grows several times
            long key = rnd.nextLong();
            assertThat(original.putIfAbsent(key, -i)).isTrue();
            originalModel.put(key, (long) -i);
        }
        for (int i = 0; i < 300; i++) { // the copy gets keys of its own, and grows once
            long key = rnd.nextLong();
            assertThat(copy.putIfAbsent(key, i)).isTrue();
            copyModel.put(key, (long) i);
        }
        long shared = rnd.nextLong();
        assertThat(copy.putIfAbsent(shared, 1)).isTrue();
        copyModel.put(shared, 1L);
        assertThat(original.contains(shared)).isFalse();
        assertThat(original.putIfAbsent(shared, 2))
                .as("absent from the original")
                .isTrue();
        originalModel.put(shared, 2L);

        assertThat(original.size()).isEqualTo(originalModel.size());
        assertThat(copy.size()).isEqualTo(copyModel.size());
        assertThat(contents(original)).isEqualTo(originalModel);
        assertThat(contents(copy)).isEqualTo(copyModel);

        KeyTable emptyCopy = new KeyTable().copy();
        assertThat(emptyCopy.size()).isZero();
        assertThat(emptyCopy.putIfAbsent(42, 1)).isTrue();
        assertThat(emptyCopy.contains(42)).isTrue();
    }

    @Test
    void forEachOfAnEmptyTableVisitsNothing() {
        assertThat(contents(new KeyTable())).isEmpty();
        assertThat(new KeyTable().size()).isZero();
    }
}
