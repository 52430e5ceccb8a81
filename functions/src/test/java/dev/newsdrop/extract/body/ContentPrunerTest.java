package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentPrunerTest {

    private static final String PROSE = "The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.";

    private static String pruned(String line) {
        Element container = Jsoup.parseBodyFragment("<div><p>" + PROSE + "</p><p>" + line + "</p><p>" + PROSE + "</p></div>")
                .body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        return container.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "اقرأ أيضا: الحكومة تعلن خطة جديدة", "شارك هذا المقال", "تابعنا على تويتر", "نشر في 3 مارس 2024",
        "Читайте также: Новый бюджет города", "Lees ook: Nieuwe plannen", "Baca juga: Rencana baru kota", "Iklan",
        "More: Another story from the harbour", "Publié le 3 mars 2024 à 10h", "Реклама", "Czytaj także: Nowy plan",
        "Lee también: El tráfico de contenedores bate récords", "Veja também: Porto amplia terminal",
        "यह भी पढ़ें: शहर में तीन नए पार्क बनेंगे", "קראו עוד: העירייה תשפץ גנים",
        "Das könnte Sie auch interessieren", "Newsletter abonnieren", "Ti potrebbe interessare", "4 Antworten",
        "3 comentários", "12 Kommentare", "Iscriviti alla newsletter", "Vous aimerez aussi", "You may also like"})
    void boilerplateLines_inManyLanguages_areCut(String line) {
        assertEquals(PROSE + " " + PROSE, pruned(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sharepoint outages hit the council", "Delays are expected at the ferry terminal.",
        "Newsletter-Versand verzögert sich wegen des Streiks", "4 Antworten auf die wichtigsten Fragen zur Grundsteuer"})
    void linesThatOnlyStartLikeBoilerplate_stay(String line) {
        assertEquals(PROSE + " " + line + " " + PROSE, pruned(line), line);
    }
}
