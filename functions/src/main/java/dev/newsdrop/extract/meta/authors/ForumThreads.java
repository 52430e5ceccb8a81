package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.LinkResolver;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The member who opened a forum thread. Forum software (phpBB, vBulletin, XenForo, MyBB and their
 * kin) prints each post of a thread in a post box of its own, with the poster's name as a link to
 * the member's profile, classed {@code username} or not ({@link #FORUM_PROFILE}); the thread is the first post's, so its poster is
 * the page's author, whoever replies below (a moderator's answer, the starter's own thanks). The
 * replies' bylines read like any other ("by OvenMaggie"), and a starter named by a handle alone
 * ("crumbshot") is no byline's name, so the first post's poster is read before the bylines.
 */
final class ForumThreads {

    /**
     * The classes forum software gives a link to a member's profile that shows the member's name, or the
     * element holding it: "username" (phpBB, vBulletin, XenForo), "creator" (Discourse's page for readers
     * without scripts, a post's poster), "authi" (Discuz!'s author line of a post and its poster cell, above "楼主").
     */
    private static final java.util.Set<String> POSTER_CLASSES = java.util.Set.of("username", "creator", "authi");

    /** True when the link or its parent is classed as a post's poster ({@link #POSTER_CLASSES}). */
    private static boolean namedAsPoster(Element a) {
        int up = 0;
        for (Element e = a; e != null && up++ < 2; e = e.parent()) {
            if (e.attributesSize() > 0 && holdsPosterClass(e.attributes().getIgnoreCase("class"))) {
                return true;
            }
        }
        return false;
    }

