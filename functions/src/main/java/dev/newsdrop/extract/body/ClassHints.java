package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an element's class and id say about it: words that mark boilerplate (share bars, comments,
 * related posts) and words that mark the article's own container.
 */
final class ClassHints {

    /**
     * Boilerplate words that win even over a content word ("article-related", "post-comments"), and the ad labels
     * of every language as class words ({@link AdLabels#classWords}: "anzeige", "publicidad", "publicite").
     */
    static final Set<String> STRONG_NEGATIVE = withAdLabels(

            "comment", "comments", "commentlist", "disqus", "respond", "share", "sharing", "sharebar", "social",
            "sociable", "related", "recommended", "recirculation", "recirc", "newsletter", "cookie", "cookies",
            "consent", "gdpr", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "sidebar", "subscribe",
            "subscription", "promo", "adsbygoogle", "popup", "modal",
            "signup", "newsletters", "trending", "popular", "donate", "relatedposts", "sharedaddy", "wpdiscuz", "addtoany",
            "sponsor", "banner", "masthead", "toolbar", "pagination", "pager",
            // the same in the class names of French, Spanish, Portuguese, Italian, Catalan and German themes
            "commentaires", "comentarios", "comentario", "commenti", "kommentare", "kommentar", "partage", "partager",
            "compartir", "condividi", "teilen", "relacionados", "relacionadas", "connexes", "correlati",
            // "comment" in the class names of Indonesian and Malay themes, which the portals of Indonesia's regional languages
            // run too ("box-komentar": "Komentar / Ayo mlebu kanggo menehi komentar", Javanese "log in to comment")
            "komentar",
            // "subscription" in the class names of Portuguese, Spanish, Italian, French and Nordic themes
            // ("assinatura-box": "Apoie o jornalismo independente. Assine ...")
            "assinatura", "assinaturas", "suscripcion", "suscripciones", "abbonamento", "abbonamenti", "abonnement",
            // an obituary's condolence book, its comment section, in the class names of obituary portals
            "condolences", "condolence", "condolencias", "condoleances", "condoglianze", "kondolenz", "kondolenzen", "kondolencje",
            // forum signatures (phpBB, vBulletin, SMF, MyBB, XenForo "message-signature") and shops' affiliate
            // boxes: furniture even when a content word ("post-signature", "entry-affiliate") is beside them
            "signature", "signatures", "signaturecontainer", "affiliate", "affiliates",
            // an appeal for donations set under the text ("donation-box", "spendenaufruf" as "spenden-box")
            "donation", "donations", "spende", "spenden",
            // the slots a subscription vendor fills with its offer ("piano-offer", "piano-container", "piano-inline"),
            // named for the vendor as "outbrain" and "taboola" name theirs
            "piano",
            // a newsletter's referral programme, the reader's count of friends signed up and the reward ("referral-box",
            // "referral-program"), as newsletter platforms set it between and under the paragraphs
            "referral", "referrals",
            // "sidebar" in the class names of Dutch and German themes ("zijbalk", "seitenleiste")
            "zijbalk", "seitenleiste");

