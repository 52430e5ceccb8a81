package dev.newsdrop.infrastructure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.newsdrop.config.Settings;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.DistributedMap;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.ItemBatcher;
import software.amazon.awscdk.services.stepfunctions.ItemBatcherProps;
import software.amazon.awscdk.services.stepfunctions.JitterType;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.OutputType;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.Result;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2Props;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.S3ObjectsItemReader;
import software.amazon.awscdk.services.stepfunctions.S3ObjectsItemReaderProps;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.amazon.awscdk.services.stepfunctions.Transformation;
import software.amazon.awscdk.services.stepfunctions.WriterConfig;
import software.amazon.awscdk.services.stepfunctions.WriterConfigProps;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;

import java.util.List;
import java.util.Map;

/**
 * The reprocessing state machine, {@code newsdrop-<stage>-reprocess}: a Distributed Map lists the raw
 * bucket under a prefix, batches the keys and hands each batch to the {@code ReprocessHandler}
 * function, at most {@code reprocessMaxConcurrency} batches at a time, and writes each run's per-batch
 * results under {@value #REPORTS_PREFIX} in the same bucket, outside the raw prefix, so a report never
 * triggers processing.
 *
 * <p>A run's input is {@code {"mode": "stale|missing|all", "prefix": "raw/..."}}; both are optional
 * ({@value #DEFAULT_MODE}, and the raw prefix). Any other mode, or a prefix outside the raw prefix,
 * fails the run at once with {@value #INVALID_INPUT}.
 */
final class Reprocessing {

    /** Where the result writer puts each run's report: {@code <prefix><map run id>/manifest.json}. */
    static final String REPORTS_PREFIX = Settings.DEFAULT_REPORTS_PREFIX + "reprocess/";
    static final String DEFAULT_MODE = "stale";
    static final List<String> MODES = List.of("stale", "missing", "all");
    static final String INVALID_INPUT = "InvalidReprocessInput";

    /**
     * A hundred keys a batch: a batch's input (about 20 KB of listing entries) is far below Step
     * Functions' 256 KB, a batch runs for seconds, and a million pages are ten thousand child runs.
     */
    static final int BATCH_KEYS = 100;
    /**
     * A batch fails only when the whole batch does (a page's own failure is in the batch's result,
     * not an error): a few such batches leave the run going and are listed in its report for a rerun;
     * more mean something is broken, and the run stops.
     */
    static final int TOLERATED_FAILURE_PERCENTAGE = 5;
    /** Retries of a failed batch (a throttle, a timeout, a whole-batch fault), with growing, jittered waits. */
    static final int BATCH_ATTEMPTS = 3;

    /** Names the map run in its ARN and in the report's key; the redrive permission is scoped to it. */
    static final String MAP_LABEL = "reprocess";

    /** What the state's input holds once the run's input has been merged over the defaults. */
    private static final String OPTIONS = "$.options";

    private Reprocessing() {
    }

