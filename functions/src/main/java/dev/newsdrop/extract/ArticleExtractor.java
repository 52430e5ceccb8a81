package dev.newsdrop.extract;

/**
 * Turns a raw page into an {@link ExtractedArticle}. Thread-safe; build one and reuse it.
 * (Placeholder contract: the engine is being written.)
 */
public final class ArticleExtractor {

    /** Changes whenever the engine's output for some page changes. */
    public static final String VERSION = "0.0.0";

    public ExtractedArticle extract(PageInput page) {
        throw new UnsupportedOperationException("not yet");
    }
}
