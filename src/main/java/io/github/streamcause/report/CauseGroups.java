package io.github.streamcause.report;

import io.github.streamcause.InterruptionCause;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of causes that one reason text names (a text the vendor shares between causes, such as
 * {@code 推流客户端主动断流} for 1-4 and 35), numbered in the order this JVM first meets them, as an ordinal
 * numbers an enum: the numbers never leave the JVM (the binary state writes a group as its causes' keys).
 *
 * <p>A report tells {@value #MAX} groups apart, packed after the causes in the 7 bits of a contribution's
 * cause; the shipped texts name 8. Only events built by hand can name more sets of causes; those count in
 * their category and recovery only, as before groups were counted.
 */
final class CauseGroups {
    /** The causes take the values 1 to their number; the groups the rest of 7 bits. */
    static final int MAX = 0x7F - InterruptionCause.values().length;

    /** The numbers of the groups, and the groups by number: replaced, never changed, when one is added. */
    private static volatile Map<List<InterruptionCause>, Integer> numbers = new HashMap<>();

    private static volatile List<InterruptionCause>[] groups = newArray(0);

    private CauseGroups() {}

    /**
     * The number of a group of causes (in registry order, without repeats, at least two), given it on first
     * sight; -1 if {@value #MAX} groups are known already.
     */
    static int number(List<InterruptionCause> causes) {
        Integer number = numbers.get(causes); // no lock: a group is numbered once, then only read
        return number != null ? number : add(causes);
    }

    private static synchronized int add(List<InterruptionCause> causes) {
        Integer number = numbers.get(causes);
        if (number != null) {
            return number;
        }
        List<InterruptionCause>[] known = groups;
        if (known.length == MAX) {
            return -1;
        }
        List<InterruptionCause>[] more = Arrays.copyOf(known, known.length + 1);
        more[known.length] = causes;
        groups = more; // before the map names the number, so that causes(number) finds it
        Map<List<InterruptionCause>, Integer> moreNumbers = new HashMap<>(numbers);
        moreNumbers.put(causes, known.length);
        numbers = moreNumbers;
        return known.length;
    }

    /** The causes of a group this JVM has numbered. */
    static List<InterruptionCause> causes(int number) {
        return groups[number];
    }

    @SuppressWarnings("unchecked")
    private static List<InterruptionCause>[] newArray(int size) {
        return (List<InterruptionCause>[]) new List<?>[size];
    }
}
