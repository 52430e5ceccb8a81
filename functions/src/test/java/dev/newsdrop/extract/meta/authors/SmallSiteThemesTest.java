package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines as small sites' themes set them, in several languages: labels in elements of their own,
 * credits in brackets, field bars, author boxes, co-authors' avatars and links.
 */
class SmallSiteThemesTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String html) {
        String url = "https://example.org/story";
        return MetadataReader.read(Jsoup.parse(html, url), url).authors();
    }

    private static List<String> lineUnderHeadline(String lang, String line) {
        return authors("<html lang='" + lang + "'><body><article><h1>Headline</h1><p class='meta'>" + line + "</p>" + TEXT
                + "</article></body></html>");
    }

    @Test
    void leadWordInAnElementOfItsOwn_isNeverTheName() {
        assertEquals(List.of(), authors("<html lang='it'><body><h1>Piste ciclabili</h1><div class='post-author-name'>"
                + "<div class='author-by'>Di</div> <a href='/author/redazione/'>Redazione</a></div>" + TEXT + "</body></html>"));
        assertEquals(List.of(), authors("<html lang='en'><body><h1>Cycle lanes</h1><div class='post-author-name'>"
                + "<span class='author-by'>By</span> <a href='/author/staff/'>Staff</a></div>" + TEXT + "</body></html>"));
    }

    @Test
    void creditInBrackets_isReadWithoutThem() {
        assertEquals(List.of("佐藤健"), authors("<html lang='ja'><body><h1>川沿いに新しい自転車道</h1>" + TEXT
                + "<p>（文・佐藤健）</p></body></html>"));
        assertEquals(List.of("伊藤美穂"), authors("<html lang='ja'><body><h1>川沿いに新しい自転車道</h1>" + TEXT
                + "<p class='writer'>（文・伊藤美穂）</p></body></html>"));
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "(By Jane Doe)"));
    }

    @Test
    void japaneseReportingAndTextLabel_isTheWritersCredit() {
        assertEquals(List.of("高橋誠"), lineUnderHeadline("ja", "取材・文／高橋誠　写真／中村進"));
        assertEquals(List.of("高橋誠"), lineUnderHeadline("ja", "構成・文＝高橋誠"));
    }

    @Test
    void secondCreditAfterTheWriter_inMoreLanguages_isCut() {
        assertEquals(List.of("Мария Иванова"), lineUnderHeadline("ru", "Текст: Мария Иванова. Фото: Пётр Сидоров"));
        assertEquals(List.of("Ali Kaya"), lineUnderHeadline("tr", "Haber: Ali Kaya Fotoğraf: Veli Can"));
    }

    @Test
    void authorFieldOfADetailsBar_inOneText_givesTheName() {
        assertEquals(List.of("Сергей Иванов"), authors("<html lang='ru'><body><h1>Велодорожки</h1><div class='news-info'>"
                + "Опубликовано: 12.03.2024 | Автор: Сергей Иванов | Просмотров: 1520</div>" + TEXT + "</body></html>"));
        assertEquals(List.of("Jane Doe"), authors("<html lang='en'><body><h1>Cycle lanes</h1><div class='info'>"
                + "Category: Local | Author: Jane Doe | Views: 312</div>" + TEXT + "</body></html>"));
    }

    @Test
    void turkishReporterLabel_opensAByline() {
        assertEquals(List.of("Ali Kaya"), lineUnderHeadline("tr", "Muhabir: Ali Kaya"));
    }

    @Test
    void authorPagesInTheSitesLanguage_nameTheAuthor() {
        assertEquals(List.of("Mehmet Demir"), authors("<html lang='tr'><body><h1>Bisiklet yolları</h1><div class='news-info'>"
                + "<a href='/yazar/mehmet-demir'><div>Mehmet Demir</div><div>Muhabir</div></a></div>" + TEXT + "</body></html>"));
        assertEquals(List.of("Siti Rahma"), authors("<html lang='id'><body><h1>Jalur sepeda</h1><div class='info'>"
                + "<a href='/penulis/siti-rahma'>Siti Rahma</a></div>" + TEXT + "</body></html>"));
    }

    @Test
    void arabicJobTitleAfterTheName_isNotPartOfIt() {
        assertEquals(List.of("خالد منصور"), authors("<html lang='ar' dir='rtl'><body><h1>مسارات الدراجات</h1>"
                + "<div class='article-author'><a href='/author/khaled'>خالد منصور</a> <span>محرر صحفي</span></div>" + TEXT + "</body></html>"));
        assertEquals(List.of("سارة أحمد"), lineUnderHeadline("ar", "بقلم: سارة أحمد مراسلة"));
    }

    @Test
    void viewAllPostsLink_inTheThemesLanguage_givesTheName_notItsVerb() {
        assertEquals(List.of("Ольга Кузнецова"), authors("<html lang='ru'><body><h1>Велодорожки</h1>" + TEXT
                + "<div class='author-bio'><a class='author-link' href='/author/olga/' rel='author'>Посмотреть все записи автора Ольга Кузнецова</a></div>"
                + "</body></html>"));
    }

    @Test
    void newsroomAndAgency_signByTheAgency() {
        assertEquals(List.of("EFE"), authors("<html lang='es'><body><h1>Carriles bici</h1><div class='author-name'>Redacción / EFE</div>"
                + TEXT + "</body></html>"));
        assertEquals(List.of("dpa"), authors("<html lang='de'><body><h1>Radwege</h1><div class='byline'>Redaktion / dpa</div>"
                + TEXT + "</body></html>"));
    }

    @Test
    void coAuthorsEachInTheirOwnVcard_completeTheAuthorTag() {
        assertEquals(List.of("Ana Ruiz", "Luis Gómez"), authors("<html lang='es'><head><meta name='author' content='Ana Ruiz'></head><body>"
                + "<article><h1>Carriles bici</h1><div class='entry-meta'><span class='byline'>por "
                + "<span class='author vcard'><a class='url fn n' href='/author/ana-ruiz/'>Ana Ruiz</a></span> y "
                + "<span class='author vcard'><a class='url fn n' href='/author/luis-gomez/'>Luis Gómez</a></span></span></div>"
                + TEXT + "</article></body></html>"));
    }

    @Test
    void coAuthorLinkedBeforeTheStatedAuthor_amongOtherWritersLinks_completesTheAuthorTag() {
        String others = "<ul class='related'><li><a href='/author/tom-harris/'>Tom Harris</a></li>"
                + "<li><a href='/author/mia-chen/'>Mia Chen</a></li></ul>"; // other writers' pages, before the byline: none names the stated author
        assertEquals(List.of("Luis Gómez", "Ana Ruiz"), authors("<html lang='es'><head><meta name='author' content='Ana Ruiz'></head><body>"
                + others + "<article><h1>Carriles bici</h1><div class='entry-meta'><span class='byline'>por "
                + "<span class='author vcard'><a href='/author/luis-gomez/'>Luis Gómez</a></span> y "
                + "<span class='author vcard'><a href='/author/ana-ruiz/'>Ana Ruiz</a></span></span></div>"
                + TEXT + "</article></body></html>"));
    }

    @Test
    void coAuthorsAvatarsSideBySide_nameEachAuthor() {
        assertEquals(List.of("Sam Carter", "Priya Nair"), authors("<html lang='en'><body><article><h1>Cycle lanes</h1>"
                + "<div class='entry-meta'><div class='post-authors'><img alt='Sam Carter' src='/a/sam.jpg' class='avatar avatar-40 photo'>"
                + "<img alt='Priya Nair' src='/a/priya.jpg' class='avatar avatar-40 photo'></div><time>12 March 2024</time></div>"
                + TEXT + "</article></body></html>"));
    }

    @Test
    void avatarJustBeforeTheHeadline_namesTheAuthor() {
        assertEquals(List.of("Rachel Green"), authors("<html lang='en'><body><article><header class='entry-header'>"
                + "<div class='entry-author-avatar'><img alt='Rachel Green' src='/g.jpg' class='avatar avatar-64 photo'></div>"
                + "<h1 class='entry-title'>Cycle lanes</h1><div class='entry-meta'><time>March 12, 2024</time></div></header>"
                + TEXT + "</article></body></html>"));
    }

    @Test
    void authorBoxLabelAndBiography_inOneElement_giveTheNameOnly() {
        assertEquals(List.of("鈴木花子"), authors("<html lang='ja'><body><h1>川沿いに新しい自転車道</h1>" + TEXT
                + "<div class='writer-profile'><p class='writer-label'>この記事を書いた人</p><p class='writer-name'>鈴木花子</p>"
                + "<p class='writer-desc'>フリーライター。地域の話題を中心に取材。</p></div></body></html>"));
    }

    @Test
    void newsroomWithTheAgencysInformation_signsAsTheAgency() {
        assertEquals(List.of("Agência Brasil"), authors("<html lang='pt-BR'><body><h1>Ciclovias</h1>"
                + "<p class='author'>Por Redação, com Agência Brasil</p>" + TEXT + "</body></html>"));
        assertEquals(List.of("Agência Brasil"), authors("<html lang='pt-BR'><body><h1>Ciclovias</h1>"
                + "<p class='author'>Redação, com informações da Agência Brasil</p>" + TEXT + "</body></html>"));
    }

    @Test
    void russianInstrumentalLead_andArabicWriterLabel_areNoPartOfTheName() {
        assertEquals(List.of("Дмитрий Орлов"), authors("<html lang='ru'><body><article><h1>Велодорожки</h1><div class='entry-meta'>"
                + "<span class='posted-on'>Опубликовано <time>12.03.2024</time></span> <span class='byline'>автором "
                + "<span class='author vcard'><a class='url fn n' href='/author/dmitry/'>Дмитрий Орлов</a></span></span></div>"
                + TEXT + "</article></body></html>"));
        assertEquals(List.of("ليلى حسن"), authors("<html lang='ar' dir='rtl'><body><h1>مسارات جديدة للدراجات</h1>"
                + "<div class='writer-box'><div class='label'>الكاتب</div><div class='writer-name'><a href='/writers/leila'>ليلى حسن</a></div></div>"
                + TEXT + "</body></html>"));
    }

    @Test
    void loginInTheByline_isThePersonWhoseNameSpellsIt() {
        String byline = "<div class='entry-meta'>Publié le <time>1 février 2024</time> par <span class='author vcard'>"
                + "<a class='url fn n' href='/author/mlefevre'>mlefevre</a></span></div>";
        assertEquals(List.of("Marie Lefèvre"), authors("<html lang='fr'><body><article><h1>Archives et mémoire</h1>" + byline
                + TEXT + "<p class='citation'>Marie Lefèvre (1 février 2024). Archives et mémoire. <i>Carnet</i>.</p></article></body></html>"));
        // nobody's name spells the login: the hCard author card ("author vcard") still states that the login is the
        // post's author, as the site shows it (see PlatformHandles)
        assertEquals(List.of("mlefevre"), authors("<html lang='fr'><body><article><h1>Archives et mémoire</h1>" + byline
                + TEXT + "<p>Marc Dupont a répondu.</p></article></body></html>"));
    }

    @Test
    void signatureClassOfLatinPapers_isTheByline() {
        assertEquals(List.of("Marco Neri"), authors("<html lang='it'><body><h1>Piste ciclabili</h1><p class='firma'>Marco Neri</p>"
                + TEXT + "</body></html>"));
        assertEquals(List.of("María Gil"), authors("<html lang='es'><body><h1>Carriles bici</h1><div class='c-firma'>"
                + "<span class='nombre'>María Gil</span></div>" + TEXT + "</body></html>"));
        assertEquals(List.of("Carla Dias"), authors("<html lang='pt'><body><h1>Ciclovias</h1><p class='assinatura'>Carla Dias</p>"
                + TEXT + "</body></html>"));
        assertEquals(List.of(), authors("<html lang='en'><body><h1>Your order</h1><p class='order-confirmation'>Jane Doe</p>"
                + TEXT + "</body></html>")); // "firma" inside another word names no byline
    }

    @Test
    void socialHandleAfterTheName_isNotPartOfIt() {
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "By Jane Doe <a href='https://x.com/janedoe'>@janedoe</a>"));
        assertEquals(List.of("Jane Doe"), lineUnderHeadline("en", "By Jane Doe (@janedoe)"));
    }

    @Test
    void newsroomWordBesideTheAgency_signsAsTheAgency() {
        assertEquals(List.of("ANSA"), authors("<html lang='it'><body><h1>Piste ciclabili</h1><div class='author'>Redazione ANSA</div>"
                + TEXT + "</body></html>"));
    }

    @Test
    void bylineWithTheNameClassedApart_givesTheNameWithoutThePlaceBesideIt() {
        assertEquals(List.of("María Gil"), authors("<html lang='es'><body><h1>Carriles bici</h1><div class='firma'>"
                + "<span class='nombre'>María Gil</span><span class='lugar'>Sevilla</span></div>" + TEXT + "</body></html>"));
        assertEquals(List.of("Jane Doe", "John Roe"), authors("<html lang='en'><body><h1>Cycle lanes</h1><div class='byline'>"
                + "<span class='name'>Jane Doe</span> and <span class='name'>John Roe</span></div>" + TEXT + "</body></html>"));
    }

    private static List<String> authorBox(String lang, String box) {
        return authors("<html lang='" + lang + "'><body><h1>Headline of the story</h1><div class='author'>" + box + "</div>"
                + TEXT + "</body></html>");
    }

    @Test
    void authorBoxButtonsAndLinks_inTheThemesLanguage_areNotPartOfTheName() {
        assertEquals(List.of("Ayşe Kara"), authorBox("tr", "<a href='/yazar/ayse-kara'>Ayşe Kara</a> <span>Takip Et</span>"));
        assertEquals(List.of("Олег Смирнов"), authorBox("ru", "<a href='/avtor/oleg'>Олег Смирнов</a> <span>Подписаться</span>"));
        assertEquals(List.of("佐々木優"), authorBox("ja", "<span class='author-name'>佐々木優</span> <span class='btn'>フォローする</span>"));
        assertEquals(List.of("Anna Schmidt"), authorBox("de", "<span>Anna Schmidt</span> <a href='/autor/anna'>Profil anzeigen</a>"));
        assertEquals(List.of("Luc Martin"), authorBox("fr", "<span>Luc Martin</span> <a href='/auteur/luc'>Voir le profil</a>"));
        assertEquals(List.of("Dewi Sartika"), authorBox("id", "<span>Dewi Sartika</span> <a href='/penulis/dewi'>Lihat profil</a>"));
        assertEquals(List.of("Giorgio Lanza"), authorBox("it", "<span>Giorgio Lanza</span> <a href='mailto:g@example.it'>Contatta l'autore</a>"));
        assertEquals(List.of("Иван Петров"), authorBox("ru", "Автор: <a href='/avtor/ivan'>Иван Петров</a> <a href='/avtor/ivan'>Все статьи автора</a>"));
    }

    @Test
    void roleInFullWidthBracketsAfterAJapaneseName_isNotPartOfIt() {
        assertEquals(List.of("田中一郎"), lineUnderHeadline("ja", "執筆者：田中一郎（ライター）"));
    }

    @Test
    void addressOfTheArticle_namesItsAuthor() {
        assertEquals(List.of("Jane Doe"), authors("<html lang='en'><body><article><h1>Cycle lanes</h1><address>Jane Doe</address>"
                + "<time>March 12, 2024</time>" + TEXT + "</article></body></html>"));
        assertEquals(List.of(), authors("<html lang='en'><body><article><h1>Cycle lanes</h1>" + TEXT + "</article>"
                + "<footer><address>Town Hall Press Office</address></footer></body></html>")); // the site's contact in its footer
    }

    @Test
    void nameAndDateUnderTheHeadline_separatedByAHyphenBetweenSpaces() {
        assertEquals(List.of("Can Demir"), authors("<html lang='tr'><body><h1>Bisiklet yolları</h1><div class='haber-meta'>"
                + "<a href='/muhabir/can-demir'>Can Demir</a> - 12.03.2024</div>" + TEXT + "</body></html>"));
        assertEquals(List.of(), authors("<html lang='it'><body><h1>Piste ciclabili</h1><div class='td-module-meta-info'>"
                + "<div class='td-post-author-name'><div class='td-author-by'>Di</div> <a href='/author/redazione/'>Redazione</a>"
                + "<div class='td-author-line'> - </div></div><span class='td-post-date'><time>12 Marzo 2024</time></span></div>"
                + TEXT + "</body></html>")); // a lead and a generic credit before the date name no one
    }

    @Test
    void creditLabelsAndPhrasesOfMoreLanguages_openTheWritersByline() {
        assertEquals(List.of("Andi Wijaya"), lineUnderHeadline("id", "Laporan: Andi Wijaya | Editor: Budi Santoso"));
        assertEquals(List.of("Rahmat Hidayat"), lineUnderHeadline("id", "Kontributor: Rahmat Hidayat"));
        assertEquals(List.of("Selin Aydın"), lineUnderHeadline("tr", "Yazı: Selin Aydın"));
        assertEquals(List.of("هدى سالم"), lineUnderHeadline("ar", "تقرير: هدى سالم"));
        assertEquals(List.of("中島由美"), lineUnderHeadline("ja", "文：中島由美　編集：石川亮"));
        assertEquals(List.of("青木拓也"), lineUnderHeadline("ja", "取材：青木拓也"));
        assertEquals(List.of("Maria Silva"), lineUnderHeadline("pt", "Texto de Maria Silva"));
        assertEquals(List.of("Sara Conti"), lineUnderHeadline("it", "Testo di Sara Conti"));
        assertEquals(List.of("Luca Marini"), lineUnderHeadline("it", "Articolo di Luca Marini"));
        assertEquals(List.of("Анна Белова"), lineUnderHeadline("ru", "Подготовила Анна Белова"));
        assertEquals(List.of(), lineUnderHeadline("es", "Texto de la ley aprobada ayer")); // a sentence, not a credit
    }

    @Test
    void nameInItalicsAtTheFootOfTheText_signsIt() {
        assertEquals(List.of("Hélène Marchand"), authors("<html lang='fr'><body><article><h1>Pistes cyclables</h1>" + TEXT + TEXT
                + "<p><em>Hélène Marchand</em></p></article></body></html>"));
    }
}
