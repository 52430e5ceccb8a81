package dev.newsdrop.extract.meta.dates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of app state that JavaScript frameworks serialize indirectly, so that a key's value is not written beside
 * it: Nuxt 2's {@code window.__NUXT__=(function(a,b,c){return {publishedAt:c}}(…,"2026-11-23T…"))}, whose repeated
 * values are the arguments of a function and the keys name its parameters; Nuxt 3's {@code __NUXT_DATA__}, a flat
 * JSON array whose objects give each value as the index of an element ({@code {"publishedAt":8}}, a date stored as
 * {@code ["Date","…"]}); and Angular's transfer state, JSON whose quotes are written {@code &q;}. Each reading is
 * gated by the format's own opening, so other scripts cost one test.
 */
final class FrameworkState {

    /** Nuxt 2's state as a function called with its repeated values: the parameters are group 1, the body opens at the match's end. */
    private static final Pattern NUXT_FUNCTION = Pattern.compile("__NUXT__\\s*=\\s*\\(\\s*function\\s*\\(([\\w$,\\s]{0,2000})\\)\\s*\\{");

    /** Nuxt 2's state opens the script: at most this many characters before it (a {@code window.} and spaces). */
    private static final int MAX_CHARS_BEFORE_NUXT_FUNCTION = 40;

    /** The name Nuxt 2 gives its state. */
    private static final String NUXT_NAME = "__NUXT__";

    /** The id Nuxt 3 gives the script of its serialized payload. */
    static final String NUXT_DATA_ID = "__NUXT_DATA__";

    /** A value of Nuxt 3's payload that is a date: devalue writes a Date as {@code ["Date", iso]}. */
    private static final String DEVALUE_DATE = "Date";

    /** Angular's transfer state escapes a quote as {@code &q;}; the state opens with an object's brace and one. */
    private static final String ANGULAR_STATE_OPENING = "{&q;";

    /** Angular's transfer-state escapes and the characters they stand for. */
    private static final Map<String, String> ANGULAR_ESCAPES = Map.of("&q;", "\"", "&a;", "&", "&s;", "'", "&l;", "<", "&g;", ">");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FrameworkState() {
    }

    /** Angular's transfer state with its escapes undone, so its JSON reads as JSON; any other script as it is. */
    static String readable(String data) {
        if (!data.startsWith(ANGULAR_STATE_OPENING)) {
            return data;
        }
        String out = data;
        for (Map.Entry<String, String> escape : ANGULAR_ESCAPES.entrySet()) {
            out = out.replace(escape.getKey(), escape.getValue());
        }
        return out;
    }

    /**
     * The string arguments of Nuxt 2's state function by the names of its parameters; empty when the script is not
     * such a state, or its call cannot be read. One pass over the script: the body is skipped by counting braces
     * outside string literals, then the arguments are split at their top-level commas.
     */
    static Map<String, String> nuxtArguments(String data) {
        int start = data.substring(0, Math.min(data.length(), MAX_CHARS_BEFORE_NUXT_FUNCTION + NUXT_NAME.length())).indexOf(NUXT_NAME);
        if (start < 0) {
            return Map.of(); // the gate: the state's name among a script's first characters, not searched for further on
        }
        Matcher m = NUXT_FUNCTION.matcher(data);
        if (!m.find(start) || m.start() != start) {
            return Map.of();
        }
        String[] params = m.group(1).split(",");
        int bodyEnd = closing(data, m.end() - 1, '{', '}');
        if (bodyEnd < 0) {
            return Map.of();
        }
        int i = skipSpaces(data, bodyEnd + 1);
        if (i < data.length() && data.charAt(i) == ')') { // (function(){…})(…) rather than (function(){…}(…))
            i = skipSpaces(data, i + 1);
        }
        if (i >= data.length() || data.charAt(i) != '(') {
            return Map.of();
        }
        List<String> args = arguments(data, i);
        Map<String, String> byName = new HashMap<>();
        for (int p = 0; p < params.length && p < args.size(); p++) {
            String value = stringLiteral(args.get(p));
            if (value != null) {
                byName.put(params[p].trim(), value);
            }
        }
        return byName;
    }

    /**
     * The element of Nuxt 3's payload array at an index a key gives, as text: a string, or the time of a devalue date
     * ({@code ["Date","…"]}, its time written in place or as the index of a string); null when there is none.
     */
    static String nuxtDataValue(JsonNode payload, int index) {
        JsonNode v = payload.path(index);
        if (v.isArray() && v.size() == 2 && DEVALUE_DATE.equals(v.get(0).asText())) {
            v = v.get(1).isInt() ? payload.path(v.get(1).asInt()) : v.get(1);
        }
        return v.isTextual() ? v.asText() : null;
    }

    /** Nuxt 3's payload read as a JSON array; null when it is not one. */
    static JsonNode nuxtData(String data) {
        try {
            JsonNode payload = JSON.readTree(data);
            return payload != null && payload.isArray() ? payload : null;
        } catch (JsonProcessingException e) {
            return null; // a truncated or malformed payload dates nothing
        }
    }

    /** The index of the bracket closing the one at {@code open}, outside string literals; -1 when it is not closed. */
    private static int closing(String s, int open, char opening, char closingChar) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == opening) {
                depth++;
            } else if (c == closingChar && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The arguments of the call whose parenthesis opens at {@code open}, each as written, split at top-level commas. */
    private static List<String> arguments(String s, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int from = open + 1;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = stringEnd(s, i);
                if (i < 0) {
                    return args;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    args.add(s.substring(from, i).trim());
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(s.substring(from, i).trim());
                from = i + 1;
            }
        }
        return args;
    }

    /** The index of the quote closing the string literal opened at {@code open}; -1 when it is not closed. */
    private static int stringEnd(String s, int open) {
        char quote = s.charAt(open);
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text of a double-quoted JavaScript string literal with its simple escapes undone; null for any other argument. */
    private static String stringLiteral(String arg) {
        if (arg.length() < 2 || arg.charAt(0) != '"' || arg.charAt(arg.length() - 1) != '"') {
            return null;
        }
        String inner = arg.substring(1, arg.length() - 1);
        if (inner.indexOf('\\') < 0) {
            return inner;
        }
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                char n = inner.charAt(++i);
                if (n == 'u' && i + 4 < inner.length()) {
                    try {
                        out.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                        i += 4;
                        continue;
                    } catch (NumberFormatException e) {
                        // not a unicode escape: kept as written
                    }
                }
                out.append(n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
