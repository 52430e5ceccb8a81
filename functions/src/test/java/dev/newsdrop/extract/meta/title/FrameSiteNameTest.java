package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FrameSiteNameTest {

    /** The title of a page that renders its article by script: only the title and the site's frame are in the markup. */
    private static String title(String lang, String documentTitle, String frame) {
        String page = "<html lang=" + lang + "><head><meta charset=utf-8><title>" + documentTitle + "</title></head><body>" + frame
                + "<div id='root'></div></body></html>";
        return MetadataReader.read(Jsoup.parse(page), null).title();
    }

    private static String logo(String alt) {
        return "<header><a href='/' class='site-logo'><img src='/logo.svg' alt='" + alt + "'></a></header>";
    }

    private static String footer(String line) {
        return "<footer><p>" + line + "</p></footer>";
    }

    @Test
    void aLeadingSegmentTheLogoNames_isCutBeforeAColon() {
        String h = "El Ayuntamiento de Cartagena aprueba el presupuesto para 2027";
        assertEquals(h, title("es", "Diario de Cartagena: " + h, logo("Diario de Cartagena")));
    }

    @Test
    void anImageThatIsAllOfTheHomeLink_namesTheSite_whateverItsBoxIsNamed() {
        String t = "Harbour plan approved after two years of talks - Coastal Ledger";
        assertEquals("Harbour plan approved after two years of talks",
                FrameSiteName.cut(Jsoup.parse("<div id='top'><a href='/'><img src='/top.jpg' alt='Coastal Ledger'></a></div>").body(), t));
        // a link elsewhere, or one with words beside its image, is no logo
        assertNull(FrameSiteName.cut(Jsoup.parse("<div id='top'><a href='/about'><img src='/top.jpg' alt='Coastal Ledger'></a></div>").body(), t));
        assertNull(FrameSiteName.cut(Jsoup.parse("<div id='top'><a href='/'><img src='/i.png' alt='Coastal Ledger'> Back home</a></div>").body(), t));
    }

    @Test
    void aTrailingSegmentTheCopyrightLineNames_isCut() {
        String h = "인천시, 영종도 연결 제3연륙교 내년 개통";
        assertEquals(h, title("ko", h + " : 인천타임즈", footer("Copyright © 2026 인천타임즈. All rights reserved.")));
        String z = "广州新机场高铁线路正式开工建设";
        assertEquals(z, title("zh", z + "-岭南新闻网", footer("版权所有 © 2026 岭南新闻网")));
    }

    @Test
    void aSectionAfterTheLeadingSiteName_isCutWithIt() {
        String h = "Одеса відкриває новий пасажирський термінал у порту";
        assertEquals(h, title("uk", "Південний вісник - Одеса - " + h, logo("Південний вісник")));
    }

    @Test
    void aKickerThatIsOnlyAWordOfTheSiteName_stays() {
        String t = "Berlin: Senat beschließt neue Regeln für Ferienwohnungen";
        assertEquals(t, title("de", t, footer("© 2026 Berlin Post GmbH")));
        assertEquals(t, title("de", t, logo("Berlin Post")));
    }

    @Test
    void aWordOfTheSiteNameInsideALongerWord_namesNoSegment() {
        String t = "Neue Radwege entlang der Spree bis zum Sommer - Berlin";
        assertNull(FrameSiteName.cut(Jsoup.parse(footer("© 2026 Berliner Rundschau")).body(), t));
        assertEquals("Neue Radwege entlang der Spree bis zum Sommer",
                FrameSiteName.cut(Jsoup.parse(footer("© 2026 Berlin")).body(), t));
    }

    @Test
    void aBracketedTailTheLogoNames_isCut() {
        String h = "Харків відновлює рух метро на всіх лініях";
        assertEquals(h, title("uk", h + " (Слобідський кур'єр)", logo("Слобідський кур&#39;єр")));
        String kept = "Rada miasta przyjęła budżet na rok 2027 (wideo)";
        assertNull(FrameSiteName.cut(Jsoup.parse(logo("Gazeta Lubuska")).body(), kept));
    }
}
