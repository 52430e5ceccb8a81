package dev.newsdrop.extract.meta;

import dev.newsdrop.extract.budget.Deadline;
import dev.newsdrop.extract.meta.authors.AuthorFinder;
import dev.newsdrop.extract.meta.dates.DateLanguage;
import dev.newsdrop.extract.meta.dates.PublishedDateFinder;
import dev.newsdrop.extract.meta.title.TitleFinder;
import dev.newsdrop.model.LeadImage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads a page's metadata from the parsed document, before any cleaning, in trust order per field:
 * JSON-LD, then OpenGraph and other meta tags, then microdata and visible markup, then the URL. One
 * walk gathers what every field needs ({@link PageScan}); the headline, the authors and the dates
 * have finders of their own. A {@link Deadline} is checked after the scan and after each finder, so a
 * page whose metadata alone spends the extraction's budget stops there, naming the finder.
 */
public final class MetadataReader {

    /** og:type values that mean the page is a single item, not a site front. */
    private static final Set<String> ARTICLE_OG_TYPES = Set.of("article", "news", "blog", "newsarticle", "story");

    /** Tags longer than this are sentences, not keywords. */
    private static final int MAX_TAG_CHARS = 80;

    /**
     * Figures searched for the lead image's caption, and elements read in each: the lead image is
     * among a page's first hundred figures, and a figure is a picture and its caption. Each figure's
     * whole subtree was read, so 8,000 nested figures took 1.5 s of CPU and 32,000 about 6 s.
     */
    private static final int MAX_FIGURES_READ = 100;
    private static final int MAX_FIGURE_ELEMENTS = 200;

    /** An address's query or fragment, dropped to compare image file names. */
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    /** The size WordPress appends to resized images ("photo-800x600.jpg"). */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(?=\\.)");

