package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.Blanks;
import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.Edges;
import dev.newsdrop.extract.text.AccordingToCredit;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans author strings into person names: drops "By" and its equivalents, splits "A and B",
 * "A, B", "A و B", and refuses URLs, e-mail addresses and sentences.
 */
public final class AuthorNames {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Punctuation and spaces around a name, cut by {@link Edges}; a closing '.' or ')' stays ("Jr.", "(AFP)"). */
    private static final IntPredicate LEADING_PUNCTUATION = Edges.PUNCTUATION.or(Edges.SPACE);
    private static final IntPredicate TRAILING_PUNCTUATION = LEADING_PUNCTUATION.and(c -> c != '.' && c != ')');

    /** Byline lead-ins and labels ("By", "Par :", "Written by", "著者："): see {@link BylineLeads}. */
    private static final Pattern LEAD_IN = BylineLeads.LEAD_IN;

    /**
     * Hebrew "ו" and Arabic "و" prefixed to the second of two names of two words or more ({@link #SEPARATORS}):
     * the blank before the prefix, with two words of the script before it and two after. The blank and the
     * prefix are looked for first: a look behind of up to 43 characters is tried at each of its lengths, and
     * {@link #SEPARATORS} asks it at every character of every author string.
     */
    private static final String PREFIXED_AND = "(?=\\s+ו)(?<=\\p{IsHebrew}{2,20}\\s{1,3}\\p{IsHebrew}{2,20})\\s+ו(?=\\p{IsHebrew}{2,20}\\s+\\p{IsHebrew}{2})"
            + "|(?=\\s+و)(?<=\\p{IsArabic}{2,20}\\s{1,3}\\p{IsArabic}{2,20})\\s+و(?!لد\\s)(?=\\p{IsArabic}{2,20}\\s+\\p{IsArabic}{2})";

    /**
     * Hebrew "ו" (and) joined by a hyphen or a maqaf to a name in Latin letters, as Hebrew prefixes a word in
     * another script: "דנה כהן ו-AP", "ו־Reuters".
     */
    private static final String HEBREW_AND_BEFORE_LATIN = "(?<=\\p{IsHebrew})\\s+ו[-\u05BE](?=\\p{IsLatin})";

    /**
     * The degrees a Central European byline writes before a name ("Mgr. Jana Nováková a Ing. Petr Svoboda", "doc.
     * RNDr. Jan Dvořák"), none or several, each with its stop: the Czech and Slovak "a" separates two names when
     * the second carries them too (see {@link #LEADING_DEGREES}, which drops them from the names).
     */
    private static final String DEGREES_BEFORE_NAME = "(?:(?:Mgr|MgA|Ing|Bc|BcA|PhDr|MUDr|MVDr|MDDr|JUDr|RNDr|PaedDr|PharmDr|ThDr|doc|prof|Prof|Dr)\\.\\s*)*";

