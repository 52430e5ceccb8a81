package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Small blogs: an author box labelled as the article's or the post's author in more languages, its
 * "view all posts by" link in more languages (the verb is no name), and the hCard author line of a
 * blog platform that names the poster by handle.
 */
class BlogAuthorBoxesAndHandlesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authorsAfter(String lang, String after) {
        String html = "<html lang='" + lang + "'><body><main><article><h1>Headline</h1><p class='meta'><time>2024-03-12</time></p>"
                + "<div class='content'>" + TEXT + TEXT + TEXT + "</div>" + after + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void authorBoxLabelledAsTheArticlesAuthor_givesTheNameAfterIt() {
        assertEquals(List.of("Petr Dvořák"), authorsAfter("cs", "<div class='autor-clanku'><img src='/p.jpg' alt=''><div>"
                + "<span>Autor článku</span><strong>Petr Dvořák</strong><p>Cyklista a fotograf z Brna.</p></div></div>"));
        assertEquals(List.of("Kovács Anna"), authorsAfter("hu", "<div class='author-box'><span class='label'>A bejegyzés szerzője:</span> "
                + "<a href='/szerzo/anna/'>Kovács Anna</a></div>"));
    }

    @Test
    void viewAllPostsByLink_inMoreLanguages_isTheNameNotTheVerb() {
        assertEquals(List.of("Sanne Bakker"), AuthorNames.clean(List.of("Bekijk alle berichten van Sanne Bakker")));
        assertEquals(List.of("Erik Lindqvist"), AuthorNames.clean(List.of("Visa alla inlägg av Erik Lindqvist")));
    }

    @Test
    void hCardAuthorLine_namingTheposterByHandle_givesTheHandle() {
        assertEquals(List.of("sato_hanako"), authorsAfter("ja", "<footer class='entry-footer'><span class='author vcard'>"
                + "<span class='fn' data-user-name='sato_hanako'><span class='user-name'>sato_hanako</span></span></span> "
                + "<span class='entry-footer-time'><time datetime='2024-03-12'>12時00分</time></span></footer>"));
    }

    @Test
    void commentersCards_areNoAuthor() {
        assertEquals(List.of(), authorsAfter("ja", "<div class='comments'><div class='comment'><span class='comment-author vcard'>"
                + "<span class='fn'>hanako_fan</span></span><p>いいですね。</p></div></div>"));
    }
}
