package io.github.streamcause;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The texts of every cause in one language, read from {@code io/github/streamcause/messages*.properties}
 * (the library's and an application's on the class path), or else an application's {@code
 * META-INF/streamcause/messages*.properties} (in a named module too: not a package, so neither encapsulated
 * nor split from the library's package).
 *
 * <p>Not a {@link java.util.ResourceBundle}: its default-locale fallback would answer a request for English
 * with the server's language, and {@code getBundle(..., Control)} throws in a named module. The chain here
 * is explicit — language and country, then language, then English — and the files are read as UTF-8 on
 * every Java version.
 */
final class Messages {
    private static final String BASE = "io/github/streamcause/messages";
    /**
     * Where an application's module puts its files: a resource in {@code io/github/streamcause} would put
     * the library's package in that module too, which the module system refuses to resolve.
     */
    private static final String APPLICATION_BASE = "META-INF/streamcause/messages";
    /** Languages are read once each; this bounds the cache against callers passing arbitrary locales. */
    private static final int MAX_CACHED = 256;

    /** English, the default and the fallback of every language; complete by construction. */
    static final Messages ENGLISH = english();

    private static final ConcurrentMap<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final Map<InterruptionCause, String> descriptions;
    private final Map<InterruptionCause, String> remedies;
    private final Map<AnomalyType, String> anomalies;

    private Messages(
            Map<InterruptionCause, String> descriptions,
            Map<InterruptionCause, String> remedies,
            Map<AnomalyType, String> anomalies) {
        this.descriptions = descriptions;
        this.remedies = remedies;
        this.anomalies = anomalies;
    }

    String description(InterruptionCause cause) {
        return descriptions.get(cause);
    }

    String description(AnomalyType type) {
        return anomalies.get(type);
    }

    String remedy(InterruptionCause cause) {
        return remedies.get(cause);
    }

    /** {@code [a-z]{2,8}}, spelled out: no regular expression engine at start-up. */
    static boolean isLanguage(String s) {
        return s.length() >= 2 && s.length() <= 8 && all(s, 'a', 'z');
    }

    /** {@code [A-Z]{2}|[0-9]{3}}, spelled out. */
    static boolean isCountry(String s) {
        return (s.length() == 2 && all(s, 'A', 'Z')) || (s.length() == 3 && all(s, '0', '9'));
    }

    private static boolean all(String s, char first, char last) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < first || s.charAt(i) > last) {
                return false;
            }
        }
        return true;
    }

    /** The texts for a locale: its language and country, its language, then English. */
    static Messages forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = locale.getLanguage();
        if (language.equals("en") || !isLanguage(language)) {
            return ENGLISH;
        }
        Messages forLanguage = cached(language, ENGLISH);
        String country = locale.getCountry();
        if (!isCountry(country)) {
            return forLanguage;
        }
        return cached(language + '_' + country, forLanguage);
    }

    private static Messages cached(String suffix, Messages parent) {
        Messages messages = CACHE.get(suffix);
        if (messages != null) {
            return messages;
        }
        messages = load(suffix, parent);
        if (CACHE.size() < MAX_CACHED) {
            Messages earlier = CACHE.putIfAbsent(suffix, messages);
            if (earlier != null) {
                return earlier;
            }
        }
        return messages;
    }

    /** Reads {@code messages_<suffix>.properties}, taking what it lacks from {@code parent}. */
    private static Messages load(String suffix, Messages parent) {
        String file = '_' + suffix + ".properties";
        URL url = find(BASE + file);
        if (url == null) {
            url = find(APPLICATION_BASE + file);
        }
        return url == null ? parent : load(url, parent);
    }

    /**
     * The texts the library ships for a language, ignoring files an application adds; for recognising the
     * vendor's texts.
     */
    static Messages shipped(String language) {
        URL url = Messages.class.getClassLoader().getResource(BASE + '_' + language + ".properties");
        if (url == null) {
            throw new IllegalStateException("StreamCause's messages for " + language + " are missing");
        }
        return load(url, ENGLISH);
    }

    private static Messages load(URL url, Messages parent) {
        Properties texts = read(url);
        Map<InterruptionCause, String> descriptions = new EnumMap<>(InterruptionCause.class);
        Map<InterruptionCause, String> remedies = new EnumMap<>(InterruptionCause.class);
        for (InterruptionCause cause : InterruptionCause.values()) {
            descriptions.put(cause, orElse(texts.getProperty(cause.key() + ".description"), parent.description(cause)));
            remedies.put(cause, orElse(texts.getProperty(cause.remedyKey()), parent.remedy(cause)));
        }
        Map<AnomalyType, String> anomalies = new EnumMap<>(AnomalyType.class);
        for (AnomalyType type : AnomalyType.values()) {
            anomalies.put(type, orElse(texts.getProperty(type.key() + ".description"), parent.description(type)));
        }
        return new Messages(descriptions, remedies, anomalies);
    }

    private static Messages english() {
        String name = BASE + ".properties";
        URL url = Messages.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("StreamCause's " + name + " is missing from the class path");
        }
        Properties texts = read(url);
        Map<InterruptionCause, String> descriptions = new EnumMap<>(InterruptionCause.class);
        Map<InterruptionCause, String> remedies = new EnumMap<>(InterruptionCause.class);
        for (InterruptionCause cause : InterruptionCause.values()) {
            descriptions.put(cause, required(texts, cause.key() + ".description", url));
            remedies.put(cause, required(texts, cause.remedyKey(), url));
        }
        Map<AnomalyType, String> anomalies = new EnumMap<>(AnomalyType.class);
        for (AnomalyType type : AnomalyType.values()) {
            anomalies.put(type, required(texts, type.key() + ".description", url));
        }
        return new Messages(descriptions, remedies, anomalies);
    }

    private static String required(Properties texts, String key, URL url) {
        String text = texts.getProperty(key);
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalStateException("No text for key " + key + " in " + url);
        }
        return text.trim();
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.trim().isEmpty() ? fallback : text.trim();
    }

    /** The application's files first (the context class loader), then the library's own. */
    private static URL find(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        URL url = context == null ? null : context.getResource(name);
        if (url == null) {
            url = Messages.class.getClassLoader().getResource(name);
        }
        return url;
    }

    private static Properties read(URL url) {
        Properties texts = new Properties();
        try (InputStream in = url.openStream();
                Reader reader = new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            texts.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the message file " + url + " (UTF-8 expected): " + e, e);
        }
        return texts;
    }
}
