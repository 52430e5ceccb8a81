package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 1: removes what is never article content: scripts and styles, navigation, forms, hidden
 * elements, and elements whose class or id names them boilerplate (share bars, comments, related
 * posts, newsletters, cookie notices). An element holding most of the page's prose is kept whatever
 * its name, since a stray word on a wrapper ("content-with-sidebar") must not delete the article.
 */
final class NoiseRemover {

    /** Elements that never hold article text. */
    private static final Set<String> NOISE_TAGS = Blocks.lookup(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
            "input", "select", "textarea", "option", "nav", "aside", "menu", "dialog", "link", "meta", "map",
            "audio", "video", "source", "track", "head", "title", "base", "frame", "frameset", "applet", "math");

    /** Elements that are boilerplate by position unless they hold the bulk of the page. */
    private static final Set<String> FRAME_TAGS = Blocks.lookup("header", "footer", "form");

    /** ARIA roles of page furniture. */
    private static final Set<String> NOISE_ROLES = Blocks.lookup(
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
            "menubar", "toolbar", "tablist", "alert", "status");

    /** Elements never removed for their name: the page's frame and its declared main content. */
    private static final Set<String> PROTECTED_TAGS = Blocks.lookup("html", "body", "main", "article");

    /** Inline elements whose class names are styling, not structure: link density judges them later. */
    private static final Set<String> INLINE_TAGS = Blocks.lookup(
            "a", "b", "i", "em", "strong", "small", "img", "picture", "br", "hr", "wbr", "abbr", "sup", "sub", "time",
            "cite", "q", "u", "s", "mark", "code", "label", "font");

    /** Inline styles that hide an element. */
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** A named-boilerplate element holding more than this share of the page's prose is kept. */
    private static final double KEEP_SHARE = 0.5;

    /**
     * Class names themes give the article's own text block; a widget inside one is part of the
     * article. (Generic wrappers like "site-content" or "main" hold sidebars too.)
     */
    private static final String[] ARTICLE_BODY_NAMES = {
        "entry-content", "post-content", "article-body", "articlebody", "article-content", "story-body", "post-body",
        "article__body", "article-text", "news-text", "single-content"};

    /** schema.org properties whose element is content: the body, a recipe's ingredients and steps, a how-to's steps. */
    private static final Set<String> CONTENT_ITEMPROPS = Set.of(
            "articleBody", "recipeIngredient", "ingredients", "recipeInstructions", "step");

    /**
     * schema.org properties whose element is never content: counters of likes, shares and comments
     * ("3 Likes" under each post of a forum thread, a comment count under an article).
     */
    private static final Set<String> FURNITURE_ITEMPROPS = Set.of("interactionStatistic", "commentCount");

    /** schema.org types whose element is the page's content: a recipe, a how-to. */
    private static final Set<String> CONTENT_ITEMTYPES = Set.of("Recipe", "HowTo");

    /** A never-content name is ignored only on an element wrapping this share of the prose: the page itself. */
    private static final double WRAPPER_SHARE = 0.9;

    /** The stage's name in a budget's reason. */
    private static final String STAGE = "noise removal";

    private NoiseRemover() {
    }

