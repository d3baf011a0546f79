package io.github.streamcause.report;

import java.util.Objects;

/**
 * One input a report was read from: its name, what it was taken for, how many lines (or records) it held,
 * how many of them were rejected and how many were left out by a filter.
 *
 * <p>Immutable; equal when all parts are equal.
 *
 * @since 0.1.0
 */
public final class InputSummary {
    private final String name;
    private final String kind;
    private final long lines;
    private final long rejected;
    private final long filteredOut;

    private InputSummary(String name, String kind, long lines, long rejected, long filteredOut) {
        this.name = name;
        this.kind = kind;
        this.lines = lines;
        this.rejected = rejected;
        this.filteredOut = filteredOut;
    }

    /**
     * An input's summary.
     *
     * @param name the input's name (a path, {@code -} for standard input)
     * @param kind what it was read as, such as {@code callback-log} or {@code DescribeLiveStreamEventList}
     * @param lines the lines or records it held, rejected and filtered ones included
     * @param rejected how many of them were rejected
     * @param filteredOut how many of them a filter left out
     * @return the summary
     * @throws NullPointerException if {@code name} or {@code kind} is null
     * @throws IllegalArgumentException if a count is negative, or rejected and filtered out exceed the lines
     */
    public static InputSummary of(String name, String kind, long lines, long rejected, long filteredOut) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (lines < 0 || rejected < 0 || filteredOut < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + lines + " lines, " + rejected
                    + " rejected, " + filteredOut + " filtered out");
        }
        if (rejected + filteredOut > lines) {
            throw new IllegalArgumentException("more lines rejected (" + rejected + ") and filtered out (" + filteredOut
                    + ") than read (" + lines + ")");
        }
        return new InputSummary(name, kind, lines, rejected, filteredOut);
    }

    /**
     * The input's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the input was read as.
     *
     * @return the kind
     */
    public String kind() {
        return kind;
    }

    /**
     * The lines or records it held.
     *
     * @return the count
     */
    public long lines() {
        return lines;
    }

    /**
     * How many were rejected.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * How many a filter left out.
     *
     * @return the count
     */
    public long filteredOut() {
        return filteredOut;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof InputSummary)) {
            return false;
        }
        InputSummary o = (InputSummary) other;
        return lines == o.lines
                && rejected == o.rejected
                && filteredOut == o.filteredOut
                && name.equals(o.name)
                && kind.equals(o.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, lines, rejected, filteredOut);
    }

    @Override
    public String toString() {
        return name + " (" + kind + "): " + lines + " lines, " + rejected + " rejected, " + filteredOut
                + " filtered out";
    }
}
