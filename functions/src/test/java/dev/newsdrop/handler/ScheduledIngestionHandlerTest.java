package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.newsdrop.ingest.IngestionReport;
import dev.newsdrop.ingest.SourceReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void report_serializesWithLambdasOwnSerializer() {
        IngestionReport report = new IngestionReport(List.of(new SourceReport("example-news", 5, 4, 1, 2, 1, 0,
                "https://news.example/feed: HTTP 500")), false);
        ByteArrayOutputStream json = new ByteArrayOutputStream();

        JacksonFactory.getInstance().getSerializer(IngestionReport.class).toJson(report, json);

        String text = json.toString(StandardCharsets.UTF_8);
        for (String field : List.of("\"sourceId\":\"example-news\"", "\"discovered\":5", "\"fetched\":4",
                "\"skippedRobots\":1", "\"notModified\":2", "\"failed\":1", "\"stoppedEarly\":false")) {
            assertTrue(text.contains(field), field + " in " + text);
        }
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
