package dev.newsdrop.infrastructure;

import dev.newsdrop.config.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reprocessing state machine as deployed with default options: its definition, role and alarm. */
class ReprocessingTest {

    @TempDir
    static Path workDir;

    private static Template template;
    private static Map<String, Map<String, Object>> resources;
    private static String stateMachine;
    /** The states of the definition, its references written {@code ${LogicalId}}. */
    private static Map<String, Map<String, Object>> states;
    private static Map<String, Object> map;

    @BeforeAll
    static void synthesize() {
        template = Template.fromStack(Synth.stack(workDir, Map.of()));
        resources = cast(template.toJSON().get("Resources"));
        stateMachine = only("AWS::StepFunctions::StateMachine");
        states = cast(Synth.stateMachineDefinition(template).get("States"));
        map = states.values().stream().filter(state -> "Map".equals(state.get("Type"))).findFirst().orElseThrow();
    }

    @Test
    void stateMachine_isNamedForTheStage() {
        assertEquals("newsdrop-dev-reprocess", properties(stateMachine).get("StateMachineName"));
        assertEquals("STANDARD", properties(stateMachine).get("StateMachineType"));
        template.hasOutput("ReprocessStateMachineArn", Map.of("Value", Map.of("Ref", stateMachine)));
    }

    @Test
    void itemReader_listsTheRawBucket_underThePrefixTheRunGives() {
        Map<String, Object> reader = cast(map.get("ItemReader"));
        assertTrue(String.valueOf(reader.get("Resource")).endsWith(":states:::s3:listObjectsV2"), reader.toString());
        assertEquals(Map.of("Bucket", "${" + rawBucket() + "}", "Prefix.$", "$.options.prefix"), reader.get("Parameters"));
        Map<String, Object> processor = cast(map.get("ItemProcessor"));
        assertEquals(Map.of("Mode", "DISTRIBUTED", "ExecutionType", "STANDARD"), processor.get("ProcessorConfig"));
    }

    @Test
    void runInput_isMergedOverStaleAndTheRawPrefix_theRunsOwnValuesWinning() {
        Map<String, Object> defaults = states.get("Defaults");
        assertEquals(Map.of("mode", "stale", "prefix", Settings.DEFAULT_RAW_PREFIX), defaults.get("Result"));
        assertEquals("$.defaults", defaults.get("ResultPath"));
        assertEquals("Options", defaults.get("Next"));
        // States.JsonMerge keeps the second object's value of a key both have: the run's input.
        assertEquals(Map.of("options.$", "States.JsonMerge($.defaults, $, false)"),
                states.get("Options").get("Parameters"));
        assertEquals("Defaults", Synth.stateMachineDefinition(template).get("StartAt"));
    }

    @Test
    void anUnknownMode_oraPrefixOutsideTheRawPrefix_failsTheRunAtOnce() {
        Map<String, Object> choice = states.get(String.valueOf(states.get("Options").get("Next")));
        assertEquals("Choice", choice.get("Type"));
        List<Object> choices = cast(choice.get("Choices"));
        assertEquals(1, choices.size());
        Map<String, Object> valid = cast(choices.getFirst());
        assertEquals("Map", states.get(String.valueOf(valid.get("Next"))).get("Type"));
        List<Object> all = cast(valid.get("And"));
        Map<String, Object> anyMode = cast(all.getFirst());
        assertEquals(List.of(
                Map.of("Variable", "$.options.mode", "StringEquals", "stale"),
                Map.of("Variable", "$.options.mode", "StringEquals", "missing"),
                Map.of("Variable", "$.options.mode", "StringEquals", "all")), anyMode.get("Or"));
        assertEquals(List.of(
                Map.of("Variable", "$.options.prefix", "IsString", true),
                Map.of("Variable", "$.options.prefix", "StringMatches", Settings.DEFAULT_RAW_PREFIX + "*")),
                all.subList(1, all.size()));
        Map<String, Object> refused = states.get(String.valueOf(choice.get("Default")));
        assertEquals("Fail", refused.get("Type"));
        assertEquals(Reprocessing.INVALID_INPUT, refused.get("Error"));
    }

    @Test
    void batches_holdAHundredKeys_andTheRunsMode() {
        assertEquals(Map.of("MaxItemsPerBatch", 100, "BatchInput", Map.of("mode.$", "$.options.mode")),
                map.get("ItemBatcher"));
    }

    @Test
    void maxConcurrency_isFiftyByDefault() {
        assertEquals(StackOptions.DEFAULT_REPROCESS_MAX_CONCURRENCY, map.get("MaxConcurrency"));
        assertEquals(50, map.get("MaxConcurrency"));
    }

