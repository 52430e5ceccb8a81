package dev.newsdrop.extract.meta.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month names as datelines write them, one table per language group: row {@code i} lists the
 * spellings of month {@code i + 1} (full, abbreviated, genitive, with or without accents). Data only;
 * {@link DateParser} reads dates with it.
 */
final class MonthNames {

    /** English, full and abbreviated. */
    private static final String[][] ENGLISH = {
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
    /** French, with and without accents. */
    private static final String[][] FRENCH = {
            {"janvier", "janv"}, {"février", "fevrier", "févr", "fevr", "fév"}, {"mars"}, {"avril", "avr"}, {"mai"},
            {"juin"}, {"juillet", "juil"}, {"août", "aout"}, {"septembre"}, {"octobre"}, {"novembre"},
            {"décembre", "decembre", "déc"}};
    /** Arabic, written as DateSpelling.normalize leaves them (alef forms unified). */
    private static final String[][] ARABIC = {
            {"يناير", "كانون الثاني", "جانفي"},
            {"فبراير", "شباط", "فيفري"},
            {"مارس", "اذار"},
            {"ابريل", "نيسان", "افريل"},
            {"مايو", "ايار", "ماي"},
            {"يونيو", "يونيه", "حزيران", "جوان"},
            {"يوليو", "يوليه", "تموز", "جويلية", "جويلة", "يوليوز"},
            {"اغسطس", "اب", "اوت", "غشت"},
            {"سبتمبر", "ايلول", "شتنبر"},
            {"اكتوبر", "تشرين الاول"},
            {"نوفمبر", "تشرين الثاني", "نونبر"},
            {"ديسمبر", "كانون الاول", "دجنبر"}};
    /** German and Austrian (its "Jänner" and "Feber"). */
    private static final String[][] GERMAN = {
            {"januar", "jänner"}, {"februar", "feber"}, {"märz", "maerz"}, {"april"}, {"mai"}, {"juni"}, {"juli"}, {"august"},
            {"september"}, {"oktober", "okt"}, {"november"}, {"dezember", "dez"}};
    /**
     * Spanish, Italian and Portuguese, with the abbreviations their datelines use ("12 dic 2023",
     * "3 ago 2022"); "set" and "out" are left out, being English words.
     */
    private static final String[][] SPANISH_ITALIAN_PORTUGUESE = {
            {"enero", "gennaio", "janeiro", "ene", "gen"}, {"febrero", "febbraio", "fevereiro", "fev"},
            {"marzo", "março", "marco"}, {"abril", "aprile", "abr"}, {"mayo", "maggio", "maio", "mag"},
            {"junio", "giugno", "junho", "giu"}, {"julio", "luglio", "julho", "lug"}, {"agosto", "ago"},
            {"septiembre", "settembre", "setembro", "sett"}, {"octubre", "ottobre", "outubro", "ott"},
            {"noviembre", "novembre", "novembro"}, {"diciembre", "dicembre", "dezembro", "dic"}};
    /**
     * Russian, Ukrainian and Belarusian (the genitive of dates, the nominative, and the abbreviations
     * of Russian, "3 мар 2022", and Ukrainian, "3 бер. 2022", "3 жовт. 2022"), Polish (genitive, nominative and the three-letter abbreviations, "3 lut 2022")
     * and Czech (genitive, nominative and abbreviations, "3. úno 2022"). Polish and Czech "listopad(a/u)" is
     * November, as Ukrainian "листопад" is: Croatian's October is in {@link #CROATIAN}.
     */
    private static final String[][] SLAVIC = {
            {"января", "январь", "янв", "січня", "січ", "січень", "студзеня", "stycznia", "styczeń", "sty", "ledna", "leden", "led"},
            {"февраля", "февраль", "февр", "фев", "лютого", "лютий", "лют", "лютага", "lutego", "luty", "lut", "února", "unora", "únor", "úno", "uno"},
            {"марта", "март", "мар", "березня", "березень", "бер", "сакавіка", "marca", "marzec", "března", "brezna", "březen", "bře"},
            {"апреля", "апрель", "апр", "квітня", "квітень", "квіт", "красавіка", "kwietnia", "kwiecień", "kwi", "dubna", "duben", "dub"},
            {"мая", "май", "травня", "травень", "трав", "maja", "května", "kvetna", "květen", "kvě"},
            {"июня", "июнь", "июн", "червня", "червень", "черв", "чэрвеня", "czerwca", "czerwiec", "cze", "června", "cervna", "červen", "čvn"},
            {"июля", "июль", "июл", "липня", "липень", "лип", "ліпеня", "lipca", "lipiec", "lip", "července", "cervence", "červenec", "čvc"},
            {"августа", "август", "авг", "серпня", "серпень", "серп", "жніўня", "sierpnia", "sierpień", "sie", "srpna", "srpen", "srp"},
            {"сентября", "сентябрь", "сент", "сен", "вересня", "вересень", "вер", "верасня", "września", "wrzesnia", "wrzesień", "wrz",
                    "září", "zari", "zář"},
            {"октября", "октябрь", "окт", "жовтня", "жовтень", "жовт", "кастрычніка", "października", "pazdziernika",
                    "październik", "paź", "paz", "října", "rijna", "říjen", "říj"},
            {"ноября", "ноябрь", "нояб", "ноя", "листопада", "листопад", "лист", "лістапада", "listopada", "listopad", "lis", "listopadu"},
            {"декабря", "декабрь", "дек", "грудня", "грудень", "груд", "снежня", "grudnia", "grudzień", "gru", "prosince", "prosinec", "pro"}};
    /**
     * Croatian (and Bosnian written with Croatian names), nominative and the genitive of dates, with
     * and without diacritics. "listopad(a)" is October here, November in Polish and Czech: a page that
     * states hr or bs reads it as October; any other reads it as November ({@link #TABLES}' order).
     */
    private static final String[][] CROATIAN = {
            {"siječanj", "siječnja", "sijecanj", "sijecnja"}, {"veljača", "veljače", "veljaca", "veljace"},
            {"ožujak", "ožujka", "ozujak", "ozujka"}, {"travanj", "travnja"}, {"svibanj", "svibnja"},
            {"lipanj", "lipnja"}, {"srpanj", "srpnja"}, {"kolovoz", "kolovoza"}, {"rujan", "rujna"},
            {"listopad", "listopada"}, {"studeni", "studenoga", "studenog"}, {"prosinac", "prosinca"}};
    /**
     * Serbian, Bosnian and Slovene in Latin letters and Slovak, nominative and genitive; Serbian,
     * Macedonian and Bulgarian in Cyrillic.
     */
    private static final String[][] SOUTH_AND_WEST_SLAVIC = {
            {"januar", "januara", "januarja", "január", "januára", "јануар", "јануара", "јануари", "януари"},
            {"februar", "februara", "februarja", "február", "februára", "фебруар", "фебруара", "февруари"},
            {"mart", "marta", "marec", "marca", "март", "марта"},
            {"april", "aprila", "apríl", "apríla", "април", "априла"},
            {"maj", "maja", "máj", "mája", "мај", "маја", "май"},
            {"jun", "juna", "junij", "junija", "jún", "júna", "јун", "јуна", "јуни", "юни"},
            {"jul", "jula", "julij", "julija", "júl", "júla", "јул", "јула", "јули", "юли"},
            {"avgust", "avgusta", "august", "augusta", "август", "августа"},
            {"septembar", "septembra", "september", "септембар", "септембра", "септември"},
            {"oktobar", "oktobra", "oktober", "október", "októbra", "октобар", "октобра", "октомври"},
            {"novembar", "novembra", "november", "новембар", "новембра", "ноември"},
            {"decembar", "decembra", "december", "децембар", "децембра", "декември"}};
    /** Romanian, full and abbreviated ("noi." is November). */
    private static final String[][] ROMANIAN = {
            {"ianuarie", "ian"}, {"februarie", "febr"}, {"martie"}, {"aprilie"}, {"mai"}, {"iunie", "iun"},
            {"iulie", "iul"}, {"august"}, {"septembrie"}, {"octombrie"}, {"noiembrie", "noi"}, {"decembrie"}};
    /** Catalan, full and abbreviated (dates write "de" or "d'" before the month: "3 d'abril de 2023"). */
    private static final String[][] CATALAN = {
            {"gener"}, {"febrer"}, {"març", "marc"}, {"abril"}, {"maig"}, {"juny"}, {"juliol"}, {"agost"},
            {"setembre"}, {"octubre"}, {"novembre"}, {"desembre", "des"}};
    /** Hungarian, full and abbreviated; dates put the year first ("2023. február 10."). */
    private static final String[][] HUNGARIAN = {
            {"január"}, {"február"}, {"március", "márc"}, {"április", "ápr"}, {"május", "máj"}, {"június", "jún"},
            {"július", "júl"}, {"augusztus"}, {"szeptember", "szept"}, {"október"}, {"november"}, {"december"}};
    /** Finnish: nominative, the partitive of dates ("10. helmikuuta 2023") and abbreviations ("helmik."). */
    private static final String[][] FINNISH = {
            {"tammikuu", "tammikuuta", "tammik"}, {"helmikuu", "helmikuuta", "helmik"},
            {"maaliskuu", "maaliskuuta", "maalisk"}, {"huhtikuu", "huhtikuuta", "huhtik"},
            {"toukokuu", "toukokuuta", "toukok"}, {"kesäkuu", "kesäkuuta", "kesäk"}, {"heinäkuu", "heinäkuuta", "heinäk"},
            {"elokuu", "elokuuta", "elok"}, {"syyskuu", "syyskuuta", "syysk"}, {"lokakuu", "lokakuuta", "lokak"},
            {"marraskuu", "marraskuuta", "marrask"}, {"joulukuu", "joulukuuta", "jouluk"}};
    /**
     * Lithuanian (the genitive of dates, "2023 m. vasario 10 d.", and the nominative), Latvian
     * (nominative and locative) and Estonian: the nominative and the adessive a dated line writes ("Avaldatud: 5.
     * detsembril 2026", on the 5th of December), all but May's "mail", an English word, read only on an Estonian
     * page ({@link #LANGUAGE_ONLY_TABLES}).
     */
    private static final String[][] BALTIC = {
            {"sausio", "sausis", "janvāris", "janvārī", "jaanuar", "jaanuaril"},
            {"vasario", "vasaris", "februāris", "februārī", "veebruar", "veebruaril"},
            {"kovo", "kovas", "marts", "martā", "märts", "märtsil"},
            {"balandžio", "balandzio", "balandis", "aprīlis", "aprīlī", "aprill", "aprillil"},
            {"gegužės", "geguzes", "gegužė", "maijs", "maijā"},
            {"birželio", "birzelio", "birželis", "jūnijs", "jūnijā", "juuni", "juunil"},
            {"liepos", "liepa", "jūlijs", "jūlijā", "juuli", "juulil"},
            {"rugpjūčio", "rugpjucio", "rugpjūtis", "augusts", "augustā", "augustil"},
            {"rugsėjo", "rugsejo", "rugsėjis", "septembris", "septembrī", "septembril"},
            {"spalio", "spalis", "oktobris", "oktobrī", "oktoober", "oktoobril"},
            {"lapkričio", "lapkricio", "lapkritis", "novembris", "novembrī", "novembril"},
            {"gruodžio", "gruodzio", "gruodis", "decembris", "decembrī", "detsember", "detsembril"}};
    /** Icelandic; Swahili, Zulu and Xhosa; Greenlandic (nominative and the genitive in -p). */
    private static final String[][] ICELANDIC_AFRICAN_GREENLANDIC = {
            {"janúar", "januwari", "janyuwari", "januaari", "januaarip"},
            {"febrúar", "februwari", "februaari", "februaarip"},
            {"machi", "mashi", "matshi", "marsi", "marsip"},
            {"apríl", "aprili", "ephreli", "epreli", "apriili", "apriilip"},
            {"maí", "meyi", "maaji", "maajip"},
            {"júní", "juuni", "juunip"},
            {"júlí", "julai", "julayi", "juuli", "juulip"},
            {"ágúst", "agosti", "agasti", "aggusti", "aggustip"},
            {"septemba", "septhemba", "septembari", "septembarip"},
            {"október", "oktoba", "okthoba", "okthobha", "oktobari", "oktobarip"},
            {"nóvember", "novemba", "novembari", "novembarip"},
            {"desemba", "disemba", "decembari", "decembarip"}};
    /**
     * Dutch (with its abbreviation "mrt") and Afrikaans, Swedish, Danish and Norwegian (with "des."); Turkish
     * (with its three-letter abbreviations, "03 Şub 2022"); Indonesian and Malay (with "Agu", "Agus", and Malay's "Ogo" and "Dis", "1 Dis 2026"); Greek (genitive, nominative and abbreviations, read without accents).
     */
    private static final String[][] NORDIC_DUTCH_TURKISH_MALAY_GREEK = {
            {"januari", "januarie", "ocak", "oca", "ιανουαρίου", "ιανουάριος", "ιαν"},
            {"februari", "februarie", "şubat", "subat", "şub", "sub", "φεβρουαρίου", "φεβρουάριος", "φεβ"},
            {"maart", "mrt", "marts", "mart", "maret", "mac", "μαρτίου", "μάρτιος", "μαρ"},
            {"nisan", "nis", "απριλίου", "απρίλιος", "απρ"},
            {"mei", "maj", "mayıs", "mayis", "μαΐου", "μάιος", "μαΐ"},
            {"junie", "haziran", "haz", "ιουνίου", "ιούνιος", "ιουν"},
            {"julie", "temmuz", "tem", "ιουλίου", "ιούλιος", "ιουλ"},
            {"augustus", "augusti", "ağustos", "agustos", "agustus", "ogos", "ogo", "agt", "ağu", "agu", "agus", "αυγούστου", "αύγουστος", "αυγ"},
            {"eylül", "eylul", "eyl", "σεπτεμβρίου", "σεπτέμβριος", "σεπ"},
            {"ekim", "eki", "οκτωβρίου", "οκτώβριος", "οκτ"},
            {"kasım", "kasim", "kas", "νοεμβρίου", "νοέμβριος", "νοε"},
            {"desember", "des", "aralık", "aralik", "ara", "disember", "dis", "δεκεμβρίου", "δεκέμβριος", "δεκ"}};
    /** Hebrew, alone and with the prefix ב ("in") dates write ("27 במרץ 2024"); Hindi, in both spellings. */
    private static final String[][] HEBREW_HINDI = {
            {"ינואר", "בינואר", "जनवरी"},
            {"פברואר", "בפברואר", "फ़रवरी", "फरवरी"},
            {"מרץ", "במרץ", "מרס", "במרס", "मार्च"},
            {"אפריל", "באפריל", "अप्रैल"},
            {"מאי", "במאי", "मई"},
            {"יוני", "ביוני", "जून"},
            {"יולי", "ביולי", "जुलाई"},
            {"אוגוסט", "באוגוסט", "अगस्त"},
            {"ספטמבר", "בספטמבר", "सितंबर", "सितम्बर"},
            {"אוקטובר", "באוקטובר", "अक्टूबर", "अक्तूबर"},
            {"נובמבר", "בנובמבר", "नवंबर", "नवम्बर"},
            {"דצמבר", "בדצמבר", "दिसंबर", "दिसम्बर"}};

    /**
     * Indian languages besides Hindi, as their press writes the Gregorian months: Bengali, Marathi,
     * Gujarati, Punjabi (Gurmukhi), Tamil, Telugu, Kannada and Malayalam.
     */
    private static final String[][] INDIAN = {
            {"জানুয়ারি", "জানুয়ারী", "जानेवारी", "જાન્યુઆરી", "ਜਨਵਰੀ", "ஜனவரி", "జనవరి", "ಜನವರಿ", "ജനുവരി"},
            {"ফেব্রুয়ারি", "ফেব্রুয়ারী", "फेब्रुवारी", "ફેબ્રુઆરી", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "பிப்ரவரி", "ఫిబ్రవరి", "ಫೆಬ್ರವರಿ", "ഫെബ്രുവരി"},
            {"মার্চ", "मार्च", "માર્ચ", "ਮਾਰਚ", "மார்ச்", "మార్చి", "ಮಾರ್ಚ್", "മാർച്ച്"},
            {"এপ্রিল", "एप्रिल", "એપ્રિલ", "ਅਪ੍ਰੈਲ", "ஏப்ரல்", "ఏప్రిల్", "ಏಪ್ರಿಲ್", "ഏപ്രിൽ"},
            {"মে", "मे", "મે", "ਮਈ", "மே", "మే", "ಮೇ", "മേയ്", "മെയ്"},
            {"জুন", "जून", "જૂન", "ਜੂਨ", "ஜூன்", "జూన్", "ಜೂನ್", "ജൂൺ"},
            {"জুলাই", "जुलै", "જુલાઈ", "ਜੁਲਾਈ", "ஜூலை", "జూలై", "ಜುಲೈ", "ജൂലൈ"},
            {"আগস্ট", "ऑगस्ट", "ઑગસ્ટ", "ઓગસ્ટ", "ਅਗਸਤ", "ஆகஸ்ட்", "ఆగస్టు", "ಆಗಸ್ಟ್", "ഓഗസ്റ്റ്"},
            {"সেপ্টেম্বর", "सप्टेंबर", "સપ્ટેમ્બર", "ਸਤੰਬਰ", "செப்டம்பர்", "సెప్టెంబర్", "ಸೆಪ್ಟೆಂಬರ್", "സെപ്റ്റംബർ"},
            {"অক্টোবর", "ऑक्टोबर", "ઑક્ટોબર", "ઓક્ટોબર", "ਅਕਤੂਬਰ", "அக்டோபர்", "అక్టోబర్", "ಅಕ್ಟೋಬರ್", "ഒക്ടോബർ"},
            {"নভেম্বর", "नोव्हेंबर", "નવેમ્બર", "ਨਵੰਬਰ", "நவம்பர்", "నవంబర్", "ನವೆಂಬರ್", "നവംബർ"},
            {"ডিসেম্বর", "डिसेंबर", "ડિસેમ્બર", "ਦਸੰਬਰ", "டிசம்பர்", "డిసెంబర్", "ಡಿಸೆಂಬರ್", "ഡിസംബർ"}};

    /**
     * Assamese, as its press writes the Gregorian months, in the Bengali script with its own letters ("ৰ", "ৱ") and
     * spellings: "ডিচেম্বৰ" (Bengali "ডিসেম্বর"), "ছেপ্টেম্বৰ", "জানুৱাৰী", with "ী" or "ি" closing January and February.
     * The names Assamese shares with Bengali ("মার্চ", "জুন") are in {@link #INDIAN} already.
     */
    private static final String[][] ASSAMESE = {
            {"জানুৱাৰী", "জানুৱাৰি"}, {"ফেব্ৰুৱাৰী", "ফেব্ৰুৱাৰি"}, {"মাৰ্চ"}, {"এপ্ৰিল"}, {"মে"}, {"জুন"}, {"জুলাই"},
            {"আগষ্ট"}, {"ছেপ্টেম্বৰ", "ছেপ্তেম্বৰ", "চেপ্টেম্বৰ"}, {"অক্টোবৰ"}, {"নৱেম্বৰ"}, {"ডিচেম্বৰ"}};

    /**
     * Tamil papers' short months, as their date lines print them ("டிச 03, 2026 21:40", "ஜன. 5, 2027"): a whole word
     * each, as every month name is read, and only on a page stated Tamil ("மார்", "நவ" are words of their own).
     */
    private static final String[][] TAMIL_SHORT = {
            {"ஜன"}, {"பிப்"}, {"மார்"}, {"ஏப்"}, {}, {}, {}, {"ஆக"}, {"செப்"}, {"அக்"}, {"நவ"}, {"டிச"}};

    /**
     * Languages of the Caucasus and Central Asia: Azerbaijani and Uzbek (Latin), Kazakh (Cyrillic),
     * Georgian and Armenian (nominative and the genitive of dates).
     */
    private static final String[][] CAUCASUS_CENTRAL_ASIA = {
            {"yanvar", "қаңтар", "იანვარი", "იანვრის", "հունվար", "հունվարի"},
            {"fevral", "ақпан", "თებერვალი", "თებერვლის", "փետրվար", "փետրվարի"},
            {"mart", "наурыз", "მარტი", "მარტის", "մարտ", "մարտի"},
            {"aprel", "сәуір", "აპრილი", "აპრილის", "ապրիլ", "ապրիլի"},
            {"may", "мамыр", "მაისი", "მაისის", "մայիս", "մայիսի"},
            {"iyun", "маусым", "ივნისი", "ივნისის", "հունիս", "հունիսի"},
            {"iyul", "шілде", "ივლისი", "ივლისის", "հուլիս", "հուլիսի"},
            {"avqust", "avgust", "тамыз", "აგვისტო", "აგვისტოს", "օգոստոս", "օգոստոսի"},
            {"sentyabr", "sentabr", "қыркүйек", "სექტემბერი", "სექტემბრის", "սեպտեմբեր", "սեպտեմբերի"},
            {"oktyabr", "oktabr", "қазан", "ოქტომბერი", "ოქტომბრის", "հոկտեմբեր", "հոկտեմբերի"},
            {"noyabr", "қараша", "ნოემბერი", "ნოემბრის", "նոյեմբեր", "նոյեմբերի"},
            {"dekabr", "желтоқсан", "დეკემბერი", "დეკემბრის", "դեկտեմբեր", "դեկտեմբերի"}};

    /**
     * More of Central Asia: Kazakh in its Latin alphabet (the 2021 letters, and the plain forms typed without them),
     * Turkmen (its "ý" and "w"), and Tajik, whose months are the Russian ones without the soft sign, and take the
     * izafat's "-и" in dates ("5 декабри 2026").
     */
    private static final String[][] CENTRAL_ASIA_MORE = {
            {"qańtar", "qantar", "ýanwar", "yanwar", "январ", "январи"},
            {"aqpan", "fewral", "феврал", "феврали"},
            {"naýryz", "nauryz", "марти"},
            {"sáýir", "sauir", "апрел", "апрели"},
            {"mamyr", "maý", "майи"},
            {"maýsym", "mausym", "iýun", "июн", "июни"},
            {"shilde", "iýul", "июл", "июли"},
            {"tamyz", "awgust", "августи"},
            {"qyrkúıek", "qyrkuiek", "qyrkúiek", "sentýabr", "сентябр", "сентябри"},
            {"qazan", "oktýabr", "октябр", "октябри"},
            {"qarasha", "noýabr", "ноябр", "ноябри"},
            {"jeltoqsan", "декабр", "декабри"}};

    /**
     * Other European languages: Albanian, Galician, Basque (with the genitive "otsailaren" of its
     * year-first dates), Irish (the month alone and as "Mí na Samhna", "the month of November", with the genitive a date sets:
     * "27 Mí na Samhna 2026"), Welsh, Maltese ("3 ta' Frar 2022", with and without its dotted letters); and Filipino.
     */
    private static final String[][] MORE_EUROPEAN_FILIPINO = {
            {"janar", "xaneiro", "urtarrila", "urtarrilaren", "eanáir", "mí eanáir", "ionawr", "enero", "jannar"},
            {"shkurt", "febreiro", "otsaila", "otsailaren", "feabhra", "mí feabhra", "chwefror", "pebrero", "frar"},
            {"mars", "marzo", "martxoa", "martxoaren", "márta", "mí an mhárta", "mawrth", "marso", "marzu"},
            {"prill", "abril", "apirila", "apirilaren", "aibreán", "mí aibreáin", "ebrill", "april"},
            {"maj", "maio", "maiatza", "maiatzaren", "bealtaine", "mí na bealtaine", "mai", "mayo", "mejju"},
            {"qershor", "xuño", "xuno", "ekaina", "ekainaren", "meitheamh", "mí an mheithimh", "mehefin", "hunyo", "ġunju", "gunju"},
            {"korrik", "xullo", "uztaila", "uztailaren", "iúil", "mí iúil", "gorffennaf", "hulyo", "lulju"},
            {"gusht", "agosto", "abuztua", "abuztuaren", "lúnasa", "mí lúnasa", "awst", "awwissu"},
            {"shtator", "setembro", "iraila", "irailaren", "meán fómhair", "mí mheán fómhair", "medi", "setyembre", "settembru"},
            {"tetor", "outubro", "urria", "urriaren", "deireadh fómhair", "mí dheireadh fómhair", "hydref", "oktubre", "ottubru"},
            {"nëntor", "nentor", "novembro", "azaroa", "azaroaren", "samhain", "mí na samhna", "tachwedd", "nobyembre", "novembru"},
            {"dhjetor", "decembro", "abendua", "abenduaren", "nollaig", "mí na nollag", "rhagfyr", "disyembre", "diċembru", "dicembru"}};

    /**
     * The regional languages of the Philippines beside Filipino's spellings (above), as their papers and radio sites print
     * dates ("Disiembre 3, 2026"): Ilocano's and Hiligaynon's "-io"/"-iembre" ("Hunio", "Nobiembre", "Disiembre"),
     * Cebuano's "Septiyembre", Kapampangan's closing "-u" and "-i" ("Eneru", "Pebreru", "Agostu", "Disiembri"); Tetum's
     * months, taken from Portuguese and written in Timor-Leste's orthography ("7 Dezembru 2026", "Juñu", "Jullu"), with
     * the accent and without; Javanese's and Sundanese's spellings of the Indonesian months, Javanese's "dh" and "è"
     * ("Dhesember", "Dhésèmber", "Pebruari", "Nopember"), Sundanese's "é" ("Désémber", "Pébruari", "Méi", "Nopémber"),
     * with the accents and without. None is a word of another language; "novèmber", "sèptèmber" and "desèmber" are
     * Papiamento's spellings too, and "mayu" Hausa's May, the same months, now read on any page.
     */
    private static final String[][] PHILIPPINE_INDONESIAN_TIMORESE = {
            {"eneru", "janeiru"},
            {"pebreru", "fevereiru", "pebruari", "pébruari"},
            {"marsu"},
            {"abríl"},
            {"mayu", "maiu", "méi", "mèi"},
            {"hunio", "hunyu", "juñu", "junu"},
            {"hulio", "hulyu", "jullu", "julu"},
            {"agostu"},
            {"septiyembre", "septyembre", "setiembre", "septiembri", "setembru", "séptémber", "sèptèmber"},
            {"oktubri", "outubru"},
            {"nobiembre", "nobiembri", "nobyembri", "nopember", "nopémber", "nopèmber", "novèmber"},
            {"disiembre", "disiembri", "disyembri", "dezembru", "dhesember", "dhésèmber", "dhèsèmber", "désémber", "desèmber",
                    "dhesèmber"}};

    /**
     * Thai, full and abbreviated ("ก.พ." for February; the closing dot is read by the patterns). Thai
     * dates count years in the Buddhist era ({@link DateParser} converts them).
     */
    private static final String[][] THAI = {
            {"มกราคม", "ม.ค"}, {"กุมภาพันธ์", "ก.พ"}, {"มีนาคม", "มี.ค"}, {"เมษายน", "เม.ย"}, {"พฤษภาคม", "พ.ค"},
            {"มิถุนายน", "มิ.ย"}, {"กรกฎาคม", "ก.ค"}, {"สิงหาคม", "ส.ค"}, {"กันยายน", "ก.ย"}, {"ตุลาคม", "ต.ค"},
            {"พฤศจิกายน", "พ.ย"}, {"ธันวาคม", "ธ.ค"}};

    /**
     * Persian names of the Gregorian months, with the variants Iranian and Afghan sites use ("اوت" and
     * "آگوست", "مه" and "می"); Persian dates in the Solar Hijri calendar are in {@link #SOLAR_HIJRI}.
     */
    private static final String[][] PERSIAN = {
            {"ژانویه", "ژانویهٔ"}, {"فوریه", "فوریهٔ"}, {"مارس"}, {"آوریل"}, {"مه", "می"}, {"ژوئن"},
            {"ژوئیه", "جولای"}, {"اوت", "آگوست"}, {"سپتامبر"}, {"اکتبر"}, {"نوامبر"}, {"دسامبر"}};

    /** Urdu, the Gregorian months as Pakistan's and India's Urdu press writes them. */
    private static final String[][] URDU = {
            {"جنوری"}, {"فروری"}, {"مارچ"}, {"اپریل"}, {"مئی"}, {"جون"}, {"جولائی"}, {"اگست"}, {"ستمبر"}, {"اکتوبر"},
            {"نومبر"}, {"دسمبر"}};

    /**
     * The months of the Solar Hijri calendar, Iran's civil calendar, as Persian names them (with the
     * older "امرداد" for Mordad): row {@code i} is the calendar's month {@code i + 1}, Farvardin opening
     * the year at the March equinox. {@link DateParser} converts their dates to the Gregorian calendar.
     */
    private static final String[][] SOLAR_HIJRI = {
            {"فروردین"}, {"اردیبهشت"}, {"خرداد"}, {"تیر"}, {"مرداد", "امرداد"}, {"شهریور"},
            {"مهر"}, {"آبان"}, {"آذر"}, {"دی"}, {"بهمن"}, {"اسفند"}};

    /**
     * Gregorian months in languages of South and Southeast Asia not covered above: Nepali, Odia, Sinhala,
     * Burmese (Myanmar script), Dhivehi (Thaana, the Maldives' script, with and without the closing vowel sign: "ޑިސެމްބަރު",
     * "ޑިސެމްބަރ"), Khmer (which writes "ខែ", month, before the name: {@link DateParser} reads it
     * as a joiner) and Lao ("5 ທັນວາ 2026", or with the month word "ເດືອນ" before the name, read as Khmer's; Lao script
     * is written for no other language, so its names are read on any page).
     */
    private static final String[][] SOUTH_AND_SOUTHEAST_ASIAN = {
            {"जनवरी", "ଜାନୁଆରୀ", "ଜାନୁୟାରୀ", "ජනවාරි", "ဇန်နဝါရီ", "មករា", "ޖަނަވަރީ", "ມັງກອນ"},
            {"फेब्रुअरी", "ଫେବୃଆରୀ", "ଫେବ୍ରୁଆରୀ", "පෙබරවාරි", "ဖေဖော်ဝါရီ", "កុម្ភៈ", "កុម្ភះ", "ފެބުރުއަރީ", "ފެބްރުއަރީ", "ފެބުރުވަރީ", "ກຸມພາ"},
            {"मार्च", "ମାର୍ଚ୍ଚ", "ମାର୍ଚ", "මාර්තු", "မတ်", "មីនា", "މާރިޗު", "މާރޗް", "ມີນາ"},
            {"अप्रिल", "ଏପ୍ରିଲ", "අප්\u200dරේල්", "අප්රේල්", "ဧပြီ", "មេសា", "އޭޕްރީލް", "ເມສາ"},
            {"मे", "ମେ", "මැයි", "မေ", "ឧសភា", "މޭ", "މެއި", "ພຶດສະພາ"},
            {"जुन", "ଜୁନ", "ଜୁନ୍", "ජූනි", "ဇွန်", "មិថុនា", "ޖޫން", "ມິຖຸນາ"},
            {"जुलाई", "ଜୁଲାଇ", "ජූලි", "ဇူလိုင်", "កក្កដា", "ޖުލައި", "ກໍລະກົດ"},
            {"अगस्ट", "ଅଗଷ୍ଟ", "අගෝස්තු", "ဩဂုတ်", "သြဂုတ်", "សីហា", "އޯގަސްޓު", "އޮގަސްޓް", "ສິງຫາ"},
            {"सेप्टेम्बर", "ସେପ୍ଟେମ୍ବର", "සැප්තැම්බර්", "စက်တင်ဘာ", "កញ្ញា", "ސެޕްޓެމްބަރު", "ސެޕްޓެމްބަރ", "ກັນຍາ"},
            {"अक्टोबर", "ଅକ୍ଟୋବର", "ඔක්තෝබර්", "အောက်တိုဘာ", "តុលា", "އޮކްޓޫބަރު", "އޮކްޓޯބަރު", "އޮކްޓޯބަރ", "ຕຸລາ"},
            {"नोभेम्बर", "ନଭେମ୍ବର", "නොවැම්බර්", "နိုဝင်ဘာ", "វិច្ឆិកា", "ނޮވެމްބަރު", "ނޮވެމްބަރ", "ພະຈິກ"},
            {"डिसेम्बर", "ଡିସେମ୍ବର", "දෙසැම්බර්", "ဒီဇင်ဘာ", "ធ្នូ", "ޑިސެމްބަރު", "ޑިސެމްބަރ", "ທັນວາ"}};

    /**
     * The months of the Bikram Sambat calendar, Nepal's official one, as Nepali writes them with their older or Sanskrit
     * spellings ("मंसिर" and "मङ्सिर", "कात्तिक" and "कार्तिक"): row {@code i} is the calendar's month {@code i + 1},
     * Baisakh opening the year in mid-April. {@link DateParser} converts their dates on Nepali pages only.
     */
    private static final String[][] BIKRAM_SAMBAT = {
            {"वैशाख", "बैशाख", "बैसाख"}, {"जेठ", "जेष्ठ", "ज्येष्ठ"}, {"असार", "आषाढ", "असाढ"}, {"साउन", "श्रावण"},
            {"भदौ", "भाद्र"}, {"असोज", "आश्विन"}, {"कात्तिक", "कार्तिक"}, {"मंसिर", "मङ्सिर", "मार्ग"},
            {"पुस", "पौष", "पुष"}, {"माघ"}, {"फागुन", "फाल्गुन"}, {"चैत", "चैत्र"}};

    /** The Bikram Sambat months by name ({@link #BIKRAM_SAMBAT}), 1 to 12. */
    static Map<String, Integer> bikramSambatMonths() {
        return table(BIKRAM_SAMBAT);
    }

    /** Hausa, read on Hausa pages only: "Maris", "Yuni" and "Yuli" are names or words elsewhere. */
    private static final String[][] HAUSA = {
            {"janairu"}, {"fabrairu"}, {"maris"}, {"afrilu"}, {"mayu"}, {"yuni"}, {"yuli"}, {"agusta"}, {"satumba"}, {"oktoba"},
            {"nuwamba"}, {"disamba"}};

    /**
     * Somali, read on Somali pages only, in the spellings papers use ("3 Diseembar 2026", "Luulyo", "Agoosto"): "Juun" and
     * "Ogast" are words or names elsewhere.
     */
    private static final String[][] SOMALI = {
            {"jannaayo", "janaayo", "janaayuu"}, {"febraayo", "febarweri", "feberwari"}, {"maarso", "maarij"}, {"abriil", "abriel"},
            {"maajo", "maayo"}, {"juun", "juunyo"}, {"luulyo", "julaay"}, {"agoosto", "ogast"},
            {"sebtembar", "sebteembar", "sibtambar"}, {"oktoobar", "oktoobaar"}, {"nofembar", "noofembar", "nofeembar"},
            {"diseembar", "disembar", "diseember"}};

    /**
     * Yiddish, as its papers print dates ("דעצעמבער 3, 2026", "דעם 3טן דעצעמבער 2026"), written as
     * {@link DateSpelling#normalize} leaves them: without YIVO's points ("נאָוועמבער" is "נאוועמבער") and with the
     * ligatures "װ", "ױ", "ײ" as their two letters. Hebrew names its months otherwise ("דצמבר"), and no other language
     * writes these words, so they are read on any page: Yiddish sites often state English, or Hebrew.
     */
    private static final String[][] YIDDISH = {
            {"יאנואר"}, {"פעברואר"}, {"מערץ"}, {"אפריל"}, {"מיי"}, {"יוני"}, {"יולי"}, {"אויגוסט"}, {"סעפטעמבער"},
            {"אקטאבער"}, {"נאוועמבער"}, {"דעצעמבער"}};

    /**
     * Haitian Creole ("3 desanm 2026", "12 janvye 2026"), with its accents and without: the months only Creole writes are
     * read on any page, as Haitian sites in the diaspora state English or French; "mas", "me", "jen", "out" and "avril" are
     * words or months of English, French, Spanish and Portuguese, read on pages in Creole ({@link #HAITIAN_SHARED}).
     */
    private static final String[][] HAITIAN = {
            {"janvye"}, {"fevriye"}, {}, {}, {}, {}, {"jiyè", "jiye"}, {}, {"septanm"}, {"oktòb", "oktob"}, {"novanm"}, {"desanm"}};

    /** Haitian Creole's months that other languages write as words or months ({@link #HAITIAN}), read on Creole pages. */
    private static final String[][] HAITIAN_SHARED = {
            {}, {}, {"mas"}, {"avril"}, {"me"}, {"jen"}, {}, {"out"}, {}, {}, {}, {}};

    /**
     * The months of East and Southern Africa's and Madagascar's languages, each read on its own language's pages only, in
     * the spellings their papers print ("Kuya 3 Ukuboza 2026", "Alarobia 2 Desambra 2026", "12 Zvita 2026", "Muddee 3,
     * 2026"): the words are common nouns or names elsewhere (Kinyarwanda "Mata", Shona "Mbudzi", a goat), and Kinyarwanda and
     * Kirundi give one word two months (Kinyarwanda's "Nyakanga" is July, Kirundi's September). Kinyarwanda:
     */
    private static final String[][] KINYARWANDA = {
            {"mutarama"}, {"gashyantare"}, {"werurwe"}, {"mata"}, {"gicurasi"}, {"kamena"}, {"nyakanga"}, {"kanama"}, {"nzeri", "nzeli"},
            {"ukwakira"}, {"ugushyingo"}, {"ukuboza"}};

    /** Kirundi ({@link #KINYARWANDA}). */
    private static final String[][] KIRUNDI = {
            {"nzero"}, {"ruhuhuma"}, {"ntwarante"}, {"ndamukiza"}, {"rusama"}, {"ruheshi"}, {"mukakaro"}, {"nyandagaro", "myandagaro"},
            {"nyakanga"}, {"gitugutu"}, {"munyonyo"}, {"kigarama"}};

    /** Malagasy ({@link #KINYARWANDA}). */
    private static final String[][] MALAGASY = {
            {"janoary", "janvier"}, {"febroary"}, {"martsa"}, {"aprily"}, {"mey", "may"}, {"jona", "jiona"}, {"jolay", "jolia"},
            {"aogositra", "aogosotra"}, {"septambra"}, {"oktobra"}, {"novambra"}, {"desambra"}};

    /** Shona ({@link #KINYARWANDA}). */
    private static final String[][] SHONA = {
            {"ndira"}, {"kukadzi"}, {"kurume"}, {"kubvumbi"}, {"chivabvu"}, {"chikumi"}, {"chikunguru"}, {"nyamavhuvhu"},
            {"gunyana"}, {"gumiguru"}, {"mbudzi"}, {"zvita"}};

    /**
     * Sesotho ({@link #KINYARWANDA}), as Lesotho's and South Africa's papers spell them, with the older and the newer
     * orthographies ("Tshitwe" and "Tšitoe", "Lwetse" and "Loetse").
     */
    private static final String[][] SESOTHO = {
            {"pherekgong", "phesekgong", "phesek'hong"}, {"hlakola"}, {"hlakubele", "hlakubete"}, {"mmesa", "mmese"},
            {"motsheanong", "motšeanong"}, {"phupjane", "phuptjane"}, {"phupu"}, {"phato", "phata"}, {"lwetse", "loetse", "leotshe"},
            {"mphalane"}, {"pudungwana", "pundungwane", "pulungoana"}, {"tshitwe", "tšitoe"}};

    /** Setswana ({@link #KINYARWANDA}). */
    private static final String[][] SETSWANA = {
            {"ferikgong", "firikgong"}, {"tlhakole"}, {"mopitlo", "mopitloe"}, {"moranang"}, {"motsheganang", "motsheganong"},
            {"seetebosigo"}, {"phukwi"}, {"phatwe"}, {"lwetse"}, {"diphalane"}, {"ngwanatsele"}, {"sedimonthole", "sedimothole"}};

    /**
     * Igbo ({@link #KINYARWANDA}), with the dotted vowels and without ("Jenụwarị", "Jenuwari"); its "Septemba",
     * "Ọktoba", "Novemba" and "Disemba" are the Swahili and Xhosa spellings every page reads already.
     */
    private static final String[][] IGBO = {
            {"jenụwarị", "jenuwari"}, {"febrụwarị", "febụwarị", "februwari"}, {"maachị", "maachi"}, {"eprel", "epreel"}, {"mee"},
            {"jun", "juun"}, {"julaị", "julai"}, {"ọgọọst", "ọgọst", "ogoost", "ogost"}, {"septemba"}, {"ọktoba", "oktoba"},
            {"novemba"}, {"disemba"}};

    /**
     * Yoruba ({@link #KINYARWANDA}) names its months by their number, "Oṣù Kejìlá" (the twelfth month), with the tone
     * marks and without, as sites type them: the ordinals, after "oṣù" ({@link #yoruba}).
     */
    private static final String[][] YORUBA_ORDINALS = {
            {"kìíní", "kinni", "kini"}, {"kejì", "keji"}, {"kẹta", "keta"}, {"kẹrin", "kerin"}, {"karùn-ún", "karun-un", "karùn", "karun"},
            {"kẹfà", "kẹfa", "kefa"}, {"keje"}, {"kẹjọ", "kejo"}, {"kẹsàn-án", "kesan-an", "kẹsàn", "kesan"}, {"kẹwàá", "kẹwa", "kewaa", "kewa"},
            {"kọkànlá", "kọkanla", "kokanla"}, {"kejìlá", "kejila"}};

    /** The word "month" that opens a Yoruba month's name, with the dot and tone and without. */
    private static final List<String> YORUBA_MONTH_WORDS = List.of("oṣù", "oṣu", "osu");

    /** Yoruba's month names: each of {@link #YORUBA_MONTH_WORDS} before each ordinal of {@link #YORUBA_ORDINALS}. */
    private static String[][] yoruba() {
        String[][] months = new String[12][];
        for (int i = 0; i < 12; i++) {
            int m = i;
            months[i] = YORUBA_MONTH_WORDS.stream().flatMap(w -> java.util.Arrays.stream(YORUBA_ORDINALS[m]).map(o -> w + " " + o))
                    .toArray(String[]::new);
        }
        return months;
    }

    /** Oromo ({@link #KINYARWANDA}). */
    private static final String[][] OROMO = {
            {"amajjii"}, {"guraandhala"}, {"bitootessa", "bitooteessa"}, {"eebila", "ebla", "eebla"}, {"caamsaa"}, {"waxabajjii"},
            {"adoolessa", "adooleessa"}, {"hagayya"}, {"fulbaana"}, {"onkololeessa", "onkoloolessa"}, {"sadaasa"}, {"muddee"}};

    /**
     * The months of the Pacific's languages, each read on its own language's pages only, in the spellings their papers
     * and broadcasters print ("5 Hakihea 2026", "4 Tesema 2026", "Tīsema 4, 2026", "Disemba 4, 2026"): the words are
     * common nouns, names or words elsewhere (Māori "Pipiri", Samoan "Mati", Tongan "Sune", Tok Pisin "Mas"). Māori as Te
     * Taura Whiri sets them, hyphenated and joined, with macrons and without, as sites type them:
     */
    private static final String[][] MAORI = {
            {"kohitātea", "kohitatea"}, {"hui-tanguru", "huitanguru"}, {"poutū-te-rangi", "poutūterangi", "poutu-te-rangi", "poututerangi"},
            {"paenga-whāwhā", "paengawhāwhā", "paenga-whawha", "paengawhawha"}, {"haratua"}, {"pipiri"}, {"hōngongoi", "hongongoi"},
            {"here-turi-kōkā", "hereturikōkā", "here-turi-koka", "hereturikoka"}, {"mahuru"},
            {"whiringa-ā-nuku", "whiringaānuku", "whiringa-a-nuku", "whiringaanuku"},
            {"whiringa-ā-rangi", "whiringaārangi", "whiringa-a-rangi", "whiringaarangi"}, {"hakihea"}};

    /** Samoan ({@link #MAORI}). */
    private static final String[][] SAMOAN = {
            {"ianuari"}, {"fepuari"}, {"mati"}, {"aperila"}, {"me"}, {"iuni"}, {"iulai"}, {"aukuso"}, {"setema"}, {"oketopa"},
            {"novema"}, {"tesema"}};

    /** Tongan ({@link #MAORI}), with the glottal stop's ʻokina and macrons and without, as sites type them. */
    private static final String[][] TONGAN = {
            {"sānuali", "sanuali"}, {"fēpueli", "fepueli"}, {"maʻasi", "maasi"}, {"ʻepeleli", "epeleli"}, {"mē", "me"}, {"sune"},
            {"siulai"}, {"ʻaokosi", "aokosi"}, {"sepitema"}, {"ʻokatopa", "okatopa"}, {"nōvema", "novema"}, {"tīsema", "tisema"}};

    /** Hawaiian ({@link #MAORI}), with the ʻokina and without. */
    private static final String[][] HAWAIIAN = {
            {"ianuali"}, {"pepeluali"}, {"malaki"}, {"ʻapelila", "apelila"}, {"mei"}, {"iune"}, {"iulai"}, {"ʻaukake", "aukake"},
            {"kepakemapa"}, {"ʻokakopa", "okakopa"}, {"nowemapa"}, {"kekemapa"}};

    /** Tok Pisin ({@link #MAORI}); its "Julai", "Septemba", "Oktoba", "Novemba" and "Disemba" are every page's already. */
    private static final String[][] TOK_PISIN = {
            {"janueri"}, {"februeri"}, {"mas"}, {"epril"}, {"me"}, {"jun"}, {"julai"}, {"ogas"}, {"septemba"}, {"oktoba"},
            {"novemba"}, {"disemba"}};

    /**
     * Fijian (iTaukei, {@link #MAORI}), as FBC's and the Fiji Times' iTaukei pages print them ("Vakarauwai 5 Tiseba 2026"), with
     * the spellings of June and July that keep the English vowels and those that write "Ji-": "Me", "June" and "Julai" are
     * English or Tok Pisin elsewhere.
     */
    private static final String[][] FIJIAN = {
            {"janueri"}, {"feperueri"}, {"maji"}, {"epereli"}, {"me"}, {"june", "jiune"}, {"julai", "jiulai"}, {"okosita"},
            {"seviteba"}, {"okotova"}, {"noveba"}, {"tiseba"}};

    /**
     * Bislama ({@link #MAORI}), as Radio Vanuatu's and the Vanuatu Daily Post's Bislama pages print them ("Mandei 17 Ogis 2026"),
     * March written "Maj" and "Mas", April "Epril" and "Eprel"; "Februari", "Mei", "Septemba" to "Disemba" are every page's
     * already, and "Jun" and "Maj" are words of other languages.
     */
    private static final String[][] BISLAMA = {
            {"jenuari"}, {"februari"}, {"maj", "mas"}, {"epril", "eprel"}, {"mei"}, {"jun"}, {"julae", "julai"}, {"ogis"},
            {"septemba"}, {"oktoba"}, {"novemba"}, {"disemba"}};

    /**
     * West Frisian, as Frisian broadcasters and papers print dates ("snein 6 desimber 2026"), read on pages that state
     * it ("fy"): "maart", "april" and "augustus" are Dutch already, and "july" and "juny" read as English would.
     */
    private static final String[][] FRISIAN = {
            {"jannewaris"}, {"febrewaris"}, {"maart"}, {"april"}, {"maaie"}, {"juny"}, {"july"}, {"augustus"},
            {"septimber"}, {"oktober"}, {"novimber"}, {"desimber"}};

    /**
     * Luxembourgish ("5. Mäerz 2026", "3. Abrëll 2026"), read on pages that state it ("lb"): "Mee" is a Dutch word
     * ("with"), and the other months are German's.
     */
    private static final String[][] LUXEMBOURGISH = {
            {"januar"}, {"februar"}, {"mäerz", "maerz"}, {"abrëll", "abrell"}, {"mee"}, {"juni"}, {"juli"}, {"august"},
            {"september"}, {"oktober"}, {"november"}, {"dezember"}};

    /**
     * Papiamento, as Curaçao's, Aruba's and Bonaire's papers print it ("3 di desèmber 2026"), with the accents and
     * without, read on pages that state it ("pap"): "mart" and "mei" are Turkish and Dutch already.
     */
    private static final String[][] PAPIAMENTO = {
            {"yanüari", "yanuari"}, {"febrüari", "febrari", "febuari"}, {"mart"}, {"aprel"}, {"mei"}, {"yüni", "yuni"},
            {"yüli", "yuli"}, {"ougùstùs", "ougustus"}, {"sèptèmber", "september"}, {"òktober", "oktober"},
            {"novèmber", "november"}, {"desèmber", "desember"}};

    /**
     * Scottish Gaelic, as Gaelic papers and broadcasters print dates, the month with its article and without ("3 An
     * Dùbhlachd 2026", "3 Dùbhlachd 2026"), with the accents and without, read on pages that state it ("gd"): "màrt" and
     * "samhain" are other languages' words or months already.
     */
    private static final String[][] SCOTTISH_GAELIC = {
            {"am faoilleach", "am faoilteach", "faoilleach", "faoilteach"}, {"an gearran", "gearran"}, {"am màrt", "am mart", "màrt"},
            {"an giblean", "giblean"}, {"an cèitean", "an ceitean", "cèitean", "ceitean"}, {"an t-ògmhios", "an t-ogmhios", "ògmhios", "ogmhios"},
            {"an t-iuchar", "iuchar"}, {"an lùnastal", "an lunastal", "lùnastal", "lunastal"}, {"an t-sultain", "sultain"},
            {"an dàmhair", "an damhair", "dàmhair", "damhair"}, {"an t-samhain", "samhain"},
            {"an dùbhlachd", "an dubhlachd", "dùbhlachd", "dubhlachd"}};

    /**
     * Breton ("4 a viz Kerzu 2026", "d'ar 4 a viz Kerzu", the month after "a viz", "of the month", as Breton papers print
     * it), read on pages that state it ("br"): "mae", "here" and "du" are words of English and French.
     */
    private static final String[][] BRETON = {
            {"genver"}, {"c'hwevrer", "c’hwevrer", "chwevrer"}, {"meurzh"}, {"ebrel"}, {"mae"}, {"mezheven"}, {"gouere"},
            {"eost"}, {"gwengolo"}, {"here"}, {"du"}, {"kerzu"}};

    /**
     * Occitan in its Languedocien and Gascon spellings ("5 de febrièr de 2026", "3 de heurèr de 2026"), with the accents
     * and without, read on pages that state it ("oc"): "març", "abril", "mai" and the autumn months are Catalan's and
     * French's already.
     */
    private static final String[][] OCCITAN = {
            {"genièr", "genier", "janvièr", "gèr", "ger"}, {"febrièr", "febrier", "heurèr", "heurer"}, {"març", "mars"},
            {"abril", "abriu"}, {"mai"}, {"junh"}, {"julhet", "julh"}, {"agost", "aost"}, {"setembre", "seteme"},
            {"octòbre", "octobre"}, {"novembre", "noveme"}, {"decembre", "deceme"}};

    /**
     * Corsican ("30 di nuvembre 2026"), read on pages that state it ("co"): "marzu", "aprile", "settembre", "ottobre" and
     * "dicembre" read as Italian and Maltese already, and the others are Corsican's alone but kept with them.
     */
    private static final String[][] CORSICAN = {
            {"ghjennaghju", "ghjennaiu"}, {"ferraghju", "frivaghju"}, {"marzu"}, {"aprile"}, {"maghju"}, {"ghjugnu"}, {"lugliu"},
            {"aostu", "aoste"}, {"sittembre", "settembre"}, {"uttobre", "ottobre"}, {"nuvembre", "novembre"}, {"dicembre"}};

    /**
     * Romansh in Rumantsch Grischun, Sursilvan and Vallader ("12 da zercladur 2026", the month after "da", "of"), read on
     * pages that state it ("rm"): "mars", "mai" and the autumn months are other languages' already.
     */
    private static final String[][] ROMANSH = {
            {"schaner", "schner"}, {"favrer", "fevrer"}, {"mars", "marz"}, {"avrigl", "avrel"}, {"matg", "mai"},
            {"zercladur", "gün", "gun"}, {"fanadur", "fenadur", "lügl", "lugl"}, {"avust", "uost", "avuost"}, {"settember"},
            {"october"}, {"november"}, {"december"}};

    /**
     * Upper and Lower Sorbian, the month's name and its genitive, which a date sets ("18. měrca 2026", "5. meje 2026"), read
     * on pages that state either ("hsb", "dsb"): "meja" and "maja" are words of other Slavic languages.
     */
    private static final String[][] SORBIAN = {
            {"januar", "januara"}, {"februar", "februara"}, {"měrc", "měrca", "merc", "merca"}, {"apryl", "apryla"},
            {"meja", "meje", "maj", "maja"}, {"junij", "junija"}, {"julij", "julija"}, {"awgust", "awgusta"},
            {"september", "septembra"}, {"oktober", "oktobra"}, {"nowember", "nowembra"}, {"december", "decembra"}};

    /**
     * Northern Sámi, the month's name ("golggotmánnu") and its genitive, which a date sets ("14. golggotmánu 2026"), with
     * the Sámi letters and without, read on pages that state it ("se").
     */
    private static final String[][] NORTHERN_SAMI = sami("ođđajage", "guovva", "njukča", "cuoŋo", "miesse", "geasse", "suoidne",
            "borge", "čakča", "golggot", "skábma", "juovla");

    /**
     * Friulian ("ai 9 di Novembar dal 2026"), with the accents and without, read on pages that state it ("fur"): "lui" and
     * "mai" are Italian words.
     */
    private static final String[][] FRIULIAN = {
            {"zenâr", "zenar"}, {"fevrâr", "fevrar"}, {"març", "marc"}, {"avrîl", "avril"}, {"mai"}, {"jugn"}, {"lui"},
            {"avost"}, {"setembar"}, {"otubar"}, {"novembar"}, {"dicembar"}};

    /**
     * Guarani, as Paraguay's papers, agencies and blogs print dates ("3 jasypakõi 2026", "jasykõi 14, 2026"): "jasy" (moon)
     * and the month's number, with the nasal vowels' tildes and without. No other language writes these words, so they
     * are read on any page, as Paraguay's Spanish-language sites mix them in.
     */
    private static final String[][] GUARANI = untilded("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ",
            "jasypokõi", "jasypoapy", "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi");

    /**
     * Inuktitut in syllabics, as Nunavut's and Nunavik's papers, broadcasters and governments print dates ("ᑎᓯᐱᕆ 4, 2026"),
     * in the spellings they use side by side (long vowels marked or not, "ᔭᓐᓄᐊᕆ" and "ᔮᓐᓄᐊᕆ"). The syllabics are no other
     * language's, so they are read on any page.
     */
    private static final String[][] INUKTITUT = {
            {"ᔭᓐᓄᐊᕆ", "ᔮᓐᓄᐊᕆ", "ᔭᓐᓄᐊᓕ"}, {"ᕕᕗᐊᕆ", "ᕖᕝᕗᐊᕆ", "ᕕᕝᕗᐊᕆ", "ᕖᕗᐊᕆ"}, {"ᒫᑦᓯ", "ᒫᔅᓯ"},
            {"ᐊᐃᐳᕆᓪ", "ᐊᐃᑉᐳᕆ", "ᐄᐳᕆ", "ᐃᐳᕆ"}, {"ᒪᐃ"}, {"ᔫᓂ", "ᔫᓐ"}, {"ᔪᓚᐃ"}, {"ᐋᒡᒌᓯ", "ᐊᒡᒌᓯ", "ᐋᒡᒋᓯ"},
            {"ᓯᑎᐱᕆ", "ᓯᑉᑎᐱᕆ"}, {"ᐅᑐᐱᕆ", "ᐆᑐᐱᕆ"}, {"ᓄᕕᐱᕆ", "ᓅᕕᐱᕆ"}, {"ᑎᓯᐱᕆ", "ᑏᓯᐱᕆ"}};

    /**
     * Tatar and Bashkir, as Tatarstan's and Bashkortostan's agencies, papers and district weeklies print dates: January
     * in each language's own spelling (Tatar "гыйнвар", Bashkir "ғинуар"), the other months as Russian names them, and
     * each in the possessive a date sets after the year ("2026 елның 4 декабре", "2026 йылдың 14 ғинуары"). No Russian
     * date puts a day before these forms (Russian "в декабре" has no day), so they are read on any page, as the
     * republics' sites often state Russian.
     */
    private static final String[][] TATAR_BASHKIR = {
            {"гыйнвар", "гыйнвары", "ғинуар", "ғинуары"}, {"феврале"}, {"марты"}, {"апреле"}, {"мае"}, {"июне"}, {"июле"},
            {"августы"}, {"сентябре"}, {"октябре"}, {"ноябре"}, {"декабре"}};

    /**
     * Chuvash, as Chuvashia's papers print dates ("2 раштав 2026"), nominative and genitive ("раштавӑн"), each also typed
     * with the Latin letters that look like Chuvash's own (ă, ĕ, ç, ÿ for ӑ, ӗ, ҫ, ӳ), as many of its sites do. Read on
     * any page but the short names April "ака", March "пуш", May "ҫу", July "утӑ" and October "юпа", which other
     * Cyrillic languages write as words: those only on pages that state Chuvash ({@link #CHUVASH_SHORT}).
     */
    private static final String[][] CHUVASH = chuvash(new String[][] {
            {"кӑрлач", "кӑрлачӑн"}, {"нарӑс", "нарӑсӑн"}, {"пушӑн"}, {"акан"}, {"ҫуӑн"}, {"ҫӗртме", "ҫӗртмен"}, {"утӑн"},
            {"ҫурла", "ҫурлан"}, {"авӑн", "авӑнӑн"}, {"юпан"}, {"чӳк", "чӳкӗн"}, {"раштав", "раштавӑн"}});

    /** Chuvash's short month names ({@link #CHUVASH}), read on pages that state Chuvash ("cv"). */
    private static final String[][] CHUVASH_SHORT = chuvash(new String[][] {
            {}, {}, {"пуш"}, {"ака"}, {"ҫу"}, {}, {"утӑ"}, {}, {}, {"юпа"}, {}, {}});

    /**
     * Sakha (Yakut), as Yakutia's papers print dates ("2026 с. ахсынньы 1 күнэ"): months of its own, several of them
     * phrases with "ыйа" (month: "бэс ыйа", pine month, June), "балаҕан ыйа" also typed with the Russian "г" for "ҕ".
     * No other language writes them, so they are read on any page.
     */
    private static final String[][] SAKHA = {
            {"тохсунньу"}, {"олунньу"}, {"кулун тутар"}, {"муус устар"}, {"ыам ыйа", "ыам ыйын"}, {"бэс ыйа", "бэс ыйын"},
            {"от ыйа", "от ыйын"}, {"атырдьах ыйа", "атырдьах ыйын"}, {"балаҕан ыйа", "балаган ыйа", "балаҕан ыйын"},
            {"алтынньы"}, {"сэтинньи"}, {"ахсынньы"}};

    /**
     * Uyghur and Kazakh as Xinjiang writes them in Arabic script: Uyghur's months, borrowed from Russian ("4-دېكابىر
     * 2026"), and Kazakh's own ("2 جەلتوقسان 2026"), as exile services and the region's papers print dates. Read on any
     * page: Arab pages write March "مارس" and "آذار", not Uyghur's "مارت", and May as Uyghur does, "ماي".
     */
    private static final String[][] UYGHUR_KAZAKH_ARABIC = {
            {"يانۋار", "قاڭتار"}, {"فېۋرال", "اقپان"}, {"مارت", "ناۋرىز"}, {"ئاپرېل", "ءساۋىر", "ساۋىر"}, {"ماي", "مامىر"},
            {"ئىيۇن", "ماۋسىم"}, {"ئىيۇل", "شىلدە"}, {"ئاۋغۇست", "تامىز"}, {"سېنتەبىر", "قىركۇيەك"}, {"ئۆكتەبىر", "قازان"},
            {"نويابىر", "قاراشا"}, {"دېكابىر", "جەلتوقسان"}};

    /**
     * Navajo, as the Navajo Nation's papers and radio print dates in the language ("Níłchʼitsoh 3, 2026"), with the
     * glottal stop typed as the modifier letter (ʼ), the typewriter apostrophe or the curly one, read on pages that state
     * it ("nv"): the months are phrases of everyday words ("Tʼą́ą́tsoh", big leaf).
     */
    private static final String[][] NAVAJO = apostrophes("yas niłtʼees", "atsá biyáázh", "wóózhchʼį́į́d", "tʼą́ą́chil",
            "tʼą́ą́tsoh", "yaʼiishjááshchilí", "yaʼiishjáástsoh", "biniʼantʼą́ą́tsʼózí", "biniʼantʼą́ą́tsoh", "ghąąjįʼ",
            "níłchʼitsʼósí", "níłchʼitsoh");

    /**
     * Sardinian in the common written standard and the Logudorese and Campidanese spellings sites use ("23 de cabudanni
     * 2026"), with the accents and without, read on pages that state it ("sc"): "maju", "abrile" and "austu" are
     * Corsican's and Sicilian's spellings too, "nadale" is Christmas.
     */
    private static final String[][] SARDINIAN = {
            {"ghennàrgiu", "ghennargiu", "gennàrgiu", "gennargiu", "ghennarzu"}, {"freàrgiu", "freargiu", "friàrgiu", "friargiu"},
            {"martzu", "martu"}, {"abrile", "abrili"}, {"maju", "maiu"}, {"làmpadas", "lampadas", "làmpadis", "lampadis"},
            {"trìulas", "triulas", "argiolas"}, {"austu", "agustu"}, {"cabudanni", "capidanni"}, {"santugaine", "ladàmini", "ladamini"},
            {"santandria", "onniasantu", "donniasantu"}, {"nadale", "idas", "mesi de idas"}};

    /**
     * The thirteen months of the Ethiopian calendar as Amharic writes them (Meskerem to Pagume, the five or six
     * days closing the year), with the spellings of their first letter sites type (the three "h" letters of Hidar),
     * and as Tigrinya writes them ("ጥቅምቲ", "ታሕሳስ", "ጥሪ", "ለካቲት", "ሰነ", "ሓምለ", "ነሓሰ").
     * {@link DateParser} converts their dates on Amharic and Tigrinya pages.
     */
    private static final String[][] ETHIOPIAN = {
            {"መስከረም"}, {"ጥቅምት", "ጥቅምቲ"}, {"ኅዳር", "ህዳር", "ሕዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ", "ታህሣሥ", "ታሕሳስ"}, {"ጥር", "ጥሪ"},
            {"የካቲት", "ለካቲት"}, {"መጋቢት"}, {"ሚያዝያ", "ሚያዚያ"}, {"ግንቦት"}, {"ሰኔ", "ሰነ"}, {"ሐምሌ", "ሃምሌ", "ሓምለ"},
            {"ነሐሴ", "ነሃሴ", "ነሓሰ"}, {"ጳጉሜ", "ጳጉሜን"}};

    /**
     * The same names as Eritrea gives them to the Gregorian months, January ("ጥሪ") to December ("ታሕሳስ"): Eritrea keeps
     * the Gregorian calendar and the Ethiopian names, each moved to the Gregorian month it mostly falls in (Meskerem,
     * which opens on 11 September, is September). {@link DateParser} reads a Tigrinya date so when its year cannot be an
     * Ethiopian one.
     */
    private static final String[][] ERITREAN_GREGORIAN = {
            {"ጥሪ", "ጥር"}, {"ለካቲት", "የካቲት"}, {"መጋቢት"}, {"ሚያዝያ", "ሚያዚያ"}, {"ግንቦት"}, {"ሰነ", "ሰኔ"}, {"ሓምለ", "ሐምሌ"},
            {"ነሓሰ", "ነሐሴ"}, {"መስከረም"}, {"ጥቅምቲ", "ጥቅምት"}, {"ሕዳር", "ኅዳር", "ህዳር"}, {"ታሕሳስ", "ታህሳስ", "ታኅሣሥ"}};

    /**
     * Vietnamese months named by their number in words ("Tháng Ba", the third month; "Tháng Giêng" and
     * "Tháng Chạp" the first and last), read on Vietnamese pages ("27 Tháng Ba, 2024").
     */
    private static final String[][] VIETNAMESE_WORDS = {
            {"tháng một", "tháng giêng"}, {"tháng hai"}, {"tháng ba"}, {"tháng tư"}, {"tháng năm"}, {"tháng sáu"},
            {"tháng bảy"}, {"tháng tám"}, {"tháng chín"}, {"tháng mười"}, {"tháng mười một"}, {"tháng mười hai", "tháng chạp"}};

    /**
     * Central Kurdish (Sorani) names of the Gregorian months, the Syriac ones Iraq's Arabic writes too ("کانوونی یەکەم",
     * December, as Arabic "كانون الأول"), in Sorani spelling with its doubled "وو" and without it; each also with the izafe
     * "ی" a date sets after the month before the year ("٦ی کانوونی یەکەمی ٢٠٢٦", {@link #withIzafe}). Read on any page:
     * no other language writes them so.
     */
    private static final String[][] SORANI = withIzafe(new String[][] {
            {"کانوونی دووەم", "کانونی دووەم"}, {"شوبات"}, {"ئازار"}, {"نیسان"}, {"ئایار"}, {"حوزەیران"}, {"تەممووز", "تەمموز"},
            {"ئاب"}, {"ئەیلوول", "ئەیلول"}, {"تشرینی یەکەم"}, {"تشرینی دووەم"}, {"کانوونی یەکەم", "کانونی یەکەم"}});

    /**
     * Northern Kurdish (Kurmanji) months as Syria's and Iraq's Kurds write them, the Syriac names ("Kanûna Pêşîn",
     * December; "Çiriya Paşîn", November), and as Turkey's Kurmanji press writes them ("Çile", "Cotmeh", "Mijdar",
     * "Kanûn", December, with the Kurdish names "Rêbendan" ... "Berfanbar"); each also in the oblique case a date puts it
     * in ("6ê Kanûnê 2026", "21ê Çileyê", {@link #withKurmanjiOblique}) and typed without the circumflexes and
     * cedillas ({@link #plainKurmanji}). Read on pages that state Kurdish only: "Adar", "Gulan" and "Tebax" are words of
     * other languages and names.
     */
    private static final String[][] KURMANJI = plainKurmanji(withKurmanjiOblique(new String[][] {
            {"kanûna paşîn", "çile", "rêbendan"}, {"sibat", "şibat", "reşemî"}, {"adar"}, {"nîsan", "avrêl"}, {"gulan"},
            {"hezîran", "pûşper"}, {"tîrmeh"}, {"tebax", "gelawêj"}, {"îlon", "rezber"}, {"çiriya pêşîn", "cotmeh", "kewçêr"},
            {"çiriya paşîn", "mijdar", "sermawez"}, {"kanûna pêşîn", "kanûn", "berfanbar"}}));

    /** Sindhi, the Gregorian months with Sindhi's own letters ("ڊسمبر", "آڪٽوبر") and the spellings its press varies in. */
    private static final String[][] SINDHI = {
            {"جنوري"}, {"فيبروري", "فبروري"}, {"مارچ"}, {"اپريل"}, {"مئي"}, {"جون"}, {"جولاءِ", "جولائي"}, {"آگسٽ", "اگسٽ"},
            {"سيپٽمبر", "سپٽمبر"}, {"آڪٽوبر", "اڪٽوبر"}, {"نومبر"}, {"ڊسمبر"}};

    /**
     * Pashto, the Gregorian months with Pashto's own letters ("ډسمبر", "اګست", "اپرېل", "مې"), as Afghanistan's and
     * Pakistan's Pashto press writes them beside the Solar Hijri ones ({@link #AFGHAN_SOLAR_HIJRI}).
     */
    private static final String[][] PASHTO = {
            {"جنوري"}, {"فبروري"}, {"مارچ"}, {"اپرېل", "اپریل"}, {"مې", "مۍ"}, {"جون"}, {"جولای"}, {"اګست", "اگست"}, {"سپتمبر"},
            {"اکتوبر"}, {"نومبر"}, {"ډسمبر"}};

    /**
     * The Solar Hijri months as Afghanistan names them, by the signs of the zodiac: Dari (Hamal, Sawr,
     * Jawza ... Hut) and Pashto (Wray, Ghwayay ... Kab). The same calendar as {@link #SOLAR_HIJRI}; being
     * common words too (Dari "اسد" is a lion, Pashto "تله" a scale), they are read only on Persian and
     * Pashto pages, in a date that holds no Gregorian one ({@link DateParser}).
     */
    private static final String[][] AFGHAN_SOLAR_HIJRI = {
            {"حمل", "وری"}, {"ثور", "غویی", "غوایی"}, {"جوزا", "جوزه", "غبرگولی", "غبرګولی"}, {"سرطان", "چنگاښ", "چنګاښ"}, {"اسد", "زمری"},
            {"سنبله", "وږی"}, {"میزان", "تله"}, {"عقرب", "لړم"}, {"قوس", "لیندۍ", "لیندی"}, {"جدی", "مرغومی"},
            {"دلو", "سلواغه"}, {"حوت", "کب"}};

    /**
     * The months of the lunar Hijri calendar as Arabic (and Urdu) write them, with the variants of the
     * third to sixth months' second word ("ربيع الآخر" and "ربيع الثاني"). {@link DateParser} converts
     * their dates by the Umm al-Qura reckoning when a text holds no Gregorian date beside them.
     */
    private static final String[][] LUNAR_HIJRI = {
            {"محرم", "محرم الحرام"}, {"صفر", "صفر المظفر"}, {"ربيع الأول", "ربيع الاول", "ربيع أول", "ربیع الاول"},
            {"ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربیع الثانی"}, {"جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادی الاول"},
            {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادی الثانی"}, {"رجب", "رجب المرجب"}, {"شعبان", "شعبان المعظم"},
            {"رمضان", "رمضان المبارك", "رمضان المبارک"}, {"شوال", "شوال المكرم"}, {"ذو القعدة", "ذي القعدة", "ذوالقعدہ", "ذیقعدہ"},
            {"ذو الحجة", "ذي الحجة", "ذوالحجہ"}};

    /**
     * Every table with the languages (primary subtags) that write it, in the order they are read: a
     * spelling met twice keeps the later table's month for a page whose language is unknown or has
     * no table; a page in a table's language reads that table's month ({@link #ofLanguage}).
     */
    private static final List<Table> TABLES = List.of(
            new Table(ENGLISH, "en"), new Table(FRENCH, "fr"), new Table(ARABIC, "ar"), new Table(GERMAN, "de"),
            new Table(SPANISH_ITALIAN_PORTUGUESE, "es", "it", "pt", "gl"), new Table(CROATIAN, "hr", "bs"),
            new Table(SLAVIC, "ru", "uk", "be", "pl", "cs"), new Table(SOUTH_AND_WEST_SLAVIC, "sr", "bs", "sl", "sk", "mk", "bg"),
            new Table(ROMANIAN, "ro"), new Table(CATALAN, "ca"), new Table(HUNGARIAN, "hu"), new Table(FINNISH, "fi"),
            new Table(BALTIC, "lt", "lv", "et"), new Table(ICELANDIC_AFRICAN_GREENLANDIC, "is", "sw", "zu", "xh", "kl"),
            new Table(NORDIC_DUTCH_TURKISH_MALAY_GREEK, "nl", "af", "sv", "da", "no", "nb", "nn", "tr", "id", "ms", "el"),
            new Table(HEBREW_HINDI, "he", "hi"), new Table(INDIAN, "bn", "mr", "gu", "pa", "ta", "te", "kn", "ml"), new Table(ASSAMESE, "as"),
            new Table(CAUCASUS_CENTRAL_ASIA, "az", "uz", "kk", "ka", "hy"), new Table(CENTRAL_ASIA_MORE, "kk", "tk", "tg"),
            new Table(MORE_EUROPEAN_FILIPINO, "sq", "gl", "eu", "ga", "cy", "mt", "tl", "fil"), new Table(THAI, "th"), new Table(PERSIAN, "fa"), new Table(URDU, "ur"),
            new Table(SOUTH_AND_SOUTHEAST_ASIAN, "ne", "or", "si", "my", "km", "lo"),
            new Table(GUARANI, "gn"), new Table(INUKTITUT, "iu"), new Table(TATAR_BASHKIR, "tt", "ba"), new Table(CHUVASH, "cv"),
            new Table(SAKHA, "sah"), new Table(UYGHUR_KAZAKH_ARABIC, "ug", "kk"), new Table(SORANI, "ckb"), new Table(SINDHI, "sd"),
            new Table(PASHTO, "ps"), new Table(SOLAR_HIJRI, "fa"), new Table(YIDDISH, "yi"), new Table(HAITIAN, "ht"),
            new Table(PHILIPPINE_INDONESIAN_TIMORESE, "ceb", "hil", "war", "bcl", "ilo", "pam", "tet", "jv", "su", "ban", "min", "ace", "mad", "bug"));

    /**
     * Abbreviations read only on a page that states one of the table's languages, being common words
     * elsewhere: Portuguese, Galician, Italian and Catalan "set" (September), Portuguese and Galician
     * "out" (October), Estonian "mail" (the adessive of May, "14. mail 2026").
     */
    private static final List<Table> LANGUAGE_ONLY_TABLES = List.of(
            new Table(only(9, "set"), "pt", "gl", "it", "ca"), new Table(only(10, "out"), "pt", "gl"), new Table(only(5, "mail"), "et"),
            new Table(VIETNAMESE_WORDS, "vi"), new Table(HAUSA, "ha"), new Table(SOMALI, "so"), new Table(TAMIL_SHORT, "ta"),
            new Table(KINYARWANDA, "rw"), new Table(KIRUNDI, "rn"), new Table(MALAGASY, "mg"), new Table(SHONA, "sn"), new Table(OROMO, "om"),
            new Table(SESOTHO, "st"), new Table(SETSWANA, "tn"), new Table(IGBO, "ig"), new Table(yoruba(), "yo"),
            new Table(MAORI, "mi"), new Table(SAMOAN, "sm"), new Table(TONGAN, "to"), new Table(HAWAIIAN, "haw"), new Table(TOK_PISIN, "tpi"),
            new Table(FIJIAN, "fj"), new Table(BISLAMA, "bi"), new Table(FRISIAN, "fy"), new Table(LUXEMBOURGISH, "lb"),
            new Table(PAPIAMENTO, "pap"), new Table(SCOTTISH_GAELIC, "gd"), new Table(BRETON, "br"), new Table(OCCITAN, "oc"), new Table(CORSICAN, "co"),
            new Table(ROMANSH, "rm"), new Table(SORBIAN, "hsb", "dsb"), new Table(NORTHERN_SAMI, "se"), new Table(FRIULIAN, "fur"),
            new Table(SARDINIAN, "sc"), new Table(NAVAJO, "nv"), new Table(CHUVASH_SHORT, "cv"), new Table(KURMANJI, "ku", "kmr"),
            new Table(HAITIAN_SHARED, "ht"));

    /** The Solar Hijri month names, normalized: their dates count years from the Hijra by the sun. */
    private static final Map<String, Integer> SOLAR_HIJRI_MONTHS = solarHijri();

    /** The Ethiopian month names (1 is Meskerem, 13 Pagume), normalized. */
    private static final Map<String, Integer> ETHIOPIAN_MONTHS = ethiopian();

    /** The Gregorian months by their Eritrean Tigrinya names ({@link #ERITREAN_GREGORIAN}), normalized. */
    private static final Map<String, Integer> ERITREAN_GREGORIAN_MONTHS = table(ERITREAN_GREGORIAN);

    /** The Afghan Solar Hijri month names, normalized. */
    private static final Map<String, Integer> AFGHAN_SOLAR_HIJRI_MONTHS = table(AFGHAN_SOLAR_HIJRI);

    /** The lunar Hijri month names, normalized. */
    private static final Map<String, Integer> LUNAR_HIJRI_MONTHS = table(LUNAR_HIJRI);

    /** Each language's own spellings, for pages that state it. */
    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = byLanguage();

    /** A table of month spellings and the languages that write them. */
    private record Table(String[][] months, String... languages) {
    }

    private MonthNames() {
    }

    /** Month numbers (1-12) by spelling, normalized as {@link DateSpelling#normalize} leaves text. */
    static Map<String, Integer> byNormalizedName() {
        Map<String, Integer> m = new HashMap<>();
        for (Table table : TABLES) {
            put(m, table.months());
        }
        return Map.copyOf(m);
    }

    /**
     * The spellings, in lower case, that some language's own table ({@link #ofLanguage}) reads as a month other than
     * {@code any} gives, or reads where {@code any} has none: only these depend on a page's language.
     */
    static Set<String> readOtherwiseBySomeLanguage(Map<String, Integer> any) {
        Set<String> out = new HashSet<>();
        for (Map<String, Integer> own : BY_LANGUAGE.values()) {
            own.forEach((spelling, month) -> {
                if (!month.equals(any.get(spelling))) {
                    out.add(spelling);
                }
            });
        }
        return Set.copyOf(out);
    }

    /** Every spelling read on some page, normalized: those of {@link #byNormalizedName} and the language-only ones. */
    static Set<String> allSpellings() {
        Set<String> all = new HashSet<>(byNormalizedName().keySet());
        for (Table table : LANGUAGE_ONLY_TABLES) {
            Map<String, Integer> m = new HashMap<>();
            put(m, table.months());
            all.addAll(m.keySet());
        }
        return Set.copyOf(all);
    }

    /** The month spellings of one language (primary subtag), normalized; empty when it has no table. */
    static Map<String, Integer> ofLanguage(String language) {
        return language == null ? Map.of() : BY_LANGUAGE.getOrDefault(language, Map.of());
    }

    /** The months of the Solar Hijri calendar (1 is Farvardin) by normalized spelling. */
    static Map<String, Integer> solarHijriMonths() {
        return SOLAR_HIJRI_MONTHS;
    }

    /** The months of the Ethiopian calendar ({@link #ETHIOPIAN}, 1 is Meskerem, 13 Pagume) by normalized spelling. */
    static Map<String, Integer> ethiopianMonths() {
        return ETHIOPIAN_MONTHS;
    }

    /** The Gregorian months by their Eritrean names ({@link #ERITREAN_GREGORIAN}, 1 is January) by normalized spelling. */
    static Map<String, Integer> eritreanGregorianMonths() {
        return ERITREAN_GREGORIAN_MONTHS;
    }

    private static Map<String, Integer> ethiopian() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ETHIOPIAN.length; i++) {
            for (String name : ETHIOPIAN[i]) {
                m.put(DateSpelling.normalize(name), i + 1);
            }
        }
        return Map.copyOf(m);
    }

