package dev.newsdrop.extract.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Whether an element's text is short, found without building it: the finders ask it of headings, labels and inline
 * parts before reading their text, and a broken or hostile page nests the rest of itself inside such an element (a
 * hundred nested headings would each read the page below them; a link inside a paragraph would be read whole to be
 * refused).
 */
public final class BoundedText {

    private BoundedText() {
    }

    /**
     * True when the element's text nodes hold at most {@code maxRawChars} characters, blanks included: counted node by
     * node, and the count stops as soon as it passes the bound.
     */
    public static boolean holdsAtMost(Element e, int maxRawChars) {
        int[] chars = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += t.getWholeText().length();
                    if (chars[0] > maxRawChars) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] <= maxRawChars;
    }
}
