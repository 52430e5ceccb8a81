package dev.newsdrop.testing;

import dev.newsdrop.ports.SourceRegistry;

/** The source registry contract on the in-memory registry. */
class InMemorySourceRegistryTest extends SourceRegistryContract {

    @Override
    protected SourceRegistry newRegistry() {
        return new InMemorySourceRegistry();
    }
}
