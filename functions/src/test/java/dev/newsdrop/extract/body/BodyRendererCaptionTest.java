package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Captions and credits named by a class word are left out of the text, whatever the word's case; other words are not. */
class BodyRendererCaptionTest {

    private static List<String> text(String html) {
        Element root = Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
        return BodyRenderer.render(root, "").paragraphs();
    }

    @Test
    void classWordsOfCaptionsAndCredits_areLeftOut_othersKept() {
        assertEquals(List.of("Der Text."), text("<p>Der Text.</p><p class='wp-caption-text'>Bildunterschrift</p>"));
        assertEquals(List.of("Der Text."), text("<p>Der Text.</p><p class='Photo-Credit'>Foto: Archiv</p>"));
        assertEquals(List.of("Der Text."), text("<p>Der Text.</p><span class='IMAGECREDIT'>Archiv</span>"));
        assertEquals(List.of("Der Text."), text("<p>Der Text.</p><div class='x slideshow'>Bild 1 von 5</div>"));
        assertEquals(List.of("Der Text.", "Karte"), text("<p>Der Text.</p><p class='creditcard captionless'>Karte</p>"));
        assertEquals(List.of("Der Text.", "Kurz"), text("<p>Der Text.</p><p class='cap c credit2'>Kurz</p>"));
        // a definition list named "credits" is a work's credits (director, cast), text; a picture's credit line is no list
        assertEquals(List.of("The text.", "Director", "Ines Carvalho", "Cast", "Beatriz Lemos"),
                text("<p>The text.</p><dl class='review-credits'><dt>Director</dt><dd>Ines Carvalho</dd><dt>Cast</dt><dd>Beatriz Lemos</dd></dl>"));
        assertEquals(List.of("The text."), text("<p>The text.</p><dl class='wp-caption'><dt><img src='a.jpg'></dt><dd>A caption</dd></dl>"));
    }

    @Test
    void aGallerysCounterInACaption_isLeftOutOfAPhotoStory_aCountInTheTextStays() {
        Element root = Jsoup.parseBodyFragment("<div>"
                + "<figure><img src='a.jpg'><figcaption><span class='count'>Bild 1 von 2</span> Das Becken.</figcaption></figure>"
                + "<figure><img src='b.jpg'><figcaption><div><b>Image 2 of 2</b></div> The sauna.</figcaption></figure>"
                + "<p>Sie gewannen <span>2 von 3</span> Sätzen.</p></div>").body().child(0);
        assertEquals(List.of("Das Becken.", "The sauna.", "Sie gewannen 2 von 3 Sätzen."), BodyRenderer.photoStoryParagraphs(root, 2));
    }
}
