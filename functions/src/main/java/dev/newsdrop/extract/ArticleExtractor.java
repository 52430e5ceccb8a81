package dev.newsdrop.extract;

import dev.newsdrop.extract.body.BodyExtractor;
import dev.newsdrop.extract.body.BodyMeasure;
import dev.newsdrop.extract.body.ExtractedBody;
import dev.newsdrop.extract.budget.Deadline;
import dev.newsdrop.extract.meta.LanguageResolver;
import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.meta.PageMetadata;
import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.meta.WebAddress;
import dev.newsdrop.extract.meta.authors.AuthorFinder;
import dev.newsdrop.extract.source.BreakParagraphs;
import dev.newsdrop.extract.source.CopyFurniture;
import dev.newsdrop.extract.source.DecodedPage;
import dev.newsdrop.extract.source.PageDecoder;
import dev.newsdrop.extract.text.NewsAgencies;
import dev.newsdrop.extract.text.WordCount;
import dev.newsdrop.extract.verdict.PageVerdict;
import dev.newsdrop.model.ArticleStatus;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.time.Duration;
import java.util.List;

/**
 * Turns a raw page into an {@link ExtractedArticle}. Thread-safe; build one and reuse it.
 *
 * <p>The sequence: decode the bytes ({@link PageDecoder}: gzip, non-HTML, charset; well-formed UTF-8
 * stays bytes, decoded by the parser in its own pass), parse, read the
 * metadata from the untouched document ({@link MetadataReader}), extract the body
 * ({@link BodyExtractor}), settle language and direction against the body's script, count words,
 * then judge whether the page is an article at all ({@link PageVerdict}).
 *
 * <p>Bad input never throws: it yields a record with a non-EXTRACTED status and a reason. Every stage
 * is linear in the page; a time budget ({@link #TIME_BUDGET}, checked between the stages and inside
 * their walks) still ends a page far beyond any article as a TOO_LARGE record that says where it
 * stopped, rather than letting it hold a worker.
 */
public final class ArticleExtractor {

    /** Changes whenever the engine's output for some page changes. */
    public static final String VERSION = "1.53.0";

    /** Characters per word with its space, to state prose in words in a verdict's reason. */
    private static final int AVERAGE_WORD_CHARS = 6;

    /**
     * CPU time one extraction may take ({@link Deadline}). The largest accepted page (20 MB) takes a
     * few seconds; the budget leaves room for that on a slow CPU and ends well inside the API's 29 s
     * integration timeout.
     */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(10);

    private final PageDecoder decoder;
    private final Duration budget;

    public ArticleExtractor() {
        this(new PageDecoder());
    }

    public ArticleExtractor(PageDecoder decoder) {
        this(decoder, TIME_BUDGET);
    }

    /** An extractor whose extractions each stop after {@code budget}. */
    public ArticleExtractor(PageDecoder decoder, Duration budget) {
        this.decoder = decoder;
        this.budget = budget;
    }

    public ExtractedArticle extract(PageInput page) {
        Deadline deadline = Deadline.after(budget);
        DecodedPage decoded = decoder.decode(page);
        if (decoded.isRejected()) {
            return ExtractedArticle.failed(decoded.rejected(), decoded.reason(), decoded.charset(), page.url());
        }
        try {
            deadline.check("decoding");
            return extract(page, decoded, deadline);
        } catch (Deadline.Exceeded spent) {
            return ExtractedArticle.failed(ArticleStatus.TOO_LARGE, spent.getMessage(), decoded.charset(), page.url());
        }
    }

    private ExtractedArticle extract(PageInput page, DecodedPage decoded, Deadline deadline) {
        String url = WebAddress.httpOrNull(page.url()); // the base of the page's links: only an http(s) address
        Document doc = decoded.parse(url == null ? "" : url);
        deadline.check("parsing");
        CopyFurniture.remove(doc); // an archive's toolbar or a cache's banner over a copied page: none of it is the article's
        BodyMeasure measure = BodyMeasure.of(doc, decoded.size()); // the body is measured in the metadata stage's walk
        // text parted by double breaks, as the table-layout years wrote it: paragraphs, wrapped where the walk found any
        PageMetadata meta = MetadataReader.read(doc, url, measure, parted -> BreakParagraphs.wrap(parted) > 0, deadline);
        deadline.check("reading the metadata");
        boolean passwordField = meta.hasPasswordField(); // noted before the body stage removes forms
        ExtractedBody body = BodyExtractor.extract(doc, meta.title(), meta.articleBody(), meta.authors(), measure, deadline);
        String text = body.text();

        String language = LanguageResolver.resolve(meta.declaredLanguage(), text.isEmpty() ? meta.title() : text);
        String direction = LanguageResolver.direction(language, meta.dirAttribute());
        WordCount.Counts counts = WordCount.of(text);

        String notArticle = PageVerdict.whyNotArticle(new PageVerdict.Evidence(
                meta.title(), documentTitle(doc), counts.total(), body.pageLinks(), body.headingLinks(),
                counts.total() == 0 ? 0 : body.proseChars() / AVERAGE_WORD_CHARS,
                meta.articleSignals(), meta.listingSignals(), passwordField, body.stopsAtWall(), meta.paidPartAbsent(), text));
        ArticleStatus status = notArticle == null ? ArticleStatus.EXTRACTED : ArticleStatus.NOT_ARTICLE;

        String wire = AuthorFinder.wireSigningAlone(meta.authors(), meta.siteName());
        String credit = body.credit();
        if (credit == null || wire != null && !NewsAgencies.isAgency(credit)) {
            // the wire signing the copy alone outranks a source line under the text that names no agency ("Redacción / Europa
            // Press" over the text, "Fuente: INE" under it): that line names the figures' source, not the copy's
            credit = meta.bylineAgency() != null ? meta.bylineAgency() : wire;
        }
        if (credit == null) {
            credit = meta.partnerCredit(); // "Provided by X" over a portal's copy of a partner's article
        }
        List<String> authors = AuthorFinder.withoutCredit(AuthorFinder.inTextLanguage(meta.authors(), language, meta.declaredLanguage()), credit);
        return new ExtractedArticle(status, notArticle, decoded.charset(), url, meta.canonicalUrl(), meta.siteName(),
                meta.title(), authors, meta.publishedAt(), meta.modifiedAt(),
                language, direction,
                meta.description(), meta.leadImage(), meta.section(), meta.tags(),
                credit, text, body.html(),
                counts.total(), counts.readingMinutes());
    }

    /**
     * {@link Document#title()}: the text of the first {@code <title>} in the head, blanks collapsed, or
     * "". Found by a plain walk of the head, which stops at the title, instead of a selector's.
     */
    static String documentTitle(Document doc) {
        Element head = doc.head();
        for (Node n = head; n != null; n = TreeWalk.next(n, head)) {
            if (n instanceof Element e && e.nameIs("title")) {
                return StringUtil.normaliseWhitespace(e.text()).trim();
            }
        }
        return "";
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
