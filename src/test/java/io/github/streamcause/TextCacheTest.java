package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The two caches in front of text matching: the known texts as shipped, and the recent texts. Answers
 * must be the same whichever step gives them; the golden texts are read from the test copy of the spec.
 */
class TextCacheTest {
    private static final TextIndex INDEX = TextIndex.INSTANCE;

    /** The recent cache's slot of a text, computed here as the class documents it. */
    private static int slot(String text) {
        int h = text.hashCode();
        return (h ^ (h >>> 16)) & (TextIndex.RECENT_SLOTS - 1);
    }

    /** A drifted spelling: upper case, doubled spaces, a space before an end mark. */
    private static String drift(String text) {
        return "  " + text.toUpperCase(Locale.ROOT).replace(" ", "  ") + " 。";
    }

    /** Texts of this test only (so that other tests cannot have put them in the cache), all in one slot. */
    private static List<String> collidingUnknownTexts(String prefix, int count) {
        List<String> texts = new ArrayList<>();
        int wanted = slot(prefix + 0);
        for (int i = 0; texts.size() < count; i++) {
            String text = prefix + i;
            if (slot(text) == wanted) {
                texts.add(text);
            }
        }
        return texts;
    }

    @Test
    void everyVendorTextAsShippedIsAnsweredByTheShippedTableNotTheRecentCache() {
        for (Golden.VendorText t : Golden.vendorTexts()) {
            String where = "line " + t.line() + ": " + t.text();
            assertThat(INDEX.isShipped(t.text())).as(where).isTrue();
            List<InterruptionCause> found = INDEX.recognize(t.text());
            assertThat(found).as(where).isNotEmpty();
            assertThat(INDEX.isRecent(t.text())).as(where).isFalse();
            assertThat(INDEX.isShipped(drift(t.text()))).as(where).isFalse();
        }
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.isTableRow()) {
                for (Locale locale : Texts.SHIPPED) {
                    assertThat(INDEX.isShipped(c.description(locale)))
                            .as(c + " " + locale)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aDriftedVendorTextGivesTheSameAnswerWhenMatchedAndWhenCached() {
        for (Golden.VendorText t : Golden.vendorTexts()) {
            String text = drift(t.text());
            String where = "line " + t.line() + ": " + text;
            List<InterruptionCause> asShipped = INDEX.recognize(t.text());
            List<InterruptionCause> matched = INDEX.recognize(text);
            assertThat(matched).as(where).isEqualTo(asShipped);
            if (text.length() <= TextIndex.MAX_RECENT_LENGTH) {
                assertThat(INDEX.isRecent(text)).as(where).isTrue();
                assertThat(INDEX.recognize(text)).as(where).isSameAs(matched);
            }
        }
    }

    @Test
    void anUnknownTextIsCachedAsNoMatch() {
        String text = "TextCacheTest: no table has this text";
        assertThat(INDEX.isRecent(text)).isFalse();
        assertThat(INDEX.recognize(text)).isEmpty();
        assertThat(INDEX.isRecent(text)).isTrue();
        assertThat(INDEX.recognize(text)).isEmpty();
        assertThat(INDEX.isShipped(text)).isFalse();
    }

    @Test
    void onlyTextsUpToTheLengthLimitAreKept() {
        String known = "推流域名被禁用";
        String atLimit = known + " ".repeat(TextIndex.MAX_RECENT_LENGTH - known.length());
        String overLimit = atLimit + " ";
        assertThat(atLimit).hasSize(TextIndex.MAX_RECENT_LENGTH);
        assertThat(INDEX.recognize(atLimit)).containsExactly(InterruptionCause.DOMAIN_DISABLED);
        assertThat(INDEX.isRecent(atLimit)).isTrue();
        assertThat(INDEX.recognize(overLimit)).containsExactly(InterruptionCause.DOMAIN_DISABLED);
        assertThat(INDEX.isRecent(overLimit)).isFalse();
    }

    @Test
    void aTextInTheSameSlotReplacesTheOldOneAndBothStayRight() {
        List<String> texts = collidingUnknownTexts("TextCacheTest collision ", 2);
        assertThat(slot(texts.get(0))).isEqualTo(slot(texts.get(1)));
        INDEX.recognize(texts.get(0));
        assertThat(INDEX.isRecent(texts.get(0))).isTrue();
        INDEX.recognize(texts.get(1));
        assertThat(INDEX.isRecent(texts.get(1))).isTrue();
        assertThat(INDEX.isRecent(texts.get(0))).as("replaced").isFalse();
        assertThat(INDEX.recognize(texts.get(0))).isEmpty();
        assertThat(INDEX.isRecent(texts.get(0))).as("back in its slot").isTrue();
        assertThat(INDEX.isRecent(texts.get(1))).isFalse();
    }

    @Test
    void aCachedAnswerIsNeverGivenForAnotherTextInItsSlot() {
        // a known text, drifted, shares its slot with an unknown text: each keeps its own answer
        String known = drift("推流域名被禁用");
        int wanted = slot(known);
        String unknown = null;
        for (int i = 0; unknown == null; i++) {
            if (slot("TextCacheTest other " + i) == wanted) {
                unknown = "TextCacheTest other " + i;
            }
        }
        for (int round = 0; round < 3; round++) {
            assertThat(INDEX.recognize(known)).containsExactly(InterruptionCause.DOMAIN_DISABLED);
            assertThat(INDEX.recognize(unknown)).isEmpty();
        }
    }

    @Test
    void threadsRacingOnOneSlotAlwaysGetTheirOwnAnswer() throws Exception {
        List<String> texts = new ArrayList<>(collidingUnknownTexts("TextCacheTest race ", 3));
        texts.add(drift("推流域名被禁用"));
        texts.add(drift("Internal error in the CSS system."));
        List<List<InterruptionCause>> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(ErrorCodes.recognize(text.trim()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 200_000; i++) {
                        int k = (i + offset) % texts.size();
                        if (!INDEX.recognize(texts.get(k)).equals(expected.get(k))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(3)).containsExactly(InterruptionCause.DOMAIN_DISABLED);
        assertThat(expected.get(4)).isNotEmpty();
    }

    @Test
    void theLowestSubcodeOfEveryCodeIsWorkedOutFromTheMatchedRows() {
        for (Golden.VendorText t : Golden.vendorTexts()) {
            for (String text : new String[] {t.text(), drift(t.text())}) {
                List<InterruptionCause> found = INDEX.recognize(text);
                for (int code = -2; code <= 40; code++) {
                    int lowest = Integer.MAX_VALUE;
                    for (InterruptionCause c : found) {
                        if (c.isTableRow() && c.code() == code) {
                            lowest = Math.min(lowest, c.subcode());
                        }
                    }
                    int expected = lowest == Integer.MAX_VALUE ? ErrorCodes.NO_SUBCODE : lowest;
                    assertThat(INDEX.lowestSubcode(code, text))
                            .as("line %d, code %d: %s", t.line(), code, text)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(INDEX.lowestSubcode(18, "推流域名被禁用")).isEqualTo(303);
        assertThat(INDEX.lowestSubcode(21, "推流域名被禁用")).isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(INDEX.lowestSubcode(18, "TextCacheTest: nothing")).isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(INDEX.lowestSubcode(18, null)).isEqualTo(ErrorCodes.NO_SUBCODE);
    }

    /** Answers made here, not by the index's build, so that every line of the constructor is exercised. */
    @Test
    void anAnswerWorksOutTheLowestSubcodeOfEachCodeItHolds() {
        TextIndex.Causes mixed = new TextIndex.Causes(EnumSet.of(
                InterruptionCause.RTMP_FRAME_TOO_LARGE,
                InterruptionCause.ACCOUNT_IN_ARREARS,
                InterruptionCause.DOMAIN_DISABLED,
                InterruptionCause.REPLACED_BY_NEW_PUSH,
                InterruptionCause.IDLE_PUSH_REPLACED));
        assertThat(mixed.lowestSubcode(18)).isEqualTo(202);
        assertThat(mixed.lowestSubcode(21)).isEqualTo(102);
        assertThat(mixed.lowestSubcode(7)).isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(mixed.lowestSubcode(20)).as("no row of 20 here").isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(mixed.lowestSubcode(22)).as("past the highest code").isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(mixed.lowestSubcode(-1)).isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(mixed.lowestSubcode(Integer.MIN_VALUE)).isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(mixed).hasSize(5).startsWith(InterruptionCause.RTMP_FRAME_TOO_LARGE);

        TextIndex.Causes highest = new TextIndex.Causes(
                EnumSet.of(InterruptionCause.IDLE_PUSH_REPLACED, InterruptionCause.STOP_REQUESTED));
        assertThat(highest.lowestSubcode(21))
                .as("the code at the end of the array")
                .isEqualTo(100);
        assertThat(highest.lowestSubcode(22)).isEqualTo(ErrorCodes.NO_SUBCODE);

        List<InterruptionCause> notRows = new ArrayList<>();
        for (InterruptionCause c : InterruptionCause.values()) {
            if (!c.isTableRow()) {
                notRows.add(c);
            }
        }
        TextIndex.Causes families = new TextIndex.Causes(notRows);
        for (int code = -1; code <= 36; code++) {
            assertThat(families.lowestSubcode(code))
                    .as("families are no rows: %d", code)
                    .isEqualTo(ErrorCodes.NO_SUBCODE);
        }
        assertThat(TextIndex.Causes.NONE).isEmpty();
        assertThat(TextIndex.Causes.NONE.lowestSubcode(18)).isEqualTo(ErrorCodes.NO_SUBCODE);
    }

    @Test
    void aCodePastTheTableIgnoresItsText() {
        for (int code : new int[] {36, 37, 64, -1, Integer.MAX_VALUE}) {
            Diagnosis d = ErrorCodes.describe(code, "推流域名被禁用");
            assertThat(d.cause()).as("%d", code).isEqualTo(InterruptionCause.UNDOCUMENTED_CODE);
            assertThat(d.subcode()).isEqualTo(ErrorCodes.NO_SUBCODE);
        }
    }

    @Test
    void anAnswerIsAnUnmodifiableListEqualToAnyListOfTheSameCauses() {
        List<InterruptionCause> found = INDEX.recognize("Internal error in the CSS system.");
        assertThat(found).hasSizeGreaterThan(1).isEqualTo(new ArrayList<>(found));
        assertThat(found.hashCode()).isEqualTo(new ArrayList<>(found).hashCode());
        assertThat(found).isInstanceOf(RandomAccess.class);
        assertThatThrownBy(() -> found.set(0, InterruptionCause.DOMAIN_DISABLED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> found.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> found.get(found.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(INDEX.recognize("TextCacheTest: none")).isEmpty();
    }

    @Test
    void nullMatchesNothing() {
        assertThat(INDEX.recognize(null)).isEmpty();
        assertThat(ErrorCodes.recognize(null)).isEmpty();
    }
}
