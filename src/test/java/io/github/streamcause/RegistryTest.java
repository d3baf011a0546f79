package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry against the independent golden table, in both directions. */
class RegistryTest {
    private static final List<Golden.Row> GOLDEN = Golden.classification();

    private static String pair(InterruptionCause c) {
        return c.subcode() == 0 ? Integer.toString(c.code()) : c.code() + "/" + c.subcode();
    }

    @Test
    void goldenTableHasTheSpecifiedShape() {
        assertThat(GOLDEN).hasSize(68);
        assertThat(GOLDEN.stream().filter(r -> r.code() == 18 && r.subcode() > 0))
                .hasSize(28);
        assertThat(GOLDEN.stream().filter(r -> r.code() == 21 && r.subcode() > 0))
                .hasSize(4);
    }

    @Test
    void tableRowsAreTheGoldenRowsInFileOrder() {
        List<InterruptionCause> rows = InterruptionCause.tableRows();
        assertThat(rows).hasSameSizeAs(GOLDEN).hasSize(68);
        assertThat(rows)
                .isEqualTo(Arrays.stream(InterruptionCause.values())
                        .filter(InterruptionCause::isTableRow)
                        .collect(Collectors.toList()));
        assertThat(InterruptionCause.tableRows()).isSameAs(rows);
        assertThatThrownBy(() -> rows.add(InterruptionCause.UNDOCUMENTED_CODE))
                .isInstanceOf(UnsupportedOperationException.class);
        for (int i = 0; i < GOLDEN.size(); i++) {
            Golden.Row expected = GOLDEN.get(i);
            InterruptionCause actual = rows.get(i);
            assertThat(actual.ordinal()).as("table rows come first").isEqualTo(i);
            assertThat(pair(actual)).as("row %d", i).isEqualTo(expected.pair());
            assertThat(actual.category()).as(expected.pair()).isEqualTo(expected.category());
            assertThat(actual.recovery()).as(expected.pair()).isEqualTo(expected.recovery());
        }
    }

    @Test
    void everyGoldenRowDescribesToItsCachedRow() {
        for (Golden.Row row : GOLDEN) {
            Diagnosis d = ErrorCodes.describe(row.code(), row.subcode());
            assertThat(d.category()).as(row.pair()).isEqualTo(row.category());
            assertThat(d.recovery()).as(row.pair()).isEqualTo(row.recovery());
            assertThat(d.cause().isTableRow()).as(row.pair()).isTrue();
            assertThat(d.documented()).as(row.pair()).isTrue();
            assertThat(d.code()).isEqualTo(row.code());
            assertThat(d.subcode()).isEqualTo(row.subcode());
            assertThat(ErrorCodes.describe(row.code(), row.subcode()))
                    .as("cached: " + row.pair())
                    .isSameAs(d);
        }
    }

