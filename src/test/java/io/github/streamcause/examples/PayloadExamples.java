package io.github.streamcause.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.Recovery;
import io.github.streamcause.jackson.StreamCauseModule;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.tencent.ApiPage;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.CallbackLogReader;
import io.github.streamcause.tencent.CallbackVerifier;
import io.github.streamcause.tencent.InvalidPayloadException;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The examples of {@code docs/payloads.md}, compiled and run by {@code PayloadExamplesTest}; the lines
 * between the {@code snippet:} markers are the doc's code blocks, verbatim.
 */
public final class PayloadExamples {
    private final Consumer<String> alerts;

    PayloadExamples(String callbackKey, Clock clock, Consumer<String> alerts) {
        this.verifier = new CallbackVerifier(callbackKey, clock);
        this.alerts = alerts;
    }

    private void alert(String message) {
        alerts.accept(message);
    }

    // spotless:off
    // snippet:receive:begin
    private final CallbackVerifier verifier;           // new CallbackVerifier(callbackKey, Clock.systemUTC())
    private final Set<String> seen = ConcurrentHashMap.newKeySet();   // use a TTL cache in production

    /** The body of each POST to the callback URL; answer HTTP 200 with the returned body, quickly. */
    String onCallback(byte[] body) {
        CallbackEvent event;
        try {
            event = CallbackEvent.parse(body);
        } catch (InvalidPayloadException e) {
            return "{\"code\":0}";                         // not a callback: answer, log e.getMessage(), drop it
        }
        if (verifier.verify(event) != CallbackVerifier.Result.VALID) {
            return "{\"code\":0}";                         // forged or expired: drop it
        }
        String key = event.sequence().orElse("") + "/" + event.eventType();
        if (!seen.add(key)) {
            return "{\"code\":0}";                         // redelivered (up to 12 times): already handled
        }
        event.diagnosis().ifPresent(d -> {
            if (d.recovery() == Recovery.FIX_REQUIRED) {
                alert(event.streamId().orElse("?") + ": " + d);   // hand off; do not block the answer
            }
        });
        return "{\"code\":0}";
    }
    // snippet:receive:end

    /** Prints each record of a DescribeLiveStreamEventList response. */
    static void printRecords(String responseJson) {
        // snippet:api:begin
        ApiPage<StreamEventRecord> page = StreamEventRecord.parsePage(responseJson);
        for (StreamEventRecord r : page.items()) {
            System.out.println(r.streamName().orElse("?") + " " + r.stopReason().orElse("")
                    + " -> " + r.category().map(Enum::name).orElse("unknown")
                    + " " + r.recovery().map(Enum::name).orElse("unknown"));
        }
        // snippet:api:end
    }

    /** Reads a callback log (plain or gzip) into a report and prints it as JSON. */
    static InterruptionReport summarize(Path log) throws IOException {
        // snippet:logs:begin
        InterruptionReport report;
        try (CallbackLogReader lines = CallbackLogReader.open(log)) {
            report = lines.stream().collect(LogLine.toReport());
        }
        System.out.println(report.interruptions() + " interruptions, " + report.duplicatesRemoved()
                + " duplicates removed, " + report.rejectedLines() + " lines rejected");
        for (Rejection rejected : report.rejectedSamples()) {
            System.out.println("  line " + rejected.line() + ": " + rejected.reason());
        }
        for (StreamSummary s : report.topStreamsNeedingFix(5)) {
            System.out.println("  fix " + s.stream() + ": " + s.fixRequired());
        }
        // snippet:logs:end
        return report;
    }

    /** Merges two partial reports and writes JSON. */
    static String mergeAndWrite(InterruptionReport monday, InterruptionReport tuesday) throws IOException {
        // snippet:report:begin
        InterruptionReport both = monday.merge(tuesday);   // events in both count once
        ObjectMapper mapper = new ObjectMapper().registerModule(new StreamCauseModule(Locale.ENGLISH));
        String json = mapper.writeValueAsString(both);
        Diagnosis d = mapper.readValue("{\"code\":18,\"subcode\":202}", Diagnosis.class);
        // snippet:report:end
        return json + "\n" + d;
    }
    // spotless:on

    static List<String> snippetNames() {
        return List.of("receive", "api", "logs", "report");
    }
}
