package dev.newsdrop;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The functions' packages form a graph without cycles, and the core reaches storage only through
 * the ports: a change to the DynamoDB or S3 adapters never ripples into processing, ingestion or
 * the API (whose listings see opaque cursors, never storage keys).
 */
class PackageGraphTest {

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.newsdrop");
    }

    @Test
    void packages_haveNoCycles() {
        slices().matching("dev.newsdrop.(*)..").should().beFreeOfCycles().check(mainClasses);
    }

    @Test
    void core_doesNotReachTheStorageAdapters() {
        noClasses().that().resideInAnyPackage("dev.newsdrop.process..", "dev.newsdrop.ingest..",
                        "dev.newsdrop.ports..", "dev.newsdrop.model..", "dev.newsdrop.extract..",
                        "dev.newsdrop.reprocess..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdrop.store..", "dev.newsdrop.handler..")
                .check(mainClasses);
    }

    @Test
    void apiAndProcessing_reachStorageOnlyThroughThePorts() {
        noClasses().that().resideInAnyPackage("dev.newsdrop.api..", "dev.newsdrop.process..",
                        "dev.newsdrop.reprocess..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsdrop.store..")
                .check(mainClasses);
    }

    @Test
    void core_knowsNothingOfAws() {
        noClasses().that().resideInAnyPackage("dev.newsdrop.process..", "dev.newsdrop.ingest..",
                        "dev.newsdrop.ports..", "dev.newsdrop.model..", "dev.newsdrop.extract..", "dev.newsdrop.api..",
                        "dev.newsdrop.reprocess..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .check(mainClasses);
    }
}
