package dev.newsdrop.extract.meta.dates;

import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateParserTest {

    @Test
    void isoWithOffset_keepsTimeAndOffset() {
        assertEquals("2024-03-27T10:15:00+03:00", DateParser.parse("2024-03-27T10:15:00+03:00"));
        assertEquals("2024-03-27T10:15:00+03:00", DateParser.parse("2024-03-27T10:15:00.000+0300"));
        assertEquals("2024-03-27T10:15:00Z", DateParser.parse("2024-03-27T10:15:00Z"));
    }

    @Test
    void isoWeekDate_givesItsDay_aWeekAloneNone() {
        assertEquals("2026-12-02", DateParser.parse("2026-W49-3")); // the Wednesday of week 49
        assertEquals("2026-12-02", DateParser.parse("2026W493"));
        assertEquals("2020-12-31", DateParser.parse("2020-W53-4")); // 2020 has 53 weeks
        assertNull(DateParser.parse("2026-W49")); // seven days, none of them named
        assertNull(DateParser.parse("2025-W53-1")); // 2025 has 52 weeks
    }

    @Test
    void isoWithoutZone_keepsOnlyTheDay() {
        assertEquals("2024-03-27", DateParser.parse("2024-03-27T10:15:00"));
        assertEquals("2024-03-27", DateParser.parse("2024-03-27"));
    }

    @Test
    void rfc1123_isReadWithItsZone() {
        assertEquals("2024-03-27T10:15:00Z", DateParser.parse("Wed, 27 Mar 2024 10:15:00 GMT"));
    }

    @Test
    void englishAndFrenchDatelines_areRead() {
        assertEquals("2024-03-27", DateParser.parseText("Published March 27, 2024"));
        assertEquals("2024-03-27", DateParser.parseText("27th March 2024"));
        assertEquals("2024-04-01", DateParser.parseText("Publié le 1er avril 2024 à 10h"));
        assertEquals("2024-02-12", DateParser.parseText("12 février 2024"));
        assertEquals("2024-08-15", DateParser.parseText("15 août 2024"));
    }

    @Test
    void standardArabicMonths_areRead() {
        assertEquals("2024-03-27", DateParser.parseText("الأربعاء 27 مارس 2024"));
        assertEquals("2023-04-09", DateParser.parseText("9 أبريل 2023"));
        assertEquals("2023-10-01", DateParser.parseText("1 أكتوبر، 2023"));
    }

    @Test
    void levantineArabicMonths_areRead() {
        assertEquals("2024-01-05", DateParser.parseText("5 كانون الثاني 2024"));
        assertEquals("2024-02-11", DateParser.parseText("11 شباط 2024"));
        assertEquals("2024-03-14", DateParser.parseText("الخميس 14 آذار 2024"));
        assertEquals("2023-08-20", DateParser.parseText("20 آب 2023"));
        assertEquals("2023-10-02", DateParser.parseText("2 تشرين الأول 2023"));
        assertEquals("2023-12-25", DateParser.parseText("25 كانون الأول 2023"));
    }

    @Test
    void maghrebiArabicMonths_areRead() {
        assertEquals("2024-01-15", DateParser.parseText("15 جانفي 2024"));
        assertEquals("2024-02-03", DateParser.parseText("3 فيفري 2024"));
        assertEquals("2024-04-21", DateParser.parseText("21 أفريل 2024"));
        assertEquals("2024-05-08", DateParser.parseText("8 ماي 2024"));
        assertEquals("2024-06-30", DateParser.parseText("30 جوان 2024"));
        assertEquals("2023-07-05", DateParser.parseText("5 جويلية 2023"));
        assertEquals("2023-08-17", DateParser.parseText("17 أوت 2023"));
    }

    @Test
    void easternArabicDigits_areRead() {
        assertEquals("2024-03-14", DateParser.parseText("١٤ آذار ٢٠٢٤"));
        assertEquals("2023-07-05", DateParser.parseText("نشر في ٥ جويلية ٢٠٢٣"));
        assertEquals("2024-03-27T10:15:00+03:00", DateParser.parse("٢٠٢٤-٠٣-٢٧T١٠:١٥:٠٠+٠٣:٠٠"));
    }

    @Test
    void numericDates_areReadDayFirstUnlessImpossible() {
        assertEquals("2024-03-27", DateParser.parseText("27/03/2024"));
        assertEquals("2024-03-27", DateParser.parseText("03/27/2024"));
        assertEquals("2024-03-27", DateParser.parseText("2024/03/27"));
    }

    @Test
    void datedUrl_givesTheDay() {
        assertEquals("2024-03-27", UrlDates.fromUrl("https://lepoint24.example/2024/03/27/baghdad-washington/"));
        assertEquals("2023-12-21", UrlDates.fromUrl("https://example.com/factchecks/2023/dec/21/some-story/"));
        assertNull(UrlDates.fromUrl("https://example.com/news/baghdad-washington"));
    }

    @Test
    void articleIdOpeningWithItsFilingTime_givesTheDay() {
        assertEquals("2025-03-05", UrlDates.fromUrl("https://news.example.kr/article/202503051430123456"));
        assertEquals("2025-03-05", UrlDates.fromUrl("https://news.example.kr/view/AKR20250305123400001"));
        assertEquals("2025-03-05", UrlDates.fromUrl("https://news.example.kr/article/20250305143012345?ref=main"));
        assertNull(UrlDates.fromUrl("https://example.com/story/12345678901234"), "no year at its start");
        assertNull(UrlDates.fromUrl("https://example.com/item/2025030599123456"), "no clock time after the day");
        assertNull(UrlDates.fromUrl("https://example.com/item/20251305143012345"), "no month 13");
        assertNull(UrlDates.fromUrl("https://example.com/item/x20250305143012345"), "run into a lower-case word");
    }

    @Test
    void dayAndMonthWithoutAYear_areReadAsAMonthDay() {
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("Mittwoch, 5. März, 14:30 Uhr", DateLanguage.UNKNOWN));
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("LONDON, March 5 (Reuters) -", DateLanguage.UNKNOWN));
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("mercredi 5 mars à 14h30", DateLanguage.UNKNOWN));
        assertNull(DateParser.yearless("May 14:30", DateLanguage.UNKNOWN), "a clock time is no day");
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("3월 5일 14:30", DateLanguage.UNKNOWN));
        assertEquals(MonthDay.of(3, 5), DateParser.yearless("3/5（水） 14:30配信", DateLanguage.UNKNOWN));
        assertNull(DateParser.yearless("3/5 14:30", DateLanguage.UNKNOWN), "a slashed pair without the weekday: either order");
        assertNull(DateParser.yearless("31 February", DateLanguage.UNKNOWN), "no such day");
        assertEquals(new UrlDates.UrlYear(2025, 3), UrlDates.urlYear("https://example.org/world/2025/03/slug"));
        assertEquals(new UrlDates.UrlYear(2025, 0), UrlDates.urlYear("https://example.org/world/2025/slug"));
        assertNull(UrlDates.urlYear("https://example.org/world/2025/03/05/slug"), "a day folder: the full date's path");
        assertNull(UrlDates.urlYear("https://example.org/world/slug-2025"), "no year folder");
    }

    @Test
    void lunarHijriYearFirst_isPassedForTheGregorianDateAfterIt() {
        assertEquals("2025-03-05", DateParser.parseText("1446/09/05 هـ - 2025/03/05 م"));
        assertEquals("2025-03-05", DateParser.parseText("1446/09/05 هـ"), "the Hijri date alone: converted (Umm al-Qura)");
    }

    @Test
    void lunarHijriDateAlone_isConvertedByUmmAlQura() {
        assertEquals("2024-03-27", DateParser.parseText("الأربعاء ١٧ رمضان ١٤٤٥ هـ", DateLanguage.of("ar")));
        assertEquals("2024-03-27", DateParser.parseText("نشر في: ١٤٤٥/٠٩/١٧ هـ", DateLanguage.of("ar")));
        assertEquals("2024-03-27", DateParser.parseText("١٧/٠٩/١٤٤٥هـ", DateLanguage.of("ar")), "day first");
        assertEquals("2023-11-14", DateParser.parseText("30 ربيع الآخر 1445", DateLanguage.of("ar")), "a two-word month");
        assertEquals("2024-03-26", DateParser.parseText("۱۶ رمضان المبارک ۱۴۴۵ھ", DateLanguage.of("ur")), "Urdu");
        assertEquals("2024-03-27", DateParser.parseText("١٦ رمضان ١٤٤٥ هـ الموافق ٢٧ مارس ٢٠٢٤ م", DateLanguage.of("ar")),
                "the Gregorian date beside it wins");
        assertNull(DateParser.parseText("1445/09/17", DateLanguage.of("ar")), "numeric and unmarked: not read");
        assertNull(DateParser.parseText("صيام رمضان 1445", DateLanguage.of("ar")), "no day");
    }

    @Test
    void afghanSolarHijriMonths_areReadOnPersianAndPashtoPages() {
        assertEquals("2024-03-27", DateParser.parseText("چهارشنبه ۸ حمل ۱۴۰۳", DateLanguage.of("fa-AF")));
        assertEquals("2024-03-27", DateParser.parseText("8 حمل 1403", DateLanguage.of("ps")));
        assertEquals("2023-08-06", DateParser.parseText("۱۵ اسد ۱۴۰۲", DateLanguage.of("prs")), "Asad, the fifth month");
        assertEquals("2026-06-05", DateParser.parseText("۱۵ غبرګولی ۱۴۰۵", DateLanguage.of("ps")), "Pashto's own \"ګ\"");
        assertEquals("2026-12-04", DateParser.parseText("د ۱۴۰۵ لمریز کال د لیندۍ ۱۳مه", DateLanguage.of("ps")), "Pashto's long form, year first");
        assertEquals("2026-12-02", DateParser.parseText("۱۴۰۵/۰۹/۱۱", DateLanguage.of("ps")), "numeric on a Pashto page: solar, not lunar");
        assertEquals("2026-12-02", DateParser.parseText("1405/09/11", DateLanguage.of("prs")), "and on a Dari one");
        assertNull(DateParser.parseText("8 حمل 1403", DateLanguage.of("ar")), "an Arabic page: common words");
        assertEquals("2024-03-27", DateParser.parseText("۸ حمل ۱۴۰۳ - ۲۷ مارس ۲۰۲۴", DateLanguage.of("fa")),
                "the Gregorian date beside it wins");
    }

    @Test
    void kurdishSindhiAndPashtoGregorianMonths_areRead() {
        assertEquals("2026-12-06", DateParser.parseText("٦ی کانوونی یەکەمی ٢٠٢٦ - ١٠:٣٥", DateLanguage.of("ckb")).substring(0, 10),
                "Sorani: the izafe after the day and the month");
        assertEquals("2026-12-04", DateParser.parseText("4 کانوونی یەکەم 2026", DateLanguage.of("ku")));
        assertEquals("2026-01-04", DateParser.parseText("4 کانوونی دووەم 2026", DateLanguage.of("ar")), "read on any page");
        assertEquals("2026-12-05", DateParser.parseText("5 Kanûna Pêşîn 2026", DateLanguage.of("ku")), "Kurmanji, Syria's names");
        assertEquals("2026-12-04", DateParser.parseText("4 Kanûn 2026", DateLanguage.of("ku-TR")), "Kurmanji, Turkey's: December");
        assertEquals("2026-11-04", DateParser.parseText("4 Mijdar 2026", DateLanguage.of("ku")));
        assertEquals("2026-05-04", DateParser.parseText("4 gulan 2026", DateLanguage.of("kmr")));
        assertNull(DateParser.parseText("4 Gulan 2026", DateLanguage.of("en")), "Kurmanji months on Kurdish pages only");
        assertEquals("2026-12-05", DateParser.parseText("05 ڊسمبر 2026", DateLanguage.of("sd")), "Sindhi");
        assertEquals("2026-12-06", DateParser.parseText("ډسمبر ۰۶، ۲۰۲۶", DateLanguage.of("ps")), "Pashto, month first");
        assertEquals("2026-08-03", DateParser.parseText("۳ اګست ۲۰۲۶", DateLanguage.of("ps")));
    }

    @Test
    void southAndSoutheastAsianMonths_areRead() {
        assertEquals("2024-03-27", DateParser.parseText("၂၇ မတ် ၂၀၂၄", DateLanguage.of("my")), "Burmese, Myanmar digits");
        assertEquals("2024-03-27", DateParser.parseText("୨୭ ମାର୍ଚ୍ଚ ୨୦୨୪", DateLanguage.of("or")), "Odia digits");
        assertEquals("2024-03-27", DateParser.parseText("ថ្ងៃពុធ ទី២៧ ខែមីនា ឆ្នាំ២០២៤", DateLanguage.of("km")), "Khmer: month and year words");
        assertEquals("2024-03-27", DateParser.parseText("2024 මාර්තු 27", DateLanguage.of("si")), "Sinhala, year first");
        assertEquals("2024-03-27", DateParser.parseText("२०२४ मार्च २७", DateLanguage.of("ne")), "Nepali, year first");
        assertEquals("2023-11-14", DateParser.parseText("२०२३ नोभेम्बर १४", DateLanguage.of("ne")), "Nepali spelling");
        assertNull(DateParser.parseText("2024 मार्च 27", DateLanguage.of("hi")), "Hindi does not write the year first");
    }

    @Test
    void laoMonths_areRead_withOrWithoutTheMonthWord() {
        assertEquals("2026-12-05", DateParser.parseText("5 ທັນວາ 2026", DateLanguage.of("lo")), "Lao, day month year");
        assertEquals("2026-12-05", DateParser.parseText("ວັນທີ 5 ເດືອນທັນວາ ປີ 2026", DateLanguage.of("lo")), "the month and year words");
        assertEquals("2026-03-27", DateParser.parseText("ວັນທີ ໒໗ ມີນາ ໒໐໒໖", DateLanguage.of("lo")), "Lao digits");
        assertEquals("2026-08-01", DateParser.parseText("1 ສິງຫາ 2026"), "Lao script names one language: any page reads it");
        assertNull(DateParser.parseText("ທັນວາ 2026", DateLanguage.of("lo")), "a month and a year name no day");
    }

    @Test
    void laoPages_mayCountYearsInTheBuddhistEra() {
        assertEquals("2026-12-05", DateParser.parseText("ວັນທີ 05 ທັນວາ 2569", DateLanguage.of("lo")), "2569 is 2026");
        assertEquals("2026-12-04", DateParser.parseText("ໂພສເມື່ອ: 04/12/2569 20:15", DateLanguage.of("lo")), "numeric, with a time");
        assertEquals("2026-12-05", DateParser.parseText("05 ທັນວາ 2026", DateLanguage.of("lo")), "a common-era year stays one");
        assertNull(DateParser.parseText("04/12/2569", DateLanguage.of("vi")), "no other page's year 2569 is read");
        assertNull(DateParser.parseText("04/12/2569"), "nor a page of no stated language");
    }

    @Test
    void estonianAdessiveMay_isReadOnAnEstonianPageOnly() {
        assertEquals("2026-05-14", DateParser.parseText("14. mail 2026, 16:05", DateLanguage.of("et")), "on the 14th of May");
        assertNull(DateParser.parseText("14. mail 2026"), "an English word on a page of no stated language");
        assertNull(DateParser.parseText("14 mail 2026", DateLanguage.of("en")), "and on an English page");
    }

    @Test
    void europesRegionalLanguages_areReadOnTheirPages() {
        assertEquals("2026-12-03", DateParser.parseText("3 An Dùbhlachd 2026", DateLanguage.of("gd")), "Scottish Gaelic, with the article");
        assertEquals("2026-12-04", DateParser.parseText("Embannet d’ar 4 a viz Kerzu 2026", DateLanguage.of("br")), "Breton's \"a viz\"");
        assertEquals("2026-02-05", DateParser.parseText("dijòus 5 de febrièr de 2026", DateLanguage.of("oc")), "Occitan");
        assertEquals("2026-11-30", DateParser.parseText("30 di nuvembre 2026", DateLanguage.of("co")), "Corsican");
        assertEquals("2026-06-12", DateParser.parseText("12 da zercladur 2026, 17:42", DateLanguage.of("rm")), "Romansh's \"da\"");
        assertEquals("2026-03-18", DateParser.parseText("Wozjewjene: 18. měrca 2026", DateLanguage.of("hsb")), "Upper Sorbian's genitive");
        assertEquals("2026-10-14", DateParser.parseText("14. golggotmánu 2026", DateLanguage.of("se")), "Northern Sámi's genitive");
        assertEquals("2025-09-03", DateParser.parseText("3. cakcamanu 2025", DateLanguage.of("se")), "typed without the Sámi letters");
        assertEquals("2026-11-09", DateParser.parseText("ai 9 di Novembar dal 2026", DateLanguage.of("fur")), "Friulian's \"dal\" before the year");
        assertEquals("2026-09-23", DateParser.parseText("23 de cabudanni 2026", DateLanguage.of("sc")), "Sardinian");
        assertEquals("2026-11-27", DateParser.parseText("27 Mí na Samhna 2026"), "Irish \"month of November\", on any page");
        assertNull(DateParser.parseText("4 du 2026"), "Breton's November is a French word elsewhere");
        assertNull(DateParser.parseText("9 lui 2026", DateLanguage.of("it")), "Friulian's July is an Italian word");
        assertNull(DateParser.parseText("5 a day 2026"), "\"a\" alone joins no day to a month");
    }

    @Test
    void indigenousLanguagesOfTheAmericasAndTheArctic_areRead() {
        assertEquals("2026-12-03", DateParser.parseText("3 jasypakõi 2026", DateLanguage.of("gn")), "Guarani: moon and number");
        assertEquals("2026-02-14", DateParser.parseText("jasykoi 14, 2026"), "without the tilde, month first, on any page");
        assertEquals("2026-11-20", DateParser.parseText("20 jasypateĩ 2026", DateLanguage.of("es")), "on a Paraguayan Spanish page");
        assertEquals("2026-12-04", DateParser.parseText("ᑎᓯᐱᕆ 4, 2026"), "Inuktitut in syllabics");
        assertEquals("2026-01-15", DateParser.parseText("ᔮᓐᓄᐊᕆ 15, 2026 14:30", DateLanguage.of("iu")), "the long vowel marked");
        assertEquals("2026-12-03", DateParser.parseText("Níłchʼitsoh 3, 2026", DateLanguage.of("nv")), "Navajo, the modifier letter");
        assertEquals("2027-01-12", DateParser.parseText("Yas Niłt'ees 12, 2027", DateLanguage.of("nv")), "a two-word month typed with an apostrophe");
        assertEquals("2027-01-12", DateParser.parseText("Yas Niłt’ees 12, 2027", DateLanguage.of("nv")), "and with the curly one");
        assertNull(DateParser.parseText("Tʼą́ą́tsoh 5, 2026", DateLanguage.of("en")), "Navajo's months are everyday words: read on Navajo pages only");
        assertEquals("2024-10-03", DateParser.parseText("l'octobre 3, 2024", DateLanguage.of("fr")), "an elided article before a month is still cut off");
        assertEquals("2026-09-14", DateParser.parseText("Bini'ant'ą́ą́tsoh 14, 2026", DateLanguage.of("nv")), "two apostrophes in one month");
        assertNull(DateParser.parseText("x'".repeat(50_000) + "x 12, 2024", DateLanguage.of("nv")),
                "a run of 50,000 apostrophes between letters is no month (a pattern repeating a group per apostrophe overflowed the stack)");
    }

    @Test
    void minorityLanguagesOfRussiaAndChina_areRead() {
        assertEquals("2026-12-04", DateParser.parseText("2026 елның 4 декабре, 11:20", DateLanguage.of("tt")), "Tatar: the year's word, the possessive month");
        assertEquals("2026-01-14", DateParser.parseText("2026 йылдың 14 ғинуары", DateLanguage.of("ru")), "Bashkir's January, on a page stating Russian");
        assertEquals("2026-01-05", DateParser.parseText("5 гыйнвар 2026"), "Tatar's January, on any page");
        assertNull(DateParser.parseText("в декабре 2026 года", DateLanguage.of("ru")), "Russian's prepositional month has no day");
        assertEquals("2026-12-02", DateParser.parseText("2 раштав 2026", DateLanguage.of("cv")), "Chuvash");
        assertEquals("2026-08-12", DateParser.parseText("12 çурла 2026"), "Chuvash typed with the Latin ç");
        assertEquals("2026-04-05", DateParser.parseText("5 ака 2026", DateLanguage.of("cv")), "Chuvash's short April on a Chuvash page");
        assertNull(DateParser.parseText("5 ака 2026", DateLanguage.of("uz")), "and not elsewhere");
        assertEquals("2026-12-01", DateParser.parseText("2026 с. ахсынньы 1 күнэ", DateLanguage.of("sah")), "Sakha: year, \"с.\", month, day");
        assertEquals("2026-06-12", DateParser.parseText("бэс ыйа 12, 2026"), "a Sakha month of two words");
        assertEquals("2026-12-04", DateParser.parseText("4-دېكابىر 2026", DateLanguage.of("ug")), "Uyghur's month after a hyphen");
        assertEquals("2026-12-04", DateParser.parseText("2026-يىلى 4-دېكابىر"), "Uyghur's year word");
        assertEquals("2026-12-03", DateParser.parseText("2026-يىلى 12-ئاينىڭ 3-كۈنى"), "Uyghur numbers its months");
        assertEquals("2026-12-03", DateParser.parseText("2026-يىل 12-ئاي 3-كۈن"), "the words without their endings");
        assertEquals("2026-12-02", DateParser.parseText("2026-جىلى 12-ايدىڭ 2-كۇنى", DateLanguage.of("kk")), "Kazakh in Arabic script");
        assertEquals("2026-12-02", DateParser.parseText("2 جەلتوقسان 2026"), "Kazakh's own month in Arabic script");
        assertEquals("2026-03-05", DateParser.parseText("5 مارس 2026", DateLanguage.of("ar")), "Arabic's March unchanged");
        assertEquals("2026-12-05", DateParser.parseText("ཕྱི་ལོ་༢༠༢༦ ཟླ་༡༢ ཚེས་༥", DateLanguage.of("bo")), "Tibetan: Western year, month, day");
        assertEquals("2026-12-05", DateParser.parseText("ཕྱི་ལོ་2026 ཟླ་བ་12 པའི་ཚེས་5"), "\"ཟླ་བ\" and the ordinal");
        assertNull(DateParser.parseText("ཟླ་༡༢ ཚེས་༥"), "no year");
    }

    @Test
    void mongolianAndBurmeseYearFirstDates_areRead() {
        assertEquals("2026-12-03", DateParser.parseText("2026 оны 12 сарын 03", DateLanguage.of("mn")), "Mongolian numbers its months");
        assertEquals("2026-12-03", DateParser.parseText("2026 оны 12-р сарын 3", DateLanguage.UNKNOWN), "the ordinal's suffix");
        assertEquals("2026-12-02", DateParser.parseText("၂၀၂၆ ခုနှစ်၊ ဒီဇင်ဘာ ၂ ရက်", DateLanguage.of("my")), "Burmese: year word, comma, day word");
        assertEquals("2026-12-02", DateParser.parseText("ဒီဇင်ဘာ ၂၊ ၂၀၂၆", DateLanguage.of("my")), "the Burmese comma after the day");
    }

    @Test
    void ethiopianCalendarDates_areConvertedOnAmharicPages() {
        assertEquals("2026-12-02", DateParser.parseText("ኅዳር 23 ቀን 2019 ዓ.ም", DateLanguage.of("am")));
        assertEquals("2026-12-03", DateParser.parseText("አዲስ አበባ፣ ህዳር 24/2019 (ኢዜአ)", DateLanguage.of("am")), "a dateline's slash");
        assertEquals("2026-09-11", DateParser.parseText("መስከረም 1 ቀን 2019", DateLanguage.of("am")), "the year's first day");
        assertEquals("2023-09-11", DateParser.parseText("ጳጉሜን 6 ቀን 2015", DateLanguage.of("am")), "the sixth day of Pagume closes a leap year");
        assertNull(DateParser.parseText("ጳጉሜን 7 ቀን 2015", DateLanguage.of("am")), "no seventh day");
        assertNull(DateParser.parseText("ኅዳር 23 ቀን 2019 ዓ.ም", DateLanguage.of("en")), "read on Amharic and Tigrinya pages only");
    }

    @Test
    void tigrinyaDates_areEthiopianInTigrayAndGregorianInEritrea() {
        assertEquals("2026-12-03", DateParser.parseText("ሕዳር 24 2019 ዓ.ም", DateLanguage.of("ti")), "an Ethiopian year");
        assertEquals("2026-07-20", DateParser.parseText("ሓምለ 20 2026", DateLanguage.of("ti")),
                "Tigrinya's spelling of Hamle, in a year the Ethiopian calendar has not reached: Eritrea's July");
        assertEquals("2026-12-03", DateParser.parseText("ታሕሳስ 3, 2026", DateLanguage.of("ti")), "Eritrea's December");
        assertEquals("2027-01-09", DateParser.parseText("ጥሪ 1 2019", DateLanguage.of("ti")), "Tigrinya's Tir, in an Ethiopian year");
        assertNull(DateParser.parseText("ታሕሳስ 3, 2026", DateLanguage.of("am")), "Amharic writes the Gregorian months by their own names");
    }

    @Test
    void southernAndWestAfricanMonths_areReadOnTheirLanguagesPages() {
        assertEquals("2026-12-01", DateParser.parseText("Labobedi, 1 Tshitwe 2026", DateLanguage.of("st")), "Sesotho");
        assertEquals("2026-10-09", DateParser.parseText("9 Mphalane 2026", DateLanguage.of("st")), "Sesotho's October");
        assertEquals("2026-12-01", DateParser.parseText("Labobedi, 1 Sedimonthole 2026", DateLanguage.of("tn")), "Setswana");
        assertEquals("2026-09-14", DateParser.parseText("14 Lwetse 2026", DateLanguage.of("tn")), "September, as Sesotho names it too");
        assertNull(DateParser.parseText("1 Sedimonthole 2026", DateLanguage.of("en")), "read on their pages only");
        assertEquals("2026-01-14", DateParser.parseText("Wenezdee, 14 Jenụwarị 2026", DateLanguage.of("ig")), "Igbo, with its dotted vowels");
        assertEquals("2026-08-03", DateParser.parseText("3 Ogost 2026", DateLanguage.of("ig")), "and without them");
        assertEquals("2026-12-02", DateParser.parseText("2 Oṣù Kejìlá 2026", DateLanguage.of("yo")), "Yoruba's twelfth month");
        assertEquals("2026-05-20", DateParser.parseText("20 Osu Karun 2026", DateLanguage.of("yo")), "typed without the tone marks");
        assertNull(DateParser.parseText("2 Oṣù Kejìlá 2026", DateLanguage.of("en")), "read on Yoruba pages only");
    }

    @Test
    void hausaMonths_areReadOnHausaPages() {
        assertEquals("2026-12-03", DateParser.parseText("Alhamis, 3 Disamba, 2026", DateLanguage.of("ha")));
        assertEquals("2026-03-14", DateParser.parseText("14 Maris 2026", DateLanguage.of("ha")));
        assertNull(DateParser.parseText("14 Maris 2026", DateLanguage.of("en")), "a name elsewhere");
    }

    @Test
    void fijianAndBislamaMonths_areReadOnTheirPages() {
        assertEquals("2026-12-05", DateParser.parseText("Vakarauwai 5 Tiseba 2026", DateLanguage.of("fj")));
        assertEquals("2026-10-14", DateParser.parseText("14 Okotova 2026", DateLanguage.of("fj")));
        assertEquals("2026-08-17", DateParser.parseText("Mandei 17 Ogis 2026", DateLanguage.of("bi")));
        assertEquals("2026-03-02", DateParser.parseText("2 Maj 2026", DateLanguage.of("bi")), "Bislama's March");
        assertNull(DateParser.parseText("5 Tiseba 2026", DateLanguage.of("en")), "read on Fijian pages only");
        assertEquals("2026-05-02", DateParser.parseText("2 maj 2026", DateLanguage.of("pl")), "Polish May as before");
    }

    @Test
    void vietnameseWordMonths_areRead() {
        assertEquals("2024-03-27", DateParser.parseText("27 Tháng Ba, 2024", DateLanguage.of("vi")));
        assertEquals("2023-11-14", DateParser.parseText("Thứ ba, 14 Tháng Mười Một, 2023", DateLanguage.of("vi")), "the longer name");
        assertEquals("2023-10-14", DateParser.parseText("14 tháng mười, 2023", DateLanguage.of("vi")));
        assertEquals("2023-02-10", DateParser.parseText("ngày 10 tháng 2 năm 2023", DateLanguage.of("vi")), "numbered months as before");
    }

    @Test
    void hungarianYearlessMonthFirstDay_keepsItsDot() {
        assertEquals(MonthDay.of(3, 27), DateParser.yearless("márc. 27. 14:30", DateLanguage.of("hu")));
        assertEquals(MonthDay.of(11, 14), DateParser.yearless("november 14., kedd 10:30", DateLanguage.of("hu")));
        assertNull(DateParser.yearless("März 2. Liga", DateLanguage.of("de")), "other languages: a dotted number after a month is no day");
    }

    @Test
    void minguoNumericYears_areReadOnChinesePages() {
        assertEquals("2024-03-27", DateParser.parseText("發布日期：113-03-27", DateLanguage.of("zh-TW")));
        assertEquals("2024-03-27", DateParser.parseText("113/03/27", DateLanguage.of("zh")));
        assertEquals("2023-11-14", DateParser.parseText("發布時間：112.11.14 10:30", DateLanguage.of("zh-Hant-TW")).substring(0, 10));
        assertNull(DateParser.parseText("113-03-27", DateLanguage.of("de")), "other languages: no Minguo years");
        assertNull(DateParser.parseText("1.113-03-27", DateLanguage.of("zh")), "part of a longer number");
        assertNull(DateParser.parseText("135-03-27", DateLanguage.of("zh")), "beyond the years read");
    }

    @Test
    void romanNumeralMonths_areRead() {
        assertEquals("2024-03-27", DateParser.parseText("27.III.2024", DateLanguage.of("uk")));
        assertEquals("2024-03-27", DateParser.parseText("Opublikowano: 27 III 2024 r.", DateLanguage.of("pl")));
        assertEquals("2024-03-27", DateParser.parseText("2024. III. 27.", DateLanguage.of("hu")));
        assertEquals("2024-11-05", DateParser.parseText("5. XI. 2024", DateLanguage.of("cs")));
        assertEquals("2024-03-27", DateParser.parseText("27.III.2024, ora 14:30", DateLanguage.of("ro")).substring(0, 10));
        assertEquals("2024-03-27", DateParser.parseText("27.III.2024 · zmiana 28.03.2024", DateLanguage.of("pl")), "the first date");
        assertNull(DateParser.parseText("Ludwig XIV 1643 bis 1715"), "a regnal number: no day");
        assertNull(DateParser.parseText("Kapitel 27 iii 2024"), "lower case: words, not months");
        assertNull(DateParser.parseText("27 XIII 2024"), "no thirteenth month");
    }

    @Test
    void dottedDateFolder_givesTheDay() {
        assertEquals("2024-05-03", UrlDates.fromUrl("https://example.com/nachrichten/2024.05.03/rat-beschliesst-haushalt"));
        assertEquals("1998-11-09", UrlDates.fromUrl("https://example.com/archiv/1998.11.9/"));
        assertEquals("2024-05-03", UrlDates.fromUrl("https://example.com/2024.05.03"));
    }

    @Test
    void dottedNumbersThatAreNoDateFolder_giveNoDay() {
        assertNull(UrlDates.fromUrl("https://example.com/docs/1.2.3/install"), "a version number");
        assertNull(UrlDates.fromUrl("https://example.com/download/v2.10.4/"), "a version number");
        assertNull(UrlDates.fromUrl("https://example.com/hosts/192.168.1.1/status"), "an address");
        assertNull(UrlDates.fromUrl("https://example.com/releases/2024.5.3.1/"), "a four-part version");
        assertNull(UrlDates.fromUrl("https://example.com/releases/v2024.05.03/"), "run into a word");
        assertNull(UrlDates.fromUrl("https://example.com/releases/2024.13.03/"), "no month 13");
        assertNull(UrlDates.fromUrl("https://example.com/releases/2024.02.30/"), "no 30 February");
        assertNull(UrlDates.fromUrl("https://example.com/archive/1989.05.03/"), "before 1990");
        assertNull(UrlDates.fromUrl("https://2024.05.03.example.com/story"), "the host is no path");
    }

    @Test
    void yearFirstHyphenatedText_isRead() {
        assertEquals("2017-03-01", DateParser.parseText("2017-03-01 14:27:02"));
    }

    @Test
    void ctimeTimestamp_isReadWithItsNorthAmericanZone() {
        assertEquals("2015-08-03T12:45:00-04:00", DateParser.parse("Mon Aug 03 12:45:00 EDT 2015"));
        assertEquals("2015-08-03", DateParser.parse("Mon Aug 03 12:45:00 XYZ 2015"));
    }

    @Test
    void northAmericanZoneAfterATextualDate_givesTheOffset() {
        assertEquals("2016-12-22T18:47:00-06:00", DateParser.parseText("Published: Dec. 22, 2016, 6:47 p.m. CST"));
        assertEquals("2016-12-22", DateParser.parseText("Published: Dec. 22, 2016, 6:47 p.m."));
    }

    @Test
    void monthsOfOtherEuropeanAndAsianLanguages_areRead() {
        assertEquals("2024-03-27", DateParser.parseText("27 марта 2024 г."));
        assertEquals("2024-11-05", DateParser.parseText("5 листопада 2024"));
        assertEquals("2024-10-12", DateParser.parseText("12 października 2024"));
        assertEquals("2024-06-03", DateParser.parseText("3. června 2024"));
        assertEquals("2024-03-27", DateParser.parseText("27 maart 2024"));
        assertEquals("2024-08-14", DateParser.parseText("14 augusti 2024"));
        assertEquals("2024-02-09", DateParser.parseText("9 Şubat 2024"));
        assertEquals("2024-08-17", DateParser.parseText("17 Agustus 2024"));
        assertEquals("2024-05-21", DateParser.parseText("21 Μαΐου 2024"));
        assertEquals("2024-12-01", DateParser.parseText("1 desember 2024"));
        assertEquals("2024-03-27", DateParser.parseText("27 במרץ 2024, 14:30"));
        assertEquals("2024-02-09", DateParser.parseText("9 फ़रवरी 2024"));
        assertEquals("2024-09-15", DateParser.parseText("१५ सितंबर २०२४"), "Devanagari digits");
    }

    @Test
    void nonsense_givesNull() {
        assertNull(DateParser.parse("yesterday"));
        assertNull(DateParser.parse("2024-13-45"));
        assertNull(DateParser.parseText("In 2024 many things happened."));
        assertNull(DateParser.parse(null));
    }

    @Test
    void numericDates_keepAClockTimeWithZone() {
        assertEquals("2023-12-22T05:00:00-05:00", DateParser.parseText("12/22/2023 05:00 AM EST"));
        assertEquals("2024-03-27T10:15:00Z", DateParser.parseText("2024/03/27 10:15 GMT"));
        assertEquals("2024-03-27T14:27:00+03:00", DateParser.parseText("27/03/2024 14:27 +03:00"));
        assertEquals("2024-03-27", DateParser.parseText("27.03.2024 14:27"));
    }

    @Test
    void compactDateInThePath_givesTheDay() {
        assertEquals("2016-12-13", UrlDates.fromUrl("https://example.org/news/ct-budget-vote-20161213-story.html"));
        assertNull(UrlDates.fromUrl("https://example.org/news/item-20161399-story.html"), "no month 13");
        assertNull(UrlDates.fromUrl("https://example.org/read?id=20161213"), "a query is not the path");
    }

    @Test
    void dayFirstDatesWithTwoDigitYears_areReadWithDotsOrHyphens() {
        assertEquals("2024-04-25", DateParser.parseText("Do 25.04.24 | 14:07 Uhr"));
        assertEquals("2022-02-03", DateParser.parseText("3-2-22"), "Dutch");
        assertEquals("2022-02-03", DateParser.parseText("Gepubliceerd op 3-2-22 om 10:15"));
        assertEquals("1998-02-03", DateParser.parseText("3.2.98"));
        assertEquals("2024-04-25", DateParser.parseText("am 25.04.24."), "a sentence's full stop");
    }

    @Test
    void monthNameDatesWithApostropheYears_areRead() {
        assertEquals("2026-12-03", DateParser.parseText("3rd Dec '26"));
        assertEquals("2026-12-03", DateParser.parseText("Posted on 3 December \u201926 at 9:40"), "a typographer's apostrophe");
        assertEquals("2026-12-03", DateParser.parseText("Dec. 3rd, '26"), "month first");
        assertEquals("1999-03-14", DateParser.parseText("March 14 '99"), "the century about the pivot");
        assertNull(DateParser.parseText("back in the '90s"), "a decade");
        assertNull(DateParser.parseText("Rock 'n' roll since '72"), "a year without a day and month");
        assertNull(DateParser.parseText("31st Feb '26"), "no 31 February");
    }

    @Test
    void twoDigitYearLookalikes_areNotDates() {
        assertNull(DateParser.parseText("12/03/24"), "month-first or day-first: the slash form is ambiguous");
        assertNull(DateParser.parseText("version 1.2.22.5"));
        assertNull(DateParser.parseText("v3.2.22"));
        assertNull(DateParser.parseText("item-3-2-22"));
        assertNull(DateParser.parseText("31.02.24"), "no 31 February");
        assertNull(DateParser.parseText("25.13.24"));
        assertNull(DateParser.parseText("score 3-2 at 22"));
    }

    @Test
    void abbreviatedMonthsOfDutchAndRomanceLanguages_areRead() {
        assertEquals("2022-03-03", DateParser.parseText("3 mrt. 2022"), "Dutch");
        assertEquals("2023-12-12", DateParser.parseText("12 dic 2023"), "Spanish and Italian");
        assertEquals("2022-01-05", DateParser.parseText("5 ene. 2022"), "Spanish");
        assertEquals("2022-08-03", DateParser.parseText("3 ago 2022"), "Spanish, Italian and Portuguese");
        assertEquals("2024-06-21", DateParser.parseText("21 giu 2024"), "Italian");
        assertEquals("2024-02-09", DateParser.parseText("9 fev. 2024"), "Portuguese");
        assertNull(DateParser.parseText("3 days ago 2022"));
    }

    @Test
    void dottedTwoDigitYearDates_areYearFirstOnKoreanJapaneseChineseAndHungarianPages() {
        assertEquals("2025-03-05", DateParser.parseText("박지훈 기자 · 25.03.05 14:30", DateLanguage.of("ko")).substring(0, 10));
        assertEquals("2025-03-05", DateParser.parseText("25.03.05", DateLanguage.of("ja")));
        assertEquals("2005-03-25", DateParser.parseText("25.03.05", DateLanguage.of("de")), "German: day first");
        assertEquals("2005-03-25", DateParser.parseText("25.03.05"), "no stated language: day first");
    }

    @Test
    void weekdayInTheTextsLanguage_settlesASlashedDateOnAPageMisdeclaredAsAmerican() {
        DateLanguage us = DateLanguage.of("en-US"); // a template's default: the page is in Polish, Russian, Turkish...
        assertEquals("2025-03-05", DateParser.parseText("środa, 05/03/2025, 14:30", us).substring(0, 10), "Polish Wednesday");
        assertEquals("2025-03-05", DateParser.parseText("среда, 05/03/2025 14:30", us).substring(0, 10), "Russian");
        assertEquals("2025-03-05", DateParser.parseText("Çarşamba, 05/03/2025", us), "Turkish");
        assertEquals("2025-03-05", DateParser.parseText("Rabu, 05/03/2025", us), "Indonesian");
        assertEquals("2025-03-05", DateParser.parseText("onsdag 05/03/2025", us), "Swedish, Danish, Norwegian");
        assertEquals("2025-03-05", DateParser.parseText("Τετάρτη 05/03/2025", us), "Greek");
        assertEquals("2025-05-03", DateParser.parseText("sobota, 05/03/2025", us), "Saturday 3 May: the month-first reading");
        assertEquals("2025-05-03", DateParser.parseText("05/03/2025", us), "no weekday: the stated locale");
    }

    @Test
    void filipinoPages_readSlashedDatesMonthFirst() {
        assertEquals("2025-03-05", DateParser.parseText("03/05/2025", DateLanguage.of("tl")));
        assertEquals("2025-03-05", DateParser.parseText("03/05/2025", DateLanguage.of("fil-PH")));
        assertEquals("2025-05-03", DateParser.parseText("Sabado, 05/03/2025", DateLanguage.of("tl")));
    }

    @Test
    void numericDates_followTheStatedLocaleWhenBothPartsCouldBeTheMonth() {
        DateLanguage us = DateLanguage.of("en-US");
        DateLanguage gb = DateLanguage.of("en-GB");
        assertEquals("2023-10-02", DateParser.parseText("Posted 10/02/2023", us));
        assertEquals("2023-02-10", DateParser.parseText("Posted 10/02/2023", gb));
        assertEquals("2023-02-10", DateParser.parseText("Posted 10/02/2023"), "no stated locale: day first");
        assertEquals("2023-02-13", DateParser.parseText("13/02/2023", us), "13 cannot be a month");
        assertEquals("2023-02-10", DateParser.parseText("10.02.2023", us), "dotted dates are day first");
        assertEquals("2023-10-02", DateParser.parse("10/02/2023", us), "a meta value too");
    }

    @Test
    void dateLanguage_takesTheRegionFromADeclarationOfTheSameLanguage() {
        assertEquals(new DateLanguage("en", true, "US"), DateLanguage.of("en", null, "", "en_US", null));
        assertEquals(new DateLanguage("en", false, "GB"), DateLanguage.of("en", "en_GB"));
        assertEquals(new DateLanguage("en", false, "IN"), DateLanguage.of("en", "fr_FR", "en_IN"));
        assertEquals(new DateLanguage("fr", false, "FR"), DateLanguage.of("fr-FR", "en_US"), "another language's region is not the page's");
        assertEquals(new DateLanguage("en", false), DateLanguage.of("en"), "English without a region: day first, the default");
        assertEquals(DateLanguage.UNKNOWN, DateLanguage.of(null, "", "not a tag!"));
    }

    @Test
    void yearFirstDates_areRead() {
        assertEquals("2023-02-10", DateParser.parseText("2023. február 10. 14:20"), "Hungarian");
        assertEquals("2023-03-15", DateParser.parseText("2023. márc. 15."), "Hungarian, abbreviated");
        assertEquals("2023-02-10", DateParser.parseText("2023 m. vasario 10 d."), "Lithuanian");
        assertEquals("2023-02-10", DateParser.parseText("입력 2023. 02. 10. 14:20"), "Korean, a space after each dot");
        assertEquals("2023-02-10", DateParser.parseText("2023.02.10"));
        assertEquals("2023-02-10", DateParser.parseText("2023/02/10"));
    }

    @Test
    void monthsOfMoreLanguages_areRead() {
        assertEquals("2023-02-10", DateParser.parseText("10. helmikuuta 2023"), "Finnish partitive");
        assertEquals("2023-12-24", DateParser.parseText("24. jouluk. 2023"), "Finnish, abbreviated");
        assertEquals("2023-02-10", DateParser.parseText("10 februarie 2023"), "Romanian");
        assertEquals("2023-11-03", DateParser.parseText("3 noiembrie 2023"), "Romanian");
        assertEquals("2023-04-03", DateParser.parseText("3 d'abril de 2023"), "Catalan, elided de");
        assertEquals("2023-10-01", DateParser.parseText("1 d’octubre de 2023"), "Catalan, typographic apostrophe");
        assertEquals("2023-07-10", DateParser.parseText("10 de juliol de 2023"), "Catalan");
        assertEquals("2023-03-10", DateParser.parseText("10. ožujka 2023."), "Croatian genitive");
        assertEquals("2023-03-10", DateParser.parseText("10. marca 2023"), "Slovak and Slovene genitive");
        assertEquals("2023-09-10", DateParser.parseText("10. septembra 2023"), "Serbian Latin genitive");
        assertEquals("2023-02-10", DateParser.parseText("10 фебруара 2023"), "Serbian Cyrillic");
        assertEquals("2023-02-10", DateParser.parseText("10 февруари 2023"), "Bulgarian");
        assertEquals("2023-02-10", DateParser.parseText("10 лютий 2023"), "Ukrainian nominative");
        assertEquals("2023-02-10", DateParser.parseText("10 февр. 2023"), "Russian, abbreviated");
        assertEquals("2023-02-10", DateParser.parseText("10. únor 2023"), "Czech nominative");
        assertEquals("2023-02-10", DateParser.parseText("10. febrúar 2023"), "Icelandic");
        assertEquals("2023-02-10", DateParser.parseText("10 Februari 2023"), "Swahili and Dutch");
        assertEquals("2023-08-10", DateParser.parseText("10 Agasti 2023"), "Zulu and Xhosa");
        assertEquals("2023-02-10", DateParser.parseText("10. februaarip 2023"), "Greenlandic genitive");
        assertEquals("2023-02-10", DateParser.parseText("10. veebruar 2023"), "Estonian");
        assertEquals("2023-02-10", DateParser.parseText("10 ΦΕΒΡΟΥΑΡΙΟΥ 2023"), "Greek capitals without accents");
        assertEquals("2023-02-10", DateParser.parseText("10 Φεβ 2023"), "Greek, abbreviated");
        assertEquals("2023-02-10", DateParser.parseText("ngày 10 tháng 2 năm 2023"), "Vietnamese");
        assertEquals("2023-02-10", DateParser.parseText("10 tháng 2, 2023"), "Vietnamese");
    }

    @Test
    void aMonthNameTwoLanguagesShare_isReadInThePageLanguage() {
        assertEquals("2023-10-10", DateParser.parseText("10. listopada 2023.", DateLanguage.of("hr")), "Croatian: October");
        assertEquals("2023-10-10", DateParser.parseText("10. listopada 2023.", DateLanguage.of("bs-BA")), "Bosnian: October");
        assertEquals("2023-11-10", DateParser.parseText("10 listopada 2023", DateLanguage.of("pl")), "Polish: November");
        assertEquals("2023-11-10", DateParser.parseText("10. listopadu 2023", DateLanguage.of("cs")), "Czech: November");
        assertEquals("2023-11-10", DateParser.parseText("10 listopada 2023"), "no stated language: November, as in Polish, Czech and Ukrainian");
        assertEquals("2023-11-10", DateParser.parseText("10 listopada 2023", DateLanguage.of("en")), "a language without the word: the default");
    }

    @Test
    void thaiDates_countBuddhistEraYears() {
        assertEquals("2023-02-10", DateParser.parseText("10 กุมภาพันธ์ 2566"));
        assertEquals("2023-02-10", DateParser.parseText("๑๐ กุมภาพันธ์ ๒๕๖๖"), "Thai digits");
        assertEquals("2023-02-10", DateParser.parseText("10 ก.พ. 2566 14:20 น."), "abbreviated");
        assertEquals("2023-02-10", DateParser.parseText("10 กุมภาพันธ์ พ.ศ. 2566"), "the era named");
        assertEquals("2023-02-10", DateParser.parseText("10 กุมภาพันธ์ 2023"), "a common-era year stays");
        assertEquals("2023-02-10", DateParser.parseText("10/02/2566", DateLanguage.of("th-TH")), "numeric, on a Thai page");
        assertNull(DateParser.parseText("10/02/2566"), "no Thai page, no Thai month: no year 2566");
    }

    @Test
    void thaiDates_withTwoDigitBuddhistEraYears() {
        assertEquals("2026-12-03", DateParser.parseText("3 ธ.ค. 69"), "3 December 2569");
        assertEquals("2022-02-03", DateParser.parseText("3 ก.พ. 65 10:15 น."), "with the clock time after");
        assertEquals("2022-03-03", DateParser.parseText("อัปเดต 3 มี.ค. 65"), "มี.ค. (March), not ม.ค. (January)");
        assertEquals("2026-12-03", DateParser.parseText("3 ธันวาคม 69"), "the month written in full");
        assertEquals("2026-12-03", DateParser.parseText("3 ธ.ค. 2569"), "the four-digit year as before");
        assertNull(DateParser.parseText("3 ธ.ค. 12"), "2512 is 1969: before any publication date read");
        assertNull(DateParser.parseText("ราคา 3 69 บาท"), "no month, no date");
    }

    @Test
    void russianAndUkrainianMonthAbbreviations() {
        assertEquals("2022-03-03", DateParser.parseText("3 мар 2022"), "Russian March");
        assertEquals("2022-03-03", DateParser.parseText("3 бер. 2022", DateLanguage.of("uk")), "Ukrainian March");
        assertEquals("2022-10-03", DateParser.parseText("3 жовт. 2022, 10:15"), "Ukrainian October");
        assertEquals("2022-11-03", DateParser.parseText("3 лист. 2022"), "Ukrainian November");
        assertEquals("2022-01-03", DateParser.parseText("3 січ 2022"), "Ukrainian January");
    }

    @Test
    void solarHijriDates_areConvertedToGregorian() {
        assertEquals("2024-03-02", DateParser.parseText("شنبه ۱۲ اسفند ۱۴۰۲ - ۱۰:۳۰"), "Persian digits and month");
        assertEquals("2024-03-20", DateParser.parseText("۱ فروردین ۱۴۰۳"), "the new year, 20 March in 2024");
        assertEquals("2025-03-21", DateParser.parseText("1 فروردین 1404"), "after the leap year 1403, 21 March");
        assertEquals("2025-03-20", DateParser.parseText("۳۰ اسفند ۱۴۰۳"), "1403 is a leap year: Esfand has 30 days");
        assertNull(DateParser.parseText("۳۰ اسفند ۱۴۰۲"), "1402 is not: no 30 Esfand");
        assertEquals("2024-10-06", DateParser.parseText("۱۵ مهر ۱۴۰۳"), "a month of 30 days after six of 31");
        assertEquals("2017-07-23", DateParser.parseText("1 مرداد 1396"));
        assertEquals("2024-03-02", DateParser.parseText("12 اسفند 1402", DateLanguage.of("en")), "the month's name decides, not the page");
        assertEquals("2024-03-02", DateParser.parseText("۱۲ اسفند ۱۴۰۲", DateLanguage.of("fa-IR")));
        assertEquals("2024-03-02", DateParser.parseText("١٢ اسفند ١٤٠٢"), "Arabic-Indic digits");
        assertEquals("2024-10-06", DateParser.parseText("۱۴۰۳/۰۷/۱۵"), "numeric, in Persian digits");
        assertEquals("2024-10-06", DateParser.parseText("1403/07/15", DateLanguage.of("fa")), "numeric, on a Persian page");
        assertNull(DateParser.parseText("1403/07/15"), "numeric in ASCII digits on a page of no stated language: no year 1403");
        assertNull(DateParser.parseText("۱۴۴۵/۰۸/۲۰ ه.ق"), "marked as lunar Hijri: not a Solar Hijri date");
        assertNull(DateParser.parseText("۱۴۴۵/۰۸/۲۰", DateLanguage.of("ur")), "Urdu writes these digits, and lunar Hijri years");
        assertEquals("2024-03-02", DateParser.parseText("۱۴۰۲/۱۲/۱۲ ه.ش"), "marked as Solar Hijri");
        assertEquals("2024-05-12", DateParser.parseText("۱۲ مه ۲۰۲۴"), "a Gregorian month's Persian name");
        assertEquals("2023-10-05", DateParser.parseText("5 اكتبر 2023"), "Persian kaf typed as Arabic's");
    }

    @Test
    void urduMonths_areRead() {
        assertEquals("2024-03-02", DateParser.parseText("اشاعت: ۲ مارچ ۲۰۲۴"));
        assertEquals("2023-12-12", DateParser.parseText("12 دسمبر 2023", DateLanguage.of("ur-PK")));
        assertEquals("2024-07-05", DateParser.parseText("جمعہ 5 جولائی 2024"));
    }

    @Test
    void eraYears_areConvertedToGregorian() {
        assertEquals("2024-03-02", DateParser.parseText("公開日：令和6年3月2日"));
        assertEquals("2019-05-01", DateParser.parseText("令和元年5月1日"), "元: the era's first year");
        assertEquals("2024-03-02", DateParser.parseText("令和６年３月２日"), "full-width digits");
        assertEquals("2018-12-25", DateParser.parseText("平成30年12月25日"));
        assertEquals("2024-03-02", DateParser.parseText("中華民國113年3月2日"), "the Republic of China's calendar");
        assertEquals("2024-03-02", DateParser.parseText("2024年3月2日 10時30分"), "a common-era year");
        assertNull(DateParser.parseText("令和6年度の予算"), "a fiscal year is no day");
    }

    @Test
    void hyphenatedTwoDigitYears_areReadMonthFirstOnAnAmericanPage() {
        assertEquals("2022-03-02", DateParser.parseText("Posted 3-2-22 | 4:10 PM", DateLanguage.of("en-US")));
        assertEquals("2022-02-03", DateParser.parseText("Posted 3-2-22", DateLanguage.of("en-GB")), "British: day first");
        assertEquals("2022-02-03", DateParser.parseText("3-2-22", DateLanguage.of("en")), "no region: day first");
        assertEquals("2022-02-03", DateParser.parseText("3.2.22", DateLanguage.of("en-US")), "dots are day first everywhere");
        assertEquals("2022-03-25", DateParser.parseText("3-25-22"), "25 cannot be a month");
        assertEquals("2022-12-03", DateParser.parseText("12/3/2022", DateLanguage.of("en-US")), "four-digit years as before");
    }

    @Test
    void dateInTheSlug_isReadFromThePathOnly() {
        assertEquals("2024-03-27", UrlDates.fromUrlSlug("https://example.org/stadt/neue-faehre-2024-03-27/"));
        assertEquals("2024-03-27", UrlDates.fromUrlSlug("https://example.org/actu/article_2024_03_27_123.html"));
        assertEquals("2024-03-07", UrlDates.fromUrlSlug("https://example.org/story-2024-3-7"));
        assertNull(UrlDates.fromUrlSlug("https://example.org/story-2024-03_27"), "one separator throughout");
        assertNull(UrlDates.fromUrlSlug("https://example.org/story?d=2024-03-27"), "a query is not the path");
        assertNull(UrlDates.fromUrlSlug("https://example.org/parts-2024-13-27"), "no month 13");
        assertNull(UrlDates.fromUrlSlug("https://example.org/item-12024-03-27"), "a longer number");
        assertNull(UrlDates.fromUrl("https://example.org/story-2024-03-27"), "not a dated path: weaker, read apart");
    }

    @Test
    void ordinalDayOfMonth_isRead() {
        assertEquals("2022-02-03", DateParser.parseText("Thursday the 3rd of February 2022"));
        assertEquals("2022-02-03", DateParser.parseText("3 of February, 2022"));
    }

    @Test
    void dottedDatesWithASpaceAfterEachDot_areRead() {
        // Czech, Slovak, Slovene, Serbian and Finnish typography set a space after the dots
        assertEquals("2022-02-03", DateParser.parseText("Publikováno: 3. 2. 2022 10:15"));
        assertEquals("2022-02-03", DateParser.parseText("03. 02. 2022."));
        assertEquals("2022-02-03", DateParser.parseText("Julkaistu: 3.2. 2022 klo 10.15"));
        assertNull(DateParser.parseText("Kapitel 3. 2 2022 Seiten"), "a dot must follow the month too");
    }

    @Test
    void polishAbbreviatedMonths_areRead() {
        assertEquals("2022-02-03", DateParser.parseText("3 lut 2022, 10:15"));
        assertEquals("2023-10-14", DateParser.parseText("14 paź 2023"));
        assertEquals("2023-08-09", DateParser.parseText("9 sie 2023", DateLanguage.of("pl")));
    }

    @Test
    void monthsOfIndianLanguagesBesidesHindi_areRead() {
        assertEquals("2022-02-03", DateParser.parseText("৩ ফেব্রুয়ারি ২০২২"), "Bengali digits and month");
        assertEquals("2022-02-03", DateParser.parseText("ফেব্রুয়ারি ৩, ২০২২"), "Bengali, month first");
        assertEquals("2022-02-03", DateParser.parseText("3 \u09ab\u09c7\u09ac\u09cd\u09b0\u09c1\u09df\u09be\u09b0\u09bf 2022"),
                "Bengali ya with nukta as one code point");
        assertEquals("2022-02-03", DateParser.parseText("3 பிப்ரவரி 2022"), "Tamil");
        assertEquals("2022-08-15", DateParser.parseText("15 ऑगस्ट 2022"), "Marathi");
        assertEquals("2022-12-01", DateParser.parseText("1 ഡിസംബർ 2022"), "Malayalam");
    }

    @Test
    void monthsOfMoreEuropeanAsianAndCaucasianLanguages_areRead() {
        assertEquals("2022-02-03", DateParser.parseText("3 shkurt 2022"), "Albanian");
        assertEquals("2022-06-03", DateParser.parseText("3 de xuño de 2022"), "Galician");
        assertEquals("2022-02-03", DateParser.parseText("3 Feabhra 2022"), "Irish");
        assertEquals("2022-02-03", DateParser.parseText("Pebrero 3, 2022"), "Filipino");
        assertEquals("2022-02-03", DateParser.parseText("3 fevral 2022"), "Azerbaijani and Uzbek");
        assertEquals("2022-02-03", DateParser.parseText("3 ақпан 2022"), "Kazakh");
        assertEquals("2022-02-03", DateParser.parseText("3 თებერვალი 2022"), "Georgian");
        assertEquals("2022-02-03", DateParser.parseText("3 փետրվարի 2022"), "Armenian");
    }

    @Test
    void yearFirstBasqueAndLatvianDates_areRead() {
        assertEquals("2022-02-03", DateParser.parseText("2022ko otsailaren 3a"), "Basque");
        assertEquals("2021-11-20", DateParser.parseText("2021eko azaroaren 20an"), "Basque, -eko after a vowel sound");
        assertEquals("2022-02-03", DateParser.parseText("2022. gada 3. februārī"), "Latvian, day before month");
        assertEquals("2022-02-03", DateParser.parseText("Publicēts: 2022. gada 3. februāris, 10:15"));
    }

    @Test
    void datedPathsWithAMonthDayFolderATimestampOrTrsPrefix_giveTheDay() {
        assertEquals("2022-02-03", UrlDates.fromUrl("https://example.jp/news/2022/0203/slug.html"));
        assertEquals("2022-02-03", UrlDates.fromUrl("https://example.org/news/20220203101500-slug"), "to the second");
        assertEquals("2022-02-03", UrlDates.fromUrl("https://example.org/news/202202031015.html"), "to the minute");
        assertEquals("2022-02-03", UrlDates.fromUrl("https://example.cn/xwfb/202202/t20220203_1234567.html"), "TRS file name");
        assertNull(UrlDates.fromUrl("https://example.org/news/2022020312345.html"), "an id run on is no clock time");
        assertNull(UrlDates.fromUrl("https://example.org/news/2022/1350/slug"), "no month 13");
    }

    @Test
    void isoBasicFormat_isReadAsAWholeValue() {
        assertEquals("2022-02-03", DateParser.parse("20220203"));
        assertEquals("2022-02-03T10:15:00Z", DateParser.parse("20220203T101500Z"));
        assertEquals("2022-02-03T10:15:00+01:00", DateParser.parse("20220203T1015+0100"));
        assertNull(DateParser.parse("20221303"), "no month 13");
    }

    @Test
    void turkishIndonesianAndCzechAbbreviations_areRead() {
        assertEquals("2022-02-03", DateParser.parseText("03 Şub 2022 10:15"), "Turkish");
        assertEquals("2022-12-03", DateParser.parseText("3 Ara 2022"), "Turkish");
        assertEquals("2022-08-03", DateParser.parseText("Rabu, 3 Agu 2022"), "Indonesian");
        assertEquals("2022-02-03", DateParser.parseText("3. úno 2022"), "Czech");
    }

    @Test
    void portugueseAndItalianSetAndOut_areReadOnlyOnTheirPages() {
        assertEquals("2022-09-03", DateParser.parseText("3 set 2022", DateLanguage.of("pt-BR")));
        assertEquals("2022-10-03", DateParser.parseText("03 out 2022 - 10h15", DateLanguage.of("pt")));
        assertEquals("2022-09-03", DateParser.parseText("3 set 2022", DateLanguage.of("it")));
        assertNull(DateParser.parseText("3 set 2022", DateLanguage.of("en")), "an English word elsewhere");
        assertNull(DateParser.parseText("3 out 2022"), "no language stated");
    }

    @Test
    void forumEnginesEnglishDefault_hyphenatedDateWithTwelveHourClock_isMonthFirst() {
        DateLanguage english = DateLanguage.of("en");
        assertEquals("2026-12-01", DateParser.parseText("12-01-2026, 08:14 PM", english).substring(0, 10), "vBulletin's and MyBB's m-d-Y, h:i A");
        assertEquals("2026-10-04", DateParser.parseText("10-04-2026,\u00A009:12 am", english).substring(0, 10));
        assertEquals("2026-01-12", DateParser.parseText("12-01-2026", english), "no clock: day first, the default");
        assertEquals("2026-01-12", DateParser.parseText("12/01/2026, 08:14 PM", english).substring(0, 10), "slashes: day first");
        assertEquals("2026-01-12", DateParser.parseText("12-01-2026, 08:14 PM", DateLanguage.of("en-GB")).substring(0, 10),
                "a stated British region keeps day first");
        assertEquals("2026-01-12", DateParser.parseText("12-01-2026, 08:14 PM", DateLanguage.of("de")).substring(0, 10),
                "another language keeps day first");
        assertEquals("2026-12-13", DateParser.parseText("13-12-2026, 08:14 PM", english).substring(0, 10), "13 cannot be a month");
    }

    @Test
    void weekdayBeforeAnAmbiguousNumericDate_choosesTheReading() {
        DateLanguage german = new DateLanguage("de", false);
        assertEquals("2025-10-03", DateParser.parseText("Eingereicht von admin am Fr., 10/03/2025", german), "Drupal's m/d/Y");
        assertEquals("2025-10-03", DateParser.parseText("Fri, 10/03/2025 - 14:30", DateLanguage.UNKNOWN).substring(0, 10));
        assertEquals("2025-03-10", DateParser.parseText("Mon, 10/03/2025", DateLanguage.UNKNOWN), "the day-first reading is a Monday");
        assertEquals("2025-10-03", DateParser.parseText("Friday 03/10/2025", new DateLanguage("en", true)), "against the US order");
        assertEquals("2025-03-10", DateParser.parseText("Fritz 10/03/2025", german), "no weekday: day first, as before");
        assertEquals("2025-03-10", DateParser.parseText("vr 10/03/2025", german), "a Dutch short form on a German page");
        assertEquals("2025-10-03", DateParser.parseText("vr 10/03/2025", new DateLanguage("nl", false)));
    }

    @Test
    void spanishYearAfterDel_isRead() {
        assertEquals("2025-10-17", DateParser.parseText("17 de octubre del 2025 - 14:30").substring(0, 10));
        assertEquals("2025-10-17", DateParser.parseText("Publicado el viernes 17 de octubre del 2025"));
    }

    @Test
    void malteseDayTaMonth_isRead() {
        assertEquals("2022-02-03", DateParser.parseText("Ippubblikat: 3 ta' Frar 2022", DateLanguage.of("mt")));
        assertEquals("2023-12-14", DateParser.parseText("14 ta’ Diċembru 2023, 10:24", DateLanguage.of("mt")).substring(0, 10));
    }

    @Test
    void kazakhYearWordThenDayAndMonth_isRead() {
        assertEquals("2024-07-09", DateParser.parseText("2024 жылғы 9 шілде, 14:30", DateLanguage.of("kk")).substring(0, 10));
        assertEquals("2023-11-14", DateParser.parseText("2023 ж. 14 қараша", DateLanguage.of("kk")));
        assertEquals("2022-02-03", DateParser.parseText("2022. gada 3. februārī", DateLanguage.of("lv")), "Latvian as before");
    }

    @Test
    void chineseNumeralDate_isRead() {
        assertEquals("2022-02-03", DateParser.parseText("发布日期：二〇二二年二月三日"));
        assertEquals("2023-12-31", DateParser.parseText("二〇二三年十二月三十一日"));
        assertEquals("2020-10-20", DateParser.parseText("二零二零年十月二十日"));
        assertNull(DateParser.parseText("二〇二二年十三三月三日"), "no month");
    }

    @Test
    void austrianFeber_isFebruary() {
        assertEquals("2022-02-03", DateParser.parseText("3. Feber 2022, 14:30").substring(0, 10));
    }

    @Test
    void thaiMachineDateInBuddhistEra_isReadOnThaiPages() {
        assertEquals("2022-02-03", DateParser.parse("2565-02-03", DateLanguage.of("th")));
        assertEquals("2022-02-03T14:30:00+07:00", DateParser.parse("2565-02-03T14:30:00+07:00", DateLanguage.of("th")));
        assertEquals("2022-02-03", DateParser.parse("2022-02-03", DateLanguage.of("th")), "a common-era year stays");
        assertNull(DateParser.parse("2565-02-03", DateLanguage.of("en")));
    }

    @Test
    void compactFourteenDigitStamp_isRead() {
        assertEquals("2022-02-03", DateParser.parse("20220203143000"));
        assertNull(DateParser.parse("20221303143000"), "no thirteenth month");
    }

    @Test
    void slashedTwoDigitYear_isReadInTheOrderOfTheStatedLocale_andNotWithoutOne() {
        assertEquals("2026-12-03", DateParser.parseText("Posted on 12/03/26 by June", DateLanguage.of("en-US")), "month first");
        assertEquals("2026-03-12", DateParser.parseText("Posted on 12/03/26 by June", DateLanguage.of("en-GB")), "day first");
        assertEquals("2026-03-12", DateParser.parseText("Publié le 12/03/26", DateLanguage.of("fr")), "day first");
        assertNull(DateParser.parseText("Posted on 12/03/26", DateLanguage.of("en")), "English without a region says neither");
        assertNull(DateParser.parseText("Posted on 12/03/26", DateLanguage.UNKNOWN), "no locale stated");
        assertNull(DateParser.parseText("Route 12/03/26/7", DateLanguage.of("en-US")), "a longer run is no date");
    }

    @Test
    void yiddishMonths_readOnAnyPage_withPointsOrWithout_andTheOrdinalDay() {
        assertEquals("2026-12-03", DateParser.parseText("דעצעמבער 3, 2026", DateLanguage.of("en-US")), "a Yiddish site under an English template");
        assertEquals("2026-12-03", DateParser.parseText("דעם 3טן דעצעמבער 2026", DateLanguage.UNKNOWN), "the day an ordinal, \"טן\" glued to it");
        assertEquals("2026-11-14", DateParser.parseText("14טער נאָוועמבער 2026", DateLanguage.of("yi")), "YIVO's points dropped");
        assertEquals("2026-11-28", DateParser.parseText("דעם 28סטן נאָוועמבער 2026", DateLanguage.of("yi")), "from twenty on the ordinal ends \"סטן\"");
        assertEquals("2026-05-07", DateParser.parseText("7 \u05DE\u05F2\u05B7 2026", DateLanguage.of("yi")), "the ligature \"ײ\" read as its two letters");
        assertEquals("2026-10-02", DateParser.parseText("2 \uFB2F\u05E7\u05D8\uFB2F\u05D1\u05E2\u05E8 2026", DateLanguage.UNKNOWN),
                "presentation forms (\"אָ\" as one code point) read as their letter");
        assertEquals("2026-12-03", DateParser.parseText("3 בדצמבר 2026", DateLanguage.of("he")), "Hebrew's own names, as before");
    }

    @Test
    void haitianCreoleMonths_ownOnesOnAnyPage_sharedOnesOnCreolePagesOnly() {
        assertEquals("2026-12-03", DateParser.parseText("Jedi 3 desanm 2026", DateLanguage.of("en-US")), "a diaspora site under an English template");
        assertEquals("2026-07-14", DateParser.parseText("14 jiyè 2026", DateLanguage.of("fr")));
        assertEquals("2026-10-09", DateParser.parseText("9 oktob 2026", DateLanguage.UNKNOWN), "without the accent");
        assertEquals("2026-08-03", DateParser.parseText("3 out 2026", DateLanguage.of("ht")), "\"out\" on a Creole page is August");
        assertNull(DateParser.parseText("3 out 2026", DateLanguage.of("en")), "elsewhere an English word");
        assertEquals("2026-05-20", DateParser.parseText("20 me 2026", DateLanguage.of("ht")));
        assertNull(DateParser.parseText("give 20 me 2026", DateLanguage.of("en")));
    }
}
