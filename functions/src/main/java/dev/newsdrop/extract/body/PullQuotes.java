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
     * The parts of the container its text does not show ({@link BodyRenderer} leaves a picture's figure and caption out):
     * a caption that repeats the quote is no place where the text holds it, so they are left out of the text searched.
     */
    private static final Set<String> UNRENDERED_TAGS = Set.of("figure", "figcaption");

    /**
     * A repeat is compared by at least this many letters and digits: a few words ("Nein.", "Warum?") recur in any text
     * by chance, a sentence does not.
     */
    static final int MIN_QUOTE_KEY_CHARS = 24;

    /**
     * The blocks read, in document order: an article sets a few pull quotes, and the container's text is read again after
     * each one taken out, so a page of thousands of quotation blocks (a collection of quotes, or a page built to be slow)
     * keeps the rest as they are.
     */
    static final int MAX_CANDIDATES = 20;

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
        for (Element quote : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES))) {
            int place = placeIn(quote, container);
            if (place == OUTSIDE) {
                continue; // taken out with a box around it, or by the pruning
            }
            String words = key(quote, true);
            if (words.length() < MIN_QUOTE_KEY_CHARS) {
                continue;
            }
            if (whole == null) {
                whole = key(container, false);
            }
            int first = whole.indexOf(words); // a quote the text shows is found once as itself, once more as the repeat
            if (first >= 0 && (place == UNRENDERED || whole.indexOf(words, first + 1) >= 0)) {
                quote.remove();
                whole = null;
            }
        }
    }

    private static final int OUTSIDE = 0;
    private static final int SHOWN = 1;
    private static final int UNRENDERED = 2;

    /**
     * Where the element is: {@link #OUTSIDE} the container (taken out), inside a part its text does not show
     * ({@link #UNRENDERED}: a figure's pull quote, whose words the container's text searched leaves out), or {@link #SHOWN}.
     */
    private static int placeIn(Element e, Element container) {
        boolean unrendered = false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == container) {
                return unrendered ? UNRENDERED : SHOWN;
            }
            unrendered |= UNRENDERED_TAGS.contains(p.normalName());
        }
        return OUTSIDE;
    }

    /**
     * The element's letters and digits, case folded: a quote's without its attribution, the container's without the
     * figures and captions its text does not show.
     */
    private static String key(Element root, boolean withoutAttribution) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipping = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && (skipping > 0
                        || (withoutAttribution ? ATTRIBUTION_TAGS : UNRENDERED_TAGS).contains(e.normalName()))) {
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

    /**
     * Appends the text's letters and digits, NFKC-normalised and lower-cased. Text in ASCII alone, most of the pages'
     * text, is read character by character: normalising changes none of it, and lower case maps A to Z alone.
     */
    static void appendLettersAndDigits(StringBuilder out, String text) {
        if (isAscii(text)) {
            for (int i = 0, len = text.length(); i < len; i++) {
                char c = text.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                }
            }
            return;
        }
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

    private static boolean isAscii(String text) {
        for (int i = 0, len = text.length(); i < len; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
