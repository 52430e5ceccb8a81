package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.LinkResolver;
import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a date on the page is not the article's: the site's banner, whose date is the day the page
 * was fetched, and the teasers of other stories (related lists, "most read" boxes, cards), each
 * dated with its own story's day. {@link PublishedDateFinder} asks before it takes a date.
 */
final class TeasersAndBanners {

    private TeasersAndBanners() {
    }

    /**
     * Class and id words of a widget that shows today's date in a site's header or top bar ("today",
     * "current-date"), or names it in the site's own language as Southern European themes do (Spanish "fecha-hoy",
     * Catalan "avui", Italian "data-oggi", Portuguese "data-hoje", French "aujourdhui", Basque "gaur"), the word whole
     * ("blogging" holds no "oggi"): the day the page was fetched, never the day it was published.
     */
    private static final Pattern TODAY_NAME = Pattern.compile(
            "(?i)today|current[-_]?date|date[-_]?today|header[-_]?date|(?<![a-z])(?:hoy|avui|oggi|hoje|aujourd-?hui|gaur)(?![a-z])");

    /** Ancestors of a date looked at for the site's banner around it. */
    private static final int MASTHEAD_LEVELS = 8;

    /**
     * Class or id words of a site's banner as themes name it when it is no {@code header} element
     * ({@code <div id="header">}, "site-header", "masthead", "top-bar"); an article's "entry-header" is not one.
     */
    private static final Pattern BANNER_NAME = Pattern.compile("(?<![\\w-])(?:site-?header|masthead|header|top-?bar)(?![\\w-])");

    /** Links of a banner read for the one to the site's front page: the logo comes first. */
    private static final int MAX_BANNER_LINKS = 20;

    /** The queries of {@link #isMastheadBox}: a menu, a link. */
    private static final Evaluator MENU = QueryParser.parse("nav, [role=navigation]");

