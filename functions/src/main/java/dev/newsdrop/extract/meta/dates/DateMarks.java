package dev.newsdrop.extract.meta.dates;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Words of a class, itemprop or id that say what a date is: an update's ("updated", "modified"), the
 * publication's, or an event's date box.
 */
final class DateMarks {

    static boolean isUpdateMark(Element e) {
        return marks(e.className(), e.attr("itemprop"), e.id(), UPDATE_MARKS);
    }

    /** True when a class or id names an update ({@link #isUpdateMark}) and not the publication as well. */
    static boolean isUpdateOnlyMark(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String itemprop = e.attr("itemprop");
        String id = e.id();
        return marks(cls, itemprop, id, UPDATE_MARKS) && !marks(cls, itemprop, id, PUBLICATION_MARKS);
    }

    /**
     * True when a class or id names an event and not the publication: the date box of what the story announces, as
     * event plug-ins and themes name it ("event-date", "event-dates", The Events Calendar's "tribe-event-date-start",
     * German "veranstaltung-datum", Italian and Spanish "evento"), which is no dateline of the story.
     */
    static boolean isEventOnlyMark(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String id = e.id();
        return marks(cls, "", id, EVENT_MARKS) && !marks(cls, "", id, PUBLICATION_MARKS);
    }

    /** Words of a class or id that name an event ({@link #isEventOnlyMark}). */
    private static final List<String> EVENT_MARKS = List.of("event", "veranstaltung", "evento");

    /** Words of a class, itemprop or id that name an update ({@link #isUpdateMark}). */
    private static final List<String> UPDATE_MARKS = List.of("updat", "modif");

    /** Words of a class, itemprop or id that name the publication as well ({@link #isUpdateOnlyMark}). */
    private static final List<String> PUBLICATION_MARKS = List.of("publish", "posted", "created");

    /**
     * True when the class, itemprop or id holds one of the (lower-case, letters only) words, in any case of their
     * ASCII letters: what the three joined by spaces and lower-cased hold, without the copies, as every element of
     * a dateline's opening is asked. (No other letter lower-cases to an ASCII letter of the words alone: "İ" gives "i̇".)
     */
    private static boolean marks(String cls, String itemprop, String id, List<String> words) {
        for (String w : words) {
            if (holdsIgnoringAsciiCase(cls, w) || holdsIgnoringAsciiCase(itemprop, w) || holdsIgnoringAsciiCase(id, w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} holds the lower-case ASCII word with its letters in either case. */
    private static boolean holdsIgnoringAsciiCase(String s, String word) {
        int n = word.length();
        char first = word.charAt(0);
        char firstUpper = (char) (first - ('a' - 'A'));
        for (int i = 0; i + n <= s.length(); i++) {
            char c = s.charAt(i);
            if (c != first && c != firstUpper) {
                continue;
            }
            int j = 1;
            while (j < n && (s.charAt(i + j) | 0x20) == word.charAt(j) && isAsciiLetter(s.charAt(i + j))) {
                j++;
            }
            if (j == n) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private DateMarks() {
    }
}
