package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ComparisonKey#of} strips the scheme, "www." and a domain ending without regular expressions:
 * its keys must stay those of the definition it replaces, written out here, including the ending a
 * closing line break leaves in place for '$' and the prefix that leaves no room for an ending.
 */
class ComparisonKeyTest {

    private static final Pattern URL_PREFIX = Pattern.compile("^(?:https?://)?(?:www\\.)?");
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile("\\.(?:com|org|net|co\\.uk|fr|de|info|news)$");

    /** The key as first defined: two regular expressions and a filter over code points. */
    private static String definition(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        n = DOMAIN_SUFFIX.matcher(URL_PREFIX.matcher(n).replaceAll("")).replaceAll("");
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.Example.com", "http://example.org/", "WWW.Le-Monde.fr", "Coastal Ledger", "The Guardian.co.uk",
        "www.de", "http://.com", "https://www.", "news.news", "Example.COM", "site.com.au", "Daily Mail Online\n",
        "example.com\n", "example.com\r\n", "example.de\u2028", "example.info\r", "Zeitung.de\u0085", "Café Crème",
        "ﬁnancial times", "Ｗｉｄｅ ｎｅｗｓ.com", "北京日报", "Ἀθῆναι", "İstanbul Haber", "𝐁𝐨𝐥𝐝 news.com", "", " ", "-|-"})
    void keysAreThoseOfTheDefinition(String s) {
        assertEquals(definition(s), ComparisonKey.of(s), s);
    }

    /** Pieces of ASCII texts: schemes and "www." in both cases, the domain endings, letters, digits, punctuation, line breaks. */
    private static final String[] ASCII_PIECES = {"https://", "HTTP://", "http:/", "www.", "WWW.", "Www", ".com", ".CO.UK", ".co.uk", ".fr",
        ".De", ".info", ".news", ".net", ".org", "Jane", "DOE", "o'", "-", " ", "\t", "\n", "\r", "|", "42", "Z", "a", "@", ".", "_", "~", "`", "{", "["};

    @Test
    void asciiKeys_areThoseOfTheKeyOfAnyText() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int pieces = random.nextInt(6); pieces > 0; pieces--) {
                s.append(random.nextInt(4) == 0 ? String.valueOf((char) random.nextInt(0x80)) : ASCII_PIECES[random.nextInt(ASCII_PIECES.length)]);
            }
            String text = s.toString();
            assertEquals(ComparisonKey.ofAnyText(text), ComparisonKey.of(text), text);
            assertEquals(definition(text), ComparisonKey.of(text), text);
        }
    }
}