    /** The blanks that part class names, as jsoup reads them: HTML's ASCII whitespace, no other. */
    private static boolean isClassSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /**
     * True when one of the blank-separated words of a class attribute is one of {@link #POSTER_CLASSES},
     * case aside: what {@link Element#hasClass} answers for each of them, with the attribute read once.
     */
    static boolean holdsPosterClass(String classes) {
        int n = classes.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean blank = i == n || isClassSeparator(classes.charAt(i));
            if (!blank) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                for (String c : POSTER_CLASSES) {
                    if (i - start == c.length() && classes.regionMatches(true, start, c, 0, c.length())) {
                        return true;
                    }
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * A post box of a thread: a class word "post" or "message" (phpBB's post, vBulletin's postcontainer, XenForo's message,
     * Discourse's crawler-post, SMF's post_wrapper, Discuz!'s plhin table of a post).
     */
    private static final Evaluator POST_BOX = QueryParser.parse(
            "[class~=(?i)(?:^|\\s)(?:post|message|postcontainer|postbit|post-container|topic-post|crawler-post|post_wrapper|post-wrapper|plhin)(?:\\s|$)]");

    /** What every class word {@link #POST_BOX} matches holds: "post", "message" or "plhin". */
    private static final List<String> POST_BOX_STEMS = List.of("post", "message", "plhin");

    /**
     * {@code closest(POST_BOX)} of the element: the element or its nearest ancestor that is a post box. The
     * selector's pattern is tried only on a class holding one of {@link #POST_BOX_STEMS} in any case (most
     * classes of a page hold none), where {@code closest} tries it on every ancestor.
     */
    static Element closestPostBox(Element e) {
        Element root = null;
        for (Element el = e; el != null; el = el.parent()) {
            if (mayNamePostBox(el.className())) {
                if (root == null) {
                    root = e.root();
                }
                if (POST_BOX.matches(root, el)) {
                    return el;
                }
            }
        }
        return null;
    }

    /**
     * False when the class holds none of {@link #POST_BOX_STEMS}, its letters in any case: {@link #POST_BOX}'s
     * {@code (?i)} folds ASCII letters only, and {@code regionMatches} folds those and more, so every class
     * it matches passes.
     */
    static boolean mayNamePostBox(String cls) {
        for (int i = 0, n = cls.length(); i < n; i++) {
            int c = cls.charAt(i) | 0x20;
            if ((c == 'p' || c == 'm') && (cls.regionMatches(true, i, "post", 0, 4) || cls.regionMatches(true, i, "message", 0, 7)
                    || cls.regionMatches(true, i, "plhin", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    /** {@code e.closest(POST_BOX)} as jsoup finds it, for tests. */
    static Element closestPostBoxBySelector(Element e) {
        return e.closest(POST_BOX);
    }

    /**
     * The address of a member's profile as forum software writes it ("memberlist.php?u=311", "member.php?u=9", "/members/gus.4410/", "/u/gus",
     * Discuz!'s "space-uid-5566.html" and "home.php?mod=space&uid=5566").
     */
    private static final Pattern MEMBER_ADDRESS = Pattern.compile("(?i)(?:member(?:list)?\\.php\\?|/members?/|/u/|/users?/|/profile|space-uid-\\d|[?&]mod=space&uid=\\d)");

    /**
     * The profile page forum software links each poster's name to, unclassed ("member.php?action=profile&uid=87"
     * of MyBB, phpBB's "memberlist.php?mode=viewprofile", vBulletin's "member.php?u=", SMF's "?action=profile;u=",
     * Invision's "showuser="): in a post box, the post's poster.
     */
    static final Pattern FORUM_PROFILE = Pattern.compile(
            "(?i)(?:^|/)(?:member|memberlist|profile)\\.php\\?|[?&;]action=profile|[?&]showuser=");

    /**
     * Running text: an unclassed profile link in a post's sentence or a quotation mentions a member, who
     * is not posting. (A list item may be the post itself, as vBulletin prints its posts.)
     */
    private static final Evaluator RUNNING_TEXT = QueryParser.parse("p, blockquote");

    /** The words one of which every member address of {@link #MEMBER_ADDRESS} and {@link #FORUM_PROFILE} holds, case aside. */
    private static final List<String> MEMBER_ADDRESS_WORDS = List.of("member", "profile", "/u/", "user", "space");

    /**
     * False when the address holds none of {@link #MEMBER_ADDRESS_WORDS}: read before the patterns, which
     * most links fail. One pass: a word is compared only where the address has its first character
     * ("m", "p", "/", "u", "s", in either case, and the long "ſ"; no other character matches one of them when case is ignored).
     */
    static boolean mayAddressMember(String href) {
        for (int i = 0, n = href.length(); i < n; i++) {
            String word = switch (href.charAt(i)) {
                case 'm', 'M' -> "member";
                case 'p', 'P' -> "profile";
                case 'u', 'U' -> "user";
                case 's', 'S', '\u017F' -> "space"; // the long s "ſ" is an "s" when case is ignored
                case '/' -> "/u/";
                default -> null;
            };
            if (word != null && href.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A profile address's path read for the member's name: a short path of a few segments ("/n/gus", "/community/u/gus.12"). */
    private static final int MAX_PROFILE_SEGMENTS = 3;

    /** A member's number the software appends to the name in a profile address's last segment: "gus.4410", "gus-12", "gus_7". */
    private static final Pattern MEMBER_NUMBER_SUFFIX = Pattern.compile("[._-]\\d+$");

    /**
     * True when the address of a link classed as a poster ({@link #POSTER_CLASSES}) names the member the
     * link shows: its path is short and its last segment is the link's text, case and blanks aside, with or
     * without the member's number ("/n/gus", "/people/gus-4410", "/members/gus.4410/"). Forum software
     * builds a profile's address from the member's name whatever words it sets before it, so the name in
     * the address ties the link to a member's profile where no {@link #MEMBER_ADDRESS_WORDS} word does.
     */
    static boolean addressNamesMember(String href, Element a) {
        String path = LinkResolver.withoutQueryOrFragment(href);
        int scheme = path.indexOf("//");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 2);
            path = slash < 0 ? "" : path.substring(slash);
        }
        String[] segments = Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toArray(String[]::new);
        if (segments.length < 2 || segments.length > MAX_PROFILE_SEGMENTS) {
            return false; // "/gus": a page of the site's root, no profile's place
        }
        String last = MEMBER_NUMBER_SUFFIX.matcher(segments[segments.length - 1].toLowerCase(Locale.ROOT)).replaceFirst("");
        String text = a.text().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || last.isEmpty()) {
            return false;
        }
        return last.equals(text) || last.equals(text.replace(' ', '-')) || last.equals(text.replace(' ', '_')) || last.equals(text.replace(" ", ""));
    }

    /** Links read for the first post's poster: a thread's page, not a page of thousands of links. */
    private static final int MAX_LINKS = 2000;

    /**
     * The label a thread's head sets before its starter's name ("Thread starter", "Started by",
     * "Themenstarter"): the posts may sit in a reply container the scan reads as comments.
     */
    private static final Pattern STARTER_LABEL = Pattern.compile(
            "(?iu)(?:thread starter|topic starter|started by|original poster|themenstarter|themen-starter|thread-ersteller|ersteller"
                    + "|auteur de la discussion|créateur du sujet|iniciado por|autor del tema|autore della discussione|discussione iniziata da"
                    + "|topicstarter|onderwerp gestart door|trådstartare|trådstarter|autor wątku|автор темы)\\s*[:：]?\\s*$");

    /** True when the text right before the link, in its parent, is a thread starter's label ({@link #STARTER_LABEL}). */
    private static boolean afterStarterLabel(Element a) {
        org.jsoup.nodes.Node before = a.previousSibling();
        return before instanceof org.jsoup.nodes.TextNode t && t.getWholeText().length() <= 60 && STARTER_LABEL.matcher(t.getWholeText()).find();
    }

    private ForumThreads() {
    }

    /** Byline candidates read for the first post's poster ({@link #firstPostPoster}). */
    private static final int MAX_POSTER_CANDIDATES = 20;

    /** Sibling elements passed on either side of a post box to tell whether it opens a thread. */
    private static final int MAX_SIBLINGS_READ = 50;

    /** A line break: a post's poster box sets the member's name on its first line, "Inscrit le : ..." on the next. */
    private static final Evaluator LINE_BREAK = QueryParser.parse("br");

    /**
     * The account handle of the member whose post opens a thread, named in a byline element of the post
     * box with no profile link ("<div class=auteur><b>Jérôme_71</b><br>Inscrit le : 14/02/2019</div>"): the
     * first byline candidate in a post box, when that box is the first of two or more post boxes side by
     * side (the thread and its replies). Its first line is the poster's, read as a handle ({@link
     * AuthorNames#accountHandle}), which no byline rule reads as a name; empty when the first byline
     * in a post box is a reply's, or its line is no handle (a person's name is left to the byline rules).
     */
    static List<String> firstPostPoster(List<Element> bylines) {
        int read = 0;
        for (Element e : bylines) {
            if (++read > MAX_POSTER_CANDIDATES) {
                break;
            }
            Element box = closestPostBox(e);
            if (box == null || box == e || e.closest(PageRegions.SITE_CHROME) != null) {
                continue;
            }
            if (!opensThread(box)) {
                return List.of();
            }
            String line = (e.selectFirst(LINE_BREAK) == null ? BylineText.spacedText(e) : BylineText.spacedText(e, true)).strip();
            String handle = AuthorNames.accountHandle(line);
            return handle == null ? List.of() : List.of(handle);
        }
        return List.of();
    }

    /** True when the post box has no post box before it among its siblings and one after it: a thread's first post. */
    private static boolean opensThread(Element box) {
        int seen = 0;
        for (Element s = box.previousElementSibling(); s != null && seen++ < MAX_SIBLINGS_READ; s = s.previousElementSibling()) {
            if (s.is(POST_BOX)) {
                return false;
            }
        }
        seen = 0;
        for (Element s = box.nextElementSibling(); s != null && seen++ < MAX_SIBLINGS_READ; s = s.nextElementSibling()) {
            if (s.is(POST_BOX)) {
                return true;
            }
        }
        return false;
    }

    /** The account or the name of the member whose post opens the thread; empty when the page shows no forum post box. */
    static List<String> starter(PageScan scan) {
        int read = 0;
        for (Element a : scan.links()) {
            if (++read > MAX_LINKS) {
                break;
            }
            String href = a.attr("href");
            boolean poster = namedAsPoster(a);
            if (!poster && href.indexOf('?') < 0 && href.indexOf('=') < 0) {
                continue; // most links: unclassed and no query, so no member's address (FORUM_PROFILE): the address is not read for its words
            }
            boolean mayMember = mayAddressMember(href);
            if (!poster && !mayMember) {
                continue; // no member's address, no pattern tried
            }
            boolean username = poster && (mayMember && MEMBER_ADDRESS.matcher(href).find() || addressNamesMember(href, a));
            if (!username && !FORUM_PROFILE.matcher(href).find()
                    || a.closest(PageRegions.SITE_CHROME) != null || a.closest(PageRegions.BESIDE_ARTICLE) != null
                    || !username && a.closest(RUNNING_TEXT) != null
                    || closestPostBox(a) == null && !(username && afterStarterLabel(a))) {
                continue;
            }
            String text = BylineText.spacedText(a).strip();
            String handle = AuthorNames.accountHandle(text);
            if (handle != null) {
                return List.of(handle);
            }
            if (AuthorNames.isPersonName(text)) {
                List<String> names = AuthorNames.clean(List.of(text));
                if (names.size() == 1) {
                    return names;
                }
            }
            return List.of(); // the first post's poster is named by no handle or name: no other post's poster is the thread's
        }
        return List.of();
    }
}