    @Test
    void aFewFailedBatches_areTolerated() {
        assertEquals(5, map.get("ToleratedFailurePercentage"));
    }

    @Test
    void reports_goUnderReportsReprocess_outsideTheRawPrefix_soTheyTriggerNothing() {
        Map<String, Object> writer = cast(map.get("ResultWriter"));
        assertTrue(String.valueOf(writer.get("Resource")).endsWith(":states:::s3:putObject"), writer.toString());
        assertEquals(Map.of("Bucket", "${" + rawBucket() + "}", "Prefix", "reports/reprocess"), writer.get("Parameters"));
        assertEquals(Map.of("OutputType", "JSON", "Transformation", "NONE"), writer.get("WriterConfig"));
        assertFalse(Reprocessing.REPORTS_PREFIX.startsWith(Settings.DEFAULT_RAW_PREFIX));
        // The bucket's only notification is for the raw prefix.
        Map<String, Object> notifications = properties(only("Custom::S3BucketNotifications"));
        assertEquals(List.of(Map.of("Key", Map.of("FilterRules", List.of(
                        Map.of("Name", "prefix", "Value", Settings.DEFAULT_RAW_PREFIX))))),
                ((List<?>) map(notifications.get("NotificationConfiguration")).get("QueueConfigurations")).stream()
                        .map(configuration -> ((Map<?, ?>) configuration).get("Filter")).toList());
    }

    @Test
    void eachBatch_invokesTheLiveAliasOfTheReprocessHandler_andRetriesAFailedBatchWithBackoff() {
        Map<String, Object> processor = cast(map.get("ItemProcessor"));
        Map<String, Map<String, Object>> batchStates = cast(processor.get("States"));
        Map<String, Object> task = batchStates.get(String.valueOf(processor.get("StartAt")));
        assertEquals("Task", task.get("Type"));
        String alias = reprocessAlias();
        assertEquals("${" + alias + "}", task.get("Resource"), "the task invokes the live alias itself");
        assertEquals(NewsdropStack.LIVE_ALIAS, properties(alias).get("Name"));

        List<Object> retries = cast(task.get("Retry"));
        Map<String, Object> batchFaults = retries.stream().map(ReprocessingTest::<Map<String, Object>>cast)
                .filter(retry -> ((List<?>) retry.get("ErrorEquals")).contains("States.TaskFailed"))
                .findFirst().orElseThrow();
        assertTrue(((List<?>) batchFaults.get("ErrorEquals")).contains("Lambda.TooManyRequestsException"));
        assertTrue(((Number) batchFaults.get("BackoffRate")).doubleValue() > 1, batchFaults.toString());
        assertTrue(((Number) batchFaults.get("MaxAttempts")).intValue() >= 2, batchFaults.toString());
        assertEquals("FULL", batchFaults.get("JitterStrategy"));
    }

