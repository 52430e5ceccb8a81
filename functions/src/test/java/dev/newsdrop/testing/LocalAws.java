package dev.newsdrop.testing;

import dev.newsdrop.config.Settings;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.TableSetup;
import dev.newsdrop.handler.ProcessingWiring;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.ports.ListingCursors;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.store.DynamoDbArticleRepository;
import dev.newsdrop.store.S3BodyStore;
import dev.newsdrop.store.Tables;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh bucket and fresh tables on real S3 and DynamoDB wire endpoints (emulators, LocalStack, or
 * those the environment names: see {@link TestEndpoints}), with clients and a processor wired to
 * them. Every instance has its own names, so test classes never see each other's data.
 */
public final class LocalAws {

    public final Endpoints endpoints;
    public final S3Client s3;
    public final DynamoDbClient dynamoDb;
    public final Settings settings;
    public final String bucket;

    private LocalAws(Map<String, String> extraSettings, String bucket) {
        this.endpoints = TestEndpoints.get();
        this.bucket = bucket;
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(endpoints.accessKey(), endpoints.secretKey()));
        this.s3 = S3Client.builder()
                .endpointOverride(endpoints.s3())
                .region(Region.of(endpoints.region()))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(true)
                .build();
        this.dynamoDb = DynamoDbClient.builder()
                .endpointOverride(endpoints.dynamoDb())
                .region(Region.of(endpoints.region()))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                Settings.ARTICLES_TABLE, Tables.ARTICLES.defaultName() + suffix,
                Settings.OBJECTS_TABLE, Tables.OBJECTS.defaultName() + suffix,
                Settings.SOURCES_TABLE, Tables.SOURCES.defaultName() + suffix,
                Settings.SEEN_TABLE, Tables.SEEN.defaultName() + suffix,
                Settings.RAW_BUCKET, bucket,
                Settings.S3_PATH_STYLE, "true"));
        values.putAll(extraSettings);
        this.settings = Settings.of(values);
    }

    /** A new bucket named as the sample events name it, and new tables. */
    public static LocalAws start(Map<String, String> extraSettings) {
        String bucket = "newsdrop-raw";
        LocalAws aws = new LocalAws(extraSettings, bucket);
        aws.createBucketIfMissing();
        TableSetup setup = new TableSetup(aws.dynamoDb);
        for (var table : Tables.ALL) {
            setup.ensure(Tables.name(table, aws.settings), table.partitionKey(), table.sortKey(), table.indexes().stream()
                    .map(i -> new TableSetup.Index(i.name(), i.partitionKey(), i.sortKey())).toList());
        }
        return aws;
    }

    public static LocalAws start() {
        return start(Map.of());
    }

    private void createBucketIfMissing() {
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            s3.createBucket(r -> r.bucket(bucket));
        }
    }

    /** A presigner for these endpoints, path-style, as the API signs raw-page links with. */
    public S3Presigner presigner() {
        return S3Presigner.builder()
                .endpointOverride(endpoints.s3())
                .region(Region.of(endpoints.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(endpoints.accessKey(), endpoints.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    public ArticleProcessor processor() {
        return ProcessingWiring.create(s3, dynamoDb, settings);
    }

    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
    }

    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }

    /** The article repository these tests' functions write to. */
    public DynamoDbArticleRepository articles() {
        return new DynamoDbArticleRepository(dynamoDb, Tables.name(Tables.ARTICLES, settings),
                new S3BodyStore(s3, bucket), new ListingCursors(settings.cursorKey()));
    }

    /** Every record in the articles table: a scan, read page after page (a scan page ends at 1 MB). */
    public List<ArticleRecord> records() {
        return records(null);
    }

    /** As {@link #records()}, with at most {@code pageSize} items a scan page (null: DynamoDB's 1 MB pages). */
    List<ArticleRecord> records(Integer pageSize) {
        String table = Tables.name(Tables.ARTICLES, settings);
        DynamoDbArticleRepository repository = articles();
        return dynamoDb.scanPaginator(r -> r.tableName(table).consistentRead(true).limit(pageSize)).items().stream()
                .map(item -> repository.find(item.get("id").s()).orElseThrow())
                .toList();
    }

    /**
     * How many records the articles table holds: a consistent count scan, page after page, that
     * reads no record (cheaper than {@code records().size()} once a class has stored hundreds).
     */
    public int recordCount() {
        return recordCount(null);
    }

    /** As {@link #recordCount()}, with at most {@code pageSize} items a scan page (null: 1 MB pages). */
    int recordCount(Integer pageSize) {
        String table = Tables.name(Tables.ARTICLES, settings);
        return dynamoDb.scanPaginator(r -> r.tableName(table).consistentRead(true).select(Select.COUNT).limit(pageSize))
                .stream()
                .mapToInt(ScanResponse::count)
                .sum();
    }

    /** The record made from one object key, if any. */
    public Optional<ArticleRecord> recordOf(String key) {
        return records().stream().filter(r -> r.source().key().equals(key)).findFirst();
    }
}
