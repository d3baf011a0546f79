package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a Tencent Cloud API list response, such as DescribeLiveStreamEventList's {@code EventList}
 * or DescribeCallbackRecordsList's {@code DataInfoList}, with its paging fields.
 *
 * <p>Read from the whole document ({@code {"Response":{...}}}), from the inner {@code Response} object,
 * or from the bare list ({@code [...]}). An API error response ({@code Response.Error}) is an {@link
 * InvalidPayloadException} with the API's code and message.
 *
 * @param <T> the item type
 * @since 0.1.0
 */
public final class ApiPage<T> {
    private final List<T> items;
    private final Long pageNum;
    private final Long pageSize;
    private final Long totalNum;
    private final Long totalPage;
    private final String requestId;
    private final Map<String, String> otherFields;

    private ApiPage(
            List<T> items,
            Long pageNum,
            Long pageSize,
            Long totalNum,
            Long totalPage,
            String requestId,
            Map<String, String> otherFields) {
        this.items = Collections.unmodifiableList(items);
        this.pageNum = pageNum;
        this.pageSize = pageSize;
        this.totalNum = totalNum;
        this.totalPage = totalPage;
        this.requestId = requestId;
        this.otherFields = Collections.unmodifiableMap(otherFields);
    }

    /**
     * The items of this page, in response order.
     *
     * @return an unmodifiable list, never null
     */
    public List<T> items() {
        return items;
    }

    /**
     * {@code PageNum}.
     *
     * @return the page number, absent when only the list was given
     */
    public OptionalLong pageNum() {
        return optional(pageNum);
    }

    /**
     * {@code PageSize}.
     *
     * @return the page size
     */
    public OptionalLong pageSize() {
        return optional(pageSize);
    }

    /**
     * {@code TotalNum}: the number of items over all pages.
     *
     * @return the total
     */
    public OptionalLong totalNum() {
        return optional(totalNum);
    }

    /**
     * {@code TotalPage}.
     *
     * @return the number of pages
     */
    public OptionalLong totalPage() {
        return optional(totalPage);
    }

    /**
     * {@code RequestId}: quote it to the vendor's support.
     *
     * @return the request id
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The fields of the response this class does not know, in response order, each under its name as sent
     * ({@code Flag}, not {@code Response.Flag}) with its value as compact JSON text. The envelope ({@code
     * {"Response":{...}}}) and its {@code Response} object are read as one set of fields, so the keys are
     * the same whichever of the three accepted forms was given, and a name sent in both is a duplicate.
     *
     * @return an unmodifiable map from field name, as sent, to JSON text
     */
    public Map<String, String> otherFields() {
        return otherFields;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Reads one item whose START_OBJECT is the current token; {@code location} names it in errors. */
    interface ItemReader<T> {
        T read(JsonParser p, String location) throws IOException;
    }

    /**
     * The list field of the API response that the bytes begin with, told by the structure of their first
     * JSON value (its top-level keys, and those of its {@code Response} object), never by text inside a
     * value: {@code "EventList"} (DescribeLiveStreamEventList) or {@code "DataInfoList"}
     * (DescribeCallbackRecordsList), for the whole document, its inner {@code Response} object or a bare
     * list of such records; {@code "Response"} for an envelope that holds neither (an API error response);
     * empty for anything else: a callback body ({@code event_type} at its top level), a callback log, text,
     * or bytes that are not JSON. The bytes may be the start of a longer input, cut anywhere.
     *
     * @param start the first bytes of an input, in UTF-8
     * @return the list field, or empty
     */
    public static Optional<String> listField(byte[] start) {
        Objects.requireNonNull(start, "start");
        try (JsonParser p = Json.factory().createParser(start)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                return objectListField(p, true);
            }
            if (first == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT) {
                return recordListField(p);
            }
            return Optional.empty();
        } catch (IOException e) {
            // not JSON, or cut before the structure tells: no API response this can be read as
            return Optional.empty();
        }
    }

