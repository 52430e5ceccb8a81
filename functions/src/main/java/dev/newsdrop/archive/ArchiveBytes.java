package dev.newsdrop.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Opens one archive's bytes from an offset: an S3 object version, or a file. */
@FunctionalInterface
public interface ArchiveBytes {

    /**
     * The archive's bytes from {@code offset} to its end; the caller closes the stream.
     *
     * @return empty when the archive no longer exists
     */
    Optional<InputStream> open(long offset) throws IOException;
}