    /**
     * Separators between several names; Chinese and Japanese write a full-width or an enumeration
     * comma, and set a field off with a full-width bar ("取材・文：吉田 真理子　｜　2026年11月29日", the ideographic
     * spaces around it cut with it). "and" in Danish and Norwegian ("og"), Swedish ("och"), Dutch ("en"), Turkish ("ve"),
     * Russian ("и"), Italian and Portuguese ("e"), Polish, Catalan and Croatian ("i"), Indonesian and
     * Malay ("dan"), Hungarian ("és"), Ukrainian ("та", "і"), Romanian ("și", also written with a
     * cedilla, "şi") and Greek ("και") is a separator only in lower case between spaces; Czech and
     * Slovak "a" only before a name of two capitalised words ("Jana Nováková a Petr Dvořák"), since
     * Romance languages write "a" before a place ("inviato a Roma"); Swahili "na" the same way ("Amina
     * Juma na Baraka Mwangi"), since Slavic languages write "na" before a place ("na Slovensku"). Finnish
     * and Estonian "ja", Polish "oraz", Vietnamese "và", Hindi "और", Bengali "ও", Thai "และ", Urdu "اور",
     * and Tamil "மற்றும்" are separators between blanks (Thai writes a blank between a given name and a
     * surname, and around "และ"). Lithuanian "ir" and Latvian "un" separate as Czech "a" does, only before a
     * name of two capitalised words ("Ieva Petrauskienė ir Rokas Jankauskas", "Jānis Ozols un Līga Kalniņa"):
     * they also join the fields of a role after the name ("Žmogaus ir visuomenės studijų fakulteto profesorius"). Hebrew and Arabic write "and" as a prefix of the next word ("רונית אלון ומשה פרץ", "أحمد علي
     * ومحمد حسن"): it separates only between two names of two words or more, since names open with the
     * same letter ("ורד", "وليد") and a name's second word may too ("أحمد وائل"); the prefix standing alone between blanks
     * ("<a>נועה ברק</a> ו<a>עמית לוי</a>", the prefix before a linked name) is "and" as Arabic "و" alone is. Hassaniya
     * "ولد" ("son of", "محمد الأمين ولد سيدي") is a word of the name, not "and" before a "لد". A word separator is a whole word between letters of any
     * script: "Yılmaz" and "Yáñez" open with a "Y" that an ASCII word boundary would take for "y".
     */
    static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|\\||/|&|(?<!\\p{L})(?:and|et|und)(?!\\p{L})|(?<!\\p{L})(?-i:y)\\s+|\\s+(?-i:og|och|en|ve|и|e|i|dan|és|та|і|și|şi|και)\\s+|\\s+(?-i:(?:a|na|ir|un)\\s+(?=" + DEGREES_BEFORE_NAME + "\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}))|\\s+(?-i:ja|oraz|và|और|ও|และ|اور|மற்றும்)\\s+"
                    + "|" + PREFIXED_AND + "|" + HEBREW_AND_BEFORE_LATIN + "|\\s+و\\s+|\\s+ו\\s+|،|，|、|[\\u3000\\s]*｜[\\u3000\\s]*|\\n)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The desks a role names before its word: "Transport Correspondent", "Political Editor", "Health
     * Reporter". After a name they say what the author covers, not more of the name.
     */
    private static final String ROLE_DESKS = "political|politics|business|health|science|sports?|transport|education|"
            + "environment|environmental|technology|tech|foreign|legal|economics|economy|culture|arts|music|film|travel|food|"
            + "crime|courts?|city|local|regional|national|international|investigative|data|digital|video|weather|climate|"
            + "energy|markets|finance|financial|money|consumer|property|motoring|fashion|books|diplomatic|defen[cs]e|security|"
            + "features?|news|opinion|entertainment|lifestyle|religion|medical|agriculture|europe|european|africa|asia|"
            + "middle east|white house|washington|congressional|media|social affairs|home affairs|general assignment";

    /**
     * Weekdays that open a date after a name, in the languages bylines are read in: "on Monday, November 18th"; written in
     * lower case, also before the day with no "on", as Catalan, Occitan, Corsican and Portuguese sites set them ("Joan
     * Pèire Verdièr dimars 1 de decembre de 2026").
     */
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            + "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
            + "dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|diluns|dimars|dimècres|dijòus|dimenge|"
            + "luni|mercuri|ghjovi|venneri|sabbatu|dumenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira";

    /**
     * Weekdays of Welsh, Scottish Gaelic, Irish and Breton, which open a date after the name capitalised with no "on"
     * ("Elin Jones Dydd Iau 3 Rhagfyr 2026"): no surname spells them, as "Domingo" and "Marti" do the others'.
     */
    private static final String CELTIC_WEEKDAYS = "dydd (?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|"
            + "diluain|dimàirt|diciadain|diardaoin|dihaoine|disathairne|didòmhnaich|"
            + "dé (?:luain|máirt|céadaoin|haoine|sathairn|domhnaigh)|déardaoin|"
            + "dilun|dimeurzh|dimerc['’]her|diriaou|digwener|disadorn|disul";

    /**
     * The role words that close a job title: a part of a byline after the name that ends in one
     * ("Jane Doe, AP Auto Writer", "John Roe, CNN Editor-at-large") is where and what the writer
     * works, all of it, and not a second name; so is the club or society a report was sent in for
     * ("Submitted by Linda Carver, Millbrook Rotary Club", "Eingesandt von Eva Roth, Turnverein"), and the news service
     * that shares a group's copy among its papers and stations ("Addy Bink, Nexstar Media Wire", "Jane Doe, KFF Health
     * News", "John Roe, Capital News Service"): a service's name closes on its kind, never a person's.
     */
    private static final Pattern ENDS_IN_ROLE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:writer|editor|reporter|correspondent|contributor|columnist|editor-at-large|editor at large"
                    + "|club|society|association|verein|wire|newswire|news|news service|newsroom)s?[\\s.]*$");

    /**
     * Leads that languages write after the name, as postpositions: Turkish "tarafından" ("Mehmet
     * Yılmaz tarafından", "by Mehmet Yılmaz") and Hindi "द्वारा" ("राहुल शर्मा द्वारा").
     */
    private static final String POSTPOSITION_LEADS = "tarafından|द्वारा";

    /**
     * "Comments", as a post's foot links the count of its comments ("نظرات (۳)", "Yorumlar (2)"), in the
     * languages read: a control's label, never a name, which scripts without capitals cannot show.
     */
    private static final String COMMENT_WORDS = "comments|commentaires|kommentare|commenti|comentarios|comentários|reacties|"
            + "kommentarer|komentarze|komentáře|komentáre|komentari|yorumlar|комментарии|коментарі|σχόλια|komentar|bình luận|"
            + "نظرات|دیدگاه‌ها|دیدگاه|تعليقات|التعليقات|תגובות|טוקבקים|टिप्पणियाँ|टिप्पणियां|टिप्पणी|コメント|评论|評論|댓글";

    /**
     * The nouns an organisation's name puts before "for" and its purpose ("Institute for Basic Science", "Centre for Policy
     * Studies", "Society for the Protection of Birds"): a byline's "for" after a person's name names the outlet instead.
     */
    private static final String ORGANISATION_HEADS = "institute|institution|centre|center|society|foundation|association|council|committee"
            + "|coalition|alliance|fund|office|agency|department|ministry|commission|school|college|university|museum|trust"
            + "|campaign|network|partnership|project|program|programme|initiative|league|union|federation|board|bureau|academy"
            + "|service|authority|organization|organisation|group|forum|movement|party|people|friends|citizens|doctors|lawyers"
            + "|physicians|scientists|americans|women|parents|students|advocates|voices|journalists|reporters";

    /**
     * The words a date sets between its day and its month's name: Spanish, Portuguese and Occitan "de", Italian, Corsican
     * and Friulian "di", Romansh "da" ("12 da zercladur 2026"), Breton "a viz" ("4 a viz Kerzu 2026").
     */
    static final String DAY_MONTH_WORDS = "(?:d[eia]\\s+|a\\s+viz\\s+)";

    /**
     * The words a date sets between its month's name and its year: Spanish and Portuguese "de", Spanish "del", Friulian
     * "dal" ("ai 9 di Novembar dal 2026").
     */
    static final String MONTH_YEAR_WORDS = "(?:d[ea]l?\\s+)";

    /**
     * Trailing roles and affiliations that follow a name in bylines ("Jane Doe, Reuters staff"), and a
     * translator credited after the author ("... 翻訳者 ...").
     */
    static final Pattern TRAILING_ROLE = Pattern.compile(
            "\\s+[-–—|·•]\\s+.*$|\\s*[|–—·•]\\s*.*$|\\s+(?:is|was)\\s+.*$|\\s*\\((?:[^)]*)\\)\\s*$"
                    + "|\\s+(?:with\\s+)?(?:additional|contributed|with) reporting\\b.*$" // "with additional reporting by ...": contributors
                    + "|\\s+(?:(?:senior|staff|chief|special|guest|contributing|deputy|managing|executive|associate)\\s+(?:\\p{L}+\\s+){0,2}"
                    + "|(?:" + ROLE_DESKS + ")\\s+(?:(?:" + ROLE_DESKS + ")\\s+)?)?"
                    + "(?:writer|editor|reporter|correspondent|contributor|columnist)s?$"
                    + "|\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?$"
                    // "Jonas Keller 18. März 2024": the date after the name, in the script's own figures too ("১২ মার্চ ২০২৪")
                    + "|\\s+\\p{Nd}{1,2}\\.?\\s+" + DAY_MONTH_WORDS + "?[\\p{L}\\p{M}]{3,}\\.?,?\\s+" + MONTH_YEAR_WORDS + "?\\p{Nd}{4}\\b.*$"
                    // "Elin Jones Dydd Iau 3 Rhagfyr 2026", "Joan Pèire Verdièr dimars 1 de decembre de 2026": the weekday that opens the date
                    + "|\\s+(?:(?-i:" + WEEKDAYS + ")|" + CELTIC_WEEKDAYS + ")\\.?,?\\s+\\p{Nd}.*$"
                    + "|\\s+\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b.*$"
                    + "|\\s*\\d+\\s*min(?:ute)?s?\\s+read$|\\s+anzeigen$"
                    // "Jane Doe on 28 March 2024", "Mihai Ionescu pe 2 octombrie 2023": the date
                    // "مریم احمدی در سه‌شنبه ۲۲ اسفند ۱۴۰۲", "أحمد منصور في 12 مارس": Persian "dar" and Arabic "fi" ("on"), the date
                    // perhaps in the script's own digits
                    + "|\\s+(?-i:on|am|le|el|il|em|op|den|at|à|pe|pada|dne|dnia|vào|در|في)\\s+[^,]*\\p{Nd}.*$"
                    + "|\\s+(?:" + POSTPOSITION_LEADS + ")$" // "Mehmet Yılmaz tarafından": the lead after the name
                    // "Jane Doe on Monday, November 18th": the weekday that opens the date
                    + "|\\s+(?-i:on|am|le|el|il)\\s+(?:" + WEEKDAYS + ")\\b.*$"
                    + "|\\s+\\d{4}\\s*年\\s*\\d{1,2}\\s*月.*$" // "王小明 2023年10月2日": the date after a CJK name
                    // "Posted by Jane Doe in Gardening", "Publié par ... dans Jardin": the category the post is filed in
                    // ("en", "i" and "e" are left out: Dutch, Polish and Italian join two names with them)
                    + "|\\s+(?-i:in|dans|em|nella|nel|im|w|в)\\s+\\p{Lu}.*$"
                    // "Jane Barlow for MailOnline", "JANE BARLOW FOR THE DAILY BULLETIN": the outlet the writer wrote the piece for; an
                    // organisation's head noun before "for" names what it is for ("Institute for Basic Science")
                    + "|(?<!(?:" + ORGANISATION_HEADS + "))\\s+(?-i:for|For|FOR)\\s+(?:(?-i:the|The|THE)\\s+)?\\p{Lu}.*$"
                    + "|\\s*(?:翻訳者|翻訳|訳者|译者|翻译)\\s*[:：]?.*$", Pattern.CASE_INSENSITIVE);

    /**
     * The theme's credit in the colophon, as WordPress and Blogger themes translate it: "Theme: X by Y",
     * "Thème : X par Y", "Motyw: X autorstwa Y", "Theme by Y", "Designed by Y", "Blogger Templates by Y".
     * The name after it is the theme's maker. The lead is lower case, and no separator stands before it:
     * "Tema: Política | Por Juan Pérez" is a topic label beside a byline.
     */
    private static final String THEME_CREDIT = "(?:theme|thème|thema|tema|motyw|тема)\\s*:\\s*[^:|·•]{1,40}?\\s"
            + "(?-i:by|par|von|por|di|de|door|av|autorstwa|от)|themes? (?:by|von)|thema door|tema (?:di|de) wordpress|"
            + "thème wordpress|wordpress theme|(?:site |website |web )?design(?:ed)? by|website by|templates? by|"
            + "blogger templates?|developed by";

    private static final Pattern THEME_CREDIT_PATTERN = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + THEME_CREDIT + ")(?![\\p{L}])");

    /**
     * The links of an author box after the name, "More Posts", "View all posts", as themes translate
     * them: "Jane Doe More Posts" is the name and the box's link.
     */
    private static final String AUTHOR_BOX_LINKS = "more posts|all posts|view (?:all )?posts|see all|"
            + "view profile|(?:view |see |read )?(?:more|all) (?:articles|stories)|biography|full bio|author bio|weitere beiträge|alle beiträge|mehr von|plus d'articles|voir (?:tous )?les articles|"
            + "(?:voir )?tous ses articles|(?:ver )?todos sus artículos|(?:vedi )?tutti i suoi articoli|alle artikel|"
            + "más entradas|ver (?:todas|todos)|altri articoli|mais posts|"
            + "fler inlägg|alla inlägg|flere indlæg|alle indlæg|flere innlegg|alle innlegg|meer berichten|alle berichten|"
            + "więcej wpisów|wszystkie wpisy|další příspěvky|všechny příspěvky|ďalšie príspevky|všetky príspevky|"
            + "további bejegyzések|összes bejegyzés|lisää artikkeleita|kaikki artikkelit|diğer yazılar|tüm yazıları|"
            + "другие записи|все записи|інші записи|всі записи|mai multe articole|toate articolele|"
            + "περισσότερα άρθρα|όλα τα άρθρα|više članaka|svi članci|все статьи автора|все статьи|все материалы автора|"
            // the box's link to the writer's profile or address: "Profil anzeigen", "Voir le profil", "Contatta l'autore"
            + "profil anzeigen|zum profil|voir (?:le )?profil|ver (?:el )?perfil|ver perfil completo|vedi (?:il )?profilo|"
            + "visualizza (?:il )?profilo|lihat profil|profili görüntüle|профиль автора|プロフィールを見る|"
            + "contact the author|email the author|e-mail an den autor|kontakt zum autor|contacter l['’]auteur|"
            + "contactar (?:al|con el) autor|contatar o autor|contatta(?:re)? l['’]autore|hubungi penulis|написать автору|yazara ulaş";

    /** {@link #AUTHOR_BOX_LINKS} as a whole match. */
    private static final Pattern AUTHOR_BOX_LINK = Pattern.compile("(?iu)(?:" + AUTHOR_BOX_LINKS + ")");

    /**
     * Theme text that sits where a byline does: the CMS's credit line ("Powered by WordPress", in the
     * languages themes are translated into) and the links of an author box ("More Posts", "View all
     * posts"). Matched anywhere in the string, case-insensitively.
     */
    private static final String THEME_TEXT = "(?<![\\p{L}])(?:powered by|proudly powered|propulsé par|fièrement propulsé|"
            + "desarrollado (?:por|con)|funciona con|tecnologia do|tecnología de|betrieben (?:mit|von)|bereitgestellt von|"
            + "stolz präsentiert|gemaakt met|drevet av|posts by|" + AUTHOR_BOX_LINKS + "|"
            + "fourni par|con la tecnología de|propulsado por|desenvolvido por|tecnologia di|realizzato con|drivs med|drevet med|"
            + "write for us|schreib(?:en sie)? für uns|écrivez pour nous|escribe para nosotros|scrivi per noi|"
            + "become an author|become a contributor|submit (?:a|your) (?:guest )?post|guest post|join our team|werde autor|"
            + "werden sie autor|devenez auteur|read more|mehr lesen|lire la suite|leer más|leggi tutto|" + THEME_CREDIT + ")(?![\\p{L}])";

    /**
     * Job titles that follow a name or stand alone in a byline list ("Jane Doe, Senior Policy Analyst",
     * "Journalist"), in the languages bylines are read in: a role is not a person.
     */
    private static final String JOB_TITLES = "(?<![\\p{L}])(?:analyst|journalist|journalistin|journaliste|periodista|"
            + "giornalista|jornalista|gazeteci|muhabir|redakteur|redakteurin|redaktør|redaktor|rédacteur|rédactrice|"
            + "redactor|redactora|korrespondent|korrespondentin|correspondant|correspondante|corresponsal|fotograf|fotografin|"
            + "photographer|photographe|chefredakteur|chefredakteurin|editor-in-chief|managing editor|consultant|professor|"
            + "reporterin|chefreporter|chefreporterin|ressortleiter|ressortleiterin|volontär|volontärin|envoyé spécial|"
            + "envoyée spéciale|enviado especial|enviada especial|redactora jefa|redactor jefe|inviato|inviata|"
            + "corrispondente|caporedattore|caporedattrice|reportero|reportera|repórter|dziennikarz|dziennikarka|"
            + "toimittaja|redaktorka|novinář|novinářka|журналист|журналистка|корреспондент|редактор|editör|muhabiri|"
            + "hoofdredacteur|verslaggever|verslaggeefster|journalisten|wartawan|jurnalis|журналіст|журналістка|"
            + "кореспондентка|phóng viên|biên tập viên|"
            // Indonesian, Ukrainian, Vietnamese, Dutch, Nordic, Czech, Hungarian, Romanian, South Slavic, Greek and Bulgarian titles
            + "redacteur|redactrice|eindredacteur|redaktör|skribent|reporter|reportér|reportérka|zpravodaj|zpravodajka|"
            + "újságíró|munkatárs|tudósító|jurnalist|jurnalistă|corespondent|novinar|novinarka|новинар|новинарка|"
            + "δημοσιογράφος|ανταποκριτής|ανταποκρίτρια|репортер|кореспондент|kirjeenvaihtaja|writer|columnist|editor-at-large|kolumnist|kolumnistin|chroniqueur|chroniqueuse|columnista|editorialista|"
            // Swahili: writer (a journalist is "Mwandishi wa Habari", writer of news), editor, reporter
            // Turkish (columnist, "its writer", editor-in-chief, news editor), Finnish, Estonian, Baltic, Basque,
            // Galician, Welsh, Irish, Hungarian and Icelandic titles
            + "köşe yazarı|yayın yönetmeni|haber müdürü|haber editörü|päätoimittaja|uutistoimittaja|ajakirjanik|"
            + "žurnālists|žurnāliste|žurnalistas|žurnalistė|kazetaria|xornalista|gohebydd|iriseoir|rovatvezető|blaðamaður|"
            + "mwandishi|mhariri|ripota|"
            // academic posts, as republished scholars' bylines give them after the name ("Profesora de Climatología,
            // Universidad del Norte"): Spanish, Portuguese, French, Italian, German, Dutch and English
            + "profesor|profesora|catedrático|catedrática|investigador|investigadora|professora|pesquisador|pesquisadora|"
            + "professeur|professeure|chercheur|chercheuse|maître de conférences|professore|professoressa|ricercatore|ricercatrice|"
            + "professorin|forscher|forscherin|hoogleraar|onderzoeker|researcher|lecturer|senior lecturer|associate professor|"
            + "assistant professor|"
            // the officers of a club or an association, as a report it sent in is signed ("Eingesandt von Thomas Reiter,
            // Schriftführer des TSV Oberau", "Submitted by Linda Carver, club secretary"): German, Austrian and English
            + "schriftführer|schriftführerin|pressewart|pressewartin|vorsitzender|vorsitzende|kassier|kassierin|kassierer|"
            + "kassiererin|obmann|obfrau|club secretary|publicity officer)(?![\\p{L}])";

    /**
     * A reporter's title after a Korean, Japanese or Chinese name, which has no capitals to tell it:
     * 기자 (reporter), 특파원 (correspondent), 선임기자, 논설위원, 記者, 记者, 特派員, 特派员, 編集委員; and, after a blank, a Korean
     * word closed by 기자 or 특파원, the desk's or the beat's reporter ("여행전문기자", travel reporter; "사회부기자").
     */
    private static final Pattern CJK_NAME_THEN_ROLE = Pattern.compile(
            "^([\\p{IsHangul}\\p{IsHan}]{2,5})\\s*(?:선임기자|기자|특파원|논설위원|객원기자|記者|记者|特派員|特派员|編集委員|本报记者"
                    + "|(?<=\\s)\\p{IsHangul}{1,6}(?:기자|특파원))$");

    /**
     * A capitalised first word and a lower-case last word of three letters or more that is no name
     * particle: a phrase ("Themen bearbeiten", "Read more"), since a name in a script with capitals
     * capitalises its last word ("Vincent van Gogh", "Jean de La Fontaine").
     */
    private static final Pattern LOWER_CASE_LAST_WORD = Pattern.compile(
            "^\\p{Lu}\\S*(?:\\s+\\S+)*\\s+(?!(?:van|von|der|den|del|della|dos|das|bin|ibn|ter|zu)$)\\p{Ll}{3,}$");

    /** A name written in mixed case, each word capitalised: "David Straub", "Anne-Marie O'Neil". */
    private static final Pattern TITLE_CASE_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’.-]*)+$");

    /** A single word joined by a dot or an underscore, lower case after it: an account's handle ("Sauli.giliard", "jane_doe"). */
    private static final Pattern ACCOUNT_HANDLE = Pattern.compile("^\\p{L}{2,}[._]\\p{Ll}{2,}$");

    /** Lower-case particles inside a name ("Pieter de Vries", "Ana da Silva", "Ludwig van der Berg"): always before a capital. */
    private static final String NAME_PARTICLES = "de|da|di|do|dos|das|del|della|van|von|der|den|ter|ten|zu|la|le|bin|ibn|al";

    /**
     * A job title after an Arabic name of two to four words, which has no capitals to tell it:
     * "خالد منصور محرر صحفي" (editor, journalist), "سارة أحمد مراسلة" (correspondent). The name is the
     * shortest run of words before the first title word.
     */
    private static final Pattern ARABIC_NAME_THEN_JOB_TITLE = Pattern.compile(
            "^(\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3}?)\\s+(?:صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|محرر|محررة|"
                    + "كاتب|كاتبة|مذيع|مذيعة|رئيس التحرير|مدير التحرير)(?:\\s.*)?$");

    /**
     * The "is" a biography sets between the name and the job title, in the languages whose job titles are read:
     * "Rui Carvalho é jornalista e escreve ...", "Jane Doe is a journalist", "Anna Berg ist Journalistin".
     */
    private static final String BIO_COPULAS = "(?:is(?: an?)?|ist|est|es|é|è|jest|är|er|on|je|is een)";

    /**
     * A job title after a name of two capitalised words or more, particles allowed between them:
     * "Thomas Berger Redakteur Politik", "Pieter de Vries Redacteur stad".
     */
    private static final Pattern NAME_THEN_JOB_TITLE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:" + NAME_PARTICLES + ")(?=\\s+\\p{Lu}))*(?:\\s+\\p{Lu}[\\p{L}'’.-]*"
                    + "(?:\\s+(?:" + NAME_PARTICLES + ")(?=\\s+\\p{Lu}))*)+?)\\s+(?:" + BIO_COPULAS + "\\s+)?(?iu:" + JOB_TITLES + ").*$");

    /**
     * A post or a desk, never a person, as the papers of the Indian languages credit copy nobody signs, set last after the
     * outlet, the place or "own" ("സ്വന്തം ലേഖകൻ", own correspondent; "ఈనాడు డెస్క్", the paper's desk; "ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ",
     * the paper's news service) or alone: Malayalam "ലേഖകൻ" and "ലേഖിക" (correspondent, with the older spelling of the
     * closing consonant as a virama and a zero-width joiner, "ലേഖകന്‍"), "ബ്യൂറോ" (bureau), "ഡെസ്ക്" (desk); Telugu
     * "ప్రతినిధి" (representative), "విలేకరి" (reporter), "డెస్క్"; Kannada "ವರದಿಗಾರ" (reporter), "ಪ್ರತಿನಿಧಿ", "ವಾರ್ತೆ" (news),
     * "ಡೆಸ್ಕ್"; Gujarati "પ્રતિનિધિ", "સંવાદદાતા" (correspondent), "ડેસ્ક"; Marathi "प्रतिनिधी" (its long closing vowel,
     * where Hindi writes "प्रतिनिधि") and "वार्ताहर" (correspondent); Odia "ପ୍ରତିନିଧି", "ସମ୍ବାଦଦାତା", "ବ୍ୟୁରୋ"; Punjabi
     * "ਪ੍ਰਤੀਨਿਧ", "ਪੱਤਰ ਪ੍ਰੇਰਕ" (correspondent), "ਡੈਸਕ"; Assamese "প্ৰতিনিধি" (with its own "ৰ"). No name closes on these words.
     */
    private static final String INDIAN_CREDIT_NOUNS = "ലേഖകൻ|ലേഖകന്\u200d|ലേഖിക|ബ്യൂറോ|ഡെസ്ക്|ప్రతినిధి|విలేకరి|డెస్క్|ವರದಿಗಾರ|ಪ್ರತಿನಿಧಿ|ವಾರ್ತೆ|ಡೆಸ್ಕ್"
            + "|પ્રતિનિધિ|સંવાદદાતા|ડેસ્ક|प्रतिनिधी|वार्ताहर|ପ୍ରତିନିଧି|ସମ୍ବାଦଦାତା|ବ୍ୟୁରୋ|ਪ੍ਰਤੀਨਿਧ|ਪੱਤਰ ਪ੍ਰੇਰਕ|ਡੈਸਕ|প্ৰতিনিধি";

    /**
     * The correspondent, reporter or representative as Bengali, Nepali and Hindi, Tamil and Sinhala papers credit a post:
     * alone a generic credit, and after a place or an outlet a post too ({@link #QUALIFIED_CORRESPONDENT}). With them the
     * same posts, and the desks, bureaux and news services, as the other Indian languages' papers credit them
     * ({@link #INDIAN_CREDIT_NOUNS}).
     */
    private static final String CORRESPONDENT_NOUNS = "প্রতিনিধি|সংবাদদাতা|প্রতিবেদক|संवाददाता|प्रतिनिधि|நிருபர்|செய்தியாளர்|වාර්තාකරු|"
            + INDIAN_CREDIT_NOUNS;

    /**
     * The one word of a city after a South Asian correspondent's post, the story's dateline set beside the byline: the
     * place names where the post sits, no person ("বিনোদন প্রতিবেদক ঢাকা", "ক্রীড়া প্রতিবেদক, চট্টগ্রাম").
     */
    private static final String DATELINE_CITY_AFTER_POST = "(?:,?\\s+[\\p{IsBengali}\\p{IsDevanagari}\\p{IsTamil}\\p{IsSinhala}\\p{M}]+)?";

    /**
     * Bylines that name no one, only "the newsroom" or "the agencies", in the languages read (Bengali
     * "নিজস্ব প্রতিবেদক" and Hindi "निज संवाददाता", "own correspondent", Hindi and Bengali "desks" ("न्यूज़ डेस्क", news desk,
     * "অনলাইন ডেস্ক", online desk), Swahili "Mwandishi Wetu", "our writer", Indonesian "Tim Redaksi", Malay
     * "Meja Berita" and "Meja Pengarang", the news and editors' desks, Vietnamese "Tòa soạn", Thai "กองบรรณาธิการ", Filipino "Patnugutan",
     * Portuguese "Equipe Editorial", the editorial team, and "Da Redação", "Da Reportagem", from the newsroom, Catalan "Redacció" and
     * Basque "Erredakzioa", the newsroom, the desks of Turkey, the Middle East, Pakistan and Afghanistan, and a reporting scheme's
     * role, "Local Democracy Reporter", among them): a generic credit is
     * no author, neither as a person nor as an organisation.
     */
    private static final String GENERIC_DESKS = "redaktion|unsere redaktion|unserer redaktion|red|redactie|redacción|redacció|la redacció|erredakzioa|"
            + "redazione|redaksjonen|redaktionen|редакция|agenturen|agencies|agences|agencias|agenzie|wire services|"
            + "editorial|editorial team|editorial staff|editorial board|the editors|our editors|news staff writer|"
            + "staff reporter|staff writer|our correspondent|our reporter|special correspondent|"
            // South Asia's English papers: the staff and own correspondents, a paper's unnamed staff reporter
            + "staff correspondent|own correspondent|our own correspondent|our staff correspondent|our staff reporter|"
            + "special representative|our special correspondent|"
            // the British scheme whose reporters' copy local papers share: the role stated in the author's place names no one
            + "local democracy reporter|local democracy reporters|local democracy reporting service|"
            + "la rédaction|la redaction|die redaktion|la redacción|la redazione|de redactie|the newsroom|the editorial team|"
            + "news|nachrichten|noticias|notizie|nieuws|nyheter|nyheder|actualités|actualites|haberler|новости|notícias|"
            + "redakcja|redakce|redakcia|redaksiyon|haber merkezi|toimitus|szerkesztőség|redacția|redação|redacao|"
            // the spelling before the 1990 agreement, which Angola's and Mozambique's papers keep: "Redacção", "Da Redacção"
            + "redacção|redaccao|da redacção|da redaccao|equipa da redacção|"
            + "da redação|da redacao|da reportagem|equipe editorial|equipe de redação|equipe da redação|equipo editorial|equipo de redacción|équipe éditoriale|"
            + "l'équipe éditoriale|redaktionsteam|redactieteam|tim redaksi|redaksi|tim editorial|mwandishi wetu|"
            + "meja berita|meja pengarang|sidang pengarang|pasukan editorial|pasukan berita|tòa soạn|nhóm phóng viên|กองบรรณาธิการ|ทีมข่าว|patnugutan|"
            + "zespół redakcyjny|ban biên tập|فريق التحرير|هيئة التحرير|تحریریه|המערכת|מערכת האתר|"
            + "編集部|编辑部|편집부|নিজস্ব প্রতিবেদক|নিজস্ব সংবাদদাতা|স্টাফ রিপোর্টার|निज संवाददाता|हमारे संवाददाता|"
            + "न्यूज़ डेस्क|न्यूज डेस्क|डिजिटल डेस्क|वेब डेस्क|डेस्क|অনলাইন ডেস্ক|নিউজ ডেস্ক|ডিজিটাল ডেস্ক|ডেস্ক|"
            // Bangladesh's desk and staff credits ("ডেস্ক রিপোর্ট", desk report; "স্টাফ করেসপন্ডেন্ট" spelt in Bengali), and the
            // bare correspondent of Bengali, Nepali and Hindi, Tamil and Sinhala papers
            + "ডেস্ক রিপোর্ট|অনলাইন রিপোর্ট|স্টাফ করেসপন্ডেন্ট|" + CORRESPONDENT_NOUNS + "|"
            // the desks of Pakistan's and Afghanistan's Urdu, Pashto and Dari papers ("ویب ڈیسک", web desk; "مانیٹرنگ ڈیسک",
            // the desk that monitors other media; "نمائندہ خصوصی", special correspondent), Turkish portals' services ("Dış Haberler
            // Servisi", "İnternet Haber Merkezi"), Arabic ("محرر الموقع", the site's editor), Persian and Sorani news desks,
            // Hebrew "דסק החדשות"; Arabic papers' credits of copy gathered from other media, "متابعات" (follow-ups) and
            // "وكالات" (agencies), set in the author field of republishing sites as in their datelines ("القاهرة - وكالات")
            + "متابعات|وكالات|الوكالات|ویب ڈیسک|نیوز ڈیسک|مانیٹرنگ ڈیسک|ڈیجیٹل ڈیسک|اسپورٹس ڈیسک|اسٹاف رپورٹر|نمائندہ خصوصی|ڈیسک|ویب ډیسک|خبري ډیسک|"
            + "haber servisi|dış haberler servisi|dış haberler|ekonomi servisi|internet haber merkezi|haber masası|"
            + "قسم الأخبار|القسم الإخباري|المحرر الإلكتروني|محرر الموقع|سرویس خبر|گروه خبر|دەسکی هەواڵ|دەستەی نووسەران|דסק החדשות|חדשות|"
            // more of the desks South Asian papers name by their word last: Nepali "अनलाइन डेस्क" (online desk), "समाचार डेस्क"
            // (news desk), "खेलकुद डेस्क" (sports desk), Bengali "খেলা ডেস্ক" (sports desk), "বিনোদন ডেস্ক" (entertainment desk)
            + "अनलाइन डेस्क|समाचार डेस्क|खेलकुद डेस्क|খেলা ডেস্ক|বিনোদন ডেস্ক";

    /**
     * The buttons of an author box, read where its name is: "Follow", "Folgen", "Suivre"; and Southeast Asia's share and follow
     * labels, which its papers set in the byline's row beside the writer and the time: Vietnamese "Chia sẻ" and "Theo dõi",
     * Indonesian "Bagikan", Malay "Kongsi", Filipino "Ibahagi", Thai "แชร์" and "ติดตาม", Khmer "ចែករំលែក"; Korean "구독"
     * (subscribe) and "팔로우" (follow), which Korean papers set in the reporter's box beside the name and the e-mail
     * address ("김현주 기자 구독").
     */
    private static final String AUTHOR_BOX_BUTTONS = "follow|folgen|abonnieren|suivre|s'abonner|seguir|segui|volgen|"
            + "følg|följ|takip et|subscribe|share|teilen|partager|compartir|подписаться|ikuti|フォローする|フォロー|"
            + "chia sẻ|theo dõi|bagikan|kongsi|ibahagi|แชร์|ติดตาม|ចែករំលែក|구독|팔로우";

    /**
     * An author box's button after the name ({@link #AUTHOR_BOX_BUTTONS}), cut before the names are
     * split, since its words may read as a separator ("Ayşe Kara Takip Et": "et" is French "and").
     */
    private static final Pattern BUTTON_AT_END = Pattern.compile("(?iu)(?<=\\S)\\s+(?:" + AUTHOR_BOX_BUTTONS + ")$");

    /**
     * A role in full-width brackets after a Chinese or Japanese name: "田中一郎（ライター）" (writer),
     * "山田花子（編集部）". The name has no capitals to tell where it ends; the brackets do.
     */
    private static final Pattern CJK_BRACKETED_ROLE = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])\\s*（[^（）]{1,12}）$");

    /**
     * A publication's editorial desk before a Japanese or Chinese writer's name, parted by a blank or a middle dot, as a
     * magazine's or a web medium's credit sets it ("トラベル情報ナビ編集部　佐藤 美咲", "旅游周刊编辑部 王丽"): where the
     * writer works, as the desk before a name in a closing credit is ({@link BoldNameLine}); the person after it is the
     * author. A desk alone names the publication and is left as it is. Group 1 is the credit's opening bracket, kept for
     * the brackets to be taken off together.
     */
    private static final Pattern CJK_DESK_BEFORE_NAME = Pattern.compile(
            "^([（(]?)[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー\\p{IsLatin}]{1,16}(?:編集部|编辑部)[\\s\\u3000・･]+(?=[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}])");

    /** The credit without a {@link #CJK_DESK_BEFORE_NAME} opening it; the credit itself when none does (most: no "編集部" in it). */
    private static String withoutCjkDesk(String s) {
        return s.indexOf("編集部") > 0 || s.indexOf("编辑部") > 0 ? CJK_DESK_BEFORE_NAME.matcher(s).replaceFirst("$1") : s;
    }

    /**
     * An author box's button after the name, "Jane Doe Follow" ("Folgen", "Suivre", "Seguir"): the
     * control's label glued to the name when the button is a plain element, not a {@code <button>}.
     */
    private static final Pattern BUTTON_AFTER_NAME = Pattern.compile(
            "(?iu)^(\\p{Lu}\\S*(?:\\s+\\S+)+?)\\s+(?:" + AUTHOR_BOX_BUTTONS + ")$");

    /**
     * The bare role "editor" (and "reporter") in languages whose sites set it as the author of a page
     * with no one named (a CMS's account, a meta author tag): Welsh "Golygydd", Irish "Eagarthóir",
     * Danish and Norwegian "Redaktør", Swedish "Redaktör", Czech, Slovak and Polish "Redaktor(ka)",
     * Hungarian "Szerkesztő", Croatian, Serbian, Bosnian and Slovene "Urednik"/"Urednica"/"Уредник",
     * Russian, Bulgarian and Ukrainian "Редактор", Finnish "Toimittaja" and Estonian "Toimetaja"; Malay "Pengarang Berita"
     * ("news editor"), "Pengarang", "Penyunting" and "Wartawan" (journalist), Swahili "Mhariri", Hausa "Edita", Filipino "Patnugot",
     * Vietnamese "Biên tập viên", Hindi "संपादक", Bengali "সম্পাদক" and Thai "บรรณาธิการ", as the region's WordPress accounts are
     * named. A role names no one.
     */
    private static final String BARE_EDITOR_ROLES = "golygydd|eagarthóir|redaktør|redaktör|redaktor|redaktorka|szerkesztő|"
            + "urednik|urednica|уредник|редактор|toimittaja|toimetaja|pengarang berita|pengarang|penyunting|wartawan|mhariri|edita"
            + "|patnugot|biên tập viên|संपादक|সম্পাদক|บรรณาธิการ";

    /**
     * The labels of a piece's kind that an opinion page or a letters page sets in the byline's slot, beside the date, when
     * no writer is named there ("Opinion · Friday, 4 December 2026", "Leserbrief", "Tribune"): English opinion, analysis,
     * commentary, column, letter(s), letter(s) to the editor, op-ed, guest post and column, interview, obituary, explainer;
     * German Meinung, Kommentar, Gastbeitrag, Gastkommentar, Leserbrief(e), Kolumne, Nachruf; French tribune, chronique,
     * courrier des lecteurs; Spanish opinión, tribuna, columna, carta(s) al director; Portuguese opinião, carta do leitor;
     * Italian opinione, lettere al direttore; Dutch opinie, ingezonden brief; and the letters page's own name alone, Italian
     * lettere (dei lettori), Spanish and Portuguese cartas (de los lectores, dos leitores), Dutch lezersbrieven. A kind names
     * no one ({@link #NOT_A_NAME_WHOLE}).
     */
    private static final String GENRE_LABELS = "opinion|opinions|analysis|commentary|column|letters?|letters? to the editor|op-ed|"
            + "guest post|guest column|interview|obituary|explainer|meinung|kommentar|gastbeitrag|gastkommentar|leserbriefe?|kolumne|"
            + "nachruf|tribune|chronique|courrier des lecteurs|opinión|tribuna|columna|cartas? al director|opinião|"
            + "carta do leitor|opinione|lettere al direttore|opinie|ingezonden brief|"
            + "lettere|lettere dei lettori|cartas|cartas de los lectores|cartas dos leitores|lezersbrieven";

    /**
     * A Thai newsroom's team or desk with its beat written on, as Thai compounds without a blank: "ทีมข่าวกีฬา" (sports news
     * team), "ทีมข่าวบันเทิง" (entertainment), "โต๊ะข่าวต่างประเทศ" (foreign news desk), "ฝ่ายข่าวการเมือง", "กองบรรณาธิการข่าวบันเทิง".
     * A Thai person's name is a given name and a family name parted by a blank and opens with none of these words.
     */
    private static final String THAI_NEWS_DESK = "(?:ทีมข่าว|โต๊ะข่าว|ฝ่ายข่าว|กองบรรณาธิการ)\\p{IsThai}{0,24}";

    /** A whole string that is only a generic credit ({@link #GENERIC_DESKS}, a bare role, {@link #BARE_EDITOR_ROLES}). */
    private static final Pattern GENERIC_CREDIT = Pattern.compile(
            "(?iu)^(?:staff|editor|editors|admin|administrator|super user|superuser|webmaster|author|guest|team|desk|news desk|newsroom|rédaction|redaction|"
                    + BARE_EDITOR_ROLES + "|" + GENERIC_DESKS
                    + "|" + THAI_NEWS_DESK
                    // a publication's unnamed staff reporter, in the possessive: "The Newspaper's Staff Reporter"
                    + "|[^,;|]{1,40}['’]s\\s+(?:staff\\s+)?(?:reporter|correspondent|writer))$");

    /** The newsroom words that close a collective byline ({@link #COLLECTIVE}). */
    private static final String COLLECTIVE_WORDS = "staff|redaktion|team|desk|newsroom|"
            + "editors|rédaction|redacción|redazione|redactie|redakcja|redação";

    /**
     * A collective byline: a newsroom word qualified by the organisation's name ("Slate Staff", "BR24
     * Redaktion", "IN-Redaktion"). It names the organisation, unlike the bare word; "Guardian staff
     * reporter" names one unnamed person's role, and is no author.
     */
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?iu)^(?!(?:the|our|unsere[rn]?)\\s)\\S.*?[\\s-](?:" + COLLECTIVE_WORDS + ")$");

    /**
     * A public body's or company's unit, whose name joins its fields with "and" ("Highways and
     * Transport Department", "Ministry of Health and Social Care", "Amt für Umwelt und Verkehr",
     * "Direction de la communication et du numérique"): opened or closed by a unit's word, so one
     * organisation, not two authors. Persons' names are neither. German writes a unit as a compound
     * whose last part is the kind of body ("Ortsgruppe Lohr", "Kreisverband Süd", "Sportverein Eintracht",
     * "Gemeindeverwaltung Adorf", "Jugendabteilung"): a group and its place, never a given name. The opening words
     * are the unit words of the languages read ("Biuro Prasowe", "Oddělení komunikace", "Пресс-служба университета",
     * "Assessoria de Comunicação", "Servizio stampa"), and a university, where a republished scholar's byline
     * says she teaches ("Universidad del Norte", "University of Leeds", "Leeds University").
     */
    private static final Pattern ORGANISATION_UNIT = Pattern.compile(
            "(?iu)^(?:(?:ministry|department|office|agency|bureau|council|board|commission|committee|institute|school|faculty|"
                    + "centre|center|directorate|division|ministerium|amt|referat|abteilung|stabsstelle|dezernat|fachbereich|"
                    + "institut|zentrum|büro|senatsverwaltung|ministère|direction|service|bureau|ministerio|departamento|"
                    + "oficina|dirección|secretaría|ministero|ufficio|dipartimento|direzione|ministerie|afdeling"
                    + "|biuro|dział|wydział|zespół|urząd|ministerstwo|katedra|instytut|centrum|oddělení|odbor|kancelář|ústav|oddelenie|úrad"
                    + "|пресс-служба|отдел|управление|служба|департамент|министерство|відділ|управління|assessoria|gabinete|coordenação|núcleo"
                    + "|cellule|pôle|servizio|dienst|avdelning|avdeling"
                    + "|university|universidad|universidade|université|università|universität|universiteit|uniwersytet|universitat"
                    // Indonesian and Malay units, and their head's title before them ("Kepala Dinas Komunikasi dan Informatika ...")
                    + "|(?:kepala |ketua |pengarah )?(?:dinas|badan|biro|bagian|bidang|kementerian|sekretariat|direktorat|jabatan|bahagian)"
                    + "|\\p{L}*(?:gruppe|verband|verein|verwaltung|abteilung))\\s.+"
                    + "|.+\\s(?:department|office|agency|ministry|services?|authority|unit|division|bureau|board|commission|"
                    + "committee|institute|centre|center|council|trust|foundation|society|association|directorate|"
                    + "communications|marketing|relations|affairs|outreach|abteilung|referat|amt|university|üniversitesi))$");

    /** Organisation names longer than this are sentences, not a byline. */
    private static final int MAX_ORGANISATION_CHARS = 60;

    /**
     * True when the text is a public body's, company's or newsroom's unit ({@link #ORGANISATION_UNIT}: "Dział Gospodarka",
     * "University Communications"), no longer than an organisation's name.
     */
    static boolean namesOrganisationUnit(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.length() <= MAX_ORGANISATION_CHARS && ORGANISATION_UNIT.matcher(s).matches();
    }

    /**
     * The labels of a link to the site's "about" page, which blogs mark rel=author: "About me", "Über
     * mich", "À propos", "Chi sono", in the languages read. They name no one.
     */
    private static final String ABOUT_PAGE_LABELS = "about|about me|about us|about the blog|über mich|über uns|à propos|"
            + "à propos de moi|qui suis-je|sobre mí|sobre mi|sobre nosotros|sobre mim|quem sou eu|chi sono|chi siamo|"
            + "over mij|over ons|om mig|om meg|om os|o mnie|o nas|обо мне|о нас|про мене|hakkımda|tentang saya|tentang kami";

    /**
     * A phrase opened by a demonstrative ("This story", "Dieses Thema im Programm", "Diese Seite"): it
     * points at something, and a person's name never opens so. English and German.
     */
    private static final String DEMONSTRATIVE_OPENINGS = "(?:this|that|these|those|dieses|diese|dieser|diesen|diesem) \\S.*";

    /**
     * The labels a CMS prints before a page's dates, left alone when the date beside them is read off:
     * Plone's byline "Publicado em 24/11/2026 · Atualizado em ...", WordPress themes' "Veröffentlicht am",
     * "Publié le", "Pubblicato il". A whole string of one of them names no one.
     */
    private static final String PUBLICATION_LABELS = "published|posted|updated|last updated|modified|publicado|publicada|atualizado|actualizado"
            + "|modificado|postado|veröffentlicht|aktualisiert|geändert|publié|publiée|mis à jour|modifié|pubblicato|aggiornato|modificato"
            + "|gepubliceerd|bijgewerkt|geplaatst|publicat|actualizat|opublikowano|zaktualizowano|publicerad|publicerat|uppdaterad|publiceret"
            + "|opdateret|publisert|oppdatert|julkaistu|päivitetty|publikováno|aktualizováno|zveřejněno";

    /**
     * A story's status badge, as a meta line sets it beside the time ("Live Updates · 5 minutes ago", "Son Dakika · 3 saat
     * önce", "Eilmeldung · 10:42"): the state of the story, not who wrote it.
     */
    private static final String STATUS_BADGES = "breaking|breaking news|live|live updates|live blog|liveblog|live ticker|liveticker"
            + "|eilmeldung|son dakika|[úÚ]ltima hora|ultima hora|dernière minute|dernière heure|ultim'ora|ultima ora|breaking nieuws"
            + "|laatste nieuws|pilne|[сС]рочно|exclusive|exklusiv|exclusivo|exclusif|esclusiva|en vivo|en direct|ao vivo|in diretta";

    /**
     * A press release's instruction to editors on when it may run, set in bold over its text ("FOR IMMEDIATE RELEASE",
     * "Zur sofortigen Veröffentlichung", "Pour diffusion immédiate", "Para publicación inmediata"): the release's label,
     * which a bold line's or a byline's reader would otherwise take for a name written in capitals.
     */
    private static final String RELEASE_INSTRUCTIONS = "for immediate release|immediate release|for release|for immediate publication"
            + "|zur sofortigen veröffentlichung|zur sofortigen freigabe|pour diffusion immédiate|pour publication immédiate"
            + "|para publicación inmediata|para difusión inmediata|per la diffusione immediata|per diffusione immediata"
            + "|para divulgação imediata|para publicação imediata|voor onmiddellijke publicatie|voor onmiddellijke vrijgave"
            + "|för omedelbar publicering|do natychmiastowej publikacji";

    /** {@link #NOT_A_NAME}'s whole strings: roles, generic credits (a contributed piece's "Supplied", "Submitted"), a weekday, a login menu's and an about page's labels, a story's status badge, a release's instruction, a piece's kind, a demonstrative phrase. */
    private static final String NOT_A_NAME_WHOLE = "^(?:staff|editor|editors|admin|administrator|super user|superuser|webmaster|author|authors|guest|team|desk|news desk|newsroom|redaction|rédaction|supplied|submitted|contributed|eingesandt|"
                    + "correspondent|contributor|unknown|anonymous|null|undefined|sponsored|image|photo|getty images|category|"
                    + WEEKDAYS + "|" // a weekday alone: what is left of a date line set where the byline goes ("Saturday, 14/11/2026")
                    + "about the author|about the authors|à propos de l'auteur|" + GENERIC_DESKS + "|" + THAI_NEWS_DESK + "|" + BARE_EDITOR_ROLES + "|" + AUTHOR_BOX_BUTTONS + "|"
                    + "username|user name|user|login|log in|sign in|sign up|my account|account|profile|my profile|log out|logout|sign out|" // a login menu's labels
                    + ABOUT_PAGE_LABELS + "|"
                    + PUBLICATION_LABELS + "|"
                    + STATUS_BADGES + "|"
                    + RELEASE_INSTRUCTIONS + "|"
                    + GENRE_LABELS + "|" // "Opinion · Friday, 4 December 2026": a letters page's byline slot names the kind
                    + DEMONSTRATIVE_OPENINGS + "|"
                    + "هيئة التحرير|فريق التحرير|التحرير|المحرر|محرر الموقع|الإدارة|ادارة الموقع|"
                    + "입력|수정|등록|기사입력|최종수정|업데이트|승인|" // Korean date labels ("입력 2025.09.15"), left alone when their date is cut
                    + "发表于|發表於|发布于|發佈於|發布於|发表时间|發表時間|发布时间|發佈時間)$"; // and Chinese ones, a board's "发表于 2026-11-30 21:15"

    /** {@link #NOT_A_NAME}'s marks, which need no word start: an address, "@", a digit, ":", a bracket. */
    private static final String NOT_A_NAME_MARK_ALTERNATIVES = "https?://|www\\.|@|\\p{Nd}|[:)(]";

    /**
     * A site account's word opening a credit, before the office or site it serves: "Admin Diskominfo", "Administrator
     * Desa", "Webmaster Kampus", "Operator Sekolah". The CMS's login that posted the page, named by its role and its
     * office: no person (the bare word alone is refused as a whole, {@link #NOT_A_NAME_WHOLE}).
     */
    private static final String ACCOUNT_WORD_OPENING = "^(?:admin|administrator|webmaster|operator)\\s+(?=\\p{L})";

    /**
     * An office-holder's title opening a credit, before the unit the office heads, as Indonesian and Malay press releases
     * close with the issuing post ("Kepala Dinas Komunikasi dan Informatika Provinsi ...", "Ketua Bagian Humas", "Pengarah
     * Jabatan Penerangan"): a post, no person, as the English "head of" is.
     */
    private static final String OFFICE_HOLDER_OPENING = "^(?:kepala|ketua|pengarah)\\s+(?:dinas|badan|biro|bagian|bidang|kantor|pusat|seksi"
            + "|jabatan|bahagian|unit|pejabat)(?![\\p{L}])";

    /** {@link #OFFICE_HOLDER_OPENING} alone: a credit so opened is one post, its "dan" joining the unit's fields, not two names. */
    private static final Pattern OFFICE_HOLDER = Pattern.compile("(?iu)" + OFFICE_HOLDER_OPENING);

    /**
     * A correspondent's role closing a credit in languages that set the qualifier before the noun: Bengali "সিলেট প্রতিনিধি"
     * (Sylhet correspondent), "নিজস্ব সংবাদদাতা", Nepali and Hindi "सगरमाथा खबर संवाददाता" (the site's correspondent),
     * Tamil "யாழ். நிருபர்" and "எமது நிருபர்" (our correspondent), Sinhala "ප්‍රාදේශීය වාර්තාකරු" (regional correspondent);
     * and English's possessive before a role, "The Newspaper's Staff Reporter". A place's, an outlet's or "our"
     * correspondent is a post, not a person; no name closes on these nouns. A comma before the role sets a name apart
     * ("মো. রফিকুল ইসলাম, চট্টগ্রাম প্রতিনিধি" names the reporter): the role then closes no credit alone. The dateline's
     * city may follow the post, as Bangladeshi papers set a beat's reporter ("বিনোদন প্রতিবেদক ঢাকা", entertainment
     * reporter, Dhaka; {@link #DATELINE_CITY_AFTER_POST}).
     */
    private static final String QUALIFIED_CORRESPONDENT = "(?<=^[^,،;|]{1,60}[\\s.'’])(?:s\\s+(?:staff\\s+)?(?:reporter|correspondent|writer)"
            + "|(?:" + CORRESPONDENT_NOUNS + ")" + DATELINE_CITY_AFTER_POST + ")$";

    /** {@link #NOT_A_NAME}'s words found anywhere: a date's or a post's label, comment words, theme text and job titles. */
    private static final String NOT_A_NAME_WORDS = "\\b(?:updated|published|min read|minutes? ago|hours? ago|comments?|staff|reports|newsroom|account|"
                    + "brandroom|company|officer|head of|president|director|chairman|chairwoman|founder)\\b"
                    + "|" + ACCOUNT_WORD_OPENING + "|" + OFFICE_HOLDER_OPENING + "|" + QUALIFIED_CORRESPONDENT
                    + "|(?<![\\p{L}\\p{M}])(?iu:" + COMMENT_WORDS + ")(?![\\p{L}\\p{M}])"
                    + "|" + THEME_TEXT + "|" + JOB_TITLES;

    /**
     * Words that show a string is a role, a date or boilerplate rather than a person. Case is folded beyond ASCII, as
     * {@link #NOT_A_NAME_OPENINGS} folds it: a desk or a label set in capitals ("RÉDACTION", "REDACCIÓN", "MIS À JOUR",
     * "РЕДАКЦИЯ") is the same word.
     */
    static final Pattern NOT_A_NAME = Pattern.compile("(?iu)" + NOT_A_NAME_WHOLE + "|" + NOT_A_NAME_MARK_ALTERNATIVES + "|" + NOT_A_NAME_WORDS);

    /** Where one of {@link #NOT_A_NAME}'s words can open ({@link #NOT_A_NAME_WHOLE}, {@link #NOT_A_NAME_WORDS}). */
    static final PatternOpenings NOT_A_NAME_OPENINGS = PatternOpenings.of(NOT_A_NAME_WHOLE + "|" + NOT_A_NAME_WORDS);

    private static final Pattern THEME_PATTERN = Pattern.compile("(?iu)" + THEME_TEXT);

    /** Where one of {@link #THEME_PATTERN}'s words can open. */
    static final PatternOpenings THEME_OPENINGS = PatternOpenings.of(THEME_TEXT);

    /** A company's legal form ("Example Media Inc.", "株式会社..."): a company is not an author. */
    private static final Pattern COMPANY = Pattern.compile(
            "(?i)\\b(?:inc|llc|ltd|gmbh|plc|corp|corporation|limited)\\.?$|株式会社|有限会社|合同会社");

    /**
     * A newspaper's "our reporter" before the name, after the lead: Dutch "Door onze redacteur Pieter
     * Bakker", German "Von unserem Korrespondenten Max Muster", French "De notre envoyée spéciale ...",
     * English "By our correspondent": the writer's role at the paper, not part of the name; alone it
     * names no one. The name after the role opens with a capital (the flag that makes the role's words caseless would let
     * "\\p{Lu}" take any letter), and not with a preposition: "By Our Correspondent in Bo" names the place the
     * correspondent files from, and no one.
     */
    private static final Pattern OUR_STAFF_ROLE = Pattern.compile(
            "(?iu)^(?:our|onze|unser|unsere|unserem|unserer|unseren|notre|nuestro|nuestra|nostro|nostra|nosso|nossa|vår|vores)\\s+"
                    + "(?:(?:own|eigen|eigenen|special|speciale|spéciale|especial)\\s+)?"
                    + "(?:redacteur|redactrice|verslaggever|verslaggeefster|correspondent|correspondente|redakteur|redakteurin|"
                    + "korrespondent|korrespondenten|korrespondentin|mitarbeiter|mitarbeiterin|reporter|reporterin|correspondant|"
                    + "correspondante|envoyé spécial|envoyée spéciale|envoyé|envoyée|corresponsal|enviado|enviada|inviato|inviata|"
                    + "corrispondente|medarbetare|medarbejder|journalist)(?=\\s+(?!(?:in|at|from|dans|aus|uit|em|en)\\s)(?-i:\\p{Lu})|\\s*$)\\s*");

    /**
     * A part after a person's name that opens with an acronym, in capitals, and has a word or two more:
     * the broadcaster or outlet the writer works for ("TV Vale", "BBC News", "NDR Info"). A person's
     * name does not open with one; a surname styled in capitals ("Anne ROY") comes last, and a byline set
     * all in capitals ("JANE DOE, JOHN ROE") says nothing by its case.
     */
    private static final Pattern BROADCASTER_AFTER_NAME = Pattern.compile("^\\p{Lu}{2,4}(?:\\s+\\p{L}[\\p{L}.-]*){1,2}$");

    /**
     * A person whose given name is written as two initials without stops, and a surname ("AJ Smith",
     * "TJ Brown"): the shape {@link #BROADCASTER_AFTER_NAME} takes for an outlet. Two capitals are an
     * outlet only when they name a medium ({@link #MEDIUM_INITIALS}: "TV Vale", "FM Centro").
     */
    private static final Pattern INITIALS_AND_SURNAME = Pattern.compile("^(\\p{Lu}{2})\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]+$");

    /** The two capitals that open a broadcaster's name as its medium: television, radio bands. */
    private static final Set<String> MEDIUM_INITIALS = Set.of("TV", "FM", "AM", "DW", "RT");

    /**
     * The titles Korean papers set after a contributor's name and affiliation in a guest column's byline
     * ("최영호 한국대 경제학과 교수", professor; "연구위원", research fellow; "변호사", lawyer; "대표", head of a
     * company; "소장", "원장", head of an institute; "박사", doctor; "작가", writer; "칼럼니스트", columnist;
     * "의원", member of parliament; "회장", chairman).
     */
    private static final String KOREAN_CONTRIBUTOR_TITLES = "교수|명예교수|연구위원|선임연구원|연구원|변호사|대표|소장|원장|박사|작가|칼럼니스트|의원|회장|이사장";

    /**
     * A Korean contributor's byline: the name (two to four Hangul syllables) first, then up to four words
     * of the affiliation (Hangul, perhaps Latin letters or Han), then a {@link #KOREAN_CONTRIBUTOR_TITLES}
     * title. Group 1 holds the name.
     */
    private static final Pattern KOREAN_NAME_AFFILIATION_TITLE = Pattern.compile(
            "^(\\p{IsHangul}{2,4})\\s+(?:[\\p{IsHangul}\\p{IsHan}\\p{IsLatin}]{1,15}\\s+){0,4}(?:" + KOREAN_CONTRIBUTOR_TITLES + ")$");

    /** Strings that are addresses, not names, before any splitting on separators. */
    private static final Pattern WHOLE_STRING_NOT_A_NAME = Pattern.compile("(?i)https?://|www\\.|\\S+@\\S+\\.\\w+|^/");

    /**
     * An e-mail address set after a name by a separator or a blank ("Jane Doe | jdoe@example.com",
     * "di MARCO ROSSI m.rossi@example.it e GIULIA BIANCHI g.bianchi@example.it", an address linked beside
     * each name): the writer's contact, never part of a name, so it goes wherever it stands and the names
     * around it are read as if it were not there.
     */
    private static final Pattern EMAIL_AFTER_NAME = Pattern.compile(
            "(?:\\s*[|,;–—]\\s*|\\s*[(<]|\\s+)(?:mailto:)?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+[)>]?");

    /**
     * A social network handle set after a name, after a space or in brackets: "Jane Doe @janedoe",
     * "Jane Doe (@janedoe)". The account, not more of the name; an e-mail address ("jane@...") is no handle.
     */
    private static final Pattern HANDLE_AFTER_NAME = Pattern.compile("(?:\\s+|\\s*\\()@[\\p{L}\\p{N}_.]{1,30}\\)?(?![\\p{L}\\p{N}_@])");

    /** The last comma-separated part of a byline: "Jane Doe, Associated Press". */
    private static final Pattern LAST_AFTER_COMMA = Pattern.compile("^(.*\\p{L}.*?)\\s*,\\s*([^,]+?)[\\s.]*$");

    /**
     * The words that may stand between "with" and the agency, whose copy the writer used: "mit Material
     * von dpa", "mit Material der dpa", "with material from AP", "con información de EFE", "com
     * informações da Agência Brasil".
     */
    private static final String AGENCY_MATERIAL = "(?:(?:material|informa(?:tion|ción|ciones|ções|coes|zioni))\\s+(?:von|der|from|of|de|da|do|di|del)\\s+)?";

    /**
     * A byline that closes with an agency in brackets after the names: "Lea Öztürk (dpa)", "Karim Benali et Élodie
     * Marchand (avec AFP)", "Ewa Maj i Adam Nowicki (PAP)", "Rocío Jiménez y Manuel Ruiz (con EFE)": the writers
     * wrote from the agency's copy, its source, as "Jane Doe, Reuters" and "Jane Doe with AP" say. Only a news
     * agency so bracketed is taken ({@link NewsAgencies#isAgency}); a role or a place in brackets stays for the
     * rules that read those.
     */
    private static final Pattern BRACKETED_AGENCY = Pattern.compile(
            "(?iu)^(.*\\p{L}.*?)\\s*[(\\[]\\s*(?:(?:with|mit|avec|con|com|met|med|z)\\s+" + AGENCY_MATERIAL + ")?([^()\\[\\]]+?)\\s*[)\\]][\\s.]*$");

    /**
     * A byline that names an agency as the writer's companion: "Jane Doe with AP", "Von Max Muster mit
     * dpa", "Par Jean Dupont avec AFP": the copy is the agency's and the person's, and the agency is
     * its source.
     */
    static final Pattern WITH_AGENCY = Pattern.compile(
            "(?iu)^(.*\\p{L}.*?)\\s+(?:with|mit|avec|con|com|met|med|z)\\s+" + AGENCY_MATERIAL + "([^,]+?)[\\s.]*$");

    /**
     * A part after a comma that opens with a lower-case word, in a byline whose names are capitalised:
     * the role or place of the name before it ("rédactrice en chef", "corresponsal en Londres",
     * "inviata a Bruxelles"), not a name of its own, which a capital would open. A lower-case "and"
     * of a list ("Ann Lee, Bob Ray, and Cara Diaz") is no role. The comma is looked for before the capital
     * behind it, which is tried at each of up to 81 lengths.
     */
    private static final Pattern LOWER_CASE_AFTER_COMMA = Pattern.compile(
            "(?=,)(?<=\\p{Lu}[^,]{0,80}),\\s*(?!(?:and|und|et|y|e|i|en|og|och|ve|и|dan|és|та|і|și|şi|και)\\s)\\p{Ll}[^,]*");

    /**
     * A role and the place it is held in, after a separator behind the name: "Lucía Prieto | Corresponsal en
     * Monforte", "Jan Novák, zpravodaj v Brně", "Anna Berg / Korrespondentin in Wien". Where the name's role
     * opens the part in capitals its lower-case preposition would be read as a Dutch or Czech "and" between
     * two names ("Corresponsal" and "Monforte"); the part is where and as what the writer works.
     */
    private static final Pattern ROLE_AT_PLACE = Pattern.compile(
            "\\s*[,|/]\\s*(?iu:" + JOB_TITLES + ")\\s+(?-i:\\p{Ll}{1,4})\\s+\\p{Lu}[^,|/]*");

    /**
     * A dash between blanks after a capitalised name and a phrase that opens in lower case, to the end:
     * "Verena Holzapfel – freie Journalistin und Bikepackerin", "Jane Doe — editor at large". A second
     * writer after the dash ("Minh Quân - Lan Anh") opens with a capital and is kept.
     */
    private static final Pattern LOWER_CASE_AFTER_DASH = Pattern.compile("(?<=\\p{Lu}[^–—]{0,80}?)\\s[-–—]\\s+\\p{Ll}.*$");

    /**
     * A publication or update label after the names, with the date it gives ("Jane Doe Updated 10:42
     * AM, March 5, 2024", "Anna Schmidt Veröffentlicht am 05.03.2024", "Karin Sjöberg Publicerad 4 december 2026",
     * "김하늘 기자 입력 2024.03.04"; {@link #PUBLICATION_LABELS} and the languages read beyond them): the dateline glued to the
     * byline. Cut before the names are split, since the date's own commas would split it.
     */
    private static final Pattern DATE_LABEL_AFTER_NAMES = Pattern.compile(
            "(?iu)\\s+(?:" + PUBLICATION_LABELS + "|güncellendi|güncelleme|yayınlandı|yayınlanma|опубликовано|обновлено|"
                    + "опубліковано|оновлено|közzétéve|frissítve|입력|수정|업데이트|公開|更新|発行|发布|發布|发表|發表)(?![\\p{L}])[^\\d]{0,12}\\d.*$");

    /**
     * The label of a second credit after the writer's name with no separator but its own colon, in
     * the languages read: "Reporter: Jane Doe Editor: John Roe", "Text: Anna Berg Fotos: Max Muster",
     * "文・山田太郎　写真・佐藤花子", "文＝山田太郎、写真＝佐藤花子" (after an enumeration comma), "Текст: Мария Иванова. Фото: Пётр Сидоров" (a full stop may close
     * the writer's credit), Finnish "Kuvat:", Vietnamese "Ảnh:", Thai "ภาพ:", Swahili "Picha:", Hungarian
     * "Fotó:", "Kép:", Dutch "Beeld:", Greek "Φωτογραφίες:" (photos), Scandinavian "Fotograf:", Faroese and Icelandic
     * "Mynd:", "Ljósmynd:" (picture, photograph); Japanese magazines' illustrator and supervisor, the specialist who checked
     * the text ("構成・文／松井 理恵　イラスト／こばやし ゆか　監修／田中 誠").
     * Editors, photographers, illustrators and translators did not write the text; the credit is cut
     * with all that follows.
     */
    private static final String SECOND_CREDIT_LABELS = "editor|editors|editing|edited by|sub-?editor|copy ?editor|editora|"
            + "photos?|photography|photographs?|pictures?|images?|fotos?|fotografie|fotografía|fotografia|bilder?|"
            + "illustrations?|illustration|ilustración|ilustração|video|kamera|camera|kuvat?|kuvaaja|fotograf|fotografer|mynd|myndir|ljósmynd|ljósmyndir|ảnh|ภาพ|picha|fotó|fotók|képek|kép|beeld|foto's|"
            + "φωτογραφίες|φωτογραφία|φωτογραφιες|φωτογραφια|φωτό|φωτο|"
            + "redaktion|redakteur|redakteurin|redacción|redação|edición|edição|edizione|révision|relecture|"
            + "penyunting|redaktur|übersetzung|traducción|tradução|traduction|traduzione|translation|translator|"
            + "фото|фотографии|иллюстрации|иллюстрация|видео|редактор|перевод|fotoğraf|fotoğraflar|görsel|editör|çeviri|"
            + "تصوير|صور|ترجمة|"
            + "সম্পাদক|ছবি|편집|사진|编辑|編輯|責任編集|編集|编集|编审|责编|責編|摄影|攝影|写真|撮影|图|圖|翻訳|翻译|校对|イラスト|監修";

    /**
     * A label of one word and its colon before the rest of a byline: "Novinarka: Mojca Kranjc" (Slovene,
     * the reporter), "செய்தியாளர்: ..." (Tamil, the reporter), "Verfasserin: Anna Berg". Bylines label the
     * writer in every language, and the lists of lead words hold only the languages read; a short label
     * with its colon, written as a label (a capital, or a script without case), set before what is written
     * as a person's name, is read as a credit of that person ({@link #withoutUnreadLabel}).
     */
    private static final Pattern LABEL_BEFORE_NAME = Pattern.compile("^([\\p{L}\\p{M}]{2,24})\\s?[:：]\\s*(\\S.*)$");

    /**
     * The one-word labels of a credit or a field that names someone who did not write the text, in the
     * languages read, beside the {@link #SECOND_CREDIT_LABELS} (editors, photographers, translators):
     * the source a text is taken from, a contact person, graphics, a broadcast's host, speaker,
     * director, producer, sound and music, design, data, proofreading; and fields whose value is no
     * writer (a category, tags, an update).
     */
    static final Set<String> NOT_WRITER_LABELS = Set.of("quelle", "quellen", "source", "sources", "fuente", "fonte", "bron", "źródło", "fonti",
            "kontakt", "contact", "contacto", "contatto", "ansprechpartner", "ansprechpartnerin", "contactpersoon",
            "grafik", "grafiken", "graphic", "graphics", "gráfico", "gráficos", "infografik", "infographic", "grafika", "graphique",
            "moderation", "moderator", "moderatorin", "host", "presenter", "sprecher", "sprecherin", "speaker", "regie", "director",
            "produktion", "production", "producer", "produzent", "schnitt", "ton", "sound", "audio", "musik", "music", "design", "layout",
            "daten", "data", "datos", "lektorat", "korrektur", "proofreading", "mitarbeit", "update", "tags", "tag", "kategorie",
            "category", "categoria", "categoría", "catégorie", "rubrik", "ressort", "thema", "topic", "ort", "location", "lugar");

    /** A whole label that is one of the {@link #SECOND_CREDIT_LABELS}. */
    private static final Pattern SECOND_CREDIT_LABEL = Pattern.compile("(?:" + SECOND_CREDIT_LABELS + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The text after a one-word label and its colon ({@link #LABEL_BEFORE_NAME}) when the label is no
     * {@link #NOT_WRITER_LABELS} or {@link #SECOND_CREDIT_LABELS} label, nor a picture role, and all
     * after the colon is written as one person's name ({@link #isPersonName}, {@link #isCaselessName});
     * otherwise the text as it was.
     */
    static String withoutUnreadLabel(String s) {
        Matcher m = LABEL_BEFORE_NAME.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String label = m.group(1);
        int first = label.codePointAt(0);
        if (!Character.isUpperCase(first) && !isCaselessWord(label)) {
            return s; // "note: ...": no label's capital
        }
        String folded = label.toLowerCase(java.util.Locale.ROOT);
        if (NOT_WRITER_LABELS.contains(folded) || SECOND_CREDIT_LABEL.matcher(folded).matches()
                || StatedAuthors.PICTURE_ROLE.matcher(folded).matches()) {
            return s;
        }
        String rest = m.group(2).strip();
        return isPersonName(rest) || isCaselessName(rest) ? rest : s;
    }

    /**
     * The credits Chinese and Korean bylines set after the writer's with blanks alone or a slash between,
     * no colon: the photographer's ("攝影", "摄影", "사진"), the editor's ("編輯", "编辑", "편집"), the graphics'
     * and the video's ("그래픽", "영상"): "記者 林佳穎 / 攝影 陳志明 報導", "글 박지훈 사진 이수민". A name of two
     * letters or more precedes it ("文/图 记者 刘洋" credits text and photos to one) and a name in the same
     * script follows the label; the credit is cut with all after it.
     */
    private static final String CJK_SECOND_CREDIT_LABELS = "攝影|摄影|編輯|编辑|사진|편집|그래픽|영상";

    /** A {@link #CJK_SECOND_CREDIT_LABELS} credit after a name, a blank or a slash, a blank, a Han or Hangul name, and all after it. */
    private static final Pattern CJK_SECOND_CREDIT = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHangul}]{2})[\\s\\u3000]*(?:[/／|｜][\\s\\u3000]*|[\\s\\u3000]+)(?:" + CJK_SECOND_CREDIT_LABELS + ")[\\s\\u3000]+[\\p{IsHan}\\p{IsHangul}].*$");

    /** True when the text holds a {@link #CJK_SECOND_CREDIT_LABELS} label after its first character: most bylines hold none. */
    private static boolean mayHoldCjkSecondCredit(String s) {
        for (String label : CJK_SECOND_CREDIT_LABELS.split("\\|")) {
            if (s.indexOf(label, 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A picture credit after the writer's name with no separator but a blank, in words instead of a colon: "Text by
     * 岡村 隆之　Photo by 高田 理恵", "Words by Jane Doe Photography by John Roe", "Texte : Anne Roy Photos de Luc Bel", as
     * motoring and travel magazines credit the photographer of a drive report beside its writer. The photographer did
     * not write the text; the credit is cut with all that follows, and with the conjunction that may join it to the
     * writer's ("Texto de Joana Silva e fotografia de Rui Costa").
     */
    private static final Pattern PICTURE_CREDIT_IN_WORDS = Pattern.compile(
            "[\\s\\u00A0\\u3000]+(?:(?:and|&|und|et|y|e|i|en|och|og)\\s+)?(?:photos?|photographs?|photography|pictures?|images?|illustrations?|fotos?|bilder?|fotografie|fotografías?|fotografias?)"
                    + "\\s+(?:by|von|di|de|par|por|door|av)\\s+\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A byline is read for {@link #PICTURE_CREDIT_IN_WORDS} only when it is this short: a credit line, no paragraph. */
    private static final int MAX_PICTURE_CREDIT_LINE_CHARS = 200;

    /** A second credit's label, with its colon (or a Chinese, Japanese or Korean label's middle dot, slash or equals sign: "편집=최동욱"), and all after it. */
    private static final Pattern SECOND_CREDIT = Pattern.compile(
            "(?:\\.?[\\s\\u00A0\\u3000]+|[、，]\\s*)(?:" + SECOND_CREDIT_LABELS + ")\\s*(?:[:：]|(?<=[\\p{IsHan}\\p{IsHangul}\\p{IsKatakana}])[・/／=＝]).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date in figures after the names with no label, perhaps after a short preposition and with a
     * time: "文/李静　2024-03-02", "Jane Doe 12.03.2024 10:15", "Nguyễn Văn Minh vào 02/10/2023". Cut
     * before the names are split, since its slashes would split it.
     */
    private static final Pattern NUMERIC_DATE_AFTER_NAMES = Pattern.compile(
            "(?:[\\s\\u00A0]+\\p{Ll}{1,4})?"
                    + "[\\s\\u00A0\\u3000]+(?:\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4})"
                    + "(?:[\\s\\u00A0\\u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\s\\u00A0\\u3000]*$");

    /**
     * The time of posting after the names, perhaps after one or two short lower-case words: Blogger's
     * "Posted by Jane Doe at 10:00 AM" as its translations close it ("um 10:00", "às 10:00", "alle
     * 10:00", "a les 10:00", "lúc 10:00", "klo 10.00", "zaman: 10:00", "időpont: 10:00").
     */
    private static final Pattern TIME_AFTER_NAMES = Pattern.compile(
            "(?:[\\s\\u00A0]+\\p{Ll}[\\p{Ll}.]{0,7}:?){0,2}[\\s\\u00A0]+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?\\s*$");

    /**
     * The words that open a time told relative to now, before its number: French "il y a", Spanish "hace",
     * Portuguese "há", German "vor", Catalan "fa", Romanian "acum", Czech and Slovak "před", "pred".
     */
    private static final String RELATIVE_TIME_LEADS = "il y a|hace|há|vor|fa|acum|před|pred";

    /**
     * The words that close a time told relative to now, after its number and unit: English "ago", Italian "fa",
     * Dutch "geleden", Turkish "önce", Polish "temu", Danish and Norwegian "siden", Swedish "sedan", Finnish
     * "sitten", Russian "назад", Ukrainian "тому".
     */
    private static final String RELATIVE_TIME_TRAILS = "ago|fa|geleden|önce|temu|siden|sedan|sitten|назад|тому";

    /**
     * A time told relative to now after the names, as a byline's line shows it beside them ("Par Camille Gervais il
     * y a 5 heures", "Ana Ruiz · hace 3 horas", "Mario Rossi 3 ore fa", "Lars Berg for 2 timer siden"): a number,
     * its unit (one word, or its letter, "5h") and the language's word before or after them
     * ({@link #RELATIVE_TIME_LEADS}, {@link #RELATIVE_TIME_TRAILS}), and any separator before.
     */
    private static final Pattern RELATIVE_TIME_AFTER_NAMES = Pattern.compile(
            "(?iu)[\\s\\u00A0]*[,·•|–—-]?[\\s\\u00A0]+(?:(?:" + RELATIVE_TIME_LEADS + ")[\\s\\u00A0]+\\d{1,3}[\\s\\u00A0]*\\p{L}{1,12}\\.?"
                    + "|(?:f[oö]r[\\s\\u00A0]+)?\\d{1,3}[\\s\\u00A0]*\\p{L}{1,12}\\.?[\\s\\u00A0]+(?:" + RELATIVE_TIME_TRAILS + "))[\\s\\u00A0]*$");

    /**
     * A meta line of a name, a separator and a time told relative to now, and nothing else: "Tama Tane · 2 hours
     * ago", "Ana Ruiz | hace 3 horas" ({@link #RELATIVE_TIME_LEADS}, {@link #RELATIVE_TIME_TRAILS}). Group 1 holds the name.
     */
    private static final Pattern NAME_THEN_RELATIVE_TIME = Pattern.compile(
            "(?iu)^([^·•|–—\\d]{3,60}?)[\\s\\u00A0]*[·•|–—][\\s\\u00A0]*(?:(?:" + RELATIVE_TIME_LEADS + ")[\\s\\u00A0]+\\d{1,3}[\\s\\u00A0]*\\p{L}{1,12}\\.?"
                    + "|(?:f[oö]r[\\s\\u00A0]+)?\\d{1,3}[\\s\\u00A0]*\\p{L}{1,12}\\.?[\\s\\u00A0]+(?:" + RELATIVE_TIME_TRAILS + "))[\\s\\u00A0]*$");

    /** The name of a {@link #NAME_THEN_RELATIVE_TIME} line ("Tama Tane · 2 hours ago"), stripped; null when the text is none. */
    static String nameBeforeRelativeTime(String text) {
        if (!holdsAsciiDigit(text)) {
            return null;
        }
        Matcher m = NAME_THEN_RELATIVE_TIME.matcher(text.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** A string opening with a separator: a template printed an empty name before the affiliation. */
    private static final Pattern AFFILIATION_ONLY = Pattern.compile("^[,|;]");

    /**
     * A class year after a student's or an alumnus's name, as American colleges and their student papers write it: an
     * apostrophe (straight or curly) and the year's two figures ("Maya Castellanos '27", "Theo Park ’28"), perhaps a
     * graduate school's capital glued to them ("'24L"). No part of the name.
     */
    private static final Pattern CLASS_YEAR = Pattern.compile("\\s+['’‘]\\d{2}\\p{Lu}?$");

    /** Degrees and credentials after a mixed-case name: "Lauren Manaker MS". */
    private static final Pattern CREDENTIALS = Pattern.compile("(?:,?\\s+(?!(?:II|III|IV|VI|JR|SR)\\b)(?:[A-Z]{2,4}|Ph\\.?D\\.?|M\\.?D\\.?))+$");

    /**
     * The ranks Czech, Slovak and Polish police officers write abbreviated before their name when they sign a release
     * ("nprap. Mgr. Petra Nováková", "por. Bc. Lenka Procházková", "kpt. Mgr. Martin Kováč", "asp. szt. Maria Nowak",
     * "mł. insp. Jan Lis"): a rank, as a degree is, is no part of the name. Each is written in lower case with its stop
     * ({@link #LEADING_DEGREES} adds it), and the Polish "st.", "mł." (senior, junior) and "szt." (staff) go with a rank.
     */
    static final String POLICE_RANKS = "rtn|strm|nstrm|prap|pprap|nprap|ppor|por|npor|kpt|mjr|pplk|plk|brig\\. gen|stržm|nstržm|"
            + "práp|ppráp|post|sierż|asp|podkom|kom|nadkom|podinsp|insp|nadinsp|st|mł|szt";

    /**
     * The forms of address of clergy written abbreviated before a name, as church papers and parish letters sign their
     * pieces ("Ds. Hendrik de Vries", "ds. Anne Visser" for the Dutch dominee, "Pfr. Markus Roth", "Pfrn. Anna Kurz" for
     * the German Pfarrer, "Rev. Jane Doe", "Mons. Paolo Rossi", "ks. Jan Kowalski" for the Polish ksiądz, "Pe. Rui Cardoso"
     * for the Portuguese padre, "Pbro. Luis Ortega" for the Spanish presbítero, "Fr. Daniel Reilly" and "Msgr. John Ryan"
     * for the English Father and Monsignor, "o. Paweł Nowak" for the Polish ojciec of a religious order, "о. Андрій Гук"
     * for the Ukrainian and Russian отець, отец, "прот." and "свящ." for the Russian протоиерей and священник): a style of
     * address, as a rank is, and no part of the name. Each with its stop ({@link #LEADING_DEGREES} adds it), so a word
     * that only opens with the same letters ("Dsouza", "Revathi", "Fred") stays.
     */
    static final String CLERICAL_TITLES = "Ds|ds|Pfr|Pfrn|Rev|Revd|Mons|Msgr|Fr|ks|Ks|Pe|Pbro|o|о|прот|свящ";

    /**
     * Academic and professional degrees written before a name in Central Europe, as a form of address
     * ("Mgr. Tereza Horáková", "Ing. Petr Novák", "doc. RNDr. Jan Dvořák", "dr hab. Anna Nowak", "mgr inż. Piotr Lis",
     * "Dipl.-Ing. Karl Huber", the Polish physician's "lek. Piotr Zieliński", "lek. med.", "lek. dent."): like the degrees after a name ({@link #CREDENTIALS}), no part of it. Each is written
     * in its own case and with its stop (a capitalised "Ing" without one may be a given name); the Polish lower-case
     * "dr", "mgr", "inż" go without, and the Hungarian lower-case "dr." before a name in its Hungarian order ("dr.
     * Horváth Katalin") with its stop. The capitalised "Dr." and "Prof." of German and English stay: they are read as
     * part of the name there (a German doctor's degree is entered beside the name in the passport).
     */
    private static final Pattern LEADING_DEGREES = Pattern.compile(
            "^(?:(?:(?:" + POLICE_RANKS + "|" + CLERICAL_TITLES + "|Mgr|MgA|Ing|Ing\\. arch|Bc|BcA|PhDr|MUDr|MVDr|MDDr|JUDr|RNDr|PaedDr|PharmDr|ThDr|ThLic|ICDr|doc|prof|Mag|Dipl\\.-\\p{Lu}\\p{Ll}{1,5}|hab|inż|lic|lek(?:\\. med|\\. dent|\\. wet)?)\\."
                    + "|dr\\.?(?: hab\\.)?|mgr(?: inż\\.)?|prof\\.)\\s*)+(?=\\p{Lu}\\p{Ll})");

    /** True when the text is a credit of other work than the writer's, its label and all after it ("Fotos: Max Muster"). */
    static boolean isSecondCredit(String text) {
        return SECOND_CREDIT.matcher(" " + text.strip()).matches();
    }

    /**
     * Courtesy titles of South Asian scripts written before a name, as "Mr." and "Mrs." are ("श्री. विजय देशमुख", "श्रीमती
     * सुनीता राव", "শ্রী অমিত দাস", "جناب محمد اسلم", "திரு. ராமன் கண்ணன்"): a form of address, no part of the name. Each is
     * followed by its stop or a blank, so the names that open with the same letters ("श्रीकांत") stay; a title before one word
     * alone stays with it ("श्री राम"). Degrees ("डॉ.", "ড.", "Dr.") are kept, as in English.
     */
    private static final Pattern COURTESY_TITLE = Pattern.compile(
            "(?:श्रीमती|श्रीमान्?|सुश्री|श्री|শ্রীমতী|শ্রীমান|শ্রী|জনাব|جناب|திருமதி|திரு|శ్రీమతి|శ్రీ|શ્રીમતી|શ્રી|ශ්‍රීමත්)\\.?\\s+");

    /**
     * The forms of address of clergy in scripts without capitals, written before a name with a blank, as a writer's
     * byline on a religious site carries them: Hebrew "הרב", "הרבנית" (the rabbi, the rabbi's wife), Arabic "الشيخ",
     * "الشيخة" and "فضيلة الشيخ" (the sheikh, his eminence the sheikh), Urdu "مولانا", "مفتی" and "علامہ", Amharic
     * "ዲያቆን" (deacon), "ቀሲስ" and "ቄስ" (priest), "መምህር" (teacher) and "አባ" (father, of a monk or bishop). As
     * {@link #COURTESY_TITLE}, no part of the name, and a title before one word alone stays with it.
     */
    private static final Pattern CASELESS_CLERICAL_TITLE = Pattern.compile(
            "(?:הרבנית|הרב|فضيلة الشيخ|الشيخة|الشيخ|مولانا|مفتی|علامہ|ዲያቆን|ቀሲስ|ቄስ|መምህር|አባ)\\s+");

    /**
     * An English newsroom title set before the name, as broadcasters' sites and their JSON-LD write a byline ("Chief
     * Meteorologist Dan Reyes", "Meteorologist Jane Doe", "Senior Reporter John Roe", "Anchor Kim Lee"): the writer's post,
     * capitalised as a title before a name is, not part of the name. It is cut only before a name of two capitalised words or
     * more, so a lone "Reporter" or "Editor" is left to the rules that know it names no one.
     */
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
            "^(?:(?:Chief|Senior|Lead|Staff|Certified|Consulting|Digital|Weekend|Morning|Evening|Investigative|Political|Executive"
                    + "|Managing|Associate|Assistant|Deputy|Contributing|Freelance|Sports|Business|Health|Weather|Traffic|Multimedia|News)\\s+){0,3}"
                    + "(?:Meteorologist|Forecaster|Reporter|Correspondent|Anchor|Co-Anchor|Producer|Editor|Writer|Photojournalist|Journalist)"
                    + "\\s+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");

    /**
     * The forms of address of the legal profession written before a name, as law firms' insights, legal papers' op-eds
     * and bar journals sign their pieces: German "Rechtsanwalt Dr. Tobias Brenner", "Rechtsanwältin", "Fachanwalt",
     * "Notarin", "RAin"; French "Me Claire Duvernoy" and "Maître" (the avocat's and notaire's style); Italian "Avv. Giulia
     * Marchetti" and "Avvocato"; Polish "adw." and "mec." (adwokat, mecenas) and "r.pr." (radca prawny); Dutch "mr." (meester
     * in de rechten); the "Adv." of Israel, India and South Africa and the "Atty." of the Philippines. A style of address,
     * as a rank or a clergy title is, and no part of the name; a capitalised name of two words at least follows it. A
     * doctor's "Dr." after it stays, as it does alone ({@link #LEADING_DEGREES}).
     */
    private static final Pattern LEGAL_TITLE = Pattern.compile(
            "^(?:Rechtsanwalt|Rechtsanwältin|Fachanwalt|Fachanwältin|Notar|Notarin|RAin|Maître|Maitre|Me|Avvocato|Avv\\.?|avv\\."
                    + "|adw\\.|mec\\.|r\\.\\s?pr\\.|mr\\.|Adv\\.|Atty\\.)\\s+(?=\\p{Lu})");

    /**
     * The lawyer's title in scripts without capitals, written before a name with a blank: Hebrew "עו\"ד" and "עו״ד"
     * (orekh din, advocate) and Arabic "المحامي", "المحامية" (the lawyer). As {@link #LEGAL_TITLE}, no part of the name,
     * and a title before one word alone stays with it.
     */
    private static final Pattern CASELESS_LEGAL_TITLE = Pattern.compile("(?:עו\"ד|עו״ד|עוה\"ד|עוה״ד|المحامية|المحامي)\\s+");

    /** The text without the {@link #LEADING_DEGREES} that open it ("dr Tomasz Lis" gives "Tomasz Lis"). */
    static String withoutLeadingDegrees(String text) {
        return LEADING_DEGREES.matcher(text).replaceFirst("");
    }

    /** True when {@link #LEADING_DEGREES} and the capitalised name after them open the text at {@code from}. */
    static boolean opensWithLeadingDegrees(String text, int from) {
        return LEADING_DEGREES.matcher(text).region(from, text.length()).lookingAt();
    }

    /** True when the paper's "our correspondent" ({@link #OUR_STAFF_ROLE}) opens the text at {@code from}: "onze correspondent Pieter Bos". */
    static boolean opensWithOurStaffRole(String text, int from) {
        return OUR_STAFF_ROLE_OPENINGS.mayOpenAt(text, from) && OUR_STAFF_ROLE.matcher(text).region(from, text.length()).lookingAt();
    }

    /**
     * A biography's phrase after the name it opens with ("Rui Carvalho, jornalista, escreve sobre a região",
     * "Jane Doe, journalist, writes about the region", "Anna Berg ist Journalistin und schreibt über Kultur"):
     * three words or more in a script with capitals, the first two in lower case, a verb and what it governs
     * (German capitalises the nouns after them). A name written in lower case has fewer words ("cindy
     * mangomini"); a surname's particles ("de la Cruz") open no phrase.
     */
    private static final Pattern LOWER_CASE_PHRASE = Pattern.compile("^(?!(?:" + NAME_PARTICLES + ")\\s)\\p{Ll}[\\p{Ll}\\p{M}'’-]*\\s+\\p{Ll}[\\p{Ll}\\p{M}'’.-]*"
            + "(?:\\s+\\p{L}[\\p{L}\\p{M}'’.-]*)+$");

    /**
     * Academic and professional degrees written after a name and set off from it by a comma, one or several:
     * "Jane Doe, Ph.D.", "John Roe, M.D.", "Petr Svoboda, Ph.D.", "Anna Berg, M.Sc.", "Jan Novák, CSc.", "Mary Major,
     * Pharm.D., M.P.H.". A part of a byline that holds only these says what the person before it holds, not a
     * second name. Degrees in capitals alone ("MBA", "RN") are {@link #ACRONYM}s already; these are written with
     * stops or in mixed case, which no acronym test reads. Each is matched as a whole word, with its stops.
     */
    static final Pattern DEGREES_AFTER_NAME = Pattern.compile("(?:(?:Ph\\.\\s?D|M\\.\\s?D|D\\.\\s?O|M\\.\\s?A|B\\.\\s?A|M\\.\\s?S|B\\.\\s?S"
            + "|M\\.\\s?Sc|B\\.\\s?Sc|MSc|BSc|M\\.\\s?Ed|Ed\\.\\s?D|EdD|J\\.\\s?D|LL\\.\\s?[BMD]|D\\.\\s?Phil|DPhil|Pharm\\.\\s?D|PharmD|Psy\\.\\s?D|PsyD"
            + "|M\\.\\s?P\\.\\s?H|M\\.\\s?B\\.\\s?A|R\\.\\s?N|Esq|CSc|DrSc|DiS|Dr\\.\\s?h\\.\\s?c|Dipl\\.-\\p{Lu}\\p{Ll}{1,5})\\.?(?![\\p{L}])[\\s,]*)+");

    /** A lone short capitalised acronym is a credential or a desk, not a person. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,4}|(?i:rdn|ld|phd|md|cpt|rd|ms|ma|mba)");

    /**
     * The credit of those who edited, checked or translated the writer's text, after the writer's own
     * ("By Jane Doe | Edited by John Roe", "Von Anna Berg. Redigiert von Max Muster"), in the
     * languages bylines are read in: they did not write it.
     */
    static final String EDITORS_CREDIT = "(?:(?:copy[- ]?)?edit(?:ed|ing)|fact[- ]?check(?:ed|ing)|(?:medically\\s+)?reviewed"
            + "|translat(?:ed|ion))\\s+by|(?:bearbeitet|redigiert|lektoriert|übersetzt|geprüft)\\s+von"
            + "|(?:editad[oa]|revisad[oa]|traducid[oa]|traduzid[oa])\\s+por|(?:édité|relu|révisé|traduit|vérifié)e?\\s+par"
            + "|(?:redigeret|oversat)\\s+af|(?:redigert|oversatt|redigerad|översatt)\\s+av|(?:geredigeerd|vertaald|bewerkt)\\s+door"
            + "|(?:diedit|disunting|diterjemahkan)\\s+oleh|(?:tradott[oa]|rivist[oa]|revisionat[oa])\\s+da"
            // a health article's reviewer under a label of its own: Polish "Konsultacja merytoryczna", Portuguese "Revisão médica",
            // Italian "Revisione medica", Dutch "Medisch gecontroleerd door", Swedish "Granskad av"
            + "|konsultacja\\s+(?:merytoryczna|medyczna)|recenzja\\s+merytoryczna|revisão\\s+(?:médica|técnica)|revisione\\s+(?:medica|scientifica)"
            + "|medisch\\s+(?:gecontroleerd|beoordeeld|nagekeken)\\s+door|(?:faktagranskad|granskad)\\s+av";

    /** A sentence's end before an editor's credit ("Jane Doe. Edited by John Roe"): it separates two credits. */
    private static final Pattern SENTENCE_BEFORE_EDITORS_CREDIT = Pattern.compile(
            "\\.\\s+(?=(?:" + EDITORS_CREDIT + ")\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * An editor's or a reviewer's credit after the writer's, set off by a middle dot, a bullet or a bar, and all
     * after it ("Written by Jane Doe · Reviewed by Dr. John Roe, Consultant Audiologist"): the reviewer's
     * role after a comma would otherwise read as a second name.
     */
    private static final Pattern EDITORS_CREDIT_AFTER_SEPARATOR = Pattern.compile(
            "\\s*[·•|]\\s*(?:" + EDITORS_CREDIT + ")\\s.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A part of a byline that says whom the writer writes for, not who: "Special to the Courier",
     * "For The Courier", "Especial para El Diario", "Spécial pour", "Speciale per"; a credit of
     * contributors after the byline ("Additional reporting by ..."), who are not its authors; and the
     * photographer's credit beside the writer's ("Words by A | Photos by B", "Fotos: B").
     */
    private static final Pattern NOT_AN_AUTHOR_PART = Pattern.compile(
            "^(?:(?i:special to|especial para|spécial pour|speciale per)\\s|(?-i:For)\\s+\\p{Lu}"
                    + "|(?iu:" + EDITORS_CREDIT + ")\\s"
                    + "|(?i:(?:with\\s+)?(?:additional|contributed)\\s+reporting)\\b"
                    + "|(?iu:photos?|photographs?|photography|pictures?|images?|fotos?|bilder?|fotografie|fotografias?|fotografías?)\\s*(?:[:：]|(?i:by|von|de|di|par|por|door|av)\\s)).*");

    /**
     * An affiliation set in capitals after a mixed-case name of two words or more ("Meg Wagner NEW
     * YORK DAILY"): typography tells the name from where its bearer works. A single capitalised
     * surname ("Jean DUPONT") is the name's own styling and stays.
     */
    private static final Pattern CAPITALISED_AFFILIATION = Pattern.compile(
            "^((?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\.?\\s+)+\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?:\\s+\\p{Lu}{2,}[\\p{Lu}'’&.-]*){2,}$");

    /**
     * "Family, Given": the catalogue order of citation meta tags and some CMSs ("Gillman, Steve"), one
     * name and not two: both parts are single capitalised words. A double name's hyphen may be Unicode's own
     * (U+2010, or U+2011 that does not break), as scholarly publishers typeset it ("Ruiz‐Herrera, Pablo").
     */
    private static final Pattern FAMILY_COMMA_GIVEN = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’\\-\u2010\u2011]+),\\s*(\\p{Lu}[\\p{L}'’\\-\u2010\u2011]+(?:\\s+\\p{Lu}\\.)?)$");

    /** The longest agency name looked for after a byline's name ("The Associated Press"). */
    private static final int MAX_AGENCY_WORDS = 3;

    /** Agency names this short written like a surname ("Ani", "Pa") are taken as one. */
    private static final int MAX_SURNAME_LIKE_AGENCY_CHARS = 4;

    /** A role word closing a string: "Money Reporter", "Politics Editor". */
    private static final Pattern ROLE_WORD_LAST = Pattern.compile(
            "(?i)\\s(?:writer|editor|reporter|correspondent|contributor|columnist)s?$");

    /** A generic role asked of before its role word is cut ("Local Democracy Reporter") is this long at most. */
    private static final int MAX_GENERIC_ROLE_CHARS = 40;

    /** Names longer than this many words are sentences that slipped in. */
    private static final int MAX_WORDS = 5;

    /**
     * One capitalised word, as the place of a wire dateline is written right after the agency that
     * signs ("PTI, Washington", "AFP, PARIS"): the agency files from there. A person named after an
     * agency has a given name and a surname ("Reuters, Jane Doe"), so one word is the place.
     */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^[\\s.]*\\p{Lu}[\\p{L}'’-]+[\\s.,]*$");

    /**
     * A place written with its definite article in Spanish, Portuguese, Catalan or Italian, one capitalised word after it:
     * "La Habana", "La Paz", "El Alto", "Los Ángeles", "Las Tunas", "Il Cairo", "L'Avana". Set after the names of a byline
     * ("Luz Marina Estévez, La Habana | Diciembre 04, 2026"), it is where the writer filed from, as one word is
     * ({@link #DATELINE_PLACE}): a person's name never opens with an article (the English "The" marks a publication,
     * {@code AuthorFinder#opensWithArticle}). French "Le" is left out, since it is also the Vietnamese family name Lê
     * written without its accent; one word after the article, since "El Mehdi Berrada" is a Maghrebi given name and a surname.
     */
    private static final Pattern PLACE_WITH_ARTICLE = Pattern.compile("^\\s*(?:(?:El|La|Los|Las|Il)\\s+|L['’])\\p{Lu}[\\p{L}'’-]+[\\s.,]*$");

    /** True when the text is one capitalised word, as a wire dateline's place is ({@link #DATELINE_PLACE}). */
    static boolean isDatelinePlace(String text) {
        return DATELINE_PLACE.matcher(text).matches();
    }

    private AuthorNames() {
    }

    /** The characters that open one of {@link #NOT_A_NAME}'s alternatives that need no word start: an address, "@", a digit, ":", a bracket. */
    private static final String NOT_A_NAME_MARKS = "hHwW@:)(";

    /**
     * {@code NOT_A_NAME.matcher(s).find()}, trying the pattern only where a match can start: at the
     * text's start, after a character that is no ASCII letter (its word lists open after a non-letter
     * or at a word boundary) whose first two characters open one of its words ({@link #NOT_A_NAME_OPENINGS}),
     * or at an address's, a digit's or a mark's character. A name of two words is mostly refused
     * without the pattern, not tried at each of its word starts.
     */
    static boolean holdsNotAName(String s) {
        Matcher m = null;
        for (int at = 0; at < s.length(); at++) {
            char c = s.charAt(at);
            boolean mark = NOT_A_NAME_MARKS.indexOf(c) >= 0 || (c >= '0' && c <= '9');
            if ((at == 0 || !isAsciiLetter(s.charAt(at - 1)) || mark)
                    && (mark || Character.isDigit(c) || NOT_A_NAME_OPENINGS.mayOpenAt(s, at))) { // most word starts open none of its words
                if (m == null) {
                    m = NOT_A_NAME.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The characters besides blanks and digits that open one of {@link #TRAILING_ROLE}'s alternatives: a
     * separator, an opening bracket, the first letter of a translator's credit.
     */
    private static final String TRAILING_ROLE_MARKS = "|\u2013\u2014\u00B7\u2022(\u7FFB\u8A33\u8BD1";

    /**
     * {@code TRAILING_ROLE.matcher(s).replaceFirst("")}, trying the pattern only where a match can
     * start: at a blank, a digit or one of {@link #TRAILING_ROLE_MARKS}, since each of its alternatives
     * opens with one. A name of two words is tried at one place, not at each of its letters.
     */
    static String withoutTrailingRole(String s) {
        Matcher m = null;
        for (int at = 0; at < s.length(); at++) {
            char c = s.charAt(at);
            if ((isRegexBlank(c) || TRAILING_ROLE_MARKS.indexOf(c) >= 0 || (c >= '0' && c <= '9'))
                    && TRAILING_ROLE_OPENINGS.mayOpenAt(s, at)) { // " Doe" opens none of its alternatives
                if (m == null) {
                    m = TRAILING_ROLE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return s.substring(0, at) + s.substring(m.end());
                }
            }
        }
        return s;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Where one of {@link #TRAILING_ROLE}'s alternatives can open. */
    static final PatternOpenings TRAILING_ROLE_OPENINGS = PatternOpenings.of(TRAILING_ROLE.pattern());

    /** Where an author box's button ({@link #AUTHOR_BOX_BUTTONS}) can open. */
    static final PatternOpenings BUTTON_OPENINGS = PatternOpenings.of(AUTHOR_BOX_BUTTONS);

    /** The name before a job title set after it ({@link #NAME_THEN_JOB_TITLE}), or the text as it is. */
    private static String withoutJobTitle(String s) {
        Matcher titled = mayOpenAfterBlank(s, JOB_TITLE_OPENINGS) ? NAME_THEN_JOB_TITLE.matcher(s) : null;
        return titled != null && titled.matches() ? titled.group(1) : s;
    }

    /** A job title ({@link #JOB_TITLES}) opening the text. */
    private static final Pattern OPENING_JOB_TITLE = Pattern.compile("^(?iu:" + JOB_TITLES + ")");

    /** True when the text opens with a job title ({@link #JOB_TITLES}): "correspondant à Mopti", "envoyée spéciale à Goma". */
    static boolean opensWithJobTitle(String s) {
        return OPENING_JOB_TITLE.matcher(s).lookingAt();
    }

    /** Where a job title ({@link #JOB_TITLES}) can open. */
    static final PatternOpenings JOB_TITLE_OPENINGS = PatternOpenings.of(JOB_TITLES);

    /** Where {@link #NOT_AN_AUTHOR_PART} can open. */
    static final PatternOpenings NOT_AN_AUTHOR_PART_OPENINGS = PatternOpenings.of(NOT_AN_AUTHOR_PART.pattern());

    /**
     * False when no word the openings stand for opens right after a blank of the text: {@link #BUTTON_AT_END},
     * {@link #BUTTON_AFTER_NAME} and {@link #NAME_THEN_JOB_TITLE} set their words after a blank ({@code \\s+}).
     */
    static boolean mayOpenAfterBlank(String s, PatternOpenings openings) {
        for (int at = 1; at < s.length(); at++) {
            if (isRegexBlank(s.charAt(at - 1)) && openings.mayOpenAt(s, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@link #WHOLE_STRING_NOT_A_NAME} cannot find an address in the text: no "@", no "http"
     * or "www." in any case, no "/" first.
     */
    static boolean mayHoldAddress(String s) {
        if (s.startsWith("/")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '@' || (c == 'h' || c == 'H') && s.regionMatches(true, i, "http", 0, 4)
                    || (c == 'w' || c == 'W') && s.regionMatches(true, i, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * False when {@link #CREDENTIALS} cannot match: its match closes the text with a capital (a degree's
     * letters, "PhD", "MD") or a degree's full stop ("Ph.D."), or before a line break that closes it.
     */
    static boolean mayEndInCredentials(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return (last >= 'A' && last <= 'Z') || last == '.' || isLineBreak(last);
    }

    /**
     * False when the text's last word, after its last blank, does not open with {@code count} letters of
     * the general category {@code type}: {@link #CAPITALISED_AFFILIATION} closes with a word of two
     * capitals or more ("YORK"), {@link #LOWER_CASE_LAST_WORD} with one of lower-case letters. A text
     * with no blank has no such word; one closed by a line break or a surrogate is admitted.
     */
    static boolean lastWordOpensWith(String s, int count, int type) {
        if (s.isEmpty() || isLineBreak(s.charAt(s.length() - 1))) {
            return true; // "$" may match before a closing line break
        }
        int blank = s.length() - 1;
        while (blank >= 0 && !isRegexBlank(s.charAt(blank))) {
            blank--;
        }
        if (blank < 0 || blank + count >= s.length() + 1) {
            return false;
        }
        for (int i = blank + 1; i <= blank + count; i++) {
            if (i >= s.length()) {
                return false;
            }
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (Character.getType(c) != type) {
                return false;
            }
        }
        return true;
    }

    /** The longest string {@link #ACRONYM} matches: four capitals. */
    private static final int MAX_ACRONYM_CHARS = 4;

    /** An agency's name in capitals this short is its acronym ("TTXVN", "ANSA"), kept as written; a longer one ("REUTERS") is a styled name. */
    private static final int MAX_AGENCY_ACRONYM_CHARS = 6;

    /** Where {@link #OUR_STAFF_ROLE} can open. */
    static final PatternOpenings OUR_STAFF_ROLE_OPENINGS = PatternOpenings.of(OUR_STAFF_ROLE.pattern());

    /** Where a role word of {@link #ENDS_IN_ROLE} can open. */
    static final PatternOpenings ENDS_IN_ROLE_OPENINGS = PatternOpenings.of(ENDS_IN_ROLE.pattern());

    /** {@code ENDS_IN_ROLE.matcher(s).find()}, the pattern tried only where one of its role words can open. */
    static boolean endsInRole(String s) {
        Matcher m = null;
        for (int at = 0; at < s.length(); at++) {
            if (ENDS_IN_ROLE_OPENINGS.mayOpenAt(s, at)) {
                if (m == null) {
                    m = ENDS_IN_ROLE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code SPACES.split(s).length}: the words of the text between its blanks. Counted without the
     * pattern when the text opens with no blank; otherwise split, as a leading blank gives an empty
     * first part.
     */
    static int splitLength(String s) {
        if (s.isEmpty() || isRegexBlank(s.charAt(0))) {
            return SPACES.split(s).length;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            if (isRegexBlank(s.charAt(i))) {
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return words;
    }

    /** A line terminator, before which a pattern's "$" also matches. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The conjunctions that join the two surnames of one Catalan, Spanish or Portuguese name ("Marta Puig i Ferrer",
     * "José Ortega y Gasset", "Maria Sousa e Silva"), as well as two names.
     */
    private static final Set<String> SURNAME_CONJUNCTIONS = Set.of("i", "y", "e");

    /** One capitalised word in lower case after its capital: a surname alone ("Ferrer"), no agency's capitals ("EFE"). */
    private static final Pattern LONE_SURNAME = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’-]+");

    /**
     * The text split by {@link #SEPARATORS}, except at a {@link #SURNAME_CONJUNCTIONS} word between a name of two words or
     * more and a single surname that ends the name ("Marta Puig i Ferrer", "Marta Puig i Ferrer, Joan Vidal"): one
     * person's two surnames, as Catalan and Spanish join them, since no one signs with a surname alone. A news agency
     * or a newsroom after the word ("Ana López y Reuters", "María Gómez y Redacción") is a second credit still.
     */
    static String[] splitNames(String s) {
        Matcher m = SEPARATORS.matcher(s);
        List<String> parts = new ArrayList<>();
        int joinedFrom = 0; // where the current name begins, before any conjunction kept inside it
        List<int[]> matches = new ArrayList<>();
        while (m.find()) {
            if (m.end() > m.start()) {
                matches.add(new int[] {m.start(), m.end()});
            }
        }
        if (matches.isEmpty()) {
            return new String[] {s};
        }
        for (int k = 0; k < matches.size(); k++) {
            int[] sep = matches.get(k);
            int nextEnd = k + 1 < matches.size() ? matches.get(k + 1)[0] : s.length();
            String before = s.substring(joinedFrom, sep[0]).strip();
            String after = s.substring(sep[1], nextEnd).strip();
            if (SURNAME_CONJUNCTIONS.contains(s.substring(sep[0], sep[1]).strip()) && before.indexOf(' ') > 0
                    && LONE_SURNAME.matcher(after).matches() && !NewsAgencies.isAgency(after) && !isGenericCredit(after)) {
                continue; // "Marta Puig i Ferrer": the conjunction joins her two surnames
            }
            parts.add(s.substring(joinedFrom, sep[0]));
            joinedFrom = sep[1];
        }
        parts.add(s.substring(joinedFrom));
        while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1); // as String.split drops trailing empty strings
        }
        return parts.toArray(new String[0]);
    }

    /** Characters that separate names by themselves in {@link #SEPARATORS}. */
    private static final String SEPARATOR_CHARS = ",;|/&\n،，、｜";

    /** The case-sensitive first letters of the words {@link #SEPARATORS} takes as separators after a blank. */
    private static final String SEPARATOR_WORD_INITIALS = "oevиiuوdéтіșşκanjvऔওוแاம";

    /** The case-insensitive words of {@link #SEPARATORS}, folded as {@link #folded} folds. */
    private static final String[] SEPARATOR_FOLDED_WORDS = {"and", "et", "und"};

    /**
     * False when {@link #SEPARATORS} cannot match the text: no separator character, no "y", no blank
     * before a lower-case separator word, no "and", "et" or "und" in any case. Most names ("Jane Doe")
     * are refused without the pattern, which every author string is split by.
     */
    static boolean mayHoldSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SEPARATOR_CHARS.indexOf(c) >= 0 || c == 'y') {
                return true;
            }
            if (isRegexBlank(c) && i + 1 < s.length() && SEPARATOR_WORD_INITIALS.indexOf(s.charAt(i + 1)) >= 0) {
                return true;
            }
            for (String w : SEPARATOR_FOLDED_WORDS) {
                if (foldedRegionIs(s, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words {@link #WITH_AGENCY} takes as "with" between a name and an agency, folded as {@link #folded} folds. */
    private static final String[] WITH_WORDS = {"with", "mit", "avec", "con", "com", "met", "med", "z"};

    /**
     * False when {@link #WITH_AGENCY} cannot match the text: no blank followed by one of its "with"
     * words and a blank. Most bylines are refused without the pattern, which backtracks over the text.
     */
    static boolean mayNameWithAgency(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (!isRegexBlank(s.charAt(i))) {
                continue;
            }
            for (String w : WITH_WORDS) {
                int after = i + 1 + w.length();
                if (after < s.length() && isRegexBlank(s.charAt(after)) && foldedRegionIs(s, i + 1, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A blank as the patterns' {@code \\s} means it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * True when {@code s} holds the lower-case ASCII word {@code w} at {@code at}, each character
     * compared as a case-insensitive Unicode pattern compares it ({@link #folded}).
     */
    private static boolean foldedRegionIs(String s, int at, String w) {
        if (at + w.length() > s.length()) {
            return false;
        }
        for (int j = 0; j < w.length(); j++) {
            if (folded(s.charAt(at + j)) != w.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The character as {@code (?iu)} patterns compare it: the lower case of its upper case ("İ" and "ı" give "i"). */
    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * A first-person piece's byline, the teller's name first (group 1) and the writer who set the account down after "as
     * told to" ("Eileen Thwaite, as told to Rob Haverfield"): the convention credits both, the teller first, as
     * {@code StatedAuthors} reads the line beside stated authors. Anchored at the text's start: "as told to" in a
     * sentence is no byline.
     */
    private static final Pattern TELLER_AND_WRITER = Pattern.compile("^(\\p{Lu}[^,.;:!?]{1,60}), as told to (?=\\p{Lu})");

    /** Person names found in the given raw strings, in order, without duplicates. */
    public static List<String> clean(List<String> raw) {
        return clean(raw, null);
    }

    /**
     * Person names found in the given raw strings, in order, without duplicates. A news agency named
     * beside a person ("Jane Doe, Reuters", "Jane Doe with AP", a JSON-LD list of a Person and "dpa")
     * is where the copy comes from, not a second author: it goes to {@code agencies} (when not null)
     * instead. An agency named alone is kept as the names it gives: it signs the wire copy.
     */
    static List<String> clean(List<String> raw, List<String> agencies) {
        List<String> besideNames = new ArrayList<>();
        Map<String, String> unique = new LinkedHashMap<>();
        Map<String, String> agencyNames = new LinkedHashMap<>();
        Set<String> caselessCredits = new HashSet<>(); // agencies credited in a caseless script's byline: their capitals are no degree
        Set<String> creditedSources = new HashSet<>(); // agencies a "Theo" credit names as the copy's source: their capitals are no degree
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = Blanks.collapsed(unescaped(r)).trim();
            if (mayHoldCjkSecondCredit(s)) {
                s = CJK_SECOND_CREDIT.matcher(s).replaceFirst(""); // "記者 林佳穎 / 攝影 陳志明 報導", "글 박지훈 사진 이수민": the camera's credit
            }
            String reporters = BylineLeads.cjkReporterNames(s);
            if (reporters != null) {
                s = reporters; // "워싱턴=이서연 특파원", "김민준 기자 minjun@example.kr": the names, without dateline, title and address
            }
            if (!s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HANGUL) {
                Matcher contributor = KOREAN_NAME_AFFILIATION_TITLE.matcher(s);
                if (contributor.matches()) {
                    s = contributor.group(1); // "최영호 한국대 경제학과 교수": the name, without where he teaches and his title
                }
            }
            if (s.indexOf('@') >= 0) { // an address needs its "@"
                s = EMAIL_AFTER_NAME.matcher(s).replaceAll("");
            }
            if (s.indexOf('@') > 0) {
                s = HANDLE_AFTER_NAME.matcher(s).replaceAll(""); // "Jane Doe @janedoe": her account, beside her name
            }
            if (mayOpenAfterBlank(s, BUTTON_OPENINGS)) {
                s = BUTTON_AT_END.matcher(s).replaceFirst(""); // "Ayşe Kara Takip Et", "佐々木優 フォローする": the box's button
            }
            if (s.indexOf('）') > 0) {
                s = CJK_BRACKETED_ROLE.matcher(s).replaceFirst(""); // "田中一郎（ライター）": her role
            }
            s = withoutCjkDesk(s); // "（トラベル情報ナビ編集部　佐藤 美咲）": the desk she writes for
            String deskAgency = agencyBesideDesk(s);
            if (deskAgency != null) {
                s = deskAgency; // "Redazione ANSA": the agency signs, the newsroom names no one
            }
            if (AFFILIATION_ONLY.matcher(s).lookingAt()) {
                continue; // ", Example Daily Reporter": the name is missing, only where it works is left
            }
            if (s.length() > 200 || mayHoldAddress(s) && WHOLE_STRING_NOT_A_NAME.matcher(s).find()) {
                continue;
            }
            if (BylineLeads.opensWithSettingOffDash(s, 0)) {
                s = s.substring(2).stripLeading(); // "— Submitted by Linda Carver": the dash before the credit's lead
            }
            String labelled = s;
            s = BylineLeads.withoutLeadIn(s);
            if (s.indexOf(", as told to ") > 0) {
                s = TELLER_AND_WRITER.matcher(s).replaceFirst("$1 & "); // "Eileen Thwaite, as told to Rob Haverfield": both authors
            }
            if (s.startsWith("Theo")) {
                String source = AccordingToCredit.source(s);
                if (source != null && NewsAgencies.isAgency(Edges.strip(source, LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim())) {
                    s = source; // "Theo TTXVN": the agency the copy is credited to, not a writer named Theo (read only before an agency's name)
                    creditedSources.add(Edges.strip(s, LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim());
                }
            }
            if (s.indexOf(':') > 0 || s.indexOf('：') > 0) {
                s = withoutUnreadLabel(s); // "Novinarka: Mojca Kranjc": a label no list holds, before a name
            }
            if (!s.equals(labelled)) {
                String afterLabel = BylineLeads.cjkReporterNames(s);
                if (afterLabel != null) {
                    s = afterLabel; // "作者：记者 孙雨桐": the reporter's title after the writer's label, before the name
                }
                s = withoutCjkDesk(s); // "文・写真：鉄道ニュース編集部　高橋 陽介": the desk after the writer's label
            }
            if (OUR_STAFF_ROLE_OPENINGS.mayOpenAt(s, 0)) {
                s = OUR_STAFF_ROLE.matcher(s).replaceFirst(""); // "Door onze redacteur Pieter Bakker": his role at the paper
            }
            if (s.isEmpty()) {
                continue; // "By our correspondent": no one is named
            }
            if (s.indexOf(':') >= 0 || s.indexOf('：') >= 0 || s.indexOf('・') >= 0 || s.indexOf('/') >= 0 || s.indexOf('／') >= 0
                    || s.indexOf('＝') >= 0 || s.indexOf('=') >= 0) {
                s = SECOND_CREDIT.matcher(s).replaceFirst(""); // "Rahim Uddin Editor: Kamal Hossain": the editor's credit
            }
            if (s.length() <= MAX_PICTURE_CREDIT_LINE_CHARS && (s.indexOf(' ', 1) > 0 || s.indexOf('\u3000') > 0)) {
                s = PICTURE_CREDIT_IN_WORDS.matcher(s).replaceFirst(""); // "岡村 隆之　Photo by 高田 理恵": the photographer's credit
            }
            if (s.indexOf('·') > 0 || s.indexOf('•') > 0 || s.indexOf('|') > 0) {
                s = EDITORS_CREDIT_AFTER_SEPARATOR.matcher(s).replaceFirst(""); // "Jane Doe · Reviewed by Dr. John Roe, Audiologist"
            }
            if (s.indexOf(". ") >= 0) {
                s = SENTENCE_BEFORE_EDITORS_CREDIT.matcher(s).replaceAll(" | ");
            }
            if (holdsAsciiDigit(s)) { // each of the four needs a digit ("\\d"): most bylines have none
                s = RELATIVE_TIME_AFTER_NAMES.matcher(s).replaceFirst(""); // "Camille Gervais il y a 5 heures"
                s = DATE_LABEL_AFTER_NAMES.matcher(s).replaceFirst("");
                s = NUMERIC_DATE_AFTER_NAMES.matcher(s).replaceFirst("");
                s = TIME_AFTER_NAMES.matcher(s).replaceFirst("");
            }
            s = withoutAgencyAffiliation(s, besideNames); // "..., dpa": the agency, before lower-case roles are cut
            if (s.indexOf(',') >= 0 || s.indexOf('|') >= 0 || s.indexOf('/') >= 0) {
                s = ROLE_AT_PLACE.matcher(s).replaceAll(""); // "Lucía Prieto | Corresponsal en Monforte": where and as what she works
            }
            if (s.indexOf(',') >= 0) {
                s = LOWER_CASE_AFTER_COMMA.matcher(s).replaceAll("");
            }
            if (s.indexOf('–') > 0 || s.indexOf('—') > 0 || s.indexOf(" - ") > 0) {
                s = LOWER_CASE_AFTER_DASH.matcher(s).replaceFirst(""); // "Verena Holzapfel – freie Journalistin": what she does
            }
            Matcher inverted = s.indexOf(',') >= 0 ? FAMILY_COMMA_GIVEN.matcher(s) : null;
            if (inverted != null && inverted.matches() && !holdsNotAName(inverted.group(1)) && !holdsNotAName(inverted.group(2))
                    && !NewsAgencies.isAgency(inverted.group(1).trim())) { // "PTI, Washington" is no "Family, Given"
                s = inverted.group(2) + " " + inverted.group(1);
            }
            String datelineCredit = ArabicDatelineCredit.bylineCredit(s);
            if (datelineCredit != null) {
                s = datelineCredit; // "الدمام - نورة القحطاني": the place the copy was filed from, then the reporter
            } else {
                s = CaselessGivenNames.writersJoinedByDash(s); // "محمد علي - سارة أحمد": two writers
            }
            if (s.indexOf(" / ") > 0) {
                String first = BilingualBodyName.firstOfTwoLanguages(s); // "Ville de Montréal / City of Montreal": one body, named twice
                if (!first.equals(s) && first.length() <= MAX_AGENCY_ACRONYM_CHARS && first.equals(first.toUpperCase(Locale.ROOT))
                        && first.codePoints().allMatch(Character::isLetter)) {
                    unique.putIfAbsent(first.toLowerCase(Locale.ROOT), first); // "NRK / NRK Sápmi": the broadcaster's acronym, no degree
                    continue;
                }
                s = first;
            }
            String[] parts = !mayHoldSeparator(s) || OFFICE_HOLDER.matcher(s).lookingAt() || (s.indexOf(',') < 0 && s.indexOf(';') < 0 && s.indexOf('/') < 0 && s.indexOf('|') < 0
                    && s.length() <= MAX_ORGANISATION_CHARS
                    && ORGANISATION_UNIT.matcher(s).matches()) ? new String[] {s} : splitNames(s);
            boolean mixedCaseName = false;
            for (String part : parts) {
                String bare = BylineLeads.withoutLeadIn(part.trim()); // "by JOSH HASKELL": the lead's case says nothing
                mixedCaseName |= TITLE_CASE_NAME.matcher(bare).matches()
                        && !endsInRole(bare); // "By JANE DOE / Staff Writer": a role is no mixed-case name
            }
            boolean afterAgency = false;
            boolean allPersons = true; // every part so far named a person, written as one (two words or more)
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                boolean datelinePlace = afterAgency && DATELINE_PLACE.matcher(part).matches();
                afterAgency = false;
                if (i > 0 && endsInRole(part)) {
                    continue; // "Tom Krisher, AP Auto Writer": the rest says where and as what he works
                }
                if (i > 0 && DEGREES_AFTER_NAME.matcher(part.strip()).matches()) {
                    continue; // "Jane Doe, Ph.D.": the degree she holds, not a second name
                }
                if (mixedCaseName && parts.length > 1 && !hasLowerCase(part) && part.codePoints().filter(Character::isUpperCase).count() > 1
                        && !NewsAgencies.isAgency(part.trim())) {
                    continue; // "David Straub, MDR THÜRINGEN": capitals beside a mixed-case name set where he works
                }
                String agency = Edges.strip(part, LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim();
                if (NewsAgencies.isAgency(agency)) {
                    agencyNames.putIfAbsent(agency.toLowerCase(Locale.ROOT), agency);
                    if (holdsCaselessLetter(s)) {
                        caselessCredits.add(agency.toLowerCase(Locale.ROOT));
                    }
                    afterAgency = true;
                    continue;
                }
                if (datelinePlace) {
                    continue; // "PTI, Washington": the wire's dateline, where the copy was filed, not a second author
                }
                if (i > 0 && LOWER_CASE_PHRASE.matcher(part.strip()).matches()) {
                    continue; // "Rui Carvalho, jornalista, escreve sobre a região": what the biography says she does, after her name
                }
                if (i == 0 && parts.length == 2 && DATELINE_PLACE.matcher(part).matches()
                        && NewsAgencies.isAgency(Edges.strip(parts[1], LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim())) {
                    continue; // "Ankara / AA", "Madrid, EFE": the place the wire filed from, before the agency that signs
                }
                if (i > 0 && allPersons && hasLowerCase(part) && BROADCASTER_AFTER_NAME.matcher(part.strip()).matches()
                        && !initialsAndSurname(part.strip())) {
                    continue; // "Por Ana Souza, TV Vale", "Jane Doe, BBC News": the broadcaster she works for
                }
                if (i > 0 && allPersons && part.strip().length() <= MAX_ORGANISATION_CHARS && ORGANISATION_UNIT.matcher(part.strip()).matches()) {
                    continue; // "Laura Chen, University Communications": the office she writes for, not a second author
                }
                if (i > 0 && allPersons && (i == parts.length - 1 || onlyDatesAfter(parts, i)) && (s.indexOf(',') >= 0 || s.indexOf('،') >= 0 || s.indexOf('/') >= 0 || s.indexOf('|') >= 0)
                        && (DATELINE_PLACE.matcher(part).matches() || isCaselessWord(part.strip())
                            || PLACE_WITH_ARTICLE.matcher(part).matches())) {
                    continue; // "Na Baraka Mwakyusa, Dodoma", "Jane Doe, London", "Ayşe Demir / İzmir", "Por Laura Gómez y Diego Martín | Madrid": one word after the names is where she filed from; "Luz Marina Estévez, La Habana": one word and its article
                }
                String bare = BylineLeads.withoutLeadIn(part.trim());
                allPersons &= isPersonName(bare) || isCaselessName(bare)
                        || i == 0 && isPersonName(BylineLeads.withoutLowerCaseLanguageLead(bare)) // "de Andrei Popescu, Cluj-Napoca"
                        || isPersonName(LEADING_DEGREES.matcher(bare).replaceFirst("")) // "mgr Anna Wójcik, Biuro Prasowe"
                        || isPersonName(withoutJobTitle(bare)); // "Nerea Goikoetxea Profesora de Climatología, Universidad del Norte"
                String name = tidy(part, besideNames);
                if (name != null) {
                    unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        boolean personNamed = false;
        for (String n : unique.values()) {
            if (!isCollective(n)) {
                personNamed = true;
                break;
            }
        }
        if (!personNamed) {
            for (String agency : agencyNames.values()) { // the agency signs alone or with a newsroom: its name, as a person's would be read
                String name = tidy(agency, null);
                if ((name != null || creditedSources.contains(agency)) && !agency.equals(name) && agency.length() <= MAX_AGENCY_ACRONYM_CHARS
                        && agency.equals(agency.toUpperCase(Locale.ROOT))) {
                    name = agency; // "TTXVN": an agency's acronym keeps its capitals (a person's name in capitals does not); "Theo AFP" credits AFP, no degree
                }
                if ((name == null || !NewsAgencies.isAgency(name)) && caselessCredits.contains(agency.toLowerCase(Locale.ROOT))) {
                    name = agency; // "רויטרס/AP", "סוכנות הידיעות AP": in a Hebrew credit, Latin capitals are the agency's name, not a degree
                }
                if (name != null) {
                    unique.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        } else if (agencies != null) {
            agencies.addAll(agencyNames.values());
            agencies.addAll(besideNames);
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * True when every part after the {@code i}th holds a digit: the date the byline closes on, split at its comma
     * ("Luz Marina Estévez, La Habana | Diciembre 04, 2026"), so the {@code i}th is the last that may name someone.
     */
    private static boolean onlyDatesAfter(String[] parts, int i) {
        for (int j = i + 1; j < parts.length; j++) {
            if (!holdsAsciiDigit(parts[j])) {
                return false;
            }
        }
        return true;
    }

    /** True for "AJ Smith": two initials that are no medium's ({@link #INITIALS_AND_SURNAME}) and a surname. */
    private static boolean initialsAndSurname(String part) {
        Matcher m = INITIALS_AND_SURNAME.matcher(part);
        return m.matches() && !MEDIUM_INITIALS.contains(m.group(1));
    }

    /**
     * The byline without a news agency set after the names by a comma ("Jane Doe, Associated Press"), a "with"
     * or in brackets ({@link #BRACKETED_AGENCY}): where the writers work, as "Jane Doe AFP" is; the agency is the
     * author only when no one is named.
     */
    private static String withoutAgencyAffiliation(String s, List<String> agencies) {
        for (Pattern p : List.of(LAST_AFTER_COMMA, WITH_AGENCY, BRACKETED_AGENCY)) {
            if (p == LAST_AFTER_COMMA ? s.indexOf(',') < 0 : p == WITH_AGENCY ? !mayNameWithAgency(s)
                    : s.isEmpty() || s.charAt(s.length() - 1) != ')' && s.charAt(s.length() - 1) != ']') {
                continue; // no comma, no "with": most bylines are refused without the backtracking patterns
            }
            Matcher m = p.matcher(s);
            if (m.matches() && NewsAgencies.isAgency(m.group(2)) && !NewsAgencies.isAgency(m.group(1))) {
                agencies.add(m.group(2));
                return m.group(1);
            }
        }
        return s;
    }

    /**
     * The organisation a byline names, tidied ("Von dpa" gives "dpa"), or null when the string is an
     * address, a sentence or only a generic credit ("Redaktion", "Editorial team"). Whether the name is
     * an organisation's is for the caller to establish (schema.org type, the publisher, an agency).
     */
    static String organisation(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Blanks.collapsed(unescaped(raw)).trim();
        if (s.indexOf('@') >= 0) {
            s = EMAIL_AFTER_NAME.matcher(s).replaceAll("");
        }
        if (s.length() > MAX_ORGANISATION_CHARS * 2 || mayHoldAddress(s) && WHOLE_STRING_NOT_A_NAME.matcher(s).find()) {
            return null;
        }
        s = BylineLeads.withoutLeadIn(s);
        s = Edges.strip(s, LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim();
        // a legal form's words ("GmbH & Co. KG") are the company's form, not more words of its name
        if (s.length() < 2 || s.length() > MAX_ORGANISATION_CHARS || SPACES.split(LegalForms.withoutLegalForm(s)).length > MAX_WORDS
                || !s.codePoints().anyMatch(Character::isLetter) || GENERIC_CREDIT.matcher(s).matches()) {
            return null;
        }
        return s;
    }

    /** A signature's words looked at for a newsroom beside an agency: "Redazione ANSA" has two. */
    private static final int MAX_DESK_AND_AGENCY_WORDS = 5;

    /**
     * The agency of a signature that sets a generic newsroom credit beside it with a space, "Redazione
     * ANSA", "Redacción EFE": the newsroom names no one, the agency signs. Null when the string is not so.
     */
    static String agencyBesideDesk(String s) {
        String t = s.strip();
        String[] words = SPACES.split(t);
        if (words.length < 2 || words.length > MAX_DESK_AND_AGENCY_WORDS) {
            return null;
        }
        for (int at = t.indexOf(' '); at > 0; at = t.indexOf(' ', at + 1)) {
            String head = t.substring(0, at);
            String tail = t.substring(at + 1);
            if (NewsAgencies.isAgency(tail.strip()) && isGenericCredit(head)) { // the agency's name looked up first, the desk's pattern asked after
                return tail.strip();
            }
            if (NewsAgencies.isAgency(head.strip()) && isGenericCredit(tail)) {
                return head.strip();
            }
        }
        return null;
    }

    /** True when the whole string is a generic credit ("Redaktion", "Redacción", "Editorial team"), which names no one. */
    static boolean isGenericCredit(String raw) {
        String s = Edges.strip(Blanks.collapsed(raw), LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim();
        return !s.isEmpty() && GENERIC_CREDIT.matcher(s).matches();
    }

    /**
     * An account's handle as a platform shows its poster: letters and digits joined by "_", "." or
     * "-" ("marsh_warden", "harbour-sketches", "burr86"), perhaps after an "@"; no spaces.
     */
    private static final Pattern ACCOUNT_NAME = Pattern.compile("^[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_.-]{0,38}[\\p{L}\\p{N}])?$");

    /** Handles that name no one: system and placeholder accounts. */
    private static final Pattern PLACEHOLDER_ACCOUNT = Pattern.compile(
            "(?iu)^(?:anonymous|anon|unknown|deleted|system|user|null|undefined|none|nobody|root)$");

    /**
     * The account handle a platform's own markup gives as a post's poster (a forum post's schema.org
     * author, a blog platform's user tag), or null when the text is no handle or a placeholder or
     * generic account ("system", "admin", "anonymous"). A handle is refused as a byline's name
     * ({@link #clean}); here the markup, not the typography, says that it names the poster.
     */
    static String accountHandle(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        if (s.length() < 2 || s.length() > 40 || !ACCOUNT_NAME.matcher(s).matches() || !s.codePoints().anyMatch(Character::isLetter)
                || PLACEHOLDER_ACCOUNT.matcher(s).matches() || GENERIC_CREDIT.matcher(s).matches()) {
            return null;
        }
        return s;
    }

    /** A desk's or section's word ({@link #ROLE_DESKS}) as a whole word: "Local News", "World Politics". */
    private static final Pattern DESK_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + ROLE_DESKS + ")(?![\\p{L}])");

    /**
     * True when a word of the text names a desk or a section ("Local News", "Business"): a meta line's
     * label, not a person, when nothing but capitals says it is a name.
     */
    static boolean namesDesk(String text) {
        return DESK_WORD.matcher(text).find();
    }

    /** True when the byline is a newsroom word qualified by a name: "Slate Staff", "BR24 Redaktion". */
    static boolean isCollective(String name) {
        return mayCloseWithCollectiveWord(name) && COLLECTIVE.matcher(name).matches();
    }

    /** Where a newsroom word of {@link #COLLECTIVE} can open. */
    static final PatternOpenings COLLECTIVE_WORD_OPENINGS = PatternOpenings.of(COLLECTIVE_WORDS);

    /**
     * False when the text's last word, after its last blank or hyphen, opens no newsroom word of
     * {@link #COLLECTIVE} ("Jane Doe"), which closes the text; a text closed by a line break is admitted.
     */
    static boolean mayCloseWithCollectiveWord(String s) {
        if (s.isEmpty() || isLineBreak(s.charAt(s.length() - 1))) {
            return true;
        }
        int at = s.length() - 1;
        while (at >= 0 && !isRegexBlank(s.charAt(at)) && s.charAt(at) != '-') {
            at--;
        }
        return at >= 0 && COLLECTIVE_WORD_OPENINGS.mayOpenAt(s, at + 1);
    }

    /**
     * The string with HTML entities decoded: JSON-LD is script text, which the HTML parser leaves
     * as written, and CMSs often escape names there ("O&#039;Neil"), whose ';' and '&' would split them.
     */
    private static String unescaped(String s) {
        return s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&') ? Parser.unescapeEntities(s, false) : s;
    }

    /** True when the text holds the CMS's or an author box's own words ("Powered by", "More Posts"). */
    static boolean isThemeText(String text) {
        return themeText(text) != null;
    }

    /**
     * {@code THEME_PATTERN.matcher(s)} after a successful {@code find()}, or null when it finds nothing:
     * the pattern tried only where one of its words can open: after no letter, as its look-behind asks,
     * and where the text's characters open one of its words ({@link #THEME_OPENINGS}), not at each
     * character of every name.
     */
    private static Matcher themeText(String s) {
        Matcher m = null;
        for (int at = 0; at < s.length(); at++) {
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1))) && THEME_OPENINGS.mayOpenAt(s, at)) {
                if (m == null) {
                    m = THEME_PATTERN.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, s.length());
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True when the text opens with a theme's credit ("Website by ...", "Theme: X by ..."): its maker follows. */
    static boolean opensWithThemeCredit(String text) {
        return THEME_CREDIT_PATTERN.matcher(text.strip()).lookingAt();
    }

    /** True when the text holds a theme's credit ("Theme: X by", "Designed by"). */
    static boolean isThemeCredit(String text) {
        return THEME_CREDIT_PATTERN.matcher(text).find();
    }

    /** True when the text is only a lead-in ("By", "Par :"), its name written in the next element. */
    static boolean isLeadInOnly(String text) {
        String t = Blanks.collapsed(text).trim();
        return BylineLeads.mayOpenWithLeadIn(t) && LEAD_IN.matcher(t).matches();
    }

    private static boolean hasLowerCase(String s) {
        return s.codePoints().anyMatch(Character::isLowerCase);
    }

    /**
     * The full stops of Chinese and Japanese text ("。", "！", "？"): a name never holds one, a
     * biography's sentence does ("フリーライター。地域の話題を中心に取材。" after the name in an author box).
     */
    private static final String CJK_SENTENCE_MARKS = "。！？";

    private static boolean holdsCjkSentenceMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CJK_SENTENCE_MARKS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String tidy(String part, List<String> agencies) {
        if (holdsCjkSentenceMark(part)) {
            return null; // a sentence, not a name
        }
        Matcher wire = WIRE_DATELINE_ALONE.matcher(part.strip());
        if (wire.matches()) {
            String agency = wire.group(1).strip();
            return NewsAgencies.isAgency(agency) ? agency : null; // "(서울=연합뉴스)" and no reporter: the agency signs it
        }
        Matcher theme = themeText(part);
        if (theme != null) {
            String before = part.substring(0, theme.start()).strip();
            if (before.isEmpty() || !AUTHOR_BOX_LINK.matcher(theme.group()).matches() || themeText(before) != null) {
                return null; // "Become a Contributor": theme text, before a role word is cut from it
            }
            part = before; // "Jane Doe More Posts": the name, then the author box's link to her posts
        }
        if (BylineLeads.isDatedLeadOnly(part)) {
            return null; // Twenty Ten's "Опубликовано", "Publié le" in an element named "meta-prep-author": the label of a dated line
        }
        String trimmed = part.trim();
        if (NOT_AN_AUTHOR_PART_OPENINGS.mayOpenAt(trimmed, 0) && NOT_AN_AUTHOR_PART.matcher(trimmed).matches()) {
            return null; // "Special to the Courier", "Photos by John Roe": whom the writer writes for, who took the pictures
        }
        String s = BylineLeads.withoutLeadIn(part.trim());
        Matcher button = mayOpenAfterBlank(s, BUTTON_OPENINGS) ? BUTTON_AFTER_NAME.matcher(s) : null;
        if (button != null && button.matches()) {
            s = button.group(1); // "Jane Doe Follow": the author box's button after the name
        }
        if (s.length() <= MAX_GENERIC_ROLE_CHARS && ROLE_WORD_LAST.matcher(s).find() && GENERIC_CREDIT.matcher(s.strip()).matches()) {
            return null; // "Local Democracy Reporter": a desk's role, whole, before its role word is cut as a name's title would be
        }
        String withRole = s;
        s = withoutTrailingRole(s).trim();
        if (s.length() > 4 && (Character.isDigit(s.charAt(s.length() - 1)) || Character.isDigit(s.charAt(s.length() - 2)))) {
            s = CLASS_YEAR.matcher(s).replaceFirst(""); // "Maya Castellanos '27": her class year after her name
        }
        if (s.indexOf(':') >= 0 || s.indexOf('：') >= 0) {
            return null; // "Kaynak: AA", "Quelle: dpa": a label that is no byline lead, before credentials are cut from it
        }
        if (!s.equals(withRole) && !s.isEmpty() && SPACES.split(s).length == 1 && SPACES.split(withRole.trim()).length >= 2
                && ROLE_WORD_LAST.matcher(withRole).find()) {
            return null; // "Money Reporter", "Politics Editor": a desk's role after the name's comma, not a name
        }
        Matcher titled = mayOpenAfterBlank(s, JOB_TITLE_OPENINGS) ? NAME_THEN_JOB_TITLE.matcher(s) : null;
        if (titled != null && titled.matches()) {
            s = titled.group(1); // the role after the name, in the byline's language, is not part of it
        }
        boolean asciiFirst = !s.isEmpty() && s.charAt(0) < 0x80; // an Arabic, Korean or Chinese name opens with none
        Matcher arabicTitled = asciiFirst ? null : ARABIC_NAME_THEN_JOB_TITLE.matcher(s);
        if (arabicTitled != null && arabicTitled.matches()) {
            s = arabicTitled.group(1); // "خالد منصور محرر صحفي": the title after the name
        }
        Matcher cjkRole = asciiFirst ? null : CJK_NAME_THEN_ROLE.matcher(s);
        if (cjkRole != null && cjkRole.matches()) {
            s = cjkRole.group(1); // "신현주 기자", "山田太郎記者": the reporter's title follows the name
        }
        if (!s.equals(withRole)) {
            s = withoutAgencyAndBeat(s.trim(), agencies); // "TIM REYNOLDS AP Basketball Writer": the wire's staff title
        }
        s = withoutTrailingAgency(s.trim(), agencies); // "Jane Roe AFP": the agency, not a degree like "MS"
        if (!s.equals(s.toUpperCase(Locale.ROOT)) && !NewsAgencies.isAgency(s)) {
            String bare = mayEndInCredentials(s) ? CREDENTIALS.matcher(s).replaceFirst("").trim() : s.trim(); // "Agencia EFE" ends in capitals, but no degree
            s = splitLength(bare) >= 2 ? bare : s; // "Greenpeace UK": a person's name before degrees has two words at least
        }
        if (s.indexOf('.') > 0 || s.startsWith("dr ") || s.startsWith("mgr ")) {
            String bare = LEADING_DEGREES.matcher(s).replaceFirst("");
            s = splitLength(bare) >= 2 ? bare : s; // "Mgr. Tereza Horáková": her degree, before her name
        }
        for (Pattern title : List.of(LEGAL_TITLE, TITLE_BEFORE_NAME)) {
            Matcher before = title.matcher(s);
            if (before.lookingAt()) {
                String bare = s.substring(before.end()).trim();
                s = splitLength(bare) >= 2 ? bare : s; // "Avv. Giulia Marchetti", "Chief Meteorologist Dan Reyes": a style or a post, before the name
            }
        }
        for (Pattern title : asciiFirst ? List.<Pattern>of() : List.of(COURTESY_TITLE, CASELESS_CLERICAL_TITLE, CASELESS_LEGAL_TITLE)) {
            Matcher courtesy = title.matcher(s);
            if (courtesy.lookingAt()) {
                String bare = s.substring(courtesy.end()).trim();
                s = splitLength(bare) >= 2 ? bare : s; // "श्री. विजय देशमुख": Mr., before his name; "श्री राम" alone stays
            }
        }
        s = withoutSentenceStop(Edges.strip(s, LEADING_PUNCTUATION, TRAILING_PUNCTUATION).trim());
        s = withoutTrailingAgency(s, agencies);
        Matcher affiliated = lastWordOpensWith(s, 2, Character.UPPERCASE_LETTER) ? CAPITALISED_AFFILIATION.matcher(s) : null;
        if (affiliated != null && affiliated.matches()) {
            s = affiliated.group(1);
        }
        if (s.isEmpty() || s.length() < 2 || holdsNotAName(s) || COMPANY.matcher(s).find()) {
            return null;
        }
        int words = splitLength(s);
        if (words > MAX_WORDS || !s.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        if (words == 1 && s.equals(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))) {
            return null; // "acoady": a user name, not how a byline writes a person
        }
        if (words > 1 && lastWordOpensWith(s, 1, Character.LOWERCASE_LETTER) && LOWER_CASE_LAST_WORD.matcher(s).matches()) {
            return null; // "Themen bearbeiten", "Read more": a name capitalises its last word, a phrase need not
        }
        if (words == 1 && ACCOUNT_HANDLE.matcher(s).matches()) {
            return null; // "Sauli.giliard", "jane_doe": an account's handle, not how a byline writes a person
        }
        if (s.length() <= MAX_ACRONYM_CHARS && ACRONYM.matcher(s).matches()) {
            return null; // "RDN", "LD": credentials split off a name
        }
        if (s.equals(s.toUpperCase(Locale.ROOT)) && s.codePoints().anyMatch(Character::isUpperCase) && !holdsCaselessLetter(s)) {
            s = titleCase(s); // "JANE DOE" bylines are styling, not the name's spelling; "דנה כהן ו-AP" is not in capitals
        }
        return s;
    }

    /**
     * A Korean or Japanese wire dateline with no reporter after it, the place and the agency in
     * brackets: "(서울=연합뉴스)", "【ワシントン=共同】". Group 1 holds the agency: when no person is
     * named, the agency is the byline, as "Por EFE" is.
     */
    private static final Pattern WIRE_DATELINE_ALONE = Pattern.compile(
            "[(\\[（【]\\s*[^=()\\[\\]（）【】]{1,20}?\\s*=\\s*([^=()\\[\\]（）【】]{2,30})[)\\]）】]");

    /**
     * The name without a closing full stop that ends the sentence it stood in ("Ein Gastbeitrag von
     * Lena Vogt."): a name keeps its '.' only after an initial or an abbreviation ("J.", "Jr.", "Esq."),
     * so the stop goes after a last word of {@link #MIN_WORD_BEFORE_SENTENCE_STOP} letters or more
     * that is none of {@link #NAME_SUFFIX_ABBREVIATIONS}.
     */
    static String withoutSentenceStop(String s) {
        if (s.length() < 2 || s.charAt(s.length() - 1) != '.' || s.charAt(s.length() - 2) == '.') {
            return s;
        }
        int start = s.length() - 1;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        String word = s.substring(start, s.length() - 1);
        if (word.length() < MIN_WORD_BEFORE_SENTENCE_STOP || NAME_SUFFIX_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return s.substring(0, s.length() - 1).trim();
    }

    /** Letters of a name's last word before a '.' that make the '.' a sentence's stop, not an abbreviation's. */
    private static final int MIN_WORD_BEFORE_SENTENCE_STOP = 3;

    /** Abbreviations of three letters or more that may close a name with their '.', lower case. */
    static final Set<String> NAME_SUFFIX_ABBREVIATIONS = Set.of("esq", "jun", "sen", "snr", "jnr", "hon");

    /**
     * The name without a news agency set after it ("John Doe The Associated Press", "Jane Roe AFP"):
     * where the writer works, not a longer name. A short agency name written like a surname ("Ani",
     * "Pa") stays: it may be one.
     */
    private static String withoutTrailingAgency(String s, List<String> agencies) {
        String[] words = SPACES.split(s);
        for (int k = Math.min(MAX_AGENCY_WORDS, words.length - 2); k >= 1; k--) {
            String tail = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
            boolean writtenAsAgency = k > 1 || tail.length() > MAX_SURNAME_LIKE_AGENCY_CHARS
                    || !(Character.isUpperCase(tail.charAt(0)) && tail.substring(1).equals(tail.substring(1).toLowerCase(Locale.ROOT)));
            if (writtenAsAgency && NewsAgencies.isAgency(tail)) {
                if (agencies != null) {
                    agencies.add(tail);
                }
                return String.join(" ", Arrays.copyOfRange(words, 0, words.length - k));
            }
        }
        return s;
    }

    /** The most words of a beat named between a wire's name and the role word cut after it ("AP Pro Football Writer"). */
    private static final int MAX_BEAT_WORDS = 3;

    /**
     * The name without the wire's staff title that followed it with no comma, once its role word is cut: the wire
     * and the beat ("TIM REYNOLDS AP Basketball Writer", "Jane Roe Associated Press Medical Writer", "John Doe AP Sports
     * Writer"), as the wires' own bylines run on in republished copy. The beat's words are capitalised and the wire
     * is a known agency, written as one, with two words of name before it at least; the wire is kept as the credit.
     */
    private static String withoutAgencyAndBeat(String s, List<String> agencies) {
        String[] words = SPACES.split(s);
        for (int beat = 1; beat <= MAX_BEAT_WORDS; beat++) {
            int beatStart = words.length - beat;
            if (beatStart < 3 || !Character.isUpperCase(words[beatStart].charAt(0))) {
                return s;
            }
            for (int k = Math.min(MAX_AGENCY_WORDS, beatStart - 2); k >= 1; k--) {
                String agency = String.join(" ", Arrays.copyOfRange(words, beatStart - k, beatStart));
                boolean writtenAsAgency = k > 1 || agency.length() > MAX_SURNAME_LIKE_AGENCY_CHARS
                        || agency.equals(agency.toUpperCase(Locale.ROOT));
                if (writtenAsAgency && NewsAgencies.isAgency(agency)) {
                    if (agencies != null) {
                        agencies.add(agency);
                    }
                    return String.join(" ", Arrays.copyOfRange(words, 0, beatStart - k));
                }
            }
        }
        return s;
    }

    /** True when a letter of the text has no case (Hebrew, Arabic, Han): a text in such a script is not written in capitals. */
    private static boolean holdsCaselessLetter(String s) {
        return s.codePoints().anyMatch(c -> Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isTitleCase(c));
    }

    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    /**
     * Words that each begin with a capital (particles such as "de", "van", "von" allowed between); a double surname's hyphen
     * may be the typographic one, U+2010 ("Kowalska‐Nowak").
     */
    static final Pattern CAPITALISED_WORDS = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.\u2010-]*(?:\\s+(?:(?:de|da|di|van|von|der|den|del|la|le|du|bin|al)\\s+)?\\p{Lu}[\\p{L}'’.\u2010-]*)+$");

    /** True when the text is written as a person's name: two to four capitalised words. */
    static boolean isPersonName(String text) {
        String t = Blanks.collapsed(text).trim();
        int words = t.isEmpty() ? 0 : t.split(" ").length;
        return words >= 2 && words <= 4 && CAPITALISED_WORDS.matcher(t).matches();
    }

    /**
     * Scripts that write words apart but have no letter case: a name in them is told by its words
     * alone, not by capitals.
     */
    private static final Set<Character.UnicodeScript> CASELESS_SPACED_SCRIPTS = Set.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI,
            Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.GEORGIAN);

    /** The zero-width non-joiner, which Persian writes inside words ("سه‌شنبه"). */
    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';

    /** True when the text is one word of letters (and their marks) of a {@link #CASELESS_SPACED_SCRIPTS} script. */
    static boolean isCaselessWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (c == ZERO_WIDTH_NON_JOINER) {
                continue;
            }
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (!(Character.isLetter(c) || mark) || !CASELESS_SPACED_SCRIPTS.contains(Character.UnicodeScript.of(c))) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * True when the text is written as a person's name in a script without capitals: two to four
     * words of that script ("أحمد منصور", "राहुल शर्मा").
     */
    static boolean isCaselessName(String text) {
        String t = Blanks.collapsed(text).trim();
        String[] words = t.isEmpty() ? new String[0] : t.split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!isCaselessWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** The names' comparison keys ({@link ComparisonKey#of}). */
    static Set<String> keys(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(ComparisonKey.of(n)));
        return out;
    }
}
