package io.github.streamcause.report;

/**
 * An open-addressing map from 64-bit keys to 64-bit values, for de-duplicating millions of events in a few
 * bytes each: no boxing, two flat arrays. Key 0 marks an empty slot, so a key of 0 is stored as 1.
 */
final class KeyTable {
    private long[] keys;
    private long[] values;
    private int size;

    KeyTable() {
        this(1024);
    }

    private KeyTable(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
    }

    KeyTable copy() {
        KeyTable copy = new KeyTable(0);
        copy.keys = keys.clone();
        copy.values = values.clone();
        copy.size = size;
        return copy;
    }

    int size() {
        return size;
    }

    /** Stores {@code value} under {@code key} unless the key is present; true if it was stored. */
    boolean putIfAbsent(long key, long value) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int slot = spread(k) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == 0) {
                keys[slot] = k;
                values[slot] = value;
                if (++size * 10L > keys.length * 7L) {
                    grow();
                }
                return true;
            }
            if (keys[slot] == k) {
                return false;
            }
        }
    }

    boolean contains(long key) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int slot = spread(k) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == k) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code action} with every key and value. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(long key, long value);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long k = oldKeys[i];
            if (k != 0) {
                int slot = spread(k) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
