package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * The line a paper closes a reader's letter with when it withholds the signer's name: Italian "Lettera firmata",
 * Spanish "Carta firmada", French "Nom connu de la rédaction", German "Name der Redaktion bekannt", Dutch "Naam bij
 * de redactie bekend", English "Name withheld". The letter is signed, the page names no one: the site's own name,
 * stated as the author by its CMS, did not write it.
 */
final class WithheldSignature {

    /** The withheld signer's line in the languages read, whole (perhaps in brackets, with a closing full stop). */
    private static final Pattern WITHHELD = Pattern.compile("(?iu)^[\\s(\\[–—-]*(?:lettera firmata|carta firmada|"
            + "nom (?:et adresse )?connus? de la rédaction|name (?:und anschrift )?(?:ist )?der redaktion bekannt|"
            + "naam (?:en adres )?bij de redactie bekend|names? (?:and address )?withheld(?: (?:by request|on request|at (?:the )?writer's request))?)"
            + "[\\s.)\\]]*$");

    /** A withheld signer's line is this short at most. */
    private static final int MAX_LINE_CHARS = 60;

    /** Paragraphs read from the page's start: a letter's last line comes after its text, not after thousands. */
    private static final int MAX_PARAGRAPHS = 400;

    private WithheldSignature() {
    }

    /** True when a paragraph of the page is a withheld signer's line alone ({@link #WITHHELD}). */
    static boolean closesALetter(PageScan scan) {
        Element html = scan.html();
        if (html == null) {
            return false;
        }
        int read = 0;
        for (Element p : html.getElementsByTag("p")) {
            if (read++ >= MAX_PARAGRAPHS) {
                break;
            }
            String text = BylineText.leadingText(p, MAX_LINE_CHARS + 1, 20).strip();
            if (!text.isEmpty() && text.length() <= MAX_LINE_CHARS && WITHHELD.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
