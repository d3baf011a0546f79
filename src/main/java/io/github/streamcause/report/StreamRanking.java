package io.github.streamcause.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.RandomAccess;

/**
 * The streams of a report in order, by their numbers in {@link Streams}: a full ranking is an {@code
 * int[]} of numbers (4 bytes a stream) behind a list that makes each {@link StreamSummary} when it is
 * read, and a top {@code n} is a heap of at most {@code n} numbers. So neither holds an object per
 * stream, and printing the top ten of millions of streams sorts nothing.
 */
final class StreamRanking {
    private final Streams streams;
    private final boolean fixRequiredFirst;

    /**
     * @param fixRequiredFirst most {@code FIX_REQUIRED} interruptions first, then most interruptions;
     *     otherwise most interruptions first. Ties by {@link StreamKey} order, so the order is total.
     */
    StreamRanking(Streams streams, boolean fixRequiredFirst) {
        this.streams = streams;
        this.fixRequiredFirst = fixRequiredFirst;
    }

    /** Negative when stream {@code a} comes before stream {@code b}. */
    int compare(int a, int b) {
        if (fixRequiredFirst) {
            int byFix = Long.compare(streams.fixRequired[b], streams.fixRequired[a]);
            if (byFix != 0) {
                return byFix;
            }
        }
        int byCount = Long.compare(streams.interruptions[b], streams.interruptions[a]);
        return byCount != 0 ? byCount : streams.key(a).compareTo(streams.key(b));
    }

    /** Every stream, in order. */
    List<StreamSummary> all() {
        int[] order = new int[streams.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        sort(order, new int[order.length], 0, order.length);
        return new Summaries(streams, order);
    }

    /**
     * The first {@code n} streams in order among those with an interruption (a {@code FIX_REQUIRED} one
     * when ranking by those): a heap holds the best {@code n} seen so far, worst on top.
     */
    List<StreamSummary> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        PriorityQueue<Integer> best = new PriorityQueue<>((a, b) -> compare(b, a));
        for (int i = 0; i < streams.size() && n > 0; i++) {
            if ((fixRequiredFirst ? streams.fixRequired[i] : streams.interruptions[i]) == 0) {
                continue;
            }
            if (best.size() < n) {
                best.add(i);
            } else if (compare(i, best.peek()) < 0) {
                best.poll();
                best.add(i);
            }
        }
        int[] order = new int[best.size()];
        for (int i = order.length - 1; i >= 0; i--) {
            order[i] = best.poll();
        }
        List<StreamSummary> top = new ArrayList<>(new Summaries(streams, order));
        return Collections.unmodifiableList(top);
    }

    /** A stable merge sort of {@code order[from, to)} by {@link #compare}, with {@code spare} as room. */
    private void sort(int[] order, int[] spare, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        sort(order, spare, from, middle);
        sort(order, spare, middle, to);
        if (compare(order[middle - 1], order[middle]) <= 0) {
            return; // already in order
        }
        System.arraycopy(order, from, spare, from, to - from);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right == to || (left < middle && compare(spare[left], spare[right]) <= 0)) {
                order[i] = spare[left++];
            } else {
                order[i] = spare[right++];
            }
        }
    }

    /** Streams by number, each summary made when read; unmodifiable. */
    private static final class Summaries extends AbstractList<StreamSummary> implements RandomAccess {
        private final Streams streams;
        private final int[] order;

        Summaries(Streams streams, int[] order) {
            this.streams = streams;
            this.order = order;
        }

        @Override
        public StreamSummary get(int index) {
            if (index < 0 || index >= order.length) {
                throw new IndexOutOfBoundsException("index " + index + " of " + order.length);
            }
            int i = order[index];
            return new StreamSummary(
                    streams.key(i), streams.interruptions[i], streams.fixRequired[i], streams.pushes[i]);
        }

        @Override
        public int size() {
            return order.length;
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("the list is unmodifiable");
        }
    }
}
