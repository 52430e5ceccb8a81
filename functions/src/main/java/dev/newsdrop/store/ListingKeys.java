package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The index keys that list records newest first: the site (the page's host, without "www.") and a
 * sort key of the UTC publication time (the processing time when the page states
 * none) followed by the record id, so equal times still sort and page stably.
 */
public final class ListingKeys {

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ListingKeys() {
    }

    /** The host a record is listed under, or null when it has no absolute URL. */
    public static String site(ArticleRecord record) {
        String url = record.canonicalUrl() != null ? record.canonicalUrl() : record.url();
        return url == null ? null : host(url);
    }

    /** A host as listings key it: lower case, without a leading "www.". */
    public static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The instant a record is listed at. */
    public static Instant listedAt(ArticleRecord record) {
        Instant published = parse(record.publishedAt());
        return published != null ? published : record.processedAt();
    }

    public static String sortKey(ArticleRecord record) {
        return SORTABLE.format(listedAt(record)) + "#" + record.id();
    }

    /** The sort key prefix of an instant, for range conditions ({@code since}, {@code until}). */
    public static String sortKeyAt(Instant instant) {
        return SORTABLE.format(instant);
    }

    /** An ISO-8601 time or day as an instant (a day at its start, UTC), or null when it is neither. */
    public static Instant parse(String isoTimeOrDay) {
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
}
