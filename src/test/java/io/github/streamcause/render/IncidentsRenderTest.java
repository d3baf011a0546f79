package io.github.streamcause.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.EventId;
import io.github.streamcause.report.IncidentRules;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Incidents in every format, on a day built as {@code IncidentsTest} builds its events: a fix-required loop
 * of six 18/501 drops on stream {@code a} from 14:00 to 14:10 (two minutes apart), and arrears (18/202) on
 * five streams {@code s0}..{@code s4} from 23:58 to 00:02 the next day (a minute apart), which the rules
 * find as a loop (six interruptions) then a platform-wide incident (five).
 */
class IncidentsRenderTest {
    private static final long T = Instant.parse("2026-11-24T14:00:00Z").getEpochSecond();
    private static int sequence;

    private static StreamKey stream(String name) {
        return StreamKey.of("d.example.com", "live", name);
    }

    private static StreamEvent drop(String stream, long at, int code, int subcode) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, stream(stream))
                .time(Instant.ofEpochSecond(T + at))
                .diagnosis(ErrorCodes.describe(code, subcode))
                .id(EventId.sequence(Integer.toString(++sequence), 0))
                .build();
    }

    private static InterruptionReport day() {
        List<StreamEvent> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(drop("a", i * 120, 18, 501));
        }
        for (int s = 0; s < 5; s++) {
            events.add(drop("s" + s, 9 * 3600 + 58 * 60 + s * 60, 18, 202));
        }
        InterruptionReport.Builder b = InterruptionReport.builder();
        events.forEach(b::add);
        return b.build();
    }

    private static InterruptionReport quiet() {
        InterruptionReport.Builder b = InterruptionReport.builder();
        b.add(drop("a", 0, 18, 501));
        return b.build();
    }

    private static String render(ReportFormat format, InterruptionReport report, RenderOptions options)
            throws IOException {
        StringWriter out = new StringWriter();
        format.write(report, options, out);
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** The text from the line {@code from} starts to the line {@code to} starts. */
    private static String between(String text, String from, String to) {
        int start = text.indexOf("\n" + from);
        assertThat(start).as(from).isNotNegative();
        int end = text.indexOf("\n" + to, start + 1);
        assertThat(end).as(to).isNotNegative();
        return text.substring(start + 1, end + 1);
    }

    private static final String RULES = "(rules: fix-required loop 5/10m, platform-wide 5 streams/5m, flapping 6/15m)";

    @Test
    void textListsEachIncidentWithItsCauseAndWhatToDoRightAfterTheTotals() throws IOException {
        String text = render(ReportFormat.TEXT, day(), RenderOptions.defaults());
        assertThat(between(text, "Incidents", "By category"))
                .isEqualTo("Incidents: 2 found " + RULES + "\n"
                        + "  fix-required loop  2026-11-24 14:00 .. 14:10 UTC  6 interruptions  18/501 PUSH_URL_EXPIRED\n"
                        + "    streams (1): d.example.com/live/a\n"
                        + "    A push that cannot succeed is retried again and again: fix the cause, retrying will"
                        + " not.\n"
                        + "    What to do: Generate a new signed push URL with a later expiry time (txTime), and"
                        + " check the\n"
                        + "      clock of the machine that signs it.\n"
                        + "  platform-wide  2026-11-24 23:58 .. 2026-11-25 00:02 UTC  5 interruptions\n"
                        + "    18/202 ACCOUNT_IN_ARREARS\n"
                        + "    streams (5): d.example.com/live/s0, d.example.com/live/s1, d.example.com/live/s2"
                        + " and 2 more\n"
                        + "    The same cause hit many streams at once: look at the account, the domain or the"
                        + " platform, not at\n"
                        + "      one encoder.\n"
                        + "    What to do: " + InterruptionCause.ACCOUNT_IN_ARREARS.remedy(Locale.ENGLISH) + "\n"
                        + "\n");
        for (String line : between(text, "Incidents", "By category").split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(TextReport.WIDTH);
        }
        assertThat(text.indexOf("  time span")).isLessThan(text.indexOf("Incidents:"));
        // the report's language for what to do; at most --top incidents; --top 0: the count alone
        assertThat(render(ReportFormat.TEXT, day(), RenderOptions.defaults().withLocale(Locale.KOREAN)))
                .contains("    What to do: " + InterruptionCause.PUSH_URL_EXPIRED.remedy(Locale.KOREAN));
        String one = render(ReportFormat.TEXT, day(), RenderOptions.defaults().withTop(1));
        assertThat(between(one, "Incidents", "By category"))
                .startsWith("Incidents: 2 found")
                .contains("  fix-required loop  ")
                .doesNotContain("platform-wide  ")
                .endsWith("      clock of the machine that signs it.\n  and 1 more\n\n");
        assertThat(between(
                        render(
                                ReportFormat.TEXT,
                                day(),
                                RenderOptions.defaults().withTop(0)),
                        "Incidents",
                        "By"))
                .isEqualTo("Incidents: 2 found " + RULES + "\n\n");
        // none: one line, and no "none" (--top 0 prints no list, and says "none" of none)
        assertThat(between(render(ReportFormat.TEXT, quiet(), RenderOptions.defaults()), "Incidents", "By"))
                .isEqualTo("Incidents: 0 found " + RULES + "\n\n");
    }

    /** The rules' descriptions, in English. */
    private static final class Rule {
        static final String LOOP =
                "A push that cannot succeed is retried again and again: fix the cause, retrying" + " will not.";
        static final String WIDE = "The same cause hit many streams at once: look at the account, the domain or the"
                + " platform, not at one encoder.";
    }

    @Test
    void markdownIsATableAndWhatToDoByNumber() throws IOException {
        String md = render(ReportFormat.MARKDOWN, day(), RenderOptions.defaults());
        assertThat(between(md, "## Incidents", "## By category"))
                .isEqualTo("## Incidents\n\n"
                        + "2 found " + RULES + ".\n\n"
                        + "| # | rule | window | interruptions | streams | cause |\n"
                        + "|---:|---|---|---:|---|---|\n"
                        + "| 1 | fix-required loop | 2026-11-24 14:00 .. 14:10 UTC | 6 | d.example.com/live/a"
                        + " | 18/501 `PUSH_URL_EXPIRED` |\n"
                        + "| 2 | platform-wide | 2026-11-24 23:58 .. 2026-11-25 00:02 UTC | 5 | d.example.com/live/s0,"
                        + " d.example.com/live/s1, d.example.com/live/s2 and 2 more | 18/202 `ACCOUNT_IN_ARREARS` |\n"
                        + "\n"
                        + "1. " + Rule.LOOP + " **What to do:** "
                        + InterruptionCause.PUSH_URL_EXPIRED.remedy(Locale.ENGLISH) + "\n"
                        + "2. " + Rule.WIDE + " **What to do:** "
                        + InterruptionCause.ACCOUNT_IN_ARREARS.remedy(Locale.ENGLISH) + "\n"
                        + "\n");
        assertThat(between(
                        render(
                                ReportFormat.MARKDOWN,
                                day(),
                                RenderOptions.defaults().withTop(1)),
                        "## Inc",
                        "## By"))
                .contains("| 1 | fix-required loop |")
                .doesNotContain("| 2 |")
                .endsWith("\nAnd 1 more incident.\n\n");
        assertThat(between(render(ReportFormat.MARKDOWN, quiet(), RenderOptions.defaults()), "## Inc", "## By"))
                .isEqualTo("## Incidents\n\n0 found " + RULES + ".\n\n");
    }

    @Test
    void csvHasTheRulesAndNumberedRowsOfEveryIncident() throws IOException {
        String csv = render(ReportFormat.CSV, day(), RenderOptions.defaults().withTop(1));
        assertThat(csv.substring(csv.indexOf("incident_rules,")))
                .isEqualTo("incident_rules,fix_required_loop_count,,5\r\n"
                        + "incident_rules,fix_required_loop_window_seconds,,600\r\n"
                        + "incident_rules,platform_wide_streams,,5\r\n"
                        + "incident_rules,platform_wide_window_seconds,,300\r\n"
                        + "incident_rules,flapping_count,,6\r\n"
                        + "incident_rules,flapping_window_seconds,,900\r\n"
                        + "incident,FIX_REQUIRED_LOOP,1,6\r\n"
                        + "incident_start,2026-11-24T14:00:00Z,1,1795528800\r\n"
                        + "incident_end,2026-11-24T14:10:00Z,1,1795529400\r\n"
                        + "incident_cause,PUSH_URL_EXPIRED,1,1\r\n"
                        + "incident_stream,d.example.com/live/a,1,1\r\n"
                        + "incident,PLATFORM_WIDE,2,5\r\n"
                        + "incident_start,2026-11-24T23:58:00Z,2,1795564680\r\n"
                        + "incident_end,2026-11-25T00:02:00Z,2,1795564920\r\n"
                        + "incident_cause,ACCOUNT_IN_ARREARS,2,1\r\n"
                        + "incident_stream,d.example.com/live/s0,2,1\r\n"
                        + "incident_stream,d.example.com/live/s1,2,1\r\n"
                        + "incident_stream,d.example.com/live/s2,2,1\r\n"
                        + "incident_stream,d.example.com/live/s3,2,1\r\n"
                        + "incident_stream,d.example.com/live/s4,2,1\r\n");
    }

    @Test
    void jsonHasTheRulesAndTheListAndReadsBackTheSame() throws IOException {
        IncidentRules strict = IncidentRules.defaults().fixRequiredLoop(7, Duration.ofMinutes(10));
        String json = render(ReportFormat.JSON, day(), RenderOptions.defaults().withIncidentRules(strict));
        ObjectMapper mapper = new ObjectMapper().registerModule(new StreamCauseModule());
        com.fasterxml.jackson.databind.JsonNode incidents =
                mapper.readTree(json).get("incidents");
        assertThat(incidents.get("rules").toString())
                .isEqualTo("{\"fixRequiredLoop\":{\"count\":7,\"windowSeconds\":600},"
                        + "\"platformWide\":{\"streams\":5,\"windowSeconds\":300},"
                        + "\"flapping\":{\"count\":6,\"windowSeconds\":900}}");
        assertThat(incidents.get("list")).hasSize(1); // six drops are no loop of seven
        com.fasterxml.jackson.databind.JsonNode wide = incidents.get("list").get(0);
        assertThat(wide.get("rule").asText()).isEqualTo("PLATFORM_WIDE");
        assertThat(wide.get("start").asText()).isEqualTo("2026-11-24T23:58:00Z");
        assertThat(wide.get("end").asText()).isEqualTo("2026-11-25T00:02:00Z");
        assertThat(wide.get("interruptions").asLong()).isEqualTo(5);
        assertThat(wide.get("streams")).hasSize(5);
        assertThat(wide.get("streams").get(0).toString())
                .isEqualTo("{\"domain\":\"d.example.com\",\"appName\":\"live\",\"streamName\":\"s0\"}");
        assertThat(wide.get("cause").get("name").asText()).isEqualTo("ACCOUNT_IN_ARREARS");
        assertThat(wide.get("description").asText()).isEqualTo(Rule.WIDE);
        assertThat(wide.get("remedy").asText()).isEqualTo(InterruptionCause.ACCOUNT_IN_ARREARS.remedy(Locale.ENGLISH));
        // not read back: a report read from it has none, and writes the same JSON without them
        InterruptionReport back = mapper.readValue(json, InterruptionReport.class);
        assertThat(back.incidents()).isEmpty();
        com.fasterxml.jackson.databind.node.ObjectNode written =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
        com.fasterxml.jackson.databind.node.ObjectNode again =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(mapper.writeValueAsString(back));
        for (com.fasterxml.jackson.databind.node.ObjectNode tree : java.util.Arrays.asList(written, again)) {
            tree.remove(java.util.Arrays.asList("sessions", "reconnects", "incidents", "timeline"));
        }
        assertThat(again).isEqualTo(written);
    }
}
