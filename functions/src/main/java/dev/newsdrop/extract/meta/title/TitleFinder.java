package dev.newsdrop.extract.meta.title;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.Edges;
import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.MetaTags;
import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.meta.dates.DateParser;
import dev.newsdrop.extract.text.BoundedText;
import dev.newsdrop.extract.text.Words;
import org.jsoup.internal.Normalizer;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the headline and the site's name. The visible headline (the article's h1) wins: sites
 * write a search-engine title in og:title and the reader's headline on the page. Without one, the
 * meta or document title is used with the site's name cut off.
 */
public final class TitleFinder {

    /** Meta names that carry the site's name, og:site_name first. */
    private static final List<String> SITE_META = List.of("og:site_name", "application-name", "al:android:app_name",
            "al:iphone:app_name", "twitter:app:name:iphone", "cxenseparse:sitename", "publisher");

    /**
     * HTML's {@code hidden} attribute: the element and all inside it are not rendered (a closed tab,
     * a template's unused panel), so a heading there is none the reader sees.
     */
    private static final Evaluator HIDDEN = QueryParser.parse("[hidden]");

    /** Headlines shorter than this are labels ("News"), longer ones are paragraphs. */
    private static final int MIN_HEADLINE_CHARS = 6;
    private static final int MAX_HEADLINE_CHARS = 300;

    /** A headline without spaces (Chinese, Japanese) needs this many characters; a spaced one needs two words. */
    private static final int MIN_UNSPACED_HEADLINE_CHARS = 8;

    /** A heading of at most this many words that shares none with the stated title is a label beside it. */
    private static final int MAX_LABEL_WORDS = 5;

    /** A stated title this many times longer (in letters) than a heading that shares no word with it has a label beside it. */
    private static final int UNSPACED_TITLE_TO_LABEL_RATIO = 3;

    /** The complete form of a title cut with an ellipsis is at most this many times as long as the cut one. */
    static final int MAX_COMPLETION_GROWTH = 3;

    /** A heading in the page's banner is taken only with this many key characters repeated by a stated title. */
    private static final int MIN_STATED_HEADING_KEY_CHARS = 12;

    /**
     * A headline is at most this many times as long as the short form a CMS titles its page with ("Sperre der
     * Gurktalstraße" for an eleven-word headline): a short title keeps the headline's first three words or more.
     */
    private static final int MAX_SHORT_TITLE_GROWTH = 4;

    /** Words this long or longer ({@link #letters}) tie a heading to the meta title; shorter ones are too common. */
    private static final int MIN_SHARED_WORD_CHARS = 4;

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");

    /**
     * Invisible typesetting marks: the soft hyphen and zero-width space (where a line may break), the
     * word joiner (where it may not) and a stray byte-order mark. They steer line breaking, are no
     * part of the words, and jsoup drops only the first two from element text; the zero-width
     * joiners (Persian, Indic scripts, emoji) are letters' business and stay.
     */
    private static final Pattern INVISIBLE_MARKS = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");

    /**
     * Where a site's own name sits: a heading there is a logo, not the article's headline. A
     * {@code <header>} is the site's banner only outside sectioning content (HTML's "banner" role);
     * one inside {@code <main>}, a section or an entry heads the article.
     */
    private static final Evaluator SITE_FRAME = QueryParser.parse(
            "header, nav, footer, [class*=logo], [class*=brand], [class*=site-title], [id*=logo]");
    private static final Evaluator BANNER = QueryParser.parse("header");
    private static final Evaluator SECTIONING = QueryParser.parse("main, article, section, aside, [role=main]");

    /** The article: HTML's {@code <article>} or the hAtom / h-entry microformat root a blog theme marks. */
    private static final Evaluator ARTICLE = QueryParser.parse("article, .hentry, .h-entry");

    /**
     * A breadcrumb trail, the page's place in the site (WAI-ARIA's breadcrumb pattern in a {@code <nav>},
     * schema.org's BreadcrumbList, the "breadcrumb" class of CMS themes): a heading there is the page's
     * name in the trail, often its search-engine title, while the article shows its headline below.
     */
    private static final Evaluator BREADCRUMB = QueryParser.parse(
            "nav, [class*=crumb], [id*=crumb], [aria-label*=crumb], [itemtype*=BreadcrumbList]");

    /** A heading after at least this many links in the same box ends a trail of links (Home › Section › Page). */
    private static final int MIN_TRAIL_LINKS = 2;

    /** Headings after a breadcrumb trail looked at for the article's displayed headline. */
    private static final int MAX_HEADINGS_AFTER_TRAIL = 3;

    /**
     * Trail headings followed to the headline below them: a page has one trail, and each search may
     * read the rest of the page, so a page of thousands of trails must not search thousands of times.
     */
    private static final int MAX_TRAILS_FOLLOWED = 3;

    /**
     * Headings read for the visible headline: it is among a page's first hundred. Each one read walks
     * its ancestors (frame, overlay, trail), so 32,000 h1s, each a level deeper, took 4 s of CPU.
     */
    private static final int MAX_HEADLINES_READ = 100;

    /**
     * Words that join a position to a count ("1 of 18"): of (English), di (Italian), de (Spanish, Portuguese, French,
     * Romanian), da, von (German), sur (French), van (Dutch), av and af (Scandinavian), z and ze (Polish, Czech), из and
     * от (Russian, Bulgarian), з (Ukrainian), od (Slovak, Croatian), and the slash.
     */
    private static final String POSITION_OF_COUNT = "/|of|di|de|da|von|sur|van|av|af|z|ze|из|от|з|od";

    /**
     * A heading that is only a position in a gallery or a slideshow, after at most two words ("Foto 1 di 18",
     * "Bild 3 von 12", "Фото 1 из 18", "1 / 18"), up to 999 (a year is no count: "Top 10 of 2024" is a headline):
     * the caption placeholder of a picture, not the article's headline.
     */
    private static final Pattern GALLERY_POSITION = Pattern.compile(
            "^(?:[\\p{L}\\p{M}]+\\s+){0,2}\\d{1,3}\\s*(?iu:" + POSITION_OF_COUNT + ")\\s*\\d{1,3}$");

    /** The headline, the visible heading it came from (or null), and the site's name. */
    public record Found(String title, String heading, String siteName) {
    }

    /**
     * A visible heading, and whether it is only the page's name in a breadcrumb trail: no displayed
     * headline below the trail was confirmed, so the trail's item stood in for one.
     */
    private record Visible(String text, boolean trailItem) {
    }

    private TitleFinder() {
    }

    /**
     * One page's title cleanings, each worked out once: the finder cleans the same stated titles against
     * the same site name for several questions (its headline, the stated title beside the heading, whether
     * the statements agree), and {@link TitleCleaner#clean} is a pure function of its three strings.
     */
    private static final class Cleanings {
        private final Map<List<String>, TitleCleaner.Cleaned> cleaned = new HashMap<>();
        private final Map<List<String>, String> labelFree = new HashMap<>();

        /** {@code TitleCleaner.clean(rawTitle, knownSite, h1)}. */
        TitleCleaner.Cleaned clean(String rawTitle, String knownSite, String h1) {
            List<String> key = Arrays.asList(rawTitle, knownSite, h1);
            TitleCleaner.Cleaned c = cleaned.get(key);
            if (c == null) {
                c = TitleCleaner.clean(rawTitle, knownSite, h1);
                cleaned.put(key, c);
            }
            return c;
        }

        /** A stated title cleaned of the site's name and of labels: {@code TitleCleaner.withoutLabel(clean(stated, siteName, null).title())}. */
        String labelFree(String stated, String siteName) {
            List<String> key = Arrays.asList(stated, siteName);
            if (labelFree.containsKey(key)) {
                return labelFree.get(key);
            }
            String t = TitleCleaner.withoutLabel(clean(stated, siteName, null).title());
            labelFree.put(key, t);
            return t;
        }
    }

    /**
     * The headline and site name of a page whose address is {@code pageUrl} (null when unknown): with no
     * site name in its metadata, a title segment the address names is the site's ({@link TitleCleaner#siteSegmentNamedByAddress}).
     */
    static Found find(MetaTags meta, JsonLdFacts ld, PageScan scan, String pageUrl) {
        return find(meta, ld, scan, pageUrl, null);
    }

