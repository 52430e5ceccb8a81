package dev.newsdrop.extract.meta.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MonthAfterNumber#mayHoldMonthAfterNumber} lets through every text its month patterns find a date in. */
class MonthAfterNumberGateTest {

    private static final List<String> SPELLINGS = new ArrayList<>(MonthNames.allSpellings());

    /** Between a number and a month, and after it: what the patterns allow there, and what they do not. */
    private static final List<String> JOINS = List.of("", " ", "  ", ". ", ".", "º ", "th ", "er ", "st", "nd of ", " de ", " d'",
            " d’ ", " of ", " ta' ", " ga ", "-", " - ", "ខែ ", "ខែ", "ເດືອນ", ".\t", "\n", " m. ", "ko ", "eko ", ", ", "/", ":", "x", "5", "ي ");

    private static boolean dayMonthYear(String t) {
        return DateParser.DAY_MONTH_YEAR.matcher(t).find();
    }

    private static boolean yearMonthDay(String t) {
        return DateParser.YEAR_MONTH_DAY.matcher(t).find() || DateParser.YEAR_SPACE_MONTH_DAY.matcher(t).find();
    }

    @Test
    void everyDateOfEverySpellingIsLetThrough() {
        Random random = new Random(36);
        int dayFirst = 0;
        int yearFirst = 0;
        for (String month : SPELLINGS) {
            for (int i = 0; i < 6; i++) {
                String join = JOINS.get(random.nextInt(JOINS.size()));
                String after = JOINS.get(random.nextInt(JOINS.size()));
                String day = String.valueOf(1 + random.nextInt(31));
                String t = "Publié " + day + join + month + after + "2024 à 10:45";
                if (dayMonthYear(t)) {
                    dayFirst++;
                    assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber(t, 1, 2), t);
                }
                String y = "x 2023" + join + month + after + day + " y";
                if (yearMonthDay(y)) {
                    yearFirst++;
                    assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber(y, 4, 4), y);
                }
            }
        }
        assertTrue(dayFirst > SPELLINGS.size(), "day first " + dayFirst);
        assertTrue(yearFirst > 300, "year first " + yearFirst);
    }

    @Test
    void randomTextsThePatternsFindAreLetThrough() {
        Random random = new Random(3636);
        String[] pieces = {"1", "12", "123", "2024", "20245", "0", ".", "º", "-", " ", "\t", "\u00A0", ",", "/", ":", "(", ")",
                "de", "d'", "of", "ta'", "ga", "ខែ", "m.", "ko", "eko", "th", "er", "a", "ب", "٣", "min", "years", "Comments", "MAR",
                "Ma", "d’", "ta’", "nd", "x", "ž", "E", "ΜΑΪ", "\uD801\uDC00", "年", "Ju"};
        int refused = 0;
        int found = 0;
        for (int n = 0; n < 400_000; n++) {
            StringBuilder t = new StringBuilder();
            for (int parts = 1 + random.nextInt(9); parts > 0; parts--) {
                t.append(random.nextInt(5) == 0 ? SPELLINGS.get(random.nextInt(SPELLINGS.size())) : pieces[random.nextInt(pieces.length)]);
            }
            String s = t.toString();
            refused += MonthAfterNumber.mayHoldMonthAfterNumber(s, 1, 2) ? 0 : 1;
            if (dayMonthYear(s)) {
                found++;
                assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber(s, 1, 2), s);
            }
            if (yearMonthDay(s)) {
                found++;
                assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber(s, 4, 4), s);
            }
        }
        assertTrue(found > 200, "found " + found);
        assertTrue(refused > 50_000, "refused " + refused);
    }

    @Test
    void numericDatesAndTimesAreRefused() {
        for (String t : List.of("2024-03-27 10:45:00+01:00", "27.03.2024, 10:45", "03/27/2024 10:45", "2024/03/27", "(2024)",
                "Updated 10:45 · 2024")) {
            assertFalse(MonthAfterNumber.mayHoldMonthAfterNumber(t, 1, 2), t);
            assertFalse(MonthAfterNumber.mayHoldMonthAfterNumber(t, 4, 4), t);
        }
        for (String t : List.of("5 min read", "10 years on", "3 Comments")) { // words no month's spelling opens
            assertFalse(MonthAfterNumber.mayHoldMonthAfterNumber(t, 1, 2), t);
        }
        assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber("27 March 2024", 1, 2));
        assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber("27th of march 2024", 1, 2));
        assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber("2024 m. kovo 3", 4, 4));
        assertTrue(MonthAfterNumber.mayHoldMonthAfterNumber("2023. február 10.", 4, 4));
    }
}
