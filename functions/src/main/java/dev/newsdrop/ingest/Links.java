package dev.newsdrop.ingest;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Turns the links feeds and sitemaps give into absolute http(s) URLs newsdrop can fetch. */
public final class Links {

    private Links() {
    }

    /**
     * The absolute form of a link found in a document at {@code base}, without its fragment; empty
     * when it is not an http(s) URL newsdrop can read. Non-ASCII paths are kept as written (the
     * fetcher percent-encodes them on the wire); internationalized host names become punycode.
     */
    public static Optional<URI> absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(new URI(link.strip().replace(" ", "%20")));
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                uri = withAsciiHost(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            if (uri.getRawFragment() != null) {
                String text = uri.toString();
                uri = new URI(text.substring(0, text.indexOf('#')));
            }
            return Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        String ascii = authority.substring(0, at + 1) + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return new URI(uri.getScheme() + "://" + ascii + rest);
    }
}
