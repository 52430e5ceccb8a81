package dev.newsdrop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdrop.archive.ArchivedResponse;
import dev.newsdrop.archive.Archives;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.RecordKeys;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.InvalidCursorException;
import dev.newsdrop.ports.MetadataTooLargeException;
import dev.newsdrop.ports.MetadataValues;
import dev.newsdrop.ports.ObjectMetadata;
import dev.newsdrop.ports.RawLinks;
import dev.newsdrop.ports.StoreBusyException;
import dev.newsdrop.process.ArticleProcessor;
import dev.newsdrop.process.Outcome;
import dev.newsdrop.process.PageIntake;
import dev.newsdrop.process.RecordIds;
import dev.newsdrop.process.RecordMaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API: submit, fetch, list and extract articles. It knows nothing of Lambda or API
 * Gateway: a handler or the local server turns requests into {@link ApiRequest}s.
 *
 * <p>Routes are listed in {@link #ROUTES} (the OpenAPI document, {@code openapi.json}, is checked
 * against it by a test). Every error is an {@code application/problem+json} document.
 */
public final class ArticlesApi {

    /** One operation of the API. */
    public record Route(String method, String path) {
    }

    public static final List<Route> ROUTES = List.of(
            new Route("POST", "/articles"),
            new Route("GET", "/articles"),
            new Route("GET", "/articles/{id}"),
            new Route("GET", "/articles/{id}/raw"),
            new Route("POST", "/extract"),
            new Route("POST", "/uploads"),
            new Route("GET", "/uploads/{uploadId}"),
            new Route("GET", "/openapi.json"));

    /** Lambda refuses a synchronous event above 6 MB, all of it: body, headers and API Gateway's envelope. */
    static final int LAMBDA_EVENT_BYTES = 6 * 1024 * 1024;
    /** Room left in the event for headers (API Gateway allows 10 KB), the query and the envelope. */
    static final int EVENT_OVERHEAD_BYTES = 64 * 1024;
    /**
     * The largest page taken in a request body: one that fits in the event even base64-encoded
     * (3 bytes become 4), so a larger page gets this API's 413 rather than a gateway error. Larger
     * pages, and pages in legacy encodings, go through {@code POST /uploads}.
     */
    public static final int MAX_PAGE_BYTES = (LAMBDA_EVENT_BYTES - EVENT_OVERHEAD_BYTES) / 4 * 3;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** The longest text a title filter looks for: a headline's length, and a cursor stays short. */
    static final int MAX_TITLE_FILTER = 200;
    /** How long a raw-page link works: long enough to follow, short enough not to be shared around. */
    static final Duration RAW_LINK_VALIDITY = Duration.ofMinutes(5);

