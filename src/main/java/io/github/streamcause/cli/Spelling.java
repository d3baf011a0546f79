package io.github.streamcause.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The commands a mistyped one was probably meant to be: {@code lsit} is {@code list}, {@code foo} is none. */
final class Spelling {
    /** Edits allowed between a word and a command it may stand for: two, as in {@code analize}, {@code lsit}. */
    static final int MAX_EDITS = 2;

    private Spelling() {}

    /**
     * The candidates nearest to {@code word}, in their order: those fewest edits away (a letter added,
     * removed, changed, or two neighbours swapped), if at most {@link #MAX_EDITS}; a word of two letters or
     * more that begins a candidate ({@code desc}) counts as one edit away. Case is ignored. Empty if none is
     * near.
     */
    static List<String> nearest(String word, List<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        List<String> nearest = new ArrayList<>();
        int best = MAX_EDITS + 1;
        for (String candidate : candidates) {
            int edits = typed.length() >= 2 && candidate.startsWith(typed)
                    ? Math.min(1, distance(typed, candidate))
                    : distance(typed, candidate);
            if (edits > MAX_EDITS) {
                continue;
            }
            if (edits < best) {
                best = edits;
                nearest.clear();
            }
            if (edits == best) {
                nearest.add(candidate);
            }
        }
        return nearest;
    }

    /** The optimal string alignment distance: Levenshtein's, with a swap of two neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
