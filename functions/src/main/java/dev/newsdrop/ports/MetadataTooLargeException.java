package dev.newsdrop.ports;

/**
 * A raw page's metadata (its address, mostly) is above what S3 stores with an object
 * ({@value MetadataValues#MAX_TOTAL_BYTES} bytes): the page cannot be stored as it is, and retrying
 * will not help.
 */
public final class MetadataTooLargeException extends IllegalArgumentException {

    private final int size;

    public MetadataTooLargeException(int size) {
        super("the page's metadata is " + size + " bytes; S3 stores at most " + MetadataValues.MAX_TOTAL_BYTES);
        this.size = size;
    }

    /** The metadata's size as S3 counts it. */
    public int size() {
        return size;
    }
}
