package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.TreeWalk;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.Set;

/**
 * Whether a page shows anywhere the pair {@link StatedAuthors}' picture-role rule looks for in its
 * bylines: a leaf element whose text is a wanted name, and right after it an element whose whole
 * text is a picture role ({@link StatedAuthors#PICTURE_ROLE}). Asked before the rule starts the walk
 * for the page's bylines ({@code PageScan.visible}), which a page stating two or more authors would
 * otherwise take for this rule alone (56 of the 999 benchmark pages, about 0.8% of extraction), to
 * find no role on most of them.
 *
 * <p>A role's text is made of the text nodes under its element, and each of them, its blanks and
 * format characters left out and its letters folded as the pattern folds them, is a piece of one
 * role word: one pass over the page's text nodes finds those pieces ({@link #isRolePiece}). From
 * each piece, the elements above it are asked the rule's own question of the pair, up to the first
 * whose text is too long for a role. The answer is false only when no such pair is on the page, where
 * the rule, which reads the bylines' elements alone, finds none either.
 */
final class PictureRoleCandidates {

    /**
     * The role words ({@link StatedAuthors#PICTURE_ROLE_WORDS}, which the rule's pattern is built from), each
     * character folded as the pattern's case-insensitive Unicode matching folds it.
     */
    static final List<String> ROLE_WORDS = StatedAuthors.PICTURE_ROLE_WORDS.stream().map(PictureRoleCandidates::folded).toList();

    private static final int LONGEST_ROLE = ROLE_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Nodes read under an element to learn that its text is too long for a role: a role's element holds a
     * word or two. Past them the question is left to the rule, so a page of deep or wide wrappers around
     * short texts reads each piece's surroundings a bounded number of times.
     */
    private static final int MAX_NODES_MEASURED = 64;

    private PictureRoleCandidates() {
    }

    /**
     * False when no leaf element of the page has a text whose {@link ComparisonKey} is in {@code wanted}
     * with, as its next element sibling, an element whose text is at most {@link StatedAuthors#MAX_CREDIT_LEAD_CHARS}
     * long and, stripped, a {@link StatedAuthors#PICTURE_ROLE}; true when there may be one.
     */
    static boolean mayFollowName(Document doc, Set<String> wanted) {
        char[] piece = new char[LONGEST_ROLE + 1];
        for (Node n = doc; n != null; n = TreeWalk.next(n, doc)) {
            if (n instanceof TextNode t && isRolePiece(t.getWholeText(), piece) && pairAbove(t, wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text, its blanks (by {@link Character#isWhitespace} or {@link Character#isSpaceChar})
     * left out at its ends and each run of them inside read as one space, its format characters (the
     * zero-width space, the soft hyphen) left out and each character folded, is a non-empty piece of a
     * role word. {@code piece} holds the folded text; it is one character longer than the longest word.
     * Role words are letters and single spaces ({@link StatedAuthors#PICTURE_ROLE_WORDS}): an ASCII character
     * of another kind refuses the text at once.
     */
    static boolean isRolePiece(String text, char[] piece) {
        int length = 0;
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded;
            if (c < 0x80) { // ASCII, most of most pages: its blanks are Character.isWhitespace's, and it has no format character
                if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F')) {
                    blank = length > 0;
                    continue;
                }
                folded = (char) (c | 0x20);
                if (folded < 'a' || folded > 'z') {
                    return false; // a digit, a sign, a control character: no role word holds one
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                blank = length > 0;
                continue;
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;
            } else {
                folded = fold(c);
            }
            if (blank) {
                if (length == piece.length) {
                    return false;
                }
                piece[length++] = ' ';
                blank = false;
            }
            if (length == piece.length) {
                return false; // longer than any role word: most texts stop here
            }
            piece[length++] = folded;
        }
        if (length == 0) {
            return false;
        }
        String candidate = new String(piece, 0, length); // a short text: labels, names, links
        for (String word : ROLE_WORDS) {
            if (word.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an element above the text node, its text not too long for a role, is a role after a leaf
     * holding a wanted name (the rule's question), or when too many nodes lie under one to measure it.
     */
    private static boolean pairAbove(TextNode t, Set<String> wanted) {
        for (Node at = t.parentNode(); at instanceof Element a; at = a.parentNode()) {
            int shown = shownChars(a, StatedAuthors.MAX_CREDIT_LEAD_CHARS + 1);
            if (shown < 0) {
                return true;
            }
            if (shown > StatedAuthors.MAX_CREDIT_LEAD_CHARS) {
                return false; // its text is longer, and so is the text of each element above it
            }
            Element name = a.previousElementSibling();
            if (name != null && name.childrenSize() == 0) {
                String text = a.text();
                if (text.length() <= StatedAuthors.MAX_CREDIT_LEAD_CHARS && StatedAuthors.PICTURE_ROLE.matcher(text.strip()).matches()
                        && wanted.contains(ComparisonKey.of(name.text()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The characters under the element that its {@link Element#text()} keeps whatever the blanks around
     * them (neither blank nor format characters), counted up to {@code enough}; -1 when more than
     * {@link #MAX_NODES_MEASURED} nodes come first. The text is at least this long.
     */
    private static int shownChars(Element e, int enough) {
        int shown = 0;
        int nodes = 0;
        for (Node n = e; n != null; n = TreeWalk.next(n, e)) {
            if (++nodes > MAX_NODES_MEASURED) {
                return -1;
            }
            if (n instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT && ++shown >= enough) {
                        return shown;
                    }
                }
            }
        }
        return shown;
    }

    /** A character as case-insensitive Unicode matching compares it: lower case of its upper case. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A word with each character {@link #fold folded}. */
    private static String folded(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(fold(word.charAt(i)));
        }
        return out.toString();
    }
}