    @Test
    void reprocessFunction_runsJava21WithSnapStart_andTheProcessingFunctionsEnvironment() {
        Map<String, Object> function = properties(functionOf(reprocessAlias()));
        assertEquals(NewsdropStack.REPROCESS_HANDLER, function.get("Handler"));
        assertEquals("java21", function.get("Runtime"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), function.get("SnapStart"));
        assertEquals(1024, function.get("MemorySize"));
        assertEquals(300, function.get("Timeout"));
        String process = resources.entrySet().stream()
                .filter(resource -> "AWS::Lambda::Function".equals(resource.getValue().get("Type")))
                .filter(resource -> NewsdropStack.PROCESS_HANDLER.equals(properties(resource.getKey()).get("Handler")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertEquals(variables(process), variables(functionOf(reprocessAlias())));
    }

    @Test
    void stateMachineRole_listsOnlyTheRawPrefix_writesOnlyReports_andInvokesOnlyTheAlias() {
        List<Map<String, Object>> statements = statementsOf(ref(cast(properties(stateMachine).get("RoleArn"))));
        Map<String, Set<Object>> resourcesByAction = new HashMap<>();
        for (Map<String, Object> statement : statements) {
            for (Object action : asList(statement.get("Action"))) {
                resourcesByAction.computeIfAbsent(action.toString(), a -> new HashSet<>())
                        .addAll(asList(statement.get("Resource")));
            }
            if (asList(statement.get("Action")).contains("s3:ListBucket")) {
                assertEquals(Map.of("StringLike", Map.of("s3:prefix", Settings.DEFAULT_RAW_PREFIX + "*")),
                        statement.get("Condition"));
            }
        }
        Set<String> s3Actions = resourcesByAction.keySet().stream().filter(action -> action.startsWith("s3:"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("s3:ListBucket", "s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
                "s3:AbortMultipartUpload"), s3Actions);
        assertEquals(Set.of(Map.of("Fn::GetAtt", List.of(rawBucket(), "Arn"))), resourcesByAction.get("s3:ListBucket"));
        Object reports = Map.of("Fn::Join", List.of("", List.of(Map.of("Fn::GetAtt", List.of(rawBucket(), "Arn")),
                "/" + Reprocessing.REPORTS_PREFIX + "*")));
        for (String action : List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
                "s3:AbortMultipartUpload")) {
            assertEquals(Set.of(reports), resourcesByAction.get(action), action);
        }
        assertEquals(Set.of(Map.of("Ref", reprocessAlias())), resourcesByAction.get("lambda:InvokeFunction"));
        assertEquals(Set.of(Map.of("Ref", stateMachine)), resourcesByAction.get("states:StartExecution"));
        for (String action : List.of("states:DescribeExecution", "states:StopExecution", "states:RedriveExecution")) {
            for (Object resource : resourcesByAction.get(action)) {
                String arn = String.valueOf(resource);
                assertTrue(arn.contains(":execution:") && arn.contains("Ref=" + stateMachine), action + ": " + arn);
            }
        }
        // Log delivery is the one grant on every resource: CloudWatch Logs' delivery actions take none.
        Set<String> onEverything = resourcesByAction.entrySet().stream()
                .filter(entry -> entry.getValue().contains("*")).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertEquals(Set.of("logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"), onEverything);
    }

    @Test
    void everyEvent_isLoggedToTheRunsOwnLogGroup() {
        Map<String, Object> logging = cast(properties(stateMachine).get("LoggingConfiguration"));
        assertEquals("ALL", logging.get("Level"));
        assertEquals(true, logging.get("IncludeExecutionData"));
        String logGroup = ref(map(map(map(((List<?>) logging.get("Destinations")).getFirst())
                .get("CloudWatchLogsLogGroup")).get("LogGroupArn")));
        assertEquals("/aws/vendedlogs/states/newsdrop-dev-reprocess", properties(logGroup).get("LogGroupName"));
        assertEquals(30, properties(logGroup).get("RetentionInDays"));
    }

    @Test
    void aFailedRun_raisesAnAlarm() {
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/States",
                "MetricName", "ExecutionsFailed",
                "Dimensions", List.of(Map.of("Name", "StateMachineArn", "Value", Map.of("Ref", stateMachine))),
                "Statistic", "Sum",
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "Threshold", 1));
    }

    // ---- reading the template ------------------------------------------------------------------

    private static String only(String type) {
        List<String> ids = List.copyOf(template.findResources(type).keySet());
        assertEquals(1, ids.size(), type + ": " + ids);
        return ids.getFirst();
    }

    private static String rawBucket() {
        return template.findResources("AWS::S3::Bucket").keySet().stream()
                .filter(id -> id.startsWith("RawBucket")).findFirst().orElseThrow();
    }

    private static String reprocessAlias() {
        return template.findResources("AWS::Lambda::Alias").keySet().stream()
                .filter(alias -> NewsdropStack.REPROCESS_HANDLER.equals(
                        properties(functionOf(alias)).get("Handler")))
                .findFirst().orElseThrow();
    }

    private static String functionOf(String alias) {
        return ref(cast(properties(alias).get("FunctionName")));
    }

    private static Set<String> variables(String function) {
        Map<String, Object> environment = cast(properties(function).get("Environment"));
        return map(environment.get("Variables")).keySet();
    }

    /** Every statement of the policies attached to a role. */
    private static List<Map<String, Object>> statementsOf(String role) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (String policy : template.findResources("AWS::IAM::Policy").keySet()) {
            if (List.of(Map.of("Ref", role)).equals(properties(policy).get("Roles"))) {
                for (Object statement : (List<?>) map(properties(policy).get("PolicyDocument")).get("Statement")) {
                    statements.add(cast(statement));
                }
            }
        }
        assertFalse(statements.isEmpty(), role);
        return statements;
    }

    private static Map<String, Object> properties(String logicalId) {
        return cast(resources.get(logicalId).get("Properties"));
    }

    /** The logical id in {@code {"Ref": id}} or in {@code {"Fn::GetAtt": [id, attribute]}}. */
    private static String ref(Map<String, Object> reference) {
        Object getAtt = reference.get("Fn::GetAtt");
        return getAtt != null ? (String) ((List<?>) getAtt).getFirst() : (String) reference.get("Ref");
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> values ? List.copyOf(values) : List.of(value);
    }

    private static Map<String, Object> map(Object value) {
        return cast(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
