package dev.newsdrop.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a URL may be fetched: http or https only, no credentials, and a host whose every
 * address is public. Host names are resolved here, through the given {@link AddressResolver}; IPv4
 * literals in the forms C libraries also accept (decimal {@code 2130706433}, octal {@code 0177.0.0.1},
 * hex {@code 0x7f.1}, shortened {@code 127.1}) are read as the address they denote and refused
 * unless written as four plain decimal numbers.
 *
 * <p>When loopback is allowed (local testing only), some loopback ports can still be refused: the
 * local stack names its own API and emulator ports, so a fetch cannot read its bucket or tables.
 */
public final class AddressPolicy {

    /** A host made only of numbers: an IPv4 literal in one of the inet_aton forms, canonical or not. */
    private static final Pattern NUMERIC_HOST =
            Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
    /** The one IPv4 spelling accepted: four decimal numbers without leading zeros. */
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

    /** IPv4 ranges that are not the public internet, each with what it is (RFC 6890 and friends). */
    private static final List<Range> IPV4_FORBIDDEN = List.of(
            new Range("169.254.169.254", 32, "the cloud metadata address"),
            new Range("0.0.0.0", 8, "an unspecified (this-network) address"),
            new Range("10.0.0.0", 8, "a private address"),
            new Range("100.64.0.0", 10, "a shared carrier-grade NAT address"),
            new Range("127.0.0.0", 8, "a loopback address"),
            new Range("169.254.0.0", 16, "a link-local address"),
            new Range("172.16.0.0", 12, "a private address"),
            new Range("192.0.0.0", 24, "an IETF protocol address"),
            new Range("192.0.2.0", 24, "a documentation address"),
            new Range("192.168.0.0", 16, "a private address"),
            new Range("198.18.0.0", 15, "a benchmarking address"),
            new Range("198.51.100.0", 24, "a documentation address"),
            new Range("203.0.113.0", 24, "a documentation address"),
            new Range("224.0.0.0", 4, "a multicast address"),
            new Range("240.0.0.0", 4, "a reserved or broadcast address"));

    private final AddressResolver resolver;
    private final boolean allowLoopback;
    private final Set<Integer> refusedLoopbackPorts;

    /**
     * @param allowLoopback permit 127.0.0.0/8 and ::1, and nothing else that is not public; for
     *                      {@code ./newsdrop local --allow-loopback} and tests only
     */
    public AddressPolicy(AddressResolver resolver, boolean allowLoopback) {
        this(resolver, allowLoopback, Set.of());
    }

