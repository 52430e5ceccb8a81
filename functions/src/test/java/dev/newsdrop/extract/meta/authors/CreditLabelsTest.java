package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writers' credit labels: German gender-inclusive "Autor:in", "Interview:", text-and-photos phrases, Arabic "كتابة:". */
class CreditLabelsTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> underHeadline(String lang, String line) {
        String url = "https://example.org/story";
        return MetadataReader.read(Jsoup.parse("<html lang='" + lang + "'><body><article><h1>Headline of the story</h1>" + line + TEXT + TEXT
                + "</article></body></html>", url), url).authors();
    }

    @Test
    void germanGenderInclusiveAuthorLabels_leadTheName() {
        assertEquals(List.of("Kim Weber"), underHeadline("de", "<div class='meta'><span>Autor:in: Kim Weber</span> <time>12.03.2024</time></div>"));
        assertEquals(List.of("Kim Weber"), underHeadline("de", "<p class='article-author'>Autor*in: Kim Weber</p>"));
        assertEquals(List.of("Kim Weber", "Jo Lang"), underHeadline("de", "<p class='article-author'>Autor_innen: Kim Weber und Jo Lang</p>"));
    }

    @Test
    void interviewLabel_creditsTheInterviewer() {
        assertEquals(List.of("Anna Schmidt"), underHeadline("de", "<p class='intro'>Die Bürgermeisterin über neue Radwege.</p><p class='meta'>Interview: Anna Schmidt</p>"));
    }

    @Test
    void interviewersLabel_inMoreLanguages_creditsTheInterviewer() {
        assertEquals(List.of("Tomás Herrera"), underHeadline("es",
                "<div class='creditos'><p>Entrevista: <b>Tomás Herrera</b></p><p>Fotografías: <b>Camila Fuentes</b></p></div>"));
        assertEquals(List.of("Giulia Ferri"), underHeadline("it", "<p class='crediti'>Intervista: Giulia Ferri · Foto: Luca Neri</p>"));
        assertEquals(List.of("Ewa Zając"), underHeadline("pl", "<p class='meta'>Rozmawiała: Ewa Zając</p>"));
        assertEquals(List.of("Karin Berg"), underHeadline("sv", "<p class='meta'>Intervju: Karin Berg</p>"));
        assertEquals(List.of("小林由美"), underHeadline("ja", "<p class='credits'>聞き手・構成：小林由美　撮影：中村亮</p>"));
    }

    @Test
    void eastSlavicInterviewersVerb_leadsTheNameWithoutAColon() {
        assertEquals(List.of("Дарина Савчук"), underHeadline("uk", "<p class='meta'><span class='byline'>Розмовляла Дарина Савчук</span></p>"));
        assertEquals(List.of("Анна Ковалёва"), underHeadline("ru", "<p class='meta'><span class='byline'>Беседовала Анна Ковалёва</span></p>"));
        assertEquals(List.of("Алесь Шчука"), underHeadline("be", "<p class='meta'><span class='byline'>Размаўляў Алесь Шчука</span></p>"));
    }

    @Test
    void textAndPhotosPhrase_leadsTheName() {
        assertEquals(List.of("Marco Bellini"), underHeadline("it", "<p class='firma'>Testo e foto di Marco Bellini</p>"));
        assertEquals(List.of("Ana Ruiz"), underHeadline("es", "<p class='firma'>Texto y fotos de Ana Ruiz</p>"));
    }

    @Test
    void arabicWritingLabel_beforeThePhotographersCredit() {
        assertEquals(List.of("منى خليل"), underHeadline("ar", "<p class='credits'>كتابة: منى خليل | تصوير: رامي سعيد</p>"));
    }

    @Test
    void broadcasterAfterTheNamesComma_isWhereTheWriterWorks() {
        assertEquals(List.of("Ana Souza"), AuthorNames.clean(List.of("Por Ana Souza, TV Vale")));
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(List.of("Jane Doe, BBC News")));
        assertEquals(List.of("Marie Dupont", "Anne ROY"), AuthorNames.clean(List.of("Marie Dupont, Anne ROY")));
        assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.clean(List.of("Jane Doe, John Roe")));
        assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.clean(List.of("JANE DOE, JOHN ROE")));
    }
}
