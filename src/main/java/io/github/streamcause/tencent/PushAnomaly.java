package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.streamcause.AnomalyType;
import io.github.streamcause.report.StreamKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One push anomaly callback of Tencent Cloud CSS ({@code event_type} 321): the warnings the platform
 * POSTs, each reporting interval, while a push misbehaves (timestamps going backwards, long gaps between
 * frames, codec changes...), often before the push drops. Every documented field is typed; {@link
 * #anomalies()} holds the {@code abnormal_event} items, each with its {@code type} (an {@link AnomalyType}
 * when it is one of the eleven documented, else kept by its number and texts), {@code count} and {@code
 * detail}s.
 *
 * <p>As for {@link CallbackEvent}: only {@code event_type} is required, and must be 321, and each
 * anomaly's {@code type}; numbers sent as strings are accepted in their plain decimal form; times are in
 * milliseconds here ({@code data_time}, {@code occur_time}), between 1970 and 2100; the fields of the
 * body and of each item this class does not know are kept in {@code otherFields()}. Bad content throws
 * an {@link InvalidPayloadException} that names the field ({@code abnormal_event[2].detail[0].occur_time}).
 *
 * <pre>{@code
 * PushAnomaly warning = PushAnomaly.parse(requestBody);
 * for (PushAnomaly.Anomaly a : warning.anomalies()) {
 *     String what = a.type().map(t -> t.description(locale)).orElse(a.vendorDescription());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 *
 * @since 0.1.0
 */
public final class PushAnomaly {
    /** {@code event_type} of a push anomaly callback. */
    public static final int EVENT_TYPE = 321;

    private final Instant expiry;
    private final String expiryText;
    private final String sign;
    private final Long appId;
    private final String domain;
    private final String path;
    private final String streamId;
    private final String sequence;
    private final String userIp;
    private final String streamParam;
    private final Instant dataTime;
    private final Duration reportInterval;
    private final Duration timeout;
    private final List<Anomaly> anomalies;
    private final Map<String, String> otherFields;

    private PushAnomaly(Fields f) {
        this.expiry = f.expiry;
        this.expiryText = f.expiryText;
        this.sign = f.sign;
        this.appId = f.appId;
        this.domain = f.domain;
        this.path = f.path;
        this.streamId = f.streamId;
        this.sequence = f.sequence;
        this.userIp = f.userIp;
        this.streamParam = f.streamParam;
        this.dataTime = f.dataTime;
        this.reportInterval = f.reportInterval;
        this.timeout = f.timeout;
        this.anomalies =
                f.anomalies == null ? Collections.<Anomaly>emptyList() : Collections.unmodifiableList(f.anomalies);
        this.otherFields = frozen(f.otherFields);
    }

    private static Map<String, String> frozen(Map<String, String> fields) {
        return fields == null
                ? Collections.<String, String>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * Parses a push anomaly callback body.
     *
     * @param json the body; a leading byte order mark is ignored
     * @return the callback
     * @throws InvalidPayloadException if the body is not a valid push anomaly callback (the message names
     *     the field)
     * @throws NullPointerException if {@code json} is null
     */
    public static PushAnomaly parse(String json) {
        return Json.parse(json, PushAnomaly::readWhole);
    }

    /**
     * Parses a push anomaly callback body in UTF-8 (a byte order mark is ignored; invalid UTF-8 is
     * rejected).
     *
     * @param json the body
     * @return the callback
     * @throws InvalidPayloadException if the body is not a valid push anomaly callback
     * @throws NullPointerException if {@code json} is null
     */
    public static PushAnomaly parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        return parse(json, 0, json.length);
    }

    static PushAnomaly parse(byte[] json, int offset, int length) {
        return Json.parse(json, offset, length, PushAnomaly::readWhole);
    }

    /**
     * Parses a push anomaly callback body from a stream, in UTF-8. The stream is read to its end (at most
     * {@value Json#MAX_DOCUMENT_BYTES} bytes) but not closed.
     *
     * @param json the body
     * @return the callback
     * @throws InvalidPayloadException if the body is not a valid push anomaly callback
     * @throws IOException if reading the stream fails
     */
    public static PushAnomaly parse(InputStream json) throws IOException {
        return Json.parse(json, PushAnomaly::readWhole);
    }

    private static PushAnomaly readWhole(JsonParser p) throws IOException {
        Json.expectStartObject(p, "");
        PushAnomaly anomaly = readObject(p);
        Json.expectEnd(p);
        return anomaly;
    }

    /** The fields of the body; the ordinal is the field's bit in {@link Json#once}. */
    enum Field implements Json.Known {
        EVENT_TYPE("event_type"),
        T("t"),
        SIGN("sign"),
        APPID("appid"),
        DOMAIN("domain"),
        PATH("path"),
        STREAM_ID("stream_id"),
        SEQUENCE("sequence"),
        USER_IP("user_ip"),
        STREAM_PARAM("stream_param"),
        DATA_TIME("data_time"),
        REPORT_INTERVAL("report_interval"),
        TIMEOUT("timeout"),
        ABNORMAL_EVENT("abnormal_event");

        private static final Map<String, Field> BY_NAME = Json.byName(values());

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        @Override
        public String jsonName() {
            return jsonName;
        }
    }

    private static PushAnomaly readObject(JsonParser p) throws IOException {
        Fields f = new Fields();
        boolean hasEventType = false;
        long seen = 0;
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            Field known = Field.BY_NAME.get(name);
            if (known == null) {
                if (f.otherFields == null) {
                    f.otherFields = new LinkedHashMap<>();
                }
                Json.keep(f.otherFields, p, name, name);
                continue;
            }
            seen = Json.once(seen, known, name);
            switch (known) {
                case EVENT_TYPE:
                    Integer type = Json.int32(p, name);
                    if (type == null || type != EVENT_TYPE) {
                        throw new InvalidPayloadException(
                                name, "expected " + EVENT_TYPE + " (a push anomaly callback), got " + type, null);
                    }
                    hasEventType = true;
                    break;
                case T:
                    f.expiry = Json.epochSecond(p, name);
                    f.expiryText = f.expiry == null ? null : p.getText();
                    break;
                case SIGN:
                    f.sign = Json.string(p, name);
                    break;
                case APPID:
                    f.appId = Json.integer(p, name, 0, Long.MAX_VALUE);
                    break;
                case DOMAIN:
                    f.domain = Json.string(p, name);
                    break;
                case PATH:
                    f.path = Json.string(p, name);
                    break;
                case STREAM_ID:
                    f.streamId = Json.string(p, name);
                    break;
                case SEQUENCE:
                    f.sequence = Json.string(p, name);
                    break;
                case USER_IP:
                    f.userIp = Json.string(p, name);
                    break;
                case STREAM_PARAM:
                    f.streamParam = Json.string(p, name);
                    break;
                case DATA_TIME:
                    f.dataTime = Json.epochMilli(p, name);
                    break;
                case REPORT_INTERVAL:
                    f.reportInterval = Json.millis(p, name);
                    break;
                case TIMEOUT:
                    f.timeout = Json.millis(p, name);
                    break;
                case ABNORMAL_EVENT:
                    f.anomalies = anomalies(p, name);
                    break;
            }
        }
        if (!hasEventType) {
            throw new InvalidPayloadException("event_type", "missing (required)", null);
        }
        return new PushAnomaly(f);
    }

    /** {@code abnormal_event}: an array of objects, or null (none). */
    private static List<Anomaly> anomalies(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new InvalidPayloadException(field, "expected an array, got " + Json.describe(p, token), null);
        }
        List<Anomaly> items = new ArrayList<>();
        for (token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            String at = field + "[" + items.size() + "]";
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidPayloadException(at, "expected an object, got " + Json.describe(p, token), null);
            }
            items.add(Anomaly.read(p, at));
        }
        return items;
    }

    /** The mutable fields while parsing. */
    private static final class Fields {
        Instant expiry;
        String expiryText;
        String sign;
        Long appId;
        String domain;
        String path;
        String streamId;
        String sequence;
        String userIp;
        String streamParam;
        Instant dataTime;
        Duration reportInterval;
        Duration timeout;
        List<Anomaly> anomalies;
        Map<String, String> otherFields;
    }

    /**
     * {@code t}: when the callback's signature expires.
     *
     * @return the expiry, if sent
     */
    public Optional<Instant> signatureExpiry() {
        return Optional.ofNullable(expiry);
    }

    /** {@code t} as the body sent it, the text {@code sign} covers; null when {@link #signatureExpiry()} is empty. */
    String signedExpiry() {
        return expiryText;
    }

    /**
     * {@code sign}: MD5 of the callback key and {@code t}, in hex; see {@link CallbackVerifier#verify(PushAnomaly)}.
     *
     * @return the signature, if sent
     */
    public Optional<String> sign() {
        return Optional.ofNullable(sign);
    }

    /**
     * {@code appid}: the account's APPID.
     *
     * @return the APPID, if sent
     */
    public OptionalLong appId() {
        return appId == null ? OptionalLong.empty() : OptionalLong.of(appId);
    }

    /**
     * {@code domain}: the push domain (a push/interruption callback calls it {@code app}).
     *
     * @return the domain, if sent
     */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /**
     * {@code path}: the push path, the app name (a push/interruption callback calls it {@code appname}).
     *
     * @return the path, if sent
     */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * {@code stream_id}: the stream name.
     *
     * @return the stream name, if sent
     */
    public Optional<String> streamId() {
        return Optional.ofNullable(streamId);
    }

    /**
     * {@code sequence}: the push session, shared with that push's push and interruption callbacks (newer
     * payloads only).
     *
     * @return the sequence, if sent
     */
    public Optional<String> sequence() {
        return Optional.ofNullable(sequence);
    }

    /**
     * {@code user_ip}: the push client's IP address.
     *
     * @return the address, if sent
     */
    public Optional<String> userIp() {
        return Optional.ofNullable(userIp);
    }

    /**
     * {@code stream_param}: the query string of the push URL.
     *
     * @return the query string, if sent
     */
    public Optional<String> streamParam() {
        return Optional.ofNullable(streamParam);
    }

    /**
     * {@code data_time}: when the callback was made (sent in milliseconds).
     *
     * @return the time, if sent
     */
    public Optional<Instant> dataTime() {
        return Optional.ofNullable(dataTime);
    }

    /**
     * {@code report_interval}: how often the platform reports anomalies.
     *
     * @return the interval, if sent
     */
    public Optional<Duration> reportInterval() {
        return Optional.ofNullable(reportInterval);
    }

    /**
     * {@code timeout}: the callback request's timeout.
     *
     * @return the timeout, if sent
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * {@code abnormal_event}: the anomalies of this interval, in the order sent.
     *
     * @return an unmodifiable list, empty when none was sent
     */
    public List<Anomaly> anomalies() {
        return anomalies;
    }

    /**
     * The fields of the body this class does not know, under their names as sent, as compact JSON text.
     *
     * @return an unmodifiable map in the order sent
     */
    public Map<String, String> otherFields() {
        return otherFields;
    }

    /**
     * The stream: {@code domain}, {@code path}, {@code stream_id}, the same key a push/interruption callback
     * of the stream has; a part the body lacks is empty.
     *
     * @return the stream
     */
    public StreamKey stream() {
        return StreamKey.of(domain, path, streamId);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PushAnomaly)) {
            return false;
        }
        PushAnomaly o = (PushAnomaly) other;
        return Objects.equals(expiry, o.expiry)
                && Objects.equals(expiryText, o.expiryText)
                && Objects.equals(sign, o.sign)
                && Objects.equals(appId, o.appId)
                && Objects.equals(domain, o.domain)
                && Objects.equals(path, o.path)
                && Objects.equals(streamId, o.streamId)
                && Objects.equals(sequence, o.sequence)
                && Objects.equals(userIp, o.userIp)
                && Objects.equals(streamParam, o.streamParam)
                && Objects.equals(dataTime, o.dataTime)
                && Objects.equals(reportInterval, o.reportInterval)
                && Objects.equals(timeout, o.timeout)
                && anomalies.equals(o.anomalies)
                && otherFields.equals(o.otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, dataTime, domain, path, streamId, anomalies);
    }

    /**
     * A short summary for logs: stream, time, sequence and the anomalies' types and counts.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PushAnomaly{stream=")
                .append(domain)
                .append('/')
                .append(path)
                .append('/')
                .append(streamId)
                .append(", time=")
                .append(dataTime)
                .append(", sequence=")
                .append(sequence)
                .append(", anomalies=[");
        for (int i = 0; i < anomalies.size(); i++) {
            Anomaly a = anomalies.get(i);
            s.append(i == 0 ? "" : ", ")
                    .append(a.typeNumber())
                    .append('x')
                    .append(a.count().orElse(1));
        }
        return s.append("]}").toString();
    }

    /**
     * One {@code abnormal_event} item: an anomaly of one type and how often it occurred in the interval.
     *
     * @since 0.1.0
     */
    public static final class Anomaly {
        private final int typeNumber;
        private final Long count;
        private final List<Detail> details;
        private final String typeDescCn;
        private final String typeDescEn;
        private final String eventKey;
        private final String customerVisible;
        private final Map<String, String> otherFields;

        private Anomaly(
                int typeNumber,
                Long count,
                List<Detail> details,
                String typeDescCn,
                String typeDescEn,
                String eventKey,
                String customerVisible,
                Map<String, String> otherFields) {
            this.typeNumber = typeNumber;
            this.count = count;
            this.details = details == null ? Collections.<Detail>emptyList() : Collections.unmodifiableList(details);
            this.typeDescCn = typeDescCn;
            this.typeDescEn = typeDescEn;
            this.eventKey = eventKey;
            this.customerVisible = customerVisible;
            this.otherFields = frozen(otherFields);
        }

        /** The item whose START_OBJECT is the current token; on return END_OBJECT is. */
        static Anomaly read(JsonParser p, String at) throws IOException {
            Integer type = null;
            Long count = null;
            List<Detail> details = null;
            String cn = null;
            String en = null;
            String key = null;
            String visible = null;
            Map<String, String> others = null;
            long seen = 0;
            for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                String field = at + "." + name;
                p.nextToken();
                Item known = Item.BY_NAME.get(name);
                if (known == null) {
                    if (others == null) {
                        others = new LinkedHashMap<>();
                    }
                    Json.keep(others, p, name, field);
                    continue;
                }
                seen = Json.once(seen, known, field);
                switch (known) {
                    case TYPE:
                        type = Json.int32(p, field);
                        break;
                    case COUNT:
                        count = Json.integer(p, field, 0, Long.MAX_VALUE);
                        break;
                    case DETAIL:
                        details = details(p, field);
                        break;
                    case TYPE_DESC_CN:
                        cn = Json.string(p, field);
                        break;
                    case TYPE_DESC_EN:
                        en = Json.string(p, field);
                        break;
                    case EVENT_KEY:
                        key = Json.string(p, field);
                        break;
                    case CUSTOMER_VISIBLE:
                        visible = Json.string(p, field);
                        break;
                }
            }
            if (type == null) {
                throw new InvalidPayloadException(at + ".type", "missing (required)", null);
            }
            return new Anomaly(type, count, details, cn, en, key, visible, others);
        }

        private static List<Detail> details(JsonParser p, String field) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new InvalidPayloadException(field, "expected an array, got " + Json.describe(p, token), null);
            }
            List<Detail> details = new ArrayList<>();
            for (token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
                String at = field + "[" + details.size() + "]";
                if (token != JsonToken.START_OBJECT) {
                    throw new InvalidPayloadException(at, "expected an object, got " + Json.describe(p, token), null);
                }
                details.add(Detail.read(p, at));
            }
            return details;
        }

        /** The fields of an item; the ordinal is the field's bit in {@link Json#once}. */
        enum Item implements Json.Known {
            TYPE("type"),
            COUNT("count"),
            DETAIL("detail"),
            TYPE_DESC_CN("type_desc_cn"),
            TYPE_DESC_EN("type_desc_en"),
            EVENT_KEY("event_key"),
            CUSTOMER_VISIBLE("customer_visible");

            private static final Map<String, Item> BY_NAME = Json.byName(values());

            private final String jsonName;

            Item(String jsonName) {
                this.jsonName = jsonName;
            }

            @Override
            public String jsonName() {
                return jsonName;
            }
        }

        /**
         * {@code type} as sent.
         *
         * @return the vendor's number
         */
        public int typeNumber() {
            return typeNumber;
        }

        /**
         * The documented type of {@link #typeNumber()}.
         *
         * @return the type, empty for a number the vendor's table does not list
         */
        public Optional<AnomalyType> type() {
            return Optional.ofNullable(AnomalyType.of(typeNumber));
        }

        /**
         * {@code count}: how often the anomaly occurred in the interval.
         *
         * @return the count, if sent
         */
        public OptionalLong count() {
            return count == null ? OptionalLong.empty() : OptionalLong.of(count);
        }

        /**
         * {@code detail}: the occurrences, each with its text and time.
         *
         * @return an unmodifiable list, empty when none was sent
         */
        public List<Detail> details() {
            return details;
        }

        /**
         * {@code type_desc_cn}: the vendor's Chinese description (sometimes a blank {@code " "}).
         *
         * @return the text, if sent
         */
        public Optional<String> typeDescCn() {
            return Optional.ofNullable(typeDescCn);
        }

        /**
         * {@code type_desc_en}: the vendor's English description.
         *
         * @return the text, if sent
         */
        public Optional<String> typeDescEn() {
            return Optional.ofNullable(typeDescEn);
        }

        /**
         * The vendor's own words for this anomaly, for a type StreamCause does not know: {@code
         * type_desc_en}, else {@code type_desc_cn}, else {@code event_key}, the first not blank.
         *
         * @return the text, or {@code "anomaly type N"} when the item has none
         */
        public String vendorDescription() {
            for (String text : new String[] {typeDescEn, typeDescCn, eventKey}) {
                if (text != null && !text.trim().isEmpty()) {
                    return text.trim();
                }
            }
            return "anomaly type " + typeNumber;
        }

        /**
         * {@code event_key}: a supplementary description (in Chinese).
         *
         * @return the text, if sent
         */
        public Optional<String> eventKey() {
            return Optional.ofNullable(eventKey);
        }

        /**
         * {@code customer_visible}, as sent ({@code "true"}).
         *
         * @return the text, if sent
         */
        public Optional<String> customerVisible() {
            return Optional.ofNullable(customerVisible);
        }

        /**
         * The fields of the item this class does not know, as compact JSON text.
         *
         * @return an unmodifiable map in the order sent
         */
        public Map<String, String> otherFields() {
            return otherFields;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Anomaly)) {
                return false;
            }
            Anomaly o = (Anomaly) other;
            return typeNumber == o.typeNumber
                    && Objects.equals(count, o.count)
                    && details.equals(o.details)
                    && Objects.equals(typeDescCn, o.typeDescCn)
                    && Objects.equals(typeDescEn, o.typeDescEn)
                    && Objects.equals(eventKey, o.eventKey)
                    && Objects.equals(customerVisible, o.customerVisible)
                    && otherFields.equals(o.otherFields);
        }

        @Override
        public int hashCode() {
            return Objects.hash(typeNumber, count, details);
        }

        @Override
        public String toString() {
            return "Anomaly{type=" + typeNumber + ", count=" + count + ", details=" + details.size() + "}";
        }
    }

    /**
     * One {@code detail} item: an occurrence of an anomaly.
     *
     * @since 0.1.0
     */
    public static final class Detail {
        private final String desc;
        private final Instant occurTime;
        private final Map<String, String> otherFields;

        private Detail(String desc, Instant occurTime, Map<String, String> otherFields) {
            this.desc = desc;
            this.occurTime = occurTime;
            this.otherFields = frozen(otherFields);
        }

        static Detail read(JsonParser p, String at) throws IOException {
            String desc = null;
            Instant time = null;
            Map<String, String> others = null;
            boolean hasDesc = false;
            boolean hasTime = false;
            for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                String field = at + "." + name;
                p.nextToken();
                if (name.equals("desc") || name.equals("occur_time")) {
                    if (name.equals("desc") ? hasDesc : hasTime) {
                        throw Json.duplicate(field);
                    }
                    if (name.equals("desc")) {
                        desc = Json.string(p, field);
                        hasDesc = true;
                    } else {
                        time = Json.epochMilli(p, field);
                        hasTime = true;
                    }
                } else {
                    if (others == null) {
                        others = new LinkedHashMap<>();
                    }
                    Json.keep(others, p, name, field);
                }
            }
            return new Detail(desc, time, others);
        }

        /**
         * {@code desc}: what happened, in the vendor's words ({@code "video frame arrive interval too long,
         * interval=3046(msec)"}).
         *
         * @return the text, if sent
         */
        public Optional<String> desc() {
            return Optional.ofNullable(desc);
        }

        /**
         * {@code occur_time}: when (sent in milliseconds).
         *
         * @return the time, if sent
         */
        public Optional<Instant> occurTime() {
            return Optional.ofNullable(occurTime);
        }

        /**
         * The fields of the item this class does not know, as compact JSON text.
         *
         * @return an unmodifiable map in the order sent
         */
        public Map<String, String> otherFields() {
            return otherFields;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Detail)) {
                return false;
            }
            Detail o = (Detail) other;
            return Objects.equals(desc, o.desc)
                    && Objects.equals(occurTime, o.occurTime)
                    && otherFields.equals(o.otherFields);
        }

        @Override
        public int hashCode() {
            return Objects.hash(desc, occurTime);
        }

        @Override
        public String toString() {
            return "Detail{desc=" + desc + ", occurTime=" + occurTime + "}";
        }
    }
}
