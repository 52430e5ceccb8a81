package dev.newsdrop.handler;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

import java.util.function.Supplier;

/** Runs a handler's work with the invocation's context (request id, function name) in every log line. */
final class Invocations {

    private Invocations() {
    }

    static <T> T logged(Context context, Supplier<T> work) {
        // Outside Lambda (tests, ./newsdrop invoke) there may be no context to log.
        return context == null ? work.get() : PowertoolsLogging.withLogging(context, work);
    }
}
