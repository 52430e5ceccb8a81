package dev.newsdrop.ports;

import dev.newsdrop.model.ArticleRecord;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Short-lived links to the bucket, for clients to download raw pages and large record bodies from
 * storage and upload new pages to it, without the bytes passing through a function.
 */
public interface RawLinks {

    /** A link that reads one object version for {@code validity}, then stops working. */
    URI linkTo(String bucket, String key, String versionId, Duration validity);

    /**
     * A link to PUT one object.
     *
     * @param url        where to send the bytes
     * @param headers    headers the PUT must carry exactly as given (they are signed), besides any
     *                   {@code Content-Type} the client chooses
     * @param expiration when the link stops working
     */
    record UploadLink(URI url, Map<String, String> headers, Instant expiration) {

        public UploadLink {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * A link that stores one object under {@code key} for {@code validity}, then stops working.
     * {@code metadata} is stored with it (encoded with {@link MetadataValues#encode}).
     *
     * @throws MetadataTooLargeException when the metadata is above S3's limit
     */
    UploadLink uploadLink(String bucket, String key, Map<String, String> metadata, Duration validity);

    /**
     * A link that reads a record's body ({@code {"text": ..., "html": ...}}) for {@code validity},
     * for a record whose body is kept outside the table (the store keeps it beside the table): every record too
     * large for a DynamoDB item.
     */
    URI bodyLink(ArticleRecord record, Duration validity);
}