    /** The Afghan names of the Solar Hijri months ({@link #AFGHAN_SOLAR_HIJRI}, 1 is Hamal), normalized. */
    static Map<String, Integer> afghanSolarHijriMonths() {
        return AFGHAN_SOLAR_HIJRI_MONTHS;
    }

    /** The lunar Hijri months ({@link #LUNAR_HIJRI}, 1 is Muharram), normalized. */
    static Map<String, Integer> lunarHijriMonths() {
        return LUNAR_HIJRI_MONTHS;
    }

    private static Map<String, Integer> table(String[][] months) {
        Map<String, Integer> m = new HashMap<>();
        put(m, months);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> solarHijri() {
        Map<String, Integer> m = new HashMap<>();
        put(m, SOLAR_HIJRI);
        return Map.copyOf(m);
    }

    /** A table with one spelling for one month (1-12). */
    private static String[][] only(int month, String name) {
        String[][] months = new String[12][];
        for (int i = 0; i < 12; i++) {
            months[i] = i == month - 1 ? new String[]{name} : new String[0];
        }
        return months;
    }

    /**
     * Northern Sámi's months from their stems: each name ends in "mánnu" ("month"), "mánu" in the genitive a date sets,
     * both also as typed without the Sámi letters ("golggotmanu", "cakcamanu"), as some sites' CMSes have it.
     */
    private static String[][] sami(String... stems) {
        String[][] months = new String[stems.length][];
        for (int i = 0; i < stems.length; i++) {
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            for (String month : List.of(stems[i] + "mánnu", stems[i] + "mánu")) {
                names.add(month);
                names.add(month.replace("đ", "d").replace("č", "c").replace("ŋ", "ng").replace("š", "s").replace("á", "a"));
            }
            months[i] = names.toArray(String[]::new);
        }
        return months;
    }

    /** Each month's name as given and without the tildes of nasal vowels (Guarani "jasykõi", "jasykoi"). */
    private static String[][] untilded(String... names) {
        String[][] months = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            String plain = names[i].replace("ĩ", "i").replace("õ", "o").replace("ỹ", "y").replace("ã", "a");
            months[i] = plain.equals(names[i]) ? new String[] {names[i]} : new String[] {names[i], plain};
        }
        return months;
    }

