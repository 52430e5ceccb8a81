package dev.newsdrop.infrastructure;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.services.lambda.Code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Defines the stack the way {@link NewsdropApp} does, with this module's cdk.json feature flags and
 * the given context, but deploying a tiny stand-in jar so tests neither need nor copy the real one.
 */
final class Synth {

    private Synth() {
    }

    static NewsdropStack stack(Path workDir, Map<String, Object> context) {
        Map<String, Object> all = new HashMap<>(CdkJson.context(Path.of("")));
        all.putAll(context);
        App app = new App(AppProps.builder().outdir(workDir.resolve("cdk.out").toString()).context(all).build());
        return NewsdropApp.define(app, Code.fromAsset(standInJar(workDir).toString()));
    }

    private static Path standInJar(Path workDir) {
        Path jar = workDir.resolve("newsdrop-functions-test-lambda.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("README"));
            zip.write("stand-in for the functions jar".getBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
