package dev.newsdrop.extract.source;

import dev.newsdrop.extract.text.BoundedText;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a web archive or a search engine's cache sets before a copy of someone else's page: the Wayback Machine's
 * toolbar (between its "BEGIN WAYBACK TOOLBAR INSERT" and "END WAYBACK TOOLBAR INSERT" comments, or in its
 * {@code wm-ipp} elements), and a cache's banner ("This is Google's cache of … It is a snapshot of the page as it
 * appeared on 5 Mar 2010 02:17:44 GMT"). Its words, its capture count and its capture date are the archive's, never
 * the article's text, author or day, so they leave the page before anything reads it. Both stand at the head of the
 * body, where the archive puts them: only the body's first few nodes are read, and a page that is no copy costs a
 * handful of node visits.
 *
 * <p>The address of a copy is the archive's too: a Wayback-scheme address ("/web/20091015083412/http://…", as
 * OpenWayback and pywb serve captures for the Internet Archive and national libraries) names the capture's time, and
 * the archived page's own address follows it ({@link dev.newsdrop.extract.meta.WebAddress#archivedAddress}).
 */
public final class CopyFurniture {

    private CopyFurniture() {
    }

    /** The comments the Wayback Machine writes around the toolbar it inserts after the {@code <body>} tag. */
    private static final String WAYBACK_INSERT_BEGIN = "BEGIN WAYBACK TOOLBAR INSERT";
    private static final String WAYBACK_INSERT_END = "END WAYBACK TOOLBAR INSERT";

    /** The ids of the Wayback Machine's toolbar elements, which stand without the comments in some captures. */
    private static final List<String> WAYBACK_TOOLBAR_IDS = List.of("wm-ipp-base", "wm-ipp", "wm-ipp-inside");

    /**
     * Words of a cache's banner, case folded: Google's "This is Google's cache of URL. It is a snapshot of the page as
     * it appeared on …", the other engines' "cached copy"/"cached version of", archive.today's "webpage capture" header.
     */
    private static final List<String> CACHE_BANNER_WORDS = List.of(
            "'s cache of ", "’s cache of ", "snapshot of the page as it appeared", "cached copy of ", "cached version of ",
            "webpage capture");

    /** {@link #CACHE_BANNER_WORDS} as {@link #openingKey} reads them: blanks left out. */
    private static final List<String> CACHE_BANNER_KEYS = CACHE_BANNER_WORDS.stream().map(CopyFurniture::key).toList();

    /** A banner is a few lines: an element longer than this is the page itself. */
    private static final int MAX_BANNER_CHARS = 1200;

    /**
     * The characters of its text nodes, blanks included, past which an element is no banner whatever its shown text:
     * markup indented generously still holds a banner's few lines well within it.
     */
    private static final int MAX_BANNER_RAW_CHARS = 8 * MAX_BANNER_CHARS;

    /**
     * A banner's words open it: they are sought in its first this many characters, so a short article standing first in
     * the body that quotes them further down (a story about web archives) is no banner.
     */
    private static final int BANNER_WORDS_REACH = 120;

    /** What a banner never holds: the page's headline. */
    private static final String HEADLINES = "h1, h2";

    /** Body nodes read for the furniture: the archive's insert opens the body, after blanks and scripts. */
    private static final int MAX_HEAD_NODES = 12;

    /** Removes an archive's toolbar and a cache's banner from the head of the body. */
    public static void remove(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return;
        }
        List<Node> furniture = new ArrayList<>();
        boolean inInsert = false;
        int read = 0;
        for (Node n : body.childNodes()) {
            if (++read > MAX_HEAD_NODES && !inInsert) {
                break;
            }
            if (n instanceof Comment c) {
                String data = c.getData();
                if (data.contains(WAYBACK_INSERT_BEGIN)) {
                    inInsert = true;
                } else if (data.contains(WAYBACK_INSERT_END)) {
                    inInsert = false;
                    read = 0; // the page's own nodes start here
                }
                continue;
            }
            if (inInsert || n instanceof Element e && (WAYBACK_TOOLBAR_IDS.contains(e.id()) || isCacheBanner(e))) {
                furniture.add(n);
            }
        }
        furniture.forEach(Node::remove);
    }

    /**
     * A short element at the head of the body that opens speaking of the copy in a cache's words ({@link
     * #CACHE_BANNER_WORDS}) and holds no headline.
     */
    private static boolean isCacheBanner(Element e) {
        if (e.nameIs("script") || e.nameIs("style")) {
            return false;
        }
        String opening = openingKey(e);
        if (CACHE_BANNER_KEYS.stream().noneMatch(opening::contains)) {
            return false; // no banner's words open it: refused without reading the rest of it
        }
        if (!BoundedText.holdsAtMost(e, MAX_BANNER_RAW_CHARS)) {
            return false; // the wrapper of the whole page, as most bodies open with: refused without building its text
        }
        String text = e.text();
        if (text.length() > MAX_BANNER_CHARS) {
            return false;
        }
        String folded = text.substring(0, Math.min(text.length(), BANNER_WORDS_REACH)).toLowerCase(Locale.ROOT);
        for (String words : CACHE_BANNER_WORDS) {
            if (folded.contains(words)) {
                return e.selectFirst(HEADLINES) == null;
            }
        }
        return false;
    }

    /**
     * The first {@link #BANNER_WORDS_REACH} characters of the element's text nodes that are no blank, ASCII letters in
     * lower case ({@link #key}), read node by node and no further. Its shown text ({@link Element#text()}) is the same
     * text nodes in the same order with blanks gathered or added, so banner words within that text's first {@link
     * #BANNER_WORDS_REACH} characters stand, keyed, within this opening: an element whose opening holds none of {@link
     * #CACHE_BANNER_KEYS} is no banner, and a page's wrapper is refused after a line or two of its text.
     */
    static String openingKey(Element e) {
        StringBuilder out = new StringBuilder(BANNER_WORDS_REACH);
        Node node = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (node != null && out.length() < BANNER_WORDS_REACH) {
            if (node instanceof TextNode t) {
                keyInto(t.getWholeText(), out, BANNER_WORDS_REACH);
            }
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                continue;
            }
            while (node != null && node != e && node.nextSibling() == null) {
                node = node.parent();
            }
            node = node == null || node == e ? null : node.nextSibling();
        }
        return out.toString();
    }

    /** {@code text} with its blanks left out and its ASCII letters in lower case, as {@link #openingKey} reads text. */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        keyInto(text, out, Integer.MAX_VALUE);
        return out.toString();
    }

    private static void keyInto(String text, StringBuilder out, int maxChars) {
        for (int i = 0; i < text.length() && out.length() < maxChars; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
    }
}
