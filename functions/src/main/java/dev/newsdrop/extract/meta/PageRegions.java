package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The parts of a page whose bylines are not the article's: the site's chrome (menus, the masthead),
 * what sits beside the article (sidebars, the page's footer), figures, and links.
 */
public final class PageRegions {

    /**
     * Menus, sidebars and site chrome: their links to author pages list columnists, not this article's
     * author. Elements only: class words such as "menu" or "sidebar" also sit on the body of every page.
     */
    public static final Evaluator SITE_CHROME = QueryParser.parse(
            "nav, header:not(article header), footer, aside, [role=navigation]");

    /**
     * Sidebars and the page's own footer: a byline there belongs to a widget (recent comments,
     * popular posts) or credits the site's theme ("Theme: X by Y"), not to this article. The
     * article's own aside or footer is its own. Themes without {@code <footer>} name the page's
     * footer as WordPress themes do ({@code #colophon}, {@code .site-info}, {@code .site-footer},
     * {@code #footer}) or by its ARIA landmark ({@code role=contentinfo}).
     */
    public static final Evaluator BESIDE_ARTICLE = QueryParser.parse(
            "aside:not(article aside), footer:not(article footer), [role=complementary], [role=contentinfo],"
                    + " #colophon, .site-info, .site-footer, #footer");

    /** Figures and their captions: a name there is a photo credit. */
    public static final Evaluator FIGURE = QueryParser.parse("figure, figcaption");

    /** A "By ..." line inside a link is a teaser of another article, not this one's byline. */
    public static final Evaluator LINK = QueryParser.parse("a[href]");

    private PageRegions() {
    }

    /** Chrome elements climbed through from one element: pages nest a few boxes of chrome, not dozens. */
    private static final int MAX_CHROME_LEVELS = 8;

    /**
     * True when the element sits in the site's chrome ({@link #SITE_CHROME}), where a header element
     * that holds the page's headline counts as the story's own header, not the masthead: themes set
     * the entry's header (title, byline, date) before the article element or with no article around
     * it ("<header class=entry-header><h1>…</h1><span class=byline>…</span></header><article>").
     */
    public static boolean inSiteChrome(Element e, Element headline) {
        Element c = e.closest(SITE_CHROME);
        for (int level = 0; c != null && level < MAX_CHROME_LEVELS; level++) {
            if (headline == null || !c.normalName().equals("header") || headline.closest("header") == null
                    || !isAncestor(c, headline)) {
                return true;
            }
            c = c.parent() == null ? null : c.parent().closest(SITE_CHROME);
        }
        return c != null;
    }

    private static boolean isAncestor(Element box, Element inner) {
        for (Element up = inner.parent(); up != null; up = up.parent()) {
            if (up == box) {
                return true;
            }
        }
        return false;
    }
}
