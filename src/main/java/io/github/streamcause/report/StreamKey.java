package io.github.streamcause.report;

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
     * A key; null parts become empty strings.
     *
     * @param domain the push domain
     * @param appName the app name (push path)
     * @param streamName the stream name
     * @return the key
     */
    public static StreamKey of(String domain, String appName, String streamName) {
        return new StreamKey(domain, appName, streamName);
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
