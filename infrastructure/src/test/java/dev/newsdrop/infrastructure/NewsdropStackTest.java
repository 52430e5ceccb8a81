package dev.newsdrop.infrastructure;

import dev.newsdrop.config.Settings;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.TableDefinition;
import dev.newsdrop.store.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack as deployed with default options: its resources, their policies and the cdk-nag verdict. */
class NewsdropStackTest {

    @TempDir
    static Path workDir;

    /** Synthesizing runs the CDK's TypeScript core through jsii and takes seconds: once per class. */
    private static NewsdropStack stack;
    private static Template template;
    private static Map<String, Map<String, Object>> resources;

    @BeforeAll
    static void synthesize() {
        stack = Synth.stack(workDir, Map.of());
        template = Template.fromStack(stack);
        resources = map(template.toJSON().get("Resources"));
    }

    // ---- raw bucket and queue ------------------------------------------------------------------

    @Test
    void rawBucket_blocksPublicAccessEncryptsAndKeepsVersions() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LifecycleConfiguration", Map.of("Rules", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 30), "Status", "Enabled"))))),
                "LoggingConfiguration", Map.of(
                        "DestinationBucketName", Map.of("Ref", logicalId("AWS::S3::Bucket", "AccessLogsBucket")),
                        "LogFilePrefix", "raw-bucket/")));
        assertEquals("Retain", resources.get(rawBucket()).get("DeletionPolicy"));
    }

    @Test
    void everyBucket_deniesRequestsWithoutTls() {
        for (String bucket : logicalIds("AWS::S3::Bucket")) {
            template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                    "Bucket", Map.of("Ref", bucket),
                    "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                            "Effect", "Deny", "Action", "s3:*",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void newRawPages_notifyTheQueue() {
        template.hasResourceProperties("Custom::S3BucketNotifications", Map.of(
                "BucketName", Map.of("Ref", rawBucket()),
                "NotificationConfiguration", Map.of("QueueConfigurations", List.of(Map.of(
                        "Events", List.of("s3:ObjectCreated:*"),
                        "Filter", Map.of("Key", Map.of("FilterRules", List.of(
                                Map.of("Name", "prefix", "Value", Settings.DEFAULT_RAW_PREFIX)))),
                        "QueueArn", Map.of("Fn::GetAtt", List.of(rawPageQueue(), "Arn")))))));
    }

    @Test
    void rawPageQueue_isEncryptedAndRedrivesToTheDeadLetterQueue() {
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "SqsManagedSseEnabled", true,
                "RedrivePolicy", Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(deadLetterQueue(), "Arn")),
                        "maxReceiveCount", 5)));
        for (String queue : logicalIds("AWS::SQS::Queue")) {
            assertEquals(true, properties(queue).get("SqsManagedSseEnabled"), queue);
            template.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                    "Queues", List.of(Map.of("Ref", queue)),
                    "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                            "Effect", "Deny",
                            "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        }
    }

    @Test
    void rawPageQueue_hidesMessagesForSixProcessingTimeouts() {
        int visibility = ((Number) properties(rawPageQueue()).get("VisibilityTimeout")).intValue();
        int timeout = ((Number) function(NewsdropStack.PROCESS_HANDLER).get("Timeout")).intValue();
        assertTrue(visibility >= 6 * timeout, visibility + " s visibility for a " + timeout + " s function");
    }

    @Test
    void deadLetterQueue_raisesAnAlarmOnItsFirstMessage() {
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                "Namespace", "AWS/SQS",
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", Map.of("Fn::GetAtt", List.of(deadLetterQueue(), "QueueName")))),
                "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                "Threshold", 1));
    }

    // ---- tables --------------------------------------------------------------------------------

    @Test
    void everyTableDefinition_isDeployedWithItsKeysIndexesAndTtl() {
        assertEquals(Tables.ALL.size(), logicalIds("AWS::DynamoDB::Table").size());
        for (TableDefinition definition : Tables.ALL) {
            Map<String, Object> table = properties(tableNamedBy(definition.nameVariable()));

            assertEquals(keySchema(definition.partitionKey(), definition.sortKey()), table.get("KeySchema"),
                    definition.id());
            List<Map<String, Object>> expectedIndexes = new ArrayList<>();
            for (TableDefinition.Index index : definition.indexes()) {
                expectedIndexes.add(Map.of("IndexName", index.name(),
                        "KeySchema", keySchema(index.partitionKey(), index.sortKey()),
                        "Projection", Map.of("ProjectionType", "ALL")));
            }
            assertEquals(expectedIndexes, table.getOrDefault("GlobalSecondaryIndexes", List.of()), definition.id());
            Set<Object> stringAttributes = list(table.get("AttributeDefinitions")).stream()
                    .map(NewsdropStackTest::map1)
                    .peek(attribute -> assertEquals("S", attribute.get("AttributeType"), definition.id()))
                    .map(attribute -> attribute.get("AttributeName")).collect(Collectors.toSet());
            assertEquals(keyAttributes(definition), stringAttributes, definition.id());

            Object ttl = table.get("TimeToLiveSpecification");
            if (definition.ttlAttribute() == null) {
                assertNull(ttl, definition.id());
            } else {
                assertEquals(Map.of("AttributeName", definition.ttlAttribute(), "Enabled", true), ttl, definition.id());
            }
        }
    }

    @Test
    void everyTable_isOnDemandWithPointInTimeRecoveryAndEncryption() {
        for (String table : logicalIds("AWS::DynamoDB::Table")) {
            Map<String, Object> properties = properties(table);
            assertEquals("PAY_PER_REQUEST", properties.get("BillingMode"), table);
            assertEquals(Map.of("PointInTimeRecoveryEnabled", true),
                    properties.get("PointInTimeRecoverySpecification"), table);
            assertEquals(Map.of("SSEEnabled", true), properties.get("SSESpecification"), table);
        }
    }

    @Test
    void articlesAndSources_outliveTheStack_bookkeepingDoesNot() {
        assertEquals("Retain", resources.get(tableNamedBy(Settings.ARTICLES_TABLE)).get("DeletionPolicy"));
        assertEquals("Retain", resources.get(tableNamedBy(Settings.SOURCES_TABLE)).get("DeletionPolicy"));
        assertEquals("Delete", resources.get(tableNamedBy(Settings.OBJECTS_TABLE)).get("DeletionPolicy"));
        assertEquals("Delete", resources.get(tableNamedBy(Settings.SEEN_TABLE)).get("DeletionPolicy"));
    }

    // ---- functions -----------------------------------------------------------------------------

    @Test
    void functions_runJava21OnArmWithSnapStartAndJsonLogs() {
        Map<String, List<Integer>> sizing = Map.of(
                NewsdropStack.PROCESS_HANDLER, List.of(1024, 60),
                NewsdropStack.API_HANDLER, List.of(1024, 29),
                NewsdropStack.INGEST_HANDLER, List.of(512, 300));
        assertEquals(sizing.keySet(), javaFunctions().keySet());
        sizing.forEach((handler, memoryAndTimeout) -> {
            Map<String, Object> function = function(handler);
            assertEquals("java21", function.get("Runtime"), handler);
            assertEquals(List.of("arm64"), function.get("Architectures"), handler);
            assertEquals(Map.of("ApplyOn", "PublishedVersions"), function.get("SnapStart"), handler);
            assertEquals(memoryAndTimeout, List.of(((Number) function.get("MemorySize")).intValue(),
                    ((Number) function.get("Timeout")).intValue()), handler);
            Map<String, Object> logging = map(function.get("LoggingConfig"));
            assertEquals("JSON", logging.get("LogFormat"), handler);
            String logGroup = ref(logging.get("LogGroup"));
            assertEquals(30, ((Number) properties(logGroup).get("RetentionInDays")).intValue(), handler);
        });
    }

    @Test
    void functions_readTheirTablesAndBucketFromTheSettingsVariables() {
        assertEquals(Set.of(Settings.ARTICLES_TABLE, Settings.OBJECTS_TABLE, Settings.RAW_BUCKET, Settings.RAW_PREFIX,
                Settings.MAX_OBJECT_BYTES), newsdropVariables(NewsdropStack.PROCESS_HANDLER));
        // The API processes submitted pages in-line, recording them in the object ledger like processing.
        assertEquals(Set.of(Settings.ARTICLES_TABLE, Settings.OBJECTS_TABLE, Settings.RAW_BUCKET, Settings.RAW_PREFIX,
                Settings.MAX_OBJECT_BYTES), newsdropVariables(NewsdropStack.API_HANDLER));
        assertEquals(Set.of(Settings.SOURCES_TABLE, Settings.SEEN_TABLE, Settings.RAW_BUCKET, Settings.RAW_PREFIX,
                Settings.MAX_OBJECT_BYTES), newsdropVariables(NewsdropStack.INGEST_HANDLER));
        for (String handler : javaFunctions().keySet()) {
            Map<String, Object> environment = environment(handler);
            assertEquals(Map.of("Ref", rawBucket()), environment.get(Settings.RAW_BUCKET), handler);
            assertEquals(Settings.DEFAULT_RAW_PREFIX, environment.get(Settings.RAW_PREFIX), handler);
            assertEquals("newsdrop", environment.get("POWERTOOLS_METRICS_NAMESPACE"), handler);
        }
    }

    /** A function's environment variables, less the Powertools ones every function has. */
    private static Set<String> newsdropVariables(String handler) {
        Set<String> names = new java.util.HashSet<>(environment(handler).keySet());
        names.removeIf(name -> name.startsWith("POWERTOOLS_"));
        return names;
    }

    @Test
    void everyTrigger_invokesTheLiveAlias() {
        String processAlias = aliasOf(NewsdropStack.PROCESS_HANDLER);
        String apiAlias = aliasOf(NewsdropStack.API_HANDLER);
        String ingestAlias = aliasOf(NewsdropStack.INGEST_HANDLER);

        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "EventSourceArn", Map.of("Fn::GetAtt", List.of(rawPageQueue(), "Arn")),
                "BatchSize", 10,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures")));
        String mapping = logicalIds("AWS::Lambda::EventSourceMapping").getFirst();
        assertTrue(String.valueOf(properties(mapping).get("FunctionName")).contains("Ref=" + processAlias),
                "the queue feeds the live alias: " + properties(mapping).get("FunctionName"));

        for (String integration : logicalIds("AWS::ApiGatewayV2::Integration")) {
            assertEquals(Map.of("Ref", apiAlias), properties(integration).get("IntegrationUri"));
            assertEquals("2.0", properties(integration).get("PayloadFormatVersion"));
        }
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Ref", ingestAlias))))));
        for (String permission : logicalIds("AWS::Lambda::Permission")) {
            Object target = properties(permission).get("FunctionName");
            assertTrue(Set.of(Map.of("Ref", apiAlias), Map.of("Ref", ingestAlias)).contains(target),
                    permission + " lets a trigger invoke " + target);
        }
        for (String alias : List.of(processAlias, apiAlias, ingestAlias)) {
            assertEquals(NewsdropStack.LIVE_ALIAS, properties(alias).get("Name"));
        }
    }

    @Test
    void everyFunction_alarmsOnErrorsAndThrottles() {
        for (String handler : javaFunctions().keySet()) {
            for (String metric : List.of("Errors", "Throttles")) {
                template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                        "Namespace", "AWS/Lambda",
                        "MetricName", metric,
                        "Dimensions", List.of(Map.of("Name", "FunctionName",
                                "Value", Map.of("Ref", javaFunctions().get(handler)))),
                        "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                        "Threshold", 1));
            }
        }
    }

    // ---- permissions ---------------------------------------------------------------------------

    @Test
    void policies_grantNoActionOrResourceWildcardOnTheirOwn() {
        for (String policy : logicalIds("AWS::IAM::Policy")) {
            for (Object statement : list(map(properties(policy).get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> allow = map(statement);
                for (Object resource : asList(allow.get("Resource"))) {
                    assertFalse("*".equals(resource), policy + " grants on every resource: " + allow);
                }
                for (Object action : asList(allow.get("Action"))) {
                    assertFalse(action.equals("*") || action.toString().endsWith(":*"),
                            policy + " grants every action of a service: " + allow);
                }
            }
        }
    }

    @Test
    void functionRoles_carryNoManagedPolicy() {
        for (String handler : javaFunctions().keySet()) {
            Map<String, Object> role = properties(ref(map(function(handler).get("Role")).get("Fn::GetAtt")));
            assertNull(role.get("ManagedPolicyArns"), handler);
        }
    }

    @Test
    void everyFunction_mayUseExactlyTheTablesItsEnvironmentNames() {
        for (String handler : javaFunctions().keySet()) {
            Set<String> named = new HashSet<>();
            for (TableDefinition table : Tables.ALL) {
                Object value = environment(handler).get(table.nameVariable());
                if (value != null) {
                    named.add(ref(value));
                }
            }
            String role = ref(map(function(handler).get("Role")).get("Fn::GetAtt"));
            Set<String> granted = new HashSet<>();
            for (String policy : logicalIds("AWS::IAM::Policy")) {
                if (!List.of(Map.of("Ref", role)).equals(properties(policy).get("Roles"))) {
                    continue;
                }
                for (Object statement : list(map(properties(policy).get("PolicyDocument")).get("Statement"))) {
                    Map<String, Object> allow = map(statement);
                    if (asList(allow.get("Action")).contains("dynamodb:PutItem")) {
                        asList(allow.get("Resource")).stream()
                                .filter(resource -> map(resource).containsKey("Fn::GetAtt"))
                                .forEach(resource -> granted.add(ref(map(resource).get("Fn::GetAtt"))));
                    }
                }
            }
            assertEquals(named, granted, handler);
        }
    }

    @Test
    void objectGrants_areLimitedToTheRawAndBodyPrefixes() {
        String rawObjects = "/" + Settings.DEFAULT_RAW_PREFIX + "*";
        String bodyObjects = "/" + S3BodyStore.PREFIX + "*";
        for (String policy : logicalIds("AWS::IAM::Policy")) {
            for (Object statement : list(map(properties(policy).get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> allow = map(statement);
                boolean objectActions = asList(allow.get("Action")).stream()
                        .anyMatch(action -> action.toString().startsWith("s3:GetObject")
                                || action.toString().startsWith("s3:PutObject"));
                if (objectActions) {
                    String resources = String.valueOf(allow.get("Resource"));
                    assertTrue(resources.contains(rawObjects) || resources.contains(bodyObjects), policy + ": " + resources);
                    assertFalse(resources.contains(", /*]"), policy + ": " + resources);
                }
            }
        }
    }

    // ---- HTTP API and schedule -----------------------------------------------------------------

    @Test
    void api_requiresIamOnEveryRouteButItsDescription() {
        Map<String, String> authorization = new HashMap<>();
        for (String route : logicalIds("AWS::ApiGatewayV2::Route")) {
            authorization.put((String) properties(route).get("RouteKey"),
                    (String) properties(route).get("AuthorizationType"));
        }
        assertEquals(Map.of(
                "POST /articles", "AWS_IAM",
                "GET /articles", "AWS_IAM",
                "GET /articles/{id}", "AWS_IAM",
                "GET /articles/{id}/raw", "AWS_IAM",
                "POST /extract", "AWS_IAM",
                "GET /openapi.json", "NONE"), authorization);
    }

    @Test
    void api_throttlesAndLogsEveryRequest() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 25, "ThrottlingBurstLimit", 50),
                "AccessLogSettings", Match.objectLike(Map.of(
                        "Format", Match.stringLikeRegexp(".*\\$context\\.requestId.*")))));
    }

    @Test
    void api_admitsNoBrowserOriginByDefault() {
        String api = logicalIds("AWS::ApiGatewayV2::Api").getFirst();
        assertNull(properties(api).get("CorsConfiguration"));
    }

    @Test
    void ingestion_runsEveryFifteenMinutesByDefault() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of("ScheduleExpression", "rate(15 minutes)"));
        assertEquals("newsdrop-dev", stack.getStackName());
    }

    @Test
    void outputs_nameWhatAUserNeeds() {
        Set<String> expected = new HashSet<>(Set.of("RawBucketName", "RawPrefix", "ApiUrl", "RawPageQueueUrl",
                "DeadLetterQueueUrl"));
        for (TableDefinition table : Tables.ALL) {
            String name = Character.toUpperCase(table.id().charAt(0)) + table.id().substring(1) + "TableName";
            expected.add(name);
            template.hasOutput(name, Map.of("Value", Map.of("Ref", tableNamedBy(table.nameVariable()))));
        }
        assertEquals(expected, map(template.toJSON().get("Outputs")).keySet());
    }

    // ---- cdk-nag -------------------------------------------------------------------------------

    @Test
    void cdkNag_reportsNoUnsuppressedFinding() {
        Annotations annotations = Annotations.fromStack(stack);
        assertEquals(List.of(), annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        assertEquals(List.of(), annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
        assertEquals(List.of(), annotations.findWarning("*", Match.anyValue()));
    }

    @Test
    void everyNagSuppression_givesItsReason() {
        int suppressions = 0;
        for (Map.Entry<String, Map<String, Object>> resource : resources.entrySet()) {
            Object nag = map(resource.getValue().getOrDefault("Metadata", Map.of())).get("cdk_nag");
            if (nag == null) {
                continue;
            }
            for (Object rule : list(map(nag).get("rules_to_suppress"))) {
                String reason = (String) map(rule).get("reason");
                assertNotNull(reason, resource.getKey());
                assertTrue(reason.length() > 40, resource.getKey() + ": " + reason);
                suppressions++;
            }
        }
        assertTrue(suppressions > 0);
    }

    // ---- reading the template ------------------------------------------------------------------

    private static List<String> logicalIds(String type) {
        return List.copyOf(template.findResources(type).keySet());
    }

    private static String logicalId(String type, String idPrefix) {
        return logicalIds(type).stream().filter(id -> id.startsWith(idPrefix)).findFirst().orElseThrow();
    }

    private static String rawBucket() {
        return logicalId("AWS::S3::Bucket", "RawBucket");
    }

    private static String rawPageQueue() {
        return logicalId("AWS::SQS::Queue", "RawPageQueue");
    }

    private static String deadLetterQueue() {
        return logicalId("AWS::SQS::Queue", "RawPageDeadLetterQueue");
    }

    private static Map<String, Object> properties(String logicalId) {
        return map(resources.get(logicalId).get("Properties"));
    }

    /** Java functions by handler (leaving out CDK's own custom-resource functions). */
    private static Map<String, String> javaFunctions() {
        Map<String, String> functions = new HashMap<>();
        for (String id : logicalIds("AWS::Lambda::Function")) {
            if (String.valueOf(properties(id).get("Runtime")).startsWith("java")) {
                functions.put((String) properties(id).get("Handler"), id);
            }
        }
        return functions;
    }

    private static Map<String, Object> function(String handler) {
        return properties(javaFunctions().get(handler));
    }

    private static Map<String, Object> environment(String handler) {
        return map(map(function(handler).get("Environment")).get("Variables"));
    }

    private static String aliasOf(String handler) {
        String function = javaFunctions().get(handler);
        return logicalIds("AWS::Lambda::Alias").stream()
                .filter(alias -> Map.of("Ref", function).equals(properties(alias).get("FunctionName")))
                .findFirst().orElseThrow();
    }

    /** The table a function's environment variable names, e.g. ARTICLES_TABLE → the articles table. */
    private static String tableNamedBy(String variable) {
        Set<String> tables = new HashSet<>();
        for (String handler : javaFunctions().keySet()) {
            Object value = environment(handler).get(variable);
            if (value != null) {
                tables.add(ref(value));
            }
        }
        assertEquals(1, tables.size(), variable + " names " + tables);
        String table = tables.iterator().next();
        assertEquals("AWS::DynamoDB::Table", resources.get(table).get("Type"));
        return table;
    }

    private static Set<Object> keyAttributes(TableDefinition definition) {
        Set<Object> names = new HashSet<>();
        names.add(definition.partitionKey());
        if (definition.sortKey() != null) {
            names.add(definition.sortKey());
        }
        definition.indexes().forEach(index -> {
            names.add(index.partitionKey());
            if (index.sortKey() != null) {
                names.add(index.sortKey());
            }
        });
        return names;
    }

    private static List<Map<String, Object>> keySchema(String partitionKey, String sortKey) {
        List<Map<String, Object>> schema = new ArrayList<>();
        schema.add(Map.of("AttributeName", partitionKey, "KeyType", "HASH"));
        if (sortKey != null) {
            schema.add(Map.of("AttributeName", sortKey, "KeyType", "RANGE"));
        }
        return schema;
    }

    /** The logical id in {@code {"Ref": id}} or the first element of {@code {"Fn::GetAtt": [id, attr]}}. */
    private static String ref(Object reference) {
        if (reference instanceof List<?> getAtt) {
            return (String) getAtt.getFirst();
        }
        return (String) map(reference).get("Ref");
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> values ? list(values) : List.of(value);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        return (Map<String, V>) value;
    }

    private static Map<String, Object> map1(Object value) {
        return map(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
