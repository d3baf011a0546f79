package io.github.streamcause.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-stream part of a report: every stream seen, numbered in the order first seen, with its
 * interruptions, {@code FIX_REQUIRED} interruptions and pushes. The numbers are local to one report: a
 * merge renumbers the other side's streams ({@link #merge(Streams)}).
 */
final class Streams {
    Map<StreamKey, Integer> index = new HashMap<>();
    List<StreamKey> keys = new ArrayList<>();
    long[] interruptions = new long[16];
    long[] fixRequired = new long[16];
    long[] pushes = new long[16];

    Streams copy() {
        Streams c = new Streams();
        c.index = new HashMap<>(index);
        c.keys = new ArrayList<>(keys);
        c.interruptions = interruptions.clone();
        c.fixRequired = fixRequired.clone();
        c.pushes = pushes.clone();
        return c;
    }

    int size() {
        return keys.size();
    }

    /** The number of {@code key}, added if new. */
    int number(StreamKey key) {
        Integer number = index.get(key);
        if (number != null) {
            return number;
        }
        int added = keys.size();
        keys.add(key);
        index.put(key, added);
        if (added == interruptions.length) {
            int length = added * 2;
            interruptions = Arrays.copyOf(interruptions, length);
            fixRequired = Arrays.copyOf(fixRequired, length);
            pushes = Arrays.copyOf(pushes, length);
        }
        return added;
    }

    /**
     * Adds the other side's streams and counts; returns, for each of its stream numbers, the number the
     * stream has here.
     */
    int[] merge(Streams other) {
        int[] remap = new int[other.keys.size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = number(other.keys.get(i));
        }
        for (int i = 0; i < remap.length; i++) {
            interruptions[remap[i]] += other.interruptions[i];
            fixRequired[remap[i]] += other.fixRequired[i];
            pushes[remap[i]] += other.pushes[i];
        }
        return remap;
    }
}
