package dev.newsdrop.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.List;

/**
 * The language a page's paragraphs are written in, read before the body is extracted, for the stages that read the
 * page in its language before the text is known: a WordPress theme's {@code <html lang="en-US">} around a Vietnamese
 * or Portuguese post whose theme shows "05/11/2026" would read the day month first, as Americans write it, where the
 * post's language writes the day first.
 */
final class ProseLanguage {

    /** A paragraph shorter than this is a label, a caption or a menu's line rather than prose, and is not sampled. */
    private static final int MIN_PARAGRAPH_CHARS = 80;

    /**
     * The Ethiopic script writes a syllable with each character, a word in three or four: a paragraph closed by its full
     * stop ({@link #ETHIOPIC_FULL_STOP}) is prose from this many characters, a sentence of eight or ten words.
     */
    private static final int MIN_ETHIOPIC_SENTENCE_CHARS = 40;

    /** The Ethiopic full stop, "።". */
    private static final char ETHIOPIC_FULL_STOP = '\u1362';

    /** Characters of prose sampled: as many as {@link LanguageResolver} reads for its words. */
    private static final int SAMPLE_CHARS = 3_000;

    /** Paragraphs looked at for the sample, long or short. */
    private static final int MAX_PARAGRAPHS = 200;

    private ProseLanguage() {
    }

    /**
     * The declarations to read the page by: {@code declarations} themselves, or, when the page's opening prose
     * paragraphs are in a language other than {@code declared} ({@link LanguageResolver#resolve}), that language
     * alone.
     */
    static String[] contradicting(String declared, List<Element> paragraphs, String[] declarations) {
        String tag = LanguageResolver.normalize(declared);
        if (tag == null) {
            return declarations;
        }
        String sample = sample(paragraphs);
        if (sample.isEmpty()) {
            return declarations;
        }
        String prose = LanguageResolver.resolve(tag, sample);
        return prose == null || primary(prose).equals(primary(tag)) ? declarations : new String[] {prose};
    }

    /**
     * The text of the first prose paragraphs ({@link #MIN_PARAGRAPH_CHARS}), their own text nodes only, up to
     * {@link #SAMPLE_CHARS}.
     */
    static String sample(List<Element> paragraphs) {
        StringBuilder out = new StringBuilder();
        int read = 0;
        for (Element p : paragraphs) {
            if (out.length() >= SAMPLE_CHARS || read++ >= MAX_PARAGRAPHS) {
                break;
            }
            StringBuilder own = new StringBuilder();
            for (TextNode t : p.textNodes()) {
                String text = t.getWholeText();
                own.append(text, 0, Math.min(text.length(), SAMPLE_CHARS - own.length())).append(' ');
                if (own.length() >= SAMPLE_CHARS) {
                    break;
                }
            }
            if (isProse(own.toString().strip())) {
                out.append(own);
            }
        }
        return out.toString();
    }

    /** True when a paragraph's own text is long enough to be prose ({@link #MIN_PARAGRAPH_CHARS}, {@link #MIN_ETHIOPIC_SENTENCE_CHARS}). */
    private static boolean isProse(String own) {
        return own.length() >= MIN_PARAGRAPH_CHARS
                || own.length() >= MIN_ETHIOPIC_SENTENCE_CHARS && own.charAt(own.length() - 1) == ETHIOPIC_FULL_STOP;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
