package dev.newsdrop.process;

import dev.newsdrop.archive.ArchivedPage;
import dev.newsdrop.archive.ArchivedResponse;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.ArticleStatus;
import dev.newsdrop.model.SourceObject;

/**
 * Makes the record of one archived page from its WARC record's bytes: every door that reads web
 * archives uses it (the processing function, {@code newsdrop extract}, the benchmark), so an
 * archived page makes the same record wherever it is read.
 */
public final class ArchivedRecords {

    private final RecordMaker records;
    private final long maxBytes;

    /** @param maxBytes the largest record and decoded payload read */
    public ArchivedRecords(RecordMaker records, long maxBytes) {
        this.records = records;
        this.maxBytes = maxBytes;
    }

    /** Where the page's record lies, as its record's {@code source} says it. */
    public static SourceObject source(ArchivedPage page, String contentType) {
        return new SourceObject(page.bucket(), page.key(), page.versionId(), null, page.length(), contentType, null,
                ArticleProcessor.archivedSequencer(page), page.offset(), page.length(), page.recordId());
    }

    /**
     * The record of an archived page: its payload with transfer and content codings undone,
     * extracted with the target URI as its address and the HTTP charset as its transport charset.
     * An unreadable record is {@code FAILED}, a payload above the limit {@code TOO_LARGE}, with the reason.
     */
    public ArticleRecord make(ArchivedPage page, byte[] recordBytes) {
        if (page.length() > maxBytes) {
            return records.refuse(ArticleStatus.TOO_LARGE, "the archived record is " + page.length()
                    + " bytes; newsdrop reads at most " + maxBytes, page.targetUri(), source(page, null));
        }
        ArchivedResponse response;
        try {
            response = ArchivedResponse.read(recordBytes, maxBytes);
        } catch (ArchivedResponse.TooLarge e) {
            return records.refuse(ArticleStatus.TOO_LARGE, e.getMessage(), page.targetUri(), source(page, null));
        } catch (ArchivedResponse.Unreadable e) {
            return records.refuse(ArticleStatus.FAILED, e.getMessage(), page.targetUri(), source(page, null));
        }
        String contentType = response.contentType() != null ? response.contentType()
                : page.charset() == null ? null : "text/html; charset=" + page.charset();
        // no file name: the archive's ".gz" says nothing about the payload
        return records.make(new PageInput(response.payload(), page.targetUri(), contentType, null),
                source(page, contentType));
    }
}
