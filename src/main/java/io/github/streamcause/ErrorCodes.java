package io.github.streamcause;

import java.util.List;
import java.util.Optional;

/**
 * Looks up why a push was interrupted: the entry point of StreamCause.
 *
 * <pre>{@code
 * Diagnosis d = ErrorCodes.describe(18, 202);
 * d.category();                  // Category.AUTH
 * d.recovery();                  // Recovery.FIX_REQUIRED
 * d.description(Locale.KOREAN);  // the vendor's Korean text of 18/202
 * }</pre>
 *
 * <p>Rules for pairs that are not in the vendor's table ({@link #describe(int, int)}):
 *
 * <ul>
 *   <li>18 with an unlisted subcode: by its hundreds, the families 18/1xx ({@code INTERNAL}/{@code
 *       RETRY}), 18/2xx to 18/5xx ({@code AUTH}/{@code FIX_REQUIRED}) and 18/6xx ({@code AUTH}/{@code
 *       RETRY}); any other subcode gives the row of 18 ({@code AUTH}/{@code FIX_REQUIRED}).
 *   <li>21 with an unlisted subcode: the row of 21 ({@code CLIENT}/{@code NOT_NEEDED}).
 *   <li>Any other code of the table with any subcode: that code's row; the subcode is ignored.
 *   <li>A code outside 0-35: {@link InterruptionCause#UNDOCUMENTED_CODE} ({@code UNKNOWN}/{@code
 *       RETRY}).
 * </ul>
 *
 * <p>All methods are thread-safe and never consult the JVM's default locale.
 *
 * @since 0.1.0
 */
public final class ErrorCodes {
    /** The subcode that means "no subcode", as in the vendor's current table. */
    public static final int NO_SUBCODE = 0;

    /** {@code BY_CODE[code]}: the cached diagnosis of the code's row (for 18 and 21: the no-subcode row). */
    private static final Diagnosis[] BY_CODE;
    /** {@code BY_SUBCODE[code][subcode]}: the cached diagnosis of a listed pair; null for codes without subcodes. */
    private static final Diagnosis[][] BY_SUBCODE;
    /** {@code FAMILY_18[subcode / 100]}: the family of an unlisted 18 subcode; null outside 100-699. */
    private static final InterruptionCause[] FAMILY_18;
    /** The bits of a code in a {@link #CACHED} index: codes 0 to 63 have a slot. */
    private static final int CODE_BITS = 6;
    /** The bits of a subcode in a {@link #CACHED} index: subcodes 0 to 1023 have a slot. */
    private static final int SUBCODE_BITS = 10;
    /**
     * {@code CACHED[code << SUBCODE_BITS | subcode]}: every cached diagnosis (the 68 table rows) in one flat
     * array of 65,536 slots (256 KiB with compressed references), so that a documented pair costs one
     * combined range check and one array load on the hot path: no multiplication and no bounds check.
     */
    private static final Diagnosis[] CACHED = new Diagnosis[1 << (CODE_BITS + SUBCODE_BITS)];

    static {
        InterruptionCause[] causes = InterruptionCause.values();
        int maxCode = 0;
        int[] maxSubcode = new int[64];
        for (InterruptionCause c : causes) {
            if (c.isTableRow()) {
                maxCode = Math.max(maxCode, c.code());
                maxSubcode[c.code()] = Math.max(maxSubcode[c.code()], c.subcode());
            }
        }
        BY_CODE = new Diagnosis[maxCode + 1];
        BY_SUBCODE = new Diagnosis[maxCode + 1][];
        for (int code = 0; code <= maxCode; code++) {
            if (maxSubcode[code] > 0) {
                BY_SUBCODE[code] = new Diagnosis[maxSubcode[code] + 1];
            }
        }
        FAMILY_18 = new InterruptionCause[7];
        for (InterruptionCause c : causes) {
            if (c.isTableRow()) {
                Diagnosis[] slots = c.subcode() == NO_SUBCODE ? BY_CODE : BY_SUBCODE[c.code()];
                int slot = c.subcode() == NO_SUBCODE ? c.code() : c.subcode();
                if (slots[slot] != null) {
                    throw new IllegalStateException(
                            "Duplicate row " + c.code() + "/" + c.subcode() + ": " + slots[slot].cause() + " and " + c);
                }
                slots[slot] = new Diagnosis(c.code(), c.subcode(), c, true);
            } else if (c.isFamily()) {
                for (int hundred = 1; hundred < FAMILY_18.length; hundred++) {
                    if (c.coversSubcode(hundred * 100) && c.coversSubcode(hundred * 100 + 99)) {
                        FAMILY_18[hundred] = c;
                    }
                }
            }
        }
        for (int code = 0; code <= maxCode; code++) {
            if (BY_CODE[code] == null) {
                throw new IllegalStateException("No row for code " + code);
            }
            if (BY_SUBCODE[code] != null) {
                BY_SUBCODE[code][NO_SUBCODE] = BY_CODE[code];
            }
        }
        for (int hundred = 1; hundred < FAMILY_18.length; hundred++) {
            if (FAMILY_18[hundred] == null) {
                throw new IllegalStateException("No family for 18/" + hundred + "xx");
            }
        }
        for (int code = 0; code < BY_CODE.length; code++) {
            Diagnosis[] listed = BY_SUBCODE[code] != null ? BY_SUBCODE[code] : new Diagnosis[] {BY_CODE[code]};
            if (code >>> CODE_BITS != 0 || listed.length > 1 << SUBCODE_BITS) {
                throw new IllegalStateException("No slot for the rows of code " + code + " in the cache");
            }
            System.arraycopy(listed, 0, CACHED, code << SUBCODE_BITS, listed.length);
        }
    }

