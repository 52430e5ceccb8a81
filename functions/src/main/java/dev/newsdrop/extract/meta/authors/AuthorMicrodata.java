package dev.newsdrop.extract.meta.authors;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * schema.org microdata and {@code rel=author} marks of the author: the Person items that are
 * {@code itemprop=author} (or {@code creator}) of a work, their {@code itemprop=name} values, and
 * the several marks one byline sets side by side.
 */
final class AuthorMicrodata {

    /** Microdata name values. */
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop=name]");

    /**
     * The texts of the other author marks beside an author link or microdata author in one line
     * ("<a rel=author>Jane Doe</a> and <a rel=author>John Roe</a>"): each mark is one author,
     * so marks that share a parent are the byline's several authors. So are the microdata Person
     * items that are {@code itemprop=author} of one and the same item, wherever each sits in it (a
     * blog engine's author cards, one per column).
     */
    static List<String> coAuthors(Element mark, List<Element> candidates) {
        if (!isAuthorMark(mark) || mark.parent() == null) {
            return List.of();
        }
        Element work = authorItemOf(mark);
        List<String> out = new ArrayList<>();
        for (Element other : candidates) {
            if (other != mark && isAuthorMark(other)
                    && (other.parent() == mark.parent() || (work != null && authorItemOf(other) == work))) {
                String named = microdataNames(other);
                String t = named.isEmpty() ? BylineText.spacedText(other) : named;
                if (!t.isEmpty() && t.length() <= BylineText.MAX_BYLINE_CHARS) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The item a microdata Person is the {@code itemprop=author} of (its nearest ancestor with
     * {@code itemscope}); null when the element is not such a Person item.
     */
    static Element authorItemOf(Element e) {
        if (!e.hasAttr("itemscope") || !namesAuthorProperty(e.attr("itemprop"))) {
            return null;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return p;
            }
        }
        return null;
    }

    /** True when a microdata property value names the author, or schema.org's {@code creator}, its super-property. */
    private static boolean namesAuthorProperty(String itemprop) {
        return itemprop.contains("author") || itemprop.contains("creator");
    }

    /** A {@code rel=author} link or an {@code itemprop=author} (or {@code creator}) element. */
    private static boolean isAuthorMark(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String rel = e.attributes().get("rel");
        return (e.normalName().equals("a") && rel.toLowerCase(Locale.ROOT).contains("author"))
                || namesAuthorProperty(e.attributes().get("itemprop"));
    }

    /**
     * The names of a microdata author that holds several {@code itemprop=name} values
     * ("<span itemprop=name>Jane Doe</span><span itemprop=name>John Roe</span>"), which its text
     * would glue into one: each value is a name of its own; a single name given only in a {@code <meta itemprop=name>}
     * is read from its content. Empty otherwise.
     */
    static String microdataNames(Element e) {
        if (e.attributesSize() == 0 || !namesAuthorProperty(e.attributes().get("itemprop"))) {
            return "";
        }
        List<String> values = new ArrayList<>();
        for (Element n : e.select(ITEM_NAME)) {
            values.add(n.normalName().equals("meta") ? n.attr("content").trim() : BylineText.spacedText(n));
        }
        if (values.size() == 1 && !values.get(0).isEmpty() && BylineText.spacedText(e).isEmpty()) {
            return values.get(0); // <meta itemprop="name" content="Jane Doe">: the name the page does not show
        }
        if (values.size() == 1 && !values.get(0).isEmpty() && e.hasAttr("itemscope") && ownItemName(e.selectFirst(ITEM_NAME), e)) {
            return values.get(0); // a Person item: its name property, not its description or job title beside it
        }
        return values.size() < 2 ? "" : String.join("; ", values);
    }

    /** True when the name is a property of the item itself, not of an item nested in it (its employer's name). */
    private static boolean ownItemName(Element name, Element item) {
        for (Element p = name.parent(); p != null && p != item; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return false;
            }
        }
        return true;
    }

    private AuthorMicrodata() {
    }
}
