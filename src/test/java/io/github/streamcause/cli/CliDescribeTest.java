package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code describe}: the forms of a pair. */
class CliDescribeTest {
    // ---- CODE/SUBCODE in one argument -------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"18/202", "18.202"})
    void aPairInOneArgumentIsTheSameAsInTwo(String pair) {
        Cli two = Cli.run("describe", "18", "202");
        assertThat(two.out).startsWith("18/202  ACCOUNT_IN_ARREARS\n");
        assertThat(Cli.run("describe", pair).toString()).isEqualTo(two.toString());
        assertThat(Cli.runParsed("describe", pair).toString()).isEqualTo(two.toString());
        assertThat(Cli.run("describe", pair, "--lang", "ja", "--format", "json").toString())
                .isEqualTo(Cli.run("describe", "18", "202", "--lang", "ja", "--format", "json")
                        .toString());
        assertThat(Cli.run("describe", "21" + pair.charAt(2) + "103").out).startsWith("21/103  IDLE_PUSH_REPLACED\n");
    }

    @Test
    void numbersInAPairAreReadAsAloneAndThePairIsTheDiagnosisOfItsNumbers() {
        assertThat(Cli.run("describe", "018/+202").out).isEqualTo(Cli.run("describe", "18", "202").out);
        assertThat(Cli.run("describe", "18/0").out).isEqualTo(Cli.run("describe", "18").out);
        assertThat(Cli.run("describe", "--", "18/-5").out).startsWith("18/-5  PUSH_REFUSED\n");
        assertThat(Cli.run("describe", "7.3").out).startsWith("7/3  ").contains("documented:   yes\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"18/", "/202", "18/202/3", "18//2", "18.202.3", "18/202.3", "18/x", "./.", "18/99999999999"})
    void aMalformedPairIsAUsageErrorThatSaysWhatIsExpected(String pair) {
        Cli r = Cli.run("describe", pair);
        assertThat(r.exit).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.out).isEmpty();
        assertThat(r.err)
                .isEqualTo("streamcause: Invalid value for positional parameter at index 0 (CODE): expected CODE,"
                        + " CODE/SUBCODE or CODE.SUBCODE, such as 18, 18/202 or 18.202, got '" + pair + "'\n"
                        + "Try 'streamcause describe --help'.\n");
        assertThat(Cli.runParsed("describe", pair).toString()).isEqualTo(r.toString());
    }

    @Test
    void aPairAndASubcodeOrATextAreAUsageError() {
        Cli twice = Cli.run("describe", "18/202", "303");
        assertThat(twice.exit).isEqualTo(Main.USAGE);
        assertThat(twice.err)
                .isEqualTo("streamcause: give SUBCODE once: in CODE/SUBCODE or after CODE, not both\n"
                        + "Try 'streamcause describe --help'.\n");
        Cli text = Cli.run("describe", "18/202", "--text", "推流域名被禁用");
        assertThat(text.exit).isEqualTo(Main.USAGE);
        assertThat(text.err).startsWith("streamcause: give SUBCODE or --text, not both\n");
    }

    @Test
    void theHelpOfDescribeTellsTheForms() {
        assertThat(Cli.run("describe", "--help").out)
                .contains("the error code (errcode); or both in one: 18/202, 18.202\n")
                .contains("\n  streamcause describe 18 202      (or 18/202, or 18.202)\n");
    }
}
