package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MainContentFinderTest {

    private static final String PARAGRAPH = "<p>The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.</p>";

    @Test
    void narrowing_staysAtTheBlockAboveWebComponents_soTheLeadBesideTheBodyIsKept() {
        // web components (hyphenated tags) are measured, but they are not containers: the choice does not
        // step down into the one holding the body and leave the lead in its sibling behind
        Element body = Jsoup.parse("<div class=story><story-section><story-html class=lead><div>Rates weigh on the index."
                + " Analysts expect only a pause.</div></story-html></story-section><story-section><div class=text>"
                + PARAGRAPH.repeat(8) + "</div></story-section></div>").body();
        Element found = MainContentFinder.find(TextStats.measure(body));
        assertEquals("div.story", found.normalName() + "." + found.className());
    }

    @Test
    void narrowing_staysAtALinklessBlock_whoseTextBesideTheBodyIsMoreThanAHeadline() {
        // a product test's pros and cons over its body: no link, so nothing to shed by stepping into the body
        String article = "<article class=review><h1>Der Saugmax 3000 im Test: stark auf Teppich und Parkett</h1><div class=summary>"
                + "<p>Testnote: 1,8 (gut)</p><h3>Vorteile</h3><ul><li>Starke Saugleistung</li><li>Lange Akkulaufzeit</li></ul>"
                + "<h3>Nachteile</h3><ul><li>Laut im Turbomodus</li></ul></div><div class=review-text>" + PARAGRAPH.repeat(3) + "</div></article>";
        Element found = MainContentFinder.find(TextStats.measure(Jsoup.parse(article).body()));
        assertEquals("article.review", found.normalName() + "." + found.className());
        // the same with a link beside the body (the note linked to the test method): the step into the body is taken, as before
        String linked = article.replace("<p>Testnote: 1,8 (gut)</p>", "<p><a href=/methode>Testnote: 1,8 (gut)</a></p>");
        found = MainContentFinder.find(TextStats.measure(Jsoup.parse(linked).body()));
        assertEquals("div.review-text", found.normalName() + "." + found.className());
        // beside the body mostly links (the other tests of the series): the step into the body is taken
        String links = article.replace("<ul><li>Starke Saugleistung</li><li>Lange Akkulaufzeit</li></ul>",
                "<ul><li><a href=/t/1>Akku-Staubsauger im Vergleich</a></li><li><a href=/t/2>Die besten Wischroboter 2025</a></li></ul>")
                .replace("<ul><li>Laut im Turbomodus</li></ul>", "<ul><li><a href=/t/3>Nass-Trockensauger im Test</a></li></ul>");
        found = MainContentFinder.find(TextStats.measure(Jsoup.parse(links).body()));
        assertEquals("div.review-text", found.normalName() + "." + found.className());
    }

    @Test
    void narrowing_keepsARecipesIngredientTable_whoseRowsLinkAnIngredientOrTwo_butNotACmsInfoListWithALink() {
        // the steps are one block of text; the ingredients beside it link two of them to their pages
        String recipe = "<article class=recipe><h1>Schwäbischer Kartoffelsalat</h1><table class=ingredients><tbody>"
                + "<tr><td>1 kg</td><td><a href=/k>Kartoffeln</a>, festkochend</td></tr><tr><td>1</td><td>Zwiebel</td></tr>"
                + "<tr><td>250 ml</td><td><a href=/b>Brühe</a>, heiß</td></tr><tr><td>4 EL</td><td>Essig</td></tr>"
                + "<tr><td>3 EL</td><td>Öl</td></tr></tbody></table><div class=box><h2>Zubereitung</h2><div class=box>"
                + "Die Kartoffeln mit Schale kochen, pellen und noch warm in dünne Scheiben schneiden.<br><br>Die Zwiebel fein"
                + " würfeln und in der Brühe kurz aufkochen. Essig, Salz und Pfeffer zugeben.<br><br>Die heiße Marinade über die"
                + " Kartoffeln gießen und alles vorsichtig mischen.<br><br>Mindestens eine Stunde ziehen lassen</div></div></article>";
        Element found = MainContentFinder.find(TextStats.measure(Jsoup.parse(recipe).body()));
        assertEquals("article.recipe", found.normalName() + "." + found.className());
        // a CMS's article-info list beside the body, its category linked: furniture, the step into the body is taken
        String info = "<div class=item><h2>Neuer Kunstrasen eingeweiht</h2><dl class=info><dt>Details</dt><dd>Geschrieben von Tobias"
                + " Hausmann</dd><dd>Kategorie: <a href=/v>Vereinsleben</a></dd><dd>Zuletzt aktualisiert: 14. März 2024</dd><dd>Zugriffe: 412"
                + "</dd></dl><div class=text>" + PARAGRAPH.repeat(2) + "</div></div>";
        found = MainContentFinder.find(TextStats.measure(Jsoup.parse(info).body()));
        assertEquals("div.text", found.normalName() + "." + found.className());
    }

    @Test
    void headlinesArticle_confinesTheChoice_onlyWhenItHoldsAThirdOfTheProse() {
        String side = "<div class=side><p>We have reported on the harbour, its ferries and its people every day since 2012, free of charge and"
                + " independent of any party or company.</p><p>Questions or ideas? Write to the newsroom by e-mail or call us, we read all"
                + " and answer.</p></div>";
        Element body = Jsoup.parse("<div class=row><article><h1>Pipe bursts in the old town</h1><p>A water main burst in Church Lane on"
                + " Tuesday morning and flooded several cellars in the houses along the river.</p><p>Nobody was hurt.</p><p>The lane stays closed until Friday.</p></article>"
                + side + "</div>").body();
        TextStats stats = TextStats.measure(body);
        assertEquals("article", MainContentFinder.find(stats, body.selectFirst("article")).normalName());
        assertEquals("div.row", "div." + MainContentFinder.find(stats).className()); // the sum of both, without the article's say
        // an article of a headline and a lead, the body beside it: the body is chosen, not the lead
        body = Jsoup.parse("<div class=page><article><h1>Pipe bursts</h1><p>A water main burst in Church Lane on Tuesday morning and"
                + " flooded several cellars, the water board said.</p></article><div class=text>" + PARAGRAPH.repeat(8) + "</div></div>").body();
        stats = TextStats.measure(body);
        assertEquals("div", MainContentFinder.find(stats, body.selectFirst("article")).normalName());
    }
}
