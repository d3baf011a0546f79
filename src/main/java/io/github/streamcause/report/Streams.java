package io.github.streamcause.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-stream part of a report: every stream seen, numbered in the order first seen, with its
 * interruptions, {@code FIX_REQUIRED} interruptions and pushes. The numbers are local to one report: a
 * merge renumbers the other side's streams ({@link #merge(Streams)}).
 *
 * <p>Memory per stream is kept small, since a platform can have millions: the streams sit in one array
 * and are found through an open-addressing table of their numbers (4 bytes a slot, at most half full)
 * rather than a {@code HashMap} of boxed numbers (about 50 bytes an entry); and the domain and app name
 * of a new stream are shared with the streams seen before, since a platform has few of them and each
 * event brings its own copy of the strings.
 *
 * <p>Stream names come from outside and {@link String#hashCode()} collisions are easy to make, so a
 * stream whose place in the table is more than {@value #MAX_PROBES} slots from where its hash points goes
 * into a {@code HashMap} instead, whose buckets of colliding {@link Comparable} keys become trees: many
 * colliding names cost a logarithm each, not a scan of the table.
 */
final class Streams {
    private static final int MIN_SLOTS = 32;
    private static final int MAX_PROBES = 64;

    /** Stream number + 1 at each slot, 0 where free; the length is a power of two. */
    private int[] slots = new int[MIN_SLOTS];

    /** The streams whose place would be too far from their hash's: rare unless the names are made so. */
    private Map<StreamKey, Integer> overflow = new HashMap<>();

    private StreamKey[] keys = new StreamKey[16];
    private int size;

    /** Each domain and app name once; a new stream's key is rebuilt over these strings. */
    private Map<String, String> shared = new HashMap<>();

    long[] interruptions = new long[16];
    long[] fixRequired = new long[16];
    long[] pushes = new long[16];

    Streams copy() {
        Streams c = new Streams();
        c.slots = slots.clone();
        c.overflow = new HashMap<>(overflow);
        c.keys = keys.clone();
        c.size = size;
        c.shared = new HashMap<>(shared);
        c.interruptions = interruptions.clone();
        c.fixRequired = fixRequired.clone();
        c.pushes = pushes.clone();
        return c;
    }

    int size() {
        return size;
    }

    /** The stream numbered {@code number}. */
    StreamKey key(int number) {
        if (number < 0 || number >= size) {
            throw new IndexOutOfBoundsException("stream " + number + " of " + size);
        }
        return keys[number];
    }

    /** The number of {@code key}, added if new. */
    int number(StreamKey key) {
        int mask = slots.length - 1;
        int slot = spread(key.hashCode()) & mask;
        int probes = 0;
        for (int taken; (taken = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if (keys[taken - 1].equals(key)) {
                return taken - 1;
            }
            if (++probes == MAX_PROBES) {
                Integer number = overflow.get(key);
                if (number != null) {
                    return number;
                }
                slot = -1;
                break;
            }
        }
        int added = size;
        if (added == keys.length) {
            int length = added * 2;
            keys = Arrays.copyOf(keys, length);
            interruptions = Arrays.copyOf(interruptions, length);
            fixRequired = Arrays.copyOf(fixRequired, length);
            pushes = Arrays.copyOf(pushes, length);
        }
        keys[added] = sharing(key);
        size = added + 1;
        if (slot < 0) {
            overflow.put(keys[added], added);
        } else {
            slots[slot] = added + 1;
        }
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        return added;
    }

    /** {@code key}, or an equal key whose domain and app name are the strings already held. */
    @SuppressWarnings("ReferenceEquality") // whether share() returned the very string: then key is kept as it is
    private StreamKey sharing(StreamKey key) {
        String domain = share(key.domain());
        String app = share(key.appName());
        return domain == key.domain() && app == key.appName() ? key : new StreamKey(domain, app, key.streamName());
    }

    private String share(String part) {
        String held = shared.putIfAbsent(part, part);
        return held == null ? part : held;
    }

    /**
     * Places every stream again in a table of {@code length} slots, by the rule {@link #number} follows: a
     * stream more than {@value #MAX_PROBES} slots from its hash's place goes into the overflow map. So a
     * lookup that meets a free slot within that distance knows the stream is new.
     */
    private void rehash(int length) {
        int[] grown = new int[length];
        Map<StreamKey, Integer> spilled = new HashMap<>();
        int mask = length - 1;
        for (int i = 0; i < size; i++) {
            int slot = spread(keys[i].hashCode()) & mask;
            int probes = 0;
            while (grown[slot] != 0 && probes < MAX_PROBES) {
                slot = (slot + 1) & mask;
                probes++;
            }
            if (probes == MAX_PROBES) {
                spilled.put(keys[i], i);
            } else {
                grown[slot] = i + 1;
            }
        }
        slots = grown;
        overflow = spilled;
    }

    /** The high bits folded into the low ones the mask keeps, as {@code HashMap} does. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Adds the other side's streams and counts; returns, for each of its stream numbers, the number the
     * stream has here.
     */
    int[] merge(Streams other) {
        int[] remap = new int[other.size];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = number(other.keys[i]);
        }
        for (int i = 0; i < remap.length; i++) {
            interruptions[remap[i]] += other.interruptions[i];
            fixRequired[remap[i]] += other.fixRequired[i];
            pushes[remap[i]] += other.pushes[i];
        }
        return remap;
    }
}
