package dev.newsdrop.testing;

import dev.newsdrop.ports.ArticleRepository;
import dev.newsdrop.ports.ListingCursors;

/** The repository contract on the in-memory store the core's unit tests use. */
class InMemoryArticleRepositoryTest extends ArticleRepositoryContract {

    private final InMemoryArticleRepository store = new InMemoryArticleRepository(
            new ListingCursors(ListingCursors.keyDerivedFrom("contract")), READ_BUDGET);

    @Override
    protected ArticleRepository repository() {
        return store;
    }

    @Override
    protected ArticleRepository withOtherCursorKey() {
        InMemoryArticleRepository other = new InMemoryArticleRepository(
                new ListingCursors(ListingCursors.keyDerivedFrom("another deployment")), READ_BUDGET);
        store.all().forEach(r -> other.save(r, false));
        return other;
    }
}
