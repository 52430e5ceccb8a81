package dev.newsdrop.emulators;

/** A loopback port an emulator or server was asked to use is already taken. */
public final class PortInUseException extends IllegalStateException {

    private final int port;

    public PortInUseException(String what, int port) {
        super(what + ": port " + port + " on 127.0.0.1 is already in use (is another newsdrop running?)");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
