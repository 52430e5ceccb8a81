package dev.newsdrop.extract.meta;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Resolves addresses against one base, parsed once: what jsoup's {@code absUrl} gives, without
 * parsing the base again for every link. An address the fast path refuses takes jsoup's whole
 * path, which knows what to make of it. One page's links, read by the body's HTML writer or by the
 * author finder matching profile links, each resolve through one of these.
 */
public final class LinkResolver {
    /**
     * Addresses resolved by parsing, remembered up to this many: a page repeats its relative and
     * script links ("#", "javascript:void(0)"), and an address with a scheme Java has no handler
     * for ("tel:", "javascript:") fails two parses, each searching the class path for a handler.
     */
    private static final int MAX_REMEMBERED = 4096;
    private final Map<String, String> resolved = new HashMap<>();
    private final String base;
    private URL parsed;
    private boolean baseParsed;
    /** {@link #root()}, once read, and the scheme it opens with. */
    private String root;
    private String scheme;
    private boolean rootRead;

    /** A resolver against {@code base}, a page's address as jsoup's nodes hold it ("" when unknown). */
    public LinkResolver(String base) {
        this.base = base;
    }

    /** The base this resolver resolves against. */
    public String base() {
        return base;
    }

    /** The absolute address, or "" when there is none: {@code StringUtil.resolve(base, address)}. */
    public String resolve(String address) {
        if (isPlainAbsolute(address)) {
            return address;
        }
        if (isPlainRootRelative(address)) {
            String root = root();
            if (root != null) {
                return root + address; // "/images/a.jpg" on https://news.example: joined as text, no URL built
            }
        } else if (address.startsWith("//") && !hasPort(address) && root() != null) {
            String absolute = scheme + ":" + address; // "//cdn.example/a.jpg": the base's scheme and the address
            if (isPlainAbsolute(absolute)) {
                return absolute;
            }
        }
        String known = resolved.get(address);
        if (known != null) {
            return known;
        }
        String absolute = resolveParsing(address);
        if (resolved.size() < MAX_REMEMBERED) {
            resolved.put(address, absolute);
        }
        return absolute;
    }

    /**
     * The scheme, host and port of a plain absolute http or https base ({@link #isPlainAbsolute}), as
     * parsing gives them ("https://news.example", "http://host.example:8080"); null for any other base.
     * A plain root-relative address resolves against it to this and itself; a network-path address
     * ("//cdn.example/a.jpg") to its scheme and itself, when the two make a plain absolute address.
     */
    private String root() {
        if (!rootRead) {
            rootRead = true;
            URL url = isPlainAbsolute(base) ? parsedBase() : null;
            if (url != null && (url.getProtocol().equals("http") || url.getProtocol().equals("https")) && !url.getHost().isEmpty()) {
                scheme = url.getProtocol();
                root = scheme + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
            }
        }
        return root;
    }

