package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@code describe CODE [SUBCODE]} answers exactly what picocli's full parse answers, and
 * takes only the command lines whose meaning it cannot get wrong.
 */
class QuickDescribeTest {
    private static void sameAsParsed(String... args) {
        Cli quick = Cli.run(args);
        Cli parsed = Cli.runParsed(args);
        String line = String.join(" ", args);
        assertThat(quick.exit).as(line).isEqualTo(parsed.exit);
        assertThat(quick.out).as(line).isEqualTo(parsed.out);
        assertThat(quick.err).as(line).isEqualTo(parsed.err);
    }

    @Test
    void everyCodeAndTheSubcodesAroundTheTableAnswerAsParsed() {
        for (int code = 0; code <= 40; code++) {
            sameAsParsed("describe", Integer.toString(code));
            for (int subcode : new int[] {0, 1, 99, 100, 104, 105, 202, 303, 309, 503, 602, 603, 999, 1024}) {
                sameAsParsed("describe", Integer.toString(code), Integer.toString(subcode));
                sameAsParsed("describe", code + "/" + subcode);
                sameAsParsed("describe", code + "." + subcode);
            }
        }
        Random random = new Random(20261201L);
        for (int i = 0; i < 300; i++) {
            sameAsParsed(
                    "describe",
                    Integer.toString(random.nextInt(1_000_000_000)),
                    Integer.toString(random.nextInt(1000)));
        }
        sameAsParsed("describe", "999999999", "999999999");
        sameAsParsed("describe", "999999999/999999999");
    }

    @Test
    void aPairInOneArgumentAnswersAsTheTwoNumbers() {
        for (String[] pair : new String[][] {{"18", "202"}, {"21", "103"}, {"18", "999"}, {"7", "0"}, {"99", "5"}}) {
            Cli two = Cli.run("describe", pair[0], pair[1]);
            assertThat(Cli.run("describe", pair[0] + "/" + pair[1]).toString()).isEqualTo(two.toString());
            assertThat(Cli.run("describe", pair[0] + "." + pair[1]).toString()).isEqualTo(two.toString());
        }
        assertThat(QuickDescribe.accepts(new String[] {"describe", "18/202"})).isTrue();
        assertThat(QuickDescribe.accepts(new String[] {"describe", "18.202"})).isTrue();
        assertThat(QuickDescribe.separator("18/202")).isEqualTo(2);
        assertThat(QuickDescribe.separator("0.0")).isEqualTo(1);
        for (String other : new String[] {
            "18/",
            "/202",
            "18/202/3",
            "18//2",
            "18.202.3",
            "18/202.3",
            "18.202/3",
            "018/202",
            "18/0202",
            "18/+2",
            "18/-2",
            "1000000000/1",
            "18 /202",
            "18/2 02",
            "/",
            "."
        }) {
            assertThat(QuickDescribe.separator(other)).as(other).isEqualTo(-1);
            assertThat(QuickDescribe.accepts(new String[] {"describe", other}))
                    .as(other)
                    .isFalse();
            Cli quick = Cli.run("describe", other);
            assertThat(quick.toString())
                    .as(other)
                    .isEqualTo(Cli.runParsed("describe", other).toString());
        }
        assertThat(QuickDescribe.accepts(new String[] {"describe", "18/202", "3"}))
                .isFalse();
        assertThat(QuickDescribe.accepts(new String[] {"describe", "18", "2/3"}))
                .isFalse();
    }

    @Test
    void theFastPathTakesPlainNumbersOnly() {
        assertThat(QuickDescribe.accepts(new String[] {"describe", "18"})).isTrue();
        assertThat(QuickDescribe.accepts(new String[] {"describe", "18", "202"}))
                .isTrue();
        assertThat(QuickDescribe.accepts(new String[] {"describe", "0", "0"})).isTrue();
        assertThat(QuickDescribe.accepts(new String[] {"describe", "999999999"}))
                .isTrue();
        String[][] others = {
            {},
            {"describe"},
            {"describe", "18", "202", "3"},
            {"describe", "18", "--lang", "ko"},
            {"describe", "--help"},
            {"describe", "18", "--text", "x"},
            {"list", "18"},
            {"Describe", "18"},
            {"describe", "1000000000"},
            {"describe", "018"},
            {"describe", "18", "00"},
            {"describe", "-1"},
            {"describe", "+1"},
            {"describe", "0x12"},
            {"describe", ""},
            {"describe", "18", ""},
            {"describe", "1 8"},
            {"describe", "1/"},
            {"describe", "18", ":0"},
            {"describe", "١٨"}
        };
        for (String[] args : others) {
            assertThat(QuickDescribe.accepts(args)).as(String.join("|", args)).isFalse();
        }
    }

    @Test
    void theLinesItTurnsAwayStillAnswerThroughTheParser() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"describe", "018"});
        lines.add(new String[] {"describe", "-1"});
        lines.add(new String[] {"describe", "+18", "202"});
        lines.add(new String[] {"describe", "1000000000"});
        lines.add(new String[] {"describe", "99999999999"});
        lines.add(new String[] {"describe", "18", "202", "3"});
        lines.add(new String[] {"describe", "x"});
        for (String[] args : lines) {
            Cli quick = Cli.run(args);
            Cli parsed = Cli.runParsed(args);
            assertThat(quick.toString()).as(String.join(" ", args)).isEqualTo(parsed.toString());
        }
        assertThat(Cli.run("describe", "x").exit).isEqualTo(Main.USAGE);
        assertThat(Cli.run("describe", "18", "202", "3").exit).isEqualTo(Main.USAGE);
    }

    @Test
    void theAnswerIsTheDiagnosisInEnglish() {
        Cli cli = Cli.run("describe", "18", "202");
        assertThat(cli.exit).isZero();
        assertThat(cli.err).isEmpty();
        assertThat(cli.out)
                .startsWith("18/202  ACCOUNT_IN_ARREARS\ncategory:     AUTH\nrecovery:     FIX_REQUIRED\n"
                        + "documented:   yes\ndescription:  Account in arrears")
                .contains("\nremedy:       Top up the account");
        assertThat(Cli.run("describe", "7").out).startsWith("7  ").contains("documented:   yes\n");
        assertThat(Cli.run("describe", "99", "5").out)
                .startsWith("99/5  UNDOCUMENTED_CODE\n")
                .contains("documented:   no (classified by the rules for unlisted pairs)\n");
    }
}
