package dev.newsdrop.infrastructure;

import dev.newsdrop.config.Settings;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.TableDefinition;
import dev.newsdrop.store.Tables;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpIamAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.interfaces.s3.IBucketRef;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.BucketNotificationDestinationConfig;
import software.amazon.awscdk.services.s3.BucketNotificationDestinationType;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucketNotificationDestination;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything newsdrop runs on: the raw-page bucket and its queue, the tables, the processing, API,
 * ingestion, archive-splitting and reprocessing functions, the HTTP API, the ingestion schedule, the
 * reprocessing state machine, alarms and the outputs a user needs.
 *
 * <p>Raw pages arrive in the bucket under {@code raw/} (uploaded by people, by the API or by
 * ingestion); S3 tells a queue, the queue feeds the processing function, and messages that keep
 * failing end in a dead-letter queue with an alarm on it. A web archive (WARC) arrives the same way;
 * the processing function hands it to the archive queue, whose splitter sends one work item per
 * archived page back to the raw-page queue. A reprocessing run ({@link Reprocessing}) re-extracts
 * every page under a prefix.
 */
public final class NewsdropStack extends Stack {

    /** Every trigger invokes this alias, so each runs the published, SnapStart-restored version. */
    public static final String LIVE_ALIAS = "live";

    static final String PROCESS_HANDLER = "dev.newsdrop.handler.SqsEventHandler::handleRequest";
    static final String API_HANDLER = "dev.newsdrop.handler.HttpApiHandler::handleRequest";
    static final String INGEST_HANDLER = "dev.newsdrop.handler.ScheduledIngestionHandler::handleRequest";
    static final String SPLIT_HANDLER = "dev.newsdrop.handler.WarcSplitHandler::handleRequest";
    static final String REPROCESS_HANDLER = "dev.newsdrop.handler.ReprocessHandler::handleRequest";

    /** jsoup parsing is CPU-bound and Lambda gives CPU in proportion to memory: 1 GB is ~0.6 vCPU. */
    static final int PROCESS_MEMORY_MB = 1024;
    /** One page is parsed in well under a second; 60 s leaves room for a 20 MB page and slow S3 reads. */
    static final Duration PROCESS_TIMEOUT = Duration.seconds(60);
    /** The API extracts submitted pages in-line (POST /articles, POST /extract): processing's CPU. */
    static final int API_MEMORY_MB = 1024;
    /** API Gateway gives up on an integration after 29 s; a longer function timeout would only waste. */
    static final Duration API_TIMEOUT = Duration.seconds(29);
    /** Ingestion mostly waits on the network (feeds, pages) and parses feeds, not articles. */
    static final int INGEST_MEMORY_MB = 512;
    /** One run walks every source's feeds; 5 min bounds a run well inside the 15-minute schedule. */
    static final Duration INGEST_TIMEOUT = Duration.minutes(5);
    /**
     * The splitter streams an archive once, a gzip member at a time, and never holds it: 512 MB is for
     * the JVM, the SDK's buffers and one record's headers, not for the archive (a 1 GB archive works).
     */
    static final int SPLIT_MEMORY_MB = 512;
    /**
     * Five minutes of streaming covers a CC-NEWS file (about 1 GB, 40,000 pages) in one invocation on
     * measured splitting speeds, with room to spare; a larger archive or a slower run hands the rest
     * to a continuation message before the deadline, so no archive is too large. A longer timeout
     * would only stretch the archive queue's visibility (six timeouts) and so a crashed split's retry.
     */
    static final Duration SPLIT_TIMEOUT = Duration.minutes(5);
    /** A reprocessing batch extracts up to a hundred pages: processing's CPU, one invocation per batch. */
    static final int REPROCESS_MEMORY_MB = 1024;
    /**
     * A hundred pages at processing's worst case (a slow 20 MB page) fit; a typical batch takes seconds.
     * A batch that times out is retried whole by the state machine, and what it already did is
     * skipped as unchanged.
     */
    static final Duration REPROCESS_TIMEOUT = Duration.minutes(5);

    /**
     * AWS's advice for SQS-triggered functions: visibility at least six times the function timeout, so
     * a message is not handed out again while a slow or retried batch still holds it.
     */
    static final Duration QUEUE_VISIBILITY = Duration.seconds(6 * PROCESS_TIMEOUT.toSeconds().intValue());
    /** A page that fails five times is not transient; it waits in the dead-letter queue for a person. */
    static final int MAX_RECEIVE_COUNT = 5;
    static final int BATCH_SIZE = 10;

