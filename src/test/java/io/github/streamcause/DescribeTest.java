package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The lenient lookup: any int pair, the range rules, the numbers kept. */
class DescribeTest {

    /**
     * The range rules of the spec, written independently of the library: the category and recovery of
     * a pair that is not a table row, and whether the pair counts as documented.
     */
    private static Category expectedCategory(int code, int subcode) {
        if (code < 0 || code > 35) {
            return Category.UNKNOWN;
        }
        if (code == 18 && ErrorCodes.lookup(18, subcode).isEmpty()) {
            int hundred = subcode >= 100 && subcode <= 699 ? subcode / 100 : 0;
            return hundred == 1 ? Category.INTERNAL : Category.AUTH;
        }
        if (code == 21 && ErrorCodes.lookup(21, subcode).isEmpty()) {
            return Category.CLIENT;
        }
        return ErrorCodes.lookup(code, code == 18 || code == 21 ? subcode : 0)
                .orElseThrow()
                .category();
    }

    private static Recovery expectedRecovery(int code, int subcode) {
        if (code < 0 || code > 35) {
            return Recovery.RETRY;
        }
        if (code == 18 && ErrorCodes.lookup(18, subcode).isEmpty()) {
            int hundred = subcode >= 100 && subcode <= 699 ? subcode / 100 : 0;
            return hundred == 1 || hundred == 6 ? Recovery.RETRY : Recovery.FIX_REQUIRED;
        }
        if (code == 21 && ErrorCodes.lookup(21, subcode).isEmpty()) {
            return Recovery.NOT_NEEDED;
        }
        return ErrorCodes.lookup(code, code == 18 || code == 21 ? subcode : 0)
                .orElseThrow()
                .recovery();
    }

    private static boolean expectedDocumented(int code, int subcode) {
        if (code < 0 || code > 35) {
            return false;
        }
        if (code == 18 || code == 21) {
            return subcode == 0 || ErrorCodes.lookup(code, subcode).isPresent();
        }
        return true;
    }

    private static void check(int code, int subcode) {
        Diagnosis d = ErrorCodes.describe(code, subcode);
        String pair = code + "/" + subcode;
        assertThat(d).as(pair).isNotNull();
        assertThat(d.code()).as(pair).isEqualTo(code);
        assertThat(d.subcode()).as(pair).isEqualTo(subcode);
        assertThat(d.cause()).as(pair).isNotNull();
        assertThat(d.category()).as(pair).isEqualTo(expectedCategory(code, subcode));
        assertThat(d.recovery()).as(pair).isEqualTo(expectedRecovery(code, subcode));
        assertThat(d.documented()).as(pair).isEqualTo(expectedDocumented(code, subcode));
        assertThat(ErrorCodes.classify(code, subcode)).as(pair).isEqualTo(d.category());
        assertThat(d.description()).as(pair).isNotBlank();
        if (code < 0 || code > 35) {
            assertThat(d.cause()).as(pair).isEqualTo(InterruptionCause.UNDOCUMENTED_CODE);
        } else if (code == 18
                && subcode >= 100
                && subcode <= 699
                && !ErrorCodes.lookup(18, subcode).isPresent()) {
            assertThat(d.cause().isFamily()).as(pair).isTrue();
        } else {
            assertThat(d.cause().isTableRow()).as(pair).isTrue();
            assertThat(d.cause().code()).as(pair).isEqualTo(code);
        }
    }

    private static final int[] SUBCODES = {
        Integer.MIN_VALUE,
        -101,
        -100,
        -1,
        0,
        1,
        2,
        50,
        99,
        100,
        101,
        104,
        105,
        150,
        199,
        200,
        203,
        204,
        299,
        300,
        309,
        310,
        399,
        400,
        401,
        402,
        499,
        500,
        503,
        504,
        599,
        600,
        602,
        603,
        699,
        700,
        701,
        999,
        1000,
        1_000_000,
        Integer.MAX_VALUE
    };

