package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The shared JSON reading of this package: one factory with read limits fit for callback bodies and API
 * pages, and typed field readers that name the field in every error.
 */
final class Json {
    /** The largest document read: an API page of 100 records is far below it. */
    static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** Callback bodies are flat; API responses nest three levels. */
    static final int MAX_NESTING_DEPTH = 16;
    /** No field of a callback or API record comes near this. */
    static final int MAX_STRING_CHARS = 256 * 1024;
    /** The longest number: far beyond a 64-bit integer or a double's digits. */
    static final int MAX_NUMBER_DIGITS = 64;
    /**
     * The longest field name, in bytes of UTF-8 (what Jackson's byte parser counts; text is read as its
     * UTF-8 bytes, so the same for every form): the vendor's names are a few dozen characters at most.
     */
    static final int MAX_NAME_BYTES = 1024;
    /** Latest accepted Unix time: 2100-01-01T00:00:00Z. A later value is not Unix seconds (milliseconds?). */
    static final long MAX_EPOCH_SECOND = 4_102_444_800L;

    /**
     * The oldest jackson-core minor version (2.x) the readers work with: the read limits use {@code
     * StreamReadConstraints.Builder.maxDocumentLength}, new in 2.16. On 2.15 that method is missing
     * ({@code NoSuchMethodError}), before 2.15 the whole class ({@code NoClassDefFoundError}).
     */
    static final int MIN_JACKSON_MINOR = 16;

    /**
     * Why the jackson-core on the class path cannot be used, or null. Found from its version alone, before
     * anything refers to {@code StreamReadConstraints}: the factory that does is built in {@link Factory},
     * a class of its own, loaded only once this check has passed.
     */
    private static final String UNUSABLE_JACKSON = unusable(PackageVersion.VERSION);

    private Json() {}

    /**
     * Why a jackson-core of version {@code found} cannot be used, or null if it can (or its version is
     * unknown, as in a jar that was rebuilt without it).
     */
    static String unusable(Version found) {
        if (found.isUnknownVersion()
                || found.getMajorVersion() > 2
                || (found.getMajorVersion() == 2 && found.getMinorVersion() >= MIN_JACKSON_MINOR)) {
            return null;
        }
        return "StreamCause needs jackson-core 2." + MIN_JACKSON_MINOR + " or newer; found " + found
                + " on the class path";
    }

    /**
     * The factory of every reader: read limits fit for callback bodies and API pages.
     *
     * @throws IllegalStateException if the jackson-core on the class path is older than 2.16
     */
    static JsonFactory factory() {
        if (UNUSABLE_JACKSON != null) {
            throw new IllegalStateException(UNUSABLE_JACKSON);
        }
        return Factory.INSTANCE;
    }

    /** The factory, in a class that is loaded when first used, after the version check. */
    private static final class Factory {
        static final JsonFactory INSTANCE = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxNameLength(MAX_NAME_BYTES)
                        .build())
                // duplicate fields are found by the readers themselves: Jackson's detection allocates a set
                // per object; callers own their streams (a servlet's request body, a log file)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();

