package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link PullQuotes#appendLettersAndDigits}'s reading of text in ASCII alone, character by character, gives what the
 * normalised, lower-cased reading of any text gives: over random texts of ASCII, of ASCII with accents, combining marks,
 * full-width and ligature letters, and of other scripts.
 */
class PullQuoteLettersTest {

    /** The reading without the ASCII path: normalised (NFKC), lower-cased, letters and digits kept. */
    private static String reference(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t\n";
    private static final String OTHER = "éÉ\u0301\u0308ﬁＡｂ１İıß\u00a0ΣσςЖж中文한국어\uD83D\uDE00";

    @Test
    void everyText_readsAsTheNormalisedReading() {
        Random random = new Random(43);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            boolean other = random.nextInt(3) == 0;
            for (int i = 0, n = random.nextInt(40); i < n; i++) {
                String from = other && random.nextInt(4) == 0 ? OTHER : ASCII;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            StringBuilder out = new StringBuilder("x");
            PullQuotes.appendLettersAndDigits(out, text.toString());
            assertEquals("x" + reference(text.toString()), out.toString(), text::toString);
        }
    }
}
