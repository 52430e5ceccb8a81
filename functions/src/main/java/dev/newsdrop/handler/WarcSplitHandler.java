package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.newsdrop.archive.ArchiveMessages;
import dev.newsdrop.archive.WarcSplitter;
import dev.newsdrop.config.Settings;
import dev.newsdrop.store.S3RawObjectStore;
import dev.newsdrop.store.SqsWorkQueue;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The WARC splitter function, behind the archive queue (batch size 1): each message is an archive
 * job ({@code {bucket, key, versionId, offset}}); the archive is read once from the offset and its
 * archived HTML pages go to the page queue as work items. Within {@link #DEADLINE_MARGIN_MS} of the
 * invocation's timeout it stops after a record and queues a continuation job for the rest. A
 * failed job is reported in a partial batch response, so SQS retries it and then dead-letters it.
 */
public final class WarcSplitHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    /**
     * Time left at which a split stops and hands on the rest: enough to read one more large record,
     * send the last batch of items and the continuation.
     */
    static final long DEADLINE_MARGIN_MS = 30_000;

    private final WarcSplitter splitter;
    private final Consumer<WarcSplitter.Split> reports;
    private final Function<Context, BooleanSupplier> deadlines;

    public WarcSplitHandler() {
        this(Holder.SPLITTER, split -> { });
    }

    /** @param reports told of each split part that ended */
    public WarcSplitHandler(WarcSplitter splitter, Consumer<WarcSplitter.Split> reports) {
        this(splitter, reports, WarcSplitHandler::nearTimeout);
    }

    /**
     * @param reports   told of each split part that ended
     * @param deadlines for each invocation, what says that it nears its end (the local stack's
     *                  fault injection ends splits early)
     */
    public WarcSplitHandler(WarcSplitter splitter, Consumer<WarcSplitter.Split> reports,
                            Function<Context, BooleanSupplier> deadlines) {
        this.splitter = splitter;
        this.reports = reports;
        this.deadlines = deadlines;
    }

    /** Whether the invocation has less than {@link #DEADLINE_MARGIN_MS} left; never without a Lambda context. */
    public static BooleanSupplier nearTimeout(Context context) {
        return () -> context != null && context.getRemainingTimeInMillis() < DEADLINE_MARGIN_MS;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return Invocations.logged(context, () -> SqsBatch.process(batch, message -> reports.accept(
                splitter.split(ArchiveMessages.job(message.getBody()), deadlines.apply(context)))));
    }

    /** Lazy holder: clients are built once per container. */
    private static final class Holder {
        private static final WarcSplitter SPLITTER;

        static {
            Settings settings = Settings.fromEnvironment();
            var sqs = AwsClients.sqs();
            SPLITTER = new WarcSplitter(new S3RawObjectStore(AwsClients.s3(settings)),
                    new SqsWorkQueue(sqs, settings.get(Settings.PAGE_QUEUE_URL).orElseThrow(
                            () -> new IllegalStateException(Settings.PAGE_QUEUE_URL + " is not set"))),
                    new SqsWorkQueue(sqs, settings.get(Settings.ARCHIVE_QUEUE_URL).orElseThrow(
                            () -> new IllegalStateException(Settings.ARCHIVE_QUEUE_URL + " is not set"))));
        }
    }
}
