package dev.newsdrop.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.newsdrop.fetch.FetchResult;
import dev.newsdrop.fetch.PublicWebFetcher;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robots.txt rules of each site, read with crawler-commons for the agent "newsdrop" and kept for
 * one run. A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, timeout)
 * defers the site to a later run, as RFC 9309 asks.
 */
final class RobotsRules {

    /** The product token robots.txt groups are matched against. */
    static final String AGENT = "newsdrop";
    /** The status crawler-commons is told about when robots.txt could not be fetched at all. */
    private static final int UNREACHABLE = 503;

    private final PublicWebFetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();

    RobotsRules(PublicWebFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The rules that apply to a URL, fetching its site's robots.txt on first use in this run. */
    BaseRobotRules forUrl(URI url, Duration timeout) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        BaseRobotRules rules = byOrigin.get(origin);
        if (rules == null) {
            rules = fetch(URI.create(origin + "/robots.txt"), timeout);
            byOrigin.put(origin, rules);
        }
        return rules;
    }

    private BaseRobotRules fetch(URI robotsUrl, Duration timeout) {
        try {
            FetchResult result = fetcher.fetch(robotsUrl, null, timeout);
            if (result.isSuccess()) {
                synchronized (parser) { // the parser counts warnings in a field
                    return parser.parseContent(robotsUrl.toString(), result.bytes(),
                            result.contentType() == null ? "text/plain" : result.contentType(), List.of(AGENT));
                }
            }
            return parser.failedFetch(result.status());
        } catch (IOException unreachable) {
            return parser.failedFetch(UNREACHABLE);
        }
    }
}
