package dev.newsdrop.store;

import dev.newsdrop.config.Settings;

import java.util.List;

/** The tables newsdrop stores its data in: the one source of truth for names, keys and indexes. */
public final class Tables {

    /** One item per article record, keyed by record id. */
    public static final TableDefinition ARTICLES = new TableDefinition("articles", Settings.ARTICLES_TABLE,
            Settings.DEFAULT_ARTICLES_TABLE, ArticleItems.ID, null, List.of(), null);

    /** One item per raw S3 object key: the newest event processed for it and what it became. */
    public static final TableDefinition OBJECTS = new TableDefinition("objects", Settings.OBJECTS_TABLE,
            Settings.DEFAULT_OBJECTS_TABLE, DynamoDbObjectLedger.OBJECT, null, List.of(), null);

    public static final List<TableDefinition> ALL = List.of(ARTICLES, OBJECTS);

    private Tables() {
    }

    /** The deployed name of a table under these settings. */
    public static String name(TableDefinition table, Settings settings) {
        return settings.get(table.nameVariable()).orElse(table.defaultName());
    }
}
