package io.github.streamcause.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.streamcause.Category;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.DurationBin;
import io.github.streamcause.report.DurationStats;
import io.github.streamcause.report.Incident;
import io.github.streamcause.report.IncidentRules;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.ReconnectSummary;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.SessionSummary;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.StreamSummary;
import io.github.streamcause.report.TimeBucket;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Jackson support for StreamCause: writes a {@link Diagnosis} as {@code
 * {"code","subcode","pair","documented","cause":{...}}} ({@link DiagnosisJson}, the cause's object as
 * {@link CauseJson} writes it) and reads {@code {"code","subcode"}} back to the same diagnosis (other fields
 * are ignored: the numbers are the truth, texts follow from them); writes an {@link InterruptionReport},
 * its {@code byCause} as {@code [{"count","cause":{...}}]}, and reads it back to a report with equal
 * figures ({@link InterruptionReport#fromFigures()}: the JSON holds no event identities, so a report read
 * back merges by adding; {@link InterruptionReport#writeTo(java.io.OutputStream)} carries a state that
 * merges exactly). Enums are written by name, numbers as numbers, times as ISO-8601 strings. A report's
 * {@code timeline} is {@code {"width": "PT1H", "buckets": [{"start", "interruptions", "pushes",
 * "byCategory", "byRecovery"}, ...]}}, empty buckets included, in the width the report chooses or the one
 * given to {@link #StreamCauseModule(Locale, Duration)}. Its {@code sessions} and {@code reconnects} (in
 * the window given to {@link #StreamCauseModule(Locale, Duration, Duration)}, 60 seconds by default) are
 * objects of every figure, durations in whole seconds ({@code "medianSeconds"}, null when there is none),
 * streams as {@code {"domain", "appName", "streamName"}}: figures derived from the report's events, which
 * are not read back (a report read from JSON has none to derive them from; JSON with them or without them
 * reads the same). So are its {@code incidents} (by the rules given to {@link #StreamCauseModule(Locale,
 * Duration, Duration, IncidentRules)}, the defaults otherwise): {@code {"rules": {"fixRequiredLoop":
 * {"count", "windowSeconds"}, "platformWide": {"streams", "windowSeconds"}, "flapping": {"count",
 * "windowSeconds"}}, "list": [{"rule", "start", "end", "interruptions", "streams", "cause", "description",
 * "remedy"}, ...]}}, by impact, the cause as {@link CauseJson} writes it (null when none).
 *
 * <p>The module has serializers only for the two types that Jackson cannot write without it, so that
 * registering it changes no JSON that worked before: an {@link InterruptionCause}, a {@link
 * io.github.streamcause.Category} or a {@link io.github.streamcause.Recovery} in an application's own
 * objects stays its name, as Jackson writes any enum. {@code ObjectMapper.findAndRegisterModules()} finds
 * the module (in English) through {@code META-INF/services}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new StreamCauseModule(Locale.KOREAN));
 * String json = mapper.writeValueAsString(ErrorCodes.describe(18, 202));
 * Diagnosis back = mapper.readValue(json, Diagnosis.class);   // equal to the original
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StreamCauseModule extends SimpleModule {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** The language of the texts written. */
    private final Locale locale;

    /** The width of a report's timeline buckets; null for each report's own. */
    private final Duration timelineWidth;

    /** The window of a report's reconnects. */
    private final Duration reconnectWindow;

    /** The thresholds of a report's incidents. */
    private final IncidentRules incidentRules;

    /** Texts in English. */
    public StreamCauseModule() {
        this(Locale.ENGLISH);
    }

    /**
     * Texts in the given language (falling back to English).
     *
     * @param locale the language of descriptions and remedies
     */
    public StreamCauseModule(Locale locale) {
        this(locale, null);
    }

    /**
     * Texts in the given language (falling back to English), and a report's timeline in buckets of {@code
     * timelineWidth}. Writing a report that this width gives more than 100,000 buckets fails with an
     * {@link IllegalArgumentException}.
     *
     * @param locale the language of descriptions and remedies
     * @param timelineWidth the bucket width, a whole number of minutes; null for the width each report
     *     chooses ({@link InterruptionReport#timelineWidth()})
     * @throws IllegalArgumentException if {@code timelineWidth} is not a whole, positive number of minutes
     * @since 0.1.0
     */
    public StreamCauseModule(Locale locale, Duration timelineWidth) {
        this(locale, timelineWidth, ReconnectSummary.DEFAULT_WINDOW);
    }

    /**
     * Texts in the given language (falling back to English), a report's timeline in buckets of {@code
     * timelineWidth}, and its reconnects within {@code reconnectWindow} ({@link
     * InterruptionReport#reconnects(Duration)}).
     *
     * @param locale the language of descriptions and remedies
     * @param timelineWidth the bucket width, a whole number of minutes; null for the width each report
     *     chooses ({@link InterruptionReport#timelineWidth()})
     * @param reconnectWindow the reconnect window, a whole number of seconds, 0 or more
     * @throws IllegalArgumentException if {@code timelineWidth} is not a whole, positive number of minutes,
     *     or {@code reconnectWindow} is negative or not a whole number of seconds
     * @since 0.1.0
     */
    public StreamCauseModule(Locale locale, Duration timelineWidth, Duration reconnectWindow) {
        this(locale, timelineWidth, reconnectWindow, IncidentRules.defaults());
    }

    /**
     * Texts in the given language (falling back to English), a report's timeline in buckets of {@code
     * timelineWidth}, its reconnects within {@code reconnectWindow} ({@link
     * InterruptionReport#reconnects(Duration)}), and its incidents by {@code incidentRules} ({@link
     * InterruptionReport#incidents(IncidentRules)}).
     *
     * @param locale the language of descriptions and remedies
     * @param timelineWidth the bucket width, a whole number of minutes; null for the width each report
     *     chooses ({@link InterruptionReport#timelineWidth()})
     * @param reconnectWindow the reconnect window, a whole number of seconds, 0 or more
     * @param incidentRules the thresholds of the incident rules
     * @throws IllegalArgumentException if {@code timelineWidth} is not a whole, positive number of minutes,
     *     or {@code reconnectWindow} is negative or not a whole number of seconds
     * @since 0.1.0
     */
    public StreamCauseModule(
            Locale locale, Duration timelineWidth, Duration reconnectWindow, IncidentRules incidentRules) {
        super("StreamCauseModule", Version.unknownVersion());
        this.locale = Objects.requireNonNull(locale, "locale");
        if (timelineWidth != null
                && (timelineWidth.getNano() != 0
                        || timelineWidth.getSeconds() < 60
                        || timelineWidth.getSeconds() % 60 != 0)) {
            throw new IllegalArgumentException("a timeline bucket is a whole number of minutes, not " + timelineWidth);
        }
        this.timelineWidth = timelineWidth;
        Objects.requireNonNull(reconnectWindow, "reconnectWindow");
        if (reconnectWindow.isNegative() || !reconnectWindow.equals(Duration.ofSeconds(reconnectWindow.getSeconds()))) {
            throw new IllegalArgumentException(
                    "a reconnect window is a whole number of seconds, 0 or more, not " + reconnectWindow);
        }
        this.reconnectWindow = reconnectWindow;
        this.incidentRules = Objects.requireNonNull(incidentRules, "incidentRules");
        addSerializer(Diagnosis.class, new DiagnosisSerializer(locale));
        addDeserializer(Diagnosis.class, new DiagnosisDeserializer());
        addSerializer(
                InterruptionReport.class, new ReportSerializer(locale, timelineWidth, reconnectWindow, incidentRules));
        addDeserializer(InterruptionReport.class, new ReportJson.Reader());
    }

    /**
     * The language of the texts written.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The width of a report's timeline buckets, if one was given.
     *
     * @return the width; empty when each report's own is written
     */
    public Optional<Duration> timelineWidth() {
        return Optional.ofNullable(timelineWidth);
    }

    /**
     * The window of a report's reconnects.
     *
     * @return the window; {@link ReconnectSummary#DEFAULT_WINDOW} unless another was given
     */
    public Duration reconnectWindow() {
        return reconnectWindow;
    }

    /**
     * The thresholds of a report's incidents.
     *
     * @return the rules; {@link IncidentRules#defaults()} unless others were given
     */
    public IncidentRules incidentRules() {
        return incidentRules;
    }

    private static final class DiagnosisSerializer extends StdSerializer<Diagnosis> {
        private static final long serialVersionUID = 1L;
        private final Locale locale;

        DiagnosisSerializer(Locale locale) {
            super(Diagnosis.class);
            this.locale = locale;
        }

        @Override
        public void serialize(Diagnosis d, JsonGenerator g, SerializerProvider provider) throws IOException {
            DiagnosisJson.write(g, d, locale);
        }
    }

    private static final class DiagnosisDeserializer extends StdDeserializer<Diagnosis> {
        private static final long serialVersionUID = 1L;

        DiagnosisDeserializer() {
            super(Diagnosis.class);
        }

        @Override
        public Diagnosis deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (Diagnosis) context.handleUnexpectedToken(Diagnosis.class, p);
            }
            Integer code = null;
            int subcode = ErrorCodes.NO_SUBCODE;
            for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("code")) {
                    code = integer(p, context, "code");
                } else if (name.equals("subcode")) {
                    subcode = integer(p, context, "subcode");
                } else {
                    p.skipChildren(); // texts and classification follow from the numbers
                }
            }
            if (code == null) {
                return (Diagnosis) context.reportInputMismatch(Diagnosis.class, "a Diagnosis needs \"code\"");
            }
            return ErrorCodes.describe(code, subcode);
        }

        private static int integer(JsonParser p, DeserializationContext context, String field) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                return (Integer) context.reportInputMismatch(
                        Diagnosis.class, "\"%s\" must be an integer (int), got %s", field, p.getText());
            }
            return p.getIntValue();
        }
    }

    /**
     * The report as one object, a section per method: a new field is one line in {@link #serialize} and,
     * if it is more than a number, one method.
     */
    private static final class ReportSerializer extends StdSerializer<InterruptionReport> {
        private static final long serialVersionUID = 1L;
        private final Locale locale;
        /** Null: each report's own width. */
        private final Duration timelineWidth;

        private final Duration reconnectWindow;

        private final IncidentRules incidentRules;

        ReportSerializer(Locale locale, Duration timelineWidth, Duration reconnectWindow, IncidentRules incidentRules) {
            super(InterruptionReport.class);
            this.locale = locale;
            this.timelineWidth = timelineWidth;
            this.reconnectWindow = reconnectWindow;
            this.incidentRules = incidentRules;
        }

        @Override
        public void serialize(InterruptionReport r, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeNumberField("interruptions", r.interruptions());
            g.writeNumberField("pushes", r.pushes());
            g.writeNumberField("duplicatesRemoved", r.duplicatesRemoved());
            g.writeNumberField("rejectedLines", r.rejectedLines());
            g.writeNumberField("otherEvents", r.otherEvents());
            writeCounts(g, "otherEventsByKind", r.otherEventsByKind());
            g.writeNumberField("unclassified", r.unclassified());
            g.writeNumberField("linesRead", r.linesRead());
            g.writeNumberField("filteredOut", r.filteredOut());
            writeTime(g, "firstEvent", r.firstEvent().orElse(null));
            writeTime(g, "lastEvent", r.lastEvent().orElse(null));
            writeCounts(g, "byCategory", r.byCategory());
            writeCounts(g, "byRecovery", r.byRecovery());
            writeByCause(g, r.byCause());
            writeCounts(g, "undocumentedPairs", r.undocumentedPairs());
            writeByCauseGroup(g, r.byCauseGroup());
            writeUnrecognizedTexts(g, r.unrecognizedTexts());
            writeStreams(g, r.streams());
            writeRejectedSamples(g, r.rejectedSamples());
            writeInputs(g, r.inputs());
            writeTimeline(g, r, timelineWidth == null ? r.timelineWidth() : timelineWidth);
            writeSessions(g, r.sessions()); // each computed once: they go through every event
            writeReconnects(g, r.reconnects(reconnectWindow));
            writeIncidents(g, incidentRules, r.incidents(incidentRules)); // computed once: it goes through every event
            g.writeEndObject();
        }

        /**
         * {@code {"rules": {"fixRequiredLoop": {"count", "windowSeconds"}, "platformWide": {"streams",
         * "windowSeconds"}, "flapping": {"count", "windowSeconds"}}, "list": [{"rule", "start", "end",
         * "interruptions", "streams": [{"domain", "appName", "streamName"}, ...], "cause": {the cause's
         * object} or null, "description", "remedy" or null}, ...]}}, the list by impact.
         */
        private void writeIncidents(JsonGenerator g, IncidentRules rules, List<Incident> incidents) throws IOException {
            g.writeObjectFieldStart("incidents");
            g.writeObjectFieldStart("rules");
            g.writeObjectFieldStart("fixRequiredLoop");
            g.writeNumberField("count", rules.fixRequiredLoopCount());
            g.writeNumberField("windowSeconds", rules.fixRequiredLoopWindow().getSeconds());
            g.writeEndObject();
            g.writeObjectFieldStart("platformWide");
            g.writeNumberField("streams", rules.platformWideStreams());
            g.writeNumberField("windowSeconds", rules.platformWideWindow().getSeconds());
            g.writeEndObject();
            g.writeObjectFieldStart("flapping");
            g.writeNumberField("count", rules.flappingCount());
            g.writeNumberField("windowSeconds", rules.flappingWindow().getSeconds());
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("list");
            for (Incident i : incidents) {
                g.writeStartObject();
                g.writeStringField("rule", i.rule().name());
                writeTime(g, "start", i.start());
                writeTime(g, "end", i.end());
                g.writeNumberField("interruptions", i.interruptions());
                g.writeArrayFieldStart("streams");
                for (StreamKey k : i.streams()) {
                    g.writeStartObject();
                    writeStream(g, k);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeFieldName("cause");
                if (i.cause().isPresent()) {
                    CauseJson.write(g, i.cause().get(), locale);
                } else {
                    g.writeNull();
                }
                g.writeStringField("description", i.rule().description());
                if (i.remedy(locale).isPresent()) {
                    g.writeStringField("remedy", i.remedy(locale).get());
                } else {
                    g.writeNullField("remedy");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /**
         * {@code {"interruptions", "paired", "unpairedInterruptions", "openPushes", "withoutLength",
         * "sessions", "medianSeconds", "p90Seconds", "histogram": [{"fromSeconds", "toSeconds", "sessions"},
         * ...], "shortSessions", "shortSessionsByStream": [{"domain", "appName", "streamName", "sessions"},
         * ...], "byCause": [{"cause", "name", "sessions", "medianSeconds", "p90Seconds"}, ...]}}.
         */
        private static void writeSessions(JsonGenerator g, SessionSummary s) throws IOException {
            g.writeObjectFieldStart("sessions");
            g.writeNumberField("interruptions", s.interruptions());
            g.writeNumberField("paired", s.paired());
            g.writeNumberField("unpairedInterruptions", s.unpairedInterruptions());
            g.writeNumberField("openPushes", s.openPushes());
            g.writeNumberField("withoutLength", s.withoutLength());
            g.writeNumberField("sessions", s.sessions());
            writeStats(g, s.lengths());
            g.writeArrayFieldStart("histogram");
            for (DurationBin b : s.histogram()) {
                g.writeStartObject();
                g.writeNumberField("fromSeconds", b.from().getSeconds());
                writeSeconds(g, "toSeconds", b.to().orElse(null));
                g.writeNumberField("sessions", b.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("shortSessions", s.shortSessions());
            g.writeArrayFieldStart("shortSessionsByStream");
            for (Map.Entry<StreamKey, Long> e : s.shortSessionsByStream().entrySet()) {
                g.writeStartObject();
                writeStream(g, e.getKey());
                g.writeNumberField("sessions", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("byCause");
            for (Map.Entry<InterruptionCause, DurationStats> e : s.byCause().entrySet()) {
                g.writeStartObject();
                g.writeStringField("cause", e.getKey().key());
                g.writeStringField("name", e.getKey().name());
                g.writeNumberField("sessions", e.getValue().count());
                writeStats(g, e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /**
         * {@code {"windowSeconds", "retryInterruptions", "blips", "blipShare", "reconnectedLater",
         * "neverReconnected", "reconnected", "medianSeconds", "p90Seconds", "streamsNotBack": [{"domain",
         * "appName", "streamName"}, ...]}}, the median and p90 of the time to reconnect.
         */
        private static void writeReconnects(JsonGenerator g, ReconnectSummary r) throws IOException {
            g.writeObjectFieldStart("reconnects");
            g.writeNumberField("windowSeconds", r.window().getSeconds());
            g.writeNumberField("retryInterruptions", r.retryInterruptions());
            g.writeNumberField("blips", r.blips());
            g.writeNumberField("blipShare", r.blipShare());
            g.writeNumberField("reconnectedLater", r.reconnectedLater());
            g.writeNumberField("neverReconnected", r.neverReconnected());
            g.writeNumberField("reconnected", r.timeToReconnect().count());
            writeStats(g, r.timeToReconnect());
            g.writeArrayFieldStart("streamsNotBack");
            for (StreamKey k : r.streamsNotBack()) {
                g.writeStartObject();
                writeStream(g, k);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /** {@code "medianSeconds"} and {@code "p90Seconds"}, null when there were none. */
        private static void writeStats(JsonGenerator g, DurationStats stats) throws IOException {
            writeSeconds(g, "medianSeconds", stats.median().orElse(null));
            writeSeconds(g, "p90Seconds", stats.p90().orElse(null));
        }

        private static void writeSeconds(JsonGenerator g, String field, Duration d) throws IOException {
            if (d == null) {
                g.writeNullField(field);
            } else {
                g.writeNumberField(field, d.getSeconds());
            }
        }

        /** {@code "domain", "appName", "streamName"}: a stream's fields, as in {@code "streams"}. */
        private static void writeStream(JsonGenerator g, StreamKey k) throws IOException {
            g.writeStringField("domain", k.domain());
            g.writeStringField("appName", k.appName());
            g.writeStringField("streamName", k.streamName());
        }

        /**
         * {@code {"width": "PT1H", "buckets": [{"start", "interruptions", "pushes", "byCategory",
         * "byRecovery"}, ...]}}, empty buckets included; no buckets when no event has a time.
         */
        private static void writeTimeline(JsonGenerator g, InterruptionReport r, Duration width) throws IOException {
            List<TimeBucket> buckets = r.timeline(width); // before a field is written: it may throw
            g.writeObjectFieldStart("timeline");
            g.writeStringField("width", width.toString());
            g.writeArrayFieldStart("buckets");
            for (TimeBucket b : buckets) {
                g.writeStartObject();
                g.writeStringField("start", b.start().toString());
                g.writeNumberField("interruptions", b.interruptions());
                g.writeNumberField("pushes", b.pushes());
                writeCounts(g, "byCategory", b.byCategory());
                writeCounts(g, "byRecovery", b.byRecovery());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        /** {@code {"NAME": count, ...}}, keyed by an enum's name or by a string. */
        private static void writeCounts(JsonGenerator g, String field, Map<?, Long> counts) throws IOException {
            g.writeObjectFieldStart(field);
            for (Map.Entry<?, Long> e : counts.entrySet()) {
                Object key = e.getKey();
                g.writeNumberField(key instanceof Enum ? ((Enum<?>) key).name() : key.toString(), e.getValue());
            }
            g.writeEndObject();
        }

        /** {@code [{"count": n, "cause": {the cause's object}}, ...]}, most frequent first. */
        private void writeByCause(JsonGenerator g, Map<InterruptionCause, Long> byCause) throws IOException {
            g.writeArrayFieldStart("byCause");
            for (Map.Entry<InterruptionCause, Long> e : byCause.entrySet()) {
                g.writeStartObject();
                g.writeNumberField("count", e.getValue());
                g.writeFieldName("cause");
                CauseJson.write(g, e.getKey(), locale);
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /**
         * {@code [{"count": n, "category", "recovery", "causes": [keys]}, ...]}: the groups of causes that
         * shared texts name, most frequent first; category and recovery are what the causes share, null
         * where they differ.
         */
        private static void writeByCauseGroup(JsonGenerator g, Map<List<InterruptionCause>, Long> groups)
                throws IOException {
            g.writeArrayFieldStart("byCauseGroup");
            for (Map.Entry<List<InterruptionCause>, Long> e : groups.entrySet()) {
                Category category = e.getKey().get(0).category();
                Recovery recovery = e.getKey().get(0).recovery();
                for (InterruptionCause c : e.getKey()) {
                    category = c.category() == category ? category : null;
                    recovery = c.recovery() == recovery ? recovery : null;
                }
                g.writeStartObject();
                g.writeNumberField("count", e.getValue());
                g.writeStringField("category", category == null ? null : category.name());
                g.writeStringField("recovery", recovery == null ? null : recovery.name());
                g.writeArrayFieldStart("causes");
                for (InterruptionCause c : e.getKey()) {
                    g.writeString(c.key());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        /** {@code [{"count": n, "text": "..."}, ...]}, most frequent first. */
        private static void writeUnrecognizedTexts(JsonGenerator g, Map<String, Long> texts) throws IOException {
            g.writeArrayFieldStart("unrecognizedTexts");
            for (Map.Entry<String, Long> e : texts.entrySet()) {
                g.writeStartObject();
                g.writeNumberField("count", e.getValue());
                g.writeStringField("text", e.getKey());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static void writeStreams(JsonGenerator g, List<StreamSummary> streams) throws IOException {
            g.writeArrayFieldStart("streams");
            for (StreamSummary s : streams) {
                g.writeStartObject();
                g.writeStringField("domain", s.stream().domain());
                g.writeStringField("appName", s.stream().appName());
                g.writeStringField("streamName", s.stream().streamName());
                g.writeNumberField("interruptions", s.interruptions());
                g.writeNumberField("fixRequired", s.fixRequired());
                g.writeNumberField("pushes", s.pushes());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static void writeRejectedSamples(JsonGenerator g, List<Rejection> samples) throws IOException {
            g.writeArrayFieldStart("rejectedSamples");
            for (Rejection line : samples) {
                g.writeStartObject();
                g.writeStringField("source", line.source());
                g.writeNumberField("line", line.line());
                g.writeStringField("reason", line.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static void writeInputs(JsonGenerator g, List<InputSummary> inputs) throws IOException {
            g.writeArrayFieldStart("inputs");
            for (InputSummary input : inputs) {
                g.writeStartObject();
                g.writeStringField("name", input.name());
                g.writeStringField("kind", input.kind());
                g.writeNumberField("lines", input.lines());
                g.writeNumberField("rejected", input.rejected());
                g.writeNumberField("filteredOut", input.filteredOut());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static void writeTime(JsonGenerator g, String field, Instant time) throws IOException {
            if (time == null) {
                g.writeNullField(field);
            } else {
                g.writeStringField(field, time.toString());
            }
        }
    }
}
