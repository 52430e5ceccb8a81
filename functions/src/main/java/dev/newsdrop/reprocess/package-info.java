/**
 * Reprocessing and backfill: a batch of keys from a listing of the raw bucket, each brought up to
 * date with the running extractor under the processing function's own ordering rules. No AWS
 * types: the Distributed Map's item processor and the local command both call it through the
 * reprocessing handler.
 */
package dev.newsdrop.reprocess;
