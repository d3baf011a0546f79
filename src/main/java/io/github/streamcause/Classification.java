package io.github.streamcause;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A classification of your own: the registry's category and recovery of every (code, subcode) pair, except
 * for the pairs you override. Nothing global changes: {@link ErrorCodes}, {@link Diagnosis} and {@link
 * InterruptionCause} keep the registry's classification, and only lookups through this object see the
 * overrides.
 *
 * <pre>{@code
 * Classification ours = Classification.defaults()
 *         .with(4, Category.NETWORK, Recovery.RETRY)      // our encoder crashes end with 4
 *         .withOverride("18/602=AUTH/FIX_REQUIRED");      // the form the command line accepts
 * Diagnosis d = ErrorCodes.describe(4);
 * d.recovery();                                           // Recovery.NOT_NEEDED: the registry's
 * ours.recovery(d);                                       // Recovery.RETRY: ours
 * }</pre>
 *
 * <p>An override applies to exactly one (code, subcode) pair, as a diagnosis reports it ({@link
 * Diagnosis#code()}, {@link Diagnosis#subcode()}), and to no other: an override of {@code 4} (subcode
 * {@link ErrorCodes#NO_SUBCODE}) does not change {@code 4/7}, and one of {@code 18} does not change the
 * unlisted subcodes of 18. Any {@code int} pair can be overridden, documented or not: {@code 99} or {@code
 * 18/650} too.
 *
 * <p>Immutable and thread-safe: {@link #with(int, int, Category, Recovery) with} and its siblings return
 * another classification and leave the receiver unchanged; a later override of a pair replaces an earlier
 * one. An override that gives a pair the registry's own classification is no override at all: it is
 * dropped (and removes an earlier override of that pair), so that two classifications are equal exactly
 * when they classify every pair alike, and {@link #isDefault()} says whether this one classifies like the
 * registry.
 *
 * <p>The lookups ({@link #category(Diagnosis)}, {@link #recovery(Diagnosis)} and those of a cause) never
 * allocate: a binary search of the overrides' packed numbers, which is no search at all without overrides.
 *
 * <p>The textual form of an override is {@code CODE[/SUBCODE]=CATEGORY/RECOVERY}, such as {@code
 * 4=NETWORK/RETRY} or {@code 18/202=AUTH/FIX_REQUIRED}: numbers in plain decimal (a leading {@code -}
 * allowed, as every {@code int} pair is), the names of a {@link Category} and a {@link Recovery} in any
 * case, white space around each part ignored. See {@link #withOverride(String)}, {@link #parse(String)}
 * and {@link #fromProperties(Properties)}.
 *
 * @since 0.1.0
 */
public final class Classification {
    /** The textual form of an override, as the error messages show it. */
    private static final String FORM = "CODE[/SUBCODE]=CATEGORY/RECOVERY, such as 18/202=AUTH/FIX_REQUIRED";

    private static final Classification DEFAULTS = new Classification(new Entry[0]);

    /** The overrides, sorted by code, then subcode. */
    private final Entry[] entries;
    /** {@code keys[i] == key(entries[i].code(), entries[i].subcode())}: what the lookups search. */
    private final long[] keys;
    /** The unmodifiable view of {@link #entries} that {@link #overrides()} returns. */
    private final List<Entry> view;

    private Classification(Entry[] entries) {
        this.entries = entries;
        this.keys = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            keys[i] = key(entries[i].code, entries[i].subcode);
        }
        this.view = Collections.unmodifiableList(Arrays.asList(entries));
    }

    /**
     * A pair packed into one {@code long} whose signed order is the order of (code, subcode): the code in
     * the high half, the subcode with its sign bit flipped (so that negative subcodes come first) in the
     * low half.
     */
    private static long key(int code, int subcode) {
        return ((long) code << 32) | ((subcode ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL);
    }

    /**
     * The registry's own classification, without overrides: the category and recovery of every diagnosis
     * and cause, unchanged. Always the same instance.
     *
     * @return the default classification
     */
    public static Classification defaults() {
        return DEFAULTS;
    }

    /**
     * This classification with one more override: the pair (code, subcode) gets the given category and
     * recovery, every other pair keeps its classification. A later override of the same pair replaces the
     * earlier one; an override to the registry's own classification of the pair removes the earlier one.
     * Returns this classification itself when nothing changes, and {@link #defaults()} itself when no
     * override is left; this classification is never modified.
     *
     * @param code the error code, any value
     * @param subcode the subcode, any value; {@link ErrorCodes#NO_SUBCODE} for none
     * @param category the category the pair gets
     * @param recovery the recovery the pair gets
     * @return a classification with the override
     * @throws NullPointerException if {@code category} or {@code recovery} is null
     */
    public Classification with(int code, int subcode, Category category, Recovery recovery) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(recovery, "recovery");
        Diagnosis registry = ErrorCodes.describe(code, subcode);
        boolean asRegistry = registry.category() == category && registry.recovery() == recovery;
        int at = Arrays.binarySearch(keys, key(code, subcode));
        if (at < 0) {
            return asRegistry
                    ? this
                    : new Classification(inserted(-at - 1, new Entry(code, subcode, category, recovery)));
        }
        if (asRegistry) {
            return entries.length == 1 ? DEFAULTS : new Classification(removed(at));
        }
        if (entries[at].category == category && entries[at].recovery == recovery) {
            return this;
        }
        Entry[] next = entries.clone();
        next[at] = new Entry(code, subcode, category, recovery);
        return new Classification(next);
    }

    /**
     * This classification with one more override of a code given without a subcode; the same as {@code
     * with(code, ErrorCodes.NO_SUBCODE, category, recovery)}.
     *
     * @param code the error code, any value
     * @param category the category the code gets
     * @param recovery the recovery the code gets
     * @return a classification with the override
     * @throws NullPointerException if {@code category} or {@code recovery} is null
     * @see #with(int, int, Category, Recovery)
     */
    public Classification with(int code, Category category, Recovery recovery) {
        return with(code, ErrorCodes.NO_SUBCODE, category, recovery);
    }

    private Entry[] inserted(int at, Entry entry) {
        Entry[] next = new Entry[entries.length + 1];
        System.arraycopy(entries, 0, next, 0, at);
        next[at] = entry;
        System.arraycopy(entries, at, next, at + 1, entries.length - at);
        return next;
    }

    private Entry[] removed(int at) {
        Entry[] next = new Entry[entries.length - 1];
        System.arraycopy(entries, 0, next, 0, at);
        System.arraycopy(entries, at + 1, next, at, next.length - at);
        return next;
    }

    /**
     * This classification with one more override in its textual form, {@code CODE[/SUBCODE]=CATEGORY/RECOVERY}
     * (such as {@code 4=NETWORK/RETRY} or {@code 18/602=auth/fix_required}); otherwise the same as {@link
     * #with(int, int, Category, Recovery)}. The numbers are plain decimal {@code int}s, negative ones
     * allowed; category and recovery are the constants' names in any case; white space around each part
     * is ignored.
     *
     * @param spec the override, such as {@code 18/202=AUTH/FIX_REQUIRED}
     * @return a classification with the override
     * @throws NullPointerException if {@code spec} is null
     * @throws IllegalArgumentException if {@code spec} is not of that form; the message names the bad part
     *     and shows the form
     */
    public Classification withOverride(String spec) {
        Objects.requireNonNull(spec, "spec");
        String where = "Invalid override \"" + spec + "\"";
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw invalid(where, "no '='");
        }
        return with(parse(where, spec.substring(0, equals), spec.substring(equals + 1)));
    }

    /**
     * The default classification with the overrides of a comma-separated list, such as {@code
     * 4=NETWORK/RETRY,18/202=AUTH/FIX_REQUIRED}, applied from left to right (so a later override of a pair
     * wins), each as by {@link #withOverride(String)}. A blank text gives {@link #defaults()}.
     *
     * @param specs the overrides, separated by commas; white space around each is ignored
     * @return the classification
     * @throws NullPointerException if {@code specs} is null
     * @throws IllegalArgumentException if an override is not of the form {@code
     *     CODE[/SUBCODE]=CATEGORY/RECOVERY}, an empty one between two commas included; the message names
     *     it and the bad part
     */
    public static Classification parse(String specs) {
        Objects.requireNonNull(specs, "specs");
        Classification classification = DEFAULTS;
        if (!specs.trim().isEmpty()) {
            for (String spec : specs.split(",", -1)) {
                classification = classification.withOverride(spec);
            }
        }
        return classification;
    }

    /**
     * The default classification with the overrides of a properties object, such as one loaded from a file
     * of lines {@code 4=NETWORK/RETRY} and {@code 18/202=AUTH/FIX_REQUIRED}: each key is a pair {@code
     * CODE[/SUBCODE]}, each value {@code CATEGORY/RECOVERY}, as in {@link #withOverride(String)}. Keys and
     * values that are not strings are ignored, as {@link Properties#stringPropertyNames()} does; the
     * properties' defaults count. The keys are read in their string order, so the error for several bad
     * keys is always the same.
     *
     * @param properties the overrides
     * @return the classification
     * @throws NullPointerException if {@code properties} is null
     * @throws IllegalArgumentException if a key or a value is not of that form (the message names the key
     *     and the bad part), or if two keys name the same pair, such as {@code 4} and {@code 04}
     */
    public static Classification fromProperties(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        Classification classification = DEFAULTS;
        Map<String, String> keyOfPair = new HashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Entry entry = parse("Invalid override in property \"" + key + "\"", key, properties.getProperty(key));
            String earlier = keyOfPair.put(entry.pair(), key);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "Properties \"" + earlier + "\" and \"" + key + "\" both override " + entry.pair());
            }
            classification = classification.with(entry);
        }
        return classification;
    }

    private Classification with(Entry entry) {
        return with(entry.code, entry.subcode, entry.category, entry.recovery);
    }

    /** Parses the two sides of {@code CODE[/SUBCODE]=CATEGORY/RECOVERY}; {@code where} starts the messages. */
    private static Entry parse(String where, String pair, String classification) {
        int slash = pair.indexOf('/');
        int code;
        int subcode;
        if (slash < 0) {
            code = number(where, "code", pair);
            subcode = ErrorCodes.NO_SUBCODE;
        } else {
            code = number(where, "code", pair.substring(0, slash));
            subcode = number(where, "subcode", pair.substring(slash + 1));
        }
        slash = classification.indexOf('/');
        if (slash < 0) {
            throw invalid(where, "the classification \"" + classification.trim() + "\" has no '/'");
        }
        String categoryName = classification.substring(0, slash).trim();
        String recoveryName = classification.substring(slash + 1).trim();
        Category category = null;
        for (Category c : Category.values()) {
            if (c.name().equalsIgnoreCase(categoryName)) {
                category = c;
            }
        }
        if (category == null) {
            throw invalid(where, "unknown category \"" + categoryName + "\", not one of " + names(Category.values()));
        }
        Recovery recovery = null;
        for (Recovery r : Recovery.values()) {
            if (r.name().equalsIgnoreCase(recoveryName)) {
                recovery = r;
            }
        }
        if (recovery == null) {
            throw invalid(where, "unknown recovery \"" + recoveryName + "\", not one of " + names(Recovery.values()));
        }
        return new Entry(code, subcode, category, recovery);
    }

    /** A plain decimal {@code int}: an optional {@code -}, then ASCII digits only (no {@code +}, no other scripts' digits). */
    private static int number(String where, String what, String text) {
        String digits = text.trim();
        // Integer.parseInt alone would take a '+' and the digits of other scripts; it rejects "" and "-"
        boolean plain = true;
        for (int i = digits.startsWith("-") ? 1 : 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            plain &= c >= '0' && c <= '9';
        }
        if (plain) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException tooLarge) {
                // reported below, as any other bad number
            }
        }
        throw invalid(where, "the " + what + " \"" + digits + "\" is not a decimal int");
    }

    /** The constants' names, separated by commas. */
    private static String names(Enum<?>[] constants) {
        StringBuilder names = new StringBuilder();
        for (Enum<?> constant : constants) {
            names.append(names.length() == 0 ? "" : ", ").append(constant.name());
        }
        return names.toString();
    }

    private static IllegalArgumentException invalid(String where, String problem) {
        return new IllegalArgumentException(where + ": " + problem + "; expected " + FORM);
    }

    /**
     * The category of a diagnosis in this classification: the override of its exact (code, subcode), or
     * else {@link Diagnosis#category()}. Never allocates.
     *
     * @param diagnosis a diagnosis, such as one from {@link ErrorCodes#describe(int, int)}
     * @return the category, never null
     * @throws NullPointerException if {@code diagnosis} is null
     */
    public Category category(Diagnosis diagnosis) {
        Objects.requireNonNull(diagnosis, "diagnosis");
        int at = Arrays.binarySearch(keys, key(diagnosis.code(), diagnosis.subcode()));
        return at < 0 ? diagnosis.category() : entries[at].category;
    }

    /**
     * The recovery of a diagnosis in this classification: the override of its exact (code, subcode), or
     * else {@link Diagnosis#recovery()}. Never allocates.
     *
     * @param diagnosis a diagnosis, such as one from {@link ErrorCodes#describe(int, int)}
     * @return the recovery, never null
     * @throws NullPointerException if {@code diagnosis} is null
     */
    public Recovery recovery(Diagnosis diagnosis) {
        Objects.requireNonNull(diagnosis, "diagnosis");
        int at = Arrays.binarySearch(keys, key(diagnosis.code(), diagnosis.subcode()));
        return at < 0 ? diagnosis.recovery() : entries[at].recovery;
    }

    /**
     * The category of a cause in this classification, such as one recognised from a reason text ({@link
     * ErrorCodes#recognize(String)}): for a table row ({@link InterruptionCause#isTableRow()}) the override
     * of its {@link InterruptionCause#code() code} and {@link InterruptionCause#subcode() subcode}, if any;
     * otherwise, and for the families and {@link InterruptionCause#UNDOCUMENTED_CODE}, which stand for
     * many pairs, {@link InterruptionCause#category()}. Never allocates.
     *
     * @param cause a cause
     * @return the category, never null
     * @throws NullPointerException if {@code cause} is null
     */
    public Category category(InterruptionCause cause) {
        int at = indexOf(cause);
        return at < 0 ? cause.category() : entries[at].category;
    }

    /**
     * The recovery of a cause in this classification: for a table row the override of its code and
     * subcode, if any; otherwise, and for the families and {@link InterruptionCause#UNDOCUMENTED_CODE},
     * {@link InterruptionCause#recovery()}. Never allocates.
     *
     * @param cause a cause
     * @return the recovery, never null
     * @throws NullPointerException if {@code cause} is null
     * @see #category(InterruptionCause)
     */
    public Recovery recovery(InterruptionCause cause) {
        int at = indexOf(cause);
        return at < 0 ? cause.recovery() : entries[at].recovery;
    }

    /** The index of the override of a table row's pair, negative for none and for causes that are not rows. */
    private int indexOf(InterruptionCause cause) {
        Objects.requireNonNull(cause, "cause");
        return cause.isTableRow() ? Arrays.binarySearch(keys, key(cause.code(), cause.subcode())) : -1;
    }

    /**
     * Whether this classification is the registry's: no pair is overridden.
     *
     * @return true if there is no override
     */
    public boolean isDefault() {
        return entries.length == 0;
    }

    /**
     * The overrides, one per pair, sorted by code, then subcode (numerically, negative numbers first);
     * overrides to the registry's own classification of a pair are not kept. An unmodifiable list, empty
     * for {@link #defaults()}.
     *
     * @return the overrides
     */
    public List<Entry> overrides() {
        return view;
    }

    /**
     * Equal when the overrides are equal, that is, when both classify every pair alike.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Classification && Arrays.equals(entries, ((Classification) other).entries);
    }

    /**
     * A hash of the overrides.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(entries);
    }

    /**
     * A summary such as {@code Classification[4=NETWORK/RETRY, 18/202=AUTH/FIX_REQUIRED]}, or {@code
     * Classification[defaults]} without overrides. Meant for logs, not for parsing.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return entries.length == 0 ? "Classification[defaults]" : "Classification" + view;
    }

    /**
     * One override of a {@link Classification}: a (code, subcode) pair with the category and recovery it
     * gets. Obtained from {@link Classification#overrides()}, never constructed by users; immutable.
     *
     * @since 0.1.0
     */
    public static final class Entry {
        private final int code;
        private final int subcode;
        private final Category category;
        private final Recovery recovery;

        Entry(int code, int subcode, Category category, Recovery recovery) {
            this.code = code;
            this.subcode = subcode;
            this.category = category;
            this.recovery = recovery;
        }

        /**
         * The error code of the pair.
         *
         * @return the code
         */
        public int code() {
            return code;
        }

        /**
         * The subcode of the pair; {@link ErrorCodes#NO_SUBCODE} for a code given without one.
         *
         * @return the subcode
         */
        public int subcode() {
            return subcode;
        }

        /**
         * The category the pair gets.
         *
         * @return the category, never null
         */
        public Category category() {
            return category;
        }

        /**
         * The recovery the pair gets.
         *
         * @return the recovery, never null
         */
        public Recovery recovery() {
            return recovery;
        }

        /** {@code "18/202"}, or {@code "4"} without a subcode. */
        String pair() {
            return subcode == ErrorCodes.NO_SUBCODE ? Integer.toString(code) : code + "/" + subcode;
        }

        /**
         * Equal when code, subcode, category and recovery are equal.
         *
         * @param other the object to compare with
         * @return true if equal
         */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Entry)) {
                return false;
            }
            Entry that = (Entry) other;
            return code == that.code
                    && subcode == that.subcode
                    && category == that.category
                    && recovery == that.recovery;
        }

        /**
         * A hash of code, subcode, category and recovery (of the constants' names, so the same in every run).
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(code, subcode, category.name(), recovery.name());
        }

        /**
         * The override in its textual form, such as {@code 18/202=AUTH/FIX_REQUIRED} or {@code
         * 4=NETWORK/RETRY}, as {@link Classification#withOverride(String)} reads it.
         *
         * @return the override's text
         */
        @Override
        public String toString() {
            return pair() + "=" + category + "/" + recovery;
        }
    }
}
