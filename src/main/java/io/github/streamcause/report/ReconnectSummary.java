package io.github.streamcause.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether streams came back after an interruption worth retrying: for every interruption whose recovery
 * is {@code RETRY} and that has a time, the first push of the same stream at or after it (not the push
 * of the session it ended). A push within the window makes the drop a <em>blip</em>; a later one, an
 * outage that ended; none, a stream that did not come back while the data lasts.
 *
 * @since 0.1.0
 */
public final class ReconnectSummary {
    /** The window of {@link InterruptionReport#reconnects()}: a drop followed by a push within it is a blip. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

    private final Duration window;
    private final long retryInterruptions;
    private final long blips;
    private final long later;
    private final long never;
    private final DurationStats delays;
    private final List<StreamKey> notBack;

    private ReconnectSummary(
            Duration window,
            long retryInterruptions,
            long blips,
            long later,
            long never,
            DurationStats delays,
            List<StreamKey> notBack) {
        this.window = window;
        this.retryInterruptions = retryInterruptions;
        this.blips = blips;
        this.later = later;
        this.never = never;
        this.delays = delays;
        this.notBack = notBack;
    }

    static ReconnectSummary of(Activity a, Streams streams, Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("a reconnect window is not negative: " + window);
        }
        long windowSeconds = window.getSeconds();
        int[] pushOf = a.pushOf;
        long[] delays = new long[a.size];
        int reconnected = 0;
        long retry = 0;
        long blips = 0;
        long later = 0;
        long never = 0;
        // each stream's last RETRY interruption, and whether a push followed it
        Map<Integer, long[]> last = new HashMap<>();
        for (int i = 0; i < a.size; i++) {
            if (!a.isInterruption(i) || !a.isRetry(i) || !When.has(a.when[i])) {
                continue;
            }
            retry++;
            long at = When.second(a.when[i]);
            long next = a.nextPush(a.stream(i), at, pushOf[i]);
            if (next < 0) {
                never++;
            } else {
                long delay = next - at;
                delays[reconnected++] = delay;
                if (delay <= windowSeconds) {
                    blips++;
                } else {
                    later++;
                }
            }
            long[] held = last.get(a.stream(i));
            if (held == null || at >= held[0]) {
                last.put(a.stream(i), new long[] {at, next < 0 ? 0 : 1});
            }
        }
        List<StreamKey> notBack = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : last.entrySet()) {
            if (e.getValue()[1] == 0) {
                notBack.add(streams.key(e.getKey()));
            }
        }
        notBack.sort(Comparator.comparing(StreamKey::toString));
        return new ReconnectSummary(
                window,
                retry,
                blips,
                later,
                never,
                DurationStats.of(delays, reconnected),
                Collections.unmodifiableList(notBack));
    }

    /**
     * The window within which a push makes a drop a blip.
     *
     * @return the window
     */
    public Duration window() {
        return window;
    }

    /**
     * The interruptions whose recovery is {@code RETRY} and that have a time.
     *
     * @return the count
     */
    public long retryInterruptions() {
        return retryInterruptions;
    }

    /**
     * Those followed by a push of the same stream within the window: blips, not outages.
     *
     * @return the count
     */
    public long blips() {
        return blips;
    }

    /**
     * Those followed by a push, but later than the window: outages that ended.
     *
     * @return the count
     */
    public long reconnectedLater() {
        return later;
    }

    /**
     * Those after which the stream did not push again while the data lasts.
     *
     * @return the count
     */
    public long neverReconnected() {
        return never;
    }

    /**
     * The share of {@link #retryInterruptions()} that were blips.
     *
     * @return from 0 to 1; 0 when there were none
     */
    public double blipShare() {
        return retryInterruptions == 0 ? 0 : (double) blips / retryInterruptions;
    }

    /**
     * The time from a drop to the push that followed it, over the drops followed by one.
     *
     * @return the statistics
     */
    public DurationStats timeToReconnect() {
        return delays;
    }

    /**
     * The streams whose last {@code RETRY} interruption no push followed: not back when the data ends.
     *
     * @return an unmodifiable list, by name
     */
    public List<StreamKey> streamsNotBack() {
        return notBack;
    }

    @Override
    public String toString() {
        return "within " + window + ": " + retryInterruptions + " retry drops, " + blips + " blips, " + later
                + " later, " + never + " never; time to reconnect " + delays + "; not back " + notBack;
    }
}