    /**
     * @param allowLoopback        permit 127.0.0.0/8 and ::1, and nothing else that is not public
     * @param refusedLoopbackPorts loopback ports refused even so: the local stack's own API and
     *                             emulators, whose data a fetch must never read
     */
    public AddressPolicy(AddressResolver resolver, boolean allowLoopback, Set<Integer> refusedLoopbackPorts) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
        this.refusedLoopbackPorts = Set.copyOf(refusedLoopbackPorts);
    }

    /**
     * Checks a URL and resolves its host.
     *
     * @return the host's addresses, every one of them allowed
     * @throws RefusedUrlException  when the URL or any address of its host is not allowed
     * @throws UnknownHostException when the host name does not resolve
     */
    public List<InetAddress> vet(URI url) throws RefusedUrlException, UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("only http and https URLs are fetched, not '" + url + "'");
        }
        if (url.getRawUserInfo() != null) {
            throw new RefusedUrlException("URLs with credentials (user@host) are not fetched");
        }
        String host = url.getHost();
        if (host == null && url.getRawAuthority() != null) {
            // java.net.URI gives no host for numeric forms such as 127.1 or 0x7f.1; read them anyway.
            host = hostOfAuthority(url.getRawAuthority());
        }
        if (host == null || host.isEmpty()) {
            throw new RefusedUrlException("'" + url + "' has no host name newsdrop can read");
        }
        int port = portOf(url, scheme);
        if (host.startsWith("[")) {
            InetAddress literal = InetAddress.getByName(host.substring(1, host.length() - 1)); // no DNS: a literal
            requireAllowed(literal, port, host + " is ");
            return List.of(literal);
        }
        if (NUMERIC_HOST.matcher(host).matches()) {
            InetAddress literal = parseIpv4Literal(host);
            requireAllowed(literal, port, host + (host.equals(literal.getHostAddress()) ? " is "
                    : " (" + literal.getHostAddress() + ") is "));
            if (!CANONICAL_IPV4.matcher(host).matches()) {
                throw new RefusedUrlException(host + " is an obfuscated spelling of " + literal.getHostAddress());
            }
            return List.of(literal);
        }
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        // Every address, not just the first: the client may connect to any of them.
        for (InetAddress address : addresses) {
            requireAllowed(address, port, host + " resolves to " + address.getHostAddress() + ", ");
        }
        return addresses;
    }

    private static String hostOfAuthority(String authority) throws RefusedUrlException {
        if (authority.contains("@")) {
            throw new RefusedUrlException("URLs with credentials (user@host) are not fetched");
        }
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        return NUMERIC_HOST.matcher(host).matches() ? host : null;
    }

    /** Why an address may not be fetched from, or null when it may. */
    public String forbiddenReason(InetAddress address) {
        if (allowLoopback && isLoopback(address)) {
            return null;
        }
        return classify(address);
    }

    private void requireAllowed(InetAddress address, int port, String subject) throws RefusedUrlException {
        String reason = forbiddenReason(address);
        if (reason == null && isLoopback(address) && refusedLoopbackPorts.contains(port)) {
            reason = "a loopback address, and port " + port + " is the local stack's own API or emulator";
        }
        if (reason != null) {
            throw new RefusedUrlException(subject + reason);
        }
    }

    /**
     * The port a request to the URL goes to: the explicit one, else the scheme's. Read from the raw
     * authority too, as java.net.URI gives no port for the numeric host forms it cannot parse.
     */
    private static int portOf(URI url, String scheme) throws RefusedUrlException {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        String authority = url.getRawAuthority();
        int colon = authority == null ? -1 : authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']', colon) < 0 && colon + 1 < authority.length()) {
            String digits = authority.substring(colon + 1);
            if (!digits.matches("[0-9]{1,5}")) {
                throw new RefusedUrlException("'" + url + "' has a port newsdrop cannot read");
            }
            return Integer.parseInt(digits);
        }
        return scheme.equals("https") ? 443 : 80;
    }

    private static boolean isLoopback(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? (b[0] & 0xff) == 127 : address.equals(IPV6_LOOPBACK);
    }

    private static final InetAddress IPV6_LOOPBACK = ipv6("::1");

    private static String classify(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            for (Range range : IPV4_FORBIDDEN) {
                if (range.contains(b)) {
                    return range.what();
                }
            }
            return null;
        }
        if (!(address instanceof Inet6Address)) {
            return "an address of an unknown family";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        // IPv4 inside IPv6: mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d.
        if (firstTenZero && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return embedded(b, 12);
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
            return embedded(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) { // 6to4 2002:a.b.c.d::/48
            return embedded(b, 2);
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return "a Teredo tunnel address"; // hides an obfuscated IPv4 address
        }
        if ((b[0] & 0xff) == 0xff) {
            return "a multicast address";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "a site-local address";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a unique-local (private) address";
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "a documentation address";
        }
        return null;
    }

    private static String embedded(byte[] b, int offset) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        try {
            String reason = classify(InetAddress.getByAddress(v4));
            return reason == null ? null : "an IPv6 form of " + InetAddress.getByAddress(v4).getHostAddress()
                    + ", " + reason;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads an IPv4 literal the way inet_aton does: 1 to 4 parts, each decimal, octal (0…) or hex (0x…). */
    static InetAddress parseIpv4Literal(String host) throws RefusedUrlException {
        String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = text.split("\\.");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parsePart(parts[i], host);
        }
        long value = 0;
        int last = parts.length - 1;
        for (int i = 0; i < last; i++) {
            if (values[i] > 0xff) {
                throw new RefusedUrlException(host + " is a malformed IPv4 address");
            }
            value |= values[i] << (8 * (3 - i));
        }
        long lastMax = (1L << (8 * (4 - last))) - 1;
        if (values[last] > lastMax) {
            throw new RefusedUrlException(host + " is a malformed IPv4 address");
        }
        value |= values[last];
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static long parsePart(String part, String host) throws RefusedUrlException {
        try {
            if (part.length() > 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
                return part.length() > 10 ? Long.MAX_VALUE : Long.parseLong(part.substring(2), 16);
            }
            if (part.equalsIgnoreCase("0x")) {
                return 0;
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return part.length() > 12 ? Long.MAX_VALUE : Long.parseLong(part.substring(1), 8);
            }
            return part.length() > 10 ? Long.MAX_VALUE : Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new RefusedUrlException(host + " is a malformed IPv4 address");
        }
    }

    private static InetAddress ipv6(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** An IPv4 CIDR block and what addresses in it are. */
    private record Range(long network, int prefix, String what) {

        Range(String network, int prefix, String what) {
            this(toLong(ipv4Bytes(network)), prefix, what);
        }

        boolean contains(byte[] address) {
            long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            return (toLong(address) & mask) == (network & mask);
        }

        private static byte[] ipv4Bytes(String dotted) {
            String[] p = dotted.split("\\.");
            return new byte[] {(byte) Integer.parseInt(p[0]), (byte) Integer.parseInt(p[1]),
                    (byte) Integer.parseInt(p[2]), (byte) Integer.parseInt(p[3])};
        }

        private static long toLong(byte[] b) {
            return ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        }
    }
}