    /** The words, and the ad labels as class words. */
    private static Set<String> withAdLabels(String... words) {
        return Stream.concat(Set.of(words).stream(), AdLabels.classWords().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Boilerplate words so unambiguous that even an element holding most of the prose goes (cookie walls). */
    static final Set<String> NEVER_CONTENT = Set.of(
            "cookie", "cookies", "consent", "gdpr", "onetrust", "newsletter", "newsletters", "outbrain", "taboola",
            "disqus", "wpdiscuz", "adsbygoogle");

    /** Words that usually mark boilerplate, unless a content word is present too. */
    static final Set<String> NEGATIVE = Set.of(
            "ad", "ads", "dfp", "footer", "header", "menu", "nav", "navbar", "navigation", "print",
            "skip", "hidden", "hide", "screen", "visually", "sr", "offscreen", "byline", "meta", "author", "bio", "tags", "more",
            "rail", "aside", "login", "signin", "rating", "vote", "poll", "follow", "tools", "utility", "actions",
            "links", "reply", "promoted", "feedback", "cta", "dateline", "timestamp", "privacy", "copyright", "disclaimer",
            // a forum post's user panel (phpBB "postprofile", vBulletin "userinfo", XenForo "message-userDetails")
            "postprofile", "userinfo", "user",
            // a forum's "who is online" block after the thread (phpBB "online-list", vBulletin "whos_online")
            "online",
            // a wiki page's apparatus in MediaWiki's standard markup, and tables of contents of any CMS
            // ("toc", "ez-toc-container"): "[edit]" links, the references list, navboxes, categories,
            // the "Retrieved from" line under the text
            "toc", "editsection", "references", "reflist", "navbox", "catlinks", "printfooter",
            // the record Polish public-information bulletins (BIP) print under each notice, by law: who
            // made and published it, when, how often it was viewed ("metryczka", or the noun it comes from, "metryka")
            "metryczka", "metryka",
            // the writer's card under a name written as one word ("tp-authorbox", "autorenbox", "authorinfo")
            "authorbox", "autorbox", "autorenbox", "authorinfo", "autoreninfo",
            // the same card on publishing platforms that call their writers creators ("creator-profile", "creatorCard")
            "creator",
            // an opinion column's box on its columnist ("columnist-box": portrait, name, a line on them), in English, German,
            // Spanish and Portuguese ("autor" is left out: Czech and Slovak sites name a picture's credit so, "autor-foto")
            "columnist", "kolumnist", "columnista", "colunista");

    /**
     * Words that mark boilerplate only on a {@code <table>}: MediaWiki's infobox template renders the
     * wiki page's fact sheet as {@code <table class="infobox">}, apart from the text; news and
     * government CMSs name a box of the article's own text so ("infobox", "Infobox" with a heading and
     * paragraphs between the paragraphs: "Was ist Wohngeld?", "Das Freibad in Zahlen"), and that box
     * is a block, not a table. (Fandom's infobox is an {@code <aside>}, cut by its tag.)
     */
    static final Set<String> NEGATIVE_ON_TABLE = Set.of("infobox");

    /** Words that mark the article's container. */
    static final Set<String> POSITIVE = Set.of(
            "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
            "richtext", "hentry", "copy", "paragraph", "news", "detail", "details", "single");

    /**
     * Words of page-builder blocks: boilerplate in a sidebar, but page builders (Elementor) wrap the
     * article's own paragraphs in "widgets" too, so inside the article's container they are content.
     */
    static final Set<String> WIDGET = Set.of("widget", "widgets");

    /**
     * Words of the paywalled part of an article. Google's structured data for subscription content
     * names the article's paywalled sections by a class (schema.org {@code hasPart} with
     * {@code isAccessibleForFree: false} and {@code cssSelector: ".paywall"}), so publishers put the
     * word on the paragraphs behind the wall, and on the prompt that asks for a subscription too.
     * Prose tells the two apart ({@link NoiseRemover}). A registration wall ("regwall") asks for an account instead.
     */
    static final Set<String> PAYWALLED = Set.of("paywall", "regwall");

    /**
     * Words of teasers. A teaser card exists to link to its story, so it carries a link; German
     * publishing also names an article's lead (its "Teaser", the standfirst) so, and that is
     * unlinked prose. {@link NoiseRemover} tells the two apart by their links.
     */
    static final Set<String> TEASER = Set.of("teaser", "teasers");

    /** Words of embedded posts (a quoted tweet inside "social-media-embed"): content, whatever else the name says. */
    static final Set<String> EMBEDDED_POST = Set.of("embed", "embedded", "oembed", "tweet", "twitter-tweet", "instagram-media");

    /** Only this much of a class or id is read: megabyte attributes are attacks or bugs, not hints. */
    private static final int MAX_ATTRIBUTE_CHARS = 300;

    /** Bits saying which of the word lists above a word is in: one lookup per word instead of six. */
    private static final int IN_NEVER_CONTENT = 1;
    private static final int IN_STRONG_NEGATIVE = 2;
    private static final int IN_EMBEDDED_POST = 4;
    private static final int IN_WIDGET = 8;
    private static final int IN_NEGATIVE = 16;
    private static final int IN_POSITIVE = 32;
    private static final int IN_PAYWALLED = 64;
    private static final int IN_TEASER = 128;
    private static final int IN_NEGATIVE_ON_TABLE = 256;
    private static final Map<String, Integer> LISTS_OF_WORD = listsOfWord();

    /** Distinct class attributes a page's cache is sized for: the benchmark pages have about 185 on average. */
    private static final int EXPECTED_DISTINCT_CLASSES = 512;

    /** Not a word list: the bit a page's cache keeps beside a class's lists when the class names an article's body ({@link Cache#namesArticleBody}). */
    private static final int IN_ARTICLE_BODY_NAME = 512;

    enum Hint { NEVER_CONTENT, STRONG_NEGATIVE, NEGATIVE, TEASER, WIDGET, PAYWALLED, POSITIVE, NONE }

    private ClassHints() {
    }

    /**
     * Hints for one page, the word lists a class names looked up once per distinct class: pages
     * repeat the same class names thousands of times. Ids, mostly unique, are read each time.
     */
    static final class Cache {
        /** The facts of each distinct class attribute ({@link #factsOf}). */
        private final Map<String, Integer> factsByClass = new HashMap<>(EXPECTED_DISTINCT_CLASSES);
        /** The class attribute asked last, the very string, and its facts: the walk asks one element's class twice in a row. */
        private String lastClass;
        private int lastFacts;

        /**
         * The {@code IN_*} bits of a class attribute read whole, with {@link #IN_ARTICLE_BODY_NAME} when
         * it holds one of {@link NoiseRemover#ARTICLE_BODY_NAMES}: both worked out once per distinct class.
         */
        private int facts(String cls) {
            if (cls != lastClass) {
                lastFacts = factsByClass.computeIfAbsent(cls, Cache::factsOf);
                lastClass = cls;
            }
            return lastFacts;
        }

        /** The class lower-cased once for both readings: a class within {@link #MAX_ATTRIBUTE_CHARS} is read whole by both. */
        private static int factsOf(String cls) {
            String lower = cls.toLowerCase(Locale.ROOT);
            int lists = cls.length() > MAX_ATTRIBUTE_CHARS ? wholeLists(cls) : wholeLists(cls, lower);
            return lists | (NoiseRemover.lowerNamesArticleBody(lower) ? IN_ARTICLE_BODY_NAME : 0);
        }

        /** True when the element's class or id holds a word of {@link #PAYWALLED} ("paywall-box", "regwall"), whatever else it says. */
        boolean namesWall(Element e) {
            String cls = Blocks.attr(e, "class");
            String id = Blocks.attr(e, "id");
            return (!cls.isEmpty() && (facts(cls) & IN_PAYWALLED) != 0) || (!id.isEmpty() && (listsOf(id) & IN_PAYWALLED) != 0);
        }

        /** {@link ClassHints#namesWidget(int)} of the element's class, the lists of each distinct class looked up once. */
        boolean namesWidget(Element e) {
            return ClassHints.namesWidget(facts(e.className()) & ~IN_ARTICLE_BODY_NAME);
        }

        /** {@link NoiseRemover#namesArticleBody} of a class attribute, worked out once per distinct class. */
        boolean namesArticleBody(String cls) {
            return (facts(cls) & IN_ARTICLE_BODY_NAME) != 0;
        }

        Hint of(Element e) {
            String cls = Blocks.attr(e, "class"); // exact keys: the parser writes them in lower case
            String id = Blocks.attr(e, "id");
            String given = PageScan.developerName(e, cls, id);
            if (cls.isEmpty() && id.isEmpty() && given.isEmpty()) {
                return Hint.NONE;
            }
            int lists = cls.isEmpty() ? 0 : inContext(e, cls, facts(cls) & ~IN_ARTICLE_BODY_NAME);
            lists = id.isEmpty() ? lists : lists | listsOf(id);
            if (lists == 0 && !given.isEmpty()) {
                lists = facts(given) & ~IN_ARTICLE_BODY_NAME; // "<div class="sc-1x2y" data-testid="most-read">": the name its developer gave it, when its class says nothing
            }
            return hint(onTag(e, lists));
        }

        /**
         * {@link #of(Element)}, kept in the element's measurements ({@code measured}, or null when it
         * has none) for the next time it is asked, the tree unchanged in between.
         */
        Hint of(Element e, TextStats.Stats measured) {
            if (measured == null) {
                return of(e);
            }
            if (measured.hint == null) {
                measured.hint = of(e);
            }
            return measured.hint;
        }
    }

    static Hint of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return Hint.NONE;
        }
        return hint(onTag(e, inContext(e, cls, wholeLists(cls)) | listsOf(id)));
    }

