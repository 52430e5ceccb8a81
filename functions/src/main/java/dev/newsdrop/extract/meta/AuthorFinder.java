package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article's authors, in trust order: JSON-LD, author meta tags, the page's links to the
 * profiles {@code article:author} (or a JSON-LD author URL) gives, byline markup (rel=author,
 * itemprop=author, byline classes), then a plain "By ..." or "Posted on ... by" line, then a link to an
 * author's page, then the Twitter card's "Written by". Bylines in sidebars and the page's footer are
 * widgets' and theme credits, not the article's. The publication's own name is not an
 * author when a person is named; when none is, the organisation that signs (the site itself, an
 * agency, a named newsroom such as "Slate Staff") is the author, and generic credits are not.
 */
final class AuthorFinder {

    /** Meta names that carry author names (some sites put profile URLs there; those are refused). */
    private static final List<String> AUTHOR_META = List.of(
            "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
            "citation_author", "article.author", "cxenseparse:author", "dcterms.creator", "og:article:author",
            "article:author_name");

    /** Meta names of the copyright notice, which names the owning company. */
    private static final List<String> COPYRIGHT_META = List.of("copyright", "dcterms.rightsholder", "dc.rights");

    /** Profile links in author meta tags. */
    private static final Pattern URL_LIKE = Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/", Pattern.CASE_INSENSITIVE);

    /** What separates the words of a publication's name: "Business.Insider.Deutschland". */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A full stop closing a name once a publication after it is cut: "Finian Roe." */
    private static final Pattern EDGE_DOT = Pattern.compile("[\\s.]+$");

    /** Several profile URLs in one author tag are separated by commas or spaces. */
    private static final Pattern PROFILE_SEPARATOR = Pattern.compile("[,\\s]+");

    /** What two addresses of one page may differ in: scheme, "www.", query and fragment. */
    private static final Pattern ADDRESS_NOISE = Pattern.compile("^(?:https?:)?//(?:www\\.)?|[?#].*$");

    /** A photo credit ("Foto: ...", "Bild: ...") sits where bylines do but names the photographer. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?iu)^(?:foto|fotos|bild|bilder|photo|photos|image|images|picture|crédit photo|credit)\\s*[:：]");

    /** A lead-in that credits the pictures ("Photos by"), not the text. */
    private static final Pattern PHOTO_LEAD = Pattern.compile("(?iu)^\\s*(?:photo|photos|photographed|images?|pictures?)\\b");

    /** Buttons and forms: "Follow", "Cancel" in an author box are controls, not names. */
    private static final Evaluator CONTROLS = QueryParser.parse("button, form, select, [role=button]");

    /** What may stand between two names after a lead: a comma or "and" in the languages read. */
    private static final Pattern NAME_JOINER = Pattern.compile(
            "(?iu)^\\s*(?:,|&|and|und|et|y|e|en|og|och|i|ve|и|و|、|，|،)?\\s*$");

    /** Elements looked at inside one byline for a lead-in: a byline is a few elements, not a page. */
    private static final int MAX_BYLINE_ELEMENTS = 30;

    /** Figures and their captions: a name there is a photo credit. */
    private static final Evaluator FIGURE = QueryParser.parse("figure, figcaption");

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    /**
     * Class or id words of a byline's parts that name the publication or agency, not the author
     * ("credit" is not one: some sites credit the author under that name).
     */
    private static final String[] AFFILIATION_NAMES = {"publication", "affiliation", "organization", "organisation"};

    /** The article before a publication's name, in the languages read: "The", "Le", "La", "Les", "Al-". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:(?:the|le|la|les|el)\\s+|l['’]|al-)");

    /** A byline is short: longer text is a paragraph or an author biography. */
    private static final int MAX_BYLINE_CHARS = 80;

    /**
     * Menus, sidebars and site chrome: their links to author pages list columnists, not this article's
     * author. Elements only: class words such as "menu" or "sidebar" also sit on the body of every page.
     */
    private static final Evaluator SITE_CHROME = QueryParser.parse(
            "nav, header:not(article header), footer, aside, [role=navigation]");

    /**
     * Sidebars and the page's own footer: a byline there belongs to a widget (recent comments,
     * popular posts) or credits the site's theme ("Theme: X by Y"), not to this article. The
     * article's own aside or footer is its own. Themes without {@code <footer>} name the page's
     * footer as WordPress themes do ({@code #colophon}, {@code .site-info}, {@code .site-footer},
     * {@code #footer}) or by its ARIA landmark ({@code role=contentinfo}).
     */
    private static final Evaluator BESIDE_ARTICLE = QueryParser.parse(
            "aside:not(article aside), footer:not(article footer), [role=complementary], [role=contentinfo],"
                    + " #colophon, .site-info, .site-footer, #footer");

    /**
     * The labels Yoast and Ghost give the author in their Twitter card ({@code twitter:label1} "Written
     * by", {@code twitter:data1} the name), as their translations write them.
     */
    private static final Pattern WRITTEN_BY_LABEL = Pattern.compile(
            "(?iu)^(?:written by|author|geschrieben von|verfasst von|autor|autorin|écrit par|auteur|escrito por|"
                    + "scritto da|autore|geschreven door|door|skrevet av|skriven av|forfatter|författare|yazar|автор)$");

    /** Visible bylines read for an agency's signature: the article's own comes first. */
    private static final int MAX_AGENCY_BYLINES = 3;

    /** The card labels looked at: Yoast writes two or three. */
    private static final int MAX_CARD_LABELS = 4;

    /** A link readers' content carries ({@code rel="nofollow ugc"}): the name beside it is a commenter's. */
    private static final Evaluator USER_CONTENT_LINK = QueryParser.parse("a[rel~=(?i)\\b" + PageScan.USER_CONTENT_REL + "\\b]");

    /** An author box's heading, in the languages themes are translated into: "About Jane Doe". */
    private static final Pattern ABOUT_PERSON = Pattern.compile(
            "(?iu)^\\s*(?:about|à propos de|a propos de|über|sobre|acerca de|informazioni su|over|om|hakkında)\\s+(.+?)[\\s:.]*$");

