package dev.newsdrop.ports;

/** A listing cursor that the repository did not issue for this listing, or that was altered. */
public final class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
