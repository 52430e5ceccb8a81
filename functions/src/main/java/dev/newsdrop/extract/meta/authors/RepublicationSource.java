package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.text.FirstAppearance;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication a republished article first appeared in, which sites that republish (with permission,
 * or under a Creative Commons licence) credit in a note ("This article first appeared in X", "Este artículo
 * fue publicado originalmente en X", "Cet article a paru initialement dans X") and which their JSON-LD then
 * states as an Organization author beside, or instead of, the writer. The note names where the text was
 * printed before, not who wrote it. The notes' words, language by language, are {@link FirstAppearance}'s.
 */
final class RepublicationSource {

    /**
     * The words of a republication note before the first publication's name, in every language of {@link FirstAppearance}
     * ({@link FirstAppearance#beforeFirstPublication}), its adverbs that are common words included: the note is read only
     * in a short line, beside a first publication the JSON-LD states.
     */
    private static final Pattern FIRST_PUBLISHED = Pattern.compile("(?iu)(?:" + FirstAppearance.beforeFirstPublication() + ")");

    /** The longest text of an element read as a republication note: a line, not an article. */
    private static final int MAX_NOTE_CHARS = 400;

    private RepublicationSource() {
    }

    /**
     * The names without the stated organisations ({@code organisations}, JSON-LD's Organization authors)
     * that a republication note on the page names as the first publication. The names are returned
     * unchanged when none is so named.
     */
    static List<String> withoutFirstPublications(List<String> names, List<String> organisations, PageScan scan) {
        if (names.isEmpty() || organisations.isEmpty()) {
            return names;
        }
        Set<String> typed = AuthorNames.keys(organisations);
        Set<String> wanted = new HashSet<>();
        for (String n : names) {
            String key = ComparisonKey.of(n);
            if (typed.contains(key) && !key.isEmpty()) {
                wanted.add(key);
            }
        }
        if (wanted.isEmpty()) {
            return names;
        }
        Set<String> sources = firstPublications(scan, wanted);
        return sources.isEmpty() ? names : names.stream().filter(n -> !sources.contains(ComparisonKey.of(n))).toList();
    }

    /** The places where a {@link #FIRST_PUBLISHED} match may start: asked of a text before the pattern is. */
    static final PatternOpenings FIRST_PUBLISHED_OPENINGS = PatternOpenings.of(FIRST_PUBLISHED.pattern());

    /** False when no place of the text opens a {@link #FIRST_PUBLISHED} match: its {@code find()} then fails too. */
    static boolean mayHoldFirstPublished(String text) {
        return FIRST_PUBLISHED_OPENINGS.mayOpenIn(text);
    }

    /** The wanted keys a note names after its {@link #FIRST_PUBLISHED} words, in the element holding the words. */
    private static Set<String> firstPublications(PageScan scan, Set<String> wanted) {
        Set<String> found = new HashSet<>();
        Element body = scan.document().body();
        if (body == null) {
            return found;
        }
        ShownTexts.forEach(body, t -> {
            if (t.getWholeText().length() > MAX_NOTE_CHARS || !mayHoldFirstPublished(t.getWholeText())) {
                return;
            }
            Matcher m = FIRST_PUBLISHED.matcher(t.getWholeText());
            if (m.find() && t.parent() instanceof Element note) {
                String text = note.text();
                if (text.length() <= MAX_NOTE_CHARS) {
                    int at = text.indexOf(m.group());
                    String after = ComparisonKey.of(at < 0 ? text : text.substring(at + m.group().length()));
                    for (String w : wanted) {
                        if (after.contains(w)) {
                            found.add(w); // "... first appeared in <a>Harbour Review</a>"
                        }
                    }
                }
            }
        });
        return found;
    }
}
