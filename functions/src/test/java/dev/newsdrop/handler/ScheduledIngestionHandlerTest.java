package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScheduledIngestionHandlerTest {

    @Test
    void budget_isTheInvocationsRemainingTimeLessTheStopMargin() {
        assertEquals(Duration.ofMinutes(14).plusSeconds(30), ScheduledIngestionHandler.budget(remaining(900_000)));
    }

    @Test
    void budget_isNeverNegative() {
        assertEquals(Duration.ZERO, ScheduledIngestionHandler.budget(remaining(10_000)));
    }

    @Test
    void budgetWithoutAContext_isTheLocalDefault() {
        assertEquals(ScheduledIngestionHandler.BUDGET_WITHOUT_CONTEXT, ScheduledIngestionHandler.budget(null));
    }

    private static Context remaining(int millis) {
        return new Context() {
            public String getAwsRequestId() { return "test"; }
            public String getLogGroupName() { return null; }
            public String getLogStreamName() { return null; }
            public String getFunctionName() { return "ingestion"; }
            public String getFunctionVersion() { return "$LATEST"; }
            public String getInvokedFunctionArn() { return null; }
            public CognitoIdentity getIdentity() { return null; }
            public ClientContext getClientContext() { return null; }
            public int getRemainingTimeInMillis() { return millis; }
            public int getMemoryLimitInMB() { return 512; }
            public LambdaLogger getLogger() { return null; }
        };
    }
}
