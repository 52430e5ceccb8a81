package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bounded look inside a block for an element: the block itself counts, and nothing past the bound is seen. */
class TreeWalkHoldsElementTest {

    @Test
    void findsTheElementWithinTheBound_andNotPastIt() {
        Element form = Jsoup.parse("<form id=f><label>Name</label> <input name=n> <textarea></textarea></form>")
                .getElementById("f");
        // form, label, "Name", " ", input, " ", textarea: the text area is the seventh node
        assertTrue(TreeWalk.holdsElement(form, "textarea", 7));
        assertFalse(TreeWalk.holdsElement(form, "textarea", 6));
        assertFalse(TreeWalk.holdsElement(form, "p", 100));
    }

    @Test
    void countsTheRoot_andStaysInsideIt() {
        Element doc = Jsoup.parse("<div id=a><span>x</span></div><p>after</p>").body();
        Element a = doc.getElementById("a");
        assertTrue(TreeWalk.holdsElement(a, "div", 1));
        assertFalse(TreeWalk.holdsElement(a, "p", 100), "the paragraph after the block is not in it");
    }
}
