package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import dev.newsdrop.extract.meta.PageMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorFinderTest {

    private static List<String> authors(String html) {
        Document doc = Jsoup.parse(html, "https://example.org/story");
        return MetadataReader.read(doc, "https://example.org/story").authors();
    }

    @Test
    void leadInInItsOwnElement_takesTheNameBesideIt() {
        String html = "<html><body><h1>Budget passes</h1><div class='x1'><span>By </span>"
                + "<a href='/profile/jane-doe'>Jane Doe</a></div><p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void leadInWithAClassOfItsOwn_isNotTheAuthor() {
        String html = "<html><body><h1>Le budget</h1><div class='meta'><span class='author-meta'>Par</span>"
                + "<a class='author-meta'>Claire Dubois</a></div><p>Texte.</p></body></html>";
        assertEquals(List.of("Claire Dubois"), authors(html));
    }

    @Test
    void bylineWithContactAddress_givesTheName() {
        String html = "<html><body><h1>Budget passes</h1><div class='byline'><span>By </span><ul><li>"
                + "<a href='/staff/jdoe'>Jane Doe | jdoe@example.com</a></li></ul></div><p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void publicationNameAfterTheBylineName_isAnAffiliation() {
        String html = "<html><head><meta property='og:site_name' content='Daily Ledger'></head><body><h1>Budget passes</h1>"
                + "<div class='byline-section'><span class='author'>Jane Doe</span>&nbsp;<span class='credit'>DAILY LEDGER</span>"
                + "</div><p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void deskNamedAfterThePublication_staysWhole() {
        String html = "<html><head><meta property='og:site_name' content='Ebony'></head><body><h1>Gala night</h1>"
                + "<div class='byline'>Team Ebony</div><p>Text.</p></body></html>";
        assertEquals(List.of("Team Ebony"), authors(html));
    }

    @Test
    void copyrightOwnerInTheAuthorTag_givesWayToThePerson() {
        String html = "<html><head><meta name='author' content='Example Media'>"
                + "<meta name='copyright' content='Copyright (c) Example Media 2024'>"
                + "<meta property='article:author' content='Jane Doe'></head><body><h1>Budget passes</h1></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void bloggerOwningTheCopyright_staysTheAuthor() {
        String html = "<html><head><meta name='author' content='Jane Doe'>"
                + "<meta name='copyright' content='© 2024 Jane Doe'></head><body><h1>My garden</h1></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void personNameWithAffiliationAfterABar_isOnePerson() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "[{\"@type\":\"Person\",\"name\":\"Jane Doe | The Evening Post\"}]}</script></head>"
                + "<body><h1>Budget passes</h1></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void emptyJsonLdName_fallsBackToTheBylineWithoutItsPublicationPart() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\", Evening Post &amp; Gazette\"}}</script></head><body><h1>Budget passes</h1>"
                + "<div class='byline-section'><span class='author'><a href='/staff/jdoe'>Jane Doe</a></span> "
                + "<span class='publication'>Evening Post &amp; Gazette</span></div><p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void byFollowedByASentence_isNoByline() {
        String html = "<html><body><h1>Budget passes</h1><p>Text.</p><div class='signup'><span>"
                + "By signing up, you agree to our <a href='/terms'>Terms</a>.</span></div>"
                + "<p><span>Par exemple, le budget</span></p></body></html>";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void onePersonWithAListOfNames_isSeveralAuthors() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":[\"Jane Doe\",\"Omar Haddad\"]}}</script></head>"
                + "<body><h1>Budget passes</h1></body></html>";
        assertEquals(List.of("Jane Doe", "Omar Haddad"), authors(html));
    }

    @Test
    void metaListingMoreAuthors_completesJsonLdThatCreditsTheFirst() {
        String html = "<html><head><meta name='author' content='Jane Doe,Omar Haddad,Lea Roy'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script></head><body><h1>Budget passes</h1></body></html>";
        assertEquals(List.of("Jane Doe", "Omar Haddad", "Lea Roy"), authors(html));
    }

    @Test
    void metaNamingSomeoneElse_leavesJsonLdAuthors() {
        String html = "<html><head><meta name='author' content='Web Team,Omar Haddad'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script></head><body><h1>Budget passes</h1></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void articleMarkedAsTakingComments_isNotACommentSection() {
        String html = "<html><body><article class='article-single comments-open'><h1>Budget passes</h1>"
                + "<p class='byline'><a rel='author' href='/author/jdoe'>Jane Doe</a></p><p>Text.</p>"
                + "<section id='comments'><div class='comment'><span class='author'>Troll99 Smith</span></div></section>"
                + "</article></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void leadOnALineOfItsOwn_stillOpensTheByline() {
        String html = "<html><body><h1>Budget passes</h1><div class='text-sm'>\n By\n <a href='/author/jdoe'>Jane Doe</a> "
                + "<time datetime='2024-03-27'>March 27, 2024</time></div><p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void bylineInASubheading_isRead() {
        String html = "<html><body><h1>Budget passes</h1><h4>By<!-- --> <span><a href='/bios/jdoe'>Jane M. Doe</a></span></h4>"
                + "<p>Text.</p></body></html>";
        assertEquals(List.of("Jane M. Doe"), authors(html));
    }

    @Test
    void bylineAtTheEndOfALongBlock_isReadFromTheLeadOn() {
        String html = "<html><body><div class='headline'><h1>Feat pictures to open a long-awaited anime film in Jakarta next spring</h1>"
                + "<small>posted on <time datetime='2024-03-27T10:00:00Z'>2024-03-27</time></small> by Jane Doe\n</div>"
                + "<p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }

    @Test
    void wordsBeginningLikeTheLead_areNoByline() {
        String html = "<html><body><h1>Budget passes</h1><p><span>Byron Bay hosts the summit</span></p>"
                + "<p><span>Paris accueille le sommet</span></p></body></html>";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void linkToAnAuthorPage_namesTheAuthorWhenNothingElseDoes() {
        String html = "<html><body><header><nav><a href='/author/columnist-one/'>Columnist One</a></nav></header>"
                + "<article><h1>Budget passes</h1><p class='x'><a href='https://example.org/author/jdoe/'>Jane Doe</a></p>"
                + "<p>Text.</p></article></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
        String editorsPage = "<html><body><h1>Budget passes</h1><div class='t-meta'>"
                + "<a href='https://example.org/about/editors/omar-haddad/'>Omar Haddad</a></div><p>Text.</p></body></html>";
        assertEquals(List.of("Omar Haddad"), authors(editorsPage));
    }

    @Test
    void authorPageLinksInSiteChrome_nameNobody() {
        String html = "<html><body><header><ul><li><a href='/author/columnist-one/'>Columnist One</a></li></ul></header>"
                + "<h1>Budget passes</h1><p>Text.</p><aside><a href='/author/other-writer'>Other Writer</a></aside></body></html>";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void publicationWithoutItsArticle_isStillThePublication() {
        String html = "<html><head><meta property='og:site_name' content='the Evening Post'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":"
                + "{\"@type\":\"Person\",\"name\":\"Evening Post staff reporter\"}}</script></head>"
                + "<body><h1>Budget passes</h1></body></html>";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void authorCreditedUnderACreditClass_isKept() {
        String html = "<html><body><h1>Budget passes</h1><div class='byline'><span class='credit'>By Jane Doe</span></div>"
                + "<p>Text.</p></body></html>";
        assertEquals(List.of("Jane Doe"), authors(html));
    }
    private static PageMetadata metadata(String html) {
        Document doc = Jsoup.parse(html, "https://example.org/story");
        return MetadataReader.read(doc, "https://example.org/story");
    }

    @Test
    void agencyListedBesideAPersonInJsonLd_isTheCreditNotAnAuthor() {
        PageMetadata meta = metadata("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Thomas Krämer\"},{\"@type\":\"Organization\",\"name\":\"SDA\"}]}"
                + "</script></head><body><h1>Budget passes</h1><p>Text.</p></body></html>");
        assertEquals(List.of("Thomas Krämer"), meta.authors());
        assertEquals("SDA", meta.bylineAgency());
    }

    @Test
    void agencyAfterThePersonsInTheAuthorTag_isTheCredit() {
        PageMetadata meta = metadata("<html><head><meta name='author' content='Felix Brandt und Jörg Wendel, dpa'>"
                + "</head><body><h1>Budget passes</h1><p>Text.</p></body></html>");
        assertEquals(List.of("Felix Brandt", "Jörg Wendel"), meta.authors());
        assertEquals("dpa", meta.bylineAgency());
    }

    @Test
    void agencySigningAlone_isTheAuthorAndNoCredit() {
        PageMetadata meta = metadata("<html><head><meta name='author' content='Reuters'>"
                + "</head><body><h1>Budget passes</h1><p>Text.</p></body></html>");
        assertEquals(List.of("Reuters"), meta.authors());
        assertEquals(null, meta.bylineAgency());
    }
    @Test
    void writtenBylineAfterTheHeadingInOneBlock_beginsAtItsLead() {
        String html = "<html><body><div id='page-title'><h1>Storm closes the harbour road</h1> by Kestrel, "
                + "<small><time datetime='2024-03-02'>Mar 2nd 2024</time></small></div><p>Text.</p></body></html>";
        assertEquals(List.of("Kestrel"), authors(html));
    }

    @Test
    void microdataAuthorWithSeveralNames_givesEachName() {
        String html = "<html><body><h1>Budget passes</h1><div itemprop='author' itemscope itemtype='http://schema.org/Person'>"
                + "<span itemprop='name'>Paul Whitmore</span><span itemprop='name'>Fatima Haddad, The Associated Press</span>"
                + "</div><p>Text.</p></body></html>";
        PageMetadata meta = metadata(html);
        assertEquals(List.of("Paul Whitmore", "Fatima Haddad"), meta.authors());
        assertEquals("The Associated Press", meta.bylineAgency());
    }
    @Test
    void boldWordsInsideRunningText_areNoByline() {
        String html = "<html><body><h1>Angebot</h1><p>Die Aktion läuft <strong>von Montag, den 1. Mai bis Sonntag</strong> "
                + "in allen Filialen.</p><p>Text.</p></body></html>";
        assertEquals(List.of(), authors(html));
    }

    /** A paragraph of an article's text, long enough to be one. */
    private static final String TEXT_PARAGRAPH = "<p>The council met again on Tuesday to discuss the harbour budget, and the debate ran late into the evening as members argued over the cost of the new pier and the dredging contract.</p>";

    @Test
    void boldNameParagraph_inTheMiddleOfTheText_isASpeaker_notTheByline() {
        String speaker = "<html><body><article><h1>The harbour budget passes</h1><div class=body>" + TEXT_PARAGRAPH.repeat(2)
                + "<p><strong>Marta Oliveira</strong></p>" + TEXT_PARAGRAPH.repeat(2) + "</div></article></body></html>";
        assertEquals(List.of(), authors(speaker));
        String signed = "<html><body><article><h1>The harbour budget passes</h1><div class=body>" + TEXT_PARAGRAPH.repeat(3)
                + "<p style='text-align:right'><b>Marta Oliveira</b></p></div></article></body></html>";
        assertEquals(List.of("Marta Oliveira"), authors(signed), "closing the text, the same paragraph signs it");
    }

    @Test
    void boldAttributionsAfterEachAnswer_nameTheSpeakers_notTheWriter() {
        // the last attribution, written as a name alone, closes the text like a signature: the others tell it apart
        String roundup = "<html><body><article><h1>What harbour bosses think of the ferry</h1><div class=body>" + TEXT_PARAGRAPH
                + "<p><strong>Tomas Lindqvist, chief executive, Pier Holdings</strong></p>" + TEXT_PARAGRAPH.repeat(2)
                + "<p><strong>Ana Ruiz</strong></p></div></article></body></html>";
        assertEquals(List.of(), authors(roundup));
    }

    @Test
    void aboutBoxes_eachAboveTheRestOfThePage_stillNameTheAuthor() {
        StringBuilder html = new StringBuilder("<html><body><h1>The harbour budget passes</h1>");
        for (int i = 0; i < 50; i++) {
            html.append("<div><h2>About Jane Doe</h2><div>Jane Doe covers the harbour. ").append("<p>Ferries and piers.</p>".repeat(200));
        }
        html.append("</div></div>".repeat(50)).append("</body></html>");
        assertEquals(List.of("Jane Doe"), authors(html.toString()));
    }

    @Test
    void labelLinesAndAvatarCards_byTheHundredThousand_nameNobody_andSoon() {
        StringBuilder html = new StringBuilder("<html><body><h1>The harbour budget passes</h1>");
        // label-only bold lines whose values never come, avatar links beside blocks of links to other profiles
        html.append("<p><strong>Written by:</strong>").append("<!-- -->".repeat(100_000)).append("</p>");
        for (int i = 0; i < 1_000; i++) {
            html.append("<a href='/u").append(i).append("'><img alt='Jane Doe'></a><div>")
                    .append("<a href='/other'>x</a>".repeat(100)).append("</div>");
        }
        html.append("<dl>").append("<dt>Author</dt>".repeat(100_000)).append("</dl>");
        html.append("<p>Text.</p></body></html>");
        long start = System.nanoTime();
        assertEquals(List.of(), authors(html.toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 5_000, "took " + ms + " ms"); // a generous safety net, not a speed goal
    }

    @Test
    void boldNameLines_byTheThousand_inAWideBlock_nameNobody_andSoon() {
        // each bold line used to read all its siblings again: 20,000 lines beside 200,000 elements are
        // 4.4 billion sibling reads that way (minutes), against a bounded walk of each line's neighbours
        // (well under a second), so the limit holds on a loaded machine and still catches the quadratic walk
        StringBuilder html = new StringBuilder("<html><body><h1>The harbour budget passes</h1><div>");
        html.append("<span>x</span>".repeat(200_000));
        html.append("<p><b>Jane Doe</b></p>".repeat(20_000)).append("</div></body></html>");
        long start = System.nanoTime();
        assertEquals(List.of(), authors(html.toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 20_000, "took " + ms + " ms"); // a generous safety net, not a speed goal
    }

    @Test
    void italicNameLines_byTheThousand_inOneBlock_nameNobody_andSoon() {
        // italic lines sign too (1.14.0), so a block of 40,000 "<p><i>Name</i></p>" lines was read up to
        // its width limit once per line (4,000 lines x 1,600 siblings, 1.4 s); the block is now found
        // too wide once, and the other lines in it are not read again
        StringBuilder html = new StringBuilder("<html><body><h1>The harbour budget passes</h1><div>");
        html.append("<p><i>Jane Doe</i></p>".repeat(40_000)).append("</div></body></html>");
        long start = System.nanoTime();
        assertEquals(List.of(), authors(html.toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 20_000, "took " + ms + " ms"); // a generous safety net, not a speed goal
    }

    @Test
    void headerMetaLineWalk_overNestedEmptyElements_namesNobody_andSoon() {
        // after the headline, 300 nested blocks each holding thousands of empty elements: the walk that
        // looks for the "Name · date" line reads a few nodes of each, not each whole subtree
        StringBuilder html = new StringBuilder("<html><body><h1>The harbour budget passes</h1>");
        for (int i = 0; i < 300; i++) {
            html.append("<div>").append("<span></span>".repeat(2_000));
        }
        html.append("</div>".repeat(300)).append("<p>Text.</p></body></html>");
        long start = System.nanoTime();
        assertEquals(List.of(), authors(html.toString()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 5_000, "took " + ms + " ms"); // a generous safety net, not a speed goal
    }

    @Test
    void userTagInTheEntrysText_isAMention_notThePoster() {
        String tag = "<span class=ljuser lj:user=shore_counts><a href='https://shore-counts.example/'><b>shore_counts</b></a></span>";
        assertEquals(List.of(), authors("<html><body><h1>Low tide survey</h1><p>Thanks to " + tag
                + " for the frames.</p><p>More text about the pools.</p></body></html>"));
    }

    @Test
    void aWireSigningAlone_isTheCredit_butNotOnTheWiresOwnSite() {
        assertEquals("PAP", AuthorFinder.wireSigningAlone(List.of("PAP"), "Gazeta Pomorska"));
        assertEquals("dpa", AuthorFinder.wireSigningAlone(List.of("dpa"), null));
        assertEquals(null, AuthorFinder.wireSigningAlone(List.of("Reuters"), "Reuters"));
        assertEquals(null, AuthorFinder.wireSigningAlone(List.of("AFP"), "AFP Fact Check"));
        assertEquals(null, AuthorFinder.wireSigningAlone(List.of("ANSA"), "ANSA.it"));
        assertEquals(null, AuthorFinder.wireSigningAlone(List.of("Jane Roe", "AFP"), "Le Soir"));
        assertEquals(null, AuthorFinder.wireSigningAlone(List.of("Jane Roe"), "Le Soir"));
    }
}
