package dev.newsdrop.extract.body;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.Set;

/** Which elements start a new paragraph of text, as a reader sees the page. */
final class Blocks {

    /** Elements rendered as blocks: text on either side of them belongs to different paragraphs. */
    static final Set<String> BLOCK_TAGS = lookup(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "caption", "header", "footer", "aside",
            "nav", "address", "hr", "center", "details", "summary", "form", "fieldset", "tbody", "thead", "tfoot",
            "body", "html", "br", "picture", "video", "audio", "iframe", "noscript", "legend", "hgroup", "menu");

    /** From CJK radicals through Hangul syllables: ideographs, kana, Hangul, CJK punctuation. */
    static final char FIRST_CJK = '\u2E80';
    static final char LAST_CJK = '\uD7AF';

    /**
     * The one character from {@link #FIRST_CJK} to {@link #LAST_CJK} that {@link Character#isWhitespace}
     * calls a blank: tested by itself instead of asking the character's type of every ideograph.
     */
    static final char IDEOGRAPHIC_SPACE = '\u3000';

    /**
     * The first character above ASCII that {@link Character#isWhitespace} calls a blank (the Ogham space
     * mark): Latin, Greek, Cyrillic, Hebrew, Arabic and Indic letters, all below it, are told apart
     * from blanks without its lookup.
     */
    static final char FIRST_NON_ASCII_BLANK = '\u1680';

    /** The last character {@link Character#isWhitespace} calls a blank: the ideographic space. */
    static final char LAST_BLANK = IDEOGRAPHIC_SPACE;

    /**
     * {@link Character#isWhitespace}, asked of the table only between {@link #FIRST_NON_ASCII_BLANK} and
     * {@link #LAST_BLANK} outside the CJK characters (the spaces of typesetting, the line and paragraph
     * separators): most characters of any script are answered by their code alone.
     */
    static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return isAsciiWhitespace(c);
        }
        if (c < FIRST_NON_ASCII_BLANK || c > LAST_BLANK) {
            return false;
        }
        return c == IDEOGRAPHIC_SPACE || (c < FIRST_CJK && Character.isWhitespace(c));
    }

    /** How many Latin characters one CJK character counts as. */
    private static final int CJK_WEIGHT = 2;

    private Blocks() {
    }

    /**
     * A set of the given words for lookups asked of every element: a hash set answers a tag name
     * about twice as fast as {@code Set.of}'s probing. Unmodifiable, as {@code Set.of} is.
     */
    static Set<String> lookup(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.List.of(words)));
    }

    /**
     * The attribute's value, or "" when absent: {@code e.attr(key)} for the lower-case keys the HTML
     * parser writes, by an exact-key lookup instead of a case-insensitive one, for walks that ask
     * every element. An element without attributes is answered at once, and one with some by one
     * pass over their keys, without first counting them ({@code attributesSize()} reads every key).
     */
    static String attr(Element e, String key) {
        Attribute found = e.attribute(key);
        return found == null ? "" : found.getValue();
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    static boolean isHeading(Element e) {
        String name = e.normalName(); // h1 to h6, tested without a set lookup: asked of every element
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /**
     * Visible characters in a text, whitespace excluded, Chinese, Japanese and Korean characters
     * counted double: one of them says about as much as two or three Latin letters, so the
     * thresholds for a paragraph hold across scripts.
     */
    static int visibleChars(String s) {
        return (int) (visibleCharsAndLast(s) >>> Character.SIZE);
    }

    /**
     * {@link #visibleChars} of the text in the high bits, and in the low {@link Character#SIZE} bits its
     * last character that is not whitespace by {@link Character#isWhitespace} (0 when none): both read
     * in one pass, as the measuring walk asks both of every text node.
     */
    static long visibleCharsAndLast(String s) {
        int n = 0;
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) { // ASCII: every character above the space is visible, none is CJK
                if (c > ' ') {
                    n++;
                    last = c;
                } else if (!isAsciiWhitespace(c)) {
                    last = c; // a control character: not shown, not a blank either
                }
            } else if (c >= FIRST_CJK && c <= LAST_CJK) {
                n += CJK_WEIGHT;
                if (c != IDEOGRAPHIC_SPACE) {
                    last = c; // the ideographic space, counted with the ideographs, is still a blank
                }
            } else if (!isWhitespace(c)) {
                if (c != '\u00A0') {
                    n++;
                }
                last = c; // the no-break space is not shown, but is no blank to Character.isWhitespace
            }
        }
        return (long) n << Character.SIZE | last;
    }

    /**
     * {@link Character#isWhitespace} of a character below U+0080, without its table lookup: the
     * space, tab to carriage return (U+0009 to U+000D) and the four separators U+001C to U+001F.
     */
    static boolean isAsciiWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }

    /** True when one of the element's children is a block: its text is more than its own line. */
    static boolean holdsBlock(Element e) {
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (isBlock(c)) {
                return true;
            }
        }
        return false;
    }
}
