package dev.newsdrop.extract.body;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.extract.text.FirstAppearance;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every language of {@link FirstAppearance} read alike by the readers of its notes: the notices take the note out of the
 * text, the credit reads the publication it names (where the language's prepositions are given), and the author finder
 * drops that publication when the JSON-LD states it as an Organization author beside the writer.
 */
class FirstAppearanceNotesTest {

    /** A note of each language, with the publication it names and the credit read from it (null: none is read). */
    private record Sample(String note, String publication, String credit) {
    }

    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("de", new Sample("Dieser Beitrag erschien zuerst im Stadtblatt Harburg.", "Stadtblatt Harburg", "Stadtblatt Harburg")),
            Map.entry("en", new Sample("This story was originally published by Kentucky Lantern.", "Kentucky Lantern", "Kentucky Lantern")),
            Map.entry("fr", new Sample("Cet article a été publié initialement dans Le Devoir.", "Le Devoir", "Le Devoir")),
            Map.entry("it", new Sample("Questo articolo è stato pubblicato originariamente su Valigia Blu.", "Valigia Blu", "Valigia Blu")),
            Map.entry("es", new Sample("Este artículo fue publicado originalmente en El Diario Vasco.", "El Diario Vasco", "El Diario Vasco")),
            Map.entry("pt", new Sample("Este artigo foi publicado originalmente no Nexo Jornal.", "Nexo Jornal", "Nexo Jornal")),
            Map.entry("nl", new Sample("Dit artikel verscheen eerder in De Groene Amsterdammer.", "De Groene Amsterdammer",
                    "De Groene Amsterdammer")),
            Map.entry("pl", new Sample("Ten artykuł pierwotnie ukazał się w serwisie OKO.press.", "OKO.press", null)),
            Map.entry("tr", new Sample("Bu yazı ilk olarak Bianet'te yayımlanmıştır.", "Bianet", "Bianet")),
            Map.entry("ru", new Sample("Этот материал впервые опубликован на сайте издания «Медиазона».", "Медиазона", "Медиазона")),
            Map.entry("ar", new Sample("نُشر هذا المقال أولاً على موقع الحرة.", "الحرة", "الحرة")));

    private static final String PROSE = "The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.";

    @Test
    void everyLanguage_hasASample() {
        for (FirstAppearance.Language language : FirstAppearance.LANGUAGES) {
            assertTrue(SAMPLES.containsKey(language.code()), "a sample note of " + language.code());
        }
    }

    @Test
    void everyLanguagesNote_isANotice_andNamesItsCredit() {
        for (FirstAppearance.Language language : FirstAppearance.LANGUAGES) {
            Sample sample = SAMPLES.get(language.code());
            assertTrue(Notices.mayBeFirstPublishedNote(Notices.stemsIn(sample.note(), 0)), sample.note());
            assertTrue(Notices.isNotice(sample.note()), sample.note());
            assertEquals(sample.credit(), Notices.firstPublisher(sample.note()), sample.note());
        }
    }

    @Test
    void theCredit_isReadWhereEachLanguagePutsTheName() {
        assertEquals("Agência Pública", Notices.firstPublisher("Esta reportagem foi publicada originalmente no site da Agência Pública."));
        assertEquals("Gazete Duvar", Notices.firstPublisher("Bu söyleşi ilk olarak Gazete Duvar'da yayınlandı."));
        assertEquals("Новые известия Поволжья", Notices.firstPublisher("Материал впервые опубликован на сайте «Новые известия Поволжья»."));
        assertEquals("The Atlantic", Notices.firstPublisher("This essay was originally published in “The Atlantic”."));
        assertEquals("رصيف22", Notices.firstPublisher("نُشر هذا التقرير في الأصل على موقع رصيف22."));
        // no capital ends an Arabic name: more than three words after the preposition name a clause, not a publication
        assertNull(Notices.firstPublisher("نُشر هذا المقال أولاً في سلسلة مقالات عن تاريخ المدينة القديمة."));
        assertNull(Notices.firstPublisher("Bu yazı ilk olarak geçen yıl yayımlandı."));
    }

    @Test
    void aFirstPublicationStatedAsAnOrganisationAuthor_isDropped_inEveryLanguage() {
        for (FirstAppearance.Language language : FirstAppearance.LANGUAGES) {
            Sample sample = SAMPLES.get(language.code());
            ExtractedArticle article = extract(language.code(), sample.note(), sample.publication());
            assertEquals(List.of("Megan Ashby"), article.authors(), sample.note());
            assertFalse(article.text().contains(sample.note()), sample.note());
        }
    }

    @Test
    void theOrganisation_staysAnAuthor_whenNoNoteNamesIt() {
        ExtractedArticle article = extract("pt", "Este artigo foi atualizado às 14h com a nota da prefeitura.", "Nexo Jornal");
        assertEquals(List.of("Nexo Jornal", "Megan Ashby"), article.authors());
    }

    @Test
    void aPartNoLanguageGives_matchesNothing() {
        assertEquals("(?!)", FirstAppearance.inEveryLanguage(l -> ""));
        assertFalse(java.util.regex.Pattern.compile("(?:" + FirstAppearance.inEveryLanguage(l -> "") + ")\\s+Harbour").matcher(" Harbour").find());
    }

    @Test
    void aBookOrAStudyFirstPublished_isNoNote() {
        for (String line : List.of("O livro foi publicado originalmente em 1952 pela editora Globo.",
                "Книга впервые вышла в 1925 году в Берлине.",
                "Roman ilk olarak 1952'de yayımlandı ve hemen yasaklandı.",
                "نُشرت الرواية أولاً في بيروت عام 1952.",
                "Der Roman erschien erstmals 1952 im Suhrkamp Verlag.")) {
            assertFalse(Notices.isNotice(line), line);
        }
    }

    private static ExtractedArticle extract(String lang, String note, String publication) {
        String html = "<!DOCTYPE html><html lang='" + lang + "'><head><meta charset='utf-8'><title>Ferry fares rise again</title>"
                + "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Ferry fares rise again\",\"datePublished\":\"2026-02-18T10:00:00Z\",\"author\":["
                + "{\"@type\":\"Organization\",\"name\":\"" + publication + "\"},{\"@type\":\"Person\",\"name\":\"Megan Ashby\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Island Courier\"}}</script></head><body><article>"
                + "<h1>Ferry fares rise again</h1><p class='byline'>By <a rel='author' href='/author/megan-ashby/'>Megan Ashby</a></p>"
                + "<p><em>" + note + "</em></p><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></article></body></html>";
        return new ArticleExtractor().extract(new PageInput(html.getBytes(StandardCharsets.UTF_8), "https://courier.example.org/ferry",
                null, "page.html"));
    }
}
