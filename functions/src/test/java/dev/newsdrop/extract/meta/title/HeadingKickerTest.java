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
        return HeadingKicker.read(h, text, Arrays.asList(stated));
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
        assertEquals(e.text(), HeadingKicker.read(e, e.text(), List.of()));
    }
}
