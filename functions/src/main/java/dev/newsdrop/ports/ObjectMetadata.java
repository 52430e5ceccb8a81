package dev.newsdrop.ports;

/**
 * Names of the user metadata newsdrop puts on raw pages. A {@link RawObjectStore} keeps the values
 * as given (encoding them as its storage requires) and hands them back decoded.
 */
public final class ObjectMetadata {

    /** The address the page was taken from. */
    public static final String URL = "url";
    /** When the ingestion fetched the page (ISO-8601 instant). */
    public static final String FETCHED_AT = "fetched-at";
    /** The charset the page's transport declared (HTTP Content-Type), when it declared one. */
    public static final String CHARSET = "charset";

    private ObjectMetadata() {
    }
}