    /**
     * Each month's Chuvash spellings as given and with the Latin letters typed for Chuvash's own: ă for ӑ, ĕ for ӗ,
     * ç for ҫ and ÿ for ӳ ("раштавăн", "çурла").
     */
    private static String[][] chuvash(String[][] names) {
        return withSpelling(names, name -> name.replace('ӑ', 'ă').replace('ӗ', 'ĕ').replace('ҫ', 'ç').replace('ӳ', 'ÿ'));
    }

    /** Each month's Sorani spellings as given and with the izafe "ی" after them ("کانوونی یەکەمی"). */
    private static String[][] withIzafe(String[][] names) {
        return withSpelling(names, name -> name + "ی");
    }

    /**
     * Each month's Kurmanji spellings as given and in the oblique case: Kurmanji's izafe ties the day to its month
     * ("6ê Kanûnê", the sixth of December; "14ê Mijdarê"), and the month takes the oblique ending "ê", "yê" after a
     * vowel ("Çileyê"); a two-word name takes it on its last word ("Kanûna Pêşînê").
     */
    private static String[][] withKurmanjiOblique(String[][] names) {
        return withSpelling(names, name -> name + ("aeêiîouû".indexOf(name.charAt(name.length() - 1)) >= 0 ? "yê" : "ê"));
    }

