package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.newsdrop.ingest.Deadline;
import dev.newsdrop.ingest.Ingestion;
import dev.newsdrop.ingest.IngestionReport;

import java.time.Clock;
import java.time.Duration;

/**
 * The ingestion function, run by an EventBridge schedule: one {@link Ingestion} run over the due
 * sources, stopping before the function's timeout so the next run resumes what is left.
 */
public final class ScheduledIngestionHandler implements RequestHandler<ScheduledEvent, IngestionReport> {

    /** Left at the end of the invocation for the last writes and the report: a fetch is never cut off. */
    static final Duration STOP_MARGIN = Duration.ofSeconds(30);
    /** The budget when there is no Lambda context (tests, the local stack). */
    static final Duration BUDGET_WITHOUT_CONTEXT = Duration.ofMinutes(10);

    private final Ingestion ingestion;
    private final Clock clock;

    public ScheduledIngestionHandler() {
        this(IngestionWiring.fromEnvironment(), Clock.systemUTC());
    }

    public ScheduledIngestionHandler(Ingestion ingestion, Clock clock) {
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Override
    public IngestionReport handleRequest(ScheduledEvent event, Context context) {
        return Invocations.logged(context, () -> ingestion.run(Deadline.in(budget(context), clock)));
    }

    static Duration budget(Context context) {
        if (context == null) {
            return BUDGET_WITHOUT_CONTEXT;
        }
        Duration left = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(STOP_MARGIN);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
