package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.process.ObjectEvent;
import dev.newsdrop.process.Outcome;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Primes a processing container before Lambda SnapStart snapshots it (a CRaC {@code beforeCheckpoint}
 * hook), so that a container restored from the snapshot finds the first event's code loaded,
 * initialised and partly compiled.
 *
 * <p>It runs the real processing path — object ledger claim, S3 read, extraction, record, DynamoDB
 * write — once, on a page bundled in the jar ({@value #PAGE}), through S3 and DynamoDB clients built
 * like the function's own but whose HTTP client answers in memory as S3 and DynamoDB answer a first
 * read and write. So it makes no network call, stores nothing, and keeps no credentials or open
 * connections in the snapshot. A failure is logged and never stops the snapshot: the first event
 * then loads what priming missed.
 */
public final class SnapStartPriming implements Resource {

    /** The bundled page priming extracts (written for the purpose; see its first comment). */
    static final String PAGE = "priming/article.html";
    static final String PAGE_URL = "https://news.example/culture/2026/03/14/new-public-library";
    static final String KEY = "priming/snapstart.html";

    private static final Logger log = LoggerFactory.getLogger(SnapStartPriming.class);
    /** CRaC holds resources weakly: these strong references keep the hooks alive until the snapshot. */
    private static final List<SnapStartPriming> REGISTERED = new ArrayList<>();

    private final Settings settings;

    SnapStartPriming(Settings settings) {
        this.settings = settings;
    }

    /** Registers the priming of processing with the CRaC runtime (a no-op where there is none). */
    public static synchronized void register(Settings settings) {
        SnapStartPriming priming = new SnapStartPriming(settings);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
    }

    /**
     * The hooks registered in this JVM, for a harness that emulates a restored snapshot on a JVM
     * without CRaC by calling {@link #beforeCheckpoint} itself.
     */
    public static synchronized List<Resource> registered() {
        return List.copyOf(REGISTERED);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: priming opened no connection and cached no credentials
    }

    /** Processes the bundled page once through the in-memory S3 and DynamoDB; true when a record was made. */
    boolean prime() {
        long start = System.nanoTime();
        byte[] page = bundledPage();
        InMemoryAnswers answers = new InMemoryAnswers(page);
        // Made-up keys: nothing is sent, and no real credentials end up in the snapshot.
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("priming", "priming"));
        try (S3Client s3 = S3Client.builder().httpClient(answers).credentialsProvider(credentials)
                .forcePathStyle(settings.s3PathStyle()).build();
             DynamoDbClient dynamoDb = DynamoDbClient.builder().httpClient(answers).credentialsProvider(credentials)
                     .build()) {
            Outcome outcome = ProcessingWiring.create(s3, dynamoDb, settings).process(new ObjectEvent(
                    settings.rawBucket(), KEY, InMemoryAnswers.VERSION, InMemoryAnswers.ETAG, page.length,
                    "0000000000000000001"));
            log.info("SnapStart priming: {} the bundled page in {} ms", outcome.kind(),
                    (System.nanoTime() - start) / 1_000_000);
            return outcome.kind() == Outcome.Kind.STORED;
        } catch (RuntimeException e) {
            log.warn("SnapStart priming incomplete, the first event loads the rest: {}", e.toString());
            return false;
        }
    }

    static byte[] bundledPage() {
        try (InputStream in = SnapStartPriming.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An SDK HTTP client that answers in memory: a DynamoDB call (it names its operation in
     * {@code X-Amz-Target}) gets an empty JSON object, as a successful conditional write or a read
     * of a missing item does; an S3 GET gets the bundled page with the headers S3 sends; any other S3
     * call gets a bare 200.
     */
    private static final class InMemoryAnswers implements SdkHttpClient {

        static final String VERSION = "priming";
        static final String ETAG = "5eed";

        private final byte[] page;

        InMemoryAnswers(byte[] page) {
            this.page = page;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            HttpExecuteResponse response = answer(request.httpRequest());
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return response;
                }

                @Override
                public void abort() {
                    // answered already
                }
            };
        }

        private HttpExecuteResponse answer(SdkHttpRequest request) {
            SdkHttpResponse.Builder head = SdkHttpResponse.builder().statusCode(200);
            byte[] body;
            if (request.firstMatchingHeader("X-Amz-Target").isPresent()) {
                body = "{}".getBytes(StandardCharsets.UTF_8);
                head.putHeader("Content-Type", "application/x-amz-json-1.0");
            } else if (request.method() == SdkHttpMethod.GET) {
                body = page;
                head.putHeader("Content-Type", "text/html; charset=utf-8")
                        .putHeader("ETag", "\"" + ETAG + "\"")
                        .putHeader("x-amz-version-id", VERSION)
                        .putHeader("x-amz-meta-" + ObjectMetadata.URL, PAGE_URL);
            } else {
                body = new byte[0];
                head.putHeader("ETag", "\"" + ETAG + "\"");
            }
            head.putHeader("Content-Length", Integer.toString(body.length));
            return HttpExecuteResponse.builder().response(head.build())
                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
        }

        @Override
        public String clientName() {
            return "newsdrop-priming";
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
