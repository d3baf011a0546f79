package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.InterruptionCause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text table of {@code list} lines up in a terminal, where Korean, Chinese and Japanese characters take
 * two columns: measured here by a width of the test's own, not by the one the table uses.
 */
class CliTableTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LANGUAGES = List.of("en", "ko", "zh", "ja");

    /**
     * The ranges of wide (W) and fullwidth (F) characters that the texts use, from the Unicode Character
     * Database's EastAsianWidth.txt (Unicode 15.1): Hangul syllables, CJK unified ideographs, hiragana and
     * katakana, fullwidth forms and CJK symbols and punctuation. Every range is W or F as a whole.
     */
    private static final int[][] WIDE = {
        {0xAC00, 0xD7A3}, {0x4E00, 0x9FFF}, {0x3040, 0x30FF}, {0xFF01, 0xFF60}, {0x3000, 0x303F}
    };

    private static boolean wide(int codePoint) {
        return Arrays.stream(WIDE).anyMatch(r -> r[0] <= codePoint && codePoint <= r[1]);
    }

    /** Terminal columns: 2 for a wide character, 1 for printable ASCII; no other character is expected. */
    private static int columns(String s) {
        return s.codePoints()
                .map(c -> {
                    assertThat(wide(c) || (c >= 0x20 && c < 0x7F))
                            .as("U+%04X in %s: a character the test's width does not know", c, s)
                            .isTrue();
                    return wide(c) ? 2 : 1;
                })
                .sum();
    }

    @Test
    void theTableMeasuresEveryTextAsTheEastAsianWidthDoes() {
        List<String> texts = new ArrayList<>(List.of("English", "한국어", "中文", "日本語"));
        for (InterruptionCause c : InterruptionCause.values()) {
            for (String language : LANGUAGES) {
                texts.add(c.description(Language.locale(language)));
                texts.add(c.remedy(Language.locale(language)));
            }
        }
        for (String text : texts) {
            assertThat(CodeTable.width(text)).as(text).isEqualTo(columns(text));
        }
        assertThat(CodeTable.width("a@|bold x|@")).as("no markup").isEqualTo(11);
        assertThat(CodeTable.width("")).isZero();
    }

    @Test
    void withEveryLanguageEachColumnStartsAtTheSameTerminalColumnOnEveryLine() throws IOException {
        List<String> lines =
                Cli.run("list", "--all", "--lang", "all").out.lines().toList();
        JsonNode rows = JSON.readTree(Cli.run("list", "--all", "--lang", "all", "--format", "json").out);
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("code", "cause", "category", "recovery", "English", "한국어", "中文", "日本語"));
        for (JsonNode row : rows) {
            List<String> fields = new ArrayList<>();
            for (String field : List.of("range", "name", "category", "recovery")) {
                fields.add(row.get(field).asText());
            }
            for (String language : LANGUAGES) {
                fields.add(row.get("description").get(language).asText());
            }
            cells.add(fields);
        }
        assertThat(lines).hasSize(cells.size());

        int[] widest = new int[8];
        List<int[]> starts = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            String line = lines.get(r);
            int[] start = new int[8];
            int at = 0;
            for (int i = 0; i < 8; i++) {
                String cell = cells.get(r).get(i);
                if (i > 0) {
                    assertThat(line.substring(at)).as(line).startsWith("  ");
                    while (line.charAt(at) == ' ') {
                        at++;
                    }
                }
                assertThat(line.startsWith(cell, at)).as("%s in %s", cell, line).isTrue();
                start[i] = columns(line.substring(0, at));
                widest[i] = Math.max(widest[i], columns(cell));
                at += cell.length();
            }
            assertThat(at).as("the line ends with its last description").isEqualTo(line.length());
            starts.add(start);
        }
        int[] expected = new int[8];
        for (int i = 1; i < 8; i++) {
            expected[i] = expected[i - 1] + widest[i - 1] + 2;
        }
        for (int r = 0; r < starts.size(); r++) {
            assertThat(starts.get(r)).as(lines.get(r)).containsExactly(expected);
        }
    }

    @Test
    void twoRowsInKoreanAndJapanese() {
        // the Korean column is as wide as 푸시 클라이언트에서 자발적으로 스트리밍을 중단함. (20 syllables, 2 columns
        // each, and 9 narrow characters: 49), and two columns more; 한국어 takes 6 of them, 알 수 없는 오류. 16
        assertThat(CodeTable.text(
                        List.of(InterruptionCause.UNKNOWN_ERROR, InterruptionCause.CLIENT_DELETED_STREAM),
                        List.of("ko", "ja")))
                .isEqualTo(
                        "code  cause                  category  recovery    한국어                                             日本語\n"
                                + "0     UNKNOWN_ERROR          UNKNOWN   RETRY       알 수 없는 오류.                                   不明なエラー。\n"
                                + "1     CLIENT_DELETED_STREAM  CLIENT    NOT_NEEDED  푸시 클라이언트에서 자발적으로 스트리밍을 중단함.  プッシュクライアントが自動的にストリームを切断しました。\n");
    }

    @Test
    void inOneLanguageTheDescriptionIsLastAndUnpadded() {
        List<String> lines = Cli.run("list", "--lang", "zh").out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("code    cause" + " ".repeat(27) + "category  recovery      中文");
        assertThat(lines.get(1)).endsWith(" RETRY         未知原因");
        assertThat(lines).allMatch(l -> !l.endsWith(" "));
    }
}