    /**
     * True when the element is, or sits in, the site's banner ({@link #isMastheadBox}, or a table layout's
     * {@link #isLogoRow}) outside any article or main element. The banner's date is today's.
     */
    static boolean inMasthead(Element e, String url) {
        Element up = e;
        for (int level = 0; level <= MASTHEAD_LEVELS && up != null; level++, up = up.parent()) {
            String tag = up.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("h1")) {
                return false;
            }
            if (isMastheadBox(up, url) || isLogoRow(up, url) || overBanner(up, url)) {
                for (Element a = up.parent(); a != null; a = a.parent()) {
                    if (a.normalName().equals("article") || a.normalName().equals("main")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * True for the site's banner or a widget of today's date ({@link #TODAY_NAME}). A banner is a
     * {@code header}, a {@code role="banner"} or an element named as one ({@link #BANNER_NAME}) that
     * holds no headline (an article's own header holds its h1) and carries the site's menu or its
     * link to the front page (the logo), as a site's banner does and an article's meta line does not,
     * or sits just before or after such a banner (a "top-bar" of the date and weather over the logo).
     */
    static boolean isMastheadBox(Element e, String url) {
        if (namesToday(e)) {
            return true;
        }
        if (!isBanner(e) || e.selectFirst(HEADLINE) != null || opensOnHeadline(e.nextElementSibling())) {
            return false; // a header just above the headline is the article's (its breadcrumb links home)
        }
        if (holdsMenuOrHome(e, url)) {
            return true;
        }
        // a bar of its own set just over or under the site's banner (the date and the weather above the logo) is part of it
        for (Element beside : new Element[] {e.previousElementSibling(), e.nextElementSibling()}) {
            if (beside != null && isBanner(beside) && beside.selectFirst(HEADLINE) == null
                    && !opensOnHeadline(beside.nextElementSibling()) && holdsMenuOrHome(beside, url)) {
                return true;
            }
        }
        return false;
    }

    /** A strip over the site's banner ({@link #overBanner}) is this short at most: a line or two of date, weather, links. */
    private static final int MAX_TOP_STRIP_CHARS = 300;

    /**
     * True when the element is a short strip ({@link #MAX_TOP_STRIP_CHARS}) with no headline, set just before the site's
     * banner whatever its class says ("header-top", "topHeader", "top-strip"): nothing of the article stands before the
     * banner in the page's order, so the dates of a short line there (today's, often in two or three calendars: "یکشنبه ۱۵
     * آذر ۱۴۰۵", "24 جمادى الآخرة 1448") are the day the page was fetched. Tried only after {@link #isMastheadBox}, on the
     * ancestors {@link #inMasthead} walks.
     */
    private static boolean overBanner(Element e, String url) {
        Element next = e.nextElementSibling();
        if (next == null || !isBanner(next) || isBanner(e) || textUpTo(e, MAX_TOP_STRIP_CHARS + 1).length() > MAX_TOP_STRIP_CHARS) {
            return false; // the length first: a long block before the banner is searched no further, on every date it holds
        }
        return e.selectFirst(HEADLINE) == null && next.selectFirst(HEADLINE) == null && !opensOnHeadline(next.nextElementSibling())
                && holdsMenuOrHome(next, url);
    }

    /** True when a banner carries the site's menu or a link to its front page (the logo). */
    private static boolean holdsMenuOrHome(Element e, String url) {
        if (e.selectFirst(MENU) != null) {
            return true;
        }
        int links = 0;
        for (Element link : e.select(LINK)) {
            if (links++ >= MAX_BANNER_LINKS) {
                break;
            }
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("home") || isFrontPage(target(link, url))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the element is the headline (h1), or a block that opens with it other than the page's
     * main region or article ({@code <main><h1>} follows the site's banner as often as not).
     */
    private static boolean opensOnHeadline(Element e) {
        if (e == null) {
            return false;
        }
        String tag = e.normalName();
        return tag.equals("h1") || !tag.equals("main") && !tag.equals("article") && e.firstElementChild() != null
                && e.firstElementChild().normalName().equals("h1");
    }

    /** True when an address is a site's front page: its path is "/" or empty, with no query. */
    private static boolean isFrontPage(String address) {
        String path = address.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "");
        return path.isEmpty() || path.equals("/") || path.startsWith("#") || path.startsWith("/#");
    }

    /** Ancestors of a dateline looked at for the teaser it may belong to. */
    private static final int TEASER_LEVELS = 2;

    /** The queries of {@link #datesTeaser}, parsed once, not once a dateline: a headline, a subheading's link. */
    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    private static final Evaluator SUBHEADING = QueryParser.parse("h2, h3, h4, h5, h6");
    private static final Evaluator SUBHEADING_LINK = QueryParser.parse("h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]");
    private static final Evaluator LINKED_SUBHEADING = QueryParser.parse("a[href] h2, a[href] h3, a[href] h4, a[href] h5, a[href] h6");

    /**
     * True when the dateline dates a teaser of another story: within its two nearest ancestors sits a
     * subheading (h2 to h6) that links to another page, and no h1 ("latest news" boxes and related
     * lists set each entry's date beside its linked title). A heading that links to the page itself
     * is the entry's own permalink title, as blog themes write it; one that links to the writer's profile
     * ({@link #linksPersonPage}) is the post's byline, as themes set it in an author block's h4 beside the date.
     */
    static boolean datesTeaser(Element dateline, String url) {
        if (byNeighbourLink(dateline, url)) {
            return true; // before the headline test: a post's navigation may sit in its article, beside the h1
        }
        Element box = dateline;
        for (int level = 0; level < TEASER_LEVELS && box.parent() != null; level++) {
            box = box.parent();
            if (box.selectFirst(HEADLINE) != null) {
                return false;
            }
            for (Element link : box.select(SUBHEADING_LINK)) {
                if (!samePage(target(link, url), url) && !linksPersonPage(link)) {
                    return true;
                }
            }
        }
        return inSmallTeaser(dateline, url);
    }

    /**
     * True when the date sits in a small box of another story: a list entry that links to another page
     * ({@link #inLinkingListEntry}), or a card of a few dozen elements at most, within two levels, whose
     * heading links to another page or sits in such a link ("<a href><h4>Title</h4></a>"), or that is
     * named for a teaser ({@link #TEASER_NAME_WORDS}) and links to another page. A small
     * box is one story's; a larger one may hold the article and its related links together.
     */
    static boolean inSmallTeaser(Element date, String url) {
        if (inLinkingListEntry(date, url) || byNeighbourLink(date, url)) {
            return true;
        }
        for (Element box : smallBoxesAround(date)) {
            for (Element link : box.select(SUBHEADING_LINK)) {
                if (leadsToAnotherStory(link, url)) {
                    return true;
                }
            }
            if (namesTeaser(box.className()) || namesTeaser(date.className())) {
                for (Element link : box.select(LINK)) {
                    if (leadsToAnotherStory(link, url)) {
                        return true; // a box named for a teaser, its headline a plain link
                    }
                }
            }
            for (Element heading : box.select(LINKED_SUBHEADING)) {
                Element link = heading.closest("a[href]");
                if (link != null && leadsToAnotherStory(link, url)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a small box around the date ({@link #smallBoxesAround}) links to another story, whatever its
     * markup: a stricter test than {@link #inSmallTeaser}, for a date that must be the article's own to
     * outrank one already found ("Earlier: storm plan · Published 20 Feb" set in the header).
     */
    static boolean besideAnotherStorysLink(Element date, String url) {
        for (Element box : smallBoxesAround(date)) {
            for (Element link : box.select(LINK)) {
                if (leadsToAnotherStory(link, url)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The boxes a teaser's date may sit in: its parent and grandparent ({@link #TEASER_LEVELS}), as long
     * as each holds at most {@link #MAX_LIST_ENTRY_ELEMENTS} elements and no headline. A larger box may
     * hold the article and its related links together, and so ends the list.
     */
    private static List<Element> smallBoxesAround(Element date) {
        return smallBoxesAround(date, false);
    }

    /**
     * {@link #smallBoxesAround(Element)}, where {@code ownHeading} also stops at a box whose first heading
     * is set before the date and links nowhere: the post's own title over its date (a short post under
     * h2, the h1 being the blog's name), whose navigation to its neighbours may sit in the same box.
     */
    private static List<Element> smallBoxesAround(Element date, boolean ownHeading) {
        List<Element> boxes = new ArrayList<>(TEASER_LEVELS);
        Element box = date;
        for (int level = 0; level < TEASER_LEVELS && box.parent() != null; level++) {
            box = box.parent();
            if (!isSmall(box, MAX_LIST_ENTRY_ELEMENTS) || box.selectFirst(HEADLINE) != null
                    || ownHeading && headsWithUnlinkedTitle(box, date)) {
                break;
            }
            boxes.add(box);
        }
        return boxes;
    }

    /** True when the box's first subheading comes before the date and neither holds nor sits in a link. */
    private static boolean headsWithUnlinkedTitle(Element box, Element date) {
        Element h = box.selectFirst(SUBHEADING);
        return h != null && h.selectFirst(LINK) == null && h.closest(LINK) == null && precedes(h, date, box);
    }

    /** True when {@code a} starts before {@code b} within {@code root}, which holds both (a small box: a short walk). */
    private static boolean precedes(Element a, Element b, Element root) {
        for (Node n = a; n != null; n = TreeWalk.next(n, root)) {
            if (n == b) {
                return true;
            }
        }
        return false;
    }

    /** List items looked at around a date: its own entry, a few levels up at most. */
    private static final int LIST_ENTRY_LEVELS = 3;

    /** Elements of a list entry read for its link; an entry is a line or two. */
    private static final int MAX_LIST_ENTRY_ELEMENTS = 30;

    /** Links in an entry that lead away from the page: to another story. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    /**
     * Link relations of links that lead to no other story: a byline's author, a tag or category, the
     * front page, and the share and bookmarking services' links ({@code nofollow}, {@code external})
     * beside a story's own date. A teaser's link may say {@code bookmark} or {@code noopener}.
     */
    private static final List<String> NOT_A_STORY_REL = List.of("author", "tag", "category", "home", "nofollow", "ugc",
            "sponsored", "external");

    /**
     * True when a link leads to another page that is not a byline's: an author's profile or a tag or
     * category page (marked by {@code rel}, {@link #NOT_A_STORY_REL}, or named in the path) sits beside a
     * story's own date.
     */
    private static boolean leadsToAnotherStory(Element link, String url) {
        String href = link.attr("href");
        String rel = link.attr("rel").toLowerCase(Locale.ROOT);
        if (href.startsWith("#") || NOT_A_STORY_REL.stream().anyMatch(rel::contains) || samePage(target(link, url), url)) {
            return false;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        return !namesPersonOrTopic(lower);
    }

    /**
     * Words of a path that name a person's page: an author's, or a forum member's or user's profile
     * (phpBB's "memberlist.php", vBulletin's "member.php", XenForo's "/members/", Discourse's "/u/",
     * Drupal's "/user/"), which sits beside a post's own date as a byline's link does; the author's page as translated
     * themes name its path: "/autor/" (Spanish, Portuguese, German, Polish, Czech), "/auteur/" (French, Dutch),
     * "/autore/" (Italian), "/yazar/" (Turkish), "/niviskar/" (Kurmanji, "nivîskar"), "/penulis/" (Indonesian and Malay).
     */
    private static final List<String> PERSON_PATH_WORDS = List.of("author", "member", "/user", "profile", "/u/", "/autor/",
            "/auteur/", "/autore/", "/yazar/", "/niviskar/", "/penulis/");

    /** True when a link leads to a person's profile: {@code rel="author"} or a path word of {@link #PERSON_PATH_WORDS}. */
    private static boolean linksPersonPage(Element link) {
        if (link.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
            return true;
        }
        return namesPerson(link.attr("href").toLowerCase(Locale.ROOT));
    }

    /** True when a lower-case address names a person's page ({@link #PERSON_PATH_WORDS}). */
    private static boolean namesPerson(String lower) {
        for (String word : PERSON_PATH_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a link's lower-case address names a person's page ({@link #PERSON_PATH_WORDS}), a tag or a category. */
    private static boolean namesPersonOrTopic(String lower) {
        return namesPerson(lower) || lower.contains("/tag") || lower.contains("categor");
    }

    /**
     * Link relations of the links to a post's neighbours in its series ("« Older post", "Next article »"):
     * HTML's {@code rel="prev"} and {@code rel="next"}, which blog engines put on their post navigation, and
     * the "previous" some themes write. Such a link leads to another story, and a date in it or beside it is that story's.
     */
    private static final List<String> NEIGHBOUR_REL = List.of("prev", "previous", "next");

    /** Ancestors of a date looked at for the neighbour link it sits in. */
    private static final int NEIGHBOUR_LINK_LEVELS = 3;

    /**
     * True when the date dates a neighbouring post: it sits in a link to the previous or next post
     * ({@link #isNeighbourLink}) that leads to another page, or in a small box of no headline, within two
     * levels, that holds such a link ("<div class='nav-previous'><a rel='prev'>…</a> 1 March 2021</div>").
     * A link to the same path with another query or fragment is the article's own next page, not another story.
     */
    static boolean byNeighbourLink(Element date, String url) {
        Element up = date;
        for (int level = 0; level <= NEIGHBOUR_LINK_LEVELS && up != null; level++, up = up.parent()) {
            if (up.normalName().equals("a")) {
                return isNeighbourLink(up, url);
            }
        }
        for (Element box : smallBoxesAround(date, true)) {
            for (Element link : box.select(LINK)) {
                if (isNeighbourLink(link, url)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Class and id words of a link to a neighbouring post, or of the box around it, where a theme marks
     * its post navigation without {@code rel} ("nav-previous", "prev-post", "post-next", "older-entry",
     * "articulo-anterior", "article-suivant"): the words split at hyphens, underscores and spaces.
     */
    private static final Set<String> NEIGHBOUR_NAME_WORDS = Set.of("prev", "previous", "next", "older", "newer",
            "vorheriger", "vorheriges", "naechster", "naechstes", "precedent", "suivant", "anterior", "siguiente", "precedente",
            "successivo", "proximo", "vorige", "volgende", "poprzedni", "nastepny", "onceki", "sonraki");

    /** Class and id characters that part the words of {@link #NEIGHBOUR_NAME_WORDS}. */
    private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s_-]+");

    /**
     * The words of a link to the previous or next post as post navigation writes them ("« Previous post",
     * "Nächster Artikel »", "Article précédent", "Entrada anterior", "Poprzedni wpis", "Önceki haber",
     * "前の記事", "上一篇"): a date in or beside such a link is that post's.
     */
    private static final Pattern NEIGHBOUR_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(?:previous|prev|next|older|newer|"
            + "vorherige[rs]?|nächste[rs]?|précédente?|suivante?|anterior|siguiente|precedente|successivo|próxim[oa]|seguinte|"
            + "vorige|volgende|poprzedni[a]?|następn[ya]|önceki|sonraki|предыдущ\\p{L}*|следующ\\p{L}*|السابق|التالي)(?!\\p{L})"
            + "|前の|次の|上一篇|下一篇|上一則|下一則|이전|다음");

    /** Characters of a link's text read for {@link #NEIGHBOUR_WORDS}: the words open or close a short link. */
    private static final int MAX_NEIGHBOUR_LINK_CHARS = 160;

    /** Ancestors of a link whose class or id is read for {@link #NEIGHBOUR_NAME_WORDS}: its box and the navigation around it. */
    private static final int NEIGHBOUR_NAME_LEVELS = 2;

    /**
     * True for a link to the previous or next post whose path is not the page's: marked by
     * {@code rel} ({@link #NEIGHBOUR_REL}), by its class or id or those of the box around it
     * ({@link #NEIGHBOUR_NAME_WORDS}), or by its words ({@link #NEIGHBOUR_WORDS}).
     */
    private static boolean isNeighbourLink(Element link, String url) {
        if (!link.hasAttr("href") || link.attr("href").startsWith("#")
                || url != null && pathOf(target(link, url)).equals(pathOf(url))) {
            return false; // on a page of unknown address, a link that is no fragment leads elsewhere
        }
        for (String token : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (NEIGHBOUR_REL.contains(token)) {
                return true;
            }
        }
        Element named = link;
        for (int level = 0; level <= NEIGHBOUR_NAME_LEVELS && named != null; level++, named = named.parent()) {
            if (namesNeighbour(named.className()) || namesNeighbour(named.id())) {
                return true;
            }
        }
        String words = textUpTo(link, MAX_NEIGHBOUR_LINK_CHARS + 1);
        return words.length() <= MAX_NEIGHBOUR_LINK_CHARS && NEIGHBOUR_WORDS.matcher(words).find();
    }

    /** The element's text, read no further than {@code max} characters whatever its size. */
    private static String textUpTo(Element e, int max) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    String text = t.getWholeText();
                    out.append(text, 0, Math.min(text.length(), max - out.length()));
                }
                return out.length() >= max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return out.toString();
    }

    /**
     * Class words of another story's teaser as themes name it ("teaser", "teaser-date", "related-item",
     * "recommended"): in a small box so named, a link to another page is that story's headline even when
     * it is no heading. ("card" is not one: an author's card holds the byline's date beside a profile link.)
     */
    private static final Set<String> TEASER_NAME_WORDS = Set.of("teaser", "related", "recommended");

    /** True when a class holds one of {@link #TEASER_NAME_WORDS}. */
    private static boolean namesTeaser(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
            return false;
        }
        for (String word : NAME_WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            if (TEASER_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a class or id holds one of {@link #NEIGHBOUR_NAME_WORDS}. */
    private static boolean namesNeighbour(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
            return false;
        }
        for (String word : NAME_WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            if (NEIGHBOUR_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A class or id read for words at most this long: megabyte attributes are no theme's names. */
    private static final int MAX_NAME_CHARS = 200;

    /** An address's scheme, host and path, without query, fragment or final slash. */
    private static String pathOf(String address) {
        int end = address.length();
        for (char c : new char[] {'?', '#'}) {
            int at = address.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String a = address.substring(0, end);
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }

    /** True when the element holds at most {@code max} elements, itself included; counts no further. */
    private static boolean isSmall(Element e, int max) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element && ++count[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] <= max;
    }

    /**
     * True when the date sits in a list entry ({@code li}) that links to another page, and no h1: the
     * entries of "related", "most read" and archive lists set each story's date beside its link.
     */
    private static boolean inLinkingListEntry(Element date, String url) {
        Element up = date;
        for (int level = 0; level <= LIST_ENTRY_LEVELS && up != null; level++, up = up.parent()) {
            if (up.normalName().equals("li")) {
                if (!isSmall(up, MAX_LIST_ENTRY_ELEMENTS) || up.selectFirst(HEADLINE) != null) {
                    return false; // a whole page or section in a list item, as some templates nest them
                }
                for (Element link : up.select(LINK)) {
                    if (leadsToAnotherStory(link, url) || (url == null && namesOtherPath(link))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * True when a relative link of a page read with no address names a path ("/p/1", "story.html"):
     * in a list of dated links, another page's, as a list entry seldom links to the page it sits on.
     * One that names only a fragment or a query stays on this page; a tag, author or member page is no story.
     */
    private static boolean namesOtherPath(Element link) {
        String href = link.attr("href").strip().toLowerCase(Locale.ROOT);
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("?") && LinkResolver.absUrl(link, "href").isEmpty()
                && !namesPersonOrTopic(href);
    }

    /**
     * Where a link leads: its absolute address, resolved against the page's address when the document
     * was parsed without one (a page read from a file, whose canonical link names it).
     */
    private static String target(Element link, String url) {
        String abs = LinkResolver.absUrl(link, "href");
        if (!abs.isEmpty() || url == null) {
            return abs;
        }
        try {
            return java.net.URI.create(url).resolve(link.attr("href").strip()).toString();
        } catch (IllegalArgumentException unresolvable) {
            return link.attr("href");
        }
    }

    private static boolean samePage(String href, String url) {
        if (href.isEmpty() || url == null) {
            return href.isEmpty();
        }
        return withoutFragmentOrSlash(href).equals(withoutFragmentOrSlash(url));
    }

    private static String withoutFragmentOrSlash(String address) {
        int hash = address.indexOf('#');
        String a = hash >= 0 ? address.substring(0, hash) : address;
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }

    /** True for a banner element: a {@code header}, an element with {@code role="banner"} or named as one ({@link #BANNER_NAME}). */
    static boolean isBanner(Element e) {
        if (e.normalName().equals("header")) {
            return true;
        }
        return e.attributesSize() > 0 && (e.attr("role").equalsIgnoreCase("banner")
                || BANNER_NAME.matcher(e.attr("class").toLowerCase(Locale.ROOT)).find()
                || BANNER_NAME.matcher(e.id().toLowerCase(Locale.ROOT)).find());
    }

    /** A table layout's banner row holds the logo and a line or two (today's date, the weather): this much text at most. */
    private static final int MAX_LOGO_ROW_CHARS = 120;

    /** Elements a logo is drawn with, inside the link to the front page. */
    private static final Set<String> LOGO_ELEMENTS = Set.of("img", "svg", "picture");

    /**
     * True for a table row that is a table layout's banner: it holds the site's logo (a picture named the logo, linking to the front
     * page) and little text beside it, no headline. Old table layouts set the logo and today's date in one row over
     * the page, with no header element or banner's name, and often no h1 under it to start the article.
     */
    static boolean isLogoRow(Element row, String url) {
        if (!row.normalName().equals("tr")) {
            return false;
        }
        int chars = 0;
        int nodes = 0;
        boolean logo = false;
        for (Node n = TreeWalk.next(row, row); n != null; n = TreeWalk.next(n, row)) {
            if (nodes++ >= MAX_LOGO_ROW_NODES) {
                return false; // a layout row holding the page, not a banner's
            }
            if (n instanceof TextNode t) {
                chars += t.getWholeText().trim().length();
                if (chars > MAX_LOGO_ROW_CHARS) {
                    return false;
                }
            } else if (n instanceof Element e && e.normalName().equals("h1")) {
                return false;
            } else if (!logo && n instanceof Element link && link.normalName().equals("a") && link.hasAttr("href")) {
                Element first = link.firstElementChild();
                logo = first != null && LOGO_ELEMENTS.contains(first.normalName()) && (namesLogo(link) || namesLogo(first))
                        && isFrontPage(target(link, url));
            }
        }
        return logo;
    }

    /**
     * True when the element's source, class, id or alternative text names it the logo ("/img/logo.gif", "site-logo"): a
     * home icon in a breadcrumb row links to the front page too, beside the article's own date.
     */
    private static boolean namesLogo(Element e) {
        for (String name : new String[] {"src", "class", "id", "alt"}) {
            if (e.attr(name).toLowerCase(Locale.ROOT).contains("logo")) {
                return true;
            }
        }
        return false;
    }

    /** Nodes of a row read for {@link #isLogoRow}: a banner's row is a few cells, a logo and a line. */
    private static final int MAX_LOGO_ROW_NODES = 60;

    /** True when the element's class or id names a widget of today's date ({@link #TODAY_NAME}). */
    static boolean namesToday(Element e) {
        return e.attributesSize() > 0 && (TODAY_NAME.matcher(e.attr("class")).find() || TODAY_NAME.matcher(e.id()).find());
    }
}
