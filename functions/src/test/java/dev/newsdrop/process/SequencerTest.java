package dev.newsdrop.process;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequencerTest {

    @Test
    void shorterSequencerWithLargerLeadingDigit_ordersBeforeLongerOne() {
        // As hex numbers 0FFF < 10000, though "FFF" > "10000" as plain strings.
        String shorter = Sequencer.normalize("FFF");
        String longer = Sequencer.normalize("10000");

        assertTrue(shorter.compareTo(longer) < 0);
    }

    @Test
    void caseAndSurroundingSpace_doNotChangeOrder() {
        assertEquals(Sequencer.normalize("0062e99a88dc407460"), Sequencer.normalize(" 0062E99A88DC407460 "));
    }

    @Test
    void normalizedSequencer_hasFixedWidth() {
        assertEquals(Sequencer.WIDTH, Sequencer.normalize("0062E99A88DC407460").length());
    }

    @Test
    void missingSequencer_staysNull() {
        assertNull(Sequencer.normalize(null));
        assertNull(Sequencer.normalize(""));
    }

    @Test
    void nonHexSequencer_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Sequencer.normalize("not-hex"));
    }
}
