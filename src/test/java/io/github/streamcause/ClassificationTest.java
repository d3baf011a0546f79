package io.github.streamcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Your own classification: the registry's by default, overrides of exact pairs, nothing global changed. */
class ClassificationTest {
    private static final String FORM = "; expected CODE[/SUBCODE]=CATEGORY/RECOVERY, such as 18/202=AUTH/FIX_REQUIRED";
    private static final List<Golden.Row> GOLDEN = Golden.classification();
    private static final int MIN = Integer.MIN_VALUE;
    private static final int MAX = Integer.MAX_VALUE;

    /** A (code, subcode) pair. */
    record Pair(int code, int subcode) {
        Diagnosis describe() {
            return ErrorCodes.describe(code, subcode);
        }
    }

    /**
     * Edge pairs: every table row and the pairs one past it either way, the boundaries of the 18 families,
     * negatives, 0 and the extremes of {@code int}, crossed with each other.
     */
    private static final List<Pair> SWEEP = sweep();

    private static List<Pair> sweep() {
        Set<Integer> codes =
                new LinkedHashSet<>(List.of(MIN, MIN + 1, -2, -1, 0, 1, 35, 36, 37, 63, 64, 99, MAX - 1, MAX));
        Set<Integer> subcodes = new LinkedHashSet<>(List.of(MIN, MIN + 1, -1, 0, 1, 99, 1023, 1024, MAX - 1, MAX));
        for (int hundred = 1; hundred <= 7; hundred++) {
            subcodes.addAll(List.of(hundred * 100 - 1, hundred * 100, hundred * 100 + 1));
        }
        Set<Pair> pairs = new LinkedHashSet<>();
        for (InterruptionCause c : InterruptionCause.values()) {
            if (c.isTableRow()) {
                codes.add(c.code());
                for (int dc = -1; dc <= 1; dc++) {
                    for (int ds = -1; ds <= 1; ds++) {
                        pairs.add(new Pair(c.code() + dc, c.subcode() + ds));
                    }
                }
            }
        }
        for (int code : codes) {
            for (int subcode : subcodes) {
                pairs.add(new Pair(code, subcode));
            }
        }
        return List.copyOf(pairs);
    }

    /** The classification after {@code c}, in the other enum's order: differs from {@code c} in both parts. */
    private static Category other(Category c) {
        return Category.values()[(c.ordinal() + 1) % Category.values().length];
    }

    private static Recovery other(Recovery r) {
        return Recovery.values()[(r.ordinal() + 1) % Recovery.values().length];
    }

    // ---- the defaults ----------------------------------------------------------------------------------------

    @Test
    void defaultsAreOneSharedInstanceWithoutOverrides() {
        assertThat(Classification.defaults()).isSameAs(Classification.defaults());
        assertThat(Classification.defaults().isDefault()).isTrue();
        assertThat(Classification.defaults().overrides()).isEmpty();
        assertThat(Classification.defaults()).hasToString("Classification[defaults]");
    }

    @Test
    void defaultsAgreeWithTheGoldenTableAndErrorCodesForEveryTableRow() {
        assertThat(GOLDEN).hasSize(68);
        Classification defaults = Classification.defaults();
        for (Golden.Row row : GOLDEN) {
            Diagnosis d = ErrorCodes.describe(row.code(), row.subcode());
            assertThat(defaults.category(d)).as(row.pair()).isEqualTo(row.category());
            assertThat(defaults.recovery(d)).as(row.pair()).isEqualTo(row.recovery());
            InterruptionCause cause =
                    ErrorCodes.lookup(row.code(), row.subcode()).orElse(d.cause());
            assertThat(defaults.category(cause)).as(row.pair()).isEqualTo(row.category());
            assertThat(defaults.recovery(cause)).as(row.pair()).isEqualTo(row.recovery());
        }
        for (InterruptionCause c : InterruptionCause.values()) {
            assertThat(defaults.category(c)).as(c.name()).isEqualTo(c.category());
            assertThat(defaults.recovery(c)).as(c.name()).isEqualTo(c.recovery());
        }
    }

    @Test
    void defaultsAgreeWithErrorCodesForEveryEdgePair() {
        assertThat(SWEEP).hasSizeGreaterThan(1000).contains(new Pair(MIN, MIN), new Pair(MAX, MAX), new Pair(36, 0));
        for (Pair p : SWEEP) {
            Diagnosis d = p.describe();
            assertThat(Classification.defaults().category(d)).as(p.toString()).isEqualTo(d.category());
            assertThat(Classification.defaults().recovery(d)).as(p.toString()).isEqualTo(d.recovery());
            assertThat(Classification.defaults().category(d))
                    .as(p.toString())
                    .isEqualTo(ErrorCodes.classify(p.code(), p.subcode()));
        }
    }

