package dev.newsdrop.extract.body;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The permalink anchors that documentation and blog generators put at a heading's end or start: a
 * link to the heading's own fragment ("#where-the-time-went") whose text is a lone symbol ("¶" of
 * Python-Markdown and Sphinx, "#", "§", "🔗") or nothing but a zero-width space. They are controls
 * for copying a link, not words of the heading: left in, "Dropping Python 3.8" reads
 * "Dropping Python 3.8¶" as title and as body text.
 */
public final class HeadingPermalinks {

    /** A permalink's text is at most this many characters once blanks and zero-width marks are gone. */
    private static final int MAX_SYMBOL_CHARS = 2;

    private HeadingPermalinks() {
    }

    /** Takes the permalink anchors out of every heading of the document (only a heading's first and last child are looked at). */
    public static void remove(Document doc) {
        Elements headings = doc.select("h1, h2, h3, h4, h5, h6");
        for (Element h : headings) {
            Element last = h.lastElementChild();
            if (last != null && isPermalink(last)) {
                last.remove();
            }
            Element first = h.firstElementChild();
            if (first != null && isPermalink(first)) {
                first.remove();
            }
        }
    }

    private static boolean isPermalink(Element a) {
        if (!a.normalName().equals("a") || !a.attr("href").startsWith("#") || a.attr("href").length() < 2) {
            return false;
        }
        String t = a.text().replaceAll("[\\s\\u200B\\u200C\\u200D\\u2060\\uFEFF]", "");
        if (t.length() > MAX_SYMBOL_CHARS) {
            return false;
        }
        return t.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
