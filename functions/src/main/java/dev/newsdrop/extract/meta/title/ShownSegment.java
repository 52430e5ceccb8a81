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

import java.util.HashSet;
import java.util.Set;

/**
 * The segment of a page's title that the page shows as a text of its own. A title joins the headline to the
 * site's name, a section or a kicker with a separator, in any order and with any mark ("Site - Section -
 * Headline", "Headline ～ Site", "Headline : Site", "标题-网站"); a page whose headline is no heading (a
 * {@code <div class="title">}) still shows it, alone in its box, while the site's name sits in the logo and the
 * section in the menu. So the title's part that a text of the article's region repeats whole, set apart from the
 * rest of the title by a separator and longer than that rest, is the headline; the rest is furniture.
 */
final class ShownSegment {

    /** Marks that part a title's segments wherever they stand: no headline's word is glued to one. */
    static final String ALWAYS_SEPARATING_MARKS = "|\uFF5C~\uFF5E\u00BB\u00AB\u203A\u2039\u00B7\u2022\uFF1A_";

    /**
     * Marks that part segments only when spaced ("Site - Headline", "Site : Headline") or, for the dashes, glued
     * to a script written without spaces ("标题-网站"): glued to a word they join it ("Covid-19", "and/or"). The star
     * and the small star are SEO plugins' separators ("Headline ⋆ Site").
     */
    static final String SPACED_SEPARATING_MARKS = "-\u2013\u2014/:<>+*\u22C6";

    /** The dashes, which Chinese and Japanese titles set between segments without spaces. */
    private static final String DASHES = "-\u2013\u2014";

    /** A shown segment has at least this many key characters: a word or two of the title is no headline. */
    private static final int MIN_SEGMENT_KEY_CHARS = 12;

    /**
     * A shown segment written in a script without spaces (Han, kana) has at least this many: each character is a
     * word or half of one, and "埔里酒廠擴建 明年完工" (ten) is a whole headline.
     */
    private static final int MIN_UNSPACED_SEGMENT_KEY_CHARS = 8;

    /**
     * The ideographic space, which Japanese and Chinese titles of old layouts set between their parts as others set a
     * bar ("かもめ日報　地域ニュース　駅前商店街に新アーケード完成"). A headline may hold one too ("首相　来月訪米へ"):
     * it parts the title only where a text of the page shows the part alone, as every separator here does.
     */
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    /** Text nodes read for the shown segment: the headline is near the top of a page, not after thousands of texts. */
    private static final int MAX_TEXT_NODES_READ = 2000;

    /** A text may be this much longer than the title and still show it whole (spaces, quotes typed otherwise). */
    private static final int MAX_EXTRA_CHARS_OF_WHOLE = 8;

    /** Lines whose text is compared with a shown segment: each is a walk of its subtree. */
    private static final int MAX_LINES_READ = 8;

    /** Nodes read beside a line for its end: a headline's line has few. */
    private static final int MAX_SIBLINGS_READ = 8;

