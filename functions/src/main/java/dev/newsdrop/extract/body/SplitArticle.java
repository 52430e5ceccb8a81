package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.Set;

/**
 * Stage 2b: joins an article split across sibling containers. Publishing systems set the lead (the
 * standfirst) in a block of its own before the body's block, and cut the body into blocks of the same
 * kind around an ad or a picture; the finder, which picks one element, then keeps only the largest
 * part. Typography says which siblings belong: a lead is unlinked prose right before the body, with
 * only pictures between, and never above the headline; a continuation is a block built like the body
 * (same tag and class).
 */
final class SplitArticle {

    /** A lead has at least this many characters of prose: a sentence or two, not a kicker or a byline. */
    static final int MIN_LEAD_PROSE_CHARS = 100;

    /** ...that make up at least this share of its text (a byline or dateline beside it says it is the page's header)... */
    static final double MIN_LEAD_PROSE_SHARE = 0.95;

    /** ...with at most this share in links: a teaser or a link list is not a lead. */
    static final double MAX_LEAD_LINK_DENSITY = 0.2;

    /** Between the parts, a block with text shorter than this ("Anzeige", an ad's label) is skipped and cut. */
    static final int MAX_INTERRUPTION_CHARS = 100;

    /** Elements between the parts that are kept as the article's own: its pictures. */
    private static final Set<String> PICTURE_TAGS = Set.of("figure", "img", "picture");

    private SplitArticle() {
    }

    /**
     * The element holding the whole article: the container itself, or its parent with the lead and
     * continuations kept and the parent's other children taken out.
     */
    static Element join(Element container, TextStats stats) {
        Element parent = container.parent();
        TextStats.Stats own = stats.of(container);
        if (parent == null || own == null || container.normalName().equals("body")) {
            return container;
        }
        java.util.Set<Node> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.add(container);
        java.util.List<Element> pictures = new java.util.ArrayList<>(); // kept only when a part lies beyond them
        // a container holding the headline (h1) has nothing of the article before it: a standfirst follows the headline
        boolean holdsHeadline = !container.getElementsByTag("h1").isEmpty();
        for (Element sibling = container.previousElementSibling(); sibling != null && !holdsHeadline;
             sibling = sibling.previousElementSibling()) {
            TextStats.Stats s = stats.of(sibling);
            if (isPicture(sibling, s)) {
                pictures.add(sibling);
                continue;
            }
            if (s == null || !isLead(sibling, s)) {
                break;
            }
            kept.addAll(pictures);
            pictures.clear();
            kept.add(sibling);
        }
        pictures.clear();
        String cls = container.className();
        for (Element sibling = container.nextElementSibling(); sibling != null && !cls.isEmpty(); sibling = sibling.nextElementSibling()) {
            TextStats.Stats s = stats.of(sibling);
            boolean alike = isAlike(sibling, container);
            if (isPicture(sibling, s)) {
                pictures.add(sibling);
                continue;
            }
            if (!alike && s != null && s.chars < MAX_INTERRUPTION_CHARS) {
                continue; // an ad's label between the parts: cut
            }
            if (s == null || s.score <= 0 || !alike) {
                break;
            }
            kept.addAll(pictures);
            pictures.clear();
            kept.add(sibling);
        }
        if (kept.size() == 1) {
            return container;
        }
        Removals removals = new Removals();
        for (Node child : parent.childNodes()) {
            if (!kept.contains(child)) {
                removals.mark(child);
            }
        }
        removals.apply();
        return parent;
    }

    private static boolean isLead(Element e, TextStats.Stats s) {
        // a block with a picture or a subheading in it is a caption or a teaser, not the article's opening words
        return !s.heading && (s.under & TextStats.UNDER_HEADING_OR_PICTURE) == 0 && s.score > 0 && s.proseChars >= MIN_LEAD_PROSE_CHARS
                && s.proseChars >= MIN_LEAD_PROSE_SHARE * s.chars && s.linkDensity() <= MAX_LEAD_LINK_DENSITY
                && !e.normalName().equals("li");
    }

    /** A picture, or an element with no text at all (an image, a spacer): passed over between the parts. */
    private static boolean isPicture(Element e, TextStats.Stats s) {
        return PICTURE_TAGS.contains(e.normalName()) || (s != null && s.chars == 0);
    }

    private static boolean isAlike(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }
}
