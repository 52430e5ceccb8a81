package dev.newsdrop.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A site newsdrop follows: where it lists its new articles, and how hard it may be fetched.
 *
 * @param id                        stable identifier, e.g. {@code "example-news"}
 * @param name                      human name, e.g. {@code "Example News"}
 * @param feeds                     RSS, Atom or JSON Feed URLs
 * @param sitemaps                  sitemap, sitemap index or Google News sitemap URLs
 * @param enabled                   false to stop following the site without forgetting it
 * @param maxArticlesPerRun         at most this many articles fetched per run; 0 for the default
 * @param minDelayBetweenRequestsMs the least time between two requests to one host; 0 for the default
 */
public record Source(String id, String name, List<URI> feeds, List<URI> sitemaps, boolean enabled,
                     int maxArticlesPerRun, long minDelayBetweenRequestsMs) {

    /** A news site rarely publishes 100 articles between two runs; the rest waits, pending, for the next. */
    public static final int DEFAULT_MAX_ARTICLES_PER_RUN = 100;

    public Source {
        Objects.requireNonNull(id, "a source needs an id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a source needs an id");
        }
        name = name == null || name.isBlank() ? id : name;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        sitemaps = sitemaps == null ? List.of() : List.copyOf(sitemaps);
        if (maxArticlesPerRun < 0 || minDelayBetweenRequestsMs < 0) {
            throw new IllegalArgumentException("source " + id + ": limits cannot be negative");
        }
    }

    /** The most articles to fetch in one run, the default applied. */
    public int articlesPerRun() {
        return maxArticlesPerRun == 0 ? DEFAULT_MAX_ARTICLES_PER_RUN : maxArticlesPerRun;
    }
}