    // ---- one override ----------------------------------------------------------------------------------------

    @Test
    void anOverrideChangesExactlyItsPairAndNothingElse() {
        List<Pair> targets = List.of(
                new Pair(4, 0),
                new Pair(18, 202),
                new Pair(18, 650),
                new Pair(18, 0),
                new Pair(21, 0),
                new Pair(21, 7),
                new Pair(99, 0),
                new Pair(-1, 0),
                new Pair(0, -1),
                new Pair(MIN, MIN),
                new Pair(MAX, MAX),
                new Pair(MIN, MAX),
                new Pair(36, 0),
                new Pair(4, 7));
        for (Pair target : targets) {
            Diagnosis registry = target.describe();
            Category category = other(registry.category());
            Recovery recovery = other(registry.recovery());
            Classification c = Classification.defaults().with(target.code(), target.subcode(), category, recovery);
            assertThat(c.overrides()).as(target.toString()).hasSize(1);
            for (Pair p : SWEEP) {
                Diagnosis d = p.describe();
                boolean hit = p.equals(target);
                assertThat(c.category(d)).as(target + " at " + p).isEqualTo(hit ? category : d.category());
                assertThat(c.recovery(d)).as(target + " at " + p).isEqualTo(hit ? recovery : d.recovery());
            }
            Diagnosis d = target.describe();
            assertThat(c.category(d)).as(target.toString()).isEqualTo(category);
            assertThat(c.recovery(d)).as(target.toString()).isEqualTo(recovery);
            for (InterruptionCause cause : InterruptionCause.values()) {
                boolean hit = cause.isTableRow() && new Pair(cause.code(), cause.subcode()).equals(target);
                assertThat(c.category(cause)).as(target + " at " + cause).isEqualTo(hit ? category : cause.category());
                assertThat(c.recovery(cause)).as(target + " at " + cause).isEqualTo(hit ? recovery : cause.recovery());
            }
        }
    }

    @Test
    void anOverrideOfTheCategoryAloneOrTheRecoveryAloneIsKept() {
        Classification category = Classification.defaults().with(4, Category.NETWORK, Recovery.NOT_NEEDED);
        Classification recovery = Classification.defaults().with(4, Category.CLIENT, Recovery.RETRY);
        Diagnosis four = ErrorCodes.describe(4);
        assertThat(category.category(four)).isEqualTo(Category.NETWORK);
        assertThat(category.recovery(four)).isEqualTo(Recovery.NOT_NEEDED);
        assertThat(recovery.category(four)).isEqualTo(Category.CLIENT);
        assertThat(recovery.recovery(four)).isEqualTo(Recovery.RETRY);
        assertThat(category.isDefault()).isFalse();
        assertThat(recovery.isDefault()).isFalse();
        assertThat(category).isNotEqualTo(recovery).isNotEqualTo(Classification.defaults());
    }

