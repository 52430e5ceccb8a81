package dev.newsdrop.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The address rules, without network: host names resolve through a fixed table. */
class AddressPolicyTest {

    /** Names a test resolves, and what to; anything else is an unknown host. Never real DNS. */
    private static final Map<String, List<String>> DNS = Map.of(
            "news.example", List.of("93.184.216.34"),
            "dual.example", List.of("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"),
            "internal.example", List.of("10.0.0.5"),
            "metadata.example", List.of("169.254.169.254"),
            "sneaky.example", List.of("93.184.216.34", "127.0.0.1"),
            "ula.example", List.of("fd00:ec2::254"),
            "loopback.example", List.of("127.0.0.1"),
            "home-router.example", List.of("192.168.0.1"),
            "v6-loopback.example", List.of("::1"),
            "v6-link-local.example", List.of("fe80::1"));

    static final AddressResolver FIXED = host -> {
        List<String> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new ArrayList<>();
        for (String a : addresses) {
            resolved.add(InetAddress.getByName(a)); // literals: no look-up
        }
        return resolved;
    };

    private final AddressPolicy policy = new AddressPolicy(FIXED, false);
    private final AddressPolicy loopbackAllowed = new AddressPolicy(FIXED, true);

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "http://10.0.0.5/                        | 10.0.0.5 is a private address",
            "http://172.16.0.1/                      | 172.16.0.1 is a private address",
            "http://172.31.255.254/                  | 172.31.255.254 is a private address",
            "http://192.168.1.1/                     | 192.168.1.1 is a private address",
            "http://127.0.0.1/                       | 127.0.0.1 is a loopback address",
            "http://127.8.9.10:8080/                 | 127.8.9.10 is a loopback address",
            "http://[::1]/                           | [::1] is a loopback address",
            "http://169.254.169.254/latest/meta-data | 169.254.169.254 is the cloud metadata address",
            "http://169.254.1.2/                     | 169.254.1.2 is a link-local address",
            "http://[fe80::1]/                       | [fe80::1] is a link-local address",
            "http://[fc00::1]/                       | [fc00::1] is a unique-local (private) address",
            "http://[fd00:ec2::254]/                 | [fd00:ec2::254] is a unique-local (private) address",
            "http://224.0.0.1/                       | 224.0.0.1 is a multicast address",
            "http://[ff02::1]/                       | [ff02::1] is a multicast address",
            "http://0.0.0.0/                         | 0.0.0.0 is an unspecified (this-network) address",
            "http://[::]/                            | [::] is an unspecified address",
            "http://100.64.0.1/                      | 100.64.0.1 is a shared carrier-grade NAT address",
            "http://100.127.255.254/                 | 100.127.255.254 is a shared carrier-grade NAT address",
            "http://[::ffff:127.0.0.1]/              | [::ffff:127.0.0.1] is a loopback address",
            "http://[::ffff:10.0.0.5]/               | [::ffff:10.0.0.5] is a private address",
            "http://[::ffff:169.254.169.254]/        | [::ffff:169.254.169.254] is the cloud metadata address",
            "http://[64:ff9b::a00:5]/                | an IPv6 form of 10.0.0.5, a private address",
            "http://[2002:7f00:1::]/                 | an IPv6 form of 127.0.0.1, a loopback address",
            "http://2130706433/                      | 2130706433 (127.0.0.1) is a loopback address",
            "http://0x7f.1/                          | 0x7f.1 (127.0.0.1) is a loopback address",
            "http://0177.0.0.1/                      | 0177.0.0.1 (127.0.0.1) is a loopback address",
            "http://0x7f000001/                      | 0x7f000001 (127.0.0.1) is a loopback address",
            "http://127.1/                           | 127.1 (127.0.0.1) is a loopback address",
            "http://0xa9.0xfe.0xa9.0xfe/             | (169.254.169.254) is the cloud metadata address",
            "http://012.0.0.5/                       | 012.0.0.5 (10.0.0.5) is a private address",
            "http://internal.example/                | internal.example resolves to 10.0.0.5, a private address",
            "http://metadata.example/                | metadata.example resolves to 169.254.169.254, the cloud metadata address",
            "http://sneaky.example/                  | sneaky.example resolves to 127.0.0.1, a loopback address",
            "http://ula.example/                     | ula.example resolves to fd00:ec2:0:0:0:0:0:254, a unique-local (private) address",
            "http://home-router.example/             | home-router.example resolves to 192.168.0.1, a private address",
            "http://v6-loopback.example/             | v6-loopback.example resolves to 0:0:0:0:0:0:0:1, a loopback address",
            "http://v6-link-local.example/           | v6-link-local.example resolves to fe80:0:0:0:0:0:0:1, a link-local address",
            "http://239.255.255.250/                 | 239.255.255.250 is a multicast address",
            "http://[ff05::1:3]/                     | [ff05::1:3] is a multicast address",
            "http://[fe80::a9fe:a9fe]/               | [fe80::a9fe:a9fe] is a link-local address",
            "http://[fdff:ffff:ffff::1]/             | [fdff:ffff:ffff::1] is a unique-local (private) address",
            "http://[::ffff:7f00:1]/                 | [::ffff:7f00:1] is a loopback address",
            "http://[::ffff:a9fe:a9fe]/              | [::ffff:a9fe:a9fe] is the cloud metadata address",
            "http://[0:0:0:0:0:ffff:192.168.1.1]/    | [0:0:0:0:0:ffff:192.168.1.1] is a private address",
            "http://[::10.0.0.5]/                    | an IPv6 form of 10.0.0.5, a private address",
            "http://2852039166/                      | 2852039166 (169.254.169.254) is the cloud metadata address",
            "http://0xA9FEA9FE/                      | 0xA9FEA9FE (169.254.169.254) is the cloud metadata address",
            "http://017700000001/                    | 017700000001 (127.0.0.1) is a loopback address",
            "http://0300.0250.0.1/                   | 0300.0250.0.1 (192.168.0.1) is a private address",
            "http://0/                               | 0 (0.0.0.0) is an unspecified (this-network) address",
            "http://127.0.0.1./                      | 127.0.0.1. (127.0.0.1) is a loopback address",
            "http://0x0a.0.0.5/                      | 0x0a.0.0.5 (10.0.0.5) is a private address",
            "http://167772165/                       | 167772165 (10.0.0.5) is a private address",
            "http://127.0.0.1#@example.com/          | 127.0.0.1 is a loopback address",
            "http://127.0.0.1:80#@news.example/      | 127.0.0.1 is a loopback address",
    })
    void hostileAddress_isRefusedWithItsReason(String url, String reason) {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class, () -> policy.vet(URI.create(url)));
        assertTrue(refused.getMessage().startsWith("refused: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void privateLiteral_messageIsExactlyWhatTheCallerSees() {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class,
                () -> policy.vet(URI.create("http://10.0.0.5/admin")));
        assertEquals("refused: 10.0.0.5 is a private address", refused.getMessage());
    }

    @Test
    void obfuscatedSpellingOfAPublicAddress_isRefusedToo() {
        // 0x5db8d822 is 93.184.216.34: harmless, but no real link is written that way.
        RefusedUrlException refused = assertThrows(RefusedUrlException.class,
                () -> policy.vet(URI.create("http://0x5db8d822/")));
        assertTrue(refused.getMessage().contains("obfuscated spelling of 93.184.216.34"), refused.getMessage());
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/a", "gopher://news.example/", "jar:http://x!/",
            "http://user:secret@news.example/", "http://news.example@127.0.0.1/", "mailto:a@news.example",
            "data:text/html,hi", "data:text/html;base64,PGI+aGk8L2I+", "jar:file:///tmp/x.jar!/a", "gopher://127.0.0.1:25/_HELO",
            "dict://127.0.0.1:11211/stat", "ldap://127.0.0.1/", "ws://news.example/", "HTTP://user@news.example/",
            "http://evil@127.0.0.1/", "http://example.com@10.0.0.1/", "http://news.example:80@10.0.0.1/",
            "http://:@127.0.0.1/", "http://%65vil@127.0.0.1/", "http://evil%40news.example@127.0.0.1/"})
    void schemeOtherThanHttpOrCredentials_isRefused(String url) {
        assertThrows(RefusedUrlException.class, () -> policy.vet(URI.create(url)));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"http://93.184.216.34/", "https://93.184.216.34:8443/a?b=c", "https://news.example/2024/x.html",
            "http://dual.example/", "http://[2606:2800:220:1:248:1893:25c8:1946]/", "http://8.8.8.8/",
            "http://172.32.0.1/", "http://100.128.0.1/", "http://192.169.0.1/"})
    void publicAddress_isAllowed(String url) throws Exception {
        List<InetAddress> addresses = policy.vet(URI.create(url));
        assertTrue(!addresses.isEmpty());
    }

    @Test
    void unknownHost_isNotARefusalButAnUnknownHost() {
        assertThrows(UnknownHostException.class, () -> policy.vet(URI.create("http://nowhere.example/")));
    }

    @ParameterizedTest(name = "with --allow-loopback {0} is allowed")
    @ValueSource(strings = {"http://127.0.0.1:8080/feed.xml", "http://127.0.0.2/", "http://[::1]:9000/"})
    void allowLoopback_permitsLoopback(String url) throws Exception {
        assertEquals(1, loopbackAllowed.vet(URI.create(url)).size());
    }

    @ParameterizedTest(name = "with --allow-loopback {0} is still refused")
    @ValueSource(strings = {"http://10.0.0.5/", "http://169.254.169.254/", "http://[fe80::1]/", "http://0.0.0.0/",
            "http://192.168.0.1/", "http://0x7f.1/", "http://2130706433/", "http://internal.example/"})
    void allowLoopback_permitsNothingElse(String url) {
        assertThrows(RefusedUrlException.class, () -> loopbackAllowed.vet(URI.create(url)));
    }

    /** The local stack's own ports, as `./newsdrop local --port 3000` takes them: API, S3, DynamoDB. */
    private final AddressPolicy loopbackBesideTheStack =
            new AddressPolicy(FIXED, true, java.util.Set.of(3000, 3001, 3002, 80));

    @ParameterizedTest(name = "with --allow-loopback the stack's own {0} is still refused")
    @ValueSource(strings = {"http://127.0.0.1:3001/newsdrop-raw/?list-type=2", "http://127.0.0.1:3000/articles",
            "http://127.0.0.1:3002/", "http://127.0.0.2:3001/", "http://[::1]:3001/", "http://loopback.example:3002/",
            "http://127.0.0.1/", "http://127.1:3001/"})
    void allowLoopback_stillRefusesTheStacksOwnPorts(String url) {
        RefusedUrlException refused = assertThrows(RefusedUrlException.class,
                () -> loopbackBesideTheStack.vet(URI.create(url)));
        assertTrue(refused.getMessage().contains("loopback"), refused.getMessage());
    }

    @Test
    void allowLoopback_withRefusedPorts_stillPermitsOtherLoopbackPorts() throws Exception {
        assertEquals(1, loopbackBesideTheStack.vet(URI.create("http://127.0.0.1:3003/feed.xml")).size());
        assertEquals(1, loopbackBesideTheStack.vet(URI.create("https://127.0.0.1/")).size());
        assertTrue(loopbackBesideTheStack.vet(URI.create("http://news.example:3001/")).size() == 1,
                "a public host's port 3001 is not the stack's");
    }
}
