package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.body.ContentPruner.MAX_LINK_DENSITY;
import static dev.newsdrop.extract.body.ContentPruner.isBoilerplateLine;
import static dev.newsdrop.extract.body.ContentPruner.words;

/**
 * Blocks that are mostly links and still the text's own, which {@link ContentPruner}'s link-density rule keeps: a
 * sentence running through its links or opened by one, a list of such sentences, a list a sentence introduces, a list
 * of described links, a wiki's own list, a table of records, a listing's item described in place, a quoted post, a
 * thread's short reply, a listicle's numbered heading.
 */
final class LinkedContent {

    /** A linked blockquote this long is a quoted post, kept whatever its links. */
    private static final int MIN_QUOTED_POST_CHARS = 40;

    /** Unlinked text this long beside the links of a block is a sentence of the article. */
    private static final int MIN_UNLINKED_SENTENCE_CHARS = 60;

    /**
     * Unlinked words at least this long open a paragraph whose link continues their sentence ("The
     * inquiry was shelved in 2017 but was <a>re-opened this year</a>."): the link is part of the prose.
     */
    private static final int MIN_SENTENCE_OPENING_CHARS = 20;

    /** Nodes walked inside a block of a quoted post when looking for a paragraph in it: an embed is short. */
    private static final int MAX_PARAGRAPH_SEARCH_NODES = 300;

    /** A list with at most this share of its text in links is a list of content (ingredients, facts) that links a word here and there. */
    private static final double MAX_CONTENT_LIST_LINK_DENSITY = 0.3;

    /** Records in this share of a table's rows make it a table of records. */
    private static final double MIN_RECORD_ROWS_SHARE = 0.75;

    /** Lists and tables, which a sentence ending in a colon may introduce. */
    private static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl", "table");

    /** A paragraph introducing a list is a sentence: at least this long. */
    private static final int MIN_INTRODUCING_SENTENCE_CHARS = 40;

    /**
     * A listicle's numbered heading whose name links to the place or thing ("2. <a>Montepulciano</a>",
     * "#3 <a>Hotel Adler</a>"): the number, unlinked, says the heading counts the article's items; a
     * teaser's headline is linked whole.
     */
    static boolean isNumberedHeading(Element e) {
        if (!Blocks.isHeading(e) || e.normalName().equals("h1")) {
            return false;
        }
        Node first = e.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        return first instanceof TextNode t && NUMBERED_HEADING.matcher(t.text()).lookingAt();
    }

    /** Siblings looked at after a linked heading for the prose it heads: an item's place or date may come first. */
    private static final int MAX_HEADED_SIBLINGS = 3;

    /**
     * A heading linked whole over unlinked prose of its own, in the same block: an item of a
     * listing described in place (an event and what happens at it, a product and the verdict on
     * it), whose name links to its page. The walk reaches the heading only when its block was kept
     * as content, and then the heading names what the kept sentences describe. A teaser card's
     * summary is cut with its card, or links with its headline; a heading of a link list heads
     * links, not prose. The next heading ends the search: its prose is its own.
     */
    static boolean isHeadingOverProse(Element e, TextStats stats) {
        if (!Blocks.isHeading(e) || e.normalName().equals("h1")) {
            return false;
        }
        int steps = 0;
        for (Element x = e.nextElementSibling(); x != null && steps++ < MAX_HEADED_SIBLINGS; x = x.nextElementSibling()) {
            if (Blocks.isHeading(x)) {
                return false;
            }
            TextStats.Stats xs = stats.of(x);
            if (xs != null && xs.proseChars >= TextStats.SENTENCE_CHARS && xs.linkDensity() <= MAX_CONTENT_LIST_LINK_DENSITY) {
                return true;
            }
        }
        return false;
    }

    /** The count that opens a numbered heading: "1.", "2)", "#3", "Nr. 4", "4 -", "5:" then a space or the end. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\s*(?:#|nr\\.\\s?|no\\.\\s?)?\\d{1,3}\\s?[.):\\-–]?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);

    /** Siblings looked at on each side of a block for the posts of its series: a page of a thread holds a few dozen. */
    private static final int MAX_SERIES_SIBLINGS = 12;

