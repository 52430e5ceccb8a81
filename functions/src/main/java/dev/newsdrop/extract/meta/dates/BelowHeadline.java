package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.text.Words;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.DateLabels.PUBLISHED_LABEL;
import static dev.newsdrop.extract.meta.dates.DateLabels.PUBLISHED_OPENINGS;
import static dev.newsdrop.extract.meta.dates.DateLabels.dateBeforeUpdate;
import static dev.newsdrop.extract.meta.dates.DateLabels.holdsUpdateLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.isUpdateLine;
import static dev.newsdrop.extract.meta.dates.DateLabels.labelledDate;
import static dev.newsdrop.extract.meta.dates.DateMarks.isUpdateMark;
import static dev.newsdrop.extract.meta.dates.DateMarks.isUpdateOnlyMark;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.datetimeOf;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.labelledAsUpdate;
import static dev.newsdrop.extract.meta.dates.MarkedUpDates.unlessOtherStory;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_DATELINE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_WRITTEN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MIN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.dayOf;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.isProse;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.ownText;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.published;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.utcDay;
import static dev.newsdrop.extract.meta.dates.StateDates.afterState;
import static dev.newsdrop.extract.meta.dates.StateDates.datesAState;
import static dev.newsdrop.extract.meta.dates.StateDates.labelledAsState;
import static dev.newsdrop.extract.meta.dates.StoryBounds.namesComments;
import static dev.newsdrop.extract.meta.dates.StoryBounds.outsideTheArticle;

/**
 * The readers of the elements just below the page's headline, where its byline and date sit: a time element
 * there, a date in the title or a data attribute of a relative time, a line labelled as the publication, a day
 * written without its year on a path dated by its year, and the date written there ({@link WrittenBelow}).
 */
final class BelowHeadline {

    /** Headlines (h1) looked below for a byline time; the first few are the logo and the story. */
    private static final int MAX_HEADLINES_TRIED = 3;

    /** A byline sits within a few dozen elements of its headline; further on are body and sidebars. */
    private static final int MAX_ELEMENTS_AFTER_HEADLINE = 40;

    /** Child nodes of a line whose label and date sit in elements of their own: a label, a date, the spaces between. */
    private static final int MAX_LABELLED_LINE_NODES = 8;

    /** A stated publication this many days or fewer from the one the page labels and shows is the same one. */
    private static final int MAX_DAYS_FROM_SHOWN_PUBLICATION = 1;

    /**
     * The publication date the page shows its reader below the headline, labelled as the publication
     * ("Veröffentlicht am 05.03.2025", "Publié le 5 mars 2025", "Opublikowano: 5 marca 2025"), instead
     * of a stated one more than a day later: a CMS that writes the last save into its JSON-LD or meta
     * {@code datePublished} restamps the article, while its template prints the first publication with
     * the label. Only a short line before the prose counts, its own text or, when the label and the date
     * sit in elements of their own, its whole text; the date read is the one after the publication label,
     * up to any update label ("Atualizado em 08/03/2025 Publicado em 05/03/2025" gives 5 March).
     */
    static String shownPublication(String published, PageScan scan, DateLanguage lang) {
        String shown = firstBelowHeadline(scan, e -> {
            if (e.childNodeSize() == 0) {
                return null;
            }
            String own = ownText(e);
            if (isProse(own)) {
                return Optional.empty(); // the prose has begun: a label after it ("Erstveröffentlichung: 4.4.18") dates an earlier edition
            }
            String line = own;
            if (e.childNodeSize() > 1 && e.childNodeSize() <= MAX_LABELLED_LINE_NODES) {
                // the label in an element of its own: "<span>Veröffentlicht:</span> <span>05.03.2025</span>", "<dt>Published</dt><dd>…"
                if (e.normalName().equals("dl")) {
                    line = Opening.of(e, MAX_WRITTEN_DATE_CHARS).text();
                } else {
                    String inline = Opening.lineOf(e, MAX_WRITTEN_DATE_CHARS);
                    line = inline != null ? inline : "";
                }
            }
            if (line.length() < MIN_DATE_CHARS || line.length() > MAX_WRITTEN_DATE_CHARS || !Words.holdsDigit(line)) {
                return null;
            }
            String d = labelledDate(line, lang); // the date after the label, up to an update label after it
            return d == null || labelInLinkedTitle(e) ? null : Optional.of(d);
        }).orElse(null);
        if (shown == null) {
            return published;
        }
        LocalDate shownDay = dayOf(shown);
        boolean restamped = dayOf(published).isAfter(shownDay.plusDays(MAX_DAYS_FROM_SHOWN_PUBLICATION))
                && utcDay(published).isAfter(shownDay.plusDays(MAX_DAYS_FROM_SHOWN_PUBLICATION));
        return restamped ? shown : published;
    }

