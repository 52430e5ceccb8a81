package dev.newsdrop.extract.budget;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTest {

    private long now;

    @Test
    void check_passesWithinTheBudget_andThrowsNamingTheStageOnceSpent() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(10), () -> now);
        now = Duration.ofSeconds(10).toNanos();
        assertDoesNotThrow(() -> deadline.check("parsing"));

        now++;
        Deadline.Exceeded spent = assertThrows(Deadline.Exceeded.class, () -> deadline.check("noise removal"));
        assertEquals("noise removal", spent.stage());
        assertTrue(spent.getMessage().contains("10 s budget") && spent.getMessage().contains("noise removal"), spent.getMessage());
    }

    @Test
    void tick_readsTheClockOnlyEveryFewThousandNodes_butDoesReadIt() {
        int[] reads = {0};
        Deadline deadline = Deadline.after(Duration.ofMillis(5), () -> {
            reads[0]++;
            return now;
        });
        now = Duration.ofSeconds(1).toNanos();
        int ticks = 0;
        try {
            for (; ticks < 100_000; ticks++) {
                deadline.tick("content pruning");
            }
        } catch (Deadline.Exceeded expected) {
            assertEquals("content pruning", expected.stage());
        }
        assertTrue(ticks < 10_000, "stopped after " + ticks + " nodes");
        assertTrue(reads[0] <= 3, "the clock was read " + reads[0] + " times");
    }

    @Test
    void none_isNeverReached() {
        Deadline deadline = Deadline.none();
        for (int i = 0; i < 20_000; i++) {
            deadline.tick("any");
        }
        assertDoesNotThrow(() -> deadline.check("any"));
    }
}
