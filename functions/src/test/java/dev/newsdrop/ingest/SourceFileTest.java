package dev.newsdrop.ingest;

import dev.newsdrop.model.Source;
import dev.newsdrop.testing.Events;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFileTest {

    @Test
    void sampleFile_readsEverySourceWithDefaults() throws IOException {
        List<Source> sources = SourceFile.parse(Events.bytes("sources.json"));

        assertEquals(3, sources.size());
        Source news = sources.get(0);
        assertEquals("example-news", news.id());
        assertEquals(List.of(URI.create("https://news.example.com/feed.rss"), URI.create("https://news.example.com/atom.xml")),
                news.feeds());
        assertEquals(50, news.articlesPerRun());
        assertEquals(2000, news.minDelayBetweenRequestsMs());
        Source arabic = sources.get(1);
        assertEquals("مثال للأخبار", arabic.name());
        assertTrue(arabic.enabled(), "enabled unless said otherwise");
        assertEquals(Source.DEFAULT_MAX_ARTICLES_PER_RUN, arabic.articlesPerRun());
        assertFalse(sources.get(2).enabled());
    }

    @Test
    void duplicateIds_areRejected() {
        byte[] json = "[{\"id\":\"a\"},{\"id\":\"a\"}]".getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceFile.parse(json));
        assertTrue(e.getMessage().contains("appears twice"));
    }

    @Test
    void relativeUrl_isRejectedNamingTheSource() {
        byte[] json = "[{\"id\":\"a\",\"feeds\":[\"/feed.xml\"]}]".getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceFile.parse(json));
        assertTrue(e.getMessage().contains("source \"a\""), e.getMessage());
    }
}