    /** Six splitter timeouts, as for the raw-page queue: a split in progress is never handed out twice. */
    static final Duration ARCHIVE_QUEUE_VISIBILITY = Duration.seconds(6 * SPLIT_TIMEOUT.toSeconds().intValue());
    /**
     * Each attempt may stream for minutes; an archive (or continuation) that fails three times is not
     * transient and waits in the archive dead-letter queue for a person.
     */
    static final int ARCHIVE_MAX_RECEIVE_COUNT = 3;
    /** One archive per invocation: its split takes the whole timeout, and a failure retries that one alone. */
    static final int ARCHIVE_BATCH_SIZE = 1;
    /**
     * At most five archives are split at once. The pages they fan out wait in the raw-page queue for
     * the processing functions ({@code processMaxConcurrency}), so more splitters would only fill that
     * queue faster, not make records sooner.
     */
    static final int SPLIT_MAX_CONCURRENCY = 5;

    /** Old versions of raw pages are kept a month, long enough to reprocess after a bad deploy. */
    static final Duration NONCURRENT_VERSION_EXPIRY = Duration.days(30);
    static final Duration ACCESS_LOG_EXPIRY = Duration.days(90);

    /** Stage-wide API limits: far below the account's, enough for machine clients, and a cost cap. */
    static final int API_RATE_LIMIT = 25;
    static final int API_BURST_LIMIT = 50;

    /**
     * Records are the product and sources are typed in by people: neither can be rebuilt from
     * anything else cheaply, so deleting the stack leaves them. The object ledger and the seen-URL
     * cache are bookkeeping that processing and ingestion rebuild, so they go with the stack.
     */
    static final Set<String> RETAINED_TABLES = Set.of(Tables.ARTICLES.id(), Tables.SOURCES.id());

    /** Where raw pages go: the notification filter, the functions' setting and their grants' scope. */
    static final String RAW_PREFIX = Settings.DEFAULT_RAW_PREFIX;

    /** Where the API puts pages submitted to it and uploaded through its presigned links. */
    static final String API_UPLOAD_PREFIX = RAW_PREFIX + "api/";

    /*
     * Each role may make exactly the calls its code makes (see the store classes), no more: no Scan,
     * DeleteItem, BatchWriteItem or stream reads where unused, no Object Lock or ACL actions.
     */
    /** DynamoDbArticleRepository: save (PutItem, then GetItem when refused), find, and list (Query). */
    static final List<String> RECORD_WRITES = List.of("dynamodb:GetItem", "dynamodb:PutItem");
    static final String RECORD_LISTING = "dynamodb:Query";
    /** DynamoDbObjectLedger: claim and complete (UpdateItem); find (GetItem) for upload status. */
    static final String LEDGER_UPDATES = "dynamodb:UpdateItem";
    static final String LEDGER_READS = "dynamodb:GetItem";
    /** DynamoDbSourceRegistry: every source (Scan), one source (GetItem), its status (UpdateItem). */
    static final List<String> SOURCE_CALLS = List.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:UpdateItem");
    /** DynamoDbSeenStore: GetItem, PutItem and UpdateItem of one source's item. */
    static final List<String> SEEN_CALLS = List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem");
    /** S3RawObjectStore.read and S3BodyStore.read: one object, by version when the event names one. */
    static final List<String> OBJECT_READS = List.of("s3:GetObject", "s3:GetObjectVersion");
    static final List<String> OBJECT_WRITES = List.of("s3:PutObject");
    /**
     * Without it, S3 answers a read of a deleted object with 403 rather than 404, and the
     * processor would retry a page that is gone instead of skipping it.
     */
    static final List<String> BUCKET_LISTING = List.of("s3:ListBucket");

    /** SqsEventHandler forwards archives, WarcSplitHandler sends page items and continuations (also in batches). */
    static final List<String> QUEUE_SENDS = List.of("sqs:SendMessage");

    /** Maximum age of an ingestion run waiting in Lambda's async queue: a run this late is left to the next one. */
    static final Duration INGEST_MAX_EVENT_AGE = Duration.minutes(5);
    /** Route-level limits of the public API document: anonymous callers cannot spend the signed clients' budget. */
    static final int PUBLIC_ROUTE_RATE_LIMIT = 2;
    static final int PUBLIC_ROUTE_BURST_LIMIT = 5;

    private final StackOptions options;

