package dev.newsdrop.extract.source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Paragraphs written as breaks: pages of the table-layout years part their text with {@code <br><br>} inside a
 * {@code <td>}, a {@code <font>} or a {@code <div>} in a cell, with no {@code <p>} ({@link #inLayout}). A browser shows
 * each run between two breaks as a paragraph, and so does the text; but the rules that read a paragraph as an
 * element (a closing signature in bold, a byline line over the text, a label line at its foot) find none. Each such
 * run is wrapped in a {@code <p>} of its own and the breaks between runs dropped, as Readability does. A block
 * among the runs, or an element holding parted text of its own, ends a run and stays as it is, so no paragraph nests in
 * another; a container inside a paragraph, a list item, a heading or a link is left alone.
 *
 * <p>The metadata walk ({@code PageScan}) asks each {@code <br>} it meets whether it opens a double break in such a
 * container ({@link #partsText}), and only a page with one is handed here ({@link #wrap(Collection)}), and then walked
 * again if a paragraph was made: the cost is the page's breaks and the parted containers' children, read once.
 */
public final class BreakParagraphs {

    private BreakParagraphs() {
    }

    /**
     * Containers whose runs of text may be paragraphs: blocks and the period's {@code <font>}; not a paragraph, a list
     * item, a heading or a phrase's markup such as a {@code <span>}, whose parted lines are one note's (an editor's note
     * and the newsletter line under it).
     */
    private static final Set<String> CONTAINER_TAGS = Set.of(
            "div", "td", "th", "font", "center", "body", "article", "section", "main", "blockquote", "dd");

    /** Where a paragraph cannot stand: inside another, a list item, a heading, preformatted text, a link or a control. */
    private static final Set<String> NO_PARAGRAPH_INSIDE = Set.of(
            "p", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "caption");

    /** Ancestors marked as holding a parted container: a page's layout nests tables a few levels deep at most. */
    private static final int MAX_MARKED_ANCESTORS = 40;

    /** Wraps each run between double breaks of a container without paragraphs in a {@code <p>}. */
    public static void wrap(Document doc) {
        Set<Element> parted = new LinkedHashSet<>();
        for (Element br : doc.getElementsByTag("br")) {
            if (partsText(br)) {
                parted.add(br.parent());
            }
        }
        wrap(parted);
    }

    /**
     * True when {@code br} opens a double break in a container whose runs of text may be paragraphs
     * ({@link #CONTAINER_TAGS}): its parent is one of the containers {@link #wrap(Collection)} is handed. A walk that
     * meets every element asks this of each {@code <br>}, so that a page without such a break pays nothing more.
     */
    public static boolean partsText(Element br) {
        Element parent = br.parent();
        return parent != null && CONTAINER_TAGS.contains(parent.normalName()) && nextIsBreak(br);
    }

    /**
     * {@link #wrap(Document)} given the containers of the page's double breaks ({@link #partsText}), in document order;
     * returns the paragraphs made, none when the page is left as it was.
     */
    public static int wrap(Collection<Element> parted) {
        if (parted.isEmpty()) {
            return 0;
        }
        Set<Element> holdingParts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : parted) {
            Element up = e.parent();
            for (int i = 0; up != null && i < MAX_MARKED_ANCESTORS && holdingParts.add(up); i++) {
                up = up.parent();
            }
        }
        int made = 0;
        for (Element e : parted) {
            if (made < MAX_PARAGRAPHS_MADE && inLayout(e) && !insideNoParagraphPlace(e)) {
                made += wrapRuns(e, holdingParts);
            }
        }
        return made;
    }

    /**
     * Paragraphs made on one page at most: a page of the period holds a few dozen; past this many the rest is left as the
     * page set it, as a page built of tens of thousands of parted cells is no article and is read as 1.42.0 read it.
     */
    private static final int MAX_PARAGRAPHS_MADE = 10_000;

    /** The period's own containers: a layout table's cell, and the {@code <font>} and {@code <center>} set in it. */
    private static final Set<String> LAYOUT_TAGS = Set.of("td", "th", "font", "center");

    /**
     * Whether a parted container is the table-layout years': a cell, a {@code <font>} or a {@code <center>}, or a block
     * inside a layout table's cell. A modern theme's body parted by breaks (a Blogger post) keeps its lines as the page
     * set them, and the rules written for it.
     */
    private static boolean inLayout(Element e) {
        if (LAYOUT_TAGS.contains(e.normalName())) {
            return true;
        }
        int i = 0;
        for (Element up = e.parent(); up != null && i < MAX_MARKED_ANCESTORS; up = up.parent(), i++) {
            if (up.nameIs("td")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNoParagraphPlace(Element e) {
        int i = 0;
        for (Element up = e.parent(); up != null && i < MAX_MARKED_ANCESTORS; up = up.parent(), i++) {
            if (NO_PARAGRAPH_INSIDE.contains(up.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the next node after a break, past blanks, is another break. */
    private static boolean nextIsBreak(Element br) {
        for (Node n = br.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            return n instanceof Element e && e.nameIs("br");
        }
        return false;
    }

    /**
     * Wraps a container's runs between double breaks. A block among the runs, or an element holding parted text of its
     * own, ends the run before it and stays where it is, unwrapped. Returns the paragraphs made: none when the container
     * has more runs than a page makes ({@link #MAX_PARAGRAPHS_MADE}).
     */
    private static int wrapRuns(Element container, Set<Element> holdingParts) {
        List<Node> children = new ArrayList<>(container.childNodes());
        List<List<Node>> runs = new ArrayList<>();
        List<Node> separators = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        List<Node> breaks = new ArrayList<>();
        boolean parted = false;
        for (Node n : children) {
            if (n instanceof Element e && e.nameIs("br")) {
                breaks.add(n);
            } else if (n instanceof TextNode t && t.isBlank()) {
                (breaks.isEmpty() ? run : breaks).add(n);
            } else if (n instanceof Element e && (e.isBlock() || holdingParts.contains(e))) {
                runs.add(run); // the block closes the run before it; the breaks between them stay
                run = new ArrayList<>();
                breaks.clear();
            } else {
                if (countBreaks(breaks) > 1 && hasContent(run)) {
                    runs.add(run);
                    separators.addAll(breaks);
                    run = new ArrayList<>();
                    parted = true;
                } else {
                    run.addAll(breaks);
                }
                breaks.clear();
                run.add(n);
            }
        }
        runs.add(run);
        if (!parted || runs.size() > MAX_PARAGRAPHS_MADE) {
            return 0; // no two runs parted by a double break: nothing here reads as paragraphs; or more than a page makes
        }
        if (countBreaks(breaks) > 1) {
            separators.addAll(breaks);
        }
        Set<Node> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        dropped.addAll(separators);
        java.util.Map<Node, Element> paragraphOf = new IdentityHashMap<>();
        for (List<Node> r : runs) {
            wrapRun(r, paragraphOf, dropped);
        }
        // the container's children set again in one go: moving each node on its own renumbers its siblings each time,
        // which a cell of a hundred thousand parted lines made quadratic
        List<Node> rebuilt = new ArrayList<>(children.size());
        java.util.Map<Element, List<Node>> contents = new java.util.LinkedHashMap<>();
        for (Node n : children) {
            Element p = paragraphOf.get(n);
            if (p != null) {
                contents.computeIfAbsent(p, k -> {
                    rebuilt.add(k);
                    return new ArrayList<>();
                }).add(n);
            } else if (!dropped.contains(n)) {
                rebuilt.add(n);
            }
        }
        container.empty();
        for (java.util.Map.Entry<Element, List<Node>> e : contents.entrySet()) {
            Element p = e.getKey();
            p.appendChildren(e.getValue());
            if (p.childNode(0) instanceof TextNode first) {
                first.text(first.getWholeText().stripLeading()); // as a browser shows a paragraph: from its first letter
            }
        }
        container.appendChildren(rebuilt);
        return contents.size();
    }

    private static int countBreaks(List<Node> nodes) {
        int count = 0;
        for (Node n : nodes) {
            if (n instanceof Element) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasContent(List<Node> run) {
        for (Node n : run) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a run's nodes to a new {@code <p>} that stands where the run stood, and the source's line breaks around them
     * to {@code dropped}; a run of blanks is left as it is.
     */
    private static void wrapRun(List<Node> run, java.util.Map<Node, Element> paragraphOf, Set<Node> dropped) {
        if (!hasContent(run)) {
            return;
        }
        Element p = new Element("p");
        int from = 0;
        int to = run.size();
        while (run.get(from) instanceof TextNode t && t.isBlank()) {
            from++;
        }
        while (run.get(to - 1) instanceof TextNode t && t.isBlank()) {
            to--;
        }
        for (int i = 0; i < run.size(); i++) {
            if (i < from || i >= to) {
                dropped.add(run.get(i)); // the source's line breaks around the run: no text of the paragraph
            } else {
                paragraphOf.put(run.get(i), p);
            }
        }
    }
}
