package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The account that posted the page on a platform that names its posters by handle alone: forums
 * (Discourse's {@code DiscussionForumPosting}), blog platforms ({@code SocialMediaPosting}, as Tumblr
 * states it) and LiveJournal-like platforms (Dreamwidth), whose user tag marks the poster, and blog
 * platforms whose hCard author line names the poster by handle.
 */
final class PlatformHandles {

    /** schema.org types of a post to a platform, whose author is the account that posted it. */
    private static final List<String> POSTING_TYPES = List.of("socialmediaposting", "discussionforumposting", "question");

    /**
     * The account that posted the page, named by its handle alone ("marsh_warden"), as the platform's
     * own markup gives it when no byline names a person: the author of a JSON-LD or microdata
     * {@code SocialMediaPosting} or {@code DiscussionForumPosting} (a blog platform's post, a forum
     * thread's first post; the replies are {@code Comment} items, left out by the scan; a Q&amp;A page's {@code Question}),
     * or of a work stated with no article around it, as recipe portals state the member who posted a {@code Recipe}
     * ("backfee_lisa"; {@link JsonLdFacts#authorsFromWork}), or the user
     * tag LiveJournal-like platforms set in the entry's author line ({@code lj:user}, {@code data-ljuser}),
     * or, in a style that names no such line, the first user tag outside the text and the site's chrome.
     * A user tag in the entry's text (a paragraph, a quotation, a list) mentions someone else.
     */
    static List<String> accountHandles(JsonLdFacts ld, PageScan scan) {
        if ((ld.articleType != null && POSTING_TYPES.contains(ld.articleType) || ld.articleType == null && ld.authorsFromWork)
                && !ld.authors.isEmpty()) {
            List<String> handles = new ArrayList<>();
            for (String a : ld.authors) {
                String h = AuthorNames.accountHandle(a);
                if (h != null && !handles.contains(h)) {
                    handles.add(h);
                }
            }
            if (handles.size() == ld.authors.size()) {
                return handles;
            }
        }
        for (Element e : scan.authorMarkup()) {
            Element item = AuthorMicrodata.authorItemOf(e);
            if (item != null && namesPostingType(item.attr("itemtype")) && e.closest(PageRegions.BESIDE_ARTICLE) == null) {
                String named = AuthorMicrodata.microdataNames(e);
                String h = AuthorNames.accountHandle(named.isEmpty() ? BylineText.spacedText(e) : named);
                if (h != null) {
                    return List.of(h);
                }
            }
        }
        for (Element e : scan.visible().bylines()) {
            Element name = e.is(HCARD_AUTHOR) ? e.selectFirst(HCARD_NAME) : null;
            if (name != null && e.closest(PageRegions.BESIDE_ARTICLE) == null) {
                String h = AuthorNames.accountHandle(BylineText.spacedText(name));
                if (h != null) {
                    return List.of(h); // "<span class='author vcard'><span class='fn'>yamada_taro</span>": the microformat names the poster
                }
            }
        }
        for (Element e : scan.visible().bylines()) {
            Element tag = userTag(e);
            if (tag != null && tag.parent() != null && PageScan.inBylineLine(tag.parent())
                    && tag.closest(PageRegions.SITE_CHROME) == null && tag.closest(PageRegions.BESIDE_ARTICLE) == null) {
                String h = AuthorNames.accountHandle(tag.hasAttr(LJ_USER) ? tag.attr(LJ_USER) : tag.attr(DATA_LJ_USER));
                if (h != null) {
                    return List.of(h);
                }
            }
        }
        for (Element a : scan.links()) { // a style that names no byline line: the first tag outside the text
            Element tag = a.parent();
            if (tag != null && (tag.hasAttr(LJ_USER) || tag.hasAttr(DATA_LJ_USER)) && !tag.hasClass(COMMUNITY_TAG)
                    && tag.closest(RUNNING_TEXT) == null && tag.closest(PageRegions.SITE_CHROME) == null && tag.closest(PageRegions.BESIDE_ARTICLE) == null) {
                String h = AuthorNames.accountHandle(tag.hasAttr(LJ_USER) ? tag.attr(LJ_USER) : tag.attr(DATA_LJ_USER));
                if (h != null) {
                    return List.of(h);
                }
            }
        }
        return List.of();
    }

