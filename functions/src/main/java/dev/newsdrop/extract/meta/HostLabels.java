package dev.newsdrop.extract.meta;

import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The labels of a page address's host that may name its site ("harbourgazette" in
 * {@code https://www.harbourgazette.co.uk/news/}), and the key in which a name and a label compare.
 * The site name finder confirms a stated name by them; the title cleaner tells the site's own segment
 * of a title by them.
 *
 * <p>The host is read leniently, as a browser's address bar reads it: the scheme, user information,
 * port, path, query and fragment are dropped, and an address that a strict URI parser refuses
 * (a space in the path, a bar in the query) still gives its host. A label in punycode
 * ({@code xn--tlrama-bvab}) is read in its Unicode letters ("télérama") and then keyed like a name.
 */
public final class HostLabels {

    /**
     * Host labels that serve a site rather than name it: the web, mobile and accelerated pages'
     * subdomains, numbered web servers, and the subdomains a publisher gives its news, blog or home
     * pages. A serving label that is the host's registered name ({@code news.com.au}) still names it.
     */
    static final Set<String> SERVING_LABELS = Set.of("www", "www1", "www2", "m", "amp", "mobile", "blog", "blogs", "news", "home");

    /** Registry labels before a country code ({@code co.uk}, {@code com.au}, {@code ac.jp}): they name no site. */
    static final Set<String> REGISTRY_LABELS = Set.of("com", "co", "org", "net", "gov", "edu", "ac");

    /** A label this short names no site ("m", "de"): it is contained in too many names. */
    static final int MIN_NAMING_LABEL_CHARS = 3;

    /** Longest address read for its host: a host ends long before this. */
    private static final int MAX_AUTHORITY_CHARS = 300;

    private HostLabels() {
    }

    /**
     * The keys ({@link #key}) of the host's labels that may name the site, in the host's order: all
     * but the top-level domain, registry labels, serving labels in front of the registered name, and
     * labels shorter than {@link #MIN_NAMING_LABEL_CHARS}. Empty for a null or host-less address, a
     * host with no dot ("localhost") and an IP address.
     */
    public static List<String> naming(String pageUrl) {
        String host = host(pageUrl);
        if (host == null) {
            return List.of();
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length < 2 || isIpAddress(parts)) {
            return List.of();
        }
        int registered = parts.length - 2; // the label before the top-level domain and its registry labels
        while (registered > 0 && REGISTRY_LABELS.contains(parts[registered])) {
            registered--;
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String label = key(unicode(parts[i]));
            if (label.length() >= MIN_NAMING_LABEL_CHARS && !REGISTRY_LABELS.contains(label)
                    && (i == registered || !SERVING_LABELS.contains(label))) {
                labels.add(label);
            }
        }
        return labels;
    }

    /**
     * The host of an address, lower-cased, without its scheme, user information and port; the
     * address may lack its scheme ("example.com/a"). Null when there is none.
     */
    public static String host(String pageUrl) {
        if (pageUrl == null) {
            return null;
        }
        String a = pageUrl.strip();
        int from = a.indexOf("://");
        from = from >= 0 && from < 12 ? from + 3 : a.startsWith("//") ? 2 : 0;
        int end = Math.min(a.length(), from + MAX_AUTHORITY_CHARS);
        int stop = end;
        for (int i = from; i < end; i++) {
            char c = a.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\' || Character.isWhitespace(c)) {
                stop = i;
                break;
            }
        }
        String authority = a.substring(from, stop);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            return null; // an IPv6 address names no site
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        while (authority.endsWith(".")) {
            authority = authority.substring(0, authority.length() - 1); // the root's dot ("example.com.")
        }
        return authority.isEmpty() ? null : authority.toLowerCase(Locale.ROOT);
    }

    /**
     * The letters and digits of a name or a label, lower-cased, accents and compatibility forms folded
     * ("Télérama" and "telerama" give "telerama"): the form in which names and host labels compare.
     */
    static String key(String s) {
        String n = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = n.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** A punycode label in its Unicode letters; any other label, or one that does not decode, as it is. */
    private static String unicode(String label) {
        if (!label.startsWith("xn--")) {
            return label;
        }
        try {
            return IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException bad) {
            return label;
        }
    }

    /** True for the labels of a dotted IPv4 address: every label digits. */
    private static boolean isIpAddress(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty()) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) < '0' || p.charAt(i) > '9') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
