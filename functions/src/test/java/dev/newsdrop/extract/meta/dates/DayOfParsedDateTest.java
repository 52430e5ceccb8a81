package dev.newsdrop.extract.meta.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link PublishedDateFinder#dayOf}: the day a parsed date opens with, as {@code LocalDate.parse} of its first ten characters gives it. */
class DayOfParsedDateTest {

    @Test
    void readsTheDay_ofADay_andOfATimestamp() {
        for (String parsed : new String[] {"2024-03-05", "2024-03-05T09:30:00+01:00", "2024-03-05T23:59:59Z", "0001-01-01",
            "2024-02-29", "1999-12-31T00:00:00-05:00"}) {
            assertEquals(LocalDate.parse(parsed.substring(0, 10)), PublishedDateFinder.dayOf(parsed), parsed);
        }
    }

    @Test
    void noSuchDay_orNoDayAtAll_failsAsTheParseFails() {
        for (String bad : new String[] {"2023-02-29", "2024-13-01", "2024-00-10", "2024-03-32", "2024/03/05", "２０２４-03-05",
            "+2024-03-0", "2024-3-05xx"}) {
            assertThrows(DateTimeParseException.class, () -> PublishedDateFinder.dayOf(bad), bad);
        }
    }
}
