package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.newsdrop.archive.ArchiveMessages;
import dev.newsdrop.archive.ArchivedPage;
import dev.newsdrop.process.ArticleProcessor;

import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The processing function behind a queue (S3 → SQS → Lambda): each message holds an S3 event
 * notification, or a work item of a split web archive (an archived page). Failed messages are
 * reported in a partial batch response and retried alone.
 */
public final class SqsEventHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final ArticleProcessor processor;
    private final IntConsumer failedMessages;

    public SqsEventHandler() {
        this(ProcessingWiring.fromEnvironment(), ProcessingWiring.metrics()::failedMessages);
    }

    public SqsEventHandler(ArticleProcessor processor) {
        this(processor, count -> { });
    }

    /** @param failedMessages told how many messages of each batch failed */
    public SqsEventHandler(ArticleProcessor processor, IntConsumer failedMessages) {
        this.processor = processor;
        this.failedMessages = failedMessages;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return Invocations.logged(context, () -> {
            SQSBatchResponse response = SqsBatch.process(batch, message -> {
                Optional<ArchivedPage> page = ArchiveMessages.page(message.getBody());
                if (page.isPresent()) {
                    processor.process(page.get());
                } else {
                    S3Notifications.parse(message.getBody()).forEach(processor::process);
                }
            });
            failedMessages.accept(response.getBatchItemFailures().size());
            return response;
        });
    }
}
