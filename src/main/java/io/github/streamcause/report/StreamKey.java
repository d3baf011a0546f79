package io.github.streamcause.report;

import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.StreamEventRecord;
import java.util.Comparator;

/**
 * A stream: push domain, app name and stream name. A part the payload lacks is the empty string.
 *
 * @since 0.1.0
 */
public final class StreamKey implements Comparable<StreamKey> {
    private static final Comparator<StreamKey> ORDER = Comparator.comparing(StreamKey::domain)
            .thenComparing(StreamKey::appName)
            .thenComparing(StreamKey::streamName);

    private final String domain;
    private final String appName;
    private final String streamName;

    /**
     * Creates a key; null parts become empty strings.
     *
     * @param domain the push domain
     * @param appName the app name (push path)
     * @param streamName the stream name
     */
    public StreamKey(String domain, String appName, String streamName) {
        this.domain = domain == null ? "" : domain;
        this.appName = appName == null ? "" : appName;
        this.streamName = streamName == null ? "" : streamName;
    }

    /**
     * The stream of a callback: {@code app}, {@code appname}, {@code stream_id} (or {@code channel_id}).
     *
     * @param event the callback
     * @return its stream
     */
    public static StreamKey of(CallbackEvent event) {
        return new StreamKey(
                event.domain().orElse(null),
                event.appName().orElse(null),
                event.streamId().orElse(event.channelId().orElse(null)));
    }

    /**
     * The stream of an API record: {@code DomainName}, {@code AppName}, {@code StreamName}.
     *
     * @param record the record
     * @return its stream
     */
    public static StreamKey of(StreamEventRecord record) {
        return new StreamKey(
                record.domainName().orElse(null),
                record.appName().orElse(null),
                record.streamName().orElse(null));
    }

    /**
     * The push domain.
     *
     * @return the domain, possibly empty
     */
    public String domain() {
        return domain;
    }

    /**
     * The app name (push path).
     *
     * @return the app name, possibly empty
     */
    public String appName() {
        return appName;
    }

    /**
     * The stream name.
     *
     * @return the stream name, possibly empty
     */
    public String streamName() {
        return streamName;
    }

    @Override
    public int compareTo(StreamKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StreamKey)) {
            return false;
        }
        StreamKey o = (StreamKey) other;
        return domain.equals(o.domain) && appName.equals(o.appName) && streamName.equals(o.streamName);
    }

    @Override
    public int hashCode() {
        return (31 * domain.hashCode() + appName.hashCode()) * 31 + streamName.hashCode(); // no varargs array
    }

    /**
     * {@code domain/app/stream}.
     *
     * @return the key as a path
     */
    @Override
    public String toString() {
        return domain + "/" + appName + "/" + streamName;
    }
}
