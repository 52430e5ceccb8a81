package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The digit gate of {@code PageScan.opensWithCountedHeading} ({@link PageScan#holdsDigit}) refuses no heading whose
 * text the counted-heading pattern matches: random headings of digits of several scripts, letters, brackets, blanks
 * and nested inline elements, comments and scripts.
 */
class PageScanCountedHeadingGateTest {

    private static final String[] PIECES = {"3", "12", "٣", "۵", "३", "\uD835\uDFCE", "\uD801\uDCA0", "²", "½", "Ⅻ", " ", "\u00A0",
            "thoughts", "Kommentare", "آراء", "(", ")", "（", "）", "on “Title”", "<b>", "</b>", "<span>", "</span>", "<!-- 5 -->",
            "<script>var n = 4;</script>", "<br>", "&#51;", "&nbsp;", "x", "Ä", "\n", "<img alt='7'>"};

    @Test
    void refusesNoHeadingThePatternCounts() throws ReflectiveOperationException {
        java.lang.reflect.Field f = PageScan.class.getDeclaredField("COUNTED_HEADING");
        f.setAccessible(true);
        Pattern counted = (Pattern) f.get(null);
        Random r = new Random(30);
        int refused = 0;
        int matched = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder("<div><h3>");
            for (int n = r.nextInt(9); n > 0; n--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            b.append("</h3><p>text</p></div>");
            Element h = Jsoup.parse(b.toString()).selectFirst("h3");
            String stripped = h.text().strip();
            boolean matches = !stripped.isEmpty() && counted.matcher(stripped).matches();
            matched += matches ? 1 : 0;
            if (!PageScan.holdsDigit(h)) {
                refused++;
                assertFalse(matches, () -> "heading=" + h.outerHtml());
            }
        }
        assertTrue(refused > 5_000 && matched > 300, "both answers are tested: " + refused + " " + matched);
        assertFalse(PageScan.holdsDigit(Jsoup.parse("<h2>Related <b>stories</b><!-- 3 --></h2>").selectFirst("h2")));
        assertTrue(PageScan.holdsDigit(Jsoup.parse("<h2><span>٣</span> تعليقات</h2>").selectFirst("h2")));
    }
}
