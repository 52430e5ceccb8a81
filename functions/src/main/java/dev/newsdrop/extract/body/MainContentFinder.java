package dev.newsdrop.extract.body;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2: finds the element that holds the article. Each paragraph votes for every element that
 * contains it, prose for and link lists or crumbs against, so the winner is the smallest element
 * that gathers the article's paragraphs without taking in more boilerplate than prose. Elements
 * that declare themselves the article (tag, microdata, class words) get a modest bonus.
 */
final class MainContentFinder {

    /** Bonus for {@code <article>}, {@code <main>}, itemprop=articleBody and content-named elements. */
    private static final double DECLARED_CONTAINER_BONUS = 0.25;

    /** Extra bonus for itemprop=articleBody: the page's own statement of where the body is. */
    private static final double ARTICLE_BODY_BONUS = 0.25;

    /** The largest bonus {@link #bonus} gives: both of the above. */
    private static final double MAX_BONUS = ARTICLE_BODY_BONUS + DECLARED_CONTAINER_BONUS;

    /** A child holding this share of its parent's prose is taken as the container instead. */
    private static final double DOMINANT_CHILD_SHARE = 0.85;

    /** A linkless block is kept whole when at least this share of its text lies beside its dominant child ({@link #holdsTextBeside}). */
    private static final double TEXT_BESIDE_SHARE = 0.15;

    private MainContentFinder() {
    }

    /**
     * The headline's article ({@link NoiseRemover#headlineArticle}) confines the choice when it holds
     * at least this share of the prose of the element that would be chosen otherwise.
     */
    private static final double MIN_HEADLINE_ARTICLE_SHARE = 1.0 / 3;

    /** The best container, or null when no element holds any prose. */
    static Element find(TextStats stats) {
        return find(stats, null);
    }

    /**
     * The best container, or null when no element holds any prose. With {@code article}, the
     * {@code <article>} around the page's headline: when the best element is around it and the
     * article holds a third or more of that element's prose, the choice is made inside the article.
     * Scores add up, so the block around a short article and the boxes beside it (an "about us"
     * text, a box of opening hours) outscores the article; by HTML's sectioning rules the article
     * is the composition, and what lies beside it is not its text. An {@code <article>} that holds
     * the headline and a lead, with the body outside it, holds far less than a third.
     */
    static Element find(TextStats stats, Element article) {
        TextStats.Stats best = best(stats, null);
        if (best != null && article != null && best.element != article) {
            TextStats.Stats a = stats.of(article);
            if (a != null && a.proseChars >= MIN_HEADLINE_ARTICLE_SHARE * best.proseChars && isAncestor(best.element, article)) {
                TextStats.Stats inside = best(stats, article);
                if (inside != null) {
                    best = inside;
                }
            }
        }
        return best == null ? null : widenLoneParagraph(widenToVerdict(narrow(best, stats), stats), stats);
    }

    /** Ancestors asked whether an element lies inside another: pages nest a few dozen deep. */
    private static final int MAX_ANCESTORS_ASKED = 200;

