package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Edges} cuts a text's edges as the patterns it replaced did, written out here, on random texts
 * of letters, spaces, punctuation, symbols (one outside the Basic Multilingual Plane) and the
 * characters excepted from a set. (That it reads a long run inside a text once, where the patterns read
 * it again from each of its characters, the hostile corpus checks: {@code HostilePages.longRuns}.) The random texts hold no line terminator beyond {@code \n} and
 * {@code \r}: before a final U+0085 or U+2028 a pattern's {@code $} also matches, which no edge cut needs.
 */
class EdgesTest {

    private static final char[] ALPHABET = {'a', 'Z', 'é', ' ', '\t', '\n', '\r', '\u00A0', '.', ')', '(', ',', '-', '|', '\u2013',
        '\u00B7', '\u00BB', ':', '$', '+', '\u2605', '\u00BD', '\u3001'};

    private static final String EMOJI = "\uD83D\uDE00"; // an emoji: one symbol, two chars

    @Test
    void cutsPunctuationAndSymbolsAsThePatternDid() {
        Pattern pattern = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");
        IntPredicate edge = Edges.SPACE.or(Edges.PUNCTUATION).or(Edges.SYMBOL);
        sameAsPattern(pattern, s -> Edges.strip(s, edge));
    }

    @Test
    void cutsPunctuationButKeepsAClosingStopOrBracketAsThePatternDid() {
        Pattern pattern = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.)]]+$");
        IntPredicate leading = Edges.PUNCTUATION.or(Edges.SPACE);
        IntPredicate trailing = leading.and(c -> c != '.' && c != ')');
        sameAsPattern(pattern, s -> Edges.strip(s, leading, trailing));
    }

    @Test
    void cutsListedSeparatorsAsThePatternDid() {
        Pattern pattern = Pattern.compile("^[\\s|\u2013\u2014\u00B7\u00BB:-]+|[\\s|\u2013\u2014\u00B7\u00BB:-]+$");
        IntPredicate edge = Edges.SPACE.or(Edges.anyOf("|\u2013\u2014\u00B7\u00BB:-"));
        sameAsPattern(pattern, s -> Edges.strip(s, edge));
    }

    @Test
    void cutsTheEndOnlyAsThePatternDid() {
        Pattern pattern = Pattern.compile("[\\s.]+$");
        sameAsPattern(pattern, s -> Edges.stripTrailing(s, Edges.SPACE.or(c -> c == '.')));
    }

    @Test
    void aSymbolOutsideTheBasicPlaneIsCutWhole() {
        assertEquals("Headline", Edges.strip(EMOJI + " Headline " + EMOJI, Edges.SPACE.or(Edges.SYMBOL)));
        assertEquals("", Edges.strip(EMOJI + EMOJI, Edges.SYMBOL));
        assertEquals("a" + EMOJI, Edges.strip("a" + EMOJI, Edges.SPACE)); // not a space: kept whole, never halved
    }

    private static void sameAsPattern(Pattern pattern, java.util.function.UnaryOperator<String> cut) {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                if (random.nextInt(20) == 0) {
                    s.append(EMOJI);
                } else {
                    s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
            }
            String text = s.toString();
            assertEquals(pattern.matcher(text).replaceAll(""), cut.apply(text), () -> "for \"" + text + "\"");
        }
    }
}
