package dev.newsdrop.extract.meta.dates;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link FrameworkState}: values that Nuxt 2, Nuxt 3 and Angular write away from their keys, and scripts that are none. */
class FrameworkStateTest {

    @Test
    void nuxtFunction_namesEachStringArgumentByItsParameter() {
        String script = "window.__NUXT__=(function(a,b,c,d){return {data:[{t:\"x}{\",p:c,q:[a,{}]}],e:b}}"
                + "(\"He said \\\"hi\\\", (ok)\",null,\"2026-11-23T18:42:10.000Z\",[1,\"2\",{k:\"v,w\"}]));";
        Map<String, String> args = FrameworkState.nuxtArguments(script);
        assertEquals(Map.of("a", "He said \"hi\", (ok)", "c", "2026-11-23T18:42:10.000Z"), args);
    }

    @Test
    void nuxtFunction_calledAfterItsParenthesis_isReadToo() {
        assertEquals("2026-01-02", FrameworkState.nuxtArguments("window.__NUXT__ = (function (x, y) { return {p:y} })(0,\"2026-01-02\")").get("y"));
    }

    @Test
    void nuxtFunction_unclosedOrElsewhere_givesNothing() {
        assertTrue(FrameworkState.nuxtArguments("window.__NUXT__=(function(a){return {p:a,t:\"}").isEmpty());
        assertTrue(FrameworkState.nuxtArguments("window.__NUXT__=(function(a){return {p:a}}(\"2026-01-02").isEmpty());
        assertTrue(FrameworkState.nuxtArguments("var x=1;".repeat(20) + "window.__NUXT__=(function(a){return {p:a}}(\"2026-01-02\"))").isEmpty());
        assertTrue(FrameworkState.nuxtArguments("window.__NUXT__={p:\"2026-01-02\"}").isEmpty());
    }

    @Test
    void nuxtData_followsAnIndex_toAStringOrADevalueDate() {
        var payload = FrameworkState.nuxtData("[{\"a\":1,\"b\":2,\"c\":4},\"2026-03-04\",[\"Date\",\"2026-05-06T07:00:00.000Z\"],\"x\",[\"Date\",1],{}]");
        assertEquals("2026-03-04", FrameworkState.nuxtDataValue(payload, 1));
        assertEquals("2026-05-06T07:00:00.000Z", FrameworkState.nuxtDataValue(payload, 2));
        assertEquals("2026-03-04", FrameworkState.nuxtDataValue(payload, 4));
        assertNull(FrameworkState.nuxtDataValue(payload, 5));
        assertNull(FrameworkState.nuxtDataValue(payload, 99));
        assertNull(FrameworkState.nuxtData("[1,2"));
        assertNull(FrameworkState.nuxtData("{\"a\":1}"));
    }

    @Test
    void angularState_readsAsJson_otherScriptsUnchanged() {
        assertEquals("{\"a\":\"b & 'c' <d>\"}", FrameworkState.readable("{&q;a&q;:&q;b &a; &s;c&s; &l;d&g;&q;}"));
        String other = "var s = \"&q;\";";
        assertEquals(other, FrameworkState.readable(other));
    }
}
