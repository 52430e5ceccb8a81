package dev.newsdrop.extract.source;

import dev.newsdrop.model.ArticleStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Raw bytes made ready to parse, or the reason they could not be. A page in well-formed UTF-8
 * stays bytes until {@link #parse}, which decodes it in the parser's own pass; any other page is
 * held as the text its charset gives.
 */
public final class DecodedPage {

    private final String text;
    private final byte[] utf8;
    private final String charset;
    private final ArticleStatus rejected;
    private final String reason;

    private DecodedPage(String text, byte[] utf8, String charset, ArticleStatus rejected, String reason) {
        this.text = text;
        this.utf8 = utf8;
        this.charset = charset;
        this.rejected = rejected;
        this.reason = reason;
    }

    static DecodedPage of(CharsetChooser.Decoded decoded) {
        return new DecodedPage(decoded.text(), decoded.utf8(), decoded.charset(), null, null);
    }

    static DecodedPage reject(ArticleStatus status, String reason, String charset) {
        return new DecodedPage(null, null, charset, status, reason);
    }

    /** The page parsed, relative links resolved against {@code baseUri}; only for a page not rejected. */
    public Document parse(String baseUri) {
        if (utf8 == null) {
            return Jsoup.parse(html(), baseUri, Parser.htmlParser());
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8.name(), baseUri, Parser.htmlParser());
        } catch (IOException cannotHappen) { // an array is read without I/O
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /** The page's text, or null when rejected. */
    public String html() {
        return text != null || utf8 == null ? text : new String(utf8, StandardCharsets.UTF_8);
    }

    /** The page's size: its UTF-8 bytes when kept as bytes, else its decoded characters (0 when rejected). */
    public int size() {
        return utf8 != null ? utf8.length : text != null ? text.length() : 0;
    }

    /** The character set the bytes were decoded with, or null when not decoded. */
    public String charset() {
        return charset;
    }

    /** The status when the bytes are not a usable HTML page, else null. */
    public ArticleStatus rejected() {
        return rejected;
    }

    /** A human reason when rejected, else null. */
    public String reason() {
        return reason;
    }

    public boolean isRejected() {
        return rejected != null;
    }
}
