package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** A standfirst under the headline has at least this many characters. */
    static final int MIN_DEK_CHARS = 60;

    /** At most this many blocks between the headline and the body are taken as the lead: a standfirst is a paragraph or two. */
    static final int MAX_LEAD_BLOCKS = 3;

    /**
     * At most this many lines of a fact sheet ({@link FactSheets#isFactSheetLine}: "När: …", "Var: …",
     * "Pris: …") between the headline and the body are moved into it: an event's or a place's facts are a few lines.
     */
    static final int MAX_FACT_LINES = 12;

    /** Nodes walked from the article's start to the body when looking for the lead: an article's header is short. */
    private static final int MAX_LEAD_SEARCH_NODES = 2_000;

    /** Elements between the parts that are kept as the article's own: its pictures. */
    private static final Set<String> PICTURE_TAGS = Set.of("figure", "img", "picture");

    private SplitArticle() {
    }

    /**
     * The element holding the whole article: the container itself, or its parent with the lead and
     * continuations kept and the parent's other children taken out.
     */
    static Element join(Element container, TextStats stats) {
        Element joined = joinSiblings(container, stats);
        moveLeadAbove(joined, stats);
        return joined;
    }

    private static Element joinSiblings(Element container, TextStats stats) {
        Element parent = container.parent();
        TextStats.Stats own = stats.of(container);
        if (parent == null || own == null || container.normalName().equals("body")) {
            return container;
        }
        Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.add(container);
        List<Element> pictures = new ArrayList<>(); // kept only when a part lies beyond them
        // a container holding the headline (h1) has nothing of the article before it: a standfirst follows the headline
        boolean holdsHeadline = container.normalName().equals("h1") || (own.under & TextStats.UNDER_H1) != 0; // measured, not searched for
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
            if (s == null || s.score <= 0 || !alike || opensAnotherStory(sibling, container, s, holdsHeadline)) {
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

    /**
     * True when a block built like the body starts another story: an {@code <article>} beside a body that is one (by
     * HTML's sectioning rules each is a composition of its own), or a block holding a headline ({@code <h1>}) of its own
     * beside a body block holding one too. Pages that load the next story as the reader scrolls serve it so, in an
     * element of the same tag and class, with its own headline, byline and text. A continuation of the body carries
     * no headline.
     */
    private static boolean opensAnotherStory(Element sibling, Element container, TextStats.Stats s, boolean containerHoldsHeadline) {
        return sibling.normalName().equals("article") && container.normalName().equals("article")
                || (s.under & TextStats.UNDER_H1) != 0 && containerHoldsHeadline;
    }

    /**
     * The lead of an {@code <article>} set in its header, apart from the body: HTML's article element
     * is one self-contained composition, so the unlinked prose between its headline ({@code <h1>})
     * and the body is the article's own opening (the standfirst or "Teaser" of German and the
     * "dek" of English publishing systems), however deep the layout nests it. The lead is moved to
     * the body's start. Captions in figures are passed over; a block with a link list, a picture or
     * a heading is no lead ({@link #isLead}). Where no article lies around the body, the page's
     * {@code <main>} is that composition (HTML: the main content of the document): a live blog sets
     * its headline and standfirst in main's header and each post in an article of its own. Where
     * neither lies around it, the smallest element holding both the headline and the body is: a
     * long read's hero block sets headline and standfirst over a body block beside it; there the
     * lead comes before any picture, since a caption set apart from its figure reads as prose.
     * The lines of a fact sheet there ({@link FactSheets#isFactSheetLine}: "När: 12–13 december",
     * "Var: …", "Pris: Fri entré", each opened by a bold label, two or more of them no date) are
     * moved with it, in the page's order: an event's or a place's facts under its headline are its
     * page's content, set in a block of their own beside the description's.
     */
    static void moveLeadAbove(Element container, TextStats stats) {
        Element article = null;
        Element main = null;
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> aroundMain = null;
        for (Element a = container.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            around.add(a);
            if (a.normalName().equals("article")) {
                article = a;
                break;
            }
            if (main == null && a.normalName().equals("main")) {
                main = a; // taken when no article lies around the body: a live blog's posts, each an article of its own
                aroundMain = Collections.newSetFromMap(new IdentityHashMap<>());
                aroundMain.addAll(around);
            }
        }
        if (article == null && main != null) {
            article = main;
            around = aroundMain;
        } else if (article == null) {
            // no article or main element: the smallest element holding both the headline and the body is the composition
            around.clear();
            for (Element a = container.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
                around.add(a);
                TextStats.Stats s = stats.of(a);
                if (s != null && (s.under & TextStats.UNDER_H1) != 0) {
                    article = a;
                    break;
                }
            }
            if (article == null) {
                return;
            }
        }
        // outside an article or main element, prose after a picture is as likely its caption, set apart from the figure
        boolean fallback = !article.normalName().equals("article") && !article.normalName().equals("main");
        boolean afterPicture = false;
        List<Element> leads = new ArrayList<>();
        List<Element> facts = new ArrayList<>(); // a fact sheet's lines between headline and body
        List<Element> claims = new ArrayList<>(); // a fact-check's box of the claim and its rating, between headline and body
        List<Element> moved = new ArrayList<>(); // the leads, the facts and the claim box, in the page's order
        boolean afterHeadline = false;
        int steps = 0;
        Node n = TreeWalk.next(article, article);
        while (n != null && n != container && steps++ < MAX_LEAD_SEARCH_NODES) {
            if (!(n instanceof Element e) || around.contains(e)) {
                n = TreeWalk.next(n, article);
                continue;
            }
            if (e.normalName().equals("h1") || (!afterHeadline && e.normalName().equals("h2"))) {
                afterHeadline = true; // the headline: the article's h1, or its first h2 where it has no h1
                leads.clear(); // what came before the headline is a kicker or a teaser, not its lead
                facts.clear();
                claims.clear();
                moved.clear();
                n = nextAfter(e, article);
            } else if (!afterHeadline) {
                n = TreeWalk.next(n, article);
            } else if (PICTURE_TAGS.contains(e.normalName()) || e.normalName().equals("figcaption")) {
                afterPicture = true;
                n = nextAfter(e, article); // a picture and its caption
            } else {
                TextStats.Stats s = stats.of(e);
                if (s != null && s.block && s.links == 0 && facts.size() < MAX_FACT_LINES && FactSheets.isFactSheetLine(e)) {
                    facts.add(e);
                    moved.add(e); // "När: 12–13 december" with "Var:" and "Pris:": the described thing's facts
                    n = nextAfter(e, article);
                } else if (s != null && s.block && claims.isEmpty() && isClaimBox(e, s)) {
                    claims.add(e);
                    moved.add(e); // "<div><span>Behauptung</span><p>…</p><span>Bewertung</span><p>Falsch.</p></div>": the checked claim
                    n = nextAfter(e, article);
                } else if (s != null && s.block && !(fallback && afterPicture) && isLeadBelowHeadline(e, s)) {
                    if (leads.stream().noneMatch(l -> l.text().equals(e.text()))) {
                        leads.add(e); // a lead set twice (for small and large screens) is taken once
                        moved.add(e);
                    }
                    if (leads.size() > MAX_LEAD_BLOCKS) {
                        return; // more prose than a standfirst between headline and body: not a lead
                    }
                    n = nextAfter(e, article);
                } else {
                    n = TreeWalk.next(n, article);
                }
            }
        }
        if (n != container || !afterHeadline || (leads.isEmpty() && facts.isEmpty() && claims.isEmpty()) || leads.size() > MAX_LEAD_BLOCKS) {
            return;
        }
        container.insertChildren(0, moved); // in the page's order: the facts and the standfirst as they are set
    }

    /** The node after {@code n}'s subtree within {@code root}, or null. */
    private static Node nextAfter(Node n, Node root) {
        for (Node x = n; x != null && x != root; x = x.parent()) {
            if (x.nextSibling() != null) {
                return x.nextSibling();
            }
        }
        return null;
    }

    /**
     * A lead under the headline: unlinked prose of at least {@link #MIN_DEK_CHARS} that is two
     * sentences or more, the standfirst that sums the story up ("Vorspann", "chapô"). A single
     * sentence there is a subtitle, a second headline (the "dek"), and a byline, a dateline or a
     * kicker is not even that: none of them is the text of the article. (Leads often drop the last
     * sentence's full stop, so the end of the block is not asked.)
     */
    private static boolean isLeadBelowHeadline(Element e, TextStats.Stats s) {
        if (s.heading || (s.under & TextStats.UNDER_HEADING_OR_PICTURE) != 0 || s.score <= 0 || s.proseChars < MIN_DEK_CHARS
                || s.proseChars < MIN_LEAD_PROSE_SHARE * s.chars || s.linkDensity() > MAX_LEAD_LINK_DENSITY
                || e.normalName().equals("li")) {
            return false;
        }
        return sentences(e.text()) >= 2;
    }

    /**
     * The label a fact-check sets over the claim it checks, alone in an element of its own ("Claim", "Behauptung",
     * "Afirmación:", "Alegação", "Affirmation", "Affermazione", "İddia", "الادعاء", "Klaim", "Twierdzenie", "Твердження",
     * "주장", "検証対象").
     */
    static final Pattern CLAIM_LABEL = Pattern.compile("(?iU)\\s*(?:the )?(?:claim|behauptung|afirmación|afirmacion|alegação|afirmação"
            + "|affirmation|affermazione|iddia|الادعاء|ادعاء|klaim|twierdzenie|wypowiedź|твердження|утверждение|주장|검증 대상|検証対象)\\s*[:：]?\\s*");

    /** A fact-check's box of the claim and its rating is this short: a sentence or two of each. */
    static final int MAX_CLAIM_BOX_CHARS = 800;

    /** Elements walked for the box's first label: the label opens it. */
    private static final int MAX_CLAIM_LABEL_NODES = 12;

    /**
     * A fact-check's box of the checked claim and its rating, set between the headline and the body: short, hardly
     * linked, opening with an element that holds the claim's label alone ({@link #CLAIM_LABEL}), with the claim's words
     * after it. The claim and the verdict are the check's own statement of what it checked and found; the box is moved
     * to the body's start, as a lead is.
     */
    static boolean isClaimBox(Element e, TextStats.Stats s) {
        if (s.chars > MAX_CLAIM_BOX_CHARS || s.heading || s.linkDensity() > MAX_LEAD_LINK_DENSITY) {
            return false;
        }
        int steps = 0;
        for (Element x = e.firstElementChild(); x != null && steps++ < MAX_CLAIM_LABEL_NODES; x = x.firstElementChild()) {
            String label = x.text();
            if (label.length() < s.chars / 2 && !label.isBlank() && CLAIM_LABEL.matcher(label).matches()) {
                return true;
            }
            if (!x.ownText().isBlank()) {
                return false;
            }
        }
        return false;
    }

    /** Sentences in a text: ends of sentences followed by a space and a capital letter, and the last one. */
    static int sentences(String text) {
        int n = 1;
        for (int i = 1; i + 2 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && !Character.isDigit(text.charAt(i - 1))) { // "am 3. Mai" is no sentence's end
                n++;
            }
        }
        return n;
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