    public NewsdropStack(Construct scope, String id, StackOptions options, Code functionCode) {
        super(scope, id, StackProps.builder()
                .description("newsdrop (" + options.stage() + "): raw news pages in, article records out")
                .build());
        this.options = options;

        Bucket accessLogs = createAccessLogsBucket();
        Bucket rawBucket = createRawBucket(accessLogs);
        Queue deadLetters = createDeadLetterQueue("RawPageDeadLetterQueue", "the raw page queue");
        Queue rawPageQueue = createRawPageQueue(deadLetters);
        Queue archiveDeadLetters = createDeadLetterQueue("ArchiveDeadLetterQueue", "the archive queue");
        Queue archiveQueue = createArchiveQueue(archiveDeadLetters);
        notifyQueueOfNewRawPages(rawBucket, rawPageQueue);
        Map<TableDefinition, Table> tables = createTables();

        Alias process = createProcessFunction(functionCode, rawBucket, tables, rawPageQueue, archiveQueue);
        Alias split = createSplitFunction(functionCode, rawBucket, tables, rawPageQueue, archiveQueue);
        Alias api = createApiFunction(functionCode, rawBucket, tables, createCursorKey());
        Alias ingest = createIngestionFunction(functionCode, rawBucket, tables);
        Alias reprocess = createReprocessFunction(functionCode, rawBucket, tables, archiveQueue);
        HttpStage apiStage = createHttpApi(api);
        scheduleIngestion(ingest);
        StateMachine reprocessing = Reprocessing.create(this, options, rawBucket, reprocess);

        SnsAction notify = createAlarms(List.of(process, split, api, ingest, reprocess), deadLetters, archiveDeadLetters);
        alarm("ReprocessFailed", reprocessing.metricFailed(fiveMinuteSum()),
                "A reprocessing run failed: its input was refused, or more batches failed than it tolerates", notify);
        createOutputs(rawBucket, tables, apiStage, rawPageQueue, deadLetters, archiveQueue, archiveDeadLetters,
                reprocessing);
    }

    // ---- storage -------------------------------------------------------------------------------

