package dev.newsdrop.process;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.ExtractedArticle;
import dev.newsdrop.extract.PageInput;

/**
 * What {@link RecordMaker} asks of the extraction engine. An interface so that tests can count and
 * fail extractions; production code wraps an {@link ArticleExtractor} with {@link #of}.
 */
public interface Extraction {

    /** The full extraction of a page. */
    ExtractedArticle extract(PageInput page);

    /**
     * The page's canonical URL alone, or null: the cheap pass that names a record before it is
     * made (decode, parse, read the head; no body extraction).
     */
    String canonicalUrl(PageInput page);

    static Extraction of(ArticleExtractor extractor) {
        return new Extraction() {
            @Override
            public ExtractedArticle extract(PageInput page) {
                return extractor.extract(page);
            }

            @Override
            public String canonicalUrl(PageInput page) {
                return extractor.canonicalUrl(page);
            }
        };
    }
}
