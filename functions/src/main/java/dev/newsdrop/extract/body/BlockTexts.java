package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;

/**
 * The blocks' texts ({@code e.text()}) built over one walk of the pruner, in the walk's order, with the last one kept:
 * an element that is its parent's only node but for blanks and comments ({@link #isOnlyNode}) has its parent's text,
 * so when the parent's was the last built it is not built again. A nest of single wrappers around a short line
 * ("div div div ... Menu", each wrapper short enough to be judged a boilerplate line) costs one reading of the nest,
 * not one for each wrapper: within jsoup's depth of 512 that was 500 readings of the whole nest. Holds one text:
 * bounded by the page, and the walk changes no node before it ends (cuts are marked, then applied). Holds the site's
 * names too, once asked ({@link #siteNames}).
 */
final class BlockTexts {
    private Element last; // the element whose text was built last
    private String lastText;
    private List<String> siteNames; // the page's, once asked

    /**
     * The names the page's meta tags give the site ({@link #readSiteNames}), read from the document once a
     * run: a page of many blocks that ask them (support headings, fact-checkers' notes) walks the document once.
     */
    List<String> siteNames(Element e) {
        if (siteNames == null) {
            siteNames = readSiteNames(e);
        }
        return siteNames;
    }

    String textOf(Element e) {
        Element parent = e.parent();
        String text = parent != null && parent == last && isOnlyNode(e) ? lastText : e.text();
        last = e;
        lastText = text;
        return text;
    }

    /**
     * {@code e.text()}: the text built last when it was this element's (the boilerplate checks build a
     * block's text, and the notice checks that follow on the same block ask it again), else built here
     * without being kept.
     */
    String builtOr(Element e) {
        return e == last ? lastText : e.text();
    }

    /** The meta tags that name the site, as a support box's heading may ({@link Notices#SUPPORT_US_HEADING}). */
    private static final Evaluator SITE_NAME_META = QueryParser.parse(
            "meta[property=og:site_name], meta[name=application-name], meta[name=apple-mobile-web-app-title]");

    /** The names the page's meta tags give the site ({@link #SITE_NAME_META}); empty for a fragment outside a document. */
    private static List<String> readSiteNames(Element e) {
        org.jsoup.nodes.Document doc = e.ownerDocument();
        return doc == null ? List.of() : doc.select(SITE_NAME_META).eachAttr("content");
    }

    /**
     * True when nothing but blank text and comments stands beside the element among its siblings: its parent's text
     * ({@code parent.text()}) is then its own, as the blanks only add spaces at the ends, which the text trims.
     */
    static boolean isOnlyNode(Element e) {
        for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
            if (!(n instanceof TextNode t && t.isBlank()) && !(n instanceof org.jsoup.nodes.Comment)) {
                return false;
            }
        }
        return onlyBlanksAfter(e);
    }

    /**
     * True when nothing but blank text and comments follows the element among its siblings. When the same holds before
     * it, its parent's text is its own ({@code parent.text().strip()} equals {@code element.text().strip()}), so
     * {@link MetaLines#isBylineThenDateFields} finds no words after the line without building the line's text: in a nest of single
     * wrappers around a short line, every wrapper is such a block, and building each one's child's text again made the
     * nest's cost twice the walk's.
     */
    static boolean onlyBlanksAfter(Element e) {
        for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
            if (!(n instanceof TextNode t && t.isBlank()) && !(n instanceof org.jsoup.nodes.Comment)) {
                return false;
            }
        }
        return true;
    }
}

