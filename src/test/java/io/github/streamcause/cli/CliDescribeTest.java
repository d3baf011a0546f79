package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code describe}: the forms of a pair, what an unlisted subcode gets, texts that name other codes, exits. */
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

    // ---- a subcode of 18 or 21 that the vendor does not list ------------------------------------------------

    @Test
    void anUnlistedSubcodeSaysTheRowOfTheCodeAppliesNotThatNoSubcodeWasGiven() {
        Cli r = Cli.run("describe", "18", "999");
        assertThat(r.exit).isZero();
        assertThat(r.out)
                .isEqualTo("18/999  PUSH_REFUSED\n"
                        + "category:     AUTH\n"
                        + "recovery:     FIX_REQUIRED\n"
                        + "documented:   no (999 is not a subcode the vendor lists for 18, so the row of 18 applies)\n"
                        + "description:  The platform refused the push at admission.\n"
                        + "remedy:       " + InterruptionCause.PUSH_REFUSED.remedy() + "\n");
        assertThat(Cli.runParsed("describe", "18", "999").toString()).isEqualTo(r.toString());
        assertThat(Cli.run("describe", "21", "7", "--lang", "zh").out)
                .contains("documented:   no (7 is not a subcode the vendor lists for 21, so the row of 21 applies)\n"
                        + "description:  收到请求后断流\n");
        assertThat(Cli.run("describe", "--", "18", "-3").out)
                .contains("documented:   no (-3 is not a subcode the vendor lists for 18, so the row of 18 applies)\n");
        // without a subcode the row's note is true and stays
        assertThat(Cli.run("describe", "18").out)
                .contains("documented:   yes\ndescription:  The platform refused the push at admission (no subcode"
                        + " given).\n");
        // a family or a code outside the table keeps the rule's line
        assertThat(Cli.run("describe", "18", "650").out)
                .contains("documented:   no (classified by the rules for unlisted pairs)\n"
                        + "description:  A push limit refused the push (unlisted subcode 18/600-699).\n");
        assertThat(Cli.run("describe", "--", "-1", "5").out)
                .contains("documented:   no (classified by the rules for unlisted pairs)\n");
    }

    @Test
    void theNoteOfTheRowIsLeftOutInEveryLanguage() {
        for (int code : new int[] {18, 21}) {
            InterruptionCause row = ErrorCodes.describe(code).cause();
            for (String lang : Language.CODES) {
                String description = row.description(Locale.forLanguageTag(lang));
                String without = QuickDescribe.withoutEndNote(description);
                assertThat(without)
                        .as(code + " " + lang + ": " + description)
                        .isNotEqualTo(description)
                        .doesNotContain("(", "（", "subcode", "하위 코드", "子错误码", "サブコード");
                assertThat(description).startsWith(without.replaceAll("[.。]$", ""));
            }
        }
        assertThat(QuickDescribe.withoutEndNote("The platform refused the push at admission (no subcode given)."))
                .isEqualTo("The platform refused the push at admission.");
        assertThat(QuickDescribe.withoutEndNote("平台在接入阶段拒绝了推流（未提供子错误码）")).isEqualTo("平台在接入阶段拒绝了推流");
        assertThat(QuickDescribe.withoutEndNote("No note.")).isEqualTo("No note.");
        assertThat(QuickDescribe.withoutEndNote("(only a note)")).isEqualTo("(only a note)");
        assertThat(QuickDescribe.withoutEndNote("")).isEmpty();
        assertThat(QuickDescribe.withoutEndNote(")")).isEqualTo(")");
    }

    // ---- a CODE with a text of another code -------------------------------------------------------------------

    @Test
    void aTextThatNamesAnotherCodeIsSaidToBeIgnored() {
        Cli r = Cli.run("describe", "5", "--text", "推流域名被禁用");
        assertThat(r.exit).isZero();
        assertThat(r.err).isEqualTo("streamcause: the text names 18/303, not 5; describing 5 by its code\n");
        assertThat(r.out).isEqualTo(Cli.run("describe", "5").out);
        Cli json = Cli.run("describe", "5", "--text", "推流域名被禁用", "--format", "json");
        assertThat(json.err).isEqualTo(r.err);
        assertThat(json.out).isEqualTo(Cli.run("describe", "5", "--format", "json").out);
        assertThat(Cli.run("describe", "18", "--text", "收到新的推流链接顶替当前无数据的推流").err)
                .isEqualTo("streamcause: the text names 21/103, not 18; describing 18 by its code\n");
        assertThat(Cli.run("describe", "7", "--text", "Internal error in the LVB system.").err)
                .isEqualTo("streamcause: the text names 5, 9, 11, 18/100, 18/101, 18/102, 18/103, 18/104, 24, not 7;"
                        + " describing 7 by its code\n");
    }

    @Test
    void aTextOfTheCodeOrOfNoCauseIsUsedSilently() {
        Cli same = Cli.run("describe", "18", "--text", "推流域名被禁用");
        assertThat(same.err).isEmpty();
        assertThat(same.out).startsWith("18/303  DOMAIN_DISABLED\n");
        assertThat(Cli.run("describe", "9", "--text", "Internal error in the LVB system.").err)
                .isEmpty();
        Cli none = Cli.run("describe", "5", "--text", "no such reason");
        assertThat(none.exit).isZero();
        assertThat(none.err).isEmpty();
    }

    // ---- exit codes of --text ---------------------------------------------------------------------------------

    @Test
    void aTextThatMatchesNothingExitsWithOne() {
        Cli text = Cli.run("describe", "--text", "no such reason");
        assertThat(text.exit).isEqualTo(Main.NO_MATCH).isEqualTo(1);
        assertThat(text.out).isEqualTo("unknown: no known cause has this text\n");
        assertThat(text.err).isEmpty();
        Cli json = Cli.run("describe", "--text", "ok", "--format", "json");
        assertThat(json.exit).isEqualTo(1);
        assertThat(json.out).isEqualTo("[ ]\n");
        assertThat(Cli.run("describe", "--text", "推流域名被禁用").exit).isZero();
        assertThat(Cli.run("describe", "--text", "Internal error in the LVB system.").exit)
                .isZero();
    }

    @Test
    void theHelpOfDescribeTellsTheFormsAndTheExitCode() {
        String help = Cli.run("describe", "--help").out;
        assertThat(help)
                .contains("the error code (errcode); or both in one: 18/202, 18.202\n")
                .contains("\n  streamcause describe 18 202      (or 18/202, or 18.202)\n")
                .contains("Exit code 1: --text without a CODE matched no known cause.");
        assertThat(Cli.run("--help").out).contains("  1  success, but some input lines were rejected");
        assertThat(Cli.run("--help").out).contains("or describe --text knows no cause of the text\n");
    }
}
