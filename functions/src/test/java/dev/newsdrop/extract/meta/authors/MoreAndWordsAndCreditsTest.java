package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines of unseen sites in more languages: "and" as Finnish, Polish, Vietnamese, Hindi, Bengali
 * and Swahili write it, and as Hebrew and Arabic prefix it to the second name; plural author labels;
 * a place after two names and a bar; the editorial team's generic credit; a press release's issuer.
 */
class MoreAndWordsAndCreditsTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> page(String lang, String head, String after) {
        String html = "<html lang='" + lang + "'><body><main><article><h1>Headline</h1>" + head
                + "<div class='content'>" + TEXT + TEXT + TEXT + "</div>" + after + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    private static List<String> byline(String lang, String line) {
        return page(lang, "<p class='byline'>" + line + "</p>", "");
    }

    @Test
    void andInMoreLanguages_joinsTwoWriters() {
        assertEquals(List.of("Matti Virtanen", "Liisa Korhonen"), byline("fi", "Teksti: Matti Virtanen ja Liisa Korhonen"));
        assertEquals(List.of("Anna Nowak", "Piotr Wiśniewski"), byline("pl", "Autorzy: Anna Nowak oraz Piotr Wiśniewski"));
        assertEquals(List.of("राहुल शर्मा", "प्रिया वर्मा"), byline("hi", "लेखक: राहुल शर्मा और प्रिया वर्मा"));
        assertEquals(List.of("রফিকুল ইসলাম", "নাসরিন আক্তার"), byline("bn", "প্রতিবেদন: রফিকুল ইসলাম ও নাসরিন আক্তার"));
        assertEquals(List.of("Amina Juma", "Baraka Mwangi"), byline("sw", "Imeandikwa na Amina Juma na Baraka Mwangi"));
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"),
                page("vi", "", "<p class='author'><strong>Nguyễn Văn An và Trần Thị Bình</strong></p>"));
    }

    @Test
    void swahiliNa_afterTheLeadNa_separatesTheNamesAndThePlaceIsCut() {
        assertEquals(List.of("Juma Mwangi", "Amina Hassan"), byline("sw", "Na Juma Mwangi na Amina Hassan, Mombasa"));
    }

    @Test
    void hebrewAndArabicPrefixedAnd_separatesTwoNamesOfTwoWords() {
        assertEquals(List.of("רונית אלון", "משה פרץ"), byline("he", "כתבו: רונית אלון ומשה פרץ"));
        assertEquals(List.of("أحمد علي", "محمد حسن"), byline("ar", "بقلم: أحمد علي ومحمد حسن"));
    }

    @Test
    void namesThatOpenWithTheSameLetter_stayWhole() {
        assertEquals(List.of("ורד כהן"), byline("he", "מאת ורד כהן"));
        assertEquals(List.of("أحمد وائل"), AuthorNames.clean(List.of("أحمد وائل")));
        assertEquals(List.of("محمد أحمد وائل"), AuthorNames.clean(List.of("محمد أحمد وائل")));
    }

    @Test
    void pluralAuthorLabels_areLeads() {
        assertEquals(List.of("Μαρία Παπαδοπούλου", "Γιώργος Νικολάου"), byline("el", "Συντάκτες: Μαρία Παπαδοπούλου, Γιώργος Νικολάου"));
        assertEquals(List.of("علی رضایی", "مریم احمدی"), byline("fa", "نویسندگان: علی رضایی و مریم احمدی"));
    }

    @Test
    void oneWordAfterTwoNamesAndABar_isThePlace() {
        assertEquals(List.of("Laura Gómez", "Diego Martín"), byline("es", "Por Laura Gómez y Diego Martín | Madrid"));
    }

    @Test
    void theEditorialTeam_namesNoOne() {
        assertEquals(List.of(), byline("pt-BR", "Por Equipe Editorial"));
        assertEquals(List.of(), byline("id", "Penulis: Tim Redaksi"));
        assertEquals(List.of(), byline("sw", "Na Mwandishi Wetu"));
    }

    @Test
    void moreNewsAgencies_signAlone_andStepAsideBesideAPerson() {
        assertEquals(List.of("STT"), byline("fi", "STT"));
        assertEquals(List.of("Ana Petrova"), byline("bg", "Ana Petrova, BTA"));
    }

    @Test
    void aPressRelease_isSignedByItsIssuer() {
        assertEquals(List.of("Stadtwerke Neustadt"), byline("de", "Pressemitteilung von Stadtwerke Neustadt"));
    }

    @Test
    void aWireDatelineWithNoReporter_isSignedByItsAgency() {
        assertEquals(List.of("연합뉴스"), byline("ko", "(서울=연합뉴스)"));
        assertEquals(List.of("뉴시스"), byline("ko", "[부산=뉴시스]"));
        assertEquals(List.of("김민수"), byline("ko", "(서울=연합뉴스) 김민수 기자 ="));
        assertEquals(List.of(), byline("ko", "(서울=한빛일보)")); // a paper's own dateline names no one
    }
}
