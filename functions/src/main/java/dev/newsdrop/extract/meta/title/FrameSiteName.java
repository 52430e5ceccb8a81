package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's name as the page shows it in its frame, cut from the title. A page that states no site name still
 * shows one: in its logo's text alternative, in the site's name beside the logo, in the copyright line ("© 2026
 * Site"). A title's first or last segment that those name is the site's, whatever mark sets it off ("Site: Headline",
 * "Headline ～ Site", "Headline : Site", "标题-网站", "Headline (Site)"); with it, a short segment after a leading name and set off by the
 * same mark is the section of the site's trail ("Site - Section - Headline").
 */
final class FrameSiteName {

    /** Class or id words of the logo and of the site's name beside it: an image there has the site's name as its text. */
    private static final List<String> LOGO_WORDS = List.of("logo", "brand", "site-name", "site-title", "sitename", "masthead");

    /** Words that open a copyright line, in the languages that spell one out; most write only the sign. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)\u00A9|\\(c\\)|copyright|版权所有|版權所有|著作権");

    /** A frame text read for the site's name is at most this long: a copyright line, not a paragraph. */
    private static final int MAX_FRAME_TEXT_CHARS = 200;

    /** Frame texts kept, and nodes read for them. */
    private static final int MAX_FRAME_TEXTS = 12;
    private static final int MAX_NODES_READ = 5000;

    /** A site's name in a title's segment has at most this many words, and this many key characters at least. */
    private static final int MAX_SITE_WORDS = 4;
    private static final int MIN_SITE_KEY_CHARS = 3;

    /** A section after a leading site's name has at most this many words, before a headline of at least three. */
    private static final int MAX_SECTION_WORDS = 2;
    private static final int MIN_HEADLINE_WORDS = 3;

    /** A bracketed last segment, "Headline (Site)", "見出し（新聞名）": at most 60 characters in one pair of brackets. */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*[\\[(\uFF08\u3010]([^\\[\\]()\uFF08\uFF09\u3010\u3011]{1,60})[\\])\uFF09\u3011]$");

    /** Separator spans read in a title. */
    private static final int MAX_SEPARATORS = 16;

    private static final Set<String> UNREAD = Set.of("head", "script", "style", "noscript", "template", "title");

    private FrameSiteName() {
    }

    /**
     * The title without its first or last segment when that names the site as the page's frame shows it (and without
     * a section segment after a leading one); null when no frame text names an edge segment.
     */
    static String cut(Element root, String title) {
        if (root == null || title == null) {
            return null;
        }
        String t = Blanks.collapsed(title).trim();
        Matcher bracketed = BRACKETED_TAIL.matcher(t);
        if (bracketed.find() && bracketed.start() > 0 && siteLike(bracketed.group(1), t.substring(0, bracketed.start()))
                && named(bracketed.group(1), false, frameKeys(root))) {
            return t.substring(0, bracketed.start()).trim(); // "Headline (Site)"
        }
        List<int[]> spans = separatorSpans(t);
        if (spans.isEmpty()) {
            return null;
        }
        List<Named> frame = null;
        int[] last = spans.get(spans.size() - 1);
        String tail = t.substring(last[1]);
        String head = t.substring(0, last[0]);
        if (siteLike(tail, head)) {
            frame = frameKeys(root);
            if (named(tail, false, frame)) { // a colon ends a kicker, which leads
                return head.trim();
            }
        }
        int[] first = spans.get(0);
        String lead = t.substring(0, first[0]);
        String rest = t.substring(first[1]);
        if (siteLike(lead, rest)) {
            frame = frame == null ? frameKeys(root) : frame;
            if (named(lead, isColon(t, first), frame)) {
                if (spans.size() >= 2) {
                    int[] second = spans.get(1);
                    String section = t.substring(first[1], second[0]);
                    String after = t.substring(second[1]);
                    if (t.charAt(first[2]) == t.charAt(second[2]) && words(section) <= MAX_SECTION_WORDS
                            && words(after) >= MIN_HEADLINE_WORDS) {
                        return after.trim();
                    }
                }
                return rest.trim();
            }
        }
        return null;
    }

