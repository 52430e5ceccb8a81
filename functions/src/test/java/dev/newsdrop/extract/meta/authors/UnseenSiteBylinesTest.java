package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bylines of small sites' themes in several languages: labels, second credits, datelines, author boxes. */
class UnseenSiteBylinesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String html, String url) {
        return MetadataReader.read(Jsoup.parse(html, url), url).authors();
    }

    private static List<String> authors(String html) {
        return authors(html, "https://example.org/story");
    }

    @Test
    void swahiliNa_onASwahiliPage_isTheLead() {
        assertEquals(List.of("Amina Juma"), authors("<html lang='sw'><body><h1>Mvua kubwa yanyesha</h1>"
                + "<div><span>Na Amina Juma</span> <span>12 Machi 2024</span></div>" + TEXT + "</body></html>"));
        assertEquals(List.of("Baraka Mwakyusa"), authors("<html lang='sw-TZ'><body><h1>Bajeti mpya</h1>"
                + "<p class='byline'>Na Baraka Mwakyusa, Dodoma</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("Amina Juma"), authors("<html lang='sw'><body><h1>Mvua kubwa yanyesha</h1>"
                + "<p>Na Amina Juma</p>" + TEXT + "</body></html>"));
    }

    @Test
    void na_onAPageInAnotherLanguage_staysPartOfTheName() {
        assertEquals(List.of("Na Young Park"), authors("<html lang='en'><body><h1>Harbour budget</h1>"
                + "<p class='byline'>Na Young Park</p>" + TEXT + "</body></html>"));
    }

    @Test
    void oneWordAfterTheNamesComma_isTheDatelinePlace() {
        assertEquals(List.of("Jane Doe", "John Roe"), authors("<html lang='en'><body><h1>Harbour budget</h1>"
                + "<p class='byline'>By Jane Doe and John Roe, Lisbon</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("Jane Doe", "John Roe"), authors("<html lang='en'><body><h1>Harbour budget</h1>"
                + "<p class='byline'>By Jane Doe, John Roe</p>" + TEXT + "</body></html>")); // a second name of two words is a writer
    }

    @Test
    void japaneseTextCredit_withAMiddleDot_andThePhotographersCreditAfterIt() {
        assertEquals(List.of("山田太郎"), authors("<html lang='ja'><body><h1>春の京都を歩く</h1>"
                + "<p class='credit'>文・山田太郎　写真・佐藤花子</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("佐藤花子"), authors("<html lang='ja'><body><h1>春の京都を歩く</h1>"
                + "<p>文＝佐藤花子</p>" + TEXT + "</body></html>"));
    }

    @Test
    void chineseReporterLines_withSlashLabel_andClosingReports() {
        assertEquals(List.of("李静"), authors("<html lang='zh-CN'><body><h1>读书的意义</h1>"
                + "<div class='meta'>文/李静　2024-03-02</div>" + TEXT + "</body></html>"));
        assertEquals(List.of("王晓明"), authors("<html lang='zh-CN'><body><h1>城市公园改造完成</h1>"
                + "<p class='info'>王晓明 报道</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("王晓明", "李静"), authors("<html lang='zh-CN'><body><h1>城市公园改造完成</h1>"
                + "<p>（王晓明 李静 报道）</p>" + TEXT + "</body></html>"));
    }

    @Test
    void chineseAccordingToReport_isNoByline() {
        assertEquals(List.of(), authors("<html lang='zh-CN'><body><h1>城市公园改造完成</h1>"
                + "<p>据新华社报道</p>" + TEXT + "</body></html>"));
    }

    @Test
    void editorsCreditAfterTheReporters_withItsOwnLabelOnly_isCut() {
        assertEquals(List.of("Rahim Uddin"), authors("<html lang='en'><body><h1>Floods hit the north</h1>"
                + "<p class='byline'>Reporter: Rahim Uddin Editor: Kamal Hossain</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("Anna Berg"), authors("<html lang='de'><body><h1>Am See</h1>"
                + "<p class='byline'>Text: Anna Berg Fotos: Max Muster</p>" + TEXT + "</body></html>"));
    }

    @Test
    void publicationSpelledAsTheHost_besideTheWriter_isDropped() {
        assertEquals(List.of("Tom Harris"), authors("<html lang='en'><body><h1>Harbour reopens</h1>"
                + "<div class='byline'>By Tom Harris, Coastal News</div>" + TEXT + "</body></html>",
                "https://www.coastalnews.example/harbour-reopens"));
        assertEquals(List.of("Coastal News"), authors("<html lang='en'><body><h1>Harbour reopens</h1>"
                + "<div class='byline'>By Coastal News</div>" + TEXT + "</body></html>",
                "https://www.coastalnews.example/harbour-reopens")); // the site signing alone is the author
    }

    @Test
    void articleAuthorOnASocialNetwork_isNamedByTheLinkWrittenAsAName() {
        String head = "<html lang='en'><head><meta property='article:author' content='https://www.facebook.com/mark.webber.writer'></head>";
        assertEquals(List.of("Mark Webber"), authors(head + "<body><h1>Winter pruning</h1><div class='meta'>"
                + "<a href='https://www.facebook.com/mark.webber.writer'>Mark Webber</a> · 3 min read</div>" + TEXT + "</body></html>"));
        assertEquals(List.of(), authors(head + "<body><h1>Winter pruning</h1>" + TEXT
                + "<p><a href='https://www.facebook.com/mark.webber.writer'>Facebook</a></p></body></html>"));
    }

    @Test
    void authorBoxHeadedWithoutAName_givesTheNameInTheBox() {
        assertEquals(List.of("Helen Marsh"), authors("<html lang='en'><body><h1>Growing tomatoes indoors</h1>" + TEXT
                + "<div class='bio-box'><h3>About the author</h3><p><strong>Helen Marsh</strong></p>"
                + "<p>Helen has been gardening on her balcony for ten years and writes about small-space growing.</p></div></body></html>"));
        assertEquals(List.of("Lena Hoffmann"), authors("<html lang='de'><body><h1>Brot backen</h1>" + TEXT
                + "<div class='box'><h3>Über die Autorin</h3><div><img src='/x.jpg' alt=''><span>Lena Hoffmann</span></div>"
                + "<p>Lena backt seit Jahren Brot und schreibt über einfache Rezepte für zu Hause.</p></div></body></html>"));
        assertEquals(List.of("中村健二"), authors("<html lang='ja'><body><h1>週末の山歩き</h1>" + TEXT
                + "<div><h4>この記事を書いた人</h4><p>中村健二</p><p>週末登山が趣味の会社員。関東近郊の山を中心に歩いています。"
                + "毎週のように新しい山に登り、その記録を書いています。</p></div></body></html>"));
    }

    @Test
    void authorBoxHeading_followedByTheBiographyFirst_namesNobody() {
        assertEquals(List.of(), authors("<html lang='en'><body><h1>Growing tomatoes indoors</h1>" + TEXT
                + "<div><h3>About the author</h3><p>A gardener who has grown vegetables on a small balcony for ten years, writing about it.</p>"
                + "<p>Gary Stone</p></div></body></html>"));
    }

    @Test
    void commentersOnly_nameNoAuthor() {
        assertEquals(List.of(), authors("<html lang='en'><body><article><h1>Weekend plans</h1>" + TEXT + "</article>"
                + "<div id='comments'><h2>About the author</h2><ol class='comment-list'><li class='comment'><div class='comment-author vcard'>"
                + "<b class='fn'><a href='http://garystone.example' rel='external nofollow' class='url'>Gary Stone</a></b>"
                + " <span class='says'>says:</span></div><p>Great tips, thanks!</p></li></ol></div></body></html>"));
    }

    private static List<String> lineUnderHeadline(String lang, String line) {
        return authors("<html lang='" + lang + "'><body><article><h1>Headline</h1><p class='small'>" + line + "</p>" + TEXT
                + "</article></body></html>");
    }

    @Test
    void creditPhrasesOfBlogsAndMagazines_openAWrittenByline() {
        assertEquals(List.of("Anna Schmidt"), lineUnderHeadline("de", "Ein Beitrag von Anna Schmidt"));
        assertEquals(List.of("Anna Schmidt"), lineUnderHeadline("de", "Ein Gastbeitrag von Anna Schmidt"));
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "Guest post by Jane Doe"));
        assertEquals(List.of("Claire Dubois"), lineUnderHeadline("fr", "Article rédigé par Claire Dubois"));
        assertEquals(List.of("Claire Dubois"), lineUnderHeadline("fr", "Propos recueillis par Claire Dubois"));
        assertEquals(List.of("Marco Rossi"), lineUnderHeadline("it", "A cura di Marco Rossi"));
    }

    @Test
    void magazineAndNewsLabels_withTheirColon_openAWrittenByline() {
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "Words: Jane Doe"));
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "Text &amp; photos: Jane Doe"));
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "Text and photos by Jane Doe"));
        assertEquals(List.of("Anna Schmidt"), lineUnderHeadline("de", "Text und Fotos: Anna Schmidt"));
        assertEquals(List.of("Ahmet Yılmaz"), lineUnderHeadline("tr", "Haber: Ahmet Yılmaz"));
    }

    @Test
    void creditWordsInASentence_areNoByline() {
        assertEquals(List.of(), lineUnderHeadline("en", "Words matter more than ever, says the council"));
        assertEquals(List.of(), lineUnderHeadline("de", "Ein Beitrag von großer Bedeutung für die Stadt"));
    }

    @Test
    void blogsTitleInTheAuthorTag_isTheSiteSigning_notTwoNames() {
        assertEquals(List.of("Crumb and Crust"), authors("<html lang='en'><head><title>Spring cleaning tips – Crumb and Crust</title>"
                + "<meta name='author' content='Crumb and Crust'></head><body><article><h1>Spring cleaning tips</h1>" + TEXT
                + "</article></body></html>"));
        assertEquals(List.of("Rachel Green"), authors("<html lang='en'><head><title>Spring cleaning tips – Crumb and Crust</title>"
                + "<meta name='author' content='Crumb and Crust'></head><body><article><h1>Spring cleaning tips</h1>"
                + "<div class='entry-meta'>Posted on March 3, 2024 by <span class='author vcard'><a class='url fn n' href='/author/rachel/'>"
                + "Rachel Green</a></span></div>" + TEXT + "</article></body></html>"));
    }

    @Test
    void repliesUnderTheArticle_areComments() {
        assertEquals(List.of(), authors("<html lang='en'><body><article><h1>Tide tables</h1>" + TEXT + "</article>"
                + "<div class='reply-list'><div class='reply'><span class='author'>Gary Stone</span> <span class='date'>2 days ago</span>"
                + "<p>Very helpful.</p></div></div></body></html>"));
    }

    @Test
    void authorBoxLinkToHerArticles_inTheThemesLanguage_isNoPartOfTheName() {
        assertEquals(List.of("Claire Dubois"), authors("<html lang='fr'><body><article><h1>Sécheresse</h1>" + TEXT
                + "<div class='author-box'><span class='author'>Claire Dubois Voir tous ses articles</span></div></article></body></html>"));
    }

    private static List<String> bloggerFooter(String lang, String line) {
        return authors("<html lang='" + lang + "'><body><div class='post hentry'><h3 class='post-title entry-title'>Ein Tag am Meer</h3>"
                + "<div class='post-body entry-content'>" + TEXT + TEXT + "</div><div class='post-footer'><div class='post-footer-line'>"
                + line + "</div></div></div></body></html>");
    }

    @Test
    void bloggersPostedByAtTime_inItsTranslations_givesTheName() {
        assertEquals(List.of("Klaus Meier"), bloggerFooter("de", "Eingestellt von Klaus Meier um 10:00"));
        assertEquals(List.of("Budi Santoso"), bloggerFooter("id", "Dikirim oleh Budi Santoso di 10.00"));
        assertEquals(List.of("Ahmet Yılmaz"), bloggerFooter("tr", "Gönderen Ahmet Yılmaz zaman: 10:00"));
        assertEquals(List.of("Jan Kowalski"), bloggerFooter("pl", "Wysłany przez Jan Kowalski o 10:00"));
        assertEquals(List.of("Pieter de Vries"), bloggerFooter("nl", "Geplaatst door Pieter de Vries om 10:00"));
        assertEquals(List.of("Marco Rossi"), bloggerFooter("it", "Pubblicato da Marco Rossi alle 10:00"));
        assertEquals(List.of("Mariana Costa"), bloggerFooter("pt", "Postado por Mariana Costa às 10:00"));
        assertEquals(List.of("Nguyễn Văn Minh"), bloggerFooter("vi", "Đăng bởi Nguyễn Văn Minh lúc 10:00"));
        assertEquals(List.of("Anna Svensson"), bloggerFooter("sv", "Upplagd av Anna Svensson kl. 10:00"));
        assertEquals(List.of("Mette Hansen"), bloggerFooter("da", "Indsendt af Mette Hansen kl. 10:00"));
        assertEquals(List.of("Jan Novák"), bloggerFooter("cs", "Vystavil Jan Novák v 10:00"));
        assertEquals(List.of("Ion Popescu"), bloggerFooter("ro", "Postat de Ion Popescu la 10:00"));
        assertEquals(List.of("Kovács Anna"), bloggerFooter("hu", "Bejegyezte: Kovács Anna időpont: 10:00"));
        assertEquals(List.of("Matti Virtanen"), bloggerFooter("fi", "Lähettänyt Matti Virtanen klo 10.00"));
        assertEquals(List.of("Ola Nordmann"), bloggerFooter("no", "Lagt inn av Ola Nordmann kl. 10:00"));
        assertEquals(List.of("Νίκος Αλεξίου"), bloggerFooter("el", "Αναρτήθηκε από Νίκος Αλεξίου στις 10:00"));
        assertEquals(List.of("Jordi Puig"), bloggerFooter("ca", "Publicat per Jordi Puig a les 10:00"));
        assertEquals(List.of("Иван Петров"), bloggerFooter("ru", "Автор: Иван Петров на 10:00"));
    }

    private static List<String> entryMeta(String lang, String line) {
        return authors("<html lang='" + lang + "'><body><article class='post'><h1 class='entry-title'>Judul tulisan</h1>"
                + "<div class='entry-meta'>" + line + "</div><div class='entry-content'>" + TEXT + TEXT + "</div></article></body></html>");
    }

    @Test
    void wordPressDatedLine_inIndonesianRomanianCzechUkrainian_givesTheName() {
        assertEquals(List.of("Budi Santoso"), entryMeta("id", "Diposting pada 5 Maret 2024 oleh Budi Santoso"));
        assertEquals(List.of("Ion Popescu"), entryMeta("ro", "Publicat pe 5 martie 2024 de Ion Popescu în Știri"));
        assertEquals(List.of("Jan Novák"), entryMeta("cs", "Publikováno 5. 3. 2024 autorem Jan Novák"));
        assertEquals(List.of("Олена Коваль"), entryMeta("uk", "Опубліковано 05.03.2024 автором Олена Коваль"));
    }

    @Test
    void datedLine_whoseDateHasACapitalisedMonthAfterDe_givesTheNameAfterTheLead() {
        assertEquals(List.of("Ana Ruiz"), entryMeta("es", "Publicado el 5 de Marzo de 2024 por Ana Ruiz"));
        assertEquals("Ana Ruiz", BylineLeads.namesAfterDate("Publicado el 5 de Marzo de 2024 por Ana Ruiz"));
    }

    @Test
    void avatarAltText_ofAStandardAvatarOrInTheAuthorLink_namesTheWriter() {
        assertEquals(List.of("Jane Doe"), entryMeta("en", "<span class='author vcard'><a class='url fn n' href='https://example.org/author/jdoe/'>"
                + "<img class='avatar avatar-96 photo' alt='Jane Doe' src='/a.png'></a></span> <time>March 12, 2024</time>"));
        assertEquals(List.of("María López García"), entryMeta("es", "<img class='avatar avatar-48 photo' alt='María López García' src='/a.png'>"
                + " <time>12 de marzo de 2024</time>"));
        assertEquals(List.of("Thomas Brenner"), entryMeta("de", "<a rel='author' href='/autor/tb/'><img src='/t.jpg' alt='Thomas Brenner'></a>"
                + " <span>12.03.2024</span>"));
        assertEquals(List.of("Ana Ruiz"), entryMeta("pt", "<img class='avatar' alt='Foto de perfil de Ana Ruiz' src='/a.png'> <time>12/03/2024</time>"));
    }

    @Test
    void avatarAltText_thatIsGenericOrOnAPlainPicture_namesNoOne() {
        assertEquals(List.of(), entryMeta("en", "<a href='/author/admin/'><img class='avatar avatar-96 photo' alt='avatar' src='/a.png'></a>"
                + " <time>March 12, 2024</time>"));
        assertEquals(List.of(), entryMeta("en", "<img class='avatar avatar-96 photo' alt='Profile Picture' src='/a.png'> <time>March 12, 2024</time>"));
        assertEquals(List.of(), entryMeta("es", "<img class='avatar' alt='Foto de perfil' src='/a.png'> <time>12 de marzo de 2024</time>"));
        assertEquals(List.of(), entryMeta("en", "<img src='/mayor.jpg' alt='Mayor Tom Harris'> <time>March 12, 2024</time>"));
    }

    @Test
    void postedInCategoryByName_writtenAsOneText_givesTheNameInFiveLanguages() {
        assertEquals(List.of("Jane Doe"), entryMeta("en", "Posted in News by Jane Doe"));
        assertEquals(List.of("Ana Ruiz"), entryMeta("es", "Publicado en Noticias por Ana Ruiz"));
        assertEquals(List.of("João Silva"), entryMeta("pt", "Publicado em Notícias por João Silva"));
        assertEquals(List.of("Thomas Brenner"), entryMeta("de", "Veröffentlicht in Nachrichten von Thomas Brenner"));
        assertEquals(List.of("Marco Rossi"), entryMeta("it", "Pubblicato in Notizie da Marco Rossi"));
        assertEquals("Jane Doe", BylineLeads.namesAfterDate("Posted in News on March 3, 2024 by Jane Doe"));
        assertEquals(null, BylineLeads.namesAfterDate("Posted in News by the editors"));
    }

    private static List<String> underHeadline(String lang, String line) {
        return authors("<html lang='" + lang + "'><body><article><h1>Titular de la noticia</h1>" + line + TEXT + TEXT + "</article></body></html>");
    }

    @Test
    void redaccionOrRedacao_withAColonBeforeAName_creditsTheWriter() {
        assertEquals(List.of("Ana Ruiz"), underHeadline("es", "<p class='meta'>Redacción: Ana Ruiz</p>"));
        assertEquals(List.of("Ana Ruiz"), underHeadline("es", "<p>Redacción: Ana Ruiz | 12 de marzo de 2024</p>"));
        assertEquals(List.of("João Silva"), underHeadline("pt", "<p class='meta'>Redação: João Silva</p>"));
    }

    @Test
    void redaccionAlone_orAfterTheWritersCredit_orItalianRedazione_isNoWriter() {
        assertEquals(List.of(), underHeadline("es", "<div class='autor'>Redacción</div>"));
        assertEquals(List.of(), underHeadline("es", "<p>Redacción: Agencias</p>"));
        assertEquals(List.of(), underHeadline("it", "<p>Redazione: Marco Rossi</p>"));
        assertEquals(List.of("Ana Ruiz"), underHeadline("es", "<p class='meta'>Texto: Ana Ruiz Redacción: Luis Gómez</p>"));
    }

    @Test
    void labelReadWithItsColon_setAloneInItsElement_leadsTheNameAfterIt() {
        assertEquals(List.of("João Silva"), underHeadline("pt", "<p><strong>Redação:</strong> João Silva</p>"));
        assertEquals(List.of("Ana Ruiz"), underHeadline("es", "<p><span>Texto:</span> <a href='/x/'>Ana Ruiz</a></p>"));
        assertEquals(List.of("John Smith"), underHeadline("en", "<p><strong>Reporter:</strong> John Smith</p>"));
    }

    @Test
    void postedInLinkedCategory_thenItalianDaBeforeTheLinkedName_givesTheName() {
        assertEquals(List.of("Marco Rossi"), entryMeta("it", "Pubblicato in <a href='/category/news/' rel='category tag'>Notizie</a>"
                + " da <a href='/x/'>Marco Rossi</a>"));
        assertEquals(List.of(), entryMeta("pt", "Publicado em <a href='/category/news/'>Notícias</a> da <a href='/x/'>Cidade</a>"));
        assertEquals(List.of("João Silva"), entryMeta("pt", "Publicado em Notícias da Cidade por João Silva"));
        assertEquals(true, BylineLeads.opensFiledLine("Pubblicato in "));
        assertEquals(false, BylineLeads.opensFiledLine("Pubblicato il 5 marzo 2024"));
    }
}