    /** The address up to its query or fragment ("/members/gus.4410/?tab=posts#top" gives "/members/gus.4410/"). */
    public static String withoutQueryOrFragment(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '?' || c == '#') {
                return address.substring(0, i);
            }
        }
        return address;
    }

    /**
     * A root-relative address written plainly: a "/" not followed by another (which would name a host),
     * then printable ASCII without backslashes or dot segments. Parsed against a plain base, it keeps the
     * base's scheme, host and port and replaces the rest with itself, unchanged.
     */
    static boolean isPlainRootRelative(String address) {
        int n = address.length();
        if (n == 0 || address.charAt(0) != '/' || (n > 1 && address.charAt(1) == '/') || address.contains("/.")) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** True when a network-path address ("//host:8080/a") names a port: left to parsing, which judges its range. */
    private static boolean hasPort(String networkPath) {
        for (int i = 2; i < networkPath.length(); i++) {
            char c = networkPath.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == '/' || c == '?' || c == '#') {
                return false;
            }
        }
        return false;
    }

    /**
     * Schemes of links a browser hands to a script, the page itself or an app ("javascript:void(0)", "data:image/...",
     * "tel:", "whatsapp://send?text=..."), for which Java has no URL handler: jsoup's resolving fails to parse such an
     * address twice, each time searching the class path for a handler and filling an exception's stack, and then
     * gives the address back as written. {@code LinkResolverSchemeTest} pins each to what jsoup gives.
     */
    static final Set<String> SCHEMES_WITHOUT_HANDLER = Set.of("javascript", "data", "about", "tel", "sms", "callto",
            "whatsapp", "tg", "viber", "skype", "fb-messenger", "intent", "android-app", "ios-app", "market", "geo");

    /** The longest of {@link #SCHEMES_WITHOUT_HANDLER}. */
    private static final int MAX_SCHEME_CHARS = 12;

    /**
     * True when the address opens with a scheme of {@link #SCHEMES_WITHOUT_HANDLER} and its colon, in any case, and
     * holds no control character (which jsoup strips before parsing): resolving it gives it back unchanged.
     */
    static boolean namesSchemeWithoutHandler(String address) {
        int n = address.length();
        int colon = -1;
        for (int i = 0; i < n && i <= MAX_SCHEME_CHARS; i++) {
            char c = address.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || i > 0 && (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')))) {
                return false;
            }
        }
        if (colon <= 0 || !SCHEMES_WITHOUT_HANDLER.contains(address.substring(0, colon).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = colon + 1; i < n; i++) {
            if (address.charAt(i) < ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * What jsoup's {@code e.absUrl(key)} gives, without its two failed parses where the answer is known: when neither
     * the element's base (a page read with no address has "") nor the attribute's value holds a colon, neither names a
     * scheme, so neither parses as a URL, and jsoup gives "" after catching two {@code MalformedURLException}s.
     */
    public static String absUrl(Element e, String key) {
        if (e.attributesSize() > 0 && e.attributes().getIgnoreCase(key).indexOf(':') < 0 && e.baseUri().indexOf(':') < 0) {
            return "";
        }
        return e.absUrl(key);
    }

    /** {@link #resolve} by parsing the address against the base. */
    String resolveParsing(String address) {
        if (namesSchemeWithoutHandler(address)) {
            return address;
        }
        URL url = parsedBase();
        if (url != null) {
            try {
                return StringUtil.resolve(url, address).toExternalForm();
            } catch (MalformedURLException e) {
                // the slow path below decides, as jsoup would
            }
        }
        return StringUtil.resolve(base, address);
    }

    /** The base as a URL, parsed on the first relative address: many articles link only absolutely. */
    private URL parsedBase() {
        if (!baseParsed) {
            baseParsed = true;
            try {
                parsed = new URI(base.strip()).toURL();
            } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
                parsed = null;
            }
        }
        return parsed;
    }

    /**
     * An absolute http or https address written plainly: a host of letters, digits, dots and
     * hyphens not starting with a dot, maybe a port, then printable ASCII without backslashes or
     * dot segments. Resolving one gives it back unchanged, so most of an article's links and
     * images need no parsing at all.
     */
    public static boolean isPlainAbsolute(String address) {
        int i = address.startsWith("https://") ? 8 : address.startsWith("http://") ? 7 : -1;
        if (i < 0 || i >= address.length() || address.charAt(i) == '.' || address.contains("/.")) {
            return false;
        }
        int n = address.length();
        int hostStart = i;
        while (i < n && isHostChar(address.charAt(i))) {
            i++;
        }
        if (i == hostStart) {
            return false;
        }
        if (i < n && address.charAt(i) == ':') {
            int portStart = ++i;
            while (i < n && address.charAt(i) >= '0' && address.charAt(i) <= '9') {
                i++;
            }
            if (i == portStart) {
                return false;
            }
        }
        if (i < n && address.charAt(i) != '/' && address.charAt(i) != '?' && address.charAt(i) != '#') {
            return false; // user info, a bad port, a strange host: left to the full parse
        }
        for (; i < n; i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
}