    private ErrorCodes() {}

    /**
     * Describes any (code, subcode) pair. Never throws and never returns null; the diagnosis keeps the
     * numbers passed in. The pairs of the table's 68 rows return a cached instance.
     *
     * @param code the error code ({@code errcode}), any value
     * @param subcode the subcode ({@code sub_errcode}), any value; {@link #NO_SUBCODE} for none
     * @return the diagnosis, never null
     */
    public static Diagnosis describe(int code, int subcode) {
        // one test for both ranges (0-63, 0-1023); the mask lets the JIT drop the array's bounds check
        if (((code >>> CODE_BITS) | (subcode >>> SUBCODE_BITS)) == 0) {
            Diagnosis cached = CACHED[((code << SUBCODE_BITS) | subcode) & (CACHED.length - 1)];
            if (cached != null) {
                return cached;
            }
        }
        return describeUncached(code, subcode);
    }

    /**
     * The pairs no cached diagnosis stands for (the fast path in {@link #describe(int, int)} answers every
     * other): a new diagnosis that keeps their numbers, classified by the range rules.
     */
    private static Diagnosis describeUncached(int code, int subcode) {
        if (code < 0 || code >= BY_CODE.length) {
            return new Diagnosis(code, subcode, InterruptionCause.UNDOCUMENTED_CODE, false);
        }
        InterruptionCause cause = BY_CODE[code].cause();
        if (BY_SUBCODE[code] == null) {
            // a code without subcodes ignores the subcode, but the diagnosis keeps it
            return new Diagnosis(code, subcode, cause, true);
        }
        if (code == 18 && subcode >= 100 && subcode < 100 * FAMILY_18.length) {
            cause = FAMILY_18[subcode / 100];
        }
        return new Diagnosis(code, subcode, cause, false);
    }

    /**
     * Describes a code given without a subcode; the same as {@code describe(code, NO_SUBCODE)}.
     *
     * @param code the error code, any value
     * @return the diagnosis, never null
     */
    public static Diagnosis describe(int code) {
        return describe(code, NO_SUBCODE);
    }

    /**
     * Describes the code of a push/interruption callback, which carries {@code errcode} and {@code errmsg}
     * but no subcode. For codes 18 and 21 the subcode is recovered from the text when it matches a row of
     * that code (any shipped language, any table revision, legacy strings; case, white space and end
     * punctuation ignored); where it matches several rows, the lowest subcode, since they share every
     * text, category and recovery. The text never changes the code; for other codes it is ignored.
     *
     * @param code the error code ({@code errcode}), any value
     * @param errmsg the reason text ({@code errmsg}); null or blank is allowed
     * @return the diagnosis, never null
     */
    public static Diagnosis describe(int code, String errmsg) {
        if (errmsg != null && code >= 0 && code < BY_SUBCODE.length && BY_SUBCODE[code] != null) {
            return describe(code, TextIndex.INSTANCE.lowestSubcode(code, errmsg));
        }
        return describe(code, NO_SUBCODE);
    }

    /**
     * Looks up a pair of the vendor's table, strictly: only the 66 documented (code, subcode) pairs match,
     * exactly. A code without subcodes matches with {@link #NO_SUBCODE} only; 18 and 21 match only with a
     * listed subcode.
     *
     * @param code the error code
     * @param subcode the subcode, {@link #NO_SUBCODE} for codes without subcodes
     * @return the row, or empty
     */
    public static Optional<InterruptionCause> lookup(int code, int subcode) {
        if (code < 0 || code >= BY_CODE.length) {
            return Optional.empty();
        }
        Diagnosis[] listed = BY_SUBCODE[code];
        if (listed == null) {
            return subcode == NO_SUBCODE ? Optional.of(BY_CODE[code].cause()) : Optional.empty();
        }
        if (subcode > 0 && subcode < listed.length && listed[subcode] != null) {
            return Optional.of(listed[subcode].cause());
        }
        return Optional.empty();
    }

    /**
     * The category of any pair; the same as {@code describe(code, subcode).category()}.
     *
     * @param code the error code, any value
     * @param subcode the subcode, any value
     * @return the category, never null
     */
    public static Category classify(int code, int subcode) {
        return describe(code, subcode).category();
    }

    /**
     * Recognises a reason text without a code, such as the {@code StopReason} of the
     * DescribeLiveStreamEventList API: the causes whose vendor text (any shipped language, any table
     * revision, legacy {@code errmsg} strings, {@code StopReason} strings) or library text matches. Case,
     * all white space and end punctuation ({@code . 。 ! ！}) are ignored. Several causes match when they
     * share a text; they then share category and recovery too. The success texts {@code ok}/{@code OK}
     * match nothing.
     *
     * @param text the reason text; null is allowed
     * @return the matching causes in registry order, an unmodifiable list, empty when nothing matches
     */
    public static List<InterruptionCause> recognize(String text) {
        return TextIndex.INSTANCE.recognize(text);
    }

    /**
     * The known reason texts nearest to one that {@link #recognize(String)} does not match, for a "did you
     * mean": at most three, nearest first, compared as {@code recognize} compares (case, white space and
     * end punctuation ignored), each within an edit distance of 40% of the longer text (at least 2
     * characters). Empty when the text matches, or nothing is near. It reads every known text: use it
     * for a person's question or a report's few unknown texts, not per event.
     *
     * @param text a reason text; null is allowed
     * @return the nearest known texts as shipped, an unmodifiable list, possibly empty
     * @since 0.1.0
     */
    public static List<String> closestTexts(String text) {
        if (text == null || !recognize(text).isEmpty()) {
            return java.util.Collections.emptyList();
        }
        return TextIndex.INSTANCE.closest(text, 3);
    }
}
