package io.github.streamcause.report;

import java.security.SecureRandom;

/**
 * An open-addressing set of 128-bit event keys, each stored with what its event contributed and when, in
 * three {@code long}s a slot: no boxing, and a probe touches one or two cache lines. A slot's second word
 * ({@code meta}) holds part of the key, the contribution and the stream; {@link #keyMask(long)} says which
 * of its bits belong to the key. Bit 63 of {@code meta} marks a used slot. The third word is when the
 * event happened ({@link When}): a merge that takes out an event both sides counted takes it out of the
 * timeline at that time, and sessions and reconnects are found from these times.
 *
 * <p>Slots are chosen by a hash seeded at random once per JVM: keys come from senders, and a fixed hash
 * would let one send keys that all land in one run of slots and make every probe slow. Nothing counted
 * depends on the order of slots.
 */
final class EventTable {
    static final long USED = 1L << 63;
    /** The key is a span (start and end on one stream): the stream is part of the key. */
    static final long SPAN = 1L << 62;
    /** The bits of the key above the first word: 16 bits, 46 to 61. */
    static final long KEY_HIGH = 0xFFFFL << 46;

    private static final long SEED = new SecureRandom().nextLong() | 1;

    /**
     * {@code slots[3 * i]} is the low word of slot {@code i}'s key, {@code slots[3 * i + 1]} its meta,
     * {@code slots[3 * i + 2]} its time.
     */
    private long[] slots;

    private int size;

    EventTable() {
        this(1024);
    }

    private EventTable(int capacity) {
        slots = new long[3 * capacity];
    }

    EventTable copy() {
        EventTable copy = new EventTable(0);
        copy.slots = slots.clone();
        copy.size = size;
        return copy;
    }

    /** The bits of {@code meta} that are part of the key: for a span the stream too. */
    static long keyMask(long meta) {
        return (meta & SPAN) != 0 ? USED | SPAN | KEY_HIGH | 0xFFFFFFFFL : USED | SPAN | KEY_HIGH;
    }

    int size() {
        return size;
    }

    /** The number of slots, a power of two. */
    int capacity() {
        return slots.length / 3;
    }

    /**
     * Stores the key ({@code low} and the key bits of {@code meta}) with {@code meta} and {@code time}
     * unless the key is present; true if it was stored.
     */
    boolean add(long low, long meta, long time) {
        long used = meta | USED;
        long mask = keyMask(used);
        long key = used & mask;
        int slotMask = capacity() - 1;
        for (int slot = spread(low, key) & slotMask; ; slot = (slot + 1) & slotMask) {
            long present = slots[3 * slot + 1];
            if (present == 0) {
                slots[3 * slot] = low;
                slots[3 * slot + 1] = used;
                slots[3 * slot + 2] = time;
                if (++size * 10L > capacity() * 7L) {
                    grow();
                }
                return true;
            }
            if (slots[3 * slot] == low && (present & mask) == key) {
                return false;
            }
        }
    }

    /** Calls {@code action} with every key's low word, meta (bit 63 cleared) and time. */
    void forEach(Entry action) {
        for (int i = 0; i < slots.length; i += 3) {
            if (slots[i + 1] != 0) {
                action.accept(slots[i], slots[i + 1] & ~USED, slots[i + 2]);
            }
        }
    }

    interface Entry {
        void accept(long low, long meta, long time);
    }

    /** Calls {@code action} with every used slot's number, low word, meta (bit 63 cleared) and time. */
    void forEachSlot(SlotEntry action) {
        for (int i = 0; i < slots.length; i += 3) {
            if (slots[i + 1] != 0) {
                action.accept(i / 3, slots[i], slots[i + 1] & ~USED, slots[i + 2]);
            }
        }
    }

    interface SlotEntry {
        void accept(int slot, long low, long meta, long time);
    }

    /** The slot of the key ({@code low} and the key bits of {@code meta}), or -1 if it is not held. */
    int slotOf(long low, long meta) {
        long used = meta | USED;
        long mask = keyMask(used);
        long key = used & mask;
        int slotMask = capacity() - 1;
        for (int slot = spread(low, key) & slotMask; ; slot = (slot + 1) & slotMask) {
            long present = slots[3 * slot + 1];
            if (present == 0) {
                return -1;
            }
            if (slots[3 * slot] == low && (present & mask) == key) {
                return slot;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int slotMask = capacity() - 1;
        for (int i = 0; i < old.length; i += 3) {
            long meta = old[i + 1];
            if (meta != 0) {
                int slot = spread(old[i], meta & keyMask(meta)) & slotMask;
                while (slots[3 * slot + 1] != 0) {
                    slot = (slot + 1) & slotMask;
                }
                slots[3 * slot] = old[i];
                slots[3 * slot + 1] = meta;
                slots[3 * slot + 2] = old[i + 2];
            }
        }
    }

    /** MurmurHash3's fmix64 over both words and the seed: every input bit reaches every slot bit. */
    private static int spread(long low, long key) {
        long h = (low ^ SEED) * 0x9E3779B97F4A7C15L ^ key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
