package dev.newsdrop.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The site's name as a reader would write it, from the name the page states: a stated name that is
 * an address, a social-media handle or a name with its tagline is mended, and a stated name the
 * page's address does not confirm gives way to another stated name it does. The raw stated name
 * still serves the title and author finders, which cut it from titles and bylines as the page
 * writes it; only the record's {@code siteName} is the readable form.
 */
public final class SiteName {

    /**
     * Separators between a site's name and its tagline or list of topics ("LinkNaija | Nigeria's
     * popular news platform", "Remember 80/90 - Memorabilia anni 80/90"): a bar, a spaced dash, a
     * middle dot, a guillemet, a colon before a space ("Sci.News: Breaking Science News") and the
     * full-width colon of Japanese and Chinese. A hyphen inside a word ("Dallas-Fort Worth") is no separator.
     */
    private static final Pattern TAGLINE_SEPARATOR = Pattern.compile(
            "\\s+[|\u2013\u2014\u00B7\u00BB]\\s+|\\s+-\\s+|\\s*\\|\\s*|(?<=\\S):\\s+|\\s*\uFF1A\\s*");

    /** Separators and spaces left at a stated name's edges ("The Bottom Line UCSB -"). */
    private static final IntPredicate EDGE_SEPARATOR = Edges.SPACE.or(Edges.anyOf("|\u2013\u2014\u00B7\u00BB:-"));

    /** A stated name that is a web address: a scheme, or a host that begins "www.". */
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");

    /** A name that is a host ("whitehouse.gov", "Phys.org"). */
    private static final Pattern HOST_NAME = Pattern.compile("(?i)^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}$");

    /** A word of a name this long, inside a host label, confirms it ("crimson" in thecrimson.com). */
    private static final int MIN_CONFIRMING_WORD_CHARS = 4;

    /** A social-media handle standing for the name ("@politifact"). */
    private static final Pattern HANDLE = Pattern.compile("^@[\\p{L}\\p{N}_.]+$");

    /** A host label this short confirms nothing: it is contained in too many names. */
    private static final int MIN_CONFIRMING_LABEL_CHARS = 3;

    private SiteName() {
    }

    /**
     * The readable site name.
     *
     * @param stated        the name the page states (og:site_name first), or null
     * @param alternatives  other names the page states (JSON-LD publisher and WebSite, application names), in trust order
     * @param documentTitle the document's title, whose segments may write a handle's name with its capitals
     * @param pageUrl       the page's address, or null
     * @return the name, or null when none is stated
     */
    static String readable(String stated, List<String> alternatives, String documentTitle, String pageUrl) {
        if (stated == null || stated.isBlank()) {
            return null;
        }
        String name = Edges.strip(stated, EDGE_SEPARATOR);
        if (name.isEmpty()) {
            return null;
        }
        List<String> hostLabels = HostLabels.naming(pageUrl);
        List<String> others = new ArrayList<>();
        for (String a : alternatives) {
            if (a != null && !a.isBlank() && !ADDRESS.matcher(a.strip()).matches() && !HANDLE.matcher(a.strip()).matches()) {
                others.add(withoutTagline(a.strip(), hostLabels));
            }
        }
        String confirmedOther = null;
        for (String other : others) {
            if (confirmedBy(other, hostLabels)) {
                confirmedOther = other;
                break;
            }
        }
        if (ADDRESS.matcher(name).matches()) {
            // a platform's name ("Blogger" as every blog's JSON-LD publisher) is no better than the host
            return confirmedOther != null ? confirmedOther : readableHost(name);
        }
        if (HANDLE.matcher(name).matches()) {
            String written = titleWriting(name.substring(1), documentTitle);
            return confirmedOther != null ? confirmedOther : written != null ? written
                    : others.isEmpty() ? name.substring(1) : others.get(0);
        }
        name = withoutTagline(name, hostLabels);
        if (confirmedOther != null && isSectionWord(name) && !confirmedBy(name, hostLabels)) {
            return confirmedOther; // "U.S." (a section) in og:site_name, "Reuters" as the publisher on reuters.com
        }
        return name;
    }