    /** The schema.org type of a forum thread's opening post; its replies are {@code Comment} items. */
    private static final String THREAD_POSTING_TYPE = "discussionforumposting";

    /**
     * The handle of the account that opened a forum thread, as the forum's schema.org markup states it: the
     * author of the page's JSON-LD or microdata {@code DiscussionForumPosting}, the thread's first post. Read
     * before the bylines, since each reply's poster box is a byline too, and a reply's box holds the poster's
     * rank beside the name ("Pedalea" over "Moderador"), which reads as a person's name where the starter's
     * handle ("jonander_bzk") reads as none. Empty when the posting's author is no handle (a person's name is
     * left to the byline rules).
     */
    static List<String> threadStarterHandle(JsonLdFacts ld, PageScan scan) {
        if (THREAD_POSTING_TYPE.equals(ld.articleType) && ld.authors.size() == 1) {
            String h = AuthorNames.accountHandle(ld.authors.get(0));
            return h == null ? List.of() : List.of(h);
        }
        for (Element e : scan.authorMarkup().isEmpty() ? scan.threadAuthorMarkup() : scan.authorMarkup()) {
            Element item = AuthorMicrodata.authorItemOf(e);
            if (item != null && e.closest(PageRegions.BESIDE_ARTICLE) == null) {
                if (!namesType(item.attr("itemtype"), THREAD_POSTING_TYPE)) {
                    continue;
                }
                String named = AuthorMicrodata.microdataNames(e);
                String h = named.isEmpty() ? null : AuthorNames.accountHandle(named);
                return h == null ? List.of() : List.of(h);
            }
        }
        return List.of();
    }

    /**
     * The hCard microformat's author card, as blog platforms print the post's author line ({@code <span
     * class="author vcard"><span class="fn">yamada_taro</span></span>}; microformats2 {@code p-author h-card}):
     * the card states that its name is the post's author, also when the platform shows a handle. A
     * commenter's card is classed "comment-author", and comments are left out of the scan's bylines.
     */
    private static final Evaluator HCARD_AUTHOR = QueryParser.parse(".author.vcard, .p-author.h-card");

    /** The name field of an hCard: {@code fn} (microformats 1) or {@code p-name} (microformats 2). */
    private static final Evaluator HCARD_NAME = QueryParser.parse(".fn, .p-name");

    /** Running text: a user tag there mentions someone in a sentence. */
    private static final Evaluator RUNNING_TEXT = QueryParser.parse("p, blockquote, li");

    /** The class LiveJournal gives the user tag of a community, which posts nothing itself. */
    private static final String COMMUNITY_TAG = "i-ljuser-type-C";

    /** The attributes of LiveJournal's user tag (as Dreamwidth and other forks of its code write it). */
    private static final String LJ_USER = "lj:user";
    private static final String DATA_LJ_USER = "data-ljuser";

    /**
     * The user tag that is the element, its parent (the tag's name link, classed as a user name) or
     * among its first elements (the author box holding it); null when none.
     */
    private static Element userTag(Element e) {
        if (e.hasAttr(LJ_USER) || e.hasAttr(DATA_LJ_USER)) {
            return e;
        }
        Element p = e.parent();
        if (p != null && (p.hasAttr(LJ_USER) || p.hasAttr(DATA_LJ_USER))) {
            return p;
        }
        for (Element d : (Iterable<Element>) e.stream().limit(VisibleBylines.MAX_BYLINE_ELEMENTS)::iterator) {
            if (d.hasAttr(LJ_USER) || d.hasAttr(DATA_LJ_USER)) {
                return d;
            }
        }
        return null;
    }

    /** True when a microdata itemtype is a platform post's ({@link #POSTING_TYPES}). */
    private static boolean namesPostingType(String itemtype) {
        for (String type : POSTING_TYPES) {
            if (namesType(itemtype, type)) {
                return true;
            }
        }
        return false;
    }

    /** True when a microdata itemtype names the schema.org type (lower case), with or without the vocabulary's address. */
    private static boolean namesType(String itemtype, String type) {
        String t = itemtype.strip().toLowerCase(Locale.ROOT);
        return t.endsWith("/" + type) || t.equals(type);
    }

    private PlatformHandles() {
    }
}
