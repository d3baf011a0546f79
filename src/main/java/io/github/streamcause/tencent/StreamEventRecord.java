package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.streamcause.Category;
import io.github.streamcause.ErrorCodes;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import io.github.streamcause.report.EventId;
import io.github.streamcause.report.StreamEvent;
import io.github.streamcause.report.StreamKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One push/interruption record of the DescribeLiveStreamEventList API ({@code StreamEventInfo}). The API
 * gives no code, only the free text {@code StopReason}; {@link #causes()} are the causes whose text
 * matches it ({@link ErrorCodes#recognize(String)}), and {@link #category()} and {@link #recovery()} are
 * present when it matched, since every group of causes sharing a text shares them. Text that matches
 * nothing stays unknown: nothing is guessed.
 *
 * <pre>{@code
 * ApiPage<StreamEventRecord> page = StreamEventRecord.parsePage(responseJson);
 * for (StreamEventRecord r : page.items()) {
 *     System.out.println(r.streamName() + " " + r.stopReason() + " " + r.recovery().orElse(null));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StreamEventRecord {
    private static final String LIST = "EventList";

    private final String appName;
    private final String domainName;
    private final String streamName;
    private final Instant streamStartTime;
    private final Instant streamEndTime;
    private final String stopReason;
    private final Duration duration;
    private final String clientIp;
    private final String resolution;
    private final Map<String, String> otherFields;
    private final List<InterruptionCause> causes;

    private StreamEventRecord(Fields f) {
        this.appName = f.appName;
        this.domainName = f.domainName;
        this.streamName = f.streamName;
        this.streamStartTime = f.streamStartTime;
        this.streamEndTime = f.streamEndTime;
        this.stopReason = f.stopReason;
        this.duration = f.duration;
        this.clientIp = f.clientIp;
        this.resolution = f.resolution;
        this.otherFields = Collections.unmodifiableMap(f.otherFields);
        this.causes = ErrorCodes.recognize(f.stopReason);
    }

    /**
     * Parses a DescribeLiveStreamEventList response: the whole document, its {@code Response} object, or
     * the {@code EventList} array alone.
     *
     * @param json the response
     * @return the page
     * @throws InvalidPayloadException if it is not such a response, is an API error, or a record cannot be
     *     read (strict: the first one, at its path; {@link #reader} keeps the others)
     */
    public static ApiPage<StreamEventRecord> parsePage(String json) {
        return ApiPage.parse(json, LIST, StreamEventRecord::read);
    }

    /**
     * Parses a DescribeLiveStreamEventList response in UTF-8.
     *
     * @param json the response
     * @return the page
     * @throws InvalidPayloadException if it is not such a response, is an API error, or a record cannot be
     *     read (strict: the first one, at its path; {@link #reader} keeps the others)
     */
    public static ApiPage<StreamEventRecord> parsePage(byte[] json) {
        return ApiPage.parse(json, LIST, StreamEventRecord::read);
    }

    /**
     * Parses a DescribeLiveStreamEventList response from a stream in UTF-8; the stream is not closed.
     *
     * @param json the response
     * @return the page
     * @throws InvalidPayloadException if it is not such a response, is an API error, or a record cannot be
     *     read (strict: the first one, at its path; {@link #reader} keeps the others)
     * @throws IOException if reading fails
     */
    public static ApiPage<StreamEventRecord> parsePage(InputStream json) throws IOException {
        return ApiPage.parse(json, LIST, StreamEventRecord::read);
    }

    /**
     * Reads a DescribeLiveStreamEventList response from a stream in UTF-8 record by record, in constant memory: a record
     * that cannot be read is a rejected {@link ApiRecord} and reading goes on; concatenated responses are
     * read one after the other. See {@link ApiRecordReader}; closing the reader closes the stream.
     *
     * @param json the response (or responses)
     * @return the reader
     * @throws InvalidPayloadException if its first bytes are no UTF-8 text (they look like UTF-32)
     * @throws IOException if reading the first bytes fails
     */
    public static ApiRecordReader<StreamEventRecord> reader(InputStream json) throws IOException {
        return ApiRecordReader.of(json, LIST, StreamEventRecord::read);
    }

    private static final class Fields {
        String appName;
        String domainName;
        String streamName;
        Instant streamStartTime;
        Instant streamEndTime;
        String stopReason;
        Duration duration;
        String clientIp;
        String resolution;
        final Map<String, String> otherFields = new LinkedHashMap<>();
    }

    /** The fields of a record this class reads; the ordinal is the field's bit in {@link Json#once}. */
    enum Field implements Json.Known {
        APP_NAME("AppName"),
        DOMAIN_NAME("DomainName"),
        STREAM_NAME("StreamName"),
        STREAM_START_TIME("StreamStartTime"),
        STREAM_END_TIME("StreamEndTime"),
        STOP_REASON("StopReason"),
        DURATION("Duration"),
        CLIENT_IP("ClientIp"),
        RESOLUTION("Resolution");

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

    static StreamEventRecord read(JsonParser p, String prefix) throws IOException {
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
                case APP_NAME:
                    f.appName = Json.string(p, field);
                    break;
                case DOMAIN_NAME:
                    f.domainName = Json.string(p, field);
                    break;
                case STREAM_NAME:
                    f.streamName = Json.string(p, field);
                    break;
                case STREAM_START_TIME:
                    f.streamStartTime = Json.dateTime(p, field);
                    break;
                case STREAM_END_TIME:
                    f.streamEndTime = Json.dateTime(p, field);
                    break;
                case STOP_REASON:
                    f.stopReason = Json.string(p, field);
                    break;
                case DURATION:
                    Long seconds = Json.integer(p, field, 0, Long.MAX_VALUE / 1000);
                    f.duration = seconds == null ? null : Duration.ofSeconds(seconds);
                    break;
                case CLIENT_IP:
                    f.clientIp = Json.string(p, field);
                    break;
                case RESOLUTION:
                    f.resolution = Json.string(p, field);
                    break;
            }
        }
        return new StreamEventRecord(f);
    }

    /**
     * {@code AppName}: the push path.
     *
     * @return the app name
     */
    public Optional<String> appName() {
        return Optional.ofNullable(appName);
    }

    /**
     * {@code DomainName}: the push domain.
     *
     * @return the domain
     */
    public Optional<String> domainName() {
        return Optional.ofNullable(domainName);
    }

    /**
     * {@code StreamName}.
     *
     * @return the stream name
     */
    public Optional<String> streamName() {
        return Optional.ofNullable(streamName);
    }

    /**
     * {@code StreamStartTime}: when the push started.
     *
     * @return the start time
     */
    public Optional<Instant> streamStartTime() {
        return Optional.ofNullable(streamStartTime);
    }

    /**
     * {@code StreamEndTime}: when the push ended.
     *
     * @return the end time
     */
    public Optional<Instant> streamEndTime() {
        return Optional.ofNullable(streamEndTime);
    }

    /**
     * {@code StopReason}: the vendor's free-text reason, as sent.
     *
     * @return the reason text
     */
    public Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /**
     * {@code Duration}: how long the push lasted.
     *
     * @return the duration
     */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /**
     * {@code ClientIp}: the pusher's IP, {@code "-"} when it pushed from a private network.
     *
     * @return the client IP, as sent
     */
    public Optional<String> clientIp() {
        return Optional.ofNullable(clientIp);
    }

    /**
     * {@code Resolution}, such as {@code 640*352}.
     *
     * @return the resolution
     */
    public Optional<String> resolution() {
        return Optional.ofNullable(resolution);
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

    /**
     * The causes whose text matches {@code StopReason}, in registry order; several when the vendor uses
     * one text for several codes.
     *
     * @return an unmodifiable list, empty when the text is unknown or absent
     */
    public List<InterruptionCause> causes() {
        return causes;
    }

    /**
     * The category shared by all {@link #causes()}.
     *
     * @return the category, empty when the text matched nothing
     */
    public Optional<Category> category() {
        return causes.isEmpty()
                ? Optional.<Category>empty()
                : Optional.of(causes.get(0).category());
    }

    /**
     * The recovery shared by all {@link #causes()}.
     *
     * @return the recovery, empty when the text matched nothing
     */
    public Optional<Recovery> recovery() {
        return causes.isEmpty()
                ? Optional.<Recovery>empty()
                : Optional.of(causes.get(0).recovery());
    }

    /**
     * This record as a vendor-neutral event for a report: an interruption at {@code StreamEndTime} of the
     * push that began at {@code StreamStartTime}, on the stream of {@code DomainName}, {@code AppName} and
     * {@code StreamName}, with the {@link #causes()} of its {@code StopReason} (or, when it names none, the
     * text as {@link StreamEvent#unrecognizedText()}); its identity is its stream, start and end.
     *
     * @param source the source name (an API response file)
     * @param number the record's number in it, counted from 1; 0 if unknown
     * @return the event
     */
    public StreamEvent toStreamEvent(String source, long number) {
        return StreamEvent.builder(StreamEvent.Kind.INTERRUPTION, stream())
                .time(streamEndTime)
                .sessionStart(streamStartTime)
                .causes(causes)
                .unrecognizedText(
                        causes.isEmpty()
                                        && stopReason != null
                                        && !stopReason.trim().isEmpty()
                                ? stopReason
                                : null)
                .id(EventId.span(streamStartTime, streamEndTime))
                .origin(source, number)
                .build();
    }

    /**
     * The stream: {@code DomainName}, {@code AppName}, {@code StreamName}; a part the record lacks is
     * empty.
     *
     * @return the stream
     */
    public StreamKey stream() {
        return StreamKey.of(domainName, appName, streamName);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StreamEventRecord)) {
            return false;
        }
        StreamEventRecord o = (StreamEventRecord) other;
        return Objects.equals(appName, o.appName)
                && Objects.equals(domainName, o.domainName)
                && Objects.equals(streamName, o.streamName)
                && Objects.equals(streamStartTime, o.streamStartTime)
                && Objects.equals(streamEndTime, o.streamEndTime)
                && Objects.equals(stopReason, o.stopReason)
                && Objects.equals(duration, o.duration)
                && Objects.equals(clientIp, o.clientIp)
                && Objects.equals(resolution, o.resolution)
                && otherFields.equals(o.otherFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(domainName, appName, streamName, streamStartTime, streamEndTime, stopReason);
    }

    @Override
    public String toString() {
        return "StreamEventRecord{stream=" + domainName + "/" + appName + "/" + streamName + ", start="
                + streamStartTime + ", end=" + streamEndTime + ", stopReason=" + stopReason + ", causes=" + causes
                + "}";
    }
}
