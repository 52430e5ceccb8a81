package dev.newsdrop.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name to its addresses; tests replace it so they never do real DNS. */
@FunctionalInterface
public interface AddressResolver {

    /**
     * All addresses of a host name.
     *
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /**
     * The JVM's resolver. Its answers are cached by the JVM ({@code networkaddress.cache.ttl}, 30 s
     * by default), which is what makes the HTTP client's own look-up, milliseconds later, see the
     * addresses that were vetted.
     */
    static AddressResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
