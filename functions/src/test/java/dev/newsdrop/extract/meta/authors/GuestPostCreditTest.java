package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.MetadataReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A blog's sentence crediting its guest writer, at the head or foot of the post, when no byline names anyone. */
class GuestPostCreditTest {

    private static final String TEXT = "<p>" + "Words of the article's text, long enough to be a paragraph of it. ".repeat(4) + "</p>";

    private static List<String> authors(String lang, String meta, String head, String foot) {
        String html = "<html lang='" + lang + "'><body><main><article><h1>Headline</h1>" + meta + "<div class='entry-content'>" + head
                + TEXT + TEXT + TEXT + "</div>" + foot + "</article></main></body></html>";
        return MetadataReader.read(Jsoup.parse(html, "https://example.org/story"), "https://example.org/story").authors();
    }

    @Test
    void guestPostSentence_atTheHead_namesTheGuest() {
        assertEquals(List.of("Alan Hart"), authors("en", "<p class='meta'><time>March 12, 2024</time></p>",
                "<p><em>This is a guest post by Alan Hart, a retired teacher who cycles across Europe every summer.</em></p>", ""));
        assertEquals(List.of("Lena Vogt"), authors("de", "", "<p>Dies ist ein Gastbeitrag von Lena Vogt, Stadtplanerin aus Köln, über die neuen Radwege.</p>", ""));
    }

    @Test
    void guestPostSentence_atTheFoot_winsOverTheOwnersAdminAccount() {
        assertEquals(List.of("Priya Nair"), authors("en", "<div class='entry-meta'>Posted on March 12, 2024 by <a href='/author/admin/'>admin</a></div>",
                "", "<div class='guest-author'><p>This is a guest post by <strong>Priya Nair</strong>, a nurse and writer from Leeds.</p></div>"));
    }

    @Test
    void anInvitationToWriteAGuestPost_namesNoOne() {
        assertEquals(List.of(), authors("en", "", "", "<p>Want to write a guest post for us? Send your idea by March. Contact us.</p>"));
        assertEquals(List.of(), authors("en", "", "", "<ul><li><p>This is a guest post by Jane Doe, from our archive of readers' letters.</p></li></ul>"));
    }

    @Test
    void aCreditSentencesFullStop_isNoPartOfTheName() {
        assertEquals(List.of("Lena Vogt"), authors("de", "", "<p>Ein Gastbeitrag von Lena Vogt.</p>", ""));
    }

    @Test
    void aCreditLineAlone_givesItsName_aSentenceGoingOnDoesNot() {
        assertEquals("Miriam Albers", GuestPostCredit.creditLineName("Ein Gastbeitrag von Miriam Albers"));
        assertEquals("Jane Roe", GuestPostCredit.creditLineName("A column by Jane Roe."));
        assertEquals(null, GuestPostCredit.creditLineName("Ein Gastbeitrag von Miriam Albers, Stadtplanerin in Bremen."));
        assertEquals(null, GuestPostCredit.creditLineName("Der Gastbeitrag von Miriam Albers hat viele Leser erreicht."));
    }
}
