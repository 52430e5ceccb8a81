package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * The ARIA role of a message to heed: a form's error, a site's notice, and in documentation themes (Bootstrap's
     * "alert" component, as Hugo's Docsy sets its callouts) the warning or tip set between the text's paragraphs.
     * That one, prose with the text on both sides of it ({@link #isAsideInTextFlow}), is the writer's.
     */
    private static final String ALERT_ROLE = "alert";

    /** Elements never removed for their name: the page's frame and its declared main content. */
    private static final Set<String> PROTECTED_TAGS = Blocks.lookup("html", "body", "main", "article");

    /** Inline elements whose class names are styling, not structure: link density judges them later. */
    private static final Set<String> INLINE_TAGS = Blocks.lookup(
            "a", "b", "i", "em", "strong", "small", "img", "picture", "br", "hr", "wbr", "abbr", "sup", "sub", "time",
            "cite", "q", "u", "s", "mark", "code", "label", "font");

    /**
     * Inline style declarations that hide an element, as property and value: {@code display: none},
     * {@code visibility: hidden} (read by {@link #hidesElement}).
     */
    private static final String[][] HIDING_DECLARATIONS = {{"display", "none"}, {"visibility", "hidden"}};

    /** A named-boilerplate element holding more than this share of the page's prose is kept. */
    private static final double KEEP_SHARE = 0.5;

    /**
     * Class names themes give the article's own text block; a widget inside one is part of the
     * article. (Generic wrappers like "site-content" or "main" hold sidebars too.)
     */
    static final String[] ARTICLE_BODY_NAMES = {
        "entry-content", "post-content", "article-body", "articlebody", "article-content", "story-body", "post-body",
        "article__body", "article-text", "news-text", "single-content"};

    /** Words one of which every name of {@link #ARTICLE_BODY_NAMES} holds: a class is searched for the names only when it holds one. */
    static final String[] ARTICLE_BODY_NAME_STEMS = {"body", "content", "text"};

    /** True when the text holds one of the words. */
    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** schema.org properties whose element is content: the body, a recipe's ingredients and steps, a how-to's steps. */
    private static final Set<String> CONTENT_ITEMPROPS = Set.of(
            "articleBody", "recipeIngredient", "ingredients", "recipeInstructions", "step");

    /**
     * schema.org properties whose element is never content: counters of likes, shares and comments
     * ("3 Likes" under each post of a forum thread, a comment count under an article).
     */
    private static final Set<String> FURNITURE_ITEMPROPS = Set.of("interactionStatistic", "commentCount");

    /** The schema.org type of a forum thread's opening post (Discourse, vBulletin, XenForo microdata). */
    private static final String THREAD_POST_ITEMTYPE = "DiscussionForumPosting";

    /** schema.org types whose element is the page's content: a recipe, a how-to, a forum thread's opening post. */
    private static final Set<String> CONTENT_ITEMTYPES = Set.of("Recipe", "HowTo", THREAD_POST_ITEMTYPE);

    /** The schema.org type of a reply, in a thread as under an article. */
    private static final String COMMENT_ITEMTYPE = "Comment";

    /**
     * schema.org properties of a question's answers (FAQPage, QAPage): content even when collapsed
     * behind a toggle with {@code hidden} or {@code display:none}, as accordions do until clicked
     * (an accordion's panel named by its toggle's {@code aria-controls} is kept alike).
     */
    private static final Set<String> ANSWER_ITEMPROPS = Set.of("acceptedAnswer", "suggestedAnswer");

    /** A block holding an e-mail input and at most this many characters is a newsletter sign-up box. */
    private static final int MAX_SIGNUP_BOX_CHARS = 300;

    /** At least this many readers' comments side by side make a comment thread. */
    private static final int MIN_THREAD_COMMENTS = 2;

    /** The comments must make up this share of the thread's text (the rest: its heading, a "Load more"). */
    private static final double MIN_THREAD_COMMENTS_SHARE = 0.6;

    /**
     * Labels of the control that answers a comment ("Reply" and its translations): with a {@code <time>}
     * beside it, the mark of a reader's comment in any comment system.
     */
    static final Set<String> REPLY_LABELS = Set.of(
            "reply", "antworten", "antwort", "répondre", "repondre", "responder", "rispondi", "reageren", "beantwoorden",
            "odpowiedz", "odpowiedź", "ответить", "svara", "svar", "vastaa", "yanıtla", "balas", "απάντηση", "הגב", "رد");

    /** A reply control's label is no longer than this. */
    private static final int MAX_REPLY_LABEL_CHARS = 24;

    /** Nodes walked inside one candidate comment when looking for its reply control: a comment is short. */
    private static final int MAX_REPLY_SEARCH_NODES = 300;

    /**
     * An element named paywalled ({@link ClassHints#PAYWALLED}) is the article's text behind the wall,
     * not the prompt asking for a subscription, when at least this share of its text is prose: a
     * prompt is a pitch of short lines (prices, perks, buttons), the paywalled part paragraphs.
     */
    private static final double MIN_PAYWALLED_PROSE_SHARE = 0.6;

    /** ...and at least this many characters of it: a sentence, where a prompt's lines are a word or two ("Read on with Plus"). */
    private static final int MIN_PAYWALLED_PROSE_CHARS = 50;

    /** Ancestors asked whether an element never shown lies inside another: pages nest a few dozen deep. */
    private static final int MAX_ANCESTORS_ASKED = 200;

    /** A never-content name is ignored only on an element wrapping this share of the prose: the page itself. */
    private static final double WRAPPER_SHARE = 0.9;

    /** A content block's header holds its heading and a control or two: no more text than this. */
    private static final int MAX_HEADER_BLOCK_CHARS = 160;

    /** The stage's name in a budget's reason. */
    private static final String STAGE = "noise removal";

    private NoiseRemover() {
    }

    /**
     * Cleans the tree under {@code root}; {@code before} are the measurements of the uncleaned tree.
     * What is found is marked during the walk and taken out in bulk after it ({@link Removals}).
     * Returns the measurements of the cleaned tree ({@link #measureKept}): the same as measuring the
     * cleaned tree again, without walking again what the cleaning left as it was.
     */
    static TextStats clean(Element root, TextStats before, Deadline deadline) {
        ClassHints.Cache hints = new ClassHints.Cache();
        Removals removals = new Removals();
        Set<Element> changed = Collections.newSetFromMap(new IdentityHashMap<>()); // elements something is taken out of
        int shown = shownProse(root, before, hints);
        int keepAbove = Math.max(1, (int) (shown * KEEP_SHARE));
        int wrapperAbove = Math.max(1, (int) (before.root().proseChars * WRAPPER_SHARE)); // the page itself, hidden parts and all
        int[] contentDepth = {0};
        Element headline = headlineArticle(root, before);
        // an article element around a headline and lead alone, the text set beside it, confines nothing
        Element article = headline != null && before.of(headline).proseChars >= shown * MIN_HEADLINE_ARTICLE_SHARE ? headline : null;
        Set<Element> articleAndAbove = article == null ? Set.of() : selfAndAncestors(article, root);
        int[] inArticle = {0};
        ArrayDeque<Boolean> contentScopes = new ArrayDeque<>();
        int[] columnDepth = {0}; // inside a page builder's column of widgets ({@link #isWidgetColumn})
        ArrayDeque<Boolean> columnScopes = new ArrayDeque<>();
        Set<String> panels = new HashSet<>(); // ids of accordion panels, named by the toggles seen so far
        boolean[] stopsAtWall = {false}; // a wall's box cut in the article with none of its prose after it
        int[] proseAfterSteps = {MAX_PROSE_AFTER_STEPS}; // siblings read after wall boxes, over the page
        RatingWidgets ratings = new RatingWidgets();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.tick(STAGE);
                // beside the headline's article, no block is the article's wrapper: none is kept for its prose
                int keep = article != null && inArticle[0] == 0 && !articleAndAbove.contains(node) ? Integer.MAX_VALUE : keepAbove;
                TextStats.Stats measured = node instanceof Element el ? before.of(el) : null; // looked up once for the rules below
                if (node instanceof Element e && e != root && (e.nameIs("form") || isPollOption(e))) {
                    // read before the form or the option is cut as noise, which would leave the poll's question
                    Element box = pollBox(e, root, before);
                    if (box != null && !removals.isMarked(box)) {
                        removals.mark(box); // an ancestor, already entered: what the walk reads in it next goes with it
                        markChanged(box, root, before, changed);
                    }
                }
                if (node instanceof Element e && e != root) {
                    if (isNoise(e, measured, before, keep, wrapperAbove, hints, contentDepth[0] > 0, columnDepth[0] > 0, panels)
                            || (hasChildElements(e, MIN_THREAD_COMMENTS)
                                && ((prose(measured) < keep && isCommentThread(e, measured, before))
                                    || (hasChildElements(e, TeaserList.MIN_CARDS) && (prose(measured) < keep || followsHeadlineBlock(e, before))
                                        && TeaserList.isTeaserList(e, before) && !LinkedContent.isDescribedLinkList(e) && !LinkedContent.isWikiTextList(e))))
                            || isSignupBox(e, measured, keep) || isHeadedFurniture(e, measured, before, keep) || isLabelledAd(e, measured, before, keep)
                            || isDealsBox(e, measured, before) || isDisclosedLinkBox(e, measured, before) || isProductBox(e, measured, before) || isTableOfContents(e, measured) || isArticleRecordList(e, measured)
                            || (isRatingWidgetShaped(e, measured) && (contentDepth[0] > 0 || inArticle[0] > 0 || isInMain(e)) && ratings.isRatingWidget(e))) {
                        if (partsWords(e)) {
                            removals.markSpaced(e);
                        } else {
                            removals.mark(e);
                        }
                        markChanged(e, root, before, changed);
                        if (inArticle[0] > 0 && !stopsAtWall[0] && measured != null && measured.chars > 0 && hints.namesWall(e) && !isHiddenBox(e)) {
                            stopsAtWall[0] = !hasProseAfter(e, article, before, proseAfterSteps);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (node instanceof org.jsoup.nodes.Comment) {
                    removals.mark(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e) {
                    if (isAccordionToggle(e)) {
                        panels.addAll(Arrays.asList(e.attr("aria-controls").strip().split("\\s+")));
                    }
                    if (e == article) {
                        inArticle[0]++;
                    }
                    boolean content = isDeclaredContent(e, hints);
                    contentScopes.push(content);
                    if (content) {
                        contentDepth[0]++;
                    }
                    boolean column = contentDepth[0] == 0 && isWidgetColumn(e, measured, keep, hints);
                    columnScopes.push(column);
                    if (column) {
                        columnDepth[0]++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element && contentScopes.pop()) {
                    contentDepth[0]--;
                }
                if (node instanceof Element && columnScopes.pop()) {
                    columnDepth[0]--;
                }
                if (node == article) {
                    inArticle[0]--;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        deadline.check(STAGE);
        TextStats after = measureKept(root, before, removals, deadline);
        removals.apply();
        after.stopsAtCutWall = stopsAtWall[0];
        return after;
    }

    /**
     * A box hidden by its own markup (the hidden attribute, aria-hidden, an inline style): a wall's template left on
     * every page for a script to show, which says nothing of whether this page is walled.
     */
    private static boolean isHiddenBox(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String style = e.attr("style");
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || (!style.isEmpty() && style.length() < 2000 && hidesElement(style));
    }

    /**
     * Siblings read after wall boxes for prose, over the whole page: a walled teaser has one box or two, and a page of
     * thousands, each followed by thousands of blocks, would otherwise be read once per box.
     */
    private static final int MAX_PROSE_AFTER_STEPS = 5_000;

    /**
     * True when prose of the article follows the element: in a sibling after it, or after one of its ancestors up to
     * the article. Asked only of a wall's box cut inside the article: a notice set in the middle of a whole text is
     * followed by the rest of it, a teaser's wall closes it. True too once the page's {@code stepsLeft} run out.
     */
    private static boolean hasProseAfter(Element e, Element article, TextStats before, int[] stepsLeft) {
        for (Element at = e; at != null && at != article; at = at.parent()) {
            for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (--stepsLeft[0] < 0) {
                    return true; // read enough: no wall is claimed (a page of many wall boxes would be read once per box)
                }
                TextStats.Stats s = before.of(next);
                if (s != null && s.proseChars > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Notes that something is taken out from under each ancestor of a removed element: in the set
     * {@code changed}, and on the ancestor's measurements when it has some ({@link TextStats.Stats#changed}).
     * Stops at an ancestor noted already, so each element is noted once however many removals lie under it.
     */
    private static void markChanged(Element removed, Element root, TextStats before, Set<Element> changed) {
        for (Element a = removed.parent(); a != null && changed.add(a); a = a.parent()) {
            TextStats.Stats s = before.of(a);
            if (s != null) {
                s.changed = true;
            }
            if (a == root) {
                break;
            }
        }
    }

    /**
     * The measurements of the tree under {@code root} as it is once the marked nodes are taken out,
     * taken before they are: a walk of what is kept ({@link TextStats.Measuring}) that takes the
     * measurements of a block nothing was taken out of from {@code before} ({@link TextStats.Measuring#reuse}),
     * without walking into it. The same figures as a walk of the cleaned tree, in the same order;
     * most of an article's paragraphs are not walked again.
     */
    private static TextStats measureKept(Element root, TextStats before, Removals removals, Deadline deadline) {
        TextStats.Measuring after = new TextStats.Measuring(root, before.size());
        boolean sameRoot = before.rootElement() == root;
        List<TextStats.Stats> earlier = before.listed();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != root) {
                    if (removals.isMarked(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (sameRoot && after.mayReuse()) {
                        TextStats.Stats s = before.of(e);
                        if (s != null && s.block && !s.changed) {
                            after.reuse(s, earlier);
                            return FilterResult.SKIP_ENTIRELY; // neither its subtree nor its tail: taken whole
                        }
                    }
                }
                deadline.tick(STAGE);
                after.head(node, depth);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                after.tail(node, depth);
                return FilterResult.CONTINUE;
            }
        }, root);
        return after.result();
    }

    /** The headline's article holds at least this much prose: a lead or a paragraph, not a headline alone. */
    private static final int MIN_HEADLINE_ARTICLE_PROSE = 100;

    /**
     * Blocks beside the headline's article are denied the wrapper's keep only when the article holds
     * this share of the prose shown: some themes close the {@code <article>} after the headline and
     * lead and set the text beside it, in a block whose name may read as boilerplate.
     */
    private static final double MIN_HEADLINE_ARTICLE_SHARE = 0.2;

    /**
     * The {@code <article>} around the page's first {@code <h1>}, when it holds prose of its own: by
     * HTML's sectioning rules the page's article, headline and text in one composition. A block
     * beside it (a sidebar, a list of related stories, an "about us" box) is not the article's
     * wrapper, however much of the page's prose it holds: on a short article's page the teasers
     * and boxes around it hold more prose than the article itself. Null when there is no such
     * element (no {@code <h1>}, or one outside any article, or an article of a headline alone).
     */
    static Element headlineArticle(Element root, TextStats before) {
        Element h1 = before.firstH1();
        if (h1 == null) {
            return null;
        }
        int steps = 0;
        for (Element a = h1.parent(); a != null && a != root && steps++ < MAX_ANCESTORS_ASKED; a = a.parent()) {
            if (a.normalName().equals("article")) {
                TextStats.Stats s = before.of(a);
                return s != null && s.proseChars >= MIN_HEADLINE_ARTICLE_PROSE ? a : null;
            }
        }
        return null;
    }

    /**
     * True when the element opens with a heading of its own, a short unlinked label ("Weitere Meldungen"),
     * and the nearest sibling with text before it (past at most a few without) holds the page's first
     * {@code <h1>} and, beside it, prose of its own ({@link #MIN_HEADLINE_ARTICLE_PROSE}): a section
     * set after the article's block (headline and text), not in it. A list of teasers there is the
     * page's further reading however much prose it holds: a short news item's three sentences are
     * fewer than the summaries of the list under them. (A hub page's own list of picks, set under
     * its headline and lead, opens with its first pick, not with a label of its own.)
     */
    static boolean followsHeadlineBlock(Element e, TextStats before) {
        Element h1 = before.firstH1();
        Element label = e.firstElementChild();
        if (h1 == null || label == null || !Blocks.isHeading(label)) {
            return false;
        }
        TextStats.Stats l = before.of(label);
        if (l == null || l.chars == 0 || l.chars > MAX_SECTION_LABEL_CHARS || l.links > 0) {
            return false;
        }
        int steps = 0;
        for (Element s = e.previousElementSibling(); s != null && steps++ <= MAX_FLOW_GAP_SIBLINGS; s = s.previousElementSibling()) {
            TextStats.Stats st = before.of(s);
            if (st == null || st.chars == 0) {
                continue;
            }
            TextStats.Stats headline = before.of(h1);
            return holdsWithin(s, h1) && st.proseChars - (headline == null ? 0 : headline.proseChars) >= MIN_HEADLINE_ARTICLE_PROSE;
        }
        return false;
    }

    /** True when {@code inner} lies inside {@code outer}, a bounded climb from {@code inner}. */
    private static boolean holdsWithin(Element outer, Element inner) {
        int steps = 0;
        for (Element a = inner.parent(); a != null && steps++ < MAX_ANCESTORS_ASKED; a = a.parent()) {
            if (a == outer) {
                return true;
            }
        }
        return false;
    }

    /** The element and its ancestors up to {@code root}, compared by identity. */
    private static Set<Element> selfAndAncestors(Element e, Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        int steps = 0;
        for (Element a = e; a != null && steps++ <= MAX_ANCESTORS_ASKED; a = a.parent()) {
            out.add(a);
            if (a == root) {
                break;
            }
        }
        return out;
    }

    /**
     * The page's prose a reader is shown: the prose of elements that are never on screen (a cookie
     * or consent dialog's policy text, a modal, a block hidden by its style) taken off. "The bulk
     * of the page's prose" is a share of this: a consent manager's 14,000 characters of policy in
     * a closed dialog must not make the article look like a minor part of the page.
     */
    private static int shownProse(Element root, TextStats before, ClassHints.Cache hints) {
        int page = before.root().proseChars;
        int hidden = 0;
        for (TextStats.Stats s : before.all()) {
            if (s.proseChars == 0 || s.element == root || s.proseChars >= WRAPPER_SHARE * page
                    || !isNeverShown(s.element, s, hints)) {
                continue;
            }
            boolean outermost = true; // an ancestor never shown has taken this prose off already
            int steps = 0;
            for (Element a = s.element.parent(); a != null && a != root; a = a.parent()) {
                if (++steps > MAX_ANCESTORS_ASKED) {
                    outermost = false; // nested deeper than any page: left counted, as before this rule
                    break;
                }
                TextStats.Stats as = before.of(a);
                if (as != null && as.proseChars < WRAPPER_SHARE * page && isNeverShown(a, as, hints)) {
                    outermost = false;
                    break;
                }
            }
            if (outermost) {
                hidden += s.proseChars;
            }
        }
        return page - hidden;
    }

    /**
     * A dialog (by its ARIA role or a never-content name such as a consent manager's) or a block its
     * style hides; {@code measured} are the element's measurements, which keep its class hint.
     */
    private static boolean isNeverShown(Element e, TextStats.Stats measured, ClassHints.Cache hints) {
        // each attribute by its exact key, without first counting them (an element without any answers at once)
        String role = Blocks.attr(e, "role");
        if (role.equalsIgnoreCase("dialog") || role.equalsIgnoreCase("alertdialog")) {
            return true;
        }
        String style = Blocks.attr(e, "style");
        if (!style.isEmpty() && style.length() < 2000 && hidesElement(style)) {
            return true;
        }
        return hints.of(e, measured) == ClassHints.Hint.NEVER_CONTENT;
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

    /**
     * Readers' comments, told by their markup rather than their class names: two or more children
     * each holding a schema.org {@code Comment}, a {@code rel="ugc"} link (the commenter's name), or
     * a {@code <time>} with a "Reply" control, making up most of the element's text. A forum thread or a question page, whose posts are its
     * content, declares itself with a schema.org discussion type and is left alone.
     */
    private static boolean isCommentThread(Element e, TextStats.Stats total, TextStats stats) {
        if (total == null || total.chars == 0 || (total.under & (TextStats.UNDER_COMMENT | TextStats.UNDER_TIME)) == 0
                || (total.under & TextStats.UNDER_DISCUSSION) != 0) {
            return false;
        }
        int comments = 0;
        int chars = 0;
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            TextStats.Stats c = stats.of(child);
            if (c != null && ((c.under & TextStats.UNDER_COMMENT) != 0
                    || ((c.under & TextStats.UNDER_TIME) != 0 && hasReplyControl(child, stats)))) {
                comments++;
                chars += c.chars;
            }
        }
        return comments >= MIN_THREAD_COMMENTS && chars >= MIN_THREAD_COMMENTS_SHARE * total.chars;
    }

    /** A link or button labelled "Reply" (or a translation) within the first nodes of a candidate comment. */
    private static boolean hasReplyControl(Element comment, TextStats stats) {
        int steps = 0;
        for (Node n = comment; n != null && steps++ < MAX_REPLY_SEARCH_NODES; n = TreeWalk.next(n, comment)) {
            if (n instanceof Element el && (el.normalName().equals("a") || el.normalName().equals("button"))
                    && isShortLabel(el, stats) && REPLY_LABELS.contains(el.text().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A control whose label is a word or two: read its text only then (links are measured, buttons counted by nodes). */
    private static boolean isShortLabel(Element control, TextStats stats) {
        TextStats.Stats s = stats.of(control);
        return s != null ? s.chars <= MAX_REPLY_LABEL_CHARS : control.childNodeSize() <= 3 && control.childrenSize() <= 2;
    }

    /** Form controls, whose caption a {@code <label>} around them is. */
    private static final Set<String> CONTROL_TAGS = Set.of("input", "select", "textarea");

    /** Nodes walked inside a label for its control: a label is a word or two around it. */
    private static final int MAX_LABEL_NODES = 30;

    /**
     * A label around a form control and a few words ("<label><input type=checkbox> Automatisch
     * aktualisieren</label>"): HTML's caption of the control, which goes with it, outside forms too
     * (a live blog's refresh toggle, a poll's options). A label holding a block (a checklist's
     * heading beside its tick box) holds the article's own words; one naming its control by
     * {@code for} is left alone too: CSS-only accordions set their questions so.
     */
    private static boolean holdsControl(Element label) {
        boolean control = false;
        int steps = 0;
        for (Node n = TreeWalk.next(label, label); n != null; n = TreeWalk.next(n, label)) {
            if (++steps > MAX_LABEL_NODES) {
                return false;
            }
            if (n instanceof Element el) {
                if (Blocks.isBlock(el)) {
                    return false;
                }
                control |= CONTROL_TAGS.contains(el.normalName());
            }
        }
        return control;
    }

    /** Form controls set inline in a line of text: a stepper's buttons, a field, a list to choose from. */
    private static final Set<String> INLINE_CONTROLS = Blocks.lookup("button", "input", "select", "textarea");

    /**
     * True when the element is an inline control between two pieces of a line's text that touch it with no blank
     * ("<label>Portioner</label><button>-</button><span>20</span>"): on the screen the control parted them, so its
     * place keeps a space, or the label and its value would run together ("Portioner20").
     */
    private static boolean partsWords(Element e) {
        if (!INLINE_CONTROLS.contains(e.normalName()) || e.nameIs("input") && e.attr("type").equalsIgnoreCase("hidden")) {
            return false; // a hidden field shows nothing, and parts nothing
        }
        return touchesText(e.previousSibling(), true) && touchesText(e.nextSibling(), false);
    }

    /** True when the node is inline text, or an inline element, whose last (or first) character is no blank. */
    private static boolean touchesText(Node n, boolean last) {
        String text;
        if (n instanceof TextNode t) {
            text = t.getWholeText();
        } else if (n instanceof Element el && !Blocks.isBlock(el) && !el.nameIs("br") && !INLINE_CONTROLS.contains(el.normalName())) {
            text = el.wholeText();
        } else {
            return false;
        }
        if (text.isEmpty()) {
            return false;
        }
        int c = last ? text.codePointBefore(text.length()) : text.codePointAt(0);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }

    /** A reader poll's box is its question, its options and a count or a note: no more text than this. */
    private static final int MAX_POLL_BOX_CHARS = 400;

    /** ...of which a sentence or two at most is prose (the question, "This poll is not representative."). */
    private static final int MAX_POLL_BOX_PROSE_CHARS = 200;

    /** Ancestors climbed from an option to its poll's box: a form, a list, an item and a label or two. */
    private static final int MAX_POLL_BOX_ANCESTORS = 8;

    /** Nodes read in a poll's box to count its options: a box of a few hundred characters holds few. */
    private static final int MAX_POLL_BOX_NODES = 400;

    /** Containers a poll's box is never: the article, the page's main part, the page. */
    private static final Set<String> NEVER_POLL_BOX = Blocks.lookup("article", "main", "body", "html");

    /** True when the element is an option of a choice of one: a radio button. */
    private static boolean isPollOption(Element e) {
        return e.nameIs("input") && e.attributesSize() != 0 && "radio".equalsIgnoreCase(e.attr("type"));
    }

    /**
     * The box of a reader poll (or a quiz) holding this radio button, or this form of radio buttons: the largest ancestor of at most
     * {@link #MAX_POLL_BOX_CHARS} set among more text, with two options or more and little prose. Radio buttons are how
     * HTML asks the reader to pick one answer, so a short box built around them is the site's voting widget ("Umfrage:
     * Ist Tempo 30 sinnvoll? ( ) Ja ( ) Nein — Abstimmen"), whatever its class is named; its question and note, outside
     * the form the options stand in, go with it. Null when the ancestors grow past the bound only at the article, the
     * page's main part or the page (a page that is its poll), or the box holds one option.
     */
    private static Element pollBox(Element formOrOption, Element root, TextStats before) {
        if (formOrOption.nameIs("form") && !holdsOptions(formOrOption, 1)) {
            return null;
        }
        Element box = null;
        int climbed = 0;
        for (Element a = formOrOption.parent(); a != null && a != root && climbed++ < MAX_POLL_BOX_ANCESTORS; a = a.parent()) {
            if (NEVER_POLL_BOX.contains(a.normalName())) {
                return null;
            }
            TextStats.Stats s = before.of(a);
            if (s == null) {
                continue;
            }
            if (s.chars > MAX_POLL_BOX_CHARS) {
                return box != null && before.of(box).proseChars <= MAX_POLL_BOX_PROSE_CHARS && holdsOptions(box, 2) ? box : null;
            }
            box = a;
        }
        return null; // no larger text around it within reach: nothing says the box is set among the page's text
    }

    /** True when at least {@code wanted} radio buttons stand under the element, within {@link #MAX_POLL_BOX_NODES} nodes. */
    private static boolean holdsOptions(Element box, int wanted) {
        int found = 0;
        int steps = 0;
        for (Node n = TreeWalk.next(box, box); n != null && ++steps <= MAX_POLL_BOX_NODES; n = TreeWalk.next(n, box)) {
            if (n instanceof Element el && isPollOption(el) && ++found >= wanted) {
                return true;
            }
        }
        return false;
    }

    /** A rating widget is a line or three: its call to rate, its stars, its mean and count. */
    private static final int MAX_RATING_WIDGET_CHARS = 120;

    /** Star glyphs of a rating ("★★★★☆"). */
    private static final String STAR_GLYPHS = "★☆✩✪✫✬✭✮✯⭐";

    /** The lowest char of {@link #STAR_GLYPHS}: a char below it is no star's, without searching them. */
    private static final char LOWEST_STAR_CHAR = (char) STAR_GLYPHS.chars().min().orElseThrow();

    /** A mean rating out of 5 or 10 followed by the count of ratings ("4,7/5 (128 avis)", "4.3/5 · 57 votes"). */
    private static final Pattern RATING_WITH_COUNT = Pattern.compile("(?<![\\d.,])\\d(?:[.,]\\d{1,2})?\\s?/\\s?(?:5|10)(?!\\d)\\D{0,4}\\d");

    /**
     * A reader rating widget: a small block with no sentence whose text is star glyphs alone ({@link #STAR_GLYPHS}),
     * or holds a mean rating with the count of ratings ({@link #RATING_WITH_COUNT}): the site's voting box ("Notez
     * cette recette ☆☆☆☆☆ 4,7/5 (128 avis)"), whatever its class is named. A list's item or a table's cell is data.
     * Its text is read ({@link #isRatingWidget}) only for a block of its shape ({@link #isRatingWidgetShaped}) inside the
     * article, the page's declared content or its main element, where it would join the text.
     */
    static boolean isRatingWidget(Element e) {
        return holdsRatingMark(e) && isRatingWidgetText(e.text());
    }

    /** {@link #isRatingWidget} on the element's text. */
    static boolean isRatingWidgetText(String text) {
        boolean starsOnly = true;
        int stars = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (STAR_GLYPHS.indexOf(c) >= 0) {
                stars++;
            } else if (!Character.isWhitespace(c)) {
                starsOnly = false;
            }
        }
        return (starsOnly && stars > 0) || (text.indexOf('/') >= 0 && RATING_WITH_COUNT.matcher(text).find());
    }

    /**
     * False when no text under the element holds a star glyph or a slash, which every rating widget's text holds (its
     * stars, or the "/" of {@link #RATING_WITH_COUNT}): read from the raw text nodes, which is all the element's text is
     * made of, without building the text.
     */
    private static boolean holdsRatingMark(Element e) {
        Node n = e.firstChild();
        while (n != null) {
            if (n instanceof TextNode t && holdsRatingChar(t.getWholeText())) {
                return true;
            }
            if (n.childNodeSize() > 0) {
                n = n.firstChild();
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == e ? null : n.nextSibling();
        }
        return false;
    }

    private static boolean holdsRatingChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || (c >= LOWEST_STAR_CHAR && STAR_GLYPHS.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #isRatingWidget} over one walk of the page, in the walk's order. An element that is its parent's only node
     * has its parent's text, so once the parent is found no widget the element is not either, and its text is not read
     * again: a nest of single wrappers around one short line ("div div div ... Menu") costs one reading of the line,
     * not one reading of the whole nest for each wrapper. Holds one element: bounded by nothing the page can grow.
     */
    static final class RatingWidgets {
        private Element lastRefused; // the last element found no widget

        boolean isRatingWidget(Element e) {
            Element parent = e.parent();
            boolean widget = parent != null && parent == lastRefused && parent.childNodeSize() == 1 ? false : NoiseRemover.isRatingWidget(e);
            lastRefused = widget ? null : e;
            return widget;
        }
    }

    /** A critic's verdict line is this short ("Rating: 8/10", "Unsere Wertung: 8,5 von 10"). */
    private static final int MAX_VERDICT_CHARS = 40;

    /** The words of the German school grades a test verdict gives beside its number, best first. */
    private static final String GERMAN_GRADE_WORDS = "(?:sehr gut|gut|befriedigend|ausreichend|mangelhaft|ungenügend)";

    /**
     * A German product test's verdict: its label, a colon, and a grade on the school scale from 1 to 6 with a decimal comma,
     * its word beside it or not ("Note: 1,7", "Testnote: 2,3 (gut)", "Testurteil: gut (1,9)"): the scale goes without
     * saying, as German test magazines and Stiftung Warentest grade.
     */
    private static final String GERMAN_TEST_GRADE = "(?:test|gesamt|qualitäts)?(?:note|urteil)\\s?:\\s?"
            + "(?:[1-6],\\d(?:\\s?\\(?" + GERMAN_GRADE_WORDS + "\\)?)?|" + GERMAN_GRADE_WORDS + "\\s?\\([1-6],\\d\\))";

    /**
     * The units a critic's scale is named in after its top ("4 von 5 Sternen", "4 out of 5 stars", "3 sur 5 étoiles", "8 von
     * 10 Punkten"): stars and points in the languages of the review magazines probed.
     */
    private static final String SCORE_UNITS = "stars?|sterne?n?|étoiles?|estrellas?|stelle|sterren|estrelas|gwiazd(?:ek|ki|ka)?"
            + "|hvězd(?:iček|y|a)?|stjärnor|stjerner|tähteä|punkte?n?|points?|puntos|punti|punten|pontos|punktów|poäng|pistettä";

    /**
     * A score drawn in stars, as restaurant critics give it: one to five full stars, then perhaps a half and the empty
     * stars up to the scale ("★★★★☆", "★★★½"). Only a line labelled as a verdict reads so ({@link #CRITICS_VERDICT}); a
     * readers' box of stars counts its votes beside them.
     */
    private static final String STAR_SCORE = "[★⭐]{1,5}\\s?½?\\s?[☆✩]{0,4}";

    /**
     * "Our" before a verdict's label ({@link #CRITICS_VERDICT}), in each form its language gives it by the label's gender:
     * German "unsere Wertung" and "unser Urteil", Spanish "nuestra valoración" and "nuestro voto", Italian "la nostra
     * valutazione" and "il nostro voto", Portuguese "a nossa nota" and "o nosso voto", Dutch "onze beoordeling" and the neuter
     * "ons oordeel", "ons cijfer", Russian and Ukrainian "наша оценка" and "наш вердикт", Polish "nasza ocena", Czech "naše
     * hodnocení", Swedish "vårt betyg", Danish "vores karakter", Norwegian "vår karakter". The article is optional where a
     * language may drop it.
     */
    private static final String VERDICT_POSSESSIVES = "our|notre|unsere|unser|nuestra|nuestro|(?:la |il )?nostra|(?:la |il )?nostro"
            + "|(?:a |o )?nossa|(?:a |o )?nosso|onze|ons|наша|наш|nasza|naše|vårt|vår|vores";

    /**
     * A critic's verdict on the work reviewed: a score's label, a colon, and the score on its scale with nothing after it
     * ("Rating: 8/10", "Note : 4/5", "Wertung: 8 von 10", "Voto: 7/10", "Betyg: 4/5", "Ocena: 8/10", "Оценка: 7 из 10",
     * "Puan: 8/10", Japanese and Chinese "評価：8/10", "评分：8/10" with their full-width colon, Arabic "التقييم: 8/10" and "8 من 10",
     * Vietnamese "Điểm: 8/10", Indonesian "Skor: 8/10", Thai "คะแนน: 8/10"), in the languages of the review magazines probed, or a
     * German test's grade ({@link #GERMAN_TEST_GRADE}). The scale may be named after it ({@link #SCORE_UNITS}: "Unsere Wertung:
     * 4 von 5 Sternen"), and a restaurant critic's score may be its stars drawn ({@link #STAR_SCORE}: "Oordeel: ★★★★☆"). Read
     * whole ({@code matches}) on a short line only.
     */
    static final Pattern CRITICS_VERDICT = Pattern.compile("(?iU)(?:(?:(?:" + VERDICT_POSSESSIVES + ") )?"
            + "(?:rating|score|verdict|grade|note|notation|nota|valoración|puntuación|voto|valutazione|giudizio|bewertung|wertung"
            + "|gesamtnote|cijfer|beoordeling|oordeel|urteil|avaliação|cotação|ocena|hodnocení|betyg|karakter|arvosana"
            + "|оценка|оцінка|вердикт|puan|değerlendirme|評価|総合評価|採点|评分|評分|总评|總評|평점|점수"
            + "|التقييم|تقييمنا|التقييم النهائي|الدرجة|امتیاز|ציון|điểm|điểm số|đánh giá|skor|nilai|penilaian|คะแนน)\\s?[:：]\\s?"
            + "(?:\\d{1,3}(?:[.,]\\d{1,2})?\\s?(?:/|out of|sur|von|su|de|sobre|van|av|af|z|ze|из|з|من|از|מתוך|trên|dari|จาก)\\s?"
            + "(?:5|10|20|100)(?:\\s(?:" + SCORE_UNITS + "))?\\.?|" + STAR_SCORE + ")"
            + "|" + GERMAN_TEST_GRADE + ")");

    /**
     * A critic's verdict line ({@link #CRITICS_VERDICT}) with no link in it: the review's own line, text, though its class
     * names it a "rating" as readers' voting boxes are named. A readers' box asks to rate, links its stars, or counts the
     * votes after the mean ({@link #RATING_WITH_COUNT}), and is no such line.
     */
    static boolean isCriticsVerdict(Element e, TextStats.Stats s) {
        return s != null && s.chars > 0 && s.chars <= MAX_VERDICT_CHARS && s.linkChars == 0
                && CRITICS_VERDICT.matcher(e.text().strip()).matches();
    }

    /**
     * The labels a review sets over its pros and its cons, lower case: the review's own verdict in two lists or two lines
     * ("Pro" and "Contra", "The Good" and "The Bad", "Les plus" and "Les moins", "Plusy" and "Minusy", "장점" and "단점",
     * "良い点" and "気になる点"), in the languages of the review sites probed. "Plus" and "Minus" alone open other lines
     * ("Plus: our newsletter") and are left out.
     */
    static final Set<String> PROS_CONS_LABELS = Set.of("pro", "pros", "contra", "cons", "the good", "the bad", "what we like",
            "what we don't like", "vorteile", "nachteile", "positiv", "negativ", "les plus", "les moins", "points forts", "points faibles",
            "lo mejor", "lo peor", "a favor", "en contra", "pregi", "difetti", "contro", "prós", "contras", "pontos positivos",
            "pontos negativos", "pluspunten", "minpunten", "plusy", "minusy", "zalety", "wady", "fördelar", "nackdelar",
            "плюсы", "минусы", "переваги", "недоліки", "artılar", "eksiler", "장점", "단점", "良い点", "悪い点", "気になる点",
            "优点", "缺点", "優點", "缺點");

    /** A pros-or-cons label's line is this short: the label and a few words. */
    private static final int MAX_PROS_CONS_LINE_CHARS = 200;

    /**
     * True when the line opens with a pros-or-cons label ({@link #PROS_CONS_LABELS}) set in bold or as a heading, or
     * followed by a colon ("<p><strong>장점</strong> 뛰어난 노이즈 캔슬링</p>", "Contra: nur 12 GB Speicher"); or is such a
     * label set as a heading of its own, or the line right under one ("<h3>단점</h3><p>큰 차체로 좁은 골목 주행이 부담</p>"): the
     * review's verdict, its text however short its line, and no crumb at the text's edge.
     */
    static boolean isProsConsLine(Element e) {
        String text = e.text();
        if (text.isEmpty() || text.length() > MAX_PROS_CONS_LINE_CHARS) {
            return false;
        }
        Element first = e.firstElementChild();
        if (first != null && (first.nameIs("strong") || first.nameIs("b") || Blocks.isHeading(first)) && text.startsWith(first.text())
                && isProsConsLabel(first.text())) {
            return true;
        }
        if (Blocks.isHeading(e) && isProsConsLabel(text)) {
            return true; // "<h3>장점</h3>": the heading of the verdict's pros
        }
        Element above = e.previousElementSibling();
        if (above != null && Blocks.isHeading(above) && above.text().length() <= MAX_PROS_CONS_LINE_CHARS && isProsConsLabel(above.text())) {
            return true; // the line the heading heads: the pros or the cons themselves
        }
        int colon = text.indexOf(':');
        return colon > 0 && PROS_CONS_LABELS.contains(text.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    /** True when the text is only a pros-or-cons label ({@link #PROS_CONS_LABELS}), perhaps closed by a colon. */
    private static boolean isProsConsLabel(String text) {
        String label = text.strip();
        if (label.endsWith(":") || label.endsWith("：")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return PROS_CONS_LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** A small block with text and no sentence that is no list's item, table's cell or heading: a rating widget's shape. */
    private static boolean isRatingWidgetShaped(Element e, TextStats.Stats s) {
        return s != null && s.block && s.chars > 0 && s.chars <= MAX_RATING_WIDGET_CHARS && s.proseChars == 0
                && !ITEM_TAGS.contains(e.normalName()) && !e.normalName().equals("li") && !PROTECTED_TAGS.contains(e.normalName());
    }

    /** A button's label is a few words: a link set as a button with more is a line of text. */
    private static final int MAX_BUTTON_LINK_CHARS = 40;

    /**
     * A link set as a button by its class (a token "btn" or "button", alone or as a part: Bootstrap's "btn btn-primary",
     * "btn-tramitar", "cta-button") standing as a line of its own: a control ("Tramitar en línea", "Apply now"), not
     * the text's words. The same link in a sentence, a list's item or a heading stays. Only a button set among the
     * text's paragraphs ({@link #MIN_BUTTON_BESIDE_PROSE_CHARS} of prose in its parent) is taken alone: one in a small
     * box is the box's, an offer's or a product's, which the rules judge whole by it.
     */
    private static boolean isButtonLink(Element a, TextStats before) {
        if (a.attributesSize() == 0) {
            return false;
        }
        String cls = a.attributes().get("class");
        if (cls.isEmpty() || !namesButton(cls)) {
            return false;
        }
        Element parent = a.parent();
        if (parent == null || !Blocks.isBlock(parent) || ITEM_TAGS.contains(parent.normalName())
                || !endsButtonRow(a.previousSibling(), true) || !endsButtonRow(a.nextSibling(), false)) {
            return false;
        }
        TextStats.Stats around = before.of(parent);
        String text = a.text().strip();
        return around != null && (around.proseChars >= MIN_BUTTON_BESIDE_PROSE_CHARS || isBoxBesideText(parent))
                && !text.isEmpty() && text.length() <= MAX_BUTTON_LINK_CHARS;
    }

    /**
     * An {@code <aside>} or a block with its role ("complementary") reached by the walk: one kept as the text's (a fact
     * box, a box between the paragraphs, a profile of the subject), whose words are the text's and whose button
     * ("Tickets kaufen", "Book your place") is the page's control, as among the text's paragraphs.
     */
    private static boolean isBoxBesideText(Element e) {
        return e.nameIs("aside") || COMPLEMENTARY_ROLE.equalsIgnoreCase(e.attr("role").strip());
    }

    /**
     * True when nothing but blanks and other links set as buttons lies between a button and the edge of its parent or a
     * block beside it ({@link #endsLine}): a row of buttons ("Tickets kaufen" beside "In Kalender eintragen", "Apply
     * now" beside "Download the form") is a line of controls, each taken as the one standing alone would be.
     */
    private static boolean endsButtonRow(Node n, boolean backwards) {
        for (int passed = 0; n != null; n = backwards ? n.previousSibling() : n.nextSibling()) {
            if (n instanceof Element el) {
                if (el.nameIs("a") && el.attributesSize() > 0 && namesButton(el.attributes().get("class"))
                        && el.text().length() <= MAX_BUTTON_LINK_CHARS && ++passed <= MAX_SIBLINGS_PASSED) {
                    continue;
                }
                return Blocks.isBlock(el) || el.nameIs("br");
            }
            if ((n instanceof TextNode t && !t.isBlank()) || ++passed > MAX_SIBLINGS_PASSED) {
                return false;
            }
        }
        return true;
    }

    /** Prose in a button's parent that makes the button a line among the text's paragraphs: a few sentences. */
    private static final int MIN_BUTTON_BESIDE_PROSE_CHARS = 300;

    /** True when {@code text} holds {@code word} in any case, read in place. */
    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** What separates a class attribute's tokens and the parts of a token. */
    private static final Pattern BUTTON_CLASS_PARTS = Pattern.compile("[\\s_-]+");

    /** True when a class attribute has a token that is, or is made of parts one of which is, "btn" or "button". */
    private static boolean namesButton(String cls) {
        if (!containsIgnoreCase(cls, "btn") && !containsIgnoreCase(cls, "button")) {
            return false; // most links' classes: read without a copy
        }
        for (String part : BUTTON_CLASS_PARTS.split(cls.toLowerCase(Locale.ROOT))) {
            if (part.equals("btn") || part.equals("button")) {
                return true;
            }
        }
        return false;
    }

    /** Nodes of a price label: the amount and its currency, in a span or two. */
    private static final int MAX_PRICE_LABEL_NODES = 4;

    /** Elements where a link alone is an item of the article's own (a product named in a listicle's heading or list). */
    private static final Set<String> ITEM_TAGS = Blocks.lookup("li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "figcaption", "caption");

    /**
     * A shop's button: a link marked paid ({@code rel="sponsored"}) that stands as a line of its own,
     * no words beside it in its parent ("<a rel=sponsored>Bei Shop für 249 € ansehen</a>" between the
     * boxes of a review). The same link inside a sentence is the writer's own words and stays; so does
     * one that is an item of a list or a heading.
     */
    private static boolean isShopButton(Element a) {
        if (a.attributesSize() == 0 || !Notices.hasToken(a.attr("rel"), Notices.SPONSORED_REL)) {
            return false;
        }
        Element parent = a.parent();
        if (parent == null || !Blocks.isBlock(parent) || ITEM_TAGS.contains(parent.normalName()) || !endsLine(a.nextSibling(), false)) {
            return false;
        }
        if (endsLine(a.previousSibling(), true)) {
            return true;
        }
        Element label = previousOnLine(a);
        return label != null && isPriceLabel(label) && endsLine(label.previousSibling(), true);
    }

    /**
     * A shop card's price set inline before its button, the two its line ("<span class=price>89 zł</span>
     * <a rel=sponsored>Sprawdź cenę</a>"): the price is the button's label ({@link PriceLines#PRICE_LINE}),
     * and goes with it ({@link #isShopButton}); the card's name and the writer's words on it stay.
     */
    private static boolean isPriceBeforeShopButton(Element e) {
        Element next = e.nextElementSibling();
        if (next == null || !next.nameIs("a") || next.attributesSize() == 0 || Blocks.isBlock(e) || previousOnLine(next) != e) {
            return false;
        }
        return isPriceLabel(e) && isShopButton(next);
    }

    /** A shop plugin's note on its prices is this short. */
    private static final int MAX_SHOP_PRICE_NOTE_CHARS = 200;

    /**
     * A shop plugin's note on the prices it shows, opened by the word for prices and, close after it, their tax terms or
     * their last update ("*Preise inkl. MwSt., zuletzt aktualisiert am 01.12.2026", "Prices last updated on 3 May",
     * "Prix TTC, mis à jour le …", "Prijzen incl. btw", "Precios actualizados el …"). Read with {@code lookingAt} after the
     * asterisk that ties it to the prices.
     */
    static final Pattern SHOP_PRICE_NOTE = Pattern.compile("(?iU)\\*?\\s?(?:preise?|prices?|prix|prijs|prijzen|precios?|prezzi|prezzo|preços?)"
            + "(?![\\p{L}])[^.!?]{0,30}?(?<![\\p{L}])(?:inkl\\.?|incl\\.?|zzgl\\.|ttc|iva|vat|mwst|btw|last updated|updated|zuletzt aktualisiert"
            + "|aktualisiert|mis à jour|bijgewerkt|actualizados?|aggiornati|atualizados?|stand)(?![\\p{L}])");

    /**
     * A shop plugin's note on its prices ({@link #SHOP_PRICE_NOTE}) as a short block with no link, on a page whose shop
     * links are marked paid ({@code rel="sponsored"}, asked by the caller): the prices' small print, not the review's
     * words. A sentence of the text about prices opens with its own subject, not with "Preise inkl. MwSt.".
     */
    private static boolean isShopPriceNote(Element e, TextStats.Stats s) {
        if (s == null || !s.block || s.chars == 0 || s.chars > MAX_SHOP_PRICE_NOTE_CHARS || s.linkChars > 0) {
            return false;
        }
        String text = e.text().strip();
        char first = text.isEmpty() ? 0 : text.charAt(0);
        return (first == '*' || first == 'P' || first == 'p') && SHOP_PRICE_NOTE.matcher(text).lookingAt();
    }

    /** The element right before {@code n} on its line, past blank text only, or null. */
    private static Element previousOnLine(Node n) {
        for (Node p = n.previousSibling(); p != null; p = p.previousSibling()) {
            if (p instanceof Element el) {
                return Blocks.isBlock(el) || el.nameIs("br") ? null : el;
            }
            if (!(p instanceof TextNode t) || !t.isBlank()) {
                return null;
            }
        }
        return null;
    }

    /** An inline element whose text is a price alone ("89 zł", "€ 24,90*"). */
    private static boolean isPriceLabel(Element e) {
        if (Blocks.isBlock(e) || e.nameIs("a") || e.childNodeSize() > MAX_PRICE_LABEL_NODES) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && text.length() <= PriceLines.MAX_PRICE_LINE_CHARS && PriceLines.PRICE_LINE.matcher(text).matches();
    }

    /**
     * A link back to a list or to the top in Japanese, Chinese and Korean: a list's or the top's name and "へ戻る"/"に戻る"
     * (back to), "ページの先頭へ" (to the page's head), "返回…"/"回到…" (return to the list, the top, the home page),
     * "목록으로" (to the list), "맨 위로" (to the top).
     */
    private static final String CJK_BACK_LINK = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー]{0,20}(?:一覧|トップ|TOP|ＴＯＰ|目次)(?:ページ)?[へに](?:戻る|もどる)"
            + "|ページ(?:の)?(?:先頭|トップ)へ(?:戻る)?|(?:返回|回到)(?:列表|顶部|頂部|首页|首頁|目录|目錄|上一页|上一頁)|목록으로(?: 돌아가기)?|맨 ?위로(?: 가기)?";

    /**
     * The words of a link back to the page above or to the top of the page, in the languages of the
     * pages read, arrows and guillemets around them ("« zurück", "Zurück zur Übersicht", "Zurück zum
     * Veranstaltungskalender", "nach oben", "Seitenanfang", "Back to top", "Retour à la liste",
     * "Torna su", "Terug naar overzicht"; Japanese "地域ニュース一覧へ戻る", "ページの先頭へ", Chinese "返回列表", "回到顶部",
     * Korean "목록으로", "맨 위로"): the site's navigation, wherever its template sets it.
     */
    private static final Pattern BACK_LINK = Pattern.compile(
            "[\\s«‹<←↑^]*(?:" + CJK_BACK_LINK + "|zurück(?: zu[mr]? [\\p{L}\\p{N} -]{1,40}| zu den [\\p{L} -]{1,30}| zur liste)?|nach oben|zum seitenanfang|seitenanfang"
                    + "|back(?: to (?:top|the top|list|overview|[\\p{L} -]{1,30}))?|top of page|retour(?: (?:en haut|à la liste|aux [\\p{L} -]{1,30}|à l['’][\\p{L} -]{1,30}))?"
                    + "|torna (?:su|indietro|all['’]elenco)|volver(?: arriba| al listado)?|terug(?: naar (?:boven|overzicht|het overzicht))?|naar boven)"
                    + "[\\s»›>→↑^]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * An AMP or mobile copy's link to the page it copies, under the article ("Voir la version complète de l'article",
     * "View full version", "Zur Vollversion des Artikels"): the copy's template, in the languages of {@link #PAGE_TOOL_LINK}.
     */
    private static final String FULL_VERSION_LINK = "(?:view|see) (?:the )?full (?:version|site)(?: of (?:this|the) (?:article|story))?"
            + "|voir la version (?:complète|intégrale)(?: de l['’]article)?|zur vollversion(?: des artikels)?|vollversion anzeigen"
            + "|ver (?:la )?versión completa(?: de la noticia| del artículo)?|vedi (?:la )?versione completa(?: dell['’]articolo)?"
            + "|ver (?:a )?versão completa|bekijk de volledige versie|zobacz pełną wersję|zobrazit plnou verzi|полная версия";

    /**
     * A page tool's link, as table-layout and early CMS templates set them in a line under the article: print it, e-mail
     * it to a friend, discuss it (perhaps with a count), close the print window; in English, German, French, Spanish,
     * Italian, Portuguese, Dutch, Polish, Czech, Russian, Chinese, Japanese and Korean. Like a {@link #BACK_LINK}, it
     * goes only where it stands in a line of such links: "print" inside a sentence is a word.
     */
    private static final Pattern PAGE_TOOL_LINK = Pattern.compile(
            "\\s*[\\[【]?\\s*(?:print(?: (?:this )?(?:article|story|page))?|printer[- ]friendly(?: version| format)?|printable version|print version"
                    + "|e-?mail (?:this|the) (?:article|story|page)|e-?mail to a friend|send (?:this )?to a friend|tell a friend|close (?:this )?window"
                    + "|artikel drucken|drucken|druckversion|druckansicht|artikel versenden|artikel empfehlen|fenster schließen"
                    + "|imprimer(?: (?:l['’]article|cet article|la page))?|version imprimable|envoyer à un ami|fermer la fenêtre"
                    + "|imprimir(?: (?:noticia|artículo|esta noticia|página))?|versión (?:para imprimir|imprimible)|enviar a un amigo|cerrar (?:la )?ventana"
                    + "|stampa(?: (?:articolo|questo articolo|la pagina))?|versione stampabile|invia a(?:d)? un amico|chiudi (?:la )?finestra"
                    + "|versão para impressão|enviar (?:para|a) um amigo|fechar janela|artikel printen|printversie|stuur door|venster sluiten"
                    + "|drukuj|wersja do druku|poleć znajomemu|wyślij znajomemu|zamknij okno|tisknout|vytisknout|verze pro tisk|poslat e-mailem|zavřít okno"
                    + "|версия для печати|распечатать|отправить другу|обсудить(?: на форуме)?|закрыть окно"
                    + "|打印本页|打印此页|打印|关闭窗口|關閉窗口|列印本頁|印刷する|印刷用ページ|このページを印刷|ウィンドウを閉じる|인쇄하기|메일보내기|창닫기"
                    + "|" + FULL_VERSION_LINK + ")"
                    + "(?:\\s*\\(\\d{1,5}\\))?\\s*[\\]】]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words of a link that may stand in a line of its own beside others as the template's: a {@link #BACK_LINK} or a {@link #PAGE_TOOL_LINK}. */
    private static boolean isLineLinkWords(String words) {
        return BACK_LINK.matcher(words).matches() || PAGE_TOOL_LINK.matcher(words).matches();
    }

    /** A comment count's link is this short: "142 Comments", "Komentarze (34)", "댓글 15". */
    private static final int MAX_COMMENT_COUNT_LINK_CHARS = 30;

    /**
     * A count of an article's comments, the number before or after the word, perhaps in brackets or after a colon ("142
     * Comments", "12 commentaires", "Komentarze (34)", "Reacties: 5", "댓글 15", "コメント(3)", "12条评论"), in the languages of
     * the comment sections read ({@code ContentPruner}'s comment headings).
     */
    private static final String COMMENT_COUNT_WORDS = "comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento"
            + "|reacties|reactie|reacciones|komentarz(?:y|e)?|komentáře|komentářů|комментари(?:ев|я|й|и)|коментар(?:ів|і|ій)"
            + "|kommentarer|kommentit|yorum(?:lar)?|댓글|コメント|评论|評論";

    /** A comment count as a link's whole text: the number, perhaps with a counter word ("条"), before the word, or after it. */
    private static final Pattern COMMENT_COUNT_LINK = Pattern.compile("(?iU)\\d{1,6}\\s?(?:条|則|件)?\\s?(?:" + COMMENT_COUNT_WORDS + ")"
            + "|(?:" + COMMENT_COUNT_WORDS + ")\\s?(?:[(（]\\s?\\d{1,6}\\s?[)）]|[:：]?\\s?\\d{1,6})");

    /**
     * A link whose whole text is a count of the article's comments ({@link #COMMENT_COUNT_LINK}): the meta row's jump to the
     * thread, set loose beside the date among a header's blocks ("<h1>…</h1><p>…</p><time>Dec 3, 2026</time> <a
     * href=#comments>142 Comments</a>"), where no line of its own holds it and the line rules, which read a count or a
     * tool row whole ("Artikel vorlesen 12 Min. 47 Kommentare"), do not see it. A row of inline elements alone is left to
     * them: taking the count out of it first would leave its other fields ("12 Min.") as a line no rule reads. A count
     * inside a sentence is no link's whole text.
     */
    private static boolean isCommentCountLink(Element a) {
        String text = a.text();
        if (text.isEmpty() || text.length() > MAX_COMMENT_COUNT_LINK_CHARS) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        Element parent = a.parent();
        return digit && parent != null && COMMENT_COUNT_LINK.matcher(text.strip()).matches() && Blocks.holdsBlock(parent);
    }

    /** A footnote's reference mark is its number, perhaps in brackets: "1", "[12]". */
    private static final int MAX_NOTE_MARK_CHARS = 5;

    /**
     * A footnote's reference mark: a link to a place in the page itself ("#footnote-1", "#fn1") whose text is a number
     * ("1", "[2]"), raised in a {@code <sup>} or set against the word or stop before it with no blank, as Substack,
     * Ghost, pandoc and WordPress print a note's mark. On the screen it is a small raised number; in the text it would
     * join the word it follows ("a decade.1 Median pay"). The note itself, at the foot, stays, and so does its own number,
     * which stands at the head of its line.
     */
    private static boolean isNoteMark(Element a) {
        if (a.attributesSize() == 0 || a.childNodeSize() > 2) {
            return false;
        }
        String href = a.attr("href");
        if (href.length() < 2 || href.charAt(0) != '#') {
            return false;
        }
        String text = a.text();
        if (text.isEmpty() || text.length() > MAX_NOTE_MARK_CHARS) {
            return false;
        }
        int from = text.charAt(0) == '[' ? 1 : 0;
        int to = text.length() - (from == 1 && text.endsWith("]") ? 1 : 0);
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        Element parent = a.parent();
        return (parent != null && parent.nameIs("sup")) || touchesText(a.previousSibling(), true);
    }

    /**
     * A quoted post's header: its writer's name (a user name of three words at most, no comma or stop in it) and the verb
     * a board writes after it, with its colon ("Kältemax schrieb:", "jdoe wrote:", "Yann a écrit :"), perhaps a link back
     * to the post and its time after it. XenForo, phpBB, vBulletin, Discourse and comment plugins set it as the first
     * element of the quote; the quote follows it. A sentence introducing a quote ("In a letter, the mayor wrote:") is no
     * name.
     */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "[^\\s,.;:]{1,40}(?:\\s[^\\s,.;:]{1,40}){0,2}\\s(?:wrote|said|schrieb|a écrit|a dit|escribió|escreveu|ha scritto|schreef|napisał|napisała|написал|написала|"
                    + "skrev|kirjoitti|yazdı|napsal|napsala) ?:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A quoted post's header is a name, a verb, perhaps a time: a line, not the quote's sentences. */
    private static final int MAX_QUOTE_HEADER_CHARS = 120;

    /**
     * True when the element opens a quote ({@code <blockquote>}), as its first element or its first element's first one
     * (phpBB's {@code <blockquote><div><cite>}), before more of the quote, and reads as a quoted post's header
     * ({@link #QUOTE_HEADER}). A sentence quoting someone's words in the text ("Sie schrieb: …") stands in no quote's head.
     */
    private static boolean isQuoteHeader(Element e) {
        Element parent = e.parent();
        Element grandparent = parent == null ? null : parent.parent();
        // the quote's tag first: asked of every element, and an element's place among many siblings costs a scan of them
        Element quote = parent == null ? null : parent.nameIs("blockquote") ? parent
                : grandparent != null && grandparent.nameIs("blockquote") && grandparent.firstElementChild() == parent ? grandparent : null;
        if (quote == null || parent.firstElementChild() != e || e.nextSibling() == null && parent == quote) {
            return false;
        }
        String text = e.text();
        return text.length() <= MAX_QUOTE_HEADER_CHARS && text.indexOf(':') > 0 && QUOTE_HEADER.matcher(text).lookingAt();
    }

    /**
     * The signs a footnote's link back to its mark is drawn with: the return arrow (perhaps with the selector that asks
     * for its text or emoji form), an up arrow, a caret.
     */
    private static final String NOTE_BACKLINK_SIGNS = "↩↑⤴↵⮐^\uFE0E\uFE0F";

    /** A footnote's link back is a sign or two ("↩", "↩︎", "^"). */
    private static final int MAX_NOTE_BACKLINK_CHARS = 3;

    /**
     * A footnote's link back to its reference mark in the text: a link to a place in the page itself ("#fnref1") whose
     * text is only an arrow or a caret ({@link #NOTE_BACKLINK_SIGNS}), as pandoc, kramdown, Hugo, WordPress and Substack
     * close each note, or that DPUB-ARIA's role names so ({@code role="doc-backlink"}). On the screen it is a small
     * arrow to click; in the text a stray sign closing the note ("… S. 16–35. ↩"). The note stays.
     */
    private static boolean isNoteBacklink(Element a) {
        if (a.attributesSize() == 0 || a.childNodeSize() > 2) {
            return false;
        }
        String href = a.attr("href");
        if (href.length() < 2 || href.charAt(0) != '#') {
            return false;
        }
        if (a.attr("role").equalsIgnoreCase("doc-backlink")) {
            return true;
        }
        String text = a.text().strip();
        if (text.isEmpty() || text.length() > MAX_NOTE_BACKLINK_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (NOTE_BACKLINK_SIGNS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A link back or to the top is a few words long. */
    private static final int MAX_BACK_LINK_CHARS = 60;

    /**
     * A link back to the list above or to the top of the page ({@link #BACK_LINK}) that stands as a
     * line of its own, beside nothing but other such links and their separators ("zurück | nach
     * oben"): the template's navigation, not the article's words. The same words inside a sentence
     * ("und <a>zurück</a> nach Hause") stay.
     */
    private static boolean isBackLink(Element a) {
        Element parent = a.parent();
        if (a.childNodeSize() == 0) {
            return false; // no words, so not back-link words: a line of empty links is refused before its neighbours are read
        }
        if (parent == null || ITEM_TAGS.contains(parent.normalName()) || !standsAlone(a.previousSibling(), true)
                || !standsAlone(a.nextSibling(), false)) {
            return false; // most links stand in a list or a sentence: their words are not read
        }
        String text = a.text();
        return !text.isEmpty() && text.length() <= MAX_BACK_LINK_CHARS && isLineLinkWords(text);
    }

    /**
     * Characters that part links of a line ("zurück | nach oben", "Drucken · Teilen", "一覧へ戻る　｜　ページの先頭へ"), with
     * blanks: the full-width bar, the katakana middle dot and the ideographic space of Japanese and Chinese lines among them.
     */
    private static final String LINK_SEPARATORS = "|·•/¦-–— \u00a0\t\n\r｜・\u3000";

    /**
     * True when nothing but separators ({@link #LINK_SEPARATORS}), links and empty elements (an AMP share
     * button) lie between a link and the edge of its parent or a block beside it, walking from {@code n}
     * backwards or forwards.
     */
    private static boolean standsAlone(Node n, boolean backwards) {
        for (int passed = 0; n != null; n = backwards ? n.previousSibling() : n.nextSibling()) {
            if (++passed > MAX_SIBLINGS_PASSED) {
                return false;
            }
            if (n instanceof Element el) {
                if (Blocks.isBlock(el) || el.nameIs("br")) {
                    return true;
                }
                if (!el.nameIs("a") && el.childNodeSize() == 0) {
                    continue; // an empty widget beside the link ("<amp-social-share>"): no words, as blanks are none
                }
                if (!el.nameIs("a") || el.childNodeSize() == 0) {
                    return false; // an empty link holds no back-link words
                }
                String words = el.text(); // read once: a line of links reads each neighbour's words
                if (words.length() > MAX_BACK_LINK_CHARS || !isLineLinkWords(words)) {
                    return false;
                }
            } else if (n instanceof TextNode t && !isSeparators(t.getWholeText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparators(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LINK_SEPARATORS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Sibling nodes passed over (blanks, comments) when looking for what stands beside a link. */
    private static final int MAX_SIBLINGS_PASSED = 8;

    /**
     * True when nothing but blanks lies between a link and the edge of its parent or a block
     * beside it, walking from {@code n} backwards or forwards: the link is a line of its own.
     */
    private static boolean endsLine(Node n, boolean backwards) {
        for (int passed = 0; n != null; n = backwards ? n.previousSibling() : n.nextSibling()) {
            if (n instanceof Element el) {
                return Blocks.isBlock(el) || el.nameIs("br");
            }
            if ((n instanceof TextNode t && !t.isBlank()) || ++passed > MAX_SIBLINGS_PASSED) {
                return false;
            }
        }
        return true;
    }

    /** A deals box is small: a title and a few shops' prices. */
    private static final int MAX_DEALS_BOX_CHARS = 300;

    /** Its title is one short line. */
    private static final int MAX_DEALS_TITLE_CHARS = 80;

    /** Lists a CMS sets an article's record in: Joomla's "article-info" is a definition list, other themes use a plain list. */
    private static final Set<String> RECORD_LIST_TAGS = Set.of("dl", "ul");

    /**
     * schema.org properties of an article's record rather than its text: who wrote it, when it was
     * published or changed, the section it is filed in, how often it was read.
     */
    static final Set<String> ARTICLE_RECORD_ITEMPROPS = Set.of(
            "author", "creator", "datePublished", "dateCreated", "dateModified", "genre", "articleSection",
            "interactionCount", "interactionStatistic");

    /** At least this many entries of the list carry a record's property: one is a byline line in a list of facts. */
    private static final int MIN_RECORD_ENTRIES = 2;

    /** A record list is a few short fields. */
    private static final int MAX_RECORD_LIST_CHARS = 300;

    /** Entries of a list asked for a record's property: a record has a handful. */
    private static final int MAX_RECORD_ENTRIES_ASKED = 12;

    /** Nodes walked inside one entry looking for a property: an entry is a label, an icon and a value. */
    private static final int MAX_RECORD_ENTRY_NODES = 24;

    /** Ancestors walked from a property to the item it belongs to: pages nest a few dozen deep. */
    private static final int MAX_SCOPE_ANCESTORS = 64;

    /**
     * A short list whose entries carry the article's record in microdata ({@link #ARTICLE_RECORD_ITEMPROPS}
     * of the page's Article, or of no declared item): the details block a CMS prints above or under
     * the text, labels and all (Joomla's {@code <dl class="article-info">}: "Details", "Geschrieben
     * von: …", "Kategorie: …", "Veröffentlicht: …", "Zugriffe: 318", in the site's language). Its
     * fields are the record's, read by the metadata stage; in the text they are furniture. A list of
     * a book's or an event's facts carries its item's properties (a Book's author, an Event's date)
     * and stays.
     */
    private static boolean isArticleRecordList(Element e, TextStats.Stats s) {
        if (!RECORD_LIST_TAGS.contains(e.normalName()) || s == null || s.chars == 0 || s.chars > MAX_RECORD_LIST_CHARS) {
            return false;
        }
        int entries = 0;
        int asked = 0;
        for (Element entry = e.firstElementChild(); entry != null && asked++ < MAX_RECORD_ENTRIES_ASKED; entry = entry.nextElementSibling()) {
            if (carriesArticleRecord(entry) && ++entries >= MIN_RECORD_ENTRIES) {
                return true;
            }
        }
        return false;
    }

    /** True when the entry, or an element among its first nodes, carries a property of the article's record. */
    private static boolean carriesArticleRecord(Element entry) {
        int seen = 0;
        for (Node n = entry; n != null && seen++ < MAX_RECORD_ENTRY_NODES; n = TreeWalk.next(n, entry)) {
            if (n instanceof Element x && ARTICLE_RECORD_ITEMPROPS.contains(x.attr("itemprop")) && belongsToArticle(x)) {
                return true;
            }
        }
        return false;
    }

    /** schema.org types of an article, by the end of their names ("NewsArticle", "ReportageNewsArticle"), and of a blog's posts. */
    private static final String ARTICLE_TYPE_END = "Article";
    private static final Set<String> POSTING_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting");

    /** True when the item a property belongs to (its nearest ancestor with {@code itemscope}) is an article, or none is declared. */
    private static boolean belongsToArticle(Element property) {
        int steps = 0;
        for (Element a = property.parent(); a != null && steps++ < MAX_SCOPE_ANCESTORS; a = a.parent()) {
            if (a.hasAttr("itemscope")) {
                String type = a.attr("itemtype").strip();
                String name = type.substring(type.lastIndexOf('/') + 1);
                return name.endsWith(ARTICLE_TYPE_END) || POSTING_TYPES.contains(name);
            }
        }
        return true;
    }

    /** Its list names at least this many offers, each a shop's paid link. */
    private static final int MIN_DEALS_OFFERS = 2;

    /** Short unlinked lines beside its list at most: the widget's title and its note on the prices ("Preise inkl. MwSt., Stand heute 08:00 Uhr"). */
    private static final int MAX_DEALS_LINES = 2;

    /**
     * A shop widget's box of offers: a list of at least {@link #MIN_DEALS_OFFERS} items, each holding
     * paid links only ({@code rel="sponsored"}), and beside it nothing but short unlinked lines that
     * are not headings (the widget's title, "Today's best … deals", and a note on the prices, at most
     * {@link #MAX_DEALS_LINES}) and no prose. The list alone goes
     * as a link list; its title would stay as a stray line. A product named in an article's list is
     * set as a heading or beside a sentence describing it, and stays. Asked only of blocks with a paid
     * link under them.
     */
    private static boolean isDealsBox(Element e, TextStats.Stats s, TextStats stats) {
        if (s == null || (s.under & TextStats.UNDER_SPONSORED_LINK) == 0 || !s.block || s.proseChars > 0
                || s.chars > MAX_DEALS_BOX_CHARS || PROTECTED_TAGS.contains(e.normalName())) {
            return false;
        }
        Element list = null;
        int titles = 0;
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            TextStats.Stats cs = stats.of(c); // null for an inline child: its text and links are read, the box being small
            String tag = c.normalName();
            int chars = cs != null ? cs.chars : c.text().strip().length();
            boolean linked = cs != null ? cs.links > 0 : c.nameIs("a") || c.selectFirst(ANY_LINK) != null;
            if ((tag.equals("ul") || tag.equals("ol")) && list == null) {
                list = c;
            } else if (chars == 0) {
                continue; // a picture, an empty wrapper
            } else if (linked || Blocks.isHeading(c) || chars > MAX_DEALS_TITLE_CHARS || ++titles > MAX_DEALS_LINES) {
                return false;
            }
        }
        if (list == null || titles == 0) {
            return false;
        }
        int offers = 0;
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            for (Element a : li.getElementsByTag("a")) {
                if (!Notices.hasToken(a.attr("rel"), Notices.SPONSORED_REL)) {
                    return false;
                }
            }
            TextStats.Stats ls = stats.of(li);
            if (ls == null || (ls.under & TextStats.UNDER_SPONSORED_LINK) == 0) {
                return false;
            }
            offers++;
        }
        return offers >= MIN_DEALS_OFFERS;
    }

    /** A box of shop links with its own disclosure is this short: a title, a few offers, the note. */
    private static final int MAX_DISCLOSED_LINK_BOX_CHARS = 600;

    /** A child this much linked is a link, or a list of links. */
    private static final double MIN_LINK_CHILD_SHARE = 0.8;

    /**
     * A box of links that discloses them as paid: its children are links alone (a link, a list of links), a title (a
     * heading or a short line) and an affiliate disclosure ({@link Notices#isAffiliateDisclosure}), nothing else ("Le
     * migliori offerte" over two Amazon links and "I link di questo box sono affiliati: … riceve una commissione", Korean
     * "오늘의 특가" over a link and Coupang's disclosure). The note says what the links are, so the box is a shop's widget
     * however its links are marked, and goes whole: the disclosure alone would go ({@link Notices}) and leave its title and
     * offers. A paragraph of the writer's beside a disclosure is no link, and keeps the box.
     */
    private static boolean isDisclosedLinkBox(Element e, TextStats.Stats s, TextStats stats) {
        if (s == null || s.links == 0 || !s.block || s.chars > MAX_DISCLOSED_LINK_BOX_CHARS || PROTECTED_TAGS.contains(e.normalName())
                || ITEM_TAGS.contains(e.normalName()) || e.nameIs("p") || !e.ownText().isBlank()) {
            return false;
        }
        // refused by its children's sizes alone, before any child's text is read for a disclosure
        return mayBeDisclosedLinkBox(e, stats) && hasDisclosedLinkBoxChildren(e, stats);
    }

    /**
     * True when the box's children are {@link #isDisclosedLinkBox}'s: links alone, an affiliate disclosure, and a title at
     * most, read in order (the first child that is not linked and holds a disclosure is the disclosure).
     */
    static boolean hasDisclosedLinkBoxChildren(Element e, TextStats stats) {
        boolean disclosed = false;
        int linked = 0;
        int titles = 0;
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            TextStats.Stats cs = stats.of(c); // null for an inline child: its text is read, the box being small
            int chars = cs != null ? cs.chars : c.text().strip().length();
            int linkChars = cs != null ? cs.linkChars : c.nameIs("a") ? chars : 0;
            if (chars == 0) {
                continue; // a picture, an empty wrapper
            }
            if (linkChars >= MIN_LINK_CHILD_SHARE * chars) {
                linked++;
            } else if (!disclosed && Notices.isAffiliateDisclosure(c.text())) {
                disclosed = true;
            } else if (chars > MAX_DEALS_TITLE_CHARS || ++titles > 1) {
                return false;
            }
        }
        return disclosed && linked > 0;
    }

    /**
     * False when the box's children, by their sizes and link shares alone, cannot make {@link #isDisclosedLinkBox}'s shape:
     * a linked child and one or two others (the disclosure, and a title at most). {@link #hasDisclosedLinkBoxChildren}
     * reads a child's text for a disclosure only after this, so that most small boxes of links are refused without it;
     * whatever this admits, that method answers as before.
     */
    static boolean mayBeDisclosedLinkBox(Element e, TextStats stats) {
        int linked = 0;
        int others = 0;
        for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
            TextStats.Stats cs = stats.of(c);
            int chars = cs != null ? cs.chars : c.text().strip().length();
            int linkChars = cs != null ? cs.linkChars : c.nameIs("a") ? chars : 0;
            if (chars == 0) {
                continue;
            }
            if (linkChars >= MIN_LINK_CHILD_SHARE * chars) {
                linked++;
            } else if (++others > 2) {
                return false;
            }
        }
        return linked > 0 && others > 0;
    }

    /** A shop's product box is a name, a price and a button or two: this short. */
    private static final int MAX_PRODUCT_BOX_CHARS = 200;

    /**
     * A shop's product box set between an article's paragraphs: a small block with a paid link under
     * it ({@code rel="sponsored"}, or "nofollow" as paid links were marked before), a price in its text ({@link PriceLines#PRICE}), no prose and
     * no heading or list: the product's name, its price and the shop's button ("Voir l'offre", "Vedi offerta
     * su Amazon", "Zum Angebot"). The button alone went as a line of its own ({@link #isShopButton})
     * and left the name and price as stray lines, or stayed when set inline beside them. A product
     * an article names in its heading, or describes in a sentence, stays.
     */
    private static boolean isProductBox(Element e, TextStats.Stats s, TextStats stats) {
        if (s == null || s.links == 0 || !s.block || s.proseChars > 0
                || s.chars > MAX_PRODUCT_BOX_CHARS || PROTECTED_TAGS.contains(e.normalName()) || ITEM_TAGS.contains(e.normalName())) {
            return false;
        }
        boolean paid = (s.under & TextStats.UNDER_SPONSORED_LINK) != 0;
        if (e.normalName().equals("p")) {
            return false; // a paragraph is the writer's
        }
        // a card among cards alike is an item of a shopping list, the card or a wrapper of it alone beside them
        int up = 0;
        for (Element x = e; x != null && up++ < MAX_PRODUCT_CARD_WRAPPERS; x = x.parent()) {
            TextStats.Stats xs = stats.of(x);
            if (xs == null || xs.chars != s.chars || PROTECTED_TAGS.contains(x.normalName())) {
                break;
            }
            if (hasLinkedSiblingAlike(x, x.previousElementSibling(), stats) || hasLinkedSiblingAlike(x, x.nextElementSibling(), stats)) {
                return false;
            }
        }
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_PRODUCT_BOX_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof Element c && (Blocks.isHeading(c) || c.nameIs("ul") || c.nameIs("ol"))) {
                return false; // a list of offers is a deals box's ({@link #isDealsBox}), or the article's list
            }
            // before rel="sponsored" (2019), search engines asked for paid links to be marked "nofollow", as shops' buttons still are
            paid |= n instanceof Element a && a.nameIs("a") && Notices.hasToken(a.attr("rel"), UNFOLLOWED_REL);
        }
        if (steps > MAX_PRODUCT_BOX_NODES || !paid) {
            return false;
        }
        String text = e.text().strip();
        return !text.isEmpty() && !TextStats.endsSentence(text.charAt(text.length() - 1)) && PriceLines.PRICE.matcher(text).find()
                && !isRecurringBox(e, stats);
    }

    /** Letters a product's name holds at least, beside the box's price and links. */
    private static final int MIN_PRODUCT_NAME_LETTERS = 3;

    /**
     * True when the box is built of lines: one of its blocks, unlinked, names the product (letters beside any price),
     * and each of its links is a shop's button on a line of its own ({@link #isShopButton}), which goes alone. A box of
     * inline spans ("Alfi Classic 1,0 l34,99 €Bei Amazon ansehen*"), or one whose name is its link, would leave the
     * shop's words run into the name, or nothing of the article's.
     */
    private static boolean namesProductOnALine(Element box) {
        boolean named = false;
        for (Node n = box; n != null; n = TreeWalk.next(n, box)) {
            if (n instanceof Element a && a.nameIs("a") && !isShopButton(a)) {
                return false;
            }
            if (!named && n != box && n instanceof Element c && Blocks.isBlock(c) && c.getElementsByTag("a").isEmpty()) {
                String words = PriceLines.PRICE.matcher(c.text()).replaceAll(" ");
                named = words.codePoints().filter(Character::isLetter).count() >= MIN_PRODUCT_NAME_LETTERS;
            }
        }
        return named;
    }

    /** Siblings of a product box looked at for another built alike: a shopping article's items are a few dozen blocks apart at most. */
    private static final int MAX_RECURRING_BOX_SIBLINGS = 200;

    /**
     * True when the product box recurs among its siblings, built alike (the same tag and class) with a link, with the
     * article's own blocks between them: a gift guide's or a best-of list's products, each set under the writer's
     * words about it. The products are the article's subject and each box names one, so the box is the article's item
     * (its shop button goes as a line of its own, {@link #isShopButton}); a box that stands once between paragraphs is
     * the shop's embed in another story, cut whole.
     */
    private static boolean isRecurringBox(Element e, TextStats stats) {
        Element parent = e.parent();
        if (parent == null || e.className().isEmpty() || !namesProductOnALine(e)) {
            return false;
        }
        int seen = 0;
        for (Element sibling = parent.firstElementChild(); sibling != null && seen++ < MAX_RECURRING_BOX_SIBLINGS;
                sibling = sibling.nextElementSibling()) {
            if (sibling != e && sibling != e.previousElementSibling() && sibling != e.nextElementSibling()
                    && hasLinkedSiblingAlike(e, sibling, stats)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code sibling} is built as {@code e} is (the same tag and class) and holds a link
     * too: cards of a shopping list, each product the list's item, not a box set between paragraphs.
     */
    private static boolean hasLinkedSiblingAlike(Element e, Element sibling, TextStats stats) {
        if (sibling == null || !sibling.normalName().equals(e.normalName()) || !sibling.className().equals(e.className())) {
            return false;
        }
        TextStats.Stats ss = stats.of(sibling);
        return ss != null && ss.links > 0;
    }

    /** The {@code rel} token of a link its site does not vouch for, paid links included before {@code sponsored} existed. */
    private static final String UNFOLLOWED_REL = "nofollow";

    /** Wrappers around a product card, each holding nothing else, asked for siblings alike: a grid's item and cell. */
    private static final int MAX_PRODUCT_CARD_WRAPPERS = 4;

    /** Nodes of a product box read for a heading: a name, a price and a button are a few dozen. */
    private static final int MAX_PRODUCT_BOX_NODES = 60;

    /** A table of contents links to at least this many parts of the page. */
    private static final int MIN_CONTENTS_LINKS = 2;

    /** ...and holds beside its links at most its label, this long ("Inhoudsopgave", "Table of contents", "Sommaire"). */
    private static final int MAX_CONTENTS_LABEL_CHARS = 40;

    /** Nodes of a table of contents read for its links: a long article's is a few dozen entries. */
    private static final int MAX_CONTENTS_NODES = 400;

    /**
     * A table of contents set into the text: a block whose links, at least {@link #MIN_CONTENTS_LINKS},
     * all point to parts of the page itself ({@code href="#…"}), with no more beside them than a label.
     * The links went as a link list and left the label ("Inhoudsopgave", "Contenido") as a stray
     * line; the box goes whole. Themes and plug-ins name it every way, so its links, not its class,
     * tell it.
     */
    private static boolean isTableOfContents(Element e, TextStats.Stats s) {
        if (s == null || !s.block || s.links < MIN_CONTENTS_LINKS || s.chars - s.linkChars > MAX_CONTENTS_LABEL_CHARS
                || PROTECTED_TAGS.contains(e.normalName()) || ITEM_TAGS.contains(e.normalName())) {
            return false; // a heading linked to its own anchor is a heading, an item one entry
        }
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_CONTENTS_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof Element a && a.nameIs("a")) {
                String href = a.attr("href");
                if (href.length() < 2 || href.charAt(0) != '#') {
                    return false;
                }
            }
        }
        return steps <= MAX_CONTENTS_NODES;
    }

    /** A small block around an e-mail input: a newsletter sign-up with its pitch ("Jeden Freitag ... in Ihr Postfach"). */
    private static boolean isSignupBox(Element e, TextStats.Stats s, int keepAbove) {
        return s != null && (s.under & TextStats.UNDER_EMAIL_INPUT) != 0 && s.block && s.chars <= MAX_SIGNUP_BOX_CHARS
                && s.proseChars < keepAbove && !PROTECTED_TAGS.contains(e.normalName());
    }

    /**
     * Headings that name a section of readers' comments, in the languages of the pages read, counts
     * and punctuation taken off ("12 Kommentare", "Reacties (3)", "Commentaires :"). Plurals only: the
     * singular labels an opinion piece's genre ("Kommentar", "Commentaire") over its own text.
     */
    static final Set<String> COMMENT_SECTION_HEADINGS = Set.of(
            "comments", "reader comments", "kommentare", "leserkommentare", "reacties",
            "commentaires", "comentarios", "comentários", "commenti", "komentarze", "komentáře", "komentarji",
            "kommentarer", "kommentit", "hozzászólások", "yorumlar", "σχόλια", "комментарии", "التعليقات",
            // the same in Croatian, Bosnian and Serbian (Latin and Cyrillic, as Macedonian and Bulgarian), Ukrainian,
            // Romanian, Slovak, Estonian, Latvian, Lithuanian, Albanian and Hungarian: all plurals
            "komentari", "коментари", "коментарі", "comentarii", "komentáre", "kommentaarid", "komentāri", "komentarai",
            "komentet", "kommentek",
            // readers' reviews (a rating beside each comment) under a recipe or a product: "Avis (128)", "Valoraciones (54)"
            "reviews", "user reviews", "customer reviews", "bewertungen", "kundenbewertungen", "avis", "avis clients",
            "valoraciones", "opiniones", "recensioni", "opinie", "beoordelingen", "recensies");

    /**
     * A word of a heading that names a newsletter in the languages that have their own word for it, or spell the
     * loanword their way: Hungarian "hírlevél" (its stem "hírlevel-", as in "hírlevelünkre"), Finnish "uutiskirje",
     * Estonian "uudiskiri"/"uudiskirja-", Swedish and Norwegian "nyhetsbrev", Danish "nyhedsbrev", Dutch "nieuwsbrief",
     * Lithuanian "naujienlaiškis", Serbian "njuzleter"/"њузлетер", Russian and Ukrainian "рассылка"/"розсилка" and
     * "ньюслеттер", Greek "ενημερωτικό δελτίο", Arabic "النشرة البريدية", Persian "خبرنامه", Hebrew "ניוזלטר": the
     * stem, whatever case ending follows.
     */
    private static final Pattern NEWSLETTER_NATIVE_WORD = Pattern.compile(
            "(?iU)(?<![\\p{L}])(?:hírlevel|hírlevél|uutiskirje|uudiskir|nyhetsbrev|nyhedsbrev|nieuwsbrief|naujienlaišk|njuzleter|њузлетер"
                    + "|рассылк|розсилк|ньюслеттер|ньюзлеттер|ενημερωτικό δελτίο|النشرة البريدية|خبرنامه|ניוזלטר)");

    /** A word of a heading that names a newsletter: the loanword of most European languages. */
    private static final Pattern NEWSLETTER_WORD = Pattern.compile("(?iU)(?<![\\p{L}])newsletter(?![\\p{L}&&[^s]])");

    /** A heading read as a section's label is no longer than this. */
    private static final int MAX_SECTION_LABEL_CHARS = 80;

    /** Counts, brackets and punctuation around a section's label ("Kommentare (54)", "12 comments:"). */
    private static final Pattern LABEL_NOISE = Pattern.compile("[\\p{N}\\p{P}\\p{S}]+");

    /** Runs of blanks in a section's label, made one space. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * The longest of {@link #COMMENT_SECTION_HEADINGS}: a label with more letters than this names
     * none of them (cleaning a label takes no letter out, and lower case adds characters, if any).
     */
    private static final int MAX_COMMENT_SECTION_HEADING_CHARS = COMMENT_SECTION_HEADINGS.stream().mapToInt(String::length).max().orElse(0);

    /** A section's label as the lists of headings hold it: counts and punctuation out, lower case, blanks collapsed. */
    private static String sectionKey(String label) {
        return BLANKS.matcher(LABEL_NOISE.matcher(label).replaceAll(" ").strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /**
     * The end of {@link #NEWSLETTER_WORD}'s word, whose letters nothing else matches when case is folded:
     * a label without it in some ASCII case is not tried against the pattern.
     */
    private static final String NEWSLETTER_TAIL = "letter";

    /** The letters of the text, counted up to one more than {@code enough}. */
    private static int letters(String text, int enough) {
        int n = 0;
        for (int i = 0; i < text.length() && n <= enough; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A block that its own heading names as furniture: its first child is a heading naming readers'
     * comments ({@link #COMMENT_SECTION_HEADINGS}), or, in a box no larger than a sign-up's, naming a
     * newsletter ("La newsletter del mattino", "Reise-Newsletter"), a shop, the writer, a notice's record ("Metryczka",
     * {@link #RECORD_BOX_HEADINGS}) or the site's editorial standards ({@link #TRUST_BOX_HEADINGS}). A section is what its heading says
     * it is, whatever the theme calls it ("reviews", "nl-box"); the page's own text is never headed so
     * while it is shorter than the bulk of the page's prose.
     */
    private static boolean isHeadedFurniture(Element e, TextStats.Stats s, TextStats before, int keepAbove) {
        Element heading = e.firstElementChild();
        if (heading == null || !Blocks.isHeading(heading) || PROTECTED_TAGS.contains(e.normalName())) {
            return false;
        }
        TextStats.Stats h = before.of(heading);
        if (s == null || h == null || h.chars == 0 || h.chars > MAX_SECTION_LABEL_CHARS || s.proseChars >= keepAbove) {
            return false;
        }
        String label = heading.text();
        String key = null; // the label as the heading lists hold it, worked out once when asked
        if (letters(label, MAX_COMMENT_SECTION_HEADING_CHARS) <= MAX_COMMENT_SECTION_HEADING_CHARS) { // a longer label names no comments
            key = sectionKey(label);
            if (COMMENT_SECTION_HEADINGS.contains(key)) {
                return true;
            }
        }
        if (s.chars > MAX_SIGNUP_BOX_CHARS) {
            return false;
        }
        if (ContentPruner.containsIgnoringAsciiCase(label, NEWSLETTER_TAIL) && NEWSLETTER_WORD.matcher(label).find()) {
            return true;
        }
        if (NEWSLETTER_NATIVE_WORD.matcher(label).find()) {
            return true; // "Iratkozzon fel hírlevelünkre!", "Tilaa uutiskirjeemme", "Підпишіться на розсилку"
        }
        if (key == null) {
            key = sectionKey(label);
        }
        if (SHOPPING_BOX_HEADINGS.contains(key) || AUTHOR_BOX_HEADINGS.contains(key) || RECORD_BOX_HEADINGS.contains(key)
                || TRUST_BOX_HEADINGS.contains(key)) {
            return true;
        }
        // "Grünwerk R40 – Preisvergleich", "Preisvergleich: Grünwerk R40": the box's kind beside the product it is on
        if (!hasLabelJoint(label)) {
            return false; // most labels join nothing: no split is made for them
        }
        for (String part : LABEL_PARTS.split(label, MAX_LABEL_PARTS)) {
            if (part.length() < label.length() && SHOPPING_BOX_HEADINGS.contains(sectionKey(part))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label that marks an advertisement, as press law asks publishers to set it over paid
     * content ("Anzeige", "Werbung", "Advertisement", "Publicité", "Publicidad", "Pubblicità"),
     * every language's ({@link AdLabels}) read as the section lists are ({@link #sectionKey}: case and
     * punctuation off).
     */
    static final Set<String> AD_LABELS = AdLabels.WORDS.stream().map(NoiseRemover::sectionKey).collect(Collectors.toUnmodifiableSet());

    /** An ad box under its label is a teaser's length: a line or two of pitch and a link. */
    private static final int MAX_AD_BOX_CHARS = 400;

    /** An ad's label is a word or two. */
    private static final int MAX_AD_LABEL_CHARS = 24;

    /**
     * An advertisement set among the paragraphs in a small box whose first line is its label alone
     * ({@link #AD_LABELS}: "<p>Anzeige</p><p>Sparen Sie beim Autokauf ...</p>"): the label says what the box
     * is, whatever the theme calls it ("ticker-post--ad", "promo-box"). The label alone goes with the
     * phrase rules; the pitch under it goes with its box.
     */
    private static boolean isLabelledAd(Element e, TextStats.Stats s, TextStats before, int keepAbove) {
        if (s == null || !s.block || s.chars > MAX_AD_BOX_CHARS || s.proseChars >= keepAbove || PROTECTED_TAGS.contains(e.normalName())) {
            return false;
        }
        Element label = e.firstElementChild();
        if (label == null || label.nextElementSibling() == null) {
            return false; // a label with nothing under it is cut by its words
        }
        TextStats.Stats ls = before.of(label);
        if (ls != null && ls.chars > MAX_AD_LABEL_CHARS || Blocks.holdsBlock(label)) {
            return false; // a label is a line of its own, not an ad slot's wrapper around its label and its frame
        }
        String text = label.text();
        return text.length() <= MAX_AD_LABEL_CHARS && isAdLabel(text) && startsWithChild(e, label);
    }

    /** True when the line is one of {@link #AD_LABELS}, whatever its case and punctuation ("ANZEIGE", "Publicidad:"). */
    static boolean isAdLabel(String text) {
        return mayBeAdLabel(text) && AD_LABELS.contains(sectionKey(text));
    }

    /** The first letters of {@link #AD_LABELS}, lower case: a line opened by another letter is no label. */
    private static final String AD_LABEL_INITIALS = AD_LABELS.stream().map(l -> l.substring(0, 1)).distinct().collect(Collectors.joining());

    /** True when the line's first letter opens one of {@link #AD_LABELS}: most short lines are refused without their key being made. */
    private static boolean mayBeAdLabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return AD_LABEL_INITIALS.indexOf(Character.toLowerCase(c)) >= 0;
            }
        }
        return false;
    }

    /** True when no text but blanks stands before the child in the element: the child is its first line. */
    private static boolean startsWithChild(Element e, Element child) {
        for (Node n = e.firstChild(); n != null && n != child; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Where a heading's label joins the box's kind and its subject: a spaced dash, or a colon. */
    private static final Pattern LABEL_PARTS = Pattern.compile("\\s[–—-]\\s|:\\s");

    /** True when the label holds a character {@link #LABEL_PARTS} joins at: a colon or a dash. */
    private static boolean hasLabelJoint(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == ':' || c == '-' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    /** A label is split into at most this many parts: a kind and a subject. */
    private static final int MAX_LABEL_PARTS = 3;

    /**
     * Headings of the writer's card that blog and news themes set after the text (a portrait, a line
     * or two on who wrote it), read as {@link #SHOPPING_BOX_HEADINGS} are, in a box no larger than a
     * sign-up's: "Über den Autor", "About the author", "Sobre la autora". "Zur Person" is not one: it
     * heads a box on the person an article is about, which is content.
     */
    static final Set<String> AUTHOR_BOX_HEADINGS = Set.of(
            "über den autor", "über die autorin", "über den verfasser", "über die verfasserin", "zum autor", "zur autorin",
            "über die autoren", "about the author", "about the authors", "about the writer", "à propos de l auteur",
            "à propos de l autrice", "à propos de l auteure", "sobre el autor", "sobre la autora", "sull autore", "l autore",
            "sull autrice", "over de auteur", "over de schrijver", "o autorze", "o autorce", "sobre o autor", "sobre a autora");

    /**
     * The Italian "L'autrice", the writer's card's heading when she is a woman, which {@link #AUTHOR_BOX_HEADINGS} leaves out:
     * a review heads its box on the novelist so too. Read only where the note under it names the page's own writer.
     */
    private static final String FEMININE_AUTHOR_HEADING = "l autrice";

    /**
     * True when the label is an author box's heading ({@link #AUTHOR_BOX_HEADINGS}, "About the author", "L'autore") or
     * {@link #FEMININE_AUTHOR_HEADING}: for a caller that checks the note under it names one of the page's writers.
     */
    static boolean isWritersNoteHeading(String label) {
        if (label.length() > MAX_COMMENT_SECTION_HEADING_CHARS) {
            return false;
        }
        String key = sectionKey(label);
        return AUTHOR_BOX_HEADINGS.contains(key) || key.equals(FEMININE_AUTHOR_HEADING);
    }

    /**
     * Headings of the record Polish public-information bulletins (BIP) and public bodies' sites print under each notice, by
     * law (who made and who published it, when, how often it was viewed), read as {@link #SHOPPING_BOX_HEADINGS} are, in a
     * box no larger than a sign-up's: "Metryczka", "Metryczka strony", or "Metryka" ("record", the noun the diminutive comes
     * from, as other bulletins' themes print it). {@link ClassHints} knows the box by its class word when the theme names it
     * so; a theme that does not is known by its heading.
     */
    static final Set<String> RECORD_BOX_HEADINGS = Set.of("metryczka", "metryczka strony", "metryczka dokumentu", "metryczka informacji",
            "metryczka artykułu", "metryczka wiadomości", "metryka", "metryka strony", "metryka dokumentu", "metryka informacji");

    /**
     * Headings of the box in which a site vouches for its own pages (how its writers work, that its partners do not sway
     * them), as finance, health and review sites set one under or beside each article, read as {@link #SHOPPING_BOX_HEADINGS}
     * are, in a box no larger than a sign-up's: "Our editorial standards", "Why trust us", "Unsere redaktionellen
     * Grundsätze", "Notre charte éditoriale", "Nuestra política editorial". The site speaks of its own ("our", "unsere",
     * "notre"): a story on a broadcaster's "editorial standards" names whose they are.
     */
    static final Set<String> TRUST_BOX_HEADINGS = Set.of(
            "our editorial standards", "our editorial guidelines", "our editorial policy", "our editorial process",
            "our editorial principles", "our editorial integrity", "why trust us", "why you can trust us",
            "unsere redaktionellen standards", "unsere redaktionellen grundsätze", "unsere redaktionellen richtlinien",
            "warum sie uns vertrauen können", "notre charte éditoriale", "nos engagements éditoriaux", "notre engagement éditorial",
            "nuestros estándares editoriales", "nuestra política editorial", "por qué confiar en nosotros",
            "i nostri standard editoriali", "la nostra politica editoriale", "nossos padrões editoriais", "nossa política editorial",
            "por que confiar em nós", "onze redactionele richtlijnen", "onze redactionele principes", "nasze standardy redakcyjne",
            "nasza polityka redakcyjna");

    /**
     * Headings of a shopping box set into a product test or a guide (shops, prices and "to the offer"
     * buttons, the affiliate notice under them), read as {@link #COMMENT_SECTION_HEADINGS} are, in a
     * box no larger than a sign-up's: "Preisvergleich", "Où l'acheter ?", "Dónde comprar".
     */
    static final Set<String> SHOPPING_BOX_HEADINGS = Set.of(
            "preisvergleich", "bester preis", "angebote", "hier kaufen", "jetzt kaufen", "price comparison", "where to buy",
            "best deals", "best prices", "buy it now", "comparateur de prix", "où l acheter", "où acheter", "meilleurs prix",
            "dónde comprar", "comparador de precios", "dove comprare", "confronta prezzi", "miglior prezzo",
            "prijsvergelijking", "waar te koop", "porównanie cen", "gdzie kupić", "najlepsze ceny");

    private static int prose(TextStats.Stats s) {
        return s == null ? 0 : s.proseChars;
    }

    /**
     * schema.org microdata naming an element the article's body or a part of a recipe or how-to
     * (ingredients, steps): the page's own statement that it is content, whatever its class says
     * ("recipe-print-box").
     */
    private static boolean isDeclaredByMicrodata(Element e, String itemprop, Attributes attributes) {
        if (!itemprop.isEmpty() && CONTENT_ITEMPROPS.contains(itemprop)) {
            return true;
        }
        String type = itemtypeName(attributes);
        return !type.isEmpty() && (CONTENT_ITEMTYPES.contains(type) || (type.equals(COMMENT_ITEMTYPE) && isThreadReply(e)));
    }

    /** The name of the element's schema.org type ("https://schema.org/Recipe": "Recipe"), or "". */
    private static String itemtypeName(Attributes attributes) {
        String itemtype = attributes.get("itemtype");
        return itemtype.isEmpty() ? "" : itemtype.substring(itemtype.lastIndexOf('/') + 1).strip();
    }

    /**
     * A {@code Comment} set in the list of a forum thread's posts, whose first item is the thread's opening post
     * ({@link #THREAD_POST_ITEMTYPE}): a reply of the thread, which is the page's text as the question is
     * (vBulletin's "js-comment-entry" posts). Readers' comments under an article sit in a list of their own.
     */
    private static boolean isThreadReply(Element e) {
        Element parent = e.parent();
        Element first = parent == null ? null : parent.firstElementChild();
        return first != null && first != e && first.normalName().equals(e.normalName()) && first.attributesSize() > 0
                && itemtypeName(first.attributes()).equals(THREAD_POST_ITEMTYPE);
    }

    /**
     * A page builder's block named as a widget ({@link ClassHints#WIDGET}: Elementor's
     * "elementor-widget-wrap", "elementor-widget-container") that was kept because it holds the bulk
     * of the page's prose: the column the page's text is built in, block by block. Its own widgets
     * (a heading, a text editor, a list) are the parts of that text, as inside a theme's article body,
     * and not a sidebar's boxes; a sidebar's widgets sit in another column, beside it. A picture's
     * widget ({@link ClassHints#namesPictureWidget}) is still taken: its text is the picture's caption. A column that
     * is not named (Elementor's flexbox containers "e-con") is known by the widgets it is built of: at
     * least {@link #MIN_COLUMN_WIDGETS} of its children.
     */
    private static boolean isWidgetColumn(Element e, TextStats.Stats measured, int keepAbove, ClassHints.Cache hints) {
        if (measured == null || prose(measured) < keepAbove || !Blocks.isBlock(e)) {
            return false;
        }
        if (e.attributesSize() > 0 && hints.of(e, measured) == ClassHints.Hint.WIDGET) {
            return true;
        }
        int widgets = 0;
        int children = 0;
        for (Element c = e.firstElementChild(); c != null && children++ < MAX_COLUMN_CHILDREN_ASKED; c = c.nextElementSibling()) {
            if (c.attributesSize() > 0 && hints.namesWidget(c) && !isPostCard(c) && ++widgets >= MIN_COLUMN_WIDGETS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A widget that wraps an {@code <article>}: by HTML a self-contained composition, so a post of a
     * feed whose platform names each post's card a widget, not a block of one page's text.
     */
    private static boolean isPostCard(Element widget) {
        Element first = widget.firstElementChild();
        return first != null && first.normalName().equals("article");
    }

    /** A block with this many widget-named children ({@link ClassHints#WIDGET}) is a page builder's column. */
    private static final int MIN_COLUMN_WIDGETS = 2;

    /** Children of a block looked at for widgets: a column's first blocks show what it is built of. */
    private static final int MAX_COLUMN_CHILDREN_ASKED = 12;

    /** The page's own statement of where the article is: article, main, articleBody, content-named blocks. */
    private static boolean isDeclaredContent(Element e, ClassHints.Cache hints) {
        String tag = e.normalName();
        if (tag.equals("article") || "articleBody".equals(Blocks.attr(e, "itemprop"))) {
            return true;
        }
        if (e.attributesSize() == 0 || !Blocks.isBlock(e)) {
            return false;
        }
        String cls = Blocks.attr(e, "class");
        return !cls.isEmpty() && hints.namesArticleBody(cls);
    }

    /** True when the class holds one of {@link #ARTICLE_BODY_NAMES}, in any case: asked once per distinct class ({@link ClassHints.Cache#namesArticleBody}). */
    static boolean namesArticleBody(String classAttribute) {
        return lowerNamesArticleBody(classAttribute.toLowerCase(Locale.ROOT));
    }

    /** {@link #namesArticleBody} of a class attribute already lower-cased whole ({@code Locale.ROOT}). */
    static boolean lowerNamesArticleBody(String cls) {
        if (!containsAny(cls, ARTICLE_BODY_NAME_STEMS)) {
            return false; // a class holding no stem holds none of the names
        }
        for (String name : ARTICLE_BODY_NAMES) {
            if (cls.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code <header>} inside the article (an {@code <article>}, the articleBody, a theme's body
     * block): by HTML's sectioning rules the article's own introduction (headline, byline, lead),
     * not the site's banner. Pruning takes out its headline, byline and dateline; the lead stays.
     */
    private static boolean isArticleHeader(String tag, boolean inContent) {
        return inContent && tag.equals("header");
    }

    /** Any {@code <a>}, and the article element, as the deals box and the fact box ask for them: parsed once, not once an element. */
    private static final Evaluator ANY_LINK = QueryParser.parse("a");
    private static final Evaluator ARTICLE = QueryParser.parse("article");

    /** A link, as the headings are searched for one: parsed once, not once a heading. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    /**
     * A {@code <header>} that holds nothing but the heading of its section, in words of its own: by
     * HTML's sectioning rules the heading of the content block around it, as CMSs wrap every content
     * element's heading (TYPO3's {@code <header class="frame-header"><h2>}). A site's banner holds
     * its logo, navigation and links; a banner whose only heading is the site's name links it home.
     */
    private static boolean isSectionHeading(Element e) {
        if (!e.normalName().equals("header") || e.firstElementChild() == null) {
            return false;
        }
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!Blocks.isHeading(child) || child.text().isBlank()) {
                return false;
            }
            Element link = child.selectFirst(LINK);
            if (link != null && link.text().length() * 2 >= child.text().length()) {
                return false; // "<h1><a href=/>Site</a></h1>": the banner's name
            }
        }
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Marks that end a question: Latin, fullwidth (CJK), Arabic and Greek question marks. */
    private static final String QUESTION_MARKS = "?？؟;";

    /** A question that toggles its answer is a line: no more characters than this. */
    private static final int MAX_QUESTION_CHARS = 300;

    /**
     * True when the inline style holds a declaration of {@link #HIDING_DECLARATIONS}: the property, blanks,
     * a colon, blanks, the value, in any ASCII case, anywhere in the style (as the pattern
     * {@code (?i)display\s*:\s*none|visibility\s*:\s*hidden} finds them). Read at each colon, not at
     * each character: asked of every styled element.
     */
    static boolean hidesElement(String style) {
        for (int colon = style.indexOf(':'); colon >= 0; colon = style.indexOf(':', colon + 1)) {
            int end = colon; // the property ends where the blanks before the colon start
            while (end > 0 && isPatternBlank(style.charAt(end - 1))) {
                end--;
            }
            int start = colon + 1; // the value starts after the blanks after the colon
            while (start < style.length() && isPatternBlank(style.charAt(start))) {
                start++;
            }
            for (String[] declaration : HIDING_DECLARATIONS) {
                if (endsWithAsciiIgnoringCase(style, end, declaration[0]) && startsWithAsciiIgnoringCase(style, start, declaration[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A blank as a pattern's {@code \s} reads it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternBlank(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** True when {@code s} holds the lower-case ASCII {@code word} right before {@code end}, in any ASCII case. */
    private static boolean endsWithAsciiIgnoringCase(String s, int end, String word) {
        return end >= word.length() && startsWithAsciiIgnoringCase(s, end - word.length(), word);
    }

    /** True when {@code s} holds the lower-case ASCII {@code word} from {@code start} on, in any ASCII case. */
    private static boolean startsWithAsciiIgnoringCase(String s, int start, String word) {
        if (start + word.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = s.charAt(start + i);
            char w = word.charAt(i);
            if (c != w && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the element right before this one is a question: a short line ending in a question
     * mark. A collapsed block after its question is the answer a FAQ shows on a click ("Wie melde ich
     * mein Kind an?" over a {@code display:none} answer), however the script that opens it is
     * written; hidden furniture (a menu, a modal, a duplicate for small screens) follows no question.
     */
    private static boolean followsQuestion(Element e, TextStats before) {
        Element question = e.previousElementSibling();
        if (question == null) {
            return false;
        }
        TextStats.Stats q = before.of(question);
        boolean line = q != null ? q.chars <= MAX_QUESTION_CHARS : question.childNodeSize() <= 3 && question.childrenSize() <= 2;
        if (!line) {
            return false;
        }
        String text = question.text().strip();
        return !text.isEmpty() && text.length() <= MAX_QUESTION_CHARS && QUESTION_MARKS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Attributes naming the panel a disclosure button opens: WAI-ARIA's, and the data attributes of Bootstrap's collapse. */
    private static final List<String> PANEL_TARGET_ATTRIBUTES = List.of("aria-controls", "data-bs-target", "data-target");

    /**
     * A disclosure button set right before its panel: it says that it expands a panel
     * ({@code aria-expanded}) and names it ({@link #PANEL_TARGET_ATTRIBUTES}), and the element so
     * named comes right after the button, or after the block the button alone fills (an accordion's
     * card header). Its label is the panel's heading ("Voraussetzungen", "Gebühren"), part of the
     * text as a heading is; a menu's button opens a menu elsewhere, or one cut for its tag.
     */
    static boolean isDisclosureLabel(Element button) {
        String target = panelTarget(button);
        if (target.isEmpty()) {
            return false;
        }
        Element panel = button.nextElementSibling();
        Element parent = button.parent();
        if (panel == null && parent != null && parent.firstElementChild() == button) {
            panel = parent.nextElementSibling(); // the button alone in its header block
        }
        return panel != null && target.equals(panel.id());
    }

    /** The id of the panel a disclosure button expands ({@code aria-expanded} and {@link #PANEL_TARGET_ATTRIBUTES}), or "". */
    private static String panelTarget(Element button) {
        if (button.attributesSize() == 0 || !button.hasAttr("aria-expanded")) {
            return "";
        }
        String target = "";
        for (String key : PANEL_TARGET_ATTRIBUTES) {
            target = button.attr(key).strip();
            if (!target.isEmpty()) {
                break;
            }
        }
        return target.startsWith("#") ? target.substring(1) : target;
    }

    /** WAI-ARIA's role of a tab's panel. */
    private static final String TABPANEL_ROLE = "tabpanel";

    /**
     * A tab's panel (WAI-ARIA {@code role="tabpanel"}): content while another tab is shown, as an
     * accordion's collapsed panel is (a review's "Ausstattung" and "Fazit" tabs). Hidden only
     * until its tab is clicked, so not cut for being hidden; its links and name are judged as any block's.
     */
    private static boolean isTabPanel(Attributes attributes) {
        return attributes.get("role").equalsIgnoreCase(TABPANEL_ROLE);
    }

    /** Siblings after a collapsed block looked at for the button that expands it: a "Read more" sits right below. */
    private static final int MAX_TOGGLE_SIBLINGS = 2;

    /** Nodes walked inside each of those siblings for the button: a wrapper or two around it. */
    private static final int MAX_TOGGLE_NODES = 12;

    /**
     * A collapsed block whose disclosure button comes right after it ("Weiterlesen", "Read more"
     * under the first paragraphs): the button says it expands a panel ({@code aria-expanded}) and
     * names this block ({@link #PANEL_TARGET_ATTRIBUTES}). WAI-ARIA's disclosure pattern: the block
     * is the rest of the text, hidden until the click, as an accordion's panel is
     * ({@link #isAccordionToggle} finds the toggles set before their panels during the walk).
     */
    private static boolean isExpandedByToggleAfter(Element panel) {
        String id = panel.id();
        if (id.isEmpty()) {
            return false;
        }
        int siblings = 0;
        for (Element s = panel.nextElementSibling(); s != null && siblings++ < MAX_TOGGLE_SIBLINGS; s = s.nextElementSibling()) {
            int steps = 0;
            for (Node n = s; n != null && steps++ < MAX_TOGGLE_NODES; n = TreeWalk.next(n, s)) {
                if (n instanceof Element el && (el.nameIs("button") || el.nameIs("a")) && id.equals(panelTarget(el))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The toggle of a WAI-ARIA accordion: a button (or link) that says which panel it expands ({@code aria-controls},
     * {@code aria-expanded}), inside a heading, or set right before its panel as a disclosure button is
     * ({@link #isDisclosureLabel}: "<button aria-controls=panel-1>Fristen</button><div id=panel-1 hidden>", as
     * municipal CMSs' accordions set it without a heading). Its panel is content while collapsed.
     */
    private static boolean isAccordionToggle(Element e) {
        String tag = e.normalName();
        return (tag.equals("button") || tag.equals("a")) && e.attributesSize() != 0 && e.hasAttr("aria-controls")
                && e.hasAttr("aria-expanded") && e.parent() != null && (Blocks.isHeading(e.parent()) || isDisclosureLabel(e));
    }

    /**
     * A block named a teaser that is unlinked prose: the article's lead (German publishing's "Teaser",
     * the standfirst), not a teaser card, which exists to link to its story. Two sentences or more,
     * or one that ends as a sentence does ("Klares Wasser, kaum Trubel: Diese Seen lohnen den
     * Ausflug."): a lead of one sentence is still the article's opening words, where a subtitle under
     * the headline is a second headline without a full stop.
     */
    private static boolean isUnlinkedProse(Element e, TextStats.Stats stats) {
        if (stats == null || stats.links != 0 || stats.proseChars < TextStats.SENTENCE_CHARS
                || stats.proseChars < SplitArticle.MIN_LEAD_PROSE_SHARE * stats.chars) {
            return false;
        }
        String text = e.text().strip();
        return (stats.proseChars >= SplitArticle.MIN_DEK_CHARS && SplitArticle.sentences(text) >= 2)
                || (!text.isEmpty() && TextStats.endsSentence(text.charAt(text.length() - 1)));
    }

    /** Children of a header looked at for the headline: a kicker, the headline, a lead, a byline. */
    private static final int MAX_HEADLINE_HEADER_CHILDREN = 6;

    /**
     * A header (the {@code <header>} element, or a block whose only boilerplate word is "header":
     * "live-header", "article-header") that holds the page's headline ({@code <h1>}) among its first
     * children and no link, or a few beside a lead ({@link #MAX_HEADLINE_HEADER_LINK_SHARE}) and an unlinked headline:
     * the article's own header (headline, standfirst, time of the last update),
     * as a live blog sets it above its posts. A site's banner links its logo home and holds navigation.
     */
    private static boolean isHeadlineHeader(Element e, TextStats.Stats stats) {
        if (stats == null || stats.chars == 0 || stats.chars > MAX_HEADLINE_HEADER_CHARS
                || (stats.links != 0 && (stats.linkChars > MAX_HEADLINE_HEADER_LINK_SHARE * stats.chars || stats.proseChars < SplitArticle.MIN_DEK_CHARS))) {
            return false;
        }
        int steps = 0;
        for (Element child = e.firstElementChild(); child != null && steps++ < MAX_HEADLINE_HEADER_CHILDREN; child = child.nextElementSibling()) {
            if (child.normalName().equals("h1")) {
                return stats.links == 0 || child.getElementsByTag("a").isEmpty();
            }
        }
        return false;
    }

    /**
     * A headline's header may link a word or two (a rating's "Rate it", the writer's name) beside its lead, at most
     * this share of its text: a site's banner is its links, and its logo, even when set in an h1, links home.
     */
    private static final double MAX_HEADLINE_HEADER_LINK_SHARE = 0.1;

    /** An article's header with more text than this is more than headline, lead and byline. */
    private static final int MAX_HEADLINE_HEADER_CHARS = 800;

    /** True when the block beside the element links a heading or a picture: the element is a teaser card's summary. */
    private static boolean isInCard(Element e, TextStats before) {
        TextStats.Stats parent = e.parent() == null ? null : before.of(e.parent());
        return parent == null || parent.linkedHeadingOrPicture;
    }

    /**
     * A block named a header that holds the heading of a content block, in the plugins' and CMSs'
     * naming ("recipe-ingredients-header" around the "Ingredients" heading and its scale buttons), or
     * an accordion's "card-header" holding the disclosure button of its panel alone ({@link #isDisclosureLabel}):
     * "header" is its only boilerplate word, a heading (h2 to h6) is among its children, and it holds
     * no link and no more than a heading's text. A site's banner links its name home and holds navigation.
     */
    private static boolean isContentHeaderBlock(Element e, TextStats.Stats stats) {
        if (stats == null || stats.linkChars > 0 || stats.chars == 0 || stats.chars > MAX_HEADER_BLOCK_CHARS || Blocks.isHeading(e)) {
            return false;
        }
        Element first = e.firstElementChild();
        if (first != null && first.normalName().equals("button") && first.nextElementSibling() == null && isDisclosureLabel(first)) {
            return true; // an accordion's card header: the toggle that labels its panel, alone
        }
        if ((stats.under & TextStats.UNDER_HEADING_OR_PICTURE) == 0) {
            return false;
        }
        boolean heading = false;
        for (Element child = e.firstElementChild(); child != null && !heading; child = child.nextElementSibling()) {
            heading = Blocks.isHeading(child) && !child.normalName().equals("h1");
        }
        if (!heading) {
            return false;
        }
        ClassHints.Hint without = ClassHints.ofHeading(e);
        return without == ClassHints.Hint.NONE || without == ClassHints.Hint.POSITIVE;
    }

    /** The caption of a {@code <details>} element, which its class may call the disclosure's "header". */
    private static final String SUMMARY_TAG = "summary";

    /** An element named paywalled whose text is mostly prose: the article's paragraphs behind the wall ({@link #MIN_PAYWALLED_PROSE_SHARE}). */
    private static boolean isPaywalledProse(Element e, TextStats.Stats stats, ClassHints.Cache hints) {
        return stats != null && stats.proseChars >= MIN_PAYWALLED_PROSE_CHARS && stats.proseChars >= MIN_PAYWALLED_PROSE_SHARE * stats.chars
                && hints.of(e, stats) == ClassHints.Hint.PAYWALLED;
    }

    /** Siblings with no text skipped on each side of an aside when looking for the text around it (an ad's empty slot). */
    private static final int MAX_FLOW_GAP_SIBLINGS = 3;

    /** An aside read as part of the text holds at least this share of its text as prose... */
    private static final double MIN_FLOW_ASIDE_PROSE_SHARE = 0.6;

    /** ...and at most this share in links: a box of further reading is links. */
    private static final double MAX_FLOW_ASIDE_LINK_SHARE = 0.2;

    /**
     * An {@code <aside>} set in the flow of the article's text: inside the article's container, with
     * prose right before and right after it (siblings with no text between skipped), and itself mostly
     * unlinked prose, no form. HTML's aside is content "tangentially related to the content around
     * it": set between two paragraphs it is the text's own sidebar (a "Zur Person" box, a pull quote),
     * read with the text. An aside at the article's edge (before the text, after it, beside its column)
     * is the page's furniture: related links, share bars, a newsletter box, an author's card; so is
     * one whose name says so, judged by its name like any block once it is not cut for its tag.
     * A block of text needs no declared name to be the text's: an aside whose neighbours on both
     * sides are paragraphs ({@code <p>}) sits between the text's own paragraphs, whatever its
     * container is called (a "Hintergrund" box between the paragraphs of {@code <div class="a-text">}),
     * where the page's sidebar stands beside a column, not between two paragraphs.
     */
    static boolean isAsideInTextFlow(Element e, TextStats.Stats stats, TextStats before, boolean inContent) {
        return stats != null && stats.proseChars > 0 && (stats.under & TextStats.UNDER_EMAIL_INPUT) == 0
                && stats.proseChars >= MIN_FLOW_ASIDE_PROSE_SHARE * stats.chars && stats.linkChars <= MAX_FLOW_ASIDE_LINK_SHARE * stats.chars
                && hasProseBeside(e, before, true, !inContent) && hasProseBeside(e, before, false, !inContent);
    }

    /**
     * A callout set in the text ({@link #ALERT_ROLE}): an aside's measure ({@link #isAsideInTextFlow}), with the text's
     * blocks on both sides of it, a paragraph, a list or a heading ({@link #hasTextBeside}).
     */
    private static boolean isCalloutInTextFlow(Element e, TextStats.Stats stats, TextStats before, boolean inContent) {
        return (inContent || isInMain(e)) && stats != null && stats.proseChars > 0 && (stats.under & TextStats.UNDER_EMAIL_INPUT) == 0
                && stats.proseChars >= MIN_FLOW_ASIDE_PROSE_SHARE * stats.chars && stats.linkChars <= MAX_FLOW_ASIDE_LINK_SHARE * stats.chars
                && hasTextBeside(e, before, true) && hasTextBeside(e, before, false);
    }

    /** The ARIA role of HTML's {@code <aside>}, given to a box beside the text by a page that sets it in a {@code <div>}. */
    private static final String COMPLEMENTARY_ROLE = "complementary";

    /** A fact box's list has at least this many facts, each a label and its value. */
    private static final int MIN_FACTS = 2;

    /** A fact's label ("Eintritt:", "Date:", "Horaires") is at most this long. */
    private static final int MAX_FACT_LABEL_CHARS = 30;

    /** Elements walked inside a box for its fact list: a box beside the text is small. */
    private static final int MAX_FACT_BOX_NODES = 200;

    /**
     * A fact box set beside the text of an event, exhibition, travel or service page: an {@code <aside>}
     * (or a block given its ARIA role, "complementary") inside the article, the page's main content
     * or a container named as content, whose nearest sibling with text on one side holds prose (the
     * text it accompanies: "Auf einen Blick", "Informations pratiques", "Gut zu wissen", "Event
     * details" beside the description), itself a list of facts: a definition list ({@code <dl>}, a
     * label and its value) or a list whose items each open with a label set off by a colon
     * ({@code <li><strong>Anreise:</strong> ...}), with few links (its buttons, "Tickets kaufen", not counted: they
     * are the box's controls, which go on their own), no form and no e-mail link. Its
     * facts (when, where, what it costs) are the page's own text. The page's sidebar is a column
     * of links beside the page's content, outside it, and a contact box carries its e-mail link.
     */
    static boolean isFactBox(Element e, TextStats.Stats stats, TextStats before, boolean inContent) {
        if (stats == null || stats.chars == 0 || (stats.under & TextStats.UNDER_EMAIL_INPUT) != 0
                || !(inContent || isInMain(e) || e.closest(ARTICLE) != null)
                || !(hasProseBeside(e, before, true, false) || hasProseBeside(e, before, false, false))) {
            return false;
        }
        int steps = 0;
        int buttonChars = 0;
        boolean facts = false;
        for (Node n = e; n != null && steps++ < MAX_FACT_BOX_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof Element el) {
                if (el.nameIs("form") || (el.nameIs("a") && el.attr("href").regionMatches(true, 0, "mailto:", 0, 7))) {
                    return false;
                }
                if (el.nameIs("a") && el.attributesSize() > 0 && namesButton(el.attributes().get("class"))) {
                    buttonChars += el.text().length(); // "Tickets kaufen", "In Kalender eintragen": the box's controls, not links of its text
                }
                facts |= isFactList(el);
            }
        }
        return facts && stats.linkChars - buttonChars <= MAX_FLOW_ASIDE_LINK_SHARE * Math.max(1, stats.chars - buttonChars);
    }

    /** Nodes read at the head of a list item for its label ({@link #opensWithLabel}). */
    private static final int MAX_FACT_HEAD_NODES = 8;

    /**
     * A definition list of facts (its {@code <dd>} values, as children or in the {@code <div>} groups HTML allows),
     * or a list whose items each open with a label ending in a colon ({@link #isFactBox}).
     */
    private static boolean isFactList(Element list) {
        int facts = 0;
        if (list.nameIs("dl")) {
            for (Element c = list.firstElementChild(); c != null && facts < MIN_FACTS; c = c.nextElementSibling()) {
                if (c.nameIs("dd")) {
                    facts++;
                } else if (c.nameIs("div")) {
                    for (Element g = c.firstElementChild(); g != null; g = g.nextElementSibling()) {
                        facts += g.nameIs("dd") ? 1 : 0;
                    }
                }
            }
            return facts >= MIN_FACTS;
        }
        if (!list.nameIs("ul") && !list.nameIs("ol")) {
            return false;
        }
        for (Element li = list.firstElementChild(); li != null; li = li.nextElementSibling()) {
            if (li.nameIs("li")) {
                if (!opensWithLabel(li)) {
                    return false;
                }
                facts++;
            }
        }
        return facts >= MIN_FACTS;
    }

    /**
     * True when an item's first words are a short label closed by a colon ("Anreise:", "Date :"), in its own
     * text or in the element that opens it ({@code <strong>Anreise:</strong>}): read from its first few nodes.
     */
    private static boolean opensWithLabel(Element li) {
        StringBuilder head = new StringBuilder();
        int steps = 0;
        for (Node n = li; n != null && steps++ < MAX_FACT_HEAD_NODES && head.length() <= MAX_FACT_LABEL_CHARS; n = TreeWalk.next(n, li)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String words = head.isEmpty() ? t.getWholeText().stripLeading() : t.getWholeText(); // its head only: a label is short
                head.append(words, 0, Math.min(words.length(), MAX_FACT_LABEL_CHARS + 2));
                String label = head.toString();
                int colon = label.indexOf(':');
                if (colon >= 0) {
                    return colon > 0 && colon <= MAX_FACT_LABEL_CHARS
                            && (colon == label.length() - 1 || Character.isWhitespace(label.charAt(colon + 1)));
                }
            }
        }
        return false;
    }

    /** Ancestors looked at for the page's {@code <main>}: a documentation theme nests its text a few columns deep. */
    private static final int MAX_MAIN_ANCESTORS = 8;

    /** True when the element lies in the page's {@code <main>}, HTML's main content of the document, a few blocks down. */
    private static boolean isInMain(Element e) {
        int up = 0;
        for (Element a = e.parent(); a != null && up++ < MAX_MAIN_ANCESTORS; a = a.parent()) {
            if (a.nameIs("main")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the nearest sibling with text on the given side (past at most a few without) is the text's own block:
     * a paragraph, a list, a heading, mostly unlinked words, not a box cut by its tag.
     */
    private static boolean hasTextBeside(Element e, TextStats before, boolean previous) {
        int steps = 0;
        for (Element s = previous ? e.previousElementSibling() : e.nextElementSibling(); s != null && steps++ <= MAX_FLOW_GAP_SIBLINGS;
             s = previous ? s.previousElementSibling() : s.nextElementSibling()) {
            TextStats.Stats st = before.of(s);
            if (st != null && st.chars > 0) {
                return !NOISE_TAGS.contains(s.normalName()) && st.linkChars <= MAX_FLOW_ASIDE_LINK_SHARE * st.chars;
            }
        }
        return false;
    }

    /**
     * True when the nearest sibling with text on the given side (past at most a few without) holds prose; when
     * {@code paragraph} is asked, that sibling is a paragraph ({@code <p>}).
     */
    private static boolean hasProseBeside(Element e, TextStats before, boolean previous, boolean paragraph) {
        int steps = 0;
        for (Element s = previous ? e.previousElementSibling() : e.nextElementSibling(); s != null && steps++ <= MAX_FLOW_GAP_SIBLINGS;
             s = previous ? s.previousElementSibling() : s.nextElementSibling()) {
            TextStats.Stats st = before.of(s);
            if (st != null && st.chars > 0) {
                return st.proseChars > 0 && !NOISE_TAGS.contains(s.normalName()) && (!paragraph || s.nameIs("p"));
            }
        }
        return false;
    }

    /** {@code stats} are the element's measurements before cleaning ({@code before.of(e)}). */
    private static boolean isNoise(Element e, TextStats.Stats stats, TextStats before, int keepAbove, int wrapperAbove, ClassHints.Cache hints,
                                   boolean inContent, boolean inWidgetColumn, Set<String> panels) {
        int prose = stats == null ? 0 : stats.proseChars;
        String tag = e.normalName();
        if (NOISE_TAGS.contains(tag) && !(tag.equals("aside") && (isAsideInTextFlow(e, stats, before, inContent) || isSubjectProfile(e, stats, inContent)
                || isFactBox(e, stats, before, inContent)))) {
            // WAI-ARIA's accordion puts each panel's toggle button inside a heading: its label is the heading's text
            return !(tag.equals("button") && e.parent() != null && (Blocks.isHeading(e.parent()) || isDisclosureLabel(e)));
        }
        if (isQuoteHeader(e)) {
            return true; // "Elektro-Kurt schrieb:" over the reply's quote: the board's header of the quoted post, not the quote
        }
        if ((tag.equals("label") && holdsControl(e)) || (tag.equals("a") && (isShopButton(e) || isBackLink(e) || isButtonLink(e, before) || isNoteMark(e) || isNoteBacklink(e) || isCommentCountLink(e)))
                || ((before.root().under & TextStats.UNDER_SPONSORED_LINK) != 0 && (isPriceBeforeShopButton(e) || isShopPriceNote(e, stats)))) {
            return true;
        }
        // attributes by their exact lower-case keys (the parser's), looked up once: asked of every element
        Attributes attributes = e.attributesSize() == 0 ? null : e.attributes();
        if (attributes == null) {
            return FRAME_TAGS.contains(tag) && prose < keepAbove && !isArticleHeader(tag, inContent) && !isSectionHeading(e)
                    && !(tag.equals("header") && isHeadlineHeader(e, stats));
        }
        // each attribute the rules below read, read once
        boolean hiddenAttribute = attributes.hasKey("hidden");
        String style = attributes.get("style");
        String itemprop = attributes.get("itemprop");
        boolean styleHides = !style.isEmpty() && style.length() < 2000 && hidesElement(style);
        boolean hidden = hiddenAttribute || "true".equalsIgnoreCase(attributes.get("aria-hidden"));
        boolean answer = ANSWER_ITEMPROPS.contains(itemprop) || isTabPanel(attributes)
                || (!panels.isEmpty() && panels.contains(attributes.get("id"))) // an accordion's collapsed panel
                || ((hiddenAttribute || styleHides) && followsQuestion(e, before)) // collapsed (hidden by attribute or style) after a question
                || ((hiddenAttribute || styleHides) && isExpandedByToggleAfter(e)); // collapsed above its "Read more" button
        String role = attributes.get("role").toLowerCase(Locale.ROOT);
        // a dialog is never shown with the page: no part of the prose keepAbove is a share of ({@link #shownProse})
        boolean dialog = role.equals("dialog") || role.equals("alertdialog");
        if (hidden && !PROTECTED_TAGS.contains(tag) && !answer) {
            // the paywalled part is hidden until paid for
            return prose < (dialog ? wrapperAbove : keepAbove) && !isPaywalledProse(e, stats, hints);
        }
        if (styleHides && !answer) {
            return !isPaywalledProse(e, stats, hints);
        }
        if (!role.isEmpty() && NOISE_ROLES.contains(role) && !(role.equals(ALERT_ROLE) && isCalloutInTextFlow(e, stats, before, inContent))
                && !(role.equals(COMPLEMENTARY_ROLE) && isFactBox(e, stats, before, inContent))) {
            return prose < (dialog ? wrapperAbove : keepAbove);
        }
        if (FRAME_TAGS.contains(tag)) {
            return prose < keepAbove && !isArticleHeader(tag, inContent) && !isSectionHeading(e)
                    && !(tag.equals("header") && isHeadlineHeader(e, stats));
        }
        if (!itemprop.isEmpty() && FURNITURE_ITEMPROPS.contains(itemprop)) {
            return prose < keepAbove;
        }
        if (PROTECTED_TAGS.contains(tag) || INLINE_TAGS.contains(tag) || isDeclaredByMicrodata(e, itemprop, attributes)) {
            return false;
        }
        ClassHints.Hint hint = hints.of(e, stats);
        if (hint == ClassHints.Hint.NEGATIVE && (Blocks.isHeading(e) || tag.equals(SUMMARY_TAG))) {
            // "<h2 class=element-header>": a heading named as one; "<summary class=accordion-header>": by HTML
            // the caption of its details element (a question of an FAQ), the header of the disclosure, not the page's
            hint = ClassHints.ofHeading(e);
        }
        if (hint == ClassHints.Hint.NEGATIVE && isContentHeaderBlock(e, stats)) {
            return false;
        }
        if (hint == ClassHints.Hint.NEGATIVE && isHeadlineHeader(e, stats)) {
            ClassHints.Hint without = ClassHints.ofHeading(e);
            if (without == ClassHints.Hint.NONE || without == ClassHints.Hint.POSITIVE) {
                return false; // "live-header" around the headline: the article's header
            }
        }
        if (hint == ClassHints.Hint.NEVER_CONTENT) {
            return prose < wrapperAbove;
        }
        if (hint == ClassHints.Hint.PAYWALLED) {
            return prose < keepAbove && !isPaywalledProse(e, stats, hints);
        }
        if (hint == ClassHints.Hint.TEASER) {
            return prose < keepAbove && !(isUnlinkedProse(e, stats) && !isInCard(e, before));
        }
        if (hint == ClassHints.Hint.WIDGET) {
            return !inContent && prose < keepAbove && !(inWidgetColumn && !ClassHints.namesPictureWidget(e));
        }
        if (hint == ClassHints.Hint.NEGATIVE && inContent && isHeadedPlainList(e, stats)) {
            return false; // "<div class=tools><h2>Das brauchen Sie</h2><ul>…": the article's own list, not its tool bar
        }
        if (hint == ClassHints.Hint.NEGATIVE && isCriticsVerdict(e, stats)) {
            return false; // "<p class=review-rating>Rating: 8/10": the review's verdict, not the readers' voting box
        }
        if (hint == ClassHints.Hint.NEGATIVE && inClaimBox(e, stats, before)) {
            return false; // "<div class=detail__rating><span>Behauptung</span><p>…": a fact-check's claim and rating, its text
        }
        if (hint == ClassHints.Hint.NEGATIVE && isSubjectProfile(e, stats, inContent)) {
            return false; // "<p class=story-bio>Zur Person: ...": the text's profile of its subject, not the writer's card
        }
        if (hint == ClassHints.Hint.NEGATIVE && prose < keepAbove && (LiveEntries.isEntry(e, before) || LiveEntries.isFeed(e, before))) {
            return false; // "<div class=online-item><span>13:40</span><p>Бюджет принят ...": a live page's entries, its text
        }
        if (hint == ClassHints.Hint.STRONG_NEGATIVE || hint == ClassHints.Hint.NEGATIVE) {
            return prose < keepAbove;
        }
        return false;
    }

    /** Levels above an element asked for a fact-check's claim box around it: the box's part, its label's line. */
    private static final int MAX_CLAIM_BOX_LEVELS = 3;

    /**
     * True when the element is a fact-check's box of the claim and its rating ({@link SplitArticle#isClaimBox}), or a part
     * of one a few levels down: sites name it a "rating" as readers' voting boxes are named, and its verdict's part too.
     * Asked only of an element whose class names boilerplate.
     */
    private static boolean inClaimBox(Element e, TextStats.Stats stats, TextStats before) {
        Element x = e;
        TextStats.Stats s = stats;
        for (int level = 0; x != null && level <= MAX_CLAIM_BOX_LEVELS; level++) {
            if (s != null && SplitArticle.isClaimBox(x, s)) {
                return true;
            }
            x = x.parent();
            s = x == null ? null : before.of(x);
        }
        return false;
    }

    /**
     * Labels a box on the text's subject opens with, by the conventions of its language: German papers'
     * "Zur Person" and "Steckbrief" beside an interview or a portrait, French "Bio express", Polish
     * "Kim jest ...", Czech "Kdo je ...", Dutch "Wie is ...". A box on the writer says so ("Über die
     * Autorin", "About the author"), and none of these labels is the writer's.
     */
    private static final Pattern SUBJECT_PROFILE_LABEL = Pattern.compile("(?iU)(?:zur person|steckbrief|bio express|kim jest|kdo je|wie is)(?![\\p{L}])");

    /**
     * A profile that opens with a person's name and age, as the press presents the subject of an interview or a portrait
     * under the text ("Jens Amrhein (52) leitet seit 2014 …", "Lena Ostrowski, 44, leitet …"): a writer's card names its
     * writer's post and beat, never the writer's age.
     */
    private static final Pattern SUBJECT_NAME_AND_AGE = Pattern.compile(
            "(?U)^(?:\\p{Lu}[\\p{L}'’.-]+\\s){1,3}\\p{Lu}[\\p{L}'’-]+(?:\\s?\\(\\d{2,3}\\)|,\\s\\d{2,3},)\\s\\p{Ll}");

    /**
     * A newsroom's roles, as a writer's card under the text states the writer's ("Carla Wiegand (31) ist Redakteurin in
     * der Lokalredaktion"): a card that names one is the writer's, its name and age no subject's.
     */
    private static final Pattern NEWSROOM_ROLE = Pattern.compile(
            "(?iU)(?<![\\p{L}])(?:redakteur|redakteurin|volontär|volontärin|reporter|reporterin|korrespondent|korrespondentin"
                    + "|journalist|journalistin|kolumnist|kolumnistin|lokalredaktion|redaktion|schreibt (?:für|über|seit))(?![\\p{L}])");

    /** Nodes walked to a box's first words: a label opens it. */
    private static final int MAX_PROFILE_LABEL_NODES = 20;

    /**
     * A box inside the article with prose and no link that opens with a label of a profile of the
     * text's subject ({@link #SUBJECT_PROFILE_LABEL}) or with the subject's name and age ({@link
     * #SUBJECT_NAME_AND_AGE}): an interview's "Zur Person" box, set in an {@code <aside>} or named as a bio, is part of the text. Asked only of a box the rules would cut.
     */
    static boolean isSubjectProfile(Element e, TextStats.Stats stats, boolean inContent) {
        if (!inContent || stats == null || stats.proseChars == 0 || stats.links > 0) {
            return false;
        }
        int steps = 0;
        for (Node n = e; n != null && steps++ < MAX_PROFILE_LABEL_NODES; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String first = t.text().strip();
                return SUBJECT_PROFILE_LABEL.matcher(first).lookingAt()
                        || (SUBJECT_NAME_AND_AGE.matcher(first).lookingAt() && !NEWSROOM_ROLE.matcher(first).find());
            }
        }
        return false;
    }

    /** Children of a headed list's block looked at: its heading, its list, a line between. */
    private static final int MAX_HEADED_LIST_CHILDREN = 4;

    /**
     * A block inside the article that is a heading over a list, with no link, e-mail field, form or
     * button (among its children: the walk stays linear) in it:
     * a list the text sets out under its own heading ("Das brauchen Sie", "What you need"). A weak
     * boilerplate word in its name ("tools", "meta", "more") names furniture that acts or links (a
     * tool bar of print and share buttons, a "more" box of links, a byline linking its writer), and
     * this block does neither: its name describes the list's subject, not its role.
     */
    static boolean isHeadedPlainList(Element e, TextStats.Stats stats) {
        if (stats == null || stats.links > 0 || (stats.under & TextStats.UNDER_EMAIL_INPUT) != 0) {
            return false;
        }
        Element heading = e.firstElementChild();
        if (heading == null || !Blocks.isHeading(heading)) {
            return false;
        }
        boolean list = false;
        int children = 0;
        for (Element c = heading.nextElementSibling(); c != null; c = c.nextElementSibling()) {
            if (++children > MAX_HEADED_LIST_CHILDREN || c.normalName().equals("button") || c.normalName().equals("form")) {
                return false;
            }
            String tag = c.normalName();
            list |= (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) && c.childrenSize() >= 2;
        }
        return list;
    }
}