    /** The lists with {@link #NEGATIVE_ON_TABLE}'s words read as {@link #NEGATIVE} on a table. */
    private static int onTag(Element e, int lists) {
        return (lists & IN_NEGATIVE_ON_TABLE) != 0 && e.normalName().equals("table") ? lists | IN_NEGATIVE : lists;
    }

    /**
     * True when the element's class (its lists: {@link #listsOf}) names it a page builder's widget ({@link #WIDGET}) and no
     * boilerplate word is beside it: "elementor-widget elementor-widget-text-editor" (a text block,
     * whose "text" makes its hint a content word), "elementor-widget-heading"; not "widget-sidebar".
     */
    private static boolean namesWidget(int lists) {
        return (lists & IN_WIDGET) != 0 && (lists & BOILERPLATE_LISTS) == 0;
    }

    /**
     * Words of a widget that shows a picture or a video ("elementor-widget-image", "image-widget",
     * "gallery-widget"): the text in it is the picture's caption.
     */
    static final Set<String> PICTURE_WIDGET_WORDS = Set.of(
            "image", "img", "picture", "photo", "gallery", "video", "slider", "slideshow", "carousel");

    /** True when one of the words of the element's class ({@link #PICTURE_WIDGET_WORDS}) names a picture. */
    static boolean namesPictureWidget(Element e) {
        for (String word : Words.of(clip(e.className()).toLowerCase(Locale.ROOT))) {
            if (PICTURE_WIDGET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The lists a BEM part's block name can add against it: its boilerplate words. */
    private static final int BOILERPLATE_LISTS = IN_NEVER_CONTENT | IN_STRONG_NEGATIVE | IN_NEGATIVE;

    /**
     * The lists of a class read whole, or with its BEM parts read in their block's context and its
     * variants of the element's own kind without their weak words ({@link #classLists}) when that can
     * matter: what the rules take off is a boilerplate word, so a class without one read whole (most
     * classes) is taken as read, from the page's cache.
     */
    private static int inContext(Element e, String cls, int whole) {
        if ((whole & BOILERPLATE_LISTS) == 0) {
            return whole;
        }
        String ownKind = (whole & IN_NEGATIVE) != 0 ? OWN_KIND_PREFIXES.get(e.normalName()) : null;
        boolean variant = ownKind != null && cls.toLowerCase(Locale.ROOT).contains(ownKind);
        return variant || cls.contains(BEM_ELEMENT_SEPARATOR) ? classLists(e, cls, variant ? ownKind : null) : whole;
    }

    /**
     * The prefix of a class token that names the element's own kind: a token so formed is a variant
     * of that element, in the naming of CSS frameworks' modifiers (Bootstrap's "table-striped",
     * "table-bordered", "list-inline"): "table-header" on a table says the table has a header row,
     * not that the table is the page's header. Its weak boilerplate words ({@link #NEGATIVE}, words of
     * position and styling) are not read; its strong ones ("table-ads"... {@link #STRONG_NEGATIVE}) are.
     */
    static final Map<String, String> OWN_KIND_PREFIXES = Map.of(
            "table", "table-", "ul", "list-", "ol", "list-", "dl", "list-");

    /**
     * BEM's separator of a block's name from the name of an element in it ({@code block__element}):
     * the element part says what the element is, the block part which component it belongs to.
     */
    static final String BEM_ELEMENT_SEPARATOR = "__";

    private static final Pattern CLASS_SEPARATOR = Pattern.compile("\\s+");

    /** The block of a BEM element is looked for among this many of its ancestors. */
    private static final int MAX_BEM_BLOCK_ANCESTORS = 12;

    /**
     * The {@code IN_*} bits of a class attribute, with BEM elements read in their block's context.
     * When the block element around a part carries the block's name ("sidebar-grid" around
     * "sidebar-grid__content") and that name is boilerplate, the walk, going top-down, reached the
     * part only because the block was kept for the prose it holds: its name was overruled there, and
     * is not held against each of its parts again. They are judged by their own roles ("__content" of
     * a layout with a sidebar is its text column, "__sidebar" its sidebar). Likewise when the block's
     * name is a content word and the part's name is the writer's card ({@link #WRITER_CARD_WORDS}:
     * "story__author-bio" in "story", "article__author" in "article"): the block's name says which
     * component the part belongs to, the article, and the part's own name what it is in it, so the
     * block's content word does not outweigh it. Other weak words of a part stay outweighed there: an
     * article's "__more" box holds its sources, its "__header" its lead. A block kept for a content
     * word beside its name ("c-ad l-article__ad") and a block name no block element carries (a teaser
     * link's "read-more__title") were not overruled: such parts are read whole, block name and all.
     * A token naming the element's own kind ({@code ownKind}, null when not asked: {@link #OWN_KIND_PREFIXES})
     * is read without its weak words.
     */
    private static int classLists(Element e, String cls, String ownKind) {
        int found = 0;
        for (String token : CLASS_SEPARATOR.split(clip(cls))) {
            int first = token.indexOf(BEM_ELEMENT_SEPARATOR);
            if (ownKind != null && token.length() > ownKind.length() && token.regionMatches(true, 0, ownKind, 0, ownKind.length())) {
                found |= listsOf(token) & ~IN_NEGATIVE; // the element's own variant ({@link #OWN_KIND_PREFIXES})
            } else {
                String part = first > 0 ? token.substring(token.lastIndexOf(BEM_ELEMENT_SEPARATOR) + BEM_ELEMENT_SEPARATOR.length()) : null;
                Hint block = first > 0 ? blockHint(e, token.substring(0, first)) : Hint.NONE;
                found |= OVERRULED_HINTS.contains(block) || (block == Hint.POSITIVE && namesWriterCard(part))
                        ? listsOf(part)
                        : tokenLists(token);
            }
        }
        return found;
    }

    /**
     * The {@code IN_*} bits of a class attribute read whole, a compound name's writer card read by its
     * head ({@link #namesCompoundWriterCard}). Only a class with both a content word and a weak
     * boilerplate word is split to see.
     */
    static int wholeLists(String cls) {
        return wholeLists(cls, clip(cls).toLowerCase(Locale.ROOT));
    }

    /** {@link #wholeLists(String)} with the clipped class already lower-cased ({@code Locale.ROOT}). */
    private static int wholeLists(String cls, String lowerClipped) {
        int lists = listsOf(clip(cls), lowerClipped);
        if ((lists & IN_POSITIVE) == 0 || (lists & IN_NEGATIVE) == 0) {
            return lists;
        }
        int found = 0;
        boolean compound = false;
        for (String token : CLASS_SEPARATOR.split(clip(cls))) {
            boolean card = namesCompoundWriterCard(token);
            compound |= card;
            found |= card ? listsOf(token) & ~IN_POSITIVE : listsOf(token);
        }
        return compound ? found : lists;
    }

    /** The lists of one class token, a compound name's writer card read by its head ({@link #namesCompoundWriterCard}). */
    private static int tokenLists(String token) {
        int lists = listsOf(token);
        return (lists & IN_POSITIVE) != 0 && namesCompoundWriterCard(token) ? lists & ~IN_POSITIVE : lists;
    }

    /**
     * True when a class token compounds a content word with a later writer-card word
     * ({@link #WRITER_CARD_WORDS}) and no content word follows it: "article-author-box",
     * "post-author-bio", "entryAuthorBio". Compound class names (and BEM's block names) put the
     * component's context first and its head last, as English compounds do: an "article author box" is
     * a box on the author, placed in the article, so the content word says where it is, not what it is
     * ("author-content", a content word after the card word, stays read as content).
     */
    static boolean namesCompoundWriterCard(String token) {
        if (token.contains(BEM_ELEMENT_SEPARATOR)) {
            return false; // BEM elements are read against their block ({@link #classLists})
        }
        if (!mayHoldWriterCardWord(token)) {
            return false; // most content classes name no writer's card: refused before the token is split into words
        }
        boolean contentBefore = false;
        boolean card = false;
        for (String word : CAMEL_OR_SEPARATOR.split(token)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (POSITIVE.contains(w)) {
                if (card) {
                    return false;
                }
                contentBefore = true;
            } else if (contentBefore && WRITER_CARD_WORDS.contains(w)) {
                card = true;
            }
        }
        return card;
    }

    /**
     * False when no word of the token can be a {@link #WRITER_CARD_WORDS} word: each of those holds
     * "aut" (author, autor), "bio", "byl" or "cre" (creator), and only ASCII letters lower-case to those letters as
     * {@code toLowerCase(Locale.ROOT)} reads a word ("İ" gives two characters, the Kelvin sign a "k"),
     * so the token holds one of the three in ASCII letters of any case.
     */
    static boolean mayHoldWriterCardWord(String token) {
        for (int i = 0, last = token.length() - 2; i < last; i++) {
            int c = token.charAt(i) | 0x20; // 'a' only for 'A' and 'a': the bit sets no other character to an ASCII letter
            if (c == 'a') {
                if ((token.charAt(i + 1) | 0x20) == 'u' && (token.charAt(i + 2) | 0x20) == 't') {
                    return true;
                }
            } else if (c == 'b') {
                int second = token.charAt(i + 1) | 0x20;
                int third = token.charAt(i + 2) | 0x20;
                if (second == 'i' && third == 'o' || second == 'y' && third == 'l') {
                    return true;
                }
            } else if (c == 'c') {
                if ((token.charAt(i + 1) | 0x20) == 'r' && (token.charAt(i + 2) | 0x20) == 'e') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Splits a class token into its words as {@link #listsOf} does: at non-letters and at a lower-to-upper change. */
    private static final Pattern CAMEL_OR_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    /** Hints of a block named as boilerplate: an element reached under one was kept for its prose. */
    private static final Set<Hint> OVERRULED_HINTS = EnumSet.of(Hint.NEGATIVE, Hint.STRONG_NEGATIVE);

    /** Words of a part's name that make it the writer's card: their portrait, name and a line on them. */
    static final Set<String> WRITER_CARD_WORDS = Set.of("author", "authors", "bio", "byline", "authorbox", "autorbox", "autorenbox", "authorinfo", "autoreninfo",
            "creator");

    /** True when one of the part's words (split as {@link #listsOf} splits them, case folded) is a {@link #WRITER_CARD_WORDS} word. */
    private static boolean namesWriterCard(String part) {
        for (String word : Words.of(part.toLowerCase(Locale.ROOT))) {
            if (WRITER_CARD_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hint of the nearest block-level ancestor carrying the block's class (one the noise stage
     * judged by its name), or {@link Hint#NONE} when no such ancestor is near.
     */
    private static Hint blockHint(Element e, String block) {
        int steps = 0;
        for (Element a = e.parent(); a != null && steps++ < MAX_BEM_BLOCK_ANCESTORS; a = a.parent()) {
            if (Blocks.isBlock(a) && a.hasClass(block)) {
                return hint(listsOf(a.className()) | listsOf(a.id()));
            }
        }
        return Hint.NONE;
    }

    /**
     * The hint of a heading's class and id read without the word "header": a heading named for what
     * it is ("element-header", "section-header" of CMS content elements) is a heading, not the page's
     * banner; any other word still counts ("screen-reader-header" stays hidden furniture).
     */
    static Hint ofHeading(Element e) {
        return hint(listsOf(HEADER_WORD.matcher(clip(e.className())).replaceAll(" "))
                | listsOf(HEADER_WORD.matcher(clip(e.id())).replaceAll(" ")));
    }

    private static final Pattern HEADER_WORD = Pattern.compile("(?i)header");

    /** What the word lists a class or id's words are in say, the strongest first. */
    private static Hint hint(int lists) {
        if ((lists & IN_NEVER_CONTENT) != 0) {
            return Hint.NEVER_CONTENT;
        }
        if ((lists & IN_EMBEDDED_POST) != 0) {
            return Hint.NONE;
        }
        if ((lists & IN_STRONG_NEGATIVE) != 0) {
            return Hint.STRONG_NEGATIVE;
        }
        if ((lists & IN_PAYWALLED) != 0) { // "paywall hidden" is a hidden prompt; "article-body paywall" the body behind the wall
            return (lists & (IN_NEGATIVE | IN_TEASER)) != 0 && (lists & IN_POSITIVE) == 0 ? Hint.NEGATIVE : Hint.PAYWALLED;
        }
        if ((lists & IN_POSITIVE) != 0) {
            return Hint.POSITIVE;
        }
        if ((lists & IN_NEGATIVE) != 0) {
            return Hint.NEGATIVE;
        }
        if ((lists & IN_TEASER) != 0) {
            return Hint.TEASER;
        }
        return (lists & IN_WIDGET) != 0 ? Hint.WIDGET : Hint.NONE;
    }

    /** The {@code IN_*} bits of every list one of the name's words is in. */
    static int listsOf(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        String raw = clip(name);
        return listsOf(raw, raw.toLowerCase(Locale.ROOT));
    }

    /** {@link #listsOf(String)} of a name within {@link #MAX_ATTRIBUTE_CHARS}, {@code words} its lower-cased copy ({@code Locale.ROOT}). */
    private static int listsOf(String raw, String words) {
        boolean sameLength = words.length() == raw.length();
        int found = 0;
        int start = -1;
        int hash = 0; // of the word so far, as String.hashCode: the word is looked up without being cut out
        for (int i = 0; i <= words.length(); i++) {
            char c = i < words.length() ? words.charAt(i) : ' ';
            boolean letter = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                    : Character.isLetterOrDigit(c);
            // "relatedArticles", "cookieNotice": a lower-to-upper change starts a new word too
            boolean camelBreak = letter && start >= 0 && sameLength && isUpperCase(raw.charAt(i)) && isLowerCase(raw.charAt(i - 1));
            if (camelBreak || (!letter && start >= 0)) {
                int lists = mayBeListed(words, start, i) ? LISTED_WORDS.lists(words, start, i, hash) : 0;
                found |= lists != 0 ? lists : boxSubjectLists(words, start, i);
                start = camelBreak ? i : -1;
                hash = camelBreak ? c : 0;
            } else if (letter) {
                if (start < 0) {
                    start = i;
                }
                hash = 31 * hash + c;
            }
        }
        return found;
    }

    /**
     * The tail of a class word that glues a box component to its subject ("spendenbox",
     * "newsletterbox", "sharebox", "commentbox"): the word names a box of that subject, as the
     * separated "spenden-box" does.
     */
    static final String BOX_TAIL = "box";

    /** Lists of a box's subject read only when they are boilerplate's strong words: a weak word ("footerbox") or a content word ("textbox") says too little glued. */
    private static final int BOX_SUBJECT_LISTS = IN_NEVER_CONTENT | IN_STRONG_NEGATIVE;

    /** The strong boilerplate lists of the subject of an unlisted word {@code words[start, end)} ending in {@link #BOX_TAIL}, or 0. */
    private static int boxSubjectLists(String words, int start, int end) {
        int subjectEnd = end - BOX_TAIL.length();
        if (subjectEnd - start < 3 || !words.startsWith(BOX_TAIL, subjectEnd)) {
            return 0;
        }
        return LISTS_OF_WORD.getOrDefault(words.substring(start, subjectEnd), 0) & BOX_SUBJECT_LISTS;
    }

    /** {@link Character#isUpperCase}, ASCII answered by its code. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase}, ASCII answered by its code. */
    private static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** The lists of one listed word, or 0: {@code LISTS_OF_WORD.getOrDefault(word, 0)}, for tests. */
    static int listsOfWord(String word) {
        return LISTS_OF_WORD.getOrDefault(word, 0);
    }

    /** {@link #LISTS_OF_WORD} as an open-addressed table asked for a stretch of a string by its hash: no word is cut out to be looked up. */
    private static final WordTable LISTED_WORDS = new WordTable(LISTS_OF_WORD);

    /** Words and their list bits in a table of linear probing, twice as large as four times their number. */
    private static final class WordTable {
        private final String[] words;
        private final int[] lists;
        private final int mask;

        WordTable(Map<String, Integer> byWord) {
            int size = Integer.highestOneBit(Math.max(byWord.size(), 1) * 4) * 2;
            words = new String[size];
            lists = new int[size];
            mask = size - 1;
            byWord.forEach((word, bits) -> {
                int at = spread(word.hashCode()) & mask;
                while (words[at] != null) {
                    at = (at + 1) & mask;
                }
                words[at] = word;
                lists[at] = bits;
            });
        }

        /** The lists of the word {@code text[start, end)}, whose String hash is {@code hash}, or 0 when it is not listed. */
        int lists(String text, int start, int end, int hash) {
            int length = end - start;
            for (int at = spread(hash) & mask; words[at] != null; at = (at + 1) & mask) {
                String word = words[at];
                if (word.length() == length && word.hashCode() == hash && text.regionMatches(start, word, 0, length)) {
                    return lists[at];
                }
            }
            return 0;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    /**
     * For each pair of leading characters (ASCII letters and digits, {@link #pairIndex}), the lengths
     * of the listed words that start with it, as bits: most words of a page's class names and ids
     * ("col", "wp", "block", "12") are refused by it without being cut out and looked up.
     */
    private static final int[] LISTED_LENGTHS_BY_PAIR = listedLengthsByPair();

    /** Words at least this long, or not opened by two ASCII letters or digits, are looked up whatever they are. */
    private static final int LENGTH_BITS = Integer.SIZE;

    /** True unless the word {@code words[start, end)} is surely in none of the lists. */
    private static boolean mayBeListed(String words, int start, int end) {
        int length = end - start;
        if (length < 2 || length >= LENGTH_BITS) {
            return true;
        }
        int pair = pairIndex(words.charAt(start), words.charAt(start + 1));
        return pair < 0 || (LISTED_LENGTHS_BY_PAIR[pair] & (1 << length)) != 0;
    }

    /** The index of two characters among pairs of lower-case ASCII letters and digits, or -1 for any other pair. */
    private static int pairIndex(char first, char second) {
        int a = alnumIndex(first);
        int b = alnumIndex(second);
        return a < 0 || b < 0 ? -1 : a * 36 + b;
    }

    private static int alnumIndex(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : -1;
    }

    private static int[] listedLengthsByPair() {
        int[] lengths = new int[36 * 36];
        for (String word : LISTS_OF_WORD.keySet()) {
            int pair = word.length() < 2 ? -1 : pairIndex(word.charAt(0), word.charAt(1));
            if (pair >= 0 && word.length() < LENGTH_BITS) {
                lengths[pair] |= 1 << word.length();
            }
        }
        return lengths;
    }

    private static Map<String, Integer> listsOfWord() {
        Map<String, Integer> lists = new HashMap<>();
        NEVER_CONTENT.forEach(w -> lists.merge(w, IN_NEVER_CONTENT, (a, b) -> a | b));
        STRONG_NEGATIVE.forEach(w -> lists.merge(w, IN_STRONG_NEGATIVE, (a, b) -> a | b));
        EMBEDDED_POST.forEach(w -> lists.merge(w, IN_EMBEDDED_POST, (a, b) -> a | b));
        WIDGET.forEach(w -> lists.merge(w, IN_WIDGET, (a, b) -> a | b));
        NEGATIVE.forEach(w -> lists.merge(w, IN_NEGATIVE, (a, b) -> a | b));
        POSITIVE.forEach(w -> lists.merge(w, IN_POSITIVE, (a, b) -> a | b));
        PAYWALLED.forEach(w -> lists.merge(w, IN_PAYWALLED, (a, b) -> a | b));
        TEASER.forEach(w -> lists.merge(w, IN_TEASER, (a, b) -> a | b));
        NEGATIVE_ON_TABLE.forEach(w -> lists.merge(w, IN_NEGATIVE_ON_TABLE, (a, b) -> a | b));
        return lists;
    }

    private static String clip(String s) {
        return s.length() > MAX_ATTRIBUTE_CHARS ? s.substring(0, MAX_ATTRIBUTE_CHARS) : s;
    }
}
