package dev.newsdrop.extract.meta;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site's name from a page title: "Site: Headline", "Headline | Site",
 * "Headline - Section - Site". The site's name comes from metadata when known, else a short trailing
 * segment is taken to be it.
 */
public final class TitleCleaner {

    /** Patterns of the cleaning steps, compiled once: titles are cleaned and compared several times a page. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
    private static final Pattern PUNCTUATION_AT_EDGE = Pattern.compile("^[\\p{P}\\p{S}].*|.*[\\p{P}\\p{S}]$");
    private static final Pattern URL_PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.)?");
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\.(?:com|org|net|co\\.uk|fr|de|info|news)$");

    /** Separators sites put between headline and site name; the colon only ever separates a prefix. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«:/]{1,2}\\s+|\\s*[|｜]\\s*|:\\s+|\\s+::\\s+|\\s*[：_]\\s*(?=\\S)");

    /** A trailing segment of at most this many words may be a site name when none is known. */
    private static final int MAX_SITE_WORDS = 4;

    /** A segment of at most this many words between headline and site name is a section ("News"). */
    private static final int MAX_SECTION_WORDS = 2;

    /** An unspaced (CJK) headline is this many times longer than the site name it is cut from. */
    private static final int UNSPACED_HEADLINE_TO_SITE_RATIO = 2;

    /** A headline keeps at least this many words after a guessed site name is cut. */
    private static final int MIN_HEADLINE_WORDS = 3;

    /** A kicker before a headline has at most this many words. */
    private static final int MAX_KICKER_WORDS = 5;

    /** A stated headline this short (in key characters) is a label, not a headline to compare with. */
    private static final int MIN_STATED_KEY_CHARS = 12;

    /** The headline and the site name cut from it, if any. */
    public record Cleaned(String title, String siteName) {
    }

    private TitleCleaner() {
    }

    public static Cleaned clean(String rawTitle, String knownSite, String h1) {
        if (rawTitle == null) {
            return new Cleaned(null, null);
        }
        String title = WHITESPACE_RUN.matcher(rawTitle).replaceAll(" ").trim();
        if (title.isEmpty()) {
            return new Cleaned(null, null);
        }
        if (h1 != null && !h1.isBlank() && key(h1).length() >= 8 && !key(title).equals(key(h1))
                && key(title).contains(key(h1)) && key(h1).length() * 2 >= key(title).length()
                && isBoundedSegment(title, h1)) {
            String site = EDGE_PUNCTUATION.matcher(title.replace(h1.trim(), " ")).replaceAll("").trim();
            return new Cleaned(h1.trim(), site.isEmpty() || SPACES.split(site).length > 6 ? null : site);
        }
        if (knownSite != null && !knownSite.isBlank()) {
            String cut = cutKnownSite(title, knownSite);
            if (cut != null) {
                String again = cutKnownSite(cut, knownSite);
                return new Cleaned(SECTION_LABEL.matcher(again != null ? again : cut).replaceFirst(""), knownSite.trim());
            }
            return new Cleaned(SECTION_LABEL.matcher(title).replaceFirst(""), null);
        }
        return guessSite(title);
    }

    private static boolean isBoundedSegment(String title, String h1) {
        int at = title.indexOf(h1.trim());
        if (at < 0) {
            return false;
        }
        String rest = (title.substring(0, at) + " " + title.substring(at + h1.trim().length())).trim();
        return rest.isEmpty() || SEPARATOR.matcher(" " + rest + " ").find() || PUNCTUATION_AT_EDGE.matcher(rest).matches();
    }

    /** The title without a leading or trailing segment that names the site; null when none does. */
    private static String cutKnownSite(String title, String site) {
        String siteKey = key(site);
        if (siteKey.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(title);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && matchesSite(title.substring(lastEnd), siteKey)) {
            return title.substring(0, lastStart).trim();
        }
        if (firstStart > 0 && matchesSite(title.substring(0, firstStart), siteKey)) {
            return title.substring(firstEnd).trim();
        }
        return null;
    }

    private static boolean matchesSite(String segment, String siteKey) {
        String k = key(segment);
        if (k.isEmpty()) {
            return false;
        }
        return k.equals(siteKey) || (k.length() >= 3 && (siteKey.contains(k) || k.contains(siteKey)) && k.length() <= siteKey.length() * 2 + 8);
    }