    /**
     * Cleans the tree under {@code root}; {@code before} are the measurements of the uncleaned tree.
     * What is found is marked during the walk and taken out in bulk after it ({@link Removals}).
     * Returns the measurements of the cleaned tree, taken in the same walk from the nodes it keeps
     * ({@link TextStats.Measuring}): the same as measuring the cleaned tree again, without a second walk.
     */
    static TextStats clean(Element root, TextStats before, Deadline deadline) {
        ClassHints.Cache hints = new ClassHints.Cache();
        Removals removals = new Removals();
        TextStats.Measuring after = new TextStats.Measuring(root, before.size());
        int keepAbove = Math.max(1, (int) (before.root().proseChars * KEEP_SHARE));
        int[] contentDepth = {0};
        java.util.ArrayDeque<Boolean> contentScopes = new java.util.ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick(STAGE);
                if (node instanceof Element e && e != root
                        && (isNoise(e, before.of(e), keepAbove, hints, contentDepth[0] > 0)
                        || (hasChildElements(e, TeaserList.MIN_CARDS) && prose(before, e) < keepAbove && TeaserList.isTeaserList(e, before)))) {
                    removals.mark(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.Comment) {
                    removals.mark(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e) {
                    boolean content = isDeclaredContent(e);
                    contentScopes.push(content);
                    if (content) {
                        contentDepth[0]++;
                    }
                }
                after.head(node, depth); // kept: what is skipped entirely gets neither head nor tail
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element && contentScopes.pop()) {
                    contentDepth[0]--;
                }
                after.tail(node, depth);
                return FilterResult.CONTINUE;
            }
        }, root);
        deadline.check(STAGE);
        removals.apply();
        return after.result();
    }

    /**
     * True when the element has at least {@code n} child elements; counts only that far, without
     * building the list of children that {@code childrenSize()} keeps for every element asked.
     */
    private static boolean hasChildElements(Element e, int n) {
        int found = 0;
        for (int i = 0; i < e.childNodeSize() && found < n; i++) {
            if (e.childNode(i) instanceof Element) {
                found++;
            }
        }
        return found >= n;
    }

    private static int prose(TextStats stats, Element e) {
        TextStats.Stats s = stats.of(e);
        return s == null ? 0 : s.proseChars;
    }

    /**
     * schema.org microdata naming an element the article's body or a part of a recipe or how-to
     * (ingredients, steps): the page's own statement that it is content, whatever its class says
     * ("recipe-print-box").
     */
    private static boolean isDeclaredByMicrodata(Attributes attributes) {
        String itemprop = attributes.get("itemprop");
        if (!itemprop.isEmpty() && CONTENT_ITEMPROPS.contains(itemprop)) {
            return true;
        }
        String itemtype = attributes.get("itemtype");
        return !itemtype.isEmpty() && CONTENT_ITEMTYPES.contains(itemtype.substring(itemtype.lastIndexOf('/') + 1).strip());
    }

    /** The page's own statement of where the article is: article, main, articleBody, content-named blocks. */
    private static boolean isDeclaredContent(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || "articleBody".equals(Blocks.attr(e, "itemprop"))) {
            return true;
        }
        if (e.attributesSize() == 0 || !Blocks.isBlock(e)) {
            return false;
        }
        String cls = Blocks.attr(e, "class").toLowerCase(Locale.ROOT);
        for (String name : ARTICLE_BODY_NAMES) {
            if (cls.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoise(Element e, TextStats.Stats stats, int keepAbove, ClassHints.Cache hints, boolean inContent) {
        int prose = stats == null ? 0 : stats.proseChars;
        String tag = e.normalName();
        if (NOISE_TAGS.contains(tag)) {
            return true;
        }
        // attributes by their exact lower-case keys (the parser's), looked up once: asked of every element
        Attributes attributes = e.attributesSize() == 0 ? null : e.attributes();
        if (attributes == null) {
            return FRAME_TAGS.contains(tag) && prose < keepAbove;
        }
        boolean hidden = attributes.hasKey("hidden") || "true".equalsIgnoreCase(attributes.get("aria-hidden"));
        if (hidden && !PROTECTED_TAGS.contains(tag)) {
            return prose < keepAbove;
        }
        String style = attributes.get("style");
        if (!style.isEmpty() && style.length() < 2000 && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        String role = attributes.get("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && NOISE_ROLES.contains(role)) {
            return prose < keepAbove;
        }
        if (FRAME_TAGS.contains(tag)) {
            return prose < keepAbove;
        }
        String itemprop = attributes.get("itemprop");
        if (!itemprop.isEmpty() && FURNITURE_ITEMPROPS.contains(itemprop)) {
            return prose < keepAbove;
        }
        if (PROTECTED_TAGS.contains(tag) || INLINE_TAGS.contains(tag) || isDeclaredByMicrodata(attributes)) {
            return false;
        }
        ClassHints.Hint hint = hints.of(e);
        if (hint == ClassHints.Hint.NEVER_CONTENT) {
            return prose < keepAbove * WRAPPER_SHARE / KEEP_SHARE;
        }
        if (hint == ClassHints.Hint.WIDGET) {
            return !inContent && prose < keepAbove;
        }
        if (hint == ClassHints.Hint.STRONG_NEGATIVE || hint == ClassHints.Hint.NEGATIVE) {
            return prose < keepAbove;
        }
        return false;
    }
}
