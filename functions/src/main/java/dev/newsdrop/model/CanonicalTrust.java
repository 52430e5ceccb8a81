package dev.newsdrop.model;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When a page's declared canonical URL may name its record. A canonical URL is a claim the page
 * makes about itself, and many sites make it carelessly (every page pointing at the home page or
 * at its section) or on purpose (a copied page claiming the original's address). It is trusted
 * only when all of these hold:
 * <ul>
 *   <li>it is an absolute {@code http} or {@code https} URL with a host;</li>
 *   <li>it is not a site root: a path of "/" or nothing, without a query (a root with a query,
 *       such as WordPress's {@code /?p=123}, names one page and is trusted);</li>
 *   <li>when the page's own address is known: it lies in the same registrable domain (public
 *       suffix list: {@code news.bbc.co.uk} and {@code www.bbc.co.uk} agree, {@code a.github.io}
 *       and {@code b.github.io} do not).</li>
 * </ul>
 * A canonical URL that names a section or listing page shared by many articles passes these
 * checks (an AMP or paginated page rightly names a parent path, so path shape cannot tell them
 * apart); what keeps such articles apart is the write rule: a record is never replaced by a page
 * from another object unless that page was fetched from the canonical address itself, so the
 * second article gets its own id and names the first in {@code duplicateOf}.
 * When the address is unknown (a file dropped without one) a canonical URL that passes the first
 * two checks is trusted for the id, but only first-come: such a page never replaces a record made
 * from another object (see {@code ArticleProcessor}).
 */
public final class CanonicalTrust {

    /** An IPv4 literal; IPv6 literals are bracketed by {@link URI#getHost()}. */
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private CanonicalTrust() {
    }

    /**
     * A verdict on a canonical URL.
     *
     * @param trusted whether the canonical URL may name the record
     * @param reason  why not, or null when trusted
     */
    public record Verdict(boolean trusted, String reason) {

        static final Verdict TRUSTED = new Verdict(true, null);

        static Verdict refused(String reason) {
            return new Verdict(false, reason);
        }
    }

    /**
     * Whether {@code canonical} may name the record of a page found at {@code address}.
     *
     * @param canonical the URL the page declares as canonical, or null
     * @param address   the page's own address (where it was fetched or said to come from), or null
     */
    public static Verdict check(String canonical, String address) {
        if (canonical == null || canonical.isBlank()) {
            return Verdict.refused("no canonical URL");
        }
        URI target = webUri(canonical);
        if (target == null) {
            return Verdict.refused("the canonical URL is not an absolute http(s) address");
        }
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        if ((path.isEmpty() || path.equals("/")) && (target.getRawQuery() == null || target.getRawQuery().isEmpty())) {
            return Verdict.refused("the canonical URL is the site's root");
        }
        URI page = address == null ? null : webUri(address);
        if (page == null) {
            return Verdict.TRUSTED;
        }
        String canonicalDomain = registrableDomain(target.getHost());
        if (!canonicalDomain.equals(registrableDomain(page.getHost()))) {
            return Verdict.refused("the canonical URL is on " + canonicalDomain + ", not the page's own domain");
        }
        return Verdict.TRUSTED;
    }

    /** Whether the text is an absolute http(s) URL with a host. */
    public static boolean isWebAddress(String url) {
        return url != null && webUri(url) != null;
    }

    /**
     * The registrable domain of a host: the public suffix plus one label ({@code bbc.co.uk} for
     * {@code news.bbc.co.uk}). A host under a suffix the list does not know ({@code .example},
     * {@code .test}) counts its last two labels; an IP address or a single label is its own domain.
     */
    public static String registrableDomain(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || IPV4.matcher(h).matches() || h.indexOf('.') < 0) {
            return h;
        }
        String assigned = EffectiveTldFinder.getAssignedDomain(h, true, false);
        if (assigned != null) {
            return assigned;
        }
        int last = h.lastIndexOf('.');
        int before = h.lastIndexOf('.', last - 1);
        return before < 0 ? h : h.substring(before + 1);
    }

    private static URI webUri(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
