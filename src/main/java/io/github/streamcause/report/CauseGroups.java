package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's groups of causes that one reason text names (a text the vendor shares between causes, such
 * as {@code 推流客户端主动断流} for 1-4 and 35), numbered in the order the report first meets them, as
 * {@link Streams} numbers streams: the numbers never leave the report (the binary state writes a group as
 * its causes), and a merge renumbers the other side's.
 *
 * <p>A report tells {@value #MAX} groups apart, packed after the causes in the 7 bits of a contribution's
 * cause; the shipped texts name 8. Only events built by hand can name more sets of causes; those count in
 * their category and recovery only. The table is the report's own, so that no input, however hostile, can
 * fill it for another report.
 */
final class CauseGroups {
    /** The causes take the values 1 to their number; the groups the rest of 7 bits. */
    static final int MAX = 0x7F - InterruptionCause.values().length;

    private final List<List<InterruptionCause>> groups = new ArrayList<>();
    private final Map<List<InterruptionCause>, Integer> numbers = new HashMap<>();

    CauseGroups copy() {
        CauseGroups c = new CauseGroups();
        c.groups.addAll(groups);
        c.numbers.putAll(numbers);
        return c;
    }

    int size() {
        return groups.size();
    }

    /**
     * The number of a group of causes (in registry order, without repeats, at least two; an unmodifiable
     * list), given it on first sight; -1 if {@value #MAX} groups are known already.
     */
    int number(List<InterruptionCause> causes) {
        Integer number = numbers.get(causes);
        if (number != null) {
            return number;
        }
        if (groups.size() == MAX) {
            return -1;
        }
        groups.add(causes);
        numbers.put(causes, groups.size() - 1);
        return groups.size() - 1;
    }

    /** Whether the report knows this group. */
    boolean contains(List<InterruptionCause> causes) {
        return numbers.containsKey(causes);
    }

    /** The causes of a group by its number. */
    List<InterruptionCause> causes(int number) {
        return groups.get(number);
    }

    /** Adds the other report's groups; its numbers to this one's (-1 for a group that found no room). */
    int[] merge(CauseGroups other) {
        int[] remap = new int[other.groups.size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = number(other.groups.get(i));
        }
        return remap;
    }
}
