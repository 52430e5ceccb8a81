package dev.newsdrop.ingest;

import dev.newsdrop.model.Source;

import java.net.URI;

/**
 * An article address of a source waiting to be fetched.
 *
 * @param source the source that found it
 * @param url    the address, parsed
 * @param seenAs the address exactly as the seen store keeps it
 */
record PendingPage(Source source, URI url, String seenAs) {
}
