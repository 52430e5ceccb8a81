package dev.newsdrop.extract.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The charset a page declares, read only at the tags that can declare one: a {@code <meta>} with
 * "charset" before its '>' in any case, or the XML prolog. Other meta tags and later ones are passed over.
 */
class DeclaredCharsetTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "<head><meta name='viewport' content='width=device-width'><meta charset='windows-1256'>|windows-1256",
        "<HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; CHARSET=KOI8-R'></HEAD>|KOI8-R",
        "<?XML version='1.0' ENCODING='iso-8859-2'?><html>|iso-8859-2",
        "<meta name='description' content='charset talk'><meta charset=utf-8>|utf-8",
        "<meta name='a'>charset=latin1 outside any tag<meta name='b'>|NONE",
        "<meta property='og:title' content='x'><p>no declaration</p>|NONE",
        "<meta charset|NONE",
        "<meta content='text/html; charset=iso-8859-15'|iso-8859-15"})
    void declarationIsFoundWhereverItsTagIs(String head, String expected) {
        assertEquals(expected, CharsetChooser.declaredInPage(head.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