    @Test
    void aCodeWithoutSubcodeMeansSubcodeZero() {
        Classification c = Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY);
        assertThat(c)
                .isEqualTo(Classification.defaults().with(4, ErrorCodes.NO_SUBCODE, Category.NETWORK, Recovery.RETRY));
        assertThat(c.overrides().get(0).subcode()).isEqualTo(ErrorCodes.NO_SUBCODE);
        assertThat(c.recovery(ErrorCodes.describe(4))).isEqualTo(Recovery.RETRY);
        assertThat(c.recovery(ErrorCodes.describe(4, 0))).isEqualTo(Recovery.RETRY);
        // the diagnosis keeps the subcode it was given, and the override is of 4/0 only
        assertThat(c.recovery(ErrorCodes.describe(4, 7))).isEqualTo(Recovery.NOT_NEEDED);
    }

    @Test
    void overridesOfTheRowOf18LeaveItsUnlistedSubcodesAndFamiliesAlone() {
        Classification c = Classification.defaults().with(18, Category.NETWORK, Recovery.RETRY);
        assertThat(c.category(InterruptionCause.PUSH_REFUSED)).isEqualTo(Category.NETWORK);
        assertThat(c.recovery(InterruptionCause.PUSH_REFUSED)).isEqualTo(Recovery.RETRY);
        // the families report 18/0 as well, but stand for many pairs
        assertThat(InterruptionCause.UNLISTED_LIMIT_REFUSAL.code()).isEqualTo(18);
        assertThat(InterruptionCause.UNLISTED_LIMIT_REFUSAL.subcode()).isZero();
        assertThat(c.category(InterruptionCause.UNLISTED_LIMIT_REFUSAL)).isEqualTo(Category.AUTH);
        assertThat(c.recovery(InterruptionCause.UNLISTED_ACCOUNT_REFUSAL)).isEqualTo(Recovery.FIX_REQUIRED);
        assertThat(c.recovery(ErrorCodes.describe(18, 999))).isEqualTo(Recovery.FIX_REQUIRED);
        assertThat(c.category(ErrorCodes.describe(18, 650))).isEqualTo(Category.AUTH);
    }

    @Test
    void overridesOfUndocumentedPairsApplyToTheirDiagnosesButNotToTheCauseOutsideTheTable() {
        Classification c = Classification.defaults()
                .with(99, Category.CLIENT, Recovery.FIX_REQUIRED)
                .with(-1, Category.NETWORK, Recovery.NOT_NEEDED)
                .with(18, 650, Category.INTERNAL, Recovery.RETRY);
        assertThat(c.category(ErrorCodes.describe(99))).isEqualTo(Category.CLIENT);
        assertThat(c.recovery(ErrorCodes.describe(99))).isEqualTo(Recovery.FIX_REQUIRED);
        assertThat(c.category(ErrorCodes.describe(-1))).isEqualTo(Category.NETWORK);
        assertThat(c.category(ErrorCodes.describe(98))).isEqualTo(Category.UNKNOWN);
        assertThat(c.category(ErrorCodes.describe(18, 650))).isEqualTo(Category.INTERNAL);
        assertThat(c.recovery(ErrorCodes.describe(18, 651))).isEqualTo(Recovery.RETRY);
        assertThat(c.category(ErrorCodes.describe(18, 651))).isEqualTo(Category.AUTH);
        // UNDOCUMENTED_CODE reports -1/0 but is no row: no override applies to it
        assertThat(InterruptionCause.UNDOCUMENTED_CODE.code()).isEqualTo(-1);
        assertThat(c.category(InterruptionCause.UNDOCUMENTED_CODE)).isEqualTo(Category.UNKNOWN);
        assertThat(c.recovery(InterruptionCause.UNDOCUMENTED_CODE)).isEqualTo(Recovery.RETRY);
    }

    @Test
    void aRecognisedCauseTakesTheOverrideOfItsOwnPair() {
        Classification c = Classification.defaults()
                .with(4, Category.NETWORK, Recovery.RETRY)
                .with(18, 202, Category.AUTH, Recovery.RETRY);
        List<InterruptionCause> stopped = ErrorCodes.recognize("推流客户端主动断流");
        assertThat(stopped)
                .contains(InterruptionCause.CLIENT_CLOSED_STREAM, InterruptionCause.CLIENT_CONNECTION_FAILED);
        for (InterruptionCause cause : stopped) {
            boolean four = cause == InterruptionCause.CLIENT_CONNECTION_FAILED;
            assertThat(c.category(cause)).as(cause.name()).isEqualTo(four ? Category.NETWORK : Category.CLIENT);
            assertThat(c.recovery(cause)).as(cause.name()).isEqualTo(four ? Recovery.RETRY : Recovery.NOT_NEEDED);
        }
        InterruptionCause arrears =
                ErrorCodes.recognize("账号欠费，您的直播服务已被暂时关停，请及时充值").get(0);
        assertThat(arrears).isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS);
        assertThat(c.recovery(arrears)).isEqualTo(Recovery.RETRY);
        assertThat(c.category(arrears)).isEqualTo(Category.AUTH);
        // with a code, the text recovers the subcode of 18, and the override of that pair applies
        assertThat(c.recovery(ErrorCodes.describe(18, "账号欠费，您的直播服务已被暂时关停，请及时充值")))
                .isEqualTo(Recovery.RETRY);
    }

    // ---- several overrides, immutability -------------------------------------------------------------------

    @Test
    void theReceiverIsNeverChanged() {
        Classification defaults = Classification.defaults();
        Classification one = defaults.with(4, Category.NETWORK, Recovery.RETRY);
        Classification two = one.with(18, 202, Category.AUTH, Recovery.RETRY);
        Classification three = two.with(4, Category.INTERNAL, Recovery.FIX_REQUIRED);
        Classification back = three.with(4, Category.CLIENT, Recovery.NOT_NEEDED);
        assertThat(List.of(one, two, three, back)).doesNotContain(defaults);
        assertThat(defaults.isDefault()).isTrue();
        assertThat(defaults.overrides()).isEmpty();
        assertThat(defaults.category(ErrorCodes.describe(4))).isEqualTo(Category.CLIENT);
        assertThat(one.overrides()).hasToString("[4=NETWORK/RETRY]");
        assertThat(two.overrides()).hasToString("[4=NETWORK/RETRY, 18/202=AUTH/RETRY]");
        assertThat(three.overrides()).hasToString("[4=INTERNAL/FIX_REQUIRED, 18/202=AUTH/RETRY]");
        assertThat(back.overrides()).hasToString("[18/202=AUTH/RETRY]");
        assertThat(one.recovery(ErrorCodes.describe(4))).isEqualTo(Recovery.RETRY);
        assertThat(one.recovery(ErrorCodes.describe(18, 202))).isEqualTo(Recovery.FIX_REQUIRED);
        // nothing global changed either
        assertThat(ErrorCodes.describe(4).category()).isEqualTo(Category.CLIENT);
        assertThat(InterruptionCause.CLIENT_CONNECTION_FAILED.recovery()).isEqualTo(Recovery.NOT_NEEDED);
    }

    @Test
    void theOverridesAreAnUnmodifiableView() {
        Classification c = Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY);
        List<Classification.Entry> overrides = c.overrides();
        Classification.Entry entry = overrides.get(0);
        assertThatThrownBy(() -> overrides.add(entry)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> overrides.set(0, entry)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> overrides.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Collections.sort(overrides, (a, b) -> 0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Classification.defaults().overrides().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.overrides()).isSameAs(overrides).containsExactly(entry);
    }

    @Test
    void aLaterOverrideOfAPairWins() {
        Classification first = Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY);
        Classification later = first.with(4, Category.INTERNAL, Recovery.FIX_REQUIRED);
        assertThat(later.overrides()).hasSize(1);
        assertThat(later.category(ErrorCodes.describe(4))).isEqualTo(Category.INTERNAL);
        assertThat(later.recovery(ErrorCodes.describe(4))).isEqualTo(Recovery.FIX_REQUIRED);
        assertThat(later).isEqualTo(Classification.defaults().with(4, Category.INTERNAL, Recovery.FIX_REQUIRED));
        assertThat(first.with(4, Category.INTERNAL, Recovery.RETRY).overrides()).hasToString("[4=INTERNAL/RETRY]");
        assertThat(first.with(4, Category.NETWORK, Recovery.FIX_REQUIRED).overrides())
                .hasToString("[4=NETWORK/FIX_REQUIRED]");
    }

    @Test
    void anOverrideThatChangesNothingReturnsTheReceiver() {
        Classification c = Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY);
        assertThat(c.with(4, Category.NETWORK, Recovery.RETRY)).isSameAs(c);
        assertThat(c.with(3, Category.CLIENT, Recovery.NOT_NEEDED)).isSameAs(c);
        assertThat(c.with(99, Category.UNKNOWN, Recovery.RETRY)).isSameAs(c);
        assertThat(Classification.defaults().with(18, 202, Category.AUTH, Recovery.FIX_REQUIRED))
                .isSameAs(Classification.defaults());
        assertThat(Classification.defaults().with(18, 650, Category.AUTH, Recovery.RETRY))
                .isSameAs(Classification.defaults());
    }

    @Test
    void anOverrideToTheRegistrysOwnClassificationRemovesTheEarlierOne() {
        Classification c = Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY);
        assertThat(c.with(4, Category.CLIENT, Recovery.NOT_NEEDED)).isSameAs(Classification.defaults());
        Classification two = c.with(18, 650, Category.INTERNAL, Recovery.RETRY);
        Classification back = two.with(18, 650, Category.AUTH, Recovery.RETRY);
        assertThat(back).isEqualTo(c).isNotSameAs(c);
        assertThat(back.isDefault()).isFalse();
        assertThat(back.recovery(ErrorCodes.describe(4))).isEqualTo(Recovery.RETRY);
        assertThat(back.category(ErrorCodes.describe(18, 650))).isEqualTo(Category.AUTH);
    }

    /** Every order of inserting, and every removal, keeps the overrides sorted by code, then subcode. */
    @Test
    void overridesAreSortedByCodeThenSubcodeWhateverTheOrderOfTheirInsertion() {
        List<Pair> sorted = List.of(
                new Pair(MIN, 0),
                new Pair(-1, 5),
                new Pair(4, 0),
                new Pair(18, MIN),
                new Pair(18, -1),
                new Pair(18, 0),
                new Pair(18, 202),
                new Pair(18, MAX),
                new Pair(MAX, MIN));
        Classification expected = null;
        for (List<Pair> order : orders(sorted)) {
            Classification c = Classification.defaults();
            for (Pair p : order) {
                c = c.with(p.code(), p.subcode(), Category.INTERNAL, Recovery.FIX_REQUIRED);
            }
            List<Pair> pairs = new ArrayList<>();
            for (Classification.Entry e : c.overrides()) {
                pairs.add(new Pair(e.code(), e.subcode()));
            }
            assertThat(pairs).as("inserted in the order " + order).isEqualTo(sorted);
            if (expected == null) {
                expected = c;
            }
            assertThat(c).isEqualTo(expected).hasSameHashCodeAs(expected);
            for (Pair p : sorted) {
                assertThat(c.category(p.describe())).as(p.toString()).isEqualTo(Category.INTERNAL);
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            Pair removed = sorted.get(i);
            Diagnosis registry = removed.describe();
            Classification c =
                    expected.with(removed.code(), removed.subcode(), registry.category(), registry.recovery());
            List<Pair> rest = new ArrayList<>(sorted);
            rest.remove(i);
            List<Pair> pairs = new ArrayList<>();
            for (Classification.Entry e : c.overrides()) {
                pairs.add(new Pair(e.code(), e.subcode()));
                assertThat(e.category()).isEqualTo(Category.INTERNAL);
                assertThat(e.recovery()).isEqualTo(Recovery.FIX_REQUIRED);
            }
            assertThat(pairs).as("without " + removed).isEqualTo(rest);
            assertThat(c.category(registry)).as(removed.toString()).isEqualTo(registry.category());
            for (Pair p : rest) {
                assertThat(c.category(p.describe())).as(p.toString()).isEqualTo(Category.INTERNAL);
            }
        }
    }

    /** The list itself, its reverse, and each rotation of both: inserts at the front, the back and between. */
    private static List<List<Pair>> orders(List<Pair> sorted) {
        List<List<Pair>> orders = new ArrayList<>();
        for (boolean reversed : new boolean[] {false, true}) {
            List<Pair> base = new ArrayList<>(sorted);
            if (reversed) {
                Collections.reverse(base);
            }
            for (int r = 0; r < base.size(); r++) {
                List<Pair> rotated = new ArrayList<>(base);
                Collections.rotate(rotated, r);
                orders.add(rotated);
            }
        }
        List<Pair> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new java.util.Random(42));
        orders.add(shuffled);
        List<Pair> interleaved = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += 2) {
            interleaved.add(sorted.get(i));
        }
        for (int i = 1; i < sorted.size(); i += 2) {
            interleaved.add(sorted.get(i));
        }
        orders.add(interleaved);
        return orders;
    }

    // ---- arguments -------------------------------------------------------------------------------------------

    @Test
    void nullArgumentsAreRejectedByName() {
        Classification c = Classification.defaults().with(4, Category.NETWORK, Recovery.RETRY);
        assertThatThrownBy(() -> c.with(4, 0, null, Recovery.RETRY))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("category");
        assertThatThrownBy(() -> c.with(4, 0, Category.NETWORK, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("recovery");
        assertThatThrownBy(() -> c.with(4, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("category");
        assertThatThrownBy(() -> c.with(5, Category.CLIENT, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("recovery");
        assertThatThrownBy(() -> c.category((Diagnosis) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("diagnosis");
        assertThatThrownBy(() -> c.recovery((Diagnosis) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("diagnosis");
        assertThatThrownBy(() -> Classification.defaults().category((Diagnosis) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("diagnosis");
        assertThatThrownBy(() -> c.category((InterruptionCause) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cause");
        assertThatThrownBy(() -> c.recovery((InterruptionCause) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("cause");
        assertThatThrownBy(() -> c.withOverride(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("spec");
        assertThatThrownBy(() -> Classification.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("specs");
        assertThatThrownBy(() -> Classification.fromProperties(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("properties");
        assertThat(c.overrides()).hasToString("[4=NETWORK/RETRY]");
    }

    // ---- the textual form ------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4=NETWORK/RETRY                     | 4   | 0     | NETWORK  | RETRY",
                "18/202=AUTH/RETRY                   | 18  | 202   | AUTH     | RETRY",
                "4=network/retry                     | 4   | 0     | NETWORK  | RETRY",
                "4=Network/Retry                     | 4   | 0     | NETWORK  | RETRY",
                "'  18 / 202 = auth / retry  '       | 18  | 202   | AUTH     | RETRY",
                "18/0=INTERNAL/RETRY                 | 18  | 0     | INTERNAL | RETRY",
                "04=INTERNAL/RETRY                   | 4   | 0     | INTERNAL | RETRY",
                "0=CLIENT/FIX_REQUIRED               | 0   | 0     | CLIENT   | FIX_REQUIRED",
                "99=client/not_needed                | 99  | 0     | CLIENT   | NOT_NEEDED",
                "19/909=NETWORK/RETRY                | 19  | 909   | NETWORK  | RETRY",
                "18/650=INTERNAL/FIX_REQUIRED        | 18  | 650   | INTERNAL | FIX_REQUIRED",
                "-5/-7=unknown/fix_required          | -5  | -7    | UNKNOWN  | FIX_REQUIRED",
                "-2147483648/2147483647=AUTH/RETRY   | -2147483648 | 2147483647 | AUTH | RETRY",
                "2147483647/-2147483648=AUTH/RETRY   | 2147483647 | -2147483648 | AUTH | RETRY",
            })
    void overridesInTheirTextualForm(String spec, int code, int subcode, Category category, Recovery recovery) {
        Classification expected = Classification.defaults().with(code, subcode, category, recovery);
        assertThat(expected.isDefault()).isFalse();
        assertThat(Classification.defaults().withOverride(spec)).isEqualTo(expected);
        assertThat(Classification.parse(spec)).isEqualTo(expected);
        Classification.Entry entry = expected.overrides().get(0);
        assertThat(Classification.parse(entry.toString())).as("round trip").isEqualTo(expected);
        Properties properties = new Properties();
        properties.setProperty(spec.substring(0, spec.indexOf('=')), spec.substring(spec.indexOf('=') + 1));
        assertThat(Classification.fromProperties(properties)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "4NETWORK/RETRY           | no '='",
                "``                       | no '='",
                "4                        | no '='",
                "=NETWORK/RETRY           | the code \"\" is not a decimal int",
                "x=NETWORK/RETRY          | the code \"x\" is not a decimal int",
                "+4=NETWORK/RETRY         | the code \"+4\" is not a decimal int",
                "-=NETWORK/RETRY          | the code \"-\" is not a decimal int",
                "--4=NETWORK/RETRY        | the code \"--4\" is not a decimal int",
                "4-=NETWORK/RETRY         | the code \"4-\" is not a decimal int",
                "4 4=NETWORK/RETRY        | the code \"4 4\" is not a decimal int",
                "0x4=NETWORK/RETRY        | the code \"0x4\" is not a decimal int",
                "4.0=NETWORK/RETRY        | the code \"4.0\" is not a decimal int",
                "٤=NETWORK/RETRY          | the code \"٤\" is not a decimal int",
                "x٤=NETWORK/RETRY         | the code \"x٤\" is not a decimal int",
                "4:=NETWORK/RETRY         | the code \"4:\" is not a decimal int",
                "/4=NETWORK/RETRY         | the code \"\" is not a decimal int",
                "2147483648=NETWORK/RETRY | the code \"2147483648\" is not a decimal int",
                "-2147483649=NETWORK/RETRY | the code \"-2147483649\" is not a decimal int",
                "4/=NETWORK/RETRY         | the subcode \"\" is not a decimal int",
                "18/2O2=AUTH/RETRY        | the subcode \"2O2\" is not a decimal int",
                "18/202/1=AUTH/RETRY      | the subcode \"202/1\" is not a decimal int",
                "18/+202=AUTH/RETRY       | the subcode \"+202\" is not a decimal int",
                "x/y=AUTH/RETRY           | the code \"x\" is not a decimal int",
                "4=NETWORK                | the classification \"NETWORK\" has no '/'",
                "4=                       | the classification \"\" has no '/'",
                "4=NETWORK RETRY          | the classification \"NETWORK RETRY\" has no '/'",
                "4=NET/RETRY              | unknown category \"NET\", not one of CLIENT, NETWORK, AUTH, INTERNAL, UNKNOWN",
                "4=/RETRY                 | unknown category \"\", not one of CLIENT, NETWORK, AUTH, INTERNAL, UNKNOWN",
                "4=RETRY/NETWORK          | unknown category \"RETRY\", not one of CLIENT, NETWORK, AUTH, INTERNAL, UNKNOWN",
                "4=NETWORK/AGAIN          | unknown recovery \"AGAIN\", not one of NOT_NEEDED, RETRY, FIX_REQUIRED",
                "4=NETWORK/               | unknown recovery \"\", not one of NOT_NEEDED, RETRY, FIX_REQUIRED",
                "4=NETWORK/RETRY/X        | unknown recovery \"RETRY/X\", not one of NOT_NEEDED, RETRY, FIX_REQUIRED",
                "4=NETWORK/RETRY=X        | unknown recovery \"RETRY=X\", not one of NOT_NEEDED, RETRY, FIX_REQUIRED",
                "4=NETWORK/FIX-REQUIRED   | unknown recovery \"FIX-REQUIRED\", not one of NOT_NEEDED, RETRY, FIX_REQUIRED",
            })
    void malformedOverridesAreRejectedNamingTheBadPart(String spec, String problem) {
        String message = "Invalid override \"" + spec + "\": " + problem + FORM;
        Classification c = Classification.defaults().with(7, Category.NETWORK, Recovery.RETRY);
        assertThatThrownBy(() -> c.withOverride(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> Classification.parse("7=NETWORK/RETRY," + spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThat(c.overrides()).hasToString("[7=NETWORK/RETRY]");
    }

    @Test
    void aListOfOverridesAppliesFromLeftToRight() {
        Classification c = Classification.parse(" 4=NETWORK/RETRY , 18/202=AUTH/RETRY,4=INTERNAL/RETRY ");
        assertThat(c.overrides()).hasToString("[4=INTERNAL/RETRY, 18/202=AUTH/RETRY]");
        assertThat(Classification.parse("4=NETWORK/RETRY,4=CLIENT/NOT_NEEDED")).isSameAs(Classification.defaults());
        assertThat(Classification.parse("")).isSameAs(Classification.defaults());
        assertThat(Classification.parse(" \t ")).isSameAs(Classification.defaults());
        assertThatThrownBy(() -> Classification.parse("4=NETWORK/RETRY,"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override \"\": no '='" + FORM);
        assertThatThrownBy(() -> Classification.parse("4=NETWORK/RETRY, ,18/202=AUTH/RETRY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override \" \": no '='" + FORM);
        assertThatThrownBy(() -> Classification.parse(","))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override \"\": no '='" + FORM);
    }

    @Test
    void propertiesHoldOneOverridePerKey() {
        Properties defaults = new Properties();
        defaults.setProperty("99", "CLIENT/FIX_REQUIRED");
        Properties p = new Properties(defaults);
        p.setProperty("4", "NETWORK/RETRY");
        p.setProperty("18/202", " auth/retry ");
        p.setProperty("18/203", "AUTH/FIX_REQUIRED"); // the registry's own: no override
        p.put(5, "NETWORK/RETRY"); // not a string: ignored, as Properties does
        p.put("6", List.of("NETWORK/RETRY"));
        Classification c = Classification.fromProperties(p);
        assertThat(c.overrides()).hasToString("[4=NETWORK/RETRY, 18/202=AUTH/RETRY, 99=CLIENT/FIX_REQUIRED]");
        assertThat(c).isEqualTo(Classification.parse("99=CLIENT/FIX_REQUIRED,18/202=AUTH/RETRY,4=NETWORK/RETRY"));
        assertThat(Classification.fromProperties(new Properties())).isSameAs(Classification.defaults());
    }

    @Test
    void badPropertiesAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> Classification.fromProperties(properties("4", "NETWORK/RETRY", "x", "NETWORK/RETRY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override in property \"x\": the code \"x\" is not a decimal int" + FORM);
        assertThatThrownBy(() -> Classification.fromProperties(properties("18/2x", "AUTH/RETRY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override in property \"18/2x\": the subcode \"2x\" is not a decimal int" + FORM);
        assertThatThrownBy(() -> Classification.fromProperties(properties("4", "NETWORK")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override in property \"4\": the classification \"NETWORK\" has no '/'" + FORM);
        assertThatThrownBy(() -> Classification.fromProperties(properties("4", "NET/RETRY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override in property \"4\": unknown category \"NET\", not one of CLIENT, NETWORK,"
                        + " AUTH, INTERNAL, UNKNOWN" + FORM);
        assertThatThrownBy(() -> Classification.fromProperties(properties("4", "NETWORK/AGAIN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override in property \"4\": unknown recovery \"AGAIN\", not one of NOT_NEEDED,"
                        + " RETRY, FIX_REQUIRED" + FORM);
        // the keys are read in their string order: the first bad one is always the same
        assertThatThrownBy(() -> Classification.fromProperties(properties("b", "NETWORK/RETRY", "a", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid override in property \"a\": the code \"a\" is not a decimal int" + FORM);
    }

    @Test
    void twoKeysOfOnePairAreRejected() {
        assertThatThrownBy(
                        () -> Classification.fromProperties(properties("4", "NETWORK/RETRY", "04", "INTERNAL/RETRY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Properties \"04\" and \"4\" both override 4");
        assertThatThrownBy(() ->
                        Classification.fromProperties(properties("18/0", "NETWORK/RETRY", "18", "AUTH/FIX_REQUIRED")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Properties \"18\" and \"18/0\" both override 18");
        assertThatThrownBy(() ->
                        Classification.fromProperties(properties("18/202", "AUTH/RETRY", "18/0202", "AUTH/RETRY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Properties \"18/0202\" and \"18/202\" both override 18/202");
        assertThat(Classification.fromProperties(properties("18/202", "AUTH/RETRY", "18/203", "AUTH/RETRY"))
                        .overrides())
                .hasSize(2);
    }

    private static Properties properties(String... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return p;
    }

    // ---- equality, text --------------------------------------------------------------------------------------

    @Test
    void equalWhenTheyClassifyEveryPairAlike() {
        Classification a = Classification.defaults()
                .with(4, Category.NETWORK, Recovery.RETRY)
                .with(18, 202, Category.AUTH, Recovery.RETRY);
        Classification b = Classification.parse("18/202=AUTH/RETRY,4=NETWORK/RETRY");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
        assertThat(a).isEqualTo(a);
        assertThat(a.with(3, Category.CLIENT, Recovery.NOT_NEEDED)).isEqualTo(a);
        assertThat(a.with(4, Category.CLIENT, Recovery.NOT_NEEDED).with(4, Category.NETWORK, Recovery.RETRY))
                .isEqualTo(a)
                .hasSameHashCodeAs(a);
        List<Classification> different = List.of(
                Classification.defaults(),
                Classification.parse("4=NETWORK/RETRY"),
                Classification.parse("4=NETWORK/RETRY,18/202=AUTH/NOT_NEEDED"),
                Classification.parse("4=NETWORK/RETRY,18/202=INTERNAL/RETRY"),
                Classification.parse("4=NETWORK/RETRY,18/203=AUTH/RETRY"),
                Classification.parse("5=NETWORK/RETRY,18/202=AUTH/RETRY"),
                Classification.parse("4=NETWORK/RETRY,18/202=AUTH/RETRY,99=AUTH/RETRY"));
        for (Classification other : different) {
            assertThat(a).as(other.toString()).isNotEqualTo(other);
            assertThat(other).as(other.toString()).isNotEqualTo(a);
            assertThat(a.hashCode()).as(other.toString()).isNotEqualTo(other.hashCode());
        }
        assertThat(a).isNotEqualTo(null).isNotEqualTo("Classification[4=NETWORK/RETRY, 18/202=AUTH/RETRY]");
        assertThat(Classification.defaults()).isNotEqualTo(List.of());
    }

    @Test
    void entriesAreValuesOfTheirFourParts() {
        Classification.Entry e = entry("18/202=AUTH/RETRY");
        assertThat(e.code()).isEqualTo(18);
        assertThat(e.subcode()).isEqualTo(202);
        assertThat(e.category()).isEqualTo(Category.AUTH);
        assertThat(e.recovery()).isEqualTo(Recovery.RETRY);
        assertThat(e).isEqualTo(entry("18/202=AUTH/RETRY")).hasSameHashCodeAs(entry("18/202=AUTH/RETRY"));
        assertThat(e).isEqualTo(e);
        for (String other :
                List.of("18/202=AUTH/NOT_NEEDED", "18/202=INTERNAL/RETRY", "18/203=AUTH/RETRY", "19/202=AUTH/RETRY")) {
            assertThat(e).as(other).isNotEqualTo(entry(other));
            assertThat(e.hashCode()).as(other).isNotEqualTo(entry(other).hashCode());
        }
        assertThat(e).isNotEqualTo(null).isNotEqualTo("18/202=AUTH/RETRY");
    }

    private static Classification.Entry entry(String spec) {
        return Classification.parse(spec).overrides().get(0);
    }

    @Test
    void textsShowTheOverridesInTheirTextualForm() {
        assertThat(entry("18/202=AUTH/RETRY")).hasToString("18/202=AUTH/RETRY");
        assertThat(entry("4=network/retry")).hasToString("4=NETWORK/RETRY");
        assertThat(entry("4/0=network/retry")).hasToString("4=NETWORK/RETRY");
        assertThat(entry("18/-5=INTERNAL/RETRY")).hasToString("18/-5=INTERNAL/RETRY");
        assertThat(entry("-1=INTERNAL/RETRY")).hasToString("-1=INTERNAL/RETRY");
        assertThat(Classification.parse("18/202=AUTH/RETRY,4=NETWORK/RETRY"))
                .hasToString("Classification[4=NETWORK/RETRY, 18/202=AUTH/RETRY]");
        assertThat(Classification.parse("4=NETWORK/RETRY")).hasToString("Classification[4=NETWORK/RETRY]");
    }

    // ---- the hot path ----------------------------------------------------------------------------------------

    @Test
    void lookupsDoNotAllocate() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        Diagnosis[] diagnoses = {ErrorCodes.describe(4), ErrorCodes.describe(18, 202), ErrorCodes.describe(99)};
        InterruptionCause[] causes = InterruptionCause.values();
        for (Classification c : List.of(
                Classification.defaults(), Classification.parse("4=NETWORK/RETRY,18/202=AUTH/RETRY,99=AUTH/RETRY"))) {
            int sum = 0;
            for (int warm = 0; warm < 2; warm++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 100_000; i++) {
                    Diagnosis d = diagnoses[i % diagnoses.length];
                    InterruptionCause cause = causes[i % causes.length];
                    sum += c.category(d).ordinal() + c.recovery(d).ordinal();
                    sum += c.category(cause).ordinal() + c.recovery(cause).ordinal();
                }
                long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                // 400,000 lookups: one allocation each would be megabytes
                assertThat(allocated).as(c.toString()).isLessThan(64 * 1024);
            }
            assertThat(sum).isPositive();
        }
        assertThat(Arrays.asList(diagnoses)).doesNotContainNull();
    }
}