    /**
     * A short post of a thread or a comment-like series (a forum's reply, "Thanks, that worked!"): a
     * block with a sentence of unlinked prose whose link density comes from its furniture (the
     * subject line linked to the post, the poster's name), among siblings built alike (same tag, same
     * first class: boards alternate a second class row by row, "bg1"/"bg2") of which one is kept by
     * the link rule: a longer post of the same thread, whose furniture is the same. A list of teaser
     * cards has no such sibling: every card is mostly links.
     */
    static boolean isShortReply(Element e, TextStats.Stats s, TextStats stats) {
        if (s.proseChars < TextStats.SENTENCE_CHARS || TextStats.isStructuredItem(e)) {
            return false;
        }
        String cls = e.className();
        int space = cls.indexOf(' ');
        String first = space < 0 ? cls : cls.substring(0, space);
        if (first.isEmpty()) {
            return false;
        }
        return hasKeptAlike(e, first, stats, true) || hasKeptAlike(e, first, stats, false);
    }

    private static boolean hasKeptAlike(Element e, String firstClass, TextStats stats, boolean before) {
        int steps = 0;
        for (Element x = before ? e.previousElementSibling() : e.nextElementSibling(); x != null && steps++ < MAX_SERIES_SIBLINGS;
             x = before ? x.previousElementSibling() : x.nextElementSibling()) {
            if (!x.normalName().equals(e.normalName()) || !x.className().startsWith(firstClass)) {
                continue;
            }
            String cls = x.className();
            if (cls.length() > firstClass.length() && cls.charAt(firstClass.length()) != ' ') {
                continue;
            }
            TextStats.Stats xs = stats.of(x);
            if (xs != null && xs.proseChars >= TextStats.PROSE_CHARS && xs.linkDensity() <= MAX_LINK_DENSITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation with links that belongs to the article: an embedded post (tweet, Instagram) or a
     * quote, which sites mark up as a blockquote full of links to the quoted account. It is kept, and
     * so are its paragraphs and the blocks that wrap them ({@link #holdsParagraph}), whatever their links and however
     * short: the post's words (a tweet of a hashtag, a mention and a link) and its attribution line
     * ("— Name (@handle) May 6, 2024", "A post shared by Name (@handle)") are what the article
     * quotes, with the same standing as the text of any quotation. A block of the post with unlinked
     * words of its own is its text too (TikTok sets the caption between its links in a
     * {@code <section>}). The embed's chrome in blocks of its own, all link (a "View this post on
     * Instagram" link over a picture), is judged as any block is.
     */
    static boolean isQuotedPost(Element e, TextStats.Stats s) {
        return e.normalName().equals("blockquote") && s.chars >= MIN_QUOTED_POST_CHARS;
    }

    /**
     * True when the block is a paragraph or wraps one within its first nodes: inside a quoted post,
     * its text (the embed codes set the post's words and the attribution line in {@code <p>}s, in
     * a wrapper {@code <div>} or two). The embed's chrome is links around pictures and labels.
     */
    static boolean holdsParagraph(Element e) {
        return TreeWalk.holdsElement(e, "p", MAX_PARAGRAPH_SEARCH_NODES);
    }

    /**
     * An item of a list, a definition list or a table that has unlinked text beside its links, in a
     * list of content: a linked ingredient ("1 kg <a>Rhabarber</a>") among unlinked ones, an episode
     * and its number ("<a>Title</a> (1×04)") in a list a sentence introduces, a round-up's linked
     * headline followed by a sentence, a table row naming a linked person and what they are (a record). The walk reaches an item only when its
     * list was kept. A list of related stories links every item, so its items are still judged alone.
     */
    static boolean isAnnotatedItem(Element e, TextStats.Stats s, TextStats stats) {
        if (s.linkChars >= s.chars || !TextStats.isStructuredItem(e) || e.parent() == null) {
            return false;
        }
        if (e.normalName().equals("tr")) {
            return true; // a table's row with text beside its links: a record
        }
        if (s.chars - s.linkChars >= TextStats.SENTENCE_CHARS && s.ownChars > 0 && TextStats.endsSentence(s.lastOwnChar)) {
            return true; // "<a>Headline</a>. A sentence on it.": a round-up's item that ends as prose
        }
        TextStats.Stats list = stats.of(e.parent());
        return list != null && (list.linkDensity() <= MAX_CONTENT_LIST_LINK_DENSITY || continuesSentence(e.parent(), stats))
                || isItemOfDescribedLinks(e);
    }

    /** The class of MediaWiki's container of the parsed wikitext (Wikipedia, Fandom, any MediaWiki wiki). */
    private static final String WIKI_TEXT_CLASS = "mw-parser-output";

    /**
     * A list ({@code ul}, {@code ol}) set directly in MediaWiki's container of the parsed wikitext: a list the article's
     * editors wrote ("Typische Sorten": a linked name per item, the sorts, works, members or places the section lists),
     * its links the wiki's cross-references to the entries' own pages, not navigation. The wiki's apparatus sets its
     * lists deeper, each in its own box: the table of contents ({@code div.toc}), the references ({@code div.reflist},
     * {@code div.mw-references-wrap}), the navboxes (tables), the categories (outside the container).
     */
    static boolean isWikiTextList(Element e) {
        if (!e.nameIs("ul") && !e.nameIs("ol")) {
            return false;
        }
        Element parent = e.parent();
        return parent != null && parent.nameIs("div") && parent.hasClass(WIKI_TEXT_CLASS);
    }

    /**
     * A described link's description has at least this many words on the list's average ("find a local group or a
     * course"), and each at least {@link #MIN_SHORT_DESCRIPTION_WORDS}: a wiki's list of characters gives a short role
     * beside a longer one ("<a>Graf Ulrich</a> – der Burgherr", "<a>Bruder Anselm</a> – Heiler und Händler für Tränke").
     */
    private static final int MIN_LINK_DESCRIPTION_WORDS = 3;

    /** The shortest description an item of a described list may have: a role of two words ("der Burgherr"). */
    private static final int MIN_SHORT_DESCRIPTION_WORDS = 2;

    /** Items of a list read to see that each describes its link: a list of resources is a few dozen. */
    private static final int MAX_DESCRIBED_LIST_ITEMS = 50;

    /** Marks that set a link's description off after it: a colon, a dash. */
    private static final String DESCRIPTION_MARKS = ":–—-";

    /**
     * An item of a list of described links, every item (two or more) a link followed by a colon or a
     * dash and a description of a few words ("<a>National Hedgelaying Society</a>: find a local
     * group or a course"): the writer's list of resources, show notes' links, a reading list. Its
     * items are built alike and kept or cut alike; judged one by one, the item whose name ran longer
     * than its description went and its sibling stayed. A list of related stories names each story
     * alone, or beside a date or a count of a word or two.
     */
    private static boolean isItemOfDescribedLinks(Element e) {
        return e.normalName().equals("li") && e.parent() != null && isDescribedLinkList(e.parent());
    }

    /** True when the element is a list ({@code ul}, {@code ol}) of described links ({@link #isItemOfDescribedLinks}). */
    static boolean isDescribedLinkList(Element list) {
        if (!list.normalName().equals("ul") && !list.normalName().equals("ol")) {
            return false;
        }
        int items = 0;
        int words = 0;
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            int described;
            if (++items > MAX_DESCRIBED_LIST_ITEMS || !li.normalName().equals("li")
                    || (described = descriptionWords(li)) < MIN_SHORT_DESCRIPTION_WORDS) {
                return false;
            }
            words += described;
        }
        return items >= 2 && words >= MIN_LINK_DESCRIPTION_WORDS * items;
    }

    /**
     * The words of the description after the link an item opens with, set off by a description mark; 0 when the item
     * does not open with a link so described.
     */
    private static int descriptionWords(Element li) {
        Node first = li.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        if (!(first instanceof Element a) || !a.nameIs("a")) {
            return 0;
        }
        StringBuilder rest = new StringBuilder();
        for (Node n = a.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Element el && el.nameIs("a")) {
                return 0; // a second link: a line of links, not a described one
            }
            rest.append(n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "");
        }
        String description = rest.toString().strip();
        if (description.isEmpty() || DESCRIPTION_MARKS.indexOf(description.charAt(0)) < 0) {
            return 0;
        }
        String words = description.substring(1).strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    /**
     * A table, or a part of it, whose rows are records: at least {@link #MIN_RECORD_ROWS_SHARE} of its
     * rows hold a cell of text with no link, or are mostly unlinked text (an ingredient's amount beside its
     * linked name, a date beside its linked event). Data, not navigation, however many of its words
     * are links.
     */
    static boolean isTableOfRecords(Element e, TextStats stats) {
        String tag = e.normalName();
        if (!tag.equals("table") && !tag.equals("tbody") && !tag.equals("thead") && !tag.equals("tfoot")) {
            return false;
        }
        int[] rows = new int[2]; // rows, records
        countRecords(e, stats, rows);
        for (Element part = e.firstElementChild(); part != null && tag.equals("table"); part = part.nextElementSibling()) {
            String name = part.normalName();
            if (name.equals("tbody") || name.equals("thead") || name.equals("tfoot")) {
                countRecords(part, stats, rows);
            }
        }
        return rows[0] > 0 && rows[1] >= MIN_RECORD_ROWS_SHARE * rows[0];
    }

    private static void countRecords(Element part, TextStats stats, int[] rows) {
        for (Element row = part.firstElementChild(); row != null; row = row.nextElementSibling()) {
            TextStats.Stats r = stats.of(row);
            if (row.normalName().equals("tr") && r != null && r.chars > 0) {
                rows[0]++;
                if (r.record || r.linkChars * 2 <= r.chars) { // a cell of text beside its links, or mostly unlinked
                    rows[1]++;
                }
            }
        }
    }


    /**
     * A list or table that continues the sentence before it: a paragraph of prose ending in a colon
     * ("Holt erscheint unter anderem in:") introduces it, and a list so introduced is read as part of
     * the text, links and all. Link lists under a short label ("Lesen Sie auch:") are not: the label
     * is no sentence of prose, and is boilerplate besides.
     */
    static boolean continuesSentence(Element e, TextStats stats) {
        if (!LIST_TAGS.contains(e.normalName())) {
            return false;
        }
        Element before = e.previousElementSibling();
        TextStats.Stats b = before == null ? null : stats.of(before);
        return b != null && b.block && b.lastOwnChar == ':' && b.ownChars >= MIN_INTRODUCING_SENTENCE_CHARS
                && b.ownChars == b.chars && b.ownLinkChars == 0 && !Blocks.isHeading(before)
                && !isBoilerplateLine(before, null);
    }

    /**
     * An item of a list that continues the sentence before it ({@link #continuesSentence}): "Folgende
     * Haltestellen werden neu angefahren:" and a list of linked stop names is one statement, each item
     * a part of it however wholly it is linked.
     */
    static boolean isItemOfIntroducedList(Element e, TextStats stats) {
        return e.normalName().equals("li") && e.parent() != null && continuesSentence(e.parent(), stats);
    }

    /** "<b><a>Headline</a>.</b> A sentence that explains it." in a round-up list: prose with a linked lead. */
    static boolean hasSentenceBesideLinks(TextStats.Stats s) {
        return s.chars - s.linkChars >= MIN_UNLINKED_SENTENCE_CHARS && s.ownChars > 0 && TextStats.endsSentence(s.lastOwnChar);
    }

    /** Unlinked words after the link a sentence opens with are at least this long: a predicate, not a date or a count. */
    private static final int MIN_PREDICATE_CHARS = 10;

    /** The link a sentence opens with is a short run of its words (a name, a noun phrase and its verb), not a clause of its own. */
    private static final int MAX_SUBJECT_LINK_WORDS = 6;

    /**
     * A paragraph or list item that is one sentence opened by a link: the linked words are its first few
     * ({@link #MAX_SUBJECT_LINK_WORDS}), a name or its subject, and its words carry on after the link in lower
     * case to the sentence's end ("<a>Deutschlandticket</a> kostet 63 Euro.", "<a>The Post and Courier newspaper
     * reported</a> on the closing argument:"). A teaser sets a summary beside its linked headline as a sentence
     * of its own, opening with a capital; a related link stands alone or beside a date; a call to action is
     * a linked clause ("<a>Follow our page on Facebook</a> to stay up to date.").
     */
    static boolean isSentenceOpenedByLink(Element e) {
        if (!e.nameIs("p") && !e.nameIs("li")) {
            return false;
        }
        Node first = e.firstChild();
        while (first instanceof TextNode t && t.isBlank()) {
            first = first.nextSibling();
        }
        if (!(first instanceof Element a) || !a.nameIs("a") || !(a.nextSibling() instanceof TextNode rest) || rest.nextSibling() != null) {
            return false; // one link and the unlinked rest of the sentence, nothing more
        }
        if (words(a.text()) > MAX_SUBJECT_LINK_WORDS) {
            return false;
        }
        String words = rest.text().strip();
        if (words.length() < MIN_PREDICATE_CHARS || !Character.isLowerCase(words.charAt(0)) || !Character.isWhitespace(rest.getWholeText().charAt(0))) {
            return false;
        }
        return TextStats.endsSentence(words.charAt(words.length() - 1));
    }

    /** Items of a list looked at: a list of the text's statements is a few dozen at most. */
    private static final int MAX_SENTENCE_LIST_ITEMS = 40;

    /**
     * A list ({@code ul}, {@code ol}) of two or more items, each a sentence: opened by a link
     * ({@link #isSentenceOpenedByLink}) or mostly unlinked words, ending like a sentence. "Das ändert
     * sich" and its items "<a>Deutschlandticket</a> kostet 63 Euro." is the text's list however many
     * of its words are linked; a list of related stories is headlines, none ending in a full stop.
     */
    static boolean isListOfSentences(Element list, TextStats stats) {
        if (!list.nameIs("ul") && !list.nameIs("ol")) {
            return false;
        }
        int items = 0;
        boolean opened = false;
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            TextStats.Stats s = stats.of(li);
            if (++items > MAX_SENTENCE_LIST_ITEMS || !li.nameIs("li") || s == null || s.chars == 0 || !TextStats.endsSentence(s.lastOwnChar)) {
                return false;
            }
            boolean byLink = isSentenceOpenedByLink(li);
            opened |= byLink;
            if (!byLink && s.linkDensity() > MAX_LINK_DENSITY) {
                return false;
            }
        }
        return opened && items >= 2;
    }

    /**
     * A paragraph that is one sentence with its links inside: it opens with unlinked words that run
     * on into a link (not a label ending in a colon or a separator, as "Read more: <a>…</a>" and
     * link lines do) and closes after the last link with unlinked text ending the sentence. A link
     * list is links and separators; a sentence's words carry on through its links.
     */
    static boolean isSentenceAroundLinks(Element e) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        Node first = null;
        Node last = null;
        for (Node n = e.firstChild(); n != null; n = n.nextSibling()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                if (first == null) {
                    first = n;
                }
                last = n;
            }
        }
        if (!(first instanceof TextNode opening) || !(last instanceof TextNode closing) || first == last) {
            return false;
        }
        String open = opening.text().strip();
        String close = closing.text().strip();
        if (open.length() < MIN_SENTENCE_OPENING_CHARS || close.isEmpty() || !Character.isLetterOrDigit(open.charAt(open.length() - 1))
                && open.charAt(open.length() - 1) != ',') {
            return false; // "Read more:", "Topics |": a label before links
        }
        char end = close.charAt(close.length() - 1);
        return end != ':' && TextStats.endsSentence(end);
    }}