    @Test
    void sweepCodesMinus2To1000AgainstTheRangeRules() {
        for (int code = -2; code <= 1000; code++) {
            for (int subcode : SUBCODES) {
                check(code, subcode);
            }
        }
    }

    @Test
    void edges() {
        int[] edges = {
            Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 35, 36, 37, Integer.MAX_VALUE - 1, Integer.MAX_VALUE
        };
        for (int code : edges) {
            for (int subcode : edges) {
                check(code, subcode);
            }
        }
        // one past each listed subcode, and every subcode of 18 and 21 up to 1000
        for (int subcode = -1; subcode <= 1000; subcode++) {
            check(18, subcode);
            check(21, subcode);
        }
    }

    /**
     * Pairs whose bits, cut to a narrower index, are those of a table row: more codes or subcodes than a
     * cache has slots for must not find a row's cached diagnosis.
     */
    @Test
    void pairsThatAliasATableRowInANarrowerIndex() {
        int[] offsets = {1 << 6, 1 << 10, 1 << 16, 1 << 22, 1 << 26, Integer.MIN_VALUE};
        for (InterruptionCause row : InterruptionCause.values()) {
            if (!row.isTableRow()) {
                continue;
            }
            int c = row.code();
            int s = row.subcode();
            for (int offset : offsets) {
                check(c + offset, s);
                check(c - offset, s);
                check(c, s + offset);
                check(c, s - offset);
                check(c + offset, s + offset);
            }
            check(c, s + 603);
            check(c + 36, s);
        }
        for (int code : new int[] {62, 63, 64, 65}) {
            for (int subcode : new int[] {0, 1, 202, 1022, 1023, 1024, 1025}) {
                check(code, subcode);
            }
        }
    }

    @Test
    @Tag("slow")
    void aMillionSeededRandomPairs() {
        Random random = new Random(20261125L);
        for (int i = 0; i < 1_000_000; i++) {
            int code = switch (i % 4) {
                case 0 -> random.nextInt();
                case 1 -> random.nextInt(40) - 2;
                case 2 -> 18;
                default -> 21;
            };
            int subcode = i % 3 == 0 ? random.nextInt() : random.nextInt(1200) - 100;
            check(code, subcode);
        }
    }

    @Test
    void documentedPairsAreCachedAndOthersKeepTheirNumbers() {
        assertThat(ErrorCodes.describe(18, 202)).isSameAs(ErrorCodes.describe(18, 202));
        assertThat(ErrorCodes.describe(18)).isSameAs(ErrorCodes.describe(18, 0));
        assertThat(ErrorCodes.describe(21)).isSameAs(ErrorCodes.describe(21, ErrorCodes.NO_SUBCODE));
        assertThat(ErrorCodes.describe(7)).isSameAs(ErrorCodes.describe(7, 0));

        Diagnosis withSubcode = ErrorCodes.describe(7, 5);
        assertThat(withSubcode.subcode()).isEqualTo(5);
        assertThat(withSubcode.cause()).isEqualTo(InterruptionCause.RTMP_FRAME_TOO_LARGE);
        assertThat(withSubcode.documented())
                .as("codes without subcodes ignore the subcode")
                .isTrue();

        Diagnosis outside = ErrorCodes.describe(-7, 3);
        assertThat(outside.code()).isEqualTo(-7);
        assertThat(outside.subcode()).isEqualTo(3);
        assertThat(outside.cause()).isEqualTo(InterruptionCause.UNDOCUMENTED_CODE);
        assertThat(outside.documented()).isFalse();
    }

