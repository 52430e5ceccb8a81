package dev.newsdrop.local;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Disturbances the local stack can be put through, the way real S3 and real outages disturb a
 * pipeline: notifications delivered more than once and out of order, and S3 answering 503 to the
 * processing function for a while. {@link #NONE} leaves everything alone.
 *
 * @param duplicateRate share of notifications delivered twice
 * @param delayRate     share of deliveries held back, so later events overtake them
 * @param maxDelay      the longest a delivery is held back
 * @param seed          seed of the random choices, so a run can be repeated
 */
public record Faults(double duplicateRate, double delayRate, Duration maxDelay, long seed) {

    public static final Faults NONE = new Faults(0, 0, Duration.ZERO, 0);

    /** When each copy of one notification is delivered, from now. */
    List<Duration> deliveries(Random random) {
        List<Duration> at = new ArrayList<>();
        at.add(delay(random));
        if (random.nextDouble() < duplicateRate) {
            at.add(delay(random));
        }
        return at;
    }

    private Duration delay(Random random) {
        return random.nextDouble() < delayRate
                ? Duration.ofMillis((long) (random.nextDouble() * maxDelay.toMillis()))
                : Duration.ZERO;
    }

    /** Turns S3's answers into 503 Service Unavailable while {@code unavailable} says so. */
    static final class S3Outage implements ExecutionInterceptor {

        private volatile boolean unavailable;

        void set(boolean on) {
            unavailable = on;
        }

        @Override
        public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            SdkHttpResponse response = context.httpResponse();
            return unavailable ? response.toBuilder().statusCode(503).statusText("Service Unavailable").build()
                    : response;
        }
    }
}
