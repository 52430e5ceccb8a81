package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.LeadImage;
import dev.newsdrop.model.RecordKeys;
import dev.newsdrop.model.SourceObject;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps {@link ArticleRecord}s to DynamoDB items and back: the one place that knows the item layout.
 * Attribute names are the record's JSON field names; {@code source} and {@code leadImage} are maps,
 * {@code authors} and {@code tags} lists; absent values are left out.
 */
final class ArticleItems {

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String CONTENT_HASH = "contentHash";
    static final String EXTRACTOR_VERSION = "extractorVersion";
    static final String BUCKET = "bucket";
    static final String KEY = "key";
    static final String SEQUENCER = "sequencer";
    static final String OFFSET = "offset";
    static final String LENGTH = "length";
    static final String WARC_RECORD_ID = "warcRecordId";
    static final String TEXT = "text";
    static final String HTML = "html";
    /** Where a body too large for the item is kept (see {@link BodyStore}). */
    static final String BODY_REF = "bodyRef";
    /** Index attributes, derived from the record (see {@link ListingKeys}). */
    static final String SITE = "site";
    static final String LANGUAGE = "language";
    /** The language's primary subtag in lower case ("fr" for "fr-FR"): what listings by language key on. */
    static final String LANG = "lang";
    static final String LIST_ALL = "listAll";
    /** The one value of {@link #LIST_ALL}: every record sits in one partition of the byTime index. */
    static final String LIST_ALL_VALUE = "articles";
    static final String LIST_KEY = "listKey";
    /** Record fields listings filter on. */
    static final String TITLE = "title";
    static final String STATUS = "status";

    private ArticleItems() {
    }

    static Map<String, AttributeValue> toItem(ArticleRecord r) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        putString(item, ID, r.id());
        putString(item, "url", r.url());
        putString(item, "canonicalUrl", r.canonicalUrl());
        putString(item, "siteName", r.siteName());
        putString(item, "title", r.title());
        putList(item, "authors", r.authors());
        putString(item, "publishedAt", r.publishedAt());
        putString(item, "modifiedAt", r.modifiedAt());
        putString(item, "language", r.language());
        putString(item, "direction", r.direction());
        putString(item, "description", r.description());
        if (r.leadImage() != null) {
            Map<String, AttributeValue> image = new LinkedHashMap<>();
            putString(image, "url", r.leadImage().url());
            putString(image, "caption", r.leadImage().caption());
            item.put("leadImage", AttributeValue.fromM(image));
        }
        putString(item, "section", r.section());
        putList(item, "tags", r.tags());
        putString(item, "credit", r.credit());
        putString(item, TEXT, r.text());
        putString(item, HTML, r.html());
        item.put("wordCount", AttributeValue.fromN(Integer.toString(r.wordCount())));
        item.put("readingTimeMinutes", AttributeValue.fromN(Integer.toString(r.readingTimeMinutes())));
        putString(item, "status", r.status().name());
        putString(item, "reason", r.reason());
        item.put(SOURCE, AttributeValue.fromM(sourceItem(r.source())));
        putString(item, CONTENT_HASH, r.contentHash());
        putString(item, EXTRACTOR_VERSION, r.extractorVersion());
        putString(item, "processedAt", r.processedAt().toString());
        putString(item, "duplicateOf", r.duplicateOf());
        if (r.previousSource() != null) {
            item.put("previousSource", AttributeValue.fromM(sourceItem(r.previousSource())));
        }
        putString(item, SITE, RecordKeys.site(r));
        putString(item, LANG, RecordKeys.primaryLanguage(r.language()));
        putString(item, LIST_ALL, LIST_ALL_VALUE);
        putString(item, LIST_KEY, ListingKeys.sortKey(r));
        return item;
    }

    private static Map<String, AttributeValue> sourceItem(SourceObject s) {
        Map<String, AttributeValue> source = new LinkedHashMap<>();
        putString(source, BUCKET, s.bucket());
        putString(source, KEY, s.key());
        putString(source, "versionId", s.versionId());
        putString(source, "eTag", s.eTag());
        source.put("size", AttributeValue.fromN(Long.toString(s.size())));
        putString(source, "contentType", s.contentType());
        putString(source, "charset", s.charset());
        putString(source, SEQUENCER, s.sequencer());
        if (s.archived()) {
            source.put(OFFSET, AttributeValue.fromN(Long.toString(s.offset())));
            source.put(LENGTH, AttributeValue.fromN(Long.toString(s.length())));
            putString(source, WARC_RECORD_ID, s.warcRecordId());
        }
        return source;
    }

    static ArticleRecord fromItem(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> image = map(item, "leadImage");
        SourceObject source = source(map(item, SOURCE));
        Map<String, AttributeValue> previous = map(item, "previousSource");
        return new ArticleRecord(
                string(item, ID),
                string(item, "url"),
                string(item, "canonicalUrl"),
                string(item, "siteName"),
                string(item, "title"),
                list(item, "authors"),
                string(item, "publishedAt"),
                string(item, "modifiedAt"),
                string(item, "language"),
                string(item, "direction"),
                string(item, "description"),
                image.isEmpty() ? null : new LeadImage(string(image, "url"), string(image, "caption")),
                string(item, "section"),
                list(item, "tags"),
                string(item, "credit"),
                string(item, TEXT),
                string(item, HTML),
                (int) number(item, "wordCount"),
                (int) number(item, "readingTimeMinutes"),
                ArticleStatus.valueOf(string(item, "status")),
                string(item, "reason"),
                source,
                string(item, CONTENT_HASH),
                string(item, EXTRACTOR_VERSION),
                Instant.parse(string(item, "processedAt")),
                string(item, "duplicateOf"),
                previous.isEmpty() ? null : source(previous));
    }

    private static SourceObject source(Map<String, AttributeValue> s) {
        return new SourceObject(string(s, BUCKET), string(s, KEY), string(s, "versionId"),
                string(s, "eTag"), number(s, "size"), string(s, "contentType"), string(s, "charset"),
                string(s, SEQUENCER), s.containsKey(OFFSET) ? number(s, OFFSET) : null,
                s.containsKey(LENGTH) ? number(s, LENGTH) : null, string(s, WARC_RECORD_ID));
    }

    /**
     * The item's size as DynamoDB counts it (attribute names plus values, UTF-8), close enough to
     * keep under the 400 KB item limit with a margin.
     */
    static long estimateSize(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8Length(e.getKey()) + estimateSize(e.getValue());
        }
        return size;
    }

    private static long estimateSize(AttributeValue v) {
        if (v.s() != null) {
            return utf8Length(v.s());
        }
        if (v.n() != null) {
            return 21;
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(x -> 1 + estimateSize(x)).sum();
        }
        if (v.hasM()) {
            return 3 + estimateSize(v.m()) + v.m().size();
        }
        return 1;
    }

    private static long utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    private static void putList(Map<String, AttributeValue> item, String name, List<String> values) {
        item.put(name, AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList()));
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }

    private static List<String> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasL() ? List.of() : v.l().stream().map(AttributeValue::s).toList();
    }

    private static Map<String, AttributeValue> map(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasM() ? Map.of() : new HashMap<>(v.m());
    }
}
