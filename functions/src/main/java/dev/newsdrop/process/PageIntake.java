package dev.newsdrop.process;

import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.RecordKeys;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawObjectStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a raw page in the way every upload arrives: it is stored under the raw prefix, where the
 * S3 trigger processes it exactly like a drop upload. Storing extracts nothing; the id its record
 * will have is found, when asked, by a cheap pass that reads only the canonical URL
 * ({@link #expectedId}).
 */
public final class PageIntake {

    private final RawObjectStore rawPages;
    private final RecordMaker records;
    private final ArticleRepository articles;
    private final Clock clock;
    private final String bucket;
    private final String prefix;

    public PageIntake(RawObjectStore rawPages, RecordMaker records, ArticleRepository articles, Clock clock,
                      String bucket, String prefix) {
        this.rawPages = rawPages;
        this.records = records;
        this.articles = articles;
        this.clock = clock;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    /**
     * A stored page.
     *
     * @param event   the object event that processes it
     * @param page    the page as stored, for the id pass
     * @param fetched whether newsdrop fetched the page from {@code page.url()} itself
     */
    public record Submission(ObjectEvent event, PageInput page, boolean fetched) {
    }

    /**
     * Stores a page under {@code <prefix>api/<random>.html}.
     *
     * @param contentType the page's Content-Type, with its charset when the sender gave one
     * @param url         the page's address, or null
     * @param fetched     true when newsdrop fetched the page from {@code url} (not a client's claim)
     * @throws MetadataTooLargeException when the address is too long for S3 to store with the page
     */
    public Submission submit(byte[] bytes, String contentType, String url, boolean fetched) {
        String key = newUpload().key();
        Map<String, String> metadata = new LinkedHashMap<>();
        if (url != null) {
            metadata.put(ObjectMetadata.URL, url);
            if (fetched) {
                metadata.put(ObjectMetadata.FETCHED_AT, clock.instant().toString());
            }
        }
        if (!MetadataValues.fits(metadata)) { // refused before anything is stored
            throw new MetadataTooLargeException(MetadataValues.size(metadata));
        }
        RawObjectStore.Stored stored = rawPages.put(bucket, key, bytes, contentType, metadata);
        return new Submission(new ObjectEvent(bucket, key, stored.versionId(), stored.eTag(), bytes.length, null),
                new PageInput(bytes, url, contentType, key), fetched && url != null);
    }

    /**
     * The id the submitted page's record will have, as far as can be told before processing: its
     * first id candidate that no record of another object holds (or that it may replace). A write
     * racing in between may still move it to its next candidate.
     */
    public String expectedId(Submission submission) {
        PageInput page = submission.page();
        SourceObject source = new SourceObject(bucket, submission.event().key(), null, null, page.bytes().length,
                page.contentType(), null, null);
        List<RecordIds.Candidate> candidates = records.idCandidates(page, source);
        String fetchedFrom = submission.fetched() ? RecordKeys.normalizeUrl(page.url()) : null;
        for (RecordIds.Candidate candidate : candidates) {
            Optional<ArticleRecord> holder = candidate.url() == null ? Optional.empty() : articles.find(candidate.id());
            boolean free = holder.isEmpty() || candidate.url().equals(fetchedFrom)
                    || submission.event().key().equals(holder.get().source().key());
            if (free) {
                return candidate.id();
            }
        }
        return candidates.getLast().id();
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

    /**
     * A new slot for a web archive, under {@code <prefix>api/<random>.warc.gz}: the key names it an
     * archive, so it goes to the splitter without being sniffed (plain and compressed WARCs are read alike).
     */
    public UploadSlot newArchiveUpload() {
        return archiveUpload(UUID.randomUUID().toString());
    }

    /** The archive slot of an upload id {@link #newArchiveUpload} gave out. */
    public UploadSlot archiveUpload(String uploadId) {
        return new UploadSlot(uploadId, bucket, prefix + "api/" + uploadId + ".warc.gz");
    }
}
