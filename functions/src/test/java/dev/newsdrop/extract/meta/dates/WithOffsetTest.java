package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WithOffsetTest {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    @Test
    void writesWhatTheFormatterPrints() {
        Random random = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 700_000); // years 0 to about 6300, and some before
            LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(86_400)).withNano(random.nextInt(3) == 0 ? random.nextInt(999_999_999) : 0);
            ZoneOffset offset = switch (random.nextInt(4)) {
                case 0 -> ZoneOffset.UTC;
                case 1 -> ZoneOffset.ofHours(random.nextInt(29) - 14);
                case 2 -> ZoneOffset.ofHoursMinutes(random.nextInt(14), random.nextInt(4) * 15);
                default -> ZoneOffset.ofTotalSeconds(random.nextInt(2 * 18 * 3600) - 18 * 3600);
            };
            assertEquals(OffsetDateTime.of(date, time, offset).format(FORMAT), DateParser.withOffset(date, time, offset), date + " " + time + " " + offset);
        }
    }

    @Test
    void statedTimesKeepTheirOffset() {
        assertEquals("2024-03-27T10:15:00+03:00", DateParser.parse("2024-03-27T10:15:00+03:00"));
        assertEquals("2024-03-27T10:15:00-05:30", DateParser.parse("2024-03-27T10:15:00-0530"));
        assertEquals("0999-03-27T10:15:00Z", DateParser.withOffset(LocalDate.of(999, 3, 27), LocalTime.of(10, 15), ZoneOffset.UTC));
    }
}
