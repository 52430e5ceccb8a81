package dev.newsdrop.extract.meta.dates;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HebrewCalendarTest {

    @Test
    void knownDays_convertToTheGregorian() {
        assertEquals(LocalDate.of(2024, 10, 3), HebrewCalendar.toGregorian(5785, 1, 1), "Rosh Hashanah 5785");
        assertEquals(LocalDate.of(2026, 9, 12), HebrewCalendar.toGregorian(5787, 1, 1), "Rosh Hashanah 5787");
        assertEquals(LocalDate.of(2023, 9, 25), HebrewCalendar.toGregorian(5784, 1, 10), "Yom Kippur 5784");
        assertEquals(LocalDate.of(2025, 12, 15), HebrewCalendar.toGregorian(5786, 3, 25), "Hanukkah 5786, first day");
        assertEquals(LocalDate.of(2026, 12, 5), HebrewCalendar.toGregorian(5787, 3, 25), "Hanukkah 5787, first day");
        assertEquals(LocalDate.of(2025, 4, 13), HebrewCalendar.toGregorian(5785, 7, 15), "Passover 5785");
        assertEquals(LocalDate.of(2025, 3, 14), HebrewCalendar.toGregorian(5785, 6, 14), "Purim 5785, a common year's Adar");
        assertEquals(LocalDate.of(2024, 3, 24), HebrewCalendar.toGregorian(5784, 14, 14), "Purim 5784, Adar II of a leap year");
        assertEquals(LocalDate.of(2024, 2, 23), HebrewCalendar.toGregorian(5784, 13, 14), "Purim Katan, Adar I");
        assertEquals(LocalDate.of(2024, 3, 24), HebrewCalendar.toGregorian(5784, 6, 14), "Adar alone in a leap year is Adar II");
        assertEquals(LocalDate.of(2025, 3, 14), HebrewCalendar.toGregorian(5785, 14, 14), "Adar II in a common year is Adar");
        assertEquals(LocalDate.of(2025, 6, 2), HebrewCalendar.toGregorian(5785, 9, 6), "Shavuot 5785");
    }

    @Test
    void impossibleDays_andYearsOutOfRange_areNull() {
        assertNull(HebrewCalendar.toGregorian(5785, 8, 30), "Iyar has 29 days");
        assertNull(HebrewCalendar.toGregorian(5000, 1, 1));
        assertTrue(HebrewCalendar.isLeap(5784));
        assertFalse(HebrewCalendar.isLeap(5785));
    }

    @Test
    void numerals_skipTheirMarks() {
        assertEquals(23, HebrewCalendar.numeral("כ\"ג"));
        assertEquals(16, HebrewCalendar.numeral("ט״ז"));
        assertEquals(787, HebrewCalendar.numeral("תשפ\"ז"));
        assertEquals(5, HebrewCalendar.numeral("ה'"));
    }

    @Test
    void datesInText_areFoundWithOrWithoutThePrefixAndThousands() {
        assertEquals(LocalDate.of(2026, 12, 3), HebrewCalendar.find("יום חמישי, כ\"ג בכסלו תשפ\"ז").date());
        assertEquals(LocalDate.of(2026, 11, 26), HebrewCalendar.find("פורסם ב־ט״ז כסלו ה'תשפ״ז · מאת שרה לוי").date());
        assertEquals(LocalDate.of(2024, 3, 24), HebrewCalendar.find("י\"ד באדר ב' תשפ\"ד").date());
        assertNull(HebrewCalendar.find("בחורף תשמ\"ז בצריף קטן"), "a year alone is no day");
        assertNull(HebrewCalendar.find("הרב כהן אמר כי כסלו הוא חודש"), "a month named in prose");
    }

    @Test
    void dateParser_readsAHebrewDateOnlyWhereNoGregorianDateIs() {
        assertEquals("2026-12-03", DateParser.parseText("כ\"ג בכסלו תשפ\"ז", DateLanguage.of("he")));
        assertTrue(DateParser.parseText("כ\"ג בכסלו תשפ\"ז 18:40", DateLanguage.of("he")).startsWith("2026-12-03"), "with the time after it");
        assertEquals("2026-12-04", DateParser.parseText("כ\"ג בכסלו תשפ\"ז | 04.12.2026", DateLanguage.of("he")), "the Gregorian beside it wins");
        assertEquals("2026-12-03", DateParser.parseText("גיליון 1187 | כ\"ג בכסלו תשפ\"ז", DateLanguage.of("he")),
                "beside a four-digit number that is no year");
    }
}
