package dev.newsdrop.extract.meta.dates;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The date tables initialise whichever class is loaded first: {@link MonthNames} built its tables with {@code DateParser}'s
 * spelling, which loaded {@code DateParser}, whose own tables then read MonthNames' maps before they were made (a
 * NullPointerException when MonthNames came first). Each order is tried in a class loader of its own, so that what other
 * tests loaded before does not decide it.
 */
class DateTablesLoadOrderTest {

    @ParameterizedTest
    @ValueSource(strings = {"MonthNames", "DateParser", "Weekdays", "DateSpelling", "MonthAfterNumber", "EraYears", "HijriCalendars",
            "EthiopianCalendar", "BikramSambat", "Numerals", "ShortYears", "UrlDates"})
    void theTablesLoad_whicheverClassComesFirst(String first) throws Exception {
        URL classes = DateParser.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            String pkg = DateParser.class.getPackageName() + ".";
            Class.forName(pkg + first, true, fresh);
            Method thai = Class.forName(pkg + "MonthNames", true, fresh).getDeclaredMethod("ofLanguage", String.class);
            thai.setAccessible(true);
            assertEquals(12, ((Map<?, ?>) thai.invoke(null, "th")).values().stream().distinct().count());
            Method parse = Class.forName(pkg + "DateParser", true, fresh).getDeclaredMethod("parseText", String.class);
            parse.setAccessible(true);
            assertEquals(DateParser.parseText("3 December 2026"), parse.invoke(null, "3 December 2026"));
        }
    }
}
