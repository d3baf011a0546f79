package io.github.streamcause.render;

import io.github.streamcause.report.IncidentRules;
import io.github.streamcause.report.ReconnectSummary;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is rendered: how many causes and streams to list, how many rejected lines the text lists,
 * the language of cause descriptions, the width of the timeline's buckets, and the window within which a
 * stream that pushed again after a drop had only a blip, and the thresholds of the incident rules.
 * Immutable: each {@code with} method returns a new instance.
 *
 * @since 0.1.0
 */
public final class RenderOptions {
    private static final RenderOptions DEFAULTS =
            new RenderOptions(10, Locale.ENGLISH, 5, null, ReconnectSummary.DEFAULT_WINDOW, IncidentRules.defaults());

    private final int top;
    private final Locale locale;
    private final int rejected;
    /** Null: the report's own {@code timelineWidth()}. */
    private final Duration timelineWidth;

    private final Duration reconnectWindow;

    private final IncidentRules incidentRules;

    private RenderOptions(
            int top,
            Locale locale,
            int rejected,
            Duration timelineWidth,
            Duration reconnectWindow,
            IncidentRules incidentRules) {
        this.top = top;
        this.locale = locale;
        this.rejected = rejected;
        this.timelineWidth = timelineWidth;
        this.reconnectWindow = reconnectWindow;
        this.incidentRules = incidentRules;
    }

    /**
     * Ten causes and streams, five rejected lines, in English, the timeline in the width the report chooses,
     * reconnects within {@link ReconnectSummary#DEFAULT_WINDOW} (60 seconds), incidents by {@link
     * IncidentRules#defaults()}.
     *
     * @return the defaults
     */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options listing {@code top} causes and streams; 0 leaves the lists out.
     *
     * @param top how many
     * @return the new options
     * @throws IllegalArgumentException if {@code top} is negative
     */
    public RenderOptions withTop(int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative: " + top);
        }
        return new RenderOptions(top, locale, rejected, timelineWidth, reconnectWindow, incidentRules);
    }

    /**
     * These options describing causes in {@code locale} (English, Korean, Chinese, Japanese; English for
     * any other).
     *
     * @param locale the language
     * @return the new options
     */
    public RenderOptions withLocale(Locale locale) {
        return new RenderOptions(
                top, Objects.requireNonNull(locale, "locale"), rejected, timelineWidth, reconnectWindow, incidentRules);
    }

    /**
     * These options listing the first {@code rejected} rejected lines in the text report (of those the
     * report keeps: {@code InterruptionReport.rejectedSampleLimit()}); Markdown and JSON list every one
     * it keeps, CSV none.
     *
     * @param rejected how many, {@link Integer#MAX_VALUE} for all
     * @return the new options
     * @throws IllegalArgumentException if {@code rejected} is negative
     */
    public RenderOptions withRejected(int rejected) {
        if (rejected < 0) {
            throw new IllegalArgumentException("rejected must not be negative: " + rejected);
        }
        return new RenderOptions(top, locale, rejected, timelineWidth, reconnectWindow, incidentRules);
    }

    /**
     * These options showing the timeline in buckets of {@code width} (a minute, an hour, a day...), in
     * every format; null for the width the report chooses from its span ({@code
     * InterruptionReport.timelineWidth()}). A width that gives a report more than 100,000 buckets makes
     * rendering that report throw an {@link IllegalArgumentException}.
     *
     * @param width the bucket width, a whole number of minutes; or null
     * @return the new options
     * @throws IllegalArgumentException if {@code width} is not a whole, positive number of minutes
     */
    public RenderOptions withTimelineWidth(Duration width) {
        if (width != null && (width.getNano() != 0 || width.getSeconds() < 60 || width.getSeconds() % 60 != 0)) {
            throw new IllegalArgumentException("a timeline bucket is a whole number of minutes, not " + width);
        }
        return new RenderOptions(top, locale, rejected, width, reconnectWindow, incidentRules);
    }

    /**
     * The width of the timeline's buckets, if one was chosen.
     *
     * @return the width; empty for the report's own {@code timelineWidth()}
     */
    public Optional<Duration> timelineWidth() {
        return Optional.ofNullable(timelineWidth);
    }

    /**
     * These options counting a drop worth retrying as a blip when its stream pushed again within {@code
     * window} ({@code InterruptionReport.reconnects(Duration)}), in every format.
     *
     * @param window the reconnect window, a whole number of seconds, 0 or more
     * @return the new options
     * @throws IllegalArgumentException if {@code window} is negative or not a whole number of seconds
     */
    public RenderOptions withReconnectWindow(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || !window.equals(Duration.ofSeconds(window.getSeconds()))) {
            throw new IllegalArgumentException(
                    "a reconnect window is a whole number of seconds, 0 or more, not " + window);
        }
        return new RenderOptions(top, locale, rejected, timelineWidth, window, incidentRules);
    }

    /**
     * The window within which a stream that pushed again after a drop had a blip.
     *
     * @return the window; {@link ReconnectSummary#DEFAULT_WINDOW} unless another was chosen
     */
    public Duration reconnectWindow() {
        return reconnectWindow;
    }

    /**
     * These options finding incidents by {@code rules} ({@code InterruptionReport.incidents(IncidentRules)}),
     * in every format.
     *
     * @param rules the thresholds of the incident rules
     * @return the new options
     */
    public RenderOptions withIncidentRules(IncidentRules rules) {
        return new RenderOptions(
                top, locale, rejected, timelineWidth, reconnectWindow, Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The thresholds by which incidents are found.
     *
     * @return the rules; {@link IncidentRules#defaults()} unless others were chosen
     */
    public IncidentRules incidentRules() {
        return incidentRules;
    }

    /**
     * How many rejected lines the text report lists.
     *
     * @return the count
     */
    public int rejected() {
        return rejected;
    }

    /**
     * How many causes and streams are listed.
     *
     * @return the count
     */
    public int top() {
        return top;
    }

    /**
     * The language of cause descriptions.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }
}
