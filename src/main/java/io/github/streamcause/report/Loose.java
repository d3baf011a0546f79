package io.github.streamcause.report;

import java.util.Arrays;

/**
 * The pushes and interruptions that came without an identity: each one's contribution ({@code meta}, as
 * {@link Tally} packs it, the stream in the low 32 bits) and when it happened ({@link When}), in two
 * {@code long}s. Such events are never duplicates, so a merge appends. Readers of the vendor's payloads
 * always give an identity (a callback's {@code sequence}, an API record's span); this holds the rest.
 */
final class Loose {
    /** {@code events[2 * i]} is event {@code i}'s meta, {@code events[2 * i + 1]} its time. */
    long[] events = new long[0];

    int size;

    Loose copy() {
        Loose c = new Loose();
        c.events = Arrays.copyOf(events, 2 * size);
        c.size = size;
        return c;
    }

    void add(long meta, long when) {
        if (2 * size == events.length) {
            events = Arrays.copyOf(events, Math.max(16, events.length * 2));
        }
        events[2 * size] = meta;
        events[2 * size + 1] = when;
        size++;
    }

    long meta(int i) {
        return events[2 * i];
    }

    long when(int i) {
        return events[2 * i + 1];
    }

    /** Appends the other's events, their streams and groups renumbered into this report's. */
    void merge(Loose other, int[] remap, int[] groupRemap) {
        int n = other.size; // merging into itself reads only what was there before
        for (int i = 0; i < n; i++) {
            add(Dedup.renumbered(other.meta(i), remap, groupRemap), other.when(i));
        }
    }
}
