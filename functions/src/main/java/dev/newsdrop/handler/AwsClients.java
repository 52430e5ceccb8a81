package dev.newsdrop.handler;

import dev.newsdrop.config.Settings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/**
 * Builds the AWS SDK clients the functions use: the light URL-connection HTTP client, region and
 * credentials from the environment, and endpoints from {@code AWS_ENDPOINT_URL_*} when set (the
 * SDK reads those itself). Build them once per container and share them.
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static S3Client s3(Settings settings) {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(settings.s3PathStyle())
                .build();
    }

    /** Signs links to S3 objects; honours the S3 endpoint override and path style like the client. */
    public static S3Presigner s3Presigner(Settings settings) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.s3PathStyle()).build());
        settings.get(Settings.S3_ENDPOINT).ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.build();
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static SqsClient sqs() {
        return SqsClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
