package dev.newsdrop.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's schema.org JSON-LD says about its article and its publisher. Unparseable blocks
 * are skipped: JSON-LD is a hint, never a reason to fail.
 */
public final class JsonLdFacts {

    /** schema.org types that describe the page's article (subtypes of CreativeWork used by news sites). */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
            "techarticle", "scholarlyarticle", "report", "webpage", "itempage", "medicalwebpage", "posting",
            // a Q&A page (a WebPage) and the question it is about (its mainEntity), whose asker is the page's author
            "qapage", "question");

    /** schema.org's job ad, whose datePosted is its publication day ({@link #jobPosted}). */
    private static final String JOB_POSTING_TYPE = "jobposting";

    /**
     * CreativeWorks a page may state as its item instead of an Article, whose author is the page's writer: a recipe, a
     * how-to, and a photo gallery (news portals type their gallery pages "ImageGallery" or "MediaGallery").
     */
    private static final Set<String> WORK_TYPES = Set.of("recipe", "howto", "imagegallery", "mediagallery");

    /** The authors of a {@link #WORK_TYPES} item, and those of them typed as an Organization. */
    private final List<String> workAuthors = new ArrayList<>();
    private final List<String> workOrganisationAuthors = new ArrayList<>();

    /** A video stated as an item of its own: on a video page, the page's main item. */
    private static final String VIDEO_TYPE = "videoobject";

    /** Types that say the page is a collection of other pages, not an article. */
    private static final Set<String> LISTING_TYPES = Set.of(
            "collectionpage", "itemlist", "searchresultspage", "profilepage");

    /**
     * What follows a bar in one Person's name is where the person works or how to reach them
     * ("Jane Doe | Daily Ledger"), not a second author.
     */
    private static final Pattern AFFILIATION_AFTER_PERSON = Pattern.compile("\\s+\\|\\s*");

    /**
     * A Person's name of two words or more, then a comma and one capitalised word or "for ...", which
     * cannot be a second person's name: where the person works or what they are qualified as ("Jane
     * Doe, NSCA-CPT", "Jane Doe, for Example.com"). "Family, Given" (one word before the comma) is
     * left for the name cleaner.
     */
    private static final Pattern AFFILIATION_AFTER_COMMA = Pattern.compile(
            "^(\\S+(?:\\s+\\S+)+?)\\s*,\\s*(?:for\\s+.+|\\p{Lu}[\\p{L}\\p{N}.&'+-]*)$");

    /**
     * A name longer than this is not read for {@link #AFFILIATION_AFTER_COMMA}, whose repeated group the
     * pattern engine matches by recursion, one level a word: thousands of words overflowed the stack.
     */
    private static final int MAX_AFFILIATED_NAME_CHARS = 200;

    /** Largest JSON-LD block parsed: real ones are a few kB; megabyte blobs are app state. */
    private static final int MAX_BLOCK_CHARS = 512 * 1024;

    /**
     * Characters of a larger block read for its opening fields ({@link #headOf}): a live blog that embeds
     * every post states its type and dates before them.
     */
    private static final int MAX_HEAD_CHARS = 64 * 1024;

    /** A live blog's entries read for their times: the first post is the last listed or near it. */
    private static final int MAX_LIVE_BLOG_UPDATES = 500;

    /**
     * Characters of a live blog's posts ({@code liveBlogUpdate} articleBody) read as its text when it
     * states no articleBody of its own: its posts are its text, as a page's entries are.
     */
    private static final int MAX_UPDATES_BODY_CHARS = 200_000;

    /** Objects visited per page, against pathological graphs. */
    private static final int MAX_NODES = 2000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    public String headline;
    public String articleType;
    /**
     * True when {@link #authors} are those of a work item stated with no article around it (a {@code Recipe}, a
     * {@code HowTo}, a gallery): the page is the work's own, and its author the account or person that posted it.
     */
    public boolean authorsFromWork;
    public final List<String> authors = new ArrayList<>();
    /** The authors typed as an Organization (a broadcaster, an agency, the site itself), as given. */
    public final List<String> organisationAuthors = new ArrayList<>();
    /**
     * The claimants of a fact-check: the authors of what a schema.org ClaimReview reviews (its
     * {@code itemReviewed}), whom the page quotes; the review's own author checked the claim.
     */
    public final List<String> claimants = new ArrayList<>();
    public String published;
    /** dateCreated: when the story was first drafted, trusted only after every publication date. */
    public String created;
    public String modified;
    /**
     * The datePublished, else the uploadDate, of the first schema.org VideoObject stated on its own
     * (not as an article's property): a video page's own date when no article dates the page.
     */
    public String videoPublished;
    /**
     * The datePosted of the first schema.org JobPosting: the day the job ad was published, when no article
     * dates the page. Its validThrough is the closing day for applications, never the ad's publication.
     */
    public String jobPosted;
    /** A LiveBlogPosting's coverageStartTime: when its coverage began. */
    public String coverageStart;
    /** The datePublished of a LiveBlogPosting's liveBlogUpdate entries, as given, in their order. */
    public final List<String> liveBlogUpdatesPublished = new ArrayList<>();
    public String publisherName;
    /**
     * The names of the article's {@code sourceOrganization}s, as given: schema.org's "organization on whose behalf the
     * creator was working", which a distribution service states for the company whose press release it carries.
     */
    public final List<String> sourceOrganisations = new ArrayList<>();
    /**
     * The publisher named by the article's {@code isBasedOn} when that is itself an article ({@code {"@type":
     * "NewsArticle", "publisher": {...}}}): the outlet whose story this page's copy derives from. Null when none is named.
     */
    public String basedOnPublisher;
    /** The address of the article's {@code isBasedOn} (its {@code url}, or the value when that is an address); null when none. */
    public String basedOnUrl;
    /**
     * The schema.org types of the article's publisher, lower-cased without their vocabulary ("governmentorganization",
     * "newsmediaorganization"): what kind of body issues the page. Empty when the publisher is a bare name.
     */
    public final Set<String> publisherTypes = new LinkedHashSet<>();
    public String websiteName;
    String image;
    String imageCaption;
    String section;
    final Set<String> keywords = new LinkedHashSet<>();
    String description;
    public String language;
    String articleBody;
    boolean listing;
    /**
     * The CSS selectors of the article's parts declared not free to read: schema.org {@code hasPart} with
     * {@code isAccessibleForFree} false and a {@code cssSelector}, Google's markup of subscription content naming the
     * paywalled section (a few at most).
     */
    final List<String> paidParts = new ArrayList<>();

    /** True when the headline is an article's (a NewsArticle, a BlogPosting...), not a WebPage's name. */
    public boolean isArticle() {
        return articleType != null && !articleType.endsWith("page");
    }

    /** True when no article type, nor a web page, is stated: a video then is the page's own item. */
    public boolean statesNoArticle() {
        return articleType == null;
    }

    /** True when the article is a schema.org LiveBlogPosting: a story told by posts added over time. */
    public boolean isLiveBlog() {
        return "liveblogposting".equals(articleType);
    }

    /** Nodes of the page's JSON-LD by their {@code @id}: Yoast and others give the author as a reference. */
    private final Map<String, JsonNode> byId = new HashMap<>();

    static JsonLdFacts of(List<Element> jsonLdScripts) {
        return of(jsonLdScripts, List.of());
    }

    /**
     * The facts of the page's JSON-LD blocks. {@code pageAddresses} are the addresses the page goes by (the one it was
     * fetched at, its canonical link, its og:url; blank or null ones are skipped): an article that names another page
     * of the same site as its own ({@link #namesAnotherPage}) is a related story's, whose author and dates are not
     * this page's.
     */
    static JsonLdFacts of(List<Element> jsonLdScripts, List<String> pageAddresses) {
        JsonLdFacts facts = new JsonLdFacts();
        for (String address : pageAddresses) {
            String[] key = address == null ? null : addressKey(address);
            if (key != null) {
                facts.pageKeys.add(key);
            }
        }
        List<JsonNode> roots = new ArrayList<>();
        for (Element script : jsonLdScripts) {
            String data = dataOf(script);
            int start = 0;
            int end = data.length();
            while (start < end && data.charAt(start) <= ' ') { // String.trim's bounds, the text not copied
                start++;
            }
            while (end > start && data.charAt(end - 1) <= ' ') {
                end--;
            }
            for (String[] wrapper : BLOCK_WRAPPERS) { // "<![CDATA[ {...} ]]>": the wrapper's marks cut off, the JSON inside read
                if (end - start >= wrapper[0].length() + wrapper[1].length() && data.startsWith(wrapper[0], start)
                        && data.startsWith(wrapper[1], end - wrapper[1].length())) {
                    start += wrapper[0].length();
                    end -= wrapper[1].length();
                    break;
                }
            }
            if (start == end) {
                continue;
            }
            if (end - start > MAX_BLOCK_CHARS) {
                ObjectNode head = headOf(data.substring(start, start + Math.min(end - start, MAX_HEAD_CHARS)));
                if (head != null) {
                    roots.add(head);
                }
                continue;
            }
            // the JSON parser skips JSON's own blanks around the value, so only other control characters are cut off first
            String json = onlyJsonBlanks(data, 0, start) && onlyJsonBlanks(data, end, data.length()) ? data : data.substring(start, end);
            readValues(json, roots);
        }
        roots.forEach(facts::index); // a reference may point into a later block
        roots.forEach(facts::collect);
        if (facts.authors.isEmpty() && !facts.workAuthors.isEmpty()) {
            facts.authors.addAll(facts.workAuthors); // a recipe's author, when no article names one
            facts.organisationAuthors.addAll(facts.workOrganisationAuthors);
            facts.authorsFromWork = true;
        }
        return facts;
    }

    /**
     * Marks some CMSs wrap a JSON-LD block in, each an opening and a closing: an XML CDATA section and an HTML comment,
     * which templates written for XHTML or for old browsers put inside the script, and which a JSON parser refuses.
     * Only a wrapper around the whole block is cut off; one written inside JavaScript comments is skipped by the parser.
     */
    private static final List<String[]> BLOCK_WRAPPERS = List.of(
            new String[]{"<![CDATA[", "]]>"},
            new String[]{"<!--", "-->"});

    /**
     * Values read from one block: real blocks hold one, or two or three; each value is visited up to {@link #MAX_NODES}
     * times over, so a block of thousands of tiny objects ("{}{}{}...") would escape that bound.
     */
    private static final int MAX_VALUES_PER_BLOCK = 16;

    /**
     * Adds each JSON value of a block to {@code roots} (the first {@link #MAX_VALUES_PER_BLOCK}): one, or several written one after the other with blanks between
     * them ("{...}\n{...}", a site's Organization and then its article in one script), which a reader of one value
     * would stop after the first of, or with commas between them and no array around them ("{...},{...}", an array's
     * items whose brackets a template left out). A block that breaks off keeps the values read before the break.
     */
    private static void readValues(String json, List<JsonNode> roots) {
        int read = 0;
        for (int from = 0; from >= 0 && read < MAX_VALUES_PER_BLOCK; ) {
            int start = from;
            from = -1;
            try (JsonParser p = JSON.createParser(start == 0 ? json : json.substring(start))) {
                for (; read < MAX_VALUES_PER_BLOCK && p.nextToken() != null; read++) {
                    JsonNode value = JSON.readTree(p);
                    if (value != null) {
                        roots.add(value);
                    }
                    int after = start + (int) p.currentLocation().getCharOffset();
                    while (after < json.length() && Character.isWhitespace(json.charAt(after))) {
                        after++;
                    }
                    if (after < json.length() && json.charAt(after) == ',') {
                        from = after + 1; // "{...},{...}": a parser of JSON values refuses the comma between two roots
                        read++;
                        break;
                    }
                }
            } catch (Exception malformed) { // any parse failure of third-party JSON: the rest of this block skipped
                // deliberately ignored: the page's other signals remain
            }
        }
    }

    /**
     * The script's text as {@link Element#data()} gives it, read straight from its one data node when it has only that
     * (a script's usual shape), without the copy {@code data()} builds.
     */
    private static String dataOf(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data) {
            return data.getWholeData();
        }
        return script.data();
    }

    /** True when the text's characters from {@code from} to {@code to} are all blanks to JSON: space, tab, line feed, carriage return. */
    private static boolean onlyJsonBlanks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The top-level fields of an oversized block's object that hold text or numbers, and its
     * {@code @type}, read from its opening until the first value that runs past it; null when none.
     */
    private static ObjectNode headOf(String opening) {
        ObjectNode head = JSON.createObjectNode();
        try (JsonParser p = JSON.createParser(opening)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value != null && value.isScalarValue()) {
                    head.put(name, p.getText());
                } else if (value == JsonToken.START_ARRAY && name.equals("@type")) {
                    var types = head.putArray(name);
                    for (JsonToken v = p.nextToken(); v != null && v.isScalarValue(); v = p.nextToken()) {
                        types.add(p.getText());
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException cut) { // the opening ends inside a value: keep what was read
            // deliberately ignored
        }
        return head.isEmpty() ? null : head;
    }

    /** Notes every object that has an {@code @id} and a name, for {@link #resolved}. */
    private void index(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                JsonNode id = node.get("@id");
                if (id != null && id.isTextual() && (node.has("name") || node.has("familyName"))) { // a Person may give only its name's parts
                    byId.putIfAbsent(id.asText(), node);
                }
                if (node.has("@graph")) {
                    todo.add(node.get("@graph"));
                }
            }
        }
    }

    /** The node a bare reference ({"@id": "..."} with no name) points at; the node itself otherwise. */
    private JsonNode resolved(JsonNode node) {
        if (node.isObject() && !node.has("name") && node.get("@id") != null) {
            JsonNode target = byId.get(node.get("@id").asText());
            return target == null ? node : target;
        }
        return node;
    }

    private void collect(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
                continue;
            }
            if (!node.isObject()) {
                continue;
            }
            if (node.has("@graph")) {
                todo.add(node.get("@graph"));
            }
            Set<String> types = types(node);
            if (anyOf(types, ARTICLE_TYPES) && !namesAnotherPage(node)) {
                boolean isWebPage = types.contains("webpage") || types.contains("itempage") || types.contains("medicalwebpage")
                        || types.contains("qapage");
                if (articleType == null || (articleType.endsWith("page") && !isWebPage)) {
                    readArticle(node, types.iterator().next(), !isWebPage);
                }
                JsonNode main = node.get("mainEntity");
                if (main != null) {
                    todo.add(main);
                }
            }
            if (anyOf(types, WORK_TYPES)) {
                readWorkAuthors(node);
            }
            if (types.contains(VIDEO_TYPE) && videoPublished == null) {
                String date = line(node.get("datePublished"));
                videoPublished = date != null ? date : line(node.get("uploadDate"));
            }
            if (types.contains(JOB_POSTING_TYPE) && jobPosted == null) {
                jobPosted = line(node.get("datePosted"));
            }
            if (types.contains("claimreview")) {
                readClaimants(node.get("itemReviewed"));
            }
            if (anyOf(types, LISTING_TYPES)) {
                listing = true;
            }
            if (types.contains("website") && websiteName == null) {
                websiteName = line(node.get("name"));
            }
            if ((types.contains("organization") || types.contains("newsmediaorganization")) && publisherName == null
                    && websiteName == null) {
                websiteName = line(node.get("name"));
            }
        }
    }

    /** Fills the article fields from this node; a real article type overrides what a WebPage said. */
    private void readArticle(JsonNode node, String type, boolean authoritative) {
        boolean override = authoritative;
        StringBuilder updatesBody = new StringBuilder(); // a LiveBlogPosting's liveBlogUpdate bodies, one a line
        articleType = type;
        headline = pick(override, headline, line(node.get("headline")) != null ? line(node.get("headline")) : line(node.get("name")));
        published = pick(override, published, line(node.get("datePublished")));
        created = pick(override, created, line(node.get("dateCreated")));
        modified = pick(override, modified, line(node.get("dateModified")));
        if (type.equals("liveblogposting")) {
            coverageStart = line(node.get("coverageStartTime"));
            JsonNode updates = node.get("liveBlogUpdate");
            if (updates != null) {
                liveBlogUpdatesPublished.clear();
                int read = 0;
                for (JsonNode update : updates.isArray() ? updates : List.of(updates)) {
                    String when = update.isObject() ? line(update.get("datePublished")) : null;
                    if (when != null && liveBlogUpdatesPublished.size() < MAX_LIVE_BLOG_UPDATES) {
                        liveBlogUpdatesPublished.add(when);
                    }
                    String body = update.isObject() && read++ < MAX_LIVE_BLOG_UPDATES ? text(update.get("articleBody")) : null;
                    if (body != null && updatesBody.length() < MAX_UPDATES_BODY_CHARS) {
                        updatesBody.append(updatesBody.isEmpty() ? "" : "\n").append(body);
                    }
                }
            }
        }
        description = pick(override, description, text(node.get("description")));
        section = pick(override, section, line(node.get("articleSection")));
        language = pick(override, language, line(node.get("inLanguage")));
        articleBody = pick(override, articleBody, text(node.get("articleBody")));
        if (articleBody == null && !updatesBody.isEmpty()) {
            articleBody = updatesBody.toString(); // a live blog's text is its posts: each a paragraph or more
        }
        paidParts(node.get("hasPart"));
        JsonNode publisher = node.get("publisher");
        if (publisher != null) {
            String name = publisher.isTextual() ? Blanks.collapsed(publisher.asText()) : line(resolved(firstOf(publisher)).get("name"));
            publisherName = pick(override, publisherName, name);
            if (!publisher.isTextual() && (override || publisherTypes.isEmpty())) {
                Set<String> stated = types(resolved(firstOf(publisher)));
                if (!stated.isEmpty()) {
                    publisherTypes.clear();
                    publisherTypes.addAll(stated);
                }
            }
        }
        readSourceOrganisations(node.get("sourceOrganization"), override);
        readBasedOn(node.get("isBasedOn"), override);
        JsonNode img = node.get("image");
        if (img != null) {
            JsonNode first = firstOf(img);
            String url = first.isTextual() ? first.asText() : text(first.get("url"));
            if (url == null && first.isObject()) {
                url = text(first.get("contentUrl"));
            }
            if (url != null && (image == null || override)) {
                image = url;
                imageCaption = first.isObject() ? text(first.get("caption")) : null;
            }
        }
        List<String> names = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        readAuthors(node, names, organisations);
        if (!names.isEmpty() && (authors.isEmpty() || override)) {
            authors.clear();
            authors.addAll(names);
            organisationAuthors.clear();
            organisationAuthors.addAll(organisations);
        }
        JsonNode kw = node.get("keywords");
        if (kw != null) {
            if (kw.isArray()) {
                kw.forEach(k -> addKeyword(k.asText()));
            } else if (kw.isTextual()) {
                for (String k : kw.asText().split(",")) {
                    addKeyword(k);
                }
            }
        }
    }

    /** The most {@code sourceOrganization}s read from one article: a release names its issuer, perhaps two. */
    private static final int MAX_SOURCE_ORGANISATIONS = 3;

    /** Notes the names of an article's {@code sourceOrganization}s (a name, an Organization, or a list of them). */
    private void readSourceOrganisations(JsonNode value, boolean override) {
        if (value == null || !sourceOrganisations.isEmpty() && !override) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : value.isArray() ? value : List.of(value)) {
            String name = one.isTextual() ? line(one) : one.isObject() ? line(resolved(one).get("name")) : null;
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
            if (names.size() == MAX_SOURCE_ORGANISATIONS) {
                break;
            }
        }
        if (!names.isEmpty()) {
            sourceOrganisations.clear();
            sourceOrganisations.addAll(names);
        }
    }

    /**
     * Notes what an article's {@code isBasedOn} says of the work it derives from: its address, and its publisher's name
     * when it is an article itself. A book, a data set or a film the article is based on (a review's, a chart's) has a
     * publisher that printed no story: only an article type's publisher is read.
     */
    private void readBasedOn(JsonNode value, boolean override) {
        if (value == null || basedOnUrl != null && !override) {
            return;
        }
        JsonNode first = firstOf(value);
        if (first.isTextual()) {
            basedOnUrl = line(first);
            basedOnPublisher = null;
            return;
        }
        if (!first.isObject()) {
            return;
        }
        JsonNode work = resolved(first);
        basedOnUrl = line(work.get("url") != null ? work.get("url") : work.get("@id"));
        basedOnPublisher = null;
        boolean article = false;
        for (String type : types(work)) {
            article |= type.endsWith("article") || type.equals("blogposting");
        }
        JsonNode publisher = work.get("publisher");
        if (article && publisher != null) {
            JsonNode p = resolved(firstOf(publisher));
            basedOnPublisher = p.isTextual() ? line(p) : line(p.get("name"));
        }
    }

    /**
     * Adds the names of a work's authors (its creators when it states none) to {@code names}, and those
     * typed as an Organization to {@code organisations} too.
     */
    private void readAuthors(JsonNode node, List<String> names, List<String> organisations) {
        JsonNode author = node.get("author");
        if (author == null) {
            author = node.get("creator");
        }
        if (author == null) {
            author = node.get("contributor"); // a work that names no author nor creator: whoever contributed to it wrote it
        }
        if (author != null) {
            for (JsonNode a : personsOf(author)) {
                a = resolved(a);
                String name = withoutTags(a.isTextual() ? Blanks.collapsed(a.asText()) : line(a.get("name")));
                if (name == null && a.isObject()) {
                    name = givenAndFamilyName(a);
                }
                if (name == null && a.isObject() && types(a).contains("person")) {
                    name = line(a.get("url")); // a Person stated by its profile's address alone: the page's link to it names the person
                }
                if (name != null && a.isObject() && types(a).contains("person")) {
                    name = AFFILIATION_AFTER_PERSON.split(name, 2)[0]; // "Jane Doe | Daily Ledger": one person
                    Matcher affiliated = AFFILIATION_AFTER_COMMA.matcher(name);
                    if (name.length() <= MAX_AFFILIATED_NAME_CHARS && affiliated.matches()) {
                        name = affiliated.group(1); // "Jane Doe, Bleacher Report", "Jane Doe, NSCA-CPT": one person
                    }
                }
                if (name != null && !name.isBlank()) {
                    names.add(name.trim());
                    if (a.isObject() && isOrganisation(types(a))) {
                        organisations.add(name.trim());
                    }
                }
            }
        }
    }

    /**
     * The authors of a Recipe or a HowTo stated as the page's item with no Article beside it (a food
     * blog's recipe card writes its own): a CreativeWork whose author is the page's, read when no
     * article names one.
     */
    private void readWorkAuthors(JsonNode node) {
        if (!workAuthors.isEmpty()) {
            return;
        }
        readAuthors(node, workAuthors, workOrganisationAuthors);
    }

    /** Adds the names of the authors (or creators) of a ClaimReview's reviewed items to {@link #claimants}. */
    private void readClaimants(JsonNode reviewed) {
        if (reviewed == null) {
            return;
        }
        for (JsonNode item : reviewed.isArray() ? reviewed : List.of(reviewed)) {
            item = resolved(item);
            JsonNode author = item.isObject() ? item.has("author") ? item.get("author") : item.get("creator") : null;
            if (author == null) {
                continue;
            }
            for (JsonNode a : personsOf(author)) {
                a = resolved(a);
                String name = a.isTextual() ? Blanks.collapsed(a.asText()) : line(a.get("name"));
                if (name != null && !name.isBlank()) {
                    claimants.add(name.trim());
                }
            }
        }
    }

    /** True for schema.org's Organization and its subtypes news sites use (NewsMediaOrganization, Corporation...). */
    private static boolean isOrganisation(Set<String> types) {
        for (String t : types) {
            if (t.contains("organization") || t.contains("organisation") || t.equals("corporation")
                    || t.equals("newsagency")) {
                return true;
            }
        }
        return false;
    }

    /** A tag in a name: "<" before a letter or a slash, as a link or a span opens or closes. */
    private static final Pattern TAG = Pattern.compile("<[/A-Za-z]");

    /** A name longer than this is not read as markup: a byline's link is a few dozen characters. */
    private static final int MAX_MARKUP_NAME_CHARS = 1000;

    /**
     * The name with the HTML tags a CMS copied into it dropped: {@code "name": "<a href=\"/author/jane\">Jane
     * Doe</a>"}, the byline's link written into the JSON-LD as the theme prints it. A name with no tag is returned as
     * it is; entities are left for the name cleaner, which decodes them.
     */
    private static String withoutTags(String name) {
        if (name == null || name.indexOf('<') < 0 || name.length() > MAX_MARKUP_NAME_CHARS || !TAG.matcher(name).find()) {
            return name;
        }
        String text = Jsoup.parseBodyFragment(name).text();
        return text.isBlank() ? null : text;
    }

    /** The keys ({@link #addressKey}) of the addresses the page goes by. */
    private final List<String[]> pageKeys = new ArrayList<>();

    /**
     * True when an article names an address of its own ({@code url}, {@code mainEntityOfPage}, or its {@code @id}
     * without the fragment) on this page's site whose last path segment is none of the page's addresses' and that is
     * not a folder the page is filed in (the site's front, a section a template writes as every story's main entity):
     * the article is another page's (a related story a site states beside its own, or instead of it), not this one's. An
     * article naming no address, one on another site (a syndicated story's original) or the front page names nothing.
     */
    private boolean namesAnotherPage(JsonNode article) {
        if (pageKeys.isEmpty()) {
            return false;
        }
        boolean other = false;
        for (String address : statedAddresses(article)) {
            String[] key = addressKey(address.startsWith("/") && !address.startsWith("//") ? "https://" + pageKeys.get(0)[0] + address : address);
            if (key == null || key[1].isEmpty()) {
                continue;
            }
            for (String[] page : pageKeys) {
                if (page[0].equals(key[0])) {
                    if (page[1].equals(key[1])) {
                        return false; // it names this page
                    }
                    if (!page[2].startsWith(key[2] + "/")) {
                        other = true; // not a folder the page is filed in ("/auto-industry-news/" over the story): another story
                    }
                }
            }
        }
        return other;
    }

    /** The addresses an article states as its own: its url, its mainEntityOfPage (a string, or a WebPage's @id or url), its @id. */
    private static List<String> statedAddresses(JsonNode article) {
        List<String> out = new ArrayList<>(3);
        JsonNode url = article.get("url");
        if (url != null && url.isTextual()) {
            out.add(url.asText());
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main != null && main.isTextual()) {
            out.add(main.asText());
        } else if (main != null && main.isObject()) {
            for (String field : new String[]{"@id", "url"}) {
                if (main.get(field) != null && main.get(field).isTextual()) {
                    out.add(main.get(field).asText());
                }
            }
        }
        JsonNode id = article.get("@id");
        if (id != null && id.isTextual()) {
            out.add(id.asText());
        }
        return out;
    }

    /**
     * An address's host (lower-cased, without "www."), the last segment of its path and its whole path (percent escapes
     * decoded, lower-cased, without a trailing slash; empty for the front page). The last segment is the story's slug or
     * number, which names it whatever section folders the site puts before it ("/5481-slug" and "/politik/5481-slug"
     * are one story, as a site's short and long addresses are),
     * its scheme, port, query and fragment dropped; null when it is no absolute http(s) address.
     */
    static String[] addressKey(String address) {
        String a = address.strip();
        int scheme = a.indexOf("://");
        if (scheme < 0 || !a.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        int hostStart = scheme + 3;
        int end = a.length();
        for (int i = hostStart; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int slash = a.indexOf('/', hostStart);
        if (slash < 0 || slash > end) {
            slash = end;
        }
        String host = a.substring(hostStart, slash).toLowerCase(Locale.ROOT);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = a.substring(slash, end);
        if (path.indexOf('%') >= 0) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8); // "/%D0%BD%D0%BE..." as the page writes "/но..."
            } catch (IllegalArgumentException badEscape) {
                // kept as written
            }
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        path = path.toLowerCase(Locale.ROOT);
        return host.isEmpty() ? null : new String[]{host, path.substring(path.lastIndexOf('/') + 1), path};
    }

    /** A Person given only as givenName and familyName (schema.org's parts of a name), joined. */
    private static String givenAndFamilyName(JsonNode person) {
        String given = line(person.get("givenName"));
        String family = line(person.get("familyName"));
        if (given == null || family == null) {
            return family != null ? family : given;
        }
        return given + " " + family;
    }

    /**
     * Each author node; one Person whose name is a list ({"@type":"Person","name":["A","B"]}, a
     * common misuse) counts as one node per name.
     */
    private static List<JsonNode> personsOf(JsonNode author) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            JsonNode names = a instanceof ObjectNode ? a.get("name") : null;
            if (names != null && names.isArray() && names.size() > 1) {
                for (JsonNode n : names) {
                    ObjectNode one = ((ObjectNode) a).deepCopy();
                    one.set("name", n);
                    out.add(one);
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private void addKeyword(String k) {
        String t = k == null ? "" : k.trim();
        if (!t.isEmpty() && t.length() <= 80) {
            keywords.add(t);
        }
    }

    private static String pick(boolean override, String current, String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return current;
        }
        return current == null || override ? candidate.trim() : current;
    }

    private static JsonNode firstOf(JsonNode node) {
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    /**
     * True when one of a node's types is in {@code wanted}: asked three times of each node of a graph, which holds
     * dozens, as a loop rather than a stream.
     */
    private static boolean anyOf(Set<String> types, Set<String> wanted) {
        for (String type : types) {
            if (wanted.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> types(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = node.get("@type");
        if (t == null) {
            return out;
        }
        for (JsonNode one : t.isArray() ? t : List.of(t)) {
            String s = one.asText().toLowerCase(Locale.ROOT);
            int slash = s.lastIndexOf('/');
            out.add(slash >= 0 ? s.substring(slash + 1) : s);
        }
        return out;
    }

    /** Parts of an article looked at for {@code isAccessibleForFree}, and selectors kept: a few sections at most. */
    private static final int MAX_PARTS = 8;

    /** Notes the selector of each of the first parts declared not free to read. */
    private void paidParts(JsonNode parts) {
        if (parts == null) {
            return;
        }
        int n = 0;
        for (JsonNode part : parts.isArray() ? parts : List.of(parts)) {
            if (n++ >= MAX_PARTS || paidParts.size() >= MAX_PARTS) {
                break;
            }
            if (part.isObject() && isFalse(part.get("isAccessibleForFree"))) {
                JsonNode selector = part.get("cssSelector");
                for (JsonNode one : selector == null ? List.<JsonNode>of() : selector.isArray() ? selector : List.of(selector)) {
                    String css = one.isTextual() ? one.asText().strip() : "";
                    if (css.length() <= MAX_SELECTOR_CHARS && SIMPLE_SELECTORS.matcher(css).matches() && paidParts.size() < MAX_PARTS) {
                        paidParts.add(css);
                    }
                }
            }
        }
    }

    /** A paid part's selector is a class or two: a longer one is not read. */
    private static final int MAX_SELECTOR_CHARS = 200;

    /**
     * The selectors of paid parts kept: a list of plain class, id or tag selectors, as Google's markup of
     * subscription content writes them (".paywall", ".meteredContent, #article-body"). The page writes them, so
     * nothing else is run: jsoup's selectors can hold regular expressions ({@code :matches}) and nested
     * {@code :has}, which a hostile page could make slow.
     */
    private static final Pattern SIMPLE_SELECTORS = Pattern.compile(
            "[.#]?[A-Za-z_][\\w-]{0,80}(?:[.#][A-Za-z_][\\w-]{0,80}){0,3}(?:\\s*,\\s*[.#]?[A-Za-z_][\\w-]{0,80}(?:[.#][A-Za-z_][\\w-]{0,80}){0,3}){0,7}");

    private static boolean isFalse(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return !value.asBoolean();
        }
        String v = value.isTextual() ? value.asText().strip() : "";
        return v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("https://schema.org/False")
                || v.equalsIgnoreCase("http://schema.org/False");
    }

    /**
     * {@link #text(JsonNode)} with runs of blanks collapsed: a name, headline, date or label, which the
     * finders' patterns read, and a pattern with a space around a separator is slow over a long run.
     */
    private static String line(JsonNode node) {
        String s = text(node);
        return s == null ? null : Blanks.collapsed(s);
    }

    /** The text of a value that may be a string, a number, an object with a name, or a list. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            JsonNode v = node.has("name") ? node.get("name") : node.get("@value");
            return v == null || !v.isValueNode() ? null : v.asText();
        }
        String s = node.asText().trim();
        return s.isEmpty() ? null : s;
    }
}
