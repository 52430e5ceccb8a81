package dev.newsdrop.store;

import dev.newsdrop.model.ArticleRecord;

/**
 * Makes a record fit one DynamoDB item. The body's HTML goes first (the text says the same), then
 * the text is cut at a paragraph boundary; the record's {@code reason} says so. The raw page stays
 * in S3, so nothing is lost.
 */
final class ItemSizeLimit {

    /** Room left for the note added to {@code reason}. */
    private static final int SAFETY_BYTES = 1024;

    private ItemSizeLimit() {
    }

    static ArticleRecord fit(ArticleRecord record, long maxBytes) {
        if (size(record) <= maxBytes) {
            return record;
        }
        ArticleRecord withoutHtml = withBody(record, record.text(), null,
                note(record, "html left out: the record exceeded the item size limit"));
        long excess = size(withoutHtml) - maxBytes;
        if (excess <= 0) {
            return withoutHtml;
        }
        String text = record.text();
        if (text == null) {
            return withoutHtml;
        }
        int keep = prefixWithin(text, utf8(text) - excess - SAFETY_BYTES);
        int paragraph = text.lastIndexOf("\n\n", keep);
        String cut = text.substring(0, paragraph > 0 ? paragraph : keep);
        return withBody(record, cut, null,
                note(record, "text truncated to " + cut.length() + " of " + text.length()
                        + " characters and html left out: the record exceeded the item size limit"));
    }

    private static long size(ArticleRecord record) {
        return ArticleItems.estimateSize(ArticleItems.toItem(record));
    }

    /** The length of the longest prefix of {@code text} whose UTF-8 form fits in {@code bytes}. */
    private static int prefixWithin(String text, long bytes) {
        long used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            used += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used > bytes) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static long utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String note(ArticleRecord record, String note) {
        return record.reason() == null ? note : record.reason() + "; " + note;
    }

    private static ArticleRecord withBody(ArticleRecord r, String text, String html, String reason) {
        return new ArticleRecord(r.id(), r.url(), r.canonicalUrl(), r.siteName(), r.title(), r.authors(),
                r.publishedAt(), r.modifiedAt(), r.language(), r.direction(), r.description(), r.leadImage(),
                r.section(), r.tags(), r.credit(), text, html, r.wordCount(), r.readingTimeMinutes(), r.status(),
                reason, r.source(), r.contentHash(), r.extractorVersion(), r.processedAt());
    }
}