    /** The record fields listings leave out unless asked: the body, which can be megabytes. */
    static final List<String> BODY_FIELDS = List.of("text", "html");
    /** What a listing page takes besides its items: the brackets and the cursor. */
    private static final long LISTING_ENVELOPE_BYTES = 4 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ArticlesApi.class);
    /** What an extractor version looks like: semantic-version characters, short. */
    private static final Pattern EXTRACTOR_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");
    private static final ObjectMapper JSON = RecordJson.mapper();
    private static final Pattern ARTICLE = Pattern.compile("/articles/([^/]+)");
    private static final Pattern ARTICLE_RAW = Pattern.compile("/articles/([^/]+)/raw");
    private static final Pattern UPLOAD = Pattern.compile("/uploads/([^/]+)");
    /** A header value newsdrop passes on: printable ASCII and tabs, of a sane length. */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7e\\t]{1,1024}");
    /** Largest archived page served by {@code /raw}: well under Lambda's 6 MB response, even in UTF-8. */
    private static final int MAX_ARCHIVED_PAGE_CHARS = 1_500_000;
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String APPLICATION_JSON = "application/json";

    private final PageIntake intake;
    private final ArticleProcessor processor;
    private final ArticleRepository articles;
    private final RecordMaker records;
    private final RawLinks rawLinks;
    private final RemotePages remotePages;
    private final String openApiDocument;
    private final UploadRoutes uploads;

    public ArticlesApi(PageIntake intake, ArticleProcessor processor, ArticleRepository articles, RecordMaker records,
                       RawLinks rawLinks, RemotePages remotePages, String openApiDocument) {
        this.intake = intake;
        this.processor = processor;
        this.articles = articles;
        this.records = records;
        this.rawLinks = rawLinks;
        this.remotePages = remotePages;
        this.openApiDocument = openApiDocument;
        this.uploads = new UploadRoutes(intake, processor, rawLinks);
    }

    /** Answers one request; never throws. */
    public ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiProblem problem) {
            return problem(problem, Map.of());
        } catch (StoreBusyException busy) {
            log.warn("throttled: {} {}", request.method(), request.path());
            return problem(new ApiProblem(429, "Too Many Requests", "the service is busy; retry in a moment"),
                    Map.of("Retry-After", "1"));
        } catch (RuntimeException e) {
            log.error("failed: {} {}", request.method(), request.path(), e);
            return problem(new ApiProblem(500, "Internal Server Error", "the request failed; retrying may help"),
                    Map.of());
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path();
        String method = request.method();
        Matcher raw = ARTICLE_RAW.matcher(path);
        Matcher one = ARTICLE.matcher(path);
        Matcher upload = UPLOAD.matcher(path);
        if (path.equals("/articles")) {
            return switch (method) {
                case "POST" -> submit(request);
                case "GET" -> list(request);
                default -> notAllowed("GET, POST");
            };
        } else if (raw.matches()) {
            return method.equals("GET") ? rawPage(raw.group(1)) : notAllowed("GET");
        } else if (one.matches()) {
            return method.equals("GET") ? get(one.group(1)) : notAllowed("GET");
        } else if (path.equals("/uploads")) {
            return method.equals("POST") ? uploads.create(request) : notAllowed("POST");
        } else if (upload.matches()) {
            return method.equals("GET") ? uploads.status(upload.group(1)) : notAllowed("GET");
        } else if (path.equals("/extract")) {
            return method.equals("POST") ? extract(request) : notAllowed("POST");
        } else if (path.equals("/openapi.json")) {
            return method.equals("GET") ? new ApiResponse(200, Map.of("Content-Type", APPLICATION_JSON), openApiDocument)
                    : notAllowed("GET");
        }
        throw ApiProblem.notFound("no such resource: " + truncate(path));
    }

    private ApiResponse submit(ApiRequest request) {
        String type = mediaType(request);
        byte[] page;
        String contentType;
        String url;
        boolean fetchedHere = type.equals(APPLICATION_JSON);
        if (fetchedHere) {
            url = storable(urlFromJson(request.body()));
            RemotePages.Fetched fetched = remotePages.fetch(url);
            page = fetched.bytes();
            contentType = fetched.contentType() == null ? "text/html" : fetched.contentType();
            url = fetched.url();
        } else {
            page = htmlBody(request, type);
            contentType = request.header("content-type");
            url = storable(optionalUrl(request.query().get("url")));
        }
        refuseArchive(page, fetchedHere);
        PageIntake.Submission submission;
        try {
            submission = intake.submit(page, contentType, url, fetchedHere);
        } catch (MetadataTooLargeException tooLong) { // the address a redirect ended at
            throw urlTooLong(tooLong.size());
        }
        if ("true".equalsIgnoreCase(request.query().get("wait"))) {
            // Processed here and now: one extraction, and the id is the one the record was stored under.
            Outcome outcome = processor.process(submission.event());
            if (outcome.record() != null) {
                return json(201, Map.of("Location", "/articles/" + outcome.record().id()),
                        withinBudget(outcome.record(), null));
            }
        }
        String id = intake.expectedId(submission);
        String location = "/articles/" + id;
        ObjectNode accepted = JSON.createObjectNode()
                .put("id", id)
                .put("status", "ACCEPTED")
                .put("location", location);
        return json(202, Map.of("Location", location), accepted.toString());
    }

    private ApiResponse extract(ApiRequest request) {
        byte[] page = htmlBody(request, mediaType(request));
        refuseArchive(page, false);
        String url = optionalUrl(request.query().get("url"));
        String contentHash = RecordIds.contentHash(page);
        SourceObject source = new SourceObject(null, "extract/" + contentHash.substring(0, 16) + ".html", null, null,
                page.length, request.header("content-type"), null, null);
        ArticleRecord record = records.make(new PageInput(page, url, request.header("content-type"), null), source);
        return json(200, Map.of(), withinBudget(record, null));
    }

    private ApiResponse get(String id) {
        ArticleRecord record = find(id);
        return json(200, Map.of(), withinBudget(record, () -> rawLinks.bodyLink(record, RAW_LINK_VALIDITY)));
    }

    /**
     * The record's JSON when it fits in a Lambda response; else the record without {@code text} and
     * {@code html}, with {@code bodyUrl}, a short-lived link to them, when {@code bodyLink} gives one
     * (the record is stored), or {@code bodyOmitted: true} when it does not.
     */
    private static String withinBudget(ArticleRecord record, java.util.function.Supplier<URI> bodyLink) {
        String whole = RecordJson.write(record, false);
        if (ResponseBudget.fits(whole)) {
            return whole;
        }
        ObjectNode cut = withoutBody(record);
        if (bodyLink != null) {
            cut.put("bodyUrl", bodyLink.get().toString());
            cut.put("bodyUrlExpiresAt", Instant.now().plus(RAW_LINK_VALIDITY).toString());
        } else {
            cut.put("bodyOmitted", true);
        }
        return cut.toString();
    }

    private static ObjectNode withoutBody(ArticleRecord record) {
        ObjectNode item = JSON.valueToTree(record);
        item.remove(BODY_FIELDS);
        return item;
    }

    /**
     * Listing items: records without {@code text} and {@code html} unless {@code fields} asks for
     * them, and then only while the page stays within a Lambda response; an item whose body would not
     * fit comes without it, marked {@code bodyOmitted: true} (its record has it).
     */
    private static ArrayNode listed(List<ArticleRecord> records, Set<String> fields) {
        ArrayNode items = JSON.createArrayNode();
        long used = LISTING_ENVELOPE_BYTES;
        for (ArticleRecord record : records) {
            ObjectNode item = JSON.valueToTree(record);
            BODY_FIELDS.stream().filter(field -> !fields.contains(field)).forEach(item::remove);
            long size = ResponseBudget.bytesInResponse(item.toString()) + 1;
            if (!fields.isEmpty() && used + size > ResponseBudget.BODY_BYTES) {
                item = withoutBody(record).put("bodyOmitted", true);
                size = ResponseBudget.bytesInResponse(item.toString()) + 1;
            }
            used += size;
            items.add(item);
        }
        return items;
    }

    /** The {@code fields} of a listing: which of {@link #BODY_FIELDS} its items carry. */
    private static Set<String> fields(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> fields = new java.util.HashSet<>();
        for (String field : value.split(",")) {
            String name = field.strip();
            if (!BODY_FIELDS.contains(name)) {
                throw ApiProblem.badRequest("fields lists text and/or html, comma-separated");
            }
            fields.add(name);
        }
        return fields;
    }

    private ApiResponse rawPage(String id) {
        SourceObject source = find(id).source();
        if (source.bucket() == null) {
            throw ApiProblem.notFound("the article's raw page is not stored");
        }
        if (source.archived()) {
            return archivedPage(source);
        }
        URI link = rawLinks.linkTo(source.bucket(), source.key(), source.versionId(), RAW_LINK_VALIDITY);
        return new ApiResponse(302, Map.of("Location", link.toString(), "Cache-Control", "no-store"), "");
    }

    /**
     * The payload of an archived page's WARC record, decoded as the record was (a presigned link
     * would serve the whole archive): HTML as UTF-8 text.
     */
    private ApiResponse archivedPage(SourceObject source) {
        ArchivedResponse response = processor.archivedResponse(source)
                .orElseThrow(() -> ApiProblem.notFound("the archived page can no longer be read from its archive"));
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        try {
            charset = source.charset() == null ? charset : java.nio.charset.Charset.forName(source.charset());
        } catch (IllegalArgumentException unknown) {
            // the page was decoded as UTF-8 too
        }
        String html = new String(response.payload(), charset);
        if (html.length() > MAX_ARCHIVED_PAGE_CHARS) {
            throw new ApiProblem(413, "Content Too Large", "the archived page is too large for a Lambda response");
        }
        return new ApiResponse(200, Map.of("Content-Type", "text/html; charset=utf-8", "Cache-Control", "no-store"),
                html);
    }

    private ApiResponse list(ApiRequest request) {
        Map<String, String> q = request.query();
        String site = q.get("site") == null ? null : site(q.get("site"));
        String language = q.get("lang") == null ? null : language(q.get("lang"));
        Instant since = instant("since", q.get("since"));
        Instant until = instant("until", q.get("until"));
        ArticleStatus status = q.get("status") == null ? null : status(q.get("status"));
        String title = q.get("title") == null ? null : titleFilter(q.get("title"));
        String extractorVersion = q.get("extractorVersion") == null ? null : extractorVersion(q.get("extractorVersion"));
        if (extractorVersion != null && (site != null || language != null)) {
            throw ApiProblem.badRequest("extractorVersion lists from an index of its own: it takes no site or lang");
        }
        Set<String> fields = fields(q.get("fields"));
        if (since != null && until != null && since.isAfter(until)) {
            throw ApiProblem.badRequest("since is after until");
        }
        String cursor = q.get("cursor") == null || q.get("cursor").isEmpty() ? null : q.get("cursor");
        ArticleRepository.Page page;
        try {
            page = articles.list(new ArticleRepository.ListQuery(site, language, since, until, status, title,
                    extractorVersion,
                    limit(q.get("limit")), cursor));
        } catch (InvalidCursorException refused) {
            throw ApiProblem.badRequest(refused.getMessage() + "; start again without it");
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("items", listed(page.items(), fields));
        body.put("nextCursor", page.next());
        return json(200, Map.of(), body.toString());
    }

    private ArticleRecord find(String id) {
        if (!RecordKeys.isId(id)) {
            throw ApiProblem.badRequest("an article id is 32 lower-case hex digits");
        }
        return articles.find(id).orElseThrow(() -> ApiProblem.notFound("no article with id " + id));
    }

    static String mediaType(ApiRequest request) {
        String contentType = request.header("content-type");
        if (contentType == null || contentType.isBlank()) {
            throw new ApiProblem(415, "Unsupported Media Type", "send Content-Type: text/html (or application/json "
                    + "with {\"url\": ...} to POST /articles)");
        }
        if (!HEADER_VALUE.matcher(contentType).matches()) {
            // It is stored as the object's Content-Type and sent on to S3: CR/LF would break the header.
            throw ApiProblem.badRequest("Content-Type holds characters a header value may not hold");
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] htmlBody(ApiRequest request, String type) {
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) {
            throw new ApiProblem(415, "Unsupported Media Type", "expected text/html, got " + truncate(type));
        }
        if (request.body().length == 0) {
            throw ApiProblem.badRequest("the body is empty: send the page's HTML");
        }
        if (request.body().length > MAX_PAGE_BYTES) {
            throw new ApiProblem(413, "Content Too Large", "pages above " + MAX_PAGE_BYTES + " bytes do not fit "
                    + "in a request; POST /uploads for a link to upload the page to storage directly");
        }
        return request.body();
    }

    /**
     * Refuses a web archive sent (or fetched) as a page: it would be stored, handed to the splitter and
     * make no record under the id answered. Archives go through {@code POST /uploads}.
     */
    private static void refuseArchive(byte[] page, boolean fetched) {
        if (!Archives.startsLikeWarc(java.util.Arrays.copyOf(page, Math.min(page.length, Archives.HEAD_BYTES)))) {
            return;
        }
        String what = fetched ? "the address serves a web archive (WARC), not a page" : "the body is a web archive "
                + "(WARC), not a page";
        throw new ApiProblem(fetched ? 422 : 415, fetched ? "Unprocessable Content" : "Unsupported Media Type", what
                + ": POST /uploads with {\"archive\": true} for a link to upload it to; each archived page then "
                + "becomes a record of its own");
    }

    static String urlFromJson(byte[] body) {
        if (body.length == 0) {
            throw ApiProblem.badRequest("the body is empty: send {\"url\": \"https://...\"}");
        }
        if (body.length > 16 * 1024) {
            throw new ApiProblem(413, "Content Too Large", "a JSON request is at most 16 KB");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw ApiProblem.badRequest("the body is not valid JSON");
        }
        JsonNode url = json == null ? null : json.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            throw ApiProblem.badRequest("expected {\"url\": \"https://...\"}");
        }
        return optionalUrl(url.asText());
    }

    private static String optionalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ApiProblem.badRequest("url must be an absolute http or https address");
            }
            if (url.length() > RecordMaker.MAX_URL_CHARS) {
                throw ApiProblem.badRequest("url is " + url.length() + " characters long; newsdrop accepts "
                        + "addresses of at most " + RecordMaker.MAX_URL_CHARS);
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw ApiProblem.badRequest("url is not a valid address");
        }
    }

    /**
     * The url, when S3 can store it with the page: S3 keeps at most 2 KB of metadata per object, and
     * an address with non-ASCII characters takes more room once encoded.
     */
    static String storable(String url) {
        if (url == null) {
            return null;
        }
        Map<String, String> metadata = Map.of(ObjectMetadata.URL, url);
        if (!MetadataValues.fits(metadata)) {
            throw urlTooLong(MetadataValues.size(metadata));
        }
        return url;
    }

    private static ApiProblem urlTooLong(int size) {
        return ApiProblem.badRequest("url is too long to store with the page: it takes " + size + " bytes as S3 "
                + "object metadata, and S3 keeps no more than " + MetadataValues.MAX_TOTAL_BYTES + " (non-ASCII "
                + "characters count several bytes each)");
    }

    private static String site(String value) {
        String site = RecordKeys.site(value);
        if (site == null) {
            throw ApiProblem.badRequest("site is a host name, such as example.com");
        }
        return site;
    }

    private static ArticleStatus status(String value) {
        try {
            return ArticleStatus.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.badRequest("status is one of " + java.util.Arrays.toString(ArticleStatus.values()));
        }
    }

    private static String titleFilter(String value) {
        String title = value.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE_FILTER) {
            throw ApiProblem.badRequest("title is the text to look for in titles, 1 to " + MAX_TITLE_FILTER
                    + " characters");
        }
        return title;
    }

    /** An extractor version as records carry it ({@code 1.6.0}, {@code 1.7.0-rc.1}). */
    private static String extractorVersion(String value) {
        if (!EXTRACTOR_VERSION.matcher(value).matches()) {
            throw ApiProblem.badRequest("extractorVersion is a version such as 1.6.0");
        }
        return value;
    }

    private static String language(String value) {
        if (!RecordKeys.LANGUAGE.matcher(value.strip()).matches()) {
            throw ApiProblem.badRequest("lang is a BCP 47 language tag, such as ar or en-GB");
        }
        return Locale.forLanguageTag(value.strip()).toLanguageTag(); // "en-gb" lists as "en-GB"
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = RecordKeys.parseTime(value.strip());
        if (instant == null) {
            throw ApiProblem.badRequest(name + " is an ISO-8601 day or time, such as 2024-03-27 or 2024-03-27T10:00:00Z");
        }
        return instant;
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblem.badRequest("limit is a whole number from 1 to " + MAX_LIMIT);
    }

    private static ApiResponse notAllowed(String allow) {
        ApiProblem problem = new ApiProblem(405, "Method Not Allowed", "this resource allows " + allow);
        return problem(problem, Map.of("Allow", allow));
    }

    static ApiResponse json(int status, Map<String, String> headers, String body) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", APPLICATION_JSON);
        return new ApiResponse(status, all, body);
    }

    /** The answer to a request refused before it reached the API, such as an undecodable gateway event. */
    public static ApiResponse problem(ApiProblem problem) {
        return problem(problem, Map.of());
    }

    private static ApiResponse problem(ApiProblem problem, Map<String, String> headers) {
        ObjectNode body = JSON.createObjectNode()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail());
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", PROBLEM_JSON);
        return new ApiResponse(problem.status(), all, body.toString());
    }

    private static String truncate(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}]", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