    @Test
    void unlistedSubcodesOf18And21() {
        assertThat(ErrorCodes.describe(18, 105).cause()).isEqualTo(InterruptionCause.UNLISTED_INTERNAL_ERROR);
        assertThat(ErrorCodes.describe(18, 299).cause()).isEqualTo(InterruptionCause.UNLISTED_ACCOUNT_REFUSAL);
        assertThat(ErrorCodes.describe(18, 310).cause()).isEqualTo(InterruptionCause.UNLISTED_PUSH_URL_REFUSAL);
        assertThat(ErrorCodes.describe(18, 450).cause()).isEqualTo(InterruptionCause.UNLISTED_IP_REFUSAL);
        assertThat(ErrorCodes.describe(18, 504).cause()).isEqualTo(InterruptionCause.UNLISTED_AUTH_REFUSAL);
        assertThat(ErrorCodes.describe(18, 603).cause()).isEqualTo(InterruptionCause.UNLISTED_LIMIT_REFUSAL);
        assertThat(ErrorCodes.describe(18, 700).cause()).isEqualTo(InterruptionCause.PUSH_REFUSED);
        assertThat(ErrorCodes.describe(18, 99).cause()).isEqualTo(InterruptionCause.PUSH_REFUSED);
        assertThat(ErrorCodes.describe(18, -100).cause()).isEqualTo(InterruptionCause.PUSH_REFUSED);
        assertThat(ErrorCodes.describe(18, 700).documented()).isFalse();
        assertThat(ErrorCodes.describe(21, 104).cause()).isEqualTo(InterruptionCause.STOPPED_BY_REQUEST);
        assertThat(ErrorCodes.describe(21, 104).documented()).isFalse();
        assertThat(ErrorCodes.describe(21, 104).subcode()).isEqualTo(104);
    }

    @Test
    void equalityIsByCodeSubcodeAndCause() {
        Diagnosis a = ErrorCodes.describe(99, 1);
        Diagnosis b = ErrorCodes.describe(99, 1);
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ErrorCodes.describe(99, 2));
        assertThat(a).isNotEqualTo(ErrorCodes.describe(98, 1));
        assertThat(ErrorCodes.describe(7, 5)).isNotEqualTo(ErrorCodes.describe(7));
        assertThat(ErrorCodes.describe(18, 150)).isEqualTo(ErrorCodes.describe(18, 150));
        assertThat(ErrorCodes.describe(1)).isNotEqualTo(ErrorCodes.describe(2));
        assertThat(ErrorCodes.describe(1)).isNotEqualTo("1");
        assertThat(ErrorCodes.describe(1).equals(null)).isFalse();
    }

    @Test
    void theTableRowsHashToDifferentValues() {
        Set<Integer> hashes = new HashSet<>();
        int rows = 0;
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.isTableRow()) {
                rows++;
                hashes.add(ErrorCodes.describe(c.code(), c.subcode()).hashCode());
            }
        }
        assertThat(rows).isEqualTo(68);
        assertThat(hashes)
                .as("so that reports keyed by diagnosis spread over a hash table")
                .hasSize(rows);
        assertThat(ErrorCodes.describe(0).hashCode())
                .isEqualTo(ErrorCodes.describe(0, 0).hashCode());
        assertThat(ErrorCodes.describe(0, 7)).hasSameHashCodeAs(ErrorCodes.describe(0, 7));
    }

    @Test
    void toStringIsOneReadableLine() {
        assertThat(ErrorCodes.describe(18, 202).toString())
                .isEqualTo("18/202 AUTH FIX_REQUIRED Account in arrears: the live streaming service is suspended"
                        + " until the account is topped up.");
        assertThat(ErrorCodes.describe(12).toString())
                .isEqualTo("12 NETWORK RETRY The network link of the push failed.");
        assertThat(ErrorCodes.describe(-3, 9).toString()).startsWith("-3/9 UNKNOWN RETRY ");
    }

    @Test
    void diagnosisTextsComeFromItsCause() {
        Diagnosis d = ErrorCodes.describe(18, 501);
        assertThat(d.description()).isEqualTo(InterruptionCause.PUSH_URL_EXPIRED.description());
        assertThat(d.remedy()).isEqualTo(InterruptionCause.PUSH_URL_EXPIRED.remedy());
        assertThat(d.remedy(java.util.Locale.KOREAN))
                .isEqualTo(InterruptionCause.PUSH_URL_EXPIRED.remedy(java.util.Locale.KOREAN));
        assertThat(d.description(java.util.Locale.JAPANESE)).isEqualTo("有効期限パラメータ値がすでに期限切れです。");
    }
}
