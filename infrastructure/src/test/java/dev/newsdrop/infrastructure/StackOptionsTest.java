package dev.newsdrop.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackOptionsTest {

    @Test
    void stageWithCharactersAStackNameRefuses_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new StackOptions("Prod_1", StackOptions.DEFAULT_INGEST_SCHEDULE, List.of(), null, StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY,
                        StackOptions.DEFAULT_REPROCESS_MAX_CONCURRENCY));
        assertTrue(error.getMessage().contains("Prod_1"), error.getMessage());
    }

    @Test
    void scheduleThatIsNotAnEventBridgeExpression_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new StackOptions("dev", "every 15 minutes", List.of(), null, StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY,
                        StackOptions.DEFAULT_REPROCESS_MAX_CONCURRENCY));
    }

    @Test
    void stackName_carriesTheStage() {
        assertEquals("newsdrop-prod",
                new StackOptions("prod", StackOptions.DEFAULT_INGEST_SCHEDULE, List.of(), null, StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY,
                        StackOptions.DEFAULT_REPROCESS_MAX_CONCURRENCY).stackName());
    }

    @Test
    void cronWithoutSixFields_orWithoutOneQuestionMark_isRejectedAtSynth() {
        for (String schedule : List.of("cron(0/15 * * * *)", "cron(0 12 * * ? * *)", "cron(0 12 * * * *)",
                "cron(0 12 ? * ? *)", "rate(0 minutes)", "rate(1 minutes)", "rate(5 minute)", "rate(15 mins)")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> options(schedule, StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY), schedule);
            assertTrue(error.getMessage().contains(schedule), error.getMessage());
        }
        for (String schedule : List.of("cron(0/15 * * * ? *)", "cron(0 6 ? * MON-FRI *)", "rate(1 hour)",
                "rate(15 minutes)")) {
            assertEquals(schedule, options(schedule, StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY).ingestSchedule());
        }
    }

    @Test
    void processMaxConcurrency_isWithinLambdasBounds() {
        assertThrows(IllegalArgumentException.class, () -> options(StackOptions.DEFAULT_INGEST_SCHEDULE, 1));
        assertThrows(IllegalArgumentException.class, () -> options(StackOptions.DEFAULT_INGEST_SCHEDULE, 1001));
        assertEquals(2, options(StackOptions.DEFAULT_INGEST_SCHEDULE, 2).processMaxConcurrency());
    }

    @Test
    void reprocessMaxConcurrency_isAtLeastOneAndAtMostTheAccountsDefaultConcurrency() {
        for (int refused : new int[] {0, -1, 1001}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new StackOptions("dev",
                    StackOptions.DEFAULT_INGEST_SCHEDULE, List.of(), null, StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY,
                    refused));
            assertTrue(error.getMessage().contains(StackOptions.REPROCESS_MAX_CONCURRENCY), error.getMessage());
        }
        assertEquals(1, new StackOptions("dev", StackOptions.DEFAULT_INGEST_SCHEDULE, List.of(), null,
                StackOptions.DEFAULT_PROCESS_MAX_CONCURRENCY, 1).reprocessMaxConcurrency());
    }

    private static StackOptions options(String schedule, int processMaxConcurrency) {
        return new StackOptions("dev", schedule, List.of(), null, processMaxConcurrency,
                StackOptions.DEFAULT_REPROCESS_MAX_CONCURRENCY);
    }
}
