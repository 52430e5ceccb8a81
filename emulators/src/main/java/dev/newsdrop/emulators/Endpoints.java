package dev.newsdrop.emulators;

import java.net.URI;

/**
 * Where S3 and DynamoDB answer, and the credentials to use there.
 *
 * @param s3        S3 endpoint (path-style addressing)
 * @param dynamoDb  DynamoDB endpoint
 * @param region    region name to sign requests with
 * @param accessKey access key id
 * @param secretKey secret access key
 * @param kind      what serves them, for people reading logs: "emulators", "localstack", "environment"
 */
public record Endpoints(URI s3, URI dynamoDb, String region, String accessKey, String secretKey, String kind) {

    /** Any non-empty key pair works with the emulators. */
    public static Endpoints local(URI s3, URI dynamoDb) {
        return new Endpoints(s3, dynamoDb, "us-east-1", "newsdrop", "newsdrop", "emulators");
    }
}
