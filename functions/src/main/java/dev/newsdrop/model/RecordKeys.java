package dev.newsdrop.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The domain rules every layer keys records by, defined once: the form of a record id, the
 * normalized form of an address, the site (host) and language a record is listed under, and the
 * instant it is listed at. The store builds its index keys from these; the API validates its
 * parameters with them.
 */
public final class RecordKeys {

    /** A record id: 32 lower-case hex digits (128 bits of SHA-256). */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    /** A site as listings key it: a lower-case host name without "www.". */
    public static final Pattern SITE = Pattern.compile("[a-z0-9.-]{1,253}");
    /** A BCP 47 language tag as a listing filter accepts it. */
    public static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private RecordKeys() {
    }

    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * A host as listings key it: lower case, without a leading "www.", or null when it is not a
     * host name.
     */
    public static String site(String host) {
        if (host == null) {
            return null;
        }
        String site = host.strip().toLowerCase(Locale.ROOT);
        site = site.startsWith("www.") ? site.substring(4) : site;
        return SITE.matcher(site).matches() ? site : null;
    }

    /** The site of an address, or null when it has no host. */
    public static String siteOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return site(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The site a record is listed under: the host of its canonical URL when that URL is trusted
     * ({@link CanonicalTrust}), else of its address, else of its untrusted canonical URL (a page
     * known by nothing else still names its site); null when it has no absolute http(s) URL.
     */
    public static String site(ArticleRecord record) {
        String address = record.url() != null && record.url().equals(record.canonicalUrl()) ? null : record.url();
        String canonical = record.canonicalUrl();
        if (CanonicalTrust.check(canonical, address).trusted()) {
            return siteOf(canonical);
        }
        if (CanonicalTrust.isWebAddress(address)) {
            return siteOf(address);
        }
        return CanonicalTrust.isWebAddress(canonical) ? siteOf(canonical) : null;
    }

    /** The primary subtag of a BCP 47 tag, in lower case ("fr" for "fr-FR"), or null. */
    public static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** The instant a record is listed at: its publication time, else its processing time. */
    public static Instant listedAt(ArticleRecord record) {
        Instant published = parseTime(record.publishedAt());
        return published != null ? published : record.processedAt();
    }

    /** An ISO-8601 time or day as an instant (a day at its start, UTC), or null when it is neither. */
    public static Instant parseTime(String isoTimeOrDay) {
        if (isoTimeOrDay == null) {
            return null;
        }
        try {
            return isoTimeOrDay.length() == 10
                    ? LocalDate.parse(isoTimeOrDay).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(isoTimeOrDay).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * An address in the one form ids are made from: scheme and host in lower case, a default port
     * (:80 for http, :443 for https) and the fragment dropped, an empty path as "/"; the path and
     * query are kept as given. Text that is not an absolute URL is returned stripped.
     */
    public static String normalizeUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}
