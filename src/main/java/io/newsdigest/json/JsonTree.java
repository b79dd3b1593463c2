package io.newsdigest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON text read into plain values, without data binding: an object is a {@code Map<String, Object>} in the
 * text's order (of a repeated name the last value counts), an array a {@code List<Object>}, a string a
 * {@code String}, a number a {@code Number} (a number of any length: one written with more than
 * {@value #MAX_EXACT_DIGITS} characters as a {@code Double}), {@code true}/{@code false} a {@code Boolean}, {@code null} Java
 * {@code null}. Only the first value of the text is read; what follows it is ignored.
 *
 * <p>Malformed JSON throws {@link JsonProcessingException} with its location; JSON nested more than
 * {@value #MAX_NESTING} levels deep, or with a string longer than {@value #MAX_STRING_CHARS}
 * characters, throws {@link com.fasterxml.jackson.core.exc.StreamConstraintsException} (one of those).
 */
public final class JsonTree {

    /** JSON nested deeper than this is not an article or its metadata; reading it fails. */
    public static final int MAX_NESTING = 200;
    /** A longer string is refused: no field of an article upload comes near it. */
    public static final int MAX_STRING_CHARS = 20_000_000;
    /** A number written with more characters is read as the nearest {@code Double} (infinite when too big). */
    public static final int MAX_EXACT_DIGITS = 100;

    private JsonTree() {
    }

    /** The first value of {@code json}; {@code null} for the JSON {@code null} and for a text without a value. */
    public static Object read(String json) throws JsonProcessingException {
        try (JsonParser parser = JsonStreams.FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string source has no other failure
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    object.put(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (parser.getTextLength() > MAX_EXACT_DIGITS) {
                    return Double.valueOf(parser.getText()); // linear; exact digits would cost quadratic time
                }
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected " + token + " at " + parser.currentLocation());
        }
    }

    /** What kind of JSON value {@code value} is, with its article: "an object", "an array", "a string", "a null"... */
    public static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a null";
    }
}
