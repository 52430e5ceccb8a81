package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a page sets as its headline by type alone, before its text. Old CMSs and the table-laid pages of town
 * halls, associations and company press rooms head a notice with a lower heading, or with no heading element at
 * all: a cell or line in bold or large type ({@code <td><font size="4"><b>…</b></font></td>}, {@code <span
 * style="font-size:18px;font-weight:bold">…</span><br>}), and title every page of the section with the site's name
 * and the section ("Town of X - Notices"). That line stands alone on its line, holds a sentence's words, and comes
 * before the text's first paragraph; the site's frame (banner, navigation, menus, sidebars, footer) and links are
 * not read.
 */
final class LeadLine {

    /** The site's frame and what is no line of the content: not read. A header inside sectioning content is the entry's. */
    private static final Evaluator FRAME = QueryParser.parse(
            "nav, footer, aside, form, button, select, a, script, style, noscript, template, [hidden], "
                    + "[class*=logo], [class*=brand], [id*=logo], [class*=menu], [id*=menu], [class*=crumb], [id*=crumb], "
                    + "[class*=sidebar], [id*=sidebar], [class*=footer], [id*=footer]");
    private static final Evaluator SECTIONING = QueryParser.parse("article, main, section, [role=main]");

    /** Headings below h1 that head a notice on such pages. */
    private static final Set<String> LOWER_HEADINGS = Set.of("h2", "h3", "h4");

    /** Elements that set their text in bold or large type by their name alone. */
    private static final Set<String> BOLD_OR_LARGE = Set.of("b", "strong", "big");

    /** Blocks whose whole text a line may be: a table cell, a paragraph, a box. */
    private static final Set<String> BLOCKS = Set.of("td", "th", "p", "div", "li", "dd", "center", "blockquote", "section",
            "article", "main", "body");

    /** HTML's font sizes 1 to 7, 3 being the text's: 4 and above, or a step up ("+1"), is large. */
    private static final Pattern LARGE_FONT_SIZE = Pattern.compile("\\s*(?:\\+[1-4]|[4-7])\\s*");

    /** A style that sets bold type ("font-weight:bold", "font-weight: 700"). */
    private static final Pattern BOLD_STYLE = Pattern.compile("(?i)font-weight\\s*:\\s*(?:bold|bolder|[6-9]00)\\b");

    /** A style's font size with its unit. */
    private static final Pattern FONT_SIZE_STYLE = Pattern.compile("(?i)font-size\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*(px|pt|em|rem)\\b");

    /** Font sizes a headline is set at, at least: the text's usual 12 to 14 pixels are less, and 11 points is 14.7 pixels. */
    private static final double MIN_LARGE_PX = 16;
    private static final double MIN_LARGE_PT = 12;
    private static final double MIN_LARGE_EM = 1.2;

    /** A headline has at least this many words; a shorter bold line is a label ("Anunțuri", "Kontakt"). */
    private static final int MIN_WORDS = 3;

    /** A line written without spaces (Chinese, Japanese, Thai) is a headline from this many characters. */
    private static final int MIN_UNSPACED_CHARS = 8;

    /** A headline is at most this long: a longer bold line is an emphasised paragraph. */
    private static final int MAX_CHARS = 200;

    /** Text read before the line, at most: more is the text's first paragraph, and a bold line after it heads a part of the text. */
    private static final int MAX_TEXT_BEFORE = 200;

    /** Nodes read, at most: the headline of such a page sits near the top of its content. */
    private static final int MAX_NODES_READ = 3000;

    /** A line of digits and marks alone: a date or a number, no headline. */
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[\\d\\s.,/:\\-]*");

    private LeadLine() {
    }

