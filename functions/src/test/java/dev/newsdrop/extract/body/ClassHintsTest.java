package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassHintsTest {

    private static ClassHints.Hint hintOf(String cls, String id) {
        Element e = Jsoup.parseBodyFragment("<div></div>").body().child(0);
        e.attr("class", cls);
        if (!id.isEmpty()) {
            e.attr("id", id);
        }
        return ClassHints.of(e);
    }

    @Test
    void articleContainers_arePositive() {
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("article-body", ""));
        assertEquals(ClassHints.Hint.POSITIVE, hintOf("entry-content clearfix", ""));
    }

    @Test
    void shareCommentsAndRelated_areStrongNegativeEvenBesideContentWords() {
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("post-comments", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("article-related", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("", "relatedArticles"));
    }

    @Test
    void paywalledParts_areTheirOwnHint_unlessAnotherWordSaysHidden() {
        assertEquals(ClassHints.Hint.PAYWALLED, hintOf("paywall", ""));
        assertEquals(ClassHints.Hint.PAYWALLED, hintOf("article-body__content paywall-article", ""));
        assertEquals(ClassHints.Hint.NEGATIVE, hintOf("paywall--title hidden", ""));
        assertEquals(ClassHints.Hint.STRONG_NEGATIVE, hintOf("paywall-promo", ""));
    }

    @Test
    void cookieNotices_areNeverContent() {
        assertEquals(ClassHints.Hint.NEVER_CONTENT, hintOf("cookie-banner", ""));
        assertEquals(ClassHints.Hint.NEVER_CONTENT, hintOf("", "cookieNotice"));
    }

    @Test
    void embeddedPosts_areNeutral() {
        assertEquals(ClassHints.Hint.NONE, hintOf("social-media-embed", ""));
    }

    @Test
    void wordsInsideOtherWords_doNotCount() {
        assertEquals(ClassHints.Hint.NONE, hintOf("shadow leading", "")); // neither "ad" nor "head"
        assertEquals(ClassHints.Hint.WIDGET, hintOf("elementor-widget-container", ""));
    }
}
