package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PictureRoleCandidates#mayFollowName}: false only on pages where no leaf element holding a wanted
 * name has a picture role as its next element sibling, the pair {@link StatedAuthors}' rule looks for.
 */
class PictureRoleCandidatesTest {

    private static final Set<String> WANTED = Set.of(ComparisonKey.of("Jane Doe"), ComparisonKey.of("Eirik Dahl"));

    /** The rule's question asked of every leaf element of the page, not only those of its bylines. */
    private static boolean anyPair(Document doc) {
        for (Element e : doc.getAllElements()) {
            if (e.childrenSize() != 0) {
                continue;
            }
            Element next = e.nextElementSibling();
            if (WANTED.contains(ComparisonKey.of(e.text())) && next != null && next.text().length() <= StatedAuthors.MAX_CREDIT_LEAD_CHARS
                    && StatedAuthors.PICTURE_ROLE.matcher(next.text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void roleWordsAreThePatternsAlternatives_eachMatchingIt() {
        assertNotNull(PictureRoleCandidates.ROLE_WORDS);
        String pattern = StatedAuthors.PICTURE_ROLE.pattern();
        assertEquals(pattern.chars().filter(c -> c == '|').count() + 1, PictureRoleCandidates.ROLE_WORDS.size());
        for (String word : PictureRoleCandidates.ROLE_WORDS) {
            assertTrue(StatedAuthors.PICTURE_ROLE.matcher(word).matches(), word);
        }
        for (String word : StatedAuthors.PICTURE_ROLE_WORDS) {
            assertTrue(word.chars().allMatch(c -> c == ' ' || Character.isLetter(c)) && !word.contains("  ")
                    && word.strip().equals(word), "a role word is letters and single spaces, as the piece check reads them: " + word);
        }
    }

    /** {@link PictureRoleCandidates#isRolePiece} by its definition: the text normalized, then searched for in each word. */
    private static boolean isRolePieceByDefinition(String text) {
        StringBuilder normalized = new StringBuilder();
        boolean blank = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                blank = !normalized.isEmpty();
            } else if (Character.getType(c) != Character.FORMAT) {
                if (blank) {
                    normalized.append(' ');
                    blank = false;
                }
                normalized.append(Character.toLowerCase(Character.toUpperCase(c)));
            }
        }
        return !normalized.isEmpty() && PictureRoleCandidates.ROLE_WORDS.stream().anyMatch(w -> w.contains(normalized));
    }

    @Test
    void randomTexts_areRolePiecesByTheDefinition() {
        Random random = new Random(21);
        String alphabet = "fotgrapheinóøöÓØÖkuvdjlscFOTGRAPHEINKUVDJLSC \t\n\u00A0\u2003\u200B\u00AD\u212A\u0130\u017F:1-.x";
        char[] piece = new char[PictureRoleCandidates.ROLE_WORDS.stream().mapToInt(String::length).max().orElseThrow() + 1];
        int pieces = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(20); length > 0; length--) {
                text.append(random.nextInt(8) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) { // a role word's piece, cased and spaced at random
                String word = PictureRoleCandidates.ROLE_WORDS.get(random.nextInt(PictureRoleCandidates.ROLE_WORDS.size()));
                int from = random.nextInt(word.length());
                String part = word.substring(from, from + 1 + random.nextInt(word.length() - from));
                text = new StringBuilder(random.nextBoolean() ? part.toUpperCase(java.util.Locale.ROOT) : " " + part + "\n");
            }
            boolean expected = isRolePieceByDefinition(text.toString());
            assertEquals(expected, PictureRoleCandidates.isRolePiece(text.toString(), piece), text.toString());
            pieces += expected ? 1 : 0;
        }
        assertTrue(pieces > 20_000, "pieces: " + pieces);
    }

    @Test
    void aRoleAfterAWantedName_whole_split_orFolded_mayFollow() {
        for (String html : new String[] {
            "<p><span>Eirik Dahl</span> <span>fotograf</span></p>",
            "<p><span>Eirik Dahl</span><span> foto<b>graf</b> </span></p>",
            "<p><a>Jane Doe</a><em>VIDEO\n  JOURNALIST</em></p>",
            "<p><a>Jane Doe</a><em>video<br>journalist</em></p>",
            "<div><span>Jane Doe</span><span><i>Illustra\u00ADtør</i></span></div>",
            "<div><span>Jane Doe</span><span><i>Fotógrafa</i></span></div>"}) {
            Document doc = Jsoup.parse(html);
            assertTrue(PictureRoleCandidates.mayFollowName(doc, WANTED), html);
        }
    }

    @Test
    void noRole_orNoWantedNameBeforeIt_orARoleWordInsideLongerText_doesNot() {
        for (String html : new String[] {
            "<p><span>Eirik Dahl</span> <span>reporter</span></p>",
            "<p><span>John Roe</span> <span>fotograf</span></p>",
            "<p><span>Eirik Dahl</span> <span>fotograf and writer of many long stories here</span></p>",
            "<p>Jane Doe <span>fotograf</span></p>",
            "<p><span>Jane Doe</span><span>Video</span></p>"}) {
            Document doc = Jsoup.parse(html);
            assertFalse(PictureRoleCandidates.mayFollowName(doc, WANTED), html);
        }
    }

    private static final String[] TEXTS = {"Jane Doe", "Eirik Dahl", "John Roe", "fotograf", "Photographer", "FOTÓGRAFO", "Video",
        "video journalist", "video", "journalist", "foto", "graf", "Kuva", "aaja", " \n ", "\u00A0", "\u200B", "and", "Von", "in",
        "Text of the story that runs long enough to be prose, over forty characters.", "Illustratrice", "ILLUSTRATØR", "fotograf, writer"};

    private static final String[] TAGS = {"span", "div", "p", "b", "a", "em", "li", "br", "time", "strong"};

    private static void appendRandom(StringBuilder html, Random random, int depth) {
        for (int children = random.nextInt(4); children >= 0; children--) {
            if (depth > 4 || random.nextInt(3) == 0) {
                html.append(TEXTS[random.nextInt(TEXTS.length)]);
                continue;
            }
            String tag = TAGS[random.nextInt(TAGS.length)];
            html.append('<').append(tag).append('>');
            if (!tag.equals("br")) {
                appendRandom(html, random, depth + 1);
                html.append("</").append(tag).append('>');
            }
        }
    }

    @Test
    void randomPages_theGateIsFalseOnlyWhereThePairIsOnNoLeafOfThePage() {
        Random random = new Random(2112);
        int pairs = 0;
        int ruledOut = 0;
        for (int k = 0; k < 8_000; k++) {
            StringBuilder html = new StringBuilder("<body>");
            appendRandom(html, random, 0);
            Document doc = Jsoup.parse(html.toString());
            boolean pair = anyPair(doc);
            boolean may = PictureRoleCandidates.mayFollowName(doc, WANTED);
            if (pair) {
                pairs++;
                assertTrue(may, html.toString());
            } else if (!may) {
                ruledOut++;
            }
        }
        assertTrue(pairs > 40, "pages with a pair: " + pairs);
        assertTrue(ruledOut > 2_000, "pages ruled out: " + ruledOut);
    }
}
