package dev.newsdrop.extract;

import dev.newsdrop.extract.body.BodyExtractor;
import dev.newsdrop.extract.body.ExtractedBody;
import dev.newsdrop.extract.meta.LanguageResolver;
import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.meta.PageMetadata;
import dev.newsdrop.extract.source.DecodedPage;
import dev.newsdrop.extract.source.PageDecoder;
import dev.newsdrop.extract.text.WordCount;
import dev.newsdrop.extract.verdict.PageVerdict;
import dev.newsdrop.model.ArticleStatus;
import org.jsoup.nodes.Document;

/**
 * Turns a raw page into an {@link ExtractedArticle}. Thread-safe; build one and reuse it.
 *
 * <p>The sequence: decode the bytes ({@link PageDecoder}: gzip, non-HTML, charset; well-formed UTF-8
 * stays bytes, decoded by the parser in its own pass), parse, read the
 * metadata from the untouched document ({@link MetadataReader}), extract the body
 * ({@link BodyExtractor}), settle language and direction against the body's script, count words,
 * then judge whether the page is an article at all ({@link PageVerdict}).
 *
 * <p>Bad input never throws: it yields a record with a non-EXTRACTED status and a reason.
 */
public final class ArticleExtractor {

    /** Changes whenever the engine's output for some page changes. */
    public static final String VERSION = "1.6.0";

    /** Characters per word with its space, to state prose in words in a verdict's reason. */
    private static final int AVERAGE_WORD_CHARS = 6;

    private final PageDecoder decoder;

    public ArticleExtractor() {
        this(new PageDecoder());
    }

    public ArticleExtractor(PageDecoder decoder) {
        this.decoder = decoder;
    }

    public ExtractedArticle extract(PageInput page) {
        DecodedPage decoded = decoder.decode(page);
        if (decoded.isRejected()) {
            return ExtractedArticle.failed(decoded.rejected(), decoded.reason(), decoded.charset(), page.url());
        }
        String url = page.url();
        Document doc = decoded.parse(url == null ? "" : url);
        PageMetadata meta = MetadataReader.read(doc, url);
        boolean passwordField = meta.hasPasswordField(); // noted before the body stage removes forms
        ExtractedBody body = BodyExtractor.extract(doc, meta.title(), meta.articleBody());
        String text = body.text();

        String language = LanguageResolver.resolve(meta.declaredLanguage(), text.isEmpty() ? meta.title() : text);
        String direction = LanguageResolver.direction(language, meta.dirAttribute());
        WordCount.Counts counts = WordCount.of(text);

        String notArticle = PageVerdict.whyNotArticle(new PageVerdict.Evidence(
                meta.title(), doc.title(), counts.total(), body.pageLinks(), body.headingLinks(),
                counts.total() == 0 ? 0 : body.proseChars() / AVERAGE_WORD_CHARS,
                meta.articleSignals(), meta.listingSignals(), passwordField, text));
        ArticleStatus status = notArticle == null ? ArticleStatus.EXTRACTED : ArticleStatus.NOT_ARTICLE;

        return new ExtractedArticle(status, notArticle, decoded.charset(), url, meta.canonicalUrl(), meta.siteName(),
                meta.title(), meta.authors(), meta.publishedAt(), meta.modifiedAt(), language, direction,
                meta.description(), meta.leadImage(), meta.section(), meta.tags(), body.credit(), text, body.html(),
                counts.total(), counts.readingMinutes());
    }

    /**
     * The page's canonical URL alone (as {@link #extract} would report it), or null: decoding,
     * parsing and one scan of the document, without the other metadata and the body stages. For
     * naming a record before it is made.
     */
    public String canonicalUrl(PageInput page) {
        DecodedPage decoded = decoder.decode(page);
        if (decoded.isRejected()) {
            return null;
        }
        String url = page.url();
        return MetadataReader.canonicalUrl(decoded.parse(url == null ? "" : url));
    }
}
