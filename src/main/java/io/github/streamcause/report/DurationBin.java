package io.github.streamcause.report;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One bar of a histogram of durations: how many were at least {@link #from()} and less than {@link
 * #to()}.
 *
 * @since 0.1.0
 */
public final class DurationBin {
    private final Duration from;
    private final Duration to;
    private final long count;

    DurationBin(Duration from, Duration to, long count) {
        this.from = from;
        this.to = to;
        this.count = count;
    }

    /**
     * Where the bin starts (included).
     *
     * @return the lower bound
     */
    public Duration from() {
        return from;
    }

    /**
     * Where it ends (excluded).
     *
     * @return the upper bound, empty for the last bin, which has none
     */
    public Optional<Duration> to() {
        return Optional.ofNullable(to);
    }

    /**
     * How many durations fell in it.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurationBin
                && ((DurationBin) other).from.equals(from)
                && Objects.equals(((DurationBin) other).to, to)
                && ((DurationBin) other).count == count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, count);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + (to == null ? "..." : to.toString()) + "): " + count;
    }
}
