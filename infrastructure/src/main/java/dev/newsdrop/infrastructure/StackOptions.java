package dev.newsdrop.infrastructure;

import software.constructs.Node;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
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
 * @param processMaxConcurrency the most concurrent executions the raw-page queue may start, so a
 *                       burst of uploads cannot take the concurrency the API needs (2 to 1000)
 * @param reprocessMaxConcurrency the most batches a reprocessing run works on at once (1 to 1000): each
 *                       is one function invocation making DynamoDB writes, so this caps both
 */
public record StackOptions(String stage, String ingestSchedule, List<String> allowedOrigins, String alarmTopicArn,
                           int processMaxConcurrency, int reprocessMaxConcurrency) {

    public static final String STAGE = "stage";
    public static final String INGEST_SCHEDULE = "ingestSchedule";
    public static final String ALLOWED_ORIGINS = "allowedOrigins";
    public static final String ALARM_TOPIC_ARN = "alarmTopicArn";
    public static final String PROCESS_MAX_CONCURRENCY = "processMaxConcurrency";
    public static final String REPROCESS_MAX_CONCURRENCY = "reprocessMaxConcurrency";

    static final String DEFAULT_STAGE = "dev";
    /** Often enough for news sites' feeds, rare enough to stay polite to them and cheap. */
    static final String DEFAULT_INGEST_SCHEDULE = "rate(15 minutes)";
    /**
     * Ten pages at a time keeps up with hundreds of uploads a minute, and leaves most of an account's
     * default 1,000 concurrent executions to the API and ingestion.
     */
    static final int DEFAULT_PROCESS_MAX_CONCURRENCY = 10;
    /** Lambda's bounds for an SQS event source's maximum concurrency. */
    static final int MIN_PROCESS_CONCURRENCY = 2;
    static final int MAX_PROCESS_CONCURRENCY = 1000;
    /**
     * Fifty batches of a hundred pages at a time re-extract a few thousand pages a second: a million
     * in well under an hour, with DynamoDB on-demand writes and the account's other functions unhurt.
     */
    static final int DEFAULT_REPROCESS_MAX_CONCURRENCY = 50;
    /**
     * Each batch is one function invocation, so more than the account's default 1,000 concurrent
     * executions would only be throttled; 0 would mean "no limit" to Step Functions, so it is refused.
     */
    static final int MIN_REPROCESS_CONCURRENCY = 1;
    static final int MAX_REPROCESS_CONCURRENCY = 1000;

    /** Stage names end up in the stack name, which allows letters, digits and hyphens only. */
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,20}");
    private static final Pattern RATE = Pattern.compile("rate\\(([1-9][0-9]*) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.+)\\)");
    /** EventBridge cron: minutes, hours, day of month, month, day of week, year. */
    private static final int CRON_FIELDS = 6;

    public StackOptions {
        if (!STAGE_NAME.matcher(stage).matches()) {
            throw new IllegalArgumentException("stage must be lower-case letters, digits and hyphens, "
                    + "starting with a letter (at most 21 characters): " + stage);
        }
        checkSchedule(ingestSchedule);
        if (processMaxConcurrency < MIN_PROCESS_CONCURRENCY || processMaxConcurrency > MAX_PROCESS_CONCURRENCY) {
            throw new IllegalArgumentException(PROCESS_MAX_CONCURRENCY + " must be from " + MIN_PROCESS_CONCURRENCY
                    + " to " + MAX_PROCESS_CONCURRENCY + ": " + processMaxConcurrency);
        }
        if (reprocessMaxConcurrency < MIN_REPROCESS_CONCURRENCY || reprocessMaxConcurrency > MAX_REPROCESS_CONCURRENCY) {
            throw new IllegalArgumentException(REPROCESS_MAX_CONCURRENCY + " must be from " + MIN_REPROCESS_CONCURRENCY
                    + " to " + MAX_REPROCESS_CONCURRENCY + ": " + reprocessMaxConcurrency);
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /**
     * Refuses at synth time a schedule EventBridge would refuse at deploy time: a rate needs a
     * positive whole number and a unit, a cron six fields, with {@code ?} in exactly one of
     * day-of-month and day-of-week.
     */
    private static void checkSchedule(String schedule) {
        if (RATE.matcher(schedule).matches()) {
            boolean one = RATE.matcher(schedule).replaceAll("$1").equals("1");
            boolean singular = !schedule.endsWith("s)");
            if (one == singular) {
                return;
            }
            throw new IllegalArgumentException("ingestSchedule: rate(1 minute), rate(5 minutes): the unit is singular "
                    + "for 1 only: " + schedule);
        }
        Matcher cron = CRON.matcher(schedule);
        if (!cron.matches()) {
            throw new IllegalArgumentException(
                    "ingestSchedule must be an EventBridge rate(...) or cron(...) expression: " + schedule);
        }
        String[] fields = cron.group(1).strip().split("\\s+");
        if (fields.length != CRON_FIELDS) {
            throw new IllegalArgumentException("ingestSchedule: an EventBridge cron has six fields (minutes hours "
                    + "day-of-month month day-of-week year), not " + fields.length + ": " + schedule);
        }
        if (fields[2].equals("?") == fields[4].equals("?")) {
            throw new IllegalArgumentException("ingestSchedule: exactly one of day-of-month and day-of-week must be ?: "
                    + schedule);
        }
    }

    /** The options set in this construct tree's context, defaults for the rest. */
    public static StackOptions fromContext(Node node) {
        return new StackOptions(
                text(node, STAGE, DEFAULT_STAGE),
                text(node, INGEST_SCHEDULE, DEFAULT_INGEST_SCHEDULE),
                Arrays.stream(text(node, ALLOWED_ORIGINS, "").split(","))
                        .map(String::strip).filter(origin -> !origin.isEmpty()).toList(),
                text(node, ALARM_TOPIC_ARN, null),
                number(node, PROCESS_MAX_CONCURRENCY, DEFAULT_PROCESS_MAX_CONCURRENCY),
                number(node, REPROCESS_MAX_CONCURRENCY, DEFAULT_REPROCESS_MAX_CONCURRENCY));
    }

    private static int number(Node node, String key, int fallback) {
        String value = text(node, key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + value, e);
        }
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
