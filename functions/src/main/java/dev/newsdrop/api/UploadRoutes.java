package dev.newsdrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.ObjectLedger;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawLinks;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.PageIntake;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /uploads} and {@code GET /uploads/{uploadId}}: pages go straight to the bucket through
 * a presigned PUT, so their bytes never pass through the API function. That is the way for pages
 * above {@link ArticlesApi#MAX_PAGE_BYTES} (Lambda's 6 MB event limit) and for pages in legacy
 * encodings, which API Gateway would hand to the function as a UTF-8 string and so damage.
 *
 * <p>The record's id is not known before the page is: it may come from the canonical URL the page
 * states. So the upload has an id of its own, and {@code GET /uploads/{uploadId}} says whether it
 * has been processed yet, then redirects to the record. A web archive ({@code {"archive": true}})
 * makes no record of its own: its answer says so, and its pages are records of their own.
 */
final class UploadRoutes {

    /** Long enough to start a large upload on a slow line, short enough that a leaked link soon dies. */
    static final Duration UPLOAD_LINK_VALIDITY = Duration.ofMinutes(10);
    /** How long a client should wait before asking again about a pending upload. */
    static final String POLL_AFTER_SECONDS = "2";
    static final Pattern UPLOAD_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final ObjectMapper JSON = RecordJson.mapper();

    private final PageIntake intake;
    private final ArticleProcessor processor;
    private final RawLinks links;

    UploadRoutes(PageIntake intake, ArticleProcessor processor, RawLinks links) {
        this.intake = intake;
        this.processor = processor;
        this.links = links;
    }

    /**
     * A new upload: the link to PUT the page (or, given {@code {"archive": true}}, the web archive)
     * to, and where to ask about it.
     */
    ApiResponse create(ApiRequest request) {
        String url = null;
        boolean archive = false;
        if (request.body().length > 0) {
            if (!"application/json".equals(ArticlesApi.mediaType(request))) {
                throw new ApiProblem(415, "Unsupported Media Type", "POST /uploads takes no body, or JSON "
                        + "{\"url\": ...} naming the page's address, or {\"archive\": true} for a web archive; "
                        + "the page or archive itself is PUT to the upload link");
            }
            archive = archiveRequested(request.body());
            url = archive ? null : ArticlesApi.storable(ArticlesApi.urlFromJson(request.body()));
        }
        PageIntake.UploadSlot slot = archive ? intake.newArchiveUpload() : intake.newUpload();
        Map<String, String> metadata = new LinkedHashMap<>();
        if (url != null) {
            metadata.put(ObjectMetadata.URL, url);
        }
        RawLinks.UploadLink link = links.uploadLink(slot.bucket(), slot.key(), metadata, UPLOAD_LINK_VALIDITY);
        String location = "/uploads/" + slot.uploadId();
        ObjectNode body = JSON.createObjectNode()
                .put("uploadId", slot.uploadId())
                .put("key", slot.key())
                .put("archive", archive)
                .put("method", "PUT")
                .put("uploadUrl", link.url().toString())
                .put("expiresAt", link.expiration().toString())
                .put("location", location);
        body.set("headers", JSON.valueToTree(link.headers()));
        return ArticlesApi.json(201, Map.of("Location", location, "Cache-Control", "no-store"), body.toString());
    }

    /** Whether a JSON request asks for an archive's slot: {@code {"archive": true}}, with no url beside it. */
    private static boolean archiveRequested(byte[] body) {
        JsonNode json;
        try {
            json = body.length > 16 * 1024 ? null : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return false; // urlFromJson says what is wrong
        }
        JsonNode archive = json == null ? null : json.get("archive");
        if (archive == null || archive.isNull()) {
            return false;
        }
        if (!archive.isBoolean()) {
            throw ApiProblem.badRequest("archive is true (a web archive is uploaded) or false");
        }
        if (archive.booleanValue() && json.hasNonNull("url")) {
            throw ApiProblem.badRequest("a web archive takes no url: each archived page carries its own address");
        }
        return archive.booleanValue();
    }

    /**
     * Pending (200, poll again); processed (303 to the record); or a web archive handed to the
     * splitter (200, {@code state: ARCHIVE}: it makes no record of its own, its pages do).
     */
    ApiResponse status(String uploadId) {
        if (!UPLOAD_ID.matcher(uploadId).matches()) {
            throw ApiProblem.badRequest("an upload id is the uploadId POST /uploads answered (a lower-case UUID)");
        }
        PageIntake.UploadSlot slot = intake.upload(uploadId);
        Optional<ObjectLedger.Completion> done = processor.completionOf(slot.bucket(), slot.key());
        if (done.isEmpty()) {
            PageIntake.UploadSlot archiveSlot = intake.archiveUpload(uploadId);
            Optional<ObjectLedger.Completion> archived = processor.completionOf(archiveSlot.bucket(), archiveSlot.key());
            if (archived.isPresent()) {
                slot = archiveSlot;
                done = archived;
            }
        }
        ObjectNode body = JSON.createObjectNode().put("uploadId", uploadId).put("key", slot.key());
        if (done.isEmpty()) {
            body.put("state", "PENDING");
            return ArticlesApi.json(200, Map.of("Retry-After", POLL_AFTER_SECONDS, "Cache-Control", "no-store"),
                    body.toString());
        }
        if (done.get().status() == ArticleStatus.ARCHIVE) {
            // Also an archive PUT to a page's slot: processing knew it by its first bytes.
            body.put("state", "ARCHIVE")
                    .put("status", ArticleStatus.ARCHIVE.name())
                    .put("message", "a web archive, handed to the splitter: it makes no record of its own; each "
                            + "archived HTML page becomes a record of its own, listed by GET /articles once processed");
            return ArticlesApi.json(200, Map.of("Cache-Control", "no-store"), body.toString());
        }
        String location = "/articles/" + done.get().recordId();
        body.put("state", "PROCESSED")
                .put("id", done.get().recordId())
                .put("status", done.get().status().name())
                .put("location", location);
        return ArticlesApi.json(303, Map.of("Location", location, "Cache-Control", "no-store"), body.toString());
    }
}