    /** Tags in one keywords string are separated by Latin or Arabic commas. */
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,،]");

    private MetadataReader() {
    }

    /** The page's metadata, however long it takes: for callers that bound the page themselves. */
    public static PageMetadata read(Document doc, String url) {
        return read(doc, url, null, Deadline.none());
    }

    /**
     * The page's metadata; throws {@link Deadline.Exceeded} when {@code deadline} passes, naming the
     * step that was running. The walk over the document hands {@code rider} (when not null) every
     * node it leaves in the document, in document order with heads before and tails after
     * descendants: another stage's measuring of the page, taken in the same pass.
     */
    public static PageMetadata read(Document doc, String url, NodeVisitor rider, Deadline deadline) {
        return read(doc, url, rider, null, deadline);
    }

    /**
     * {@link #read(Document, String, NodeVisitor, Deadline)}, with {@code parted} (when not null) handed the containers
     * the walk found a double break in ({@link PageScan#partedContainers}), when there are any, before anything reads
     * the walk's findings: it returns true when it changed the document (its runs wrapped as paragraphs), and the walk
     * then reads the document again, handing {@code rider} its nodes again.
     */
    public static PageMetadata read(Document doc, String url, NodeVisitor rider, Predicate<List<Element>> parted,
            Deadline deadline) {
        PageScan scan = PageScan.of(doc, rider);
        if (parted != null && !scan.partedContainers().isEmpty() && parted.test(scan.partedContainers())) {
            scan = PageScan.of(doc, rider);
        }
        deadline.check("scanning the page");
        MetaTags meta = new MetaTags(scan.metas());
        String canonical = canonical(doc, scan, meta);
        JsonLdFacts ld = JsonLdFacts.of(scan.jsonLd(), Arrays.asList(url, canonical, meta.first("og:url"), doc.location()));
        deadline.check("reading the JSON-LD");

        String address = firstNonBlank(url, canonical, doc.location());
        String section = firstNonBlank(meta.first("article:section", "section", "parsely-section",
                "article.section", "cxenseparse:section"), ld.section);
        TitleFinder.Found titles = TitleFinder.find(meta, ld, scan, address, section);
        deadline.check("finding the headline");
        AuthorFinder.Found authors = AuthorFinder.find(meta, ld, scan, titles.siteName(), address);
        deadline.check("finding the authors");
        Element html = scan.html();
        String[] languageDeclarations = {scan.headlineLanguage(), html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.first("content-language", "language", "dc.language"), meta.first("og:locale"), ld.language};
        String declaredLanguage = firstNonBlank(languageDeclarations);
        // numeric order and month names by the stated locale, or by the language the paragraphs are written in instead:
        // the paragraphs sampled only when a date's reading asks for its language
        PageScan scanned = scan;
        DateLanguage dateLanguage = DateLanguage.deferred(
                () -> DateLanguage.of(ProseLanguage.contradicting(declaredLanguage, scanned.paragraphs(), languageDeclarations)));
        String published = PublishedDateFinder.published(meta, ld, scan, doc, address, dateLanguage); // a canonical path's date when no URL is given
        String modified = PublishedDateFinder.modified(meta, ld, scan, dateLanguage);
        deadline.check("finding the dates");
        String dir = html == null ? null : html.attr("dir");
        if ((dir == null || dir.isBlank()) && doc.body() != null) {
            dir = doc.body().attr("dir");
        }

        String description = firstNonBlank(meta.first("og:description", "description", "twitter:description",
                "dc.description"), ld.description);

        String imageUrl = firstNonBlank(meta.first("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src"), ld.image, attrOf(scan.imageLink(), "href"));
        LeadImage leadImage = imageUrl == null ? null
                : new LeadImage(absolute(doc, imageUrl), firstNonBlank(captionFor(scan.figures(), imageUrl), ld.imageCaption));

        Set<String> tags = new LinkedHashSet<>();
        meta.all("article:tag").forEach(t -> addTags(tags, t));
        tags.addAll(ld.keywords);
        meta.all("news_keywords").forEach(t -> addTags(tags, t));
        for (Element a : scan.tagLinks()) {
            addTags(tags, a.text());
        }

        String ogType = meta.first("og:type");
        boolean articleSignals = (ogType != null && ARTICLE_OG_TYPES.contains(ogType.toLowerCase(Locale.ROOT)))
                || (ld.articleType != null && !ld.articleType.endsWith("page"))
                || meta.first("article:published_time") != null;
        boolean listingSignals = ld.listing && !articleSignals;

        String siteName = SiteName.readable(titles.siteName(), Arrays.asList(ld.publisherName, ld.websiteName,
                meta.first("application-name"), meta.first("apple-mobile-web-app-title")), scan.title() == null ? null : scan.title().text(), address);
        return new PageMetadata(titles.title(), titles.heading(), siteName, authors.names(), published, modified,
                declaredLanguage, dir, description, canonical, leadImage, section, List.copyOf(tags),
                articleSignals, listingSignals, scan.passwordField(), ld.articleBody, authors.agency(),
                partnerCredit(doc, ld, siteName, address), paidPartAbsent(doc, ld.paidParts));
    }

    /**
     * The partner outlet a portal credits for the copy it carries: the one its label names ("Provided by X"), else the one
     * its JSON-LD says the article is based on ({@link PartnerCredit#basedOn}).
     */
    private static String partnerCredit(Document doc, JsonLdFacts ld, String siteName, String address) {
        String labelled = PartnerCredit.find(doc, siteName, address);
        return labelled != null ? labelled : PartnerCredit.basedOn(ld, siteName, address);
    }

    /**
     * A paid part's element holding this many characters of text is on the page: the subscribers' text delivered
     * (perhaps hidden until paid for), not only its lead.
     */
    static final int MIN_PAID_PART_CHARS = 200;

    /**
     * Elements a paid part's selector may match: a part is a section or a few. Each is measured by its text, so
     * a selector matching a deep nest of elements would measure the nest's text once for each of them.
     */
    static final int MAX_PAID_ELEMENTS_READ = 20;

    /**
     * {@code e.text().length() >= min}, without building the text where its raw text nodes already hold {@code min}
     * characters that the text keeps: each character above the space but the no-break space and the two invisible
     * ones jsoup's text drops (the soft hyphen, the zero-width space) stands for a character of the text, so counting
     * them gives a length the text reaches at least. A paid part is most often the article's whole body, and its text
     * was built only to be measured against a few lines' worth. Only when the count falls short is the text built.
     */
    static boolean textReaches(Element e, int min) {
        int kept = 0;
        for (Node n = e; n != null; n = TreeWalk.next(n, e)) {
            if (n instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c > ' ' && c != '\u00A0' && c != '\u00AD' && c != '\u200B' && ++kept >= min) {
                        return true;
                    }
                }
            }
        }
        return e.text().length() >= min;
    }

    /**
     * True when the JSON-LD names the article's paid parts by their selectors ({@link JsonLdFacts#paidParts}) and
     * none of them is on the page with text: the page carries the free lead alone, a teaser behind the wall. Only
     * pages declaring such parts are searched.
     */
    static boolean paidPartAbsent(Document doc, List<String> selectors) {
        if (selectors.isEmpty()) {
            return false;
        }
        for (String css : selectors) {
            try {
                int read = 0;
                // the matches in the page's order, found as they are read: the search stops at the first part with text
                Iterable<Element> matches = doc.selectStream(css)::iterator;
                for (Element e : matches) {
                    if (++read > MAX_PAID_ELEMENTS_READ) {
                        return false; // a selector matching a nest of many elements names no part: nothing is known of it
                    }
                    if (textReaches(e, MIN_PAID_PART_CHARS)) {
                        return false;
                    }
                }
            } catch (RuntimeException unreadable) { // a selector jsoup cannot parse: nothing is known of the part
                return false;
            }
        }
        return true;
    }

    /** The caption of the figure showing the lead image, matched on the image's file name. */
    private static String captionFor(List<Element> figures, String imageUrl) {
        String file = QUERY_OR_FRAGMENT.matcher(imageUrl).replaceAll("");
        file = SIZE_SUFFIX.matcher(file.substring(file.lastIndexOf('/') + 1)).replaceAll("");
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        if (stem.length() < 4) {
            return null;
        }
        for (Element fig : figures.subList(0, Math.min(figures.size(), MAX_FIGURES_READ))) {
            List<Element> inside = new ArrayList<>(); // the figure and the elements under it, in the page's order, stepped to
            Element cap = null; // the first caption among them
            for (Node n = fig; n != null && inside.size() < MAX_FIGURE_ELEMENTS; n = TreeWalk.next(n, fig)) {
                if (n instanceof Element e) {
                    inside.add(e);
                    cap = cap == null && e.normalName().equals("figcaption") ? e : cap;
                }
            }
            if (cap == null) {
                continue;
            }
            for (Element img : inside) {
                if (img.normalName().equals("img")
                        && (img.attr("src") + " " + img.attr("data-src") + " " + img.attr("srcset")).contains(stem)) {
                    String t = cap.text().trim();
                    return t.isEmpty() ? null : t;
                }
            }
        }
        return null;
    }

    private static void addTags(Set<String> tags, String raw) {
        if (raw == null) {
            return;
        }
        for (String t : TAG_SEPARATOR.split(raw)) {
            String s = t.trim();
            if (!s.isEmpty() && s.length() <= MAX_TAG_CHARS) {
                tags.add(s);
            }
        }
    }

    private static String attrOf(Element e, String attr) {
        return e == null ? null : e.attr(attr);
    }

    /**
     * The page's canonical URL as {@link #read} reports it (its canonical link, else {@code og:url},
     * made absolute), or null: one pass over the document, for naming a record before it is made.
     */
    public static String canonicalUrl(Document doc) {
        PageScan scan = PageScan.of(doc);
        return canonical(doc, scan, new MetaTags(scan.metas()));
    }

    private static String canonical(Document doc, PageScan scan, MetaTags meta) {
        return absolute(doc, firstNonBlank(attrOf(scan.canonicalLink(), "href"), meta.first("og:url")));
    }

    /** The address resolved against the page's, when it is an http(s) URL: the only kind a record keeps. */
    private static String absolute(Document doc, String href) {
        return WebAddress.resolve(href, doc.location());
    }

    public static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
