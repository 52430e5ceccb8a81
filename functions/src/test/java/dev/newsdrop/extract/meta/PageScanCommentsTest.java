package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The scan's walk gathers nothing inside a comment section, and a comment-named element with no elements inside changes nothing. */
class PageScanCommentsTest {

    private static PageScan scan(String body) {
        return PageScan.of(Jsoup.parse("<html><head><title>T</title></head><body>" + body + "</body></html>"));
    }

    @Test
    void aTimeInsideACommentSection_isNotThePagesTime() {
        PageScan scan = scan("<h1>Headline</h1><div class=comments-area><div class=comment><time datetime=2024-03-02>2 March</time></div></div>");
        assertNull(scan.timeElement());
    }

    @Test
    void aTimeInsideASchemaOrgComment_isNotThePagesTime() {
        PageScan scan = scan("<h1>Headline</h1><div itemtype=https://schema.org/Comment><p><time datetime=2024-03-02>2 March</time></p></div>");
        assertNull(scan.timeElement());
    }

    @Test
    void commentNamedElementsWithoutElementsInside_leaveTheWalkOutsideComments() {
        PageScan scan = scan("<h1>Headline</h1><span class=comment-count>3</span><a class=comments-link href=#c>Comments</a>"
                + "<i class=icon-comment></i><p><time datetime=2024-03-01>1 March</time></p>"
                + "<ol class=commentlist><li><time datetime=2024-03-05>5 March</time></li></ol>");
        assertEquals("2024-03-01", scan.timeElement().attr("datetime"));
    }

    @Test
    void aCommentNamedTimeItself_isStillRead_whileItsSectionHidesWhatFollowsInIt() {
        PageScan scan = scan("<h1>Headline</h1><div class=post-meta><time class=comment-time datetime=2024-03-01>1 March</time></div>");
        assertEquals("2024-03-01", scan.timeElement().attr("datetime"));
    }

    /** The one-pass comment-stem gate answers as the search for each stem in turn, over random class and id values. */
    @Test
    void theCommentGate_answersAsTheStemSearch_overRandomNames() {
        String[] pieces = {"comment", "Comments", "COMMENT", "cOMMENT", "komentare", "Reacties", "RESPONSE", "reaction", "Reaktion",
            "reply", "REPLIES", "eply", "disqus_thread", "DISQUS", "yorumlar", "YORUMLAR", "omen", "o", "O", "e", "E", "i", "I", "m", "-",
            " ", "_", "x", "é", "İ", "ı", "ſ", "\u212A", "1", "oment", "OMENT"};
        java.util.Random random = new java.util.Random(33);
        int admitted = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String n = name.toString();
            boolean expected = PageScan.mayNameCommentsBySearch(n);
            assertEquals(expected, PageScan.mayNameComments(n), n);
            admitted += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(admitted > 10_000 && admitted < 90_000, "both answers met: " + admitted);
    }
}
