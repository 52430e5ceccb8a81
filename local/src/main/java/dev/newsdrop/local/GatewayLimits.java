package dev.newsdrop.local;

import java.time.Duration;

/**
 * Every limit the local HTTP API enforces, in one place: the quotas of API Gateway's HTTP APIs and of
 * Lambda, so that a request AWS would refuse is refused here too and tests see what production
 * would; and the local stack's own admission limits per kind of route, so that slow page
 * submissions, extractions or fetches never hold up reads.
 *
 * @param reads           GET, HEAD and OPTIONS requests served at once
 * @param writes          requests that carry a page to extract (POST /articles with a page, POST
 *                        /extract, anything else) served at once
 * @param fetches         {@code POST /articles {"url": ...}} requests (a server-side fetch, then an
 *                        extraction) served at once
 * @param functionTimeout how long the API function may run before the caller gets 504
 */
record GatewayLimits(int reads, int writes, int fetches, Duration functionTimeout) {

    /** HTTP API quota "Payload size": a larger body is refused with 413 before any function runs. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    /**
     * HTTP API quota "Total combined size of request line and header values" (header names are not
     * counted); AWS cannot raise it.
     */
    static final int MAX_REQUEST_LINE_AND_HEADER_VALUES = 10_240;
    /**
     * Lambda's synchronous invocation payload: the whole event as JSON, headers and a body that is
     * base64-encoded (a third larger) for anything but UTF-8 text. Lambda refuses 6 MiB and more.
     */
    static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
    /** Lambda's synchronous response payload, as JSON: 100 bytes more than the request's. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;
    /**
     * The API function's timeout on AWS ({@code NewsdropStack.API_TIMEOUT}), just under the HTTP
     * API's 30 s integration timeout.
     */
    static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(29);

    /**
     * The server's buffer for the request line and headers. Above what AWS accepts (names are free
     * there), so AWS's rule is what normally refuses; anything larger is cut off with 431 too.
     */
    static final int HEADER_BUFFER_BYTES = 64 * 1024;
    /**
     * A connection silent this long is closed, so a client trickling its request cannot hold it for
     * ever; longer than the function timeout, so a slow function's caller still gets its answer.
     */
    static final Duration IDLE_TIMEOUT = FUNCTION_TIMEOUT.plusSeconds(30);
    /** What a refused caller is told to wait, in seconds, when a kind of route is at its limit. */
    static final int RETRY_AFTER_SECONDS = 1;

    /** Reads are cheap key look-ups; 32 at once is far more than a person or a test makes. */
    static final int STANDARD_READS = 32;
    /** An extraction takes a core for up to seconds; a few at once keep a laptop's cores busy, not swamped. */
    static final int STANDARD_WRITES = Math.max(2, Runtime.getRuntime().availableProcessors());
    /** A fetch mostly waits on the network (up to its 20 s limit) before it extracts. */
    static final int STANDARD_FETCHES = 4;

    GatewayLimits {
        if (reads < 1 || writes < 1 || fetches < 1 || functionTimeout.isNegative() || functionTimeout.isZero()) {
            throw new IllegalArgumentException("every limit must be positive: " + reads + ", " + writes + ", "
                    + fetches + ", " + functionTimeout);
        }
    }

    /** The limits of AWS and of a laptop. */
    static GatewayLimits standard() {
        return new GatewayLimits(STANDARD_READS, STANDARD_WRITES, STANDARD_FETCHES, FUNCTION_TIMEOUT);
    }
}
