package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import static dev.newsdrop.extract.meta.dates.DateLabels.PUBLISHED_LABEL;
import static dev.newsdrop.extract.meta.dates.DateLabels.UPDATE_LABEL;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.DAY_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_DATELINE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MIN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.dayOf;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isAncestorOf;

/**
 * Dates marked up in the page: a time element's datetime (or the date it shows, when the two disagree),
 * microdata's datePublished of the page's own item, not a comment's or another story's; and the labels that make a
 * time element an update's.
 */
final class MarkedUpDates {

    /**
     * The time element, unless it dates another story ({@link TeasersAndBanners#datesTeaser}): the
     * previous or next post, in or beside the link to it, or a related story's card: a post's
     * navigation and its related links may sit in its article; or a reader's comment, marked up as a
     * schema.org Comment ({@link #isCommentsProp}).
     */
    static Element unlessOtherStory(Element time, String url) {
        return time != null && (TeasersAndBanners.datesTeaser(time, url) || isCommentsProp(time)) ? null : time;
    }

    /** Ancestors of a microdata property looked at for the item it belongs to. */
    private static final int MAX_ITEM_LEVELS = 60;

    /**
     * The element marked itemprop=datePublished that dates the page's own item: in microdata a property
     * belongs to its nearest {@code itemscope}, and an item that does not hold the page's headline
     * (its first h1) is another story's (a ticker above it, a related card) when a later property's
     * item holds it, or it stands in no item. Without such a later one, the first stands, as before.
     */
    static Element ownDatePublishedProp(PageScan scan) {
        List<Element> props = scan.datePublishedProps().stream().filter(prop -> !isCommentsProp(prop)).toList();
        Element h1 = scan.firstH1();
        if (props.size() < 2 || h1 == null) {
            return props.isEmpty() ? null : props.getFirst();
        }
        for (Element prop : props) {
            Element item = itemOf(prop);
            if (item == null || isAncestorOf(item, h1)) {
                return prop;
            }
        }
        return props.getFirst();
    }

    /**
     * schema.org types of items that respond to the page (its readers' comments, a thread of them): the
     * datePublished of one is when the comment was written.
     */
    private static final Set<String> COMMENT_ITEM_TYPES = Set.of("comment", "usercomments");

    /** True when a datePublished property belongs to a comment's item ({@link #COMMENT_ITEM_TYPES}). */
    private static boolean isCommentsProp(Element prop) {
        Element item = itemOf(prop);
        if (item == null) {
            return false;
        }
        String type = item.attr("itemtype").trim();
        String name = type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return COMMENT_ITEM_TYPES.contains(name);
    }

    /**
     * The dates of {@code <meta itemprop="datePublished">} elements that {@link #ownDatePublishedProp} passed
     * over as other stories' items: the meta tags read them with the page's own.
     */
    static Set<String> otherStoriesItemDates(PageScan scan) {
        Element own = ownDatePublishedProp(scan);
        Set<String> others = new HashSet<>();
        boolean pastOwn = false;
        for (Element prop : scan.datePublishedProps()) {
            pastOwn |= prop == own;
            if ((!pastOwn || isCommentsProp(prop)) && prop.normalName().equals("meta")) {
                others.add(prop.attr("content").trim()); // before the page's own item, or a comment's anywhere
            }
        }
        return others;
    }

    /** The nearest element with {@code itemscope} around a property (itself excluded), or null. */
    private static Element itemOf(Element prop) {
        Element up = prop.parent();
        for (int level = 0; up != null && level < MAX_ITEM_LEVELS; level++, up = up.parent()) {
            if (up.hasAttr("itemscope")) {
                return up;
            }
        }
        return null;
    }

    /**
     * The machine-readable date of a marked element: {@code datetime}, {@code content}, or the {@code title} of an
     * {@code <abbr>} (the microformats' abbr pattern: Blogger's {@code abbr.published} shows "09:41", its title
     * the full date and time); its text otherwise.
     */
    static String microdataDate(Element e, DateLanguage lang) {
        if (e == null) {
            return null;
        }
        if (e.normalName().equals("time") && e.hasAttr("datetime")) {
            String shown = shownOverDatetime(e, DateParser.parse(e.attr("datetime"), lang), lang);
            if (shown != null) {
                return shown; // the element's value is its datetime, the machine form of the date it shows, unless the two disagree
            }
        }
        return MetadataReader.firstNonBlank(e.attr("datetime"), e.attr("content"),
                e.normalName().equals("abbr") ? e.attr("title") : null, e.text());
    }

    /** Characters before a time element read for its label ("Aktualisiert:", "Published"). */
    private static final int MAX_TIME_LABEL_CHARS = 40;

    /** Nodes before a time element read for its label: a text, or a label element and the space after it. */
    private static final int MAX_TIME_LABEL_NODES = 3;

