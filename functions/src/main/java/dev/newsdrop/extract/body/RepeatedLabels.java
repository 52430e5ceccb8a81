package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short label a template sets again and again between the paragraphs of a text: "Article content" after each ad
 * slot, "Story continues below", "Continua após a publicidade", "広告の後にも続きます". A writer does not repeat a line
 * of a few words verbatim between paragraphs; a template does, at each slot it fills. The label is told by its
 * repetition alone, so it is found in any language with no word list: a block of a few words, unlinked, not a
 * sentence (no closing mark), not a heading, a line under one (a card's field), a list's item, a cell, a field ("Eintritt: frei") or a line with emphasis (a speaker's name in a
 * transcript, a review's "Pros" over its list), set in a box of its own (a {@code div}, not the writer's paragraph) at least {@link #MIN_REPEATS} times in the container.
 *
 * <p>Gathered during the pruning walk ({@link ContentPruner#prune}) from the short blocks it reads anyway, so the
 * page is not walked again; the labels found are marked with the walk's other cuts.
 */
final class RepeatedLabels {

    /** A label is a few words: no longer than this. */
    static final int MAX_LABEL_CHARS = 40;

    /** ...and at least this long: a letter or two ("Q", "A") is an interview's marker, not a template's. */
    static final int MIN_LABEL_CHARS = 4;

    /** ...of at most this many words. */
    static final int MAX_LABEL_WORDS = 5;

    /** A label set this many times in the text is the template's. */
    static final int MIN_REPEATS = 2;

    /** Tags whose short text is the text's structure (a heading, an item, a cell, a caption, a quotation), not a slot's label. */
    private static final Set<String> STRUCTURE_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th",
            "caption", "figcaption", "blockquote", "pre", "summary", "legend", "address", "tr", "thead", "tfoot", "table", "label");

    /**
     * The paragraph: the writer's own lines are set in it, and a short one repeated is the writer's (a meal plan naming the
     * same product each day); a template sets its label in a box of its own ({@code div}, {@code span}).
     */
    private static final String PARAGRAPH = "p";

    /** Emphasis: a line set in it alone is the writer's (a speaker's name, a subhead), not the template's. */
    private static final Set<String> EMPHASIS_TAGS = Set.of("strong", "b", "em", "i", "u", "mark");

    /** Lists and tables: a short line over one is their heading ("Pros" over a review's list). */
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "table");

    /** The marks that close a sentence or introduce what follows: a line ending in one is no label. */
    private static final String CLOSING_MARKS = ".!?:;…。！？：；,،؟";

    /** A colon inside the line parts a field's label from its value ("Eintritt: frei"): a listing's line, not a slot's label. */
    private static final String FIELD_MARKS = ":：";

    private final Map<String, List<Element>> byText = new HashMap<>();

    /** Notes a block of the container whose text is read: kept when it may be a label. */
    void offer(Element e, TextStats.Stats s, String text) {
        if (s.chars > MAX_LABEL_CHARS || s.chars < MIN_LABEL_CHARS || s.linkChars > 0 || s.heading
                || STRUCTURE_TAGS.contains(e.normalName()) || e.normalName().equals(PARAGRAPH)) {
            return;
        }
        String t = text.strip();
        if (!isLabelText(t) || holdsWritersMarkup(e) || insideStructure(e) || overList(e) || underHeading(e)) {
            return;
        }
        List<Element> seen = byText.computeIfAbsent(t, k -> new ArrayList<>(2));
        if (!seen.isEmpty() && isInside(e, seen.get(seen.size() - 1))) {
            seen.set(seen.size() - 1, e); // the same label's inner block: one label, not two
        } else {
            seen.add(e);
        }
    }

    /** Marks every label set at least {@link #MIN_REPEATS} times. */
    void markRepeated(Removals removals) {
        for (List<Element> seen : byText.values()) {
            if (seen.size() >= MIN_REPEATS) {
                seen.forEach(removals::mark);
            }
        }
    }

    /** A few words with a letter, no digit or field's colon, not closed by a sentence's mark. */
    static boolean isLabelText(String t) {
        if (t.length() < MIN_LABEL_CHARS || t.length() > MAX_LABEL_CHARS) {
            return false;
        }
        if (CLOSING_MARKS.indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        boolean letter = false;
        int words = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) || FIELD_MARKS.indexOf(c) >= 0) {
                return false;
            }
            letter |= Character.isLetter(c);
            if (c == ' ' && i > 0 && t.charAt(i - 1) != ' ') {
                words++;
            }
        }
        return letter && words <= MAX_LABEL_WORDS;
    }

    /**
     * True when the block holds the writer's markup: a heading, an item, a cell or a paragraph inside it (a review's "<div><h3>The
     * Good</h3></div>", a table's repeated header row), or emphasis, whole ("<p><strong>Jane Roe</strong></p>", a speaker's
     * name) or in part ("<strong>Eintritt:</strong> frei", a listing's field). The block is short: its few elements are read.
     */
    private static boolean holdsWritersMarkup(Element e) {
        for (Element d : e.getAllElements()) {
            String tag = d.normalName();
            if (d != e && (EMPHASIS_TAGS.contains(tag) || STRUCTURE_TAGS.contains(tag) || tag.equals(PARAGRAPH))) {
                return true;
            }
        }
        return false;
    }

    /** Ancestors asked for a structure around the block: a label's wrappers are few. */
    private static final int MAX_ANCESTORS = 3;

    private static boolean insideStructure(Element e) {
        Element p = e.parent();
        for (int i = 0; i < MAX_ANCESTORS && p != null; i++, p = p.parent()) {
            if (STRUCTURE_TAGS.contains(p.normalName()) || p.normalName().equals(PARAGRAPH)) {
                return true;
            }
        }
        return false;
    }

    /** True when the next element beside the block is a list or table, which the short line then heads. */
    private static boolean overList(Element e) {
        Element next = e.nextElementSibling();
        return next != null && LIST_TAGS.contains(next.normalName());
    }

    /** Headings: a short line right under one is the item's field (a venue, a verdict's label), part of what the heading heads. */
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * True when the block, or a wrapper it is the only element of, comes right after a heading: "<h3>Choir concert</h3><div>Riverside
     * Community Center</div>", "<h2>Kestrel Paper 6</h2><div>Our verdict</div>" set a field of each card the heading names. A
     * template's label sits between the paragraphs of the text, not under its headings.
     */
    private static boolean underHeading(Element e) {
        Element x = e;
        for (int i = 0; i <= MAX_ANCESTORS && x != null; i++) {
            Element prev = x.previousElementSibling();
            if (prev != null) {
                return HEADING_TAGS.contains(prev.normalName());
            }
            Element parent = x.parent();
            if (parent == null || parent.childrenSize() != 1) {
                return false;
            }
            x = parent;
        }
        return false;
    }

    /** True when {@code inner} sits under {@code outer} within a few levels. */
    private static boolean isInside(Element inner, Element outer) {
        Element p = inner.parent();
        for (int i = 0; i < MAX_ANCESTORS && p != null; i++, p = p.parent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }
}
