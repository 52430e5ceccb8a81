package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bylines of unseen sites: two writers joined by the language's "and", credit labels and the
 * photographer's credit after the writer's, a Japanese title before the name, initials as a given
 * name, an "about" link marked rel=author, a bold name opening the text's first paragraph, and an
 * author box read whole whose name follows a heading that names no one.
 */
class JoinsCreditsAndOpeningsTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String lang, String head, String body) {
        String html = "<html lang='" + lang + "'><body><main><article><h1>Headline</h1>" + head
                + "<div class='content'>" + body + TEXT + TEXT + TEXT + "</div></article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    private static List<String> byline(String lang, String line) {
        return authors(lang, "<p class='byline'>" + line + "</p>", "");
    }

    @Test
    void theLanguagesAnd_joinsTwoWriters() {
        assertEquals(List.of("Budi Santoso", "Rina Putri"), byline("id", "Oleh Budi Santoso dan Rina Putri"));
        assertEquals(List.of("Nagy Anna", "Tóth Gábor"), byline("hu", "Szerző: Nagy Anna és Tóth Gábor"));
        assertEquals(List.of("Олена Коваленко", "Іван Мельник"), byline("uk", "Автори: Олена Коваленко та Іван Мельник"));
        assertEquals(List.of("Maria Ionescu", "Andrei Pop"), byline("ro", "de Maria Ionescu și Andrei Pop"));
    }

    @Test
    void creditLabels_andThePhotographersCreditAfterTheWriters() {
        assertEquals(List.of("สมหญิง รักไทย"), byline("th", "เรื่อง: สมหญิง รักไทย ภาพ: วิชัย ศรีสุข"));
        assertEquals(List.of("Lê Minh"), byline("vi", "Bài và ảnh: Lê Minh"));
        assertEquals(List.of("黃家明"), byline("zh-HK", "撰文：黃家明"));
        assertEquals(List.of("Amina Hassan"), byline("sw", "Imeandikwa na Amina Hassan"));
        assertEquals(List.of("Matti Virtanen"), byline("fi", "Teksti: Matti Virtanen Kuvat: Liisa Korhonen"));
        assertEquals(List.of("Joana Silva"), byline("pt-PT", "Texto de Joana Silva e fotografia de Rui Costa"));
        assertEquals(List.of("Jane Doe"), authors("en", "", "<p class='credits'>Reporting by Jane Doe; Editing by John Roe</p>"));
    }

    @Test
    void japaneseTitleBeforeTheName_withAMiddleDot_isCut() {
        assertEquals(List.of("山本一郎"), byline("ja", "編集委員・山本一郎"));
        assertEquals(List.of("中村健"), byline("ja", "ワシントン支局長・中村健"));
    }

    @Test
    void oneWordAfterTheNameAndASlash_isThePlace() {
        assertEquals(List.of("Ayşe Demir"), byline("tr", "Ayşe Demir / İzmir"));
    }

    @Test
    void initialsAsAGivenName_areAPerson_aMediumsInitialsAnOutlet() {
        assertEquals(List.of("Jane Doe", "AJ Smith"), byline("en", "By Jane Doe, AJ Smith"));
        assertEquals(List.of("Jane Doe", "TJ Brown"), byline("en", "By Jane Doe and TJ Brown, CNN"));
        assertEquals(List.of("Ana Souza"), byline("pt-BR", "Por Ana Souza, TV Vale"));
    }

    @Test
    void anAboutLinkMarkedRelAuthor_namesNoOne() {
        assertEquals(List.of(), authors("en", "", "<p class='about-link'><a rel='author' href='/about'>About me</a></p>"));
        assertEquals(List.of(), authors("de", "", "<p><a rel='author' href='/ueber'>Über mich</a></p>"));
    }

    @Test
    void aBoldNameOpeningTheFirstParagraph_setOffByABreakOrASeparator_isTheWriter() {
        String rest = "Der Gemeinderat hat am Dienstagabend über die neuen Radwege entlang des Flusses beraten.";
        assertEquals(List.of("Anna Schmidt"), authors("de", "", "<p><b>Anna Schmidt</b><br>" + rest + "</p>"));
        assertEquals(List.of("Claire Roux"), authors("fr", "", "<p><strong>Claire Roux</strong> — " + rest + "</p>"));
        assertEquals(List.of("María Gil"), authors("es", "", "<p><strong>María Gil</strong> | Sevilla</p>"));
    }

    @Test
    void aBoldSubjectOrACapitalisedDateline_openingTheFirstParagraph_isNoWriter() {
        assertEquals(List.of(), authors("en", "", "<p><strong>Green Street</strong> will get a new cycle lane next year.</p>"));
        assertEquals(List.of(), authors("en", "", "<p><strong>NEW YORK</strong> — The council met on Tuesday.</p>"));
        assertEquals(List.of(), authors("en", "", "<p><strong>Breaking News:</strong> The council met on Tuesday.</p>"));
    }

    @Test
    void aDashedAsideAfterABoldOpeningName_makesItTheSentencesSubject() {
        assertEquals(List.of(), authors("en", "", "<p><strong>Jane Doe</strong> — the mayor's main rival — said on Tuesday that the plan fails.</p>"));
    }

    @Test
    void anAuthorBoxReadWhole_givesTheNameAfterItsHeading_notItsOtherFields() {
        assertEquals(List.of("佐々木 健太"), authorsAfter("ja", "<div id='writerProfile'>"
                + "<div>この記事を書いた人</div><div><figure><img src='/p.jpg' alt></figure><dl><dt>佐々木 健太</dt><dd>東京社会部</dd></dl>"
                + "<button>フォロー</button><dl><dt>専門・関心分野</dt><dd>教育、子育て、地方自治</dd></dl></div></div>"));
        assertEquals(List.of("Jane Doe"), authorsAfter("en", "<section id='writer-profile'><div>About the writer</div><dl><dt>Jane Doe</dt>"
                + "<dd>Metro desk</dd></dl><button>Follow</button><dl><dt>Interests</dt><dd>Transport, housing, city hall</dd></dl></section>"));
        assertEquals(List.of("Lena Vogt"), authorsAfter("de", "<div class='author-info'><span>Über die Autorin</span> <strong>Lena Vogt</strong> "
                + "<span>Redakteurin im Ressort Lokales seit 2019, schreibt über Verkehr und Stadtplanung.</span></div>"));
    }

    private static List<String> authorsAfter(String lang, String after) {
        String html = "<html lang='" + lang + "'><body><main><article><h1>Headline</h1><div class='content'>" + TEXT + TEXT + TEXT
                + "</div>" + after + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void greekAnd_andPhotoLabelsInMoreLanguages() {
        assertEquals(List.of("Μαρίας Νικολάου", "Γιώργου Παπά"), byline("el", "Της Μαρίας Νικολάου και του Γιώργου Παπά"));
        assertEquals(List.of("Νίκος Γεωργίου"), byline("el", "Κείμενο: Νίκος Γεωργίου Φωτογραφίες: Μαρία Νικολάου"));
        assertEquals(List.of("Kovács Péter"), byline("hu", "Szöveg: Kovács Péter Fotó: Nagy Anna"));
        assertEquals(List.of("Jan de Vries"), byline("nl", "Tekst: Jan de Vries Beeld: Sanne Bakker"));
    }

    @Test
    void koreanTextCredit_beforeTheName() {
        assertEquals(List.of("박서연"), byline("ko", "글·사진 박서연"));
        assertEquals(List.of("박서연"), byline("ko", "글 박서연"));
    }

    @Test
    void aKoreanOrJapaneseDatelineOpeningTheText_namesTheReporter_aWireServiceNoOne() {
        String ko = "시의회는 화요일 저녁 강변을 따라 계획된 새 자전거 도로에 대해 논의했다.";
        assertEquals(List.of("김민수"), authors("ko", "", "<p>[서울=한빛일보] 김민수 기자 = " + ko + "</p>"));
        String ja = "市議会は火曜日の夜、川沿いに計画されている新しい自転車道について話し合った。";
        assertEquals(List.of("中村健"), authors("ja", "", "<p>【ワシントン=中村健】" + ja + "</p>"));
        assertEquals(List.of(), authors("ja", "", "<p>【ワシントン=共同】" + ja + "</p>"));
    }

    @Test
    void czechA_joinsTwoWriters_onlyBeforeANameOfTwoWords() {
        assertEquals(List.of("Jana Nováková", "Petr Dvořák"), byline("cs", "Autoři: Jana Nováková a Petr Dvořák"));
        assertEquals(List.of("Jane Doe"), authorsAfter("en", "<div class='post-author-bio'><p>Jane Doe is a freelance writer based in Leeds"
                + " who covers transport.</p></div>"));
    }
}
