package dev.newsdrop.extract.meta;

import dev.newsdrop.model.LeadImage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a page's metadata from the parsed document, before any cleaning, in trust order per field:
 * JSON-LD, then OpenGraph and other meta tags, then microdata and visible markup, then the URL.
 */
public final class MetadataReader {

    /** Meta names that carry the publication time, most specific first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "datepublished", "article.published",
            "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date",
            "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime", "article:published",
            "og:published_time", "originalpublicationdate", "displaydate", "dc.date.created", "release_date");

    /** Meta names that carry the last-update time. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "article.updated", "dcterms.modified",
            "last-modified", "lastmod", "article:modified");

    /** Meta names that carry author names (some sites put profile URLs there; those are refused). */
    private static final List<String> AUTHOR_META = List.of(
            "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
            "citation_author", "article.author", "cxenseparse:author", "dcterms.creator");

    /** Meta names that carry the site's name. */
    private static final List<String> SITE_META = List.of("og:site_name", "application-name", "al:android:app_name",
            "al:iphone:app_name", "twitter:app:name:iphone", "cxenseparse:sitename", "publisher");

    /** Headlines shorter than this are labels ("News"), longer ones are paragraphs. */
    private static final int MIN_HEADLINE_CHARS = 6;
    private static final int MAX_HEADLINE_CHARS = 300;

    /** A headline without spaces (Chinese, Japanese) needs this many characters; a spaced one needs two words. */
    private static final int MIN_UNSPACED_HEADLINE_CHARS = 8;

