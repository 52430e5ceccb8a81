package dev.newsdrop.testing;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small RSS, Atom, JSON Feed and sitemap documents listing the links a test gives. */
public final class FeedDocuments {

    private FeedDocuments() {
    }

    public static String rss(String... links) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>
                <description>latest</description>
                %s
                </channel></rss>
                """.formatted(Arrays.stream(links).map(l -> "<item><title>Item</title><link>" + escape(l)
                + "</link><guid isPermaLink=\"false\">" + escape(l) + "#guid</guid></item>")
                .collect(Collectors.joining("\n")));
    }

    public static String atom(String... links) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example:feed</id>
                <updated>2025-06-02T10:00:00Z</updated>
                %s
                </feed>
                """.formatted(Arrays.stream(links).map(l -> "<entry><title>Entry</title><id>urn:example:" + l.hashCode()
                + "</id><updated>2025-06-02T10:00:00Z</updated><link rel=\"alternate\" href=\"" + escape(l)
                + "\"/></entry>").collect(Collectors.joining("\n")));
    }

    public static String jsonFeed(String... links) {
        return """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Example JSON Feed",
                 "items": [%s]}
                """.formatted(Arrays.stream(links).map(l -> "{\"id\": \"" + l.hashCode() + "\", \"url\": \"" + l
                + "\", \"content_text\": \"x\"}").collect(Collectors.joining(", ")));
    }

    public static String sitemap(String... links) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s
                </urlset>
                """.formatted(Arrays.stream(links).map(l -> "<url><loc>" + escape(l) + "</loc></url>")
                .collect(Collectors.joining("\n")));
    }

    /** A Google News sitemap; each link is published on the given day (yyyy-mm-dd), in order. */
    public static String newsSitemap(String[] links, String[] days) {
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < links.length; i++) {
            urls.append("<url><loc>").append(escape(links[i])).append("</loc><news:news><news:publication>")
                    .append("<news:name>Example</news:name><news:language>en</news:language></news:publication>")
                    .append("<news:publication_date>").append(days[i]).append("T08:00:00Z</news:publication_date>")
                    .append("<news:title>T").append(i).append("</news:title></news:news></url>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                %s</urlset>
                """.formatted(urls);
    }

    public static String sitemapIndex(String... sitemaps) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s
                </sitemapindex>
                """.formatted(Arrays.stream(sitemaps).map(l -> "<sitemap><loc>" + escape(l) + "</loc></sitemap>")
                .collect(Collectors.joining("\n")));
    }

    /** A small article page. */
    public static String article(String title) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1><p>" + "Body text of the article. ".repeat(20) + "</p></article></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
