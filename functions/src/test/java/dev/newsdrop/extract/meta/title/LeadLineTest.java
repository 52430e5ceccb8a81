package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A page titled with its site's name and section: the line set as a headline by type before the text is the headline. */
class LeadLineTest {

    private static final String PROSE = "<p>Die Arbeiten beginnen am Montag und dauern voraussichtlich drei Wochen, "
            + "die Umleitung ist ausgeschildert und der Bus hält an einer Ersatzhaltestelle am Marktplatz.</p>";

    private static final String FRAME_START = "<table><tr><td><img src=/top.gif alt='Gemeinde Lohrbach'></td></tr><tr><td>"
            + "<a href=/>Start</a><br><a href=/aktuelles>Aktuelles</a></td><td>";
    private static final String FRAME_END = "</td></tr><tr><td>© 2026 Gemeinde Lohrbach, Hauptstraße 1</td></tr></table>";

    private static String title(String documentTitle, String content) {
        String page = "<html lang=de><head><meta charset=utf-8><title>" + documentTitle + "</title></head><body>"
                + FRAME_START + content + FRAME_END + "</body></html>";
        return MetadataReader.read(Jsoup.parse(page), null).title();
    }

    @Test
    void aBoldCellBeforeTheText_isTheHeadline_underATitleNamingTheSiteAndASection() {
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("Gemeinde Lohrbach - Aktuelles",
                "<table><tr><td><b>Sperrung der Ortsdurchfahrt ab Montag</b></td></tr><tr><td>" + PROSE + "</td></tr></table>"));
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("Gemeinde Lohrbach",
                "<span style='font-size:1.4em'>Sperrung der Ortsdurchfahrt ab Montag</span><br>" + PROSE));
    }

    @Test
    void aBoxTheClassNamesTheHeadline_isTheHeadline_butAWidgetsTitleIsNot() {
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("Gemeinde Lohrbach - Aktuelles",
                "<div class='news-title'>Sperrung der Ortsdurchfahrt ab Montag</div>" + PROSE));
        assertEquals("Gemeinde Lohrbach", title("Gemeinde Lohrbach",
                "<div class='widget-title'>Die neuesten Meldungen aus dem Rathaus</div>" + PROSE));
    }

    @Test
    void boldInsideASentence_aLabelInCapitals_andABoldLineAfterTheText_areNoHeadline() {
        // emphasis in a sentence, then the text: the title stays the site's
        assertEquals("Gemeinde Lohrbach", title("Gemeinde Lohrbach",
                "<p>Ab Montag gilt: <b>Sperrung der Ortsdurchfahrt</b> bis Ende Januar.</p>" + PROSE + "<p><b>Weitere Hinweise zur Umleitung folgen</b></p>"));
        assertEquals("Gemeinde Lohrbach", title("Gemeinde Lohrbach", "<p><b>AMTLICHE BEKANNTMACHUNG DER GEMEINDE</b></p>" + PROSE));
    }

    @Test
    void aTitleNamingMoreThanTheSiteAndASection_isKept() {
        // a headline's worth of words beside the site's name: the title names its own subject, not the section
        assertEquals("Winterdienst im Ortskern beginnt schon im November", title("Gemeinde Lohrbach - Winterdienst im Ortskern beginnt schon im November",
                "<b>Sperrung der Ortsdurchfahrt ab Montag</b><br>" + PROSE));
        // a short title sharing a word with the line is its short form, not a section over it
        assertNotEquals("Sperrung der Ortsdurchfahrt ab Montag", title("Gemeinde Lohrbach - Ortsdurchfahrt",
                "<b>Sperrung der Ortsdurchfahrt ab Montag</b><br>" + PROSE));
    }

    @Test
    void aSectionNameNoLinkNames_givesWayToTheLine() {
        // "Winterdienst", "Pressemitteilungen": a few words sharing none with the line the content sets as its headline
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("Gemeinde Lohrbach - Winterdienst",
                "<b>Sperrung der Ortsdurchfahrt ab Montag</b><br>" + PROSE));
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("Pressemitteilungen",
                "<b>Sperrung der Ortsdurchfahrt ab Montag</b><br>" + PROSE));
    }
}
