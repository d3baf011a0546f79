package io.github.streamcause.report;

import java.util.Objects;

/**
 * The counts of one stream in an {@link InterruptionReport}.
 *
 * @since 0.1.0
 */
public final class StreamSummary {
    private final StreamKey stream;
    private final long interruptions;
    private final long fixRequired;
    private final long pushes;

    StreamSummary(StreamKey stream, long interruptions, long fixRequired, long pushes) {
        this.stream = stream;
        this.interruptions = interruptions;
        this.fixRequired = fixRequired;
        this.pushes = pushes;
    }

    /**
     * The stream.
     *
     * @return the stream
     */
    public StreamKey stream() {
        return stream;
    }

    /**
     * Its interruptions, duplicates removed.
     *
     * @return the count
     */
    public long interruptions() {
        return interruptions;
    }

    /**
     * Its interruptions whose recovery is {@code FIX_REQUIRED}.
     *
     * @return the count
     */
    public long fixRequired() {
        return fixRequired;
    }

    /**
     * Its push (start) events, duplicates removed.
     *
     * @return the count
     */
    public long pushes() {
        return pushes;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StreamSummary)) {
            return false;
        }
        StreamSummary o = (StreamSummary) other;
        return stream.equals(o.stream)
                && interruptions == o.interruptions
                && fixRequired == o.fixRequired
                && pushes == o.pushes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(stream, interruptions, fixRequired, pushes);
    }

    @Override
    public String toString() {
        return stream + " interruptions=" + interruptions + " fixRequired=" + fixRequired + " pushes=" + pushes;
    }
}
