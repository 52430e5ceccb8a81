package dev.newsdrop.extract.source;

import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleStatus;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns raw stored bytes into page text: expands gzip within a cap, refuses what is not HTML
 * (empty, binary, JSON, XML feeds, plain text) and decodes with the right character set.
 */
public final class PageDecoder {

    /** Largest raw object accepted: far above any real article page, small enough for a Lambda. */
    public static final long MAX_RAW_BYTES = 20L << 20;

    /**
     * Largest expanded gzip accepted; more is a bomb or not a page. Expanded text is parsed like a
     * raw page, so it gets the raw page's limit: 40 MB of expanded HTML took over 10 s to extract.
     */
    public static final long MAX_EXPANDED_BYTES = MAX_RAW_BYTES;

    /** Bytes inspected to tell binary data from text. */
    private static final int SNIFF_WINDOW = 4096;

    /** Share of control bytes in the sniff window above which the data is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** A tag any HTML page has at least one of; without one the text is not a page. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|title|meta|div|p|article|main|section|span|a|h[1-6]|br|table|ul|script|link)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    /**
     * Longest tag name read. No element's name comes near it, and jsoup reads a tag name in time
     * quadratic in its length (2 MB: 4 s, 4 MB: 17 s), so a page of one giant name would hang.
     */
    private static final int MAX_TAG_NAME_CHARS = 10_000;

    private final long maxRawBytes;
    private final long maxExpandedBytes;

    public PageDecoder() {
        this(MAX_RAW_BYTES, MAX_EXPANDED_BYTES);
    }

    public PageDecoder(long maxRawBytes, long maxExpandedBytes) {
        this.maxRawBytes = maxRawBytes;
        this.maxExpandedBytes = maxExpandedBytes;
    }

    public DecodedPage decode(PageInput page) {
        byte[] bytes = page.bytes() == null ? new byte[0] : page.bytes();
        if (bytes.length == 0) {
            return DecodedPage.reject(ArticleStatus.NOT_HTML, "empty: the object has no bytes", null);
        }
        if (bytes.length > maxRawBytes) {
            return DecodedPage.reject(ArticleStatus.TOO_LARGE,
                    "object is " + (bytes.length >> 20) + " MB, above the " + (maxRawBytes >> 20) + " MB limit", null);
        }
        String fileName = page.fileName() == null ? "" : page.fileName().toLowerCase(Locale.ROOT);
        if (BoundedGunzip.hasGzipMagic(bytes) || fileName.endsWith(".gz")) {
            try {
                bytes = BoundedGunzip.gunzip(bytes, maxExpandedBytes);
            } catch (BoundedGunzip.TooLarge bomb) {
                return DecodedPage.reject(ArticleStatus.TOO_LARGE, bomb.getMessage(), null);
            } catch (IOException corrupt) {
                return DecodedPage.reject(ArticleStatus.NOT_HTML, "not valid gzip data: " + corrupt.getMessage(), null);
            }
            if (bytes.length == 0) {
                return DecodedPage.reject(ArticleStatus.NOT_HTML, "empty: the gzip data expands to nothing", null);
            }
        }
        if (!startsWithUnicodeBom(bytes) && looksBinary(bytes)) {
            return DecodedPage.reject(ArticleStatus.NOT_HTML, "binary data: control or NUL bytes, not text", null);
        }
        CharsetChooser.Decoded decoded = CharsetChooser.decode(bytes, page.contentType());
        String notHtml = whyNotHtml(decoded.text());
        if (notHtml != null) {
            return DecodedPage.reject(ArticleStatus.NOT_HTML, notHtml, decoded.charset());
        }
        int tagName = longestTagNameAbove(decoded.text(), MAX_TAG_NAME_CHARS);
        if (tagName > 0) {
            return DecodedPage.reject(ArticleStatus.NOT_HTML, "a tag name of " + tagName + " characters: not a web page",
                    decoded.charset());
        }
        return DecodedPage.html(decoded.text(), decoded.charset());
    }

    /**
     * The length of the first tag name ({@code <name} or {@code </name}) longer than {@code max}, or
     * -1. A name ends where jsoup ends it: at whitespace, '/' or '>'. Linear: each character is read once.
     */
    static int longestTagNameAbove(String text, int max) {
        if (!hasRunWithoutNameEnd(text, max + 1)) {
            return -1; // no stretch of text is long enough to hold such a name
        }
        int n = text.length();
        int i = text.indexOf('<');
        while (i >= 0 && i < n) {
            int start = i + 1 < n && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
            if (start >= n || !isAsciiLetter(text.charAt(start))) {
                i = text.indexOf('<', i + 1);
                continue;
            }
            int end = start;
            while (end < n && !endsTagName(text.charAt(end))) {
                end++;
            }
            if (end - start > max) {
                return end - start;
            }
            i = text.indexOf('<', end);
        }
        return -1;
    }

    /**
     * True when {@code run} consecutive characters contain none that ends a tag name. Checks one
     * window of {@code run} characters at a time from its far end back: markup has a space or a
     * '/' or '>' every few characters, so each window is cleared after a few reads and the next
     * one starts just past the character found. Much cheaper than reading every tag name.
     */
    private static boolean hasRunWithoutNameEnd(String text, int run) {
        int end = run - 1; // last index of the window being checked
        while (end < text.length()) {
            int i = end;
            while (i > end - run && !endsTagName(text.charAt(i))) {
                i--;
            }
            if (i == end - run) {
                return true;
            }
            end = i + run; // every window holding index i is clear
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean endsTagName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }

    private static boolean startsWithUnicodeBom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_WINDOW);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * n;
    }

    /** Why decoded text is not an HTML page, or null when it is one. */
    static String whyNotHtml(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return "empty: the page holds only whitespace";
        }
        char first = text.charAt(start);
        String head = text.substring(start, Math.min(text.length(), start + SNIFF_WINDOW));
        boolean hasTag = HTML_TAG.matcher(head).find()
                || (text.length() > SNIFF_WINDOW && HTML_TAG.matcher(text.substring(0, Math.min(text.length(), 64 * 1024))).find());
        if ((first == '{' || first == '[') && !hasTag) {
            return "JSON, not HTML";
        }
        if (first == '{' || first == '[') {
            String lower = head.toLowerCase(Locale.ROOT);
            if (!lower.contains("<html") && !lower.contains("<body") && !lower.contains("<!doctype")) {
                return "JSON, not HTML (it only quotes markup in strings)";
            }
        }
        if (head.regionMatches(true, 0, "<?xml", 0, 5) && !head.toLowerCase(Locale.ROOT).contains("<html")) {
            return "XML document, not HTML";
        }
        if (head.regionMatches(true, 0, "<rss", 0, 4) || head.regionMatches(true, 0, "<feed", 0, 5)) {
            return "feed (RSS/Atom), not HTML";
        }
        if (!hasTag) {
            return "plain text: no HTML tags";
        }
        return null;
    }
}
