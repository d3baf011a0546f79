package io.github.streamcause.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.jackson.StreamCauseModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON of {@code describe}, {@code list} and {@code analyze}: one object for a cause and one for a
 * diagnosis, the same in every command and as the library writes them, and printed alike.
 */
class CliJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "docs/examples/callbacks.ndjson.gz";

    private static JsonNode json(String... args) throws IOException {
        Cli r = Cli.run(args);
        assertThat(r.err).as(r.toString()).isEmpty();
        return JSON.readTree(r.out);
    }

    /** The library's JSON of a diagnosis, as a tree. */
    private static JsonNode library(Locale locale, int code, int subcode) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new StreamCauseModule(locale));
        return JSON.readTree(mapper.writeValueAsString(ErrorCodes.describe(code, subcode)));
    }

    @Test
    void describeAPairIsOneDiagnosisPrettyPrinted() {
        Cli r = Cli.run("describe", "18/202", "--format", "json");
        assertThat(r.exit).isZero();
        assertThat(r.out)
                .isEqualTo(String.join(
                        "\n",
                        "{",
                        "  \"code\" : 18,",
                        "  \"subcode\" : 202,",
                        "  \"pair\" : \"18/202\",",
                        "  \"documented\" : true,",
                        "  \"cause\" : {",
                        "    \"name\" : \"ACCOUNT_IN_ARREARS\",",
                        "    \"key\" : \"18.202\",",
                        "    \"pair\" : \"18/202\",",
                        "    \"code\" : 18,",
                        "    \"subcode\" : 202,",
                        "    \"range\" : \"18/202\",",
                        "    \"category\" : \"AUTH\",",
                        "    \"recovery\" : \"FIX_REQUIRED\",",
                        "    \"description\" : \"Account in arrears: the live streaming service is suspended until"
                                + " the account is topped up.\",",
                        "    \"remedy\" : \"Top up the account; pushes succeed again once the service is restored.\"",
                        "  }",
                        "}",
                        ""));
    }

    @Test
    void describeWithACodeIsOneDiagnosisAsTheLibraryWritesIt() throws IOException {
        assertThat(json("describe", "18", "999", "--format", "json")).isEqualTo(library(Locale.ENGLISH, 18, 999));
        assertThat(json("describe", "18", "650", "--format", "json", "--lang", "ko"))
                .isEqualTo(library(Locale.KOREAN, 18, 650));
        assertThat(json("describe", "99", "--format", "json")).isEqualTo(library(Locale.ENGLISH, 99, 0));
        assertThat(json("describe", "18", "--text", "推流域名被禁用", "--format", "json"))
                .as("a CODE and its errmsg: one diagnosis")
                .isEqualTo(library(Locale.ENGLISH, 18, 303));
    }

    @Test
    void describeATextIsAnArrayOfDiagnosesWhateverTheirNumber() throws IOException {
        JsonNode two = json("describe", "--text", "RTMP 协议内容异常", "--format", "json");
        assertThat(two.toString())
                .isEqualTo("[" + library(Locale.ENGLISH, 6, 0) + "," + library(Locale.ENGLISH, 23, 0) + "]");
        assertThat(two.toString())
                .startsWith("[{\"code\":6,\"subcode\":0,\"pair\":\"6\",\"documented\":true,\"cause\":{"
                        + "\"name\":\"RTMP_PROTOCOL_ERROR_6\",\"key\":\"6\",\"pair\":\"6\",\"code\":6,\"subcode\":0,"
                        + "\"range\":\"6\",\"category\":\"CLIENT\",\"recovery\":\"FIX_REQUIRED\",\"description\":"
                        + "\"The RTMP data sent by the push client is invalid.\",\"remedy\":")
                .contains("},{\"code\":23,\"subcode\":0,\"pair\":\"23\",\"documented\":true,\"cause\":{"
                        + "\"name\":\"RTMP_PROTOCOL_ERROR_23\",");
        JsonNode one = json("describe", "--text", "推流域名被禁用", "--format", "json");
        assertThat(one.isArray()).isTrue();
        assertThat(one).containsExactly(library(Locale.ENGLISH, 18, 303));
    }

    @Test
    void listWithEveryLanguageHasTheTextsAsObjects() throws IOException {
        JsonNode rows = json("list", "--all", "--lang", "all", "--format", "json");
        InterruptionCause c = InterruptionCause.ACCOUNT_IN_ARREARS;
        StringBuilder texts = new StringBuilder();
        for (String field : List.of("description", "remedy")) {
            texts.append(",\"").append(field).append("\":{");
            for (String lang : List.of("en", "ko", "zh", "ja")) {
                Locale locale = Locale.forLanguageTag(lang);
                String text = field.equals("description") ? c.description(locale) : c.remedy(locale);
                texts.append(lang.equals("en") ? "" : ",")
                        .append('"')
                        .append(lang)
                        .append("\":");
                texts.append(JSON.writeValueAsString(text));
            }
            texts.append('}');
        }
        assertThat(rows.get(c.ordinal()).toString())
                .isEqualTo("{\"name\":\"ACCOUNT_IN_ARREARS\",\"key\":\"18.202\",\"pair\":\"18/202\",\"code\":18,"
                        + "\"subcode\":202,\"range\":\"18/202\",\"category\":\"AUTH\",\"recovery\":\"FIX_REQUIRED\""
                        + texts + "}");
        assertThat(rows.get(c.ordinal()).get("description").get("en").textValue())
                .isEqualTo("Account in arrears: the live streaming service is suspended until the account is"
                        + " topped up.");
        JsonNode family = rows.get(InterruptionCause.UNLISTED_INTERNAL_ERROR.ordinal());
        assertThat(family.get("pair").isNull()).isTrue();
        assertThat(family.get("code").intValue()).isEqualTo(18);
        assertThat(family.get("subcode").isNull()).isTrue();
        JsonNode outside = rows.get(InterruptionCause.UNDOCUMENTED_CODE.ordinal());
        assertThat(outside.get("code").isNull()).isTrue();
        assertThat(outside.get("range").textValue()).isEqualTo("not 0-35");
    }

    @Test
    void theRangeIsTheCodeColumnOfTheTable() throws IOException {
        JsonNode rows = json("list", "--all", "--format", "json");
        assertThat(rows).hasSize(InterruptionCause.values().length);
        for (InterruptionCause c : InterruptionCause.values()) {
            assertThat(rows.get(c.ordinal()).get("range").textValue())
                    .as("%s", c)
                    .isEqualTo(CodeTable.range(c));
        }
    }

    @Test
    void aCauseIsTheSameObjectInListDescribeAndTheReport() throws IOException {
        for (String lang : List.of("en", "ja")) {
            Map<String, JsonNode> listed = new HashMap<>();
            for (JsonNode row : json("list", "--all", "--lang", lang, "--format", "json")) {
                listed.put(row.get("key").textValue(), row);
            }
            Cli analyze = Cli.run("analyze", SAMPLE, "--format", "json", "--lang", lang);
            JsonNode byCause = JSON.readTree(analyze.out).get("byCause");
            assertThat(byCause.size()).as("premise").isGreaterThan(10);
            List<String> compared = new ArrayList<>();
            for (JsonNode entry : byCause) {
                JsonNode cause = entry.get("cause");
                String key = cause.get("key").textValue();
                assertThat(cause)
                        .as("%s in list and in the report (%s)", key, lang)
                        .isEqualTo(listed.get(key));
                InterruptionCause c =
                        InterruptionCause.valueOf(cause.get("name").textValue());
                if (c.isTableRow()) {
                    JsonNode described =
                            json("describe", c.code() + "/" + c.subcode(), "--format", "json", "--lang", lang);
                    assertThat(described.get("cause"))
                            .as("%s in describe and in the report (%s)", key, lang)
                            .isEqualTo(cause);
                    compared.add(key);
                }
            }
            assertThat(compared).as("premise").hasSizeGreaterThan(10);
            JsonNode family = json("describe", "18/650", "--format", "json", "--lang", lang)
                    .get("cause");
            assertThat(family).isEqualTo(listed.get("18.6xx"));
            JsonNode outside =
                    json("describe", "99", "--format", "json", "--lang", lang).get("cause");
            assertThat(outside).isEqualTo(listed.get("undocumented"));
        }
    }

    @Test
    void everyCommandPrintsItsJsonIndentedAlikeAndEndsTheLine() throws IOException {
        for (String[] args : List.of(
                new String[] {"describe", "18", "202", "--format", "json"},
                new String[] {"describe", "--text", "RTMP 协议内容异常", "--format", "json"},
                new String[] {"describe", "--text", "ok", "--format", "json"},
                new String[] {"list", "--recovery", "FIX_REQUIRED", "--category", "CLIENT", "--format", "json"},
                new String[] {"list", "--all", "--lang", "all", "--format", "json"},
                new String[] {"analyze", SAMPLE, "--format", "json"})) {
            String out = Cli.run(args).out;
            assertThat(out)
                    .as(String.join(" ", args))
                    .isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(out)) + "\n");
        }
    }
}
