package dev.newsdrop.infrastructure;

import software.constructs.Node;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person may choose when deploying, read from CDK context ({@code cdk deploy -c stage=prod}),
 * each with a default that is safe to deploy as it is.
 *
 * @param stage          names the stack ({@code newsdrop-<stage>}) and tags every resource
 * @param ingestSchedule the EventBridge schedule expression that runs scheduled ingestion
 * @param allowedOrigins the browser origins CORS admits; empty means no CORS, so only non-browser
 *                       clients (which sign requests anyway) can call the API
 * @param alarmTopicArn  an existing SNS topic the alarms notify, or null for alarms without actions
 */
public record StackOptions(String stage, String ingestSchedule, List<String> allowedOrigins, String alarmTopicArn) {

    public static final String STAGE = "stage";
    public static final String INGEST_SCHEDULE = "ingestSchedule";
    public static final String ALLOWED_ORIGINS = "allowedOrigins";
    public static final String ALARM_TOPIC_ARN = "alarmTopicArn";

    static final String DEFAULT_STAGE = "dev";
    /** Often enough for news sites' feeds, rare enough to stay polite to them and cheap. */
    static final String DEFAULT_INGEST_SCHEDULE = "rate(15 minutes)";

    /** Stage names end up in the stack name, which allows letters, digits and hyphens only. */
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,20}");
    private static final Pattern SCHEDULE = Pattern.compile("(rate|cron)\\(.+\\)");

    public StackOptions {
        if (!STAGE_NAME.matcher(stage).matches()) {
            throw new IllegalArgumentException("stage must be lower-case letters, digits and hyphens, "
                    + "starting with a letter (at most 21 characters): " + stage);
        }
        if (!SCHEDULE.matcher(ingestSchedule).matches()) {
            throw new IllegalArgumentException(
                    "ingestSchedule must be an EventBridge rate(...) or cron(...) expression: " + ingestSchedule);
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** The options set in this construct tree's context, defaults for the rest. */
    public static StackOptions fromContext(Node node) {
        return new StackOptions(
                text(node, STAGE, DEFAULT_STAGE),
                text(node, INGEST_SCHEDULE, DEFAULT_INGEST_SCHEDULE),
                Arrays.stream(text(node, ALLOWED_ORIGINS, "").split(","))
                        .map(String::strip).filter(origin -> !origin.isEmpty()).toList(),
                text(node, ALARM_TOPIC_ARN, null));
    }

    /** The name of the stack these options deploy. */
    public String stackName() {
        return "newsdrop-" + stage;
    }

    private static String text(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        return value.toString().strip();
    }
}
