package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pull quotes: a sentence of the text set again, large, between the paragraphs for display. Typography's pull quote
 * repeats words the text already holds ("… o fra dieci anni qui non c'è più nessuno", racconta la sindaca" and then the
 * same words alone in a {@code <blockquote class="wp-block-pullquote">} with the speaker under them); read as text the
 * sentence comes twice and the speaker's line ("Paola Guidetti, sindaca") stands as a paragraph of its own. A quotation
 * block or a box beside the text ({@link #CANDIDATE_TAGS}) whose words, its attribution left out ({@link #ATTRIBUTION_TAGS}),
 * stand elsewhere in the text, letter for letter once case, marks and spaces are set aside, is such a repeat and goes
 * with its attribution. A block quoting what the text does not hold (a letter, a post, a speech quoted at length) is
 * the text's own and stays, whatever its theme calls it: the test is the repetition, not the name.
 */
final class PullQuotes {

    /** The elements a pull quote is set in: HTML's quotation block and its box beside the text. */
    static final Set<String> CANDIDATE_TAGS = Set.of("blockquote", "aside");

    /** The parts of a quotation block that name who said it, not what was said: left out of the words compared. */
    private static final Set<String> ATTRIBUTION_TAGS = Set.of("cite", "footer", "figcaption");

    /**
     * A repeat is compared by at least this many letters and digits: a few words ("Nein.", "Warum?") recur in any text
     * by chance, a sentence does not.
     */
    static final int MIN_QUOTE_KEY_CHARS = 24;

    private PullQuotes() {
    }

    /**
     * Takes out of the container each candidate block (found by the pruning walk, in document order) whose words stand
     * elsewhere in the container's text. The container's text is read only when a candidate was found, and again only
     * after a block was taken out (two pull quotes repeating each other: the first goes, the second is then the only one).
     */
    static void remove(Element container, List<Element> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        String whole = null;
        for (Element quote : candidates) {
            if (!isInside(quote, container)) {
                continue; // taken out with a box around it, or by the pruning
            }
            String words = key(quote, true);
            if (words.length() < MIN_QUOTE_KEY_CHARS) {
                continue;
            }
            if (whole == null) {
                whole = key(container, false);
            }
            int first = whole.indexOf(words);
            if (first >= 0 && whole.indexOf(words, first + 1) >= 0) {
                quote.remove();
                whole = null;
            }
        }
    }

    private static boolean isInside(Element e, Element container) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** The element's letters and digits, case folded, its attribution left out when asked. */
    private static String key(Element root, boolean withoutAttribution) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipping = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && withoutAttribution && (skipping > 0 || ATTRIBUTION_TAGS.contains(e.normalName()))) {
                    skipping++;
                } else if (node instanceof TextNode t && skipping == 0) {
                    appendLettersAndDigits(out, t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && skipping > 0) {
                    skipping--;
                }
            }
        }, root);
        return out.toString();
    }

    private static void appendLettersAndDigits(StringBuilder out, String text) {
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        n = n.toLowerCase(Locale.ROOT);
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
    }
}
