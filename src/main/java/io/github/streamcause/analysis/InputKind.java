package io.github.streamcause.analysis;

/**
 * What an input file holds, as an {@link Analyzer} tells it from its first 64 KiB (after gzip, which is
 * told by its magic bytes).
 *
 * @since 0.1.0
 */
public enum InputKind {
    /** A callback log: one callback body (JSON) per line. */
    CALLBACK_LOG("callback-log"),
    /** A DescribeLiveStreamEventList response: push records with a {@code StopReason}. */
    EVENT_LIST("DescribeLiveStreamEventList"),
    /** A DescribeCallbackRecordsList response: the callback bodies the platform sent. */
    CALLBACK_RECORDS("DescribeCallbackRecordsList");

    private final String label;

    InputKind(String label) {
        this.label = label;
    }

    /**
     * The name a report gives this kind ({@link io.github.streamcause.report.InputSummary#kind()}): {@code
     * callback-log}, or the API's name.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