    /** The keys of an object whose start was read: the envelope's or its {@code Response}'s. */
    private static Optional<String> objectListField(JsonParser p, boolean top) throws IOException {
        try {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (top && "event_type".equals(name)) {
                    return Optional.empty();
                }
                if ("EventList".equals(name) || "DataInfoList".equals(name)) {
                    return Optional.of(name);
                }
                if (top && "Response".equals(name) && value == JsonToken.START_OBJECT) {
                    Optional<String> inner = objectListField(p, false);
                    return Optional.of(inner.orElse("Response"));
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // cut (or malformed) before the object's end: what its keys have told so far
        }
        return top ? Optional.empty() : Optional.of("Response");
    }

    /** The keys of a bare list's first record. */
    private static Optional<String> recordListField(JsonParser p) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if ("event_type".equals(name)) {
                return Optional.empty();
            }
            if ("Request".equals(name)) {
                return Optional.of("DataInfoList");
            }
            if ("StopReason".equals(name) || "StreamStartTime".equals(name)) {
                return Optional.of("EventList");
            }
            p.nextToken();
            p.skipChildren();
        }
        return Optional.empty();
    }

    static <T> ApiPage<T> parse(String json, String listField, ItemReader<T> reader) {
        return Json.parse(json, p -> read(p, listField, reader));
    }

    static <T> ApiPage<T> parse(byte[] json, String listField, ItemReader<T> reader) {
        Objects.requireNonNull(json, "json");
        return Json.parse(json, 0, json.length, p -> read(p, listField, reader));
    }

    static <T> ApiPage<T> parse(InputStream json, String listField, ItemReader<T> reader) throws IOException {
        return Json.parse(json, p -> read(p, listField, reader));
    }

    /** Reads one response strictly: the first record that cannot be read fails the page, as does a second value. */
    private static <T> ApiPage<T> read(JsonParser p, String listField, ItemReader<T> reader) throws IOException {
        Cursor<T> cursor = new Cursor<>(p, listField, reader, true);
        List<T> items = new ArrayList<>();
        for (ApiRecord<T> record = cursor.next(); record != null; record = cursor.next()) {
            if (record.isRejected()) {
                throw record.error();
            }
            items.add(record.record().get());
        }
        Fields fields = cursor.fields;
        return new ApiPage<>(
                items,
                fields.pageNum,
                fields.pageSize,
                fields.totalNum,
                fields.totalPage,
                fields.requestId,
                fields.otherFields);
    }

    private static final class Fields {
        boolean listSeen;
        Long pageNum;
        Long pageSize;
        Long totalNum;
        Long totalPage;
        String requestId;
        // the known fields read so far, of the envelope and its Response object together: like otherFields,
        // one set of page fields, so that the three accepted forms read alike
        long seen;
        final Map<String, String> otherFields = new LinkedHashMap<>();
    }

    /** The fields of a response this class reads; the ordinal is the field's bit in {@link Json#once}. */
    enum Field implements Json.Known {
        /** The envelope's {@code Response} object: a field of the top level only. */
        RESPONSE("Response"),
        /** The items, named after their type ({@code EventList}, {@code DataInfoList}), so not by name here. */
        LIST(null),
        ERROR("Error"),
        PAGE_NUM("PageNum"),
        PAGE_SIZE("PageSize"),
        TOTAL_NUM("TotalNum"),
        TOTAL_PAGE("TotalPage"),
        REQUEST_ID("RequestId");

        private static final Map<String, Field> BY_NAME = Json.byName(values());

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        @Override
        public String jsonName() {
            return jsonName;
        }

        /** The known field of {@code name} in the object at {@code prefix}, or null if this class does not know it. */
        static Field of(String name, String prefix, String listField) {
            if (name.equals(listField)) {
                return LIST;
            }
            Field field = BY_NAME.get(name);
            // a Response inside Response is not the envelope: an unknown field, kept like the others
            return field == RESPONSE && !prefix.isEmpty() ? null : field;
        }
    }

    /** Told by {@link Cursor#mark} where a record (or a field of the page) starts, to bound what it reads. */
    interface Window {
        void mark(long byteOffset);
    }

    /**
     * Reads a response record by record: each record of the list is an {@link ApiRecord}, read or rejected
     * with its location and reason, and reading goes on after a rejected record. What is not a record
     * (not JSON, a cut, no list, an API error, a second value in a strict cursor) is thrown as an {@link
     * InvalidPayloadException}. A cursor that is not strict reads the next response after one ends
     * (concatenated responses), counting its records on.
     */
    static final class Cursor<T> {
        private static final int BEFORE_DOCUMENT = 0;
        private static final int IN_OBJECT = 1;
        private static final int IN_LIST = 2;
        private static final int DONE = 3;

        private final JsonParser p;
        private final String listField;
        private final ItemReader<T> reader;
        private final boolean strict;
        /** With a window: the stream's records are bounded, and told it where each starts. */
        private Window window;

        Fields fields = new Fields();
        private int state = BEFORE_DOCUMENT;
        private int documents;
        /** The prefix of the object being read: {@code ""} or {@code Response.}. */
        private String prefix = "";

        private String listPath;
        private boolean listInObject;
        private JsonStreamContext listContext;
        private int index;
        private long number;

        Cursor(JsonParser p, String listField, ItemReader<T> reader, boolean strict) {
            this.p = p;
            this.listField = listField;
            this.reader = reader;
            this.strict = strict;
        }

        Cursor<T> window(Window window) {
            this.window = window;
            return this;
        }

        /** The records read so far, rejected ones included. */
        long records() {
            return number;
        }

        /** The next record, or null at the end of the input (a strict cursor: of its one response). */
        @SuppressWarnings("deprecation") // getTokenLocation: its replacement currentTokenLocation() is newer than 2.16
        ApiRecord<T> next() throws IOException {
            while (true) {
                switch (state) {
                    case BEFORE_DOCUMENT:
                        if (!startDocument()) {
                            return null;
                        }
                        break;
                    case IN_OBJECT:
                        readField();
                        break;
                    case IN_LIST:
                        JsonToken token = p.nextToken();
                        if (token == JsonToken.END_ARRAY) {
                            fields.listSeen = true;
                            if (listInObject) {
                                state = IN_OBJECT;
                            } else {
                                endDocument();
                            }
                            break;
                        }
                        return record(token);
                    default:
                        return null;
                }
            }
        }

        private boolean startDocument() throws IOException {
            JsonToken first = p.nextToken();
            if (first == null && documents > 0) {
                state = DONE;
                return false;
            }
            documents++;
            fields = new Fields();
            prefix = "";
            mark();
            if (first == JsonToken.START_ARRAY) {
                enterList("", false);
            } else if (first == JsonToken.START_OBJECT) {
                state = IN_OBJECT;
            } else {
                String after = documents > 1 ? " after response " + (documents - 1) : "";
                throw new InvalidPayloadException(
                        "", "expected a JSON object or array" + after + ", got " + Json.describe(p, first), null);
            }
            return true;
        }

        private void endDocument() throws IOException {
            if (!fields.listSeen) {
                throw new InvalidPayloadException("", "no " + listField + " list in the response", null);
            }
            if (strict) {
                Json.expectEnd(p);
                state = DONE;
            } else {
                state = BEFORE_DOCUMENT;
            }
        }

        private void enterList(String path, boolean inObject) {
            listPath = path;
            listInObject = inObject;
            listContext = p.getParsingContext();
            index = 0;
            state = IN_LIST;
        }

        @SuppressWarnings("deprecation") // getTokenLocation: its replacement currentTokenLocation() is newer than 2.16
        private void mark() {
            if (window != null) {
                window.mark(p.getTokenLocation().getByteOffset());
            }
        }

        private void readField() throws IOException {
            JsonToken token = p.nextToken();
            if (token != JsonToken.FIELD_NAME) {
                // the object's end
                if (!prefix.isEmpty()) {
                    prefix = "";
                } else {
                    endDocument();
                }
                return;
            }
            mark();
            String name = p.currentName();
            String field = Json.field(prefix, name);
            JsonToken value = p.nextToken();
            Field known = Field.of(name, prefix, listField);
            if (known == null) {
                Json.keep(fields.otherFields, p, name, field);
                return;
            }
            fields.seen = Json.once(fields.seen, known, field);
            switch (known) {
                case RESPONSE:
                    if (value != JsonToken.START_OBJECT) {
                        throw new InvalidPayloadException(
                                field, "expected an object, got " + Json.describe(p, value), null);
                    }
                    prefix = "Response.";
                    break;
                case LIST:
                    if (value == JsonToken.VALUE_NULL) {
                        fields.listSeen = true;
                    } else if (value != JsonToken.START_ARRAY) {
                        throw new InvalidPayloadException(
                                field, "expected an array, got " + Json.describe(p, value), null);
                    } else {
                        enterList(field, true);
                    }
                    break;
                case ERROR:
                    throw apiError(p, field);
                case PAGE_NUM:
                    fields.pageNum = Json.integer(p, field, 0, Long.MAX_VALUE);
                    break;
                case PAGE_SIZE:
                    fields.pageSize = Json.integer(p, field, 0, Long.MAX_VALUE);
                    break;
                case TOTAL_NUM:
                    fields.totalNum = Json.integer(p, field, 0, Long.MAX_VALUE);
                    break;
                case TOTAL_PAGE:
                    fields.totalPage = Json.integer(p, field, 0, Long.MAX_VALUE);
                    break;
                case REQUEST_ID:
                    fields.requestId = Json.string(p, field);
                    break;
            }
        }

        /** The record whose first token was just read; a record that cannot be read is skipped to its end. */
        @SuppressWarnings("deprecation") // getTokenLocation: its replacement currentTokenLocation() is newer than 2.16
        private ApiRecord<T> record(JsonToken token) throws IOException {
            int i = index++;
            long n = ++number;
            String location = listPath + "[" + i + "]";
            if (token != JsonToken.START_OBJECT) {
                InvalidPayloadException e = new InvalidPayloadException(
                        location, "expected an object, got " + Json.describe(p, token), null);
                p.skipChildren();
                return ApiRecord.rejected(n, i, location, e);
            }
            long start = p.getTokenLocation().getByteOffset();
            mark();
            try {
                T item = reader.read(p, location + ".");
                long length = p.getTokenLocation().getByteOffset() + 1 - start;
                if (window != null && length > Json.MAX_DOCUMENT_BYTES) {
                    return ApiRecord.rejected(n, i, location, tooLong(location, length));
                }
                return ApiRecord.read(n, i, location, item);
            } catch (InvalidPayloadException e) {
                // the record's own content is wrong, its JSON is whole so far: on to its end, and the next
                while (p.getParsingContext() != listContext) {
                    if (p.nextToken() == null) {
                        throw new InvalidPayloadException(
                                location, "the JSON ends inside the record (truncated?)", null);
                    }
                }
                return ApiRecord.rejected(n, i, location, e);
            }
        }
    }

    /** A record over the per-record limit of a stream read record by record. */
    static InvalidPayloadException tooLong(String location, long length) {
        return new InvalidPayloadException(
                location,
                "a record longer than " + (Json.MAX_DOCUMENT_BYTES >> 20) + " MiB (" + length + " bytes or more)",
                null);
    }

    private static InvalidPayloadException apiError(JsonParser p, String field) throws IOException {
        String code = null;
        String message = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return new InvalidPayloadException(
                    field, "the API answered an error: " + Json.printable(Json.raw(p, field), 200), null);
        }
        for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("Code")) {
                code = Json.string(p, field + ".Code");
            } else if (name.equals("Message")) {
                message = Json.string(p, field + ".Message");
            } else {
                p.skipChildren();
            }
        }
        // the API's own words, but never a control character or a page of text in a one-line message
        return new InvalidPayloadException(
                field,
                "the API answered an error: " + (code == null ? null : Json.printable(code, 100)) + ": "
                        + (message == null ? null : Json.printable(message, 200)),
                null);
    }
}