    /**
     * True when the title names only the site and its section: a frame text (the logo's, a copyright line) holds its
     * words whole, or it parts into segments of which one is so named and each other is the whole text of a link on the
     * page, a section of the site's menu or trail ("Town of X - Notices"). Such a title is the section's, the same on
     * every page of it, and names no headline. Returns the site's name so named (its first such segment), or null when
     * the title names more than the site and its section.
     */
    static String siteOfSectionTitle(Element root, String title) {
        if (root == null || title == null || title.isBlank()) {
            return null;
        }
        List<Named> frame = frameKeys(root);
        String t = Blanks.collapsed(title).trim();
        if (named(t, false, frame)) {
            return t;
        }
        List<int[]> spans = separatorSpans(t);
        if (spans.isEmpty()) {
            return null;
        }
        Set<String> linkKeys = null;
        String site = null;
        int from = 0;
        for (int i = 0; i <= spans.size(); i++) {
            String segment = t.substring(from, i < spans.size() ? spans.get(i)[0] : t.length());
            from = i < spans.size() ? spans.get(i)[1] : t.length();
            if (named(segment, false, frame)) {
                site = site == null ? segment.trim() : site;
                continue;
            }
            if (linkKeys == null) {
                linkKeys = linkKeys(root);
            }
            if (!linkKeys.contains(ComparisonKey.of(segment))) {
                return null;
            }
        }
        return site;
    }

    /**
     * True when the title is the site's frame alone: it parts into segments of which one is the site's name as the frame
     * names it (the logo's text, a copyright line) and each other is the whole text the box of the site's logo shows
     * beside it, the site's claim ("Stadtanzeiger Lahntal – Nachrichten aus der Region"). Such a title is the same on
     * every page of the site and names no headline. A heading's text in that box is not read as a claim: a sticky
     * banner there repeats the headline.
     */
    static boolean namesOnlySiteAndClaim(Element root, String title) {
        if (root == null || title == null || title.isBlank()) {
            return false;
        }
        String t = Blanks.collapsed(title).trim();
        List<int[]> spans = separatorSpans(t);
        if (spans.isEmpty()) {
            return false;
        }
        List<Named> frame = frameKeys(root);
        Set<String> claims = null;
        boolean site = false;
        int from = 0;
        for (int i = 0; i <= spans.size(); i++) {
            String segment = t.substring(from, i < spans.size() ? spans.get(i)[0] : t.length());
            from = i < spans.size() ? spans.get(i)[1] : t.length();
            if (!site && named(segment, false, frame)) {
                site = true;
                continue;
            }
            if (claims == null) {
                claims = textsBesideLogo(root);
            }
            String key = ComparisonKey.of(segment);
            if (key.isEmpty() || !claims.contains(key)) {
                return false;
            }
        }
        return site;
    }

    private static boolean isPage(Element e) {
        String n = e.normalName();
        return n.equals("html") || n.equals("body") || n.equals("main") || n.equals("article");
    }

    /** Elements read in the logo's box for the texts beside the logo, at most. */
    private static final int MAX_BOX_ELEMENTS_READ = 200;

