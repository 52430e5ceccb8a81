package dev.newsdrop.extract.meta.dates;

import org.junit.jupiter.api.Test;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gates before {@link DateParser#yearless}'s month patterns let through every text the patterns find a day in:
 * {@link MonthAfterNumber#mayHoldMonthAfterNumber} before {@link DateParser#YEARLESS_DAY_MONTH}, {@link
 * DateParser#mayHoldDayAfterBlank} before {@link DateParser#YEARLESS_MONTH_DAY}.
 */
class YearlessGateTest {

    private static final List<String> SPELLINGS = new ArrayList<>(MonthNames.allSpellings());

    private static final String[] EDGE = {"", "x", "5", ".", " ", ":", "/", "a ", "10:15 ", "2024-"};
    private static final String[] DAY = {"5", "27", "123", "", "05"};
    private static final String[] AFTER_DAY = {"", "er", "st", "th", ".", "º", "-", ":", "nd", "x"};
    private static final String[] BLANK = {"", " ", "  ", "\t", "\u00A0", "\n", "\u3000"};
    private static final String[] JOINER = {"", "", "de ", "d'", "d’ ", "of ", "ta' ", "ta’", "x "};
    private static final String[] DOT = {"", "."};

    private static String month(Random random) {
        return SPELLINGS.get(random.nextInt(SPELLINGS.size()));
    }

    private static String any(Random random, String[] pieces) {
        return pieces[random.nextInt(pieces.length)];
    }

    @Test
    void everyDayBeforeAMonth_isLetThrough() {
        Random random = new Random(421);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String s = any(random, EDGE) + any(random, DAY) + any(random, AFTER_DAY) + any(random, BLANK) + any(random, JOINER)
                    + month(random) + any(random, EDGE);
            if (DateParser.YEARLESS_DAY_MONTH.matcher(s).find()) {
                found++;
                assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber(s, 1, 2), s);
            }
        }
        assertTrue(found > 10_000, "found " + found);
    }

    @Test
    void everyDayAfterAMonth_isLetThrough() {
        Random random = new Random(422);
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            String s = any(random, EDGE) + month(random) + any(random, DOT) + any(random, BLANK) + any(random, DAY)
                    + any(random, AFTER_DAY) + any(random, EDGE);
            if (DateParser.YEARLESS_MONTH_DAY.matcher(s).find()) {
                found++;
                assertTrue(DateParser.mayHoldDayAfterBlank(s), s);
            }
        }
        assertTrue(found > 10_000, "found " + found);
    }

    @Test
    void theReadingsStayTheSame() {
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("Mittwoch, 5. März, 14:30 Uhr", DateLanguage.UNKNOWN));
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("LONDON, March 5 (Reuters)", DateLanguage.UNKNOWN));
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("Mar. 5th", DateLanguage.UNKNOWN));
        assertNull(DateParser.yearless("May 14:30", DateLanguage.UNKNOWN));
        assertFalse(DateParser.mayHoldDayAfterBlank("Updated 10:15, 2024-03-05"));
    }
}
