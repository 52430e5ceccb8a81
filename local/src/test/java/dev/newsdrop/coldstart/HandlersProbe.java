package dev.newsdrop.coldstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.newsdrop.handler.HttpApiHandler;
import dev.newsdrop.handler.ReprocessHandler;
import dev.newsdrop.handler.ScheduledIngestionHandler;
import dev.newsdrop.handler.SqsEventHandler;
import dev.newsdrop.handler.WarcSplitHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The main of a fresh JVM whose class path is the Lambda jar, this class and {@link ColdStartProbe}'s
 * context: it builds every function CDK deploys by its handler class, as Lambda's init does, and
 * gives each one real invocation against the emulators {@link LambdaJarIT} started. It prints
 * {@code handler NAME RESULT} lines, and exits non-zero when a handler cannot be built or fails.
 *
 * <p>Arguments: {@code BUCKET PAGE_KEY PAGE_SIZE ARCHIVE_KEY SENT_MESSAGES_URL}: an uploaded page,
 * an uploaded web archive, and where the test's queue endpoint lists the messages sent to it.
 */
public final class HandlersProbe {

    static final String PREFIX = "handler ";

    private HandlersProbe() {
    }

    public static void main(String[] args) throws Exception {
        String bucket = args[0];
        String pageKey = args[1];
        long pageSize = Long.parseLong(args[2]);
        String archiveKey = args[3];
        URI sentMessages = URI.create(args[4]);
        ColdStartProbe.InvocationContext context = new ColdStartProbe.InvocationContext();

        // The processing function: an S3 notification relayed by SQS.
        SqsEventHandler processing = (SqsEventHandler) built("dev.newsdrop.handler.SqsEventHandler");
        report("process-s3", failures(processing.handleRequest(sqs(s3Notification(bucket, pageKey, pageSize)), context)));

        // The archive splitter: one job for the whole archive; its work items go to the page queue.
        WarcSplitHandler splitter = (WarcSplitHandler) built("dev.newsdrop.handler.WarcSplitHandler");
        String job = "{\"bucket\":\"" + bucket + "\",\"key\":\"" + archiveKey + "\",\"offset\":0}";
        report("split", failures(splitter.handleRequest(sqs(job), context)));

        // The processing function again, on the work item the splitter sent: an archived page.
        String item = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sentMessages).build(),
                HttpResponse.BodyHandlers.ofString()).body().lines().filter(l -> l.contains("archived-page"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the splitter sent no archived page"));
        report("process-archived-page", failures(processing.handleRequest(sqs(item), context)));

        // The HTTP API: the listing.
        HttpApiHandler api = (HttpApiHandler) built("dev.newsdrop.handler.HttpApiHandler");
        APIGatewayV2HTTPEvent get = APIGatewayV2HTTPEvent.builder().withRawPath("/articles")
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                .withPath("/articles").build()).build()).build();
        APIGatewayV2HTTPResponse listing = api.handleRequest(get, context);
        report("api-list", listing.getStatusCode() + " " + listing.getBody().replace('\n', ' '));

        // Scheduled ingestion, with no source registered.
        ScheduledIngestionHandler ingestion = (ScheduledIngestionHandler) built("dev.newsdrop.handler.ScheduledIngestionHandler");
        report("ingest", String.valueOf(ingestion.handleRequest(new ScheduledEvent(), context)));

        // Reprocessing: one Distributed Map batch holding the page.
        ReprocessHandler reprocess = (ReprocessHandler) built("dev.newsdrop.handler.ReprocessHandler");
        String batch = "{\"Items\":[{\"Key\":\"" + pageKey + "\",\"Size\":" + pageSize + "}],"
                + "\"BatchInput\":{\"mode\":\"all\",\"force\":true}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reprocess.handleRequest(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), out, context);
        report("reprocess", out.toString(StandardCharsets.UTF_8));

        System.out.flush();
        // As Lambda freezes the container: threads a handler left must not keep this JVM alive.
        System.exit(0);
    }

    /** Builds a handler the way Lambda does: by its class name, through its public no-argument constructor. */
    private static Object built(String handlerClass) throws ReflectiveOperationException {
        return Class.forName(handlerClass).getDeclaredConstructor().newInstance();
    }

    private static void report(String name, String result) {
        System.out.println(PREFIX + name + " " + result);
    }

    private static String failures(SQSBatchResponse response) {
        return "failures=" + response.getBatchItemFailures().size();
    }

    private static SQSEvent sqs(String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m-" + Integer.toHexString(body.hashCode()));
        message.setBody(body);
        message.setEventSource("aws:sqs");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    private static String s3Notification(String bucket, String key, long size) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\""
                + System.getenv("AWS_REGION") + "\",\"eventTime\":\"2026-01-02T03:04:05.000Z\","
                + "\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\""
                + bucket + "\",\"arn\":\"arn:aws:s3:::" + bucket + "\"},\"object\":{\"key\":\"" + key
                + "\",\"size\":" + size + ",\"sequencer\":\"0000000000000001\"}}}]}";
    }
}