    private Bucket createAccessLogsBucket() {
        Bucket bucket = Bucket.Builder.create(this, "AccessLogsBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(ACCESS_LOG_EXPIRY).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        NagSuppressions.addResourceSuppressions(bucket, List.of(suppression("AwsSolutions-S1",
                "This is the server access log bucket of the raw bucket; logging its own access would log "
                        + "every log delivery, without end.")));
        return bucket;
    }

    private Bucket createRawBucket(Bucket accessLogs) {
        return Bucket.Builder.create(this, "RawBucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                // Versions let the processing function read exactly the upload an event is about.
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .noncurrentVersionExpiration(NONCURRENT_VERSION_EXPIRY)
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("raw-bucket/")
                // Raw pages are the source every record is rebuilt from.
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private Queue createDeadLetterQueue(String id, String of) {
        Queue queue = Queue.Builder.create(this, id)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        NagSuppressions.addResourceSuppressions(queue, List.of(suppression("AwsSolutions-SQS3",
                "This is the dead-letter queue of " + of + "; messages end here.")));
        return queue;
    }

    private Queue createRawPageQueue(Queue deadLetters) {
        return Queue.Builder.create(this, "RawPageQueue")
                // SQS-managed keys, not KMS: S3 notifications can then send without a key policy.
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .visibilityTimeout(QUEUE_VISIBILITY)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();
    }

    /**
     * Web archives waiting to be split, apart from the raw-page queue so that minutes of splitting never
     * hold up single pages. Nothing but this stack's functions sends to it (no S3 notification: S3
     * refuses a second, overlapping {@code raw/} filter), so it needs no resource policy beyond TLS.
     */
    private Queue createArchiveQueue(Queue deadLetters) {
        return Queue.Builder.create(this, "ArchiveQueue")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .visibilityTimeout(ARCHIVE_QUEUE_VISIBILITY)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters)
                        .maxReceiveCount(ARCHIVE_MAX_RECEIVE_COUNT).build())
                .build();
    }

    private void notifyQueueOfNewRawPages(Bucket rawBucket, Queue rawPageQueue) {
        rawBucket.addEventNotification(EventType.OBJECT_CREATED, new QueueOfThisAccount(rawPageQueue),
                NotificationKeyFilter.builder().prefix(RAW_PREFIX).build());
        // CDK writes bucket notifications through a Lambda-backed custom resource of its own, a
        // singleton whose construct id is this fixed string in every CDK version.
        NagSuppressions.addResourceSuppressionsByPath(this,
                "/" + getNode().getPath() + "/BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource",
                List.of(suppression("AwsSolutions-IAM4", "CDK's bucket-notifications custom resource: its role "
                                + "has only AWSLambdaBasicExecutionRole, to write its own logs.",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")));
    }

    /**
     * A queue as the destination of bucket notifications, like CDK's {@code SqsDestination}, but its
     * policy lets S3 send only for this bucket ({@code aws:SourceArn}) in this account
     * ({@code aws:SourceAccount}): bucket names are global, so a bucket of the same name elsewhere,
     * after this one is deleted, cannot send to it.
     */
    private static final class QueueOfThisAccount implements IBucketNotificationDestination {
        private final Queue queue;

        QueueOfThisAccount(Queue queue) {
            this.queue = queue;
        }

        @Override
        public BucketNotificationDestinationConfig bind(Construct scope, IBucketRef bucket) {
            queue.addToResourcePolicy(PolicyStatement.Builder.create()
                    .principals(List.of(new ServicePrincipal("s3.amazonaws.com")))
                    .actions(List.of("sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"))
                    .resources(List.of(queue.getQueueArn()))
                    .conditions(Map.of(
                            "ArnLike", Map.of("aws:SourceArn", bucket.getBucketRef().getBucketArn()),
                            "StringEquals", Map.of("aws:SourceAccount", Stack.of(scope).getAccount())))
                    .build());
            return BucketNotificationDestinationConfig.builder()
                    .arn(queue.getQueueArn())
                    .type(BucketNotificationDestinationType.QUEUE)
                    // S3 checks it may send when the notification is configured: the queue and its policy come first.
                    .dependencies(List.of(queue))
                    .build();
        }
    }

    /** One table per definition in {@link Tables#ALL}: keys, indexes and TTL come from there alone. */
    private Map<TableDefinition, Table> createTables() {
        Map<TableDefinition, Table> tables = new LinkedHashMap<>();
        for (TableDefinition definition : Tables.ALL) {
            Table table = Table.Builder.create(this, pascal(definition.id()) + "Table")
                    .partitionKey(string(definition.partitionKey()))
                    .sortKey(definition.sortKey() == null ? null : string(definition.sortKey()))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                            .pointInTimeRecoveryEnabled(true).build())
                    .encryption(TableEncryption.AWS_MANAGED)
                    .timeToLiveAttribute(definition.ttlAttribute())
                    .removalPolicy(RETAINED_TABLES.contains(definition.id())
                            ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                    .build();
            for (TableDefinition.Index index : definition.indexes()) {
                table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                        .indexName(index.name())
                        .partitionKey(string(index.partitionKey()))
                        .sortKey(index.sortKey() == null ? null : string(index.sortKey()))
                        .projectionType(ProjectionType.ALL)
                        .build());
            }
            tables.put(definition, table);
        }
        return tables;
    }

    // ---- functions -----------------------------------------------------------------------------

    private Alias createProcessFunction(Code code, Bucket rawBucket, Map<TableDefinition, Table> tables,
                                        Queue rawPageQueue, Queue archiveQueue) {
        Map<String, String> environment = environment(rawBucket, tables, Tables.ARTICLES, Tables.OBJECTS);
        environment.put(Settings.ARCHIVE_QUEUE_URL, archiveQueue.getQueueUrl());
        Alias alias = createFunction("Process", "Extracts a record from each new raw page", code,
                PROCESS_HANDLER, PROCESS_MEMORY_MB, PROCESS_TIMEOUT, environment);
        // Reads whole pages, and single archived records by ranged GETs (also s3:GetObject).
        allowObjects(alias, rawBucket, RAW_PREFIX, OBJECT_READS);
        allowBucket(alias, rawBucket, BUCKET_LISTING);
        grantBodies(rawBucket, alias);
        tables.get(Tables.ARTICLES).grant(alias, RECORD_WRITES.toArray(String[]::new));
        tables.get(Tables.OBJECTS).grant(alias, LEDGER_UPDATES);
        // An archive under raw/ is not a page: it is forwarded to the archive queue for the splitter.
        archiveQueue.grant(alias, QUEUE_SENDS.toArray(String[]::new));
        // Grants the alias's role sqs:ReceiveMessage/DeleteMessage/... on this queue only.
        alias.addEventSource(SqsEventSource.Builder.create(rawPageQueue)
                .batchSize(BATCH_SIZE)
                .reportBatchItemFailures(true)
                // A burst of uploads takes at most this many concurrent executions, leaving the API its share.
                .maxConcurrency(options.processMaxConcurrency())
                .build());
        suppressGrantWildcards(alias, "the raw-page and body grants and articles.grant(fn, ...)",
                List.of(objectsUnder(RAW_PREFIX), objectsUnder(S3BodyStore.PREFIX)), indexesOf(Tables.ARTICLES));
        return alias;
    }

    /**
     * The WARC splitter: streams each archive the archive queue names, sends one work item per archived
     * HTML page to the raw-page queue (where the processing function, its retries and its dead-letter
     * queue take them) and, near its deadline, a continuation of itself to the archive queue.
     */
    private Alias createSplitFunction(Code code, Bucket rawBucket, Map<TableDefinition, Table> tables,
                                      Queue rawPageQueue, Queue archiveQueue) {
        Map<String, String> environment = environment(rawBucket, tables);
        environment.put(Settings.PAGE_QUEUE_URL, rawPageQueue.getQueueUrl());
        environment.put(Settings.ARCHIVE_QUEUE_URL, archiveQueue.getQueueUrl());
        Alias alias = createFunction("Split", "Splits each web archive into one work item per archived page",
                code, SPLIT_HANDLER, SPLIT_MEMORY_MB, SPLIT_TIMEOUT, environment);
        // Streams the archive by (ranged) GETs of the version the job names; listing makes a deleted
        // archive read as 404, not 403.
        allowObjects(alias, rawBucket, RAW_PREFIX, OBJECT_READS);
        allowBucket(alias, rawBucket, BUCKET_LISTING);
        rawPageQueue.grant(alias, QUEUE_SENDS.toArray(String[]::new));
        archiveQueue.grant(alias, QUEUE_SENDS.toArray(String[]::new));
        // Grants sqs:ReceiveMessage/DeleteMessage/... on the archive queue only.
        alias.addEventSource(SqsEventSource.Builder.create(archiveQueue)
                .batchSize(ARCHIVE_BATCH_SIZE)
                .reportBatchItemFailures(true)
                .maxConcurrency(SPLIT_MAX_CONCURRENCY)
                .build());
        suppressGrantWildcards(alias, "the raw-page grant", List.of(objectsUnder(RAW_PREFIX)));
        return alias;
    }

    /**
     * The item processor of a reprocessing run: re-extracts a batch of raw pages the state machine
     * lists, with the processing function's environment and storage calls (it reads the ledger too,
     * and forwards archives to the archive queue as processing does).
     */
    private Alias createReprocessFunction(Code code, Bucket rawBucket, Map<TableDefinition, Table> tables,
                                          Queue archiveQueue) {
        Map<String, String> environment = environment(rawBucket, tables, Tables.ARTICLES, Tables.OBJECTS);
        environment.put(Settings.ARCHIVE_QUEUE_URL, archiveQueue.getQueueUrl());
        Alias alias = createFunction("Reprocess", "Re-extracts a batch of raw pages for a reprocessing run", code,
                REPROCESS_HANDLER, REPROCESS_MEMORY_MB, REPROCESS_TIMEOUT, environment);
        allowObjects(alias, rawBucket, RAW_PREFIX, OBJECT_READS);
        allowBucket(alias, rawBucket, BUCKET_LISTING);
        grantBodies(rawBucket, alias);
        tables.get(Tables.ARTICLES).grant(alias, RECORD_WRITES.toArray(String[]::new));
        tables.get(Tables.OBJECTS).grant(alias, LEDGER_UPDATES, LEDGER_READS);
        archiveQueue.grant(alias, QUEUE_SENDS.toArray(String[]::new));
        suppressGrantWildcards(alias, "the raw-page and body grants and articles.grant(fn, ...)",
                List.of(objectsUnder(RAW_PREFIX), objectsUnder(S3BodyStore.PREFIX)), indexesOf(Tables.ARTICLES));
        return alias;
    }

    /**
     * The key that signs the listing cursors, generated once per deployment by Secrets Manager. The
     * function receives it in its environment (resolved by CloudFormation, so it appears in no
     * template); nothing reads the secret at run time.
     */
    private Secret createCursorKey() {
        Secret key = Secret.Builder.create(this, "CursorKey")
                .description("Signs the listing cursors of the newsdrop API (" + Settings.CURSOR_KEY + ")")
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(48)
                        .excludePunctuation(true)
                        .build())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        NagSuppressions.addResourceSuppressions(key, List.of(suppression("AwsSolutions-SMG4",
                "A cursor key is no credential: rotating it only makes open cursors invalid (a 400 and a fresh "
                        + "listing); replace it by deleting the secret and deploying again.")));
        return key;
    }

    private Alias createApiFunction(Code code, Bucket rawBucket, Map<TableDefinition, Table> tables, Secret cursorKey) {
        Map<String, String> environment = environment(rawBucket, tables, Tables.ARTICLES, Tables.OBJECTS);
        environment.put(Settings.CURSOR_KEY, cursorKey.getSecretValue().unsafeUnwrap());
        Alias alias = createFunction("Api", "Serves the HTTP API", code, API_HANDLER, API_MEMORY_MB,
                API_TIMEOUT, environment);
        // Submitted pages, and presigned PUTs of POST /uploads (signed with this role), go under raw/api/.
        allowObjects(alias, rawBucket, API_UPLOAD_PREFIX, OBJECT_WRITES);
        // Submitted pages are processed in-line, and presigned GETs of raw pages are signed with this role.
        allowObjects(alias, rawBucket, RAW_PREFIX, OBJECT_READS);
        allowBucket(alias, rawBucket, BUCKET_LISTING);
        grantBodies(rawBucket, alias);
        // Listings query the articles table's indexes; in-line processing records in the object ledger,
        // which GET /uploads/{uploadId} reads.
        tables.get(Tables.ARTICLES).grant(alias, Stream.concat(RECORD_WRITES.stream(), Stream.of(RECORD_LISTING))
                .toArray(String[]::new));
        tables.get(Tables.OBJECTS).grant(alias, LEDGER_UPDATES, LEDGER_READS);
        suppressGrantWildcards(alias, "the raw-page, upload and body grants and articles.grant(fn, ...)",
                List.of(objectsUnder(API_UPLOAD_PREFIX), objectsUnder(RAW_PREFIX), objectsUnder(S3BodyStore.PREFIX)),
                indexesOf(Tables.ARTICLES));
        return alias;
    }

    private Alias createIngestionFunction(Code code, Bucket rawBucket, Map<TableDefinition, Table> tables) {
        Alias alias = createFunction("Ingest", "Fetches new articles from the sources' feeds", code,
                INGEST_HANDLER, INGEST_MEMORY_MB, INGEST_TIMEOUT,
                environment(rawBucket, tables, Tables.SOURCES, Tables.SEEN));
        allowObjects(alias, rawBucket, RAW_PREFIX, OBJECT_WRITES);
        tables.get(Tables.SOURCES).grant(alias, SOURCE_CALLS.toArray(String[]::new));
        tables.get(Tables.SEEN).grant(alias, SEEN_CALLS.toArray(String[]::new));
        // A failed or late run is not retried: the next scheduled run does its work, and runs never overlap.
        alias.configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(0)
                .maxEventAge(INGEST_MAX_EVENT_AGE)
                .build());
        suppressGrantWildcards(alias, "the raw-page grant", List.of(objectsUnder(RAW_PREFIX)));
        return alias;
    }

    /**
     * A function from the functions jar, with its own log group and role, published with SnapStart
     * behind the {@value #LIVE_ALIAS} alias.
     */
    private Alias createFunction(String name, String description, Code code, String handler, int memoryMb,
                                 Duration timeout, Map<String, String> environment) {
        LogGroup logs = LogGroup.Builder.create(this, name + "Logs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        // A role of its own, not the default one with AWSLambdaBasicExecutionRole, which may write to
        // every log group in the account; this one writes to its own group only.
        Role role = Role.Builder.create(this, name + "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs the newsdrop " + name.toLowerCase() + " function")
                .build();
        logs.grantWrite(role);
        Function function = Function.Builder.create(this, name + "Function")
                .description(description)
                .code(code)
                .handler(handler)
                .runtime(Runtime.JAVA_21)
                // Graviton: about 20% cheaper per GB-second than x86 at equal or better speed for Java.
                .architecture(Architecture.ARM_64)
                .memorySize(memoryMb)
                .timeout(timeout)
                .role(role)
                .environment(environment)
                // SnapStart restores a snapshot taken after initialization: no JVM cold start.
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .loggingFormat(LoggingFormat.JSON)
                .applicationLogLevelV2(ApplicationLogLevel.INFO)
                .systemLogLevelV2(SystemLogLevel.WARN)
                .logGroup(logs)
                .build();
        NagSuppressions.addResourceSuppressions(function, List.of(suppression("AwsSolutions-L1",
                "The functions are compiled for and tested on Java 21 (maven.compiler.release 21); moving to "
                        + "Java 25 is a separate change to the whole build.")));
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "Published through currentVersion behind the live alias, which every trigger invokes.");
        return Alias.Builder.create(this, name + "Live")
                .aliasName(LIVE_ALIAS)
                .version(function.getCurrentVersion())
                .build();
    }

    /** The environment a function reads through {@link Settings}: bucket, prefix and its tables' names. */
    private Map<String, String> environment(Bucket rawBucket, Map<TableDefinition, Table> tables,
                                            TableDefinition... used) {
        Map<String, String> environment = new HashMap<>();
        environment.put(Settings.RAW_BUCKET, rawBucket.getBucketName());
        environment.put(Settings.RAW_PREFIX, RAW_PREFIX);
        environment.put(Settings.MAX_OBJECT_BYTES, Long.toString(Settings.DEFAULT_MAX_OBJECT_BYTES));
        // Powertools: the metrics' namespace and the service named in every log line and metric.
        environment.put("POWERTOOLS_METRICS_NAMESPACE", "newsdrop");
        environment.put("POWERTOOLS_SERVICE_NAME", "newsdrop-" + options.stage());
        for (TableDefinition table : used) {
            environment.put(table.nameVariable(), tables.get(table).getTableName());
        }
        return environment;
    }

    /**
     * Suppresses IAM5 for exactly the wildcards the named grants generate, each scoped to one bucket
     * prefix or one table's indexes: action groups such as {@code s3:GetObject*} and resources such as
     * {@code <bucket>/raw/*} or {@code <table>/index/*}. Any other wildcard still fails the check.
     */
    @SafeVarargs
    private void suppressGrantWildcards(Alias alias, String grants, List<Object>... findings) {
        List<Object> appliesTo = Stream.of(findings).flatMap(List::stream).distinct().toList();
        NagSuppressions.addResourceSuppressions(alias.getLambda().getRole(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Wildcards generated by " + grants + ": action groups of those grants, and resources "
                        + "limited to this stack's raw prefix and its tables' indexes.")
                .appliesTo(appliesTo)
                .build()), true);
    }

    /** Records too large for an item are written and read whole from the bucket (see S3BodyStore). */
    private static void grantBodies(Bucket rawBucket, Alias alias) {
        allowObjects(alias, rawBucket, S3BodyStore.PREFIX, Stream.concat(OBJECT_WRITES.stream(),
                OBJECT_READS.stream()).toList());
    }

    /** Lets a function make exactly these object calls under one prefix of the bucket. */
    private static void allowObjects(Alias alias, Bucket bucket, String prefix, List<String> actions) {
        alias.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(actions)
                .resources(List.of(bucket.arnForObjects(prefix + "*")))
                .build());
    }

    /** Lets a function make exactly these bucket-level calls. */
    private static void allowBucket(Alias alias, Bucket bucket, List<String> actions) {
        alias.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(actions)
                .resources(List.of(bucket.getBucketArn()))
                .build());
    }

    /** The objects under a prefix, as IAM5 names a {@code rawBucket.grantXxx(fn, "<prefix>*")} resource. */
    static Object objectsUnder(String prefix) {
        return regex("^Resource::<RawBucket[0-9A-F]{8}\\.Arn>/" + prefix + "\\*$");
    }

    /** A table's indexes, as IAM5 names the {@code <table>/index/*} resource of its data grants. */
    private static List<Object> indexesOf(TableDefinition table) {
        return List.of(regex("^Resource::<" + pascal(table.id()) + "Table[0-9A-F]{8}\\.Arn>/index/\\*$"));
    }

    static Object regex(String pattern) {
        return RegexAppliesTo.builder().regex("/" + pattern + "/").build();
    }

    // ---- doors: HTTP API and schedule ----------------------------------------------------------

    /**
     * The HTTP API, its routes as the API document lists them, all but the public ones (the document
     * itself) behind IAM: callers are machines that sign
     * requests with SigV4 using their own AWS credentials, so there is no user pool to run and access
     * is granted with ordinary IAM policies ({@code execute-api:Invoke}).
     */
    private HttpStage createHttpApi(Alias api) {
        HttpApi httpApi = HttpApi.Builder.create(this, "HttpApi")
                .apiName(getStackName())
                .description("newsdrop: submit pages, read records")
                .defaultAuthorizer(new HttpIamAuthorizer())
                .corsPreflight(options.allowedOrigins().isEmpty() ? null : CorsPreflightOptions.builder()
                        .allowOrigins(options.allowedOrigins())
                        .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS))
                        // The headers a SigV4-signed request carries.
                        .allowHeaders(List.of("content-type", "authorization", "x-amz-date",
                                "x-amz-security-token", "x-amz-content-sha256"))
                        .maxAge(Duration.hours(1))
                        .build())
                .createDefaultStage(false)
                .build();
        HttpLambdaIntegration integration = new HttpLambdaIntegration("ApiIntegration", api);
        Map<String, List<HttpRoute>> publicRoutes = new LinkedHashMap<>();
        for (ApiRoute route : ApiRoute.fromOpenApi()) {
            List<HttpRoute> added = httpApi.addRoutes(AddRoutesOptions.builder()
                    .path(route.path()).methods(List.of(route.method())).integration(integration)
                    .authorizer(route.isPublic() ? new HttpNoneAuthorizer() : null)
                    .build());
            if (route.isPublic()) {
                publicRoutes.put(route.routeKey(), added);
                NagSuppressions.addResourceSuppressions(added, List.of(suppression("AwsSolutions-APIG4",
                        route.routeKey() + " is public in the API document (security: []): the API's own "
                                + "description, holding no data; a route throttle of its own caps its use.")));
            }
        }

        LogGroup accessLogs = LogGroup.Builder.create(this, "ApiAccessLogs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        HttpStage stage = HttpStage.Builder.create(this, "ApiStage")
                .httpApi(httpApi)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(API_RATE_LIMIT).burstLimit(API_BURST_LIMIT).build())
                .accessLogSettings(new AccessLogs(new LogGroupLogDestination(accessLogs)))
                .build();
        throttlePublicRoutes(stage, publicRoutes);
        return stage;
    }

    /**
     * Public routes get limits of their own, far below the stage's: anonymous callers then cannot
     * spend the budget of the signed clients. (The L2 stage has no per-route settings: they are set on
     * the CloudFormation resource, which must wait for the routes it names.)
     */
    private static void throttlePublicRoutes(HttpStage stage, Map<String, List<HttpRoute>> publicRoutes) {
        if (publicRoutes.isEmpty()) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        publicRoutes.forEach((routeKey, routes) -> {
            settings.put(routeKey, Map.of(
                    "ThrottlingRateLimit", PUBLIC_ROUTE_RATE_LIMIT,
                    "ThrottlingBurstLimit", PUBLIC_ROUTE_BURST_LIMIT));
            routes.forEach(route -> stage.getNode().addDependency(route));
        });
        ((CfnStage) stage.getNode().getDefaultChild()).addPropertyOverride("RouteSettings", settings);
    }

    /**
     * JSON access log lines naming the caller's IAM identity. (A class, not a record: jsii would take a
     * record's {@code destination()} accessor for an override of the {@code destination} property.)
     */
    private static final class AccessLogs implements IAccessLogSettings {
        private final IAccessLogDestination logGroup;

        AccessLogs(IAccessLogDestination logGroup) {
            this.logGroup = logGroup;
        }

        @Override
        public IAccessLogDestination getDestination() {
            return logGroup;
        }

        @Override
        public AccessLogFormat getFormat() {
            return AccessLogFormat.custom("{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
                    + "\"caller\":\"$context.identity.userArn\",\"requestTime\":\"$context.requestTime\","
                    + "\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\","
                    + "\"responseLength\":\"$context.responseLength\","
                    + "\"integrationError\":\"$context.integrationErrorMessage\"}");
        }
    }

    private void scheduleIngestion(Alias ingest) {
        Rule.Builder.create(this, "IngestSchedule")
                .description("Runs newsdrop scheduled ingestion")
                .schedule(Schedule.expression(options.ingestSchedule()))
                .targets(List.of(new LambdaFunction(ingest, LambdaFunctionProps.builder()
                        // The next run picks up whatever this one missed; no need to retry for long.
                        .retryAttempts(2)
                        .maxEventAge(Duration.minutes(10))
                        .build())))
                .build();
    }

    // ---- operations ----------------------------------------------------------------------------

    /** Alarms on every function and dead-letter queue; returns the action they notify (null: none). */
    private SnsAction createAlarms(List<Alias> functions, Queue deadLetters, Queue archiveDeadLetters) {
        SnsAction notify = options.alarmTopicArn() == null ? null
                : new SnsAction(Topic.fromTopicArn(this, "AlarmTopic", options.alarmTopicArn()));
        for (Alias alias : functions) {
            Function function = (Function) alias.getVersion().getLambda();
            String name = function.getNode().getId().replace("Function", "");
            alarm(name + "Errors", function.metricErrors(fiveMinuteSum()),
                    "The " + name.toLowerCase() + " function failed at least once", notify);
            alarm(name + "Throttles", function.metricThrottles(fiveMinuteSum()),
                    "The " + name.toLowerCase() + " function was throttled at least once", notify);
        }
        alarm("DeadLetters", deadLetters.metricApproximateNumberOfMessagesVisible(),
                "Raw pages failed processing " + MAX_RECEIVE_COUNT + " times and wait in the dead-letter queue",
                notify);
        alarm("ArchiveDeadLetters", archiveDeadLetters.metricApproximateNumberOfMessagesVisible(),
                "Web archives failed splitting " + ARCHIVE_MAX_RECEIVE_COUNT
                        + " times and wait in the archive dead-letter queue", notify);
        return notify;
    }

    void alarm(String id, Metric metric, String description, SnsAction notify) {
        Alarm alarm = metric.createAlarm(this, id + "Alarm", CreateAlarmOptions.builder()
                .alarmDescription(description)
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
        if (notify != null) {
            alarm.addAlarmAction(notify);
        }
    }

    static MetricOptions fiveMinuteSum() {
        return MetricOptions.builder().period(Duration.minutes(5)).statistic("Sum").build();
    }

    private void createOutputs(Bucket rawBucket, Map<TableDefinition, Table> tables, HttpStage apiStage,
                               Queue rawPageQueue, Queue deadLetters, Queue archiveQueue, Queue archiveDeadLetters,
                               StateMachine reprocessing) {
        output("RawBucketName", rawBucket.getBucketName(), "Upload raw pages here (" + Settings.RAW_BUCKET + ")");
        output("RawPrefix", RAW_PREFIX, "Key prefix that triggers processing (" + Settings.RAW_PREFIX + ")");
        output("ApiUrl", apiStage.getUrl(), "HTTP API base URL; requests must be SigV4-signed");
        tables.forEach((definition, table) -> output(pascal(definition.id()) + "TableName", table.getTableName(),
                "DynamoDB table " + definition.id() + " (" + definition.nameVariable() + ")"));
        output("RawPageQueueUrl", rawPageQueue.getQueueUrl(), "Queue of new raw pages awaiting processing");
        output("DeadLetterQueueUrl", deadLetters.getQueueUrl(), "Raw pages that failed processing repeatedly");
        output("ArchiveQueueUrl", archiveQueue.getQueueUrl(), "Web archives waiting to be split into pages");
        output("ArchiveDeadLetterQueueUrl", archiveDeadLetters.getQueueUrl(),
                "Web archives that failed splitting repeatedly");
        output("ReprocessStateMachineArn", reprocessing.getStateMachineArn(),
                "Start a reprocessing run here; reports go to s3://<RawBucketName>/" + Reprocessing.REPORTS_PREFIX);
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }

    // ---- small helpers -------------------------------------------------------------------------

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    private static String pascal(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    static NagPackSuppression suppression(String id, String reason, String... appliesTo) {
        NagPackSuppression.Builder builder = NagPackSuppression.builder().id(id).reason(reason);
        if (appliesTo.length > 0) {
            builder.appliesTo(List.of((Object[]) appliesTo));
        }
        return builder.build();
    }
}
