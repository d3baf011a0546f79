package io.github.streamcause;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises reason texts: an exact-match table of every known text, normalised (case, white space and
 * end punctuation ignored), built on first use.
 *
 * <p>Matching does not allocate: the input is normalised on the fly while hashing and comparing, and
 * every answer is a list built once. Texts longer than the longest known text are rejected after reading
 * at most that many characters.
 */
final class TextIndex {
    /** The shipped languages whose descriptions are recognised besides English. */
    private static final String[] LANGUAGES = {"ko", "zh", "ja"};
    /** The vendor's texts that are not descriptions: other table revisions, legacy errmsg, StopReason. */
    private static final String VENDOR_TEXTS = "io/github/streamcause/reason-texts.tsv";

    static final TextIndex INSTANCE = build();

    private final char[][] keys;
    private final int[] hashes;
    private final List<InterruptionCause>[] values;
    private final int mask;
    private final int maxLength;

    private TextIndex(Map<String, Set<InterruptionCause>> texts) {
        int capacity = Integer.highestOneBit(Math.max(16, texts.size() * 4) - 1) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
        List<InterruptionCause>[] lists = new List[capacity];
        values = lists;
        mask = capacity - 1;
        int longest = 0;
        for (Map.Entry<String, Set<InterruptionCause>> e : texts.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int hash = hash(key);
            int slot = hash & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = Collections.unmodifiableList(new ArrayList<>(e.getValue()));
            longest = Math.max(longest, key.length);
        }
        maxLength = longest;
    }

    /** The causes whose text matches, in registry order; empty if none. */
    List<InterruptionCause> recognize(String text) {
        int slot = find(text);
        return slot < 0 ? Collections.<InterruptionCause>emptyList() : values[slot];
    }

    /**
     * The lowest subcode among the rows of {@code code} whose text matches, or {@link
     * ErrorCodes#NO_SUBCODE} if none does.
     */
    int lowestSubcode(int code, String text) {
        int lowest = Integer.MAX_VALUE;
        List<InterruptionCause> causes = recognize(text);
        for (int i = 0; i < causes.size(); i++) { // no iterator: this runs for every callback of 18 and 21
            InterruptionCause cause = causes.get(i);
            if (cause.code() == code && cause.isTableRow()) {
                lowest = Math.min(lowest, cause.subcode());
            }
        }
        return lowest == Integer.MAX_VALUE ? ErrorCodes.NO_SUBCODE : lowest;
    }

    private int find(String text) {
        if (text == null) {
            return -1;
        }
        int end = normalizedEnd(text);
        int hash = 0;
        int length = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!isIgnorable(c)) {
                if (++length > maxLength) {
                    return -1;
                }
                hash = 31 * hash + fold(c);
            }
        }
        hash = spread(hash);
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches(keys[slot], text, end)) {
                return slot;
            }
        }
        return -1;
    }

    private static boolean matches(char[] key, String text, int end) {
        int k = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!isIgnorable(c)) {
                if (k == key.length || key[k++] != fold(c)) {
                    return false;
                }
            }
        }
        return k == key.length;
    }

    /** The end of the text once trailing white space and end punctuation are cut off. */
    private static int normalizedEnd(CharSequence text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            if (!isIgnorable(c) && !isEndPunctuation(c)) {
                break;
            }
            end--;
        }
        return end;
    }

    /**
     * White space of any kind: what {@link Character#isWhitespace} or {@link Character#isSpaceChar} accept,
     * plus the zero-width space and a stray byte order mark. Spelled out, because the {@code Character}
     * lookups cost more than the rest of the matching for CJK text.
     */
    static boolean isIgnorable(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        if (c < '\u00A0') {
            return false;
        }
        return c == '\u00A0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200B')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000'
                || c == '\uFEFF';
    }

    /**
     * Lower case, skipping the lookup for ASCII and for the caseless blocks from U+3000 to U+FEFF (CJK,
     * Hangul, Kana; U+A640 to U+A7FF, Cyrillic and Latin extensions, have case).
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c >= '\u3000' && c < '\uFF00' && (c < '\uA640' || c >= '\uA800')) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isEndPunctuation(char c) {
        return c == '.' || c == '。' || c == '!' || c == '！' || c == '．';
    }

    /** The normalised form of a text, as stored: lower case, no white space, no end punctuation. */
    static String normalize(String text) {
        int end = normalizedEnd(text);
        StringBuilder s = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!isIgnorable(c)) {
                s.append(fold(c));
            }
        }
        return s.toString();
    }

    private static int hash(char[] key) {
        int hash = 0;
        for (char c : key) {
            hash = 31 * hash + c;
        }
        return spread(hash);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static TextIndex build() {
        Map<String, Set<InterruptionCause>> texts = new LinkedHashMap<>();
        List<Messages> languages = new ArrayList<>();
        languages.add(Messages.ENGLISH);
        for (String language : LANGUAGES) {
            languages.add(Messages.shipped(language));
        }
        for (InterruptionCause cause : InterruptionCause.values()) {
            if (cause.isTableRow()) {
                for (Messages messages : languages) {
                    add(texts, messages.description(cause), cause);
                }
            }
        }
        readVendorTexts(texts);
        for (Map.Entry<String, Set<InterruptionCause>> e : texts.entrySet()) {
            InterruptionCause first = e.getValue().iterator().next();
            for (InterruptionCause other : e.getValue()) {
                if (other.category() != first.category() || other.recovery() != first.recovery()) {
                    throw new IllegalStateException("The text \"" + e.getKey() + "\" is shared by " + first + " and "
                            + other + ", which are classified differently");
                }
            }
        }
        return new TextIndex(texts);
    }

    private static void add(Map<String, Set<InterruptionCause>> texts, String text, InterruptionCause cause) {
        String key = normalize(text);
        if (key.isEmpty()) {
            throw new IllegalStateException("Empty reason text for " + cause);
        }
        Set<InterruptionCause> causes = texts.get(key);
        if (causes == null) {
            causes = EnumSet.noneOf(InterruptionCause.class);
            texts.put(key, causes);
        }
        causes.add(cause);
    }

    /** Lines of {@code code TAB subcode-or-dash TAB language TAB source TAB text}; # starts a comment. */
    private static void readVendorTexts(Map<String, Set<InterruptionCause>> texts) {
        InputStream in = TextIndex.class.getClassLoader().getResourceAsStream(VENDOR_TEXTS);
        if (in == null) {
            throw new IllegalStateException("StreamCause's " + VENDOR_TEXTS + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException(
                            VENDOR_TEXTS + " line " + number + ": 5 tab-separated fields expected");
                }
                int code = Integer.parseInt(fields[0]);
                int subcode = fields[1].equals("-") ? ErrorCodes.NO_SUBCODE : Integer.parseInt(fields[1]);
                add(texts, fields[4], row(code, subcode, number));
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read " + VENDOR_TEXTS + ": " + e, e);
        }
    }

    private static InterruptionCause row(int code, int subcode, int line) {
        for (InterruptionCause cause : InterruptionCause.values()) {
            if (cause.isTableRow() && cause.code() == code && cause.subcode() == subcode) {
                return cause;
            }
        }
        throw new IllegalStateException(VENDOR_TEXTS + " line " + line + ": no row " + code + "/" + subcode);
    }
}
