package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.RecordKeys;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The index keys that list records newest first: the site and language partitions (their rules
 * are the domain's, {@link RecordKeys}) and a sort key of the UTC publication time (the
 * processing time when the page states none) followed by the record id, so equal times still
 * sort and page stably. The sort key's format is storage's own and stays here.
 */
final class ListingKeys {

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private ListingKeys() {
    }

    static String sortKey(ArticleRecord record) {
        return SORTABLE.format(RecordKeys.listedAt(record)) + "#" + record.id();
    }

    /** The sort key prefix of an instant, for range conditions ({@code since}, {@code until}). */
    static String sortKeyAt(Instant instant) {
        return SORTABLE.format(instant);
    }
}