    /** Headings, which may echo the headline in a banner, and the page's parts that are no box of the logo. */
    private static final Set<String> NOT_A_CLAIM = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "main", "article");

    /**
     * The keys of the short texts of the elements in the box that holds the site's logo (the logo's parent, or its
     * grandparent when the logo sits alone in a link or a wrapper): the claim and the menu the site shows beside its name.
     */
    private static Set<String> textsBesideLogo(Element root) {
        Set<String> keys = new java.util.HashSet<>();
        Element logo = null;
        int read = 0;
        for (Element e : root.getAllElements()) {
            if (++read > MAX_NODES_READ) {
                break;
            }
            if (UNREAD.contains(e.normalName()) || isPage(e)) {
                continue;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (LOGO_WORDS.stream().anyMatch(names::contains)) {
                logo = e;
                break;
            }
        }
        if (logo == null) {
            return keys;
        }
        Element box = logo.parent();
        if (box != null && box.childrenSize() == 1 && box.parent() != null) {
            box = box.parent();
        }
        if (box == null || NOT_A_CLAIM.contains(box.normalName())) {
            return keys;
        }
        Set<String> headings = new java.util.HashSet<>(); // a heading's text, and a wrapper's that holds only it, is no claim
        int boxRead = 0;
        for (Element e : box.getAllElements()) {
            if (++boxRead > MAX_BOX_ELEMENTS_READ) {
                break;
            }
            if (e == box) {
                continue;
            }
            String text = e.text();
            if (text.length() <= MAX_FRAME_TEXT_CHARS) {
                (NOT_A_CLAIM.contains(e.normalName()) ? headings : keys).add(ComparisonKey.of(text));
            }
        }
        keys.removeAll(headings);
        return keys;
    }

    /**
     * The title without its first or last segment when a frame text names that segment, however long it is beside the
     * rest ({@link #cut} takes a site's name only when it is the shorter part); the title itself when neither is so named.
     */
    static String withoutSiteSegment(Element root, String title) {
        String t = Blanks.collapsed(title).trim();
        List<int[]> spans = separatorSpans(t);
        if (root == null || spans.isEmpty()) {
            return t;
        }
        List<Named> frame = frameKeys(root);
        int[] first = spans.get(0);
        if (named(t.substring(0, first[0]), false, frame)) {
            return t.substring(first[1]).trim();
        }
        int[] last = spans.get(spans.size() - 1);
        return named(t.substring(last[1]), false, frame) ? t.substring(0, last[0]).trim() : t;
    }

    /**
     * The title's first or last segment when a frame text (the logo's, a copyright line) names it: the site's name as the
     * title sets it ("Gemeinde Lindenau" of "Gemeinde Lindenau – Leben im Grünen"); null when neither is so named.
     */
    static String siteSegment(Element root, String title) {
        if (root == null || title == null) {
            return null;
        }
        String t = Blanks.collapsed(title).trim();
        List<int[]> spans = separatorSpans(t);
        if (spans.isEmpty()) {
            return null;
        }
        List<Named> frame = frameKeys(root);
        String lead = t.substring(0, spans.get(0)[0]).trim();
        if (named(lead, false, frame)) {
            return lead;
        }
        String tail = t.substring(spans.get(spans.size() - 1)[1]).trim();
        return named(tail, false, frame) ? tail : null;
    }

    /** Links read for the sections a title may name, at most. */
    private static final int MAX_LINKS_READ = 500;

    /** The keys of the page's link texts ({@link #MAX_LINKS_READ} links at most). */
    private static Set<String> linkKeys(Element root) {
        Set<String> keys = new java.util.HashSet<>();
        int read = 0;
        for (Element a : root.getElementsByTag("a")) {
            if (read++ >= MAX_LINKS_READ) {
                break;
            }
            keys.add(ComparisonKey.of(a.text()));
        }
        return keys;
    }

    private static boolean isColon(String t, int[] span) {
        char c = t.charAt(span[2]);
        return c == ':' || c == '\uFF1A';
    }

    /** True when the segment may be a site's name beside the rest: a few words, shorter than the rest. */
    private static boolean siteLike(String segment, String rest) {
        String s = segment.trim();
        return !s.isEmpty() && words(s) <= MAX_SITE_WORDS && s.length() < rest.trim().length()
                && ComparisonKey.of(s).length() >= MIN_SITE_KEY_CHARS;
    }

    /**
     * True when a frame text holds the segment's words whole. Before a colon ({@code colon}), which also ends a kicker
     * ("Berlin: ..." on the Berlin Post's page), only the logo's text naming the site with those words alone does.
     */
    private static boolean named(String segment, boolean colon, List<Named> frame) {
        String w = wordsOf(segment);
        if (w.isBlank()) {
            return false;
        }
        for (Named f : frame) {
            if (colon ? f.logo() && (f.words().equals(w) || f.words().replace(LOGO_WORD, " ").equals(w)) : f.words().contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * The separators of the title, each as {start, end, index of its mark}: a mark of {@link ShownSegment} that parts
     * segments there, a doubled mark once, with the spaces around it.
     */
    static List<int[]> separatorSpans(String t) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < t.length() && spans.size() < MAX_SEPARATORS; i++) {
            char c = t.charAt(i);
            if (ShownSegment.ALWAYS_SEPARATING_MARKS.indexOf(c) < 0 && ShownSegment.SPACED_SEPARATING_MARKS.indexOf(c) < 0) {
                continue;
            }
            int j = i;
            while (j + 1 < t.length() && t.charAt(j + 1) == c) {
                j++;
            }
            boolean spacedBefore = i == 0 || Character.isWhitespace(t.charAt(i - 1));
            boolean spacedAfter = j + 1 >= t.length() || Character.isWhitespace(t.charAt(j + 1));
            int before = i > 0 ? t.codePointBefore(i) : ' ';
            int after = j + 1 < t.length() ? t.codePointAt(j + 1) : ' ';
            if (i > 0 && j + 1 < t.length() && (ShownSegment.separates(c, spacedBefore, spacedAfter, before)
                    || ShownSegment.separates(c, spacedBefore, spacedAfter, after))) {
                int start = i;
                while (start > 0 && Character.isWhitespace(t.charAt(start - 1))) {
                    start--;
                }
                int end = j + 1;
                while (end < t.length() && Character.isWhitespace(t.charAt(end))) {
                    end++;
                }
                spans.add(new int[] {start, end, i});
            }
            i = j;
        }
        return spans;
    }

    /**
     * The keys of the texts in which the page's frame names its site: the text alternative of an image in (or named as)
     * the logo, the short text of the logo's box, and copyright lines.
     */
    private static List<Named> frameKeys(Element root) {
        List<Named> keys = new ArrayList<>();
        int[] read = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++read[0] > MAX_NODES_READ || keys.size() >= MAX_FRAME_TEXTS) {
                    return FilterResult.STOP;
                }
                if (node instanceof Element e) {
                    if (UNREAD.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("img") && e.hasAttr("alt") && (inLogo(e) || linksHome(e))) {
                        add(keys, e.attr("alt"), true);
                    }
                } else if (node instanceof TextNode tn && !tn.isBlank()) {
                    String s = tn.getWholeText();
                    if (s.length() <= MAX_FRAME_TEXT_CHARS) {
                        if (tn.parent() instanceof Element p && inLogo(p)) {
                            add(keys, s, true);
                        } else if (COPYRIGHT.matcher(s).find()) {
                            add(keys, s, false);
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return keys;
    }

    /** A frame text as its words ({@link #wordsOf}), and whether it is the logo's (the site's name alone) or a copyright line. */
    private record Named(String words, boolean logo) {
    }

    private static void add(List<Named> keys, String text, boolean logo) {
        String w = wordsOf(text);
        if (!w.isBlank()) {
            keys.add(new Named(w, logo));
        }
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** The text's words in lower case, each between single spaces (" la voz de murcia "): whole words are found so. */
    static String wordsOf(String text) {
        return " " + NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
    }

    /** The word a logo's text alternative may add to the site's name ("Site logo"). */
    private static final String LOGO_WORD = " logo ";

    /** Ancestors looked at for a logo's class: a logo image sits in a link in the logo's box. */
    private static final int LOGO_REACH = 3;

    /**
     * True when the image is the link to the site's home page, or its only content: a site's logo links home on every
     * page, whatever its box is named ({@code <div id="bandeau"><a href="/"><img alt="Site"></a></div>}).
     */
    private static boolean linksHome(Element img) {
        Element link = img.parent();
        for (int i = 0; i < LOGO_REACH && link != null && !link.normalName().equals("a"); i++) {
            link = link.parent();
        }
        return link != null && link.normalName().equals("a") && TitleFinder.HOME_ADDRESS.matcher(link.attr("href").trim()).matches()
                && link.text().isBlank();
    }

    /** True when the element or one of its nearest ancestors is named as the logo or the site's name. */
    private static boolean inLogo(Element e) {
        Element x = e;
        for (int i = 0; i <= LOGO_REACH && x != null; i++, x = x.parent()) {
            String names = (x.className() + " " + x.id()).toLowerCase(Locale.ROOT);
            for (String w : LOGO_WORDS) {
                if (names.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
