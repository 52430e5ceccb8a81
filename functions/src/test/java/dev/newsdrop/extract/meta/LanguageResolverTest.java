package dev.newsdrop.extract.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageResolverTest {

    private static final String ARABIC = "قال وزير الخارجية إن المحادثات كانت مثمرة وإن البلدين سيواصلان التعاون في مختلف المجالات";
    private static final String ENGLISH = "The minister said the talks were useful and that the two countries would keep working together on the issues of the region.";

    @Test
    void declaredTags_areNormalizedToBcp47() {
        assertEquals("en-GB", LanguageResolver.normalize("en_gb"));
        assertEquals("ar", LanguageResolver.normalize("AR"));
        assertEquals("zh-Hant-TW", LanguageResolver.normalize("zh-hant-tw"));
        assertNull(LanguageResolver.normalize("english please"));
    }

    @Test
    void arabicTextDeclaredEnglish_becomesArabic() {
        assertEquals("ar", LanguageResolver.resolve("en", ARABIC));
    }

    @Test
    void matchingDeclaration_isKeptWithItsRegion() {
        assertEquals("en-GB", LanguageResolver.resolve("en-GB", ENGLISH));
        assertEquals("ar-SA", LanguageResolver.resolve("ar_SA", ARABIC));
    }

    @Test
    void undeclared_isInferredFromUnambiguousScript() {
        assertEquals("ar", LanguageResolver.resolve(null, ARABIC));
        assertEquals("he", LanguageResolver.resolve(null, "השר אמר כי השיחות היו מועילות ושתי המדינות ימשיכו לשתף פעולה"));
        assertEquals("ja", LanguageResolver.resolve(null, "市立中央図書館は来月から、平日の開館時間を延長する試みを始める。"));
        assertEquals("ko", LanguageResolver.resolve(null, "시는 다음 달부터 시내버스 노선을 전면 개편한다고 밝혔다."));
        assertEquals("ru", LanguageResolver.resolve(null, "Министр заявил, что переговоры были полезными."));
        assertEquals("en", LanguageResolver.resolve(null, ENGLISH));
    }

    @Test
    void undeclaredLatinText_isGuessedFromWholeStopwords() {
        assertEquals("es", LanguageResolver.resolve(null, "Según el ministro, los precios de las viviendas subirán "
                + "por la falta de oferta y el alza de los tipos, que para muchas familias es una carga."));
        assertEquals("pt", LanguageResolver.resolve(null, "Os deputados não aprovaram a proposta, que segundo o governo "
                + "era uma prioridade para os municípios e para os serviços dos hospitais em todo o país."));
        assertEquals("fr", LanguageResolver.resolve(null, "Le maire a présenté les projets de la ville pour une rénovation "
                + "des écoles et des rues du centre, qui est prévue dans les deux ans."));
        assertEquals("de", LanguageResolver.resolve(null, "Der Minister sagte, die Verhandlungen mit dem Verband seien "
                + "nicht einfach, und das ist ein Problem für die Gemeinden von Bayern."));
    }

    @Test
    void stopwordsInsideAccentedWords_doNotCount() {
        // "el" inside "éel" or "ñel": pieces of words, not the Spanish article
        String fragments = "éel ñel éel ñel éel ñel éel ñel";
        assertNull(LanguageResolver.resolve(null, fragments));
    }

    @Test
    void direction_followsLanguageThenAttribute() {
        assertEquals("rtl", LanguageResolver.direction("ar", null));
        assertEquals("rtl", LanguageResolver.direction("he-IL", "ltr"));
        assertEquals("ltr", LanguageResolver.direction("en-GB", null));
        assertEquals("rtl", LanguageResolver.direction(null, "rtl"));
    }

    private static final String SWAHILI = "Jeshi la Polisi mkoani humo limefanikiwa kukamata watu kwa makosa mbalimbali katika kipindi "
            + "cha mwezi huu. Kamanda wa polisi amesema hayo leo mbele ya waandishi wa habari, na kwamba operesheni hiyo ni "
            + "sehemu ya juhudi za kuimarisha usalama katika mkoa. Amesema pia kuwa wananchi wanapaswa kutoa taarifa kwa polisi, "
            + "lakini wengi wao bado wanaogopa. Kwa mujibu wa kamanda, watuhumiwa wa makosa hayo ni wa umri tofauti, na baadhi "
            + "ya wao watafikishwa mahakamani wiki ijayo. Pia amesema kuwa hali ya usalama katika mkoa ni shwari kwa sasa.";

    private static final String ZULU = "Lokhu kuza emva kokuthi amaphoyisa ethole umbiko wokuthi kukhona abantu abahlala endaweni "
            + "ngaphandle kwemvume. Uthe ukuthi bazoqhubeka nophenyo ngoba umphakathi ukhathazekile kakhulu. Noma kunjalo, "
            + "amalungu omphakathi athi manje sebesaba ukuphuma ebusuku, futhi abanye bathi abazi ukuthi bazothini. "
            + "Njengoba kusho umkhulumeli, amaphoyisa azosebenzisana nomphakathi, kanti nabaholi bendawo bazohlangana "
            + "ngesonto elizayo lapho bezoxoxa khona ngalolu daba. Nokho, uthe ukuthi akekho oseboshiwe okwamanje.";

    @Test
    void aTemplatesDefaultDeclaration_givesWayToTheTextsLanguage() {
        assertEquals("sw", LanguageResolver.resolve("en-US", SWAHILI));
        assertEquals("zu", LanguageResolver.resolve("en", ZULU));
    }

    @Test
    void aDeclarationTheTextSpeaks_isKept_evenWithForeignWordsQuoted() {
        assertEquals("en-GB", LanguageResolver.resolve("en-GB", ENGLISH + " " + ENGLISH));
        String germanQuotingEnglish = "Der Minister sagte, die Verhandlungen mit dem Verband seien nicht einfach, und das ist ein "
                + "Problem für die Gemeinden. Auf Englisch sagte er: \"The talks were useful and that is what we said to the "
                + "press, and the rest of the issues will be for the next round.\" Das sei aber nicht das Ende, sagte er, "
                + "denn die Gemeinden von Bayern seien mit dem Ergebnis nicht zufrieden, und das Land werde ein neues Angebot machen.";
        assertEquals("de-DE", LanguageResolver.resolve("de-DE", germanQuotingEnglish));
    }

    @Test
    void aShortTextOrAnUnlistedDeclaration_isNotOverruled() {
        assertEquals("en", LanguageResolver.resolve("en", "Kamanda wa polisi amesema hayo leo katika mkoa."));
        assertEquals("kl", LanguageResolver.resolve("kl", SWAHILI), "no word list for the declared language: nothing to contradict");
    }

    @Test
    void undeclaredLatinText_ofMoreLanguages_isGuessed() {
        assertEquals("nl", LanguageResolver.resolve(null, "De minister zei dat het overleg met de bond niet eenvoudig was, en dat "
                + "er ook voor de gemeenten een probleem is. Het plan wordt volgende week naar de Kamer gestuurd."));
        assertEquals("sw", LanguageResolver.resolve(null, SWAHILI));
    }

    @Test
    void wordsACloseLanguageAlsoWrites_doNotOverruleItsDeclaration() {
        String catalan = "La ciutat celebra la festa major amb una programació que inclou concerts, una cercavila i el "
                + "tradicional castell de focs a la platja. L'alcaldessa ha explicat que enguany el pressupost és més alt "
                + "que el de l'any passat.";
        assertEquals("ca", LanguageResolver.resolve("ca", catalan + " " + catalan),
                "'el', 'que' and 'una' are Catalan as much as Spanish: no evidence against the declaration");
        String spanish = "Según el consejero, los precios de las viviendas subirán este año por la falta de oferta, y los "
                + "ayuntamientos piden más ayudas para las familias con hijos. Las obras del puerto, según el plan, "
                + "terminarán en mayo con un coste menor del previsto por los técnicos.";
        assertEquals("es", LanguageResolver.resolve("ca", spanish),
                "Spanish words Catalan does not write ('los', 'las', 'según') still overrule a wrong declaration");
    }

    private static final String UKRAINIAN = "Міська рада ухвалила рішення про ремонт мосту через річку. Роботи розпочнуться "
            + "навесні, а їхня вартість становитиме понад сто мільйонів гривень. Мер Києва заявив, що це є найбільший "
            + "проєкт у місті цього року, і мешканці кажуть, що чекали на нього кілька років.";
    private static final String RUSSIAN = "Городской совет принял решение о ремонте моста через реку. Работы начнутся весной, "
            + "а их стоимость составит более ста миллионов рублей. Жители говорят, что ждали этого решения несколько лет.";
    private static final String BULGARIAN = "Общинският съвет реши да ремонтира моста над реката. Работите ще започнат през "
            + "пролетта, а цената им ще бъде над сто милиона лева. Жителите казват, че са чакали това решение няколко "
            + "години. Кметът заяви, че това е най-големият проект в града тази година и че ще бъде завършен до края на "
            + "следващата, ако времето позволи, а всички въпроси на гражданите ще бъдат обсъдени на открито заседание.";
    private static final String SERBIAN = "Градско веће је донело одлуку о поправци моста преко реке. Радови ће почети на "
            + "пролеће, а њихова цена ће бити преко сто милиона динара. Грађани кажу да су на ову одлуку чекали годинама.";
    private static final String MONGOLIAN = "Хотын зөвлөл голын гүүрийг засварлах шийдвэр гаргалаа. Ажил хавар эхэлнэ, "
            + "үнэ нь зуу гаруй сая төгрөг болно гэж хотын дарга мэдэгдэв.";
    private static final String URDU = "شہر کی کونسل نے دریا پر پل کی مرمت کا فیصلہ کیا ہے۔ کام موسم بہار میں شروع ہوگا "
            + "اور اس پر سو ملین روپے سے زیادہ لاگت آئے گی۔";
    private static final String PERSIAN = "شورای شهر تصمیم گرفت پل روی رودخانه را تعمیر کند. کار در بهار آغاز می‌شود و "
            + "هزینه آن بیش از صد میلیارد ریال خواهد بود.";
    private static final String PASHTO = "د ښار شورا پرېکړه وکړه چې د سيند پر سر پل ورغوي. کار به په پسرلي کې پيل شي.";

    @Test
    void undeclaredCyrillicText_isToldApartByTheLettersOnlyOneAlphabetHas() {
        assertEquals("uk", LanguageResolver.resolve(null, UKRAINIAN));
        assertEquals("ru", LanguageResolver.resolve(null, RUSSIAN));
        assertEquals("bg", LanguageResolver.resolve(null, BULGARIAN));
        assertEquals("sr", LanguageResolver.resolve(null, SERBIAN));
        assertNull(LanguageResolver.resolve(null, MONGOLIAN), "letters Russian lacks, and no tell-tale: unknown, not Russian");
    }

    @Test
    void undeclaredArabicScriptText_isToldApartByItsLetters() {
        assertEquals("ur", LanguageResolver.resolve(null, URDU), "Urdu writes the Persian letters too, and its own");
        assertEquals("fa", LanguageResolver.resolve(null, PERSIAN));
        assertEquals("ps", LanguageResolver.resolve(null, PASHTO));
        assertEquals("ar", LanguageResolver.resolve(null, ARABIC));
    }

    @Test
    void theScriptsDefaultDeclared_givesWayToTheLanguageTheLettersName() {
        assertEquals("uk", LanguageResolver.resolve("ru-RU", UKRAINIAN));
        assertEquals("ur", LanguageResolver.resolve("ar", URDU));
        assertEquals("uk-UA", LanguageResolver.resolve("uk-UA", UKRAINIAN));
        assertEquals("ru", LanguageResolver.resolve("ru", RUSSIAN + " Корреспондент передаёт из Києва."),
                "one Ukrainian place name is no evidence");
        assertEquals("uk", LanguageResolver.resolve("uk", RUSSIAN), "Russian's letters are no evidence against Ukrainian");
        assertEquals("mn", LanguageResolver.resolve("mn", MONGOLIAN), "a language the letters cannot tell is kept");
    }

    @Test
    void aScriptOneLanguageWritesAlone_namesIt_overATemplatesLatinDeclaration() {
        String bengali = "নগর পরিষদ নদীর উপর সেতু মেরামতের সিদ্ধান্ত নিয়েছে। বসন্তে কাজ শুরু হবে।";
        assertEquals("bn", LanguageResolver.resolve("en-US", bengali));
        assertEquals("ta", LanguageResolver.resolve(null, "நகர சபை ஆற்றின் மேல் உள்ள பாலத்தை சீரமைக்க முடிவு செய்தது."));
        assertEquals("ka", LanguageResolver.resolve("en", "ქალაქის საბჭომ მდინარეზე ხიდის შეკეთება გადაწყვიტა."));
        assertEquals("hy", LanguageResolver.resolve(null, "Քաղաքային խորհուրդը որոշեց վերանորոգել կամուրջը։"));
        assertEquals("am", LanguageResolver.resolve(null, "የከተማው ምክር ቤት ድልድዩን ለመጠገን ወሰነ።"));
        assertEquals("as-IN", LanguageResolver.resolve("as-IN", bengali), "Assamese writes the Bengali script too");
    }

    private static final String MARATHI = "शहर परिषदेने नदीवरील पूल दुरुस्त करण्याचा निर्णय घेतला आहे. काम वसंत ऋतूत सुरू होणार आहे "
            + "आणि त्याचा खर्च शंभर कोटी रुपयांपेक्षा जास्त असेल, असे महापौर म्हणाले. नागरिकांनी या निर्णयाचे स्वागत केले "
            + "आहे आणि काम लवकर पूर्ण होईल अशी अपेक्षा व्यक्त केली.";

    @Test
    void devanagariText_isToldApartByFunctionWords() {
        assertEquals("mr", LanguageResolver.resolve(null, MARATHI));
        assertEquals("ne", LanguageResolver.resolve(null, "नगर परिषदले खोलामाथिको पुल मर्मत गर्ने निर्णय गरेको छ। काम वसन्तमा "
                + "सुरु हुनेछ र यसको लागत सय करोड रुपैयाँभन्दा बढी हुनेछ, मेयरले भने। नागरिकले पनि यो निर्णयको स्वागत गरेका छन्।"));
        assertEquals("hi", LanguageResolver.resolve(null, "नगर परिषद ने नदी पर बने पुल की मरम्मत का फैसला किया है। काम वसंत में "
                + "शुरू होगा और इस पर सौ करोड़ रुपये से अधिक खर्च होगा। नागरिकों ने भी इस फैसले का स्वागत किया है।"));
        assertEquals("hi", LanguageResolver.resolve(null, "नगर परिषद"), "too few words to tell: the script's main language");
        assertEquals("mr", LanguageResolver.resolve("hi", MARATHI + " " + MARATHI), "a Hindi default on a Marathi text");
        assertEquals("mr-IN", LanguageResolver.resolve("mr-IN", MARATHI));
    }

    @Test
    void aLongSampleIsReadToTheScriptItsLettersSettleOn() {
        String latin = "Lorem ipsum dolor sit amet ".repeat(120); // 3,240 characters
        String cyrillic = "Съешь же ещё этих мягких булок ".repeat(120);
        assertEquals(LanguageResolver.Script.LATIN, LanguageResolver.dominantScript(latin + latin));
        // Latin first, the rest in another script: neither holds the share, however far the Latin runs ahead at first
        assertEquals(LanguageResolver.Script.OTHER, LanguageResolver.dominantScript(latin + cyrillic));
        assertEquals(LanguageResolver.Script.CYRILLIC, LanguageResolver.dominantScript(latin.substring(0, 1200) + cyrillic + cyrillic));
        assertEquals(LanguageResolver.Script.HAN, LanguageResolver.dominantScript("Headline 2024 ".repeat(40) + "中文新闻报道内容".repeat(700)));
    }

    /** The script holding the share of the sample's letters, the whole sample counted: what the early answer must agree with. */
    private static LanguageResolver.Script countedToTheEnd(String text) {
        int latin = 0;
        int cyrillic = 0;
        int han = 0;
        int kana = 0;
        int greek = 0;
        int total = 0;
        for (int i = 0; i < Math.min(text.length(), 6_000); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            total++;
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case GREEK -> greek++;
                default -> throw new IllegalArgumentException("not in the test's mixes: " + c);
            }
        }
        if (total == 0) {
            return LanguageResolver.Script.OTHER;
        }
        if (han + kana >= 0.6 * total) {
            return kana >= 0.05 * (han + kana) ? LanguageResolver.Script.KANA : LanguageResolver.Script.HAN;
        }
        return latin >= 0.6 * total ? LanguageResolver.Script.LATIN
                : cyrillic >= 0.6 * total ? LanguageResolver.Script.CYRILLIC
                : greek >= 0.6 * total ? LanguageResolver.Script.GREEK : LanguageResolver.Script.OTHER;
    }

    @Test
    void theDominantScriptIsTheOneCountingTheWholeSampleGives_thoughLatinMayBeSettledBeforeItsEnd() {
        String[] pieces = {"the ", "Österreich ", "взгляд ", "東京", "ひらがな", "12, ", ". ", "x", "и", "Αθήνα "};
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8_000);
            int[] weights = {random.nextInt(10), random.nextInt(10), random.nextInt(10), random.nextInt(10), random.nextInt(3),
                random.nextInt(4), random.nextInt(4), random.nextInt(3), random.nextInt(3), random.nextInt(10)};
            int sum = java.util.Arrays.stream(weights).sum();
            while (sum > 0 && text.length() < length) {
                int pick = random.nextInt(sum);
                int k = 0;
                while (pick >= weights[k]) {
                    pick -= weights[k++];
                }
                text.append(pieces[k]);
            }
            String t = text.toString();
            assertEquals(countedToTheEnd(t), LanguageResolver.dominantScript(t), t.length() > 200 ? t.substring(0, 200) : t);
        }
        assertEquals(LanguageResolver.Script.LATIN, LanguageResolver.dominantScript("a".repeat(3_600) + "и".repeat(2_400)));
        assertEquals(LanguageResolver.Script.OTHER, LanguageResolver.dominantScript("a".repeat(3_599) + "и".repeat(2_401)));
        assertEquals(LanguageResolver.Script.CYRILLIC, LanguageResolver.dominantScript("и".repeat(3_600) + "a".repeat(2_400) + "a".repeat(9_000)));
        assertEquals(LanguageResolver.Script.KANA, LanguageResolver.dominantScript("東".repeat(3_300) + "ひ".repeat(300) + "a".repeat(2_400)));
        assertEquals(LanguageResolver.Script.HAN, LanguageResolver.dominantScript("東".repeat(3_500) + "ひ".repeat(150) + "a".repeat(2_350)));
    }

    private static final String MALAY = "Jambatan baharu yang merentasi sungai itu dibuka kepada orang ramai pagi ini selepas kerja pembinaan "
            + "selama tiga tahun dan dijangka dapat mengurangkan kesesakan. Menurut jurutera projek, kos pembinaan adalah besar dan "
            + "kerja siap lebih awal. \"Kami bersyukur kerana tiada kemalangan berlaku semasa tempoh pembinaan,\" katanya. Seorang "
            + "penduduk berkata perjalanan ke tempat kerjanya kini hanya sepuluh minit sahaja dengan kereta dan beliau berharap "
            + "lebih banyak kemudahan dibina. Pihak berkuasa memaklumkan bahawa lampu jalan akan dipasang sepenuhnya sebelum hujung "
            + "tahun ini dan orang ramai dinasihatkan supaya mematuhi had laju yang ditetapkan iaitu enam puluh kilometer sejam.";

    private static final String NYNORSK = "Kommunestyret vedtok torsdag å byggje ny gymsal ved skulen. Elevane har i fleire år måtte ta buss "
            + "til idrettshallen i sentrum for å ha kroppsøving. Det har vore ei stor belastning for elevane og lærarane, seier "
            + "rektor Guro Lien. Ho fortel at foreldra har kjempa for saka i meir enn ti år. Gymsalen skal stå ferdig hausten 2028 "
            + "og kostar 38 millionar kroner. Ordføraren seier at kommunen ikkje har råd til å utsetje prosjektet, sjølv om "
            + "budsjettet er stramt. Idrettslaget får òg bruke salen om kveldane, og leiaren seier at dei berre har venta på ein "
            + "slik sal frå dei starta for ti år sidan, og at det vil gje fleire born eit tilbod etter skuletid kvar veke.";

    private static final String BOKMAL = "Kommunestyret vedtok torsdag å bygge ny gymsal ved skolen. Elevene har i flere år måttet ta buss "
            + "til idrettshallen i sentrum for å ha kroppsøving. Det har vært en stor belastning for elevene og lærerne, sier "
            + "rektor Guro Lien. Hun forteller at foreldrene har kjempet for saken i mer enn ti år. Gymsalen skal stå ferdig "
            + "høsten 2028 og koster 38 millioner kroner. Ordføreren sier at kommunen ikke har råd til å utsette prosjektet, selv "
            + "om budsjettet er stramt. Idrettslaget får også bruke salen om kveldene, og lederen sier at de bare har ventet på en "
            + "slik sal, og at det vil gi flere barn et tilbud etter skoletid hver uke. Det ble klart etter et møte som varte mye lenger enn ventet.";

    @Test
    void malayTextUnderIndonesianDeclaration_isMalay() {
        assertEquals("ms", LanguageResolver.resolve("id-ID", MALAY));
    }

    @Test
    void nynorskTextUnderBokmalDeclaration_isNynorsk_andBokmalStays() {
        assertEquals("nn", LanguageResolver.resolve("nb", NYNORSK));
        assertEquals("nb", LanguageResolver.resolve("nb", BOKMAL));
        assertEquals("nn", LanguageResolver.resolve(null, NYNORSK));
    }

    @Test
    void englishQuotingAnotherLanguage_staysEnglish() {
        String quoting = ENGLISH + " " + ENGLISH + " The letter read: \"Sie sind gegangen, und sie leben, und ich habe keine Angst mehr, "
                + "nur Hunger, und die beiden schlafen hinter dem Regal, wo niemand sie sieht, und das ist gut so.\" " + ENGLISH;
        assertEquals("en", LanguageResolver.resolve("en", quoting));
    }

    @Test
    void kazakhKyrgyzAndUyghur_keepTheirDeclaredLanguageInEveryScriptTheyAreWrittenIn() {
        String kazakhArabic = "ىلە وبلىسىنىڭ عۇلجا قالاسىندا 500 ورىندىق جاڭا اۋرۋحانا پايدالانۋعا بەرىلدى، اۋرۋحانادا بالالار ءبولىمى بار";
        assertEquals("kk-CN", LanguageResolver.resolve("kk-CN", kazakhArabic), "Xinjiang's Kazakh in Arabic script");
        assertEquals("ky", LanguageResolver.resolve("ky", kazakhArabic), "Kyrgyz, written so in Xinjiang too");
        assertEquals("kk", LanguageResolver.resolve("kk", "شىنجاڭ گازەتى: ۇرىمجى قالاسىندا قىسقى قولونەر كورمەسى اشىلدى، گۇل گۇلزار گۇلدەر"),
                "Kazakh's tell-tales are Cyrillic: Persian's \"گ\" in Arabic script does not overturn it (held-out eurasia42 b2)");
        assertEquals("ar", LanguageResolver.resolve("en", kazakhArabic), "a template's English still gives way to the script");
        assertEquals("ug", LanguageResolver.resolve("ug", "Үрүмчидә йеңи мәктәп ечилди, униңда бир миң оқуғучи оқуйду вә оқутқучилар тәйяр"),
                "Uyghur in Cyrillic, as Kazakhstan's Uyghurs write it");
    }

    @Test
    void tatarBashkirChuvashAndSakhaLetters_nameTheLanguageARussianDeclarationHides() {
        String tatar = "Укучылар яңа җиһазларны җиңел үзләштерде, диде информатика укытучысы Гөлчәчәк Җәләлова, мәктәптә утыз компьютер бар.";
        assertEquals("tt", LanguageResolver.resolve("ru", tatar), "Tatar's \"җ\", not Kazakh's \"ә\"");
        assertEquals("ba", LanguageResolver.resolve("ru", "Ҡотҡарыусылар йылғала боҙҙоң ҡалынлығын тикшерҙе, ул ун биш сантиметрҙан ашмай."));
        assertEquals("cv", LanguageResolver.resolve(null, "Элӗк районӗнчи Ҫӗньял ялӗнче ҫӗнӗ культура ҫурчӗ уҫӑлчӗ, клубра концерт залӗ пур."));
        assertEquals("tt", LanguageResolver.resolve("tt", "Әти-әниләр бакчага гаризаларны порталы аша бирә ала, диде әнә шул бакча мөдире."),
                "a Tatar declaration stands on a text holding only the \"ә\" Kazakh shares");
    }

    @Test
    void tigrinyasLetters_nameItAmongTheEthiopicScriptsLanguages() {
        String tigrinya = "ሚኒስትሪ ሕርሻ ኣብ ዞባ ደቡብ ሓድሽ መደብ ከም ዝጀመረ ኣፍሊጡ። እቲ ቐዳማይ ምዕራፍ ልዕሊ 5,000 ሓረስቶት ተጠቀምቲ ክገብር እዩ።";
        String amharic = "የኢትዮጵያ መንግሥት አዲስ የስንዴ ልማት ፕሮግራም መጀመሩን አስታወቀ። ፕሮግራሙ ከአምስት ሺህ በላይ አርሶ አደሮችን ተጠቃሚ ያደርጋል።";
        assertEquals("ti", LanguageResolver.resolve("en", tigrinya), "a template's English over Tigrinya");
        assertEquals("ti", LanguageResolver.resolve(null, tigrinya));
        assertEquals("ti", LanguageResolver.resolve("am", tigrinya), "Tigrinya's \"ቐ\" and \"ኣ\" overturn an Amharic declaration");
        assertEquals("am", LanguageResolver.resolve("en", amharic));
        assertEquals("ti-ER", LanguageResolver.resolve("ti-ER", "ሓድሽ ቤት ትምህርቲ ተኸፊቱ።"), "a Tigrinya declaration stands on a text too short to tell");
    }

    @Test
    void latinLettersOneAlphabetAloneHas_nameAnUndeclaredShortText() {
        assertEquals("pl", LanguageResolver.resolve(null, "Po ośmiu miesiącach remontu kierowcy znowu mogą przejeżdżać mostem na Noteć. Autobusy wracają na swoje trasy."));
        assertEquals("cs", LanguageResolver.resolve(null, "Od 11. prosince začne platit nový jízdní řád. Kraj objednal šest nových spojů, řekl radní."));
        assertEquals("tr", LanguageResolver.resolve(null, "Toprak Mahsulleri Ofisi'nin fındık alım fiyatı açıklandı. Giresun kalite fındığın kilosu 6 liradan alınacak."));
        assertEquals("az", LanguageResolver.resolve(null, "Bakıda yeni məktəb açıldı. Təhsil naziri məktəbin iki min şagird üçün tikildiyini bildirib."),
                "Azerbaijani's \"ə\" before the \"ı\" and \"ğ\" Turkish shares");
        assertEquals("en", LanguageResolver.resolve(null, "The mayor of Łódź said the city would open a new tram line to Żabieniec and Bałuty, and that the work was funded by the state."),
                "the words name English before a Polish place's letters are read");
        assertNull(LanguageResolver.resolve(null, "Wałęsa w Gdańsku"), "two letters are no evidence");
        assertEquals("fr", LanguageResolver.resolve("fr", "Po ośmiu miesiącach remontu kierowcy znowu mogą przejeżdżać mostem."), "a declaration is not overturned by letters");
    }

    @Test
    void africanLanguagesWords_overturnATemplatesDeclaration() {
        assertEquals("st", LanguageResolver.resolve("en-US", "Mmuso wa Lesotho o phatlaladitse hore dikolo tsohle di tla kwalwa ka lebaka la mocheso. "
                + "Letona le itse qeto ena e entswe ho sireletsa bana, empa batswadi ba bang ba tshwenyehile haholo. Hape mmuso o tla fana ka dijo ho bana."));
        assertEquals("tn", LanguageResolver.resolve("en-US", "Puso ya Botswana e tlhagisitse gore balemi ba tla thusiwa ka peo mo sepakeng se se tlang. "
                + "Tona o buile jalo kwa Gaborone fa a bua le balemi, mme ba kopa gore thuso e tle ka nako gape. "
                + "Balemi ba re ba itumetse thata, gonne pula e nele go le gontsi."));
        assertEquals("ny", LanguageResolver.resolve("en-US", "Boma lalengeza kuti mtengo wa feteleza utsika. Nduna ya zaulimi yati ganizoli lithandiza alimi ambiri, "
                + "koma alimi ena ati mtengowo udakali wokwera kwambiri ndipo akupempha boma kuti lichite zambiri chifukwa anthu akuvutika."));
        assertEquals("ln", LanguageResolver.resolve("fr", "Guvernema ya Kinshasa elobi ete balabala ya sika ekotongama. Minisitre alobi ete mosala yango "
                + "ekosalisa bato mingi mpe bato basepeli na sango oyo, kasi bato mosusu bazali kotuna soki mbongo ezali mpenza."));
        assertEquals("wo", LanguageResolver.resolve("fr-FR", "Nguur gi dafa yégle ne dinañu tabax ay lekool yu bees. Waajur yi bég nañu lool ci xibaar bii, "
                + "ndax xale yi dañu doon dox yoon wu gudd ngir dem lekool, waaye ñu bare ñu ngi séentu ne nguur gi dina def lu ëpp."));
        assertEquals("en-US", LanguageResolver.resolve("en-US", "The minister said they would go to the ministry and ask for more seed, so farmers can go on "
                + "planting before the rains, and that the government was working with the districts on the plan."), "English's \"go\" is no Setswana");
        assertEquals("it", LanguageResolver.resolve("it", "Il ministro ha detto che la riforma, approvata un anno fa, non è stata applicata e che fa "
                + "parte del programma del governo per la scuola e per la sanità della regione."), "Italian's \"fa\" is no Setswana");
    }

    @Test
    void kurdishDeclaredOnSoraniText_isSorani_andPakistansDeclaredLanguagesStand() {
        String sorani = "بارانی بەخوڕ لە ماوەی شەوی ڕابردوودا بەشێک لە ڕێگای نێوان هەولێر و کۆیەی داخست و چەند ئۆتۆمبێلێک گیریان خوارد.";
        assertEquals("ckb", LanguageResolver.resolve("ku", sorani), "Central Kurdish letters under the macrolanguage's tag");
        assertEquals("ku", LanguageResolver.resolve("ku", "Li navenda Wanê pirtûkxaneyeke nû ya ku tenê pirtûkên zarokan hene, hate vekirin."));
        assertEquals("ckb", LanguageResolver.resolve("ar", sorani), "a template's Arabic gives way, as before");
        String shahmukhi = "ملتان تے آل دوالے دے علاقیاں وچ پچھلے ہفتے پین والے مینہ نے کپاہ دی تیار فصل نوں چوکھا نقصان پہنچایا اے۔";
        assertEquals("pnb", LanguageResolver.resolve("pnb", shahmukhi), "Shahmukhi Punjabi writes Urdu's letters");
        assertEquals("bal", LanguageResolver.resolve("bal", "گوادر ءِ ماہیگیرانی یک مزنیں دیوانے بوت کہ آئی ءَ سرا دریا ءِ تہا گیرگانی ہاترا گپ و تران بوت."));
        assertEquals("ur", LanguageResolver.resolve(null, shahmukhi), "undeclared, Urdu's letters say Urdu");
    }

    @Test
    void yiddishWords_nameItAmongTheHebrewScriptsLanguages() {
        String yivo = "אין ברוקלין האָט זיך געעפֿנט אַ ביכער־יריד פֿון דער ייִדישער ליטעראַטור, און הונדערטער לייענער זײַנען געקומען. "
                + "דער יריד איז געווען אַ גרויסער דערפֿאָלג, און ער וועט זיך איבערחזרן יעדן ווינטער מיט נאָך פֿאַרלאַגן.";
        String hasidic = "דער רבי האט זיך באגעגנט מיט די עסקנים פון דער שטאט און געזאגט אז די נייע שול איז א גרויסע זכיה. "
                + "די קהילה וועט אויך בויען א מקוה, און דער בירגערמייסטער האט נישט געזאגט ניין.";
        String hebrew = "ראש העירייה אמר כי העבודות על הקו החדש יחלו בחודש הבא, וגם הודיע על תוספת של קווי אוטובוס. "
                + "לדבריו, זה הפרויקט הגדול ביותר של העירייה אבל הוא לא יסתיים לפני 2029.";
        assertEquals("yi", LanguageResolver.resolve("en-US", yivo), "a template's English over Yiddish in YIVO's spelling");
        assertEquals("yi", LanguageResolver.resolve(null, hasidic), "undeclared, without the points");
        assertEquals("yi", LanguageResolver.resolve("he", hasidic), "a Hebrew declaration overturned by Yiddish's words");
        assertEquals("he", LanguageResolver.resolve("en-US", hebrew));
        assertEquals("he", LanguageResolver.resolve("he", hebrew));
        assertEquals("he", LanguageResolver.resolve(null, "שלום עולם"), "too short to tell: the script's language");
    }

    @Test
    void haitianCreolesWords_overturnATemplatesEnglish_butNotFrench() {
        String creole = "Yon nouvo klinik ki bay swen gratis pou moun ki pa gen asirans louvri pòt li nan Little Haiti semèn sa a. "
                + "Doktè yo ap resevwa pasyan twa jou pa semèn, e yo pale kreyòl ak anglè. Direktè a di yo espere ede anpil fanmi paske "
                + "gen anpil moun nan zòn nan ki pa gen kote pou yo ale.";
        assertEquals("ht", LanguageResolver.resolve("en-US", creole));
        assertEquals("ht", LanguageResolver.resolve(null, creole));
        assertEquals("fr", LanguageResolver.resolve("fr", "Le ministre a déclaré que la clinique, ouverte à Port-au-Prince, est gratuite pour "
                + "les familles qui n'ont pas d'assurance, et que le gouvernement va en ouvrir une dans chaque département."));
    }

    private static final String TAGALOG = "Sinabi ng alkalde na magbubukas na sa Lunes ang bagong palengke ng lungsod, at ito ay may "
            + "mahigit 400 na puwesto para sa mga tindera. Ayon sa kanya, hindi na kailangang magbayad ng upa ang mga tindera sa unang "
            + "buwan dahil nasira ang kanilang mga puwesto noong bagyo, at naman ay tutulong din ang lalawigan upang maayos ito.";
    private static final String CEBUANO = "Miingon ang alkalde nga abrihan na sa Lunes ang bag-ong merkado sa dakbayan, ug kini adunay "
            + "kapin 400 ka puwesto alang sa mga tindera. Matod niya, dili na kinahanglan mobayad og abang ang mga tindera sa unang "
            + "bulan kay naguba ang ilang puwesto niadtong bagyo, apan motabang usab ang probinsiya gikan karon.";
    private static final String INDONESIAN = "Wali kota mengatakan bahwa pasar baru tersebut akan dibuka pada hari Senin dan memiliki "
            + "lebih dari 400 kios untuk para pedagang. Menurutnya, pedagang tidak perlu membayar sewa pada bulan pertama karena "
            + "kios mereka rusak setelah banjir, dan pemerintah provinsi sudah menyiapkan bantuan yang cukup.";
    private static final String JAVANESE = "Wali kutha ngendika yen pasar anyar iku bakal dibukak ing dina Senin lan duwe luwih saka "
            + "400 kios kanggo para bakul. Miturut dheweke, bakul ora perlu mbayar sewa ing sasi kapisan amarga kiose rusak nalika "
            + "banjir, nanging pamarentah provinsi uga wis nyiapake bantuan sing cukup kanggo wong-wong iku.";
    private static final String SUNDANESE = "Wali kota nyebutkeun yén pasar anyar teh bakal dibuka dina poé Senén jeung boga leuwih ti "
            + "400 kios pikeun para padagang. Numutkeun anjeunna, padagang teu kudu mayar séwa dina bulan kahiji sabab kiosna ruksak "
            + "sanggeus banjir, sarta pamaréntah propinsi geus nyiapkeun bantuan anu cukup ogé.";

    @Test
    void philippineRegionalLanguages_areToldFromTagalog_whoseArticlesAndPrepositionTheyShare() {
        assertEquals("tl", LanguageResolver.resolve(null, TAGALOG));
        assertEquals("tl", LanguageResolver.resolve("en-US", TAGALOG + " " + TAGALOG), "a theme's English over Tagalog text");
        assertEquals("ceb", LanguageResolver.resolve(null, CEBUANO));
        assertEquals("ceb", LanguageResolver.resolve("en-US", CEBUANO + " " + CEBUANO), "\"ang\", \"sa\", \"mga\" speak for no one language");
        assertEquals("ceb", LanguageResolver.resolve("ceb", CEBUANO));
        assertEquals("tl", LanguageResolver.resolve("tl", TAGALOG));
    }

    @Test
    void indonesiasRegionalLanguages_overturnAnIndonesianDeclaration_andIndonesianStands() {
        assertEquals("id", LanguageResolver.resolve("id", INDONESIAN));
        assertEquals("id", LanguageResolver.resolve(null, INDONESIAN));
        assertEquals("jv", LanguageResolver.resolve("id", JAVANESE + " " + JAVANESE));
        assertEquals("jv", LanguageResolver.resolve(null, JAVANESE));
        assertEquals("su", LanguageResolver.resolve("id-ID", SUNDANESE + " " + SUNDANESE));
        assertEquals("su", LanguageResolver.resolve(null, SUNDANESE));
        assertEquals("id", LanguageResolver.resolve("id", INDONESIAN + " Warga menyebutnya \"pasar anyar iku\" sejak lama."),
                "a Javanese phrase quoted in an Indonesian text");
    }
}
