package dev.newsdrop.ingest;

import dev.newsdrop.fetch.FetchResult;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.model.Source;
import dev.newsdrop.ports.SeenStore;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a source's feeds and sitemaps with conditional GET and remembers every article address not
 * seen before as pending. Sitemap indexes are followed, up to
 * {@link IngestionOptions#maxChildSitemaps()} children; a failing document is noted and the others
 * are still read.
 */
final class Discovery {

    /** The kinds of document a source lists, each read by its own reader. */
    private enum Kind { FEED, SITEMAP }

    private record Document(URI url, Kind kind) {
    }

    /** The article links of a document, and (for a sitemap index) the sitemaps it points to. */
    private record Contents(List<URI> articles, List<URI> children) {
    }

    /**
     * What discovering one source found.
     *
     * @param discovered  new addresses remembered as pending
     * @param notModified documents unchanged since the last read (HTTP 304)
     * @param errors      one line per document that could not be read
     * @param finished    false when the deadline stopped it before every document was read
     */
    record Result(int discovered, int notModified, List<String> errors, boolean finished) {
    }

    private final SeenStore seen;
    private final PublicWebFetcher fetcher;
    private final IngestionOptions options;
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps = new SitemapReader();

    Discovery(SeenStore seen, PublicWebFetcher fetcher, IngestionOptions options) {
        this.seen = seen;
        this.fetcher = fetcher;
        this.options = options;
    }

    Result discover(Source source, Deadline deadline) {
        ArrayDeque<Document> queue = new ArrayDeque<>();
        source.feeds().forEach(url -> queue.add(new Document(url, Kind.FEED)));
        source.sitemaps().forEach(url -> queue.add(new Document(url, Kind.SITEMAP)));
        Set<URI> visited = new HashSet<>();
        int room = options.maxPending() - seen.pending(source.id()).size();
        int discovered = 0;
        int notModified = 0;
        int children = 0;
        List<String> errors = new ArrayList<>();
        while (!queue.isEmpty()) {
            Document document = queue.poll();
            if (!visited.add(document.url())) {
                continue;
            }
            if (!deadline.allows(options.minTimeForAFetch())) {
                return new Result(discovered, notModified, errors, false);
            }
            try {
                FetchResult result = fetch(document.url(), deadline);
                if (result.notModified()) {
                    notModified++;
                    continue;
                }
                Contents contents = read(document.kind(), result);
                for (URI child : contents.children()) {
                    if (children++ < options.maxChildSitemaps()) {
                        queue.add(new Document(child, Kind.SITEMAP));
                    }
                }
                for (URI link : contents.articles()) {
                    if (room <= 0) {
                        room = -1; // links were left out: the document must be read again next run
                        break;
                    }
                    if (seen.addIfNew(source.id(), link.toString())) {
                        discovered++;
                        room--;
                    }
                }
                // An index is always read again: its children change while it often does not.
                if (contents.children().isEmpty() && room >= 0) {
                    seen.saveValidators(document.url().toString(), result.validators());
                }
            } catch (IOException | RuntimeException e) {
                errors.add(document.url() + ": " + Ingestion.describe(e));
            }
        }
        return new Result(discovered, notModified, errors, true);
    }

    private FetchResult fetch(URI url, Deadline deadline) throws IOException {
        FetchResult result = fetcher.fetch(url, seen.validators(url.toString()), deadline.remaining());
        if (!result.isSuccess() && !result.notModified()) {
            throw new IOException("HTTP " + result.status());
        }
        return result;
    }

    private Contents read(Kind kind, FetchResult result) throws IOException {
        return switch (kind) {
            case FEED -> new Contents(feeds.links(result.finalUrl(), result.bytes(), result.contentType()), List.of());
            case SITEMAP -> {
                SitemapReader.Contents sitemap = sitemaps.read(result.finalUrl(), result.bytes(), result.contentType());
                yield new Contents(sitemap.articles(), sitemap.childSitemaps());
            }
        };
    }
}
