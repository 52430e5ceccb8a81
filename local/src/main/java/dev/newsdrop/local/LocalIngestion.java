package dev.newsdrop.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.handler.IngestionWiring;
import dev.newsdrop.handler.ScheduledIngestionHandler;
import dev.newsdrop.ingest.IngestionOptions;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.ingest.SourceFile;
import dev.newsdrop.model.Source;
import dev.newsdrop.store.DynamoDbSourceRegistry;
import dev.newsdrop.store.Tables;
import org.joda.time.DateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The local stand-in for the EventBridge schedule: registers the sources file's sources, then runs
 * the same handler the schedule invokes on AWS, at start and every {@code every} after the last run
 * ended. A failed run is one log line, and the next run still comes, as on AWS.
 */
final class LocalIngestion implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalIngestion.class);

    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "scheduled-ingestion");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration every;
    /** When the next run starts: now until the first run, then the end of the last run plus {@code every}. */
    private volatile Instant nextRun = Instant.now();

    private LocalIngestion(Duration every) {
        this.every = every;
    }

    /** When the next ingestion run starts, or is starting now if it is running. */
    Instant nextRun() {
        return nextRun;
    }

    /**
     * Registers the sources and starts the schedule.
     *
     * @throws IllegalArgumentException when the sources file cannot be read
     */
    static LocalIngestion start(Path sourcesFile, Duration every, LocalClients clients, Settings settings,
                                PublicWebFetcher fetcher, Consumer<IngestionReport> reports) {
        List<Source> sources;
        try {
            sources = SourceFile.read(sourcesFile);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the sources file " + sourcesFile + ": " + e.getMessage(), e);
        }
        DynamoDbSourceRegistry registry = new DynamoDbSourceRegistry(clients.dynamoDb(),
                Tables.name(Tables.SOURCES, settings));
        sources.forEach(registry::save);
        ScheduledIngestionHandler handler = new ScheduledIngestionHandler(IngestionWiring.create(clients.s3(),
                clients.dynamoDb(), fetcher, settings, IngestionOptions.standard()), Clock.systemUTC());
        LocalIngestion ingestion = new LocalIngestion(every);
        ingestion.schedule.scheduleWithFixedDelay(() -> {
            try {
                reports.accept(handler.handleRequest(scheduledEvent(), null));
            } catch (RuntimeException e) {
                log.warn("ingestion run failed: {}", e.toString());
            } finally {
                ingestion.nextRun = Instant.now().plus(ingestion.every);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return ingestion;
    }

    /** The event an EventBridge schedule delivers. */
    private static ScheduledEvent scheduledEvent() {
        ScheduledEvent event = new ScheduledEvent();
        event.setId(UUID.randomUUID().toString());
        event.setSource("aws.events");
        event.setDetailType("Scheduled Event");
        event.setAccount("000000000000");
        event.setRegion("us-east-1");
        event.setTime(DateTime.now());
        event.setResources(List.of("arn:aws:events:us-east-1:000000000000:rule/newsdrop-local-ingest"));
        event.setDetail(Map.of());
        return event;
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
