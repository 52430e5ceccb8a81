package dev.newsdrop.ingest;

import dev.newsdrop.codec.Sha256;
import dev.newsdrop.fetch.FetchResult;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawObjectStore;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts fetched article pages where the processing function picks them up:
 * {@code <prefix><host>/<20 hex of sha256(url)>.html}, with the address, the fetch time and the
 * transport's charset as object metadata.
 */
final class RawPageWriter {

    /** Hex digits of the URL hash in an object key: 80 bits, no collision among billions of URLs. */
    private static final int KEY_HASH_HEX = 20;

    private final RawObjectStore store;
    private final String bucket;
    private final String prefix;
    private final Clock clock;

    RawPageWriter(RawObjectStore store, String bucket, String prefix, Clock clock) {
        this.store = store;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.clock = clock;
    }

    void put(PendingPage page, FetchResult result) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ObjectMetadata.URL, page.seenAs());
        metadata.put(ObjectMetadata.FETCHED_AT, clock.instant().toString());
        if (result.charset() != null) {
            metadata.put(ObjectMetadata.CHARSET, result.charset());
        }
        store.put(bucket, key(page.url()), result.bytes(), result.contentType(), metadata);
    }

    /** Where the page of an article address is put. */
    String key(URI url) {
        return prefix + url.getHost().toLowerCase(Locale.ROOT) + "/" + urlHash(url.toString()) + ".html";
    }

    static String urlHash(String url) {
        return Sha256.hex(url).substring(0, KEY_HASH_HEX);
    }
}
