package io.github.streamcause.report;

import java.time.Instant;

/**
 * When an event happened, packed in one {@code long} beside its identity: its time in whole epoch seconds
 * in the high 32 bits (unsigned: 1970 to 2106), and the length of its push session in seconds plus one in
 * the low 32 bits (0: not known). {@link #NONE} for an event without a time in that range: such an event
 * counts in the totals, not in the timeline, sessions or reconnects.
 */
final class When {
    /** No time. */
    static final long NONE = -1L;

    private static final long MAX_SECOND = 0xFFFFFFFEL;
    private static final long MAX_LENGTH = 0xFFFFFFFEL;

    private When() {}

    /**
     * The packed time of an event at {@code time} whose session began at {@code sessionStart}, or else
     * lasted {@code sessionLength} (any may be null); a session start after the time, or neither, is no
     * length. Nothing is allocated: this runs for every event a report counts.
     */
    static long of(Instant time, Instant sessionStart, java.time.Duration sessionLength) {
        if (time == null || time.getEpochSecond() < 0 || time.getEpochSecond() > MAX_SECOND) {
            return NONE;
        }
        long second = time.getEpochSecond();
        int nano = time.getNano();
        long length = 0;
        if (sessionStart != null && !sessionStart.isAfter(time)) {
            // whole seconds of the session, rounded down (a start within the same second is 0)
            long startSecond = sessionStart.getEpochSecond();
            int startNano = sessionStart.getNano();
            long seconds = second - startSecond - (nano < startNano ? 1 : 0);
            length = Math.min(seconds, MAX_LENGTH) + 1;
        } else if (sessionStart == null && sessionLength != null) {
            length = Math.min(sessionLength.getSeconds(), MAX_LENGTH) + 1; // never negative (the builder checks)
        }
        return second << 32 | length;
    }

    static boolean has(long when) {
        return when != NONE;
    }

    /** The epoch second of a packed time that {@link #has} one. */
    static long second(long when) {
        return when >>> 32;
    }

    /** The session length in seconds, or -1 if not known. */
    static long length(long when) {
        return when == NONE ? -1 : (when & 0xFFFFFFFFL) - 1;
    }
}
