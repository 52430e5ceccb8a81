package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Pattern;

import static dev.newsdrop.extract.body.ContentPruner.containsIgnoringAsciiCase;

/**
 * A newsletter's promotion set between the paragraphs: a short block that names a newsletter and closes on the link
 * that signs the reader up.
 */
final class NewsletterPromos {

    /** A newsletter's promotion set between the paragraphs is a short block: a line or two and its link. */
    private static final int MAX_NEWSLETTER_PROMO_CHARS = 300;

    /** A newsletter named in a block's text: the loanword of most European languages. */
    private static final Pattern NEWSLETTER_WORD = Pattern.compile("(?iU)(?<![\\p{L}])newsletter");

    /**
     * The end of {@link #NEWSLETTER_WORD}'s word, whose letters no other character matches when case is
     * folded (only "s" has such a twin, "ſ"): a text without it in some ASCII case holds no match, and
     * most blocks are refused by this search instead of trying the pattern at each of their characters.
     */
    private static final String NEWSLETTER_TAIL = "letter";

    /** Nodes walked down a block's last children to its closing text: a promotion is a box or two around a paragraph. */
    private static final int MAX_CLOSING_DEPTH = 8;

    /**
     * A short block that names a newsletter and closes on a link: a promotion set into the text
     * ("Morgens informiert: Unser Newsletter bringt Ihnen ... <a>Jetzt anmelden</a>"), whatever its
     * box is called. Its call to action is the link it ends on; a sentence of the article that
     * mentions a newsletter ends in its own words.
     */
    static boolean isNewsletterPromo(Element e, String text) {
        if (!containsIgnoringAsciiCase(text, NEWSLETTER_TAIL) || !NEWSLETTER_WORD.matcher(text).find()) {
            return false;
        }
        Node last = e;
        for (int depth = 0; depth < MAX_CLOSING_DEPTH && last instanceof Element el; depth++) {
            if (el.normalName().equals("a")) {
                return true;
            }
            Node child = el.lastChild();
            while (child != null && (child instanceof TextNode t && (t.isBlank() || isClosingMarks(t.text()))
                    || !(child instanceof Element) && !(child instanceof TextNode))) {
                child = child.previousSibling(); // "... when you <a>subscribe to the newsletter</a>!": the mark ends the link's call
            }
            last = child;
        }
        return false;
    }

    /** Marks that may close a call to action after its link: the sentence's end, a closing quote or bracket. */
    private static final String CLOSING_MARKS = ".!?…»«\"”’)";

    /** True when the text is nothing but closing marks and spaces ("!", " ."). */
    private static boolean isClosingMarks(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (CLOSING_MARKS.indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A block short enough, and linked, to be a newsletter's promotion ({@link #isNewsletterPromo}), its text ({@code e.text()}) asked then. */
    static boolean mayBeNewsletterPromo(TextStats.Stats s) {
        return s.chars <= MAX_NEWSLETTER_PROMO_CHARS && s.linkChars > 0;
    }}
