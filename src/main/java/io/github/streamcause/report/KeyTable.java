package io.github.streamcause.report;

/**
 * An open-addressing map from 64-bit keys to 64-bit values, for de-duplicating millions of events in a few
 * bytes each: no boxing, one flat array with each key beside its value, so that a probe touches one cache
 * line. Key 0 marks an empty slot, so a key of 0 is stored as 1.
 */
final class KeyTable {
    /** {@code slots[2 * i]} is the key of slot {@code i}, {@code slots[2 * i + 1]} its value. */
    private long[] slots;

    private int size;

    KeyTable() {
        this(1024);
    }

    private KeyTable(int capacity) {
        slots = new long[2 * capacity];
    }

    KeyTable copy() {
        KeyTable copy = new KeyTable(0);
        copy.slots = slots.clone();
        copy.size = size;
        return copy;
    }

    int size() {
        return size;
    }

    /** The number of slots, a power of two. */
    int capacity() {
        return slots.length >>> 1;
    }

    /** Stores {@code value} under {@code key} unless the key is present; true if it was stored. */
    boolean putIfAbsent(long key, long value) {
        long k = key == 0 ? 1 : key;
        int mask = capacity() - 1;
        for (int slot = spread(k) & mask; ; slot = (slot + 1) & mask) {
            long present = slots[2 * slot];
            if (present == 0) {
                slots[2 * slot] = k;
                slots[2 * slot + 1] = value;
                if (++size * 10L > capacity() * 7L) {
                    grow();
                }
                return true;
            }
            if (present == k) {
                return false;
            }
        }
    }

    boolean contains(long key) {
        long k = key == 0 ? 1 : key;
        int mask = capacity() - 1;
        for (int slot = spread(k) & mask; slots[2 * slot] != 0; slot = (slot + 1) & mask) {
            if (slots[2 * slot] == k) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code action} with every key and value. */
    void forEach(Entry action) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                action.accept(slots[i], slots[i + 1]);
            }
        }
    }

    interface Entry {
        void accept(long key, long value);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = capacity() - 1;
        for (int i = 0; i < old.length; i += 2) {
            long k = old[i];
            if (k != 0) {
                int slot = spread(k) & mask;
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = k;
                slots[2 * slot + 1] = old[i + 1];
            }
        }
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
