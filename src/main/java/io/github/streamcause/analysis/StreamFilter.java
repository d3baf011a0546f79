package io.github.streamcause.analysis;

import io.github.streamcause.report.StreamKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which events an {@link Analyzer} keeps: a time window, and stream patterns with {@code *} and {@code ?}
 * matched against the stream name, {@code app/stream} and {@code domain/app/stream}.
 */
final class StreamFilter {
    private final Instant since;
    private final Instant until;
    private final List<String> streams;

    StreamFilter(Instant since, Instant until, List<String> globs) {
        this.since = since;
        this.until = until;
        this.streams = new ArrayList<>(globs);
    }

    boolean filtersTime() {
        return since != null || until != null;
    }

    /** Whether an event at {@code time} (null: unknown) on {@code stream} is kept. */
    boolean keep(StreamKey stream, Instant time) {
        if (filtersTime()) {
            if (time == null || (since != null && time.isBefore(since)) || (until != null && !time.isBefore(until))) {
                return false;
            }
        }
        if (streams.isEmpty()) {
            return true;
        }
        String name = stream.streamName();
        String appStream = stream.appName() + "/" + name;
        String full = stream.toString();
        for (String glob : streams) {
            if (matches(glob, name) || matches(glob, appStream) || matches(glob, full)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} matches a glob with {@code *} (any run of characters) and {@code ?} (any one),
     * everything else literal. Greedy, going back only to the last {@code *}: at most text length times
     * glob length steps, never the exponential backtracking of a regular expression such as {@code
     * .*o.*o.*1.*} over a long name.
     */
    static boolean matches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1; // the glob position after the last '*' seen
        int resume = 0; // where in the text that '*' stopped matching
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                star = ++g;
                resume = t;
            } else if (g < glob.length() && glob.charAt(g) == '?') {
                g++;
                t += Character.charCount(text.codePointAt(t)); // one character, a surrogate pair too
            } else if (g < glob.length() && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (star >= 0) {
                g = star; // the last '*' takes one more character
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
