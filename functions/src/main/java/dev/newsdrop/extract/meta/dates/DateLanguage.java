package dev.newsdrop.extract.meta.dates;

import dev.newsdrop.extract.meta.LanguageResolver;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a page states about its language that bears on reading its dates: the primary language,
 * whose month names win over another language's same spelling ("listopada" is October in Croatian,
 * November in Polish), and whether numeric dates put the month first ("10/02/2023" is 2 October on
 * an en-US page, 10 February almost everywhere else).
 *
 * <p>Only declarations count ({@code <html lang>}, {@code content-language}, {@code og:locale},
 * JSON-LD {@code inLanguage}); a page that states nothing is read by the defaults of {@link DateParser}:
 * day first, and the most widely used language's month for a spelling two languages share.
 *
 * <p>A page's date language may be {@link #deferred}: worked out when a date's reading first asks for it, so that a
 * costly reading of the page (the language its paragraphs are written in) is spent only on pages whose dates ask.
 */
public final class DateLanguage {

    /** The reading of a deferred date language, until a date asks for it; then null. */
    private Supplier<DateLanguage> reading;
    private String language;
    private boolean monthFirst;
    private String region;

    /**
     * @param language   primary language subtag in lower case ("en", "hr"), or null when none is stated
     * @param monthFirst true when the stated locale writes numeric dates month first
     * @param region     the stated region of that language in upper case ("US", "GB"), or null when none is stated
     */
    public DateLanguage(String language, boolean monthFirst, String region) {
        this.language = language;
        this.monthFirst = monthFirst;
        this.region = region;
    }

    /** A date language whose region is not stated. */
    public DateLanguage(String language, boolean monthFirst) {
        this(language, monthFirst, null);
    }

    private DateLanguage(Supplier<DateLanguage> reading) {
        this.reading = reading;
    }

    /**
     * The date language {@code reading} gives, read when a date first asks for any of its parts, at most once; never when
     * no date asks. The reading must give the same answer whenever it is asked (it reads what the page states, before
     * anything changes the page).
     */
    public static DateLanguage deferred(Supplier<DateLanguage> reading) {
        return new DateLanguage(reading);
    }

    private void settle() {
        if (reading != null) {
            DateLanguage read = reading.get();
            reading = null;
            language = read.language();
            monthFirst = read.monthFirst();
            region = read.region();
        }
    }

    /** The primary language subtag in lower case ("en", "hr"), or null when none is stated. */
    public String language() {
        settle();
        return language;
    }

    /** True when the stated locale writes numeric dates month first. */
    public boolean monthFirst() {
        settle();
        return monthFirst;
    }

    /** The stated region of the language in upper case ("US", "GB"), or null when none is stated. */
    public String region() {
        settle();
        return region;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateLanguage d && Objects.equals(language(), d.language()) && monthFirst() == d.monthFirst()
                && Objects.equals(region(), d.region());
    }

    @Override
    public int hashCode() {
        return Objects.hash(language(), monthFirst(), region());
    }

    @Override
    public String toString() {
        return "DateLanguage[language=" + language() + ", monthFirst=" + monthFirst() + ", region=" + region() + "]";
    }

    /**
     * True when the page states English and no region: an ambiguous numeric date is day first then,
     * except in the shape {@link DateParser} knows as the American forum engines' (see
     * {@code DateParser.FORUM_CLOCK_AFTER_DATE}).
     */
    public boolean englishWithoutRegion() {
        return "en".equals(language()) && region() == null;
    }

    /**
     * Languages that write numeric dates year first, in short form too: Korean "25.03.05", Japanese and
     * Chinese "25.03.05", Hungarian "25.03.05." (their long forms are "2025. 3. 5.", "2025年3月5日",
     * "2025. 03. 05."), so a dotted date with two-digit parts is yy.mm.dd on their pages.
     */
    private static final Set<String> YEAR_FIRST_LANGUAGES = Set.of("ko", "ja", "zh", "hu");

    /** True when the page's language writes numeric dates year first ({@link #YEAR_FIRST_LANGUAGES}). */
    public boolean yearFirst() {
        return language() != null && YEAR_FIRST_LANGUAGES.contains(language());
    }

    /** A page that states no language. */
    public static final DateLanguage UNKNOWN = new DateLanguage(null, false);

    /**
     * Regions whose English writes numeric dates month first (CLDR's short date pattern M/d/yy):
     * the United States and the English-speaking places that follow its usage.
     */
    private static final Set<String> MONTH_FIRST_ENGLISH_REGIONS = Set.of("US", "PH", "AS", "GU", "MP", "PR", "UM", "VI",
            "FM", "MH", "PW");

    /** Languages whose numeric dates are month first in every region: Filipino (CLDR's short date M/d/yy). */
    private static final Set<String> MONTH_FIRST_LANGUAGES = Set.of("fil", "tl");

    /**
     * The page's date language from its declarations, most trusted first: the first that is a
     * language tag gives the language; the first one of that language with a region gives the
     * region ({@code <html lang="en">} with {@code og:locale="en_US"} is American English).
     */
    public static DateLanguage of(String... declarations) {
        String language = null;
        String region = null;
        for (String d : declarations) {
            String tag = LanguageResolver.normalize(d);
            if (tag == null) {
                continue;
            }
            String[] parts = tag.split("-");
            String primary = parts[0].toLowerCase(Locale.ROOT);
            if (language == null) {
                language = primary;
            }
            if (!primary.equals(language)) {
                continue;
            }
            for (int i = 1; i < parts.length && region == null; i++) {
                if (parts[i].length() == 2 && Character.isUpperCase(parts[i].charAt(0))) {
                    region = parts[i];
                }
            }
            if (region != null) {
                break;
            }
        }
        if (language == null) {
            return UNKNOWN;
        }
        return new DateLanguage(language, language.equals("en") && region != null && MONTH_FIRST_ENGLISH_REGIONS.contains(region)
                || MONTH_FIRST_LANGUAGES.contains(language), region);
    }
}
