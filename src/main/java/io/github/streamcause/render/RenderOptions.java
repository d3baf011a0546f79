package io.github.streamcause.render;

import java.util.Locale;
import java.util.Objects;

/**
 * How a report is rendered: how many causes and streams to list, and the language of cause descriptions.
 * Immutable: each {@code with} method returns a new instance.
 *
 * @since 0.1.0
 */
public final class RenderOptions {
    private static final RenderOptions DEFAULTS = new RenderOptions(10, Locale.ENGLISH);

    private final int top;
    private final Locale locale;

    private RenderOptions(int top, Locale locale) {
        this.top = top;
        this.locale = locale;
    }

    /**
     * Ten causes and streams, in English.
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
        return new RenderOptions(top, locale);
    }

    /**
     * These options describing causes in {@code locale} (English, Korean, Chinese, Japanese; English for
     * any other).
     *
     * @param locale the language
     * @return the new options
     */
    public RenderOptions withLocale(Locale locale) {
        return new RenderOptions(top, Objects.requireNonNull(locale, "locale"));
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
