package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An h1 that labels the page (its section's name, the site's greeting) over a dated entry's heading. */
class EntryUnderLabelTest {

    private static final String PROSE = "<p>Die Arbeiten beginnen am Montag und dauern voraussichtlich drei Wochen, "
            + "die Umleitung ist ausgeschildert und der Bus hält an einer Ersatzhaltestelle.</p>";

    private static String title(String head, String body) {
        String page = "<html lang=de><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>";
        return MetadataReader.read(Jsoup.parse(page), null).title();
    }

    @Test
    void aOneWordSectionH1_givesWayToTheDatedEntrysHeadingBelowIt() {
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("<title>Aktuelles - Gemeinde Lohrbach</title>",
                "<h1>Aktuelles</h1><div class=item><h2>Sperrung der Ortsdurchfahrt ab Montag</h2><p class=date>30.11.2026</p>" + PROSE + "</div>"));
        // the date line may come first, and the heading may sit in a box of its own
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("<title>Aktuelles - Gemeinde Lohrbach</title>",
                "<h1>Aktuelles</h1><div class=item><div class=date>Veröffentlicht am 30.11.2026</div><div class=header><h2>"
                        + "Sperrung der Ortsdurchfahrt ab Montag</h2></div>" + PROSE + "</div>"));
    }

    @Test
    void aSectionNameOfSeveralWordsThatTheDocumentTitleRepeats_givesWayToTheEntrysHeading_whenDatedOrLinked() {
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("<title>Aktuelle Meldungen - Gemeinde Lohrbach</title>",
                "<h1>Aktuelle Meldungen</h1><div class=item><h2>Sperrung der Ortsdurchfahrt ab Montag</h2><p class=date>30.11.2026</p>"
                        + PROSE + "</div>"));
        // no date line, but the menu links the section by the h1's words
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("<title>Latest news | Gemeinde Lohrbach</title>",
                "<ul class=menu><li><a href=/rathaus>Rathaus</a></li><li><a href=/news>Latest news</a></li></ul>"
                        + "<h1>Latest news</h1><h3>Sperrung der Ortsdurchfahrt ab Montag</h3>" + PROSE));
    }

    @Test
    void aShortHeadlineOfSeveralWords_keepsItsPlace_overAnUndatedUnlinkedSubheading_orWhenAStatedTitleConfirmsIt() {
        assertEquals("Haushalt 2027", title("<title>Haushalt 2027 - Gemeinde Lohrbach</title>",
                "<ul class=menu><li><a href=/news>Aktuelle Meldungen</a></li></ul><h1>Haushalt 2027</h1>"
                        + "<h2>Was der Gemeinderat am Dienstag beschlossen hat</h2>" + PROSE));
        assertEquals("Aktuelle Meldungen", title("<title>Aktuelle Meldungen - Gemeinde Lohrbach</title><meta property='og:title' "
                + "content='Aktuelle Meldungen'>", "<h1>Aktuelle Meldungen</h1><div><h2>Sperrung der Ortsdurchfahrt ab Montag</h2>"
                + "<p>30.11.2026</p></div>" + PROSE));
        // the h1's own date line stands under it: the h2 below is its subtitle
        assertEquals("Bibliothek öffnet sonntags", title("<title>Bibliothek öffnet sonntags - Gemeinde Lohrbach</title>",
                "<h1>Bibliothek öffnet sonntags</h1><p class=info>14.03.2026 09:30</p><h2>Versuch läuft zunächst bis zum Jahresende</h2>" + PROSE));
        // a heading below that shares a word with the h1 is the article's own section
        assertEquals("Sperrung der Ortsdurchfahrt", title("<title>Sperrung der Ortsdurchfahrt - Gemeinde Lohrbach</title>",
                "<h1>Sperrung der Ortsdurchfahrt</h1><div><h2>Umleitung während der Sperrung über Kirchweg</h2><p>30.11.2026</p></div>" + PROSE));
    }

    @Test
    void aGreetingH1_givesWayToTheDatedEntrysHeading() {
        assertEquals("Sperrung der Ortsdurchfahrt ab Montag", title("<title>Gemeinde Lohrbach: Aktuelles</title>",
                "<div id=kopf><h1>Herzlich willkommen in der Gemeinde Lohrbach</h1></div><div class=item><p>Veröffentlicht am 30.11.2026</p>"
                        + "<h2>Sperrung der Ortsdurchfahrt ab Montag</h2>" + PROSE + "</div>"));
    }

    @Test
    void aOneWordHeadline_keepsItsPlace_overAnUndatedSectionHeading_orWhenAStatedTitleConfirmsIt() {
        // a wiki's one-word page title over its first section: no date line beside the section's heading
        assertEquals("Weikersheim", title("<title>Weikersheim – Regiowiki</title>",
                "<h1>Weikersheim</h1>" + PROSE + "<h2>Geschichte der Stadt im Mittelalter</h2>" + PROSE));
        // og:title states the one word: the page says it is the headline
        assertEquals("Weikersheim", title("<title>Weikersheim – Regiowiki</title><meta property='og:title' content='Weikersheim'>",
                "<h1>Weikersheim</h1><div><h2>Geschichte der Stadt im Mittelalter</h2><p>30.11.2026</p></div>" + PROSE));
        // a standfirst set as an h2 ends as a sentence does: it is no entry's heading
        assertEquals("Wasserrohrbruch", title("<title>Wasserrohrbruch - Gemeinde Lohrbach</title>",
                "<h1>Wasserrohrbruch</h1><h2>In der Hauptstraße ist am Morgen eine Leitung geplatzt.</h2><p>30.11.2026</p>" + PROSE));
    }

    @Test
    void withNoH1_aLowerHeadingEndingTheDocumentTitle_isTheHeadline_unlessItIsLessThanHalfOfIt() {
        assertEquals("Sperrung des Friedhofs wegen Baumfällarbeiten", title("<title>Gemeinde Kirchwald - Bekanntmachung: "
                + "Sperrung des Friedhofs wegen Baumfällarbeiten</title>", "<table><tr><td><h2>Bekanntmachung</h2>"
                + "<h3>Sperrung des Friedhofs wegen Baumfällarbeiten</h3>" + PROSE + "</td></tr></table>"));
        // a sidebar heading naming the blog ends the title too, but is the shorter part of it: no headline
        assertEquals("Warum mein Sauerteig eingegangen ist", title("<title>Warum mein Sauerteig eingegangen ist - Krume und Kruste</title>",
                "<div>" + PROSE + "</div><div class=sidebar><h2>Krume und Kruste</h2><p>Ein Backblog</p></div>"));
    }

    @Test
    void greetingsOpenTheLabel_aHeadlineOfWordsDoesNot() {
        assertTrue(EntryUnderLabel.isLabel("Herzlich willkommen in der Gemeinde Lohrbach"));
        assertTrue(EntryUnderLabel.isLabel("Bienvenue sur le site de la mairie"));
        assertTrue(EntryUnderLabel.isLabel("Pressemitteilungen"));
        assertFalse(EntryUnderLabel.isLabel("Stadtrat beschließt neues Parkkonzept"));
        assertFalse(EntryUnderLabel.isLabel("Welcome news for commuters as fares freeze"));
    }

    @Test
    void aFewWordsNamingTheSiteAndOneThingMore_areALabel_aHeadlineBesideTheSitesWordIsNot() {
        assertTrue(EntryUnderLabel.isLabelBesideSite("Aktuelles aus der Gemeinde", "Gemeinde Lindenau"));
        assertTrue(EntryUnderLabel.isLabelBesideSite("News from the Village", "Ashby Village"));
        assertTrue(EntryUnderLabel.isLabelBesideSite("Actualités de la commune", "Commune de Saint-Vaast"));
        // more than one word beside the site's: a headline that names the town
        assertFalse(EntryUnderLabel.isLabelBesideSite("Gemeinde saniert Turnhalle", "Gemeinde Lindenau"));
        // one word but none of the site's: nothing says it labels the site's page
        assertFalse(EntryUnderLabel.isLabelBesideSite("Aktuelles aus dem Landkreis", "Gemeinde Lindenau"));
        assertFalse(EntryUnderLabel.isLabelBesideSite("Aktuelles aus der Gemeinde", null));
        assertTrue(EntryUnderLabel.mayBeLabelBesideSite("Aktuelles aus der Gemeinde"));
        assertFalse(EntryUnderLabel.mayBeLabelBesideSite("Aktuelles"));
        assertFalse(EntryUnderLabel.mayBeLabelBesideSite("Der Gemeinderat hat am Dienstag den Haushalt für 2027 beschlossen"));
    }
}
