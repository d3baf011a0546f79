package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.InterruptionCause;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact shape of what the commands print: JSON fields, line breaks, CSV quoting and input detection. */
class CliOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listAsJsonInOneLanguageHasEveryFieldWithoutALanguageSuffix() throws IOException {
        Cli r = Cli.run("list", "--format", "json");
        assertThat(r.exit).isZero();
        assertThat(r.out).endsWith("]\n");
        JsonNode rows = JSON.readTree(r.out);
        assertThat(rows).hasSize(68);
        JsonNode arrears = rows.get(InterruptionCause.ACCOUNT_IN_ARREARS.ordinal());
        List<String> fields = new ArrayList<>();
        arrears.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "cause", "key", "code", "subcode", "range", "category", "recovery", "description", "remedy");
        assertThat(arrears.get("key").asText()).isEqualTo("18.202");
        assertThat(arrears.get("range").asText()).isEqualTo("18/202");
        assertThat(arrears.get("category").asText()).isEqualTo("AUTH");
        assertThat(arrears.get("recovery").asText()).isEqualTo("FIX_REQUIRED");
        assertThat(arrears.get("description").asText()).isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.description());
        assertThat(arrears.get("remedy").asText()).isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.remedy());
    }

    @Test
    void describeAsJsonEndsItsLine() {
        assertThat(Cli.run("describe", "18", "202", "--format", "json").out)
                .startsWith("{")
                .endsWith("}\n");
        assertThat(Cli.run("describe", "--text", "recv rtmp closeStream", "--format", "json").out)
                .startsWith("[")
                .endsWith("]\n");
    }

    @Test
    void causesSharingATextArePrintedAsBlocksWithABlankLineBetween() {
        Cli one = Cli.run("describe", "--text", "recv rtmp closeStream");
        assertThat(one.out).startsWith("2  CLIENT_CLOSED_STREAM\n").doesNotContain("\n\n");

        Cli shared = Cli.run("describe", "--text", "Internal error in the LVB system.");
        String[] blocks = shared.out.split("\n\n");
        assertThat(blocks).hasSize(1 + 9);
        assertThat(blocks[0]).isEqualTo("9 causes share this text (and their category and recovery):");
        assertThat(blocks[1]).startsWith("5  INTERNAL_ERROR_5\n");
        assertThat(blocks[9]).startsWith("24  INTERNAL_ERROR_24\n").endsWith("\n");
    }

    @Test
    void describeWithSubcodeAndTextIsAUsageError() {
        Cli r = Cli.run("describe", "18", "202", "--text", "推流域名被禁用");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("streamcause: give SUBCODE or --text, not both\n");
        assertThat(r.err).contains("Try 'streamcause describe --help'.");
        Cli code = Cli.run("describe", "18", "--text", "推流域名被禁用");
        assertThat(code.exit).isZero();
    }

    @Test
    void csvFieldsAreQuotedWhereverTheirSpecialCharactersAre() {
        StringBuilder csv = new StringBuilder();
        CodeTable.csvLine(
                csv, Arrays.asList("plain", ",lead", "\"lead", "\nlead", "\rlead", "in,side", "a\"b", "x\ny", "x\ry"));
        assertThat(csv.toString())
                .isEqualTo(
                        "plain,\",lead\",\"\"\"lead\",\"\nlead\",\"\rlead\",\"in,side\",\"a\"\"b\",\"x\ny\",\"x\ry\"\r\n");
    }

    @Test
    void anInputWithoutAnyKnownFieldIsReadAsACallbackLog() {
        Cli r = Cli.run("garbage\n".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.out)
                .contains("Rejected lines: 1 ")
                .contains("malformed JSON")
                .doesNotContain("response");
    }

    @Test
    void aResponseWithNeitherListIsReadAsAnEventList() {
        Cli r = Cli.run("{\"Response\":{\"RequestId\":\"x\"}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.out)
                .contains("not a DescribeLiveStreamEventList response")
                .contains("no EventList list in the response");
    }

    @Test
    void globsMatchStarAndQuestionMarkAndEverythingElseLiterally() {
        assertThat(AnalyzeCommand.glob("room*").matcher("room13").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("room*").matcher("xroom13").matches()).isFalse();
        assertThat(AnalyzeCommand.glob("a*b").matcher("aXYb").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("a*b").matcher("ab").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("a*b").matcher("ba").matches()).isFalse();
        assertThat(AnalyzeCommand.glob("ab*cd").matcher("abXcd").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("ab*cd*ef").matcher("ab1cd2ef").matches())
                .isTrue();
        assertThat(AnalyzeCommand.glob("room?").matcher("room1").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("room?").matcher("room12").matches()).isFalse();
        assertThat(AnalyzeCommand.glob("?").matcher("\n").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("*").matcher("a\nb").matches()).isTrue();
        assertThat(AnalyzeCommand.glob("d.example.com/live/*")
                        .matcher("dXexample.com/live/1")
                        .matches())
                .isFalse();
        assertThat(AnalyzeCommand.glob("d.example.com/live/*")
                        .matcher("d.example.com/live/1")
                        .matches())
                .isTrue();
    }

    @Test
    void aResponseWithDataInfoListAloneIsReadAsCallbackRecords() {
        Cli r = Cli.run("{\"Response\":{\"DataInfoList\":[]}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(r.exit).as(r.toString()).isZero();
        Cli list = Cli.run("{\"Response\":{\"EventList\":[]}}".getBytes(StandardCharsets.UTF_8), false, "analyze", "-");
        assertThat(list.exit).as(list.toString()).isZero();
    }
}
