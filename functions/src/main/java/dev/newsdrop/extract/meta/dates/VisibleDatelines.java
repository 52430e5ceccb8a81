package dev.newsdrop.extract.meta.dates;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Set;

import static dev.newsdrop.extract.meta.dates.BelowHeadline.WrittenBelow;
import static dev.newsdrop.extract.meta.dates.DateLabels.dateBeforeUpdate;
import static dev.newsdrop.extract.meta.dates.DateMarks.isEventOnlyMark;
import static dev.newsdrop.extract.meta.dates.DateMarks.isUpdateOnlyMark;
import static dev.newsdrop.extract.meta.dates.FirstWrittenDate.holdsReviewLabel;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.MAX_DATELINE_CHARS;
import static dev.newsdrop.extract.meta.dates.PublishedDateFinder.published;
import static dev.newsdrop.extract.meta.dates.StoryBounds.aboveHeadline;

/**
 * The page's datelines (the lines the scan finds named or built as date lines): the first dated one, past
 * a closing sign-off, an expert review's line, a teaser's date, an event's box and the banner's today.
 */
final class VisibleDatelines {

    /** Dashes that open a closing sign-off ("— Jane Doe, 3 March 2022"). */
    private static final String SIGN_OFF_DASHES = "\u2014\u2013\u2015";

    /**
     * The first dated dateline. A closing sign-off ("— Jane Doe, 3 March 2022", opened by a dash) is
     * the letter's or column's signature at its end, not the line under the headline: it is passed
     * over, for a later stage to find the header's date, and reached only by the last resort.
     * A longer dateline is read by its opening when that is one run of text, no paragraph or other
     * block in it: a theme's dated sentence, as WordPress's classic theme ends each post ("This entry
     * was posted on Monday, March 3rd, 2008 at 10:15 am and is filed under …"); a container
     * named for its meta data that holds the post's paragraphs is not a dateline. With {@code only}
     * (not null), only the datelines in it are read: those just below the headline, tried first.
     */
    static String visibleDate(List<Element> datelines, Set<Element> only, String url, DateLanguage lang) {
        return visibleDate(datelines, only, url, lang, null);
    }

    /**
     * {@link #visibleDate(List, Set, String, DateLanguage)}, where a dateline set over the headline
     * outside the article ({@link StoryBounds#aboveHeadline}) yields to the date written just below the headline
     * ({@code below}, when not null and it finds one): a bar above the headline that shows today's
     * date is the site's, whether or not it is named or built as its banner.
     */
    static String visibleDate(List<Element> datelines, Set<Element> only, String url, DateLanguage lang, WrittenBelow below) {
        String updateMarked = null;
        for (Element e : datelines) {
            if (only != null && !only.contains(e)) {
                continue;
            }
            if (only == null && TeasersAndBanners.inMasthead(e, url)) {
                continue; // the site's banner shows today's date, not the article's
            }
            if (isEventOnlyMark(e)) {
                continue; // an event's date box: the day of what the story announces
            }
            Opening opening = Opening.of(e, MAX_DATELINE_CHARS);
            String t = opening.whole() ? e.text() : opening.blocks() ? "" : opening.text();
            if (!t.isEmpty() && !isSignOff(t) && !holdsReviewLabel(t) && !TeasersAndBanners.datesTeaser(e, url)) {
                String d = dateBeforeUpdate(t, lang);
                if (d != null && below != null && aboveHeadline(e, below.scan) && below.date() != null) {
                    return below.date();
                }
                if (d != null && opening.updates()) { // a part named for the update: the date outside it, if any
                    String published = dateBeforeUpdate(Opening.of(e, MAX_DATELINE_CHARS, true).text(), lang);
                    d = published != null ? published : d;
                }
                if (d != null && isUpdateOnlyMark(e)) {
                    updateMarked = updateMarked == null ? d : updateMarked; // a dateline named for the update: if no other
                } else if (d != null) {
                    return d;
                }
            }
        }
        return updateMarked;
    }

    /** True when a line opens with an em dash, en dash or horizontal bar, as sign-offs do. */
    private static boolean isSignOff(String line) {
        return !line.isEmpty() && SIGN_OFF_DASHES.indexOf(line.charAt(0)) >= 0;
    }

    private VisibleDatelines() {
    }
}
