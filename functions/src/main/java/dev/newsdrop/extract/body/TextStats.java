package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measurements of every element under a root, made in one iterative pass so later stages never
 * call {@code text()} on big subtrees: visible characters, characters inside links, the text that
 * belongs to the element as a paragraph ("own" text), and the content score of its subtree.
 */
final class TextStats {

    /** Measurements of one element. */
    static final class Stats {
        final Element element;
        final boolean block;
        final boolean heading;
        int depth;
        int chars;
        int linkChars;
        int ownChars;
        int ownLinkChars;
        char lastOwnChar;
        int links;
        int headingLinks;
        int proseChars;
        double score;

        Stats(Element element, boolean block, boolean heading) {
            this.element = element;
            this.block = block;
            this.heading = heading;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** A paragraph at least this long counts as prose whatever its ending. */
    static final int PROSE_CHARS = 80;

    /** A shorter block counts as prose when it ends like a sentence and is at least this long. */
    static final int SENTENCE_CHARS = 25;

    /** Own text with more than this share inside links is navigation, not prose. */
    static final double LINK_BLOCK_DENSITY = 0.5;

    /** Short fragments ("Share", "Advertisement", a date) weigh against the container holding them. */
    static final double FRAGMENT_PENALTY = 0.25;

    /** Items of lists, definition lists and tables: {@link #isStructuredItem}. */
    static final java.util.Set<String> STRUCTURED_ITEM_TAGS = java.util.Set.of("li", "dt", "dd", "tr");

    /** An unlinked structured item counts for the container at this share of its length: content, but not prose. */
    static final double STRUCTURED_ITEM_WEIGHT = 0.5;

    /**
     * Blocks, links and cells of a small page: the map starts this big when nothing better is
     * known. (Allocating for 1,024 on every measure cost more on the median page than growing.)
     */
    private static final int EXPECTED_MEASURED_ELEMENTS = 256;

    private final Map<Element, Stats> byElement;
    private final Stats root;

    private TextStats(Map<Element, Stats> byElement, Stats root) {
        this.byElement = byElement;
        this.root = root;
    }

    Stats of(Element e) {
        return byElement.get(e);
    }

    Stats root() {
        return root;
    }

    Iterable<Stats> all() {
        return byElement.values();
    }

    static TextStats measure(Element rootElement) {
        return measure(rootElement, EXPECTED_MEASURED_ELEMENTS);
    }

    /** How many elements were measured: the size to expect when the same tree is measured again. */
    int size() {
        return byElement.size();
    }

    /** Measures, the map sized for {@code expectedElements} measured elements. */
    static TextStats measure(Element rootElement, int expectedElements) {
        Map<Element, Stats> map = new IdentityHashMap<>(Math.max(expectedElements, 16));
        Deque<Stats> stack = new ArrayDeque<>();
        Deque<Stats> blocks = new ArrayDeque<>();
        int[] anchorDepth = {0};
        int[] headingDepth = {0};
        Deque<Stats> anchors = new ArrayDeque<>();
        Stats[] rootStats = new Stats[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    boolean block = Blocks.isBlock(e) || e == rootElement;
                    Stats s = new Stats(e, block, Blocks.isHeading(e));
                    s.depth = depth;
                    stack.push(s);
                    if (block) {
                        blocks.push(s);
                    }
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        anchorDepth[0]++;
                        anchors.push(s);
                        s.links = 1;
                        s.headingLinks = headingDepth[0] > 0 ? 1 : 0;
                    } else if (s.heading) {
                        headingDepth[0]++;
                        if (!anchors.isEmpty()) {
                            anchors.peek().headingLinks = 1; // a heading inside a link: a teaser card
                        }
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String text = t.getWholeText();
                    int n = Blocks.visibleChars(text);
                    if (n == 0) {
                        return;
                    }
                    Stats top = stack.peek();
                    top.chars += n;
                    Stats block = blocks.peek();
                    block.ownChars += n;
                    if (anchorDepth[0] > 0) {
                        top.linkChars += n;
                        block.ownLinkChars += n;
                    }
                    for (int i = text.length() - 1; i >= 0; i--) {
                        if (!Character.isWhitespace(text.charAt(i))) {
                            block.lastOwnChar = text.charAt(i);
                            break;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stats s = stack.pop();
                String tag = e.normalName();
                if (tag.equals("a")) {
                    anchorDepth[0]--;
                    anchors.pop();
                } else if (s.heading) {
                    headingDepth[0]--;
                }
                if (s.block) {
                    blocks.pop();
                    double w = weight(s);
                    s.score += w;
                    if (w > 0) {
                        s.proseChars += s.ownChars;
                    }
                }
                if (s.block || s.links > 0 || tag.equals("td") || tag.equals("th")) {
                    map.put(e, s); // inline elements are only ever looked up through their block
                }
                Stats parent = stack.peek();
                if (parent != null) {
                    parent.chars += s.chars;
                    parent.linkChars += s.linkChars;
                    parent.links += s.links;
                    parent.headingLinks += s.headingLinks;
                    parent.proseChars += s.proseChars;
                    parent.score += s.score;
                } else {
                    rootStats[0] = s;
                }
            }
        }, rootElement);
        return new TextStats(map, rootStats[0]);
    }

    /** How much a block's own text speaks for the container around it: prose up, links and crumbs down. */
    static double weight(Stats s) {
        int len = s.ownChars;
        if (len == 0 || s.heading) {
            return 0;
        }
        double linkShare = (double) s.ownLinkChars / len;
        if (linkShare > LINK_BLOCK_DENSITY) {
            return -len;
        }
        if (len >= PROSE_CHARS || (len >= SENTENCE_CHARS && endsSentence(s.lastOwnChar))) {
            return len * (1 - linkShare);
        }
        if (s.ownLinkChars == 0 && isStructuredItem(s.element)) {
            return STRUCTURED_ITEM_WEIGHT * len;
        }
        return -FRAGMENT_PENALTY * len;
    }

    /**
     * An item of a list, a definition list or a table row: short by nature (an ingredient, a term
     * and its definition, a row of a timetable), and content when no link is in it, where a crumb
     * ("Share", a date, a kicker) is a lone line.
     */
    static boolean isStructuredItem(Element e) {
        return STRUCTURED_ITEM_TAGS.contains(e.normalName());
    }

    static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '。' || c == '！' || c == '？' || c == '"'
                || c == '”' || c == '»' || c == '…' || c == ':' || c == ')' || c == '\'' || c == '’' || c == '」';
    }
}
