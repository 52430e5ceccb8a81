package dev.newsdrop.extract.source;

import dev.newsdrop.codec.BoundedGunzip;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.model.ArticleStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * Bytes of a UTF-8 page decoded to judge whether it is HTML: room for {@link #SNIFF_WINDOW}
     * characters after a little leading space, on the usual page whose head is ASCII markup.
     * Any other page is decoded whole for the judgement.
     */
    private static final int HEAD_BYTES = 2 * SNIFF_WINDOW;

    /** Share of control bytes in the sniff window above which the data is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** A tag any HTML page has at least one of; without one the text is not a page. */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|title|meta|div|p|article|main|section|span|a|h[1-6]|br|table|ul|script|link)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    /**
     * Longest tag name read, in bytes. No element's name comes near it, and jsoup reads a tag name in time
     * quadratic in its length (2 MB: 4 s, 4 MB: 17 s), so a page of one giant name would hang.
     */
    private static final int MAX_TAG_NAME_BYTES = 10_000;

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
        String notHtml = decoded.text() != null ? whyNotHtml(decoded.text()) : whyNotHtml(decoded.utf8());
        if (notHtml != null) {
            return DecodedPage.reject(ArticleStatus.NOT_HTML, notHtml, decoded.charset());
        }
        // measured in UTF-8 whatever the page's charset: in UTF-16 every other byte is a NUL
        int tagName = longestTagNameAbove(decoded.utf8() != null ? decoded.utf8()
                : decoded.text().getBytes(StandardCharsets.UTF_8), MAX_TAG_NAME_BYTES);
        if (tagName > 0) {
            return DecodedPage.reject(ArticleStatus.NOT_HTML, "a tag name of " + tagName + " bytes: not a web page",
                    decoded.charset());
        }
        return DecodedPage.of(decoded);
    }

    /**
     * The length in bytes of the first tag name ({@code <name} or {@code </name}) longer than
     * {@code max}, or -1, in a page encoded as UTF-8. A name ends where jsoup ends it: at
     * whitespace, '/' or '>', all ASCII, so the bytes need no decoding (a name's bytes are at least
     * its characters). Linear: each byte is read once.
     */
    static int longestTagNameAbove(byte[] page, int max) {
        if (!mayHoldNameAbove(page, max)) {
            return -1; // no stretch of bytes long enough to hold such a name opens one
        }
        return scanTagNames(page, max);
    }

    /** {@link #longestTagNameAbove} by reading every tag name in turn. */
    static int scanTagNames(byte[] page, int max) {
        int n = page.length;
        int i = indexOf(page, '<', 0);
        while (i >= 0 && i < n) {
            int start = i + 1 < n && page[i + 1] == '/' ? i + 2 : i + 1;
            if (start >= n || !isAsciiLetter(page[start])) {
                i = indexOf(page, '<', i + 1);
                continue;
            }
            int end = start;
            while (end < n && !endsTagName(page[end])) {
                end++;
            }
            if (end - start > max) {
                return end - start;
            }
            i = indexOf(page, '<', end);
        }
        return -1;
    }

    /**
     * False when no tag name longer than {@code max} can be in the page: a name is a stretch of bytes
     * none of which ends a name, opened by a '<' and a letter inside such a stretch (the first of them
     * in it: the name runs on to the stretch's end) or by "</" right before its first byte, a letter.
     * Only stretches longer than {@code max} are read, found one window of {@code max + 1} bytes at a
     * time, checked from its far end back: markup has a space or a '/' or '>' every few bytes, so
     * each window is cleared after a few reads and the next one starts just past the byte found.
     * Pages carry long runs without a blank in their scripts and inline pictures (base64): reading
     * those alone spares reading every tag name of the page. Linear: each byte is read at most a
     * few times.
     */
    private static boolean mayHoldNameAbove(byte[] page, int max) {
        int run = max + 1;
        int end = run - 1; // last index of the window being checked
        while (end < page.length) {
            int i = end;
            while (i > end - run && !endsTagName(page[i])) {
                i--;
            }
            if (i > end - run) {
                end = i + run; // every window holding index i is clear
                continue;
            }
            int a = end - run + 1; // a window of no name end: the whole stretch around it
            while (a > 0 && !endsTagName(page[a - 1])) {
                a--;
            }
            int b = end + 1;
            while (b < page.length && !endsTagName(page[b])) {
                b++;
            }
            if (b - a > max && a >= 2 && page[a - 1] == '/' && page[a - 2] == '<' && isAsciiLetter(page[a])) {
                return true; // "</" and a name as long as the stretch
            }
            for (int p = a; p < b - max - 1; p++) {
                if (page[p] == '<' && isAsciiLetter(page[p + 1])) {
                    return true; // '<' and a letter with more than max bytes after them in the stretch
                }
            }
            end = b + run; // b ends the stretch: the next one starts after it
        }
        return false;
    }

    private static int indexOf(byte[] page, char c, int from) {
        for (int i = from; i < page.length; i++) {
            if (page[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean endsTagName(byte c) {
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

    /**
     * {@link #whyNotHtml(String)} for a page in UTF-8 bytes, decoding only its start when that
     * settles it: the page opens within it and shows a tag in its first characters.
     */
    static String whyNotHtml(byte[] utf8) {
        if (opensAsAsciiHtml(utf8)) {
            return null;
        }
        if (utf8.length > HEAD_BYTES) {
            String head = new String(utf8, 0, HEAD_BYTES, StandardCharsets.UTF_8);
            int start = 0;
            while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
                start++;
            }
            // the last character of the head may be cut in two: only what comes well before it is read
            if (start + SNIFF_WINDOW < head.length() - 1 && HTML_TAG.matcher(head.substring(start, start + SNIFF_WINDOW)).find()) {
                return whyNotHtml(head);
            }
        }
        return whyNotHtml(new String(utf8, StandardCharsets.UTF_8));
    }

    /**
     * True when the page, after ASCII blanks, opens with ASCII that is not JSON, XML or a feed and
     * shows a tag within {@link #SNIFF_WINDOW} bytes: {@link #whyNotHtml(String)} then finds it an
     * HTML page, read from the bytes without decoding them. The tags sought are ASCII, and in
     * UTF-8 an ASCII byte is always that character, so a tag within that many bytes is within that
     * many characters. Any other opening is left to the decoded text.
     */
    private static boolean opensAsAsciiHtml(byte[] utf8) {
        int start = 0;
        while (start < utf8.length && isAsciiWhitespace(utf8[start])) {
            start++;
        }
        if (start + SNIFF_WINDOW > utf8.length) {
            return false;
        }
        for (int i = start; i < start + 5; i++) {
            if (utf8[i] < 0) {
                return false; // a non-ASCII opening: the character checks read it decoded
            }
        }
        String head = new String(utf8, start, SNIFF_WINDOW, StandardCharsets.ISO_8859_1); // a byte per character
        char first = head.charAt(0);
        return first != '{' && first != '[' && !head.regionMatches(true, 0, "<?xml", 0, 5)
                && !head.regionMatches(true, 0, "<rss", 0, 4) && !head.regionMatches(true, 0, "<feed", 0, 5)
                && HTML_TAG.matcher(head).find();
    }

    /** {@link Character#isWhitespace} of an ASCII byte; false for any other byte. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
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
