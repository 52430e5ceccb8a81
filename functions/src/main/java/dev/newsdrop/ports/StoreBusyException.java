package dev.newsdrop.ports;

/**
 * The storage service refused a request for load (throttling). Retrying later succeeds; the API
 * answers 429 and the processing function lets Lambda retry.
 */
public final class StoreBusyException extends RuntimeException {

    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
