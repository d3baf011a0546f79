package io.github.streamcause.analysis;

import io.github.streamcause.report.StreamKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which events an {@link Analyzer} keeps: a time window, and stream patterns with {@code *} and {@code ?}
 * matched against the stream name, {@code app/stream} and {@code domain/app/stream}.
 */
final class StreamFilter {
    private final Instant since;
    private final Instant until;
    private final List<Pattern> streams;

    StreamFilter(Instant since, Instant until, List<String> globs) {
        this.since = since;
        this.until = until;
        this.streams = new ArrayList<>();
        for (String glob : globs) {
            streams.add(glob(glob));
        }
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
        for (Pattern p : streams) {
            if (p.matcher(name).matches()
                    || p.matcher(appStream).matches()
                    || p.matcher(full).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A glob with {@code *} and {@code ?}; everything else literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