    /**
     * "Opinion | Headline", "Politics | Headline": a one- or two-word section label before a bar;
     * "Opinion: ", "WATCH: ": a genre label before a colon.
     */
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "^(?:\\p{L}+(?:\\s\\p{L}+)?\\s*[|｜]\\s*(?=(?:\\S+\\s+){3}\\S)"
                    + "|(?i:opinion|analysis|editorial|commentary|watch|video|live|exclusive|explainer|perspective)\\s*:\\s+(?=\\S))");

    /** Removes a section or genre label in front of a headline. */
    public static String withoutLabel(String headline) {
        return headline == null ? null : SECTION_LABEL.matcher(headline).replaceFirst("");
    }

    private static Cleaned guessSite(String title) {
        title = SECTION_LABEL.matcher(title).replaceFirst("");
        Cleaned once = cutShortTail(title, MAX_SITE_WORDS);
        if (once.siteName() == null) {
            return once;
        }
        Cleaned twice = cutShortTail(once.title(), MAX_SECTION_WORDS); // "Headline - Section - Site"
        return new Cleaned(twice.title(), once.siteName());
    }

    /** The title without a short trailing segment after its last separator, and that segment. */
    private static Cleaned cutShortTail(String title, int maxTailWords) {
        Matcher m = SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        String lastSep = null;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
            lastSep = m.group();
        }
        if (lastStart <= 0 || lastSep.trim().equals(":")) {
            return new Cleaned(title, null);
        }
        String tail = title.substring(lastEnd).trim();
        String head = title.substring(0, lastStart).trim();
        boolean spaced = head.indexOf(' ') > 0;
        boolean headIsHeadline = spaced ? SPACES.split(head).length >= MIN_HEADLINE_WORDS
                : head.length() >= UNSPACED_HEADLINE_TO_SITE_RATIO * tail.length(); // Chinese and Japanese have no spaces
        if (!tail.isEmpty() && SPACES.split(tail).length <= maxTailWords && headIsHeadline && head.length() > tail.length()) {
            return new Cleaned(head, tail);
        }
        return new Cleaned(title, null);
    }

    /**
     * The visible headline without the furniture around it, judged against the headline the page
     * states in markup (og:title, JSON-LD headline), which sites write without it:
     * <ul>
     *   <li>the site's name as a leading or trailing segment ("Site: Headline"), when the stated
     *       headline does not carry it;</li>
     *   <li>a kicker or section label before the headline, set apart or glued to it ("Premier
     *       League Liverpool lose at Everton", "Nationale DemoDer 9. Juli naht"): when the stated
     *       headline is the heading's end and what goes before is a short label, the stated one;</li>
     *   <li>the stated headline written the same but for spaces and punctuation lost between two
     *       elements of the heading: the stated one, which keeps them.</li>
     * </ul>
     * Otherwise the heading as it is: the reader's headline outranks a search-engine title.
     */
    static String withoutFurniture(String heading, String siteName, List<String> stated) {
        if (heading == null) {
            return null;
        }
        String headingKey = key(heading);
        if (siteName != null && !siteName.isBlank()) {
            String cut = cutKnownSite(heading, siteName);
            String siteKey = key(siteName);
            if (cut != null && !key(cut).isEmpty() && stated.stream().anyMatch(t -> t != null && !key(t).contains(siteKey))) {
                heading = cut;
                headingKey = key(cut);
            }
        }
        for (String t : stated) {
            if (t == null || t.isBlank()) {
                continue;
            }
            String statedKey = key(t);
            if (statedKey.length() < MIN_STATED_KEY_CHARS || statedKey.equals(headingKey) && spaces(t) <= spaces(heading)) {
                continue;
            }
            if (statedKey.equals(headingKey)) {
                return t.trim(); // "Ausschuss zur Ahrtal-FlutZwei Rücktritte": the heading lost its separator
            }
            if (headingKey.endsWith(statedKey) && isKicker(heading, headingKey.length() - statedKey.length())) {
                return t.trim();
            }
        }
        return heading;
    }

    /** A label before the stated headline is short: a few words, a fraction of the headline. */
    private static boolean isKicker(String heading, int labelKeyChars) {
        int words = 0;
        int keyChars = 0;
        for (String w : SPACES.split(heading.trim())) {
            if (keyChars >= labelKeyChars) {
                break;
            }
            keyChars += key(w).length();
            words++;
        }
        return labelKeyChars > 0 && words <= MAX_KICKER_WORDS && labelKeyChars * 2 <= key(heading).length();
    }

    private static int spaces(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Comparison key: accents, case, spaces and punctuation ignored; "www." and TLDs dropped. */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        n = DOMAIN_SUFFIX.matcher(URL_PREFIX.matcher(n).replaceAll("")).replaceAll("");
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
