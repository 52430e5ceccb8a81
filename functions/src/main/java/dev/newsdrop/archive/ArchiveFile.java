package dev.newsdrop.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A web archive in a file, read the way the functions read one in S3: streamed from an offset for
 * splitting, and one record's bytes by offset and length for extracting.
 */
public final class ArchiveFile implements ArchiveBytes {

    private final Path file;

    public ArchiveFile(Path file) {
        this.file = file;
    }

    @Override
    public Optional<InputStream> open(long offset) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return Optional.of(Channels.newInputStream(channel));
    }

    /** The bytes of one record: {@code length} bytes from {@code offset}, fewer where the file ends. */
    public byte[] read(long offset, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            long position = offset;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    break;
                }
                position += n;
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }
}
