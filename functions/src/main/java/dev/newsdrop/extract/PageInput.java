package dev.newsdrop.extract;

/**
 * A raw page and what its transport says about it.
 *
 * @param bytes       the page as stored or received; may be gzip-compressed
 * @param url         the page's address, or null when unknown (relative links then stay relative)
 * @param contentType the transport's Content-Type (S3 object metadata, HTTP header), or null; its
 *                    charset parameter wins over everything the page says
 * @param fileName    the file or key name, or null; {@code .gz} marks compressed input
 */
public record PageInput(byte[] bytes, String url, String contentType, String fileName) {

    public static PageInput of(byte[] bytes) {
        return new PageInput(bytes, null, null, null);
    }
}
