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
    void theGates_beforeTheLanguage_refuseOnlyTextsWithoutTheirDates() {
        assertTrue(DateParser.mayHoldMinguoDate("發布日期：113-03-27"));
        assertTrue(DateParser.mayHoldMinguoDate("113.03.27"));
        assertFalse(DateParser.mayHoldMinguoDate("27 March, 10:15"));
        assertFalse(DateParser.mayHoldMinguoDate("11"));
        assertTrue(DateParser.mayHoldEthiopianMonth("ኅዳር 23 ቀን 2019 ዓ.ም"));
        assertFalse(DateParser.mayHoldEthiopianMonth("23 November 2019"));
    }
}
