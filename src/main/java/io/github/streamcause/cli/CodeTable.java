package io.github.streamcause.cli;

import io.github.streamcause.InterruptionCause;
import java.util.ArrayList;
import java.util.List;

/** The table of codes as aligned text, Markdown or CSV; {@code docs/codes.md} is made from it. */
final class CodeTable {
    private CodeTable() {}

    /** What a cause stands for: {@code 18/202}, {@code 7}, {@code 18/100-199}, {@code not 0-35}. */
    static String range(InterruptionCause c) {
        if (c.isFamily()) {
            String hundred = c.key().substring(3, 4);
            return c.code() + "/" + hundred + "00-" + hundred + "99";
        }
        if (!c.isTableRow()) {
            return "not 0-35";
        }
        return QuickDescribe.pair(c.code(), c.subcode());
    }

    private static List<String> header(List<String> languages) {
        List<String> header = new ArrayList<>();
        header.add("code");
        header.add("cause");
        header.add("category");
        header.add("recovery");
        for (String language : languages) {
            header.add(Language.name(language));
        }
        return header;
    }

    private static List<String> row(InterruptionCause c, List<String> languages) {
        List<String> row = new ArrayList<>();
        row.add(range(c));
        row.add(c.name());
        row.add(c.category().name());
        row.add(c.recovery().name());
        for (String language : languages) {
            row.add(c.description(Language.locale(language)));
        }
        return row;
    }

    static String markdown(List<InterruptionCause> causes, List<String> languages) {
        StringBuilder md = new StringBuilder();
        List<String> header = header(languages);
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            md.append(i == 0 ? "---:|" : "---|");
        }
        md.append('\n');
        for (InterruptionCause c : causes) {
            List<String> row = row(c, languages);
            row.set(1, "`" + row.get(1) + "`");
            md.append("| ");
            for (int i = 0; i < row.size(); i++) {
                md.append(i == 0 ? "" : " | ").append(row.get(i).replace("|", "\\|"));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
    static String csv(List<InterruptionCause> causes, List<String> languages) {
        StringBuilder csv = new StringBuilder();
        csvLine(csv, header(languages));
        for (InterruptionCause c : causes) {
            csvLine(csv, row(c, languages));
        }
        return csv.toString();
    }

    static void csvLine(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                csv.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                csv.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(f);
            }
        }
        csv.append("\r\n");
    }

    /** Aligned columns; descriptions are last, so they are not padded. */
    static String text(List<InterruptionCause> causes, List<String> languages) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(languages));
        for (InterruptionCause c : causes) {
            rows.add(row(c, languages));
        }
        int fixed = 4;
        int[] width = new int[fixed];
        for (List<String> row : rows) {
            for (int i = 0; i < fixed; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                text.append(cell);
                if (i < fixed) {
                    for (int pad = cell.length(); pad < width[i] + 2; pad++) {
                        text.append(' ');
                    }
                } else if (i < row.size() - 1) {
                    text.append("  ");
                }
            }
            text.append('\n');
        }
        return text.toString();
    }
}