    /** Words that each begin with a capital (particles such as "de", "van", "von" allowed between). */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|di|van|von|der|den|del|la|le|du|bin|al)\\s+)?\\p{Lu}[\\p{L}'’.-]*)+$");

    /** First words of an "About ..." heading that name the site or the page, not a person: "About Our Team", "Über uns". */
    private static final Pattern NOT_A_PERSON_OPENING = Pattern.compile(
            "(?iu)our|my|the|this|us|me|nous|notre|nos|moi|uns|unser|unsere|mich|dieses|nosotros|nuestro|nuestra|nuestros|este|esta");

    /** The slug of an author's profile address, CMSs' path words first ("/author/jane-doe"), a trailing numeric id left out. */
    private static final Pattern PROFILE_SLUG = Pattern.compile(
            "/(?:author|authors|auteur|autor|autore|autoren|writer|writers|profile|profiles|people|staff|journalist|journalists|by)"
                    + "/([\\p{L}]+(?:[-_][\\p{L}]+)+?)(?:[-_]\\d+)?$");

    /**
     * A profile's last path segment longer than this is no name's slug (four words and an id), and is
     * not matched, nor are the folders before the last: {@link #PROFILE_SLUG} repeats a group, which
     * Java's matcher does by recursion, so a segment of 2,000 hyphenated letters overflowed the stack
     * and failed the whole extraction.
     */
    private static final int MAX_SLUG_CHARS = 120;

    /** What joins the words of a slug. */
    private static final Pattern SLUG_SEPARATOR = Pattern.compile("[-_]");

    /** Microdata name values. */
    private static final Evaluator ITEM_NAME = QueryParser.parse("[itemprop=name]");

    /** A line break, as {@link #firstLine} asks for one: the query parsed once. */
    private static final Evaluator LINE_BREAK = QueryParser.parse("br");

    /** A "By ..." line inside a link is a teaser of another article, not this one's byline. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private AuthorFinder() {
    }

    /**
     * The authors of a page, and the news agency named beside them.
     *
     * @param names  the authors: persons, or the organisation that signs when no person is named
     * @param agency the news agency a byline names beside a person ("Jane Doe, Reuters", "Jane Doe with
     *               AP", a JSON-LD list of a Person and "dpa"): the copy's source, not an author; null when none
     */
    record Found(List<String> names, String agency) {
    }

    /**
     * The authors of the page at {@code pageUrl} (null when unknown), in the trust order above, and
     * the agency named beside them.
     */
    static Found find(MetaTags meta, JsonLdFacts ld, PageScan scan, String siteName, String pageUrl) {
        List<String> agencies = new ArrayList<>();
        List<String> names = names(meta, ld, scan, siteName, pageUrl, agencies);
        String agency = null;
        if (!names.isEmpty()) {
            for (String a : agencies) {
                if (!keys(names).contains(TitleCleaner.key(a))) {
                    agency = a;
                    break;
                }
            }
        }
        return new Found(names, agency);
    }

    private static List<String> names(MetaTags meta, JsonLdFacts ld, PageScan scan, String siteName, String pageUrl,
                                      List<String> agencies) {
        List<String> fromMeta = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (String name : AUTHOR_META) {
            for (String v : meta.all(name)) {
                if (!URL_LIKE.matcher(v).find()) {
                    fromMeta.add(v);
                } else {
                    profiles.addAll(List.of(PROFILE_SEPARATOR.split(v)));
                }
            }
        }
        for (String a : ld.authors) {
            if (URL_LIKE.matcher(a).find()) {
                profiles.add(a.trim()); // "author": "https://site/author/jane/": a profile, as article:author gives
            }
        }
        List<String> ldAgencies = new ArrayList<>();
        List<String> metaAgencies = new ArrayList<>();
        List<String> names = AuthorNames.clean(ld.authors, ldAgencies);
        List<String> metaNames = AuthorNames.clean(fromMeta, metaAgencies);
        if (names.isEmpty() || (metaNames.size() > names.size() && keys(metaNames).containsAll(keys(names)))) {
            names = metaNames; // JSON-LD often credits only the first of the authors the meta tags list
            ldAgencies = metaAgencies;
        }
        List<Pattern> trailingPublishers = trailingNamePatterns(siteName, ld.publisherName);
        names = withoutTrailingPublication(names, trailingPublishers);
        List<String> authors = withoutOwner(withoutPublisher(names, siteName, ld.publisherName), meta.first(COPYRIGHT_META));
        authors = withoutContributors(authors, scan);
        if (!authors.isEmpty()) {
            agencies.addAll(ldAgencies);
            agencies.addAll(metaAgencies);
            return withBylineCoAuthors(authors, scan);
        }
        authors = withoutPublisher(namesOfProfiles(profiles, scan, pageUrl), siteName, ld.publisherName);
        if (!authors.isEmpty()) {
            return authors;
        }
        PageScan.Visible visible = scan.visible();
        List<String> shown = firstNamed(visible.bylines(), false, trailingPublishers, agencies);
        authors = withoutPublisher(shown, siteName, ld.publisherName);
        if (authors.isEmpty()) {
            authors = withoutPublisher(firstNamed(visible.writtenBylines(), true, trailingPublishers, agencies), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            List<Element> inPage = scan.authorPageLinks().stream().filter(a -> a.closest(SITE_CHROME) == null).toList();
            authors = withoutPublisher(firstNamed(inPage, false, trailingPublishers, agencies), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            List<Element> members = scan.memberProfileLinks().stream().filter(a -> a.closest(SITE_CHROME) == null).toList();
            authors = withoutPublisher(firstNamed(members, false, trailingPublishers, agencies), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = withoutPublisher(authorBoxHeading(scan.subheadings(), scan), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = withoutPublisher(cardAuthors(meta), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = withoutPublisher(namesOfProfileSlugs(profiles, pageUrl), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            List<Element> avatars = scan.headerAvatarNames().stream()
                    .filter(e -> e.closest(SITE_CHROME) == null && e.closest(FIGURE) == null && isPersonName(e.text()))
                    .toList();
            authors = withoutPublisher(firstNamed(avatars, false, trailingPublishers, agencies), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = accountHandles(ld, scan); // a forum's or blog platform's poster, named by the account alone
        }
        if (authors.isEmpty()) {
            authors = withoutPublisher(metaLineUnderHeadline(scan), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            List<String> raw = new ArrayList<>(ld.authors);
            raw.addAll(fromMeta);
            authors = signingOrganisation(names, raw);
            if (authors.isEmpty()) {
                authors = signingOrganisation(shown, List.of(siteName == null ? "" : siteName,
                        ld.publisherName == null ? "" : ld.publisherName));
            }
            if (authors.isEmpty()) {
                authors = organisationsStated(raw, ld.organisationAuthors, siteName, ld.publisherName);
            }
            if (authors.isEmpty()) {
                authors = agencySigning(visible, siteName, ld.publisherName);
            }
        }
        return authors;
    }

    /**
     * The stated authors, or the byline's longer list when it holds them all: Ghost's JSON-LD and
     * Twitter card name only a post's primary author, as Yoast's graph does under a co-authors
     * plugin, while the byline links each author's page in one line ("<a>Jane Doe</a>, <a>John
     * Roe</a>"). The byline's links are author links ({@code rel=author}, microdata, or a link to
     * an author's page), joined by commas or "and", in an element named as a byline ("byline",
     * "author-name", "entry-meta"); one of them names a stated author.
     */
    private static List<String> withBylineCoAuthors(List<String> stated, PageScan scan) {
        Set<String> statedKeys = keys(stated);
        List<Element> links = new ArrayList<>();
        for (Element e : scan.authorMarkup()) {
            if (e.normalName().equals("a")) {
                links.add(e);
            }
        }
        links.addAll(scan.authorPageLinks());
        if (links.size() < 2) {
            return stated;
        }
        Set<Element> authorLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        authorLinks.addAll(links);
        for (Element link : links) {
            Element line = link.parent();
            if (line == null || !statedKeys.contains(TitleCleaner.key(spacedText(link)))
                    || link.closest(SITE_CHROME) != null || link.closest(BESIDE_ARTICLE) != null
                    || !PageScan.inBylineLine(line)) {
                continue;
            }
            List<String> raw = new ArrayList<>();
            for (Node n : line.childNodes()) {
                if (n instanceof Element el && authorLinks.contains(el)) {
                    raw.add(spacedText(el));
                } else if (!(n instanceof TextNode between) || !NAME_JOINER.matcher(between.getWholeText()).matches()) {
                    if (!raw.isEmpty()) {
                        break;
                    }
                }
            }
            if (raw.size() <= stated.size()) {
                continue;
            }
            List<String> names = AuthorNames.clean(raw, new ArrayList<>());
            if (names.size() > stated.size() && keys(names).containsAll(statedKeys)) {
                return names;
            }
        }
        return stated;
    }

    /**
     * A byline's lead that credits another part of the work than the text: "Photography by",
     * "Styled by", "Illustration by", "Video by", "Hair and make-up by", as magazines set them
     * beside the writer's "By" (in the languages of {@link BylineLeads}' leads).
     */
    private static final Pattern CONTRIBUTOR_LEAD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:photo|photos|photographs?|photography|photographed|pictures?|images?|illustrations?|illustrated|"
                    + "artwork|art|styled|styling|stylist|video|videos|hair|make-?up|grooming|set design|prop styling|fotos?|"
                    + "fotografie|fotografía|fotografia|bilder?|illustration|ilustración|ilustração)"
                    + "\\s+(?:and\\s+\\S+\\s+)?(?:by|von|par|por|di|de|door|av)\\s*:?\\s*$");

    /** Of the text before a credited name's link, the last characters read for the credit's lead. */
    private static final int MAX_CREDIT_LEAD_CHARS = 40;

    /**
     * The stated authors without those the page credits only for another part of the work:
     * magazines' JSON-LD lists the photographer and the stylist among the authors, while the byline
     * shows "By <a>Jane Doe</a>", "Photography by <a>John Roe</a>", "Styled by <a>Ann Poe</a>". A
     * person is dropped when a link with the name follows such a lead; the writer, never led so, stays.
     */
    private static List<String> withoutContributors(List<String> names, PageScan scan) {
        if (names.size() < 2) {
            return names;
        }
        Set<String> wanted = keys(names);
        Set<String> contributors = new HashSet<>();
        for (Element a : scan.links()) {
            String text = a.text();
            if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS || !wanted.contains(TitleCleaner.key(text))) {
                continue;
            }
            String before = textBefore(a);
            if (!before.isEmpty() && CONTRIBUTOR_LEAD.matcher(before).find()) {
                contributors.add(TitleCleaner.key(text));
            }
        }
        if (contributors.isEmpty() || contributors.size() >= wanted.size()) {
            return names;
        }
        return names.stream().filter(n -> !contributors.contains(TitleCleaner.key(n))).toList();
    }

    /**
     * The text just before the element in its line: the text or element right before it, or, when it
     * opens its parent, what is right before the parent ("<span><span>Photography by </span><a>Name</a></span>").
     * Only its last characters.
     */
    private static String textBefore(Element e) {
        Node at = e;
        for (int up = 0; up < 2 && at != null; up++) {
            Node prev = at.previousSibling();
            while (prev instanceof TextNode t && t.isBlank()) {
                prev = prev.previousSibling();
            }
            String text = prev instanceof TextNode t ? t.getWholeText()
                    : prev instanceof Element el ? leadingText(el, MAX_CREDIT_LEAD_CHARS * 4) : null;
            if (text != null) {
                return text.length() > MAX_CREDIT_LEAD_CHARS ? text.substring(text.length() - MAX_CREDIT_LEAD_CHARS) : text;
            }
            at = at.parent();
        }
        return "";
    }

    /** Nodes read after the page's first h1 for the meta line under it. */
    private static final int MAX_HEADER_NODES = 300;

    /** A paragraph this long after the headline is the standfirst or the text. */
    private static final int MIN_TEXT_PARAGRAPH_CHARS = 150;

    /** Long paragraphs passed after the headline: the standfirst may precede the meta line; after the next, the header has ended. */
    private static final int MAX_HEADER_PARAGRAPHS = 1;

    /**
     * The writer a meta line under the headline names with no label, beside the date: "Margaret
     * Ellison · 3 March 2024", "Thomas Brenner | 12.03.2024" ({@link BylineLeads#nameBeforeDate}); on a
     * Catalan page also "Per Jordi Puig", whose "Per" is a Scandinavian first name elsewhere. Read
     * between the first h1 and the paragraph of text after the standfirst (at most
     * {@value #MAX_HEADER_NODES} nodes), outside links, when nothing else names the author.
     */
    private static List<String> metaLineUnderHeadline(PageScan scan) {
        Element h1 = null;
        for (Element h : scan.headlines()) {
            if (h.normalName().equals("h1")) {
                h1 = h;
                break;
            }
        }
        if (h1 == null) {
            return List.of();
        }
        Element html = scan.html();
        boolean catalan = html != null && html.attr("lang").toLowerCase(Locale.ROOT).startsWith("ca");
        int seen = 0;
        int paragraphs = 0;
        for (Node n = PageScan.nextOutside(h1); n != null && seen++ < MAX_HEADER_NODES; n = PageScan.next(n)) {
            if (!(n instanceof Element e) || e.normalName().equals("a")) {
                continue;
            }
            String text = boundedText(e, MIN_TEXT_PARAGRAPH_CHARS).trim();
            if (text.length() >= MIN_TEXT_PARAGRAPH_CHARS && e.normalName().equals("p") && ++paragraphs > MAX_HEADER_PARAGRAPHS) {
                break;
            }
            if (e.closest(LINK) != null) {
                continue;
            }
            String name = text.length() <= MAX_BYLINE_CHARS ? BylineLeads.nameBeforeDate(text) : null;
            if (name == null && e.childrenSize() >= 2) {
                name = nameBesideDateElement(e);
            }
            if (text.length() > MAX_BYLINE_CHARS && name == null) {
                continue;
            }
            if (name == null && catalan && text.startsWith(CATALAN_LEAD)) {
                String rest = text.substring(CATALAN_LEAD.length()).strip();
                String dated = BylineLeads.nameBeforeDate(rest);
                name = dated != null ? dated : isPersonName(rest) ? rest : null;
            }
            if (name != null && isPersonName(name) && !AuthorNames.namesDesk(name) // "Local News · 3 March 2024": a section
                    && e.closest(SITE_CHROME) == null && e.closest(FIGURE) == null) {
                List<String> names = AuthorNames.clean(List.of(name));
                if (names.size() == 1) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /**
     * The name of a meta line whose name and date are elements side by side with nothing written
     * between ("<span>Jane Doe</span><span>Dec 05, 2023</span>", the separator drawn by the style
     * sheet): the element's first two shown children, read as "name · date". Null otherwise.
     */
    private static String nameBesideDateElement(Element line) {
        Element name = shownElementFrom(line.firstElementChild());
        Element date = name == null ? null : shownElementFrom(name.nextElementSibling());
        if (date == null) {
            return null;
        }
        String nameText = boundedText(name, MAX_BYLINE_CHARS + 1).trim();
        String dateText = boundedText(date, MAX_DATE_ELEMENT_CHARS + 1).trim();
        if (nameText.isEmpty() || nameText.length() > MAX_BYLINE_CHARS || dateText.isEmpty() || dateText.length() > MAX_DATE_ELEMENT_CHARS) {
            return null;
        }
        for (Node n = name.nextSibling(); n != date; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null; // words between: the line is written, and read as such
            }
        }
        return BylineLeads.nameBeforeDate(nameText + " · " + dateText);
    }

    /** Nodes read inside one element of the header for its text: a meta line is a few elements. */
    private static final int MAX_LINE_NODES = 60;

    /**
     * {@link #leadingText}, reading at most {@value #MAX_LINE_NODES} nodes of the element: the
     * header's every element is asked, and a hostile page nests thousands of empty elements under one.
     * A longer element reads as "" or as its opening, which no meta line is.
     */
    private static String boundedText(Element e, int max) {
        return leadingText(e, max, MAX_LINE_NODES);
    }

    /** A date's element holds this much at most: a date, a time, a reading time. */
    private static final int MAX_DATE_ELEMENT_CHARS = 40;

    /** The element, or the first sibling after it, that is no style sheet or script. */
    private static Element shownElementFrom(Element e) {
        while (e != null && (e.normalName().equals("style") || e.normalName().equals("script"))) {
            e = e.nextElementSibling();
        }
        return e;
    }

    /** The Catalan byline's "by" ("Per Jordi Puig"), read only on a page declared Catalan. */
    private static final String CATALAN_LEAD = "Per ";

    /** schema.org types of a post to a platform, whose author is the account that posted it. */
    private static final List<String> POSTING_TYPES = List.of("socialmediaposting", "discussionforumposting");

    /**
     * The account that posted the page, named by its handle alone ("marsh_warden"), as the platform's
     * own markup gives it when no byline names a person: the author of a JSON-LD or microdata
     * {@code SocialMediaPosting} or {@code DiscussionForumPosting} (a blog platform's post, a forum
     * thread's first post; the replies are {@code Comment} items, left out by the scan), or the user
     * tag LiveJournal-like platforms set in the entry's author line ({@code lj:user}, {@code data-ljuser}),
     * or, in a style that names no such line, the first user tag outside the text and the site's chrome.
     * A user tag in the entry's text (a paragraph, a quotation, a list) mentions someone else.
     */
    private static List<String> accountHandles(JsonLdFacts ld, PageScan scan) {
        if (ld.articleType != null && POSTING_TYPES.contains(ld.articleType) && !ld.authors.isEmpty()) {
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
            Element item = authorItemOf(e);
            if (item != null && namesPostingType(item.attr("itemtype")) && e.closest(BESIDE_ARTICLE) == null) {
                String named = microdataNames(e);
                String h = AuthorNames.accountHandle(named.isEmpty() ? spacedText(e) : named);
                if (h != null) {
                    return List.of(h);
                }
            }
        }
        for (Element e : scan.visible().bylines()) {
            Element tag = userTag(e);
            if (tag != null && tag.parent() != null && PageScan.inBylineLine(tag.parent())
                    && tag.closest(SITE_CHROME) == null && tag.closest(BESIDE_ARTICLE) == null) {
                String h = AuthorNames.accountHandle(tag.hasAttr(LJ_USER) ? tag.attr(LJ_USER) : tag.attr(DATA_LJ_USER));
                if (h != null) {
                    return List.of(h);
                }
            }
        }
        for (Element a : scan.links()) { // a style that names no byline line: the first tag outside the text
            Element tag = a.parent();
            if (tag != null && (tag.hasAttr(LJ_USER) || tag.hasAttr(DATA_LJ_USER)) && !tag.hasClass(COMMUNITY_TAG)
                    && tag.closest(RUNNING_TEXT) == null && tag.closest(SITE_CHROME) == null && tag.closest(BESIDE_ARTICLE) == null) {
                String h = AuthorNames.accountHandle(tag.hasAttr(LJ_USER) ? tag.attr(LJ_USER) : tag.attr(DATA_LJ_USER));
                if (h != null) {
                    return List.of(h);
                }
            }
        }
        return List.of();
    }

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
        for (Element d : (Iterable<Element>) e.stream().limit(MAX_BYLINE_ELEMENTS)::iterator) {
            if (d.hasAttr(LJ_USER) || d.hasAttr(DATA_LJ_USER)) {
                return d;
            }
        }
        return null;
    }

    /** True when a microdata itemtype is a platform post's ({@link #POSTING_TYPES}). */
    private static boolean namesPostingType(String itemtype) {
        String t = itemtype.toLowerCase(Locale.ROOT);
        for (String type : POSTING_TYPES) {
            if (t.endsWith("/" + type) || t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person an author box names in its heading, "About Jane Doe" ("À propos de", "Über",
     * "Sobre" ...): the biography below it names its subject again ("Jane is a ..."), which tells the
     * box from a heading about a subject ("About Climate Change"). The name is two to four
     * capitalised words. A person the article's headline names is its subject, not its writer:
     * "About Marta Oliveira" under "Marta Oliveira steps down" is a fact box on her.
     */
    private static List<String> authorBoxHeading(List<Element> headings, PageScan scan) {
        List<String> headlines = null; // read once, when a heading first asks
        for (Element h : headings) {
            if (h.closest(FIGURE) != null) {
                continue;
            }
            String text = leadingText(h, MAX_BYLINE_CHARS + 1).trim();
            if (text.length() > MAX_BYLINE_CHARS) {
                continue;
            }
            Matcher m = ABOUT_PERSON.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            String[] words = WHITESPACE_RUN.split(name);
            if (words.length < 2 || words.length > 4 || !CAPITALISED_WORDS.matcher(name).matches()
                    || NOT_A_PERSON_OPENING.matcher(words[0]).matches()) {
                continue;
            }
            Element bio = h.nextElementSibling();
            String bioText = bio == null ? "" : leadingText(bio, MAX_BIO_CHARS_READ);
            if (!bioText.contains(words[0]) && !bioText.contains(words[words.length - 1])) {
                continue; // a heading about a subject, not a biography's
            }
            if (headlines == null) {
                headlines = firstHeadlines(scan);
            }
            if (headlineNames(headlines, name, words[words.length - 1])) {
                continue; // the person the article is about
            }
            List<String> names = AuthorNames.clean(List.of(name));
            if (names.size() == 1) {
                return names;
            }
        }
        return List.of();
    }

    /** True when the text is written as a person's name: two to four capitalised words. */
    private static boolean isPersonName(String text) {
        String t = WHITESPACE_RUN.matcher(text).replaceAll(" ").trim();
        int words = t.isEmpty() ? 0 : t.split(" ").length;
        return words >= 2 && words <= 4 && CAPITALISED_WORDS.matcher(t).matches();
    }

    /** The first h1s read for the person an article is about. */
    private static final int MAX_HEADLINES_NAMING_SUBJECT = 3;

    /** Of each of those h1s, the first characters read: a headline is shorter. */
    private static final int MAX_HEADLINE_CHARS_READ = 1_000;

    /** Of the biography under an author box's heading, the first characters read for the name it repeats. */
    private static final int MAX_BIO_CHARS_READ = 2_000;

    /**
     * True when one of the page's first h1s names the person among other words, whole or by the
     * last word (the surname, as headlines shorten a name) as a word of its own. An h1 that is the
     * name alone is a personal blog's name, its writer's; the document title is not asked, since a
     * blog's title ends with its name ("Post | Jane Doe").
     */
    private static boolean headlineNames(List<String> headlines, String name, String surname) {
        Pattern surnameWord = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])");
        for (String headline : headlines) {
            if (!headline.equals(name) && (headline.contains(name) || surnameWord.matcher(headline).find())) {
                return true;
            }
        }
        return false;
    }

    /** The texts of the page's first {@value #MAX_HEADLINES_NAMING_SUBJECT} h1s, each its first characters only. */
    private static List<String> firstHeadlines(PageScan scan) {
        List<String> texts = new ArrayList<>();
        for (Element h : scan.headlines()) {
            if (texts.size() >= MAX_HEADLINES_NAMING_SUBJECT) {
                break;
            }
            texts.add(leadingText(h, MAX_HEADLINE_CHARS_READ).trim());
        }
        return texts;
    }

    /**
     * The element's text, whitespace collapsed, up to about {@code max} characters: enough to read a
     * heading or the opening of a biography, without reading the rest of a page that a broken or
     * hostile one nests inside it (each of a hundred headings once read the whole page below it).
     */
    static String leadingText(Element e, int max) {
        return leadingText(e, max, Integer.MAX_VALUE);
    }

    /** {@link #leadingText(Element, int)}, reading at most {@code maxNodes} nodes of the element. */
    private static String leadingText(Element e, int max, int maxNodes) {
        StringBuilder out = new StringBuilder();
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > maxNodes) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(t.getWholeText(), 0, Math.min(t.getWholeText().length(), max - out.length() + 1));
                    if (out.length() >= max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return WHITESPACE_RUN.matcher(out).replaceAll(" ");
    }

    /**
     * The person an author box's heading names, "About Jane Doe" ("Sobre", "Über", "À propos de" ...),
     * when the byline candidate is that heading: two to four capitalised words that open with no
     * word of the site's own ("About Our Team", "Über uns"). Otherwise the text as it is.
     */
    private static String withoutAboutHeading(String text) {
        Matcher m = ABOUT_PERSON.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String name = m.group(1);
        String[] words = WHITESPACE_RUN.split(name);
        return words.length >= 2 && words.length <= 4 && CAPITALISED_WORDS.matcher(name).matches()
                && !NOT_A_PERSON_OPENING.matcher(words[0]).matches() ? name : text;
    }

    /**
     * The author the page's Twitter card names under a "Written by" label (Yoast, Ghost): the account
     * that posted, which may be an editor's, so trusted only when the page shows no byline. A
     * one-word account ("admin", "NewsDesk") names no person.
     */
    private static List<String> cardAuthors(MetaTags meta) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= MAX_CARD_LABELS; i++) {
            String label = meta.first("twitter:label" + i);
            String data = meta.first("twitter:data" + i);
            if (label != null && data != null && WRITTEN_BY_LABEL.matcher(label.trim()).matches()) {
                out.add(data);
            }
        }
        return AuthorNames.clean(out).stream().filter(n -> WHITESPACE_RUN.split(n).length > 1).toList();
    }

    /**
     * The names of the people whose profile pages the author meta tags give (OpenGraph's
     * {@code article:author} is a profile URL): the text of the page's own links to those pages.
     */
    private static List<String> namesOfProfiles(List<String> profiles, PageScan scan, String pageUrl) {
        String site = pageUrl == null ? "" : siteOf(comparableAddress(pageUrl));
        if (profiles.isEmpty() || site.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        Map<String, List<Element>> linksTo = null; // the page's links by address, indexed once: not once per profile
        for (String profile : profiles) {
            String wanted = comparableAddress(profile);
            if (wanted.isEmpty() || !siteOf(wanted).equals(site) || !asked.add(wanted)) {
                continue; // a social network's profile: the page's link to it says "Facebook", not a name
            }
            if (linksTo == null) {
                linksTo = new HashMap<>();
                for (Element a : scan.links()) {
                    linksTo.computeIfAbsent(comparableAddress(a.absUrl("href")), k -> new ArrayList<>()).add(a);
                }
            }
            for (Element a : linksTo.getOrDefault(wanted, List.of())) {
                List<String> named = AuthorNames.clean(List.of(spacedText(a)));
                if (named.size() == 1) {
                    names.add(named.get(0));
                    break;
                }
            }
        }
        return AuthorNames.clean(names);
    }

    /**
     * The names the profile addresses on the page's own site spell in their last path segment
     * ("/author/jane-doe/" gives "Jane Doe"), when nothing else names the author: the last resort,
     * since a slug loses accents and capitals. A slug of one word ("admin", "lestimes") names no one.
     */
    private static List<String> namesOfProfileSlugs(List<String> profiles, String pageUrl) {
        String site = pageUrl == null ? "" : siteOf(comparableAddress(pageUrl));
        if (profiles.isEmpty() || site.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String profile : profiles) {
            String wanted = comparableAddress(profile);
            int last = wanted.lastIndexOf('/');
            if (wanted.isEmpty() || wanted.length() - last - 1 > MAX_SLUG_CHARS || !siteOf(wanted).equals(site)) {
                continue;
            }
            // the slug is the last segment, after its folder's word: only those two are matched, not every folder
            Matcher m = PROFILE_SLUG.matcher(wanted.substring(Math.max(0, wanted.lastIndexOf('/', last - 1))));
            if (!m.find()) {
                continue;
            }
            String[] words = SLUG_SEPARATOR.split(m.group(1));
            if (words.length < 2 || words.length > 4) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (String w : words) {
                if (!w.chars().allMatch(Character::isLetter)) {
                    name.setLength(0);
                    break;
                }
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            if (!name.isEmpty()) {
                names.add(name.toString());
            }
        }
        return AuthorNames.clean(names);
    }

    /** An address without scheme, "www.", query, fragment and closing slash, lower case: how two links to one page compare. */
    private static String comparableAddress(String href) {
        String s = href.trim().toLowerCase(Locale.ROOT);
        s = ADDRESS_NOISE.matcher(s).replaceAll("");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.contains("/") ? s : "";
    }

    /** The last two labels of the address's host ("theguardian.com" of "theguardian.com/profile/x"). */
    private static String siteOf(String comparable) {
        int slash = comparable.indexOf('/');
        String host = slash < 0 ? comparable : comparable.substring(0, slash);
        int last = host.lastIndexOf('.');
        int before = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
        return host.substring(before + 1);
    }

    /**
     * The organisations the author statements name, when no person is named: what JSON-LD types as an
     * Organization, the publication itself, a news agency ("dpa", "AFP"), or a newsroom qualified by
     * a name ("Slate Staff"). Their names may be lower case or acronyms ("kicker", "mbl.is"), which
     * the person-name rules refuse; generic credits ("Redaktion", "Editorial team") stay refused.
     */
    private static List<String> organisationsStated(List<String> statements, List<String> typedOrganisations,
                                                    String... publications) {
        Set<String> typed = new HashSet<>();
        for (String t : typedOrganisations) {
            String name = AuthorNames.organisation(t);
            if (name != null) {
                typed.add(TitleCleaner.key(name));
            }
        }
        Set<String> own = new HashSet<>();
        for (String p : publications) {
            if (p != null && !p.isBlank()) {
                own.add(publicationKey(p));
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (String raw : statements) {
            String name = AuthorNames.organisation(raw);
            if (name != null && (typed.contains(TitleCleaner.key(name)) || own.contains(publicationKey(name))
                    || NewsAgencies.isAgency(name) || AuthorNames.isCollective(name))) {
                found.putIfAbsent(TitleCleaner.key(name), name);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The news agency a visible byline names alone ("By AFP", "Agencia EFE"), when no person is named:
     * wire copy the agency signs; or the publication itself ("By NASA" on the site named NASA), which
     * signs its own posts. Such names are often acronyms or lower case, which the person-name rules
     * refuse. Only the first bylines are read: later ones belong to teasers of other articles.
     */
    private static List<String> agencySigning(PageScan.Visible visible, String... publications) {
        Set<String> own = new HashSet<>();
        for (String p : publications) {
            if (p != null && !p.isBlank()) {
                own.add(publicationKey(p));
            }
        }
        int read = 0;
        for (List<Element> list : List.of(visible.bylines(), visible.writtenBylines())) {
            for (Element e : list) {
                if (e.closest(BESIDE_ARTICLE) != null || e.closest(FIGURE) != null) {
                    continue;
                }
                String t = spacedText(e);
                if (t.isEmpty() || t.length() > MAX_BYLINE_CHARS) {
                    continue;
                }
                String name = AuthorNames.organisation(t);
                if (name != null && (NewsAgencies.isAgency(name) || own.contains(publicationKey(name)))) {
                    return List.of(name); // "By AFP"; "By NASA" on NASA's site: the organisation signs its own post
                }
                if (++read >= MAX_AGENCY_BYLINES) {
                    break;
                }
            }
        }
        return List.of();
    }

    /**
     * The organisation that signs the article when no person is named (schema.org allows an
     * Organization as author; a broadcaster, an agency or a site signing its own posts): the names
     * given whole in the page's author statements, not the remains of a generic credit such as
     * "Evening Post staff reporter", which names a role, not an author.
     */
    private static List<String> signingOrganisation(List<String> names, List<String> statedWhole) {
        Set<String> whole = new HashSet<>();
        statedWhole.forEach(s -> whole.add(TitleCleaner.key(s)));
        return names.stream().filter(n -> whole.contains(TitleCleaner.key(n))).toList();
    }

    /**
     * Names from the first candidate that yields any (comment sections were left out by the scan).
     * The publication's name is taken out of the byline first: "Jane Doe USA TODAY" shows where she
     * works, and is not a longer name.
     */
    private static List<String> firstNamed(List<Element> candidates, boolean notInLinks, List<Pattern> trailingPublishers,
                                           List<String> agencies) {
        for (Element candidate : candidates) {
            Element e = candidate;
            String t = spacedText(e);
            Element labelled = AuthorNames.isLeadInOnly(t) ? labelledValue(e) : null;
            if (labelled == null && AuthorNames.isLeadInOnly(t) && e.parent() != null && !e.isBlock()
                    && AuthorNames.isLeadInOnly(leadingText(e.parent(), MAX_BYLINE_CHARS))) {
                labelled = labelledValue(e.parent()); // "<p><strong>Written by:</strong></p><p>Jane Doe</p>": the label's line is its block
            }
            if (labelled != null) {
                e = labelled; // "<div>Author</div><div>Jane Doe</div>": a label on its line, the value on the next
                t = spacedText(e);
            } else if (AuthorNames.isLeadInOnly(t) && e.parent() != null) {
                e = e.parent(); // "<span>By </span><a>Jane Doe</a>": the name is beside the lead-in
                t = spacedText(e);
            }
            boolean whole = true; // t is the element's whole text
            if (notInLinks && (t.length() > MAX_BYLINE_CHARS || (e == candidate && !PageScan.startsLikeByline(t)))) {
                t = bylineRun(e); // "<h1>Headline</h1> by Jane Doe, <small>date</small>": the byline begins at its lead
                whole = false;
            }
            String itemNames = microdataNames(e);
            if (!itemNames.isEmpty()) {
                t = itemNames; // itemprop=author holding one itemprop=name per person: each its own value
            }
            String led = namesAfterLead(e);
            if (!led.isEmpty()) {
                t = led; // "Written by <a>Jane Doe</a> in <a>Politics</a> on ...": the element after the lead
            } else if (itemNames.isEmpty()) {
                String dated = BylineLeads.namesAfterDate(t);
                if (dated != null) {
                    t = dated; // "Posted on October 2, 2023 by Jane Doe": the names after the date's lead
                } else if (whole && t.length() <= MAX_BYLINE_CHARS) {
                    String line = firstLine(e);
                    if (!line.isEmpty() && !AuthorNames.isLeadInOnly(line)) {
                        t = line; // "<strong>Jane Doe</strong><br>Maintainer": the next line says what she does
                    }
                }
            }
            t = withoutAboutHeading(t); // an author box's "Sobre Beatriz Santos" in an element named "author"
            if (AuthorNames.opensWithThemeCredit(t) || creditedByTheme(candidate)) {
                continue; // "Website by <a>Studio</a>", "Designed by <a rel=author>Studio</a>": the theme's maker
            }
            if (t.isEmpty() || t.length() > MAX_BYLINE_CHARS || (notInLinks && e.closest(LINK) != null)
                    || e.selectFirst(USER_CONTENT_LINK) != null
                    || e.closest(BESIDE_ARTICLE) != null
                    || PHOTO_CREDIT.matcher(t).lookingAt() || e.closest(FIGURE) != null || e.closest(CONTROLS) != null) {
                continue;
            }
            List<String> beside = new ArrayList<>();
            List<String> raw = new ArrayList<>(List.of(withoutTrailingNames(t, trailingPublishers)));
            raw.addAll(coAuthors(candidate, candidates));
            List<String> names = AuthorNames.clean(raw, beside);
            if (!names.isEmpty()) {
                agencies.addAll(beside);
                return names;
            }
        }
        return List.of();
    }

    /** True when the text just before the element credits a theme or the CMS: "Theme: X by <a>Maker</a>". */
    private static boolean creditedByTheme(Element e) {
        return e.previousSibling() instanceof TextNode before && AuthorNames.isThemeCredit(before.getWholeText());
    }

    /**
     * The element that holds the value of a label set on a line of its own: the block (or {@code dt})
     * whose text is only the label is followed, with nothing written between, by the element that
     * holds the name ("<div>Autorin</div><div>Jane Doe</div>", "<dt>Author</dt><dd>Jane Doe</dd>").
     * Null when the label or what follows it is inline (the name is then beside the label, in their
     * parent's line) or when nothing short follows.
     */
    private static Element labelledValue(Element label) {
        if (!label.isBlock() && !label.normalName().equals("dt")) {
            return null;
        }
        for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode tn) {
                if (!tn.isBlank()) {
                    return null;
                }
            } else if (n instanceof Element value) {
                if (!value.isBlock() && !value.normalName().equals("dd")) {
                    return null; // "<div>By</div><a>Jane Doe</a>": the name runs on in the label's line
                }
                String t = value.text();
                return t.isEmpty() || t.length() > MAX_BYLINE_CHARS ? null : value;
            }
        }
        return null;
    }

    /**
     * The text of the element before its first line break, when a break follows some text: a
     * byline's name on one line, the author's role or employer on the next. Empty when there is no
     * such break.
     */
    private static String firstLine(Element e) {
        return e.selectFirst(LINE_BREAK) == null ? "" : spacedText(e, true);
    }

    /**
     * The texts of the other author marks beside an author link or microdata author in one line
     * ("<a rel=author>Jane Doe</a> and <a rel=author>John Roe</a>"): each mark is one author,
     * so marks that share a parent are the byline's several authors. So are the microdata Person
     * items that are {@code itemprop=author} of one and the same item, wherever each sits in it (a
     * blog engine's author cards, one per column).
     */
    private static List<String> coAuthors(Element mark, List<Element> candidates) {
        if (!isAuthorMark(mark) || mark.parent() == null) {
            return List.of();
        }
        Element work = authorItemOf(mark);
        List<String> out = new ArrayList<>();
        for (Element other : candidates) {
            if (other != mark && isAuthorMark(other)
                    && (other.parent() == mark.parent() || (work != null && authorItemOf(other) == work))) {
                String named = microdataNames(other);
                String t = named.isEmpty() ? spacedText(other) : named;
                if (!t.isEmpty() && t.length() <= MAX_BYLINE_CHARS) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The item a microdata Person is the {@code itemprop=author} of (its nearest ancestor with
     * {@code itemscope}); null when the element is not such a Person item.
     */
    private static Element authorItemOf(Element e) {
        if (!e.hasAttr("itemscope") || !namesAuthorProperty(e.attr("itemprop"))) {
            return null;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return p;
            }
        }
        return null;
    }

    /** True when a microdata property value names the author, or schema.org's {@code creator}, its super-property. */
    private static boolean namesAuthorProperty(String itemprop) {
        return itemprop.contains("author") || itemprop.contains("creator");
    }

    /** A {@code rel=author} link or an {@code itemprop=author} (or {@code creator}) element. */
    private static boolean isAuthorMark(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String rel = e.attributes().get("rel");
        return (e.normalName().equals("a") && rel.toLowerCase(Locale.ROOT).contains("author"))
                || namesAuthorProperty(e.attributes().get("itemprop"));
    }

    /**
     * The names of a microdata author that holds several {@code itemprop=name} values
     * ("<span itemprop=name>Jane Doe</span><span itemprop=name>John Roe</span>"), which its text
     * would glue into one: each value is a name of its own; a single name given only in a {@code <meta itemprop=name>}
     * is read from its content. Empty otherwise.
     */
    private static String microdataNames(Element e) {
        if (e.attributesSize() == 0 || !namesAuthorProperty(e.attributes().get("itemprop"))) {
            return "";
        }
        List<String> values = new ArrayList<>();
        for (Element n : e.select(ITEM_NAME)) {
            values.add(n.normalName().equals("meta") ? n.attr("content").trim() : spacedText(n));
        }
        if (values.size() == 1 && !values.get(0).isEmpty() && spacedText(e).isEmpty()) {
            return values.get(0); // <meta itemprop="name" content="Jane Doe">: the name the page does not show
        }
        if (values.size() == 1 && !values.get(0).isEmpty() && e.hasAttr("itemscope") && ownItemName(e.selectFirst(ITEM_NAME), e)) {
            return values.get(0); // a Person item: its name property, not its description or job title beside it
        }
        return values.size() < 2 ? "" : String.join("; ", values);
    }

    /** True when the name is a property of the item itself, not of an item nested in it (its employer's name). */
    private static boolean ownItemName(Element name, Element item) {
        for (Element p = name.parent(); p != null && p != item; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The element's text with a space between the texts of its children: "<span>By</span>Jane Doe"
     * reads "By Jane Doe", where {@link Element#text()} glues inline elements into "ByJane Doe".
     * Parts named as the publication or affiliation are left out: they say where the author works; so
     * is a {@code <time>} inside the byline, the date beside the names ("Lena Hoffmann, Jonas Keller
     * <time>18. März 2024</time>"), which would glue to the last name. (The date finders read times
     * themselves: this is the author's text only.)
     */
    static String spacedText(Element e) {
        return spacedText(e, false);
    }

    /**
     * {@link #spacedText(Element)}, or with {@code toFirstBreak} only its text before the first
     * {@code <br>} that follows some text ({@link #firstLine}), "" when no such break comes.
     */
    private static String spacedText(Element e, boolean toFirstBreak) {
        StringBuilder out = new StringBuilder();
        boolean[] broken = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText()).append(' ');
                } else if (toFirstBreak && node instanceof Element el && el.normalName().equals("br") && !out.toString().isBlank()) {
                    broken[0] = true;
                    return FilterResult.STOP;
                } else if (node != e && node instanceof Element child
                        && (namesAffiliation(child) || isControl(child) || child.normalName().equals("time"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return !toFirstBreak || broken[0] ? WHITESPACE_RUN.matcher(out).replaceAll(" ").trim() : "";
    }

    /** Buttons and menus: their labels ("Folgen", "Follow") are controls, not names. */
    private static boolean isControl(Element e) {
        String tag = e.normalName();
        return tag.equals("button") || tag.equals("select") || tag.equals("script") || tag.equals("style");
    }

    /**
     * True when the part says where the author works or what the author does, not who: a class or id
     * naming the publication or affiliation, the microformats' organisation and job title of an
     * hCard ({@code org}, {@code title}, {@code p-org}, {@code p-job-title}), schema.org's
     * {@code jobTitle} and {@code affiliation}, or a part named as a role ("author-role").
     */
    private static boolean namesAffiliation(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String itemprop = e.attributes().get("itemprop");
        if (itemprop.equals("jobTitle") || itemprop.equals("affiliation") || itemprop.equals("worksFor")) {
            return true;
        }
        for (String c : e.classNames()) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (lc.equals("org") || lc.equals("p-org") || lc.equals("title") || lc.equals("p-job-title") || lc.equals("role")
                    || lc.endsWith("-role") || lc.endsWith("_role") || lc.contains("jobtitle") || lc.contains("job-title")) {
                return true;
            }
        }
        String names = (e.attr("class") + " " + e.attr("id")).toLowerCase(Locale.ROOT);
        for (String w : AFFILIATION_NAMES) {
            if (names.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names a byline sets in their own elements after a lead-in text: "By <span>Jane Doe</span>",
     * "Written by <a>Jane Doe</a> and <a>John Roe</a> in <a>Politics</a>". What follows the names
     * (a section, a date, an affiliation in its own block) is left out. Empty when the byline is not
     * written so.
     */
    static String namesAfterLead(Element byline) {
        for (Element holder : (Iterable<Element>) byline.stream().limit(MAX_BYLINE_ELEMENTS)::iterator) {
            for (Node child : holder.childNodes()) {
                boolean leadElement = child instanceof Element el && el.childrenSize() == 0 && !el.normalName().equals("a")
                        && BylineLeads.isLeadWord(el.text()); // "<div class=td-author-by>Di</div> <a>Name</a>"
                if (!leadElement && (!(child instanceof TextNode lead) || lead.isBlank()
                        || !(AuthorNames.isLeadInOnly(lead.getWholeText()) || closesWithLeadBeforeElement(lead))
                        || PHOTO_LEAD.matcher(lead.getWholeText()).lookingAt())) {
                    continue;
                }
                StringBuilder names = new StringBuilder();
                for (Node n = child.nextSibling(); n != null; n = n.nextSibling()) {
                    if (n instanceof Element el) {
                        if (el.isBlock() || el.normalName().equals("br") || el.normalName().equals("time")) {
                            break;
                        }
                        if (namesAffiliation(el)) {
                            continue; // "By <a class=fn>Jane Doe</a>, <span class=org>Daily</span>": where she works
                        }
                        if (!names.isEmpty() && names.charAt(names.length() - 1) != ' ') {
                            names.append(' ');
                        }
                        names.append(spacedText(el));
                    } else if (n instanceof TextNode between) {
                        if (!NAME_JOINER.matcher(between.getWholeText()).matches()) {
                            break;
                        }
                        if (!between.isBlank()) {
                            names.append(", ");
                        } else if (!names.isEmpty() && !names.toString().endsWith(", ")) {
                            names.append(' ');
                        }
                    }
                }
                return WHITESPACE_RUN.matcher(names).replaceAll(" ").trim();
            }
        }
        return "";
    }

    /** "Posted on June 3, 2024 by " followed by the name's element: the blog themes' byline. */
    private static boolean closesWithLeadBeforeElement(TextNode text) {
        return text.nextSibling() instanceof Element && BylineLeads.closesWithLead(text.getWholeText())
                && !AuthorNames.isThemeText(text.getWholeText()); // "Powered by <a>...</a>": the CMS, not a writer
    }

    /**
     * The written byline inside a longer block: the first child text that opens like a byline, with
     * the inline elements after it, up to the next block element or line break.
     */
    private static String bylineRun(Element holder) {
        for (Node child : holder.childNodes()) {
            if (child instanceof TextNode lead && PageScan.startsLikeByline(lead.getWholeText())) {
                StringBuilder run = new StringBuilder(lead.getWholeText());
                for (Node n = child.nextSibling(); n != null && run.length() <= MAX_BYLINE_CHARS; n = n.nextSibling()) {
                    if (n instanceof Element el && (el.isBlock() || el.normalName().equals("br"))) {
                        break;
                    }
                    String part = n instanceof TextNode tn ? tn.getWholeText() : n instanceof Element el ? spacedText(el) : "";
                    run.append(' ').append(part);
                }
                return WHITESPACE_RUN.matcher(run).replaceAll(" ").trim();
            }
        }
        return "";
    }

    /**
     * Patterns of a publication name ending a byline after a name of two words or more: "Jane Doe
     * USA TODAY" loses its affiliation, while a desk named after the site ("Team Ebony", "CBC Arts")
     * stays whole. Built once a page, for the candidates to come.
     */
    private static List<Pattern> trailingNamePatterns(String... names) {
        List<String> given = new ArrayList<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                given.add(n);
            }
        }
        Pattern[] compiled = new Pattern[given.size()];
        return new java.util.AbstractList<>() { // each compiled when first asked for: most pages never ask
            @Override
            public Pattern get(int i) {
                if (compiled[i] == null) {
                    compiled[i] = Pattern.compile("^(\\S+(?:\\s+\\S+)+?)[\\s,|–—-]+" + Pattern.quote(given.get(i).trim()) + "[\\s.]*$",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                }
                return compiled[i];
            }

            @Override
            public int size() {
                return compiled.length;
            }
        };
    }

    /**
     * The text without the first publication name (see {@link #trailingNamePatterns}) that ends it,
     * unless what is left ends in a lower-case word: "Pressestelle der Universität X" names an
     * office of the publication, and a name never ends in "der", "of" or "de".
     */
    private static String withoutTrailingNames(String text, List<Pattern> trailingPublishers) {
        for (Pattern p : trailingPublishers) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String kept = m.group(1);
                int last = kept.lastIndexOf(' ');
                return Character.isLowerCase(kept.codePointAt(last + 1)) ? text : kept;
            }
        }
        return text;
    }

    /**
     * The names without the owner the copyright notice gives ("Copyright (c) Example Media 2022"),
     * when a person is named too: publishing groups put their own name in the generic author tag and
     * the writer's in the article's.
     */
    private static List<String> withoutOwner(List<String> names, String copyright) {
        if (copyright == null || names.size() < 2) {
            return names;
        }
        String owner = TitleCleaner.key(copyright);
        List<String> out = new ArrayList<>(names);
        out.removeIf(a -> !TitleCleaner.key(a).isEmpty() && owner.contains(TitleCleaner.key(a)));
        return out.isEmpty() ? names : out;
    }

    private static Set<String> keys(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(TitleCleaner.key(n)));
        return out;
    }

    /** A publication's name compared without a leading article: "the Guardian" is "Guardian". */
    private static String publicationKey(String name) {
        return TitleCleaner.key(LEADING_ARTICLE.matcher(name.trim()).replaceFirst(""));
    }

    /**
     * The names without the publication itself, and, when someone else is named, without its desks
     * and its parent brand: "CNN Business" beside "Jill Doe" on CNN, "Business Insider" beside "Tanza
     * Roe" on Business Insider Deutschland say where the writer works. Alone, such a name is kept:
     * the desk signs the copy.
     */
    private static List<String> withoutPublisher(List<String> names, String... publishers) {
        List<String> out = new ArrayList<>(names);
        List<List<String>> brands = new ArrayList<>();
        for (String p : publishers) {
            if (p != null) {
                String key = publicationKey(p);
                out.removeIf(a -> publicationKey(a).equals(key));
                brands.add(words(p));
            }
        }
        if (out.size() > 1) {
            List<String> unrelated = out.stream()
                    .filter(a -> brands.stream().noneMatch(b -> oneOpensTheOther(words(a), b))).toList();
            if (!unrelated.isEmpty() && unrelated.size() < out.size()) {
                return new ArrayList<>(unrelated);
            }
        }
        return out;
    }

    /** The lower-case words of a name, without a leading article: "The Example Post" gives [example, post]. */
    private static List<String> words(String name) {
        String bare = LEADING_ARTICLE.matcher(name.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(List.of(NON_WORD.split(bare)));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** True when one word list is the other followed by more words: a publication's desk, or its parent brand. */
    private static boolean oneOpensTheOther(List<String> a, List<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.size() != b.size()
                && (a.size() < b.size() ? b.subList(0, a.size()).equals(a) : a.subList(0, b.size()).equals(b));
    }

    /**
     * The stated names without a publication the page names closing them: "Finian Roe. Example
     * International" on Example International is the writer and where he writes.
     */
    private static List<String> withoutTrailingPublication(List<String> names, List<Pattern> trailingPublishers) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String kept = withoutTrailingNames(n, trailingPublishers);
            out.add(kept == n ? n : EDGE_DOT.matcher(kept).replaceAll(""));
        }
        return out;
    }
}
