package dev.newsdrop.extract.source;

import dev.newsdrop.model.ArticleStatus;

/**
 * Raw bytes turned into page text, or the reason they could not be.
 *
 * @param html     the decoded page, or null when rejected
 * @param charset  the character set the bytes were decoded with, or null when not decoded
 * @param rejected the status when the bytes are not a usable HTML page, else null
 * @param reason   a human reason when rejected, else null
 */
public record DecodedPage(String html, String charset, ArticleStatus rejected, String reason) {

    static DecodedPage html(String html, String charset) {
        return new DecodedPage(html, charset, null, null);
    }

    static DecodedPage reject(ArticleStatus status, String reason, String charset) {
        return new DecodedPage(null, charset, status, reason);
    }

    public boolean isRejected() {
        return rejected != null;
    }
}
