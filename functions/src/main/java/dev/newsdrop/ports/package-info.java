/**
 * What the core needs from storage, as small interfaces: article records, the object ledger, raw
 * pages and links to them, and ingestion's sources and seen addresses. The core ({@code process},
 * {@code ingest}, {@code api}) depends on these alone; the DynamoDB and S3 adapters that implement
 * them live in {@code store}, and the handlers wire one to the other.
 */
package dev.newsdrop.ports;
