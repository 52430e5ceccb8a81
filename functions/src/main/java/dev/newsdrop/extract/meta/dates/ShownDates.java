package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.newsdrop.extract.meta.dates.BelowHeadline.belowHeadline;
import static dev.newsdrop.extract.meta.dates.DateLabels.LABEL_COLONS;
import static dev.newsdrop.extract.meta.dates.DateLabels.PUBLISHED_LABEL;
import static dev.newsdrop.extract.meta.dates.DateLabels.UPDATE_LABEL;
import static dev.newsdrop.extract.meta.dates.DateLabels.UPDATE_OPENINGS;
import static dev.newsdrop.extract.meta.dates.DateLabels.holdsPublishedLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.holdsUpdateLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.isUpdateLabel;
import static dev.newsdrop.extract.meta.dates.DateLabels.isUpdateLine;
import static dev.newsdrop.extract.meta.dates.DateMarks.isUpdateMark;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.DAY_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_LABEL_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_PARAGRAPHS_BEFORE_SHOWN_DATE;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_TEXTS_FROM_LABEL;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MIN_DATE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.dayOf;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.isProse;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.published;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.utcDay;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isCommentsOrFooter;
import static dev.newsdrop.extract.meta.dates.StoryBounds.isOutsideTheStory;

/**
 * The first few dates a page shows its reader before the prose, read once, on the first asking; and the readings that
 * weigh the stated publication against what the page shows: a re-dating the page presents ({@link #republished}) and
 * the newsroom's own day beside a time stated in UTC ({@link #shownLocalDay}).
 */
final class ShownDates {

    /** Dates read before the prose when comparing what the page shows with its stated dates. */
    private static final int MAX_SHOWN_DATES = 4;

    /** Short texts read for those dates: menus come first, the header's dates soon after. */
    private static final int MAX_TEXTS_FOR_SHOWN_DATES = 1500;

    /**
     * A text below the headline longer than this is a sentence (the prose's, a standfirst's, a comment's): a day written
     * without a year is read only before the first ({@link #yearlessNearUtcDay}), where the meta line stands.
     */
    private static final int MAX_YEARLESS_CONTEXT_CHARS = 80;

    private final Document doc;
    private final Element h1;
    private final DateLanguage lang;
    private final String url;
    private List<ShownDate> dates;

    ShownDates(Document doc, Element h1, DateLanguage lang, String url) {
        this.doc = doc;
        this.h1 = h1;
        this.lang = lang;
        this.url = url;
    }

    /** The page's {@link #shownDates}, read on the first asking and kept for the next. */
    List<ShownDate> get() {
        if (dates == null) {
            dates = shownDates(doc, h1 != null, lang, url);
        }
        return dates;
    }

    /**
     * A later stated date instead of the stated publication when the page shows its reader only the
     * former, unlabelled, by the headline: the publisher re-dated the article (a guide or review
     * refreshed and put out again) and the date it presents is the article's date. The later dates are
     * the stated modification time, then any other stated publication time (a CMS that keeps the first
     * date in JSON-LD and the re-dated one in a {@code date} meta). A page that shows the first
     * publication anywhere in its header, or labels the later date as an update ("Updated", "Stand:",
     * a class naming an update), keeps the publication.
     */
    static String republished(String published, List<String> later, ShownDates shownDates, DateLanguage lang) {
        if (later.isEmpty() || shownDates.doc.body() == null) {
            return published;
        }
        LocalDate pubDay = dayOf(published);
        List<ShownDate> shown = shownDates.get();
        for (ShownDate d : shown) {
            if (d.day.equals(pubDay) || d.day.equals(utcDay(published))) {
                return published;
            }
        }
        for (String mod : later) {
            LocalDate modDay = dayOf(mod);
            for (ShownDate d : shown) {
                if (!d.update && (d.day.equals(modDay) || d.day.equals(utcDay(mod)))) {
                    return mod;
                }
            }
        }
        return published;
    }

    /**
     * A date written on the page as parsed, its day, whether a label or class says it is an update, and
     * whether it comes after the headline (the page's first h1; on a page without one, any).
     */
    private record ShownDate(String text, String parsed, LocalDate day, boolean update, boolean belowHeadline) {
    }