    /** Defines the state machine in the stack, invoking {@code reprocess} (the live alias) for each batch. */
    static StateMachine create(Stack stack, StackOptions options, Bucket rawBucket, Alias reprocess) {
        String rawPrefix = NewsdropStack.RAW_PREFIX;

        // The run's input over the defaults, so {"mode":"all"} alone also reprocesses the whole raw prefix.
        Pass defaults = Pass.Builder.create(stack, "ReprocessDefaults")
                .stateName("Defaults")
                .comment("The defaults, beside the run's input")
                .result(Result.fromObject(Map.of("mode", DEFAULT_MODE, "prefix", rawPrefix)))
                .resultPath("$.defaults")
                .build();
        Pass merge = Pass.Builder.create(stack, "ReprocessOptions")
                .stateName("Options")
                .comment("The run's input merged over the defaults: its own values win")
                .parameters(Map.of("options", JsonPath.jsonMerge(JsonPath.objectAt("$.defaults"),
                        JsonPath.objectAt("$"))))
                .build();
        Fail invalid = Fail.Builder.create(stack, "ReprocessInvalidInput")
                .stateName("InvalidInput")
                .error(INVALID_INPUT)
                .cause("mode must be one of " + String.join(", ", MODES) + ", and prefix must start with "
                        + rawPrefix)
                .build();

        DistributedMap map = DistributedMap.Builder.create(stack, "ReprocessMap")
                .stateName("ReprocessPages")
                .comment("Lists the raw pages under the prefix and re-extracts them a batch at a time")
                .label(MAP_LABEL)
                .itemReader(new PrefixListing(rawBucket, JsonPath.stringAt(OPTIONS + ".prefix"), rawPrefix))
                .itemBatcher(new ItemBatcher(ItemBatcherProps.builder()
                        .maxItemsPerBatch(BATCH_KEYS)
                        // BatchInput is copied into each batch's input as it is: the ".$" key is a path.
                        .batchInput(JsonNodeFactory.instance.objectNode().put("mode.$", OPTIONS + ".mode"))
                        .build()))
                .maxConcurrency(options.reprocessMaxConcurrency())
                .toleratedFailurePercentage(TOLERATED_FAILURE_PERCENTAGE)
                // Standard child runs: a batch with its retries may take longer than an Express run's 5 minutes.
                .mapExecutionType(StateMachineType.STANDARD)
                .resultWriterV2(new ReportWriter(rawBucket, REPORTS_PREFIX))
                .build();
        map.itemProcessor(reprocessBatch(stack, reprocess));

        Choice valid = Choice.Builder.create(stack, "ReprocessValidInput")
                .stateName("ValidInput")
                .build()
                .when(Condition.and(
                        Condition.or(MODES.stream().map(mode -> Condition.stringEquals(OPTIONS + ".mode", mode))
                                .toArray(Condition[]::new)),
                        Condition.isString(OPTIONS + ".prefix"),
                        Condition.stringMatches(OPTIONS + ".prefix", rawPrefix + "*")), map)
                .otherwise(invalid);

        String name = options.stackName() + "-reprocess";
        LogGroup logs = LogGroup.Builder.create(stack, "ReprocessRunLogs")
                // Step Functions' vended-logs path keeps the log resource policy small.
                .logGroupName("/aws/vendedlogs/states/" + name)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        StateMachine stateMachine = StateMachine.Builder.create(stack, "ReprocessStateMachine")
                .stateMachineName(name)
                .comment("Re-extracts every raw page under a prefix (newsdrop reprocessing)")
                .stateMachineType(StateMachineType.STANDARD)
                .definitionBody(DefinitionBody.fromChainable(defaults.next(merge).next(valid)))
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(true).build())
                .build();
        suppressFindings(stateMachine);
        return stateMachine;
    }

    /** One batch: the function's own result ({"counts", "failures"}) is the batch's result. */
    private static LambdaInvoke reprocessBatch(Stack stack, Alias reprocess) {
        LambdaInvoke invoke = LambdaInvoke.Builder.create(stack, "ReprocessBatch")
                .stateName("ReprocessBatch")
                .comment("Re-extracts one batch of raw pages")
                .lambdaFunction(reprocess)
                .payloadResponseOnly(true)
                .build();
        // CDK already retries Lambda's service errors; these are a throttle, and a whole-batch fault
        // or timeout (States.TaskFailed names every task error). The batch is idempotent.
        invoke.addRetry(RetryProps.builder()
                .errors(List.of("Lambda.TooManyRequestsException", "States.TaskFailed"))
                .interval(Duration.seconds(5))
                .backoffRate(2)
                .maxAttempts(BATCH_ATTEMPTS)
                .maxDelay(Duration.minutes(1))
                .jitterStrategy(JitterType.FULL)
                .build());
        return invoke;
    }

    /**
     * The wildcards Step Functions needs, each named: the Distributed Map's own child executions,
     * log delivery (whose actions take no resource), and the report prefix. X-Ray is not used by
     * newsdrop's functions, so the state machine does not trace either.
     */
    private static void suppressFindings(StateMachine stateMachine) {
        NagSuppressions.addResourceSuppressions(stateMachine, List.of(
                NagPackSuppression.builder()
                        .id("AwsSolutions-IAM5")
                        .reason("The Distributed Map starts, describes, stops and redrives its own child "
                                + "executions (execution:<this state machine>:*); CloudWatch Logs delivery "
                                + "actions accept no resource but *; the result writer writes only under "
                                + REPORTS_PREFIX + ".")
                        .appliesTo(List.of(
                                NewsdropStack.regex("^Resource::arn:<AWS::Partition>:states:<AWS::Region>:"
                                        + "<AWS::AccountId>:execution:.*:\\*$"),
                                "Resource::*",
                                NewsdropStack.objectsUnder(REPORTS_PREFIX)))
                        .build(),
                NewsdropStack.suppression("AwsSolutions-SF2", "newsdrop's functions do not use X-Ray; a run is "
                        + "followed in its execution log (level ALL) and its map run's report in S3.")), true);
    }

    /**
     * The S3 objects reader, with the listing permission limited to the raw prefix ({@code s3:prefix}):
     * CDK's own grants {@code s3:ListBucket} on the whole bucket.
     */
    static final class PrefixListing extends S3ObjectsItemReader {
        private final Bucket bucket;
        private final String allowedPrefix;

        PrefixListing(Bucket bucket, String prefix, String allowedPrefix) {
            super(S3ObjectsItemReaderProps.builder().bucket(bucket).prefix(prefix).build());
            this.bucket = bucket;
            this.allowedPrefix = allowedPrefix;
        }

        @Override
        public List<PolicyStatement> providePolicyStatements() {
            return List.of(PolicyStatement.Builder.create()
                    .actions(List.of("s3:ListBucket"))
                    .resources(List.of(bucket.getBucketArn()))
                    .conditions(Map.of("StringLike", Map.of("s3:prefix", allowedPrefix + "*")))
                    .build());
        }
    }

    /**
     * The result writer, allowed to write (and complete its multipart uploads) only under the report
     * prefix: CDK's own grants these calls on every object of the bucket, raw pages included.
     */
    static final class ReportWriter extends ResultWriterV2 {
        private final Bucket bucket;
        private final String prefix;

        ReportWriter(Bucket bucket, String prefix) {
            // Step Functions adds "/<map run id>/" itself: the prefix is given without its slash.
            super(ResultWriterV2Props.builder()
                    .bucket(bucket)
                    .prefix(prefix.substring(0, prefix.length() - 1))
                    .writerConfig(new WriterConfig(WriterConfigProps.builder()
                            .outputType(OutputType.JSON)
                            // Each batch's input (its keys) beside its output: a failed batch says what it held.
                            .transformation(Transformation.NONE)
                            .build()))
                    .build());
            this.bucket = bucket;
            this.prefix = prefix;
        }

        @Override
        public List<PolicyStatement> providePolicyStatements() {
            return List.of(PolicyStatement.Builder.create()
                    .actions(List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
                            "s3:AbortMultipartUpload"))
                    .resources(List.of(bucket.arnForObjects(prefix + "*")))
                    .build());
        }
    }
}
