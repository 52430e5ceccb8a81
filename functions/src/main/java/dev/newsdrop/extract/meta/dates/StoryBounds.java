package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the story's own dates are not, and where it is: comment sections, footers, captions, figures and
 * navigation; a bar set over the headline outside the article; a time outside the article element; the box around
 * the headline.
 */
final class StoryBounds {

    /**
     * A comment section's class or id: "comment" as a word, so "commentary" (an article type) is not
     * mistaken for the readers' comments whose dates must be skipped; French "commentaires", Italian
     * "commenti", and the plurals of {@link PageScan}'s Slavic and Turkish names.
     */
    private static final Pattern COMMENTS_NAME = Pattern.compile(
            "(?<![a-z])comments?(?![a-z])|commentlist|commentaires|commenti(?![a-z])|kommentar|comentari|reacties|responses|reactions|reaktionen|disqus"
                    + "|komentarze|komentare|komentari|yorumlar");

    /** Quick refusal for {@link #namesComments}: each of its words holds one of these, whatever the case of its first letter. */
    private static final List<String> COMMENTS_HINTS = List.of("omment", "oment", "eacti", "espons", "eakti", "isqus", "orumlar");

    /**
     * Class words of a photograph's caption where a theme writes it without {@code figcaption}
     * ("wp-caption-text", "image-caption", German "bildunterschrift", French "légende", Italian
     * "didascalia", Spanish "pie-de-foto", Dutch "bijschrift"): the date in it is the picture's.
     */
    private static final List<String> CAPTION_NAMES = List.of("caption", "bildunterschrift", "bildtext", "legende", "légende",
            "didascalia", "pie-de-foto", "bijschrift", "onderschrift");

    /**
     * Figures and captions (a caption dates the photograph) and navigation (a masthead shows today's
     * date).
     */
    static boolean isOutsideTheStory(Element e) {
        String tag = e.normalName();
        return tag.equals("figure") || tag.equals("figcaption") || tag.equals("nav") || namesCaption(e);
    }

