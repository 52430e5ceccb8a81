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
    void everyGate_isRead() {
        for (PatternOpenings o : List.of(AuthorNames.TRAILING_ROLE_OPENINGS, AuthorNames.BUTTON_OPENINGS, AuthorNames.JOB_TITLE_OPENINGS,
                AuthorNames.NOT_AN_AUTHOR_PART_OPENINGS, BylineLeads.LEAD_IN_FIRST_CHARACTERS)) {
            assertFalse(o.admitsAll());
        }
        assertFalse(AuthorNames.TRAILING_ROLE_OPENINGS.mayOpenAt("Jane Doe", 4), "\" Doe\" opens no role, date or category");
        assertTrue(AuthorNames.TRAILING_ROLE_OPENINGS.mayOpenAt("Jane Doe 12. März 2024", 8));
        assertFalse(BylineLeads.mayOpenWithLeadIn("Dana Roe"));
        assertTrue(BylineLeads.mayOpenWithLeadIn("Door Pieter Bakker"));
        assertTrue(BylineLeads.mayOpenWithLeadIn("By Dana Roe"));
    }

    /** {@link AuthorNames#withoutTrailingRole} as it was before its openings were asked. */
    private static String withoutTrailingRoleUngated(String s) {
        Matcher m = AuthorNames.TRAILING_ROLE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < s.length(); at++) {
            char c = s.charAt(at);
            if (" \t\n\u000B\f\r".indexOf(c) >= 0 || "|\u2013\u2014\u00B7\u2022(\u7FFB\u8A33\u8BD1".indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return s.substring(0, at) + s.substring(m.end());
                }
            }
        }
        return s;
    }

    private static Pattern pattern(Class<?> owner, String name) {
        try {
            java.lang.reflect.Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return (Pattern) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cleanerGates_refuseOnlyTextsTheirPatternsCannotMatch() {
        Pattern buttonAtEnd = pattern(AuthorNames.class, "BUTTON_AT_END");
        Pattern buttonAfterName = pattern(AuthorNames.class, "BUTTON_AFTER_NAME");
        Pattern nameThenJobTitle = pattern(AuthorNames.class, "NAME_THEN_JOB_TITLE");
        Pattern address = pattern(AuthorNames.class, "WHOLE_STRING_NOT_A_NAME");
        Pattern credentials = pattern(AuthorNames.class, "CREDENTIALS");
        Pattern affiliation = pattern(AuthorNames.class, "CAPITALISED_AFFILIATION");
        Pattern lowerCaseLast = pattern(AuthorNames.class, "LOWER_CASE_LAST_WORD");
        Pattern notAuthorPart = pattern(AuthorNames.class, "NOT_AN_AUTHOR_PART");
        Pattern dateLabel = pattern(AuthorNames.class, "DATE_LABEL_AFTER_NAMES");
        Pattern numericDate = pattern(AuthorNames.class, "NUMERIC_DATE_AFTER_NAMES");
        Pattern time = pattern(AuthorNames.class, "TIME_AFTER_NAMES");
        List<String> tokens = new ArrayList<>(List.of("Jane", "Doe", "NEW", "YORK", "PhD", "Ph.D.", "MD", "M.D.", "Jr", "ANNA", "van",
                "zeitung", "http://x", "www.", "a@b.cd", "/", "12", "2024", "10:15", "03.", "Mar", "Reuters", "Dana", "Roe"));
        Pattern ourStaffRole = pattern(AuthorNames.class, "OUR_STAFF_ROLE");
        Pattern endsInRole = pattern(AuthorNames.class, "ENDS_IN_ROLE");
        Pattern collective = pattern(AuthorNames.class, "COLLECTIVE");
        Pattern acronym = pattern(AuthorNames.class, "ACRONYM");
        Pattern arabicTitled = pattern(AuthorNames.class, "ARABIC_NAME_THEN_JOB_TITLE");
        Pattern cjkRole = pattern(AuthorNames.class, "CJK_NAME_THEN_ROLE");
        tokens.addAll(List.of("Slate", "-Redaktion", "RDN", "phd", "محرر", "أحمد", "김민준", "기자", "山田"));
        for (Pattern p : List.of(AuthorNames.TRAILING_ROLE, buttonAtEnd, nameThenJobTitle, notAuthorPart, BylineLeads.LEAD_IN, dateLabel,
                ourStaffRole, endsInRole, collective)) {
            tokens.addAll(tokens(p.pattern()));
        }
        Random random = new Random(5);
        for (int n = 0; n < 150_000; n++) {
            String s = randomText(random, tokens);
            assertEquals(withoutTrailingRoleUngated(s), AuthorNames.withoutTrailingRole(s), () -> "trailing role of \"" + s + "\"");
            if (!AuthorNames.mayOpenAfterBlank(s, AuthorNames.BUTTON_OPENINGS)) {
                assertFalse(buttonAtEnd.matcher(s).find(), () -> "button at the end of \"" + s + "\"");
                assertFalse(buttonAfterName.matcher(s).matches(), () -> "button after the name in \"" + s + "\"");
            }
            if (!AuthorNames.mayOpenAfterBlank(s, AuthorNames.JOB_TITLE_OPENINGS)) {
                assertFalse(nameThenJobTitle.matcher(s).matches(), () -> "job title in \"" + s + "\"");
            }
            if (!AuthorNames.mayHoldAddress(s)) {
                assertFalse(address.matcher(s).find(), () -> "address in \"" + s + "\"");
            }
            if (!AuthorNames.mayEndInCredentials(s)) {
                assertFalse(credentials.matcher(s).find(), () -> "credentials in \"" + s + "\"");
            }
            if (!AuthorNames.lastWordOpensWith(s, 2, Character.UPPERCASE_LETTER)) {
                assertFalse(affiliation.matcher(s).matches(), () -> "affiliation in \"" + s + "\"");
            }
            if (!AuthorNames.lastWordOpensWith(s, 1, Character.LOWERCASE_LETTER)) {
                assertFalse(lowerCaseLast.matcher(s).matches(), () -> "lower-case last word in \"" + s + "\"");
            }
            if (!AuthorNames.NOT_AN_AUTHOR_PART_OPENINGS.mayOpenAt(s, 0)) {
                assertFalse(notAuthorPart.matcher(s).matches(), () -> "not an author's part: \"" + s + "\"");
            }
            if (!BylineLeads.mayOpenWithLeadIn(s)) {
                assertFalse(BylineLeads.LEAD_IN.matcher(s).find(), () -> "lead-in in \"" + s + "\"");
            }
            if (!AuthorNames.OUR_STAFF_ROLE_OPENINGS.mayOpenAt(s, 0)) {
                assertFalse(ourStaffRole.matcher(s).find(), () -> "our staff's role in \"" + s + "\"");
            }
            assertEquals(endsInRole.matcher(s).find(), AuthorNames.endsInRole(s), () -> "role at the end of \"" + s + "\"");
            assertEquals(pattern(AuthorNames.class, "SPACES").split(s).length, AuthorNames.splitLength(s), () -> "words of \"" + s + "\"");
            assertEquals(collective.matcher(s).matches(), AuthorNames.isCollective(s), () -> "collective \"" + s + "\"");
            if (s.length() > 4) {
                assertFalse(acronym.matcher(s).matches(), () -> "acronym \"" + s + "\"");
            }
            if (!s.isEmpty() && s.charAt(0) < 0x80) {
                assertFalse(arabicTitled.matcher(s).matches() || cjkRole.matcher(s).matches(), () -> "caseless name and title \"" + s + "\"");
            }
            if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
                assertFalse(dateLabel.matcher(s).find() || numericDate.matcher(s).find() || time.matcher(s).find(), () -> "date in \"" + s + "\"");
            }
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

    @Test
    void firstCharacterGate_refusesOnlyWhatTheOpeningsRefuse_onRandomTexts() {
        List<PatternOpenings> gates = List.of(AuthorNames.NOT_A_NAME_OPENINGS, AuthorNames.THEME_OPENINGS,
                PatternOpenings.of("(?iu)(?:presse-?kontakt|media contact|für rückfragen|\\d{4}|[x-z]+|\\s*und)"),
                PatternOpenings.of("[^a]b|c"), PatternOpenings.of("a|b?"));
        Random random = new Random(29);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (random.nextInt(8) == 0) {
                s.insert(0, random.nextBoolean() ? "\uD83D\uDE00" : "\uD83D");
            }
            String text = s.toString();
            for (PatternOpenings gate : gates) {
                if (text.isEmpty()) {
                    continue;
                }
                boolean first = gate.mayOpenWith(text.codePointAt(0));
                refused += first ? 0 : 1;
                // the first character's answer is the whole question's first step: a refusal by it is a refusal by mayOpenAt
                assertTrue(first || !gate.mayOpenAt(text, 0), text);
            }
        }
        assertTrue(refused > 1_000, "refused " + refused);
    }

    @Test
    void firstCharacterGate_admitsTheFirstCharacterOfEveryOpening() {
        PatternOpenings gate = PatternOpenings.of("(?iu)(?:presse-?kontakt|media contact|für rückfragen|\\d{4}|[x-z]+|\\s*und)");
        for (char c : "pPmMfFxXyYzZuU7٣ \t\n".toCharArray()) {
            assertTrue(gate.mayOpenWith(c), "«" + c + "»");
        }
        for (char c : "qQaAkK.-ü".toCharArray()) {
            assertFalse(gate.mayOpenWith(c), "«" + c + "»");
        }
        assertTrue(gate.mayOpenWith("\uD83D\uDE00".codePointAt(0)), "a character beyond the BMP is admitted, as mayOpenAt admits it");
        assertTrue(PatternOpenings.of("[^a]b|c").mayOpenWith('q'), "any character opens");
        assertTrue(PatternOpenings.of("a|b?").mayOpenWith('q'), "every place is admitted");
    }

    /** Characters of random words: letters of both cases and of both halves of ASCII, marks below 64, letters that fold specially. */
    private static final String WORD_CHARS = "abcdkswzABKSWZ-:,'/@_!%&=~<>;\"éÉüſıİ\u212Aж";

    @Test
    void openingsOfWords_areTheirFoldedFirstCharacters_onRandomTexts() {
        Random random = new Random(2029);
        for (int round = 0; round < 200; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 1 + random.nextInt(30); w > 0; w--) {
                words.add(randomWord(random, 1 + random.nextInt(6)));
            }
            PatternOpenings gate = PatternOpenings.of("(?iu)(?:" + String.join("|", words) + ")");
            assertFalse(gate.admitsAll(), words.toString());
            for (int t = 0; t < 300; t++) {
                String text = random.nextInt(3) == 0 ? words.get(random.nextInt(words.size())) + randomWord(random, random.nextInt(3))
                        : randomWord(random, random.nextInt(7));
                boolean expected = false;
                for (String w : words) {
                    String opening = w.substring(0, Math.min(4, w.length()));
                    expected |= text.length() >= opening.length() && folded(text.substring(0, opening.length())).equals(folded(opening));
                }
                assertEquals(expected, gate.mayOpenAt(text, 0), () -> text + " against " + words);
            }
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length())));
        }
        return w.toString();
    }

    /** Each character as a case-insensitive Unicode pattern compares it. */
    private static String folded(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.toLowerCase(Character.toUpperCase(c)));
        }
        return out.toString();
    }

    @Test
    void key_looksUpWhatKeyOfWorksOut_forEveryUtf16Unit() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char unit = (char) c;
            assertEquals(PatternOpenings.keyOf(unit), PatternOpenings.key(unit), () -> "U+" + Integer.toHexString(unit));
        }
    }
}
