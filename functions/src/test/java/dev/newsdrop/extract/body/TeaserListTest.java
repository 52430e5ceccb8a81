package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeaserListTest {

    private static boolean isTeaserList(String items) {
        Element list = Jsoup.parseBodyFragment("<ul>" + items + "</ul>").body().child(0);
        return TeaserList.isTeaserList(list, TextStats.measure(list));
    }

    @Test
    void linkedNamesEachLabellingAFact_areAListOfFacts() {
        assertFalse(isTeaserList(
                "<li><a href='/a'>Hollfeld</a>: 27. November bis 23. Dezember, täglich 11 bis 20 Uhr, Marktplatz</li>"
                        + "<li><a href='/b'>Waldbach</a>: 28. November bis 20. Dezember, Do–So 14 bis 21 Uhr, Schlosshof</li>"
                        + "<li><a href='/c'>Kirchau</a>: 4. bis 6. Dezember, Klosterhof, mit lebender Krippe</li>"));
    }

    @Test
    void headlinesWithSummariesSetApartByLayout_areTeasers() {
        assertTrue(isTeaserList(
                "<li><a href='/a'>Neue Buslinie verbindet die Ortsteile</a> <span>Ab Dezember fährt die Linie im Halbstundentakt zum Bahnhof</span></li>"
                        + "<li><a href='/b'>Adventsmarkt öffnet am Freitag</a> <span>Mit neuem Standort auf dem Platz vor dem Rathaus und mehr Buden</span></li>"
                        + "<li><a href='/c'>Grundschule bekommt einen Anbau</a> <span>Der Gemeinderat gibt 2,1 Millionen Euro für vier neue Klassenräume frei</span></li>"));
    }

    @Test
    void headlinesWithExcerptsAfterAColon_cutOffWithAnEllipsis_areTeasers() {
        assertTrue(isTeaserList(
                "<li><a href='/a'>Buslinie</a>: Ab Dezember fährt die Linie im Halbstundentakt zwischen den Ortsteilen und …</li>"
                        + "<li><a href='/b'>Adventsmarkt</a>: Mit neuem Standort auf dem Platz vor dem Rathaus öffnet der Markt am …</li>"
                        + "<li><a href='/c'>Grundschule</a>: Der Gemeinderat gibt 2,1 Millionen Euro für vier neue Klassenräume …</li>"));
    }
}
