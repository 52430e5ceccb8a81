package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RemovalsTest {

    @Test
    void spacedNodesLeaveABlankWhereFewAreTakenFromTheirParent() {
        Element p = Jsoup.parseBodyFragment("<p><label>Servings</label><button>-</button><span>4</span><button>+</button></p>")
                .selectFirst("p");
        Removals removals = new Removals();
        p.select("button").forEach(removals::markSpaced);
        removals.apply();
        assertEquals(4, p.childNodeSize()); // the label, a blank, the count, a blank
        assertEquals("Servings 4", p.text());
    }

    @Test
    void spacedNodesLeaveABlankWhenTheParentIsRebuilt() {
        StringBuilder html = new StringBuilder("<p>");
        for (int i = 0; i < 20; i++) {
            html.append("<span>a").append(i).append("</span><button>x</button><i>gone</i>");
        }
        Element p = Jsoup.parseBodyFragment(html.append("</p>").toString()).selectFirst("p");
        Removals removals = new Removals();
        p.select("button").forEach(removals::markSpaced);
        p.select("i").forEach(removals::mark);
        removals.apply();
        assertEquals(0, p.select("button, i").size());
        assertEquals(40, p.childNodeSize()); // each span and the blank in its button's place
        assertEquals("a0 a1 a2", p.text().substring(0, 8));
    }

    @Test
    void markedNodesAreTakenOutWithoutABlank() {
        Element p = Jsoup.parseBodyFragment("<p><span>one</span><button>x</button><span>two</span></p>").selectFirst("p");
        Removals removals = new Removals();
        removals.mark(p.selectFirst("button"));
        removals.apply();
        assertEquals("onetwo", p.text());
    }
}
