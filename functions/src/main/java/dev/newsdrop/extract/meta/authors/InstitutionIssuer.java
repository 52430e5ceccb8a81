package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.HostLabels;
import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.MetaTags;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The institution that issues a page naming no writer: a ministry's or central bank's press release, a police
 * report, a city hall's notice, a UN or EU body's news item, a company's release in its newsroom. Such a page is the
 * body's own word, so the body signs it, as an agency signs its wire copy; it is named as its site states its own
 * name (the publisher JSON-LD gives, og:site_name, the home link's logo). Two facts must both hold:
 * <ul>
 * <li>the site is the issuer: a government's or an international body's domain ({@link #GOVERNMENT_HOST}), a
 * publisher JSON-LD types as a public body, university or company ({@link #ISSUER_TYPES}), or a site whose name (or
 * its initials) the headline or the opening paragraphs state, as a release speaks of its issuer in the third person
 * ("Banco de Portugal publica hoje", "Bankovní rada ČNB");</li>
 * <li>the page says it is a release: a label outside the site's menus ({@link #RELEASE_LABELS}: "Press release",
 * "Pressemitteilung", "Tisková zpráva", "보도자료"), a word of its address ({@link #RELEASE_PATH_WORDS}:
 * press-room, pressemitteilungen, tiskove-zpravy) or of the article's class ("node--type-press-release"); on a
 * government's domain a news label or address word ({@link #NEWS_LABELS}, {@link #NEWS_PATH_WORDS}) says as much.</li>
 * </ul>
 * A news publisher's page never fires (a JSON-LD publisher typed NewsMediaOrganization): a newspaper's unsigned
 * brief or its story about a release names no issuer of its own, and its own name is not its writer. A page that
 * names a writer never reaches this rule, nor one whose contact box names a press officer (a contact is no author).
 */
final class InstitutionIssuer {

    /**
     * A government's, a military's or an international body's domain: "gov.pl", "go.jp", "gouv.fr", "gob.mx", "gv.at",
     * "admin.ch", "bund.de", ".gov", ".int", "europa.eu", "un.org", and Japan's local governments ("lg.jp",
     * "pref.kanagawa.jp"). "abcnews.go.com" is none: "go" must precede a
     * country code.
     */
    static final Pattern GOVERNMENT_HOST = Pattern.compile(
            "(?:^|\\.)(?:(?:gov|gob|gouv|go|govt|gv|admin|gc|bund)\\.[a-z]{2}|gov|mil|int|europa\\.eu|un\\.org|lg\\.jp|pref\\.[a-z]+\\.jp)$");

    /** schema.org types of a publisher that issues releases of its own, as opposed to a news publisher. */
    static final Set<String> ISSUER_TYPES = Set.of("governmentorganization", "governmentoffice", "governmentbuilding",
            "collegeoruniversity", "educationalorganization", "ngo", "corporation", "policestation", "cityhall",
            "researchorganization", "medicalorganization");

    /** A news publisher's type: its unsigned pages are its desk's, not an issuer's. */
    private static final String NEWS_PUBLISHER = "newsmediaorganization";

    /**
     * A police force's, a fire service's or a civil-protection agency's name as its site gives it, the service's word first
     * ("Politie", "Polisen", "Polizei Sachsen", "Policie České republiky", "Polícia Slovenskej republiky", "Protezione civile
     * Regione Valdora", "Protección Civil de Navarra", "Feuerwehr Musterstadt", "Defesa Civil de Santa Catarina"): an emergency
     * service is a public body whatever its domain, whose news items (warnings, alerts, call-out reports) are its releases.
     */
    static final Pattern EMERGENCY_SERVICE = Pattern.compile(
            "(?iu)(?:police|polizei|politie|polisen|polismyndigheten|politiet|poliisi|policie|polícia|policia|policja|policía|polizia"
                    // civil protection and civil defence, as Italy, Spain, Portugal, Brazil, France, Germany and the English-speaking
                    // countries name their agencies
                    + "|protezione civile|protección civil|protecció civil|proteção civil|defesa civil|defensa civil|sécurité civile"
                    + "|zivilschutz|katastrophenschutz|civil protection|civil defen[cs]e"
                    // fire services: German, Austrian and Swiss, Italian, French, Spanish, Dutch, Polish and Czech
                    + "|feuerwehr|berufsfeuerwehr|vigili del fuoco|sapeurs-pompiers|bomberos|brandweer|straż pożarna|hasičský záchranný sbor)(?!\\p{L})");

    /**
     * A ministry's name as its site gives it, the ministry's word first and the portfolio after it ("Ministerio de Agricultura,
     * Pesca y Alimentación", "Ministère de l'Agriculture et de la Souveraineté alimentaire", "Ministry of Fisheries and Oceans",
     * "Bundesministerium für Ernährung und Landwirtschaft", "Ministero dell'agricoltura", "Ministério da Agricultura e Pecuária",
     * "Ministerstwo Rolnictwa i Rozwoju Wsi"): a government department is a public body whatever domain it is served from,
     * as an emergency service is ({@link #EMERGENCY_SERVICE}); the preposition after the word keeps out a name that merely
     * starts with it.
     */
    static final Pattern MINISTRY = Pattern.compile(
            "(?iu)(?:ministerio|ministère|ministry|ministero|ministério|ministeri|ministerie|bundesministerium|ministerium)"
                    + "\\s+(?:(?:de|del|des|du|of|for|für|della|delle|degli|da|do|das|dos|van|voor)\\s|(?:de l|dell|d)['’])"
                    + "|ministerstwo\\s+\\p{L}");

    /**
     * A court's or a parliament's name as its site gives it, the court's or chamber's word first ("Bundesgerichtshof",
     * "Oberlandesgericht Celle", "Rechtbank Gelderland", "Raad van State", "Cour d'appel de Rennes", "Tribunal fédéral",
     * "Corte costituzionale", "Sąd Najwyższy", "Ústavní soud", "Supreme Court of Ireland", "Bundestag", "Tweede Kamer",
     * "Assemblée nationale", "Kancelaria Sejmu"): a court or a chamber is a public body whatever its domain
     * ("bundesgerichtshof.de", "rechtspraak.nl", "bger.ch", "nsoud.cz"), and the news items and releases its press office
     * files on its own site are its word, unsigned as a ministry's are. Czech and Slovak put the court's word last, after
     * one adjective ("Nejvyšší soud", "Krajský súd"). A tribunal is named with its rank, branch or seat.
     */
    static final Pattern COURT_OR_PARLIAMENT = Pattern.compile(
            "(?iu)(?:\\p{L}*gericht(?:shof)?|verfassungsgerichtshof|rechtbank|gerechtshof|hoge raad|raad van state|centrale raad van beroep"
                    + "|cour (?:d['’]appel|de cassation|administrative|des comptes|constitutionnelle|de justice)|conseil (?:d['’][ée]tat|constitutionnel)"
                    // a tribunal by its rank, its branch or its seat ("Tribunal Supremo", "Tribunal fédéral", "Tribunal de Contas",
                    // "Tribunale di Milano"); the word alone opens other names too (a legal news site's "Tribunal Abierto")
                    + "|tribunale? (?:de|del|da|do|di|du|des|dell['’]|supremo|superior|suprême|constitucional|constitutionnel|fédéral|federal"
                    + "|judiciaire|administratif|administrativo|amministrativo|correctionnel|regional|ordinario|penale|civile|militar|arbitral)"
                    + "|corte (?:suprema|costituzionale|d['’]appello|di cassazione|dei conti)|audiencia (?:nacional|provincial)"
                    + "|supremo tribunal|sąd|trybunał|(?:\\p{L}+ )?soud|(?:\\p{L}+ )?súd"
                    + "|(?:supreme|high|federal|district|constitutional|appeals?) court|court of (?:appeals?|justice|session)"
                    // parliaments and their offices: German, Austrian, Dutch, French, Italian, Spanish, Portuguese, Polish, Czech
                    + "|bundestag|bundesrat|landtag|nationalrat|tweede kamer|eerste kamer|assemblée nationale|sénat|camera dei deputati"
                    + "|senato della repubblica|congreso de los diputados|senado|assembleia da república|kancelaria (?:sejmu|senatu)|sejm"
                    + "|senat rzeczypospolitej|poslanecká sněmovna|senát parlamentu)(?!\\p{L})");

    /**
     * A university's or a research institute's name as its site gives it, the word anywhere in the name ("Université de
     * Valmont", "Technische Universität Lindau", "Ege Üniversitesi", "Uniwersytet Warszawski", "Institut des géosciences",
     * "Max-Planck-Institut für Astronomie", "Istituto nazionale di astrofisica", "Astronomický ústav", "Hochschule Lindtal")
     * or, in Chinese, Japanese and Korean, the word closing it ("北陸学術大学", "天文研究所", "한빛대학교"): a body that reports its own research
     * and its own affairs, whose unsigned news items and releases are its word, as a ministry's are ({@link #MINISTRY}),
     * whatever its domain (".edu", ".ac.jp", a university's own name as a domain). A publication named after the academic
     * world is kept out by its word ({@link #PUBLICATION_WORD}: "University World News", "Institute Journal").
     */
    static final Pattern ACADEMIC_INSTITUTION = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:universit(?:y|é|ät|à|at|ate|atea|eit|et)|universidad|universidade|uniwersytet|univerzita|univerzitet"
                    + "|üniversitesi|hochschule|fachhochschule|institut|institute|instituto|istituto|instytut"
                    // Czech and Slovak "ústav" (an academy's institute, its adjective before it), Dutch, Swedish and Norwegian
                    // institutes, Finnish and Hungarian universities
                    + "|ústav|instituut|institutet|instituttet|yliopisto|egyetem)(?!\\p{L})"
                    + "|(?:大学|大學|研究所|연구원|대학교)$");

    /**
     * A word by which a name calls itself a publication ("Feuerwehr-Magazin", "Polizei-Journal", "Protezione Civile News"): a
     * trade paper named after the service it covers, whose unsigned news is its desk's, not a service's release; and the words
     * newspapers are named by, as student papers name themselves after their university ("The University Herald", "Campus
     * Chronicle", "Law Review").
     */
    private static final Pattern PUBLICATION_WORD = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:magazin|magazine|magazyn|zeitung|zeitschrift|journal|news|nachrichten|revista|rivista|giornale|diario"
                    + "|jornal|tijdschrift|blog|portal|online|tv|radio|report|times|today|aktuell"
                    + "|herald|tribune|gazette|gazzetta|gaceta|chronicle|courier|kurier|observer|review|daily|weekly|spectator"
                    + "|ledger|sentinel|dispatch|bulletin|press)(?!\\p{L})");

    /**
     * Labels a site puts over a release (lower-case, without a closing colon), in the languages of the probes (Turkish
     * "basın bülteni", press bulletin, as Turkish companies and municipalities name their releases); Mexico's
     * and other Latin American governments number their releases as "Boletín" (bulletin) where Spain writes "Nota de prensa";
     * German bodies shorten "Presseinformation" to "Presseinfo" over a numbered release ("Presseinfo Nr. 52").
     */
    static final Set<String> RELEASE_LABELS = Set.of(
            "press release", "press releases", "news release", "news releases", "media release", "media releases",
            "press statement", "pressemitteilung", "pressemitteilungen", "presseinformation", "medienmitteilung",
            "medienmitteilungen", "communiqué de presse", "communiqués de presse", "communiqué", "communiqués",
            "comunicado de prensa", "comunicados de prensa", "nota de prensa", "notas de prensa", "comunicado",
            "comunicados", "boletín", "boletines", "boletín de prensa", "boletines de prensa", "comunicato stampa", "comunicati stampa", "persbericht", "persberichten", "pressmeddelande",
            "pressmeddelanden", "pressemelding", "pressemeldinger", "pressemeddelelse", "pressemeddelelser", "tiedote",
            "tiedotteet", "lehdistötiedote", "komunikat prasowy", "komunikaty prasowe", "komunikat", "komunikaty",
            "tisková zpráva", "tiskové zprávy", "tlačová správa", "tlačové správy", "sajtóközlemény", "comunicat de presă",
            "siaran pers", "basın bülteni", "basın bültenleri", "basın duyurusu", "basın duyuruları", "basın açıklaması", "прес-реліз", "прес-релізи",
            "пресс-релиз", "пресс-релизы", "δελτίο τύπου", "δελτία τύπου", "보도자료", "プレスリリース", "ニュースリリース",
            "記者発表資料", "報道発表資料", "報道発表",
            "新闻稿", "新聞稿", "بيان صحفي", "بيانات صحفية", "priopćenje", "priopćenja", "saopštenje", "sporočilo za javnost",
            "pranešimas spaudai", "paziņojums presei", "pressiteade", "medieninformation", "medieninformationen",
            "pressemeldung", "pressemeldungen", "presseinfo", "presseinfos");

    /** Words of a release's address; sought in the lower-cased path. */
    static final List<String> RELEASE_PATH_WORDS = List.of("press-release", "pressrelease", "press_release",
            "press-room", "pressroom", "newsroom", "news-release", "media-release", "mediarelease", "pressemitteilung",
            "presseinformation", "medienmitteilung", "pressemeldung", "communique", "comunicado", "boletin", "comunicati", "persbericht",
            "pressmeddelande", "pressemelding", "tiedote", "komunikat", "tiskove-zpravy", "tiskova-zprava",
            "siaran-pers", "deltia-typou", "deltio-typou", "basin-bulteni", "basin-bultenleri");

    /** Class words marking a release's page or its article element ("node--type-press-release"). */
    private static final List<String> RELEASE_CLASS_WORDS = List.of("press-release", "pressrelease", "news-release");

    /** Labels of a news section: a government's domain issues what it files there. */
    static final Set<String> NEWS_LABELS = Set.of("news", "latest news", "aktualności", "wiadomości", "aktuelles",
            "nachrichten", "meldungen", "actualités", "noticias", "notizie", "nieuws", "nyheter", "nyheder", "uutiset",
            "novinky", "aktuality", "berita", "haberler", "duyurular", "новини", "новости", "ειδήσεις", "νέα", "뉴스",
            "ニュース", "新闻", "أخبار");

    /**
     * Address segments (or host labels) of a news section on a government's domain (or a police force's: Swedish
     * "aktuellt/handelser", its current events; or a ministry's, {@link #MINISTRY}).
     */
    static final Set<String> NEWS_PATH_WORDS = Set.of("news", "nachrichten", "aktuelles", "actualites", "noticias",
            "notizie", "nieuws", "nyheter", "aktualnosci", "wiadomosci", "novinky", "aktuality", "berita", "haberler",
            "duyurular", "story", "press", "presse", "media", "aktuellt", "handelser",
            // the press section as Spanish, Portuguese and Italian public bodies name it ("/es/prensa/ultimas-noticias/")
            "prensa", "imprensa", "stampa");

    /** Labels are short: a longer text is a sentence that may speak of a release, not a label over one. */
    private static final int MAX_LABEL_CHARS = 40;

    /** Elements read for a label: a release's page, not a directory of thousands. */
    private static final int MAX_ELEMENTS = 4000;

    /** Paragraphs read for the issuer's name: the opening of the text. */
    private static final int LEAD_PARAGRAPHS = 3;

    /** Separators between a site's name and its portal's in og:site_name ("Ministerstwo Finansów - Portal Gov.pl"). */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+[-–—|·]\\s+");

    /**
     * A name that spells an address ("Portal Gov.pl", "www.cnb.cz"): the portal's, not the issuer's own. The address ends
     * the name or opens with "www."; a word with a stop inside followed by more words is a name's own ("ver.di Bayern").
     */
    private static final Pattern HOST_LIKE = Pattern.compile("(?i)(?:^|\\s)www\\.|\\S\\.[a-z]{2,}$");

    /** What parts a title's headline from the site's name after it: a bar or a dash between blanks, or a full-width bar. */
    private static final Pattern TITLE_SITE_SEPARATOR = Pattern.compile("\\s[|–—-]\\s|｜"); // no blanks sought around the bar: a run of them is tried from each of its blanks

    /** A stated name the issuer is given by: a few words, not a slogan, an address or a logo's description. */
    private static final int MAX_NAME_CHARS = 70;

    private InstitutionIssuer() {
    }

    /**
     * The institution that issues the page, as its site names itself, when the site is the issuer and the page says it
     * is a release (see the class comment); empty otherwise. Asked only when no writer was found.
     */
    static List<String> names(MetaTags meta, JsonLdFacts ld, PageScan scan, String siteName, String pageUrl) {
        if (ld.publisherTypes.contains(NEWS_PUBLISHER)) {
            return List.of(); // a newspaper's press-room section or unsigned brief: no issuer of its own
        }
        String host = HostLabels.host(pageUrl);
        String issuer = issuerName(meta, ld, scan, siteName);
        if (issuer == null) {
            return List.of();
        }
        // an emergency service, a ministry, a court, a parliament, a university or a research institute is a public body on any
        // domain: "politie.nl", "polisen.se", a German Land's "polizei.sachsen.de", a region's civil-protection agency,
        // "bundesgerichtshof.de", "raadvanstate.nl", "univ-valmont.fr"
        boolean government = host != null && (GOVERNMENT_HOST.matcher(host).find()
                || (EMERGENCY_SERVICE.matcher(issuer).lookingAt() || MINISTRY.matcher(issuer).lookingAt()
                        || COURT_OR_PARLIAMENT.matcher(issuer).lookingAt() || ACADEMIC_INSTITUTION.matcher(issuer).find())
                && !PUBLICATION_WORD.matcher(issuer).find());
        boolean typed = ld.publisherTypes.stream().anyMatch(ISSUER_TYPES::contains);
        if (!government && !typed && !leadNames(scan, issuer)) {
            return List.of(); // the site is no public body and the text does not speak of it: a publication's page
        }
        String path = path(pageUrl, host);
        boolean marked = RELEASE_PATH_WORDS.stream().anyMatch(path::contains) || releaseClass(scan)
                || government && newsAddress(host, path);
        if (!marked) {
            marked = labelled(scan, government);
        }
        return marked ? List.of(issuer) : List.of();
    }

    /**
     * The name the site gives itself: its JSON-LD publisher's, og:site_name's first part, the home link's logo, or the
     * name the page's title gives the site. Null when none is a short name.
     */
    private static String issuerName(MetaTags meta, JsonLdFacts ld, PageScan scan, String siteName) {
        String og = meta.first("og:site_name");
        String[] stated = {ld.publisherName, og == null ? null : NAME_SEPARATOR.split(og.strip(), 2)[0], logoAlt(scan), siteName};
        for (String s : stated) {
            if (s != null && !s.isBlank() && s.strip().length() <= MAX_NAME_CHARS && !HOST_LIKE.matcher(s).find()
                    && !AuthorNames.isGenericCredit(s.strip())) {
                return s.strip();
            }
        }
        return null;
    }

    /** The page's header, a described picture in a link, and a link, as {@link #logoAlt} seeks them: parsed once. */
    private static final Evaluator HEADER = QueryParser.parse("header, #header, .header");
    private static final Evaluator LINKED_LOGO = QueryParser.parse("a[href] img[alt]");
    private static final Evaluator ANY_LINK = QueryParser.parse("a");

    /** The alt text of the logo in the page's header that links home ("<a class=brand><img alt='...'>"); null if none. */
    private static String logoAlt(PageScan scan) {
        Element header = scan.document().selectFirst(HEADER);
        if (header == null) {
            return null;
        }
        for (Element img : header.select(LINKED_LOGO)) {
            Element a = img.closest(ANY_LINK);
            String cues = (a.className() + " " + img.className() + " " + img.attr("src")).toLowerCase(Locale.ROOT);
            if (cues.contains("logo") || cues.contains("brand")) {
                // the name before what the link does: "Bundesgerichtshof - Zur Startseite", as og:site_name is parted
                String alt = NAME_SEPARATOR.split(inFirstScript(img.attr("alt").strip()), 2)[0];
                return alt.length() >= 2 && !alt.toLowerCase(Locale.ROOT).contains("logo") ? alt : null;
            }
        }
        return null;
    }

    /**
     * The leading words of a name written in the script of its first word: a logo's alt text giving the name in two
     * scripts ("経済産業省 METI Ministry of Economy, Trade and Industry") names the body first as the page's own
     * language does.
     */
    static String inFirstScript(String name) {
        String[] words = name.split("\\s+");
        Character.UnicodeScript first = null;
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(w.codePointAt(0));
            if (first == null) {
                first = script;
            } else if (script != first && script != Character.UnicodeScript.COMMON) {
                break; // the name again, in another script
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** True when the headline or the text's opening paragraphs state the issuer's name or its initials ("ČNB"). */
    private static boolean leadNames(PageScan scan, String issuer) {
        StringBuilder lead = new StringBuilder();
        Element h1 = scan.firstH1();
        if (h1 != null) {
            lead.append(h1.text()).append(' ');
        }
        Element title = scan.title();
        if (title != null) {
            // the headline part, not the site's name after it ("…を発売。｜サンワサプライ株式会社": a full-width bar needs no blanks)
            lead.append(TITLE_SITE_SEPARATOR.split(title.text(), 2)[0]).append(' ');
        }
        int read = 0;
        for (Element p : scan.paragraphs()) {
            if (p.closest(PageRegions.SITE_CHROME) != null || outsideRelease(p)) {
                continue;
            }
            lead.append(p.text()).append(' ');
            if (++read >= LEAD_PARAGRAPHS) {
                break;
            }
        }
        String text = lead.toString();
        if (text.toLowerCase(Locale.ROOT).contains(issuer.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String initials = initials(issuer);
        if (initials != null && Pattern.compile("(?<!\\p{L})" + Pattern.quote(initials) + "(?!\\p{L})").matcher(text).find()) {
            return true;
        }
        String head = branchHead(issuer);
        return head != null && Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(head) + "(?![\\p{L}])").matcher(text).find();
    }

    /**
     * The name's first word when the name is a branch's: an organisation's short name, then its region or seat ("ver.di
     * Bayern", "CCOO de Madrid", "CGIL Emilia-Romagna", "FNV Noord"), as unions', parties' and associations' regional sites
     * name themselves; null otherwise, and null for a name that calls itself a publication ("SAP News Center", "DGB
     * Magazin": {@link #PUBLICATION_WORD}), whose name is its newsroom's. A short name is written in capitals ("CCOO", "CGIL") or
     * spells its initials with a stop inside ("ver.di"), of three characters at least, and the branch's name is of
     * {@link #MAX_BRANCH_WORDS} words at most. The release speaks of the organisation by its short name alone ("ver.di ruft
     * … auf"), not of its branch.
     */
    static String branchHead(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_BRANCH_WORDS || PUBLICATION_WORD.matcher(name).find()) {
            return null;
        }
        return SHORT_NAME.matcher(words[0]).matches() ? words[0] : null;
    }

    /** A branch's name is this long at most: the short name, a preposition and a region of two words. */
    private static final int MAX_BRANCH_WORDS = 4;

    /**
     * An organisation's short name: three capitals or more ("CCOO", "CGIL", "FNV", "UGT", "DGB"), or letters with a stop
     * inside ("ver.di").
     */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}{3,}|\\p{Ll}{2,}\\.\\p{Ll}{2,}");

    /** Class or id words of the boxes a page opens with before its text: a cookie bar, skip links. */
    static final List<String> BEFORE_TEXT_BOX_WORDS = List.of("cookie", "consent", "gdpr", "skip");

    /** The ancestors climbed for a box's word: a cookie bar nests its paragraphs a few boxes deep. */
    private static final int MAX_BOX_DEPTH = 4;

    /**
     * True when a paragraph is no part of the release: a cookie bar's or a skip-link block's ({@link #BEFORE_TEXT_BOX_WORDS}),
     * or a lone link ("Ugrás a tartalomra"). Such boxes open many pages and would use up the lead's window.
     */
    private static boolean outsideRelease(Element p) {
        Element only = p.childrenSize() == 1 ? p.child(0) : null;
        if (only != null && only.normalName().equals("a") && only.text().length() == p.text().length()) {
            return true;
        }
        Element e = p;
        for (int depth = 0; e != null && depth < MAX_BOX_DEPTH; depth++, e = e.parent()) {
            String cues = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (!cues.isBlank() && BEFORE_TEXT_BOX_WORDS.stream().anyMatch(cues::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The upper-case initials of a name of three words or more ("Česká národní banka" gives "ČNB"); null otherwise. */
    private static String initials(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 3) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                out.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return out.length() >= 3 ? out.toString() : null;
    }

    /** The lower-cased path and query of the address; empty when there is none. */
    private static String path(String pageUrl, String host) {
        if (pageUrl == null || host == null) {
            return "";
        }
        int at = pageUrl.toLowerCase(Locale.ROOT).indexOf(host);
        return at < 0 ? "" : pageUrl.substring(at + host.length()).toLowerCase(Locale.ROOT);
    }

    /** True when a host label or a path segment is a news section's word ({@link #NEWS_PATH_WORDS}): news.un.org. */
    private static boolean newsAddress(String host, String path) {
        for (String label : host.split("\\.")) {
            if (NEWS_PATH_WORDS.contains(label)) {
                return true;
            }
        }
        for (String segment : path.split("[/?&=]")) {
            if (NEWS_PATH_WORDS.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /** True when the body or an article element carries a release's class word ({@link #RELEASE_CLASS_WORDS}). */
    private static boolean releaseClass(PageScan scan) {
        Element body = scan.document().body();
        if (body == null) {
            return false;
        }
        if (namesRelease(body.className())) {
            return true;
        }
        for (Element article : body.getElementsByTag("article")) {
            if (namesRelease(article.className())) {
                return true; // each class read alone: a page of thousands of articles is not joined into one string
            }
        }
        return false;
    }

    private static boolean namesRelease(String classes) {
        String lower = classes.toLowerCase(Locale.ROOT);
        return RELEASE_CLASS_WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * True when a short element's own text, outside the site's menus, header and footer (a breadcrumb excepted), is a
     * release's label, or on a government's domain a news section's ({@link #NEWS_LABELS}).
     */
    private static boolean labelled(PageScan scan, boolean government) {
        // the first elements only, walked lazily: the whole page is not listed to read a few thousand of it
        for (Element e : (Iterable<Element>) scan.document().stream().limit(MAX_ELEMENTS)::iterator) {
            String own = e.ownText();
            if (own.length() < 2 || own.length() > MAX_LABEL_CHARS) {
                continue; // most elements: no text of their own, or a sentence
            }
            String label = own.strip().toLowerCase(Locale.ROOT);
            if (label.endsWith(":")) {
                label = label.substring(0, label.length() - 1).strip();
            }
            boolean release = RELEASE_LABELS.contains(label);
            if (!release && !(government && NEWS_LABELS.contains(label))) {
                continue;
            }
            if (e.closest(PageRegions.SITE_CHROME) == null || inBreadcrumb(e)) {
                return true;
            }
        }
        return false;
    }

    /** True when the element sits in a breadcrumb trail (a class or id naming one, or schema.org's BreadcrumbList). */
    private static boolean inBreadcrumb(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String cues = (p.className() + " " + p.id() + " " + p.attr("itemtype")).toLowerCase(Locale.ROOT);
            if (cues.contains("breadcrumb")) {
                return true;
            }
        }
        return false;
    }
}
