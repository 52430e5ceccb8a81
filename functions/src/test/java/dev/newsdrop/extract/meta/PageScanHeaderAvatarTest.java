package dev.newsdrop.extract.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link PageScan#headerAvatarNames}: an avatar's name is read after the page's first h1, which the metadata walk keeps. */
class PageScanHeaderAvatarTest {

    @Test
    void headerAvatarNames_areReadAfterThePagesFirstH1() {
        String card = "<img src=a.jpg alt='Jane Doe'><span>Jane Doe</span>";
        PageScan scan = PageScan.of(Jsoup.parse("<html><body><div itemprop=headline>Teaser</div><img alt='Ann Poe'><span>Ann Poe</span>"
                + "<h1>Headline</h1>" + card + "<p>" + "Text of the story. ".repeat(10) + "</p><h1>Second</h1>"
                + "<img alt='John Roe'><span>John Roe</span></body></html>"));
        assertEquals(List.of("Jane Doe"), scan.headerAvatarNames().stream().map(Element::text).toList());
        assertEquals(List.of(), PageScan.of(Jsoup.parse("<p>No headline</p>" + card)).headerAvatarNames());
    }
}
