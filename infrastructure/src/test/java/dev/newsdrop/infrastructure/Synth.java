package dev.newsdrop.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The definition of the template's one state machine as JSON, each {@code {"Ref": id}} of its
     * {@code Fn::Join} written {@code ${id}} (references only ever stand inside its strings).
     */
    static Map<String, Object> stateMachineDefinition(Template template) {
        Map<String, Map<String, Object>> machines = template.findResources("AWS::StepFunctions::StateMachine");
        if (machines.size() != 1) {
            throw new IllegalStateException("expected one state machine: " + machines.keySet());
        }
        Map<?, ?> properties = (Map<?, ?>) machines.values().iterator().next().get("Properties");
        List<?> join = (List<?>) ((Map<?, ?>) properties.get("DefinitionString")).get("Fn::Join");
        StringBuilder json = new StringBuilder();
        for (Object part : (List<?>) join.get(1)) {
            json.append(part instanceof String text ? text : "${" + ((Map<?, ?>) part).get("Ref") + "}");
        }
        try {
            return new ObjectMapper().readValue(json.toString(), new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the definition is not JSON: " + json, e);
        }
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
