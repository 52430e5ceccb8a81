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
}
