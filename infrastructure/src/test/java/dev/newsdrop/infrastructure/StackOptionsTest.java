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
                () -> new StackOptions("Prod_1", StackOptions.DEFAULT_INGEST_SCHEDULE, List.of(), null));
        assertTrue(error.getMessage().contains("Prod_1"), error.getMessage());
    }

    @Test
    void scheduleThatIsNotAnEventBridgeExpression_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new StackOptions("dev", "every 15 minutes", List.of(), null));
    }

    @Test
    void stackName_carriesTheStage() {
        assertEquals("newsdrop-prod",
                new StackOptions("prod", StackOptions.DEFAULT_INGEST_SCHEDULE, List.of(), null).stackName());
    }
}