    @Test
    void strictLookupKnowsExactlyTheVendorPairs() {
        Set<String> vendorPairs = new HashSet<>();
        for (Golden.Row row : GOLDEN) {
            boolean noSubcodeRowOfASubcodedCode = row.subcode() == 0 && (row.code() == 18 || row.code() == 21);
            if (!noSubcodeRowOfASubcodedCode) {
                vendorPairs.add(row.pair());
                assertThat(ErrorCodes.lookup(row.code(), row.subcode()))
                        .as(row.pair())
                        .contains(ErrorCodes.describe(row.code(), row.subcode()).cause());
            }
        }
        assertThat(vendorPairs).hasSize(66);
        int found = 0;
        for (int code = -5; code < 60; code++) {
            for (int subcode = -5; subcode < 720; subcode++) {
                String pair = subcode == 0 ? Integer.toString(code) : code + "/" + subcode;
                boolean present = ErrorCodes.lookup(code, subcode).isPresent();
                assertThat(present).as(pair).isEqualTo(vendorPairs.contains(pair));
                found += present ? 1 : 0;
            }
        }
        assertThat(found).isEqualTo(66);
        assertThat(ErrorCodes.lookup(18, 0)).isEmpty();
        assertThat(ErrorCodes.lookup(21, 0)).isEmpty();
        assertThat(ErrorCodes.lookup(1, 5)).isEmpty();
        assertThat(ErrorCodes.lookup(Integer.MIN_VALUE, 0)).isEmpty();
        assertThat(ErrorCodes.lookup(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void koreanTextsAreTheSeedsExceptCode16() {
        Map<String, String> seed = Golden.seedTable();
        assertThat(seed).as("seed rows").hasSize(64);
        for (Map.Entry<String, String> e : seed.entrySet()) {
            String[] parts = e.getKey().split("/");
            InterruptionCause cause = ErrorCodes.lookup(
                            Integer.parseInt(parts[0]), parts.length == 1 ? 0 : Integer.parseInt(parts[1]))
                    .orElseThrow(() -> new AssertionError("seed row missing from the registry: " + e.getKey()));
            if (cause.code() == 16) {
                assertThat(cause.description(Locale.KOREAN))
                        .as("16 uses the network text")
                        .isEqualTo(ErrorCodes.describe(12).description(Locale.KOREAN))
                        .isNotEqualTo(e.getValue());
            } else {
                assertThat(cause.description(Locale.KOREAN)).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        // the rows newer than the seed: 18/602 and 21/103
        List<String> registryPairs = new ArrayList<>();
        for (InterruptionCause c : InterruptionCause.values()) {
            if (ErrorCodes.lookup(c.code(), c.subcode()).isPresent()) {
                registryPairs.add(pair(c));
            }
        }
        registryPairs.removeAll(seed.keySet());
        assertThat(registryPairs).containsExactly("18/602", "21/103");
    }

    @Test
    void seventyFiveCausesWithFamiliesThenTheOutsideConstant() {
        InterruptionCause[] all = InterruptionCause.values();
        assertThat(all).hasSize(75);
        List<InterruptionCause> families =
                Arrays.stream(all).filter(InterruptionCause::isFamily).collect(Collectors.toList());
        assertThat(families).hasSize(6);
        for (int i = 0; i < 6; i++) {
            InterruptionCause family = families.get(i);
            int hundred = i + 1;
            assertThat(family.ordinal()).isEqualTo(68 + i);
            assertThat(family.code()).isEqualTo(18);
            assertThat(family.subcode()).isZero();
            assertThat(family.isTableRow()).isFalse();
            assertThat(family.key()).isEqualTo("18." + hundred + "xx");
            assertThat(family.description())
                    .as("a family names its range")
                    .contains("18/" + hundred + "00-" + hundred + "99");
            for (Locale locale : Texts.SHIPPED) {
                assertThat(family.description(locale)).as(locale + " " + family).contains("18/" + hundred + "00");
            }
        }
        InterruptionCause outside = all[74];
        assertThat(outside).isSameAs(InterruptionCause.UNDOCUMENTED_CODE);
        assertThat(outside.code()).isEqualTo(-1);
        assertThat(outside.subcode()).isZero();
        assertThat(outside.isTableRow()).isFalse();
        assertThat(outside.isFamily()).isFalse();
        assertThat(outside.category()).isEqualTo(Category.UNKNOWN);
        assertThat(outside.recovery()).isEqualTo(Recovery.RETRY);
    }

    @Test
    void familiesAreClassifiedByTheRangeRules() {
        assertThat(ErrorCodes.describe(18, 150).cause()).isEqualTo(InterruptionCause.UNLISTED_INTERNAL_ERROR);
        Category[] category = {
            null, Category.INTERNAL, Category.AUTH, Category.AUTH, Category.AUTH, Category.AUTH, Category.AUTH
        };
        Recovery[] recovery = {
            null,
            Recovery.RETRY,
            Recovery.FIX_REQUIRED,
            Recovery.FIX_REQUIRED,
            Recovery.FIX_REQUIRED,
            Recovery.FIX_REQUIRED,
            Recovery.RETRY
        };
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.isFamily()) {
                int hundred = c.key().charAt(3) - '0';
                assertThat(c.category()).as(c.name()).isEqualTo(category[hundred]);
                assertThat(c.recovery()).as(c.name()).isEqualTo(recovery[hundred]);
            }
        }
    }

    @Test
    void eachFamilyCoversExactlyItsHundredAndNothingElseCoversASubcode() {
        Map<InterruptionCause, Integer> first = Map.of(
                InterruptionCause.UNLISTED_INTERNAL_ERROR, 100,
                InterruptionCause.UNLISTED_ACCOUNT_REFUSAL, 200,
                InterruptionCause.UNLISTED_PUSH_URL_REFUSAL, 300,
                InterruptionCause.UNLISTED_IP_REFUSAL, 400,
                InterruptionCause.UNLISTED_AUTH_REFUSAL, 500,
                InterruptionCause.UNLISTED_LIMIT_REFUSAL, 600);
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.isFamily()) {
                int from = first.get(c);
                assertThat(c.coversSubcode(from - 1)).as("%s %d", c, from - 1).isFalse();
                assertThat(c.coversSubcode(from)).as("%s %d", c, from).isTrue();
                assertThat(c.coversSubcode(from + 50)).as("%s %d", c, from + 50).isTrue();
                assertThat(c.coversSubcode(from + 99)).as("%s %d", c, from + 99).isTrue();
                assertThat(c.coversSubcode(from + 100))
                        .as("%s %d", c, from + 100)
                        .isFalse();
            } else {
                for (int subcode : new int[] {c.subcode(), 0, 100, 150, 202, 699}) {
                    assertThat(c.coversSubcode(subcode)).as("%s %d", c, subcode).isFalse();
                }
            }
        }
        assertThat(first).hasSize(6);
    }

    @Test
    void keysAreUniqueAndStable() {
        Set<String> keys = new HashSet<>();
        for (InterruptionCause c : InterruptionCause.values()) {
            assertThat(keys.add(c.key())).as("unique key " + c.key()).isTrue();
            if (c.isTableRow()) {
                assertThat(c.key()).isEqualTo(c.subcode() == 0 ? "" + c.code() : c.code() + "." + c.subcode());
            }
            assertThat(c.remedyKey()).startsWith("remedy.");
        }
        assertThat(InterruptionCause.ACCOUNT_IN_ARREARS.key()).isEqualTo("18.202");
        assertThat(InterruptionCause.UNDOCUMENTED_CODE.key()).isEqualTo("undocumented");
    }

    @Test
    void constantNamesSayTheCauseNotTheNumber() {
        for (InterruptionCause c : InterruptionCause.values()) {
            assertThat(c.name())
                    .as("name of %s", c.key())
                    .matches("[A-Z]+(_[A-Z0-9]+)+")
                    .containsPattern("[A-Z]{4,}")
                    .doesNotMatch("E_?[0-9].*");
        }
        assertThat(ErrorCodes.describe(18, 202).cause().name()).isEqualTo("ACCOUNT_IN_ARREARS");
    }
}
