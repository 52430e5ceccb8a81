package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;

import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The person behind a byline that shows only an account's login ("mlefevre", "marie.lefevre"), as
 * blog platforms print the poster's user name when no display name was set: the name the page
 * writes elsewhere (a citation, a signature, an author box) whose words spell that login the way
 * logins are made, the given name or its initial and the surname ("Marie Lefèvre" for "mlefevre",
 * "marielefevre", "marie.lefevre", "lefevre.marie").
 */
final class HandleOwners {

    /** A login as bylines print it: lower-case letters, perhaps joined by a dot, an underscore or a hyphen. */
    private static final Pattern LOGIN = Pattern.compile("^\\p{Ll}[\\p{Ll}._-]{2,30}\\p{Ll}$");

    /** Bylines and author links read for a login: the article's own come first. */
    private static final int MAX_CANDIDATES = 10;

    /** Of the page's text, the first characters read for the name: a page's citation or signature is within them. */
    private static final int MAX_TEXT_CHARS = 200_000;

    /** A word of a name is this long at most. */
    private static final int MAX_WORD_CHARS = 30;

    /** Combining marks left by decomposing accented letters ("è" is "e" and a grave accent). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private HandleOwners() {
    }

    /** The person whose name spells the login a byline shows, or an empty list when none does. */
    static List<String> names(PageScan scan) {
        String login = login(scan);
        if (login == null) {
            return List.of();
        }
        Element root = scan.html();
        if (root == null) {
            return List.of();
        }
        String text = root.text();
        if (text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
        }
        String previous = null;
        String previousFolded = null;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!end) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start < 0) {
                continue;
            }
            String word = trimmed(text.substring(start, i));
            start = -1;
            if (word.length() < 2 || word.length() > MAX_WORD_CHARS || !Character.isUpperCase(word.codePointAt(0))
                    || !Character.isLowerCase(word.codePointAt(word.length() - 1))) {
                previous = null;
                continue;
            }
            String folded = folded(word);
            if (previous != null && spells(login, previousFolded, folded)) {
                List<String> names = AuthorNames.clean(List.of(previous + " " + word));
                if (names.size() == 1) {
                    return names;
                }
            }
            previous = word;
            previousFolded = folded;
        }
        return List.of();
    }

    /** The first login a byline or an author link shows, outside the site's chrome and sidebars; null when none. */
    private static String login(PageScan scan) {
        List<Element> candidates = new ArrayList<>(scan.visible().bylines());
        candidates.addAll(scan.authorPageLinks());
        int read = 0;
        for (Element e : candidates) {
            if (read++ >= MAX_CANDIDATES) {
                break;
            }
            String t = e.text().strip();
            if (LOGIN.matcher(t).matches() && e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.BESIDE_ARTICLE) == null) {
                return t.replace(".", "").replace("_", "").replace("-", "");
            }
        }
        return null;
    }

    /**
     * True when two words of a name spell the login: the given name or its initial, then the
     * surname ("mlefevre", "marielefevre"), or the surname then either ("lefevremarie", "lefevrem").
     */
    private static boolean spells(String login, String given, String surname) {
        if (given.isEmpty() || surname.isEmpty() || !login.contains(surname) && !login.contains(given)) {
            return false;
        }
        return login.equals(given + surname) || login.equals(given.charAt(0) + surname)
                || login.equals(surname + given) || login.equals(surname + given.charAt(0));
    }

    /** The word without the punctuation around it: "Lefèvre," gives "Lefèvre". */
    private static String trimmed(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetter(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(word.charAt(to - 1))) {
            to--;
        }
        return word.substring(from, to);
    }

    /** The word in lower-case letters without accents or hyphens: "Lefèvre" gives "lefevre", "Jean-Marc" "jeanmarc". */
    private static String folded(String word) {
        String s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
