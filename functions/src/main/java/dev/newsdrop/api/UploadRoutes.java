package dev.newsdrop.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.json.RecordJson;
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
 * has been processed yet, then redirects to the record.
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

    /** A new upload: the link to PUT the page to, and where to ask about it. */
    ApiResponse create(ApiRequest request) {
        String url = null;
        if (request.body().length > 0) {
            if (!"application/json".equals(ArticlesApi.mediaType(request))) {
                throw new ApiProblem(415, "Unsupported Media Type", "POST /uploads takes no body, or JSON "
                        + "{\"url\": ...} naming the page's address; the page itself is PUT to the upload link");
            }
            url = ArticlesApi.storable(ArticlesApi.urlFromJson(request.body()));
        }
        PageIntake.UploadSlot slot = intake.newUpload();
        Map<String, String> metadata = new LinkedHashMap<>();
        if (url != null) {
            metadata.put(ObjectMetadata.URL, url);
        }
        RawLinks.UploadLink link = links.uploadLink(slot.bucket(), slot.key(), metadata, UPLOAD_LINK_VALIDITY);
        String location = "/uploads/" + slot.uploadId();
        ObjectNode body = JSON.createObjectNode()
                .put("uploadId", slot.uploadId())
                .put("key", slot.key())
                .put("method", "PUT")
                .put("uploadUrl", link.url().toString())
                .put("expiresAt", link.expiration().toString())
                .put("location", location);
        body.set("headers", JSON.valueToTree(link.headers()));
        return ArticlesApi.json(201, Map.of("Location", location, "Cache-Control", "no-store"), body.toString());
    }

    /** Pending (200, poll again), or processed (303 to the record). */
    ApiResponse status(String uploadId) {
        if (!UPLOAD_ID.matcher(uploadId).matches()) {
            throw ApiProblem.badRequest("an upload id is the uploadId POST /uploads answered (a lower-case UUID)");
        }
        PageIntake.UploadSlot slot = intake.upload(uploadId);
        Optional<ObjectLedger.Completion> done = processor.completionOf(slot.bucket(), slot.key());
        ObjectNode body = JSON.createObjectNode().put("uploadId", uploadId).put("key", slot.key());
        if (done.isEmpty()) {
            body.put("state", "PENDING");
            return ArticlesApi.json(200, Map.of("Retry-After", POLL_AFTER_SECONDS, "Cache-Control", "no-store"),
                    body.toString());
        }
        String location = "/articles/" + done.get().recordId();
        body.put("state", "PROCESSED")
                .put("id", done.get().recordId())
                .put("status", done.get().status().name())
                .put("location", location);
        return ArticlesApi.json(303, Map.of("Location", location, "Cache-Control", "no-store"), body.toString());
    }
}
