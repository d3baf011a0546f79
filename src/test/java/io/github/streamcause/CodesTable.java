package io.github.streamcause;

import java.util.Locale;

/**
 * Renders {@code docs/codes.md} from the registry. {@code DocsTest} fails when the file drifts;
 * regenerate it with {@code ./mvnw test -Dtest=DocsTest -Dstreamcause.regenerate=true}.
 */
final class CodesTable {
    private CodesTable() {}

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# The interruption codes\n\n")
                .append(
                        "<!-- Generated from the registry (InterruptionCause) by CodesTable; DocsTest fails when this\n")
                .append(
                        "     file drifts. Regenerate: ./mvnw test -Dtest=DocsTest -Dstreamcause.regenerate=true -->\n\n")
                .append("Every cause StreamCause knows, in registry order, with its category and recovery (see\n")
                .append("[classification.md](classification.md)) and its description in the four shipped languages.\n")
                .append(
                        "Korean, Chinese and Japanese descriptions of table rows are the vendor's own texts; English is\n")
                .append("StreamCause's. Remedies are in the library (`Diagnosis.remedy(Locale)`).\n\n")
                .append("## The vendor's table\n\n");
        header(md);
        for (InterruptionCause cause : InterruptionCause.values()) {
            if (cause.isTableRow()) {
                row(md, cause, cause.subcode() == 0 ? noSubcode(cause) : Integer.toString(cause.subcode()));
            }
        }
        md.append("\n## Pairs that are not in the table\n\n")
                .append("Unlisted subcodes of 18 fall into a family by their hundreds; 18 with any other subcode is\n")
                .append(
                        "the row of 18, 21 with an unlisted subcode the row of 21, any other code of the table ignores\n")
                .append("the subcode, and a code outside 0-35 is `UNDOCUMENTED_CODE`. These diagnoses report\n")
                .append(
                        "`isDocumented() == false` (except a code without subcodes given one) and keep the numbers.\n\n");
        header(md);
        for (InterruptionCause cause : InterruptionCause.values()) {
            if (cause.isFamily()) {
                String range = cause.key().substring(3, 4);
                row(md, cause, range + "00-" + range + "99 (unlisted)");
            } else if (!cause.isTableRow()) {
                md.append("| not 0-35 | any | `")
                        .append(cause.name())
                        .append("` | ")
                        .append(cause.category())
                        .append(" | ")
                        .append(cause.recovery());
                for (Locale locale : Texts.SHIPPED) {
                    md.append(" | ").append(escape(cause.description(locale)));
                }
                md.append(" |\n");
            }
        }
        return md.toString();
    }

    private static String noSubcode(InterruptionCause cause) {
        return cause.code() == 18 || cause.code() == 21 ? "none" : "-";
    }

    private static void header(StringBuilder md) {
        md.append("| code | subcode | cause | category | recovery | English | 한국어 | 中文 | 日本語 |\n")
                .append("|---:|---|---|---|---|---|---|---|---|\n");
    }

    private static void row(StringBuilder md, InterruptionCause cause, String subcode) {
        md.append("| ")
                .append(cause.code())
                .append(" | ")
                .append(subcode)
                .append(" | `")
                .append(cause.name())
                .append("` | ")
                .append(cause.category())
                .append(" | ")
                .append(cause.recovery());
        for (Locale locale : Texts.SHIPPED) {
            md.append(" | ").append(escape(cause.description(locale)));
        }
        md.append(" |\n");
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
