package dev.newsdrop.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import dev.newsdrop.handler.SnapStartPriming;
import org.crac.Resource;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The Lambda runtime, emulated minimally: the main of a fresh JVM whose class path is the Lambda jar
 * and this class alone. It builds the handler as Lambda's init phase does, optionally runs the
 * SnapStart priming hooks the handler registered (what a snapshot taken after them would hold),
 * then hands it one S3 event per key, each with a {@link Context}, and prints the times as
 * {@code coldstart NAME MILLISECONDS} lines for {@link ColdStartRun} to read.
 *
 * <p>Arguments: {@code HANDLER_CLASS prime|cold BUCKET KEY...}; each key's object must exist with
 * the size given as {@code KEY=SIZE}. Uses no lambdas, so its class files are all it needs.
 */
public final class ColdStartProbe {

    static final String PREFIX = "coldstart ";

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        boolean prime = args[1].equals("prime");
        String bucket = args[2];

        long init = System.nanoTime();
        @SuppressWarnings("unchecked")
        RequestHandler<S3Event, ?> handler = (RequestHandler<S3Event, ?>) Class.forName(handlerClass)
                .getDeclaredConstructor().newInstance();
        long ready = System.currentTimeMillis();
        long initNanos = System.nanoTime() - init;
        report("cpu-ready", cpuNanos());

        if (prime) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            // What the CRaC runtime does before it takes the snapshot; the restored JVM continues from here.
            for (Resource hook : SnapStartPriming.registered()) {
                hook.beforeCheckpoint(null);
            }
            report("priming", System.nanoTime() - start);
            report("cpu-priming", cpuNanos() - cpu);
        }
        for (int i = 3; i < args.length; i++) {
            int sizeAt = args[i].lastIndexOf('=');
            S3Event event = objectCreated(bucket, args[i].substring(0, sizeAt), Long.parseLong(args[i].substring(sizeAt + 1)),
                    i - 2);
            long start = System.nanoTime();
            long cpu = cpuNanos();
            handler.handleRequest(event, new InvocationContext());
            report("event" + (i - 2), System.nanoTime() - start);
            report("cpu-event" + (i - 2), cpuNanos() - cpu);
        }
        // Read last: loading the management classes must not count in the figures above.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(PREFIX + "ready " + (ready - jvmStart));
        report("handler-init", initNanos);
        System.out.flush();
        // As Lambda freezes the container: any thread the handler left running must not keep this JVM alive.
        System.exit(0);
    }

    /**
     * CPU time of the whole JVM so far (every thread: the JIT compiler and GC too), which a busy
     * machine inflates far less than wall time; Linux counts it in 10 ms ticks.
     */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    private static void report(String name, long nanos) {
        System.out.println(PREFIX + name + " " + String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6));
    }

    /** The event S3 sends for a new object: URL-encoded key, size, version and a sequencer. */
    private static S3Event objectCreated(String bucket, String key, long size, int sequence) {
        String encodedKey = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        S3ObjectEntity object = new S3ObjectEntity(encodedKey, size, null, null,
                String.format(java.util.Locale.ROOT, "%016X", sequence));
        S3Entity s3 = new S3Entity("newsdrop-coldstart", new S3BucketEntity(bucket, null, "arn:aws:s3:::" + bucket),
                object, "1.0");
        return new S3Event(List.of(new S3EventNotificationRecord(System.getenv("AWS_REGION"), "ObjectCreated:Put",
                "aws:s3", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), "2.1", null, null, s3, null)));
    }

    /** The invocation context Lambda passes: a request id, the function's name and memory, a logger. */
    static final class InvocationContext implements Context {

        private final String requestId = UUID.randomUUID().toString();

        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/newsdrop-coldstart";
        }

        @Override
        public String getLogStreamName() {
            return "coldstart";
        }

        @Override
        public String getFunctionName() {
            return "newsdrop-coldstart";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:" + System.getenv("AWS_REGION") + ":000000000000:function:newsdrop-coldstart";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 60_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new StandardErrorLogger();
        }
    }

    /** Lambda's logger writes to the function's log; here that is standard error. */
    private static final class StandardErrorLogger implements LambdaLogger {

        @Override
        public void log(String message) {
            System.err.println(message);
        }

        @Override
        public void log(byte[] message) {
            System.err.println(new String(message, StandardCharsets.UTF_8));
        }
    }
}
