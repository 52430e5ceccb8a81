package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link PartnerCredit#find}: a portal's label naming its partner, before the text; never prose, a picture's credit or the site. */
class PartnerCreditTest {

    private static final String PROSE = "<p>" + "The council voted on Tuesday to extend the opening hours of every branch library. ".repeat(3) + "</p>";

    private static String find(String body) {
        return PartnerCredit.find(Jsoup.parse("<html><body>" + body + "</body></html>"), "Portal", "https://news.portal.example/a/1");
    }

    @Test
    void labelInItsOwnElementBeforeTheName() {
        assertEquals("Harbor Courier", find("<h1>T</h1><div><span>Provided by</span> <img alt=x> <span>Harbor Courier</span></div>" + PROSE));
        assertEquals("Le Courrier du Midi", find("<div><span>Source :</span> <a href=/>Le Courrier du Midi</a></div>" + PROSE));
        assertEquals("Вечерний Тобольск", find("<span>5 декабря 2026</span> <span>Источник: <a href=/>Вечерний Тобольск</a></span>" + PROSE));
    }

    @Test
    void labelAndNameInOneText() {
        assertEquals("北海新報", find("<div><span>提供：北海新報</span></div>" + PROSE));
    }

    @Test
    void proseFigureAndTheSiteNameNoPartner() {
        assertNull(find("<p>Provided by <a href=/>the city</a>, the figures show a rise.</p>" + PROSE));
        assertNull(find("<figure><figcaption>Source: Eurostat</figcaption></figure>" + PROSE));
        assertNull(find("<div><span>Quelle:</span> <span>Portal</span></div>" + PROSE));
        assertNull(find("<div><span>Quelle:</span> <span>portal.example</span></div>" + PROSE));
        assertNull(find("<div><span>提供する</span></div>" + PROSE));
        assertNull(find("<div><a href=/s>Source: Former 5-star DT Nolen joining Ole Miss</a></div>" + PROSE));
        assertNull(find("<form><label>Quelle:</label><input><label>Nick:</label><input></form>" + PROSE));
        assertNull(find("<div><span>Source:</span> <span>Former 5-star DT Nolen joining Ole Miss</span></div>" + PROSE));
    }

    @Test
    void labelsAfterTheProseBeganAreNotRead() {
        assertNull(find(PROSE + "<div><span>Source:</span> <span>Bureau of Statistics</span></div>"));
        String shortParagraphs = "<p>交通系ICカードに対応した新しいガチャが登場しました。駅の売店などで順次展開されます。</p>".repeat(5);
        assertNull(find(shortParagraphs + "<p><small>Source: <a href=/p.pdf>バンダイ</a></small></p>"));
    }

    @Test
    void aSourceUnderAPictureIsItsCredit() {
        assertNull(find("<div><div><picture><img src=a.jpg></picture></div><div>Handel mit dem Iran</div><div>Quelle: AFP</div></div>" + PROSE));
        assertEquals("Harbor Courier", find("<div><a href=/><img alt=x></a><span>Provided by</span> <span>Harbor Courier</span></div>" + PROSE));
    }

    @Test
    void aTextOfWideBlanksAloneIsSkipped() {
        assertNull(find("<div><span>\u3000</span><span>\u2003</span></div>" + PROSE));
    }

    @Test
    void particlesInAnOutletsName() {
        assertEquals("Corriere dell'Emilia", find("<div><span>Fornito da</span> <span>Corriere dell'Emilia</span></div>" + PROSE));
        assertEquals("Gazzetta della Sera", find("<div><span>Fonte:</span> <a href=/>Gazzetta della Sera</a></div>" + PROSE));
    }
}
