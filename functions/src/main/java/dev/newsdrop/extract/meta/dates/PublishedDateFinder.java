package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.MetaTags;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.meta.dates.BelowHeadline.WrittenBelow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.newsdrop.extract.meta.dates.MarkedUpDates.datetimeOf;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.microdataDate;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.otherStoriesItemDates;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.ownDatePublishedProp;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.unlessOtherStory;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.unlessUpdate;
import static dev.newsdrop.extract.meta.dates.StoryBounds.aboveHeadline;
import static dev.newsdrop.extract.meta.dates.StoryBounds.outsideTheArticle;

/**
 * Finds when the article was published and last modified, in trust order: JSON-LD and meta tags,
 * a dated URL, microdata and {@code <time>}, visible datelines, dates in script state, a date in the
 * URL's slug, and last the first date written anywhere on the page. {@link #published} is that order; each family of
 * readers has a class of its own in this package ({@link MarkedUpDates}, {@link BelowHeadline}, {@link VisibleDatelines},
 * {@link ShownDates}, {@link AppStateDates}, {@link FirstWrittenDate}), as have the labels ({@link DateLabels},
 * {@link StateDates}) and the page's parts they read past ({@link StoryBounds}, {@link DateMarks}).
 */
public final class PublishedDateFinder {

    /**
     * Meta names that carry the publication time, most specific first ("parsely-page" holds Parse.ly's
     * JSON, whose one date is its {@code pub_date}; "article_date_original" is the date a syndicating CMS
     * writes out in words).
     */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "datepublished", "article.published",
            "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date", "parsely-page",
            "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date",
            "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime", "article:published",
            "og:published_time", "originalpublicationdate", "displaydate", "dc.date.created", "release_date", "article_date_original",
            // names other CMSs and publishers give it: Dublin Core's refinements and prefixes, rNews, plugin and
            // portal names ("og:regDate" of Korean portals, "ptime"/"pubtime"/"publishtime" of Chinese ones)
            "article:published_date", "published_date", "date_published", "pub_date", "dc.date.published", "dcterms.date",
            "dc:date", "dc:created", "rnews:datepublished", "shareaholic:article_published_time", "bt:pubdate", "vr:published_time",
            "og:regdate", "ptime", "pubtime", "publishtime", "doc_date");

    /** Meta names that carry the last-update time. */
    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "article.updated", "dcterms.modified",
            "last-modified", "lastmod", "article:modified");

    /** A marked-up time this many days from the path's date still describes the same publication. */
    private static final int MAX_DAYS_FROM_URL_DATE = 1;

    /** Length of a bare ISO day, yyyy-mm-dd; parsed dates with a time are longer. */
    static final int DAY_CHARS = 10;

    /** Paragraphs after the headline before the shown dates are given up: a standfirst may precede the byline. */
    static final int MAX_PARAGRAPHS_BEFORE_SHOWN_DATE = 3;

    /** An update label ("last updated") applies to a date this many texts after it: the date is its own element. */
    static final int MAX_TEXTS_FROM_LABEL = 2;

    /** An update label on a line of its own ("last updated", "Stand:") is short. */
    static final int MAX_LABEL_CHARS = 30;

    /** A written date has at least this many characters ("5/3/24" is too ambiguous to trust). */
    static final int MIN_DATE_CHARS = 8;

    /** A dateline is short; longer text is a paragraph that may mention other dates. */
    static final int MAX_DATELINE_CHARS = 160;

    /** From the CJK radicals through the Hangul syllables: ideographs, kana, Hangul, CJK punctuation. */
    private static final char FIRST_CJK = '\u2E80';
    private static final char LAST_CJK = '\uD7AF';

    /**
     * How many Latin characters one Chinese, Japanese or Korean character counts as when a line is measured against
     * {@link #MAX_DATELINE_CHARS}: one says about as much as two or three Latin letters (the body stage weighs them so too),
     * and a Japanese paragraph of a hundred characters is prose, not a dateline.
     */
    private static final int CJK_WEIGHT = 2;

    /**
     * The marks that close a Chinese or Japanese sentence: the ideographic full stop and the full-width exclamation and question
     * marks. No dateline ends with one.
     */
    private static final String CJK_SENTENCE_ENDS = "。！？";

    /**
     * True when the text is prose, not a dateline: longer than one ({@link #MAX_DATELINE_CHARS}), each CJK character counted
     * as {@link #CJK_WEIGHT} Latin ones, or a Chinese or Japanese sentence closed by its full stop ({@link #CJK_SENTENCE_ENDS}).
     * Counted in characters alone, a Japanese story's short paragraphs ("…と発表した。") read as datelines, and the reading
     * for the header's dates runs on into the lists after the text.
     */
    static boolean isProse(String text) {
        if (text.length() > MAX_DATELINE_CHARS) {
            return true;
        }
        int n = text.length();
        while (n > 0 && Character.isWhitespace(text.charAt(n - 1))) {
            n--;
        }
        if (n > 0 && CJK_SENTENCE_ENDS.indexOf(text.charAt(n - 1)) >= 0) {
            return true;
        }
        if (n * CJK_WEIGHT <= MAX_DATELINE_CHARS) {
            return false;
        }
        int width = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            width += c >= FIRST_CJK && c <= LAST_CJK ? CJK_WEIGHT : 1;
        }
        return width > MAX_DATELINE_CHARS;
    }

    /** A written date is a short line of its own. */
    static final int MAX_WRITTEN_DATE_CHARS = 80;

    private PublishedDateFinder() {
    }

    public static String published(MetaTags meta, JsonLdFacts ld, PageScan scan, Document doc, String url, DateLanguage lang) {
        Set<String> otherItems = otherStoriesItemDates(scan);
        List<String> statedPublished = new ArrayList<>(PUBLISHED_META.size()); // each tag's first date, null when none
        for (String name : PUBLISHED_META) {
            statedPublished.add(firstUnless(meta, name, otherItems));
        }
        String published = mostPrecise(lang, ld.published, statedPublished);
        if (published != null && ld.isLiveBlog()) {
            // a live blog's later dates are its posts': it is not re-dated, and a restamped publication gives way to its start
            published = liveBlogStart(published, DateParser.parse(ld.modified, lang), ld, lang);
        } else if (published != null) {
            List<String> later = new ArrayList<>();
            addIfLater(later, DateParser.parse(modified(meta, ld, scan, lang), lang), published, 0);
            for (String stated : statedPublished) { // a CMS that states two publication dates: the first and the re-dated one
                addIfLater(later, DateParser.parse(stated, lang), published, MAX_DAYS_FROM_URL_DATE);
            }
            ShownDates shown = new ShownDates(doc, scan.firstH1(), lang, url); // read once, by whichever of the two asks first
            published = ShownDates.republished(published, later, shown, lang);
            published = BelowHeadline.shownPublication(published, scan, lang);
            published = ShownDates.shownLocalDay(published, shown, lang);
        }
        if (published == null) {
            published = DateParser.parse(ld.created, lang);
        }
        if (published == null && ld.statesNoArticle()) {
            published = DateParser.parse(ld.videoPublished, lang); // a video page: its video's publication or upload
        }
        if (published == null && ld.statesNoArticle()) {
            published = DateParser.parse(ld.jobPosted, lang); // a job ad: the day it was posted, not the day applications close
        }
        String eventPathDay = null;
        WrittenBelow writtenBelow = new WrittenBelow(scan, url, lang);
        if (published == null) {
            published = urlDate(url, scan, lang); // a dated path outranks a stray time element or dateline
            if (published != null && published.length() > DAY_CHARS) {
                // the article's marked-up time, in UTC, beside the date the newsroom shows: the shown day, as below
                published = ShownDates.shownLocalDay(published, new ShownDates(doc, scan.firstH1(), lang, url), lang);
            }
            if (published != null && published.equals(UrlDates.fromUrl(url)) && UrlDates.datedOnlyByYearAndFourDigits(url)) {
                // "/ausgabe/2025/1107/48213.html" and "Donnerstag, 20. Februar 2025" under the headline: the folder is an issue's
                // number, and the day the page shows, in the path's year, is the story's
                String shownBelow = writtenBelow.date();
                if (shownBelow != null && shownBelow.startsWith(published.substring(0, 4)) && !shownBelow.startsWith(published)) {
                    published = shownBelow;
                }
            }
            if (published != null && published.equals(UrlDates.fromUrl(url)) && headlineNamesDay(scan, doc, published, lang)) {
                eventPathDay = published; // the day the story announces, which its slug was named for: asked last
                published = null;
            }
        }
        if (published == null) {
            Element pubdate = scan.timeElement() != null && scan.timeElement().hasAttr("pubdate") ? scan.timeElement() : null;
            Element anyTime = scan.timeElement();
            if (anyTime != null && (TeasersAndBanners.datesTeaser(anyTime, url) || TeasersAndBanners.inMasthead(anyTime, url))) {
                anyTime = null; // a related story's time, or the banner's today, is not the page's
            }
            published = firstParsed(lang, microdataDate(ownDatePublishedProp(scan), lang), microdataDate(scan.publishedMark(), lang),
                    microdataDate(scan.dateCreatedProp(), lang), // marked as created: not the update time shown before it
                    BelowHeadline.headlineTimeDate(scan, url, lang),
                    datetimeOf(unlessUpdate(unlessOtherStory(scan.articleTimeElement(), url)), lang), datetimeOf(pubdate, lang),
                    datetimeOf(unlessUpdate(unlessOtherStory(scan.bylineTimeElement(), url)), lang),
                    anyTime != null && (aboveHeadline(anyTime, scan) || outsideTheArticle(anyTime, scan)) && writtenBelow.date() != null
                            ? writtenBelow.date() // a time set over the headline, or beside the article: the date below it is the story's
                            : datetimeOf(unlessUpdate(anyTime), lang));
            if (published != null) {
                // a time element's machine time in UTC beside the newsroom's own date: the day the page shows is the article's
                published = ShownDates.shownLocalDay(published, new ShownDates(doc, scan.firstH1(), lang, url), lang);
            }
        }
        if (published == null) {
            Set<Element> nearHeadline = BelowHeadline.belowHeadline(scan, lang);
            published = firstParsed(lang, VisibleDatelines.visibleDate(scan.visible().datelines(), nearHeadline, url, lang),
                    BelowHeadline.headlineTextTime(scan, url, lang), BelowHeadline.headlineTitledDate(scan, url, lang),
                    VisibleDatelines.visibleDate(scan.visible().datelines(), null, url, lang, writtenBelow));
        }
        if (published == null && scan.textTimeElement() != null) {
            Element textTime = scan.textTimeElement(); // a time element whose date is only its text
            published = aboveHeadline(textTime, scan) && writtenBelow.date() != null ? writtenBelow.date()
                    : DateLabels.dateBeforeUpdate(textTime.text(), lang);
        }
        if (published == null) {
            published = AppStateDates.scriptDate(scan.scripts(), lang);
        }
        if (published == null) {
            published = eventPathDay;
        }
        if (published == null) {
            published = UrlDates.fromUrlSlug(url); // the slug's date, over the first date anywhere on the page
        }
        if (published == null) {
            published = FirstWrittenDate.firstWrittenDate(doc, hasH1(scan), url, lang);
        }
        if (published == null) {
            published = titleDate(scan, lang); // the document's title names the page's own day, when nothing else dates it
        }
        if (published == null) {
            published = BelowHeadline.yearlessInUrlMonth(scan, url, lang);
        }
        if (published == null) {
            // a page that states only its last modification, and writes no date anywhere: the one date its text has
            published = DateParser.parse(modified(meta, ld, scan, lang), lang);
        }
        return published;
    }

    /**
     * When a live blog began, if its stated publication is restamped with each post: a CMS that gives
     * the same instant as publication and modification dates the latest post, not the blog. The start is
     * then the LiveBlogPosting's coverageStartTime, else its earliest liveBlogUpdate, when earlier than
     * the stated publication; otherwise the stated publication stands.
     */
    private static String liveBlogStart(String published, String modified, JsonLdFacts ld, DateLanguage lang) {
        if (modified == null || !sameInstant(published, modified)) {
            return published;
        }
        String start = DateParser.parse(ld.coverageStart, lang);
        if (start == null || !isEarlier(start, published)) {
            start = null;
            for (String raw : ld.liveBlogUpdatesPublished) {
                String d = DateParser.parse(raw, lang);
                if (d != null && isEarlier(d, start == null ? published : start)) {
                    start = d;
                }
            }
        }
        return start != null ? start : published;
    }

    /** True when two parsed dates name the same instant (with offsets) or the same day (without). */
    private static boolean sameInstant(String a, String b) {
        if (a.length() > DAY_CHARS && b.length() > DAY_CHARS) {
            return IsoTimes.offsetDateTime(a).isEqual(IsoTimes.offsetDateTime(b));
        }
        return a.equals(b);
    }

    /** True when parsed date {@code a} is before {@code b}: by instant with offsets, else by day. */
    private static boolean isEarlier(String a, String b) {
        if (a.length() > DAY_CHARS && b.length() > DAY_CHARS) {
            return IsoTimes.offsetDateTime(a).isBefore(IsoTimes.offsetDateTime(b));
        }
        return dayOf(a).isBefore(dayOf(b));
    }

    /**
     * Adds a parsed date when it is more than {@code days} days after the publication, on its own day
     * and in UTC: one day in the newsroom's zone or in UTC leaves nothing to choose between, and a
     * second stated publication within a day is the same one (released online the evening before the
     * edition it is dated by).
     */
    private static void addIfLater(List<String> later, String date, String published, int days) {
        if (date == null) {
            return;
        }
        LocalDate day = dayOf(date);
        LocalDate pubDay = dayOf(published);
        if (day.isAfter(pubDay.plusDays(days)) && utcDay(date).isAfter(utcDay(published).plusDays(days))) {
            later.add(date);
        }
    }

    private static boolean hasH1(PageScan scan) {
        return scan.firstH1() != null;
    }

    /** The day of a parsed date in UTC when it has an offset, else its own day. */
    static LocalDate utcDay(String parsed) {
        return parsed.length() > DAY_CHARS
                ? IsoTimes.offsetDateTime(parsed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(parsed);
    }

    /**
     * The day a parsed date ({@link DateParser}'s "yyyy-mm-dd", perhaps with a time after it) opens
     * with, {@code LocalDate.parse(parsed.substring(0, 10))}: read from its digits, without a
     * formatter's parse (asked several times a page); any other text takes that parse, and fails as
     * it fails.
     */
    static LocalDate dayOf(String parsed) {
        if (parsed.length() >= DAY_CHARS && parsed.charAt(4) == '-' && parsed.charAt(7) == '-'
                && allDigits(parsed, 0, 4) && allDigits(parsed, 5, 7) && allDigits(parsed, 8, DAY_CHARS)) {
            try {
                return LocalDate.of(Integer.parseInt(parsed, 0, 4, 10), Integer.parseInt(parsed, 5, 7, 10),
                        Integer.parseInt(parsed, 8, DAY_CHARS, 10));
            } catch (java.time.DateTimeException noSuchDay) {
                // "2024-02-30": the parse below fails as it always did
            }
        }
        return LocalDate.parse(parsed.substring(0, DAY_CHARS));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code e.ownText()}, which is "" without a text among the element's children (a {@code <br>} adds only a space,
     * trimmed off): the elements below a headline are mostly boxes of other elements, asked without a copy.
     */
    static String ownText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode) {
                return e.ownText();
            }
        }
        return "";
    }


    /**
     * The day in a dated path, or the article's own marked-up time when it is within a day of it: the
     * path is often fixed when the story is drafted, or written in the newsroom's zone, while the
     * marked-up time is when it went out, often with its offset.
     */
    private static String urlDate(String url, PageScan scan, DateLanguage lang) {
        String fromUrl = UrlDates.fromUrl(url);
        if (fromUrl == null) {
            return null;
        }
        String marked = firstParsed(lang, microdataDate(ownDatePublishedProp(scan), lang), microdataDate(scan.publishedMark(), lang),
                datetimeOf(scan.articleTimeElement(), lang), BelowHeadline.headlineTimeDate(scan, url, lang),
                datetimeOf(scan.bylineTimeElement(), lang));
        if (marked == null) {
            String shown = firstParsed(lang, datetimeOf(scan.timeElement(), lang));
            // the page's time element, wherever its template puts it (a generator's sidebar), gives the
            // path's day its clock time; on another day it may be any story's, and the path decides
            return shown != null && shown.length() > DAY_CHARS && shown.startsWith(fromUrl) ? shown : fromUrl;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(fromUrl), dayOf(marked)));
        return days <= MAX_DAYS_FROM_URL_DATE ? marked : fromUrl;
    }

    /**
     * True when the page's headline (its first h1, or its document title) names the day of {@code pathDay}
     * by its day and month ("В Рязани 9 мая перекроют центр", "Road closures for the 4 July parade"): a
     * path written from such a headline carries the day of the event the story announces, which is not
     * when it was published, and the dates the page shows are read before it.
     */
    private static boolean headlineNamesDay(PageScan scan, Document doc, String pathDay, DateLanguage lang) {
        MonthDay day = MonthDay.from(dayOf(pathDay));
        Element h1 = scan.firstH1();
        return h1 != null && day.equals(DateParser.yearless(h1.text(), lang)) || day.equals(DateParser.yearless(doc.title(), lang));
    }

    public static String modified(MetaTags meta, JsonLdFacts ld, PageScan scan, DateLanguage lang) {
        return firstParsed(lang, ld.modified, meta.first(MODIFIED_META), microdataDate(scan.dateModifiedProp(), lang),
                microdataDate(scan.updatedMark(), lang));
    }

    /** The first non-blank value of a meta name that is not one of {@code unless}; null when none. */
    private static String firstUnless(MetaTags meta, String name, Set<String> unless) {
        if (unless.isEmpty()) {
            return meta.first(name);
        }
        for (String v : meta.all(name)) {
            if (!v.isBlank() && !unless.contains(v.trim())) {
                return v.trim();
            }
        }
        return null;
    }

    /** A document title read for a date: a title is a line, a longer one is no title. */
    private static final int MAX_TITLE_CHARS = 300;

    /**
     * The full date the document's {@code <title>} gives ("Pressemitteilung - 17.10.2025 - Landkreis"): a
     * title names the page itself, so a date in it is the page's. Null when it gives none.
     */
    private static String titleDate(PageScan scan, DateLanguage lang) {
        Element title = scan.title();
        if (title == null) {
            return null;
        }
        String text = title.text();
        return text.length() < MIN_DATE_CHARS || text.length() > MAX_TITLE_CHARS ? null : DateParser.parseText(text, lang);
    }

    /**
     * The first date that parses, or a later one that gives the same day with its time and offset:
     * a bare day is ambiguous by up to a day against UTC, a timestamp with offset is not.
     */
    private static String mostPrecise(DateLanguage lang, String jsonLd, List<String> metas) {
        String first = DateParser.parse(jsonLd, lang);
        for (String r : metas) {
            String d = DateParser.parse(r, lang);
            if (d == null) {
                continue;
            }
            if (first == null) {
                first = d;
            } else if (first.length() == DAY_CHARS && d.length() > DAY_CHARS && d.startsWith(first)) {
                return d;
            }
        }
        return first;
    }

    private static String firstParsed(DateLanguage lang, String... raws) {
        for (String r : raws) {
            String d = DateParser.parse(r, lang);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
