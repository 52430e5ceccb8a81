package dev.newsdrop.reprocess;

import java.util.Locale;

/**
 * What a reprocessing does with a web archive (a {@code .warc} or {@code .warc.gz} key), which holds
 * many pages and is split rather than extracted. The one seam for it: today archives are skipped
 * with the reason {@value #SKIP_REASON}; pointing this at the archive splitter makes reprocessing
 * re-split them.
 */
@FunctionalInterface
public interface ArchiveReprocessing {

    /** The reason an archive is skipped for while no splitter is plugged in. */
    String SKIP_REASON = "archive";

    /** Leaves archives alone: each is {@link KeyOutcome.Kind#SKIPPED} with {@value #SKIP_REASON}. */
    ArchiveReprocessing SKIP = (bucket, object, selection) ->
            new KeyOutcome(object.key(), KeyOutcome.Kind.SKIPPED, SKIP_REASON);

    /** What became of one archive key. Must not throw for a fault of this archive alone. */
    KeyOutcome reprocess(String bucket, ListedObject object, Selection selection);

    /** Whether a key names a web archive rather than a page. */
    static boolean isArchive(String key) {
        String name = key.toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }
}
