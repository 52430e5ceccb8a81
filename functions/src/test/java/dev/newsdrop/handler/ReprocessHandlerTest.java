package dev.newsdrop.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdrop.reprocess.ArchiveReprocessing;
import dev.newsdrop.reprocess.ListedObject;
import dev.newsdrop.reprocess.Reprocessor;
import dev.newsdrop.reprocess.Selection;
import dev.newsdrop.testing.Events;
import dev.newsdrop.testing.InMemoryPipeline;
import dev.newsdrop.testing.Pages;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The reprocessing function's door: the Distributed Map's batch in, the batch's report out. */
class ReprocessHandlerTest {

    private static final String BUCKET = InMemoryPipeline.BUCKET;
    private final InMemoryPipeline core = new InMemoryPipeline();
    private final ReprocessHandler handler = new ReprocessHandler(new Reprocessor(core.processor, core.ledger,
            core.articles, ArchiveReprocessing.SKIP, BUCKET, "raw/", e -> false));

    private JsonNode invoke(byte[] batch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(batch), out, null);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void distributedMapBatch_isReprocessed_andReportedByOutcome() throws IOException {
        core.raw.put(BUCKET, "raw/samples/seed-article.html", new String(Pages.article("Seed story"), "UTF-8"));
        core.raw.put(BUCKET, "raw/drop/أخبار بغداد + صور.html", new String(Pages.article("Arabic key"), "UTF-8"));
        // raw/samples/english-wire-article.html is listed but was deleted since

        JsonNode report = invoke(Events.bytes("stepfunctions-reprocess-batch.json"));

        JsonNode counts = report.path("counts");
        assertEquals(2, counts.path("updated").asInt());
        assertEquals(1, counts.path("missing").asInt());
        assertEquals(1, counts.path("skipped").asInt());
        assertEquals(0, counts.path("failed").asInt());
        assertEquals(0, counts.path("unchanged").asInt());
        assertEquals(0, counts.path("superseded").asInt());
        assertEquals("raw/archives/crawl-2026-11.warc.gz", report.path("skips").get(0).path("key").asText());
        assertEquals("archive", report.path("skips").get(0).path("reason").asText());
        assertEquals(0, report.path("failures").size());
        assertEquals(0, report.path("failuresLeftOut").asInt());
        assertEquals(2, core.articles.all().size());
    }

    @Test
    void batchWrittenForTheHandler_readsBackTheSame() throws IOException {
        ReprocessBatches.Batch batch = new ReprocessBatches.Batch(
                List.of(new ListedObject("raw/a b+c.html", 12, "\"abc\""), new ListedObject("raw/x.html", 0, null)),
                Selection.MISSING, true);

        assertEquals(batch, ReprocessBatches.read(new ByteArrayInputStream(ReprocessBatches.write(batch))));
    }

    @Test
    void malformedBatches_areRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> invoke("{\"BatchInput\":{}}".getBytes()));
        assertThrows(IllegalArgumentException.class, () -> invoke("{\"Items\":[{\"Size\":1}]}".getBytes()));
        assertThrows(IllegalArgumentException.class,
                () -> invoke("{\"Items\":[],\"BatchInput\":{\"mode\":\"everything\"}}".getBytes()));
    }
}
