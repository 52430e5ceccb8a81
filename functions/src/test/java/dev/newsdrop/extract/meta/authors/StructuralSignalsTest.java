package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Authors told by the page's structure where no class names them: a comment thread headed by a count
 * of its entries, a signature right after the block of the text, a data attribute of the article.
 */
class StructuralSignalsTest {

    private static final String LONG = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String html) {
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void commenterUnderAHeadingThatCountsTheEntries_isNoAuthor() {
        assertEquals(List.of(), authors("<html lang='en'><body><main><article><h1>Cycle lanes</h1><div class='body'>" + LONG + LONG + "</div>"
                + "<div class='feedback-list'><h3>3 thoughts</h3><div class='entry'><p class='author'>Tom Fletcher</p><p>Great news.</p></div></div>"
                + "</article></main></body></html>"));
        assertEquals(List.of(), authors("<html lang='sv'><body><main><article><h1>Cykelbanor</h1><div class='text'>" + LONG + LONG + "</div>"
                + "<section class='feedback'><h2>Reaktioner (2)</h2><div class='item'><span class='author'>Lars Nilsson</span><p>Bra!</p></div></section>"
                + "</article></main></body></html>"));
    }

    @Test
    void headingThatCountsNothing_leavesTheBylineUnderIt() {
        assertEquals(List.of("Jane Doe"), authors("<html lang='en'><body><main><article><h1>Cycle lanes</h1>"
                + "<div class='head'><h2>The council votes next month</h2><p class='author'>Jane Doe</p></div>" + LONG + LONG
                + "</article></main></body></html>"));
    }

    @Test
    void italicNameRightAfterTheTextBlock_signsTheArticle() {
        assertEquals(List.of("Hélène Marchand"), authors("<html lang='fr'><body><main><article class='article'><h1>Pistes cyclables</h1>"
                + "<div class='article-body'>" + LONG + LONG + LONG + "</div><p><em>Hélène Marchand</em></p></article></main></body></html>"));
        assertEquals(List.of(), authors("<html lang='fr'><body><main><article class='article'><h1>Pistes cyclables</h1>"
                + "<div class='article-body'>" + LONG + LONG + LONG + "</div><p><em>Hélène Marchand</em></p><p>Lire aussi : les travaux du pont</p>"
                + "</article></main></body></html>")); // more text after it: a line among others, not the signature
    }

    @Test
    void dataAuthorOfTheArticleElement_isTheAuthor_butNotAComments() {
        assertEquals(List.of("Пётр Волков"), authors("<html lang='ru'><body><main><article data-author='Пётр Волков'><h1>Велодорожки</h1>"
                + LONG + LONG + "</article></main></body></html>"));
        assertEquals(List.of(), authors("<html lang='ru'><body><main><article><h1>Велодорожки</h1>" + LONG + LONG
                + "<div class='c' data-author='Иван Иванов'><p>Отлично!</p></div></article></main></body></html>"));
        assertEquals(List.of(), authors("<html lang='en'><body><main><article data-author='admin'><h1>Cycle lanes</h1>"
                + LONG + LONG + "</article></main></body></html>"));
    }

    private static List<String> underHeadline(String line) {
        return authors("<html lang='en'><body><main><article><h1>Cycle lanes</h1>" + line + LONG + LONG + "</article></main></body></html>");
    }

    @Test
    void nameClosingAMetaLineAfterItsFigures_isTheWriter() {
        assertEquals(List.of("Jane Doe"), underHeadline("<div class='post-meta'><span title='2024-03-12'>March 12, 2024</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Jane Doe</div>"));
        assertEquals(List.of(), underHeadline("<div class='x'>Local News · Jane Doe</div>")); // no figure before the name: a section
    }

    @Test
    void authorElementShowingOnlyAPicture_isNamedByItsAlt() {
        assertEquals(List.of("Jane Doe"), underHeadline("<nav class='md-post__authors'><span class='md-author'><img src='a.png' alt='Jane Doe'></span></nav>"));
        assertEquals(List.of(), underHeadline("<span class='md-author'><img src='a.png' alt='logo'></span>"));
        assertEquals(List.of("Sam Carter", "Priya Nair"), underHeadline("<div class='post-authors'><img alt='Sam Carter' src='s.jpg'>"
                + "<img alt='Priya Nair' src='p.jpg'></div>"));
    }

    @Test
    void capitalisedNameBesideARole_isStillTheName() {
        assertEquals(List.of("Jane Doe"), underHeadline("<p class='byline'>By JANE DOE / Staff Writer</p>"));
        assertEquals(List.of("David Straub"), AuthorNames.clean(List.of("David Straub, MDR THÜRINGEN")));
    }

    @Test
    void linkToAPlatformAccountWhoseHandleSpellsTheName_isTheAuthor() {
        assertEquals(List.of("Jane Doe"), underHeadline("<div class='post-meta'><a href='https://substack.com/@janedoe'>Jane Doe</a></div>"));
        assertEquals(List.of("Jane Doe", "John Roe"), underHeadline("<div class='post-meta'><a href='https://substack.com/@janedoe'>Jane Doe</a>"
                + " and <a href='https://substack.com/@john.roe'>John Roe</a></div>"));
        assertEquals(List.of(), underHeadline("<div class='x'><a href='https://www.youtube.com/@riverchannel'>Jane Doe</a></div>"));
        assertEquals(List.of(), underHeadline("<div class='x'><a href='https://medium.com/@janedoe/a-post-123'>Jane Doe</a></div>"));
    }
}
