package dev.newsdrop.codec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContentTypesTest {

    @Test
    void charset_readsQuotedAndPlainParameters_inAnyCase() {
        assertEquals("utf-8", ContentTypes.charset("text/html; charset=\"utf-8\""));
        assertEquals("ISO-8859-1", ContentTypes.charset("text/html;charset=ISO-8859-1"));
        assertEquals("windows-1256", ContentTypes.charset("text/html; CHARSET = windows-1256; foo=bar"));
    }

    @Test
    void charset_isNullWhenNoneIsNamed() {
        assertNull(ContentTypes.charset("text/html"));
        assertNull(ContentTypes.charset("text/html; charset="));
        assertNull(ContentTypes.charset(null));
    }
}
