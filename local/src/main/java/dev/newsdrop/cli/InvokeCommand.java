package dev.newsdrop.cli;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsdrop.api.WebPages;
import dev.newsdrop.config.Settings;
import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.handler.ApiWiring;
import dev.newsdrop.handler.AwsClients;
import dev.newsdrop.handler.HttpApiHandler;
import dev.newsdrop.handler.IngestionWiring;
import dev.newsdrop.handler.ProcessingWiring;
import dev.newsdrop.handler.S3EventHandler;
import dev.newsdrop.handler.ScheduledIngestionHandler;
import dev.newsdrop.handler.SqsEventHandler;
import dev.newsdrop.ingest.IngestionOptions;
import dev.newsdrop.local.EndpointsFile;
import dev.newsdrop.local.LocalClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code newsdrop invoke FUNCTION EVENT.json}: runs one handler on an event file, like
 * {@code sam local invoke}, against the running local stack — or, when {@code AWS_ENDPOINT_URL_S3}
 * and {@code AWS_ENDPOINT_URL_DYNAMODB} are set, against those endpoints with the environment's
 * credentials — and prints the handler's response as JSON.
 */
@Command(name = "invoke",
        header = "one handler (process-s3, process-sqs, api, ingest) on an event file, against the local stack",
        description = {"Runs one handler on an event file, like sam local invoke, and prints its response as JSON. "
                + "It runs against the local stack whose data is in DIR, or, when AWS_ENDPOINT_URL_S3 and "
                + "AWS_ENDPOINT_URL_DYNAMODB are set, against those endpoints with the environment's credentials.", ""})
final class InvokeCommand implements Callable<Integer> {

    /** The functions, by the names people type. */
    static final Map<String, Class<?>> EVENT_TYPES = Map.of(
            "process-s3", S3Event.class,
            "process-sqs", SQSEvent.class,
            "api", APIGatewayV2HTTPEvent.class,
            "ingest", ScheduledEvent.class);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FUNCTION", description = "process-s3, process-sqs, api or ingest")
    String function;

    @Parameters(index = "1", paramLabel = "EVENT.json", description = "the event, as Lambda would receive it (see events/)")
    Path eventFile;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = LocalCommand.DEFAULT_DATA_DIR,
            description = "the data folder of the running local stack (default: ${DEFAULT-VALUE})")
    Path data;

    private final PrintStream out;
    private final PrintStream err;

    InvokeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Class<?> type = EVENT_TYPES.get(function);
        if (type == null) {
            throw new ParameterException(spec.commandLine(),
                    "no function '" + function + "'; the functions are " + EVENT_TYPES.keySet());
        }
        String event;
        try {
            event = Files.readString(eventFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("newsdrop invoke: no such file " + eventFile);
            return 1;
        } catch (IOException e) {
            err.println("newsdrop invoke: cannot read " + eventFile + ": " + e.getMessage());
            return 1;
        }
        Target target;
        try {
            target = Target.find(data);
        } catch (IllegalStateException e) {
            err.println("newsdrop invoke: " + e.getMessage());
            return 1;
        }
        Object response = invoke(function, type, event, target);
        try {
            out.println(response == null ? "null" : JSON.writeValueAsString(response));
        } catch (IOException e) {
            err.println("newsdrop invoke: cannot print the response: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object invoke(String function, Class<?> type, String eventJson, Target target) {
        Object event = LambdaEventSerializers.serializerFor(type, InvokeCommand.class.getClassLoader()).fromJson(eventJson);
        RequestHandler handler = switch (function) {
            case "process-s3" -> new S3EventHandler(ProcessingWiring.create(target.s3, target.dynamoDb, target.settings));
            case "process-sqs" -> new SqsEventHandler(ProcessingWiring.create(target.s3, target.dynamoDb, target.settings));
            case "api" -> new HttpApiHandler(ApiWiring.create(target.s3, target.presigner, target.dynamoDb, target.settings,
                    new WebPages(PublicWebFetcher.standard())));
            case "ingest" -> new ScheduledIngestionHandler(IngestionWiring.create(target.s3, target.dynamoDb,
                    PublicWebFetcher.standard(), target.settings, IngestionOptions.standard()), Clock.systemUTC());
            default -> throw new IllegalArgumentException(function);
        };
        return handler.handleRequest(event, null);
    }

    /** Where the handlers' S3 and DynamoDB are. */
    private record Target(S3Client s3, S3Presigner presigner, DynamoDbClient dynamoDb, Settings settings) {

        static Target find(Path data) {
            if (System.getenv("AWS_ENDPOINT_URL_S3") != null && System.getenv("AWS_ENDPOINT_URL_DYNAMODB") != null) {
                Settings settings = Settings.fromEnvironment();
                return new Target(AwsClients.s3(settings), AwsClients.s3Presigner(settings), AwsClients.dynamoDb(),
                        settings);
            }
            EndpointsFile file;
            try {
                file = EndpointsFile.read(data);
            } catch (IOException e) {
                throw new IllegalStateException("no local stack is running with data in " + data
                        + " (start one with ./newsdrop local, or set AWS_ENDPOINT_URL_S3 and AWS_ENDPOINT_URL_DYNAMODB)");
            }
            Settings settings = file.settings();
            LocalClients clients = LocalClients.of(file.endpoints());
            return new Target(clients.s3(), clients.presigner(), clients.dynamoDb(), settings);
        }
    }
}
