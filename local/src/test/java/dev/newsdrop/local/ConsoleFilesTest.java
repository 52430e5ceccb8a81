package dev.newsdrop.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which names the console's static route serves, and with which headers. */
class ConsoleFilesTest {

    private final ConsoleFiles files = new ConsoleFiles(ConsoleFilesTest.class.getClassLoader());

    @ParameterizedTest
    @ValueSource(strings = {"../log4j2-cli.xml", "..", ".", "..%2flog4j2-cli.xml", "%2e%2e", "a/../app.js",
            "app.js/", "APP.JS", ".hidden.js", "app.js%00.css", "app.js\u0000.css", "..\\app.js", "app", "app.",
            "log4j2-cli.xml", "app.class", "-app.js", ""})
    void nameThatIsNotAConsoleFile_isNotServed(String name) {
        assertNull(files.file(name), name);
    }

    @Test
    void consoleFiles_areServedWithTheirTypeAndThePolicy() {
        for (Map.Entry<String, String> file : Map.of("index.html", "text/html; charset=utf-8",
                "app.js", "text/javascript; charset=utf-8", "console.css", "text/css; charset=utf-8",
                "icon.svg", "image/svg+xml").entrySet()) {
            GatewayAnswer answer = files.file(file.getKey());
            assertNotNull(answer, file.getKey());
            assertEquals(200, answer.status());
            assertEquals(file.getValue(), header(answer, "Content-Type"));
            assertEquals(ConsoleFiles.POLICY, header(answer, "Content-Security-Policy"));
            assertEquals("nosniff", header(answer, "X-Content-Type-Options"));
        }
    }

    /** Archives are PUT to the S3 emulator: the console may connect there too, by origin only, and nowhere else. */
    @Test
    void consoleWithAnUploadOrigin_mayConnectToItsOrigin_only_andKeepsTheRestOfThePolicy() {
        ConsoleFiles withUploads = new ConsoleFiles(ConsoleFilesTest.class.getClassLoader(),
                java.net.URI.create("http://127.0.0.1:47701/newsdrop-raw?x=1"));

        String policy = header(withUploads.file("app.js"), "Content-Security-Policy");

        assertEquals(ConsoleFiles.POLICY.replace("connect-src 'self';", "connect-src 'self' http://127.0.0.1:47701;"),
                policy);
        assertTrue(ConsoleFiles.POLICY.contains("connect-src 'self';"), ConsoleFiles.POLICY);
    }

    @Test
    void consoleScripts_neverWriteMarkupFromData() {
        // Untrusted text goes in as text: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval.
        for (String name : new String[] {"app.js", "dom.js", "api.js", "list.js", "record.js", "drop.js", "pipeline.js"}) {
            String source = new String(files.file(name).body(), StandardCharsets.UTF_8);
            for (String sink : new String[] {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function"}) {
                assertTrue(!source.contains(sink), name + " uses " + sink);
            }
        }
    }

    private static String header(GatewayAnswer answer, String name) {
        return answer.headers().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
