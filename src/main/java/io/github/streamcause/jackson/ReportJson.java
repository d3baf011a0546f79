package io.github.streamcause.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.streamcause.Category;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.InputSummary;
import io.github.streamcause.report.InterruptionReport;
import io.github.streamcause.report.Rejection;
import io.github.streamcause.report.StreamKey;
import io.github.streamcause.report.TimeBucket;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading the JSON of an {@link InterruptionReport} back: every figure, checked as it is read. */
final class ReportJson {
    private static final Map<String, InterruptionCause> CAUSES = new HashMap<>();

    static {
        for (InterruptionCause c : InterruptionCause.values()) {
            CAUSES.put(c.key(), c);
        }
    }

    private ReportJson() {}

    static final class Reader extends StdDeserializer<InterruptionReport> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(InterruptionReport.class);
        }

        @Override
        public InterruptionReport deserialize(JsonParser p, DeserializationContext context) throws IOException {
            JsonNode root = context.readTree(p);
            if (!root.isObject()) {
                throw mismatch(context, "a report is a JSON object, got " + root.getNodeType());
            }
            try {
                return read(root, context);
            } catch (IllegalArgumentException e) {
                throw mismatch(context, "the report's figures do not add up: " + e.getMessage());
            }
        }

        private static InterruptionReport read(JsonNode root, DeserializationContext context) throws IOException {
            InterruptionReport.Figures f = InterruptionReport.fromFigures();
            f.totals(
                    count(root, "interruptions", context),
                    count(root, "pushes", context),
                    count(root, "duplicatesRemoved", context),
                    count(root, "rejectedLines", context),
                    count(root, "otherEvents", context));
            JsonNode categories = object(root, "byCategory", context);
            for (Category c : Category.values()) {
                f.category(c, count(categories, c.name(), context));
            }
            JsonNode recoveries = object(root, "byRecovery", context);
            for (Recovery r : Recovery.values()) {
                f.recovery(r, count(recoveries, r.name(), context));
            }
            Set<Object> seen = new HashSet<>(); // a second count of a cause or pair would replace the first
            for (JsonNode cause : array(root, "byCause", context)) {
                // {"count", "cause": {"key", ...}}; the flat {"key", "count"} of earlier snapshot builds
                JsonNode named = cause.path("cause").isObject() ? cause.get("cause") : cause;
                String key = text(named, "key", context);
                InterruptionCause c = CAUSES.get(key);
                if (c == null) {
                    throw mismatch(
                            context, "byCause names the cause key \"" + key + "\", which this version does not know");
                }
                if (!seen.add(c)) {
                    throw mismatch(context, "byCause lists the cause key \"" + key + "\" twice");
                }
                f.cause(c, count(cause, "count", context));
            }
            JsonNode pairs = object(root, "undocumentedPairs", context);
            for (Map.Entry<String, JsonNode> e : pairs.properties()) {
                int slash = e.getKey().indexOf('/');
                try {
                    int code =
                            Integer.parseInt(slash < 0 ? e.getKey() : e.getKey().substring(0, slash));
                    int subcode = slash < 0 ? 0 : Integer.parseInt(e.getKey().substring(slash + 1));
                    if (!seen.add(Arrays.asList(code, subcode))) { // "99" and "099", or "18" and "18/0"
                        throw mismatch(context, "undocumentedPairs lists the pair \"" + e.getKey() + "\" twice");
                    }
                    f.undocumentedPair(code, subcode, count(pairs, e.getKey(), context));
                } catch (NumberFormatException notPair) {
                    throw mismatch(context, "undocumentedPairs: \"" + e.getKey() + "\" is not CODE or CODE/SUBCODE");
                }
            }
            if (root.get("byCauseGroup") != null) { // reports written before groups were counted have none
                for (JsonNode group : array(root, "byCauseGroup", context)) {
                    List<InterruptionCause> causes = new ArrayList<>();
                    for (JsonNode key : array(group, "causes", context)) {
                        InterruptionCause c = key.isTextual() ? CAUSES.get(key.asText()) : null;
                        if (c == null) {
                            throw mismatch(
                                    context,
                                    "byCauseGroup names the cause key " + key + ", which this version does not know");
                        }
                        causes.add(c);
                    }
                    if (!seen.add(java.util.EnumSet.copyOf(causes))) {
                        throw mismatch(context, "byCauseGroup lists the group " + group.get("causes") + " twice");
                    }
                    f.causeGroup(causes, count(group, "count", context));
                }
            }
            if (root.get("otherEventsByKind") != null) { // reports written before kinds were counted have none
                JsonNode kinds = object(root, "otherEventsByKind", context);
                for (Map.Entry<String, JsonNode> e : kinds.properties()) {
                    if (e.getKey().isEmpty()) {
                        throw mismatch(context, "otherEventsByKind has an empty kind");
                    }
                    f.otherEventKind(e.getKey(), count(kinds, e.getKey(), context));
                }
            }
            if (root.get("unrecognizedTexts") != null) {
                for (JsonNode t : array(root, "unrecognizedTexts", context)) {
                    String text = text(t, "text", context);
                    if (!seen.add("text:" + text)) {
                        throw mismatch(context, "unrecognizedTexts lists the text \"" + text + "\" twice");
                    }
                    f.unrecognizedText(text, count(t, "count", context));
                }
            }
            for (JsonNode s : array(root, "streams", context)) {
                f.stream(
                        StreamKey.of(
                                text(s, "domain", context),
                                text(s, "appName", context),
                                text(s, "streamName", context)),
                        count(s, "interruptions", context),
                        count(s, "fixRequired", context),
                        count(s, "pushes", context));
            }
            f.span(time(root, "firstEvent", context), time(root, "lastEvent", context));
            for (JsonNode r : array(root, "rejectedSamples", context)) {
                f.rejectedSample(Rejection.of(
                        text(r, "source", context), count(r, "line", context), text(r, "reason", context)));
            }
            JsonNode inputs = root.get("inputs");
            if (inputs != null) { // reports written before inputs were listed have none
                for (JsonNode i : array(root, "inputs", context)) {
                    f.input(InputSummary.of(
                            text(i, "name", context),
                            text(i, "kind", context),
                            count(i, "lines", context),
                            count(i, "rejected", context),
                            count(i, "filteredOut", context)));
                }
            }
            if (root.get("timeline") != null) { // reports written before the timeline have none
                timeline(f, object(root, "timeline", context), context);
            }
            return f.build();
        }

        /**
         * {@code {"width", "buckets": [...]}}: each bucket at a start aligned to the width, listed once, its
         * interruptions the sum of its categories.
         */
        private static void timeline(InterruptionReport.Figures f, JsonNode timeline, DeserializationContext context)
                throws IOException {
            String text = text(timeline, "width", context);
            Duration width;
            try {
                width = Duration.parse(text);
            } catch (DateTimeParseException e) {
                width = null;
            }
            if (width == null || width.getNano() != 0 || width.getSeconds() < 60 || width.getSeconds() % 60 != 0) {
                throw mismatch(
                        context,
                        "\"width\" must be an ISO-8601 duration of whole minutes (PT1H), got " + timeline.get("width"));
            }
            Set<Instant> starts = new HashSet<>();
            for (JsonNode bucket : array(timeline, "buckets", context)) {
                Instant start = time(bucket, "start", context);
                if (start == null) {
                    throw mismatch(context, "\"start\" must be an ISO-8601 time, got null");
                }
                if (start.getNano() != 0 || Math.floorMod(start.getEpochSecond(), width.getSeconds()) != 0) {
                    throw mismatch(
                            context,
                            "the timeline bucket at " + start + " does not start at a multiple of " + width
                                    + " since the epoch");
                }
                if (!starts.add(start)) {
                    throw mismatch(context, "the timeline lists the bucket at " + start + " twice");
                }
                long interruptions = count(bucket, "interruptions", context);
                long pushes = count(bucket, "pushes", context);
                JsonNode categories = object(bucket, "byCategory", context);
                Map<Category, Long> byCategory = new EnumMap<>(Category.class);
                long sum = 0;
                for (Category c : Category.values()) {
                    long n = count(categories, c.name(), context);
                    byCategory.put(c, n);
                    sum += n;
                    if (sum < 0) { // past Long.MAX_VALUE: no count adds up to it
                        throw mismatch(
                                context,
                                "the timeline bucket at " + start + " has more interruptions"
                                        + " by category than a count holds");
                    }
                }
                if (sum != interruptions) {
                    throw mismatch(
                            context,
                            "the timeline bucket at " + start + " has " + interruptions + " interruptions, but " + sum
                                    + " by category");
                }
                JsonNode recoveries = object(bucket, "byRecovery", context);
                Map<Recovery, Long> byRecovery = new EnumMap<>(Recovery.class);
                for (Recovery r : Recovery.values()) {
                    byRecovery.put(r, count(recoveries, r.name(), context));
                }
                f.timeline(TimeBucket.of(start, width, pushes, byCategory, byRecovery));
            }
        }

        private static long count(JsonNode node, String field, DeserializationContext context) throws IOException {
            JsonNode value = node.get(field);
            if (value == null
                    || !value.canConvertToExactIntegral()
                    || !value.canConvertToLong()
                    || value.asLong() < 0) {
                throw mismatch(context, "\"" + field + "\" must be a count (a whole number, 0 or more), got " + value);
            }
            return value.asLong();
        }

        private static String text(JsonNode node, String field, DeserializationContext context) throws IOException {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw mismatch(context, "\"" + field + "\" must be a string, got " + value);
            }
            return value.asText();
        }

        private static JsonNode object(JsonNode node, String field, DeserializationContext context) throws IOException {
            JsonNode value = node.get(field);
            if (value == null || !value.isObject()) {
                throw mismatch(context, "\"" + field + "\" must be an object, got " + value);
            }
            return value;
        }

        private static JsonNode array(JsonNode node, String field, DeserializationContext context) throws IOException {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw mismatch(context, "\"" + field + "\" must be an array, got " + value);
            }
            return value;
        }

        private static Instant time(JsonNode node, String field, DeserializationContext context) throws IOException {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw mismatch(context, "\"" + field + "\" must be an ISO-8601 time or null, got " + value);
            }
        }

        private static JsonMappingException mismatch(DeserializationContext context, String message) {
            return JsonMappingException.from(context, "not a StreamCause report: " + message);
        }
    }
}
