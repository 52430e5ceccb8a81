package dev.newsdrop.process;

import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawObjectStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Takes a raw page in the way every upload arrives: it is stored under the raw prefix, where the
 * S3 trigger processes it exactly like a drop upload. The id its record will have is known at once
 * (a preview extraction finds the canonical URL the id derives from).
 */
public final class PageIntake {

    private final RawObjectStore rawPages;
    private final RecordMaker records;
    private final String bucket;
    private final String prefix;

    public PageIntake(RawObjectStore rawPages, RecordMaker records, String bucket, String prefix) {
        this.rawPages = rawPages;
        this.records = records;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /**
     * A stored page.
     *
     * @param id      the id its record has
     * @param event   the object event that processes it
     * @param preview the record as extracted on intake (not stored)
     */
    public record Submission(String id, ObjectEvent event, ArticleRecord preview) {
    }

    /**
     * Stores a page under {@code <prefix>api/<random>.html}.
     *
     * @param contentType the page's Content-Type, with its charset when the sender gave one
     * @param url         the page's address, or null
     * @throws MetadataTooLargeException when the address is too long for S3 to store with the page
     */
    public Submission submit(byte[] bytes, String contentType, String url) {
        String key = newUpload().key();
        Map<String, String> metadata = new LinkedHashMap<>();
        if (url != null) {
            metadata.put(ObjectMetadata.URL, url);
        }
        if (!MetadataValues.fits(metadata)) { // refused before the work of a preview
            throw new MetadataTooLargeException(MetadataValues.size(metadata));
        }
        SourceObject source = new SourceObject(bucket, key, null, null, bytes.length, contentType, null, null);
        ArticleRecord preview = records.make(new PageInput(bytes, url, contentType, key), source);
        RawObjectStore.Stored stored = rawPages.put(bucket, key, bytes, contentType, metadata);
        return new Submission(preview.id(), new ObjectEvent(bucket, key, stored.versionId(), stored.eTag(),
                bytes.length, null), preview);
    }

    /**
     * Where one page uploaded straight to the bucket goes (POST /uploads): a key of its own under
     * the raw prefix, so the S3 trigger processes it like any other upload.
     *
     * @param uploadId the random id naming the upload
     */
    public record UploadSlot(String uploadId, String bucket, String key) {
    }

    /** A new slot, under {@code <prefix>api/<random>.html}. */
    public UploadSlot newUpload() {
        return upload(UUID.randomUUID().toString());
    }

    /** The slot of an upload id {@link #newUpload} gave out. */
    public UploadSlot upload(String uploadId) {
        return new UploadSlot(uploadId, bucket, prefix + "api/" + uploadId + ".html");
    }
}
