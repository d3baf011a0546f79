package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.report.EventId;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One stream push/interruption callback of Tencent Cloud CSS: the JSON body the platform POSTs to the
 * account's callback URL, with every documented field typed.
 *
 * <p>Only {@code event_type} is required; every other field is optional, as in the vendor's older
 * documentation. Numbers sent as strings are accepted ({@code "errcode":"18"}: the vendor's types drift)
 * in their plain decimal form only: ASCII digits, no sign but a {@code -}, no leading zero, no white
 * space ({@code "+18"}, {@code "018"}, {@code " 18"} are rejected); floats, out-of-range numbers,
 * timestamps outside 1970-2100 and non-numeric durations are rejected with
 * an {@link InvalidPayloadException} that names the field. Fields this class does not know are kept,
 * uninterpreted, in {@link #otherFields()}.
 *
 * <pre>{@code
 * CallbackEvent event = CallbackEvent.parse(requestBody);
 * if (event.isInterruption()) {
 *     Diagnosis d = event.diagnosis().get();   // from errcode, errmsg (and sub_errcode if sent)
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when all fields are equal.
 *
 * @since 0.1.0
 */
public final class CallbackEvent {
    /** {@code event_type} of an interruption (push ended). */
    public static final int INTERRUPTION = 0;
    /** {@code event_type} of a push (push started). */
    public static final int PUSH = 1;

    private final int eventType;
    private final Instant expiry;
    private final String expiryText;
    private final String sign;
    private final Long appId;
    private final String domain;
    private final String appName;
    private final String streamId;
    private final String channelId;
    private final Instant eventTime;
    private final String sequence;
    private final String node;
    private final String userIp;
    private final String streamParam;
    private final Duration pushDuration;
    private final Integer errcode;
    private final String errmsg;
    private final Integer subErrcode;
    private final Integer setId;
    private final Integer width;
    private final Integer height;
    private final Integer idcId;
    private final Map<String, String> otherFields;
    private final Diagnosis diagnosis;

    private CallbackEvent(Fields f) {
        this.eventType = f.eventType;
        this.expiry = f.expiry;
        this.expiryText = f.expiryText;
        this.sign = f.sign;
        this.appId = f.appId;
        this.domain = f.domain;
        this.appName = f.appName;
        this.streamId = f.streamId;
        this.channelId = f.channelId;
        this.eventTime = f.eventTime;
        this.sequence = f.sequence;
        this.node = f.node;
        this.userIp = f.userIp;
        this.streamParam = f.streamParam;
        this.pushDuration = f.pushDuration;
        this.errcode = f.errcode;
        this.errmsg = f.errmsg;
        this.subErrcode = f.subErrcode;
        this.setId = f.setId;
        this.width = f.width;
        this.height = f.height;
        this.idcId = f.idcId;
        this.otherFields = f.otherFields == null
                ? Collections.<String, String>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(f.otherFields));
        this.diagnosis = diagnose(f);
    }

    private static Diagnosis diagnose(Fields f) {
        if (f.eventType != INTERRUPTION || f.errcode == null) {
            return null;
        }
        if (f.subErrcode != null) {
            return ErrorCodes.describe(f.errcode, f.subErrcode);
        }
        return ErrorCodes.describe(f.errcode, f.errmsg);
    }

    /**
     * Parses a callback body.
     *
     * @param json the body; a leading byte order mark is ignored
     * @return the event
     * @throws InvalidPayloadException if the body is not a valid callback (the message names the field)
     * @throws NullPointerException if {@code json} is null
     */
    public static CallbackEvent parse(String json) {
        return Json.parse(json, CallbackEvent::readWhole);
    }

    /**
     * Parses a callback body in UTF-8 (a byte order mark is ignored; invalid UTF-8 is rejected).
     *
     * @param json the body
     * @return the event
     * @throws InvalidPayloadException if the body is not a valid callback
     * @throws NullPointerException if {@code json} is null
     */
    public static CallbackEvent parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        return parse(json, 0, json.length);
    }

    static CallbackEvent parse(byte[] json, int offset, int length) {
        return Json.parse(json, offset, length, CallbackEvent::readWhole);
    }

    /**
     * Parses a callback body from a stream, such as an HTTP request body, in UTF-8. The stream is read
     * to its end (at most {@value Json#MAX_DOCUMENT_BYTES} bytes) but not closed.
     *
     * @param json the body
     * @return the event
     * @throws InvalidPayloadException if the body is not a valid callback
     * @throws IOException if reading the stream fails
     */
    public static CallbackEvent parse(InputStream json) throws IOException {
        return Json.parse(json, CallbackEvent::readWhole);
    }

    private static CallbackEvent readWhole(JsonParser p) throws IOException {
        Json.expectStartObject(p, "");
        CallbackEvent event = readObject(p, "");
        Json.expectEnd(p);
        return event;
    }

    /** The fields of a callback body this class reads; the ordinal is the field's bit in {@link Json#once}. */
    enum Field implements Json.Known {
        EVENT_TYPE("event_type"),
        T("t"),
        SIGN("sign"),
        APPID("appid"),
        APP("app"),
        APPNAME("appname"),
        STREAM_ID("stream_id"),
        CHANNEL_ID("channel_id"),
        EVENT_TIME("event_time"),
        SEQUENCE("sequence"),
        NODE("node"),
        USER_IP("user_ip"),
        STREAM_PARAM("stream_param"),
        PUSH_DURATION("push_duration"),
        ERRCODE("errcode"),
        ERRMSG("errmsg"),
        SUB_ERRCODE("sub_errcode"),
        SET_ID("set_id"),
        WIDTH("width"),
        HEIGHT("height"),
        IDC_ID("idc_id");

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

    /**
     * Reads the fields of an object whose START_OBJECT is the current token; on return END_OBJECT is.
     * {@code prefix} is prepended to field names in errors.
     */
    static CallbackEvent readObject(JsonParser p, String prefix) throws IOException {
        Fields f = new Fields();
        boolean hasEventType = false;
        long seen = 0; // the known fields read so far: a payload must not send one twice
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            String field = Json.field(prefix, name);
            p.nextToken();
            Field known = Field.BY_NAME.get(name);
            if (known == null) {
                if (f.otherFields == null) {
                    // most bodies have no unknown field: no map for them
                    f.otherFields = new LinkedHashMap<>();
                }
                Json.keep(f.otherFields, p, name, field);
                continue;
            }
            seen = Json.once(seen, known, field);
            switch (known) {
                case EVENT_TYPE:
                    Integer type = Json.int32(p, field);
                    if (type == null) {
                        throw new InvalidPayloadException(field, "must not be null", null);
                    }
                    f.eventType = type;
                    hasEventType = true;
                    break;
                case T:
                    f.expiry = Json.epochSecond(p, field);
                    // the text as sent, number or string: the signature covers that, not the number
                    f.expiryText = f.expiry == null ? null : p.getText();
                    break;
                case SIGN:
                    f.sign = Json.string(p, field);
                    break;
                case APPID:
                    f.appId = Json.integer(p, field, 0, Long.MAX_VALUE);
                    break;
                case APP:
                    f.domain = Json.string(p, field);
                    break;
                case APPNAME:
                    f.appName = Json.string(p, field);
                    break;
                case STREAM_ID:
                    f.streamId = Json.string(p, field);
                    break;
                case CHANNEL_ID:
                    f.channelId = Json.string(p, field);
                    break;
                case EVENT_TIME:
                    f.eventTime = Json.epochSecond(p, field);
                    break;
                case SEQUENCE:
                    f.sequence = Json.string(p, field);
                    break;
                case NODE:
                    f.node = Json.string(p, field);
                    break;
                case USER_IP:
                    f.userIp = Json.string(p, field);
                    break;
                case STREAM_PARAM:
                    f.streamParam = Json.string(p, field);
                    break;
                case PUSH_DURATION:
                    f.pushDuration = Json.millis(p, field);
                    break;
                case ERRCODE:
                    f.errcode = Json.int32(p, field);
                    break;
                case ERRMSG:
                    f.errmsg = Json.string(p, field);
                    break;
                case SUB_ERRCODE:
                    f.subErrcode = Json.int32(p, field);
                    break;
                case SET_ID:
                    f.setId = Json.int32(p, field);
                    break;
                case WIDTH:
                    f.width = Json.int32(p, field);
                    break;
                case HEIGHT:
                    f.height = Json.int32(p, field);
                    break;
                case IDC_ID:
                    f.idcId = Json.int32(p, field);
                    break;
            }
        }
        if (!hasEventType) {
            throw new InvalidPayloadException(prefix + "event_type", "missing (required)", null);
        }
        return new CallbackEvent(f);
    }

    /** The mutable fields while parsing. */
    private static final class Fields {
        int eventType;
        Instant expiry;
        String expiryText;
        String sign;
        Long appId;
        String domain;
        String appName;
        String streamId;
        String channelId;
        Instant eventTime;
        String sequence;
        String node;
        String userIp;
        String streamParam;
        Duration pushDuration;
        Integer errcode;
        String errmsg;
        Integer subErrcode;
        Integer setId;
        Integer width;
        Integer height;
        Integer idcId;
        Map<String, String> otherFields;
    }

    /**
     * {@code event_type}: {@link #INTERRUPTION} (0), {@link #PUSH} (1), or another callback's type (such
     * as 321, push anomaly warnings).
     *
     * @return the event type
     */
    public int eventType() {
        return eventType;
    }

    /**
     * Whether this is an interruption event ({@code event_type} 0), the one that carries the code.
     *
     * @return true for an interruption
     */
    public boolean isInterruption() {
        return eventType == INTERRUPTION;
    }

    /**
     * Whether this is a push event ({@code event_type} 1).
     *
     * @return true for a push
     */
    public boolean isPush() {
        return eventType == PUSH;
    }

    /**
     * Why the push was interrupted: present for interruption events that carry {@code errcode}; from
     * {@code errcode} and {@code sub_errcode} when the payload has one, else from {@code errcode} and
     * {@code errmsg} ({@link ErrorCodes#describe(int, String)}).
     *
     * @return the diagnosis; empty for other events and for interruptions without {@code errcode}
     */
    public Optional<Diagnosis> diagnosis() {
        return Optional.ofNullable(diagnosis);
    }

    /**
     * {@code t}: when the signature expires. {@link CallbackVerifier#verify(CallbackEvent)} checks the
     * signature against {@code t} as the body sent it, not this instant.
     *
     * @return the expiry time
     */
    public Optional<Instant> signatureExpiry() {
        return Optional.ofNullable(expiry);
    }

    /**
     * {@code t} as the body sent it, the decimal text that {@code sign} covers ({@code -0} for the number
     * {@code -0}, whose expiry is 0); null when {@link #signatureExpiry()} is empty.
     */
    String signedExpiry() {
        return expiryText;
    }

    /**
     * {@code sign}: the hex MD5 of the callback key and {@code t}; see {@link CallbackVerifier}.
     *
     * @return the signature
     */
    public Optional<String> sign() {
        return Optional.ofNullable(sign);
    }

    /**
     * {@code appid}: the account's APPID.
     *
     * @return the APPID
     */
    public OptionalLong appId() {
        return appId == null ? OptionalLong.empty() : OptionalLong.of(appId);
    }

    /**
     * {@code app}: the push domain.
     *
     * @return the push domain
     */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /**
     * {@code appname}: the push path (AppName in the push URL).
     *
     * @return the app name
     */
    public Optional<String> appName() {
        return Optional.ofNullable(appName);
    }

    /**
     * {@code stream_id}: the stream name.
     *
     * @return the stream name
     */
    public Optional<String> streamId() {
        return Optional.ofNullable(streamId);
    }

    /**
     * {@code channel_id}: the same as {@code stream_id}.
     *
     * @return the channel id
     */
    public Optional<String> channelId() {
        return Optional.ofNullable(channelId);
    }

    /**
     * {@code event_time}: when the event happened.
     *
     * @return the event time
     */
    public Optional<Instant> eventTime() {
        return Optional.ofNullable(eventTime);
    }

    /**
     * {@code sequence}: the push session id, shared by its push and interruption events; kept as text,
     * since it can exceed a {@code long}.
     *
     * @return the sequence
     */
    public Optional<String> sequence() {
        return Optional.ofNullable(sequence);
    }

    /**
     * {@code node}: the IP of the access node.
     *
     * @return the node
     */
    public Optional<String> node() {
        return Optional.ofNullable(node);
    }

    /**
     * {@code user_ip}: the IP the stream was pushed from.
     *
     * @return the pusher's IP
     */
    public Optional<String> userIp() {
        return Optional.ofNullable(userIp);
    }

    /**
     * {@code stream_param}: the query string of the push URL (with the auth parameters).
     *
     * @return the push URL's query string
     */
    public Optional<String> streamParam() {
        return Optional.ofNullable(streamParam);
    }

    /**
     * {@code push_duration}: how long the push lasted (sent as a string of milliseconds; interruption
     * events only).
     *
     * @return the push duration
     */
    public Optional<Duration> pushDuration() {
        return Optional.ofNullable(pushDuration);
    }

    /**
     * {@code errcode}: the interruption error code.
     *
     * @return the code
     */
    public OptionalInt errcode() {
        return errcode == null ? OptionalInt.empty() : OptionalInt.of(errcode);
    }

    /**
     * {@code errmsg}: the error text; free text, not stable ({@code ok}, {@code OK} or empty on success).
     *
     * @return the text
     */
    public Optional<String> errmsg() {
        return Optional.ofNullable(errmsg);
    }

    /**
     * {@code sub_errcode}: the subcode, when a payload carries one (undocumented in the callback).
     *
     * @return the subcode
     */
    public OptionalInt subErrcode() {
        return subErrcode == null ? OptionalInt.empty() : OptionalInt.of(subErrcode);
    }

    /**
     * {@code set_id}: 1-6 Chinese mainland, 7-200 outside.
     *
     * @return the set id
     */
    public OptionalInt setId() {
        return setId == null ? OptionalInt.empty() : OptionalInt.of(setId);
    }

    /**
     * {@code width}: the video width, 0 when unknown.
     *
     * @return the width
     */
    public OptionalInt width() {
        return width == null ? OptionalInt.empty() : OptionalInt.of(width);
    }

    /**
     * {@code height}: the video height, 0 when unknown.
     *
     * @return the height
     */
    public OptionalInt height() {
        return height == null ? OptionalInt.empty() : OptionalInt.of(height);
    }

    /**
     * {@code idc_id}: present in real payloads, undocumented.
     *
     * @return the idc id
     */
    public OptionalInt idcId() {
        return idcId == null ? OptionalInt.empty() : OptionalInt.of(idcId);
    }

    /**
     * The fields this class does not know, in payload order, each under its name as sent ({@code
     * abnormal_event}) with its value as compact JSON text ({@code "abc"} with its quotes, {@code 12},
     * {@code {"a":1}}); kept so that nothing is lost, never interpreted.
     *
     * @return an unmodifiable map from field name, as sent, to JSON text
     */
    public Map<String, String> otherFields() {
        return otherFields;
    }

    /**
     * This callback as a vendor-neutral event for a report: an interruption ({@code event_type} 0), a
     * push (1) or another kind; the stream from {@code app}, {@code appname} and {@code stream_id} (or
     * {@code channel_id}); the time from {@code event_time}; for an interruption, {@code push_duration} as
     * its {@link StreamEvent#sessionLength()}; the {@link #diagnosis()}; and the identity
     * ({@code sequence}, {@code event_type}) when {@code sequence} is present. Another kind has its {@code
     * event_type} as its {@link StreamEvent#otherKind()} and no identity: a push anomaly callback (321),
     * for one, comes at every reporting interval of a session with the same {@code sequence}, and copies
     * are better counted twice than distinct callbacks once.
     *
     * @return the event, with no source
     */
    public StreamEvent toStreamEvent() {
        return toStreamEvent("", 0);
    }

    /**
     * This callback as a vendor-neutral event, with where it came from.
     *
     * @param source the source name (a log file)
     * @param line its line, counted from 1; 0 if unknown
     * @return the event
     * @see #toStreamEvent()
     */
    public StreamEvent toStreamEvent(String source, long line) {
        if (eventType != INTERRUPTION && eventType != PUSH) {
            return StreamEvent.builder(StreamEvent.Kind.OTHER, stream())
                    .time(eventTime)
                    .otherKind(Integer.toString(eventType))
                    .origin(source, line)
                    .build();
        }
        StreamEvent.Kind kind = eventType == INTERRUPTION ? StreamEvent.Kind.INTERRUPTION : StreamEvent.Kind.PUSH;
        EventId id = sequence == null ? null : EventId.sequence(sequence, eventType);
        if (diagnosis != null
                && diagnosis.subcode() == ErrorCodes.NO_SUBCODE
                && subErrcode == null
                && errmsg != null
                && !errmsg.trim().isEmpty()
                && (diagnosis.code() == 18 || diagnosis.code() == 21)) {
            // the codes whose errmsg tells the subcode (ErrorCodes.describe(int, String)), and this one told none
            return StreamEvent.builder(kind, stream())
                    .time(eventTime)
                    .sessionLength(eventType == INTERRUPTION ? pushDuration : null)
                    .diagnosis(diagnosis)
                    .unrecognizedText(errmsg)
                    .id(id)
                    .origin(source, line)
                    .build();
        }
        if (kind == StreamEvent.Kind.INTERRUPTION && pushDuration != null) {
            return StreamEvent.builder(kind, stream())
                    .time(eventTime)
                    .sessionLength(eventType == INTERRUPTION ? pushDuration : null)
                    .diagnosis(diagnosis)
                    .id(id)
                    .origin(source, line)
                    .build();
        }
        return StreamEvent.of(kind, stream(), eventTime, diagnosis, id, source, line);
    }

    /**
     * The stream: {@code app}, {@code appname}, {@code stream_id} (or {@code channel_id}); a part the body
     * lacks is empty.
     *
     * @return the stream
     */
    public StreamKey stream() {
        return StreamKey.of(domain, appName, streamId != null ? streamId : channelId);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CallbackEvent)) {
            return false;
        }
        CallbackEvent o = (CallbackEvent) other;
        return eventType == o.eventType
                && Objects.equals(expiry, o.expiry)
                && Objects.equals(expiryText, o.expiryText)
                && Objects.equals(sign, o.sign)
                && Objects.equals(appId, o.appId)
                && Objects.equals(domain, o.domain)
                && Objects.equals(appName, o.appName)
                && Objects.equals(streamId, o.streamId)
                && Objects.equals(channelId, o.channelId)
                && Objects.equals(eventTime, o.eventTime)
                && Objects.equals(sequence, o.sequence)
                && Objects.equals(node, o.node)
                && Objects.equals(userIp, o.userIp)
                && Objects.equals(streamParam, o.streamParam)
                && Objects.equals(pushDuration, o.pushDuration)
                && Objects.equals(errcode, o.errcode)
                && Objects.equals(errmsg, o.errmsg)
                && Objects.equals(subErrcode, o.subErrcode)
                && Objects.equals(setId, o.setId)
                && Objects.equals(width, o.width)
                && Objects.equals(height, o.height)
                && Objects.equals(idcId, o.idcId)
                && otherFields.equals(o.otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventType, sequence, eventTime, domain, appName, streamId, errcode, errmsg);
    }

    /**
     * A short summary for logs: type, stream, time, sequence and diagnosis; not every field.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CallbackEvent{type=").append(eventType);
        s.append(", stream=")
                .append(domain)
                .append('/')
                .append(appName)
                .append('/')
                .append(streamId);
        s.append(", time=").append(eventTime).append(", sequence=").append(sequence);
        if (diagnosis != null) {
            s.append(", diagnosis=").append(diagnosis.code()).append('/').append(diagnosis.subcode());
        }
        return s.append('}').toString();
    }
}