    /**
     * The headline and site name as {@link #find(MetaTags, JsonLdFacts, PageScan, String)} gives them, where
     * {@code section} (null when unknown) is the section the page states: a title segment naming it is cut
     * from a title that no visible heading gives ({@link TitleCleaner#withoutSectionSegment}).
     */
    public static Found find(MetaTags meta, JsonLdFacts ld, PageScan scan, String pageUrl, String section) {
        String documentTitle = scan.title() == null ? null : onceMoreUnescaped(scan.title().text());
        String ogTitle = onceMoreUnescaped(meta.first("og:title"));
        String twitterTitle = onceMoreUnescaped(meta.first("twitter:title"));
        String socialTitle = onceMoreUnescaped(meta.first("og:title", "twitter:title"));
        // schema.org's headline, from JSON-LD (where some CMSs leave HTML entities) or microdata
        String ldHeadline = ld.headline == null ? null : Parser.unescapeEntities(Blanks.collapsed(ld.headline), false);
        String statedHeadline = MetadataReader.firstNonBlank(ldHeadline, onceMoreUnescaped(meta.first("headline")));
        String metaTitle = MetadataReader.firstNonBlank(socialTitle, statedHeadline, documentTitle);
        Set<String> minorSegments = TitleCleaner.middleSegmentKeys(Arrays.asList(metaTitle, documentTitle));
        String statedSiteName = onceMoreUnescaped(MetadataReader.firstNonBlank(meta.first(SITE_META.subList(0, 1)), ld.publisherName,
                ld.websiteName, meta.first(SITE_META.subList(1, SITE_META.size()))));
        // the meta title's headline, without the site's name beside it: a greeting or logo heading shares only the name's words
        Cleanings cleanings = new Cleanings();
        String metaHeadline = metaTitle == null ? null : cleanings.clean(metaTitle, statedSiteName, null).title();
        String[] skippedSegment = new String[1];
        List<String> statedTitles = Arrays.asList(ogTitle, twitterTitle, statedHeadline);
        Element soleEntryTitle = scan.entryTitles().size() == 1 ? scan.entryTitles().get(0) : null;
        // a document title that names only the site and its section ("Aktuelles - Gemeinde X") states no headline that a
        // heading of a few words could be a label beside (one word of a spaced script still is one: "Advertisement");
        // asked only when no other title is stated and a heading shares none of its words
        boolean onlyDocumentTitle = documentTitle != null && MetadataReader.firstNonBlank(socialTitle, statedHeadline) == null;
        Boolean[] sectionTitle = new Boolean[1]; // read once, when first asked
        BooleanSupplier namesOnlySiteAndSection = () -> onlyDocumentTitle && (sectionTitle[0] != null ? sectionTitle[0]
                : (sectionTitle[0] = FrameSiteName.siteOfSectionTitle(scan.html(), documentTitle) != null));
        // a title stated only as the site's frame, its name and the claim its logo's box shows ("Site – News from the
        // region", og:title and document title alike), states no headline either; asked as the one above is
        List<String> stated = Arrays.asList(ogTitle, twitterTitle, statedHeadline, documentTitle);
        Boolean[] frameTitle = new Boolean[1];
        BooleanSupplier namesOnlySiteFrame = () -> frameTitle[0] != null ? frameTitle[0]
                : (frameTitle[0] = statesOnlySiteAndClaim(scan.html(), stated));
        BooleanSupplier namesNoHeadline = () -> namesOnlySiteAndSection.getAsBoolean() || namesOnlySiteFrame.getAsBoolean();
        Visible visible = visibleHeadline(withEntryTitle(scan, documentTitle), metaTitle, metaHeadline, statedTitles, soleEntryTitle, minorSegments, skippedSegment,
                documentTitle, scan.subheadings(), statedSiteName, namesNoHeadline, pageUrl);
        if (visible == null && statedHeadline == null && socialTitle == null) {
            visible = entryHeadingAtTitleEnd(scan.subheadings(), documentTitle, titleIsLogoHeading(scan.headlines(), documentTitle)); // only the document title states one
        }
        if (visible == null && metaTitle != null) {
            visible = titleShownWhole(scan.subheadings(), metaTitle, ComparisonKey.of(metaTitle)); // a thread's heading under a forum's banner
        }
        String heading = visible == null ? null : visible.text();
        // a breadcrumb item names the page in the site's trail, as the document title does; when schema.org's
        // headline of the article words the same story otherwise, that headline, not the trail's item, is the article's
        String articleHeadline = visible != null && visible.trailItem() && ld.isArticle() && ldHeadline != null
                && !TitleCleaner.confirms(heading, ldHeadline) && sharesWords(heading, ldHeadline) ? ldHeadline : null;
        if (articleHeadline != null) {
            heading = null;
        }
        String siteName = statedSiteName;
        String rawTitle = MetadataReader.firstNonBlank(articleHeadline, onceMoreUnescaped(meta.first("og:title", "twitter:title", "dc.title", "title")),
                statedHeadline, documentTitle, heading);
        if (siteName == null) {
            // no name stated: a segment of a title that the page's address names is the site's
            siteName = MetadataReader.firstNonBlank(TitleCleaner.siteSegmentNamedByAddress(rawTitle, pageUrl),
                    TitleCleaner.siteSegmentNamedByAddress(documentTitle, pageUrl), TitleCleaner.siteSegmentNamedByAddress(heading, pageUrl));
        }
        // with no visible heading, the stated headline shows where the furniture around og:title starts
        TitleCleaner.Cleaned cleaned = cleanings.clean(rawTitle, siteName, heading != null ? heading : statedHeadline);
        if (siteName == null && documentTitle != null && !documentTitle.isBlank()) {
            TitleCleaner.Cleaned fromDocTitle = cleanings.clean(documentTitle, null, heading);
            siteName = fromDocTitle.siteName() != null ? fromDocTitle.siteName() : cleaned.siteName();
            if (shownWhole(heading, documentTitle)) {
                // the reader sees the document title whole as the headline: no segment of it is the site's name, and
                // only a meta title that sets the heading beside more words names the site ("Headline | Site")
                siteName = shownWhole(heading, rawTitle) ? null : cleaned.siteName();
            }
            if (siteName != null) {
                cleaned = cleanings.clean(rawTitle, siteName, heading);
            }
        }
        if (skippedSegment[0] != null && cleaned.title() != null) {
            // the heading named the blog: cut that segment from the title as well as the site's name
            cleaned = new TitleCleaner.Cleaned(cleanings.clean(cleaned.title(), skippedSegment[0], null).title(), cleaned.siteName());
        }
        String title = TitleCleaner.withoutSectionSegment(TitleCleaner.withoutLabel(cleaned.title()), section, pageUrl);
        if (heading == null && title != null) {
            // no heading shows the headline: the title's part a text of the page shows alone is it ("Site - Section - Headline")
            ShownSegment.Shown ofTitle = ShownSegment.read(scan.html(), title);
            String shown = ofTitle != null && ofTitle.segment() != null ? ofTitle.segment()
                    : ofTitle != null && ofTitle.whole() ? null : shownAroundCleaned(scan.html(), title, Arrays.asList(rawTitle, documentTitle));
            if (shown != null) {
                title = shown;
            } else {
                // nor shows it alone: a title segment the page's frame (logo, copyright line) names is the site's
                title = MetadataReader.firstNonBlank(FrameSiteName.cut(scan.html(), title), title);
            }
        }
        if (heading == null && title != null && statedHeadline == null && socialTitle == null) {
            // only the document title states one, and it names the site and its section ("Town of X - Notices"), or a part
            // of the headline: the line the content sets as its headline by type, a lower heading or a bold or large line
            // standing alone before the text, is the headline
            String site = siteName != null && ComparisonKey.of(title).equals(ComparisonKey.of(siteName)) ? title
                    : FrameSiteName.siteOfSectionTitle(scan.html(), title);
            String lead = LeadLine.read(scan.html(), site);
            if (lead != null && site != null) {
                siteName = site;
                title = lead;
            } else if (lead != null && (completes(lead, title) || completes(lead, FrameSiteName.withoutSiteSegment(scan.html(), title)))) {
                title = lead; // the document title gives a part of the headline the line shows whole ("Closure of the footpath")
            } else if (lead != null && namesOnlyASection(FrameSiteName.withoutSiteSegment(scan.html(), title), lead)) {
                title = lead; // "Aktuelles", "Priopćenja za medije | Company": the section's name over every page of it
            }
        }
        if (heading != null && (siteName == null || !ComparisonKey.of(heading).equals(ComparisonKey.of(siteName)))) {
            // the visible heading keeps a genre word the reader sees ("Opinion: ..."); withoutFurniture cuts the rest
            // og:title cut of the site's name only: cut against the heading too, it would lose the kicker it states
            // ...but an og:title that states the heading whole, as written, states the site's name before its colon too: the
            // headline's own words ("Ústavní soud: Obec nesmí …", a court's release in its own name), no furniture to cut
            String statedTitle = rawTitle != null && opensWithNameAndColon(heading, siteName)
                    && ComparisonKey.of(rawTitle).equals(ComparisonKey.of(heading)) ? rawTitle : cleanings.clean(rawTitle, siteName, null).title();
            title = TitleCleaner.withoutFurniture(heading, siteName, Arrays.asList(statedHeadline, statedTitle));
        }
        boolean liveHeading = heading != null && TitleCleaner.carriesLiveLabel(heading); // asked once, for the two questions below
        if (heading != null) {
            String unanimous = unanimousStatedTitle(Arrays.asList(ogTitle, twitterTitle, statedHeadline, documentTitle),
                    siteName, heading, liveHeading, cleanings);
            if (unanimous != null) {
                title = unanimous;
            }
        }
        if (liveHeading) {
            title = MetadataReader.firstNonBlank(statedLivePageTitle(Arrays.asList(ogTitle, twitterTitle,
                    statedHeadline, documentTitle), siteName, heading, cleanings), title);
        }
        title = withBarStatedAlike(title, heading, Arrays.asList(ogTitle, twitterTitle, statedHeadline), section, scan.html());
        if (title != null && TRUNCATED.matcher(title).find()) {
            title = completed(title, siteName, Arrays.asList(heading, ogTitle, twitterTitle,
                    statedHeadline, documentTitle), cleanings);
        }
        return new Found(withoutInvisibleMarks(title), heading, siteName == null ? null : siteName.trim());
    }

