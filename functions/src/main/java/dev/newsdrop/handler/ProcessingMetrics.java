package dev.newsdrop.handler;

import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.ProcessingObserver;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.DimensionSet;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

import java.time.Duration;

/**
 * The processing function's metrics, as CloudWatch Embedded Metric Format lines written through
 * Powertools: one line per processed object with its latency, counted by how it ended — the
 * record's status (EXTRACTED, NOT_HTML, TOO_LARGE, ...) or why it was skipped (superseded,
 * missing) — and the count of queue messages that failed and will be retried. Every line carries
 * the function's log level, so Lambda's log-level filtering never drops it.
 */
public final class ProcessingMetrics implements ProcessingObserver {

    /** The namespace when the environment names none (POWERTOOLS_METRICS_NAMESPACE). */
    static final String DEFAULT_NAMESPACE = "newsdrop";
    /**
     * The application log level Lambda filters by (JSON logs), which it tells the function in this
     * variable. Lambda counts a line without a {@code level} as INFO, so raising the level to WARN
     * would drop every metric line: they carry the configured level itself, the lowest Lambda sends.
     */
    static final String LAMBDA_LOG_LEVEL = "AWS_LAMBDA_LOG_LEVEL";
    /** Lambda's own default application log level. */
    static final String DEFAULT_LOG_LEVEL = "INFO";

    private final Metrics metrics;
    private final String logLevel;

    public ProcessingMetrics(Metrics metrics) {
        this(metrics, System.getenv(LAMBDA_LOG_LEVEL));
    }

    /** @param logLevel the level every metric line carries; null for Lambda's default */
    public ProcessingMetrics(Metrics metrics, String logLevel) {
        this.metrics = metrics;
        this.logLevel = logLevel == null || logLevel.isBlank() ? DEFAULT_LOG_LEVEL : logLevel.strip();
        if (System.getenv("POWERTOOLS_METRICS_NAMESPACE") == null) {
            metrics.setNamespace(DEFAULT_NAMESPACE);
        }
    }

    @Override
    public void processed(Outcome outcome, Duration took) {
        String result = outcome.record() != null && outcome.kind() != Outcome.Kind.SUPERSEDED
                ? outcome.record().status().name()
                : outcome.kind().name();
        metrics.flushMetrics(m -> {
            m.addDimension(DimensionSet.of("Result", result));
            m.addMetric("PagesProcessed", 1, MetricUnit.COUNT);
            m.addMetric("ProcessingLatency", took.toMillis(), MetricUnit.MILLISECONDS);
            m.addMetadata("level", logLevel);
            m.addMetadata("objectKey", outcome.event().key());
            if (outcome.record() != null) {
                m.addMetadata("recordId", outcome.record().id());
            }
        });
    }

    /** Queue messages the batch reported failed (SQS redelivers them, then dead-letters them). */
    public void failedMessages(int count) {
        if (count > 0) {
            metrics.flushMetrics(m -> {
                m.addDimension(DimensionSet.of("Function", "process"));
                m.addMetric("MessagesFailed", count, MetricUnit.COUNT);
                m.addMetadata("level", logLevel);
            });
        }
    }
}
