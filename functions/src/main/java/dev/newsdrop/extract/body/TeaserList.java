package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.HashMap;
import java.util.Map;

/**
 * Recognises lists of teasers ("More stories", "You may also like"): three or more sibling cards
 * built alike, each a short block that opens with a link or carries a heading or picture. Their
 * summaries read like prose, so link density alone does not give them away.
 */
final class TeaserList {

    /** Fewer alike cards than this is a layout, not a list. */
    static final int MIN_CARDS = 3;

    /** A teaser card is short; a longer block is content that happens to repeat a class. */
    static final int MAX_CARD_CHARS = 700;

    /** The cards must make up this share of the list's text. */
    static final double MIN_CARDS_SHARE = 0.6;

    /** What marks a teaser card besides a leading link; parsed once, since every candidate card is queried. */
    private static final Evaluator HEADING_OR_PICTURE = QueryParser.parse("h2, h3, h4, h5, h6, img, picture");

    private TeaserList() {
    }

    static boolean isTeaserList(Element e, TextStats stats) {
        if (e.childrenSize() < MIN_CARDS) {
            return false;
        }
        TextStats.Stats total = stats.of(e);
        if (total == null || total.chars == 0) {
            return false;
        }
        Map<String, int[]> cardsBySignature = new HashMap<>();
        for (Element child : e.children()) {
            if (child.normalName().equals("p") || !isCard(child, stats)) {
                continue;
            }
            int[] agg = cardsBySignature.computeIfAbsent(child.normalName() + "." + child.className(), k -> new int[2]);
            agg[0]++;
            agg[1] += stats.of(child).chars;
        }
        for (int[] agg : cardsBySignature.values()) {
            if (agg[0] >= MIN_CARDS && agg[1] >= MIN_CARDS_SHARE * total.chars) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCard(Element card, TextStats stats) {
        TextStats.Stats s = stats.of(card);
        if (s == null || s.links == 0 || s.chars == 0 || s.chars > MAX_CARD_CHARS) {
            return false;
        }
        return opensWithLink(card) || card.selectFirst(HEADING_OR_PICTURE) != null;
    }

    /** True when the card's first visible text sits inside a link: the teaser's headline. */
    private static boolean opensWithLink(Element card) {
        Node n = card;
        int steps = 0;
        while (n != null && steps++ < 200) {
            if (n instanceof TextNode t && !t.isBlank()) {
                for (Node p = t.parent(); p != null && p != card; p = p.parent()) {
                    if (p instanceof Element el && el.normalName().equals("a")) {
                        return true;
                    }
                }
                return false;
            }
            n = next(n, card);
        }
        return false;
    }

    /** The next node in document order within {@code root}, or null. */
    private static Node next(Node n, Node root) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        while (n != null && n != root) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            n = n.parent();
        }
        return null;
    }
}
