package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a live page (a live blog, a ticker, an "online" report of a session): a run of
 * sibling blocks, each opening with the time of day it was written and holding a sentence of prose.
 * They are the page's text in any language, whatever their class names say: a ticker is named
 * "online" in Russian and Polish newsrooms ("online-item", "онлайн-трансляция"), a word that
 * elsewhere names a forum's "who is online" box. A list of dated links to other stories
 * ("related", "latest news") is links, not prose, and stays furniture.
 * Asked only of blocks the noise rules would cut for a weak boilerplate word in their name.
 */
final class LiveEntries {

    /**
     * A time of day as live pages print it over an entry: hours and minutes with a colon or a dot
     * ("13:40", "9.05"), or French "14h05"; a run of digits beside it is not a time ("113:40", "13:405").
     */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)(?:[01]?\\d|2[0-3])[:.h][0-5]\\d(?!\\d)");

    /** Nodes walked to an entry's first words: its time opens it. */
    private static final int MAX_OPENING_NODES = 12;

    /** The time opens the entry within this many characters of its first text ("Update 13:40", "Сегодня, 13:40"). */
    private static final int MAX_TIME_OFFSET = 12;

    /** An entry has at most this share of its text in links: a list of dated headlines is links through and through. */
    private static final double MAX_ENTRY_LINK_SHARE = 0.25;

    /** Children of a feed looked at for its entries. */
    private static final int MAX_FEED_CHILDREN = 8;

    /** Entries side by side that make a live feed: one dated paragraph is a dateline, not a ticker. */
    private static final int MIN_ENTRIES = 2;

    private LiveEntries() {
    }

    /**
     * True when the element is an entry of a live page: it opens with a time of day, holds a sentence of
     * prose with few links, and a sibling beside it of the same tag does too.
     */
    static boolean isEntry(Element e, TextStats before) {
        if (!opensEntry(e, before)) {
            return false;
        }
        Element previous = e.previousElementSibling();
        Element next = e.nextElementSibling();
        return (previous != null && previous.normalName().equals(e.normalName()) && opensEntry(previous, before))
                || (next != null && next.normalName().equals(e.normalName()) && opensEntry(next, before));
    }

    /** True when at least {@link #MIN_ENTRIES} of the element's first children are entries: the feed around a live page's entries. */
    static boolean isFeed(Element e, TextStats before) {
        int entries = 0;
        int seen = 0;
        for (Element child = e.firstElementChild(); child != null && seen++ < MAX_FEED_CHILDREN; child = child.nextElementSibling()) {
            if (opensEntry(child, before) && ++entries >= MIN_ENTRIES) {
                return true;
            }
        }
        return false;
    }

    /** True when the block holds a sentence of prose, few links, and opens with a time of day. */
    private static boolean opensEntry(Element e, TextStats before) {
        TextStats.Stats s = before.of(e);
        if (s == null || s.proseChars < TextStats.SENTENCE_CHARS || s.linkChars > MAX_ENTRY_LINK_SHARE * s.chars) {
            return false;
        }
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_OPENING_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String text = t.text().strip();
                Matcher m = TIME_OF_DAY.matcher(text);
                return m.find() && m.start() <= MAX_TIME_OFFSET;
            }
        }
        return false;
    }
}
