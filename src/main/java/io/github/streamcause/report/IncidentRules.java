package io.github.streamcause.report;

import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of the incident rules ({@link Incident.Rule}), each a count within a window of time.
 * The defaults: a fix-required loop is 5 or more {@code FIX_REQUIRED} interruptions of one stream within 10
 * minutes; a platform-wide incident is one cause on 5 or more streams within 5 minutes; flapping is 6 or
 * more {@code RETRY} interruptions of one stream within 15 minutes. Immutable, and serializable so that
 * the Jackson module that holds it is.
 *
 * @since 0.1.0
 */
public final class IncidentRules implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final IncidentRules DEFAULTS =
            new IncidentRules(5, Duration.ofMinutes(10), 5, Duration.ofMinutes(5), 6, Duration.ofMinutes(15));

    /** The fix-required loop's count. */
    private final int loopCount;
    /** The fix-required loop's window. */
    private final Duration loopWindow;
    /** The platform-wide incident's distinct streams. */
    private final int platformStreams;
    /** The platform-wide incident's window. */
    private final Duration platformWindow;
    /** Flapping's count. */
    private final int flappingCount;
    /** Flapping's window. */
    private final Duration flappingWindow;

    private IncidentRules(
            int loopCount,
            Duration loopWindow,
            int platformStreams,
            Duration platformWindow,
            int flappingCount,
            Duration flappingWindow) {
        this.loopCount = loopCount;
        this.loopWindow = loopWindow;
        this.platformStreams = platformStreams;
        this.platformWindow = platformWindow;
        this.flappingCount = flappingCount;
        this.flappingWindow = flappingWindow;
    }

    /**
     * The default thresholds.
     *
     * @return the defaults
     */
    public static IncidentRules defaults() {
        return DEFAULTS;
    }

    /**
     * These rules with another fix-required loop threshold.
     *
     * @param count interruptions of one stream, at least 2
     * @param window within this time, at least a second
     * @return the rules
     * @throws IllegalArgumentException if a value is out of range
     */
    public IncidentRules fixRequiredLoop(int count, Duration window) {
        return new IncidentRules(
                check(count, "fix-required loop"),
                check(window, "fix-required loop"),
                platformStreams,
                platformWindow,
                flappingCount,
                flappingWindow);
    }

    /**
     * These rules with another platform-wide threshold.
     *
     * @param streams distinct streams with the same cause, at least 2
     * @param window within this time, at least a second
     * @return the rules
     * @throws IllegalArgumentException if a value is out of range
     */
    public IncidentRules platformWide(int streams, Duration window) {
        return new IncidentRules(
                loopCount,
                loopWindow,
                check(streams, "platform-wide"),
                check(window, "platform-wide"),
                flappingCount,
                flappingWindow);
    }

    /**
     * These rules with another flapping threshold.
     *
     * @param count {@code RETRY} interruptions of one stream, at least 2
     * @param window within this time, at least a second
     * @return the rules
     * @throws IllegalArgumentException if a value is out of range
     */
    public IncidentRules flapping(int count, Duration window) {
        return new IncidentRules(
                loopCount,
                loopWindow,
                platformStreams,
                platformWindow,
                check(count, "flapping"),
                check(window, "flapping"));
    }

    private static int check(int count, String rule) {
        if (count < 2) {
            throw new IllegalArgumentException("the " + rule + " count is at least 2, not " + count);
        }
        return count;
    }

    private static Duration check(Duration window, String rule) {
        if (window.getSeconds() < 1) {
            throw new IllegalArgumentException("the " + rule + " window is at least a second, not " + window);
        }
        return window;
    }

    /**
     * The count of a fix-required loop.
     *
     * @return the count
     */
    public int fixRequiredLoopCount() {
        return loopCount;
    }

    /**
     * The window of a fix-required loop.
     *
     * @return the window
     */
    public Duration fixRequiredLoopWindow() {
        return loopWindow;
    }

    /**
     * The distinct streams of a platform-wide incident.
     *
     * @return the count
     */
    public int platformWideStreams() {
        return platformStreams;
    }

    /**
     * The window of a platform-wide incident.
     *
     * @return the window
     */
    public Duration platformWideWindow() {
        return platformWindow;
    }

    /**
     * The count of flapping.
     *
     * @return the count
     */
    public int flappingCount() {
        return flappingCount;
    }

    /**
     * The window of flapping.
     *
     * @return the window
     */
    public Duration flappingWindow() {
        return flappingWindow;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IncidentRules)) {
            return false;
        }
        IncidentRules o = (IncidentRules) other;
        return loopCount == o.loopCount
                && loopWindow.equals(o.loopWindow)
                && platformStreams == o.platformStreams
                && platformWindow.equals(o.platformWindow)
                && flappingCount == o.flappingCount
                && flappingWindow.equals(o.flappingWindow);
    }

    @Override
    public int hashCode() {
        return Objects.hash(loopCount, loopWindow, platformStreams, platformWindow, flappingCount, flappingWindow);
    }

    @Override
    public String toString() {
        return "fix-required loop " + loopCount + " in " + loopWindow + ", platform-wide " + platformStreams
                + " streams in " + platformWindow + ", flapping " + flappingCount + " in " + flappingWindow;
    }
}
