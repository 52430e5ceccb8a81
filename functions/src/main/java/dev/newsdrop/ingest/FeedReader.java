package dev.newsdrop.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the article links of a feed: RSS and Atom through Rome, JSON Feed (1.0 and 1.1) through
 * Jackson. Doctypes are refused (Rome's default), so a feed cannot make the parser read files or URLs.
 */
public final class FeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The article URLs of a feed, absolute, in feed order, without duplicates.
     *
     * @param url         where the feed came from, to resolve relative links
     * @param contentType the response's {@code Content-Type}, or null
     * @throws IOException when the body is not a feed newsdrop can read
     */
    public List<URI> links(URI url, byte[] body, String contentType) throws IOException {
        Set<URI> links = new LinkedHashSet<>();
        if (looksLikeJson(body, contentType)) {
            readJsonFeed(url, body, links);
        } else {
            readXmlFeed(url, body, contentType, links);
        }
        return new ArrayList<>(links);
    }

    private static boolean looksLikeJson(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b) && b != (byte) 0xef && b != (byte) 0xbb && b != (byte) 0xbf) {
                return b == '{';
            }
        }
        return false;
    }

    private static void readJsonFeed(URI url, byte[] body, Set<URI> links) throws IOException {
        JsonNode feed;
        try {
            feed = JSON.readTree(body);
        } catch (IOException e) {
            throw new IOException(url + " is not a readable JSON Feed: " + e.getMessage(), e);
        }
        if (feed == null || !feed.path("version").asText().startsWith("https://jsonfeed.org/version/")
                || !feed.path("items").isArray()) {
            throw new IOException(url + " is JSON but not a JSON Feed (no jsonfeed.org version or items)");
        }
        for (JsonNode item : feed.path("items")) {
            // "url" is the item's own page; "id" is often the same permalink when "url" is missing.
            Optional<URI> link = Links.absolute(url, item.path("url").asText(null));
            if (link.isEmpty() && item.path("id").asText("").startsWith("http")) {
                link = Links.absolute(url, item.path("id").asText());
            }
            link.ifPresent(links::add);
        }
    }

    private static void readXmlFeed(URI url, byte[] body, String contentType, Set<URI> links) throws IOException {
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException(url + " is not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> link = Links.absolute(url, entry.getLink());
            if (link.isEmpty()) {
                link = alternateLink(url, entry);
            }
            if (link.isEmpty() && entry.getUri() != null && entry.getUri().startsWith("http")) {
                link = Links.absolute(url, entry.getUri()); // an RSS guid that is a permalink
            }
            link.ifPresent(links::add);
        }
    }

    private static Optional<URI> alternateLink(URI url, SyndEntry entry) {
        for (SyndLink link : entry.getLinks()) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                Optional<URI> absolute = Links.absolute(url, link.getHref());
                if (absolute.isPresent()) {
                    return absolute;
                }
            }
        }
        return Optional.empty();
    }
}