    private static boolean isAncestor(Element ancestor, Element e) {
        int steps = 0;
        for (Element x = e.parent(); x != null && steps++ < MAX_ANCESTORS_ASKED; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The best-scoring block or cell of the page, or of the subtree of {@code within} (itself included) when it is not null. */
    private static TextStats.Stats best(TextStats stats, Element within) {
        Iterable<TextStats.Stats> candidates = stats.all();
        if (within != null) {
            List<TextStats.Stats> inside = new ArrayList<>();
            for (Element e : within.getAllElements()) {
                TextStats.Stats s = stats.of(e);
                if (s != null) {
                    inside.add(s);
                }
            }
            candidates = inside;
        }
        TextStats.Stats best = null;
        double bestScore = 0;
        for (TextStats.Stats s : candidates) {
            if (s.score <= 0 || !(s.block || isCell(s.element))) {
                continue;
            }
            if (s.score * (1 + MAX_BONUS) < bestScore) {
                continue; // not even the largest bonus lifts it to the best: its attributes are not read
            }
            double score = s.score * (1 + bonus(s.element));
            if (score > bestScore || (score == bestScore && best != null && s.depth > best.depth)) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The block around a chosen paragraph that holds only text, when the paragraph is one of several
     * lines there: short lines without a full stop ("Bitte bringt eine eigene Matte mit", "Der
     * Eintritt ist frei") weigh against their block as crumbs do, so a single longer paragraph
     * outscores the block that holds it and the rest of the text. A block with no link in it and a
     * positive score holds no navigation, teasers or share bars: its other lines are the text's own
     * (an edge crumb, a dateline or a byline among them is cut by the later stages).
     */
    private static Element widenLoneParagraph(Element chosen, TextStats stats) {
        TextStats.Stats own = stats.of(chosen);
        Element parent = chosen.parent();
        if (own == null || parent == null || own.ownChars < own.chars || parent.normalName().equals("body")
                || parent.normalName().equals("html")) {
            return chosen; // the chosen block has blocks in it: a container, not a paragraph
        }
        TextStats.Stats around = stats.of(parent);
        return around != null && around.block && around.links == 0 && around.score > 0 && around.chars > own.chars ? parent : chosen;
    }

    /**
     * The chosen block's parent when a review's verdict box follows the block there ({@link #closesWithVerdict}): the score
     * and the pros and cons set as the body's next sibling are the review's own conclusion, though the links of the rows
     * around them (the byline's, a shop's button) score the parent below the body alone.
     */
    private static Element widenToVerdict(Element chosen, TextStats stats) {
        TextStats.Stats own = stats.of(chosen);
        Element parent = chosen.parent();
        if (own == null || parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
            return chosen;
        }
        TextStats.Stats around = stats.of(parent);
        return around != null && around.block && closesWithVerdict(own, stats) ? parent : chosen;
    }

    /**
     * Steps down from the chosen element while one child holds nearly all of its prose: what the
     * other children add (teaser lists, author boxes) then weighs more as noise than as content.
     */
    private static Element narrow(TextStats.Stats chosen, TextStats stats) {
        TextStats.Stats current = chosen;
        while (true) {
            TextStats.Stats dominant = null;
            // walked by sibling rather than with children(), which builds and keeps a list per element
            for (Element child = current.element.firstElementChild(); child != null; child = child.nextElementSibling()) {
                TextStats.Stats c = stats.of(child);
                // only into what could be chosen itself: a block or a cell (a web component's element is measured, not a container)
                if (c != null && (c.block || isCell(child)) && c.proseChars >= DOMINANT_CHILD_SHARE * current.proseChars && c.score > 0) {
                    dominant = c;
                    break;
                }
            }
            if (dominant == null || current.proseChars == 0 || holdsTextBeside(current, dominant, stats)
                    || closesWithProse(current, dominant, stats) || closesWithVerdict(dominant, stats)) {
                return current.element;
            }
            current = dominant;
        }
    }

    /**
     * True when a fair share of the block's text lies beside its dominant child, and no link there, or a
     * few in a table of records:
     * what stepping down would leave out is text (a product test's pros and cons over its body, a
     * CMS's next content element with a result list or a closing line), not furniture, since
     * navigation, teasers and share bars are links. A headline, a date or a subtitle over a long body
     * is less than that share.
     */
    private static boolean holdsTextBeside(TextStats.Stats current, TextStats.Stats dominant, TextStats stats) {
        int beside = current.chars - dominant.chars;
        return beside >= TEXT_BESIDE_SHARE * current.chars
                && (current.links == 0 || (current.linkChars - dominant.linkChars <= MAX_TEXT_BESIDE_LINK_SHARE * beside
                    && holdsTableOfRecords(current, dominant, stats)));
    }

    /** A closing paragraph after the body has at least this much prose: a sentence or two, not a date line or a credit. */
    private static final int MIN_CLOSING_PROSE_CHARS = 60;

    /** Siblings after the dominant child looked at for a closing paragraph. */
    private static final int MAX_CLOSING_SIBLINGS = 3;

    /**
     * True when a paragraph ({@code <p>}: the text's own markup; notices and credits come in boxes) of
     * prose follows the dominant child and nothing beside that child links:
     * the text's closing words set after its main block (an FAQ's list of questions, then "Weitere
     * Fragen beantwortet ..."; a list of steps, then a last tip). What sits over a body (a headline,
     * a date, a subtitle) comes before it, and furniture after it (author boxes, share bars, tags)
     * links.
     */
    private static boolean closesWithProse(TextStats.Stats current, TextStats.Stats dominant, TextStats stats) {
        if (current.links != dominant.links) {
            return false;
        }
        int seen = 0;
        for (Element x = dominant.element.nextElementSibling(); x != null && seen++ < MAX_CLOSING_SIBLINGS; x = x.nextElementSibling()) {
            TextStats.Stats xs = stats.of(x);
            if (xs != null && x.normalName().equals("p") && xs.proseChars >= MIN_CLOSING_PROSE_CHARS && TextStats.endsSentence(xs.lastOwnChar)) {
                return true;
            }
        }
        return false;
    }

    /** A review's verdict box is this short: a score's line, a few pros and cons. */
    private static final int MAX_VERDICT_BOX_CHARS = 600;

    /** Elements of a verdict box asked for the score's line. */
    private static final int MAX_VERDICT_BOX_ELEMENTS = 40;

    /**
     * True when a short block after the dominant child holds a critic's verdict line ({@link NoiseRemover#isCriticsVerdict}:
     * "Ocena: 8/10", "Оценка: 7/10"): a review's verdict box (the score, its pros and cons) set after the body's block is
     * the review's own conclusion, which stepping down would leave out. A readers' rating box asks to rate or counts votes
     * and is no such line; share bars, tags and author boxes hold none.
     */
    private static boolean closesWithVerdict(TextStats.Stats dominant, TextStats stats) {
        int seen = 0;
        for (Element x = dominant.element.nextElementSibling(); x != null && seen++ < MAX_CLOSING_SIBLINGS; x = x.nextElementSibling()) {
            TextStats.Stats xs = stats.of(x);
            if (xs == null || xs.chars == 0 || xs.chars > MAX_VERDICT_BOX_CHARS) {
                continue;
            }
            // walked lazily: a short box may still hold thousands of empty elements, which a list of them all would copy
            if (x.stream().limit(MAX_VERDICT_BOX_ELEMENTS).anyMatch(e -> NoiseRemover.isCriticsVerdict(e, stats.of(e)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text beside the dominant child may have this share of it in links and still be text, when
     * it is a table of records: a recipe's ingredient table links an ingredient or two to its page
     * ("1 kg <a>Kartoffeln</a>, festkochend"). A byline's or a category's link beside the body
     * (a CMS's "article-info" list) is furniture, and navigation is links through and through.
     */
    private static final double MAX_TEXT_BESIDE_LINK_SHARE = 0.25;

    /** Children of a block looked at for a table of records beside its dominant child. */
    private static final int MAX_CHILDREN_FOR_RECORDS = 50;

    /** True when a child of the block other than its dominant one is a table of records ({@link LinkedContent#isTableOfRecords}). */
    private static boolean holdsTableOfRecords(TextStats.Stats current, TextStats.Stats dominant, TextStats stats) {
        int seen = 0;
        for (Element child = current.element.firstElementChild(); child != null && seen++ < MAX_CHILDREN_FOR_RECORDS;
             child = child.nextElementSibling()) {
            if (child != dominant.element && child.normalName().equals("table") && LinkedContent.isTableOfRecords(child, stats)) {
                return true;
            }
        }
        return false;
    }

    private static double bonus(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return 0;
        }
        double bonus = 0;
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            bonus += ARTICLE_BODY_BONUS;
        }
        if (tag.equals("article") || tag.equals("main") || ClassHints.of(e) == ClassHints.Hint.POSITIVE) {
            bonus += DECLARED_CONTAINER_BONUS;
        }
        return bonus;
    }

    /** Table cells hold whole articles on table-laid-out sites, so they may be chosen too. */
    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }
}