    /**
     * True when a link among the line's parts holds a publication label in a text without figures: another story's
     * headline, linked, with its day after it ({@code <li><a>トヨタ、新型車を世界初公開</a>（2026年10月22日）</li>}: a
     * Japanese related list whose headline ends "世界初公開", "world premiere"), where the word is the headline's, no label
     * of the page's. A template's label stands outside any link, or links its date with it.
     */
    private static boolean labelInLinkedTitle(Element line) {
        for (Element part = line.firstElementChild(); part != null; part = part.nextElementSibling()) {
            if (part.nameIs("a")) {
                String linked = part.text();
                if (!Words.holdsDigit(linked) && PUBLISHED_OPENINGS.mayHold(linked) && PUBLISHED_LABEL.matcher(linked).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The time marked up just below a headline: the byline's date, where sites without an article
     * element put it. A time that says it is an update is passed over, and so is one outside the
     * article element of a page that has one (a sidebar's listing reached from a short story).
     */
    static String headlineTimeDate(PageScan scan, String url, DateLanguage lang) {
        return firstBelowHeadline(scan, e -> PageScan.isTimeElement(e) && e.hasAttr("datetime") && !isUpdateMark(e)
                && unlessOtherStory(e, url) != null && !labelledAsUpdate(e) && !showsUpdate(e, lang) && !outsideTheArticle(e, scan)
                ? Optional.ofNullable(datetimeOf(e, lang)) : null).orElse(null);
    }

    /**
     * True when a time element is the update's by what wraps or fills it: its parent is named for the
     * update alone ({@link DateMarks#isUpdateOnlyMark}; WordPress's date block set to the modification date,
     * "wp-block-post-date__modified-date"), or its own text opens with an update's label ("<time
     * datetime=…>Mis à jour le 2 décembre 2026</time>", {@link DateLabels#isUpdateLine}).
     */
    private static boolean showsUpdate(Element time, DateLanguage lang) {
        Element parent = time.parent();
        if (parent != null && isUpdateOnlyMark(parent)) {
            return true;
        }
        String text = time.text();
        return text.length() <= MAX_DATELINE_CHARS && isUpdateLine(text, lang);
    }

    /**
     * The elements just below the page's headline (the first few h1s, {@link #MAX_ELEMENTS_AFTER_HEADLINE}
     * elements each), where its byline and date sit: a dated line there is the story's, while one
     * above may be the masthead's today or a teaser rail's. They end at the first time element that
     * shows a date without a datetime ({@link #headlineTextTime}): in reading order that is the
     * story's date, and a dated line after it (a short story's "latest news" rail) comes second.
     */
    static Set<Element> belowHeadline(PageScan scan, DateLanguage lang) {
        Set<Element> below = Collections.newSetFromMap(new IdentityHashMap<>());
        firstBelowHeadline(scan, e -> {
            if (textTimeDate(e, lang) != null) {
                return Optional.empty(); // the story's own time element, read next: a date written after it is further from the headline
            }
            below.add(e);
            return null;
        });
        return below;
    }

    /**
     * Asks {@code read} of each element just below the page's headline (the first few h1s,
     * {@link #MAX_ELEMENTS_AFTER_HEADLINE} elements each), in document order, until it gives an answer:
     * null reads on, an answer (perhaps empty) ends the search. A comment section met there is stepped over, and so is a
     * quotation ({@code <blockquote>}: an embedded post whose time dates the post).
     */
    private static Optional<String> firstBelowHeadline(PageScan scan, Function<Element, Optional<String>> read) {
        int headlines = 0;
        for (Element h : scan.headlines()) {
            if (!h.normalName().equals("h1") || headlines++ >= MAX_HEADLINES_TRIED) {
                continue;
            }
            Node n = h;
            for (int seen = 0; n != null && seen < MAX_ELEMENTS_AFTER_HEADLINE; n = TreeWalk.next(n, null)) {
                if (n instanceof Element e) {
                    seen++;
                    if (e.attributesSize() > 0 && (namesComments(e.attr("class")) || namesComments(e.id()))) {
                        n = lastInSubtree(e); // a short story's comments follow within reach: their times are the readers'
                        continue;
                    }
                    if (e.nameIs("blockquote")) {
                        n = lastInSubtree(e); // a quotation, as an embedded post: its times date the words quoted
                        continue;
                    }
                    Optional<String> answer = read.apply(e);
                    if (answer != null) {
                        return answer;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date a time element without a datetime shows just below a headline ("<time>3. Februar 2022</time>").
     * A time dating a teaser of another story ({@link MarkedUpDates#unlessOtherStory}: a related list's linked entry, a
     * card) is that story's day, as for a time with a datetime ({@link #headlineTimeDate}): read on.
     */
    static String headlineTextTime(PageScan scan, String url, DateLanguage lang) {
        return firstBelowHeadline(scan, e -> {
            String d = textTimeDate(e, lang);
            return d == null || unlessOtherStory(e, url) == null ? null : Optional.of(d); // a time that shows no date, or another story's: read on
        }).orElse(null);
    }

    /** The date a time element without a datetime, not marked as the update, shows; null for any other element. */
    private static String textTimeDate(Element e, DateLanguage lang) {
        if (!e.normalName().equals("time") || e.hasAttr("datetime") || isUpdateMark(e)) {
            return null;
        }
        return dateBeforeUpdate(e.text(), lang);
    }

    /** The opening of a text read for a day written without its year: a dateline or a wire's place and date lead. */
    private static final int MAX_YEARLESS_OPENING_CHARS = 48;

    /**
     * A day written without its year just below the headline ("Mittwoch, 5. März, 14:30 Uhr", "LONDON,
     * March 5 (Reuters) –"), on a path dated by its year, or year and month, only (/2025/03/slug,
     * /2025/slug): the path gives the year. Read in a text's opening, or a badge's few elements, not
     * labelled as an update; a day of another month than the path's is another date's, and is not read.
     */
    static String yearlessInUrlMonth(PageScan scan, String url, DateLanguage lang) {
        UrlDates.UrlYear path = UrlDates.urlYear(url);
        if (path == null) {
            return null;
        }
        return firstBelowHeadline(scan, e -> {
            String own = ownText(e);
            if (own.length() < MIN_YEARLESS_CHARS && e.childNodeSize() > 1 && e.childNodeSize() <= MAX_LABELLED_LINE_NODES) {
                // a date badge, its day and month in elements of their own ("<span>03</span><span>févr.</span>")
                String line = Opening.lineOf(e, MAX_YEARLESS_OPENING_CHARS);
                own = line != null ? line : own;
            }
            String opening = own.length() > MAX_YEARLESS_OPENING_CHARS ? own.substring(0, MAX_YEARLESS_OPENING_CHARS) : own;
            if (opening.length() < MIN_YEARLESS_CHARS || holdsUpdateLabel(opening)) {
                return null;
            }
            MonthDay day = DateParser.yearless(opening, lang);
            if (day == null || path.month() != 0 && day.getMonthValue() != path.month() || !day.isValidYear(path.year())) {
                return null;
            }
            return Optional.of(day.atYear(path.year()).toString());
        }).orElse(null);
    }

    /** A day and a month's name take this many characters at least ("5 May"). */
    private static final int MIN_YEARLESS_CHARS = 5;

    /** The last node of an element's subtree, so that the next in document order is the one after it. */
    private static Node lastInSubtree(Node n) {
        Node last = n;
        while (last.childNodeSize() > 0) {
            last = last.childNode(last.childNodeSize() - 1);
        }
        return last;
    }

    /** A relative time's own text is short ("vor 3 Stunden", "il y a 2 jours", "3h"). */
    private static final int MAX_RELATIVE_TIME_CHARS = 40;

    /**
     * The date in the {@code title} of an element just below a headline that shows the time only
     * relative to now ("<span title='3 februari 2022 10:15'>3 uur geleden</span>", as relative-time
     * widgets and forum software write it): its text gives no date, its tooltip the full one, or a data
     * attribute named for a date or time ("<span data-date='2022-02-03T10:15:00+01:00'>3 saat önce</span>",
     * where the widget's script reads it), or a Date among an Astro island's props, from which its component renders the
     * relative time ({@link #islandDate}). A link's title, which describes where it leads, and an element
     * beside another story's link are passed over.
     */
    static String headlineTitledDate(PageScan scan, String url, DateLanguage lang) {
        return firstBelowHeadline(scan, e -> {
            if (e.attributesSize() == 0) {
                return null;
            }
            String title = e.normalName().equals("a") ? "" : e.attr("title"); // a link's title describes where it leads
            boolean titled = title.length() >= MIN_DATE_CHARS && title.length() <= MAX_WRITTEN_DATE_CHARS;
            String data = titled ? null : dataDate(e);
            if (!titled && data == null) {
                data = islandDate(e);
            }
            if (!titled && data == null) {
                return null;
            }
            String shown = e.text();
            if (shown.isBlank() || shown.length() > MAX_RELATIVE_TIME_CHARS || DateParser.parseText(shown, lang) != null) {
                return null;
            }
            String d = titled ? DateParser.parseText(title, lang) : DateParser.parse(data, lang);
            return d == null || TeasersAndBanners.datesTeaser(e, url) ? null : Optional.of(d);
        }).orElse(null);
    }

    /** The element in which Astro renders a component on the server and hydrates it with its serialized props. */
    private static final String ASTRO_ISLAND = "astro-island";

    /**
     * A Date among an Astro island's props: Astro serializes each prop as a type tag and a value, and a Date as
     * {@code [3,"2026-11-18T00:00:00.000Z"]}. Group 1 is the time.
     */
    private static final Pattern ASTRO_DATE_PROP = Pattern.compile("\\[3,\"([^\"]{8,40})\"\\]");

    /** An island's props read for a Date at most this far: a component's props are short. */
    private static final int MAX_ISLAND_PROPS_CHARS = 2000;

    /**
     * The first Date among the props of an Astro island ({@link #ASTRO_DATE_PROP}): the time a relative-time component
     * renders ("2 weeks ago") from; null for any other element, or an island with no Date prop.
     */
    private static String islandDate(Element e) {
        if (!e.normalName().equals(ASTRO_ISLAND)) {
            return null;
        }
        String props = e.attr("props");
        Matcher m = ASTRO_DATE_PROP.matcher(props.length() > MAX_ISLAND_PROPS_CHARS ? props.substring(0, MAX_ISLAND_PROPS_CHARS) : props);
        return m.find() ? m.group(1) : null;
    }

    /** Attributes of an element read for a data attribute that holds its date: an element has a few. */
    private static final int MAX_ATTRIBUTES_READ = 16;

    /**
     * The value of an element's data attribute named for a date or time ("data-date", "data-time",
     * "data-timestamp", "data-published"), when it is as long as a date: null when none.
     */
    private static String dataDate(Element e) {
        int read = 0;
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if (read++ >= MAX_ATTRIBUTES_READ) {
                break;
            }
            String key = a.getKey();
            if (key.startsWith("data-") && (key.contains("date") || key.contains("time") || key.contains("publish"))) {
                String v = a.getValue().trim();
                if (v.length() >= MIN_DATE_CHARS && v.length() <= MAX_WRITTEN_DATE_CHARS) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * The date written just below the headline (the first few h1s, {@link #MAX_ELEMENTS_AFTER_HEADLINE}
     * elements each): the first short text of an element's own that gives a date, not labelled as an
     * update and not beside another story's link. Read once, when first asked.
     */
    static final class WrittenBelow {
        final PageScan scan;
        private final String url;
        private final DateLanguage lang;
        private boolean read;
        private String date;

        WrittenBelow(PageScan scan, String url, DateLanguage lang) {
            this.scan = scan;
            this.url = url;
            this.lang = lang;
        }

        /** The date, or null when the page writes none there. */
        String date() {
            if (!read) {
                read = true;
                date = firstBelowHeadline(scan, e -> {
                    String own = ownText(e);
                    if (own.length() < MIN_DATE_CHARS || own.length() > MAX_WRITTEN_DATE_CHARS || holdsUpdateLabel(own)
                            || datesAState(own) || labelledAsState(e)) {
                        return null;
                    }
                    String rest = afterState(own);
                    String d = DateParser.parseText(rest != null ? rest : own, lang);
                    return d == null || TeasersAndBanners.inSmallTeaser(e, url) ? null : Optional.of(d);
                }).orElse(null);
            }
            return date;
        }
    }

    private BelowHeadline() {
    }
}
