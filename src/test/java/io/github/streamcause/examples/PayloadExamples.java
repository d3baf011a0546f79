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
import io.github.streamcause.tencent.PushAnomaly;
import io.github.streamcause.tencent.StreamEventRecord;
import java.io.IOException;
import java.io.InputStream;
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

    /** A callback body signed as the platform would sign it, for a test of a receiver. */
    static String signedCallback(String callbackKey, Clock clock) {
        // snippet:sign:begin
        CallbackVerifier verifier = new CallbackVerifier(callbackKey, clock);
        long t = clock.instant().plusSeconds(300).getEpochSecond();   // the signature expires in 5 minutes
        String body = "{\"event_type\":0,\"sequence\":\"1\",\"errcode\":18,\"errmsg\":\"推流域名被禁用\","
                + "\"t\":" + t + ",\"sign\":\"" + verifier.sign(t) + "\"}";
        System.out.println(verifier.verify(CallbackEvent.parse(body)));   // VALID
        // snippet:sign:end
        return body;
    }

    /** The anomalies of a push anomaly callback, one line each, in the language of {@code locale}. */
    static List<String> warnings(byte[] body, Locale locale) {
        List<String> lines = new java.util.ArrayList<>();
        // snippet:warnings:begin
        PushAnomaly warning = PushAnomaly.parse(body);      // event_type 321, sent while a push misbehaves
        for (PushAnomaly.Anomaly a : warning.anomalies()) {
            String what = a.type().map(t -> t.description(locale)).orElse(a.vendorDescription());
            lines.add(warning.stream() + " " + a.count().orElse(1) + "x " + what);
        }
        // snippet:warnings:end
        return lines;
    }

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

    /** Reads a callback log from a stream, such as an upload or standard input. */
    static InterruptionReport summarize(InputStream upload) throws IOException {
        // snippet:logStream:begin
        InterruptionReport report;
        try (CallbackLogReader lines = CallbackLogReader.of(upload, "upload.ndjson")) {   // closes upload
            report = lines.stream().collect(LogLine.toReport());
        }
        for (Rejection rejected : report.rejectedSamples()) {
            System.out.println(rejected.source() + ":" + rejected.line() + ": " + rejected.reason());
        }
        // snippet:logStream:end
        return report;
    }

    /** A receiver's own report of the bodies it was sent, the ones it could not read counted too. */
    static InterruptionReport received(List<byte[]> bodies) {
        // snippet:builder:begin
        InterruptionReport.Builder received = InterruptionReport.builder();   // one per thread; merge(Builder)
        long number = 0;
        for (byte[] body : bodies) {
            number++;
            try {
                received.add(CallbackEvent.parse(body).toStreamEvent("callbacks", number));
            } catch (InvalidPayloadException e) {
                received.add(Rejection.of("callbacks", number, e.getMessage()));   // a rejected line
            }
        }
        InterruptionReport report = received.build();   // the builder starts over, empty
        // snippet:builder:end
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
        return List.of("receive", "sign", "warnings", "api", "logs", "logStream", "builder", "report");
    }
}