    /**
     * The title with the words before the heading's bar given back ("Rock | Pop-Preis 2026: …", "Kunst | Handwerk im
     * Schloss …") when the heading the reader sees and a stated title (og:title, twitter:title, schema.org's headline)
     * both open with them, and the page names no section so: neither its stated section ({@code article:section},
     * {@code articleSection}) nor a link's whole text (the menu, the trail, a category link). A bar stated alike
     * everywhere, with no section of that name beside it, is the headline's own (a prize, a fair, a venue); a label
     * that is also a section of the site stays cut. Asked only of a heading that opens with such a label.
     */
    static String withBarStatedAlike(String title, String heading, List<String> stated, String section, Element html) {
        String label = TitleCleaner.barLabel(heading);
        if (title == null || label == null || !ComparisonKey.of(title).equals(ComparisonKey.of(heading.substring(label.length())))) {
            return title;
        }
        boolean statedAlike = false;
        for (String t : stated) {
            String statedLabel = t == null ? null : TitleCleaner.barLabel(Blanks.collapsed(t).strip());
            statedAlike |= statedLabel != null && TitleCleaner.labelWords(statedLabel).equals(TitleCleaner.labelWords(label));
        }
        String words = TitleCleaner.labelWords(label);
        if (!statedAlike || section != null && section.strip().equalsIgnoreCase(words) || namesALink(html, words)) {
            return title;
        }
        return label + title;
    }

