package dev.newsdrop.extract.meta.dates;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link IsoTimes}: the value {@code OffsetDateTime.parse} gives, or the failure it gives, for every text. */
class IsoTimesTest {

    private static final String[] PARSED = {"2022-02-04T04:30:00Z", "2022-02-03T23:30:00-05:00", "2024-03-05T09:30:00+01:00",
        "2024-02-29T23:59:59+14:00", "0001-01-01T00:00:00-18:00", "2024-03-05T09:30:00+05:45", "2024-03-05T09:30:00-00:30",
        "2024-03-05T09:30:00-00:00", "2024-03-05T09:30:00+00:00", "2024-03-05T09:30:00.250Z", "2024-03-05T09:30Z",
        "2024-03-05t09:30:00z", "2024-03-05T09:30:00+01:00:30", "+12024-03-05T09:30:00Z"};

    private static final String[] UNPARSED = {"2022-02-04T04:30:00", "2023-02-29T10:00:00Z", "2024-13-01T10:00:00Z",
        "2024-03-05T24:00:00Z", "2024-03-05T23:60:00Z", "2024-03-05T23:59:60Z", "2024-03-05T10:00:00+18:30", "2024-03-05T10:00:00+19:00",
        "2024-03-05T10:00:00+01:60", "2024-03-05T10:00:00+0100", "2024-03-05 10:00:00Z", "2024-03-05T10:00:00X", "2024-03-05",
        "２０２４-03-05T10:00:00Z", "2024-03-05T10:00:00+1:00", ""};

    @Test
    void givesTheParsedValue_forEveryParsableText() {
        for (String text : PARSED) {
            OffsetDateTime expected = OffsetDateTime.parse(text);
            assertEquals(expected, IsoTimes.offsetDateTime(text), text);
            assertEquals(expected, IsoTimes.offsetDateTimeOrNull(text), text);
            assertEquals(expected.getOffset(), IsoTimes.offsetDateTime(text).getOffset(), text);
        }
    }

    @Test
    void failsAsTheParseFails_orGivesNull() {
        for (String text : UNPARSED) {
            assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text), text);
            assertThrows(DateTimeParseException.class, () -> IsoTimes.offsetDateTime(text), text);
            assertNull(IsoTimes.offsetDateTimeOrNull(text), text);
        }
    }
}
