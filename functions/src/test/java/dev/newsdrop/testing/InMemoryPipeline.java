package dev.newsdrop.testing;

import dev.newsdrop.api.ApiProblem;
import dev.newsdrop.api.ArticlesApi;
import dev.newsdrop.api.RemotePages;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.Extraction;
import dev.newsdrop.process.PageIntake;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.process.RecordMaker;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The core wired to the in-memory ports: the real extractor, processor, intake and API, with no
 * emulator. Counts the extractions it runs, and serves web pages from a map for {@code {"url"}}
 * submissions.
 */
public final class InMemoryPipeline {

    public static final String BUCKET = "newsdrop-raw";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    public final InMemoryRawObjectStore raw = new InMemoryRawObjectStore();
    public final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    public final InMemoryObjectLedger ledger = new InMemoryObjectLedger();
    /** Full extractions run so far. */
    public final AtomicInteger extractions = new AtomicInteger();
    /** Canonical-URL-only passes run so far. */
    public final AtomicInteger idPasses = new AtomicInteger();
    /** Pages {@code POST /articles {"url"}} can fetch, by address. */
    public final Map<String, byte[]> web = new ConcurrentHashMap<>();
    /** Messages the processor handed to the archive queue (web archives to split). */
    public final List<String> archiveJobs = new CopyOnWriteArrayList<>();
    public final RecordMaker records;
    public final ArticleProcessor processor;
    public final ArticlesApi api;

    public InMemoryPipeline(long maxObjectBytes) {
        ArticleExtractor extractor = new ArticleExtractor();
        records = new RecordMaker(new Extraction() {
            @Override
            public ExtractedArticle extract(PageInput page) {
                extractions.incrementAndGet();
                return extractor.extract(page);
            }

            @Override
            public String canonicalUrl(PageInput page) {
                idPasses.incrementAndGet();
                return extractor.canonicalUrl(page);
            }
        }, clock);
        processor = new ArticleProcessor(raw, articles, ledger, records, maxObjectBytes, ProcessingObserver.NONE,
                archiveJobs::addAll);
        RemotePages remote = url -> {
            byte[] page = web.get(url);
            if (page == null) {
                throw new ApiProblem(502, "Bad Gateway", "the site answered HTTP 404");
            }
            return new RemotePages.Fetched(page, "text/html; charset=utf-8", url);
        };
        api = new ArticlesApi(new PageIntake(raw, records, articles, clock, BUCKET, "raw/"), processor, articles,
                records, new InMemoryRawLinks(clock), remote, "{}");
    }

    public InMemoryPipeline() {
        this(2 * 1024 * 1024);
    }
}
