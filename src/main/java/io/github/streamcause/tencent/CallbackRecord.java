package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One callback delivery record of the DescribeCallbackRecordsList API ({@code CallbackEventInfo}): the
 * platform's copy, kept 14 days, of a callback it sent and what the receiver answered. Its {@code
 * Request} is the callback body as a string; {@link #event()} parses it.
 *
 * @since 0.1.0
 */
public final class CallbackRecord {
    private static final String LIST = "DataInfoList";

    private final Instant eventTime;
    private final Integer eventType;
    private final String request;
    private final String response;
    private final Instant responseTime;
    private final Integer resultCode;
    private final String streamId;
    private final Map<String, String> otherFields;

    private CallbackRecord(Fields f) {
        this.eventTime = f.eventTime;
        this.eventType = f.eventType;
        this.request = f.request;
        this.response = f.response;
        this.responseTime = f.responseTime;
        this.resultCode = f.resultCode;
        this.streamId = f.streamId;
        this.otherFields = Collections.unmodifiableMap(f.otherFields);
    }

    /**
     * Parses a DescribeCallbackRecordsList response: the whole document, its {@code Response} object, or
     * the {@code DataInfoList} array alone.
     *
     * @param json the response
     * @return the page
     * @throws InvalidPayloadException if it is not such a response, is an API error, or a record cannot be
     *     read (strict: the first one, at its path; {@link #reader} keeps the others)
     */
    public static ApiPage<CallbackRecord> parsePage(String json) {
        return ApiPage.parse(json, LIST, CallbackRecord::read);
    }

    /**
     * Parses a DescribeCallbackRecordsList response in UTF-8.
     *
     * @param json the response
     * @return the page
     * @throws InvalidPayloadException if it is not such a response, is an API error, or a record cannot be
     *     read (strict: the first one, at its path; {@link #reader} keeps the others)
     */
    public static ApiPage<CallbackRecord> parsePage(byte[] json) {
        return ApiPage.parse(json, LIST, CallbackRecord::read);
    }

    /**
     * Parses a DescribeCallbackRecordsList response from a stream in UTF-8; the stream is not closed.
     *
     * @param json the response
     * @return the page
     * @throws InvalidPayloadException if it is not such a response, is an API error, or a record cannot be
     *     read (strict: the first one, at its path; {@link #reader} keeps the others)
     * @throws IOException if reading fails
     */
    public static ApiPage<CallbackRecord> parsePage(InputStream json) throws IOException {
        return ApiPage.parse(json, LIST, CallbackRecord::read);
    }

    /**
     * Reads a DescribeCallbackRecordsList response from a stream in UTF-8 record by record, in constant memory: a record
     * that cannot be read is a rejected {@link ApiRecord} and reading goes on; concatenated responses are
     * read one after the other. See {@link ApiRecordReader}; closing the reader closes the stream.
     *
     * @param json the response (or responses)
     * @return the reader
     * @throws InvalidPayloadException if its first bytes are no UTF-8 text (they look like UTF-32)
     * @throws IOException if reading the first bytes fails
     */
    public static ApiRecordReader<CallbackRecord> reader(InputStream json) throws IOException {
        return ApiRecordReader.of(json, LIST, CallbackRecord::read);
    }

    private static final class Fields {
        Instant eventTime;
        Integer eventType;
        String request;
        String response;
        Instant responseTime;
        Integer resultCode;
        String streamId;
        final Map<String, String> otherFields = new LinkedHashMap<>();
    }

    /** The fields of a record this class reads; the ordinal is the field's bit in {@link Json#once}. */
    enum Field implements Json.Known {
        EVENT_TIME("EventTime"),
        EVENT_TYPE("EventType"),
        REQUEST("Request"),
        RESPONSE("Response"),
        RESPONSE_TIME("ResponseTime"),
        RESULT_CODE("ResultCode"),
        STREAM_ID("StreamId");

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

    static CallbackRecord read(JsonParser p, String prefix) throws IOException {
        Fields f = new Fields();
        long seen = 0; // the known fields read so far: a record must not send one twice
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            String field = Json.field(prefix, name);
            p.nextToken();
            Field known = Field.BY_NAME.get(name);
            if (known == null) {
                Json.keep(f.otherFields, p, name, field);
                continue;
            }
            seen = Json.once(seen, known, field);
            switch (known) {
                case EVENT_TIME:
                    f.eventTime = Json.dateTime(p, field);
                    break;
                case EVENT_TYPE:
                    f.eventType = Json.int32(p, field);
                    break;
                case REQUEST:
                    f.request = Json.string(p, field);
                    break;
                case RESPONSE:
                    f.response = Json.string(p, field);
                    break;
                case RESPONSE_TIME:
                    f.responseTime = Json.dateTime(p, field);
                    break;
                case RESULT_CODE:
                    f.resultCode = Json.int32(p, field);
                    break;
                case STREAM_ID:
                    f.streamId = Json.string(p, field);
                    break;
            }
        }
        return new CallbackRecord(f);
    }

    /**
     * The callback this record delivered, parsed from {@code Request}.
     *
     * @return the callback event
     * @throws InvalidPayloadException if {@code Request} is missing or not a callback body (location
     *     {@code Request})
     */
    public CallbackEvent event() {
        if (request == null) {
            throw new InvalidPayloadException("Request", "missing: the record holds no callback body", null);
        }
        try {
            return CallbackEvent.parse(request);
        } catch (InvalidPayloadException e) {
            String inner = e.location().isEmpty() ? "Request" : "Request." + e.location();
            throw new InvalidPayloadException(inner, "not a callback body: " + e.getMessage(), e);
        }
    }

    /**
     * This record as a line of a log: the callback it delivered, or a rejection saying why it cannot be
     * read as one ({@code record N: } and the reason, as for a log line); a callback of another kind
     * (a push anomaly, a recording...) is a line of that kind, as in {@link CallbackLogReader}.
     *
     * @param source the source name (an API response file)
     * @param number the record's number in it, counted from 1
     * @return the line
     */
    public LogLine toLogLine(String source, long number) {
        CallbackEvent callback;
        try {
            callback = event();
        } catch (InvalidPayloadException e) {
            return LogLine.rejected(source, number, "record " + number + ": " + e.getMessage());
        }
        return LogLine.event(source, number, callback);
    }

    /**
     * {@code EventTime}.
     *
     * @return when the event happened
     */
    public Optional<Instant> eventTime() {
        return Optional.ofNullable(eventTime);
    }

    /**
     * {@code EventType}: 0 interruption, 1 push, others for other callbacks.
     *
     * @return the event type
     */
    public OptionalInt eventType() {
        return eventType == null ? OptionalInt.empty() : OptionalInt.of(eventType);
    }

    /**
     * {@code Request}: the callback body as sent.
     *
     * @return the body
     */
    public Optional<String> request() {
        return Optional.ofNullable(request);
    }

    /**
     * {@code Response}: what the receiver answered.
     *
     * @return the answer
     */
    public Optional<String> response() {
        return Optional.ofNullable(response);
    }

    /**
     * {@code ResponseTime}.
     *
     * @return when the receiver answered
     */
    public Optional<Instant> responseTime() {
        return Optional.ofNullable(responseTime);
    }

    /**
     * {@code ResultCode}: the delivery result.
     *
     * @return the result code
     */
    public OptionalInt resultCode() {
        return resultCode == null ? OptionalInt.empty() : OptionalInt.of(resultCode);
    }

    /**
     * {@code StreamId}.
     *
     * @return the stream name
     */
    public Optional<String> streamId() {
        return Optional.ofNullable(streamId);
    }

    /**
     * The fields of the record this class does not know, in response order, each under its name as sent
     * ({@code NewField}, not its path in the response) with its value as compact JSON text.
     *
     * @return an unmodifiable map from field name, as sent, to JSON text
     */
    public Map<String, String> otherFields() {
        return otherFields;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CallbackRecord)) {
            return false;
        }
        CallbackRecord o = (CallbackRecord) other;
        return Objects.equals(eventTime, o.eventTime)
                && Objects.equals(eventType, o.eventType)
                && Objects.equals(request, o.request)
                && Objects.equals(response, o.response)
                && Objects.equals(responseTime, o.responseTime)
                && Objects.equals(resultCode, o.resultCode)
                && Objects.equals(streamId, o.streamId)
                && otherFields.equals(o.otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventTime, eventType, request, streamId);
    }

    @Override
    public String toString() {
        return "CallbackRecord{eventTime=" + eventTime + ", eventType=" + eventType + ", streamId=" + streamId
                + ", resultCode=" + resultCode + "}";
    }
}
