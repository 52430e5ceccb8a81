package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PatternOpenings}: the places where a pattern's match can open, read from its source. A gate
 * built on them refuses only places the pattern cannot match at, so the name cleaner's answers stay
 * those of the patterns asked everywhere.
 */
class PatternOpeningsTest {

    /** Characters that fold specially ("İ", "ı", "ſ", the Kelvin sign), blanks, marks and digits of several scripts. */
    private static final String ALPHABET = "aAbBeEtTyYwWiIhHmMcCoOpPsSrR \t\n\u00A0.,:;|()@-'’İıſKéÉüÜ٣1Жж";

    @Test
    void openings_readLiteralsGroupsClassesAndQuantifiers() {
        PatternOpenings words = PatternOpenings.of("(?i)(?<![\\p{L}])(?:powered by|(?:view )?(?:more|all) posts|théme|x[yz]s?)(?![\\p{L}])");
        assertFalse(words.admitsAll());
        for (String s : List.of("Powered by", "VIEW posts", "more posts", "All Posts", "THÉME", "xy", "XZ")) {
            assertTrue(words.mayOpenAt(s, 0), s);
        }
        for (String s : List.of("Jane", "pa", "vx", "x", "tx", "", "All", "vie")) {
            assertFalse(words.mayOpenAt(s, 0), s);
        }
        assertTrue(PatternOpenings.of("a|b?").admitsAll(), "a match may be empty");
        assertTrue(PatternOpenings.of("[^a]|c").admitsAll(), "a negated class opens with any character");
        assertTrue(PatternOpenings.of("[^a]b|c").mayOpenAt("xb", 0), "any character, then b");
        assertFalse(PatternOpenings.of("[^a]b|c").mayOpenAt("xd", 0));
        assertTrue(PatternOpenings.of("(?<name>a)").admitsAll(), "a construct not read");
        assertTrue(PatternOpenings.of("\\s*(?:and|und)\\s").mayOpenAt(" und", 0));
        assertTrue(PatternOpenings.of("\\s*(?:and|und)\\s").mayOpenAt("UND ", 0));
        assertTrue(PatternOpenings.of("a{0,3}b").mayOpenAt("aab", 0));
        assertTrue(PatternOpenings.of("a{0,3}b").mayOpenAt("b", 0));
        assertFalse(PatternOpenings.of("a{0,3}b").mayOpenAt("c", 0));
    }

    @Test
    void nameCleanerGates_readTheirPatterns() {
        assertFalse(AuthorNames.NOT_A_NAME_OPENINGS.admitsAll());
        assertFalse(AuthorNames.THEME_OPENINGS.admitsAll());
        assertFalse(AuthorNames.NOT_A_NAME_OPENINGS.mayOpenAt("Jane Doe", 0));
        assertTrue(AuthorNames.NOT_A_NAME_OPENINGS.mayOpenAt("Journalist", 0));
    }

    /** {@link AuthorNames#holdsNotAName} as it was before its words' openings were asked. */
    private static boolean holdsNotANameUngated(String s) {
        Matcher m = AuthorNames.NOT_A_NAME.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < s.length(); at++) {
            char c = s.charAt(at);
            char prev = at == 0 ? ' ' : s.charAt(at - 1);
            boolean asciiLetter = (prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z');
            if (at == 0 || !asciiLetter || "hHwW@:)(".indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void notANameGate_givesThePatternsAnswer() {
        Pattern theme = Pattern.compile("(?iu)" + themeSource());
        List<String> tokens = tokens(AuthorNames.NOT_A_NAME.pattern());
        Random random = new Random(11);
        for (int n = 0; n < 150_000; n++) {
            String s = randomText(random, tokens);
            assertEquals(holdsNotANameUngated(s), AuthorNames.holdsNotAName(s), () -> "\"" + s + "\"");
            assertEquals(theme.matcher(s).find(), AuthorNames.isThemeText(s), () -> "theme text in \"" + s + "\"");
        }
        for (String s : List.of("Jane Doe", "Staff", "Jane Doe, Journalist", "JOURNALİST", "Powered by WordPress", "Read more",
                "Jane Doe More Posts", "Anna Schmidt Redakteurin", "Jane 2024", "Kommentare (3)", "Über mich")) {
            assertEquals(holdsNotANameUngated(s), AuthorNames.holdsNotAName(s), s);
        }
    }

    @Test
    void themeGate_cutsTheAuthorBoxLinkAsThePatternDoes() {
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(List.of("Jane Doe More Posts")));
        assertEquals(List.of(), AuthorNames.clean(List.of("Become a Contributor")));
        assertEquals(List.of(), AuthorNames.clean(List.of("Powered by WordPress")));
    }

    /** The source THEME_PATTERN is compiled from: NOT_A_NAME's alternatives from "(?<![\p{L}])(?:powered by" to the job titles. */
    private static String themeSource() {
        String all = AuthorNames.NOT_A_NAME.pattern();
        int start = all.indexOf("(?<![\\p{L}])(?:powered by");
        int end = all.indexOf("|(?<![\\p{L}])(?:analyst");
        return all.substring(start, end);
    }

    /** The words and pieces of words of a pattern's source: what a text that nearly matches it is made of. */
    private static List<String> tokens(String source) {
        List<String> out = new ArrayList<>();
        for (String t : source.split("[|()?:\\[\\]\\\\{}*+!<=^$]+")) {
            if (!t.isBlank()) {
                out.add(t);
                if (t.length() > 3) {
                    out.add(t.substring(0, t.length() / 2));
                }
            }
        }
        return out;
    }

    private static String randomText(Random random, List<String> tokens) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(3) == 0) {
                for (int i = random.nextInt(4); i >= 0; i--) {
                    out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            } else {
                String t = tokens.get(random.nextInt(tokens.size()));
                out.append(switch (random.nextInt(5)) {
                    case 0 -> t.toUpperCase(Locale.ROOT);
                    case 1 -> Character.toUpperCase(t.charAt(0)) + t.substring(1);
                    case 2 -> t.replace('i', 'İ').replace('s', 'ſ');
                    default -> t;
                });
            }
            if (random.nextBoolean()) {
                out.append(random.nextBoolean() ? " " : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