    /**
     * The first line before the text of the page under {@code root} (its html element) set as a headline by type: a
     * lower heading, or a line in bold or large type standing alone; null when the text starts first, or the line is
     * {@code skip} (the site's name) by its words. A line is a headline when it holds {@value #MIN_WORDS} words or more,
     * at most {@value #MAX_CHARS} characters, a lower-case letter where its script has them (a line in capitals alone is
     * a label, "FOR IMMEDIATE RELEASE", and is passed over), and does not end with a colon.
     */
    static String read(Element root, String skip) {
        if (root == null) {
            return null;
        }
        Element body = root.normalName().equals("body") ? root : root.selectFirst("body");
        if (body == null) {
            return null;
        }
        String skipKey = skip == null ? "" : ComparisonKey.of(skip);
        String[] found = new String[1];
        int[] read = {0, 0}; // nodes, text characters
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++read[0] > MAX_NODES_READ) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode tn) {
                    read[1] += tn.text().trim().length();
                    return read[1] > MAX_TEXT_BEFORE ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                if (FRAME.matches(body, e) || e.normalName().equals("header") && e.parent() != null && e.parent().closest(SECTIONING) == null
                        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                boolean heading = LOWER_HEADINGS.contains(e.normalName());
                if (!heading && !((setsHeadlineType(e) || namedAsHeadline(e)) && standsAlone(e))) {
                    return FilterResult.CONTINUE;
                }
                String t = boundedText(e);
                if (t != null && isHeadline(t) && !ComparisonKey.of(t).equals(skipKey)) {
                    found[0] = t;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE; // a label: its text counts as text read
            }
        }, body);
        return found[0];
    }

    /**
     * Words with which a CMS template names the element that holds an entry's headline in its class, styled by the site's
     * stylesheet rather than a heading element ({@code <div class="news-title">}, {@code <span class="headline">}): title
     * and headline (English), Titel (German, Dutch, Scandinavian), titre (French), título (Spanish, Portuguese), titolo
     * (Italian), tytuł (Polish), kop (Dutch), заголовок (Russian).
     */
    private static final Set<String> HEADLINE_CLASS_WORDS = Set.of("title", "headline", "titel", "titre", "titulo", "título",
            "titolo", "tytul", "tytuł", "kop", "заголовок");

    /** Class words that name another title than the entry's: the site's, a box's or a widget's. */
    private static final Set<String> OTHER_TITLE_WORDS = Set.of("site", "blog", "widget", "box", "block", "section", "sidebar");

    private static final Pattern CLASS_WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** True when the element's class names it as the headline by a word of {@link #HEADLINE_CLASS_WORDS} alone. */
    static boolean namedAsHeadline(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        boolean named = false;
        for (String w : CLASS_WORD_BREAK.split(cls.toLowerCase(Locale.ROOT))) {
            if (OTHER_TITLE_WORDS.contains(w)) {
                return false;
            }
            named |= HEADLINE_CLASS_WORDS.contains(w);
        }
        return named;
    }

    /** True when the element sets its text in bold or large type: by its name, HTML's font size, or its style. */
    static boolean setsHeadlineType(Element e) {
        if (BOLD_OR_LARGE.contains(e.normalName())) {
            return true;
        }
        if (e.normalName().equals("font") && LARGE_FONT_SIZE.matcher(e.attr("size")).matches()) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        if (BOLD_STYLE.matcher(style).find()) {
            return true;
        }
        Matcher size = FONT_SIZE_STYLE.matcher(style);
        if (size.find()) {
            double v = Double.parseDouble(size.group(1));
            String unit = size.group(2).toLowerCase(Locale.ROOT);
            return unit.equals("px") ? v >= MIN_LARGE_PX : unit.equals("pt") ? v >= MIN_LARGE_PT : v >= MIN_LARGE_EM;
        }
        return false;
    }

    /**
     * True when the element's text is its line's: the whole text of its nearest block, or set between line breaks
     * (or a block's edges, or blocks beside it). A bold run inside a sentence is emphasis.
     */
    static boolean standsAlone(Element e) {
        if (edgeOrBreak(e.previousSibling(), true) && edgeOrBreak(e.nextSibling(), false)) {
            return true;
        }
        Element block = e.parent();
        for (int up = 0; block != null && !BLOCKS.contains(block.normalName()); up++) {
            block = up < MAX_LINE_NODES ? block.parent() : null; // inline elements nested deeper than a line holds
        }
        if (block == null) {
            return false;
        }
        String blockText = boundedText(block);
        String own = blockText == null ? null : boundedText(e);
        return own != null && ComparisonKey.of(blockText).equals(ComparisonKey.of(own));
    }

    /** A line is made of at most this many nodes: a box of more is no line. */
    private static final int MAX_LINE_NODES = 100;

    /**
     * The element's text, blanks collapsed, or null when it runs past {@value #MAX_CHARS} characters (and twice that
     * before collapsing) or {@value #MAX_LINE_NODES} nodes: read no further than that, so a bold tag left open around the
     * whole page, or nested ten thousand deep, costs no more than a line.
     */
    static String boundedText(Element e) {
        StringBuilder sb = new StringBuilder();
        boolean[] over = {false};
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_LINE_NODES) {
                    over[0] = true;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode tn) {
                    sb.append(tn.getWholeText());
                    if (sb.length() > 2 * MAX_CHARS) {
                        over[0] = true;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element el && el.normalName().equals("br")) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        if (over[0]) {
            return null;
        }
        String t = Blanks.collapsed(sb.toString()).trim();
        return t.length() > MAX_CHARS ? null : t;
    }

    /** Elements that end a line before and after them: a line break, and the blocks a line cannot run into. */
    private static final Set<String> LINE_EDGES = Set.of("br", "hr", "p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "center", "section", "article", "header", "nav", "aside", "footer", "form", "figure");

    /** True when, past blank text, the node's side reaches its parent's edge, a line break or a block. */
    private static boolean edgeOrBreak(Node n, boolean before) {
        Node x = n;
        while (x instanceof TextNode tn && tn.isBlank()) {
            x = before ? x.previousSibling() : x.nextSibling();
        }
        return x == null || x instanceof Element el && LINE_EDGES.contains(el.normalName());
    }

    /** True when the line is worded as a headline (see {@link #read}). */
    static boolean isHeadline(String t) {
        if (t.isEmpty() || t.length() > MAX_CHARS || t.endsWith(":") || DIGITS_AND_MARKS.matcher(t).matches()) {
            return false;
        }
        boolean spaced = t.indexOf(' ') > 0;
        if (spaced ? t.split(" ").length < MIN_WORDS : t.length() < MIN_UNSPACED_CHARS) {
            return false;
        }
        boolean cased = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return true;
            }
            cased |= Character.isUpperCase(c);
        }
        return !cased; // a script without capitals, or capitals alone (a label)
    }
}
