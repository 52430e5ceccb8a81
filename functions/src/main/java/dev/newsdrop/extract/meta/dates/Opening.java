package dev.newsdrop.extract.meta.dates;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import static dev.newsdrop.extract.meta.dates.DateMarks.isUpdateOnlyMark;

/**
 * The opening of an element's text, read no further than a limit whatever the element's size (so
 * forty nested datelines around a huge page cost forty short walks), whitespace collapsed.
 *
 * @param text   the first {@code limit} characters or fewer
 * @param whole  true when the element's whole text is within the limit
 * @param blocks true when a block element (a paragraph, a division…) opens within the text read
 */
record Opening(String text, boolean whole, boolean blocks, boolean updates) {

    static Opening of(Element e, int limit) {
        return of(e, limit, false);
    }

    /**
     * @param skipUpdates leave out the parts named for an update ({@link DateMarks#isUpdateOnlyMark}); without it,
     *                    {@code updates} says whether the text read has such a part
     */
    static Opening of(Element e, int limit, boolean skipUpdates) {
        return of(e, limit, skipUpdates, false);
    }

    /**
     * The opening's text when it is the element's whole text and no block is inside ({@code whole() &&
     * !blocks()}), else null: a line whose parts sit in inline elements of their own. The walk stops at the
     * first block inside, where the answer is null whatever follows, instead of reading on to the limit
     * through the rest of a container (its figure, its icons' paths, its paragraphs).
     */
    static String lineOf(Element e, int limit) {
        Opening opening = of(e, limit, false, true);
        return opening.whole() && !opening.blocks() ? opening.text() : null;
    }

    /** @param lineOnly only {@link #lineOf} is asked: the walk stops at the first block, and update marks are not noted */
    private static Opening of(Element e, int limit, boolean skipUpdates, boolean lineOnly) {
        StringBuilder out = new StringBuilder(limit + 1);
        boolean[] blocks = {false};
        boolean[] updates = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (out.length() > limit) {
                    return FilterResult.STOP;
                }
                if (!lineOnly && node != e && node instanceof Element part && isUpdateOnlyMark(part)) {
                    updates[0] = true;
                    if (skipUpdates) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText(), limit + 1);
                } else if (node != e && node instanceof Element child && (child.isBlock() || child.normalName().equals("br"))) {
                    blocks[0] |= child.isBlock();
                    if (blocks[0] && lineOnly) {
                        return FilterResult.STOP;
                    }
                    appendCollapsed(out, " ", limit + 1);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        String text = out.toString().strip();
        boolean whole = out.length() <= limit;
        return new Opening(whole ? text : text.substring(0, Math.min(text.length(), limit)), whole, blocks[0], updates[0]);
    }

    private static void appendCollapsed(StringBuilder out, String s, int max) {
        for (int i = 0; i < s.length() && out.length() < max; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (!space) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
    }
}