        private Factory() {}
    }

    /**
     * The factory of a reader that reads a stream record by record ({@link ApiRecordReader}): the limits of
     * {@link #factory()} but the document's, which the reader applies per record.
     */
    static JsonFactory streamFactory() {
        factory(); // the version check
        return StreamFactory.INSTANCE;
    }

    /** The record-by-record factory, loaded when first used, after the version check. */
    private static final class StreamFactory {
        static final JsonFactory INSTANCE = Factory.INSTANCE
                .rebuild()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(-1)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxNameLength(MAX_NAME_BYTES)
                        .build())
                .build();

        private StreamFactory() {}
    }

    /**
     * A document over {@link #MAX_DOCUMENT_BYTES}, found by its length before parsing: the same limit for a
     * String (in characters) and bytes as Jackson applies to a stream, whatever Jackson version.
     */
    private static void checkLength(int length) {
        if (length > MAX_DOCUMENT_BYTES) {
            throw new InvalidPayloadException(
                    "", "the document is too long (over " + (MAX_DOCUMENT_BYTES >> 20) + " MiB)", null);
        }
    }

    /**
     * What one payload type reads from a parser that stands before the document's first token; {@link
     * #parse(String, Reader)} and its overloads do the rest, the same for every type.
     *
     * @param <T> what is read
     */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /**
     * Reads a document held in a string; a leading byte order mark is ignored (a body read as text by a
     * framework keeps it). The text is read as its UTF-8 bytes, by the parser that reads bytes and streams:
     * Jackson's parsers of text and of bytes apply some limits differently (a field name's length counts
     * characters in one and bytes in the other), and a body must have one outcome whatever form it came
     * in. Only text that is no UTF-8 (a lone surrogate) is read as characters.
     */
    static <T> T parse(String json, Reader<T> reader) {
        Objects.requireNonNull(json, "json");
        String body = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
        checkLength(body.length());
        byte[] utf8 = utf8(body);
        if (utf8 != null) {
            return parse(utf8, 0, utf8.length, reader);
        }
        try (JsonParser p = factory().createParser(body)) {
            return read(p, reader);
        } catch (JsonProcessingException e) {
            throw invalid("", e);
        } catch (IOException e) {
            // nothing is read from outside: a String parser has no I/O to fail
            throw new IllegalStateException("reading a String failed", e);
        }
    }

    /** {@code text} in UTF-8, or null if it has a lone surrogate, which UTF-8 cannot hold. */
    private static byte[] utf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return null;
                }
            }
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads a document of UTF-8 bytes (Jackson skips a byte order mark and rejects invalid UTF-8). */
    static <T> T parse(byte[] json, int offset, int length, Reader<T> reader) {
        Objects.requireNonNull(json, "json");
        checkLength(length);
        try (JsonParser p = factory().createParser(json, offset, length)) {
            return read(p, reader);
        } catch (JsonProcessingException e) {
            throw invalid("", e);
        } catch (CharConversionException e) {
            throw invalid("", e);
        } catch (IOException e) {
            // nothing is read from outside: a byte array parser has no I/O to fail
            throw new IllegalStateException("reading a byte array failed", e);
        }
    }

    /**
     * Reads a document from a stream of UTF-8, which is not closed; the stream's own failures stay {@link
     * IOException}s.
     */
    static <T> T parse(InputStream json, Reader<T> reader) throws IOException {
        Objects.requireNonNull(json, "json");
        try (JsonParser p = factory().createParser(json)) {
            return read(p, reader);
        } catch (JsonProcessingException e) {
            throw invalid("", e);
        } catch (CharConversionException e) {
            throw invalid("", e);
        }
    }

    /**
     * Runs the reader, turning a parser failure into the package's exception while the parser is still
     * open: the reason is found from its state (its last token, the object it is in), which closing clears.
     * Failures outside (detecting the encoding, closing) are turned into it by the callers.
     */
    private static <T> T read(JsonParser p, Reader<T> reader) throws IOException {
        try {
            return reader.read(p);
        } catch (JsonProcessingException e) {
            throw invalid("", e);
        }
    }

    /**
     * One known field of a reader: a constant of the reader's enum of known fields. The constant's ordinal
     * is its bit in the {@code long} the reader passes to {@link #once}, so bits are never numbered by hand
     * and cannot collide.
     */
    interface Known {
        /**
         * The field's name in the JSON, or null for one whose name the reader decides per call (a page's
         * list).
         */
        String jsonName();
    }

    /**
     * The lookup from JSON name to constant of a reader's enum of known fields, for the enum's static
     * initialiser; it fails there, when the class is first used, if the enum outgrows the {@code long}
     * of {@link #once} (a 65th ordinal would shift onto bit 0 and pass silently) or names a field twice.
     */
    static <E extends Enum<E> & Known> Map<String, E> byName(E[] fields) {
        if (fields.length > Long.SIZE) {
            throw new IllegalStateException(fields.length + " known fields, more than the " + Long.SIZE
                    + " bits of the mask that finds them sent twice");
        }
        Map<String, E> byName = new HashMap<>(fields.length * 2);
        for (E field : fields) {
            String name = field.jsonName();
            if (name != null && byName.put(name, field) != null) {
                throw new IllegalStateException("two known fields are named " + name);
            }
        }
        return byName;
    }

    /**
     * Marks a known field read: {@code seen} holds a bit per field of the object read so far; a field
     * whose bit is set was sent twice. A mask, not a set, since a callback body is read per log line and
     * a set would be an allocation per line.
     *
     * @param seen the fields read so far
     * @param field the field just read
     * @param name where it is, for the error: its name after the object's path
     * @return {@code seen} with the field's bit
     * @throws InvalidPayloadException if the bit was already set
     */
    // the ordinal is the bit on purpose: it is fixed per constant and dense, and byName bounds it to 64
    @SuppressWarnings("EnumOrdinal")
    static long once(long seen, Enum<?> field, String name) {
        long bit = 1L << field.ordinal();
        if ((seen & bit) != 0) {
            throw duplicate(name);
        }
        return seen | bit;
    }

    /**
     * Keeps a field the reader does not know, under its name as sent, as compact JSON text ({@link #raw});
     * the map finds a second field of the name, so unknown fields need no set of their own either.
     *
     * @param others the unknown fields read so far, name to JSON text
     * @param name the field's name as sent
     * @param field where it is, for errors: its name after the object's path
     */
    static void keep(Map<String, String> others, JsonParser p, String name, String field) throws IOException {
        if (others.containsKey(name)) {
            throw duplicate(field);
        }
        others.put(name, raw(p, field));
    }

    /**
     * A field's name in messages: {@code name} after the prefix of the object it is in ({@code request.}),
     * with no new string where there is no prefix, as for every field of a callback body.
     */
    static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + name;
    }

    /** Turns a parser failure into the package's exception, saying what is wrong and where in its own words. */
    static InvalidPayloadException invalid(String location, JsonProcessingException e) {
        return new InvalidPayloadException(location, JsonErrors.reason(e), e);
    }

    /** Jackson's encoding detection saw UTF-16/32-like bytes (such as NUL padding) it cannot decode. */
    static InvalidPayloadException invalid(String location, CharConversionException e) {
        return new InvalidPayloadException(location, JsonErrors.notUtf8(), e);
    }

    static InvalidPayloadException duplicate(String field) {
        return new InvalidPayloadException(field, "duplicate field: the payload sends it twice", null);
    }

    /** What a token is, for error messages. */
    static String describe(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "the string " + quote(p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return p.getText();
        }
    }

    /**
     * A text of the input in quotes, for messages: its first 40 characters, control characters escaped
     * ({@code \n}, {@code \u0000}) so that none reaches a log or a terminal raw.
     */
    static String quote(String text) {
        return '"' + printable(text, 40) + '"';
    }

    /**
     * A text of the input for messages, unquoted: its first {@code max} characters (then {@code ...}),
     * control characters escaped as in {@link #quote(String)}.
     */
    static String printable(String text, int max) {
        return InvalidPayloadException.printable(text, max);
    }

    static void expectStartObject(JsonParser p, String location) throws IOException {
        JsonToken token = p.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw new InvalidPayloadException(location, "expected a JSON object, got " + describe(p, token), null);
        }
    }

    /** After the value: nothing but white space may follow. */
    @SuppressWarnings("deprecation") // getTokenLocation: its replacement currentTokenLocation() is newer than 2.16
    static void expectEnd(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        if (token != null) {
            throw new InvalidPayloadException(
                    "", "more than one JSON value: a second one starts" + JsonErrors.where(p.getTokenLocation()), null);
        }
    }

    /** A string field; numbers are taken as their text (types drift). Null gives null. */
    static String string(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getText();
            case VALUE_NULL:
                return null;
            default:
                throw new InvalidPayloadException(field, "expected a string, got " + describe(p, token), null);
        }
    }

    /**
     * An integer field within [min, max]. A string is accepted (types drift) in the number's plain decimal
     * form only: ASCII digits, no leading zero, a {@code -} first for a negative ({@link #notPlain}); the
     * range then decides, as for a number. Null gives null.
     */
    static Long integer(JsonParser p, String field, long min, long max) throws IOException {
        JsonToken token = p.currentToken();
        long value;
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new InvalidPayloadException(field, "out of range: " + p.getText(), null);
            }
            value = p.getLongValue();
        } else if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            String wrong = notPlain(text);
            if (wrong != null) {
                throw new InvalidPayloadException(field, wrong + ", got " + describe(p, token), null);
            }
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException beyondLong) {
                // the text is plain decimal digits: only a value beyond a long is refused
                throw new InvalidPayloadException(field, "out of range: " + quote(text), null);
            }
        } else if (token == JsonToken.VALUE_NULL) {
            return null;
        } else {
            throw new InvalidPayloadException(field, "expected an integer, got " + describe(p, token), null);
        }
        if (value < min || value > max) {
            throw new InvalidPayloadException(field, "out of range [" + min + ", " + max + "]: " + value, null);
        }
        return value;
    }

    /** The reason of a string that is no number at all ({@code "x18"}, {@code ""}). */
    private static final String NOT_AN_INTEGER = "expected an integer";

    /**
     * Why a string is not an integer in its plain decimal form, or null if it is one: an optional {@code -},
     * then {@code 0} or ASCII digits that do not start with {@code 0}; never {@code -0}. So one number has one
     * text, the one a serializer writes and a signature covers. {@code Long.parseLong} alone (and {@code
     * trim()}) would also take {@code +12}, {@code 0012}, white space and control characters around the
     * digits, and the digits of other scripts (full-width, Arabic-Indic, Devanagari).
     *
     * @return the start of the reason ({@code expected an integer ...}), which names the fault when the text
     *     is such a number in another form; null for a plain number
     */
    static String notPlain(String text) {
        int first = text.startsWith("-") ? 1 : 0;
        boolean ascii = text.length() > first;
        for (int i = first; i < text.length() && ascii; i++) {
            char c = text.charAt(i);
            ascii = c >= '0' && c <= '9';
        }
        if (ascii) {
            boolean leadingZero = text.charAt(first) == '0' && (text.length() > first + 1 || first == 1);
            return leadingZero ? NOT_AN_INTEGER + " without leading zeros" : null;
        }
        return looksLikeANumber(text) ? NOT_AN_INTEGER + " of ASCII digits only" : NOT_AN_INTEGER;
    }

    /**
     * Whether a text is made of digits of any script, with signs, white space or control characters around
     * or among them: another form of a number ({@code +12}, {@code " 12"}, full-width 12), as opposed to no
     * number at all ({@code x18}, {@code 12s}).
     */
    private static boolean looksLikeANumber(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '+'
                    && c != '-'
                    && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c)) {
                return false;
            }
        }
        return digit;
    }

    /** Whether a string is rejected for being a number in another form than its plain one. */
    private static boolean otherForm(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            return false;
        }
        String wrong = notPlain(p.getText());
        return wrong != null && !wrong.equals(NOT_AN_INTEGER);
    }

    static Integer int32(JsonParser p, String field) throws IOException {
        Long value = integer(p, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : (int) value.longValue();
    }

    /** Unix seconds, from 1970 to 2100; a string in the plain form of {@link #integer}. */
    static Instant epochSecond(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        Long value;
        try {
            value = integer(p, field, 0, MAX_EPOCH_SECOND);
        } catch (InvalidPayloadException e) {
            if (otherForm(p, token)) {
                throw e; // "+1700000100": what is wrong is its form, not its time
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
                String shown = token == JsonToken.VALUE_STRING ? quote(p.getText()) : p.getText();
                throw new InvalidPayloadException(
                        field, "not a Unix time in seconds between 1970 and 2100: " + shown, null);
            }
            throw e;
        }
        return value == null ? null : Instant.ofEpochSecond(value);
    }

    /**
     * Unix milliseconds, from 1970 to 2100 ({@code data_time}, {@code occur_time}); a string in the plain
     * form of {@link #integer}.
     */
    static Instant epochMilli(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        Long value;
        try {
            value = integer(p, field, 0, MAX_EPOCH_SECOND * 1000);
        } catch (InvalidPayloadException e) {
            if (otherForm(p, token)) {
                throw e;
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
                String shown = token == JsonToken.VALUE_STRING ? quote(p.getText()) : p.getText();
                throw new InvalidPayloadException(
                        field, "not a Unix time in milliseconds between 1970 and 2100: " + shown, null);
            }
            throw e;
        }
        return value == null ? null : Instant.ofEpochMilli(value);
    }

    /**
     * A duration given as a decimal string (or number) of milliseconds, a string in the plain form of {@link
     * #integer}; empty or blank gives null.
     */
    static Duration millis(JsonParser p, String field) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING && p.getText().trim().isEmpty()) {
            return null;
        }
        try {
            Long value = integer(p, field, 0, Long.MAX_VALUE);
            return value == null ? null : Duration.ofMillis(value);
        } catch (InvalidPayloadException e) {
            if (otherForm(p, token)) {
                throw e;
            }
            throw new InvalidPayloadException(
                    field, "expected a number of milliseconds, got " + describe(p, token), null);
        }
    }

    /** The zone of date-times the vendor writes without one: China Standard Time, its console's time. */
    static final ZoneOffset VENDOR_LOCAL_TIME = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A date-time string: ISO-8601 with an offset ({@code 2019-01-07T12:00:00Z}, {@code
     * 2020-10-12T00:00:00+08:00}), or without one ({@code 2020-10-12 00:32:10}, {@code
     * 2020-10-12T00:32:10}), then taken as China Standard Time (UTC+8). Null or empty gives null.
     */
    static Instant dateTime(JsonParser p, String field) throws IOException {
        String text = string(p, field);
        if (text == null || text.trim().isEmpty()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                DateTimeFormatter format = trimmed.indexOf('T') >= 0 ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : SPACED;
                return LocalDateTime.parse(trimmed, format).toInstant(VENDOR_LOCAL_TIME);
            } catch (DateTimeParseException e) {
                throw new InvalidPayloadException(field, "not a date-time: " + quote(trimmed), null);
            }
        }
    }

    /**
     * The current value, whatever it is, as compact JSON text; for fields kept but not interpreted. Numbers
     * keep their text exactly ({@code 1e400} stays {@code 1e400}, not {@code Infinity}).
     */
    static String raw(JsonParser p, String field) throws IOException {
        StringWriter out = new StringWriter();
        java.util.ArrayDeque<java.util.Set<String>> names = new java.util.ArrayDeque<>();
        try (JsonGenerator g = factory().createGenerator(out)) {
            int depth = 0;
            for (JsonToken token = p.currentToken(); ; token = p.nextToken()) {
                switch (token) {
                    case START_OBJECT:
                        g.writeStartObject();
                        names.push(new java.util.HashSet<String>());
                        depth++;
                        break;
                    case START_ARRAY:
                        g.writeStartArray();
                        depth++;
                        break;
                    case END_OBJECT:
                        g.writeEndObject();
                        names.pop();
                        depth--;
                        break;
                    case END_ARRAY:
                        g.writeEndArray();
                        depth--;
                        break;
                    case FIELD_NAME:
                        if (!names.peek().add(p.currentName())) {
                            throw duplicate(field + "." + p.currentName());
                        }
                        g.writeFieldName(p.currentName());
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        g.writeNumber(p.getText());
                        break;
                    case VALUE_STRING:
                        g.writeString(p.getText());
                        break;
                    case VALUE_TRUE:
                        g.writeBoolean(true);
                        break;
                    case VALUE_FALSE:
                        g.writeBoolean(false);
                        break;
                    default:
                        g.writeNull();
                }
                if (depth == 0) {
                    break;
                }
            }
        }
        return out.toString();
    }
}
