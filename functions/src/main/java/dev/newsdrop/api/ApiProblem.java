package dev.newsdrop.api;

/**
 * A request the API refuses, answered as an RFC 9457 problem document. The detail is written for
 * the client: it never carries internal messages or stack traces.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;

    public ApiProblem(int status, String title, String detail) {
        super(status + " " + title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** The problem type URI: a stable, documented name per status. */
    public String type() {
        return "https://newsdrop.dev/problems/" + switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "throttled";
            case 502 -> "fetch-failed";
            default -> "internal";
        };
    }
}
