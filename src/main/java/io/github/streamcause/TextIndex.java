package io.github.streamcause;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Recognises reason texts: an exact-match table of every known text, normalised (case, white space and
 * end punctuation ignored), built on first use.
 *
 * <p>Three steps, the first that answers wins, each answer a list built once:
 *
 * <ol>
 *   <li>The known texts exactly as shipped (the vendor's and the library's): a {@code String} hash and
 *       {@code equals}, as a {@code HashMap} lookup costs; no allocation.
 *   <li>The recent texts: a direct-mapped cache of {@value #RECENT_SLOTS} answers by exact text, for the
 *       drifted and unknown texts a service sees again and again; no allocation on a hit.
 *   <li>Matching: the input is normalised on the fly while hashing and comparing, with no allocation;
 *       texts longer than the longest known text are rejected after reading at most that many
 *       characters. The answer is then kept in the recent cache (one entry of about 24 bytes, replacing
 *       the one in its slot) if the text has at most {@value #MAX_RECENT_LENGTH} characters.
 * </ol>
 *
 * <p>The recent cache is shared by all threads without locks: an entry is immutable and published by one
 * reference write, so a thread sees a whole entry or none, and a thread that misses an entry another
 * thread has just written matches the text itself.
 */
final class TextIndex {
    /** The slots of the recent cache, a power of two. */
    static final int RECENT_SLOTS = 256;
    /** Longer texts are matched every time and never kept, so that the cache stays small. */
    static final int MAX_RECENT_LENGTH = 256;

    /** The shipped languages whose descriptions are recognised besides English. */
    private static final String[] LANGUAGES = {"ko", "zh", "ja"};
    /** The vendor's texts that are not descriptions: other table revisions, legacy errmsg, StopReason. */
    private static final String VENDOR_TEXTS = "io/github/streamcause/reason-texts.tsv";

    static final TextIndex INSTANCE = build();

    private final char[][] keys;
    private final int[] hashes;
    private final Causes[] values;
    private final int mask;
    private final int maxLength;
    /** The known texts as shipped, by {@code String.hashCode}: keys, hashes and answers. */
    private final String[] shipped;

    private final int[] shippedHashes;
    private final Causes[] shippedCauses;
    private final int shippedMask;
    /** The recent cache, by the text's spread {@code String.hashCode}. */
    private final Recent[] recent = new Recent[RECENT_SLOTS];

    /** A text and its answer; immutable, so that a racy read sees it whole. */
    private static final class Recent {
        final String text;
        final Causes causes;

        Recent(String text, Causes causes) {
            this.text = text;
            this.causes = causes;
        }
    }

    private TextIndex(Map<String, Set<InterruptionCause>> texts, Set<String> asShipped) {
        int capacity = Integer.highestOneBit(Math.max(16, texts.size() * 4) - 1) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        values = new Causes[capacity];
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
            values[slot] = new Causes(e.getValue());
            longest = Math.max(longest, key.length);
        }
        maxLength = longest;
        int shippedCapacity = Integer.highestOneBit(Math.max(16, asShipped.size() * 2) - 1) << 1;
        shipped = new String[shippedCapacity];
        shippedHashes = new int[shippedCapacity];
        shippedCauses = new Causes[shippedCapacity];
        shippedMask = shippedCapacity - 1;
        for (String text : asShipped) {
            int hash = spread(text.hashCode());
            int slot = hash & shippedMask;
            while (shipped[slot] != null) {
                slot = (slot + 1) & shippedMask;
            }
            shipped[slot] = text;
            shippedHashes[slot] = hash;
            shippedCauses[slot] = match(text);
        }
    }

    /** The causes whose text matches, in registry order; empty if none. */
    Causes recognize(String text) {
        if (text == null) {
            return Causes.NONE;
        }
        int hash = spread(text.hashCode());
        Causes causes = shippedAnswer(text, hash);
        if (causes == null) {
            causes = recentAnswer(text, hash);
        }
        if (causes != null) {
            return causes;
        }
        causes = match(text);
        if (text.length() <= MAX_RECENT_LENGTH) {
            recent[hash & (RECENT_SLOTS - 1)] = new Recent(text, causes);
        }
        return causes;
    }

    /** The answer for a known text exactly as shipped, or null; {@code hash} is its spread hash. */
    private Causes shippedAnswer(String text, int hash) {
        for (int slot = hash & shippedMask; shipped[slot] != null; slot = (slot + 1) & shippedMask) {
            if (shippedHashes[slot] == hash && shipped[slot].equals(text)) {
                return shippedCauses[slot];
            }
        }
        return null;
    }

    /** The recent cache's answer for exactly this text, or null; {@code hash} is its spread hash. */
    private Causes recentAnswer(String text, int hash) {
        Recent seen = recent[hash & (RECENT_SLOTS - 1)];
        return seen != null && seen.text.equals(text) ? seen.causes : null;
    }

    /**
     * The known texts (as shipped) nearest to a text, nearest first (ties in text order), at most {@code
     * max}, one per normalised form: those within an edit distance of 40% of the longer normalised text
     * (at least 2), and none that matches exactly. Linear in the known texts; for a "did you mean".
     */
    List<String> closest(String text, int max) {
        String wanted = normalize(text);
        if (wanted.isEmpty() || max <= 0 || wanted.length() > 4 * maxLength) {
            return Collections.emptyList();
        }
        Map<String, String> byForm = new java.util.TreeMap<>(); // normalised form to its first text
        for (String known : shipped) {
            if (known != null) {
                byForm.merge(normalize(known), known, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<String[]> near = new ArrayList<>(); // distance (zero-padded), text
        for (Map.Entry<String, String> e : byForm.entrySet()) {
            String form = e.getKey();
            int limit = Math.max(2, Math.max(form.length(), wanted.length()) * 2 / 5);
            int distance = distance(wanted, form, limit);
            if (distance > 0 && distance <= limit) {
                near.add(new String[] {String.format(java.util.Locale.ROOT, "%06d", distance), e.getValue()});
            }
        }
        near.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> texts = new ArrayList<>();
        for (String[] n : near.subList(0, Math.min(max, near.size()))) {
            texts.add(n[1]);
        }
        return Collections.unmodifiableList(texts);
    }

    /** The Levenshtein distance of two texts, or {@code limit + 1} once it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Whether the recent cache holds the answer for exactly this text (for tests). */
    boolean isRecent(String text) {
        return recentAnswer(text, spread(text.hashCode())) != null;
    }

    /** Whether the text is one of the known texts exactly as shipped (for tests). */
    boolean isShipped(String text) {
        return shippedAnswer(text, spread(text.hashCode())) != null;
    }

    /** The causes whose normalised text matches, without either cache. */
    private Causes match(String text) {
        int slot = find(text);
        return slot < 0 ? Causes.NONE : values[slot];
    }

    /**
     * The lowest subcode among the rows of {@code code} whose text matches, or {@link
     * ErrorCodes#NO_SUBCODE} if none does.
     */
    int lowestSubcode(int code, String text) {
        return recognize(text).lowestSubcode(code);
    }

    /**
     * An answer: the matching causes in registry order, unmodifiable, with the lowest subcode of each
     * code's rows among them worked out once, as {@code describe(code, errmsg)} needs it for every
     * callback of 18 and 21.
     */
    static final class Causes extends AbstractList<InterruptionCause> implements RandomAccess {
        static final Causes NONE = new Causes(Collections.<InterruptionCause>emptySet());

        private final InterruptionCause[] causes;
        /** {@code lowest[code]}: the lowest subcode of the code's table rows here; NO_SUBCODE if none. */
        private final int[] lowest;

        Causes(Collection<InterruptionCause> matched) {
            causes = matched.toArray(new InterruptionCause[0]);
            int codes = 0;
            for (InterruptionCause cause : causes) {
                if (cause.isTableRow()) {
                    codes = Math.max(codes, cause.code() + 1);
                }
            }
            lowest = new int[codes];
            Arrays.fill(lowest, Integer.MAX_VALUE);
            for (InterruptionCause cause : causes) {
                if (cause.isTableRow()) {
                    lowest[cause.code()] = Math.min(lowest[cause.code()], cause.subcode());
                }
            }
            for (int code = 0; code < codes; code++) {
                if (lowest[code] == Integer.MAX_VALUE) {
                    lowest[code] = ErrorCodes.NO_SUBCODE;
                }
            }
        }

        @Override
        public InterruptionCause get(int index) {
            return causes[index];
        }

        @Override
        public int size() {
            return causes.length;
        }

        int lowestSubcode(int code) {
            return code >= 0 && code < lowest.length ? lowest[code] : ErrorCodes.NO_SUBCODE;
        }
    }

    private int find(String text) {
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
        Set<String> asShipped = new LinkedHashSet<>();
        List<Messages> languages = new ArrayList<>();
        languages.add(Messages.ENGLISH);
        for (String language : LANGUAGES) {
            languages.add(Messages.shipped(language));
        }
        for (InterruptionCause cause : InterruptionCause.values()) {
            if (cause.isTableRow()) {
                for (Messages messages : languages) {
                    add(texts, asShipped, messages.description(cause), cause);
                }
            }
        }
        readVendorTexts(texts, asShipped);
        for (Map.Entry<String, Set<InterruptionCause>> e : texts.entrySet()) {
            InterruptionCause first = e.getValue().iterator().next();
            for (InterruptionCause other : e.getValue()) {
                if (other.category() != first.category() || other.recovery() != first.recovery()) {
                    throw new IllegalStateException("The text \"" + e.getKey() + "\" is shared by " + first + " and "
                            + other + ", which are classified differently");
                }
            }
        }
        return new TextIndex(texts, asShipped);
    }

    private static void add(
            Map<String, Set<InterruptionCause>> texts, Set<String> asShipped, String text, InterruptionCause cause) {
        asShipped.add(text);
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
    private static void readVendorTexts(Map<String, Set<InterruptionCause>> texts, Set<String> asShipped) {
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
                add(texts, asShipped, fields[4], row(code, subcode, number));
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
