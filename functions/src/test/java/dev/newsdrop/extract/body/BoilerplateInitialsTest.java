package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Boilerplate lines are looked up by their first character, folded as the phrases' case-insensitive
 * matching folds it: capitals, digits, symbols and brackets must find their phrases as lower case does.
 */
class BoilerplateInitialsTest {

    private static final String PROSE = "The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.";

    private static String pruned(String line) {
        Element container = Jsoup.parseBodyFragment("<div><p>" + PROSE + "</p><p>" + line + "</p><p>" + PROSE + "</p></div>")
                .body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        return container.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADVERTISEMENT", "Advertisement", "Ad", "12 comments", "© 2024 Harbour Media", "(c) 2024 Harbour Media",
        "(C) 2024 Harbour Media", "Image 3 of 12", "4 min read", "À LIRE AUSSI : le port", "À lire aussi : le port s'agrandit", "Tags: harbour",
        "SHARE THIS", "Skip to main content", "Síguenos en redes"})
    void linesOpeningWithAnyCaseOrSymbol_areCut(String line) {
        assertEquals(PROSE + " " + PROSE, pruned(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Adrian Moore opened the harbour.", "12 ferries sail each day from the old harbour quay.",
        "(Charts show the tides of the whole week, with the spring tides marked in red.)"})
    void proseOpeningLikeAPhrase_stays(String line) {
        assertEquals(PROSE + " " + line + " " + PROSE, pruned(line), line);
    }
}
