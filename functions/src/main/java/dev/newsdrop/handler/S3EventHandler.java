package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.newsdrop.process.ArticleProcessor;

/**
 * The processing function, triggered by S3 directly (S3 → Lambda). A failure fails the invocation,
 * so Lambda retries it and finally hands the event to the function's dead-letter destination.
 */
public final class S3EventHandler implements RequestHandler<S3Event, Void> {

    private final ArticleProcessor processor;

    public S3EventHandler() {
        this(ProcessingWiring.fromEnvironment());
    }

    public S3EventHandler(ArticleProcessor processor) {
        this.processor = processor;
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        return Invocations.logged(context, () -> {
            S3Notifications.from(event).forEach(processor::process);
            return null;
        });
    }
}
