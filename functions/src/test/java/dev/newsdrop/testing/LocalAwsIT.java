package dev.newsdrop.testing;

import dev.newsdrop.process.ObjectEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The test support itself: {@link LocalAws#records()} and {@link LocalAws#recordCount()} read every
 * scan page, not only the first.
 */
class LocalAwsIT {

    @Test
    void records_readsEveryScanPage() {
        LocalAws aws = LocalAws.start();
        assertEquals(0, aws.recordCount(), "fresh tables");
        List<String> keys = List.of(1, 2, 3).stream().map(i -> "raw/paging/" + UUID.randomUUID() + ".html").toList();
        for (int i = 0; i < keys.size(); i++) {
            aws.put(keys.get(i), Pages.article("Paging headline " + i), "text/html");
            aws.processor().process(new ObjectEvent(aws.bucket, keys.get(i), null, null, 0, "0" + (i + 1)));
        }

        Set<String> found = aws.records(1).stream().map(r -> r.source().key()).collect(Collectors.toSet());

        assertEquals(Set.copyOf(keys), found, "three records, one a scan page");
        assertEquals(3, aws.records().size());
        assertEquals(3, aws.recordCount(1), "counted one scan page after another");
        assertEquals(3, aws.recordCount());
    }
}
