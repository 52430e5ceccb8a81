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
    void rawPageQueue_takesS3MessagesOnlyFromTheRawBucketInThisAccount() {
        template.hasResourceProperties("AWS::SQS::QueuePolicy", Map.of(
                "Queues", List.of(Map.of("Ref", rawPageQueue())),
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "s3.amazonaws.com"),
                        "Action", Match.arrayWith(List.of("sqs:SendMessage")),
                        "Condition", Map.of(
                                "ArnLike", Map.of("aws:SourceArn", Map.of("Fn::GetAtt", List.of(rawBucket(), "Arn"))),
                                "StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId"))))))))));
        for (String policy : logicalIds("AWS::SQS::QueuePolicy")) {
            for (Object statement : list(map(properties(policy).get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> allow = map(statement);
                if ("Allow".equals(allow.get("Effect"))) {
                    assertTrue(String.valueOf(allow.get("Condition")).contains("aws:SourceAccount"), allow.toString());
                }
            }
        }
    }

    @Test
    void rawPageQueue_hidesMessagesForSixProcessingTimeouts() {
        int visibility = ((Number) properties(rawPageQueue()).get("VisibilityTimeout")).intValue();
        int timeout = ((Number) function(NewsdropStack.PROCESS_HANDLER).get("Timeout")).intValue();
        assertTrue(visibility >= 6 * timeout, visibility + " s visibility for a " + timeout + " s function");
    }

    @Test
    void deadLetterQueues_raiseAnAlarmOnTheirFirstMessage() {
        for (String queue : List.of(deadLetterQueue(), archiveDeadLetterQueue())) {
            template.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "Namespace", "AWS/SQS",
                    "MetricName", "ApproximateNumberOfMessagesVisible",
                    "Dimensions", List.of(Map.of("Name", "QueueName",
                            "Value", Map.of("Fn::GetAtt", List.of(queue, "QueueName")))),
                    "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                    "Threshold", 1));
        }
    }

    // ---- web archives --------------------------------------------------------------------------

    @Test
    void archiveQueue_redrivesToItsOwnDeadLetterQueue_andHidesMessagesForSixSplitterTimeouts() {
        Map<String, Object> queue = properties(archiveQueue());
        assertEquals(Map.of("deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(archiveDeadLetterQueue(), "Arn")),
                "maxReceiveCount", 3), queue.get("RedrivePolicy"));
        int visibility = ((Number) queue.get("VisibilityTimeout")).intValue();
        int timeout = ((Number) function(NewsdropStack.SPLIT_HANDLER).get("Timeout")).intValue();
        assertTrue(visibility >= 6 * timeout, visibility + " s visibility for a " + timeout + " s splitter");
        assertEquals(14 * 24 * 3600, ((Number) properties(archiveDeadLetterQueue()).get("MessageRetentionPeriod")).intValue());
    }

    @Test
    void archiveQueue_feedsTheSplittersLiveAlias_oneArchiveAtATime() {
        String mapping = mappingOf(archiveQueue());
        Map<String, Object> properties = properties(mapping);
        assertEquals(1, properties.get("BatchSize"));
        assertEquals(List.of("ReportBatchItemFailures"), properties.get("FunctionResponseTypes"));
        assertEquals(Map.of("MaximumConcurrency", NewsdropStack.SPLIT_MAX_CONCURRENCY), properties.get("ScalingConfig"));
        assertTrue(String.valueOf(properties.get("FunctionName")).contains("Ref=" + aliasOf(NewsdropStack.SPLIT_HANDLER)),
                String.valueOf(properties.get("FunctionName")));
    }

    @Test
    void splitter_streamsRawArchives_andSendsPagesAndContinuations_processingForwardsArchives() {
        assertEquals(Set.of(rawPageQueue(), archiveQueue()), queuesItMaySendTo(NewsdropStack.SPLIT_HANDLER));
        assertEquals(Set.of(archiveQueue()), queuesItMaySendTo(NewsdropStack.PROCESS_HANDLER));
        assertEquals(Set.of(archiveQueue()), queuesItMaySendTo(NewsdropStack.REPROCESS_HANDLER));
        assertEquals(Set.of(), queuesItMaySendTo(NewsdropStack.API_HANDLER));
        assertEquals(Set.of(), queuesItMaySendTo(NewsdropStack.INGEST_HANDLER));
        for (Map<String, Object> statement : statementsOf(NewsdropStack.SPLIT_HANDLER)) {
            if (asList(statement.get("Action")).contains("s3:GetObject")) {
                assertTrue(String.valueOf(statement.get("Resource")).contains(", /" + Settings.DEFAULT_RAW_PREFIX + "*]"),
                        String.valueOf(statement.get("Resource")));
            }
        }
        Map<String, Object> splitter = environment(NewsdropStack.SPLIT_HANDLER);
        assertEquals(Map.of("Ref", rawPageQueue()), splitter.get(Settings.PAGE_QUEUE_URL));
        assertEquals(Map.of("Ref", archiveQueue()), splitter.get(Settings.ARCHIVE_QUEUE_URL));
        assertEquals(Map.of("Ref", archiveQueue()), environment(NewsdropStack.PROCESS_HANDLER).get(Settings.ARCHIVE_QUEUE_URL));
    }

    /** The queues whose sqs:SendMessage a function's role allows. */
    private static Set<String> queuesItMaySendTo(String handler) {
        Set<String> queues = new HashSet<>();
        for (Map<String, Object> statement : statementsOf(handler)) {
            if (asList(statement.get("Action")).contains("sqs:SendMessage")) {
                asList(statement.get("Resource")).forEach(resource -> queues.add(ref(map(resource).get("Fn::GetAtt"))));
            }
        }
        return queues;
    }

    private static String mappingOf(String queue) {
        return logicalIds("AWS::Lambda::EventSourceMapping").stream()
                .filter(mapping -> Map.of("Fn::GetAtt", List.of(queue, "Arn")).equals(properties(mapping).get("EventSourceArn")))
                .findFirst().orElseThrow();
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
                NewsdropStack.INGEST_HANDLER, List.of(512, 300),
                NewsdropStack.SPLIT_HANDLER, List.of(512, 300),
                NewsdropStack.REPROCESS_HANDLER, List.of(1024, 300));
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
        // Processing forwards web archives to the archive queue; reprocessing does as processing does.
        assertEquals(Set.of(Settings.ARTICLES_TABLE, Settings.OBJECTS_TABLE, Settings.RAW_BUCKET, Settings.RAW_PREFIX,
                Settings.MAX_OBJECT_BYTES, Settings.ARCHIVE_QUEUE_URL), newsdropVariables(NewsdropStack.PROCESS_HANDLER));
        assertEquals(newsdropVariables(NewsdropStack.PROCESS_HANDLER), newsdropVariables(NewsdropStack.REPROCESS_HANDLER));
        assertEquals(Set.of(Settings.RAW_BUCKET, Settings.RAW_PREFIX, Settings.MAX_OBJECT_BYTES, Settings.PAGE_QUEUE_URL,
                Settings.ARCHIVE_QUEUE_URL), newsdropVariables(NewsdropStack.SPLIT_HANDLER));
        // The API processes submitted pages in-line, recording them in the object ledger like processing.
        assertEquals(Set.of(Settings.ARTICLES_TABLE, Settings.OBJECTS_TABLE, Settings.RAW_BUCKET, Settings.RAW_PREFIX,
                Settings.MAX_OBJECT_BYTES, Settings.CURSOR_KEY), newsdropVariables(NewsdropStack.API_HANDLER));
        assertEquals(Set.of(Settings.SOURCES_TABLE, Settings.SEEN_TABLE, Settings.RAW_BUCKET, Settings.RAW_PREFIX,
                Settings.MAX_OBJECT_BYTES), newsdropVariables(NewsdropStack.INGEST_HANDLER));
        for (String handler : javaFunctions().keySet()) {
            Map<String, Object> environment = environment(handler);
            assertEquals(Map.of("Ref", rawBucket()), environment.get(Settings.RAW_BUCKET), handler);
            assertEquals(Settings.DEFAULT_RAW_PREFIX, environment.get(Settings.RAW_PREFIX), handler);
            assertEquals("newsdrop", environment.get("POWERTOOLS_METRICS_NAMESPACE"), handler);
        }
    }

    @Test
    void api_signsCursorsWithAKeyGeneratedPerDeployment_thatNoTemplateHolds() {
        Map<String, Map<String, Object>> secrets = map(template.findResources("AWS::SecretsManager::Secret"));
        assertEquals(1, secrets.size(), "one secret: the cursor key");
        String secretId = secrets.keySet().iterator().next();
        Map<String, Object> generate = map(map(secrets.get(secretId).get("Properties")).get("GenerateSecretString"));
        assertTrue(((Number) generate.get("PasswordLength")).intValue() >= 32, generate.toString());

        String reference = String.valueOf(environment(NewsdropStack.API_HANDLER).get(Settings.CURSOR_KEY));
        assertTrue(reference.contains("{{resolve:secretsmanager:") && reference.contains(secretId), reference);
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
        String mapping = mappingOf(rawPageQueue());
        assertTrue(String.valueOf(properties(mapping).get("FunctionName")).contains("Ref=" + processAlias),
                "the queue feeds the live alias: " + properties(mapping).get("FunctionName"));
        assertEquals(2, logicalIds("AWS::Lambda::EventSourceMapping").size());

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
        for (String handler : javaFunctions().keySet()) {
            assertEquals(NewsdropStack.LIVE_ALIAS, properties(aliasOf(handler)).get("Name"), handler);
        }
    }

    @Test
    void ingestion_isNeverRetriedByLambda_andALateRunIsDropped() {
        List<String> configs = logicalIds("AWS::Lambda::EventInvokeConfig");
        assertEquals(1, configs.size());
        Map<String, Object> config = properties(configs.getFirst());
        assertEquals(Map.of("Ref", javaFunctions().get(NewsdropStack.INGEST_HANDLER)), config.get("FunctionName"));
        // The qualifier is the alias's name, taken from its ARN: the alias the schedule invokes.
        assertTrue(String.valueOf(config.get("Qualifier")).contains(aliasOf(NewsdropStack.INGEST_HANDLER)),
                String.valueOf(config.get("Qualifier")));
        assertEquals(0, ((Number) config.get("MaximumRetryAttempts")).intValue());
        assertEquals(300, ((Number) config.get("MaximumEventAgeInSeconds")).intValue());
    }

    @Test
    void rawPageQueue_startsAtMostTenProcessingFunctionsByDefault() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "ScalingConfig", Map.of("MaximumConcurrency", StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY)));
    }

    @Test
    void everyRole_mayMakeExactlyTheStorageCallsItsCodeMakes() {
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:ListBucket"),
                storageActions(NewsdropStack.PROCESS_HANDLER));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem",
                "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:ListBucket"),
                storageActions(NewsdropStack.API_HANDLER));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Scan",
                "s3:PutObject"), storageActions(NewsdropStack.INGEST_HANDLER));
        assertEquals(Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                storageActions(NewsdropStack.SPLIT_HANDLER));
        assertEquals(storageActions(NewsdropStack.PROCESS_HANDLER), storageActions(NewsdropStack.REPROCESS_HANDLER));
        // Reprocessing reads the ledger to tell a missing record from a current one.
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                tableActions(NewsdropStack.REPROCESS_HANDLER, Settings.OBJECTS_TABLE));
        // Only ingestion lists sources; the processor never queries or reads the ledger back.
        assertFalse(tableActions(NewsdropStack.PROCESS_HANDLER, Settings.OBJECTS_TABLE).contains("dynamodb:GetItem"));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:UpdateItem"),
                tableActions(NewsdropStack.API_HANDLER, Settings.OBJECTS_TABLE));
        assertEquals(Set.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:UpdateItem"),
                tableActions(NewsdropStack.INGEST_HANDLER, Settings.SOURCES_TABLE));
    }

    @Test
    void apiRole_mayWriteObjectsOnlyUnderRawApi() {
        for (Map<String, Object> statement : statementsOf(NewsdropStack.API_HANDLER)) {
            if (asList(statement.get("Action")).contains("s3:PutObject")) {
                String resources = String.valueOf(statement.get("Resource"));
                assertTrue(resources.contains("/" + NewsdropStack.API_UPLOAD_PREFIX + "*")
                        || resources.contains("/" + S3BodyStore.PREFIX + "*"), resources);
            }
        }
    }

    /** The DynamoDB and S3 actions a function's role may take. */
    private static Set<String> storageActions(String handler) {
        return statementsOf(handler).stream()
                .flatMap(statement -> asList(statement.get("Action")).stream())
                .map(Object::toString)
                .filter(action -> action.startsWith("dynamodb:") || action.startsWith("s3:"))
                .collect(Collectors.toSet());
    }

    /** The actions a function's role may take on the table its environment variable names. */
    private static Set<String> tableActions(String handler, String tableVariable) {
        String table = ref(environment(handler).get(tableVariable));
        return statementsOf(handler).stream()
                .filter(statement -> String.valueOf(statement.get("Resource")).contains(table))
                .flatMap(statement -> asList(statement.get("Action")).stream())
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    private static List<Map<String, Object>> statementsOf(String handler) {
        String role = ref(map(function(handler).get("Role")).get("Fn::GetAtt"));
        List<Map<String, Object>> statements = new ArrayList<>();
        for (String policy : logicalIds("AWS::IAM::Policy")) {
            if (List.of(Map.of("Ref", role)).equals(properties(policy).get("Roles"))) {
                list(map(properties(policy).get("PolicyDocument")).get("Statement"))
                        .forEach(statement -> statements.add(map(statement)));
            }
        }
        assertFalse(statements.isEmpty(), handler);
        return statements;
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
        // CloudWatch Logs' delivery actions, which the state machine's logging needs, take no resource.
        Set<String> logDelivery = Set.of("logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
        for (String policy : logicalIds("AWS::IAM::Policy")) {
            for (Object statement : list(map(properties(policy).get("PolicyDocument")).get("Statement"))) {
                Map<String, Object> allow = map(statement);
                for (Object resource : asList(allow.get("Resource"))) {
                    boolean logDeliveryOnly = asList(allow.get("Action")).stream().allMatch(logDelivery::contains);
                    assertFalse("*".equals(resource) && !logDeliveryOnly, policy + " grants on every resource: " + allow);
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
                    if (asList(allow.get("Action")).stream().anyMatch(action -> action.toString().startsWith("dynamodb:"))) {
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
                    // The reprocessing state machine writes its reports, outside the raw prefix.
                    boolean reports = policy.startsWith("ReprocessStateMachine")
                            && resources.contains("/" + Reprocessing.REPORTS_PREFIX + "*");
                    assertTrue(resources.contains(rawObjects) || resources.contains(bodyObjects) || reports
                            || resources.contains("/" + NewsdropStack.API_UPLOAD_PREFIX + "*"), policy + ": " + resources);
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
                "POST /uploads", "AWS_IAM",
                "GET /uploads/{uploadId}", "AWS_IAM",
                "GET /openapi.json", "NONE"), authorization);
    }

    @Test
    void publicApiDocument_hasARouteThrottleFarBelowTheStages() {
        String stage = logicalIds("AWS::ApiGatewayV2::Stage").getFirst();
        Map<String, Object> routeSettings = map(properties(stage).get("RouteSettings"));
        assertEquals(Map.of("GET /openapi.json", Map.of("ThrottlingRateLimit", 2, "ThrottlingBurstLimit", 5)),
                routeSettings);
        Object dependsOn = resources.get(stage).get("DependsOn");
        String publicRoute = logicalIds("AWS::ApiGatewayV2::Route").stream()
                .filter(route -> "GET /openapi.json".equals(properties(route).get("RouteKey"))).findFirst().orElseThrow();
        assertTrue(asList(dependsOn).contains(publicRoute), "the stage waits for the route it throttles: " + dependsOn);
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
                "DeadLetterQueueUrl", "ArchiveQueueUrl", "ArchiveDeadLetterQueueUrl", "ReprocessStateMachineArn"));
        template.hasOutput("ArchiveQueueUrl", Map.of("Value", Map.of("Ref", archiveQueue())));
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

    private static String archiveQueue() {
        return logicalIds("AWS::SQS::Queue").stream()
                .filter(id -> id.startsWith("ArchiveQueue")).findFirst().orElseThrow();
    }

    private static String archiveDeadLetterQueue() {
        return logicalId("AWS::SQS::Queue", "ArchiveDeadLetterQueue");
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
