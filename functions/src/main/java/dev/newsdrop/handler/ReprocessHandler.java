package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.newsdrop.reprocess.BatchReport;
import dev.newsdrop.reprocess.Reprocessor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The reprocessing function: the item processor of the reprocessing state machine's Distributed
 * Map (and of {@code ./newsdrop reprocess}). It takes one batch of listed keys and returns the
 * batch's report ({@link ReprocessBatches}). A fault of one key is counted in the report; only a
 * fault of the store as a whole fails the invocation, so Step Functions retries the batch, which
 * is safe: a batch run again changes nothing it already did.
 */
public final class ReprocessHandler implements RequestStreamHandler {

    private final Reprocessor reprocessor;

    public ReprocessHandler() {
        this(ReprocessWiring.fromEnvironment());
    }

    public ReprocessHandler(Reprocessor reprocessor) {
        this.reprocessor = reprocessor;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ReprocessBatches.Batch batch = ReprocessBatches.read(input);
        BatchReport report = Invocations.logged(context,
                () -> reprocessor.run(batch.items(), batch.selection(), batch.force()));
        try {
            output.write(ReprocessBatches.write(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
