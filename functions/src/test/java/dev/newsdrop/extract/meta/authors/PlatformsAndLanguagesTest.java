package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines of unseen sites in languages probed in session 15: "and" in Thai, Urdu and Tamil, Serbian's
 * plural label, Persian and Urdu report labels, Filipino "Ni", a Japanese photo credit after an
 * enumeration comma, co-authors linked in a line with no byline class, Catalan's "signatura" class,
 * and co-authors a byline's text adds to a JSON-LD that names one.
 */
class PlatformsAndLanguagesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> page(String lang, String headTags, String head) {
        String html = "<html lang='" + lang + "'><head>" + headTags + "</head><body><main><article><h1>Headline</h1>" + head
                + "<div class='content'>" + TEXT + TEXT + TEXT + "</div></article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    private static List<String> byline(String lang, String line) {
        return page(lang, "", "<p class='byline'>" + line + "</p>");
    }

    private static String ld(String author) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"" + author + "\"}}</script>";
    }

    @Test
    void andInThaiUrduAndTamil_joinsTwoWriters() {
        assertEquals(List.of("สมชาย ใจดี", "สุดา รักไทย"), byline("th", "ผู้เขียน: สมชาย ใจดี และ สุดา รักไทย"));
        assertEquals(List.of("عمران خان", "سارہ احمد"), byline("ur", "تحریر: عمران خان اور سارہ احمد"));
        assertEquals(List.of("க. முருகன்", "ரா. செல்வி"), byline("ta", "எழுதியவர்: க. முருகன் மற்றும் ரா. செல்வி"));
    }

    @Test
    void lithuanianAnd_insideARoleAfterTheName_splitsNothing() {
        assertEquals(List.of("Jonas Petraitis"), byline("lt", "Jonas Petraitis, Vilniaus universiteto istorijos ir filosofijos profesorius"));
    }

    @Test
    void serbianPluralLabelAndPersianReportLabel_areLeads() {
        assertEquals(List.of("Марко Петровић", "Јелена Илић"), byline("sr", "Аутори: Марко Петровић и Јелена Илић"));
        assertEquals(List.of("علی رضایی", "مریم احمدی"), byline("fa", "گزارش: علی رضایی و مریم احمدی"));
    }

    @Test
    void filipinoNi_isALeadOnAFilipinoPageOnly() {
        assertEquals(List.of("Juan dela Cruz"), byline("tl", "Ni Juan dela Cruz"));
        assertEquals(List.of("Ni Hong Wei"), byline("en", "Ni Hong Wei"));
    }

    @Test
    void japanesePhotoCredit_afterAnEnumerationComma_isCut() {
        assertEquals(List.of("山田 太郎"), page("ja", "", "<p class='credit'>文＝山田 太郎、写真＝佐藤 花子</p>"));
    }

    @Test
    void authorPageLinksJoinedByAnd_areCoAuthors() {
        assertEquals(List.of("Jordi Puig", "Marta Vila"), page("ca", "",
                "<div class='info'><a href='/autor/jordi-puig'>Jordi Puig</a> i <a href='/autor/marta-vila'>Marta Vila</a></div>"));
    }

    @Test
    void catalanSignaturaClass_marksTheByline() {
        assertEquals(List.of("Anna Ferrer"), page("ca", "", "<div class='signatura'>Anna Ferrer</div>"));
    }

    @Test
    void bylineTextJoinedByAnd_addsCoAuthorsToTheStatedOne() {
        assertEquals(List.of("Sam Turner", "Lily Evans"), page("en", ld("Sam Turner"), "<p class='byline'>By Sam Turner and Lily Evans</p>"));
        assertEquals(List.of("Ava Stone"), page("en", ld("Ava Stone"), "<p class='byline'>By Ava Stone, Sun Ledger</p>"));
        assertEquals(List.of("Ava Stone"), page("en", "<meta property='og:site_name' content='Sun Ledger'>" + ld("Ava Stone"),
                "<p class='byline'>By Ava Stone and Sun Ledger</p>")); // the publication beside the writer is no co-author
    }

    @Test
    void writerInALabelledFieldAfterOthers_isTheAuthor() {
        assertEquals(List.of("李明"), page("zh-CN", "", "<div class='info'>2026年02月18日 08:30\u3000来源：华南日报\u3000作者：李明</div>"));
        assertEquals(List.of("王芳"), page("zh-CN", "", "<div class='info'>时间：2026-02-18 08:30\u3000来源：新华社\u3000记者：王芳</div>"));
        assertEquals(List.of("Anna Schmidt"), page("de", "", "<div class='info'>3. Februar 2026 | Fotos: dpa | Text: Anna Schmidt</div>"));
    }

    @Test
    void editorInALabelledField_isNoAuthor() {
        assertEquals(List.of(), page("zh-CN", "", "<div class='info'>2026年02月18日 08:30\u3000来源：新华社\u3000责任编辑：王芳</div>"));
    }
}