    /**
     * True when the text just before a time element labels it as an update ("Aktualisiert: <time>",
     * "<span>Mis à jour le</span> <time>"), the update label coming after any publication label there:
     * its siblings before it are read, or its parent's when it opens its parent.
     */
    static boolean labelledAsUpdate(Element time) {
        String before = textBefore(time);
        if (before.isBlank() && time.parent() != null && time.parent().childNodeSize() <= MAX_TIME_LABEL_NODES) {
            before = textBefore(time.parent());
        }
        Matcher update = UPDATE_LABEL.matcher(before);
        int updateEnd = -1;
        while (update.find()) {
            updateEnd = update.end();
        }
        if (updateEnd < 0) {
            return false;
        }
        Matcher publication = PUBLISHED_LABEL.matcher(before);
        return !publication.find(updateEnd);
    }

    /**
     * The text of the few nodes before one, in order, its last {@link #MAX_TIME_LABEL_CHARS} characters,
     * back to another time element, or an element holding one, at most.
     */
    private static String textBefore(Node n) {
        StringBuilder out = new StringBuilder();
        Node prev = n.previousSibling();
        for (int i = 0; i < MAX_TIME_LABEL_NODES && prev != null && out.length() < MAX_TIME_LABEL_CHARS; i++, prev = prev.previousSibling()) {
            if (prev instanceof Element e && (e.normalName().equals("time") || !e.getElementsByTag("time").isEmpty())) {
                break; // another time, or a box holding one: the text before it, or in it, labels that one
            }
            String text = prev instanceof TextNode t ? t.getWholeText() : prev instanceof Element e ? e.text() : "";
            if (text.length() > MAX_TIME_LABEL_CHARS) {
                text = text.substring(text.length() - MAX_TIME_LABEL_CHARS);
            }
            out.insert(0, text + " ");
        }
        return out.length() > MAX_TIME_LABEL_CHARS ? out.substring(out.length() - MAX_TIME_LABEL_CHARS) : out.toString();
    }

    /** The time element, unless its label says it is an update. */
    static Element unlessUpdate(Element time) {
        return time == null || labelledAsUpdate(time) ? null : time;
    }

    /**
     * A time element's datetime; or the time it shows, when the attribute gives only the day and the
     * text gives the same day with a clock time and zone ("12/22/2023 05:00 AM EST").
     */
    static String datetimeOf(Element time, DateLanguage lang) {
        if (time == null) {
            return null;
        }
        String attr = time.attr("datetime");
        String day = DateParser.parse(attr, lang);
        if (day != null && day.length() == DAY_CHARS) {
            String shown = DateParser.parseText(time.text(), lang);
            if (shown != null && shown.length() > DAY_CHARS && shown.startsWith(day)) {
                return shown;
            }
        }
        String shown = shownOverDatetime(time, day, lang);
        return shown != null ? shown : attr;
    }

    /**
     * The date a time element shows with its year when its datetime attribute gives another day, or none
     * that parses: HTML makes the attribute the machine-readable form of the element's content, so where
     * the two disagree a template has filled one of them from another field (a theme that prints the
     * publication and writes the last modification into the attribute) or not at all (an unrendered
     * "{{ published_at }}", "0000-00-00"), and the day the reader is shown is the article's. A UTC
     * attribute a day off the text is the same instant seen from the newsroom's zone, left to
     * {@link ShownDates#shownLocalDay}, which keeps its clock time; a numeric date whose day and month the attribute
     * gives the other way round is that date read in the other order. Null when the text shows no dated
     * year or agrees.
     */
    private static String shownOverDatetime(Element time, String attrParsed, DateLanguage lang) {
        String text = time.text();
        if (text.length() < MIN_DATE_CHARS || text.length() > MAX_DATELINE_CHARS) {
            return null;
        }
        String shown = DateParser.parseText(text, lang);
        if (shown == null || !text.contains(shown.substring(0, 4))) {
            return null; // no date, or one whose year the text does not write out: the attribute knows better
        }
        if (attrParsed == null) {
            return shown;
        }
        LocalDate attrDay = dayOf(attrParsed);
        LocalDate shownDay = dayOf(shown);
        long days = Math.abs(ChronoUnit.DAYS.between(attrDay, shownDay));
        if (days == 0 || shownDay.getYear() == attrDay.getYear() && shownDay.getMonthValue() == attrDay.getDayOfMonth()
                && shownDay.getDayOfMonth() == attrDay.getMonthValue()) {
            return null; // agreeing, or a numeric date read in the other order ("10/04/2016" beside 2016-10-04)
        }
        OffsetDateTime zoned = IsoTimes.offsetDateTimeOrNull(attrParsed);
        boolean utc = zoned != null && zoned.getOffset().getTotalSeconds() == 0;
        return days == 1 && utc ? null : shown;
    }

    private MarkedUpDates() {
    }
}
