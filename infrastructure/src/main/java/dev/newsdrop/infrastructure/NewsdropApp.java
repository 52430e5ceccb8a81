package dev.newsdrop.infrastructure;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.services.lambda.Code;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CDK app: one stack, {@code newsdrop-<stage>}, synthesized into {@code infrastructure/cdk.out}
 * (or wherever the CDK command line asks) and checked against the AwsSolutions rules of cdk-nag:
 * a finding without a suppression fails the synth.
 */
public final class NewsdropApp {

    private NewsdropApp() {
    }

    public static void main(String[] args) {
        Path module = moduleDirectory();
        App app = new App(AppProps.builder()
                .outdir(outputDirectory(module).toString())
                .context(CdkJson.context(module))
                .build());
        define(app, Code.fromAsset(FunctionsJar.locate(module).toString()));
        // cdk.json sets @aws-cdk/core:annotationsInValidationReport: an error annotation, such as a
        // cdk-nag finding without a suppression, fails this synth with a validation report.
        CloudAssembly assembly = app.synth();
        System.out.println("Synthesized " + assembly.getStacks().getFirst().getTemplateFullPath());
    }

    /**
     * Defines the newsdrop stack in the app, deploying the given function code, and adds the checks
     * every synth of it runs.
     */
    public static NewsdropStack define(App app, Code functionCode) {
        StackOptions options = StackOptions.fromContext(app.getNode());
        NewsdropStack stack = new NewsdropStack(app, options.stackName(), options, functionCode);
        Tags.of(app).add("project", "newsdrop");
        Tags.of(app).add("stage", options.stage());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).reports(true).build()));
        return stack;
    }

    /** The CDK command line runs this app in the module; Maven runs it there too, with the module as base. */
    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : new Path[] {here, here.resolve("infrastructure")}) {
            if (Files.isRegularFile(candidate.resolve(CdkJson.FILE))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Run the app from the repository or its infrastructure/ folder: no "
                + CdkJson.FILE + " in " + here);
    }

    /** The CDK command line names its output folder in CDK_OUTDIR; by itself the app writes to cdk.out. */
    private static Path outputDirectory(Path module) {
        String fromCli = System.getenv("CDK_OUTDIR");
        return fromCli != null && !fromCli.isBlank() ? Path.of(fromCli) : module.resolve("cdk.out");
    }

}
