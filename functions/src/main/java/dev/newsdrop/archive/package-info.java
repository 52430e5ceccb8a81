/**
 * Web archives (WARC) dropped as uploads: recognising them, splitting one into work items (one per
 * archived HTML page, by offset and length), and reading one archived page back from its record.
 * Knows nothing of Lambda or SQS: queues are {@link dev.newsdrop.ports.WorkQueue}s.
 */
package dev.newsdrop.archive;