    /** {@link #withoutTagline(String, List)} with no address to tell the name's segment. */
    static String withoutTagline(String name) {
        return withoutTagline(name, List.of());
    }

    /**
     * The segment of a stated name that is the name, without the tagline or section beside it: the
     * first segment the host's labels confirm ("The Harvard Crimson" in "Opinion | The Harvard Crimson" on
     * thecrimson.com), else the first segment ("LinkNaija | Nigeria's popular news platform").
     */
    static String withoutTagline(String name, List<String> hostLabels) {
        String[] segments = TAGLINE_SEPARATOR.split(name);
        List<String> named = new ArrayList<>();
        for (String segment : segments) {
            if (!segment.isBlank()) {
                named.add(segment.strip());
            }
        }
        if (named.size() < 2) {
            return name;
        }
        for (String segment : named) {
            if (confirmedBy(segment, hostLabels)) {
                return segment;
            }
        }
        return named.get(0);
    }

    /**
     * True for a one-word name that is not a host name ("U.S.", "Premium", "checkout"): a section or
     * area of the site set in og:site_name, where another stated name may be the site's. A name of
     * several words ("The i Paper") or a host name ("whitehouse.gov") is the site's own choice.
     */
    private static boolean isSectionWord(String name) {
        return name.indexOf(' ') < 0 && !HOST_NAME.matcher(name).matches();
    }

    /** The host of an address without its scheme, "www." and path: "https://www.hawaiinewsnow.com/" gives "hawaiinewsnow.com". */
    static String readableHost(String address) {
        String a = address.strip();
        String host = HostLabels.host(a);
        if (host == null) {
            return a;
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /**
     * The words of a title segment that spell a handle, with the capitals the site writes ("PolitiFact"
     * for "@politifact" in "Headline | PolitiFact West Virginia"); null when no segment begins with it.
     */
    private static String titleWriting(String handle, String documentTitle) {
        if (documentTitle == null) {
            return null;
        }
        String want = key(handle);
        for (String segment : TAGLINE_SEPARATOR.split(documentTitle)) {
            StringBuilder words = new StringBuilder();
            for (String word : segment.strip().split("\\s+")) {
                words.append(words.isEmpty() ? "" : " ").append(word);
                String k = key(words.toString());
                if (k.equals(want)) {
                    return words.toString();
                }
                if (!want.startsWith(k)) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * True when a name's letters contain a naming label of the host, a label contains the name's
     * letters, or a label contains one of its longer words ("Mail Online" on dailymail.co.uk).
     */
    private static boolean confirmedBy(String name, List<String> labels) {
        String k = key(name);
        if (k.length() < MIN_CONFIRMING_LABEL_CHARS) {
            return false;
        }
        for (String label : labels) {
            if (k.contains(label) || label.contains(k)) {
                return true;
            }
            for (String word : name.split("[\\s.]+")) {
                String w = key(word);
                if (w.length() >= MIN_CONFIRMING_WORD_CHARS && label.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A host's label this long at least is taken to spell a name written in the page ("CoastalNews" for coastalnews.com). */
    private static final int MIN_SPELLED_LABEL_CHARS = 4;

    /**
     * True when the name's letters and digits are exactly those of a naming label of the page's host:
     * "CoastalNews" or "Coastal News" on www.coastalnews.com. The publication, spelled as its address.
     */
    public static boolean spellsHost(String name, String pageUrl) {
        String k = key(name);
        if (k.length() < MIN_SPELLED_LABEL_CHARS) {
            return false;
        }
        return HostLabels.naming(pageUrl).contains(k);
    }

    /** The key in which a name and the host's labels compare: {@link HostLabels#key}. */
    private static String key(String s) {
        return HostLabels.key(s);
    }
}
