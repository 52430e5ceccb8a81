package dev.newsdrop.extract.meta.dates;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deferred date language ({@link DateLanguage#deferred}) is read only when a date's reading depends on the page's
 * language, at most once, and then reads as the language it gives.
 */
class DeferredDateLanguageTest {

    /** A reading that counts how often it is asked, giving {@code language}. */
    private static final class Counted implements Supplier<DateLanguage> {
        final AtomicInteger asked = new AtomicInteger();
        private final DateLanguage language;

        Counted(DateLanguage language) {
            this.language = language;
        }

        @Override
        public DateLanguage get() {
            asked.incrementAndGet();
            return language;
        }
    }

    @Test
    void datesWhoseReadingNoLanguageChanges_neverAskIt() {
        Counted reading = new Counted(DateLanguage.of("th"));
        DateLanguage page = DateLanguage.deferred(reading);
        assertEquals(DateParser.parse("2024-03-27T08:15:00Z"), DateParser.parse("2024-03-27T08:15:00Z", page), "an ISO time");
        assertEquals("2024-03-27", DateParser.parseText("Published 27 March 2024", page), "a month no language reads otherwise");
        assertNull(DateParser.parseText("Posted by Jane Doe in Politics", page), "no date at all");
        assertEquals("2024-03-27", DateParser.parseText("27/03/2024", page), "a numeric date only one way round");
        assertEquals(0, reading.asked.get());
    }

    @Test
    void datesWhoseReadingDependsOnTheLanguage_askItOnce() {
        Counted reading = new Counted(DateLanguage.of("en-US"));
        DateLanguage page = DateLanguage.deferred(reading);
        assertEquals("2024-03-04", DateParser.parseText("03/04/2024", page), "either way round: month first in the US");
        assertEquals("2024-03-05", DateParser.parseText("03/05/2024", page));
        assertEquals(1, reading.asked.get());
        assertEquals(DateLanguage.of("en-US"), page);
    }

    @Test
    void aBuddhistEraYear_andASpellingTwoLanguagesRead_askIt() {
        Counted thai = new Counted(DateLanguage.of("th"));
        assertEquals(DateParser.parseText("27/03/2567", DateLanguage.of("th")), DateParser.parseText("27/03/2567", DateLanguage.deferred(thai)));
        assertEquals(1, thai.asked.get());
        Counted croatian = new Counted(DateLanguage.of("hr"));
        assertEquals("2023-10-10", DateParser.parseText("10. listopada 2023.", DateLanguage.deferred(croatian)), "Croatian: October");
        assertEquals(1, croatian.asked.get());
    }

    @Test
    void datesOfAShapeNoLanguageReadsOtherwise_neverAskIt() {
        Counted reading = new Counted(DateLanguage.of("ko"));
        DateLanguage page = DateLanguage.deferred(reading);
        assertEquals(java.time.MonthDay.of(3, 5), DateParser.yearless("Updated 5 March. 10:15", page), "a full stop, but no dotted day");
        assertNull(DateParser.yearless("Version 2.1 is out. Read more.", page));
        assertNull(DateParser.parseText("Split 1/2 cup, v1/2/3", page), "no slashed date whole");
        assertNull(DateParser.parseText("In 2024 the council met", page), "a year before a word, no month");
        assertEquals("2024-03-04", DateParser.parseText("04.03.2024", page), "a dotted date is day first, no weekday before it");
        assertEquals("2024-04-04", DateParser.parseText("04/04/2024", page), "a day and month of one number");
        assertEquals(0, reading.asked.get());
    }

    @Test
    void datesOfTheShapesTheLanguageReads_askIt() {
        for (String[] c : new String[][] {{"ko", "Mar. 5. Seoul"}, {"si", "2024 March 27"}, {"en-GB", "Posted 12/03/26"},
                {"en", "12-01-2026, 08:14 PM"}, {"ko", "25.03.05"}}) {
            Counted reading = new Counted(DateLanguage.of(c[0]));
            DateLanguage page = DateLanguage.deferred(reading);
            assertEquals(DateParser.parseText(c[1], DateLanguage.of(c[0])), DateParser.parseText(c[1], page), c[1]);
            assertEquals(DateParser.yearless(c[1], DateLanguage.of(c[0])), DateParser.yearless(c[1], DateLanguage.deferred(reading)), c[1]);
            assertTrue(reading.asked.get() >= 1, c[1]);
        }
    }

    private static final java.util.List<String> SPELLINGS = new java.util.ArrayList<>(MonthNames.allSpellings());

    /** A text of one random piece from each slot in turn. */
    private static String pick(java.util.Random random, String[]... slots) {
        StringBuilder t = new StringBuilder();
        for (String[] slot : slots) {
            String piece = slot[random.nextInt(slot.length)];
            t.append(piece.equals("MONTH") ? SPELLINGS.get(random.nextInt(SPELLINGS.size())) : piece);
        }
        return t.toString();
    }

    /** Over random texts, every text the dotted yearless day's pattern finds a day in passes its gate. */
    @Test
    void theDottedDayGate_letsThroughEveryTextThePatternFinds() {
        java.util.Random random = new java.util.Random(42);
        String[] edge = {"", "x", "5", ".", " ", "a.", "1."};
        String[] month = {"MONTH", "MONTH", "márc", "x"};
        String[] dot = {"", ".", ". "};
        String[] blank = {" ", "  ", "\t", "\u00A0", "\u3000", "\n", ""};
        String[] day = {"5", "27", "123", "", "a5"};
        String[] close = {".", ".", "", ".5", ".a", "..", ". ", ".,"};
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String s = pick(random, edge, month, dot, blank, day, close, edge);
            if (DateParser.YEARLESS_MONTH_DOTTED_DAY.matcher(s).find()) {
                found++;
                assertTrue(DateParser.mayHoldDottedDay(s), s);
            }
        }
        assertTrue(found > 5000, "found " + found);
        assertFalse(DateParser.mayHoldDottedDay("v2.1 and 3.5. and 123."));
    }

    /** Every date the year-month-day pattern finds, the one that lets the year's closer out finds too (and first). */
    @Test
    void theSpacedYearPattern_findsWhereverTheClosedOneDoes() {
        java.util.Random random = new java.util.Random(4242);
        String[] edge = {"", "x ", "5", "2023 "};
        String[] year = {"2024", "20245", "124"};
        String[] closer = {"", ".", " m. ", " с. ", "ko ", "eko ", " ", "-"};
        String[] blank = {"", " ", "\u00A0"};
        String[] month = {"MONTH", "MONTH", "x"};
        String[] dot = {"", "."};
        String[] space = {" ", "", "  "};
        String[] day = {"27", "5", "123"};
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String s = pick(random, edge, year, closer, blank, month, dot, space, day, edge);
            java.util.regex.Matcher closed = DateParser.YEAR_MONTH_DAY.matcher(s);
            if (closed.find()) {
                found++;
                java.util.regex.Matcher spaced = DateParser.YEAR_SPACE_MONTH_DAY.matcher(s);
                assertTrue(spaced.find() && spaced.start() <= closed.start(), s);
            }
        }
        assertTrue(found > 1000, "found " + found);
    }

    @Test
    void theGates_beforeTheLanguage_refuseOnlyTextsWithoutTheirDates() {
        assertTrue(EraYears.mayHoldMinguoDate("發布日期：113-03-27"));
        assertTrue(EraYears.mayHoldMinguoDate("113.03.27"));
        assertFalse(EraYears.mayHoldMinguoDate("27 March, 10:15"));
        assertFalse(EraYears.mayHoldMinguoDate("11"));
        assertTrue(EthiopianCalendar.mayHoldEthiopianMonth("ኅዳር 23 ቀን 2019 ዓ.ም"));
        assertFalse(EthiopianCalendar.mayHoldEthiopianMonth("23 November 2019"));
    }
}
