package dev.newsdrop.testing;

import dev.newsdrop.emulators.DynamoDbEmulator;
import dev.newsdrop.emulators.Endpoints;
import dev.newsdrop.emulators.PortInUseException;
import dev.newsdrop.emulators.S3Emulator;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The S3 and DynamoDB endpoints an integration-test run uses, started once per JVM and stopped when
 * it exits. In order of preference:
 * <ol>
 *   <li>endpoints given in the environment ({@code AWS_ENDPOINT_URL_S3} and
 *       {@code AWS_ENDPOINT_URL_DYNAMODB}), used as they are;</li>
 *   <li>LocalStack through Testcontainers, when a Docker engine answers;</li>
 *   <li>s3proxy in this JVM and dynalite in a child process, on loopback.</li>
 * </ol>
 */
public final class TestEndpoints {

    public static final String S3_ENV = "AWS_ENDPOINT_URL_S3";
    public static final String DYNAMODB_ENV = "AWS_ENDPOINT_URL_DYNAMODB";
    /** Later LocalStack tags need an auth token; this one does not. */
    static final String LOCALSTACK_IMAGE = "localstack/localstack:4.14.0";

    private static Endpoints shared;

    private TestEndpoints() {
    }

    /** The endpoints for this test run, starting them on first use. */
    public static synchronized Endpoints get() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static Endpoints start() {
        String s3 = System.getenv(S3_ENV);
        String dynamoDb = System.getenv(DYNAMODB_ENV);
        if (s3 != null && dynamoDb != null) {
            String region = System.getenv().getOrDefault("AWS_REGION", "us-east-1");
            String key = System.getenv().getOrDefault("AWS_ACCESS_KEY_ID", "test");
            String secret = System.getenv().getOrDefault("AWS_SECRET_ACCESS_KEY", "test");
            return new Endpoints(URI.create(s3), URI.create(dynamoDb), region, key, secret, "environment");
        }
        if (dockerAvailable()) {
            return startLocalStack();
        }
        S3Emulator s3Emulator = startFree(() -> S3Emulator.start(null, 0));
        DynamoDbEmulator dynamoDbEmulator = startFree(() -> DynamoDbEmulator.start(null, 0));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s3Emulator.close();
            dynamoDbEmulator.close();
        }, "emulators-stop"));
        return Endpoints.local(s3Emulator.endpoint(), dynamoDbEmulator.endpoint());
    }

    /**
     * Starts an emulator on a free port, trying another when the one found was taken meanwhile: the
     * integration tests run in two JVMs, each starting its own emulators at the same moment.
     */
    private static <T> T startFree(Supplier<T> start) {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.get();
            } catch (PortInUseException taken) {
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers costs seconds and loud errors on machines with a Docker client but no engine.
        boolean engineConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!engineConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static Endpoints startLocalStack() {
        LocalStackContainer localStack = new LocalStackContainer(DockerImageName.parse(LOCALSTACK_IMAGE))
                .withServices("s3", "dynamodb");
        localStack.start();
        URI endpoint = localStack.getEndpoint();
        return new Endpoints(endpoint, endpoint, localStack.getRegion(), localStack.getAccessKey(),
                localStack.getSecretKey(), "localstack");
    }
}
