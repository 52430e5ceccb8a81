package dev.newsdrop.testing;

import dev.newsdrop.ingest.SourceFile;
import dev.newsdrop.model.Backoff;
import dev.newsdrop.model.Source;
import dev.newsdrop.model.SourceStatus;
import dev.newsdrop.ports.SourceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What every {@link SourceRegistry} must do, run on the in-memory one (a unit test) and the
 * DynamoDB one (an IT), loaded from the sample sources file.
 */
public abstract class SourceRegistryContract {

    protected static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    private SourceRegistry registry;

    /** A new, empty registry. */
    protected abstract SourceRegistry newRegistry();

    @BeforeEach
    void load() throws IOException {
        registry = newRegistry();
        for (Source source : SourceFile.parse(Events.bytes("sources.json"))) {
            registry.save(source);
        }
    }

    @Test
    void sourcesFromTheFile_roundTrip() throws IOException {
        List<Source> expected = SourceFile.parse(Events.bytes("sources.json"));

        List<Source> stored = registry.all().stream().sorted(java.util.Comparator.comparing(Source::id)).toList();

        assertEquals(expected.stream().sorted(java.util.Comparator.comparing(Source::id)).toList(), stored);
    }

    @Test
    void dueSources_areTheEnabledOnesOutOfBackoff() {
        registry.recordStatus(SourceStatus.fresh("example-arabic").failed("HTTP 500", NOW, Backoff.standard()));

        assertEquals(List.of("example-news"), registry.dueSources(NOW).stream().map(Source::id).toList());
        assertEquals(2, registry.dueSources(NOW.plus(Duration.ofMinutes(15))).size());
    }

    @Test
    void savingASourceAgain_keepsItsStatus() {
        registry.recordStatus(SourceStatus.fresh("example-news").failed("HTTP 500", NOW, Backoff.standard()));
        Source news = registry.all().stream().filter(s -> s.id().equals("example-news")).findFirst().orElseThrow();

        registry.save(new Source(news.id(), "Renamed", news.feeds(), news.sitemaps(), true, 10, 0));

        SourceStatus status = registry.status("example-news");
        assertEquals("HTTP 500", status.lastError());
        assertEquals(1, status.consecutiveFailures());
        assertEquals(NOW.plus(Backoff.DEFAULT_FIRST), status.nextAttemptAt());
    }

    @Test
    void success_clearsTheBackoffAndKeepsTheLastError() {
        SourceStatus failed = SourceStatus.fresh("example-news").failed("timed out", NOW, Backoff.standard());
        registry.recordStatus(failed);

        registry.recordStatus(registry.status("example-news").succeeded(NOW.plus(Duration.ofHours(1))));

        SourceStatus status = registry.status("example-news");
        assertEquals(NOW.plus(Duration.ofHours(1)), status.lastSuccessAt());
        assertEquals(0, status.consecutiveFailures());
        assertNull(status.nextAttemptAt());
        assertEquals("timed out", status.lastError());
        assertEquals(SourceStatus.fresh("never-run"), registry.status("never-run"));
    }
}
