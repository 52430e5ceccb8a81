package dev.newsdrop.extract.meta.dates;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@link OffsetDateTime#parse} of the times {@link DateParser} writes ("2022-02-04T04:30:00Z",
 * "2022-02-04T05:30:00+01:00"), their digits read directly: the formatter's general parse costs about
 * 5 to 10 µs a call, as much as the rest of a page's date checks that ask it. Any other form, and a field
 * out of range, is left to the formatter, which parses or rejects it exactly as before.
 */
final class IsoTimes {

    /** Characters of a date and a time with seconds, before any offset: "2022-02-04T04:30:00". */
    static final int LOCAL_CHARS = 19;

    /** Characters of an offset written with its sign, hours and minutes: "+01:00". */
    private static final int OFFSET_CHARS = 6;

    private IsoTimes() {
    }

    /** The same as {@code OffsetDateTime.parse(text)}: the same value, or the same exception. */
    static OffsetDateTime offsetDateTime(String text) {
        OffsetDateTime read = read(text);
        return read != null ? read : OffsetDateTime.parse(text);
    }

    /**
     * {@code OffsetDateTime.parse(text)}, or null where it throws: a local time without an offset
     * ("2022-02-04T04:30:00") or any text it cannot parse.
     */
    static OffsetDateTime offsetDateTimeOrNull(String text) {
        OffsetDateTime read = read(text);
        if (read != null) {
            return read;
        }
        if (text.length() == LOCAL_CHARS && isLocalDateTime(text)) {
            return null; // the formatter requires an offset: it would throw
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException unparsed) {
            return null;
        }
    }

    /** The time and offset of a text in DateParser's form, or null for any other text or a field out of range. */
    private static OffsetDateTime read(String text) {
        int n = text.length();
        boolean utc = n == LOCAL_CHARS + 1 && text.charAt(LOCAL_CHARS) == 'Z';
        boolean signed = n == LOCAL_CHARS + OFFSET_CHARS && (text.charAt(LOCAL_CHARS) == '+' || text.charAt(LOCAL_CHARS) == '-')
                && digits(text, 20, 22) && text.charAt(22) == ':' && digits(text, 23, 25);
        if (!(utc || signed) || !isLocalDateTime(text)) {
            return null;
        }
        try {
            ZoneOffset offset = ZoneOffset.UTC;
            if (signed) {
                int sign = text.charAt(LOCAL_CHARS) == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * number(text, 20, 22), sign * number(text, 23, 25));
            }
            LocalDateTime local = LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
            return OffsetDateTime.of(local, offset);
        } catch (DateTimeException outOfRange) {
            return null; // "2022-02-30", "+19:00": the formatter decides, as it did
        }
    }

    /** True for "yyyy-mm-ddThh:mm:ss" in the first {@value #LOCAL_CHARS} characters. */
    private static boolean isLocalDateTime(String text) {
        return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7) && text.charAt(7) == '-'
                && digits(text, 8, 10) && text.charAt(10) == 'T' && digits(text, 11, 13) && text.charAt(13) == ':'
                && digits(text, 14, 16) && text.charAt(16) == ':' && digits(text, 17, 19);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
