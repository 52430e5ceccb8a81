package dev.newsdrop.store;

import dev.newsdrop.config.Settings;

import java.util.List;

/** The tables newsdrop stores its data in: the one source of truth for names, keys and indexes. */
public final class Tables {

    /**
     * One item per article record, keyed by record id. The indexes serve the API's listings, newest
     * first, without a scan: by site (host), by language (its primary subtag), and everything in one index partition —
     * one partition takes about a thousand writes a second, far above what news ingestion makes.
     * {@code byExtractorVersion} lists the records each extractor version made, so an operator sees
     * what a reprocessing has left to do; a reprocessing run writes its new version's partition
     * at the pace of its concurrency.
     */
    public static final TableDefinition ARTICLES = new TableDefinition("articles", Settings.ARTICLES_TABLE,
            Settings.DEFAULT_ARTICLES_TABLE, ArticleItems.ID, null, List.of(
                    new TableDefinition.Index("bySite", ArticleItems.SITE, ArticleItems.LIST_KEY),
                    new TableDefinition.Index("byLanguage", ArticleItems.LANG, ArticleItems.LIST_KEY),
                    new TableDefinition.Index("byTime", ArticleItems.LIST_ALL, ArticleItems.LIST_KEY),
                    new TableDefinition.Index("byExtractorVersion", ArticleItems.EXTRACTOR_VERSION, ArticleItems.LIST_KEY)),
            null);

    /** One item per raw S3 object key: the newest event processed for it and what it became. */
    public static final TableDefinition OBJECTS = new TableDefinition("objects", Settings.OBJECTS_TABLE,
            Settings.DEFAULT_OBJECTS_TABLE, DynamoDbObjectLedger.OBJECT, null, List.of(), null);

    /** The sites scheduled ingestion follows, with each one's feeds, limits and last run. */
    public static final TableDefinition SOURCES = new TableDefinition("sources", Settings.SOURCES_TABLE,
            Settings.DEFAULT_SOURCES_TABLE, "id", null, List.of(), null);

    /**
     * What ingestion has seen: article URLs already discovered (so they are fetched once), each
     * source's pending URLs (discovered, not yet fetched), and feed and sitemap validators (ETag,
     * Last-Modified). Entries expire through the TTL attribute; see {@link DynamoDbSeenStore}.
     */
    public static final TableDefinition SEEN = new TableDefinition("seen", Settings.SEEN_TABLE,
            Settings.DEFAULT_SEEN_TABLE, "key", null, List.of(), "expiresAt");

    public static final List<TableDefinition> ALL = List.of(ARTICLES, OBJECTS, SOURCES, SEEN);

    private Tables() {
    }

    /** The deployed name of a table under these settings. */
    public static String name(TableDefinition table, Settings settings) {
        return settings.get(table.nameVariable()).orElse(table.defaultName());
    }
}
