package dev.newsdrop.config;

import dev.newsdrop.ports.ListingCursors;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The environment variables newsdrop reads, in one place, read through one small class so tests can
 * give their own values.
 */
public final class Settings {

    /** DynamoDB table holding one record per article. */
    public static final String ARTICLES_TABLE = "ARTICLES_TABLE";
    /** DynamoDB table remembering, per S3 object key, the newest event processed. */
    public static final String OBJECTS_TABLE = "OBJECTS_TABLE";
    /** DynamoDB table of the sites scheduled ingestion follows. */
    public static final String SOURCES_TABLE = "SOURCES_TABLE";
    /** DynamoDB table of URLs and feed validators ingestion has seen (with a TTL). */
    public static final String SEEN_TABLE = "SEEN_TABLE";
    /** Bucket raw pages are uploaded to. */
    public static final String RAW_BUCKET = "RAW_BUCKET";
    /** Key prefix under which raw pages are uploaded (the S3 trigger's filter). */
    public static final String RAW_PREFIX = "RAW_PREFIX";
    /** Set to {@code true} to address S3 path-style, as emulators need. */
    public static final String S3_PATH_STYLE = "NEWSDROP_S3_PATH_STYLE";
    /** The largest raw object newsdrop reads, in bytes. */
    public static final String MAX_OBJECT_BYTES = "NEWSDROP_MAX_OBJECT_BYTES";
    /**
     * The deployment's secret that signs listing cursors (any text of 16 characters or more). When
     * unset, a key derived from the table and bucket names is used: fine on a laptop, guessable in
     * a deployment, which must set it.
     */
    public static final String CURSOR_KEY = "NEWSDROP_CURSOR_KEY";
    /**
     * URL of the queue single raw pages and archived-page work items are processed from. The WARC
     * splitter sends one work item per archived page to it.
     */
    public static final String PAGE_QUEUE_URL = "NEWSDROP_PAGE_QUEUE_URL";
    /**
     * URL of the queue of web archives (WARC files) waiting to be split, apart from the page queue
     * so a large archive never holds up single pages. The processing function forwards archives to
     * it; a splitter nearing its deadline sends its continuation there.
     */
    public static final String ARCHIVE_QUEUE_URL = "NEWSDROP_ARCHIVE_QUEUE_URL";
    /** Key prefix, outside the raw prefix, under which reprocessing runs write their reports. */
    public static final String REPORTS_PREFIX = "NEWSDROP_REPORTS_PREFIX";
    /** Endpoint override the AWS SDK honours for S3; when set, path-style addressing is used. */
    public static final String S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";

    public static final String DEFAULT_ARTICLES_TABLE = "newsdrop-articles";
    public static final String DEFAULT_OBJECTS_TABLE = "newsdrop-objects";
    public static final String DEFAULT_SOURCES_TABLE = "newsdrop-sources";
    public static final String DEFAULT_SEEN_TABLE = "newsdrop-seen";
    public static final String DEFAULT_RAW_BUCKET = "newsdrop-raw";
    public static final String DEFAULT_RAW_PREFIX = "raw/";
    public static final String DEFAULT_REPORTS_PREFIX = "reports/";
    /** Lambda payloads stop at 6 MB, but S3 uploads don't; 20 MB keeps a 512 MB function safe. */
    public static final long DEFAULT_MAX_OBJECT_BYTES = 20L * 1024 * 1024;

    private final UnaryOperator<String> lookup;

    private Settings(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    /** Settings from the process environment. */
    public static Settings fromEnvironment() {
        return new Settings(System::getenv);
    }

    /** Settings from the given values, for tests and the local stack. */
    public static Settings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return new Settings(copy::get);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String articlesTable() {
        return get(ARTICLES_TABLE).orElse(DEFAULT_ARTICLES_TABLE);
    }

    public String objectsTable() {
        return get(OBJECTS_TABLE).orElse(DEFAULT_OBJECTS_TABLE);
    }

    public String rawBucket() {
        return get(RAW_BUCKET).orElse(DEFAULT_RAW_BUCKET);
    }

    public String rawPrefix() {
        return get(RAW_PREFIX).orElse(DEFAULT_RAW_PREFIX);
    }

    public boolean s3PathStyle() {
        return get(S3_PATH_STYLE).map(Boolean::parseBoolean).orElse(get(S3_ENDPOINT).isPresent());
    }

    /**
     * The key listing cursors are signed with: {@link #CURSOR_KEY}, else one derived from the
     * resource names.
     *
     * @throws IllegalStateException when {@link #CURSOR_KEY} is set but shorter than 16 characters
     */
    public byte[] cursorKey() {
        Optional<String> secret = get(CURSOR_KEY);
        if (secret.isEmpty()) {
            return ListingCursors.keyDerivedFrom(articlesTable() + "/" + rawBucket());
        }
        byte[] key = secret.get().getBytes(StandardCharsets.UTF_8);
        if (key.length < 16) {
            throw new IllegalStateException(CURSOR_KEY + " must hold at least 16 characters");
        }
        return key;
    }

    public long maxObjectBytes() {
        return get(MAX_OBJECT_BYTES).map(Long::parseLong).orElse(DEFAULT_MAX_OBJECT_BYTES);
    }
}
