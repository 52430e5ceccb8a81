package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.ingest.IngestionOptions;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.model.Source;
import dev.newsdrop.store.DynamoDbSourceRegistry;
import dev.newsdrop.store.Tables;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.FakeSite;
import dev.newsdrop.testing.FeedDocuments;
import dev.newsdrop.testing.LocalAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.newsdrop.testing.FakeSite.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduled ingestion function, invoked with the sample EventBridge event. */
class ScheduledIngestionHandlerIT {

    private LocalAws aws;
    private FakeSite site;
    private DynamoDbSourceRegistry registry;
    private ScheduledIngestionHandler handler;

    @BeforeEach
    void start() {
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        aws = LocalAws.start(Map.of(Settings.SOURCES_TABLE, Tables.SOURCES.defaultName() + suffix,
                Settings.SEEN_TABLE, Tables.SEEN.defaultName() + suffix));
        site = FakeSite.start();
        registry = new DynamoDbSourceRegistry(aws.dynamoDb, Tables.name(Tables.SOURCES, aws.settings));
        PublicWebFetcher loopbackFetcher = PublicWebFetcher.allowingLoopback();
        handler = new ScheduledIngestionHandler(IngestionWiring.create(aws.s3, aws.dynamoDb, loopbackFetcher, aws.settings,
                IngestionOptions.standard().withDefaultHostDelay(Duration.ofMillis(10))), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void scheduledEvent_ingestsTheDueSourcesAndReportsPerSource() {
        site.on("/feed.rss", body("application/rss+xml", FeedDocuments.rss(site.origin() + "/a.html")))
                .on("/a.html", body("text/html; charset=utf-8", FeedDocuments.article("A")));
        registry.save(new Source("loopback-news", "Loopback News", List.of(site.url("/feed.rss")), List.of(), true, 0, 0));

        IngestionReport report = handler.handleRequest(scheduledEvent(), null);

        assertEquals(1, report.source("loopback-news").fetched());
        assertEquals(1, report.totalFetched());
        assertNotNull(registry.status("loopback-news").lastSuccessAt());
        List<String> keys = aws.s3.listObjectsV2(r -> r.bucket(aws.bucket).prefix("raw/127.0.0.1/")).contents()
                .stream().map(o -> o.key()).toList();
        assertTrue(keys.stream().anyMatch(k -> k.matches("raw/127\\.0\\.0\\.1/[0-9a-f]{20}\\.html")), keys.toString());
    }

    @Test
    void handlerOnAws_neverAllowsLoopback() {
        site.on("/feed.rss", body("application/rss+xml", FeedDocuments.rss(site.origin() + "/a.html")));
        registry.save(new Source("loopback-news", "Loopback News", List.of(site.url("/feed.rss")), List.of(), true, 0, 0));
        ScheduledIngestionHandler onAws = new ScheduledIngestionHandler(IngestionWiring.create(aws.s3, aws.dynamoDb,
                PublicWebFetcher.standard(), aws.settings, IngestionOptions.standard()), Clock.systemUTC());

        IngestionReport report = onAws.handleRequest(scheduledEvent(), null);

        assertEquals(0, site.hits("/feed.rss"));
        assertTrue(report.source("loopback-news").error().contains("refused: 127.0.0.1 is a loopback address"),
                report.source("loopback-news").error());
    }

    private static ScheduledEvent scheduledEvent() {
        return LambdaEventSerializers.serializerFor(ScheduledEvent.class, Events.class.getClassLoader())
                .fromJson(new String(Events.bytes("eventbridge-schedule.json"), StandardCharsets.UTF_8));
    }
}
