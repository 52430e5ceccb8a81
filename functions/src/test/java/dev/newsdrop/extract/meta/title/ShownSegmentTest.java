package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

class ShownSegmentTest {

    /** The title read from a page with the given head and body, no address known. */
    private static String title(String lang, String head, String body) {
        String page = "<html lang=" + lang + "><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>";
        return MetadataReader.read(Jsoup.parse(page), null).title();
    }

    private static String box(String headline, String paragraph) {
        return "<div class='content'><div class='title'>" + headline + "</div><p>" + paragraph + "</p><p>" + paragraph + "</p></div>";
    }

    @Test
    void siteAndSectionBeforeTheHeadline_areCutWhenTheHeadlineIsShownAlone() {
        String h = "Vilnius atidarė naują vaikų ligoninės korpusą mieste";
        assertEquals(h, title("lt", "<title>Vilniaus žinios - Sveikata - " + h + "</title>",
                box(h, "Naujame korpuse yra du šimtai lovų ir nauja operacinė.")));
    }

    @Test
    void aWaveDashTrailer_isCutWhenTheHeadlineIsShownAlone() {
        String h = "名古屋市、来年度から市バスの運賃を値下げへ";
        assertEquals(h, title("ja", "<title>" + h + " ～ 中部日報</title>", box(h, "名古屋市は三日、市バスの運賃を値下げすると発表した。")));
    }

    @Test
    void anUnspacedDashTrailer_isCutBesideChinese() {
        String h = "杭州地铁新线路明年开通运营";
        assertEquals(h, title("zh", "<title>" + h + "-钱塘都市网</title>", box(h, "新线路全长二十八公里，共设十六座车站。")));
    }

    @Test
    void aSiteColonPrefix_isCutWhenTheHeadlineIsShownAlone() {
        String h = "La biblioteca municipal amplía su horario durante el invierno";
        assertEquals(h, title("es", "<title>Gaceta del Valle: " + h + "</title>", box(h, "La biblioteca abrirá también los domingos por la tarde.")));
    }

    @Test
    void aKickerTheArticleShowsBeforeTheColon_staysWithTheHeadline() {
        String h = "Neue Radwege entlang der Elbe bis zum Sommer";
        String body = "<div class='content'><div class='kicker'>Verkehrswende</div><div class='title'>" + h
                + "</div><p>Die Stadt baut zwölf Kilometer neue Radwege am Fluss.</p></div>";
        assertEquals("Verkehrswende: " + h, title("de", "<title>Verkehrswende: " + h + "</title>", body));
    }

    @Test
    void aTitleShownWholeInTheTrail_isKept() {
        String h = "Neue Radwege entlang der Elbe bis zum Sommer";
        String body = "<nav class='breadcrumb'><a href='/'>Start</a> <span>Verkehrswende: " + h + "</span></nav>"
                + box(h, "Die Stadt baut zwölf Kilometer neue Radwege am Fluss.");
        assertEquals("Verkehrswende: " + h, title("de", "<title>Verkehrswende: " + h + "</title>", body));
    }

    @Test
    void aSegmentShownBesideMoreTextInItsBox_isNoHeadlineAlone() {
        String h = "Nowa linia tramwajowa połączy Bronowice z Azorami";
        String body = "<div class='content'><div class='title'><span>Kraków</span> <span>" + h
                + "</span></div><p>Budowa ruszy wiosną przyszłego roku w Krakowie.</p></div>";
        assertEquals("Kraków: " + h, title("pl", "<title>Kraków: " + h + "</title>", body));
    }

    @Test
    void theSiteNameShownInTheBanner_isNotTakenForTheHeadline() {
        assertNull(ShownSegment.of(Jsoup.parse("<header><div>Gazeta Tatrzańska i Podhalańska</div></header><p>Krótki tekst.</p>").body(),
                "Gazeta Tatrzańska i Podhalańska - Sport"));
    }

    @Test
    void aHyphenGluedToAWord_partsNoSegments() {
        assertFalse(ShownSegment.isSegment("Covid-19 cases rise again across the northern region", "19 cases rise again across the northern region"));
        assertTrue(ShownSegment.isSegment("Site - Covid-19 cases rise again across the northern region", "Covid-19 cases rise again across the northern region"));
        // the rest's dashes and spaces are not counted: 30 letters of the headline beside 30 of the town and its section
        assertTrue(ShownSegment.isSegment("Gemeinde Unterweissach - Aktuelles - Friedhof: Neue Urnenwand ist fertig", "Friedhof: Neue Urnenwand ist fertig"));
        assertFalse(ShownSegment.isSegment("Gemeinde Unterweissach - Aktuelles - Urnenwand ist fertig", "Urnenwand ist fertig"));
    }

    @Test
    void aPageOfManyTextsAndBoxes_isReadInBoundedTime() {
        StringBuilder b = new StringBuilder("<div class='logo'>");
        for (int i = 0; i < 3000; i++) {
            b.append("<header class='brand'><span>Gaceta del Valle noticias del día</span></header>");
        }
        b.append("</div>");
        for (int i = 0; i < 30000; i++) {
            b.append("<div class='x'><span>La biblioteca municipal amplía su horario</span></div>");
        }
        String page = b.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ShownSegment.of(Jsoup.parse(page).body(),
                "Gaceta del Valle: La biblioteca municipal amplía su horario"));
    }

    @Test
    void aHeadlineLinkAloneOnItsLine_inABoxWithTheText_isShownAlone() {
        String h = "Uppsala bygger ny simhall vid Fyrisån för 500 miljoner";
        String body = "<div class='artikel'><a href='/nyheter/simhall'><span class='rubrik'>" + h + "</span></a>"
                + "<p>Simhallen öppnar 2029 och får en femtiometersbassäng.</p></div>";
        assertEquals(h, title("sv", "<title>Upplands Nyheter – " + h + "</title>", body));
    }

    @Test
    void aPullQuote_isNoShownHeadline() {
        String q = "«Мы вернём центр города людям, а не машинам»";
        String body = "<div class='content'><p>Городская дума приняла план во вторник.</p><blockquote>" + q
                + "</blockquote><p>Перекрытие начнётся в марте.</p></div>";
        assertNull(ShownSegment.of(Jsoup.parse(body).body(), q + " — мэр Самары о пешеходном центре"));
        assertEquals(q, ShownSegment.of(Jsoup.parse(body.replace("blockquote", "div")).body(), q + " — мэр Самары о пешеходном центре"));
    }
}
