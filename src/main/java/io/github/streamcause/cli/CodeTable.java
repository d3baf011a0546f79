package io.github.streamcause.cli;

import io.github.streamcause.InterruptionCause;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help;

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

    /**
     * Aligned columns, two spaces apart: every column but the last is padded to its widest cell, measured
     * in terminal columns ({@link #width}), so that with {@code --lang all} the Korean, Chinese and
     * Japanese descriptions line up too. No line ends with a blank.
     */
    static String text(List<InterruptionCause> causes, List<String> languages) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(languages));
        for (InterruptionCause c : causes) {
            rows.add(row(c, languages));
        }
        int columns = rows.get(0).size();
        int[][] widths = new int[rows.size()][columns];
        int[] width = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < columns; i++) {
                widths[r][i] = width(rows.get(r).get(i));
                width[i] = Math.max(width[i], widths[r][i]);
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < columns; i++) {
                text.append(row.get(i));
                if (i < columns - 1) {
                    for (int pad = widths[r][i]; pad < width[i] + 2; pad++) {
                        text.append(' ');
                    }
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * How many terminal columns {@code s} takes: two for each East Asian wide or fullwidth character
     * (Hangul, CJK ideographs, kana, fullwidth forms, CJK punctuation), one for the others. picocli's
     * {@code Help.Ansi.Text.getCJKAdjustedLength()} counts them, by Unicode block, as its usage help does
     * when it wraps; for every character of the descriptions it agrees with the Unicode East Asian Width
     * property (a test checks). picocli reads {@code @|style text|@} as markup, which no description holds;
     * an {@code @} (one column wide, like a blank) is measured as a blank so that none is ever read so.
     */
    static int width(String s) {
        return Help.Ansi.OFF.new Text(s.replace('@', ' ')).getCJKAdjustedLength();
    }
}