    /**
     * A clock time written beside a date: "14:30", "2:30 PM", "14h30", "7時30分"; a dot between hour and
     * minutes is left out, being a numeric date's separator as often ("03.02").
     */
    static final Pattern SHOWN_CLOCK = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])\\s*[:hH時时]\\s*([0-5]\\d)(?![\\d:])(?:\\s*([aApP])\\.?[mM]\\.?(?![\\p{L}]))?");

    private static final int MINUTES_PER_HOUR = 60;

    /** Offsets from UTC are whole quarter hours (UTC+5:45, UTC−9:30): a shown clock more minutes off is another time. */
    private static final int OFFSET_MINUTES_STEP = 15;

    /** Hours west of UTC the furthest zone lies (UTC−12). */
    private static final int MAX_HOURS_WEST_OF_UTC = 12;

    /** Hours east of UTC the furthest zone lies (UTC+14). */
    private static final int MAX_HOURS_EAST_OF_UTC = 14;

    /**
     * The publication as the page shows it below the headline when the stated one is in UTC and falls on
     * another day: a CMS keeps its machine times in UTC ("2022-02-04T04:30:00Z") while its template prints
     * the newsroom's own date ("Feb. 3, 2022 11:30 PM EST"), and the article's day is the one its
     * publisher states. Only the first date shown below the headline that is not an update counts, and
     * only the day before or after the UTC day that a zone's offset can reach from the stated hour (the
     * day before from a UTC hour under 12, the day after from one of 10 or later). The shown date is
     * given with its time when it names the same instant, else as its day.
     */
    static String shownLocalDay(String published, ShownDates shownDates, DateLanguage lang) {
        if (published == null || published.length() <= DAY_CHARS || shownDates.doc.body() == null) {
            return published;
        }
        OffsetDateTime stated = IsoTimes.offsetDateTimeOrNull(published);
        if (stated == null) {
            return published; // a local time without its offset: the publisher's own day already
        }
        if (stated.getOffset().getTotalSeconds() != 0) {
            return published;
        }
        ShownDate first = firstShownBelowHeadline(shownDates, stated, lang);
        if (first == null || labelsAnotherDate(first.text)) {
            return published;
        }
        LocalDate utc = stated.toLocalDate();
        boolean reached = first.day.equals(utc.minusDays(1)) && stated.getHour() < MAX_HOURS_WEST_OF_UTC
                || first.day.equals(utc.plusDays(1)) && stated.getHour() >= ChronoUnit.DAYS.getDuration().toHours() - MAX_HOURS_EAST_OF_UTC;
        if (!reached) {
            return published;
        }
        if (first.parsed.length() > DAY_CHARS) {
            // a zoned clock shows minutes: the stated instant to the minute, in the shown zone; another instant is another time's
            OffsetDateTime shown = IsoTimes.offsetDateTime(first.parsed);
            return Math.abs(ChronoUnit.SECONDS.between(shown, stated)) < ChronoUnit.MINUTES.getDuration().getSeconds()
                    ? stated.withOffsetSameInstant(shown.getOffset()).format(WITH_OFFSET) : published;
        }
        Matcher clock = SHOWN_CLOCK.matcher(first.text);
        if (!clock.find()) {
            return first.day.toString();
        }
        int hour = Integer.parseInt(clock.group(1));
        if (clock.group(3) != null && hour <= 12) {
            hour = hour % 12 + (Character.toLowerCase(clock.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        // the shown clock has no seconds: the stated time is read to its minute ("18:55:41Z" is shown "00:25 IST")
        long offsetMinutes = ChronoUnit.MINUTES.between(stated.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES),
                first.day.atTime(hour, Integer.parseInt(clock.group(2))));
        if (offsetMinutes % OFFSET_MINUTES_STEP != 0 || offsetMinutes < -MAX_HOURS_WEST_OF_UTC * MINUTES_PER_HOUR
                || offsetMinutes > MAX_HOURS_EAST_OF_UTC * MINUTES_PER_HOUR) {
            return published; // the clock shown is no zone's reading of the stated instant: that date is another time's
        }
        return stated.withOffsetSameInstant(ZoneOffset.ofTotalSeconds((int) offsetMinutes * MINUTES_PER_HOUR)).format(WITH_OFFSET);
    }

    /**
     * The first date shown below the headline that is not an update, or the publication a line labels
     * after its update; null when none. On a page with an h1 the walk starts there, as the dates of its
     * menus and header, which {@link #shownDates} reads from the top, have no say: this is asked of every
     * page that states its publication in UTC, most of them. Read as {@link #shownDates} reads them.
     */
    private static ShownDate firstShownBelowHeadline(ShownDates shownDates, OffsetDateTime stated, DateLanguage lang) {
        Element h1 = shownDates.h1;
        if (h1 == null) {
            for (ShownDate d : shownDates.get()) {
                ShownDate first = !d.belowHeadline ? null : d.update ? publicationAfterUpdate(d.text, lang) : d;
                if (first != null) {
                    return first;
                }
            }
            return null;
        }
        int seen = 0;
        int found = 0;
        int labelAt = -MAX_TEXTS_FROM_LABEL - 1;
        int paragraphs = 0;
        boolean sentences = false; // a text longer than a meta line's met below the headline: no yearless date is read after it
        for (Node n = h1; n != null; ) {
            if (n instanceof Element e) {
                n = isCommentsOrFooter(e) || isOutsideTheStory(e) ? PageScan.nextOutside(e) : PageScan.next(e);
                continue;
            }
            Node at = n;
            n = PageScan.next(n);
            if (!(at instanceof TextNode t)) {
                continue;
            }
            String text = t.getWholeText().trim();
            if (text.isEmpty()) {
                continue;
            }
            if (seen++ >= MAX_TEXTS_FOR_SHOWN_DATES) {
                return null;
            }
            if (isProse(text)) {
                if (++paragraphs >= MAX_PARAGRAPHS_BEFORE_SHOWN_DATE) {
                    return null; // the prose has begun
                }
                continue;
            }
            String day = text.length() >= MIN_DATE_CHARS ? DateParser.parseText(text, lang) : null;
            if (text.length() > MAX_YEARLESS_CONTEXT_CHARS) {
                sentences = true;
            }
            if (day == null && !sentences && text.length() <= MAX_LABEL_CHARS && !isUpdateLabel(text)) {
                // before any sentence only: a comment's "Nov 22" under the text is a reply's day, however near
                day = yearlessNearUtcDay(text, stated.toLocalDate(), lang);
            }
            if (day == null) {
                if (isUpdateLabel(text)) {
                    labelAt = seen;
                }
                continue;
            }
            boolean update = isShownUpdate(t, text, seen - labelAt, lang) && !timesInstant(t, stated) && !zonedClockNamesInstant(text, day, stated);
            ShownDate first = update ? publicationAfterUpdate(text, lang) : new ShownDate(text, day, dayOf(day), false, true);
            if (first != null) {
                return first;
            }
            if (++found >= MAX_SHOWN_DATES) {
                return null;
            }
        }
        return null;
    }

    /**
     * A short line's day and month written without a year ("Mar. 5", "5 mars", the current year's style of US and
     * French newsrooms) as the day of the year that puts it within a day of the stated UTC day ("Dec. 31" beside
     * "2025-01-01T03:00:00Z" is in 2024); null when it has none or lies further off. Only asked of the first dates
     * below the headline, before any sentence ({@link #MAX_YEARLESS_CONTEXT_CHARS}), of a page that states its publication
     * in UTC.
     */
    private static String yearlessNearUtcDay(String text, LocalDate utc, DateLanguage lang) {
        MonthDay md = DateParser.yearless(text, lang);
        if (md == null) {
            return null;
        }
        for (int years = -1; years <= 1; years++) {
            int year = utc.getYear() + years;
            if (md.isValidYear(year) && Math.abs(ChronoUnit.DAYS.between(utc, md.atYear(year))) <= 1) {
                return md.atYear(year).toString();
            }
        }
        return null;
    }

    /**
     * True when the text is a time element's whose machine time is the instant given: the stated
     * publication, shown in the newsroom's zone, is no update whatever the element's class says
     * (WordPress themes add hAtom's "updated" to the one date they print: "entry-date updated").
     */
    private static boolean timesInstant(TextNode t, OffsetDateTime instant) {
        if (!(t.parent() instanceof Element p) || !p.normalName().equals("time")) {
            return false;
        }
        OffsetDateTime machine = IsoTimes.offsetDateTimeOrNull(p.attr("datetime"));
        return machine != null && machine.isEqual(instant);
    }

    /**
     * Zone abbreviations newsrooms print after a shown clock ("Updated: Dec 4, 2026, 00:12 IST", "0:20 [IST]") that the date
     * parser leaves unread, each with the offsets, in minutes east of UTC, it may stand for: "IST" is India's, Ireland's
     * summer time and Israel's, "BST" Bangladesh's and Britain's summer time. Read only to tell whether a shown time is the
     * stated instant ({@link #zonedClockNamesInstant}), where an ambiguous name's readings are all tried.
     */
    private static final Map<String, List<Integer>> SHOWN_ZONE_MINUTES = Map.ofEntries(
            Map.entry("ist", List.of(330, 60, 120)), Map.entry("pkt", List.of(300)), Map.entry("npt", List.of(345)),
            Map.entry("bst", List.of(360, 60)), Map.entry("slst", List.of(330)), Map.entry("sgt", List.of(480)),
            Map.entry("hkt", List.of(480)), Map.entry("pht", List.of(480)), Map.entry("wib", List.of(420)),
            Map.entry("jst", List.of(540)), Map.entry("kst", List.of(540)), Map.entry("aest", List.of(600)),
            Map.entry("aedt", List.of(660)), Map.entry("cet", List.of(60)), Map.entry("cest", List.of(120)),
            Map.entry("eat", List.of(180)), Map.entry("wat", List.of(60)), Map.entry("cat", List.of(120)),
            Map.entry("sast", List.of(120)), Map.entry("gst", List.of(240)));

    /** A clock and a zone's abbreviation after it, bracketed or not: "00:12 IST", "0:20 [IST]", "11:45 PM (IST)". */
    private static final Pattern CLOCK_AND_ZONE = Pattern.compile(
            "(?<![\\d:.])([01]?\\d|2[0-3])\\s*[:.]\\s*([0-5]\\d)(?![\\d:])(?:\\s*([aApP])\\.?[mM]\\.?)?\\s*[(\\[]?\\s*(\\p{L}{2,4})\\s*[)\\]]?(?![\\p{L}])");

    /**
     * True when a shown line's clock, read in the zone the line names after it ({@link #SHOWN_ZONE_MINUTES}), is the
     * stated publication instant to the minute: the time the page prints under its headline is the publication
     * itself whatever label the template sets before it (Indian portals print their one time as "Updated: Dec 4,
     * 2026, 00:12 IST" while the JSON-LD states "2026-12-03T18:42:00Z"), as {@link #timesInstant} reads a time element's.
     */
    private static boolean zonedClockNamesInstant(String text, String day, OffsetDateTime stated) {
        if (day == null || day.length() < DAY_CHARS) {
            return false;
        }
        Matcher m = CLOCK_AND_ZONE.matcher(text);
        while (m.find()) {
            List<Integer> offsets = SHOWN_ZONE_MINUTES.get(m.group(4).toLowerCase(Locale.ROOT));
            if (offsets == null) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            if (m.group(3) != null && hour >= 1 && hour <= 12) {
                hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
            }
            java.time.LocalDateTime local = dayOf(day).atTime(hour, Integer.parseInt(m.group(2)));
            for (int minutes : offsets) {
                OffsetDateTime shown = local.atOffset(ZoneOffset.ofTotalSeconds(minutes * MINUTES_PER_HOUR));
                if (Math.abs(ChronoUnit.SECONDS.between(shown, stated)) < ChronoUnit.MINUTES.getDuration().getSeconds()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The publication a line labels after its update ("Updated Feb. 4, 2022 8:00 a.m. · Published Feb. 3,
     * 2022 10:30 p.m."), as a shown date read from the publication label on; null when the line labels none.
     */
    private static ShownDate publicationAfterUpdate(String text, DateLanguage lang) {
        Matcher update = UPDATE_LABEL.matcher(text);
        if (!UPDATE_OPENINGS.mayHold(text) || !update.find()) {
            return null;
        }
        Matcher publication = PUBLISHED_LABEL.matcher(text);
        if (!publication.find(update.end())) {
            return null;
        }
        String after = text.substring(publication.end());
        String parsed = DateParser.parseText(after, lang);
        return parsed == null ? null : new ShownDate(after, parsed, dayOf(parsed), false, true);
    }

    /**
     * True when a dated line opens with a colon-closed label that is not a publication label: the date of
     * what it names ("Concert: February 4, 2022", "Einsendeschluss: 10.02.2022"), not the article's.
     */
    private static boolean labelsAnotherDate(String text) {
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        for (int i = 0; i < digit; i++) {
            if (LABEL_COLONS.indexOf(text.charAt(i)) >= 0) {
                String label = text.substring(0, i);
                return !holdsPublishedLabel(label) && !holdsUpdateLabel(label); // "Updated:" labels the page's own date
            }
        }
        return false;
    }

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /**
     * The first few dates a reader sees before the prose begins: short texts that parse as a date,
     * outside comments, footers and figures (a caption dates the photograph). A date whose own text,
     * or a short text just before it ("last updated"), carries an update label, or that sits in a time
     * element whose class names an update, is marked as an update. A date over the headline in the site's banner
     * ({@link TeasersAndBanners#inMasthead}: "Dissabte, 5 de desembre de 2026" by the logo) is today's, the day the page
     * was fetched, and is not shown as the article's: read as one, it matched a later stated modification made that day
     * and re-dated the article to it.
     */
    private static List<ShownDate> shownDates(Document doc, boolean pageHasH1, DateLanguage lang, String url) {
        List<ShownDate> found = new ArrayList<>();
        int[] seen = {0};
        int[] labelAt = {-MAX_TEXTS_FROM_LABEL - 1};
        int[] paragraphs = {0};
        boolean[] headline = {!pageHasH1}; // with no h1, long texts count from the top
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    headline[0] |= e.normalName().equals("h1");
                    return isCommentsOrFooter(e) || isOutsideTheStory(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (!(node instanceof TextNode t)) {
                    return FilterResult.CONTINUE;
                }
                String text = t.getWholeText().trim();
                if (text.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                if (seen[0]++ >= MAX_TEXTS_FOR_SHOWN_DATES) {
                    return FilterResult.STOP;
                }
                if (isProse(text)) {
                    // a standfirst may come before the byline; a few paragraphs in, the prose has begun
                    return headline[0] && ++paragraphs[0] >= MAX_PARAGRAPHS_BEFORE_SHOWN_DATE ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                String day = text.length() >= MIN_DATE_CHARS ? DateParser.parseText(text, lang) : null;
                if (day == null) {
                    if (isUpdateLabel(text)) {
                        labelAt[0] = seen[0];
                    }
                    return FilterResult.CONTINUE;
                }
                if (!headline[0] && t.parent() instanceof Element holder && TeasersAndBanners.inMasthead(holder, url)) {
                    return FilterResult.CONTINUE; // the banner's today
                }
                boolean update = isShownUpdate(t, text, seen[0] - labelAt[0], lang);
                found.add(new ShownDate(text, day, dayOf(day), update, headline[0]));
                return found.size() >= MAX_SHOWN_DATES ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found;
    }

    /**
     * True when a shown date is an update's: its line says so ({@link DateLabels#isUpdateLine}), an update's label
     * came at most {@value PublishedDateFinder#MAX_TEXTS_FROM_LABEL} texts before it, or it sits in a time element marked as one.
     */
    private static boolean isShownUpdate(TextNode date, String text, int textsFromLabel, DateLanguage lang) {
        return isUpdateLine(text, lang) || textsFromLabel <= MAX_TEXTS_FROM_LABEL
                || (date.parent() instanceof Element p && p.normalName().equals("time") && isUpdateMark(p));
    }
}
