package dev.newsdrop.local;

import dev.newsdrop.emulators.Endpoints;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.util.List;

/** SDK clients for given endpoints (the emulators), path-style for S3. */
public record LocalClients(S3Client s3, S3Presigner presigner, DynamoDbClient dynamoDb) implements AutoCloseable {

    public static LocalClients of(Endpoints endpoints) {
        return of(endpoints, List.of());
    }

    /** Clients whose S3 client runs the given interceptors (fault injection). */
    static LocalClients of(Endpoints endpoints, List<ExecutionInterceptor> s3Interceptors) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(endpoints.accessKey(), endpoints.secretKey()));
        Region region = Region.of(endpoints.region());
        return new LocalClients(
                S3Client.builder().endpointOverride(endpoints.s3()).region(region).credentialsProvider(credentials)
                        .httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true)
                        .overrideConfiguration(c -> c.executionInterceptors(s3Interceptors)).build(),
                S3Presigner.builder().endpointOverride(endpoints.s3()).region(region).credentialsProvider(credentials)
                        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build(),
                DynamoDbClient.builder().endpointOverride(endpoints.dynamoDb()).region(region)
                        .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build());
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
        dynamoDb.close();
    }
}
