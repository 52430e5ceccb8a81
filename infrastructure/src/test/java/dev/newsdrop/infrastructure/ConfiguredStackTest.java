package dev.newsdrop.infrastructure;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stack as deployed with every context option set: stage, schedule, origins, alarm topic. */
class ConfiguredStackTest {

    private static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:newsdrop-alarms";

    @TempDir
    static Path workDir;

    private static NewsdropStack stack;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        stack = Synth.stack(workDir, Map.of(
                StackOptions.STAGE, "prod",
                StackOptions.INGEST_SCHEDULE, "cron(0 * * * ? *)",
                StackOptions.ALLOWED_ORIGINS, "https://news.example, https://admin.example",
                StackOptions.ALARM_TOPIC_ARN, TOPIC,
                StackOptions.PROCESS_MAX_CONCURRENCY, "25",
                StackOptions.REPROCESS_MAX_CONCURRENCY, "200"));
        template = Template.fromStack(stack);
    }

    @Test
    void stage_namesTheStackAndTagsResources() {
        assertEquals("newsdrop-prod", stack.getStackName());
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "Tags", Match.arrayWith(List.of(Map.of("Key", "stage", "Value", "prod")))));
    }

    @Test
    void ingestSchedule_comesFromContext() {
        template.hasResourceProperties("AWS::Events::Rule", Map.of("ScheduleExpression", "cron(0 * * * ? *)"));
    }

    @Test
    void allowedOrigins_openCorsToThoseOriginsAndSignedHeaders() {
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of(
                "CorsConfiguration", Match.objectLike(Map.of(
                        "AllowOrigins", List.of("https://news.example", "https://admin.example"),
                        "AllowHeaders", Match.arrayWith(List.of("authorization", "x-amz-date",
                                "x-amz-security-token"))))));
    }

    @Test
    void processMaxConcurrency_comesFromContext() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "ScalingConfig", Map.of("MaximumConcurrency", 25)));
    }

    @Test
    void reprocessMaxConcurrency_comesFromContext() {
        Map<?, ?> states = (Map<?, ?>) Synth.stateMachineDefinition(template).get("States");
        List<?> concurrency = states.values().stream().map(state -> (Map<?, ?>) state)
                .filter(state -> "Map".equals(state.get("Type"))).map(state -> state.get("MaxConcurrency")).toList();
        assertEquals(List.of(200), concurrency);
        template.hasResourceProperties("AWS::StepFunctions::StateMachine",
                Map.of("StateMachineName", "newsdrop-prod-reprocess"));
    }

    @Test
    void alarmTopic_receivesEveryAlarm() {
        Map<String, Map<String, Object>> alarms = template.findResources("AWS::CloudWatch::Alarm");
        // Errors and throttles of five functions, two dead-letter queues, failed reprocessing runs.
        assertEquals(13, alarms.size());
        alarms.forEach((id, alarm) -> assertEquals(List.of(TOPIC),
                ((Map<?, ?>) alarm.get("Properties")).get("AlarmActions"), id));
    }
}
