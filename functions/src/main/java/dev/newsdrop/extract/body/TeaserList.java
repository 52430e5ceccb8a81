package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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

    /** Unlinked text this long after a linked lead, in the same paragraph, explains it: prose, not a teaser. */
    static final int MIN_EXPLANATION_CHARS = 40;

    /** ...and the linked lead is at most this many times as long as the explanation. */
    static final double MAX_LEAD_TO_EXPLANATION = 2.0;

    /** Punctuation that closes a linked lead in running text: "<a>Headline</a>. Sentence", "<a>Name</a>: why". */
    private static final String LEAD_CLOSERS = ".:!?;,—–-";

    /** Nodes walked when reading a card's first or last text: a card is short. */
    private static final int MAX_STEPS = 200;

    private TeaserList() {
    }

    static boolean isTeaserList(Element e, TextStats stats) {
        int children = 0;
        for (Element child = e.firstElementChild(); child != null && children < MIN_CARDS; child = child.nextElementSibling()) {
            children++; // counted only that far, without the list of children childrenSize() builds
        }
        if (children < MIN_CARDS) {
            return false;
        }
        TextStats.Stats total = stats.of(e);
        // each card holds a link ({@link #isCard}): a list of fewer links holds too few cards
        if (total == null || total.chars == 0 || total.links < MIN_CARDS || hasHeaderRow(e) || LinkedContent.continuesSentence(e, stats) || IngredientList.is(e)) {
            return false;
        }
        // the cards of one build are among all cards: too few of them, or too little of the text, settles it
        java.util.List<Element> cards = null;
        int cardChars = 0;
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!child.normalName().equals("p") && isCard(child, stats)) {
                if (cards == null) {
                    cards = new java.util.ArrayList<>();
                }
                cards.add(child);
                cardChars += stats.of(child).chars;
            }
        }
        if (cards == null || cards.size() < MIN_CARDS || cardChars < MIN_CARDS_SHARE * total.chars) {
            return false;
        }
        Map<String, int[]> cardsBySignature = new HashMap<>();
        for (Element child : cards) {
            int[] agg = cardsBySignature.computeIfAbsent(child.normalName() + "." + child.className(), k -> new int[2]);
            agg[0]++;
            agg[1] += stats.of(child).chars;
        }
        for (int[] agg : cardsBySignature.values()) {
            if (agg[0] >= MIN_CARDS && agg[1] >= MIN_CARDS_SHARE * total.chars) {
                return !ListsOfTheText.isListOfTheText(e); // the text's sources, each linking to another site, or its summary are no teasers
            }
        }
        return false;
    }

    /**
     * True when the element is a table, or a table's body, whose first row is header cells: a data
     * table that names its columns, each row a record of them, not a card.
     */
    private static boolean hasHeaderRow(Element e) {
        String tag = e.normalName();
        if (!tag.equals("table") && !tag.equals("tbody")) {
            return false;
        }
        Element before = e.previousElementSibling();
        if (tag.equals("tbody") && before != null && before.normalName().equals("thead")) {
            return true;
        }
        Element row = e.firstElementChild();
        if (row != null && (row.normalName().equals("thead") || row.normalName().equals("tbody"))) {
            row = row.firstElementChild();
        }
        if (row == null || !row.normalName().equals("tr") || row.firstElementChild() == null) {
            return false;
        }
        for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            if (!cell.normalName().equals("th")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A short block with a link that is a teaser card: besides a leading link, a linked headline or
     * picture marks one (a teaser exists to link to its story; the numbered sections of a listicle
     * have headings and pictures of their own, unlinked). That mark is gathered for every element in
     * the measuring walk ({@link TextStats.Stats#linkedHeadingOrPicture}), since every candidate card
     * is asked.
     */
    private static boolean isCard(Element card, TextStats stats) {
        TextStats.Stats s = stats.of(card);
        if (s == null || s.links == 0 || s.chars == 0 || s.chars > MAX_CARD_CHARS) {
            return false;
        }
        if (s.linkedHeadingOrPicture) { // a linked headline or picture, found while measuring
            return true;
        }
        if (card.normalName().equals("tr") && isRecordRelatingLinks(card, stats)) {
            return false;
        }
        Element lead = leadingLink(card);
        // "<li><a>Deutschlandticket</a> kostet 63 Euro.</li>": a sentence that runs on through its opening link, no card
        return lead != null && !isLinkedLeadParagraph(card, s, lead) && !LinkedContent.isSentenceOpenedByLink(card);
    }

    /** Linked cells a table row needs to relate things rather than lead to a story. */
    static final int MIN_RELATED_LINK_CELLS = 2;

    /** Cells of a row looked at: a record is a few fields. */
    private static final int MAX_ROW_CELLS = 20;

    /** Letters in a row a cell's unlinked word needs: a field's value ("Kassenwart"), not a count or a score. */
    static final int MIN_FIELD_WORD_LETTERS = 3;

    /**
     * A table row that is a record: a cell of unlinked words beside its link ("<a>Hans Meier</a> |
     * Kassenwart", "<a>Pfarrhof</a> | zweigeschossiger Walmdachbau"), or two or more things linked in
     * cells of their own beside an unlinked cell ("<a>TSV Talheim</a> | – | <a>FC Au</a> | 3:0", a
     * match and its score). A teaser leads to one story, however many times it links it, and sets
     * beside it at most a number (its comments, its rank).
     */
    private static boolean isRecordRelatingLinks(Element row, TextStats stats) {
        int linkedCells = 0;
        boolean unlinkedText = false;
        int cells = 0;
        for (Element cell = row.firstElementChild(); cell != null && cells++ < MAX_ROW_CELLS; cell = cell.nextElementSibling()) {
            TextStats.Stats c = stats.of(cell);
            if (c == null || c.chars == 0) {
                continue;
            }
            if (c.links > 0) {
                linkedCells++;
            } else if (hasWord(cell.text())) {
                return true;
            } else {
                unlinkedText = true;
            }
        }
        return unlinkedText && linkedCells >= MIN_RELATED_LINK_CELLS;
    }

    /** True when the text holds a run of at least {@link #MIN_FIELD_WORD_LETTERS} letters. */
    private static boolean hasWord(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= MIN_FIELD_WORD_LETTERS) {
                return true;
            }
        }
        return false;
    }

    /**
     * "<b><a>Headline</a>.</b> A sentence that tells the news." as one paragraph: the item of a
     * round-up or a numbered list, read as prose. Typography tells it from a teaser card ("<a>Headline</a>
     * <span>Summary of the story...</span>"): the lead is closed by punctuation, as in running text,
     * where a card sets headline and summary apart by layout alone; all the text is one paragraph;
     * and it ends with a whole sentence, not an excerpt cut off with an ellipsis.
     */
    private static boolean isLinkedLeadParagraph(Element card, TextStats.Stats s, Element lead) {
        int unlinked = s.ownChars - s.ownLinkChars;
        if (s.ownChars != s.chars || unlinked < MIN_EXPLANATION_CHARS || s.ownLinkChars > MAX_LEAD_TO_EXPLANATION * unlinked) {
            return false;
        }
        String end = lastText(card);
        if (end.endsWith("...") || end.endsWith("…")) {
            return false;
        }
        String leadEnd = lastText(lead);
        char after = firstCharAfter(lead, card);
        boolean closed = (!leadEnd.isEmpty() && LEAD_CLOSERS.indexOf(leadEnd.charAt(leadEnd.length() - 1)) >= 0)
                || LEAD_CLOSERS.indexOf(after) >= 0;
        // a whole sentence; or a fact under a linked name and its colon, as a list of dates and places sets it
        // ("<a>Hollfeld</a>: 27. November bis 23. Dezember, Marktplatz"), which needs no full stop
        return closed && (TextStats.endsSentence(s.lastOwnChar) || after == LABEL_COLON);
    }

    /** The colon after a linked name that labels the fact following it. */
    private static final char LABEL_COLON = ':';

    /**
     * The last visible text under {@code e}, stripped, or "" when none is found within a few
     * steps: read backwards from the end, never the whole subtree (cards are asked at every level).
     */
    private static String lastText(Element e) {
        Node n = e;
        int steps = 0;
        while (steps++ < MAX_STEPS) { // each node, then its children last first: text nodes come in reverse order
            if (n instanceof TextNode t && !t.isBlank()) {
                return t.getWholeText().strip();
            }
            if (n.childNodeSize() > 0) {
                n = n.childNode(n.childNodeSize() - 1);
                continue;
            }
            while (n != e && n.previousSibling() == null && steps++ < MAX_STEPS) {
                n = n.parent();
            }
            if (n == e || n == null || n.previousSibling() == null) {
                return "";
            }
            n = n.previousSibling();
        }
        return "";
    }

    /** The card's first visible text when it sits inside a link (the teaser's headline): that link, else null. */
    private static Element leadingLink(Element card) {
        Node n = card;
        int steps = 0;
        while (n != null && steps++ < MAX_STEPS) {
            if (n instanceof TextNode t && !t.isBlank()) {
                for (Node p = t.parent(); p != null && p != card; p = p.parent()) {
                    if (p instanceof Element el && el.normalName().equals("a")) {
                        return el;
                    }
                }
                return null;
            }
            n = TreeWalk.next(n, card);
        }
        return null;
    }

    /** The first visible character after {@code e}'s subtree within {@code root}, or a space when there is none nearby. */
    private static char firstCharAfter(Element e, Element root) {
        Node n = e;
        int steps = 0;
        while (n != null && n != root && n.nextSibling() == null && steps++ < MAX_STEPS) {
            n = n.parent();
        }
        n = n == null || n == root ? null : n.nextSibling();
        while (n != null && steps++ < MAX_STEPS) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String text = t.getWholeText().strip();
                return text.isEmpty() ? ' ' : text.charAt(0);
            }
            n = TreeWalk.next(n, root);
        }
        return ' ';
    }

}
