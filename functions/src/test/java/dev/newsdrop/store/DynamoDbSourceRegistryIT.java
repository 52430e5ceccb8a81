package dev.newsdrop.store;

import dev.newsdrop.config.Settings;
import dev.newsdrop.ports.SourceRegistry;
import dev.newsdrop.testing.LocalAws;
import dev.newsdrop.testing.SourceRegistryContract;

import java.util.Map;
import java.util.UUID;

/** The source registry contract on the DynamoDB emulator. */
class DynamoDbSourceRegistryIT extends SourceRegistryContract {

    @Override
    protected SourceRegistry newRegistry() {
        LocalAws aws = LocalAws.start(Map.of(Settings.SOURCES_TABLE, Tables.SOURCES.defaultName() + "-" + UUID.randomUUID()));
        return new DynamoDbSourceRegistry(aws.dynamoDb, Tables.name(Tables.SOURCES, aws.settings));
    }
}
