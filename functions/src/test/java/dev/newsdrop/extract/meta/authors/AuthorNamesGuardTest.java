package dev.newsdrop.extract.meta.authors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cheap checks that let the author cleaner skip a pattern refuse only texts the pattern cannot
 * match: they save time and change no answer.
 */
class AuthorNamesGuardTest {

    /** Letters and marks the patterns treat specially: case folding ("İ", "ı", "K"), blanks, separators of several scripts. */
    private static final String ALPHABET = "aAnNdDeEtTuUyYzZwWiIhHmMcCoOvVgGsSkK \t\n\u000B\f\r,;|/&،，、иو.İıſKéÉ-'’";

    @Test
    void separatorCheck_refusesOnlyTextsTheSeparatorsCannotSplit() {
        for (String s : List.of("Jane Doe", "María López", "Иван Петров", "山田太郎", "Jonas Keller")) {
            assertFalse(AuthorNames.mayHoldSeparator(s), s);
            assertFalse(AuthorNames.SEPARATORS.matcher(s).find(), s);
        }
        for (String s : List.of("Jane Doe and John Roe", "Jane Doe AND John Roe", "Anna Schmidt und Peter Müller",
                "A. Roe, B. Doe", "Ana y Luis", "Per og Kari", "Ivan и Olga", "أحمد و علي", "张三、李四", "Alexander Sandberg")) {
            assertTrue(AuthorNames.mayHoldSeparator(s), s);
        }
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            String s = randomText(random);
            if (!AuthorNames.mayHoldSeparator(s)) {
                assertFalse(AuthorNames.SEPARATORS.matcher(s).find(), () -> "refused, yet split: \"" + s + "\"");
            }
        }
    }

    @Test
    void withAgencyCheck_refusesOnlyTextsThePatternCannotMatch() {
        for (String s : List.of("Jane Doe with AP", "Von Max Muster mit dpa", "Par Jean Dupont avec AFP", "Jan Kowalski z PAP",
                "Jane Doe WITH AP", "Ana Silva com Lusa")) {
            assertTrue(AuthorNames.mayNameWithAgency(s), s);
            assertTrue(AuthorNames.WITH_AGENCY.matcher(s).matches(), s);
        }
        assertFalse(AuthorNames.mayNameWithAgency("Jane Doe"));
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            String s = randomText(random);
            if (!AuthorNames.mayNameWithAgency(s)) {
                assertFalse(AuthorNames.WITH_AGENCY.matcher(s).matches(), () -> "refused, yet matched: \"" + s + "\"");
            }
        }
    }

    @Test
    void trailingNameCheck_skipsOnlyPatternsThatCannotMatch() {
        for (String site : List.of("Example Times", "BBC", "USA TODAY", "Example Inc.", "Ïnternational Post", "İstanbul Haber", "...")) {
            List<java.util.regex.Pattern> guarded = PublisherNames.trailingNamePatterns(site);
            List<java.util.regex.Pattern> plain = List.of(guarded.get(0)); // a plain list: the pattern always asked
            Random random = new Random(site.hashCode());
            for (int n = 0; n < 20_000; n++) {
                String text = randomText(random) + (random.nextBoolean() ? " " : ", ") + variant(site, random)
                        + (random.nextInt(3) == 0 ? ". " : "");
                String expected = PublisherNames.withoutTrailingNames(text, plain);
                assertTrue(expected.equals(PublisherNames.withoutTrailingNames(text, guarded)), () -> site + " in \"" + text + "\"");
            }
        }
        assertTrue(PublisherNames.withoutTrailingNames("Jane Doe - usa today.", PublisherNames.trailingNamePatterns("USA TODAY"))
                .equals("Jane Doe"));
    }

    /** The name as a byline may write it: in another case, cut short, or with a letter changed. */
    private static String variant(String name, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> name.toUpperCase(java.util.Locale.ROOT);
            case 1 -> name.toLowerCase(java.util.Locale.ROOT);
            case 2 -> name.substring(random.nextInt(name.length()));
            case 3 -> name.replace('I', 'ı').replace('i', 'İ');
            default -> name;
        };
    }

    @Test
    void notANameCheck_answersAsThePatternsSearchDoes() {
        String[] words = {"staff", "editor", "powered by", "read more", "journalist", "Reporter", "2024", "www.", "https://", "a@b",
            "(", ")", ":", "_", "Editor-in-chief", "ANALYST", "über", "журналист", "redaktion", "news", "Jane", "Doe", "de", "é"};
        for (String s : List.of("Jane Doe", "Staff", "Jane Doe, Staff Writer", "Reporter", "jane@example.com", "Jane 2",
                "Powered by WordPress", "Jane Doe Read more", "x_editor", "9editor", "éditor", "Redaktion")) {
            assertTrue(AuthorNames.holdsNotAName(s) == AuthorNames.NOT_A_NAME.matcher(s).find(), s);
        }
        Random random = new Random(11);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int i = 0; i < parts; i++) {
                b.append(random.nextInt(3) == 0 ? String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())))
                        : words[random.nextInt(words.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String s = b.toString();
            assertTrue(AuthorNames.holdsNotAName(s) == AuthorNames.NOT_A_NAME.matcher(s).find(), () -> "\"" + s + "\"");
        }
    }

    @Test
    void trailingRoleCut_isThePatternsFirstReplacement() {
        String[] words = {"Jane", "Doe", "Senior", "writer", "Editor", "is", "was", "with", "additional", "reporting", "Jan", "12",
            "2024", "on", "Monday", "in", "Gardening", "翻訳", "译者", "(AP)", "|", "–", "—", "·", "•", "-", "5 min read", "anzeigen",
            "18.", "März", "年", "10月", ":", "de", "\n", "\t"};
        for (String s : List.of("Jane Doe", "Jane Doe, Staff Writer", "Jane Doe | Example", "Jane Doe (AP)", "Jane Doe is a writer",
                "Jonas Keller 18. März 2024", "王小明 2023年10月2日", "Jane Doe on 28 March 2024", "Jane Doe 5 min read", "Jane Doe\n")) {
            assertTrue(AuthorNames.withoutTrailingRole(s).equals(AuthorNames.TRAILING_ROLE.matcher(s).replaceFirst("")), s);
        }
        Random random = new Random(13);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int i = 0; i < parts; i++) {
                b.append(random.nextInt(3) == 0 ? String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())))
                        : words[random.nextInt(words.length)]);
                if (random.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            String s = b.toString();
            assertTrue(AuthorNames.withoutTrailingRole(s).equals(AuthorNames.TRAILING_ROLE.matcher(s).replaceFirst("")),
                    () -> "\"" + s + "\"");
        }
    }

    /** A short text of letters near the patterns' words, often with one of the words themselves put in. */
    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(14);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(6) == 0) {
                String[] words = {"and", "et", "und", "with", "mit", "avec", "con", "com", "met", "med", "z", "og", "och", "en", "ve", "e", "i", "y"};
                String w = words[random.nextInt(words.length)];
                b.append(random.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT));
            } else {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
