package dev.newsdrop.testing;

import dev.newsdrop.ports.SeenStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seen store contract on the in-memory store, and its stand-in for the table's TTL. */
class InMemorySeenStoreTest extends SeenStoreContract {

    @Override
    protected SeenStore newStore(MutableClock clock) {
        return new InMemorySeenStore(clock);
    }

    @Test
    void entries_areForgottenAfterNinetyDays_asTheTableTtlDoes() {
        seen.addIfNew("src", "https://news.example/a");
        clock.advance(InMemorySeenStore.REMEMBER_FOR.plus(Duration.ofSeconds(1)));

        assertTrue(seen.addIfNew("src", "https://news.example/a"));
    }
}