    /** True when an element's class names a caption ({@link #CAPTION_NAMES}). */
    private static boolean namesCaption(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.attributes().get("class");
        if (cls.isEmpty() || cls.length() > MAX_CLASS_CHARS) {
            return false;
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        for (String name : CAPTION_NAMES) {
            if (lower.contains(name)) {
                // a photograph's caption is a line or two under it and holds no heading; a box that heads its text holds a
                // story or a page's part, whatever its class says ("area-essay page-caption-p" around the story's h3)
                return e.selectFirst(HEADINGS) == null;
            }
        }
        return false;
    }

    /** The first-level heading, the article element and the page's main region, as the story's bounds are sought: parsed once. */
    private static final Evaluator H1 = QueryParser.parse("h1");

    private static final Evaluator ARTICLE = QueryParser.parse("article");

    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");

    /** Headings that a caption never holds. */
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");

    /** A class read for caption words at most this long: megabyte attributes are no theme's names. */
    private static final int MAX_CLASS_CHARS = 200;

    /** True when {@code e} holds {@code inner}, looked for among its ancestors up to {@link #MAX_ANCESTORS_COMPARED}. */
    static boolean isAncestorOf(Element e, Element inner) {
        int depth = 0;
        for (Element up = inner.parent(); up != null && depth++ < MAX_ANCESTORS_COMPARED; up = up.parent()) {
            if (up == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the page marks its story with an article element and the time is in none: a sidebar's
     * or listing's time ("Weitere Meldungen" as a CMS's view block lists them, beside the node's article).
     */
    static boolean outsideTheArticle(Element time, PageScan scan) {
        return scan.hasArticleElement() && time.closest(ARTICLE) == null; // the scan's note: no search of the page per time
    }

    /** Ancestors of an element looked at on the way to the headline's: pages nest a few dozen deep. */
    private static final int MAX_ANCESTORS_COMPARED = 200;

    /**
     * True when an element comes before the page's headline (its first h1) in document order, outside
     * any article element and not around the headline: a bar or header set over the headline by the
     * site, not the article's own kicker line.
     */
    static boolean aboveHeadline(Element e, PageScan scan) {
        Element h1 = scan.firstH1();
        if (h1 == null || e.closest(ARTICLE) != null) {
            return false;
        }
        Set<Element> headlinePath = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Element up = h1; up != null && depth++ < MAX_ANCESTORS_COMPARED; up = up.parent()) {
            headlinePath.add(up);
        }
        Element child = null;
        depth = 0;
        for (Element up = e; up != null && depth++ < MAX_ANCESTORS_COMPARED; child = up, up = up.parent()) {
            if (headlinePath.contains(up)) {
                if (child == null || up == h1) {
                    return false; // the element holds the headline, or sits in it
                }
                Element headlineSide = h1;
                while (headlineSide.parent() != up) {
                    headlineSide = headlineSide.parent();
                }
                // the nearest box around the line and the headline that holds no menu or banner is the article's own:
                // a dated line heading it ("Lindenau, 02.12.2026" over a press release's h1) is the story's
                return child.elementSiblingIndex() < headlineSide.elementSiblingIndex() && !isStoryBox(up);
            }
        }
        return false;
    }

    /** The page's frame: a menu, a banner, the body's or main region's root. */
    private static final org.jsoup.select.Evaluator FRAME = org.jsoup.select.QueryParser.parse(
            "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo], main, form");

    /**
     * True when a box is the story's own: neither the body nor a box that holds the page's frame
     * ({@link #FRAME}: a menu, a banner, a footer, a sidebar, the main region).
     */
    private static boolean isStoryBox(Element box) {
        return !box.normalName().equals("body") && !box.normalName().equals("html") && !box.normalName().equals("main")
                && box.selectFirst(FRAME) == null;
    }

    /**
     * True when a class or id names a comment section ({@link #COMMENTS_NAME}): most names lack the
     * word and are refused without the pattern.
     */
    static boolean namesComments(String name) {
        if (name.length() < COMMENTS_HINTS.getFirst().length() || !holdsAny(name, COMMENTS_HINTS)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return COMMENTS_NAME.matcher(lower).find() && COMMENTS_NAME.matcher(PageScan.withoutCommentState(lower)).find();
    }

    /** True when the text holds one of the words: a loop, not a stream, as every element below a headline is asked. */
    private static boolean holdsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a footer element is the footer of the article that holds the headline, not the page's: HTML's footer of
     * its nearest sectioning ancestor, where themes date the post after its text ("Pubblicato il 2 marzo 2024 da …" in
     * WordPress's {@code footer.entry-footer}). A footer named for comments, or one in another article element (a
     * teaser card's), is none.
     */
    static boolean isHeadlinesArticleFooter(Element footer, Element headline) {
        if (headline == null || !footer.normalName().equals("footer") || footer.attributesSize() > 0
                && (namesComments(footer.attributes().get("class")) || namesComments(footer.attributes().get("id")))) {
            return false;
        }
        int depth = 0;
        for (Element p = footer.parent(); p != null && depth++ < MAX_ANCESTORS_COMPARED; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return isAncestorOf(p, headline);
            }
        }
        return false;
    }

    static boolean isCommentsOrFooter(Element e) {
        if (e.normalName().equals("footer")) {
            return true;
        }
        return e.attributesSize() > 0
                && (namesComments(e.attributes().get("class")) || namesComments(e.attributes().get("id")));
    }

    private StoryBounds() {
    }

    /** The article element around the page's first h1, else its main element; null when it has neither. */
    static Element storyAround(Document doc) {
        Element h1 = doc.body() == null ? null : doc.body().selectFirst(H1);
        if (h1 == null) {
            return null;
        }
        Element article = h1.closest(ARTICLE);
        return article != null ? article : h1.closest(MAIN);
    }
}
