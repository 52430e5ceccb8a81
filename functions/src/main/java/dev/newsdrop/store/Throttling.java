package dev.newsdrop.store;

import dev.newsdrop.ports.StoreBusyException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.function.Supplier;

/** Turns the AWS SDK's throttling errors into {@link StoreBusyException}, so callers need no SDK types. */
final class Throttling {

    private Throttling() {
    }

    static <T> T guard(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            if (e.isThrottlingException()) {
                throw new StoreBusyException(what + " was throttled", e);
            }
            throw e;
        }
    }
}