    /** Elements set inside a line of text, not boxes of their own. */
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "font", "small", "mark", "cite", "q",
            "abbr", "time", "bdi", "bdo", "sup", "sub");

    /** Boxes of the site's frame checked for holding the article's region, each a walk of its subtree. */
    private static final int MAX_FRAMES_CHECKED = 32;

    /** Elements whose text is no part of the page as read. */
    private static final Set<String> UNREAD = Set.of("head", "script", "style", "noscript", "template", "title", "select", "option", "textarea");

    /**
     * Where the site's frame and trail sit (banner, navigation, logo, footer, breadcrumb): the site's name and
     * the sections shown there are the title's furniture, not its headline; and where the page quotes or
     * captions (a pull quote repeats the headline's quoted half, a caption its subject), or lists other stories.
     */
    private static final Evaluator FRAME = QueryParser.parse(
            "header, nav, footer, [class*=logo], [class*=brand], [class*=site-title], [id*=logo], [class*=crumb], [id*=crumb], [hidden], "
                    + "[class*=related], [class*=modal], [class*=popup], blockquote, figcaption, aside");
    private static final Evaluator BANNER = QueryParser.parse("header");
    private static final Evaluator SECTIONING = QueryParser.parse("main, article, section, aside, [role=main]");
    static final Evaluator ARTICLE_REGION = QueryParser.parse("article, main, [role=main], .hentry, .h-entry");

    private ShownSegment() {
    }

    /**
     * The part of {@code title} that a text of the page under {@code root} shows whole, set apart from the rest of
     * the title by separators and longer than that rest; null when no text shows one, or the title has no such part.
     */
    static String of(Element root, String title) {
        Shown shown = read(root, title);
        return shown == null ? null : shown.segment();
    }

    /**
     * What the page shows of a title: {@code whole} when a text shows the title whole (in its trail or elsewhere),
     * else {@code segment}, the part {@link #of} gives (null when none).
     */
    record Shown(String segment, boolean whole) {
    }

    /** What the page under {@code root} shows of {@code title}; null when the title holds no separator to part it. */
    static Shown read(Element root, String title) {
        if (root == null || title == null) {
            return null;
        }
        String t = Blanks.collapsed(withIdeographicSpacesAsBars(title)).trim();
        if (!holdsMark(t)) {
            return null;
        }
        String titleKey = ComparisonKey.of(t);
        String[] found = new String[2]; // the text shown, and the same as the title reads it (its ideographic spaces as bars)
        boolean[] shownWhole = new boolean[1];
        Set<String> shownKeys = new HashSet<>();
        int[] read = new int[3];
        int[] frameDepth = {-1};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (UNREAD.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (frameDepth[0] < 0 && isFrame(e, read)) {
                        frameDepth[0] = depth;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof TextNode tn) || tn.isBlank()) {
                    return FilterResult.CONTINUE;
                }
                if (++read[0] > MAX_TEXT_NODES_READ) {
                    return FilterResult.STOP;
                }
                String s = Blanks.collapsed(tn.getWholeText()).trim();
                if (s.length() > t.length() + MAX_EXTRA_CHARS_OF_WHOLE) {
                    return FilterResult.CONTINUE;
                }
                if (ComparisonKey.of(s).equals(titleKey)) {
                    shownWhole[0] = true; // the page shows the title whole, in its trail or elsewhere: no part of it is furniture
                    return FilterResult.STOP;
                }
                if (frameDepth[0] >= 0) {
                    return FilterResult.CONTINUE;
                }
                String key = ComparisonKey.of(s);
                shownKeys.add(key);
                String inTitle = found[0] == null ? asTitleRead(tn.getWholeText(), s) : null;
                if (found[0] == null && s.length() < t.length() && isSegment(t, titleKey, inTitle, key) && aloneOnLine(tn, s, read)) {
                    found[0] = s;
                    found[1] = inTitle;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element && depth == frameDepth[0]) {
                    frameDepth[0] = -1; // out of the frame
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        if (shownWhole[0] || found[0] == null) {
            return new Shown(null, shownWhole[0]);
        }
        String kicker = kickerBeforeColon(t, found[1]);
        return new Shown(kicker != null && shownKeys.contains(ComparisonKey.of(kicker)) ? null : found[0], false);
    }

    /**
     * The title with each ideographic space between two letters of a script written without spaces read as a
     * full-width bar, which parts segments as it does; the title itself when it holds none.
     */
    private static String withIdeographicSpacesAsBars(String title) {
        int at = title.indexOf(IDEOGRAPHIC_SPACE);
        if (at < 0) {
            return title;
        }
        StringBuilder out = new StringBuilder(title);
        for (; at >= 0; at = title.indexOf(IDEOGRAPHIC_SPACE, at + 1)) {
            if (at > 0 && at + 1 < title.length() && unspacedScript(title.codePointBefore(at)) && unspacedScript(title.codePointAt(at + 1))) {
                out.setCharAt(at, '\uFF5C');
            }
        }
        return out.toString();
    }

    /**
     * The text as {@link #read} reads the title, its ideographic spaces between letters as bars, so that a headline
     * holding one of its own ("春の訪れ　梅の名所に人出") is found in the title whole; {@code collapsed}, the raw text
     * collapsed, when it holds none.
     */
    private static String asTitleRead(String raw, String collapsed) {
        return raw.indexOf(IDEOGRAPHIC_SPACE) < 0 ? collapsed : Blanks.collapsed(withIdeographicSpacesAsBars(raw)).trim();
    }

    /**
     * The text before the shown segment when a colon sets it off ("Kicker: Headline"), from the separator before it or the
     * title's start; null when no colon stands right before the segment.
     */
    private static String kickerBeforeColon(String title, String shown) {
        int at = title.indexOf(shown);
        if (at < 0) {
            return null;
        }
        int i = at;
        while (i > 0 && Character.isWhitespace(title.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || title.charAt(i - 1) != ':' && title.charAt(i - 1) != '\uFF1A' || i >= 2 && title.charAt(i - 2) == ':') {
            return null; // no colon, or a template's double colon ("Site :: Section :: Headline"): a separator, not a kicker's
        }
        String before = title.substring(0, i - 1).trim();
        int start = 0;
        for (int j = before.length() - 1; j > 0; j--) {
            if (ALWAYS_SEPARATING_MARKS.indexOf(before.charAt(j)) >= 0
                    || SPACED_SEPARATING_MARKS.indexOf(before.charAt(j)) >= 0 && Character.isWhitespace(before.charAt(j - 1))) {
                start = j + 1;
                break;
            }
        }
        return before.substring(start).trim();
    }

    /**
     * True when the text stands alone on its line: the inline elements around it ({@link #INLINE}: a link, a span) hold
     * nothing more, and the nodes beside the outermost of them, up to a box's edge, a box or a line break, are blank. A
     * heading that sets a kicker beside the headline in a span shows more than the segment.
     */
    private static boolean aloneOnLine(TextNode tn, String shown, int[] read) {
        if (++read[2] > MAX_LINES_READ) {
            return false; // each line read climbs its inline elements and reads their text
        }
        Node line = tn;
        while (line.parent() instanceof Element p && INLINE.contains(p.normalName()) && p.parent() != null) {
            line = p;
        }
        if (line instanceof Element e && !ComparisonKey.of(e.text()).equals(ComparisonKey.of(shown))) {
            return false;
        }
        return blankUpToLineEnd(line, true) && blankUpToLineEnd(line, false);
    }

    /** True when the nodes before (or after) the node, up to the box's edge, a box or a line break, are blank. */
    private static boolean blankUpToLineEnd(Node node, boolean before) {
        Node n = before ? node.previousSibling() : node.nextSibling();
        for (int i = 0; n != null; i++, n = before ? n.previousSibling() : n.nextSibling()) {
            if (i >= MAX_SIBLINGS_READ) {
                return false;
            }
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (n instanceof Element e) {
                return !INLINE.contains(e.normalName()); // a box or a line break ends the line
            }
        }
        return true;
    }

    /** True when the element is the site's frame or trail, and holds not the article's region. */
    private static boolean isFrame(Element e, int[] read) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || !FRAME.matches(e, e)) {
            return false;
        }
        if (++read[1] > MAX_FRAMES_CHECKED) {
            return true; // taken for the frame it is named as, rather than walk box after box
        }
        if (BANNER.matches(e, e) && e.parent() != null && e.parent().closest(SECTIONING) != null) {
            return false; // a header inside sectioning content heads the article
        }
        return e.selectFirst(ARTICLE_REGION) == null;
    }

    /**
     * True when {@code shown} stands in {@code title} as a part set apart by separators, with at least as many
     * letters and digits as the rest, and enough to be a headline.
     */
    static boolean isSegment(String title, String shown) {
        return isSegment(title, ComparisonKey.of(title), shown, ComparisonKey.of(shown));
    }

    /**
     * {@link #isSegment(String, String)} given the title's and the text's keys. The rest's separators and spaces are
     * not counted: "Gemeinde Oberkirchberg - Aktuelles - Winterdienst: Anlieger müssen räumen" has a headline of 32
     * letters beside 30 of the town's name and its section, and of fewer characters than they and their dashes.
     */
    private static boolean isSegment(String title, String titleKey, String shown, String shownKey) {
        if (shownKey.length() * 2 < titleKey.length() || shownKey.length() < minSegmentKeyChars(shown)) {
            return false;
        }
        int at = title.indexOf(shown);
        if (at < 0) {
            return false;
        }
        int end = at + shown.length();
        if (at == 0 && end == title.length()) {
            return false;
        }
        return (at == 0 || separatedBefore(title, at)) && (end == title.length() || separatedAfter(title, end));
    }

    /** {@link #MIN_UNSPACED_SEGMENT_KEY_CHARS} for a text that opens and ends in a script without spaces, else {@link #MIN_SEGMENT_KEY_CHARS}. */
    private static int minSegmentKeyChars(String shown) {
        return !shown.isEmpty() && unspacedScript(shown.codePointAt(0)) && unspacedScript(shown.codePointBefore(shown.length()))
                ? MIN_UNSPACED_SEGMENT_KEY_CHARS : MIN_SEGMENT_KEY_CHARS;
    }

    /** True when the title's text before {@code at} ends with a separator (and spaces). */
    private static boolean separatedBefore(String title, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(title.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char mark = title.charAt(i - 1);
        boolean spacedAfter = i < at;
        boolean spacedBefore = i - 2 < 0 || Character.isWhitespace(title.charAt(i - 2)) || title.charAt(i - 2) == mark;
        return separates(mark, spacedBefore, spacedAfter, title.codePointAt(at));
    }

    /** True when the title's text from {@code end} begins with (spaces and) a separator. */
    private static boolean separatedAfter(String title, int end) {
        int i = end;
        while (i < title.length() && Character.isWhitespace(title.charAt(i))) {
            i++;
        }
        if (i == title.length()) {
            return false;
        }
        char mark = title.charAt(i);
        boolean spacedBefore = i > end;
        boolean spacedAfter = i + 1 >= title.length() || Character.isWhitespace(title.charAt(i + 1)) || title.charAt(i + 1) == mark;
        return separates(mark, spacedBefore, spacedAfter, title.codePointBefore(end));
    }

    /**
     * True when the mark parts segments: one of {@link #ALWAYS_SEPARATING_MARKS}, or one of {@link #SPACED_SEPARATING_MARKS}
     * spaced on both sides (a colon needs a space after it only), or a dash beside a letter of a script written without
     * spaces ({@code neighbour}, the shown text's letter at the mark).
     */
    static boolean separates(char mark, boolean spacedBefore, boolean spacedAfter, int neighbour) {
        if (ALWAYS_SEPARATING_MARKS.indexOf(mark) >= 0) {
            return true;
        }
        if (SPACED_SEPARATING_MARKS.indexOf(mark) < 0) {
            return false;
        }
        if (mark == ':') {
            return spacedAfter;
        }
        return spacedBefore && spacedAfter || DASHES.indexOf(mark) >= 0 && unspacedScript(neighbour);
    }

    private static boolean holdsMark(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (ALWAYS_SEPARATING_MARKS.indexOf(c) >= 0 || SPACED_SEPARATING_MARKS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True for a letter of a script written without spaces between words (Han, kana, Thai). */
    static boolean unspacedScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI;
    }
}