    /** Keys under which app-state JSON in scripts stores the publication time. */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "\"(?:datePublished|publishDate|published_at|publishedAt|date_published|pubDate|firstPublishDate|publish_date|"
                    + "displayDate|createdAt|dateCreated|pub_date)\"\\s*:\\s*\"([^\"]{8,40})\"");

    /** Script text searched for dates: app state puts article data early; megabyte bundles are skipped past. */
    private static final int MAX_SCRIPT_CHARS_SEARCHED = 200_000;

    /** Elements scanned for a written date when nothing else dates the page. */
    private static final int MAX_ELEMENTS_FOR_WRITTEN_DATE = 3000;

    /** A written date has at least this many characters ("5/3/24" is too ambiguous to trust). */
    private static final int MIN_DATE_CHARS = 8;

    /** Where a site's own name sits: a heading there is a logo, not the article's headline. */
    private static final Evaluator SITE_FRAME = QueryParser.parse(
            "header:not(article header), nav, footer, [class*=logo], [class*=brand], [class*=site-title], [id*=logo]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");

    /** Pop-ups and banners laid over the page: their headings ask for money or e-mail addresses. */
    private static final Evaluator OVERLAY = QueryParser.parse(
            "[class*=modal], [class*=popup], [role=dialog], [class*=newsletter], [class*=donat], [class*=subscribe], [class*=paywall]");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator COMMENTS_OR_FOOTER = QueryParser.parse("[class*=comment], [id*=comment], footer");

    /** Visible text longer than this is a paragraph, not a byline or dateline. */
    private static final int MAX_LINE_CHARS = 160;

    /** og:type values that mean the page is a single item, not a site front. */
    private static final Set<String> ARTICLE_OG_TYPES = Set.of("article", "news", "blog", "newsarticle", "story");

    private static final Pattern URL_LIKE = Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/", Pattern.CASE_INSENSITIVE);

    private MetadataReader() {
    }

    public static PageMetadata read(Document doc, String url) {
        PageScan scan = PageScan.of(doc);
        Map<String, List<String>> meta = metaTags(scan.metas);
        JsonLdFacts ld = JsonLdFacts.of(scan.jsonLd);

        String h1 = visibleHeadline(scan.headlines, firstNonBlank(first(meta, List.of("og:title", "twitter:title")),
                ld.headline, scan.title == null ? null : scan.title.text()));
        String siteName = firstNonBlank(first(meta, SITE_META.subList(0, 1)), ld.publisherName, ld.websiteName,
                first(meta, SITE_META.subList(1, SITE_META.size())));
        String rawTitle = firstNonBlank(first(meta, List.of("og:title", "twitter:title", "dc.title", "title")), ld.headline,
                scan.title == null ? null : scan.title.text(), h1);
        String documentTitle = scan.title == null ? null : scan.title.text();
        TitleCleaner.Cleaned cleaned = TitleCleaner.clean(rawTitle, siteName, h1);
        if (siteName == null && documentTitle != null && !documentTitle.isBlank()) {
            TitleCleaner.Cleaned fromDocTitle = TitleCleaner.clean(documentTitle, null, h1);
            siteName = fromDocTitle.siteName() != null ? fromDocTitle.siteName() : cleaned.siteName();
            if (siteName != null) {
                cleaned = TitleCleaner.clean(rawTitle, siteName, h1);
            }
        }
        String title = cleaned.title();
        if (h1 != null && (siteName == null || !TitleCleaner.key(h1).equals(TitleCleaner.key(siteName)))) {
            title = h1;
        }

        List<String> authorCandidates = new ArrayList<>(ld.authors);
        if (AuthorNames.clean(authorCandidates).isEmpty()) {
            authorCandidates.clear();
            for (String name : AUTHOR_META) {
                for (String v : meta.getOrDefault(name, List.of())) {
                    if (!URL_LIKE.matcher(v).find()) {
                        authorCandidates.add(v);
                    }
                }
            }
        }
        List<String> authors = withoutPublisher(AuthorNames.clean(authorCandidates), siteName, ld.publisherName);
        if (authors.isEmpty()) {
            scan.scanVisible(doc);
            authors = withoutPublisher(visibleBylines(scan.bylines), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = withoutPublisher(writtenBylines(scan.writtenBylines), siteName, ld.publisherName);
        }

        String published = firstParsed(ld.published, first(meta, PUBLISHED_META));
        if (published == null) {
            published = DateParser.fromUrl(url); // a dated path outranks a stray time element or dateline
        }
        if (published == null) {
            published = firstParsed(microdataDate(scan.datePublishedProp), timeElementDate(scan));
        }
        if (published == null) {
            scan.scanVisible(doc);
            published = visibleDate(scan.datelines);
        }
        if (published == null) {
            published = scriptDate(scan.scripts);
        }
        if (published == null) {
            published = firstWrittenDate(doc);
        }
        String modified = firstParsed(ld.modified, first(meta, MODIFIED_META), microdataDate(scan.dateModifiedProp));

        Element html = scan.html;
        String declaredLanguage = firstNonBlank(html == null ? null : html.attr("lang"),
                html == null ? null : html.attr("xml:lang"), first(meta, List.of("content-language", "language", "dc.language")),
                first(meta, List.of("og:locale")), ld.language);
        String dir = html == null ? null : html.attr("dir");
        if ((dir == null || dir.isBlank()) && doc.body() != null) {
            dir = doc.body().attr("dir");
        }

        String description = firstNonBlank(first(meta, List.of("og:description", "description", "twitter:description",
                "dc.description")), ld.description);
        String canonical = absolute(doc, firstNonBlank(attrOf(scan.canonicalLink, "href"),
                first(meta, List.of("og:url"))));

        String imageUrl = firstNonBlank(first(meta, List.of("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src")), ld.image, attrOf(scan.imageLink, "href"));
        LeadImage leadImage = imageUrl == null ? null
                : new LeadImage(absolute(doc, imageUrl), firstNonBlank(captionFor(scan.figures, imageUrl), ld.imageCaption));

        String section = firstNonBlank(first(meta, List.of("article:section", "section", "parsely-section",
                "article.section", "cxenseparse:section")), ld.section);

        Set<String> tags = new LinkedHashSet<>();
        meta.getOrDefault("article:tag", List.of()).forEach(t -> addTags(tags, t));
        tags.addAll(ld.keywords);
        meta.getOrDefault("news_keywords", List.of()).forEach(t -> addTags(tags, t));
        for (Element a : scan.tagLinks) {
            addTags(tags, a.text());
        }

        String ogType = first(meta, List.of("og:type"));
        boolean articleSignals = (ogType != null && ARTICLE_OG_TYPES.contains(ogType.toLowerCase(Locale.ROOT)))
                || (ld.articleType != null && !ld.articleType.endsWith("page"))
                || first(meta, List.of("article:published_time")) != null;
        boolean listingSignals = ld.listing && !articleSignals;

        return new PageMetadata(title, h1, siteName == null ? null : siteName.trim(), authors, published, modified,
                declaredLanguage, dir, description, canonical, leadImage, section, List.copyOf(tags),
                articleSignals, listingSignals, scan.passwordField, ld.articleBody);
    }

    /** All meta tags by lower-cased name, property, itemprop or http-equiv, values in page order. */
    private static Map<String, List<String>> metaTags(List<Element> metas) {
        Map<String, List<String>> out = new HashMap<>();
        for (Element m : metas) {
            String content = m.hasAttr("content") ? m.attr("content").trim() : m.attr("value").trim();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[]{"name", "property", "itemprop", "http-equiv"}) {
                String k = m.attr(key).trim().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    out.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                }
            }
        }
        return out;
    }

    private static String first(Map<String, List<String>> meta, List<String> names) {
        for (String n : names) {
            List<String> v = meta.get(n);
            if (v != null) {
                for (String s : v) {
                    if (!s.isBlank()) {
                        return s.trim();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The page's visible headline: the first h1 (or microdata headline) that is not a logo or a
     * section label. Sites write their SEO title in og:title and the reader's headline in the h1.
     */
    private static String visibleHeadline(List<Element> headlines, String metaTitle) {
        String first = null;
        for (Element h : headlines) {
            if ((h.closest(SITE_FRAME) != null && h.closest(ARTICLE) == null) || h.closest(OVERLAY) != null) {
                continue;
            }
            String t = h.text().replaceAll("[\\s\\u00A0]+", " ").trim();
            if (t.length() < MIN_HEADLINE_CHARS || t.length() > MAX_HEADLINE_CHARS) {
                continue;
            }
            boolean spaced = t.indexOf(' ') > 0;
            if (!spaced && t.length() < MIN_UNSPACED_HEADLINE_CHARS) {
                continue;
            }
            if (metaTitle == null || sharesWords(t, metaTitle)) {
                return t;
            }
            if (first == null) {
                first = t; // kept in case no heading shares a word with the meta title
            }
        }
        return first;
    }

    /** True when two titles share a word of four letters or more: they are about the same story. */
    private static boolean sharesWords(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                words.add(w);
            }
        }
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && words.contains(w)) {
                return true;
            }
        }
        return words.isEmpty();
    }

    /** Names from the page's byline elements (comment sections were left out by the scan). */
    private static List<String> visibleBylines(List<Element> bylines) {
        for (Element e : bylines) {
            String t = e.text().trim();
            if (!t.isEmpty() && t.length() <= MAX_LINE_CHARS / 2) {
                List<String> names = AuthorNames.clean(List.of(t));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** Names without the publication itself, which sites often give as the author of unsigned pieces. */
    private static List<String> withoutPublisher(List<String> names, String... publishers) {
        List<String> out = new ArrayList<>(names);
        for (String p : publishers) {
            if (p != null) {
                String key = TitleCleaner.key(p);
                out.removeIf(a -> TitleCleaner.key(a).equals(key));
            }
        }
        return out;
    }

    /** A short line of text that starts with "By " and a capital: a byline without any marking class. */
    private static List<String> writtenBylines(List<Element> candidates) {
        for (Element e : candidates) {
            String t = e.text().trim();
            if (t.length() <= MAX_LINE_CHARS / 2 && e.closest(LINK) == null) {
                List<String> names = AuthorNames.clean(List.of(t));
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    private static String microdataDate(Element e) {
        if (e == null) {
            return null;
        }
        return firstNonBlank(e.attr("datetime"), e.attr("content"), e.text());
    }

    private static String timeElementDate(PageScan scan) {
        Element t = scan.articleTimeElement != null ? scan.articleTimeElement : scan.timeElement;
        return t == null ? null : t.attr("datetime");
    }

    private static String visibleDate(List<Element> datelines) {
        for (Element e : datelines) {
            String t = e.text();
            if (t.length() > MAX_LINE_CHARS) {
                continue;
            }
            String d = DateParser.parseText(t);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A publication date in a script's JSON state (Next.js and similar apps keep it there, not in markup). */
    private static String scriptDate(List<Element> scripts) {
        for (Element script : scripts) {
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS_SEARCHED) {
                data = data.substring(0, MAX_SCRIPT_CHARS_SEARCHED);
            }
            java.util.regex.Matcher m = SCRIPT_DATE.matcher(data);
            if (m.find()) {
                String d = DateParser.parse(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first short text on the page that is a date: the last resort before the URL. */
    private static String firstWrittenDate(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (seen++ >= MAX_ELEMENTS_FOR_WRITTEN_DATE) {
                break;
            }
            if (!e.hasText() || e.closest(COMMENTS_OR_FOOTER) != null) {
                continue;
            }
            String own = e.ownText();
            if (own.length() >= MIN_DATE_CHARS && own.length() <= MAX_LINE_CHARS / 2 && hasDigit(own)) {
                String d = DateParser.parseText(own);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String firstParsed(String... raws) {
        for (String r : raws) {
            String d = DateParser.parse(r);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The caption of the figure showing the lead image, matched on the image's file name. */
    private static String captionFor(List<Element> figures, String imageUrl) {
        String file = imageUrl.replaceAll("[?#].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1).replaceAll("-\\d+x\\d+(?=\\.)", "");
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        if (stem.length() < 4) {
            return null;
        }
        for (Element fig : figures) {
            Element cap = fig.selectFirst("figcaption");
            if (cap == null) {
                continue;
            }
            for (Element img : fig.getElementsByTag("img")) {
                if ((img.attr("src") + " " + img.attr("data-src") + " " + img.attr("srcset")).contains(stem)) {
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
        for (String t : raw.split("[,،]")) {
            String s = t.trim();
            if (!s.isEmpty() && s.length() <= 80) {
                tags.add(s);
            }
        }
    }

    private static String attrOf(Element e, String attr) {
        return e == null ? null : e.attr(attr);
    }

    private static String absolute(Document doc, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String base = doc.location();
        if (base == null || base.isEmpty() || href.startsWith("http://") || href.startsWith("https://")) {
            return href.trim();
        }
        try {
            return java.net.URI.create(base).resolve(href.trim().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException bad) {
            return href.trim();
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
