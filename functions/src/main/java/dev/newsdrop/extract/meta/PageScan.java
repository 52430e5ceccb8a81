package dev.newsdrop.extract.meta;

import dev.newsdrop.extract.meta.authors.BylineLeads;
import dev.newsdrop.extract.source.BreakParagraphs;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the metadata stage looks at, gathered in one walk over the document instead of a
 * CSS query per field: meta tags, JSON-LD, headings, microdata, time elements, author links. The
 * visible bylines and datelines, found by class names, are a fallback and gathered only on demand
 * ({@link #scanVisible}), since most pages state their authors and dates in markup.
 */
public final class PageScan {

    /**
     * Class or id words of elements that show the byline: "author" and "byline" as themes in English
     * name them, and the author's and reporter's words in other languages and scripts (the Russian,
     * Slovene and Bulgarian "avtor" transliterated, Danish and Norwegian "forfatter", Hungarian
     * "szerzo", Finnish "kirjoittaja"); the account's display name that CMSs and blog engines class
     * "username" (Drupal's "Submitted by", forum software, Wix's blog); the "signature" as English and
     * Catalan ("signatura") class it; an opinion page's columnist's box ("columnist", Spanish and Italian
     * "columnista", German, Nordic and Polish "kolumnist", "kolumnista"); Joomla's article field of the
     * writer, "createdby" (its "Written by" line, which Arabic and other templates fill with the
     * dateline and the name alone); the journalist's field as CMSs name it in the site's language, Albanian
     * "gazetar" ("gazetari", "gazetarja") and the South Slavic "novinar" ("novinarka"), machine names in
     * Latin letters whatever the script shown; the Finnish "toimittaja" (reporter) and the Nordic "skribent" (writer) so,
     * and the Turkish "muhabir" (reporter), which Turkish news CMSs give the reporter's line ("muhabir", "haber-muhabir").
     */
    private static final String[] BYLINE_NAMES = {
        "byline", "by-line", "author", "writer", "auteur", "signature", "signatura", "autor", "verfasser", "yazar", "penulis", "الكاتب", "автор",
        "作者", "記者", "기자", "avtor", "forfatter", "szerzo", "kirjoittaja", "reporter", "journalist", "username", "user-name", "columnist", "kolumnist",
        "createdby", "created-by", "gazetar", "novinar", "toimittaja", "skribent", "muhabir",
        // the Icelandic "höfundur" (author; "höfundar" in the plural and the genitive) and the Swedish "författare" and
        // Nynorsk "forfattar", as templates write them in class names without the accents ("hofundur", "forfattare")
        "hofund", "forfattar"};

    /**
     * Byline words that also sit inside other words ("firma" in "confirmation"): matched only where a
     * class or id word starts. Italian and Spanish papers class the byline as the "firma" (signature),
     * Portuguese ones as the "assinatura", Turkish ones as the "imza".
     */
    private static final String[] BYLINE_WORD_STARTS = {"firma", "assinatura", "imza"};

    /** Class or id words of elements that show the publication date. */
    private static final String[] DATELINE_NAMES = {"date", "time", "publish", "posted", "byline", "meta", "تاريخ"};

    /**
     * Class or id words of places whose names and dates belong to someone else: the comment section,
     * as themes name it in English, French and Italian ("comment"), German and the Nordic languages
     * ("kommentar"), Spanish, Portuguese and Catalan ("comentarios") and Dutch ("reacties"); readers'
     * responses and reactions ("responses", "reactions", German "Reaktionen"), replies ("reply-list"), and
     * the thread of Disqus, the hosted comment service, whose embed names its box by its own name
     * ({@code id="disqus_thread"}, "disqus-comments") whatever the page's language. Polish, Czech and
     * Slovak, South Slavic and Turkish themes name it in the plural ("komentarze", "komentare",
     * "komentari", "yorumlar"): their singular also names an opinion piece, which is no comment section.
     */
    private static final String[] COMMENT_NAMES = {"comment", "komment", "comentari", "reacties", "response", "reaction",
        "reaktion", "reply", "replies", "disqus", "komentarze", "komentare", "komentari", "yorumlar"};

    /**
     * The rel value of links in content that readers wrote ({@code rel="nofollow ugc"}): a
     * commenter's name links to their site with it, an author's never does.
     */
    public static final String USER_CONTENT_REL = "ugc";

    /** The comment words without their first letter, which differs in case and language ("Comment", "Kommentar"). */
    private static final String[] COMMENT_STEM_LOWER = {"omment", "oment", "eacties", "esponse", "eaction", "eaktion", "eply", "eplies", "isqus", "orumlar"};
    private static final String[] COMMENT_STEM_UPPER = {"OMMENT", "OMENT", "EACTIES", "ESPONSE", "EACTION", "EAKTION", "EPLY", "EPLIES", "ISQUS", "ORUMLAR"};

    /** The schema.org types of a comment ({@code Comment}, {@code UserComments}), in an itemtype. */
    private static final String COMMENT_ITEMTYPE = "comment";

    /**
     * Entries of a list looked at to tell a list of articles: a comment thread after the post is an
     * {@code <ol>} (or {@code <ul>}) of {@code <article>}s, one per comment, as HTML's sectioning asks.
     */
    private static final int MAX_LIST_ENTRIES_LOOKED_AT = 3;
    /** The hAtom microformat's class for an entry's title. */
    private static final String ENTRY_TITLE = "entry-title";
    /** The hAtom microformat's class for an entry's last-modified date. */
    private static final String UPDATED = "updated";
    /** The hAtom microformat's class for an entry's publication date. */
    private static final String PUBLISHED = "published";
    /** RDFa properties (Dublin Core, schema.org) that give the day a page was created or issued. */
    private static final Set<String> RDFA_PUBLISHED = Set.of("dc:created", "dc:date", "dc:issued", "dcterms:created",
            "dcterms:date", "dcterms:issued", "schema:datepublished", "schema:datecreated");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Class words that say whether an article takes comments ("comments-open", "has-comments"): they
     * describe the article itself, not a comment section.
     */
    private static final Pattern COMMENT_STATE = Pattern.compile(
            "(?:has|no|with|show)-comments?|comments?-(?:open|closed|enabled|disabled|allowed|on|off|count)");

    /** Text nodes longer than this are paragraphs, not bylines. */
    private static final int MAX_BYLINE_TEXT = 200;

    /** Subheadings kept: an author box's heading is one of a page's few dozen. */
    private static final int MAX_SUBHEADINGS = 100;

    /** Candidates kept per list: the answer is near the top of the page or not there. */
    private static final int MAX_CANDIDATES = 40;

    /** Elements marked itemprop=datePublished kept: the page's own item and a few other stories' before it. */
    private static final int MAX_DATE_PROPS = 4;

    /** Only this much of a class or id is read: megabyte attributes are attacks or bugs, not hints. */
    private static final int MAX_ATTRIBUTE_CHARS = 200;

    /** Distinct classes (and ids that may name comments) a page's maps of what they name are sized for: about 185 classes on a page. */
    private static final int EXPECTED_DISTINCT_NAMES = 512;

    /** What a class or id names, as bits: {@link #whatNameSays}. */
    private static final int NAMES_COMMENTS = 1;
    private static final int NAMES_BYLINE = 2;
    private static final int NAMES_DATELINE = 4;

    /**
     * The path of an author's own page, in the words CMSs use (WordPress "/author/slug/", or "?author=2"
     * without pretty permalinks; a blog listing filtered by its author, "/blog?author=5f2a9c…", as
     * Squarespace links it), in the languages themes and news CMSs write the word (Spanish and Portuguese
     * "autores", Italian "autori", Turkish "yazar" and "yazarlar", Indonesian "penulis", Russian "avtor"
     * transliterated); "/people/" and "/profile/" are left out: they also tag the people an
     * article is about, or the reader.
     */
    static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:author|authors|auteur|auteurs|autor|autore|autoren|autores|autori|yazar|yazarlar|penulis|avtor|"
                    + "writer|writers|editors|staff|columnists?)/[^/?#\\s]+"
                    + "|[?&]author=[\\w%+.-]+(?:&|#|$)");

    /** What every word of {@link #AUTHOR_PAGE} starts with. */
    private static final String[] AUTHOR_PAGE_WORDS = {"author", "auteur", "autor", "yazar", "penulis", "avtor", "writer", "editors",
        "staff", "columnist"};

    /**
     * {@link #AUTHOR_PAGE_WORDS} by the ASCII character they open with, in either case (null for none):
     * a segment is refused on its first character by one lookup. No other character opens one of them.
     */
    private static final String[][] AUTHOR_PAGE_WORDS_BY_INITIAL = byInitial(AUTHOR_PAGE_WORDS);

    /** The query parameter {@link #AUTHOR_PAGE} reads an author's number from ("/?author=2"). */
    private static final String QUERY_AUTHOR = "author";

    private static final Pattern TAG_REL = Pattern.compile("\\btag\\b");

    /**
     * Ancestors of a time element looked at for a byline or dateline class: the byline's time sits
     * in a small box or two ("story-meta" > "timestamp" > time), not far up the page.
     */
    private static final int MAX_BYLINE_TIME_ANCESTORS = 3;

    /** Class or id words of an update time: its date is not the publication. */
    private static final String[] UPDATE_NAMES = {"updat", "modif"};

    private final Document doc;
    private final List<Element> metas;
    private final List<Element> jsonLd;
    private final List<Element> scripts;
    private final List<Element> headlines;
    private final List<Element> subheadings;
    private final List<Element> entryTitles;
    private final Element updatedMark;
    private final Element publishedMark;
    private final List<Element> authorMarkup;
    private final List<Element> threadAuthorMarkup;
    /** The links to authors' pages, found once: the author finder asks for them more than once a page. */
    private List<Element> authorPageLinks;
    private List<Element> paragraphs; // gathered on first use
    /** Links outside comments that are not rel=author, in page order; see {@link #authorPageLinks}. */
    private final List<Element> otherLinks;
    /** The href of each of {@link #otherLinks} ("" when none), as the walk read it. */
    private final List<String> otherLinkHrefs;
    private final List<Element> figures;
    private final List<Element> tagLinks;
    private final Element html;
    private final Element title;
    private final boolean passwordField;
    private final Element canonicalLink;
    private final Element imageLink;
    private final List<Element> datePublishedProps;
    private final Element dateCreatedProp;
    private final Element dateModifiedProp;
    private final Element timeElement;
    private final Element articleTimeElement;
    private final boolean hasArticleElement;
    private final Element bylineTimeElement;
    private final Element textTimeElement;
    private final List<Element> partedContainers;

    /** The visible bylines and datelines, gathered on first use ({@link #visible}); a cache, not state. */
    private Visible visible;

    /**
     * Bylines and datelines shown on the page, found by class name and by "By ..." text: {@link #bylines},
     * byline markup first (rel=author, itemprop=author), then elements whose class or id names a byline,
     * outside comments; {@link #datelines}, elements whose class or id names a date, outside comments;
     * {@link #writtenBylines}, short text blocks that open like a byline ("By Jane Doe"), or whose text
     * closes with a lead before the name's element ("Posted on June 3 by <a>Jane Doe</a>").
     */
    public static final class Visible {
        private final List<Element> bylines;
        private final List<Element> datelines;
        private final java.util.function.Supplier<List<Element>> readWritten;
        private List<Element> writtenBylines;

        Visible(List<Element> bylines, List<Element> datelines, java.util.function.Supplier<List<Element>> readWritten) {
            this.bylines = bylines;
            this.datelines = datelines;
            this.readWritten = readWritten;
        }

        public List<Element> bylines() {
            return bylines;
        }

        public List<Element> datelines() {
            return datelines;
        }

        /**
         * Read on first use, by a walk of their own: nearly half the pages that read the bylines find their
         * author there and never ask for these, whose reading is most of the cost of the walk for bylines.
         */
        public List<Element> writtenBylines() {
            if (writtenBylines == null) {
                writtenBylines = readWritten.get();
            }
            return writtenBylines;
        }
    }

    private PageScan(Walk walk, Document doc) {
        this.doc = doc;
        metas = List.copyOf(walk.metas);
        jsonLd = List.copyOf(walk.jsonLd);
        scripts = List.copyOf(walk.scripts);
        headlines = List.copyOf(walk.headlines);
        subheadings = List.copyOf(walk.subheadings);
        entryTitles = List.copyOf(walk.entryTitles);
        updatedMark = walk.updatedMark;
        publishedMark = walk.publishedMark;
        authorMarkup = List.copyOf(walk.authorMarkup);
        threadAuthorMarkup = List.copyOf(walk.threadAuthorMarkup);
        otherLinks = List.copyOf(walk.otherLinks);
        otherLinkHrefs = List.copyOf(walk.otherLinkHrefs);
        figures = List.copyOf(walk.figures);
        tagLinks = List.copyOf(walk.tagLinks);
        html = walk.html;
        title = walk.title;
        passwordField = walk.passwordField;
        canonicalLink = walk.canonicalLink;
        imageLink = walk.imageLink;
        datePublishedProps = List.copyOf(walk.datePublishedProps);
        dateCreatedProp = walk.dateCreatedProp;
        dateModifiedProp = walk.dateModifiedProp;
        timeElement = walk.timeElement;
        articleTimeElement = walk.articleTimeElement;
        hasArticleElement = walk.hasArticleElement;
        bylineTimeElement = walk.bylineTimeElement;
        textTimeElement = walk.textTimeElement;
        partedContainers = List.copyOf(walk.partedContainers);
    }

    /**
     * The containers in which a {@code <br>} opens a double break ({@link BreakParagraphs#partsText}), in page order:
     * where text may be parted into paragraphs by breaks, as the table-layout years wrote it; empty on most pages.
     */
    public List<Element> partedContainers() {
        return partedContainers;
    }

    /** The meta elements, in page order. */
    List<Element> metas() {
        return metas;
    }

    /** The JSON-LD script elements, in page order. */
    List<Element> jsonLd() {
        return jsonLd;
    }

    /** The other script elements, in page order. */
    public List<Element> scripts() {
        return scripts;
    }

    /**
     * The first two elements marked as an entry's title by the hAtom microformat (class {@code entry-title}),
     * which WordPress, Blogger and other blog engines put on a post's heading whatever its level.
     */
    public List<Element> entryTitles() {
        return entryTitles;
    }

    /**
     * The first {@code <time datetime>} or {@code <abbr title>} outside comments marked {@code updated}, the
     * hAtom microformat's last-modified date (WordPress themes print it beside {@code time.entry-date.published}); or null.
     */
    public Element updatedMark() {
        return updatedMark;
    }

    /**
     * The first element outside comments that marks the publication date: hAtom's {@code published} class on a
     * {@code <time datetime>} or an {@code <abbr title>} (Blogger's post footer), or an RDFa Dublin Core or
     * schema.org creation date with {@code content} (Drupal's "Submitted by … on …"); or null.
     */
    public Element publishedMark() {
        return publishedMark;
    }

    /** The first letters of the terms of {@link #RDFA_PUBLISHED}, in either case ("dc:", "dcterms:", "schema:"). */
    private static final String RDFA_PUBLISHED_INITIALS = "dDsS";

    /** Where the next space-separated term of {@code s} starts at {@code from} or after; its length when none. */
    private static int nextTerm(String s, int from) {
        int i = from;
        while (i < s.length() && isPatternBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A blank as a pattern's {@code \\s} means it, the separator of an attribute's terms. */
    private static boolean isPatternBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Elements whose {@code datetime} is a machine time: HTML's time and the custom elements that show it relative to now. */
    private static final Set<String> TIME_ELEMENTS = Set.of("time", "amp-timeago", "relative-time", "local-time", "time-ago");

    /** True for a time element ({@link #TIME_ELEMENTS}). */
    public static boolean isTimeElement(Element e) {
        return TIME_ELEMENTS.contains(e.normalName());
    }

    /**
     * True when the element stands in a {@code <blockquote>}: what HTML marks as quoted from another source, as the embed
     * codes of social networks set a post (Instagram's older code closes it with "A photo posted by Name (@handle) on
     * {@code <time datetime=…>}"). A time there dates the words quoted, not the page that quotes them.
     */
    private static boolean inQuotation(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.nameIs("blockquote")) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <time datetime>}, or an {@code <abbr title>} (the microformats' abbr pattern for dates). */
    private static boolean holdsMachineDate(String tag, Attributes attributes) {
        return tag.equals("time") && attributes.hasKey("datetime") || tag.equals("abbr") && attributes.hasKey("title");
    }

    private static boolean marksPublication(Element e, String tag, Attributes attributes, String classes, String property) {
        if (classes.contains(PUBLISHED) && e.hasClass(PUBLISHED)) {
            return holdsMachineDate(tag, attributes);
        }
        if (property.indexOf(':') < 0 || !attributes.hasKey("content")) {
            return false; // every term of RDFA_PUBLISHED is prefixed: "og:title" is refused below, "title" here
        }
        String terms = property.trim();
        int end = 0;
        for (int start = nextTerm(terms, 0); start < terms.length(); start = nextTerm(terms, end)) {
            for (end = start; end < terms.length() && !isPatternBlank(terms.charAt(end)); end++) {
                // the space-separated term from start to end
            }
            char first = terms.charAt(start);
            if (first < 0x80 && RDFA_PUBLISHED_INITIALS.indexOf(first) < 0) {
                continue; // most terms ("og:title") are refused by their first letter, without a copy
            }
            if (RDFA_PUBLISHED.contains(terms.substring(start, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The h1 elements and the visible elements marked itemprop=headline, in page order. */
    public List<Element> headlines() {
        return headlines;
    }

    /** The page's first h1 (its headline, where bylines and datelines are looked for below); null when none. */
    public Element firstH1() {
        for (Element h : headlines) {
            if (h.normalName().equals("h1")) {
                return h;
            }
        }
        return null;
    }

    /** The h2 to h6 elements outside comments, in page order (the first {@value #MAX_SUBHEADINGS}). */
    public List<Element> subheadings() {
        return subheadings;
    }

    /** The figure elements, in page order. */
    List<Element> figures() {
        return figures;
    }

    /** Links marked rel=tag (not rel=category). */
    List<Element> tagLinks() {
        return tagLinks;
    }

    /** The html element, or null. */
    public Element html() {
        return html;
    }

    /**
     * The page's p elements, in page order, gathered once for the finders that read the text's
     * paragraphs from the top (bold name lines, guest credits, wire datelines); empty without an html element.
     */
    public List<Element> paragraphs() {
        if (paragraphs == null) {
            paragraphs = html == null ? List.of() : java.util.Collections.unmodifiableList(html.getElementsByTag("p"));
        }
        return paragraphs;
    }

    /** Ancestors of the headline read for the language it inherits. */
    private static final int MAX_LANGUAGE_LEVELS = 60;

    /**
     * The language the page's first h1 inherits from an element below {@code <html>}, as HTML gives every element the
     * {@code lang} of its nearest ancestor that states one ({@code <div class="article" lang="cy">} around the story of
     * a page whose {@code <html>} states none, or a template's "en"); null when none below {@code <html>} states one.
     * The headline is the article's: its language is the article's.
     */
    public String headlineLanguage() {
        Element e = firstH1();
        for (int level = 0; e != null && e != html && level < MAX_LANGUAGE_LEVELS; level++, e = e.parent()) {
            String lang = e.attr("lang");
            if (!lang.isBlank()) {
                return lang;
            }
        }
        return null;
    }

    /** The first title element, or null. */
    public Element title() {
        return title;
    }

    /** True when the page has a password field: a login or paywall page. */
    boolean passwordField() {
        return passwordField;
    }

    /** The first link rel=canonical with an href, or null. */
    Element canonicalLink() {
        return canonicalLink;
    }

    /** The first link rel=image_src, or null. */
    Element imageLink() {
        return imageLink;
    }

    /**
     * The first element marked itemprop=dateCreated, or null: schema.org's creation date, which CMSs
     * mark when they show no publication date (Joomla's "Erstellt:", "Created:").
     */
    public Element dateCreatedProp() {
        return dateCreatedProp;
    }

    /** The first element marked itemprop=datePublished, or null. */
    public Element datePublishedProp() {
        return datePublishedProps.isEmpty() ? null : datePublishedProps.getFirst();
    }

    /**
     * The first few elements marked itemprop=datePublished ({@link #MAX_DATE_PROPS}), in page order: a page may
     * mark up other stories' items (a ticker, related cards) beside its own.
     */
    public List<Element> datePublishedProps() {
        return datePublishedProps;
    }

    /** The first element marked itemprop=dateModified, or null. */
    public Element dateModifiedProp() {
        return dateModifiedProp;
    }

    /** The first time element with a datetime, or the first marked pubdate; null when none. */
    public Element timeElement() {
        return timeElement;
    }

    /** The first time element with a datetime inside an article element, or null. */
    public Element articleTimeElement() {
        return articleTimeElement;
    }

    /** True when the page marks anything with an article element (a story's, a teaser's or a comment's). */
    public boolean hasArticleElement() {
        return hasArticleElement;
    }

    /**
     * The first time element without a datetime outside comments, one in an article first: its text
     * is a date by the element's meaning ("{@code <time>3. Februar 2022</time>}"); null when none.
     */
    public Element textTimeElement() {
        return textTimeElement;
    }

    /** The first time element in a byline or dateline box (see {@link #inBylineBox}), outside comments, or null. */
    public Element bylineTimeElement() {
        return bylineTimeElement;
    }

    static PageScan of(Document doc) {
        return of(doc, null);
    }

    /**
     * The scan of the document, its walk handing {@code rider} (when not null) every node it keeps:
     * all but the permalinks it takes out ({@link #isHeadingPermalink}) and their subtrees, so that
     * another stage's measuring of the page rides along this walk instead of walking it again. A
     * {@link ScanRider} is handed each element's attributes the walk has read.
     */
    static PageScan of(Document doc, NodeVisitor rider) {
        Walk scan = new Walk();
        Node[] comments = {null}; // the outermost comment section, while the walk is in it
        int[] paragraphs = {0}; // the paragraphs the walk has passed: a thread follows the text
        int[] articleDepth = {0};
        Node[] leftOut = {null}; // the permalink whose subtree the rider is not handed, while in it
        Map<String, Boolean> commentNames = new HashMap<>(EXPECTED_DISTINCT_NAMES); // pages repeat the same class names thousands of times
        ScanRider riderOfScan = rider instanceof ScanRider r ? r : null;
        TreeWalk.traverse(new NodeVisitor() {
            /**
             * The element whose comment question waits for its first child element, outside comments: a comment
             * section changes what the walk gathers in its descendants only (the element itself is visited before
             * the answer), so the question is asked of elements with elements inside, when the walk meets the
             * first, and most of a page's elements (links, spans, pictures, paragraphs of text alone) are never
             * asked. Its attributes, as {@link Walk#read} read them, and the walk's state then are kept with it.
             */
            private Element pending;
            private boolean pendingNamed;
            private String pendingCls;
            private String pendingItemtype;
            private boolean pendingAfterHeadline;
            private boolean pendingAfterText;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (pending != null && e.parentNode() == pending) {
                        Element p = pending;
                        pending = null;
                        if ((pendingNamed && isComment(pendingCls, p.attributes().get("id"), commentNames)) // its id read only now
                                || isCommentStructure(p, pendingItemtype, pendingAfterHeadline, pendingAfterText)) {
                            comments[0] = p; // a comment inside it changes nothing: the walk is in comments until it leaves this one
                        }
                    }
                    boolean named = scan.read(e); // the attributes the walk asks, read in one pass per element
                    int permalinks = scan.permalinks.size();
                    scan.visit(e, named, comments[0] != null, articleDepth[0] > 0);
                    if (scan.permalinks.size() > permalinks && leftOut[0] == null) {
                        leftOut[0] = e;
                    }
                    if (e.normalName().equals("p")) {
                        paragraphs[0]++;
                    }
                    if (comments[0] == null && e.childNodeSize() > 0) { // asked when the walk meets its first child element, if any
                        pending = e;
                        pendingNamed = named;
                        pendingCls = scan.cls;
                        pendingItemtype = scan.itemtype;
                        pendingAfterHeadline = !scan.headlines.isEmpty();
                        pendingAfterText = paragraphs[0] >= MIN_PARAGRAPHS_BEFORE_THREAD;
                    }
                    if (e.normalName().equals("article")) {
                        articleDepth[0]++;
                        scan.hasArticleElement = true;
                    }
                }
                if (rider != null && leftOut[0] == null) {
                    if (riderOfScan != null && node instanceof Element e) {
                        riderOfScan.headElement(e, depth, scan.rel, scan.itemtype); // the attributes read once, above
                    } else {
                        rider.head(node, depth);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (rider != null) {
                    if (leftOut[0] == null) {
                        rider.tail(node, depth);
                    } else if (leftOut[0] == node) {
                        leftOut[0] = null;
                    }
                }
                if (node == pending) {
                    pending = null; // it held no element: its comment question changes nothing
                }
                if (node instanceof Element e) {
                    if (comments[0] == e) {
                        comments[0] = null;
                    }
                    if (e.normalName().equals("article")) {
                        articleDepth[0]--;
                    }
                }
            }
        }, doc);
        for (Element permalink : scan.permalinks) {
            permalink.remove(); // "Heading¶": a control for copying a link, not a word of the title or the text
        }
        return new PageScan(scan, doc);
    }

    /** A permalink's text is at most this many characters once blanks and zero-width marks are gone. */
    private static final int MAX_PERMALINK_SYMBOL_CHARS = 2;

    /**
     * True for a permalink anchor that documentation and blog generators put at a heading's end or
     * start: the heading's first or last child, a link to a fragment of the page ("#where-the-time-went")
     * whose text is a lone symbol ("¶" of Python-Markdown and Sphinx, "#", "§", "🔗") or nothing but a
     * zero-width space. Left in, "Dropping Python 3.8" reads "Dropping Python 3.8¶" as title and text.
     */
    private static boolean isHeadingPermalink(Element a) {
        Element h = a.parent();
        if (h == null || h.normalName().length() != 2 || h.normalName().charAt(0) != 'h'
                || h.normalName().charAt(1) < '1' || h.normalName().charAt(1) > '6'
                || (h.firstElementChild() != a && h.lastElementChild() != a)) {
            return false;
        }
        String href = attr(a, "href");
        if (href.length() < 2 || href.charAt(0) != '#') {
            return false;
        }
        String t = a.text();
        int symbols = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                continue;
            }
            if (Character.isLetterOrDigit(cp) || ++symbols > MAX_PERMALINK_SYMBOL_CHARS) {
                return false;
            }
        }
        return true;
    }

    /** What the one walk over the document gathers, before it is frozen into a {@link PageScan}. */
    private static final class Walk {
        private final List<Element> metas = new ArrayList<>();
        private final List<Element> jsonLd = new ArrayList<>();
        private final List<Element> scripts = new ArrayList<>();
        private final List<Element> headlines = new ArrayList<>();
        private final List<Element> permalinks = new ArrayList<>();
        private final List<Element> subheadings = new ArrayList<>();
        private final List<Element> entryTitles = new ArrayList<>();
        private Element updatedMark;
        private Element publishedMark;
        private final List<Element> authorMarkup = new ArrayList<>();
        private final List<Element> threadAuthorMarkup = new ArrayList<>();
        private final List<Element> otherLinks = new ArrayList<>();
        private final List<String> otherLinkHrefs = new ArrayList<>();
        private final List<Element> figures = new ArrayList<>();
        private final List<Element> tagLinks = new ArrayList<>();
        private Element html;
        private Element title;
        private boolean passwordField;
        private Element canonicalLink;
        private Element imageLink;
        private final List<Element> datePublishedProps = new ArrayList<>();
        private Element dateCreatedProp;
        private Element dateModifiedProp;
        private Element timeElement;
        private Element articleTimeElement;
        private boolean hasArticleElement;
        private Element bylineTimeElement;
        private Element textTimeElement;
        private boolean textTimeInArticle;
        private final Set<Element> partedContainers = new LinkedHashSet<>();
        /** The current element's attributes that the walk reads, "" when absent: {@link #read}. */
        private String cls;
        private String itemprop;
        private String property;
        private String rel;
        private String itemtype;
        private String href;

        /**
         * Reads the element's class, itemprop, property, rel, itemtype and, of a link, href, each by its key
         * (an id is read only when the comment question is asked of the element); false when it has no attributes. (Iterating over the attributes would build an
         * {@code Attribute} for each, on every element of the page; a lookup by key builds nothing.)
         */
        private boolean read(Element e) {
            if (e.attributesSize() == 0) {
                cls = "";
                itemprop = "";
                property = "";
                rel = "";
                itemtype = "";
                href = "";
                return false;
            }
            Attributes attributes = e.attributes();
            cls = attributes.get("class");
            itemprop = attributes.get("itemprop");
            property = attributes.get("property");
            rel = attributes.get("rel");
            itemtype = attributes.get("itemtype");
            href = e.normalName().equals("a") ? attributes.get("href") : ""; // a link's address alone is asked
            return true;
        }

        private void visit(Element e, boolean named, boolean inComments, boolean inArticle) {
            Attributes attributes = named ? e.attributes() : null;
            String tag = e.normalName();
            switch (tag) {
                case "html" -> html = html == null ? e : html;
                case "title" -> title = title == null ? e : title;
                case "meta" -> metas.add(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        jsonLd.add(e);
                    } else {
                        scripts.add(e);
                    }
                }
                case "link" -> {
                    String rel = e.attr("rel").toLowerCase(Locale.ROOT);
                    if (canonicalLink == null && rel.equals("canonical") && e.hasAttr("href")) {
                        canonicalLink = e;
                    } else if (imageLink == null && rel.equals("image_src")) {
                        imageLink = e;
                    }
                }
                case "h1" -> headlines.add(e);
                case "h2", "h3", "h4", "h5", "h6" -> {
                    if (!inComments && subheadings.size() < MAX_SUBHEADINGS) {
                        subheadings.add(e); // their text is read only when no author is found otherwise
                    }
                }
                case "figure" -> figures.add(e);
                case "br" -> {
                    if (BreakParagraphs.partsText(e)) {
                        partedContainers.add(e.parent());
                    }
                }
                case "input" -> passwordField |= "password".equalsIgnoreCase(e.attr("type"));
                // HTML's time, and the custom elements that render one relative to now (AMP's amp-timeago, the
                // relative-time, local-time and time-ago web components): their datetime is the machine time
                case "time", "amp-timeago", "relative-time", "local-time", "time-ago" -> {
                    if (inQuotation(e)) {
                        break; // an embedded post's time ("A photo posted by … on <time>Dec 6, 2016</time>") dates the post quoted
                    }
                    if (e.hasAttr("datetime")) {
                        // a comment's time is its reader's, however early the thread sits on the page
                        if (!inComments && (timeElement == null || (e.hasAttr("pubdate") && !timeElement.hasAttr("pubdate")))) {
                            timeElement = e;
                        }
                        if (inArticle && !inComments && articleTimeElement == null) {
                            articleTimeElement = e;
                        }
                        if (bylineTimeElement == null && !inComments && inBylineBox(e)) {
                            bylineTimeElement = e;
                        }
                    } else if (tag.equals("time") && !inComments && (textTimeElement == null || (inArticle && !textTimeInArticle))) {
                        textTimeElement = e;
                        textTimeInArticle = inArticle;
                    }
                }
                case "a" -> {
                    if (isHeadingPermalink(e)) {
                        permalinks.add(e);
                        return;
                    }
                    String rel = this.rel.toLowerCase(Locale.ROOT);
                    if (rel.contains("tag") && TAG_REL.matcher(rel).find() && !rel.contains("category")) {
                        tagLinks.add(e);
                    }
                    boolean userContent = rel.contains(USER_CONTENT_REL); // a commenter's link, wherever it sits
                    if (rel.contains("author") && !inComments && !userContent && authorMarkup.size() < MAX_CANDIDATES) {
                        authorMarkup.add(e);
                    } else if (!inComments && !userContent && attributes != null) {
                        otherLinks.add(e); // their addresses are read only if a page gives no author otherwise
                        otherLinkHrefs.add(href);
                    }
                }
                default -> {
                }
            }
            if (attributes == null) {
                return;
            }
            String classes = cls;
            if (entryTitles.size() < 2 && classes.contains(ENTRY_TITLE) && e.hasClass(ENTRY_TITLE)) {
                entryTitles.add(e);
            }
            if (updatedMark == null && !inComments && classes.contains(UPDATED) && e.hasClass(UPDATED)
                    && holdsMachineDate(tag, attributes)) {
                updatedMark = e;
            }
            if (publishedMark == null && !inComments && marksPublication(e, tag, attributes, classes, property)) {
                publishedMark = e;
            }
            switch (itemprop) {
                case "" -> {
                }
                case "headline" -> {
                    if (!tag.equals("meta")) {
                        headlines.add(e);
                    }
                }
                case "datePublished" -> {
                    if (datePublishedProps.size() < MAX_DATE_PROPS) {
                        datePublishedProps.add(e);
                    }
                }
                case "dateModified" -> dateModifiedProp = dateModifiedProp == null ? e : dateModifiedProp;
                case "dateCreated" -> dateCreatedProp = dateCreatedProp == null ? e : dateCreatedProp;
                case "author", "creator" -> { // schema.org's creator, the author's super-property
                    if (!inComments && authorMarkup.size() < MAX_CANDIDATES) {
                        authorMarkup.add(e);
                    } else if (inComments && threadAuthorMarkup.size() < MAX_CANDIDATES) {
                        threadAuthorMarkup.add(e); // a post of a thread the scan reads as comments (a forum's post list)
                    }
                }
                default -> {
                    if (!inComments && authorMarkup.size() < MAX_CANDIDATES && itemprop.indexOf(' ') > 0
                            && namesMicrodataAuthor(itemprop)) {
                        authorMarkup.add(e); // itemprop="author creator": several properties, one of them the author
                    }
                }
            }
            if (!inComments && authorMarkup.size() < MAX_CANDIDATES && !tag.equals("meta") && !tag.equals("a")
                    && (namesRdfaAuthor(property) || namesRdfaAuthor(rel))) {
                authorMarkup.add(e); // Drupal's <span rel="schema:author">, RDFa Lite's property="author"
            }
        }
    }

    /** True when one of the space-separated microdata properties is {@code author} or {@code creator}. */
    private static boolean namesMicrodataAuthor(String itemprop) {
        if (itemprop.length() > MAX_ATTRIBUTE_CHARS) {
            return false;
        }
        for (String v : WHITESPACE.split(itemprop)) {
            if (v.equals("author") || v.equals("creator")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an RDFa {@code property} or {@code rel} value names the author: schema.org's
     * {@code author} (prefixed "schema:" as Drupal writes it, or bare under a vocab), Dublin Core's
     * {@code creator}, SIOC's {@code has_creator}.
     */
    private static boolean namesRdfaAuthor(String value) {
        if (value.isEmpty() || value.length() > MAX_ATTRIBUTE_CHARS
                || (!value.contains("uthor") && !value.contains("reator") && !value.contains("UTHOR") && !value.contains("REATOR"))) {
            return false; // most rel and property values (stylesheet, og:title) are refused without a copy
        }
        for (String v : WHITESPACE.split(lower(value))) {
            if (v.equals("author") || v.endsWith(":author") || v.endsWith(":creator") || v.endsWith(":has_creator")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of the time's few nearest ancestors is named as a byline or dateline and none of
     * them, nor the time, as an update: where sites without an article element or microdata show when
     * the story went out.
     */
    private static boolean inBylineBox(Element time) {
        if (containsAny(lower(attr(time, "class") + " " + attr(time, "id")), UPDATE_NAMES)) {
            return false;
        }
        boolean named = false;
        Element up = time.parent();
        for (int i = 0; i < MAX_BYLINE_TIME_ANCESTORS && up != null; i++, up = up.parent()) {
            String names = lower(attr(up, "class")) + " " + lower(attr(up, "id"));
            if (containsAny(names, UPDATE_NAMES)) {
                return false;
            }
            named |= (whatNameSays(names) & (NAMES_BYLINE | NAMES_DATELINE)) != 0;
        }
        return named;
    }

    /**
     * True when the element or one of its few nearest ancestors is named as a byline or dateline
     * ("byline", "author-name", "entry-meta"): the line a theme prints its authors in.
     */
    public static boolean inBylineLine(Element e) {
        Element up = e;
        for (int i = 0; i <= MAX_BYLINE_TIME_ANCESTORS && up != null; i++, up = up.parent()) {
            if ((whatNameSays(lower(attr(up, "class")) + " " + lower(attr(up, "id"))) & (NAMES_BYLINE | NAMES_DATELINE)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Links outside comments, rel=author first, then the others in page order. */
    public List<Element> links() {
        List<Element> all = new ArrayList<>(authorMarkup.size() + otherLinks.size());
        for (Element e : authorMarkup) {
            if (e.normalName().equals("a")) {
                all.add(e);
            }
        }
        all.addAll(otherLinks);
        return all;
    }

    /**
     * The microdata author properties ({@code itemprop=author} or {@code creator}) inside what the scan reads as
     * comments, in document order: a forum lists the thread's first post among its replies, in one list classed as
     * comments, and that post's item type (schema.org DiscussionForumPosting, not Comment) tells it from them.
     */
    public List<Element> threadAuthorMarkup() {
        return threadAuthorMarkup;
    }

    /** Author markup outside comments ({@code rel=author} links, {@code itemprop=author} elements), in page order. */
    public List<Element> authorMarkup() {
        return authorMarkup;
    }

    /** Links to an author's page ("/author/jane-doe/") outside comments: the last place a byline is looked for. */
    public List<Element> authorPageLinks() {
        if (authorPageLinks == null) {
            authorPageLinks = List.copyOf(findAuthorPageLinks());
        }
        return authorPageLinks;
    }

    private List<Element> findAuthorPageLinks() {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < otherLinks.size() && found.size() < MAX_CANDIDATES; i++) { // the cap reached, no later link is taken
            String href = otherLinkHrefs.get(i); // read in the walk, with the link's other attributes
            if (mayNameAuthorPage(href) && AUTHOR_PAGE.matcher(href).find()) {
                found.add(otherLinks.get(i));
            }
        }
        return found;
    }

    /**
     * Links outside comments to a site member's profile ("/user/Jane+Doe/", "/profile/jdoe") whose text
     * is the member name the address holds, or to a platform account whose handle spells the name
     * shown ("substack.com/@janedoe" for "Jane Doe"): the account that posted the page, as news CMSs such as
     * DataLife Engine and forum software link it beside the date. A profile link with other text
     * ("My account", a person the story names) is not one.
     */
    public List<Element> memberProfileLinks() {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < otherLinks.size(); i++) {
            if (found.size() >= MAX_CANDIDATES) {
                break;
            }
            Element a = otherLinks.get(i);
            String href = otherLinkHrefs.get(i);
            if (href.length() > MAX_ATTRIBUTE_CHARS) {
                continue;
            }
            if (href.contains("/@")) {
                Matcher handle = HANDLE_PAGE.matcher(href);
                if (handle.find() && spellsName(memberName(handle.group(1)), a.text())) {
                    found.add(a); // "<a href='https://substack.com/@janedoe'>Jane Doe</a>": her account on the platform
                }
                continue;
            }
            if (!(href.contains("/user") || href.contains("/profile") || href.contains("/member"))) {
                continue; // most links are refused here without the regular expression
            }
            Matcher m = MEMBER_PAGE.matcher(href);
            if (m.find() && sameName(memberName(m.group(1)), a.text())) {
                found.add(a);
            }
        }
        return found;
    }

    /** Nodes read after the page's first h1 for an avatar beside its name (see {@link #headerAvatarNames}). */
    private static final int MAX_HEADER_NODES = 400;

    /** A paragraph this long after the headline is the text: the article's header has ended. */
    private static final int MIN_TEXT_PARAGRAPH_CHARS = 150;

    /** An avatar's alt text this long is a description, not a name. */
    private static final int MAX_AVATAR_ALT_CHARS = 60;

    /**
     * The elements that show a person's name beside their avatar in the article's header: between the
     * first h1 and the first paragraph of text, an image whose alt text is the very text of the
     * element right after it (the image, or the link around it alone) — the photo-and-name card that
     * site generators' blog starters set under the headline with no label or class of their own. A
     * teaser card repeats its headline the same way, so the caller asks for a person's name.
     */
    public List<Element> headerAvatarNames() {
        Element h1 = null;
        for (Element h : headlines) { // the walk kept every h1, in page order: no second walk to find the first
            if (h.normalName().equals("h1") && h.root() == doc) { // not one the walk took out with a permalink around it
                h1 = h;
                break;
            }
        }
        if (h1 == null) {
            return List.of();
        }
        List<Element> found = new ArrayList<>();
        int seen = 0;
        Node n = nextOutside(h1);
        while (n != null && seen++ < MAX_HEADER_NODES && found.size() < MAX_CANDIDATES) {
            if (n instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("p") && e.text().length() >= MIN_TEXT_PARAGRAPH_CHARS) {
                    break;
                }
                if (tag.equals("img")) {
                    Element named = nameBesideAvatar(e);
                    if (named != null) {
                        found.add(named);
                    }
                }
            }
            n = next(n);
        }
        return found;
    }

    private static Element nameBesideAvatar(Element img) {
        String alt = img.attr("alt").trim();
        if (alt.isEmpty() || alt.length() > MAX_AVATAR_ALT_CHARS) {
            return null;
        }
        Element holder = img;
        if (img.parent() != null && img.parent().normalName().equals("a") && img.parent().childrenSize() == 1) {
            holder = img.parent();
        }
        for (Node s = holder.nextSibling(); s != null; s = s.nextSibling()) {
            if (s instanceof TextNode t) {
                if (!t.isBlank()) {
                    return null;
                }
            } else if (s instanceof Element next) {
                String shown = next.text().replaceAll("\\s+", " ").trim();
                if (shown.equalsIgnoreCase(alt.replaceAll("\\s+", " "))) {
                    return next;
                }
                return holder == img ? null : linkToSameProfile(next, holder.attr("href"), alt);
            }
        }
        return null;
    }

    /** Elements read inside the block beside an avatar for the link that repeats the avatar's. */
    private static final int MAX_BESIDE_AVATAR_ELEMENTS = 12;

    /**
     * The link in the block beside a linked avatar that goes to the same profile and shows the name
     * the avatar's alt text gives ("Jane Doe", "Jane Doe's avatar", "Jane Doe profile image"): the
     * author card of Forem, Hashnode, Medium and Substack, whose name sits with the date in a block
     * of its own. Null when there is none among the block's first elements.
     */
    private static Element linkToSameProfile(Element block, String href, String alt) {
        if (href.isBlank()) {
            return null;
        }
        String wantedAlt = alt.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (Element e : (Iterable<Element>) block.stream().limit(MAX_BESIDE_AVATAR_ELEMENTS)::iterator) {
            if (e.normalName().equals("a") && e.attr("href").equals(href)) {
                String shown = e.text().replaceAll("\\s+", " ").trim();
                return !shown.isEmpty() && wantedAlt.startsWith(shown.toLowerCase(Locale.ROOT)) ? e : null;
            }
        }
        return null;
    }

    /** The node after {@code n} in document order, descending into it. */
    public static Node next(Node n) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        return nextOutside(n);
    }

    /** The node after {@code n} and its subtree in document order. */
    public static Node nextOutside(Node n) {
        for (Node at = n; at != null; at = at.parentNode()) {
            if (at.nextSibling() != null) {
                return at.nextSibling();
            }
        }
        return null;
    }

    /** The path of a member's profile page and the member name in it. */
    private static final Pattern MEMBER_PAGE = Pattern.compile(
            "(?i)/(?:user|users|profile|profiles|member|members)/([^/?#\\s]+)/?(?:[?#]|$)");

    /**
     * The path of an account's page on a platform that addresses it by its handle after an "@"
     * ("substack.com/@janedoe", "medium.com/@jane.doe"), the handle closing the path.
     */
    private static final Pattern HANDLE_PAGE = Pattern.compile("/@([\\w.-]{2,40})/?(?:[?#]|$)");

    /** Handles compared with a name: a few words at most, as a name is written. */
    private static final int MAX_HANDLE_NAME_WORDS = 4;

    /**
     * True when the handle spells the shown text, a name of two words or more, letter for letter with
     * separators and case ignored ("janedoe", "jane.doe", "Jane_Doe" for "Jane Doe").
     */
    private static boolean spellsName(String handle, String shown) {
        String[] words = WHITESPACE.split(shown.strip());
        if (words.length < 2 || words.length > MAX_HANDLE_NAME_WORDS) {
            return false;
        }
        String letters = handle.replaceAll("[\\s_.-]+", "");
        return !letters.isEmpty() && letters.equalsIgnoreCase(String.join("", words));
    }

    /** The member name of an address segment: percent-decoded, '+' read as a space. */
    private static String memberName(String segment) {
        try {
            return java.net.URLDecoder.decode(segment, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException bad) {
            return segment;
        }
    }

    private static boolean sameName(String fromAddress, String shown) {
        String a = fromAddress.replaceAll("[\\s_.-]+", " ").trim();
        String b = shown.replaceAll("[\\s_.-]+", " ").trim();
        return !b.isEmpty() && a.equalsIgnoreCase(b);
    }

    /** True when the address is an author's own page ({@link #AUTHOR_PAGE}: "/author/jane-doe/", "/?author=2"). */
    public static boolean isAuthorPage(String href) {
        return mayNameAuthorPage(href) && AUTHOR_PAGE.matcher(href).find();
    }

    /**
     * False when no path segment of the address starts with a word of {@link #AUTHOR_PAGE}, which
     * then cannot match: most links are refused without the regular expression.
     */
    static boolean mayNameAuthorPage(String href) {
        for (int eq = href.indexOf('='); eq >= 0; eq = href.indexOf('=', eq + 1)) {
            if (eq >= QUERY_AUTHOR.length() && href.regionMatches(true, eq - QUERY_AUTHOR.length(), QUERY_AUTHOR, 0, QUERY_AUTHOR.length())) {
                return true; // WordPress without pretty permalinks: "/?author=2", in any case as AUTHOR_PAGE reads it
            }
        }
        int n = href.length();
        for (int slash = href.indexOf('/'); slash >= 0 && slash + 1 < n; slash = href.indexOf('/', slash + 1)) {
            char first = href.charAt(slash + 1);
            String[] words = first < AUTHOR_PAGE_WORDS_BY_INITIAL.length ? AUTHOR_PAGE_WORDS_BY_INITIAL[first] : null;
            if (words == null) {
                continue; // most segments are refused by their first letter, without comparing each word
            }
            for (String word : words) {
                if (href.regionMatches(true, slash + 1, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The document the scan walked. */
    public Document document() {
        return doc;
    }

    /** True when {@link #visible} has walked the page already: its answer then costs nothing more. */
    public boolean visibleWalked() {
        return visible != null;
    }

    /** The bylines and datelines shown on the page, by class name and by "By ..." text; gathered once. */
    public Visible visible() {
        if (visible == null) {
            visible = scanVisible();
        }
        return visible;
    }

    private Visible scanVisible() {
        List<Element> bylines = new ArrayList<>(authorMarkup);
        List<Element> datelines = new ArrayList<>();
        List<Element> commentSections = new ArrayList<>(); // the outermost, in the order of the page
        Map<String, Integer> classSays = new HashMap<>(EXPECTED_DISTINCT_NAMES); // pages repeat the same class names thousands of times
        Node[] comments = {null}; // the outermost comment section, while the walk is in it
        boolean[] seenHeadline = {false};
        int[] paragraphs = {0}; // the paragraphs the walk has passed: a thread follows the text
        TreeWalk.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (!seenHeadline[0] && e.normalName().equals("h1")) {
                        seenHeadline[0] = true;
                    }
                    if (e.normalName().equals("p")) {
                        paragraphs[0]++;
                    }
                    if (comments[0] != null) {
                        return; // nothing in comments is gathered, nor does a comment inside them change that
                    }
                    String cls = attr(e, "class");
                    String id = attr(e, "id");
                    String given = developerName(e, cls, id);
                    boolean named = !cls.isEmpty() || !id.isEmpty() || !given.isEmpty();
                    int says = named ? classSays.computeIfAbsent(cls, PageScan::whatNameSays) | whatNameSays(id) : 0;
                    if (!given.isEmpty()) {
                        says |= classSays.computeIfAbsent(given, PageScan::whatNameSays);
                    }
                    if ((says & NAMES_COMMENTS) != 0
                            || isCommentStructure(e, attr(e, "itemtype"), seenHeadline[0], paragraphs[0] >= MIN_PARAGRAPHS_BEFORE_THREAD)) {
                        comments[0] = e;
                        commentSections.add(e);
                    } else if (named) {
                        if (bylines.size() < MAX_CANDIDATES && ((says & NAMES_BYLINE) != 0 || isAddress(e)) && !authorMarkup.contains(e)) {
                            bylines.add(e);
                        }
                        if (datelines.size() < MAX_CANDIDATES && (says & NAMES_DATELINE) != 0) {
                            datelines.add(e);
                        }
                    } else if (bylines.size() < MAX_CANDIDATES && isAddress(e) && !authorMarkup.contains(e)) {
                        bylines.add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == comments[0]) {
                    comments[0] = null;
                }
            }
        }, doc);
        return new Visible(List.copyOf(bylines), List.copyOf(datelines), () -> writtenBylines(commentSections));
    }

    /**
     * {@link Visible#writtenBylines}: the text nodes of the page outside its comment sections (the outermost,
     * in the order of the page, as {@link #scanVisible} found them), in order, each asked whether it opens
     * or closes a byline's line.
     */
    private List<Element> writtenBylines(List<Element> commentSections) {
        List<Element> lines = new ArrayList<>();
        // whether a bold element opens its line, asked once per element, not once per text node in it
        Map<Element, Boolean> opensLine = new java.util.IdentityHashMap<>();
        int section = 0;
        Node node = doc;
        while (node != null && lines.size() < MAX_CANDIDATES) {
            if (section < commentSections.size() && node == commentSections.get(section)) {
                section++;
                node = nextOutside(node); // nothing in comments is gathered
                continue;
            }
            if (node instanceof TextNode t && !t.getWholeText().isBlank()) { // the blanks between tags, most of a page's texts, open and close no line
                Node parent = t.parentNode();
                if (parent instanceof Element p && isBylineHolder(p, opensLine) && (startsLikeByline(t.getWholeText())
                        || (t.nextSibling() instanceof Element && (BylineLeads.closesWithLead(t.getWholeText())
                                || BylineLeads.opensFiledLine(t.getWholeText()))) // "Pubblicato in <a>Notizie</a> da <a>Name</a>"
                        || BylineLeads.isIssuerLabelCell(p, t.getWholeText()))) { // "<dt>Afzender</dt><dd>Gemeente X</dd>", "<th>Herausgeber</th><td>…"
                    lines.add(p);
                }
            }
            node = TreeWalk.next(node, doc);
        }
        return List.copyOf(lines);
    }

    /**
     * The attributes front-end frameworks' developers name a component by for their tests and scripts when its
     * classes are hashes or utilities ("css-1x2y3z", "sc-bdfBwQ", "flex gap-2 text-sm"): {@code
     * data-testid="byline-name"}, {@code data-component="byline"}, {@code data-qa="comments"}. They say what
     * the element is as a class would, and are read as one.
     */
    private static final String[] DEVELOPER_NAME_ATTRIBUTES = {"data-testid", "data-component", "data-qa"};

    /**
     * The first of {@link #DEVELOPER_NAME_ATTRIBUTES} the element carries, "" when none: asked only of an
     * element with more attributes than its class and id, most elements having no other.
     */
    public static String developerName(Element e, String cls, String id) {
        if (e.attributesSize() <= (cls.isEmpty() ? 0 : 1) + (id.isEmpty() ? 0 : 1)) {
            return "";
        }
        for (String key : DEVELOPER_NAME_ATTRIBUTES) {
            String v = attr(e, key);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** Which of comments, byline and dateline a class or id names, as {@code NAMES_*} bits. */
    private static int whatNameSays(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        String lower = lower(name);
        return (namesComments(lower) ? NAMES_COMMENTS : 0)
                | (containsAny(lower, BYLINE_NAMES) || startsAnyWord(lower, BYLINE_WORD_STARTS) ? NAMES_BYLINE : 0)
                | (containsAny(lower, DATELINE_NAMES) ? NAMES_DATELINE : 0);
    }

    /** {@link #namesComments} of the element's class or id, the answers for classes (and ids that may hold a comment word) kept in {@code known}. */
    private static boolean isComment(String cls, String id, Map<String, Boolean> known) {
        if (!cls.isEmpty() && known.computeIfAbsent(cls, c -> mayNameComments(c) && namesComments(lower(c)))) {
            return true; // a page repeats its class names: each is looked up, not searched for every comment word again
        }
        return mayNameComments(id) && known.computeIfAbsent(id, i -> namesComments(lower(i)));
    }

    /**
     * True when the raw class or id may hold a comment word ({@link #COMMENT_NAMES}, their letters
     * after the first in lower or upper case): most are refused here without a copy, every element
     * of the page being asked.
     */
    private static boolean mayNameComments(String raw) {
        return raw.length() >= COMMENT_STEM_LOWER[1].length()
                && (containsAny(raw, COMMENT_STEM_LOWER) || containsAny(raw, COMMENT_STEM_UPPER));
    }

    /** True when a lower-case class or id names a comment section, not merely the article's comment state. */
    private static boolean namesComments(String name) {
        return containsAny(name, COMMENT_NAMES) && containsAny(withoutCommentState(name), COMMENT_NAMES);
    }

    /**
     * True when the element is a comment by its markup, whatever its class: a schema.org
     * {@code Comment} (or {@code UserComments}) item, or, after the page's headline, a list whose
     * entries are {@code <article>}s (one per comment, each with its commenter's name and time), or a
     * block headed by a count of its entries ({@link #COUNTED_HEADING}).
     */
    static boolean isCommentStructure(Element e, Attributes attributes, boolean afterHeadline) {
        return isCommentStructure(e, attributes == null ? "" : attributes.get("itemtype"), afterHeadline, false);
    }

    /**
     * {@link #isCommentStructure(Element, Attributes, boolean)} with the element's itemtype read already ("" when none);
     * {@code afterText} when the walk has passed {@value #MIN_PARAGRAPHS_BEFORE_THREAD} paragraphs, as a thread follows
     * the text it answers (a blog's day heading, "11 March 2024", opens the text instead).
     */
    private static boolean isCommentStructure(Element e, String itemtype, boolean afterHeadline, boolean afterText) {
        if (!itemtype.isEmpty() && lower(itemtype).contains(COMMENT_ITEMTYPE)) {
            return true;
        }
        String tag = e.normalName();
        if (afterHeadline && afterText && (tag.equals("div") || tag.equals("section") || tag.equals("aside"))) {
            // "<div class=feedback-list><h3>3 thoughts</h3>...": readers' entries; or a block that takes them, where a
            // form of its own asks readers to write ("Share a memory" on an obituary's tribute wall, a guestbook)
            return opensWithCountedHeading(e) || holdsPostingForm(e);
        }
        if (!afterHeadline || !(tag.equals("ol") || tag.equals("ul"))) {
            return false;
        }
        int articles = 0;
        int looked = 0;
        for (Element entry = e.firstElementChild(); entry != null && looked < MAX_LIST_ENTRIES_LOOKED_AT;
             entry = entry.nextElementSibling(), looked++) {
            Element inner = entry.normalName().equals("li") ? entry.firstElementChild() : entry;
            if (inner != null && inner.normalName().equals("article")) {
                articles++;
            }
        }
        return articles >= 2;
    }

    /**
     * A heading that counts the entries under it, in any language: the count first, no other figure
     * after it ("3 thoughts on “Title”", "5 Kommentare", "2 komentarze"), or in brackets after the
     * word ("Reaktioner (2)", "آراء القراء (2)"). Comment sections head their thread so, whatever the theme
     * names their box; a list of related articles so headed is no byline's place either.
     */
    private static final Pattern COUNTED_HEADING = Pattern.compile(
            "^(?:\\p{Nd}{1,3}\\s+[\\p{L}\\p{M}]\\P{Nd}{0,100}|[\\p{L}\\p{M}][\\p{L}\\p{M}\\s]{0,40}?\\s*(?:\\(\\p{Nd}{1,4}\\)|（\\p{Nd}{1,4}）))$");

    /** Paragraphs a page shows before a thread headed by a count: the text the thread answers. */
    private static final int MIN_PARAGRAPHS_BEFORE_THREAD = 2;

    /** A counted heading is this short at most: a count, a word and perhaps the post's title. */
    private static final int MAX_COUNTED_HEADING_CHARS = 120;

    /** Children of a block looked at for its posting form ({@link #holdsPostingForm}). */
    private static final int MAX_CHILDREN_FOR_FORM = 40;

    /**
     * True when one of the block's children is a form with a text area, where readers write their
     * entry: the block after the text then holds readers' entries (a comment box, an obituary's tribute
     * wall, a guestbook), whatever it is called, and the names in it are theirs, not the author's.
     */
    private static boolean holdsPostingForm(Element e) {
        int looked = 0;
        for (Element child = e.firstElementChild(); child != null && looked < MAX_CHILDREN_FOR_FORM;
             child = child.nextElementSibling(), looked++) {
            if (child.normalName().equals("form") && holdsTextArea(child)) {
                return true;
            }
        }
        return false;
    }

    /** Nodes of a form looked at for its text area: a comment or entry form is a few dozen; a page-wide form is not one. */
    private static final int MAX_FORM_NODES = 400;

    /** True when a text area is among the form's first {@link #MAX_FORM_NODES} nodes, in document order. */
    private static boolean holdsTextArea(Element form) {
        return TreeWalk.holdsElement(form, "textarea", MAX_FORM_NODES);
    }

    /** True when the element's first child is an h2 to h4 that counts entries ({@link #COUNTED_HEADING}), and something follows it. */
    private static boolean opensWithCountedHeading(Element e) {
        Element first = e.firstElementChild();
        if (first == null) {
            return false;
        }
        String tag = first.normalName(); // asked before the sibling: most blocks open with no heading
        if (!(tag.equals("h2") || tag.equals("h3") || tag.equals("h4")) || first.nextElementSibling() == null) {
            return false;
        }
        if (!holdsDigit(first)) {
            return false; // every count is a digit: most headings hold none, and their text is not built
        }
        String text = first.text();
        if (text.isEmpty() || text.length() > MAX_COUNTED_HEADING_CHARS) {
            return false;
        }
        String stripped = text.strip();
        return !stripped.isEmpty() && mayCount(stripped) && COUNTED_HEADING.matcher(stripped).matches();
    }

    /** Nodes of a heading looked at for a digit before its text is built; past them the text is built and read. */
    private static final int MAX_HEADING_NODES_FOR_DIGIT = 64;

    /**
     * False when none of the heading's text nodes (which alone make its {@code text()}) holds a decimal digit
     * ({@code \p{Nd}}), which both of {@link #COUNTED_HEADING}'s forms need; true when one does or the heading has
     * more than {@link #MAX_HEADING_NODES_FOR_DIGIT} nodes.
     */
    static boolean holdsDigit(Element heading) {
        int seen = 0;
        for (Node n = heading; n != null; n = TreeWalk.next(n, heading)) {
            if (++seen > MAX_HEADING_NODES_FOR_DIGIT) {
                return true;
            }
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); ) {
                    int cp = s.codePointAt(i);
                    if (Character.isDigit(cp)) {
                        return true;
                    }
                    i += Character.charCount(cp);
                }
            }
        }
        return false;
    }

    /**
     * False when {@link #COUNTED_HEADING} cannot match the stripped heading: it neither opens with a
     * digit nor closes with a bracket. Most headings are refused without the pattern.
     */
    private static boolean mayCount(String stripped) {
        char last = stripped.charAt(stripped.length() - 1);
        return Character.isDigit(stripped.codePointAt(0)) || last == ')' || last == '\uFF09';
    }

    /** The class or id without the words that say whether the article takes comments. */
    public static String withoutCommentState(String name) {
        String lower = lower(name);
        if (!lower.contains("-comment") && !lower.contains("comment-") && !lower.contains("comments-")) {
            return lower; // every comment-state word is joined to "comment" by a hyphen
        }
        return COMMENT_STATE.matcher(lower).replaceAll(" ");
    }

    /**
     * The attribute's value, or "" when absent: {@code e.attr(key)} for the lower-case keys the
     * HTML parser writes, without its case-insensitive search and "abs:" handling, since the
     * walks ask every element of the page. ({@link Attributes#get} is the same exact-key lookup.)
     */
    private static String attr(Element e, String key) {
        org.jsoup.nodes.Attribute found = e.attribute(key); // no count of the keys first, as attributesSize() makes
        return found == null ? "" : found.getValue();
    }

    /** True when one of the words starts the string or follows a character that is no letter ("post-firma", "c-firma__name"). */
    private static boolean startsAnyWord(String s, String[] words) {
        for (String w : words) {
            for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
                if (at == 0 || !Character.isLetter(s.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for an {@code <address>}: HTML's element for the contact information of its nearest
     * article (its author, as themes set the byline in one), or of the page when outside any; the
     * page's own, in its footer, is left out where bylines are read.
     */
    private static boolean isAddress(Element e) {
        return e.normalName().equals("address");
    }

    /** {@code opensLine} holds the answers of {@link #opensItsParent} already given, by element. */
    private static boolean isBylineHolder(Element p, Map<Element, Boolean> opensLine) {
        String tag = p.normalName();
        return tag.equals("p") || tag.equals("span") || tag.equals("div") || tag.equals("small") || tag.equals("h4")
                || tag.equals("h5") || tag.equals("h6")
                || tag.equals("li") || tag.equals("dd") || tag.equals("address") // an article-info list's entry (Joomla's dd), HTML's author contact
                || tag.equals("dt") || tag.equals("th") // a details list's or table's label cell: "<dt>Author</dt><dd>Jane Doe</dd>"
                || tag.equals("td") // the details row of table layouts ("Добавил: <a>Name</a>" in uCoz's eDetails)
                || tag.equals("font") // the sized line under the headline of table layouts ("<font size=2>Posted … by Name</font><br>")
                || ((tag.equals("strong") || tag.equals("b") || tag.equals("em") || tag.equals("i"))
                    && opensLine.computeIfAbsent(p, PageScan::opensItsParent)); // "<p><b>Von</b> Anna Schmidt</p>", "<p><em>By Jane Doe</em></p>"
    }

    /**
     * True when the element is the first thing its parent shows, or comes right after a line break or a
     * block ({@link #LINE_ENDERS}): a bold lead opens a byline line,
     * while bold words inside running text ("läuft <b>von Montag bis Sonntag</b>") are emphasis.
     * Read backwards from the element: only the blanks and comments right before it are passed
     * (from the parent's first child, every bold word after 10,000 comments read all of them).
     */
    private static boolean opensItsParent(Element e) {
        if (e.parent() == null) {
            return false;
        }
        for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
            if (!(n instanceof TextNode t && t.isBlank()) && !(n instanceof org.jsoup.nodes.Comment)) {
                return n instanceof Element before && LINE_ENDERS.contains(before.normalName()); // "<p>…</p><em>Texto: Name</em>": a line of its own
            }
        }
        return true;
    }

    /**
     * Elements after which what follows starts a line of its own: a line break and the blocks a text is
     * made of. A bold or emphasised credit set bare after the last paragraph of a text's container
     * ("…</p><em>Texto: Renata Albuquerque / Ascom</em>") opens its line as one opening a paragraph does.
     */
    private static final Set<String> LINE_ENDERS = Set.of("br", "p", "div", "ul", "ol", "table", "blockquote", "figure",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr");

    /**
     * True when a short text opens like a byline (see {@link BylineLeads#opensCreditedByline}), or is
     * a theme's dated line with the name after the date (see {@link BylineLeads#namesAfterDate}), or
     * a Korean, Japanese or Chinese reporter line with no label ({@link BylineLeads#cjkReporterNames}),
     * or such a credit set in brackets ({@link BylineLeads#creditInBrackets}), or a details bar with an
     * author's field ({@link BylineLeads#authorField}).
     */
    public static boolean startsLikeByline(String text) {
        return text.length() < MAX_BYLINE_TEXT
                && (BylineLeads.opensCreditedByline(text) || BylineLeads.namesAfterDate(text) != null
                    || BylineLeads.cjkReporterNames(text) != null || BylineLeads.creditInBrackets(text) != null
                    || BylineLeads.authorField(text) != null);
    }

    private static String[][] byInitial(String[] words) {
        String[][] out = new String[128][];
        for (char c = 0; c < out.length; c++) {
            char lower = Character.toLowerCase(c);
            String[] opening = Arrays.stream(words).filter(w -> w.charAt(0) == lower).toArray(String[]::new);
            out[c] = opening.length == 0 ? null : opening;
        }
        return out;
    }

    /** Lower case, clipped: only the start of a class or id is read, megabyte attributes being attacks or bugs. */
    private static String lower(String s) {
        return (s.length() > MAX_ATTRIBUTE_CHARS ? s.substring(0, MAX_ATTRIBUTE_CHARS) : s).toLowerCase(Locale.ROOT);
    }
}
