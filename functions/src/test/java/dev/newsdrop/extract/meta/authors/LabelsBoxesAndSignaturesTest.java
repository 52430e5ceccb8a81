package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines of unseen sites in languages probed in session 16: labels with their colon (Indonesian
 * "Jurnalis:", Hindi "द्वारा:", Ukrainian "Текст і фото:"), the Hungarian plural "Szerzők:", Drupal's
 * Ukrainian "Опубліковано", Hebrew "and" standing alone before a linked name, Hindi and Bengali desks, a
 * Korean contributor's affiliation and title, author boxes' headings in more languages with a Thai name
 * under them, a Vietnamese signature at the foot of a short text: set flush right, or two names
 * joined by a dash; Swahili roles and Blogger's "Imetumwa na"; a source label before an agency alone; a dateline's place
 * before the agency.
 */
class LabelsBoxesAndSignaturesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> page(String lang, String head, String after) {
        String html = "<html lang='" + lang + "'><head></head><body><main><article><h1>Headline</h1>" + head
                + "<div class='content'>" + TEXT + TEXT + TEXT + "</div>" + after + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    private static List<String> byline(String lang, String line) {
        return page(lang, "<p class='byline'>" + line + "</p>", "");
    }

    @Test
    void labelsWithTheirColon_inIndonesianHindiAndUkrainian_leadTheName() {
        assertEquals(List.of("Dewi Lestari"), page("id", "<div class='read__credit'><div>Jurnalis: Dewi Lestari</div><div>Redaktur: Budi Santoso</div></div>", ""));
        assertEquals(List.of("राहुल शर्मा"), byline("hi", "द्वारा: राहुल शर्मा"));
        assertEquals(List.of("Олег Мельник"), byline("uk", "Текст і фото: Олег Мельник"));
    }

    @Test
    void hungarianPluralLabel_leadsBothNames() {
        assertEquals(List.of("Kovács Anna", "Nagy Péter"), byline("hu", "Szerzők: Kovács Anna és Nagy Péter"));
    }

    @Test
    void drupalsUkrainianSubmittedBy_isALead() {
        assertEquals(List.of("Ірина Бондар"), page("uk", "<div class='node__meta'><span class='node__author'>Опубліковано "
                + "<span class='field field--name-uid'><span>Ірина Бондар</span></span></span></div>", ""));
    }

    @Test
    void hebrewAndStandingAloneBeforeALinkedName_separates() {
        assertEquals(List.of("רון כץ", "נועה ברק", "עמית לוי"), page("he", "<p class='byline'><a href='/w/1'>רון כץ</a>, "
                + "<a href='/w/2'>נועה ברק</a> ו<a href='/w/3'>עמית לוי</a></p>", ""));
    }

    @Test
    void hindiAndBengaliDesks_nameNoOne() {
        assertEquals(List.of(), byline("hi", "न्यूज़ डेस्क"));
        assertEquals(List.of(), byline("bn", "অনলাইন ডেস্ক"));
    }

    @Test
    void koreanContributor_affiliationAndTitleAfterTheName_areCut() {
        assertEquals(List.of("최영호"), byline("ko", "최영호 한국대 경제학과 교수"));
        assertEquals(List.of("박지민"), byline("ko", "박지민 법무법인 한결 변호사"));
    }

    @Test
    void thaiAuthorBoxHeading_givesTheThaiNameUnderIt() {
        assertEquals(List.of("ณัฐพล ศรีสุข"), page("th", "", "<div class='about-author'><h3>เกี่ยวกับผู้เขียน</h3><div class='author-info'>"
                + "<strong class='author-name'>ณัฐพล ศรีสุข</strong><p>นักเขียนสายท่องเที่ยวจากเชียงใหม่</p></div></div>"));
    }

    @Test
    void vietnameseSignature_flushRightUnderAShortText_isTheByline() {
        String html = "<html lang='vi'><body><article class='fck_detail'><h1>Tiêu đề</h1>"
                + "<p class='Normal'>Sở Giao thông cho biết ba tuyến buýt điện mới có tổng chiều dài gần 80 km, đi qua nhiều tuyến phố.</p>"
                + "<p class='Normal'>Giá vé lượt được giữ ở mức 7.000 đồng, người cao tuổi được miễn phí.</p>"
                + "<p class='Normal' style='text-align:right;'><strong>Minh Anh</strong></p></article></body></html>";
        assertEquals(List.of("Minh Anh"), MetadataReader.read(Jsoup.parse(html, "https://example.org/s"), "https://example.org/s").authors());
    }

    @Test
    void placeInCapitals_flushRightUnderAShortText_isNoSignature() {
        String html = "<html lang='vi'><body><article><h1>Tiêu đề</h1><p>Thành phố khai trương công viên mới vào sáng thứ Ba.</p>"
                + "<p>Công viên mở cửa hằng ngày từ sáu giờ sáng.</p><p style='text-align: right'><strong>HÀ NỘI</strong></p></article></body></html>";
        assertEquals(List.of(), MetadataReader.read(Jsoup.parse(html, "https://example.org/s"), "https://example.org/s").authors());
    }

    @Test
    void shortTextsLastBoldLine_notFlushRight_isNoSignature() {
        String html = "<html lang='en'><body><article><h1>Title</h1><p>One short line of text here.</p><p>Another short line.</p>"
                + "<p><strong>Green Street</strong></p></article></body></html>";
        assertEquals(List.of(), MetadataReader.read(Jsoup.parse(html, "https://example.org/s"), "https://example.org/s").authors());
    }

