package dev.newsdrop.cli;

/** A command was given arguments it cannot take; the message says which. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
