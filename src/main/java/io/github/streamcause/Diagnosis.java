package io.github.streamcause;

import java.util.Locale;

/**
 * What a (code, subcode) pair means: its cause, category, recovery and texts, with the raw numbers kept.
 *
 * <p>Obtained from {@link ErrorCodes#describe(int, int)} and its siblings, never constructed by users.
 * Immutable and thread-safe. The 68 table rows are cached: describing one returns the same instance
 * every time. Two diagnoses are equal when their code, subcode and cause are equal; texts never take part
 * in equality.
 *
 * <p>The accessors are named as a record's are ({@code code()}, {@code documented()}), with no {@code get}
 * or {@code is}: a JSON mapper that does not know the type finds no properties and refuses to write it,
 * instead of writing a part of it. Jackson writes it with {@code
 * io.github.streamcause.jackson.StreamCauseModule}.
 *
 * @since 0.1.0
 */
public final class Diagnosis {
    private final int code;
    private final int subcode;
    private final InterruptionCause cause;
    private final boolean documented;

    Diagnosis(int code, int subcode, InterruptionCause cause, boolean documented) {
        this.code = code;
        this.subcode = subcode;
        this.cause = cause;
        this.documented = documented;
    }

    /**
     * The error code as reported ({@code errcode}), kept even when it is not in the table.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The subcode as reported, or as recovered from a reason text by {@link ErrorCodes#describe(int,
     * String)}; {@link ErrorCodes#NO_SUBCODE} (0) when there is none.
     *
     * @return the subcode
     */
    public int subcode() {
        return subcode;
    }

    /**
     * The cause: the exact table row, the family of an unlisted 18 subcode, the row of the code (for codes
     * without subcodes, and for 18 and 21 with no or an unlisted subcode), or {@link
     * InterruptionCause#UNDOCUMENTED_CODE}.
     *
     * @return the cause, never null
     */
    public InterruptionCause cause() {
        return cause;
    }

    /**
     * Where the cause lies; the cause's category.
     *
     * @return the category, never null
     */
    public Category category() {
        return cause.category();
    }

    /**
     * What to do next; the cause's recovery.
     *
     * @return the recovery, never null
     */
    public Recovery recovery() {
        return cause.recovery();
    }

    /**
     * Whether the vendor's table documents this pair: the code is in the table (0-35) and, for codes 18
     * and 21, the subcode is 0 or listed. Codes without subcodes ignore the subcode.
     *
     * @return true if the pair is documented
     */
    public boolean documented() {
        return documented;
    }

    /**
     * The cause's description in English.
     *
     * @return the description, never null
     * @see InterruptionCause#description()
     */
    public String description() {
        return cause.description();
    }

    /**
     * The cause's description in the given language, falling back to English.
     *
     * @param locale the language wanted
     * @return the description, never null
     * @throws NullPointerException if {@code locale} is null
     * @see InterruptionCause#description(Locale)
     */
    public String description(Locale locale) {
        return cause.description(locale);
    }

    /**
     * The cause's remedy in English.
     *
     * @return the remedy, never null
     * @see InterruptionCause#remedy()
     */
    public String remedy() {
        return cause.remedy();
    }

    /**
     * The cause's remedy in the given language, falling back to English.
     *
     * @param locale the language wanted
     * @return the remedy, never null
     * @throws NullPointerException if {@code locale} is null
     * @see InterruptionCause#remedy(Locale)
     */
    public String remedy(Locale locale) {
        return cause.remedy(locale);
    }

    /**
     * Equal when code, subcode and cause are equal.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Diagnosis)) {
            return false;
        }
        Diagnosis that = (Diagnosis) other;
        return code == that.code && subcode == that.subcode && cause == that.cause;
    }

    /**
     * A hash of code, subcode and cause.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (31 * code + subcode) * 31 + cause.name().hashCode();
    }

    /**
     * A one-line summary in English, such as {@code 18/202 AUTH FIX_REQUIRED Account in arrears: ...}; the
     * subcode is left out when it is 0. Meant for logs, not for parsing.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(96).append(code);
        if (subcode != ErrorCodes.NO_SUBCODE) {
            s.append('/').append(subcode);
        }
        return s.append(' ')
                .append(category())
                .append(' ')
                .append(recovery())
                .append(' ')
                .append(description())
                .toString();
    }
}
