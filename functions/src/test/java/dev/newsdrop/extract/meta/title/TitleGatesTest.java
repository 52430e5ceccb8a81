package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.ComparisonKey;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the cheap tests that now go before a pattern or a split in title cleaning to what they stand for: each is a
 * necessary condition of the pattern's match (or of three segments), so the cleaned titles stay the same.
 */
class TitleGatesTest {

    private static final String[] PIECES = {"Headline", "shut", "a", " ", "  ", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029",
            "-", " - ", " | ", "|", "｜", ": ", ":", "：", "_", " :: ", " · ", " » ", " « ", "«", "»", " / ", " ~ ", " * ", "\u22C6", "–", " — ",
            "Seite 2", "page 12", "Halaman all", "(page 3)", ")", "(", "all", "ALL", "2", "12.03.2024", "2024-03-05", "3 hours ago",
            "5 mins AGO", ", 10:30", "10:30 am", " PM", "Uhr", "h", "H", ".", "!", "\u2019", "Ünïcödé", "新聞", "0"};

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(9);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** middleSegmentKeys as it was: every title with a separator split. */
    private static Set<String> oldMiddleSegmentKeys(List<String> pageTitles) {
        Set<String> keys = new HashSet<>();
        for (String pageTitle : pageTitles) {
            if (pageTitle == null || TitleCleaner.separatorCharCount(pageTitle, 1) == 0) {
                continue;
            }
            String[] segments = TitleCleaner.separators(pageTitle).split(pageTitle);
            if (segments.length < 3) {
                continue;
            }
            String[] segmentKeys = new String[segments.length];
            int longest = 0;
            for (int i = 0; i < segments.length; i++) {
                segmentKeys[i] = ComparisonKey.of(segments[i]);
                longest = Math.max(longest, segmentKeys[i].length());
            }
            for (int i = 1; i < segments.length - 1; i++) {
                if (!segmentKeys[i].isEmpty() && segmentKeys[i].length() < longest) {
                    keys.add(segmentKeys[i]);
                }
            }
        }
        return keys;
    }

    @Test
    void randomTexts_gatesHoldWheneverThePatternsMatch() {
        Random random = new Random(30);
        int pageNumbers = 0;
        int gluedDates = 0;
        int middles = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = randomText(random);
            if (TitleCleaner.TRAILING_PAGE_NUMBER.matcher(t).find()) {
                assertTrue(TitleCleaner.mayCloseWithPageNumber(t), () -> "page number in [" + t + "]");
                pageNumbers++;
            }
            if (TitleCleaner.GLUED_DATE.matcher(t).find()) {
                assertTrue(TitleCleaner.mayCloseWithGluedDate(t), () -> "glued date in [" + t + "]");
                gluedDates++;
            }
            int places = TitleCleaner.separatorCharCount(t, Integer.MAX_VALUE);
            int segments = TitleCleaner.separators(t).split(t).length;
            assertTrue(segments <= places + 1, () -> "segments of [" + t + "]");
            Set<String> keys = TitleCleaner.middleSegmentKeys(List.of(t));
            assertEquals(oldMiddleSegmentKeys(List.of(t)), keys, () -> "middle keys of [" + t + "]");
            middles += keys.isEmpty() ? 0 : 1;
        }
        // the random texts reach every case the gates stand before
        assertTrue(pageNumbers > 100 && gluedDates > 100 && middles > 100, pageNumbers + " " + gluedDates + " " + middles);
    }

    @Test
    void separatorMatcher_findsWhatTheWholeTextsMatcherFinds() {
        Random random = new Random(31);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = randomText(random);
            java.util.regex.Matcher whole = TitleCleaner.separators(t).matcher(t);
            java.util.regex.Matcher from = TitleCleaner.separatorMatcher(t);
            while (whole.find()) {
                assertTrue(from.find(), () -> "separators of [" + t + "]");
                assertEquals(whole.start(), from.start(), () -> "separator start in [" + t + "]");
                assertEquals(whole.end(), from.end(), () -> "separator end in [" + t + "]");
                found++;
            }
            assertFalse(from.find(), () -> "separators of [" + t + "]");
        }
        assertTrue(found > 1000, "the random texts hold separators: " + found);
        java.util.regex.Matcher m = TitleCleaner.separatorMatcher("A long headline - Site");
        assertTrue(m.find());
        assertEquals(15, m.start());
    }

    @Test
    void edgeTexts() {
        assertTrue(TitleCleaner.mayCloseWithPageNumber("Headline - Seite 2\r\n"));
        assertTrue(TitleCleaner.mayCloseWithPageNumber("Headline (page 3)\u2028"));
        assertTrue(TitleCleaner.mayCloseWithPageNumber("Headline Halaman all"));
        assertFalse(TitleCleaner.mayCloseWithPageNumber("Headline 2 more"));
        assertFalse(TitleCleaner.mayCloseWithPageNumber(""));
        assertTrue(TitleCleaner.mayCloseWithGluedDate("Bridge shut3 hours AGO \u2029"));
        assertTrue(TitleCleaner.mayCloseWithGluedDate("Bridge shut12.03.2024, 10:30 Uhr"));
        assertFalse(TitleCleaner.mayCloseWithGluedDate("Bridge shut in 2024 for repairs"));
        assertFalse(TitleCleaner.mayCloseWithGluedDate(" \n"));
        assertEquals(Set.of(), TitleCleaner.middleSegmentKeys(List.of("Headline about a thing | Site")));
        assertEquals(Set.of("blog"), TitleCleaner.middleSegmentKeys(List.of("Headline about a thing | Blog | Network")));
    }
}
