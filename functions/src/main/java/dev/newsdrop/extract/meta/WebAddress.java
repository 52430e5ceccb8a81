package dev.newsdrop.extract.meta;

import org.jsoup.internal.StringUtil;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The door every address of a record passes: the page's own, its canonical URL, its lead image.
 * Only absolute {@code http} and {@code https} URLs come out; anything else ({@code javascript:},
 * {@code data:}, {@code vbscript:}, {@code mailto:}, a path that cannot be resolved) is refused as
 * null, so a record never carries an address that runs code or reads a local resource when a
 * client follows it.
 *
 * <p>An address is read as a browser's URL parser reads it (WHATWG URL): leading and trailing
 * spaces and control characters are dropped, tabs and line breaks are removed wherever they are,
 * and the scheme is case-insensitive, so {@code " JaVa\tScRiPt:"} is {@code javascript:}. Character
 * references ({@code &#106;avascript:}) are decoded by the HTML parser before an address gets here.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /**
     * A Wayback-scheme capture's address: a path segment of a 14-digit capture time, perhaps with a playback
     * modifier ("id_", "im_", "if_"), followed by the archived page's absolute address (group 1).
     */
    private static final Pattern WAYBACK_ADDRESS = Pattern.compile("/(?:19|20)\\d{12}(?:[a-z]{2}_)?/(https?:/{1,2}.+)");

    /** A scheme followed by one slash, as some archives print the archived address ("http:/example.com"). */
    private static final Pattern ONE_SLASH_SCHEME = Pattern.compile("^(https?:)/(?!/)");

    /**
     * The archived page's own address inside a Wayback-scheme capture's address
     * ("https://web.archive.org/web/20091015083412/http://example.com/2009/10/14/x.html" gives
     * "http://example.com/2009/10/14/x.html"); the address itself when it is no such capture's.
     */
    public static String archivedAddress(String url) {
        if (url == null || url.indexOf("/http", 8) < 0) {
            return url;
        }
        Matcher m = WAYBACK_ADDRESS.matcher(url);
        return m.find() ? ONE_SLASH_SCHEME.matcher(m.group(1)).replaceFirst("$1//") : url;
    }

    /** The address, when it is an absolute http(s) URL with a host; else null. */
    public static String httpOrNull(String address) {
        return resolve(address, null);
    }

    /**
     * The address made absolute against {@code base} (a page's own address; null or blank when
     * unknown), when the result is an http(s) URL with a host; else null.
     */
    public static String resolve(String address, String base) {
        String href = asBrowserReadsIt(address);
        if (href == null) {
            return null;
        }
        String scheme = scheme(href);
        if (scheme != null) {
            return scheme.equals("http") || scheme.equals("https") ? withHost(scheme + href.substring(scheme.length())) : null;
        }
        String from = httpOrNull(base);
        if (from == null) {
            return null; // a relative address with nothing to resolve it against
        }
        String resolved;
        try {
            // java.net.URI drops the base's file name for a query alone (RFC 2396); jsoup keeps it (RFC 3986)
            resolved = href.startsWith("?") ? StringUtil.resolve(from, href)
                    : URI.create(from).resolve(href.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException notStrictUri) {
            resolved = StringUtil.resolve(from, href); // lenient, as jsoup resolves links; "" when it cannot
        }
        String resolvedScheme = scheme(resolved);
        return resolvedScheme != null && (resolvedScheme.equals("http") || resolvedScheme.equals("https"))
                ? withHost(resolved) : null;
    }

    /** Leading and trailing C0 controls and spaces dropped, tabs and line breaks removed; null when nothing is left. */
    private static String asBrowserReadsIt(String address) {
        if (address == null) {
            return null;
        }
        int start = 0;
        int end = address.length();
        while (start < end && address.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && address.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return null;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = address.charAt(i);
            boolean dropped = c == '\t' || c == '\n' || c == '\r';
            if (dropped && out == null) {
                out = new StringBuilder(end - start).append(address, start, i);
            } else if (!dropped && out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : address.substring(start, end);
    }

    /** The scheme in lower case (RFC 3986: a letter, then letters, digits, "+", "-" or "."), or null when relative. */
    private static String scheme(String href) {
        int colon = href.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = href.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
                return null; // "/a:b", "?x=1:2": a colon in a relative address
            }
        }
        return href.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** The URL when "//" and a host follow its scheme: "https:/x" and "https://" name no server. */
    private static String withHost(String url) {
        int at = url.indexOf(':') + 1;
        boolean host = url.startsWith("//", at) && at + 2 < url.length() && "/?#\\".indexOf(url.charAt(at + 2)) < 0;
        return host ? url : null;
    }
}
