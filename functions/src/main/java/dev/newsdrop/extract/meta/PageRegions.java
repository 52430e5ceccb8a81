package dev.newsdrop.extract.meta;

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
}
