package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.newsdrop.archive.ArchiveJob;
import dev.newsdrop.archive.ArchiveMessages;
import dev.newsdrop.archive.WarcSplitter;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.ProcessingObserver;
import dev.newsdrop.process.RecordMaker;
import dev.newsdrop.testing.InMemoryArticleRepository;
import dev.newsdrop.testing.InMemoryObjectLedger;
import dev.newsdrop.testing.InMemoryRawObjectStore;
import dev.newsdrop.testing.Pages;
import dev.newsdrop.testing.Warcs;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The processing function's queue carries archived-page work items beside S3 notifications. */
class SqsEventHandlerArchiveTest {

    @Test
    void workItemsAndABadItem_inOneBatch_makeRecordsAndReportOnlyTheBadOne() {
        InMemoryRawObjectStore raw = new InMemoryRawObjectStore();
        InMemoryArticleRepository articles = new InMemoryArticleRepository();
        List<String> pages = new ArrayList<>();
        List<String> archives = new ArrayList<>();
        ArticleProcessor processor = new ArticleProcessor(raw, articles, new InMemoryObjectLedger(),
                new RecordMaker(new ArticleExtractor(), Clock.systemUTC()), 1 << 20, ProcessingObserver.NONE,
                archives::addAll);
        raw.put("newsdrop-raw", "raw/a.warc.gz", Warcs.gzipped().page("https://a.example/1", Pages.article("One"))
                .page("https://a.example/2", Pages.article("Two")).bytes(), "application/gzip", Map.of());
        new WarcSplitter(raw, pages::addAll, archives::addAll).split(ArchiveJob.of("newsdrop-raw", "raw/a.warc.gz",
                null), () -> false);
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (String body : List.of(pages.get(0), "{\"type\":\"" + ArchiveMessages.ARCHIVED_PAGE + "\",\"key\":\"k\"}",
                pages.get(1))) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("m" + messages.size());
            m.setBody(body);
            messages.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);

        SQSBatchResponse response = new SqsEventHandler(processor).handleRequest(event, null);

        assertEquals(List.of("m1"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(2, articles.all().size());
    }
}