    /** True when a link of the page reads {@code words} whole, case aside: a section the menu, a trail or a category links. */
    private static boolean namesALink(Element html, String words) {
        if (html == null) {
            return false;
        }
        for (Element a : html.getElementsByTag("a")) {
            if (a.text().strip().equalsIgnoreCase(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the title, past the site's name, is a section's name rather than a headline beside the line the content sets
     * as its headline: a few words ({@value #MAX_SECTION_NAME_WORDS} naming ones at most: "News", "Aktuelles", "Pressemitteilungen",
     * "Priopćenja za medije", "Noticias de la Universidad") where the line holds more words and none of the title's. A CMS that titles each page of a
     * section with the section's name alone writes it whether or not the menu links it.
     */
    private static boolean namesOnlyASection(String title, String line) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String[] titleWords = wordsOf(title);
        String[] lineWords = wordsOf(line);
        int named = 0; // words that name: the short ones ("de la", "y", "&") join them
        for (String w : titleWords) {
            named += w.length() >= MIN_NAMING_WORD_CHARS ? 1 : 0;
        }
        if (named > MAX_SECTION_NAME_WORDS || lineWords.length <= titleWords.length) {
            return false;
        }
        Set<String> inLine = new HashSet<>(Arrays.asList(lineWords));
        for (String w : titleWords) {
            if (w.length() >= MIN_NAMING_WORD_CHARS && inLine.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the heading of several words is what the document title states beside the site's name and no other title is
     * stated (og:title, twitter:title, schema.org's headline): a municipal, company or university CMS that titles every page
     * of its news section with the section's name ("Aktuelle Meldungen - Gemeinde X", "Noticias y eventos | Universidad")
     * and sets that name as the h1 over each entry. A one-word label is read by {@link EntryUnderLabel#isLabel}.
     */
    private static boolean sectionNameOfDocumentTitle(String heading, List<String> statedTitles, String documentTitle) {
        if (heading.indexOf(' ') < 0 || documentTitle == null || statedTitles.stream().anyMatch(title -> title != null && !title.isBlank())) {
            return false;
        }
        String key = ComparisonKey.of(heading);
        String titleKey = ComparisonKey.of(documentTitle);
        // the title is the name alone, or the name and the site's name beside it ("Latest news | Riverside College")
        return !key.isEmpty() && (titleKey.equals(key) || titleKey.length() > key.length() && (titleKey.startsWith(key) || titleKey.endsWith(key)));
    }

    private static String[] wordsOf(String s) {
        return words(s).toArray(String[]::new);
    }

    /**
     * A section's name that titles every page of the section has at most this many words of {@value #MIN_NAMING_WORD_CHARS}
     * letters or more ("Comunicados de prensa", "Actualités de la commune", "Noticias y eventos").
     */
    private static final int MAX_SECTION_NAME_WORDS = 3;
    private static final int MIN_NAMING_WORD_CHARS = 3;

    /**
     * True when the line opens with the title's words and goes on, at most {@value #MAX_SHORT_TITLE_GROWTH} times as long:
     * a CMS that titles the page with a short form of the headline ("Closure of the footpath" for the line "Closure of the
     * footpath for bank repairs from 7 December"). A line that sets a label before the title's words ("Topic: …", a
     * forum's thread heading) is furniture around it.
     */
    private static boolean completes(String line, String title) {
        String lineKey = ComparisonKey.of(line);
        String titleKey = ComparisonKey.of(title);
        return titleKey.length() >= MIN_STATED_HEADING_KEY_CHARS && lineKey.length() > titleKey.length()
                && lineKey.length() <= MAX_SHORT_TITLE_GROWTH * titleKey.length() && lineKey.startsWith(titleKey);
    }

    /**
     * The segment of a stated title ({@code stated}: og:title, the document title; nulls allowed) that a text of the
     * page shows whole ({@link ShownSegment}), cleaned of labels, when it holds the cleaned title and more or the
     * cleaned title holds its first half: cleaning cut a headline that holds a separator of its own at that separator
     * ("Site | Section | Metro line 2 Ben Thanh - Tham Luong", its last segment taken for the site's name), and the
     * page, showing the headline alone in its box, shows where it starts and ends. Null when no stated title has such
     * a segment. Asked only when no text of the page shows the cleaned title whole: one that does shows it is the headline.
     */
    private static String shownAroundCleaned(Element root, String cleaned, List<String> stated) {
        String cleanedKey = ComparisonKey.of(cleaned);
        if (cleanedKey.length() < MIN_STATED_HEADING_KEY_CHARS) {
            return null;
        }
        for (int i = 0; i < stated.size(); i++) {
            String s = stated.get(i);
            if (s == null || s.equals(cleaned) || stated.subList(0, i).contains(s)) {
                continue; // a title asked already (og:title is often the document title): the same walk would give the same answer
            }
            String shown = ShownSegment.of(root, s);
            if (shown != null) {
                String wider = TitleCleaner.withoutLabel(shown);
                String widerKey = ComparisonKey.of(wider);
                int half = widerKey.length() / 2;
                if (!widerKey.equals(cleanedKey) && (widerKey.contains(cleanedKey)
                        || half >= MIN_STATED_HEADING_KEY_CHARS && cleanedKey.contains(widerKey.substring(0, half)))) {
                    return wider;
                }
            }
        }
        return null;
    }

    /**
     * The title a live page states for itself when its visible heading carries a live label ("UK storms LIVE:
     * latest entry", "Nahost-Ticker: ...", entries joined by "+++"): a running report's heading is rewritten with
     * its latest entry, and so, on many sites, are og:title and the document title, while a stated title that
     * carries no label names the page. Of the stated titles ({@code stated}: og:title, twitter:title, the
     * schema.org headline, the document title; nulls allowed), each cleaned of the site's name, those that carry
     * no label, hold a headline's length and share a word with the heading (the same story) are candidates; the
     * wording most of them state is taken, the first in that order on a tie. twitter:title that repeats og:title
     * is one statement, not two: a card reads og:title when twitter:title is missing, and site tools fill both
     * from one field. Null when no stated title is a candidate.
     */
    private static String statedLivePageTitle(List<String> stated, String siteName, String heading, Cleanings cleanings) {
        List<String> candidates = new ArrayList<>(stated.size());
        List<String> keys = new ArrayList<>(stated.size());
        String socialKey = null;
        for (int i = 0; i < stated.size(); i++) {
            String s = stated.get(i);
            if (s == null || s.isBlank() || s.length() > MAX_SUBHEADING_RAW_CHARS) {
                continue; // a headline with its site's name is no longer than a heading read for one
            }
            String cleaned = cleanings.labelFree(s, siteName);
            String key = cleaned == null ? "" : ComparisonKey.of(cleaned);
            if (i == 0) {
                socialKey = key;
            } else if (i == 1 && key.equals(socialKey)) {
                continue; // twitter:title repeating og:title
            }
            if (key.length() < MIN_STATED_HEADING_KEY_CHARS || TitleCleaner.carriesLiveLabel(s) || TitleCleaner.carriesLiveLabel(cleaned)
                    || !sharesWords(cleaned, heading)) {
                continue;
            }
            candidates.add(Blanks.collapsed(cleaned).trim());
            keys.add(key);
        }
        String best = null;
        int bestVotes = 0;
        for (int i = 0; i < candidates.size(); i++) {
            int votes = Collections.frequency(keys, keys.get(i));
            if (votes > bestVotes) {
                best = candidates.get(i);
                bestVotes = votes;
            }
        }
        return best;
    }

    /**
     * The headline the page states in all its titles, when the visible heading words it otherwise. {@code stated} is
     * og:title, twitter:title, the schema.org headline and the document title (nulls allowed): og:title, the
     * headline and the document title must all be stated, and each title stated, cleaned of the site's name and of
     * labels, must have the same words. The heading must be worded as a sentence (more than {@link #MAX_LABEL_WORDS}
     * words: a shorter one is a display title the page sets over the story, "Broken Promise"), share a word with them
     * (the same story) and neither hold their words nor be held in them (a kicker or a trailer beside the headline is
     * another matter): a rewording of the headline, which the page's own statements outvote. Null otherwise, and
     * for a heading that carries a live label ({@code liveHeading}, {@link TitleCleaner#carriesLiveLabel}).
     */
    private static String unanimousStatedTitle(List<String> stated, String siteName, String heading, boolean liveHeading,
                                               Cleanings cleanings) {
        if (stated.get(0) == null || stated.get(2) == null || stated.get(3) == null || liveHeading) {
            return null;
        }
        String headingKey = ComparisonKey.of(heading);
        boolean sentence = heading.indexOf(' ') > 0 ? WHITESPACE_RUN.split(heading.trim()).length > MAX_LABEL_WORDS
                : headingKey.length() >= MIN_STATED_HEADING_KEY_CHARS;
        if (!sentence) {
            return null; // a display title over the story: asked before the stated titles are cleaned
        }
        String first = null;
        String firstKey = null;
        for (String s : stated) {
            if (s == null || s.isBlank()) {
                continue;
            }
            if (s.length() > MAX_SUBHEADING_RAW_CHARS) {
                return null;
            }
            String cleaned = cleanings.labelFree(s, siteName);
            if (cleaned == null) {
                return null;
            }
            String key = ComparisonKey.of(cleaned);
            if (first == null) {
                first = Blanks.collapsed(cleaned).trim();
                firstKey = key;
            } else if (!key.equals(firstKey)) {
                return null;
            }
        }
        if (firstKey == null || firstKey.length() < MIN_STATED_HEADING_KEY_CHARS || headingKey.contains(firstKey)
                || firstKey.contains(headingKey) || !sharesWords(heading, first)) {
            return null;
        }
        return first;
    }

    /**
     * An HTML character reference left in text that was already decoded once ("M&amp;amp;S" in the page's source
     * reads "M&amp;S"): named, decimal or hexadecimal. Bounded: a name of at most 32 characters, a number of at most 7 digits.
     */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    /**
     * The text with its character references decoded once more, when it still holds one: a CMS that escapes a field
     * it stored escaped writes "&amp;amp;" into og:title or the document title, and the reader's headline says "&".
     * Schema.org's headline gets the same ({@code find}); the visible heading is the page's text as shown. Runs of
     * blanks are collapsed to one space first: a {@code <title>} and a meta's content keep their whitespace as
     * written, and every separator search over a title is quadratic in a run's length (a title of 60,000 spaces
     * took minutes). The text as it is otherwise.
     */
    static String onceMoreUnescaped(String text) {
        if (text == null) {
            return null;
        }
        text = Blanks.collapsed(text);
        if (text.indexOf('&') < 0 || !CHARACTER_REFERENCE.matcher(text).find()) {
            return text;
        }
        return Parser.unescapeEntities(text, false);
    }

    /** An ellipsis closing a title: "…" or three dots, where a teaser or a length limit cut it short. */
    private static final Pattern TRUNCATED = Pattern.compile("(?:\u2026|\\.{3})\\s*$");

    /**
     * The complete form of a title cut short with an ellipsis: the first other title of the page
     * (the heading, og:title, twitter:title, the schema.org headline, the document title), cleaned
     * of the site's name, whose letters begin with all of the cut title's and go on; a cut may fall
     * inside a word ("… for tw..."), and that is at most {@link #MAX_COMPLETION_GROWTH} times as long:
     * a length limit cuts a headline, so its complete form is a headline, not a paragraph that
     * happens to begin with the same words. The title as it is when none does.
     */
    private static String completed(String title, String siteName, List<String> others, Cleanings cleanings) {
        String cutKey = ComparisonKey.of(TRUNCATED.matcher(title).replaceFirst(""));
        if (cutKey.length() < MIN_STATED_HEADING_KEY_CHARS) {
            return title;
        }
        for (String other : others) {
            if (other == null || other.isBlank()) {
                continue;
            }
            String whole = cleanings.labelFree(other, siteName);
            if (whole != null && !TRUNCATED.matcher(whole).find()) {
                String wholeKey = ComparisonKey.of(whole);
                if (wholeKey.length() > cutKey.length() && wholeKey.length() <= cutKey.length() * MAX_COMPLETION_GROWTH
                        && wholeKey.startsWith(cutKey)) {
                    return Blanks.collapsed(whole).trim();
                }
            }
        }
        return title;
    }

    /** The title without {@link #INVISIBLE_MARKS}, trimmed when one stood at an end. */
    private static String withoutInvisibleMarks(String title) {
        if (title == null || !INVISIBLE_MARKS.matcher(title).find()) {
            return title;
        }
        return INVISIBLE_MARKS.matcher(title).replaceAll("").trim();
    }

    /**
     * The page's headings, led by the title of its one hAtom entry: a blog engine marks the post's own
     * heading {@code entry-title} whatever its level (Blogger's post titles are h3 under an h1 naming
     * the blog). A page with several entries is a listing, and its headings stay in page order. Outside
     * the microformat's root ({@code <article>}, {@code .hentry}) the entry title leads only when the
     * document title ends with it or opens with it: journal engines descended from LiveJournal's code
     * mark the entry's subject so in an {@code .entry} box under the journal's name, and title the page
     * "journal: subject".
     */
    private static List<Element> withEntryTitle(PageScan scan, String documentTitle) {
        List<Element> entryTitles = scan.entryTitles();
        if (entryTitles.size() != 1 || inSiteFrame(entryTitles.get(0))
                || entryTitles.get(0).closest(ARTICLE) == null && !edgeOfDocumentTitle(entryTitles.get(0), documentTitle)) {
            return scan.headlines();
        }
        List<Element> headings = new ArrayList<>(scan.headlines().size() + 1);
        headings.add(entryTitles.get(0));
        headings.addAll(scan.headlines());
        return headings;
    }

    /**
     * True when the document title ends with the heading's words or opens with them, and holds more
     * ("journal: subject", "Subject - Blog"): the page names itself by that heading.
     */
    private static boolean edgeOfDocumentTitle(Element h, String documentTitle) {
        if (documentTitle == null) {
            return false;
        }
        String t = shortText(h);
        if (t == null) {
            return false;
        }
        String key = ComparisonKey.of(t);
        String titleKey = ComparisonKey.of(documentTitle);
        return key.length() >= MIN_STATED_HEADING_KEY_CHARS && key.length() < titleKey.length()
                && (titleKey.endsWith(key) || titleKey.startsWith(key));
    }

    /**
     * The first h1 (or microdata headline) that is not a logo, a pop-up, a label or the blog's name
     * (a middle segment of the page title, handed back in {@code skippedSegment}), preferring one
     * that shares a word with the meta title's headline (the meta title without the site's name
     * beside it, whose words a greeting or a logo heading repeats). A heading in a {@code <header>} outside sectioning content
     * that a stated title repeats whole, or that is the page's one hAtom {@code entry-title} (the post's
     * title by the microformat), is the post's header of a theme without {@code <article>}, or a
     * sticky banner echoing the headline shown below: taken only when no other heading is found, and
     * never from a breadcrumb trail, where it names the page rather than heads the article.
     */
    private static Visible visibleHeadline(List<Element> headlines, String metaTitle, String metaHeadline, List<String> statedTitles,
                                           Element soleEntryTitle, Set<String> minorSegments, String[] skippedSegment, String documentTitle,
                                           List<Element> subheadings, String siteName, BooleanSupplier namesOnlySiteAndSection,
                                           String pageUrl) {
        Visible first = null;
        Visible inBanner = null; // a banner's heading that a stated title repeats: the headline when no other heading is
        int trailsFollowed = 0;
        int read = 0;
        for (Element h : headlines) {
            if (read++ >= MAX_HEADLINES_READ) {
                break;
            }
            if (inOverlay(h) || linksHomeOnly(h) || h.closest(HIDDEN) != null) {
                continue;
            }
            if (inSiteFrame(h)) {
                if (inBanner == null && onlyInBanner(h) && (h == soleEntryTitle || statedWhole(h, statedTitles)) && !inBreadcrumbTrail(h)) {
                    inBanner = new Visible(Blanks.collapsed(h.text()).trim(), false);
                }
                continue;
            }
            boolean trailItem = false;
            if (trailsFollowed < MAX_TRAILS_FOLLOWED && inBreadcrumbTrail(h)) {
                trailsFollowed++;
                String shown = headingAfterTrail(h, statedTitles);
                if (shown != null) {
                    return new Visible(shown, false);
                }
                trailItem = true;
            }
            String t = Blanks.collapsed(h.text()).trim();
            if (TitleCleaner.isLiveStatusAlone(t)) {
                String below = headlineBelowStatus(h, statedTitles);
                if (below != null) {
                    return new Visible(below, false);
                }
                continue; // a live page's status over its headline
            }
            if (t.length() < MIN_HEADLINE_CHARS || t.length() > MAX_HEADLINE_CHARS || GALLERY_POSITION.matcher(t).matches()) {
                continue;
            }
            if (!minorSegments.isEmpty() && minorSegments.contains(ComparisonKey.of(t))) {
                skippedSegment[0] = skippedSegment[0] == null ? t : skippedSegment[0];
                continue; // the blog's or the section's name, which the page title sets beside the headline
            }
            boolean spaced = t.indexOf(' ') > 0;
            if (!spaced && t.length() < MIN_UNSPACED_HEADLINE_CHARS) {
                continue;
            }
            boolean stated = statedTitles.stream().anyMatch(title -> TitleCleaner.confirms(t, title));
            boolean oneWordOrGreeting = EntryUnderLabel.isLabel(t);
            if (!stated && (oneWordOrGreeting || EntryUnderLabel.mayBeLabelBesideSite(t)) && !writtenWithoutSpaces(t) && h.closest(ARTICLE) == null
                    && statedTitles.stream().noneMatch(title -> title != null && ComparisonKey.of(title).equals(ComparisonKey.of(t)))) {
                String dated = EntryUnderLabel.entryHeading(h, t, x -> inSiteFrame(x) || inOverlay(x));
                // a few words that name the site and one thing more ("Aktuelles aus der Gemeinde") label the page as
                // one word does; the site's name read only when a dated entry stands under the heading
                if (dated != null && (oneWordOrGreeting || EntryUnderLabel.isLabelBesideSite(t, siteName != null ? siteName
                        : FrameSiteName.siteSegment(h.ownerDocument(), documentTitle)))) {
                    return new Visible(dated, false); // the h1 labels the page (its section, a greeting) over the dated entry
                }
            }
            if (!stated && !writtenWithoutSpaces(t) && h.closest(ARTICLE) == null && sectionNameOfDocumentTitle(t, statedTitles, documentTitle)) {
                String dated = EntryUnderLabel.entryUnderSectionName(h, t, x -> inSiteFrame(x) || inOverlay(x),
                        entry -> namesOnlyASection(t, entry));
                if (dated != null) {
                    return new Visible(dated, false); // "Aktuelle Meldungen", "Noticias y eventos" over the entry's heading
                }
            }
            String entry = stated ? null : entryBesideBlogName(t, documentTitle, subheadings);
            if (entry != null) {
                return new Visible(entry, false); // the heading is the blog's name, which the document title sets beside the entry's
            }
            if (metaTitle == null || sharesWordsBesideSite(t, metaHeadline != null ? metaHeadline : metaTitle, siteName)) {
                String below = metaTitle == null ? null : subheadingBelowLabel(t, subheadings, statedTitles, metaHeadline, documentTitle);
                if (below != null) {
                    return new Visible(below, false);
                }
                String shown = HeadingKicker.read(h, t, confirming(statedTitles, metaHeadline), documentTitle);
                shown = withoutSecondLine(h, shown, statedTitles, metaHeadline); // after a badge too: "LIVE Headline<br><small>…"
                return new Visible(withoutGluedDateChild(h, shown), trailItem);
            }
            boolean label = first == null && namesSomethingElse(h, t, metaTitle);
            boolean slugSpells = label && spaced && AddressSlug.spells(pageUrl, t);
            if (first == null && (!label || slugSpells || spaced && namesOnlySiteAndSection.getAsBoolean())) {
                // kept in case no heading shares a word with the meta title; a short one is no label when the page's own
                // address spells its words ("/hallenbad-bleibt-bis-maerz-geschlossen/" under a site-wide og:title), nor
                // when the titles stated name no headline, unless it heads a dated entry below it ("Wir über uns")
                String dated = label && !slugSpells ? EntryUnderLabel.entryHeading(h, t, x -> inSiteFrame(x) || inOverlay(x)) : null;
                if (dated != null) {
                    return new Visible(dated, false);
                }
                first = new Visible(withoutGluedDateChild(h, HeadingKicker.read(h, t, confirming(statedTitles, metaHeadline), documentTitle)), trailItem);
            }
        }
        if (first != null && WHITESPACE_RUN.split(first.text()).length <= MAX_LABEL_WORDS) {
            String shown = confirmedSubheading(subheadings, statedTitles, metaHeadline, documentTitle);
            if (shown != null) {
                return new Visible(shown, false); // the h1 is a label over the article ("Politics", "Untitled")
            }
        }
        return first != null ? first : inBanner;
    }

    /**
     * True when each title stated (og:title, twitter:title, schema.org's headline, the document title; blanks left
     * out) names only the site and its claim ({@link FrameSiteName#namesOnlySiteAndClaim}), at least one is stated,
     * and the same title is not read twice.
     */
    private static boolean statesOnlySiteAndClaim(Element root, List<String> stated) {
        Set<String> read = new HashSet<>();
        for (String s : stated) {
            if (s == null || s.isBlank() || !read.add(ComparisonKey.of(s))) {
                continue;
            }
            if (!FrameSiteName.namesOnlySiteAndClaim(root, s)) {
                return false;
            }
        }
        return !read.isEmpty();
    }

    /** Headings that may follow a live page's status as its headline. */
    private static final Set<String> HEADLINE_BELOW_STATUS_TAGS = Set.of("h2", "h3");

    /**
     * The heading set right after a heading that is a live page's status alone ("EN DIRECT" over "Grève à la SNCF : ..."),
     * when a stated title holds its words: the headline the status is set over. Null otherwise.
     */
    private static String headlineBelowStatus(Element status, List<String> statedTitles) {
        Element next = status.nextElementSibling();
        if (next == null || !HEADLINE_BELOW_STATUS_TAGS.contains(next.normalName())) {
            return null;
        }
        String t = Blanks.collapsed(next.text()).trim();
        String key = ComparisonKey.of(t);
        if (t.length() < MIN_HEADLINE_CHARS || t.length() > MAX_HEADLINE_CHARS || key.length() < MIN_STATED_HEADING_KEY_CHARS) {
            return null;
        }
        return statedTitles.stream().anyMatch(title -> title != null && ComparisonKey.of(title).contains(key)) ? t : null;
    }

    /** A date element glued to a headline holds at most this many characters ("Wednesday, 14 September 2024, 09:30"). */
    private static final int MAX_GLUED_DATE_CHARS = 48;

    /** What a date holds beside its words: digits and the marks between day, month, year and time. */
    private static final Pattern DATE_DIGITS_AND_MARKS = Pattern.compile("[\\d\\s.,/:\\-]*");

    /** Marks that may end a headline's last word before a glued date. */
    private static final String HEADLINE_END_MARKS = ".!?\u2019\u201D\"'";

    /**
     * The heading without a date element set last in it and glued to the headline's last word
     * ({@code <h1>Harbour plan approved at last<span class="date">March 14, 2024</span></h1>} reads
     * "...at lastMarch 14, 2024"): a date the writer puts in a headline is set apart by a space or a
     * mark, a template's date element is not. The element's text is a date alone: it parses as one,
     * and beside its words holds only digits and date marks. The text as it is otherwise.
     */
    private static String withoutGluedDateChild(Element h, String text) {
        List<Node> nodes = h.childNodes();
        int last = nodes.size() - 1;
        while (last >= 0 && nodes.get(last) instanceof TextNode tn && tn.isBlank()) {
            last--;
        }
        if (last <= 0 || !(nodes.get(last) instanceof Element e) || e.normalName().equals("br")) {
            return text;
        }
        String date = Blanks.collapsed(e.text()).trim();
        if (date.isEmpty() || date.length() > MAX_GLUED_DATE_CHARS || date.length() >= text.length() || !text.endsWith(date)
                || date.chars().noneMatch(Character::isDigit)) {
            return text;
        }
        String before = text.substring(0, text.length() - date.length());
        char end = before.charAt(before.length() - 1);
        if (!Character.isLetter(end) && HEADLINE_END_MARKS.indexOf(end) < 0) {
            return text; // set apart by a space or a separator: the writer's, or cut as furniture elsewhere
        }
        if (!DATE_DIGITS_AND_MARKS.matcher(date.replaceAll("\\p{L}+", "")).matches() || DateParser.parseText(date) == null) {
            return text;
        }
        return before.trim();
    }

    /** The stated titles and the meta title's headline, which confirm a heading's words; nulls left in. */
    private static List<String> confirming(List<String> statedTitles, String metaHeadline) {
        List<String> all = new ArrayList<>(statedTitles.size() + 1);
        all.addAll(statedTitles);
        all.add(metaHeadline);
        return all;
    }

    /**
     * The first lower heading (h2 to h6, outside the site's frame and overlays) that a stated title or
     * the meta title's headline confirms ({@link TitleCleaner#confirms}): the article's displayed
     * headline when the page's h1 is a short label that shares no word with it, a section's name or a
     * placeholder set as the h1 inside or above the article. Null when none is confirmed.
     */
    private static String confirmedSubheading(List<Element> subheadings, List<String> statedTitles, String metaHeadline, String documentTitle) {
        List<String> confirming = new ArrayList<>(statedTitles.size() + 1);
        for (String title : statedTitles) {
            if (title != null) {
                confirming.add(title);
            }
        }
        if (metaHeadline != null) {
            confirming.add(metaHeadline);
        }
        String pageTitle = documentTitle == null ? null : Blanks.collapsed(documentTitle).trim();
        if (confirming.isEmpty() && pageTitle == null) {
            return null;
        }
        for (Element h : subheadings) {
            String t = shortText(h);
            if (t == null || t.length() < MIN_HEADLINE_CHARS || t.length() > MAX_HEADLINE_CHARS) {
                continue;
            }
            if ((confirming.stream().anyMatch(title -> TitleCleaner.confirms(t, title)) || pageTitle != null && ShownSegment.isSegment(pageTitle, t))
                    && !inSiteFrame(h) && !inOverlay(h)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The lower heading that the page's titles confirm ({@link #confirmedSubheading}) when the h1 is a short label over
     * it that shares a word with the title but that no stated title confirms: a section's name the title also sets
     * before the headline ("Aktuelles" over "Aktuelles: Headline - Town"), or a line of section and date
     * ("Landkreis · 03.12.2026" over a headline that opens with "Landkreis"). The label has at most
     * {@link #MAX_LABEL_WORDS} words and the confirmed heading holds more letters. Null otherwise.
     */
    private static String subheadingBelowLabel(String heading, List<Element> subheadings, List<String> statedTitles, String metaHeadline,
                                               String documentTitle) {
        if (subheadings.isEmpty() || heading.indexOf(' ') < 0 && writtenWithoutSpaces(heading)
                || WHITESPACE_RUN.split(heading.trim()).length > MAX_LABEL_WORDS || TitleCleaner.confirms(heading, metaHeadline)
                || statedTitles.stream().anyMatch(title -> TitleCleaner.confirms(heading, title))) {
            return null;
        }
        String below = confirmedSubheading(subheadings, statedTitles, metaHeadline, documentTitle);
        return below != null && ComparisonKey.of(below).length() > ComparisonKey.of(heading).length() ? below : null;
    }

    /**
     * True when a heading outside the article that shares no word with the page's stated title is a
     * short label beside it, not a rewrite of the headline: a section's name, a greeting, a gallery's
     * caption, a one-word placeholder ("Advertisement", "Loading..."). A short heading inside the
     * article ("Broken Pledge") is the article's own, and so is an unspaced Chinese or Japanese one.
     */
    private static boolean namesSomethingElse(Element h, String heading, String metaTitle) {
        if (metaTitle == null || heading.indexOf(' ') < 0 && writtenWithoutSpaces(heading) || h.closest(ARTICLE) != null) {
            return false; // a Chinese or Japanese headline has no spaces; one word of a spaced script is a label ("Advertisement")
        }
        int headingWords = WHITESPACE_RUN.split(heading.trim()).length;
        // Chinese and Japanese titles have few spaces: there, the title's length in letters shows it is longer
        return headingWords <= MAX_LABEL_WORDS && (WHITESPACE_RUN.split(metaTitle.trim()).length > headingWords
                || ComparisonKey.of(metaTitle).length() > UNSPACED_TITLE_TO_LABEL_RATIO * ComparisonKey.of(heading).length());
    }

    /**
     * The entry's title when the heading is the blog's name: the document title is "Blog - Entry" (or
     * "Entry - Blog") with the heading as its shorter end segment, and a lower heading in the page
     * (h2 to h6, outside the site's frame) carries the other segment's words, as diary and old blog
     * engines set the day's entries under the blog's {@code <h1>}. The caller asks only of a heading
     * that no stated title (og:title, the schema.org headline) confirms: one that does is the headline,
     * and the other segment a publication's name. The document title's words are returned; null when
     * the page shows no such pair.
     */
    private static String entryBesideBlogName(String heading, String documentTitle, List<Element> subheadings) {
        String other = TitleCleaner.otherSegment(documentTitle, heading);
        if (other == null || ComparisonKey.of(other).length() < MIN_STATED_HEADING_KEY_CHARS) {
            return null;
        }
        String otherKey = ComparisonKey.of(other);
        for (Element h : subheadings) {
            String t = shortText(h);
            if (t != null && ComparisonKey.of(t).equals(otherKey) && !inSiteFrame(h) && !inOverlay(h)) {
                return other;
            }
        }
        return null;
    }

    /**
     * A lower heading's text, whitespace collapsed, or null when it holds more than a headline's worth
     * of characters: read without reading the rest of a page that a broken or hostile heading nests
     * inside it (a hundred nested h2s would each read the page below them).
     */
    static String shortText(Element h) {
        return BoundedText.holdsAtMost(h, MAX_SUBHEADING_RAW_CHARS) ? Blanks.collapsed(h.text()).trim() : null;
    }

    /** A lower heading read for a headline holds at most this many characters of text, spaces included, before they are collapsed. */
    private static final int MAX_SUBHEADING_RAW_CHARS = 4 * MAX_HEADLINE_CHARS;

    /** Separators and space closing a headline once a second line is cut from it. */
    private static final IntPredicate TRAILING_SEPARATOR = Edges.SPACE.or(Edges.anyOf("\u00A0|:-\u2013\u2014\u00B7\u2022/"));

    /**
     * The heading without a second line set in its last element or after its last {@code <br>}
     * ({@code <h1>Headline <small>secondary text</small></h1>}, the secondary heading text of
     * HTML typography and CSS frameworks): when the text before it is a headline the page states
     * (og:title, twitter:title, the schema.org headline, the meta title's headline), that text.
     * The heading as it is otherwise.
     */
    private static String withoutSecondLine(Element h, String text, List<String> statedTitles, String metaHeadline) {
        List<Node> nodes = h.childNodes();
        int last = nodes.size() - 1;
        while (last >= 0 && nodes.get(last) instanceof TextNode tn && tn.isBlank()) {
            last--;
        }
        if (last <= 0) {
            return text;
        }
        StringBuilder tail = new StringBuilder();
        if (nodes.get(last) instanceof Element e && !e.normalName().equals("br")) {
            tail.append(e.text());
        } else {
            int br = last;
            while (br > 0 && !(nodes.get(br) instanceof Element e && e.normalName().equals("br"))) {
                br--;
            }
            if (br <= 0) {
                return text;
            }
            for (int i = br + 1; i <= last; i++) {
                Node n = nodes.get(i);
                tail.append(n instanceof Element e ? e.text() : n instanceof TextNode tn ? tn.text() : "").append(' ');
            }
        }
        String second = Blanks.collapsed(tail).trim();
        if (second.isEmpty() || second.length() >= text.length() || !text.endsWith(second)) {
            return text;
        }
        String first = Edges.stripTrailing(text.substring(0, text.length() - second.length()), TRAILING_SEPARATOR);
        String firstKey = ComparisonKey.of(first);
        // a Chinese or Japanese headline says in eight characters what a spaced one says in twelve letters
        if (firstKey.length() < (writtenWithoutSpaces(first) ? MIN_UNSPACED_HEADLINE_CHARS : MIN_STATED_HEADING_KEY_CHARS)) {
            return text;
        }
        for (String stated : statedTitles) {
            if (stated != null && ComparisonKey.of(stated).equals(firstKey)) {
                return first;
            }
        }
        return metaHeadline != null && ComparisonKey.of(metaHeadline).equals(firstKey) ? first : text;
    }

    /** True when the text holds a letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
    private static boolean writtenWithoutSpaces(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True when the heading is an item of a breadcrumb trail: inside one, or after a row of links in its box. */
    private static boolean inBreadcrumbTrail(Element h) {
        Element trail = h.closest(BREADCRUMB);
        if (trail != null && !isWholePage(trail)) {
            return true;
        }
        int links = 0;
        for (Element sibling = h.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
            switch (sibling.normalName()) {
                case "a" -> links++;
                case "span", "svg", "i", "img" -> {
                    // separators and icons between the links
                }
                default -> {
                    return false;
                }
            }
        }
        return links >= MIN_TRAIL_LINKS;
    }

    /**
     * The article's displayed headline after a breadcrumb trail: the first h2 that follows the trail's
     * heading and that a title the page states confirms (see {@link TitleCleaner#confirms}); null when
     * none does, and the trail's heading is then taken as the headline.
     */
    private static String headingAfterTrail(Element trailHeading, List<String> statedTitles) {
        int seen = 0;
        for (Element from = trailHeading; from != null && !isWholePage(from); from = from.parent()) {
            for (Element next = from.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                for (Element h2 : next.normalName().equals("h2") ? List.of(next) : next.getElementsByTag("h2")) {
                    if (++seen > MAX_HEADINGS_AFTER_TRAIL) {
                        return null;
                    }
                    String t = Blanks.collapsed(h2.text()).trim();
                    if (t.length() >= MIN_HEADLINE_CHARS && t.length() <= MAX_HEADLINE_CHARS && !inSiteFrame(h2) && !inOverlay(h2)
                            && statedTitles.stream().anyMatch(title -> TitleCleaner.confirms(t, title))) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when the document title is only the site's name: the words of an h1 that links home alone
     * ({@link #linksHomeOnly}), as a theme that titles every page with the site's name sets its logo.
     */
    private static boolean titleIsLogoHeading(List<Element> headlines, String documentTitle) {
        if (documentTitle == null) {
            return false;
        }
        String titleKey = ComparisonKey.of(documentTitle);
        int read = 0;
        for (Element h : headlines) {
            if (read++ >= MAX_HEADLINES_READ) {
                break;
            }
            if (h.normalName().equals("h1") && linksHomeOnly(h) && !titleKey.isEmpty() && ComparisonKey.of(h.text()).equals(titleKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * With no h1 to read and no title stated but the document's, the first lower heading in the
     * article (HTML's {@code <article>}, an hAtom entry) that begins or ends the document title: old blog themes set the post's title as an h2
     * under the blog's name ("Blog » Blog Archive » Title" around {@code <h2>Title</h2>}). When the document
     * title is only the site's name that the logo heading shows ({@code titleIsSiteName}), that first heading
     * is the post's title whatever the document title says.
     */
    private static Visible entryHeadingAtTitleEnd(List<Element> subheadings, String documentTitle, boolean titleIsSiteName) {
        if (documentTitle == null) {
            return null;
        }
        String titleKey = ComparisonKey.of(documentTitle);
        Visible whole = titleShownWhole(subheadings, documentTitle, titleKey);
        if (whole != null) {
            return whole;
        }
        for (Element h : subheadings) {
            if (h.closest(ARTICLE) == null) {
                continue;
            }
            String t = Blanks.collapsed(h.text()).trim();
            String key = ComparisonKey.of(t);
            if (t.length() >= MIN_HEADLINE_CHARS && t.length() <= MAX_HEADLINE_CHARS && t.indexOf(' ') > 0
                    && (titleIsSiteName && !key.equals(titleKey)
                        || key.length() < titleKey.length() && (titleKey.endsWith(key) || titleKey.startsWith(key)))) {
                return new Visible(t, false);
            }
            break; // the article's first heading or none: later ones head its sections
        }
        return headingEndingTitle(subheadings, titleKey);
    }

    /**
     * The first lower heading outside the site's frame whose words end the document title and make up at least half of
     * it, on a page with no article element to look in: a table-laid or plain template heads the notice with its
     * headline under a label ("Bekanntmachung" over "Sperrung des Friedhofs …" in "Gemeinde Kirchwald - Bekanntmachung:
     * Sperrung des Friedhofs …"), and a title's end that long is its headline, not a site's or a blog's name. Null
     * when none does.
     */
    private static Visible headingEndingTitle(List<Element> subheadings, String titleKey) {
        for (Element h : subheadings) {
            if (h.closest(ARTICLE) != null || inSiteFrame(h) || linksHomeOnly(h) || inOverlay(h) || h.closest(HIDDEN) != null) {
                continue;
            }
            String t = shortText(h);
            if (t == null || t.length() < MIN_HEADLINE_CHARS || t.indexOf(' ') < 0) {
                continue;
            }
            String key = ComparisonKey.of(t);
            if (key.length() >= MIN_STATED_HEADING_KEY_CHARS && key.length() < titleKey.length() && 2 * key.length() >= titleKey.length()
                    && titleKey.endsWith(key)) {
                return new Visible(t, false);
            }
        }
        return null;
    }

    /**
     * The first lower heading outside the site's frame that shows a document title holding a separator whole ("My
     * dog drinks after every walk - normal?" as a forum's thread heading, or the post's entry in a list of recent
     * ones): the page writes the whole title as the name of its content, so no segment of it is the site's
     * furniture, which a heading of the content never carries. Null when none does.
     */
    private static Visible titleShownWhole(List<Element> subheadings, String documentTitle, String titleKey) {
        if (titleKey.length() < MIN_HEADLINE_CHARS || !TitleCleaner.holdsSeparator(documentTitle)) {
            return null;
        }
        for (Element h : subheadings) {
            if (inSiteFrame(h) || linksHomeOnly(h) || inOverlay(h) || h.closest(HIDDEN) != null) {
                continue;
            }
            String t = Blanks.collapsed(h.text()).trim();
            if (t.length() <= MAX_HEADLINE_CHARS && ComparisonKey.of(t).equals(titleKey)) {
                return new Visible(t, false);
            }
        }
        return null;
    }

    /**
     * True when the heading is one link to the site's home page ("/", or an address with no path), or
     * the whole text of such a link around it: the blog's name as old themes set it ({@code <h1><a
     * href="/">Blog</a></h1>} in a {@code div#header}, or {@code <a href="/"><h1>Blog</h1></a>}), never
     * an article's headline, which links to the article if anywhere.
     */
    static boolean linksHomeOnly(Element h) {
        Element link = soleLink(h);
        if (link == null) {
            // the link around the heading: <a href="/"><h1>Site</h1></a>, as a logo is linked
            Element around = h.parent() == null ? null : h.parent().closest(LINK);
            return around != null && HOME_ADDRESS.matcher(around.attr("href").trim()).matches() && holdsOnly(around, h);
        }
        return link != MANY_LINKS && HOME_ADDRESS.matcher(link.attr("href").trim()).matches()
                && link.text().trim().equals(h.text().trim());
    }

    /** Stands for "two links or more" in {@link #soleLink}. */
    private static final Element MANY_LINKS = new Element("a");

    /**
     * The one {@link #LINK} in the element or the element itself, null when there is none, {@link #MANY_LINKS} when
     * there are two or more: the walk stops at the second link instead of collecting all of a long heading's links.
     */
    static Element soleLink(Element h) {
        Element found = null;
        Element e = h;
        while (e != null) {
            if (e.normalName().equals("a") && e.hasAttr("href")) {
                if (found != null) {
                    return MANY_LINKS;
                }
                found = e;
            }
            Element next = e.firstElementChild();
            while (next == null && e != h) {
                next = e.nextElementSibling();
                if (next == null) {
                    e = e.parent();
                }
            }
            e = next;
        }
        return found;
    }

    /**
     * True when the element holds nothing but the heading: each box between them has no other child
     * than the next one down, blank text and comments aside. Read without the text of a broken link
     * that an unclosed tag stretches over the whole page.
     */
    private static boolean holdsOnly(Element outer, Element h) {
        for (Element e = h; e != outer; e = e.parent()) {
            for (Node n : e.parent().childNodes()) {
                if (n != e && !(n instanceof TextNode tn && tn.isBlank()) && !(n instanceof Comment)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A link, as the headings are searched for one: parsed once, not once a heading. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    /** The address of a site's home page: "/", "./", or a scheme and host with at most a closing slash. */
    static final Pattern HOME_ADDRESS = Pattern.compile("(?i)^(?:\\.?/|(?:https?:)?//[^/?#]+/?)$");

    /** True when the heading sits in the site's frame (banner, navigation, logo) outside the article. */
    private static boolean inSiteFrame(Element h) {
        if (h.closest(ARTICLE) != null) {
            return false;
        }
        for (Element frame = h.closest(SITE_FRAME); frame != null; frame = frame.parent() == null ? null : frame.parent().closest(SITE_FRAME)) {
            if (isWholePage(frame)) {
                return false; // classes on body or html describe the page ("brand-news"), not a banner in it
            }
            boolean sectionHeader = BANNER.matches(frame, frame) && frame.parent() != null && frame.parent().closest(SECTIONING) != null;
            if (!sectionHeader) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the only part of the site's frame the heading sits in is a {@code <header>} outside
     * sectioning content: HTML calls that the page's banner, but CMS themes also set the post's own
     * header so ({@code <header class="entry-header">} around the h1, no {@code <article>}). A logo,
     * brand or navigation box around it still makes it the site's.
     */
    private static boolean onlyInBanner(Element h) {
        boolean banner = false;
        for (Element frame = h.closest(SITE_FRAME); frame != null && !isWholePage(frame);
             frame = frame.parent() == null ? null : frame.parent().closest(SITE_FRAME)) {
            if (!BANNER.matches(frame, frame)) {
                return false;
            }
            banner = true;
        }
        return banner;
    }

    /**
     * True when a title the page states in markup (og:title, twitter:title, the schema.org headline)
     * repeats the heading's words whole: the heading is the article's headline, wherever it sits. A
     * site's logo heading shares no headline with an article's metadata.
     */
    private static boolean statedWhole(Element h, List<String> statedTitles) {
        String headingKey = ComparisonKey.of(h.text());
        if (headingKey.length() < MIN_STATED_HEADING_KEY_CHARS) {
            return false;
        }
        for (String stated : statedTitles) {
            if (stated != null && ComparisonKey.of(stated).equals(headingKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the heading sits in a pop-up or banner laid over the page (body classes like "modal-open" do not
     * count), or in a {@link #CONSENT_PARTS cookie-consent box} that does not hold the article's region around the
     * heading: a wrapper named for cookies (a recipe site's "cookie-recipes" section, a body class) holds the article,
     * a consent box does not. One climb reads each box's class and id once, lowercased once, for all the names.
     */
    static boolean inOverlay(Element h) {
        boolean overlaySeen = false;
        boolean consentSeen = false;
        boolean regionSeen = false;
        for (Element e = h; e != null; e = e.parent()) {
            String cls = e.hasAttr("class") ? Normalizer.lowerCase(e.attr("class")) : "";
            String id = e.hasAttr("id") ? Normalizer.lowerCase(e.attr("id")) : "";
            if (!overlaySeen && (containsAny(cls, OVERLAY_CLASS_PARTS) || e.hasAttr("role") && e.attr("role").equalsIgnoreCase("dialog"))) {
                if (!isWholePage(e)) {
                    return true;
                }
                overlaySeen = true;
            }
            if (!regionSeen && isArticleRegion(e)) {
                regionSeen = true;
            }
            if (!consentSeen && (containsAny(cls, CONSENT_PARTS) || containsAny(id, CONSENT_PARTS))) {
                if (!isWholePage(e) && !regionSeen) {
                    return true;
                }
                consentSeen = true;
            }
            if (overlaySeen && consentSeen) {
                return false;
            }
        }
        return false;
    }

    /** Parts of a class name that mark a pop-up or banner laid over the page: it asks for money or e-mail addresses. */
    private static final List<String> OVERLAY_CLASS_PARTS = List.of("modal", "popup", "newsletter", "donat", "subscribe", "paywall");

    /**
     * Parts of an id or a class name that mark a cookie-consent box, as the consent tools and CMS plugins that write
     * it name it, laid over the page or set at its top or bottom: its heading asks the reader to accept cookies.
     */
    private static final List<String> CONSENT_PARTS = List.of("consent", "cookie", "gdpr");

    private static boolean containsAny(String name, List<String> parts) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : parts) {
            if (name.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The article's region (article, main, role main, an h-entry): a heading there belongs to the article. */
    private static boolean isArticleRegion(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || e.hasAttr("role") && e.attr("role").equalsIgnoreCase("main")
                || e.hasClass("hentry") || e.hasClass("h-entry");
    }

    /** True for body and html, whose class names describe the whole page, not a part of it. */
    private static boolean isWholePage(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html");
    }

    /** True when the visible heading has the same words as the page title, nothing around them. */
    private static boolean shownWhole(String heading, String pageTitle) {
        return heading != null && pageTitle != null && ComparisonKey.of(heading).equals(ComparisonKey.of(pageTitle));
    }

    /**
     * {@link #sharesWords}, where a heading that names the site whole ("Welcome to The Riverside Post")
     * shares only the words beside that name: a local paper's name holds its town's, which its
     * headlines repeat, so a greeting or a logo would share a word with every headline.
     */
    private static boolean sharesWordsBesideSite(String heading, String title, String siteName) {
        if (siteName == null) {
            return sharesWords(heading, title);
        }
        List<String> headingWords = words(heading);
        List<String> siteWords = words(siteName);
        int at = siteWords.isEmpty() ? -1 : Collections.indexOfSubList(headingWords, siteWords);
        if (at < 0) {
            return sharesWords(heading, title);
        }
        Set<String> titleWords = new HashSet<>(words(title));
        for (int i = 0; i < headingWords.size(); i++) {
            String w = headingWords.get(i);
            if ((i < at || i >= at + siteWords.size()) && letters(w) >= MIN_SHARED_WORD_CHARS && titleWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a text, in lower case. What parts words is anything but letters, digits and the marks written on
     * letters ({@link Words#withMarks}): the vowel signs of Devanagari, Bengali, Tamil and the other Brahmic scripts,
     * and the Hebrew and Arabic vowel points, are marks inside a word ("खबरें"): parting there would cut every word of
     * a Hindi headline into stubs too short to be shared.
     */
    private static List<String> words(String text) {
        return Words.withMarks(text.toLowerCase(Locale.ROOT));
    }

    /** True when two titles share a longer word ({@link #words}): they are about the same story. */
    private static boolean sharesWords(String a, String b) {
        Set<String> words = new HashSet<>();
        for (String w : Words.withMarks(a.toLowerCase(Locale.ROOT))) {
            if (letters(w) >= MIN_SHARED_WORD_CHARS) {
                words.add(w);
            }
        }
        for (String w : Words.withMarks(b.toLowerCase(Locale.ROOT))) {
            if (letters(w) >= MIN_SHARED_WORD_CHARS && words.contains(w)) {
                return true;
            }
        }
        return words.isEmpty();
    }

    /**
     * A word's length in letters, where a Hangul syllable block counts as the two or three letters (jamo)
     * it is written with: a two-syllable Korean word ("미디어" has three, "뉴스" two) is a word of a
     * headline's weight, as a four-letter Latin one is, not a particle to pass over.
     */
    private static int letters(String word) {
        int n = word.length();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= HANGUL_SYLLABLES_FIRST && c <= HANGUL_SYLLABLES_LAST) {
                n++;
            }
        }
        return n;
    }

    /** The Unicode block of precomposed Hangul syllables (U+AC00 to U+D7A3). */
    private static final char HANGUL_SYLLABLES_FIRST = '\uAC00';
    private static final char HANGUL_SYLLABLES_LAST = '\uD7A3';

    /**
     * True when the heading opens with the site's name and a colon right after it ("Ústavní soud: Obec nesmí …"): a body's
     * news headed in its own name. Such a heading the og:title states whole keeps the name, as the headline's subject.
     */
    private static boolean opensWithNameAndColon(String heading, String siteName) {
        if (heading == null || siteName == null || siteName.isBlank()) {
            return false;
        }
        String h = heading.strip();
        String name = siteName.strip();
        if (h.length() <= name.length() || !h.regionMatches(true, 0, name, 0, name.length())) {
            return false;
        }
        int i = name.length();
        while (i < h.length() && Character.isWhitespace(h.charAt(i))) {
            i++;
        }
        return i < h.length() && (h.charAt(i) == ':' || h.charAt(i) == '\uFF1A');
    }
}
