package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.tencent.CallbackEvent;
import io.github.streamcause.tencent.LogLine;
import io.github.streamcause.tencent.StreamEventRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test support for the report tests: callback bodies and API pages written as JSON text, a snapshot of every
 * observable of a report, and an independent model that computes the same observables from the input
 * without touching {@link InterruptionReport} or {@link Tally}.
 */
final class ReportFixtures {
    private ReportFixtures() {}

    static final long T0 = 1_764_000_000L;

    // ---- JSON text ------------------------------------------------------------------------------------

    /** A JSON object from key/value pairs; null values are left out, strings are quoted, numbers written as is. */
    static String json(Object... keyValues) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value == null) {
                continue;
            }
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(quote((String) keyValues[i])).append(':');
            s.append(value instanceof String ? quote((String) value) : value.toString());
        }
        return s.append('}').toString();
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** A callback body as the platform posts it (fields left out when null). */
    static String body(
            String sequence,
            int eventType,
            Integer errcode,
            String errmsg,
            String domain,
            String app,
            String stream,
            Long eventTime) {
        return json(
                "app", domain,
                "appname", app,
                "stream_id", stream,
                "channel_id", stream,
                "event_time", eventTime,
                "event_type", eventType,
                "sequence", sequence,
                "errcode", errcode,
                "errmsg", errmsg,
                "node", "203.0.113.7",
                "push_duration", eventType == 0 ? "113224" : null,
                "idc_id", 32);
    }

    static CallbackEvent event(
            String sequence,
            int eventType,
            Integer errcode,
            String errmsg,
            String domain,
            String app,
            String stream,
            Long eventTime) {
        return CallbackEvent.parse(body(sequence, eventType, errcode, errmsg, domain, app, stream, eventTime));
    }

    /** An interruption of {@code d/live/s} with a code, at {@code T0 + dt}. */
    static CallbackEvent interruption(String sequence, Integer errcode, String stream, long dt) {
        return event(sequence, 0, errcode, null, "d.example.com", "live", stream, T0 + dt);
    }

    /** A push of {@code d/live/s}, at {@code T0 + dt}. */
    static CallbackEvent push(String sequence, String stream, long dt) {
        return event(sequence, 1, null, null, "d.example.com", "live", stream, T0 + dt);
    }

    /** An interruption that carries {@code sub_errcode}. */
    static CallbackEvent withSubcode(String sequence, int errcode, int subcode, String stream, long dt) {
        return CallbackEvent.parse(json(
                "app",
                "d.example.com",
                "appname",
                "live",
                "stream_id",
                stream,
                "event_time",
                T0 + dt,
                "event_type",
                0,
                "sequence",
                sequence,
                "errcode",
                errcode,
                "sub_errcode",
                subcode,
                "errmsg",
                "whatever"));
    }

    /** One StreamEventInfo object of DescribeLiveStreamEventList. */
    static String recordJson(String domain, String app, String stream, Instant start, Instant end, String stopReason) {
        return json(
                "AppName",
                app,
                "DomainName",
                domain,
                "StreamName",
                stream,
                "StreamStartTime",
                start == null ? null : start.toString(),
                "StreamEndTime",
                end == null ? null : end.toString(),
                "StopReason",
                stopReason,
                "Duration",
                start != null && end != null ? end.getEpochSecond() - start.getEpochSecond() : null,
                "ClientIp",
                "-",
                "Resolution",
                "640*352");
    }

    /** The records of a whole DescribeLiveStreamEventList response holding the given StreamEventInfo objects. */
    static List<StreamEventRecord> page(String... recordJsons) {
        String response = "{\"Response\":{\"EventList\":[" + String.join(",", recordJsons) + "],\"PageNum\":1,"
                + "\"PageSize\":100,\"TotalNum\":" + recordJsons.length + ",\"TotalPage\":1,\"RequestId\":\"req-1\"}}";
        return StreamEventRecord.parsePage(response).items();
    }

    static StreamEventRecord record(String stream, long startDt, long endDt, String stopReason) {
        return page(recordJson(
                        "d.example.com",
                        "live",
                        stream,
                        Instant.ofEpochSecond(T0 + startDt),
                        Instant.ofEpochSecond(T0 + endDt),
                        stopReason))
                .get(0);
    }

    static LogLine rejected(long number) {
        return LogLine.rejected("test.log", number, "malformed JSON at line " + number);
    }

    // ---- building --------------------------------------------------------------------------------------

    /** Adds a CallbackEvent, StreamEventRecord or LogLine. */
    static InterruptionReport.Builder add(InterruptionReport.Builder b, Object item) {
        if (item instanceof CallbackEvent) {
            return b.add(((CallbackEvent) item).toStreamEvent());
        }
        if (item instanceof StreamEventRecord) {
            return b.add(((StreamEventRecord) item).toStreamEvent("", 0));
        }
        ((LogLine) item).addTo(b);
        return b;
    }

    static InterruptionReport.Builder builderOf(List<?> items) {
        InterruptionReport.Builder b = InterruptionReport.builder();
        for (Object item : items) {
            add(b, item);
        }
        return b;
    }

    static InterruptionReport report(List<?> items) {
        return builderOf(items).build();
    }

    static InterruptionReport report(Object... items) {
        return report(List.of(items));
    }

    // ---- observables -----------------------------------------------------------------------------------

    /** A stream's counts, independent of {@link StreamSummary}'s own equality. */
    record Row(String domain, String app, String stream, long interruptions, long fixRequired, long pushes) {
        static Row of(StreamSummary s) {
            return new Row(
                    s.stream().domain(),
                    s.stream().appName(),
                    s.stream().streamName(),
                    s.interruptions(),
                    s.fixRequired(),
                    s.pushes());
        }
    }

    /** Every observable of a report; maps as ordered entry lists so that their order is compared too. */
    record Snapshot(
            long interruptions,
            long pushes,
            long duplicatesRemoved,
            long rejectedLines,
            long otherEvents,
            List<Map.Entry<String, Long>> otherEventsByKind,
            long unclassified,
            List<Map.Entry<Category, Long>> byCategory,
            List<Map.Entry<Recovery, Long>> byRecovery,
            List<Map.Entry<InterruptionCause, Long>> byCause,
            List<Map.Entry<String, Long>> undocumentedPairs,
            List<Map.Entry<List<InterruptionCause>, Long>> byCauseGroup,
            List<Map.Entry<String, Long>> unrecognizedTexts,
            List<Row> streams,
            List<Row> top0,
            List<Row> top3,
            List<Row> topAll,
            List<Row> fix0,
            List<Row> fix2,
            List<Row> fixAll,
            Optional<Instant> firstEvent,
            Optional<Instant> lastEvent,
            List<String> timeline,
            List<Rejection> rejectedSamples) {

        /** The same observables with {@code lines} for the timeline. */
        Snapshot withTimeline(List<String> lines) {
            return new Snapshot(
                    interruptions,
                    pushes,
                    duplicatesRemoved,
                    rejectedLines,
                    otherEvents,
                    otherEventsByKind,
                    unclassified,
                    byCategory,
                    byRecovery,
                    byCause,
                    undocumentedPairs,
                    byCauseGroup,
                    unrecognizedTexts,
                    streams,
                    top0,
                    top3,
                    topAll,
                    fix0,
                    fix2,
                    fixAll,
                    firstEvent,
                    lastEvent,
                    lines,
                    rejectedSamples);
        }

        /** The same observables but the rejected samples, for comparisons where their order may differ. */
        Snapshot withoutSamples() {
            return new Snapshot(
                    interruptions,
                    pushes,
                    duplicatesRemoved,
                    rejectedLines,
                    otherEvents,
                    otherEventsByKind,
                    unclassified,
                    byCategory,
                    byRecovery,
                    byCause,
                    undocumentedPairs,
                    byCauseGroup,
                    unrecognizedTexts,
                    streams,
                    top0,
                    top3,
                    topAll,
                    fix0,
                    fix2,
                    fixAll,
                    firstEvent,
                    lastEvent,
                    timeline,
                    List.of());
        }
    }

    /** A timeline's minutes with events, one line each: start, pushes, interruptions, by category, by recovery. */
    static List<String> minuteLines(TreeMap<Long, long[]> minutes) {
        List<String> lines = new ArrayList<>();
        minutes.forEach(
                (minute, counts) -> lines.add(Instant.ofEpochSecond(minute * 60) + " " + Arrays.toString(counts)));
        return lines;
    }

    /** The same lines from a report's timeline minutes (the public buckets are tested on their own). */
    static List<String> minuteLines(InterruptionReport r) {
        return minuteLines(new TreeMap<>(r.timelineMinutes()));
    }

    static Snapshot snapshot(InterruptionReport r) {
        return new Snapshot(
                r.interruptions(),
                r.pushes(),
                r.duplicatesRemoved(),
                r.rejectedLines(),
                r.otherEvents(),
                entries(r.otherEventsByKind()),
                r.unclassified(),
                entries(r.byCategory()),
                entries(r.byRecovery()),
                entries(r.byCause()),
                entries(r.undocumentedPairs()),
                entries(r.byCauseGroup()),
                entries(r.unrecognizedTexts()),
                rows(r.streams()),
                rows(r.topStreams(0)),
                rows(r.topStreams(3)),
                rows(r.topStreams(Integer.MAX_VALUE)),
                rows(r.topStreamsNeedingFix(0)),
                rows(r.topStreamsNeedingFix(2)),
                rows(r.topStreamsNeedingFix(Integer.MAX_VALUE)),
                r.firstEvent(),
                r.lastEvent(),
                minuteLines(r),
                List.copyOf(r.rejectedSamples()));
    }

    static <K, V> List<Map.Entry<K, V>> entries(Map<K, V> map) {
        List<Map.Entry<K, V>> list = new ArrayList<>();
        for (Map.Entry<K, V> e : map.entrySet()) {
            list.add(Map.entry(e.getKey(), e.getValue()));
        }
        return list;
    }

    static List<Row> rows(List<StreamSummary> summaries) {
        List<Row> rows = new ArrayList<>();
        for (StreamSummary s : summaries) {
            rows.add(Row.of(s));
        }
        return rows;
    }

    // ---- the independent model -------------------------------------------------------------------------

    /**
     * What a report should say, computed straight from the documented rules: de-duplication by ({@code
     * sequence}, {@code event_type}) for callbacks with a sequence and by (stream, start, end) for API records,
     * the first occurrence counting; classification from the event's own diagnosis or the record's
     * recognised causes.
     */
    static final class Model {
        private final Set<List<Object>> seen = new HashSet<>();
        private long interruptions;
        private long pushes;
        private long duplicates;
        private long rejected;
        private long otherEvents;
        private final java.util.TreeMap<String, Long> otherByKind = new java.util.TreeMap<>();
        private long unclassified;
        private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        private final Map<Recovery, Long> byRecovery = new EnumMap<>(Recovery.class);
        private final Map<InterruptionCause, Long> byCause = new EnumMap<>(InterruptionCause.class);
        /** (code, subcode) in numeric order. */
        private final TreeMap<int[], Long> undocumented =
                new TreeMap<>(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        /** domain, app, stream to {interruptions, fixRequired, pushes}. */
        private final Map<List<String>, long[]> streams = new LinkedHashMap<>();
        /** A shared text's causes, in registry order, to count. */
        private final Map<List<InterruptionCause>, Long> byGroup = new HashMap<>();
        /** Texts that named no cause where the text decides, to count. */
        private final Map<String, Long> unrecognized = new TreeMap<>();

        private Instant first;
        private Instant last;
        private final List<Rejection> samples = new ArrayList<>();
        /** Minute since the epoch to {pushes, interruptions, by category..., by recovery...}. */
        private final TreeMap<Long, long[]> minutes = new TreeMap<>();

        Model() {
            for (Category c : Category.values()) {
                byCategory.put(c, 0L);
            }
            for (Recovery r : Recovery.values()) {
                byRecovery.put(r, 0L);
            }
        }

        static Model of(List<?> items) {
            Model m = new Model();
            for (Object item : items) {
                m.add(item);
            }
            return m;
        }

        void add(Object item) {
            if (item instanceof CallbackEvent) {
                add((CallbackEvent) item);
            } else if (item instanceof StreamEventRecord) {
                add((StreamEventRecord) item);
            } else {
                LogLine line = (LogLine) item;
                if (line.isRejected()) {
                    rejected++;
                    if (samples.size() < 20) {
                        samples.add(Rejection.of(
                                line.source(), line.number(), line.rejection().get()));
                    }
                } else {
                    add(line.event().get());
                }
            }
        }

        private void add(CallbackEvent e) {
            if (e.eventType() != 0 && e.eventType() != 1) {
                otherEvents++;
                otherByKind.merge(String.valueOf(e.eventType()), 1L, Long::sum);
                return;
            }
            e.eventTime().ifPresent(this::time);
            long[] stream = stream(
                    e.domain().orElse(""),
                    e.appName().orElse(""),
                    e.streamId().orElse(e.channelId().orElse("")));
            if (e.sequence().isPresent()
                    && !seen.add(List.of("callback", e.sequence().get(), e.eventType()))) {
                duplicates++;
                return;
            }
            if (e.eventType() == 1) {
                pushes++;
                stream[2]++;
                e.eventTime().ifPresent(t -> minute(t, true, null, null));
                return;
            }
            interruptions++;
            stream[0]++;
            if (e.diagnosis().isEmpty()) {
                unclassified++;
                byCategory.merge(Category.UNKNOWN, 1L, Long::sum);
                e.eventTime().ifPresent(t -> minute(t, false, Category.UNKNOWN, null));
                return;
            }
            Diagnosis d = e.diagnosis().get();
            e.eventTime().ifPresent(t -> minute(t, false, d.category(), d.recovery()));
            // 18 and 21 take their subcode from errmsg when sub_errcode is absent: a text that told none
            if ((d.code() == 18 || d.code() == 21)
                    && e.subErrcode().isEmpty()
                    && d.subcode() == 0
                    && e.errmsg().filter(m -> !m.isBlank()).isPresent()) {
                unrecognized.merge(e.errmsg().get(), 1L, Long::sum);
            }
            byCategory.merge(d.category(), 1L, Long::sum);
            byRecovery.merge(d.recovery(), 1L, Long::sum);
            byCause.merge(d.cause(), 1L, Long::sum);
            if (d.recovery() == Recovery.FIX_REQUIRED) {
                stream[1]++;
            }
            if (!d.documented()) {
                undocumented.merge(new int[] {d.code(), d.subcode()}, 1L, Long::sum);
            }
        }

        private void add(StreamEventRecord r) {
            r.streamStartTime().ifPresent(this::time);
            r.streamEndTime().ifPresent(this::time);
            String domain = r.domainName().orElse("");
            String app = r.appName().orElse("");
            String name = r.streamName().orElse("");
            long[] stream = stream(domain, app, name);
            List<Object> key = List.of("record", domain, app, name, r.streamStartTime(), r.streamEndTime());
            if (!seen.add(key)) {
                duplicates++;
                return;
            }
            interruptions++;
            stream[0]++;
            List<InterruptionCause> causes = r.causes();
            if (causes.isEmpty()) {
                unclassified++;
                byCategory.merge(Category.UNKNOWN, 1L, Long::sum);
                r.streamEndTime().ifPresent(t -> minute(t, false, Category.UNKNOWN, null));
                r.stopReason().filter(t -> !t.isBlank()).ifPresent(t -> unrecognized.merge(t, 1L, Long::sum));
                return;
            }
            Category category = causes.get(0).category();
            Recovery recovery = causes.get(0).recovery();
            for (InterruptionCause c : causes) {
                if (c.category() != category || c.recovery() != recovery) {
                    throw new AssertionError("causes sharing a text must share category and recovery: " + causes);
                }
            }
            byCategory.merge(category, 1L, Long::sum);
            byRecovery.merge(recovery, 1L, Long::sum);
            Category inCategory = category;
            Recovery inRecovery = recovery;
            r.streamEndTime().ifPresent(t -> minute(t, false, inCategory, inRecovery));
            if (causes.size() == 1) {
                byCause.merge(causes.get(0), 1L, Long::sum);
            } else {
                List<InterruptionCause> group = new ArrayList<>(new TreeSet<>(causes));
                byGroup.merge(group, 1L, Long::sum);
            }
            if (recovery == Recovery.FIX_REQUIRED) {
                stream[1]++;
            }
        }

        /** An event counted at {@code t}: a push, or an interruption of a category and a recovery (or none). */
        private void minute(Instant t, boolean push, Category category, Recovery recovery) {
            if (t.getEpochSecond() < 0 || t.getEpochSecond() >= 1L << 32) {
                return; // documented: the timeline holds 1970-01-01 to 2106-02-07T06:28:14Z
            }
            long[] counts = minutes.computeIfAbsent(
                    Math.floorDiv(t.getEpochSecond(), 60L),
                    k -> new long[2 + Category.values().length + Recovery.values().length]);
            if (push) {
                counts[0]++;
                return;
            }
            counts[1]++;
            counts[2 + category.ordinal()]++;
            if (recovery != null) {
                counts[2 + Category.values().length + recovery.ordinal()]++;
            }
        }

        private long[] stream(String domain, String app, String name) {
            return streams.computeIfAbsent(List.of(domain, app, name), k -> new long[3]);
        }

        private void time(Instant exact) {
            Instant t = Instant.ofEpochSecond(exact.getEpochSecond()); // a report keeps whole seconds (the floor)
            first = first == null || t.isBefore(first) ? t : first;
            last = last == null || t.isAfter(last) ? t : last;
        }

        private static final Comparator<Row> BY_NAME =
                Comparator.comparing(Row::domain).thenComparing(Row::app).thenComparing(Row::stream);
        private static final Comparator<Row> BY_INTERRUPTIONS =
                Comparator.comparingLong((Row r) -> -r.interruptions()).thenComparing(BY_NAME);
        private static final Comparator<Row> BY_FIX =
                Comparator.comparingLong((Row r) -> -r.fixRequired()).thenComparing(BY_INTERRUPTIONS);

        Snapshot snapshot() {
            List<Row> all = new ArrayList<>();
            for (Map.Entry<List<String>, long[]> e : streams.entrySet()) {
                List<String> k = e.getKey();
                long[] v = e.getValue();
                all.add(new Row(k.get(0), k.get(1), k.get(2), v[0], v[1], v[2]));
            }
            all.sort(BY_INTERRUPTIONS);
            List<Row> withInterruptions =
                    all.stream().filter(r -> r.interruptions() > 0).toList();
            List<Row> withFix =
                    all.stream().filter(r -> r.fixRequired() > 0).sorted(BY_FIX).toList();
            List<Map.Entry<InterruptionCause, Long>> causes = new ArrayList<>();
            byCause.forEach((c, n) -> causes.add(Map.entry(c, n)));
            causes.sort(Comparator.comparingLong((Map.Entry<InterruptionCause, Long> e) -> -e.getValue())
                    .thenComparingInt(e -> e.getKey().ordinal()));
            List<Map.Entry<String, Long>> pairs = new ArrayList<>();
            undocumented.forEach((p, n) -> pairs.add(Map.entry(p[1] == 0 ? "" + p[0] : p[0] + "/" + p[1], n)));
            List<Map.Entry<List<InterruptionCause>, Long>> groups = new ArrayList<>();
            byGroup.forEach((g, n) -> groups.add(Map.entry(g, n)));
            groups.sort(Comparator.comparingLong((Map.Entry<List<InterruptionCause>, Long> e) -> -e.getValue())
                    .thenComparing(
                            e -> e.getKey().stream().mapToInt(Enum::ordinal).toArray(), Arrays::compare));
            List<Map.Entry<String, Long>> texts = new ArrayList<>();
            unrecognized.forEach((t, n) -> texts.add(Map.entry(t, n)));
            texts.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey));
            return new Snapshot(
                    interruptions,
                    pushes,
                    duplicates,
                    rejected,
                    otherEvents,
                    entries(otherByKind),
                    unclassified,
                    entries(byCategory),
                    entries(byRecovery),
                    causes,
                    pairs,
                    groups,
                    texts,
                    all,
                    List.of(),
                    withInterruptions.subList(0, Math.min(3, withInterruptions.size())),
                    withInterruptions,
                    List.of(),
                    withFix.subList(0, Math.min(2, withFix.size())),
                    withFix,
                    Optional.ofNullable(first),
                    Optional.ofNullable(last),
                    minuteLines(minutes),
                    List.copyOf(samples));
        }
    }

    // ---- random input ----------------------------------------------------------------------------------

    private static final String[] DOMAINS = {"push.example.com", "live.example.org"};
    private static final String[] APPS = {"live", "app2", null};
    private static final String[] STREAMS = {"room1", "room2", "room3", "room4", "room5"};
    /** errmsg texts: a row of 18 (18/303), legacy strings, success texts, free text. */
    private static final String[] ERRMSGS = {
        null,
        "ok",
        "",
        "推流域名被禁用",
        "push url maybe invalid",
        "recv rtmp deleteStream",
        "recv rtmpcloseStream",
        "something new"
    };
    /** Subcodes: listed rows, unlisted ones in a family or outside, 0. */
    private static final int[] SUBCODES = {0, 100, 104, 150, 202, 305, 501, 600, 602, 650, 999, 101, 103};
    /** Codes outside the table 0-35. */
    private static final int[] UNDOCUMENTED_CODES = {99, 36, 40, 1000, -1, -7};
    /** StopReason texts: one cause, a text shared by five causes, unknown, success, absent. */
    private static final String[] STOP_REASONS = {
        "推流域名被禁用", "推流客户端主动断流", "The client interrupted the stream", "客户端主动断流", "no idea what happened", "ok", null
    };

    /**
     * A random input: callbacks (with redeliveries, pushes and interruptions sharing sequences, events without
     * a sequence, other event types, undocumented pairs), API records (with duplicates) and rejected lines.
     * With {@code conflicts}, some redeliveries differ from the first delivery (same key, other content).
     */
    static List<Object> randomItems(Random rnd, int size, boolean conflicts) {
        List<Object> items = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<String> records = new ArrayList<>();
        Set<String> used = new HashSet<>(); // sequence/event_type of the callbacks so far
        long lineNumber = 0;
        while (items.size() < size) {
            int roll = rnd.nextInt(100);
            if (roll < 30) { // an interruption
                String body = randomCallback(rnd, sequence(rnd, sequences, used, 0, conflicts), 0);
                bodies.add(body);
                items.add(CallbackEvent.parse(body));
            } else if (roll < 42) { // a push
                String body = randomCallback(rnd, sequence(rnd, sequences, used, 1, conflicts), 1);
                bodies.add(body);
                items.add(CallbackEvent.parse(body));
            } else if (roll < 57) { // a redelivery, byte for byte
                if (!bodies.isEmpty()) {
                    items.add(CallbackEvent.parse(bodies.get(rnd.nextInt(bodies.size()))));
                }
            } else if (roll < 64) { // no sequence: never a duplicate
                String body = randomCallback(rnd, null, rnd.nextInt(2));
                bodies.add(body);
                items.add(CallbackEvent.parse(body));
            } else if (roll < 68) { // another callback type
                String seq = rnd.nextBoolean() && !sequences.isEmpty() ? pick(rnd, sequences) : null;
                items.add(CallbackEvent.parse(json(
                        "event_type",
                        rnd.nextBoolean() ? 321 : 100,
                        "sequence",
                        seq,
                        "event_time",
                        T0 + rnd.nextInt(100_000),
                        "stream_id",
                        pick(rnd, STREAMS))));
            } else if (roll < 75) { // a rejected line
                items.add(LogLine.rejected("gen.log", ++lineNumber, "reason " + rnd.nextInt(1000)));
            } else if (roll < 87) { // an API record
                String json = randomRecord(rnd);
                records.add(json);
                items.add(page(json).get(0));
            } else if (roll < 93) { // the same API record again
                if (!records.isEmpty()) {
                    items.add(page(pick(rnd, records)).get(0));
                }
            } else if (conflicts && roll < 97) { // same key, different content
                if (!sequences.isEmpty()) {
                    String body = randomCallback(rnd, pick(rnd, sequences), rnd.nextInt(2));
                    items.add(CallbackEvent.parse(body));
                }
            } else if (conflicts) { // same stream, start and end: a different StopReason
                if (!records.isEmpty()) {
                    String json = pick(rnd, records).replaceAll("\"StopReason\":\"[^\"]*\",", "");
                    items.add(page(json).get(0));
                }
            } else {
                lineNumber += 1000;
                items.add(LogLine.rejected("other.log", lineNumber, "blank line"));
            }
        }
        return items;
    }

    /**
     * The sequence of a new push or interruption: now and then one of an earlier event, so that a push and an
     * interruption share it; without {@code conflicts} never one already used with the same event type, so
     * that every duplicate is a byte-for-byte redelivery.
     */
    private static String sequence(
            Random rnd, List<String> sequences, Set<String> used, int eventType, boolean conflicts) {
        if (!sequences.isEmpty() && rnd.nextInt(3) == 0) {
            String earlier = pick(rnd, sequences);
            if (conflicts || used.add(earlier + "/" + eventType)) {
                return earlier;
            }
        }
        String seq;
        do { // longer than a long can hold, now and then
            seq = (rnd.nextBoolean() ? "4777712183614825" : "98765432109876543210") + rnd.nextInt(1_000_000);
        } while (!conflicts && (used.contains(seq + "/0") || used.contains(seq + "/1")));
        sequences.add(seq);
        used.add(seq + "/" + eventType);
        return seq;
    }

    private static String randomCallback(Random rnd, String sequence, int eventType) {
        String domain = rnd.nextInt(10) == 0 ? null : pick(rnd, DOMAINS);
        String app = pick(rnd, APPS);
        String stream = pick(rnd, STREAMS);
        boolean channelOnly = rnd.nextInt(5) == 0;
        Integer errcode = null;
        Integer subcode = null;
        String errmsg = pick(rnd, ERRMSGS);
        if (eventType == 0) {
            int kind = rnd.nextInt(10);
            if (kind < 4) {
                errcode = rnd.nextInt(36);
            } else if (kind < 6) {
                errcode = rnd.nextBoolean() ? 18 : 21;
                subcode = SUBCODES[rnd.nextInt(SUBCODES.length)];
            } else if (kind < 7) {
                errcode = 18; // subcode from errmsg, if the text matches a row
            } else if (kind < 8) {
                errcode = UNDOCUMENTED_CODES[rnd.nextInt(UNDOCUMENTED_CODES.length)];
                subcode = rnd.nextBoolean() ? null : rnd.nextInt(3);
            } else if (kind < 9) {
                errcode = rnd.nextInt(36);
                subcode = rnd.nextInt(50); // codes without subcodes ignore it
            } // else: no errcode at all
        } else if (rnd.nextBoolean()) {
            errcode = 0;
            errmsg = "ok";
        }
        return json(
                "app", domain,
                "appname", app,
                "stream_id", channelOnly ? null : stream,
                "channel_id", stream,
                "event_time", rnd.nextInt(8) == 0 ? null : T0 + rnd.nextInt(100_000),
                "event_type", eventType,
                "sequence", sequence,
                "errcode", errcode,
                "sub_errcode", subcode,
                "errmsg", errmsg,
                "idc_id", rnd.nextInt(40));
    }

    private static String randomRecord(Random rnd) {
        Instant start = Instant.ofEpochSecond(T0 - 50_000 + rnd.nextInt(200_000));
        Instant end = rnd.nextInt(6) == 0 ? null : start.plusSeconds(rnd.nextInt(10_000));
        return recordJson(pick(rnd, DOMAINS), pick(rnd, APPS), pick(rnd, STREAMS), start, end, pick(rnd, STOP_REASONS));
    }

    static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static <T> T pick(Random rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
