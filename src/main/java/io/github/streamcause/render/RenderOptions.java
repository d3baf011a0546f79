package io.github.streamcause.render;

import java.util.Locale;
import java.util.Objects;

/**
 * How a report is rendered: how many causes and streams to list, how many rejected lines the text lists,
 * and the language of cause descriptions.
 * Immutable: each {@code with} method returns a new instance.
 *
 * @since 0.1.0
 */
public final class RenderOptions {
    private static final RenderOptions DEFAULTS = new RenderOptions(10, Locale.ENGLISH, 5);

    private final int top;
    private final Locale locale;
    private final int rejected;

    private RenderOptions(int top, Locale locale, int rejected) {
        this.top = top;
        this.locale = locale;
        this.rejected = rejected;
    }

    /**
     * Ten causes and streams, five rejected lines, in English.
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
        return new RenderOptions(top, locale, rejected);
    }

    /**
     * These options describing causes in {@code locale} (English, Korean, Chinese, Japanese; English for
     * any other).
     *
     * @param locale the language
     * @return the new options
     */
    public RenderOptions withLocale(Locale locale) {
        return new RenderOptions(top, Objects.requireNonNull(locale, "locale"), rejected);
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
        return new RenderOptions(top, locale, rejected);
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
