package dev.newsdrop.api;

import dev.newsdrop.fetch.PublicWebFetcher;
import dev.newsdrop.fetch.RefusedUrlException;
import dev.newsdrop.fetch.ResponseTooLargeException;
import dev.newsdrop.fetch.FetchResult;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;

/**
 * Pages fetched for {@code POST /articles {"url": ...}} with the fetcher scheduled ingestion uses:
 * the same address checks (before and after every redirect), size and time limits. Its failures
 * become problem answers a client can act on.
 */
public final class WebPages implements RemotePages {

    private final PublicWebFetcher fetcher;

    public WebPages(PublicWebFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Fetched fetch(String url) {
        FetchResult result;
        try {
            result = fetcher.fetch(URI.create(url));
        } catch (RefusedUrlException refused) {
            throw ApiProblem.badRequest(refused.getMessage());
        } catch (ResponseTooLargeException tooLarge) {
            throw new ApiProblem(502, "Bad Gateway", "the page at that address is larger than newsdrop fetches");
        } catch (HttpTimeoutException slow) {
            throw new ApiProblem(502, "Bad Gateway", "the site did not answer in time");
        } catch (IOException | IllegalArgumentException e) {
            throw new ApiProblem(502, "Bad Gateway", "the page could not be fetched");
        }
        if (!result.isSuccess()) {
            throw new ApiProblem(502, "Bad Gateway", "the site answered HTTP " + result.status());
        }
        return new Fetched(result.bytes(), result.contentType(), result.finalUrl().toString());
    }
}
