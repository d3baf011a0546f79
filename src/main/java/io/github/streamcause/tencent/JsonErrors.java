package io.github.streamcause.tencent;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;

/**
 * The reasons of parser failures in the package's own words: what is wrong and where (a column, a field),
 * never Jackson's wording, token names or source descriptions, which change between its versions.
 *
 * <p>The exception's type and the parser's state at the failure decide first (its context: root, object or
 * array; its last token); jackson-core has no type per syntax error, so where only its message tells the
 * cases apart, its stable beginnings are matched ({@code Unexpected character (}, {@code Unrecognized token
 * '}), and anything else falls back to "not valid JSON at column N". Works with jackson-core 2.16 and later.
 */
final class JsonErrors {
    private JsonErrors() {}

    /**
     * Why the JSON could not be read.
     *
     * @param e the parser's failure
     * @return the reason: lower case, no final period, no control character
     */
    static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(message, where(e.getLocation()));
        }
        JsonParser p = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : null;
        JsonStreamContext context = context(p);
        JsonToken last = p == null ? null : p.currentToken();
        if (e instanceof JsonEOFException) {
            return ends(((JsonEOFException) e).getTokenBeingDecoded(), context, last);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return ends(null, context, last);
        }
        String where = where(e.getLocation());
        if (e instanceof InputCoercionException) {
            return "a number out of range" + where;
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "not UTF-8 text" + where;
        }
        if (message.contains("Expected space separating root-level values")) {
            return "more than one JSON value: a second one starts" + where;
        }
        boolean inRoot = context == null || context.inRoot();
        if (inRoot && last != null) {
            return "text after the JSON value" + where;
        }
        if (message.startsWith("Illegal unquoted character (")) {
            return "an unescaped control character (" + codePoint(message) + ") in " + string(context, last) + where;
        }
        if (message.startsWith("Unrecognized character escape")
                || message.contains("expected a hex-digit for character escape")) {
            return "an invalid escape sequence in " + string(context, last) + where;
        }
        if (message.startsWith("Non-standard token '")) {
            return "not a JSON number: " + word(message) + where;
        }
        if (message.toLowerCase(Locale.ROOT).contains("numeric value")) {
            return "a malformed number" + where;
        }
        String found = found(message);
        if (found == null) {
            return "not valid JSON" + where;
        }
        if (inRoot) {
            String hint = found.equals("'/'") ? " (JSON has no comments)" : "";
            return "not JSON: " + found + where + hint;
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "expected a field name in double quotes" + where + ", got " + found;
        }
        if (message.contains("was expecting a colon")) {
            return "expected ':' after the field name" + where + ", got " + found;
        }
        if (message.contains("was expecting comma")) {
            return "expected ',' or " + (context.inArray() ? "']'" : "'}'") + where + ", got " + found;
        }
        if (last == JsonToken.FIELD_NAME || (context.inArray() && !message.startsWith("Illegal character ("))) {
            return "expected a value" + where + ", got " + found;
        }
        return "unexpected " + found + where;
    }

    /**
     * Why the bytes could not be decoded: Jackson's encoding detection took them for UTF-32 (such as NUL
     * bytes first), the only source of a {@code CharConversionException}.
     */
    static String notUtf8() {
        return "not UTF-8 text (its first bytes look like UTF-32)";
    }

    /** A read limit of {@link Json}'s factory, told by the beginning of Jackson's message. */
    private static String limit(String message, String where) {
        if (message.startsWith("Document nesting depth")) {
            return "nesting deeper than " + Json.MAX_NESTING_DEPTH + where;
        }
        if (message.startsWith("Number value length")) {
            return "a number too long (over " + Json.MAX_NUMBER_DIGITS + " digits)" + where;
        }
        if (message.startsWith("Name length")) {
            return "a field name too long (over " + Json.MAX_NAME_BYTES + " bytes of UTF-8)" + where;
        }
        if (message.startsWith("String value length")) {
            return "a string too long (over " + Json.MAX_STRING_CHARS + " characters)" + where;
        }
        if (message.startsWith("Document length")) {
            return "the document is too long (over " + (Json.MAX_DOCUMENT_BYTES >> 20) + " MiB)" + where;
        }
        return "over a read limit" + where;
    }

    /** The input ended before the JSON did. */
    private static String ends(JsonToken decoding, JsonStreamContext context, JsonToken last) {
        String inside;
        if (decoding == JsonToken.VALUE_STRING || (decoding == null && last == JsonToken.VALUE_STRING)) {
            inside = string(context, JsonToken.VALUE_STRING);
        } else if (decoding == JsonToken.FIELD_NAME) {
            inside = "a field name";
        } else if (context != null && context.inObject()) {
            inside = "an object";
        } else if (context != null && context.inArray()) {
            inside = "an array";
        } else {
            return "the JSON ends early (truncated?)";
        }
        return "the JSON ends inside " + inside + " (truncated?)";
    }

    /** The string being read: a field's value where the parser knows the field. */
    @SuppressWarnings("deprecation") // getCurrentName: its replacement currentName() is newer than 2.16
    private static String string(JsonStreamContext context, JsonToken last) {
        if (last == JsonToken.VALUE_STRING && context != null && context.inObject()) {
            String name = context.getCurrentName();
            if (name != null) {
                return "the string value of " + Json.quote(name);
            }
        }
        return "a string";
    }

    @SuppressWarnings("deprecation") // getParsingContext: its replacement is newer than 2.16
    private static JsonStreamContext context(JsonParser p) {
        return p == null ? null : p.getParsingContext();
    }

    /**
     * Where, as {@code " at column C"} on the first line (every line of a log), {@code " at line L,
     * column C"} after it, or {@code ""} if the parser did not say.
     */
    static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        if (at.getColumnNr() < 1) {
            return " at line " + at.getLineNr();
        }
        return at.getLineNr() == 1
                ? " at column " + at.getColumnNr()
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** What the parser found where it failed: a character or a word, or null if its message does not say. */
    private static String found(String message) {
        if (message.startsWith("Unrecognized token '")) {
            return "the word " + word(message);
        }
        if (message.startsWith("Unexpected character (") || message.startsWith("Illegal character (")) {
            return character(codeOf(message));
        }
        if (message.startsWith("Unexpected close marker '") && message.length() > 26) {
            return character(message.charAt(25));
        }
        return null;
    }

    /** The text between the first quote and the quote before the colon: {@code Unrecognized token 'x': ...}. */
    private static String word(String message) {
        int from = message.indexOf('\'') + 1;
        int to = message.indexOf("':", from);
        return Json.quote(to < 0 ? message.substring(from) : message.substring(from, to));
    }

    /** The character code Jackson names as {@code (code 45)}, or -1. */
    private static int codeOf(String message) {
        int at = message.indexOf("code ");
        if (at < 0) {
            return -1;
        }
        int from = at + 5;
        int to = from;
        while (to < message.length() && to - from < 7 && Character.isDigit(message.charAt(to))) {
            to++;
        }
        return to == from ? -1 : Integer.parseInt(message.substring(from, to));
    }

    private static String codePoint(String message) {
        int code = codeOf(message);
        return code < 0 ? "?" : String.format(Locale.ROOT, "U+%04X", code);
    }

    /** A character as shown in a reason: printable ASCII in quotes, anything else by its code point. */
    static String character(int code) {
        if (code > ' ' && code < 0x7f) {
            return "'" + (char) code + "'";
        }
        if (code < 0) {
            return "a character";
        }
        if (code < ' ' || (code >= 0x7f && code < 0xa0)) {
            return String.format(Locale.ROOT, "the control character U+%04X", code);
        }
        return String.format(Locale.ROOT, "the character U+%04X", code);
    }
}
