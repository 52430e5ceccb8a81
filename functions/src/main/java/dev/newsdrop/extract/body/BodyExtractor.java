package dev.newsdrop.extract.body;

import dev.newsdrop.extract.budget.Deadline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a page's article body. The stages, in order:
 * <ol>
 *   <li>remove never-content: scripts, navigation, forms, hidden and boilerplate-named elements
 *       ({@link NoiseRemover});</li>
 *   <li>measure every element that stage 1 keeps (in its own walk) and pick the container that
 *       gathers the prose ({@link TextStats}, {@link MainContentFinder}); join a lead or a
 *       continuation that sits in a sibling container ({@link SplitArticle});</li>
 *   <li>prune what leaked into it: link lists, the repeated headline, bylines, share prompts
 *       ({@link ContentPruner});</li>
 *   <li>render paragraphs and sanitized HTML in one walk ({@link BodyRenderer}), then take out a
 *       trailing or leading source credit ({@link SourceCredit}; the HTML is written again when one
 *       is);</li>
 *   <li>fallback when the result is implausibly short: every prose paragraph of the cleaned page
 *       (of the {@code <article>} around the headline, when there is one:
 *       {@link NoiseRemover#headlineArticle}), then the page's JSON-LD articleBody, whichever is
 *       longest.</li>
 * </ol>
 * The document is modified; call once per parsed page. The deadline is checked between the stages
 * and inside the walks of stages 1 and 3; every stage is linear in the size of the page.
 */
public final class BodyExtractor {

    /** Below this many characters a result is implausible for an article and the fallbacks are tried. */
    private static final int PLAUSIBLE_BODY_CHARS = 400;

    /**
     * Captions a short text's container holds at least to be a photo story (a gallery of pictures,
     * each told in its caption, with a line or two of text): its captions are then its text. One
     * caption that is a sentence is enough too (a photo page: {@link BodyRenderer#photoStoryParagraphs}).
     */
    private static final int MIN_PHOTO_STORY_CAPTIONS = 2;

    /**
     * Words a container's text has at most, no fallback having found more, for its captions to be read
     * as a photo story's text: fewer than an article has at least (the page verdict's 25 words).
     */
    private static final int PHOTO_STORY_MAX_TEXT_WORDS = 25;

    /** A fallback replaces the main result only when this many times longer. */
    private static final double FALLBACK_GAIN = 1.5;

    /** Paragraphs shorter than this are ignored by the baseline fallback. */
    private static final int BASELINE_MIN_CHARS = 40;

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    private BodyExtractor() {
    }

    public static ExtractedBody extract(Document doc, String title, String jsonLdBody, Deadline deadline) {
        return extract(doc, title, jsonLdBody, BodyMeasure.of(doc), deadline);
    }

    /**
     * {@link #extract(Document, String, String, Deadline)} with the body's measurements before
     * cleaning taken by another walk over the document ({@link BodyMeasure}), or taken here when it
     * has not passed through the body.
     */
    public static ExtractedBody extract(Document doc, String title, String jsonLdBody, BodyMeasure measured, Deadline deadline) {
        return extract(doc, title, jsonLdBody, List.of(), measured, deadline);
    }

    /**
     * {@link #extract(Document, String, String, BodyMeasure, Deadline)} knowing the page's authors as the metadata stage found
     * them: a line closing the text that is only an author's name, the writer's signature, leaves it ({@link EdgeTrimmer}).
     */
    public static ExtractedBody extract(Document doc, String title, String jsonLdBody, List<String> authors, BodyMeasure measured,
                                        Deadline deadline) {
        Element body = doc.body();
        if (body == null) {
            return new ExtractedBody(List.of(), "", null, "none", 0, 0, 0, false);
        }
        TextStats before = measured.of(body);  // links are counted before cleaning: teaser lists are boilerplate-named
        int pageLinks = before.root().links;
        int headingLinks = before.root().headingLinks;
        deadline.check("measuring the page");
        TextStats stats = NoiseRemover.clean(body, before, deadline); // stage 1, and stage 2's measuring
        Element article = NoiseRemover.headlineArticle(body, stats);
        Element container = MainContentFinder.find(stats, article);
        if (container != null) {
            container = IngredientList.widen(container); // a recipe's steps chosen: its ingredients beside them too
            container = QuestionPage.widen(container); // one answer of a declared FAQ chosen: all its questions and answers
            container = SplitArticle.join(container, stats); // stage 2b
        }
        deadline.check("finding the main content");
        List<String> paragraphs = new ArrayList<>();
        String method = "container";
        String containerHtml = null; // the container's HTML, written in the same walk as its text
        boolean stopsAtWall = stats.stopsAtCutWall; // a wall's box cut by its name, its notice with it
        if (container != null) {
            stopsAtWall |= ContentPruner.prune(container, stats, title, deadline); // stage 3
            EdgeTrimmer.trim(container, stats, authors);
            BodyRenderer.Rendered rendered = BodyRenderer.render(container, doc.location()); // stage 4
            paragraphs.addAll(rendered.paragraphs());
            containerHtml = rendered.html();
            deadline.check("rendering the text");
        }
        int length = totalLength(paragraphs);
        if (length < PLAUSIBLE_BODY_CHARS) {                        // stage 5
            // a short article in the <article> around the headline: its paragraphs, not the boxes beside it
            List<String> baseline = baseline(article != null && article.parent() != null ? article : body, stats);
            deadline.check("the baseline fallback");
            if (totalLength(baseline) > Math.max(length * FALLBACK_GAIN, length + 1)) {
                paragraphs = baseline;
                container = null;
                method = "baseline";
                length = totalLength(paragraphs);
            }
            if (jsonLdBody != null && jsonLdBody.length() > Math.max(length * FALLBACK_GAIN, PLAUSIBLE_BODY_CHARS / 2.0)) {
                paragraphs = splitParagraphs(jsonLdBody);
                container = null;
                method = "json-ld";
            }
        }
        if (length < PLAUSIBLE_BODY_CHARS && container != null && method.equals("container")
                && dev.newsdrop.extract.text.WordCount.of(String.join(" ", paragraphs)).total() < PHOTO_STORY_MAX_TEXT_WORDS) {
            List<String> captioned = BodyRenderer.photoStoryParagraphs(container, MIN_PHOTO_STORY_CAPTIONS);
            if (captioned != null && totalLength(captioned) > length) {
                paragraphs = new ArrayList<>(captioned); // a photo story: its captions are its text
            }
        }
        Element htmlSource = container != null ? container : asParagraphs(doc, paragraphs);
        List<String> paragraphsBeforeCredit = List.copyOf(paragraphs);
        String credit = SourceCredit.extract(paragraphs, htmlSource);
        deadline.check("the source credit");
        // a credit taken out of the container changed it (a label alone, "Sources:", leaves with no credit named; a sign-off
        // cut from the last sentence, "… gestiegen./bgf/jha"): its HTML is written again
        boolean containerKept = credit == null && paragraphs.equals(paragraphsBeforeCredit);
        if (credit == null) {
            credit = stats.firstPublication; // the note on where the text first appeared, taken out by the pruning stage
        }
        if (credit == null && container != null && method.equals("container")) {
            credit = SourceCredit.besideContainer(container); // "<div class=post-source>Source: Reuters</div>" after the text's element
        }
        String html = paragraphs.isEmpty() ? ""
                : containerHtml != null && container != null && containerKept ? containerHtml
                : BodyRenderer.html(htmlSource, doc.location());
        return new ExtractedBody(List.copyOf(paragraphs), html, credit, method,
                pageLinks, headingLinks, stats.root() == null ? 0 : stats.root().proseChars, stopsAtWall);
    }

    /** The blocks {@link #baseline} reads, and those one of them may sit inside: parsed once, not once a page or a block. */
    private static final Evaluator BASELINE_BLOCKS = QueryParser.parse("p, pre, blockquote, li, h2, h3");
    private static final Evaluator BASELINE_CONTAINERS = QueryParser.parse("p, pre, blockquote, li");

    /** Every prose-like paragraph of the cleaned page, in order: the simple method when scoring fails. */
    private static List<String> baseline(Element body, TextStats stats) {
        List<String> out = new ArrayList<>();
        for (Element p : body.select(BASELINE_BLOCKS)) {
            TextStats.Stats s = stats.of(p);
            if (s == null || s.chars < BASELINE_MIN_CHARS || s.linkDensity() > TextStats.LINK_BLOCK_DENSITY) {
                continue;
            }
            if (p.parent() != null && p.parent().closest(BASELINE_CONTAINERS) != null) {
                continue; // already inside a paragraph taken whole
            }
            String t = String.join(" ", BodyRenderer.paragraphs(p)).trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Element asParagraphs(Document doc, List<String> paragraphs) {
        Element div = doc.createElement("div");
        for (String p : paragraphs) {
            div.appendElement("p").text(p);
        }
        return div;
    }

    private static List<String> splitParagraphs(String text) {
        if (text.indexOf('<') >= 0) {
            return BodyRenderer.paragraphs(org.jsoup.Jsoup.parseBodyFragment(text).body());
        }
        // one paragraph a line, blank lines dropped; split on the line break alone, since a pattern
        // with whitespace around it ("\\s*\\n\\s*") retries a long run of spaces from each of its
        // characters: 80,000 spaces in an articleBody took over 10 s
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n")) {
            String t = WHITESPACE_RUN.matcher(p).replaceAll(" ").trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int totalLength(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
