package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pages that credit people in several roles, only some of whom wrote the text: an interactive's credits list
 * (research, graphics), a family tribute's closing credit, a guest post credited at the opening of the text.
 */
class CreditedRolesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String html) {
        String url = "https://example.org/story";
        return MetadataReader.read(Jsoup.parse(html, url), url).authors();
    }

    private static String ld(String authorsJson) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Heat map\","
                + "\"author\":" + authorsJson + "}</script>";
    }

    @Test
    void roleLabelsInTheirOwnElements_creditOtherWorkThanTheText() {
        String persons = "[{\"@type\":\"Person\",\"name\":\"Chloe Barnard\"},{\"@type\":\"Person\",\"name\":\"Nikhil Rao\"},"
                + "{\"@type\":\"Person\",\"name\":\"Sophie Tran\"}]";
        assertEquals(List.of("Chloe Barnard"), authors("<html lang='en'><head>" + ld(persons) + "</head><body><article><h1>Heat map</h1>"
                + "<ul class='credits'><li><span>Words</span> Chloe Barnard</li><li><span>Research</span> Nikhil Rao</li>"
                + "<li><span>Graphics</span> Sophie Tran</li></ul>" + TEXT + TEXT + "</article></body></html>"));
        assertEquals(List.of("Chloe Barnard"), authors("<html lang='de'><head>" + ld(persons) + "</head><body><article><h1>Hitzekarte</h1>"
                + "<dl class='credits'><dt>Text</dt><dd>Chloe Barnard</dd><dt>Recherche</dt><dd><a href='/a/nr'>Nikhil Rao</a></dd>"
                + "<dt>Grafik</dt><dd>Sophie Tran</dd></dl>" + TEXT + TEXT + "</article></body></html>"));
    }

    @Test
    void roleWordWrittenInTheSameText_isNoLabel() {
        String persons = "[{\"@type\":\"Person\",\"name\":\"Chloe Barnard\"},{\"@type\":\"Person\",\"name\":\"Nikhil Rao\"}]";
        assertEquals(List.of("Chloe Barnard", "Nikhil Rao"), authors("<html lang='en'><head>" + ld(persons) + "</head><body><article>"
                + "<h1>Heat map</h1><p class='byline'>By Chloe Barnard and Nikhil Rao</p>" + TEXT + TEXT + "</article></body></html>"));
    }

    @Test
    void tributeCompiledByARelative_namesTheRelative() {
        assertEquals(List.of("Megan Hale"), authors("<html lang='en-AU'><head><meta name='author' content='Riverina Times'>"
                + "<meta property='og:site_name' content='Riverina Times'></head><body><article><h1>Vale Ron Hale</h1>" + TEXT + TEXT
                + "<p><em>Tribute compiled by his daughter, Megan Hale.</em></p></article></body></html>"));
        assertEquals(List.of("Tom Reid"), authors("<html lang='en'><body><article><h1>Remembering Ann Reid</h1>" + TEXT + TEXT
                + "<p>Obituary written by her son Tom Reid.</p></article></body></html>"));
        assertEquals(List.of("Lena Vogt"), authors("<html lang='de'><body><article><h1>Zum Tod von Karl Vogt</h1>" + TEXT + TEXT
                + "<p>Ein Nachruf von seiner Tochter Lena Vogt.</p></article></body></html>"));
    }

    @Test
    void guestCreditOpeningTheText_outranksTheOwnersByline() {
        assertEquals(List.of("Lydia Marsh"), authors("<html lang='en'><head><meta name='author' content='Beth Carrow'></head><body>"
                + "<article class='post hentry'><h1 class='entry-title'>Canning without sugar</h1><div class='entry-meta'>Posted on "
                + "November 10, 2026 by <span class='author vcard'><a class='url fn n' href='/author/beth/'>Beth Carrow</a></span></div>"
                + "<div class='entry-content'><p><em>This is a guest post by Lydia Marsh, who runs a small orchard in Vermont.</em></p>"
                + TEXT + TEXT + "</div></article></body></html>"));
    }

    @Test
    void guestCreditInAnItalicNoteBeforeTheParagraphs_outranksTheOwnersByline() {
        assertEquals(List.of("Lydia Marsh"), authors("<html lang='en'><body><article><h1>Canning without sugar</h1>"
                + "<div class='entry-meta'>by <span class='author vcard'><a class='url fn n' href='/author/beth/'>Beth Carrow</a></span></div>"
                + "<div class='entry-content'><em>This is a guest post by Lydia Marsh, who runs a small orchard in Vermont.</em>"
                + TEXT + TEXT + "</div></article></body></html>"));
    }

    @Test
    void guestCreditFarDownTheText_leavesTheByline() {
        assertEquals(List.of("Beth Carrow"), authors("<html lang='en'><body><article><h1>Canning without sugar</h1>"
                + "<p class='byline'>By Beth Carrow</p>" + TEXT + TEXT + TEXT + TEXT
                + "<p>This is a guest post by Lydia Marsh, and the next one will be too.</p></article></body></html>"));
    }

    @Test
    void nameBesideARelativeTimeBetweenHeadlineAndText_signsIt() {
        assertEquals(List.of("Tama Tane"), authors("<html lang='en'><body><article><h1>Drivers vote to unionise</h1>"
                + "<div class='meta'><img src='/u/t.jpg' alt=''><span class='name'>Tama Tane</span> <span>·</span> <span>2 hours ago</span></div>"
                + TEXT + TEXT + "</article></body></html>"));
        assertEquals(List.of("Ana Ruiz"), authors("<html lang='es'><body><article><h1>Suben los alquileres</h1>"
                + "<p class='meta'>Ana Ruiz | hace 3 horas</p>" + TEXT + TEXT + "</article></body></html>"));
    }

    @Test
    void nameBesideARelativeTimeUnderTheText_isAReply() {
        assertEquals(List.of(), authors("<html lang='en'><body><article><h1>Drivers vote to unionise</h1>" + TEXT + TEXT + "</article>"
                + "<div class='pn-replies'><div><span>Gary Stone</span> · <span>1 hour ago</span><p>About time.</p></div></div></body></html>"));
    }

    private static List<String> desk(String lang, String credit) {
        return authors("<html lang='" + lang + "'><head><meta name='author' content='" + credit + "'></head><body><article>"
                + "<h1>Headline of the story</h1><div class='byline'>" + credit + "</div>" + TEXT + TEXT + "</article></body></html>");
    }

    @Test
    void deskOrLabelInCapitals_isNoNameAsInLowerCase() {
        assertEquals(List.of(), desk("es", "Redacción"));
        assertEquals(List.of(), desk("es", "REDACCIÓN"));
        assertEquals(List.of(), desk("fr", "RÉDACTION"));
        assertEquals(List.of(), desk("fr", "MIS À JOUR"));
        assertEquals(List.of(), desk("ru", "РЕДАКЦИЯ"));
    }

    @Test
    void sourceFieldOfATeaserUnderAShortItem_isNotTheItemsAgency() {
        String shortText = "<p>The council meets on Monday to vote on the budget.</p><p>The session is open to the public.</p>";
        assertEquals(List.of(), authors("<html lang='en'><body><article><h1>Council to vote on budget</h1>" + shortText
                + "<h3>More news</h3><ul><li><a href='/a'>Port strike ends</a> <span class='news-source'>Reuters</span></li></ul>"
                + "</article></body></html>"));
        assertEquals(List.of("Reuters"), authors("<html lang='en'><body><article><h1>Council to vote on budget</h1>"
                + "<div class='meta'><span class='news-source'>Reuters</span> <time>3 Dec 2026</time></div>" + shortText
                + "</article></body></html>"));
    }

    @Test
    void editingLabelBesideTheWritersLabel_creditsTheEditing() {
        String persons = "[{\"@type\":\"Person\",\"name\":\"Inês Carvalho\"},{\"@type\":\"Person\",\"name\":\"Rui Matos\"}]";
        assertEquals(List.of("Inês Carvalho"), authors("<html lang='pt'><head>" + ld(persons) + "</head><body><article><h1>Sobreiros</h1>"
                + "<p class='ficha'>Texto: Inês Carvalho | Edição: Rui Matos</p>" + TEXT + TEXT + "</article></body></html>"));
        assertEquals(List.of("Inês Carvalho"), authors("<html lang='nl'><head>" + ld(persons) + "</head><body><article><h1>Kurkeiken</h1>"
                + "<p class='credits'>Tekst: Inês Carvalho · Eindredactie: Rui Matos</p>" + TEXT + TEXT + "</article></body></html>"));
    }

    @Test
    void koreanCreditLine_beatReportersTitleAndEditorsEqualsCredit_areCut() {
        assertEquals(List.of("박서연"), authors("<html lang='ko'><body><article><h1>제주 올레길 겨울 걷기</h1>" + TEXT + TEXT
                + "<p class='credit'>글·사진=박서연 여행전문기자 / 편집=최동욱</p></article></body></html>"));
        assertEquals(List.of("박서연"), AuthorNames.clean(List.of("박서연 여행전문기자")));
    }
}