    @Test
    void boldNameUnderThreeOneSentenceParagraphs_signsAShortReport() {
        String html = "<html lang='cs'><body><article><h1>Titulek</h1><div class='text'><p>Město v pondělí otevřelo novou knihovnu.</p>"
                + "<p>Stavba stála dvanáct milionů korun.</p><p>Knihovna bude otevřená každý den kromě neděle.</p>"
                + "<p><strong>Pavel Horák</strong></p></div></article></body></html>";
        assertEquals(List.of("Pavel Horák"), MetadataReader.read(Jsoup.parse(html, "https://example.org/s"), "https://example.org/s").authors());
    }

    @Test
    void boldNameUnderLinesThatAreNoSentences_isNoSignature() {
        String html = "<html lang='cs'><body><article><h1>Výsledky</h1><div class='text'><p>Sokol Brod – FC Lipno 2:1</p>"
                + "<p>Slavoj Hory – Tatran Dolní Ves 0:0</p><p>Spartak Nové Pole – Jiskra Lhota 3:2</p>"
                + "<p><strong>Petr Kolář</strong></p></div></article></body></html>";
        assertEquals(List.of(), MetadataReader.read(Jsoup.parse(html, "https://example.org/s"), "https://example.org/s").authors());
    }

    @Test
    void twoNamesJoinedByADash_inAFootSignature_areTwoWriters() {
        assertEquals(List.of("Minh Quân", "Lan Anh"), page("vi", "", "<p style='text-align:right'><b>Minh Quân - Lan Anh</b></p>"));
    }

    @Test
    void drupalsRussianSubmittedBy_opensALineWithNoBylineClass() {
        assertEquals(List.of("Дмитрий Орлов"), page("ru", "<div class='node__meta'><span>Опубликовано "
                + "<span class='field--name-uid'>Дмитрий Орлов</span> 12.03.2024</span></div>", ""));
    }

    @Test
    void russianPublishedLabelBeforeADate_stillOpensTheFieldLine() {
        assertEquals(List.of("Сергей Иванов"), page("ru", "<div class='news-info'>Опубликовано: 12.03.2024 | Автор: Сергей Иванов | Просмотров: 1520</div>", ""));
    }

    @Test
    void swahiliRoleAfterTheComma_andBloggersPostedBy_areNoNames() {
        assertEquals(List.of("Neema Mushi"), byline("sw", "Na Neema Mushi, Mwandishi wa Habari"));
        assertEquals(List.of("Baraka Mwangi"), page("sw", "<div class='post-footer'><span class='post-author vcard'>Imetumwa na "
                + "<span class='fn'>Baraka Mwangi</span></span></div>", ""));
    }

    @Test
    void sourceLabelBeforeAnAgencyAlone_theAgencySigns() {
        assertEquals(List.of("MTI"), byline("hu", "Forrás: MTI"));
        assertEquals(List.of("ایسنا"), byline("fa", "منبع: ایسنا"));
        assertEquals(List.of(), byline("hu", "Forrás: Wikipédia"));
    }

    @Test
    void onePlaceWordBeforeAnAgency_isTheDateline() {
        assertEquals(List.of("AA"), byline("tr", "Ankara / AA"));
        assertEquals(List.of("Ayşe Demir"), byline("tr", "Ayşe Demir / AA"));
    }

    @Test
    void hungarianAndBetweenTwoLinkedNames_joinsCoAuthors() {
        assertEquals(List.of("Papp Júlia", "Lakatos Máté"), byline("hu", "Írta: <a href='/szerzo/papp'>Papp Júlia</a> és "
                + "<a href='/szerzo/lakatos'>Lakatos Máté</a>"));
    }

    @Test
    void persianReporterLabel_leadsTheName() {
        assertEquals(List.of("حمید رستمی"), byline("fa", "خبرنگار: حمید رستمی"));
    }

    private static List<String> siteSigned(String lang, String after) {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Headline\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Voce Locale\"},\"author\":{\"@type\":\"Organization\",\"name\":\"Voce Locale\"}}</script>";
        String html = "<html lang='" + lang + "'><head><meta property='og:site_name' content='Voce Locale'>" + ld + "</head><body><main><article>"
                + "<h1>Headline</h1><div class='content'>" + TEXT + TEXT + after + "</div></article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void aSignatureBlocksBoldNameAloneInItsParagraph_isTheWriter_notTheRoleUnderIt() {
        assertEquals(List.of("Claire Dumas"), siteSigned("fr", "<div class='article__signature'><p><strong>Claire Dumas</strong></p>"
                + "<p><em>Maire de Villers-sur-Authie, vice-présidente de l’association des maires ruraux de la Somme.</em></p></div>"));
        assertEquals(List.of("Voce Locale"), siteSigned("fr", "<div class='article__signature'><p>La rédaction remercie ses lecteurs</p>"
                + "<p><em>Maire de Villers-sur-Authie, vice-présidente de l’association des maires ruraux de la Somme.</em></p></div>"),
                "no bold name alone in the first line: the site signs");
    }

    @Test
    void aWithheldSignersLine_leavesTheLetterUnsigned_insteadOfTheSitesName() {
        assertEquals(List.of(), siteSigned("it", "<p class='firma'><em>Lettera firmata</em></p>"));
        assertEquals(List.of(), siteSigned("es", "<p>(Carta firmada)</p>"));
        assertEquals(List.of(), siteSigned("de", "<p>Name der Redaktion bekannt.</p>"));
        assertEquals(List.of(), siteSigned("fr", "<p><em>Nom connu de la rédaction</em></p>"));
        assertEquals(List.of("Voce Locale"), siteSigned("it", "<p>La lettera firmata da cento genitori è arrivata in redazione ieri.</p>"),
                "a sentence about a signed letter is no signer's line");
        assertEquals(List.of("Voce Locale"), siteSigned("it", ""));
    }
}
