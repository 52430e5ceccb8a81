package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credits English-language local sites give the source of copy they run: a republication note under the text, an
 * agency after a dash closing the last paragraph, a note on where the story was first published; and the labelled date
 * line a CMS sets again under the text.
 */
class RepublicationCreditsTest {

    private static final String BODY = "The council voted on Tuesday to keep the pool open for another summer while it looks for a buyer.";

    private static Element containerOf(List<String> paragraphs) {
        Element div = Jsoup.parseBodyFragment("").body().appendElement("div");
        paragraphs.forEach(p -> div.appendElement("p").text(p));
        return div;
    }

    private static String credit(String last) {
        List<String> paragraphs = new ArrayList<>(List.of(BODY, last));
        return SourceCredit.extract(paragraphs, containerOf(paragraphs));
    }

    @Test
    void aRepublicationNote_namesTheCredit_andLeavesTheText() {
        String note = "This article is republished from The Conversation under a Creative Commons license. Read the original article.";
        List<String> paragraphs = new ArrayList<>(List.of(BODY, note));
        Element container = containerOf(paragraphs);
        assertEquals("The Conversation", SourceCredit.extract(paragraphs, container));
        assertEquals(List.of(BODY), paragraphs);
        assertFalse(container.text().contains("republished"));
        assertEquals("Kentucky Lantern", credit("Republished with permission from Kentucky Lantern."));
        assertEquals("The Conversation", credit("Cet article est republié à partir de The Conversation sous licence Creative Commons."));
        assertEquals("The Conversation", credit("Artikel ini diterbitkan ulang dari The Conversation di bawah lisensi Creative Commons."));
    }

    @Test
    void aSentenceAboutRepublishing_orALowerCaseObject_isNoNote() {
        assertNull(credit("The council republished the report from 2019 after residents asked for it."));
        assertNull(credit("This story was republished from an earlier version that contained an error."));
    }

    @Test
    void anAgencyAfterADash_closingTheLastParagraph_isTheCredit() {
        List<String> paragraphs = new ArrayList<>(List.of(BODY, "The budget will be tabled on December 12. — with AAP"));
        Element container = containerOf(paragraphs);
        assertEquals("AAP", SourceCredit.extract(paragraphs, container));
        assertEquals("The budget will be tabled on December 12.", paragraphs.get(1));
        assertFalse(container.text().contains("with AAP"));
        assertEquals("Reuters", credit("The talks resume on Monday. - With Reuters"));
    }

    @Test
    void talksWithAnAgency_mideSentence_orInLowerCase_isNoCredit() {
        assertNull(credit("The minister held talks with AP reporters on Monday and said more would follow."));
        assertNull(credit("The talks resume on Monday. — with pa"));
    }

    @Test
    void aFirstPublishedNote_namesThePublication_notADayABlogOrTheSameTitlesPrintEdition() {
        assertEquals("Kentucky Lantern", Notices.firstPublisher(
                "This story was originally published by Kentucky Lantern, part of States Newsroom, a nonprofit news network."));
        assertEquals("Reasons to Be Cheerful", Notices.firstPublisher(
                "This story originally appeared in Reasons to Be Cheerful and is republished here as part of a partnership."));
        assertEquals("Time.com", Notices.firstPublisher("This article originally appeared on Time.com."));
        assertEquals("Futurism", Notices.firstPublisher("This article originally appeared on Futurism. Read more on the site."));
        assertNull(Notices.firstPublisher("This article originally published on December 19, 2022 and has been updated."));
        assertNull(Notices.firstPublisher("This post first appeared on Jane Doe's blog."));
        assertNull(Notices.firstPublisher("A version of this story appeared in Science, Vol 382, Issue 6677."));
        assertNull(Notices.firstPublisher("This article first appeared in the print edition of the paper."));
    }

    @Test
    void aLabelledDateAlone_isADateLine_aSentenceAboutADateIsNot() {
        assertTrue(MetaLines.isLabelledDateLine("Originally Published: December 5, 2026 at 6:00 AM MST"));
        assertTrue(MetaLines.isLabelledDateLine("Published: 5 December 2026"));
        assertFalse(MetaLines.isLabelledDateLine("Published in 1952, the novel sold two million copies."));
        assertFalse(MetaLines.isLabelledDateLine("The report, published on December 5, was withdrawn a week later"));
    }
}
