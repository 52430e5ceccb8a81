package dev.newsdrop.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's static files (HTML, CSS and JavaScript modules, no build step), served from the
 * {@code console/} folder on the class path with the headers that keep hostile text inert: a
 * Content-Security-Policy allowing only this origin's scripts and styles (no inline script or
 * style), no framing, {@code nosniff} and exact content types.
 *
 * <p>A file is named by a single path segment of lower-case letters, digits and dashes with a known
 * extension; anything else (dot segments, encoded slashes or dots, backslashes, folders) is not a
 * console file, so no request can reach another resource of the class path.
 */
final class ConsoleFiles {

    /** The console's own policy: its scripts and styles only, its API only, frames only from itself. */
    static final String POLICY = policy(null);
    static final String FOLDER = "console/";
    static final String INDEX = "index.html";

    private static final Pattern NAME = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    private final ClassLoader loader;
    private final String policy;

    ConsoleFiles(ClassLoader loader) {
        this(loader, null);
    }

    /**
     * @param uploads the S3 emulator's origin, which the console may also connect to: web archives are
     *                PUT there through presigned links ({@code POST /uploads}); null for none
     */
    ConsoleFiles(ClassLoader loader, java.net.URI uploads) {
        this.loader = loader;
        this.policy = policy(uploads);
    }

    /** The policy: {@link #POLICY}, with {@code uploads} (scheme, host and port only) as a second place to connect to. */
    static String policy(java.net.URI uploads) {
        String connect = uploads == null ? "'self'"
                : "'self' " + uploads.getScheme() + "://" + uploads.getHost() + ":" + uploads.getPort();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src " + connect
                + "; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** This console's policy. */
    String policy() {
        return policy;
    }

    /** The file named {@code name} (one path segment, as requested), or null when there is no such console file. */
    GatewayAnswer file(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        byte[] body;
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return null;
            }
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console file " + name, e);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>(securityHeaders(policy));
        headers.add(Map.entry("Content-Type", TYPES.get(m.group(2))));
        headers.add(Map.entry("Cache-Control", "no-cache"));
        return new GatewayAnswer(200, headers, body);
    }

    /** Headers every console answer carries, under the given policy. */
    static List<Map.Entry<String, String>> securityHeaders(String policy) {
        return List.of(
                Map.entry("Content-Security-Policy", policy),
                Map.entry("X-Content-Type-Options", "nosniff"),
                Map.entry("Referrer-Policy", "no-referrer"),
                Map.entry("Cross-Origin-Opener-Policy", "same-origin"));
    }
}
