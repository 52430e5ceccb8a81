package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NoiseRemover#mayBeDisclosedLinkBox}, the sizes-only gate before a disclosed box of links is read for its
 * disclosure: over random boxes made of links, lists of links, disclosures, titles, prose and empty pictures, every box
 * whose children make the shape ({@link NoiseRemover#hasDisclosedLinkBoxChildren}) passes the gate.
 */
class DisclosedLinkBoxGateTest {

    /** Children a box of links is made of, in real boxes and in look-alikes. */
    private static final List<String> CHILDREN = List.of(
            "<a href=/o1>Robot aspirapolvere a 199 euro</a>",
            "<ul><li><a href=/o2>Cuffie senza fili</a></li><li><a href=/o3>Smartwatch in offerta</a></li></ul>",
            "<p>Se acquisti tramite i nostri link, potremmo ricevere una commissione.</p>",
            "<small>Cet article contient des liens d'affiliation : nous percevons une commission sur vos achats.</small>",
            "<h3>Le migliori offerte</h3>",
            "<span>Deals of the day</span>",
            "<p>The council approved the harbour budget on Tuesday after a long debate about dredging and ferries.</p>",
            "<div><a href=/o4>Kettle</a> and a short note</div>",
            "<img src=/x.png>",
            "<b>Prezzi aggiornati</b>");

    @Test
    void everyBoxOfTheShape_passesTheGate() {
        Random random = new Random(43);
        int shaped = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder("<div class=box>");
            for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                html.append(CHILDREN.get(random.nextInt(CHILDREN.size())));
            }
            Element body = Jsoup.parse(html.append("</div>").toString()).body();
            Element box = body.firstElementChild();
            TextStats stats = TextStats.measure(body);
            if (NoiseRemover.hasDisclosedLinkBoxChildren(box, stats)) {
                shaped++;
                assertTrue(NoiseRemover.mayBeDisclosedLinkBox(box, stats), html::toString);
            }
        }
        assertTrue(shaped > 100, "boxes of the shape drawn: " + shaped);
    }

    @Test
    void aBoxOfLinksWithThreeOtherChildren_isRefusedBeforeItsTextIsRead() {
        Element body = Jsoup.parse("<div><a href=/a>Offer</a><h3>Deals</h3><span>One</span><span>Two</span></div>").body();
        assertFalse(NoiseRemover.mayBeDisclosedLinkBox(body.firstElementChild(), TextStats.measure(body)));
    }
}
