package io.github.streamcause.cli;

import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code streamcause describe CODE [SUBCODE]} (or {@code CODE/SUBCODE}, {@code CODE.SUBCODE}) with plain
 * numbers, answered before picocli builds any
 * model of a command (most of a {@code describe}'s start-up; the model of {@code describe} also loads
 * Jackson), and the text form of a diagnosis that {@link DescribeCommand} prints too. Every other command
 * line, {@code --help}, options and numbers that are not plain included, goes through the full parser.
 * This class refers to no picocli or Jackson type, so that neither is loaded on this path.
 */
final class QuickDescribe {
    private QuickDescribe() {}

    /**
     * Whether the command line is exactly {@code describe CODE}, {@code describe CODE SUBCODE}, {@code
     * describe CODE/SUBCODE} or {@code describe CODE.SUBCODE}, each a plain number: the lines whose meaning
     * and output are the same with or without the full parser.
     */
    static boolean accepts(String[] args) {
        return (args.length == 2 || args.length == 3)
                && args[0].equals("describe")
                && (args.length == 2
                        ? isPlainNumber(args[1]) || separator(args[1]) > 0
                        : isPlainNumber(args[1]) && isPlainNumber(args[2]));
    }

    /**
     * Where {@code s} splits into two plain numbers at a {@code /} or a {@code .} ({@code 18/202}, {@code
     * 18.202}), or -1.
     */
    static int separator(String s) {
        int at = s.indexOf('/');
        if (at < 0) {
            at = s.indexOf('.');
        }
        return at > 0 && isPlainNumber(s.substring(0, at)) && isPlainNumber(s.substring(at + 1)) ? at : -1;
    }

    /**
     * {@code 0}, or one to nine digits without a leading zero: a number every parser reads the same way
     * (no sign, no octal or hex, never out of {@code int} range).
     */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 9 || (n > 1 && s.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Prints the diagnosis of an {@linkplain #accepts accepted} command line, in English. */
    static void print(String[] args, PrintWriter out) {
        int at = args.length == 2 ? separator(args[1]) : -1;
        int code;
        int subcode;
        if (at > 0) {
            code = Integer.parseInt(args[1].substring(0, at));
            subcode = Integer.parseInt(args[1].substring(at + 1));
        } else {
            code = Integer.parseInt(args[1]);
            subcode = args.length == 3 ? Integer.parseInt(args[2]) : ErrorCodes.NO_SUBCODE;
        }
        printText(out, ErrorCodes.describe(code, subcode), Language.locale("en"));
    }

    /** {@code 18/202}, or {@code 7} for no subcode. */
    static String pair(int code, int subcode) {
        return subcode == ErrorCodes.NO_SUBCODE ? Integer.toString(code) : code + "/" + subcode;
    }

    /**
     * The text form of {@code describe}: the pair and cause, then one field a line. A subcode of 18 or 21
     * that the vendor does not list (and no family covers) gets the row of the code without a subcode,
     * whose description says "no subcode given": the line {@code documented} says what happened instead,
     * and the description is shown without that note.
     */
    static void printText(PrintWriter out, Diagnosis d, Locale locale) {
        boolean rowOfTheCode = !d.documented()
                && d.cause().isTableRow()
                && d.cause().code() == d.code()
                && d.cause().subcode() == ErrorCodes.NO_SUBCODE
                && d.subcode() != ErrorCodes.NO_SUBCODE;
        out.println(pair(d.code(), d.subcode()) + "  " + d.cause().name());
        out.println("category:     " + d.category());
        out.println("recovery:     " + d.recovery());
        if (d.documented()) {
            out.println("documented:   yes");
        } else if (rowOfTheCode) {
            out.println("documented:   no (" + d.subcode() + " is not a subcode the vendor lists for " + d.code()
                    + ", so the row of " + d.code() + " applies)");
        } else {
            out.println("documented:   no (classified by the rules for unlisted pairs)");
        }
        String description = d.description(locale);
        out.println("description:  " + (rowOfTheCode ? withoutEndNote(description) : description));
        out.println("remedy:       " + d.remedy(locale));
    }

    /**
     * A description without the note in brackets at its end ({@code (no subcode given)}, {@code
     * （未提供子错误码）}), its end punctuation kept; unchanged if it has none.
     */
    static String withoutEndNote(String description) {
        int end = description.length();
        String stop = "";
        if (end > 0 && (description.charAt(end - 1) == '.' || description.charAt(end - 1) == '。')) {
            stop = description.substring(end - 1);
            end--;
        }
        if (end == 0 || (description.charAt(end - 1) != ')' && description.charAt(end - 1) != '）')) {
            return description;
        }
        int open = Math.max(description.lastIndexOf('(', end), description.lastIndexOf('（', end));
        if (open <= 0) {
            return description;
        }
        int cut = open;
        while (cut > 0 && description.charAt(cut - 1) == ' ') {
            cut--;
        }
        return description.substring(0, cut) + stop;
    }
}
