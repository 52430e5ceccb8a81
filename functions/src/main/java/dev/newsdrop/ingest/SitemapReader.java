package dev.newsdrop.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads sitemaps with crawler-commons: plain sitemaps (XML, text, RSS/Atom-as-sitemap, gzipped),
 * Google News sitemaps, and sitemap indexes, whose child sitemaps the caller fetches. This class
 * never touches the network itself.
 */
public final class SitemapReader {

    /** One sitemap read: article URLs, or, for an index, the sitemaps it lists. */
    public record Contents(List<URI> articles, List<URI> childSitemaps) {
    }

    /**
     * Reads one sitemap.
     *
     * @throws IOException when the body is not a sitemap
     */
    public Contents read(URI url, byte[] body, String contentType) throws IOException {
        // Not strict: news sites often keep sitemaps under /sitemaps/ listing articles elsewhere on the site.
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap sitemap;
        try {
            sitemap = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, body, url.toURL());
        } catch (UnknownFormatException | IllegalArgumentException e) {
            throw new IOException(url + " is not a readable sitemap: " + e.getMessage(), e);
        }
        if (sitemap instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                toUri(child.getUrl().toString()).ifPresent(children::add);
            }
            return new Contents(List.of(), children);
        }
        // Newest first, so a capped run takes the latest articles of a long sitemap.
        List<SiteMapURL> entries = new ArrayList<>(((SiteMap) sitemap).getSiteMapUrls());
        entries.sort(Comparator.comparing(SitemapReader::published,
                Comparator.nullsLast(Comparator.reverseOrder())));
        List<URI> articles = new ArrayList<>();
        for (SiteMapURL entry : entries) {
            Links.absolute(url, entry.getUrl().toString()).ifPresent(articles::add);
        }
        return new Contents(articles, List.of());
    }

    /** The Google News publication date when there is one, else the last modification date. */
    private static Date published(SiteMapURL entry) {
        var news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (var attributes : news) {
                if (attributes instanceof crawlercommons.sitemaps.extension.NewsAttributes n
                        && n.getPublicationDate() != null) {
                    return n.getPublicationDate();
                }
            }
        }
        return entry.getLastModified();
    }

    private static Optional<URI> toUri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
