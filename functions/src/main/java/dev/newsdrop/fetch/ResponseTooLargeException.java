package dev.newsdrop.fetch;

import java.io.IOException;

/** A response whose body, as sent or once decompressed, is larger than the fetcher accepts. */
public final class ResponseTooLargeException extends IOException {

    public ResponseTooLargeException(String message) {
        super(message);
    }
}
