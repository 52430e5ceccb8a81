package dev.newsdrop.extract.meta.title;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingKickerTest {

    private static String read(String heading, String... stated) {
        Element h = Jsoup.parse("<html><body>" + heading + "</body></html>").selectFirst("h1, h2");
        String text = h.text().replaceAll("[\\s\\u00A0]+", " ").trim();
        return HeadingKicker.read(h, text, Arrays.asList(stated), null);
    }

    private static String readWithDocumentTitle(String heading, String documentTitle, String... stated) {
        Element h = Jsoup.parse("<html><body>" + heading + "</body></html>").selectFirst("h1, h2");
        return HeadingKicker.read(h, h.text(), Arrays.asList(stated), documentTitle);
    }

    @Test
    void namedKickerStatedInTheSocialTitle_isLeftOut_whenTheDocumentTitleOpensWithTheHeadline() {
        String h1 = "<h1><span class='article__kicker'>2. Bundesliga</span><span class='article__headline'>Hertha verliert Derby nach Platzverweis</span></h1>";
        assertEquals("Hertha verliert Derby nach Platzverweis", readWithDocumentTitle(h1,
                "Hertha verliert Derby nach Platzverweis - Sport - Spree-Kurier", "2. Bundesliga: Hertha verliert Derby nach Platzverweis"));
    }

    @Test
    void kickerNamedInItsClass_isLeftOut() {
        assertEquals("Das harte Geschäft mit dem Fleisch",
                read("<h1><span class='dachzeile'>Schlachtbetriebe</span><span class='headline'>Das harte Geschäft mit dem Fleisch</span></h1>"));
        assertEquals("Le port rouvre enfin ses quais",
                read("<h1><span class='article-surtitre'>Économie</span> <span>Le port rouvre enfin ses quais</span></h1>"));
        assertEquals("Il porto riapre le banchine dopo due anni",
                read("<h1><div class='occhiello'>Economia</div><div class='titolo'>Il porto riapre le banchine dopo due anni</div></h1>"));
        assertEquals("Harbour plan approved at last",
                read("<h2><span data-role='eyebrow'>Politics</span><span aria-hidden='true'> – </span><span>Harbour plan approved at last</span></h2>"));
        assertEquals("Harbour plan approved at last",
                read("<h1><a href='/x'><span class='c-kicker'>Politics</span><span class='c-kicker'>Local</span><span>Harbour plan approved at last</span></a></h1>"),
                "two kickers before the headline, inside a link");
    }

    @Test
    void statedTitleOfTheHeadlineChildAlone_confirmsIt() {
        assertEquals("El puerto reabre sus muelles tras dos años",
                read("<h1><span>Una ampliación larga y más cara de lo previsto por el ayuntamiento</span><span>El puerto reabre sus muelles tras dos años</span></h1>",
                        null, "El puerto reabre sus muelles tras dos años"));
    }

    @Test
    void statedTitleCarryingTheKicker_keepsIt() {
        assertEquals("Schlachtbetriebe Das harte Geschäft mit dem Fleisch",
                read("<h1><span class='dachzeile'>Schlachtbetriebe</span><span class='headline'>Das harte Geschäft mit dem Fleisch</span></h1>",
                        "Schlachtbetriebe: Das harte Geschäft mit dem Fleisch"));
        assertEquals("Freibad: Das alte Becken bleibt offen",
                read("<h1><span class='kicker'>Freibad</span><span class='sep'>: </span><span class='headline'>Das alte Becken bleibt offen</span></h1>",
                        "Freibad: Das alte Becken bleibt offen", "Das alte Becken bleibt offen"));
    }

    @Test
    void unnamedChildren_areSpacedNotGlued() {
        assertEquals("Local politics Harbour plan approved at last",
                read("<h1><span>Local politics</span><span>Harbour plan approved at last</span></h1>"));
        assertEquals("EXCLUSIVE Harbour plan approved at last",
                read("<h1><span>EXCLUSIVE</span><span>Harbour plan approved at last</span></h1>"));
        assertEquals("Lokales: Hafen wird endlich ausgebaut",
                read("<h1><span>Lokales:</span><span>Hafen wird endlich ausgebaut</span></h1>"));
    }

    @Test
    void wordsSplitAcrossChildren_andSpacelessScripts_joinAsWritten() {
        assertEquals("Harbour plan approved at last",
                read("<h1><span class='dropcap'>H</span><span>arbour plan approved at last</span></h1>"));
        assertEquals("港湾計画がついに承認された",
                read("<h1><span>港湾</span><span>計画がついに承認された</span></h1>"));
        assertEquals("Harbour plan approved at last",
                read("<h1>Harbour <span>plan</span> approved at last</h1>"), "text between children: no pair of parts");
        assertEquals("Harbour plan approved at last",
                read("<h1>Harbour plan approved at last</h1>"));
    }

    @Test
    void aHeadingOfManyChildren_isReadAsItIs() {
        StringBuilder h = new StringBuilder("<h1>");
        for (int i = 0; i < 40; i++) {
            h.append("<span>Word").append(i).append("</span>");
        }
        String many = h.append("</h1>").toString();
        Element e = Jsoup.parse(many).selectFirst("h1");
        assertEquals(e.text(), HeadingKicker.read(e, e.text(), List.of(), null));
    }

    @Test
    void statusBadgeBeforeTheHeadlinesText_isLeftOut() {
        assertEquals("Bahnstreik ab Mittwoch: GDL ruft zum Streik auf",
                read("<h1><span class='label'>Eilmeldung</span> Bahnstreik ab Mittwoch: GDL ruft zum Streik auf</h1>",
                        "Eilmeldung: Bahnstreik ab Mittwoch: GDL ruft zum Streik auf"));
        assertEquals("İstanbul’da metro seferlerine kar engeli",
                read("<h1 class='news-title'><span class='breaking'>SON DAKİKA</span> İstanbul’da metro seferlerine kar engeli</h1>"));
        assertEquals("الحكومة تعلن خطة جديدة لدعم أسعار الخبز",
                read("<h1><span class='urgent'>عاجل</span> الحكومة تعلن خطة جديدة لدعم أسعار الخبز</h1>"));
        assertEquals("Sejm przyjął ustawę o jawności cen mieszkań",
                read("<h1><a href='/x'><strong>PILNE!</strong> Sejm przyjął ustawę o jawności cen mieszkań</a></h1>"), "inside a link");
        assertEquals("Land fördert 120 neue Ladesäulen im ländlichen Raum",
                read("<h1><span class='pm'>Pressemitteilung Nr. 148/2026</span> Land fördert 120 neue Ladesäulen im ländlichen Raum</h1>"));
    }

    @Test
    void aLeadingElementThatIsNoStatusBadge_staysInTheHeadline() {
        assertEquals("Merz will Steuern senken – und die Länder zahlen",
                read("<h1><em>Merz</em> will Steuern senken – und die Länder zahlen</h1>"));
        assertEquals("Breaking Bad star opens a cafe in Albuquerque",
                read("<h1><i>Breaking Bad</i> star opens a cafe in Albuquerque</h1>"));
        assertEquals("Breaking the silence: flood survivors tell their story",
                read("<h1><em>Breaking</em> the silence: flood survivors tell their story</h1>"), "the sentence goes on in small letters");
        assertEquals("Exclusive interview with the mayor on the harbour",
                read("<h1><b>Exclusive interview</b> with the mayor on the harbour</h1>"));
    }
}