    /** Each month's spellings as given, each followed by its other spelling (the same spelling is kept once). */
    private static String[][] withSpelling(String[][] names, java.util.function.UnaryOperator<String> other) {
        String[][] months = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            java.util.LinkedHashSet<String> spellings = new java.util.LinkedHashSet<>();
            for (String name : names[i]) {
                spellings.add(name);
                spellings.add(other.apply(name));
            }
            months[i] = spellings.toArray(String[]::new);
        }
        return months;
    }

    /** Each month's Kurmanji spellings as given and typed without Kurmanji's letters: i for î, u for û, e for ê, c for ç, s for ş. */
    private static String[][] plainKurmanji(String[][] names) {
        return withSpelling(names, name -> name.replace('î', 'i').replace('û', 'u').replace('ê', 'e').replace('ç', 'c').replace('ş', 's'));
    }

    /** Each month's name with its glottal stops as the modifier letter (ʼ), the typewriter apostrophe and the curly one. */
    private static String[][] apostrophes(String... names) {
        String[][] months = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            java.util.LinkedHashSet<String> spellings = new java.util.LinkedHashSet<>();
            for (String mark : List.of("ʼ", "'", "’")) {
                spellings.add(names[i].replace("ʼ", mark));
            }
            months[i] = spellings.toArray(String[]::new);
        }
        return months;
    }

    private static Map<String, Map<String, Integer>> byLanguage() {
        Map<String, Map<String, Integer>> by = new HashMap<>();
        for (Table table : LANGUAGE_ONLY_TABLES) {
            for (String language : table.languages()) {
                put(by.computeIfAbsent(language, l -> new HashMap<>()), table.months());
            }
        }
        for (Table table : TABLES) {
            for (String language : table.languages()) {
                put(by.computeIfAbsent(language, l -> new HashMap<>()), table.months());
            }
        }
        Map<String, Map<String, Integer>> frozen = new HashMap<>();
        by.forEach((language, months) -> frozen.put(language, Map.copyOf(months)));
        return Map.copyOf(frozen);
    }

    private static void put(Map<String, Integer> m, String[][] months) {
        for (int i = 0; i < 12; i++) {
            for (String name : months[i]) {
                m.put(DateSpelling.normalize(name), i + 1);
            }
        }
    }
}
