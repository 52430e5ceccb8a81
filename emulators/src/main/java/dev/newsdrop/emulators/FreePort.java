package dev.newsdrop.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds loopback ports. Needed because dynalite ignores port 0. */
public final class FreePort {

    private FreePort() {
    }

    /** A port that was free on 127.0.0.1 a moment ago. */
    public static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** The first of {@code count} consecutive loopback ports that were all free a moment ago. */
    public static int findRun(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = find();
            boolean free = first + count <= 65535;
            for (int i = 1; free && i < count; i++) {
                free = isFree(first + i);
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " free loopback ports in a row");
    }

    /** Whether nothing listens on this loopback port. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
