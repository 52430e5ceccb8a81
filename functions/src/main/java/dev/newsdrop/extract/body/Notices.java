package dev.newsdrop.extract.body;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.authors.PatternOpenings;
import dev.newsdrop.extract.text.FirstAppearance;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notices a site sets into an article's text that are about the page, not the story, told by their
 * wording in the languages of the pages read: an affiliate disclosure ("If you buy through a link,
 * we earn a commission"), a mailing list's footer ("You are receiving this e-mail because ...
 * unsubscribe"), and a paywall's offer box, whose mark in every language is the line asking
 * whether the reader is a subscriber already ("Schon Abonnent?", "Already a subscriber?"); and labels a law
 * requires over each of a publisher's materials, in the law's own words ({@link #isStatutoryLabel}), or over each
 * advertisement for gambling ({@link #isGamblingWarning}).
 */
final class Notices {

    /** A notice is a short paragraph: a sentence or three. */
    static final int MAX_NOTICE_CHARS = 400;

    /** An offer box is a few short lines: a question, a pitch with its price, a button, a login link. */
    static final int MAX_OFFER_BOX_CHARS = 600;

    /** An offer box holds less than this share of the container's text: more is the article around it. */
    static final double MAX_OFFER_BOX_SHARE = 0.5;

    /** A prompt line is short: the question and its link. */
    static final int MAX_PROMPT_LINE_CHARS = 120;

    /** Children of a box asked for its prompt line: a box has a few lines. */
    private static final int MAX_BOX_LINES_ASKED = 12;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * The disclosure's own sentence, first person, in English, German, French, Spanish, Italian,
     * Dutch, Polish and Portuguese: the site or writer earns a commission, or the text holds affiliate links.
     */
    private static final Pattern AFFILIATE_DISCLOSURE = Pattern.compile(
            "\\b(?:we|i)(?: may| might| could| will)? (?:earn|receive|get|make)s? (?:an? )?(?:small |affiliate |tiny )?commission"
                    + "|(?:contains?|may contain|includes?|uses?) (?:some )?affiliate links|as an amazon associate|qualifying purchases"
                    // the credit Amazon's API licence asks beside its product pictures, as shop plugins print it
                    // ("Letzte Aktualisierung am 2.11.2026 / Affiliate Links / Bilder von der Amazon Product Advertising API")
                    + "|amazon product advertising api"
                    + "|\\b(?:erhalten|bekommen|verdienen) (?:wir|ich)\\b[^.!?]{0,60}provision"
                    + "|\\b(?:erhalte|bekomme|verdiene) ich\\b[^.!?]{0,60}provision"
                    + "|\\b(?:wir|ich) (?:erhalten|erhalte|bekommen|bekomme|verdienen|verdiene)\\b[^.!?]{0,60}provision"
                    + "|(?:enthält|enthalten|sind) (?:sogenannte |so genannte )?(?:affiliate|partner|werbe|provisions)-?links"
                    + "|\\b(?:nous|je)(?: pouvons| pourrions| pouvez)? (?:percev|touch|recev|gagn)\\p{L}* (?:une )?(?:petite )?commission"
                    + "|contient des liens (?:d'affiliation|d’affiliation|affiliés|sponsorisés)"
                    + "|\\b(?:podemos|puedo|podríamos) (?:recibir|ganar|obtener|cobrar) (?:una )?(?:pequeña )?comisión"
                    + "|\\b(?:recibimos|obtenemos|ganamos|recibo|cobramos) una (?:pequeña )?comisión|enlaces de afiliad[oa]s"
                    + "|\\b(?:potremmo|possiamo|potrei) (?:ricevere|guadagnare|percepire) (?:una )?(?:piccola )?commissione"
                    + "|\\b(?:riceviamo|guadagniamo|percepiamo) una (?:piccola )?commissione|link (?:di affiliazione|affiliati)"
                    + "|\\b(?:ontvangen|krijgen|verdienen) (?:wij|we|ik) (?:mogelijk )?(?:een )?(?:kleine )?commissie"
                    // Dutch sites name the commission a fee ("vergoeding"): "Wij ontvangen een vergoeding als je via de links …
                    // iets koopt", "Via links in dit artikel krijgen we mogelijk een kleine vergoeding"; a report of a fee paid
                    // speaks of no links, which the disclosure's other half ({@link #LINK_WORD}) asks for
                    + "|\\b(?:wij|we|ik) (?:ontvangen|krijgen|verdienen|ontvang|krijg|verdien) (?:mogelijk |soms )?(?:een )?(?:kleine )?vergoeding"
                    + "|\\b(?:ontvangen|krijgen|verdienen) (?:wij|we|ik) (?:mogelijk |soms )?(?:een )?(?:kleine )?vergoeding"
                    + "|\\b(?:otrzymujemy|możemy otrzymać|dostajemy) (?:niewielką )?prowizję|linki (?:afiliacyjne|partnerskie)"
                    + "|\\b(?:posso|podemos|poderemos) (?:receber|ganhar) (?:uma )?(?:pequena )?comissão"
                    + "|\\b(?:recebo|recebemos|ganho|ganhamos) uma (?:pequena )?comissão|links de afiliad[oa]s"
                    // the same in the third person, the site or publisher named as the one paid ("O Site pode receber comissão por
                    // compras", "El Diario puede recibir una comisión", "Rivista potrebbe ricevere una commissione", "Serwis może otrzymać prowizję")
                    + "|\\b(?:may|might|can|could) (?:earn|receive|get|make) (?:an? )?(?:small |affiliate |tiny )?commission"
                    // a comparison site's advertiser disclosure names the commission compensation ("We may be compensated
                    // when you click on links to products from our partners")
                    + "|\\b(?:we|i)(?: may| might| can| could)? (?:be|get) compensated\\b"
                    + "|\\b(?:we|i)(?: may| might| can| could)? (?:receive|earn|get) compensation\\b"
                    + "|\\b(?:pode|podem|poderá|poderão) (?:receber|ganhar) (?:uma )?(?:pequena )?comissão"
                    + "|\\b(?:recebe|ganha) (?:uma )?(?:pequena )?comissão"
                    + "|\\b(?:puede|pueden|podría|podrían) (?:recibir|ganar|obtener|cobrar) (?:una )?(?:pequeña )?comisión"
                    + "|\\b(?:recibe|obtiene|gana|cobra) una (?:pequeña )?comisión"
                    + "|\\b(?:può|possono|potrebbe|potrebbero) (?:ricevere|guadagnare|percepire) (?:una )?(?:piccola )?commissione"
                    + "|\\b(?:riceve|guadagna|percepisce) una (?:piccola )?commissione"
                    + "|\\b(?:peut|peuvent|pourrait|pourraient) (?:percevoir|toucher|recevoir|gagner) (?:une )?(?:petite )?commission"
                    + "|\\b(?:ontvangt|krijgt|verdient) (?:\\p{L}+ )?(?:mogelijk )?(?:een )?(?:kleine )?commissie"
                    + "|\\b(?:może|mogą|możemy) (?:otrzymać|dostać|zarobić) (?:niewielką |drobną )?prowizję"
                    + "|\\b(?:otrzymuje|dostaje|otrzymujemy|dostajemy) (?:niewielką |drobną )?prowizję",
            FLAGS);

    /** A word of links or of an affiliate programme: a disclosure speaks of the links it discloses. */
    private static final Pattern LINK_WORD = Pattern.compile(
            "link|lien|enlace|collegament|affiliat|afiliad|affiliazion|amazon|partnerprogramm", FLAGS);

    /** A mailing list's footer: why the reader receives the message, in the languages above. */
    private static final Pattern MAILING_FOOTER = Pattern.compile(
            "\\b(?:sie erhalten|du erhältst|ihr erhaltet) (?:diese|diesen|dieses) (?:e-?mail|\\p{L}*(?:mail|nachricht|meldung|mitteilung"
                    + "|information|benachrichtigung|newsletter|brief))(?![\\p{L}])"
                    + "|\\b(?:you are|you're|you) receiv(?:ing|ed) this (?:\\p{L}+ )?(?:e-?mail|email|message|newsletter|release|alert"
                    + "|notification|update|digest|bulletin)\\b"
                    + "|\\bvous recevez (?:ce|cet|cette) (?:e-?mail|courriel|message|communiqué|lettre)"
                    + "|\\b(?:recibe|recibes|está recibiendo|estás recibiendo|ha recibido|has recibido) este (?:correo|mensaje|comunicado|boletín)"
                    + "|\\b(?:ricevi|riceve|sta ricevendo|stai ricevendo|hai ricevuto|ha ricevuto) questa (?:e-?mail|mail|comunicazione|newsletter)"
                    + "|\\b(?:u ontvangt|je ontvangt|jij ontvangt|u heeft|je hebt) (?:deze|dit) (?:e-?mail|mail|nieuwsbrief|bericht)",
            FLAGS);

    /** ...and the way out of the list it names: "unsubscribe", "abmelden", "se désabonner". */
    private static final Pattern UNSUBSCRIBE_WORD = Pattern.compile(
            "unsubscrib|opt[- ]out|abmelden|abbestellen|austragen|abonniert|subscribed|désabonn|désinscri|abonné"
                    + "|darse de baja|darte de baja|suscrit|cancellar|disiscriv|iscritt|uitschrijven|afmelden|aangemeld",
            FLAGS);

    /**
     * The page's own notice that the article is for subscribers ("Cet article est réservé aux abonnés", "This story is
     * only available to subscribers", "Dieser Artikel ist nur für Abonnenten"): the page names itself, so the line is a
     * notice with or without its button or login link beside it ({@link #isSubscriberOnlyNotice}).
     */
    private static final String SUBSCRIBER_ONLY = "(?:cet article|ce contenu) est réservé aux abonnés"
            + "|this (?:article|story) is (?:only )?(?:for|available to|exclusive to) subscribers"
            + "|dieser (?:artikel|beitrag) ist (?:nur )?für abonnenten|este artículo es exclusivo para (?:suscriptores|socios)"
            + "|questo articolo è riservato agli abbonati|dit artikel is (?:alleen|exclusief) (?:beschikbaar )?voor abonnees";

    private static final Pattern SUBSCRIBER_ONLY_NOTICE = Pattern.compile(SUBSCRIBER_ONLY, FLAGS);

    /** The line of a paywall's offer that asks whether the reader subscribes already, or wants to read on. */
    private static final Pattern PAYWALL_PROMPT = Pattern.compile(
            "(?:(?:sie sind|du bist|sind sie|bist du) )?(?:schon|bereits) (?:abonnent(?:in)?|abonniert|abokunde|digital-abonnent(?:in)?)\\b"
                    // the same asked of the reader's subscription, and the offer's head naming the paper's paid tier ("Sie haben
                    // bereits ein Abo?", "Jetzt weiterlesen mit LZ+")
                    + "|(?:sie haben|du hast|haben sie|hast du) (?:schon|bereits) ein (?:abo|abonnement|digital-abo|digitalabo)\\b"
                    + "|jetzt weiter ?lesen mit\\b"
                    + "|(?:sie möchten|möchten sie|du möchtest|möchtest du|wollen sie|willst du) (?:gerne |gern )?weiterlesen"
                    + "|already (?:a |an )?(?:subscriber|subscribed)\\b|(?:want|like) to (?:keep|continue) reading"
                    + "|déjà abonné|vous souhaitez lire la suite|¿?ya (?:eres|es|soy) suscriptor|já (?:é|és|sou) assinante"
                    + "|(?:sei|sono|è) già abbonat|al (?:een )?abonnee|masz już (?:subskrypcję|prenumeratę)"
                    + "|(?:är du )?redan prenumerant|(?:er du )?allerede abonnent|oletko jo tilaaja|už máte předplatné|již (?:jste|máte) předplat"
                    // the page's own notice that the article is for subscribers, its button beside it
                    + "|" + SUBSCRIBER_ONLY
                    // the same on Japanese papers: "この記事の続きは会員登録（無料）でお読みいただけます", "この記事は有料会員限定です"
                    + "|(?:この|本)記事の続きは|(?:この|本)記事は[^。]{0,30}(?:続き|全文)を|続きを(?:お読み|読む)(?:いただく)?には"
                    + "|(?:この|本)記事は(?:有料)?会員限定",
            FLAGS);

    /**
     * A subscription's pitch: a line addressing the reader that offers the paper for a trial period or
     * a price ("Testen Sie RK+ einen Monat kostenlos", "Jetzt 4 Wochen gratis lesen", "Abonnez-vous
     * pour 1 € le premier mois", "Start your free trial"). The address (an imperative, "Sie",
     * "jetzt") and the offer (free, a price) together: a report on a service's trial offer states it.
     */
    private static final Pattern SUBSCRIPTION_PITCH = Pattern.compile(
            "\\b(?:testen|lesen) sie\\b[^.!?]{0,60}\\b(?:gratis|kostenlos)"
                    + "|\\bjetzt\\b[^.!?:]{0,40}\\b(?:gratis|kostenlos) (?:lesen|testen)"
                    + "|\\bjetzt (?:[\\p{L}-]+ ){0,4}(?:abonnieren|abonnent(?:in)? werden|abo (?:abschließen|sichern|bestellen))"
                    + "|\\bsubscribe (?:now |today )?(?:for|from) (?:just |only )?(?:[$£€]\\s?\\d|\\d)"
                    + "|\\bstart (?:your|a) (?:\\d+[- ]day |free )*(?:free )?trial\\b"
                    + "|(?:^|[.!?:]\\s+)(?:try|get|read)\\b[^.!?]{0,40}\\b(?:free for (?:\\d+|one|a) (?:days?|weeks?|months?)"
                    + "|(?:\\d+|one|a) (?:days?|weeks?|months?) (?:free|for (?:just |only )?[$£€]\\s?\\d))"
                    + "|\\babonnez-vous\\b[^.!?]{0,40}(?:\\d|gratuit|offert)"
                    + "|\\b(?:essayez|testez|lisez)\\b[^.!?]{0,40}\\b(?:gratuitement|gratuit|offert)"
                    + "|\\bsuscr[ií]bete\\b[^.!?]{0,40}(?:\\d|gratis)|\\babbonati\\b[^.!?]{0,40}(?:\\d|gratis|gratuit)"
                    + "|\\bassine\\b[^.!?]{0,40}(?:\\d|grátis|gratuit)"
                    // Polish: "Wykup dostęp do … Premium za 9,90 zł miesięcznie", "Wykup subskrypcję za 1 zł"
                    // Nordic and Dutch: "Lue juttu loppuun tilaamalla", "Tilaa 1 €/kk", "Bli abonnent for 1 kr", "Bliv abonnent i dag
                    // for 29 kr", "Prenumerera för 1 kr", "Läs vidare som prenumerant", "Word abonnee voor €1", "Lees verder met een
                    // abonnement": the reader told to subscribe, with the price or the text's rest offered
                    + "|(?:^|[.!?:]\\s+)lue (?:koko |tämä )?(?:juttu|artikkeli)[^.!?]{0,30}\\btilaa(?:malla|jana)"
                    + "|(?:^|[.!?:]\\s+)tilaa\\b[^.!?]{0,40}(?:\\d\\s?€|€\\s?\\d|ilmaiseksi)"
                    + "|\\b(?:bli|bliv|word) (?:abonnent|abonnee)\\b[^.!?]{0,60}(?:\\d|gratis)"
                    + "|(?:^|[.!?:]\\s+)(?:prenumerera|teckna prenumeration)\\b[^.!?]{0,60}(?:\\d\\s?kr|gratis)"
                    + "|(?:^|[.!?:]\\s+)(?:les|läs|læs|lees) (?:videre|vidare|resten|verder)\\b[^.!?]{0,40}\\b(?:abonnent|abonnement|prenumer|abonnee)"
                    + "|(?:^|[.!?:]\\s+)wykup (?:dostęp|subskrypcję|prenumeratę|abonament)(?![\\p{L}])[^.!?]{0,60}(?:\\d|za darmo|gratis)"
                    // Czech, Slovak, Polish and Hungarian: "Předplaťte si nás a ušetříte 20 %", "Predplaťte si denník za 1 €",
                    // "Zaprenumeruj za 9,90 zł", "Fizessen elő 30%-os kedvezménnyel": the imperative with the price or the saving
                    + "|(?:^|[.!?:]\\s+)(?:předplaťte|predplaťte|zaprenumeruj|zaprenumerujcie|fizessen elő|fizess elő)(?![\\p{L}])"
                    + "[^.!?]{0,60}(?:\\d|zdarma|zadarmo|za darmo|gratis|ingyen|ušetří|ušetrí)"
                    // a newsletter's own pitch under a post, the posts themselves offered ("Subscribe for free to receive new posts
                    // and support my work", "Subscribe to get new posts in your inbox")
                    + "|(?:^|[.!?:]\\s+)subscribe (?:for free |now |today )?to (?:receive|get) (?:new|future|my|our|the latest)"
                    + " (?:posts|stories|articles|issues|editions|essays)(?![\\p{L}])",
            FLAGS);

    /**
     * A pitch of unlimited access addressed to the reader and offered for a price or free ("Get
     * unlimited access to the Ledger for just $1 a week", "Sichern Sie sich unbegrenzten Zugriff für
     * 1 €", "Get unlimited digital access for only 99 cents"): a subscription's pitch too; a report
     * that a service "offers unlimited access for $9.99" addresses no one.
     */
    private static final Pattern ACCESS_PITCH = Pattern.compile(
            "\\b(?:get|enjoy|unlock|gain|sichern sie sich|genießen sie|profitez d['’]un|obtenez un|disfruta de|ottieni)"
                    + " (?:\\p{L}+ )?(?:unlimited|unrestricted|unbegrenzten|unbeschränkten|accès illimité|acceso ilimitado"
                    + "|accesso illimitato)(?![\\p{L}])[^.!?]{0,80}(?:[$£€]\\s?\\d|\\d\\s?(?:[$£€¢]|euro|cents?\\b|ct\\b)|\\bfree\\b|gratis|kostenlos|gratuit)"
                    + "|\\bonbeperkt(?:e)? toegang\\b[^.!?]{0,80}(?:€\\s?\\d|\\d\\s?€|gratis)",
            FLAGS);

    /**
     * "Support (independent) journalism" as donation boxes of Central and Eastern European and Nordic papers
     * ask it, in words that begin with a Latin letter: the imperatives (Polish "Wspieraj", Slovak "Podporte",
     * Croatian, Bosnian and Serbian "Podržite", Slovene "Podprite", Romanian "Susține"/"Sprijină", Hungarian
     * "Támogassa", Finnish "Tue", Estonian "Toeta", Latvian "Atbalsti", Lithuanian "Paremkite"), the adjectives
     * before the noun, and the noun in the case the imperative governs ("neovisno novinarstvo", "jurnalismul", "žurnalistiku");
     * also Portuguese "Apoie o jornalismo", its article or possessive before the noun ("o", "nosso"), Galician "Apoia o
     * xornalismo" and Basque "Lagundu kazetaritza" (the verb first in both, as the Iberian minority-language papers ask it).
     */
    private static final String SUPPORT_VERBS = "apoie|apoiem|apoia|apoiade|lagundu|wspieraj|wspierajcie|podporte|podržite|podrzite|podprite|susține|susţine|susțineți"
            + "|sprijină|sprijiniți|támogassa|támogasd|támogassák|tue|tukekaa|toeta|toetage|atbalsti|atbalstiet|paremkite|cefnogwch|cefnoga";
    /**
     * The reader asked to support the site itself, the imperative with "us" ({@link #MEMBERSHIP_PITCH}'s donation asked
     * for): English, French (formal and familiar), Spanish, Italian, Portuguese and Dutch.
     */
    private static final String SUPPORT_US_IMPERATIVES = "(?:support us|soutenez-nous|aidez-nous|soutiens-nous|aide-nous|apóyanos|ayúdanos"
            + "|sostienici|aiutaci|apoie-nos|ajude-nos|steun ons)";
    private static final String SUPPORT_ADJECTIVES = "a|o|nosso|neovisno|nezavisno|neodvisno|nezávislú|nezávislé|kvalitno|lokalno|független"
            + "|minőségi|laadukasta|riippumatonta|sõltumatut|kvaliteetset|neatkarīgu|nepriklausomą|ein|leol|annibynnol";
    private static final String SUPPORT_JOURNALISM_NOUNS = "jornalismo|novinarstvo|novinárstvo|jurnalismul|jurnalismului|jurnalism|újságírást"
            + "|journalismia|ajakirjandust|žurnalistiku|žurnalistiką|žurnālistiku|xornalismo|kazetaritza|kazetaritzari|newyddiaduraeth";

    /**
     * A membership's or a supporter's pitch: a sentence that opens by asking the reader to become a
     * member or supporter ("Become a member today", "Jetzt Mitglied werden", "Werdet jetzt Fördermitglied", "Devenez
     * membre", "Word lid", Basque "Egin zaitez bazkide") or to support the journalism ("Support independent journalism", "Unterstützen Sie
     * unabhängigen Journalismus"), or to support the site for a price ("Support the Public Ledger from as little as
     * £1"). The imperative opens the sentence: a report says that people "can become members", and a quote is
     * opened by its quotation mark.
     */
    private static final Pattern MEMBERSHIP_PITCH = Pattern.compile(
            "(?:^|[.!?]\\s+)(?:become|werden sie|werdet|werde|jetzt|devenez|word|hazte|diventa|zostań|torne-se|egin zaitez|fes-te(?:['’]n)?)\\s(?:\\p{L}+\\s){0,2}"
                    + "(?:member|supporter|(?:förder)?mitglied|(?:förder)?unterstützer(?:in|:in|\\*in)?|membre|lid|socio|miembro"
                    + "|membro|członkiem|bazkide|harpidedun|soci|sòcia|subscriptora?|mecenes)(?![\\p{L}])"
                    + "|(?:^|[.!?]\\s+)(?:support|unterstützen sie|soutenez|steun|apoya|sostieni|wesprzyj|podpořte|" + SUPPORT_VERBS + ")\\s"
                    + "(?:(?:our|independent|local|quality|unseren|unabhängigen|lokalen|guten|notre|le|un|onze|de|onafhankelijke|nuestro|el"
                    + "|il|nostro|nasze|niezależne|lokalne|nezávislou|regionální|kvalitní|" + SUPPORT_ADJECTIVES + ")\\s){0,2}"
                    // a German compound names the thing last: "Lokaljournalismus", "Qualitätsjournalismus"
                    + "(?:journalism|(?:\\p{L}{2,16})?journalismus|journalisme|journalistiek|periodismo|giornalismo|dziennikarstwo|novinařinu|"
                    + SUPPORT_JOURNALISM_NOUNS + ")(?![\\p{L}])"
                    // the site itself asked to be supported for a price ("Support the Public Ledger from as little as £1")
                    + "|(?:^|[.!?]\\s+)(?:support|soutenez|apoya|sostieni|unterstützen sie) \\S[^.!?]{0,40}?"
                    + " (?:from|for|with|ab|dès|desde|da) (?:as little as|just|only|nur|seulement|solo) (?:[$£€]\\s?\\d|\\d[\\d.,]*\\s?(?:[$£€]|euros?))"
                    // a subscription asked for as the way to support the news ("Subscribe now to support local news")
                    + "|(?:^|[.!?]\\s+)(?:subscribe|sign up)(?: now| today)? to support (?:(?:our|independent|local|quality)\\s){0,2}"
                    + "(?:journalism|news|reporting)(?![\\p{L}])"
                    // the same asked politely, the reader to "consider supporting our journalism"
                    // (the reader addressed: "please", the sentence's opening, or "you" before it; "asked them to consider …" reports it)
                    + "|(?:(?:^|[.!?,]\\s+)(?:please\\s+)?|\\byou(?:\\s+\\p{L}+){0,2}\\s+)consider(?:ing)? supporting"
                    + " (?:(?:our|independent|local|quality)\\s){1,2}(?:journalism|reporting)(?![\\p{L}])"
                    // a donation asked for politely, the reader addressed by "please" ("If you value our interviews, please consider a
                    // monthly donation"), or the imperative opening the sentence in German and French ("Unterstützen Sie uns mit einer
                    // Spende", "Faites un don"); a story's report of an appeal names who asked ("urged people to consider a donation")
                    + "|(?:^|[.!?,]\\s+)please\\s+consider (?:making |giving )?(?:a |an )?(?:\\p{L}+\\s){0,3}?(?:donation|contribution|gift)(?![\\p{L}])"
                    // the same in Italian and Spanish, "please" asking it ("per favore considera una donazione", "por favor, considera
                    // hacer una donación"), and in Dutch with the donation closing the sentence ("Overweeg dan een donatie."): advice
                    // to donate blood or to a charity names what the donation goes to
                    + "|(?:^|[.!?,]\\s+)(?:per favore|por favor),?\\s+considera (?:di fare |hacer )?una (?:\\p{L}+\\s)?(?:donazione|donación)(?![\\p{L}])"
                    + "|(?:^|[.!?,]\\s+)overweeg (?:dan |alstublieft |a\\.u\\.b\\. )?een (?:\\p{L}+\\s)?donatie\\s*(?:[.!]|$)"
                    + "|(?:^|[.!?]\\s+)(?:bitte\\s+)?unterstützen sie uns(?: jetzt| bitte)? mit einer (?:\\p{L}+\\s)?spende(?![\\p{L}])"
                    // German reader-funded sites' box, the reader addressed familiarly and asked for a sum from a price ("Unterstütze
                    // uns mit einem Beitrag ab 4 Euro im Monat", "Unterstützt uns ab 3 €"), or told that the subscription makes the
                    // journalism possible ("Mit einem Abo ab 5 Euro machst du unabhängigen Lokaljournalismus möglich", "ermöglichst du"):
                    // "du" and "ihr" address the reader, as "Sie" does in capitals; "sie" in lower case is others (they)
                    + "|(?:^|[.!?]\\s+)(?:unterstütze|unterstützt|unterstützen sie) uns\\b[^.!?]{0,40}?\\b(?:ab|für) (?:nur |schon )?\\d[\\d.,]*\\s?(?:€|euro)(?![\\p{L}])"
                    + "|\\b(?:machst du|macht ihr|(?-i:machen Sie))\\s(?:[^.!?]{0,40}?\\s)?(?:\\p{L}{2,16})?journalismus(?: erst)? möglich(?![\\p{L}])"
                    + "|\\b(?:ermöglichst du|(?-i:ermöglichen Sie))\\s(?:[^.!?]{0,40}?\\s)?(?:\\p{L}{2,16})?journalismus(?![\\p{L}])"
                    + "|(?:^|[.!?]\\s+)faites un don(?![\\p{L}])"
                    // the site asking the reader to support it with a donation, the imperative and "us" as one word or two, after a
                    // clause at most ("Si vous le pouvez, soutenez-nous : chaque don compte.", "Support us with a donation",
                    // "Apóyanos con una donación", "Sostienici con una donazione", "Apoie-nos com uma doação", "Steun ons met een
                    // gift"); the donation named in the same sentence, which closes no quotation: an appeal a story reports is quoted
                    + "|(?:^|[.!?,:;]\\s+)" + SUPPORT_US_IMPERATIVES + "(?![\\p{L}])[^.!?«»“”\"]{0,60}?(?<![\\p{L}])"
                    + "(?:donations?|dons?|donaci[oó]n|donativos?|donazion[ei]|doaç(?:ão|ões)|donaties?|gift(?:en)?)(?![\\p{L}])(?![^.!?]{0,80}[»”\"])"
                    // Latin American sites' donation box, the reader asked for a contribution ("aporte") in the imperative, familiar or
                    // formal, as the box's heading or button ("Haz tu aporte", "Hacé tu aporte aquí", "Realiza un aporte y apoya …"), or
                    // told what it does ("Con tu aporte nos ayudas a …"); a campaign of that name opening a sentence is news ("Haga su
                    // aporte: así se llama la campaña …")
                    // the same in Galician, the contribution an "achega" ("Fai a túa achega.")
                    + "|(?:^|[.!?]\\s+)(?:fai|faga)\\s+(?:a\\s+túa|a\\s+súa|unha)\\s+achega\\s*[.!]*\\s*$"
                    + "|(?:^|[.!?]\\s+)(?:haz|hacé|haga|realiza|realizá|realice)\\s+(?:tu|su|un)\\s+aporte"
                    + "(?:(?:\\s+(?:aquí|acá|ahora|hoy))?\\s*[.!]*\\s*$|\\s+(?:y|para)\\s+(?:apoya|apoyar|ayúdanos|ayudarnos|sostén|sostener|seguir)(?![\\p{L}]))"
                    + "|(?:^|[.!?]\\s+)con (?:tu|su) aporte(?: \\p{L}+)? nos ayuda"
                    // the reader told that a sum a month helps the site, in Catalan, Spanish and Galician ("Amb 5 euros al mes ens
                    // ajudes a explicar …", "Con 3 euros al mes nos ayudas", "Con 4 euros ao mes axúdasnos"): the reader addressed
                    // ("ajudes", "ayudas") and the site the one helped ("ens", "nos"); a report of a fee names who pays it
                    + "|(?:^|[.!?]\\s+)(?:amb|con|per|por) (?:només |solo |sólo |só |tan sols )?\\d[\\d.,]*\\s?(?:€|euros?) (?:al|ao|a|per|cada|o) (?:mes|mês)"
                    + "[^.!?]{0,30}?(?<![\\p{L}])(?:(?:ens|nos) (?:ajudes|ajudeu|ayudas|ayudáis|axudas|ajudas)|axúdasnos|ajudas-nos)(?![\\p{L}])",
            FLAGS);

    /**
     * A prompt to install the publisher's own app, or to listen to its podcast: a sentence that opens with an imperative addressed
     * to the reader, formal or familiar, and names "our app" ("Laden Sie unsere App herunter", "Dann
     * laden Sie sich jetzt unsere kostenlose News-App herunter", "Jetzt unsere App herunterladen", "Installieren Sie unsere App",
     * "Download our app", "Téléchargez notre application", "Scarica la nostra app"). The imperative opens the
     * sentence, and the app is the site's ("unsere", "our"): a report says that users "können die App
     * herunterladen", and a guide's advice to install a warning app names that app. The podcast's prompt is the same
     * imperative and possessive before "podcast" ("Listen to our podcast", "Hören Sie auch unseren Podcast", "Luister ook
     * naar onze podcast", "Écoutez notre podcast", "Lyssna på vår podd"); a story that reviews a podcast names it.
     */
    private static final Pattern APP_PITCH = Pattern.compile(
            "(?:^|[.!?:]\\s+)(?:(?:dann|jetzt|einfach|gleich) )?(?:laden sie(?: sich)?|lade dir|ladet euch)(?: jetzt| gleich| einfach| doch)? unsere?"
                    + "\\s(?:\\p{L}+\\s){0,2}?(?:\\p{L}+-)?app(?![\\p{L}])[^.!?]{0,40}?\\bherunter"
                    + "|(?:^|[.!?:]\\s+)(?:(?:dann|jetzt|einfach|gleich) )?(?:installieren sie(?: sich)?|installiere dir)(?: jetzt| gleich| einfach| doch)? unsere?"
                    + "\\s(?:\\p{L}+\\s){0,2}?(?:\\p{L}+-)?app(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:jetzt|einfach|gleich) unsere? (?:\\p{L}+\\s){0,2}?(?:\\p{L}+-)?app (?:herunterladen|downloaden|installieren)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:download|install) our (?:\\p{L}+\\s){0,2}?app(?![\\p{L}])"
                    // the site's app named by the site's name, for its news: "Download the Deccan Daily Post app for the latest updates"
                    + "|(?:^|[.!?:]\\s+)(?:download|install|get) the (?:[\\p{L}\\p{N}'’&.-]+\\s){1,4}?(?:news )?app (?:for|to get|to read)"
                    + " (?:the |all the )?(?:latest|breaking|daily|real-time)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:téléchargez|installez) notre (?:\\p{L}+\\s){0,2}?(?:application|appli|app)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:descarga|descargue|descárgate|descárguese) nuestra (?:\\p{L}+\\s){0,2}?(?:app|aplicación)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)scarica la nostra (?:\\p{L}+\\s){0,2}?(?:app|applicazione)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)download onze (?:\\p{L}+\\s){0,2}?app(?![\\p{L}])"
                    // the site's podcast, as the same imperative names it: "Listen to our podcast", "Luister ook naar onze podcast"
                    + "|(?:^|[.!?:]\\s+)(?:listen to|subscribe to) our (?:[\\p{L}'’-]+\\s){0,3}?podcasts?(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:hören sie(?: sich)?|hör dir|hört euch|abonnieren sie)(?: auch| jetzt| doch| gleich)? unser(?:e|en)?"
                    + "\\s(?:\\p{L}+\\s){0,2}?(?:\\p{L}+-)?podcasts?(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)luister(?: ook| nu)? naar onze (?:\\p{L}+\\s){0,2}?podcasts?(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:écoutez|abonnez-vous à) (?:notre|nos) (?:\\p{L}+\\s){0,2}?podcasts?(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:escucha|escuche|escuchá) (?:nuestro|nuestros) (?:\\p{L}+\\s){0,2}?podcasts?(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:ascolta|ascoltate) il nostro (?:\\p{L}+\\s){0,2}?podcast(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:ouça|escute|oiça) (?:o )?nosso (?:\\p{L}+\\s){0,2}?podcast(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)lyssna(?: också)? på vår (?:\\p{L}+\\s){0,2}?(?:podd|podcast)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:posłuchaj|posłuchajcie) naszego (?:\\p{L}+\\s){0,2}?podcastu(?![\\p{L}])"
                    // Swedish, Norwegian, Danish and Polish: "our app", or the site's app by its name and what to do with it ("Ladda
                    // ner Radio Syd-appen och lyssna var du vill", "Last ned vår app", "Pobierz naszą aplikację")
                    + "|(?:^|[.!?:]\\s+)(?:ladda ner|ladda hem|last ned|hent|download) (?:vår|vores) (?:\\p{L}+\\s){0,2}?app(?:en)?(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)(?:ladda ner|ladda hem|last ned|hent|download) [\\p{L}\\p{N} ]{1,30}?-appen (?:og|och)(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)pobierz (?:naszą|bezpłatną) (?:\\p{L}+\\s){0,2}?aplikacj[ęa](?![\\p{L}])",
            FLAGS);

    /**
     * "Click here to" and the infinitive of the invitation, as Portuguese and Spanish pitches open ("📲 Clique aqui para seguir
     * o canal do g1 SP no WhatsApp", "Haz clic aquí para unirte a nuestro canal de WhatsApp"): the reader is addressed by the
     * imperative to click; the infinitive alone ("Seguir o canal ...") is no invitation.
     */
    private static final String CLICK_HERE_TO = "(?:clique|clica|toque|toca|haz clic|haga clic|da clic|dé clic|pincha|click|cliquez)"
            + " (?:aqui|aquí|here|ici) (?:e|para|y|to|pour) (?:seguir|entrar|participar|acompanhar|receber|unirte|unirse|suscribirte"
            + "|recibir|join|follow|get|rejoindre|suivre)";

    /**
     * A pitch to follow the site on a messaging app: a sentence opening with an invitation addressed to the reader
     * (join, follow, get, receive, in nine languages) that names the app within the sentence ("📲 Participe do canal do
     * Portal Interior no WhatsApp", "Entre no nosso grupo do WhatsApp", "Receba as notícias do Diário no seu WhatsApp",
     * "Mari bergabung di Grup Telegram", "Join The Lagoon Times WhatsApp Channel", "Pilih saluran andalanmu akses berita
     * Kabar.com WhatsApp Channel", choose your channel: a dot between letters, as in the site's address, ends no
     * sentence). {@link #CHANNEL_WORD} must be in the text too: the site's channel, group or news, or "our"; a report on
     * the app states facts, it addresses no one.
     */
    private static final Pattern CHANNEL_INVITATION = Pattern.compile(
            "(?:^|[.!?:]\\s+)[^\\p{L}\\p{N}]{0,4}(?:(?:mari|ayo|yuk) )?(?:" + CLICK_HERE_TO + "|join|follow|get|subscribe to|participe|participa|entre|siga|sigam"
                    + "|junte-se|receba|acompanhe|inscreva-se|únete|unete|síguenos|siguenos|sigue|suscríbete|recibe|rejoignez|suivez"
                    + "|abonnez-vous|recevez|unisciti|seguici|segui|iscriviti|ricevi|folgen sie|folge|abonnieren sie|abonniere|treten sie"
                    + "|tritt|bergabung(?:lah)?|gabung|ikuti|dapatkan|pilih(?:lah)? saluran|volg)(?![\\p{L}])(?:[^.!?]|\\.(?=\\p{L})){0,120}?"
                    + "(?<![\\p{L}])(?:whatsapp|telegram|google news)"
                    + "(?![\\p{L}])",
            FLAGS);

    /**
     * The words a {@link #CHANNEL_INVITATION} names the site's own channel with: a channel or group, the news, "our". French
     * names the news in the singular too, a mass noun ("recevez l'essentiel de l'actualité").
     */
    private static final Pattern CHANNEL_WORD = Pattern.compile(
            "(?<![\\p{L}])(?:channel|canal|chaîne|canale|kanal|saluran|group|grupo|grup|gruppo|gruppe|comunidade|comunidad|community"
                    + "|news|notícias|noticias|actualités|actualité|notizie|nachrichten|berita|updates?|atualizações|our|nosso|nossa|nuestro|nuestra"
                    + "|notre|nostro|nostra|unser\\p{L}*|kami)(?![\\p{L}])",
            FLAGS);

    /**
     * WhatsApp and Telegram as papers in Arabic script spell them (Arabic "واتساب", "واتس آب", "تيليجرام", "تلغرام", with or
     * without the article "ال"; Persian "تلگرام", "واتساپ"; Urdu "واٹس ایپ", "ٹیلی گرام"): their prompts to follow the channel name
     * the app in the page's own script.
     */
    private static final String ARABIC_SCRIPT_PLATFORMS = "(?:ال)?(?:واتس ?[اآ]ب|واتسآب|واتساپ|واٹس ?ایپ|تيليجرام|تليجرام|تلجرام|تلغرام|تيليغرام"
            + "|تلگرام|ٹیلی ?گرام)";

    /**
     * Google News, WhatsApp and Telegram as Bangladeshi and Nepali papers spell them in their own letters (Bengali "গুগল নিউজ",
     * "হোয়াটসঅ্যাপ", "টেলিগ্রাম"; Nepali and Hindi "गुगल न्युज", "ह्वाट्सएप", "टेलिग्राम"): their prompts to follow the channel
     * ("প্রভাতবার্তার খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন", to get the paper's news follow its Google News channel) name the
     * platform so.
     */
    private static final String BENGALI_AND_DEVANAGARI_PLATFORMS = "(?:গুগল নিউজ|হোয়াটসঅ্যাপ|হোয়াটসঅ্যাপ|টেলিগ্রাম|"
            + "गुगल न्युज|गूगल न्यूज़|गूगल न्यूज|ह्वाट्सएप|ह्वाट्सएप्प|व्हाट्सएप|व्हाट्सऐप|टेलिग्राम|टेलीग्राम)";

    /**
     * A prompt to follow the paper's account named by its handle on a social network, "Like Pakistan on Facebook, follow
     * @Pakistan on Twitter to stay informed": the imperative opening the line or a clause after a comma, and the handle,
     * address the reader; a report names who posted, and a sentence that tells where an account may be followed ("you can
     * follow @ObamaFoundation on Twitter") is the story's own text.
     */
    private static final String FOLLOW_HANDLE = "(?:^|[,;]\\s*(?:and\\s+)?)follow @[\\p{L}\\p{N}_.]{2,30} on (?:twitter|x|instagram|threads|tiktok|facebook)(?![\\p{L}])";

    /**
     * A prompt to follow the site, by its name, on a social network, as a line of its own under or between the paragraphs:
     * "Stay updated: follow Bicol Herald on Facebook for the latest bulletins", "Siga o Diário do Vale no Instagram", "Suivez
     * Le Courrier sur Facebook". The imperative opens the line or a sentence (after a label's colon); the name between it and
     * the network is read by {@link #isSiteFollowPrompt}, which asks that it be the site's own: a story that tells readers to
     * follow a weather service's or a council's account names someone else.
     */
    private static final Pattern SITE_FOLLOW_PROMPT = Pattern.compile(
            "(?:^|[.!?:]\\s+)[^\\p{L}\\p{N}]{0,4}(?:follow|siga|sigue|suivez|segui|seguite|folgen sie|folge|volg)\\s+"
                    + "(?<name>[^.!?:]{2,60}?)\\s+(?:on|no|na|en|sur|su|auf|op)\\s+"
                    + "(?:facebook|instagram|twitter|tiktok|youtube|linkedin|bluesky)(?![\\p{L}])",
            FLAGS);

    /** A {@link #SITE_FOLLOW_PROMPT} is a line, not a paragraph: this short at most. */
    static final int MAX_SITE_FOLLOW_CHARS = 200;

    /**
     * True when the short text is a prompt to follow the site on a social network by one of its names ({@link
     * #SITE_FOLLOW_PROMPT}, names compared as {@link #namesTheSite} compares them).
     */
    static boolean isSiteFollowPrompt(String text, List<String> siteNames) {
        if (text.length() > MAX_SITE_FOLLOW_CHARS || siteNames.isEmpty()) {
            return false;
        }
        Matcher m = SITE_FOLLOW_PROMPT.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            if (namesTheSite(name, siteNames) || namesTheSite(LEADING_ARTICLE.matcher(name).replaceFirst(""), siteNames)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The German and English prompts of {@link #SITE_APP_PROMPT}, each opening a line or a sentence (groups {@code name},
     * {@code name2}, {@code name3}).
     */
    private static final String SITE_APP_CALLS =
            "(?:^|[.!?:]\\s+)[^\\p{L}\\p{N}]{0,4}(?:(?:dann|jetzt|einfach|gleich) )?(?:laden sie(?: sich)?|lade dir|installieren sie(?: sich)?)"
                    + "(?: jetzt| gleich| einfach| doch| kostenlos)* die (?<name>[^.!?:]{2,40}?)[- ]app(?![\\p{L}])"
                    + "|(?:^|[.!?:]\\s+)[^\\p{L}\\p{N}]{0,4}(?:jetzt|einfach|gleich) die (?<name2>[^.!?:]{2,40}?)[- ]app (?:herunterladen|installieren)"
                    + "|(?:^|[.!?:]\\s+)[^\\p{L}\\p{N}]{0,4}(?:download|install|get) the (?<name3>[^.!?:]{2,40}?) app(?![\\p{L}])";

    /**
     * The Hindi and Marathi prompt of {@link #SITE_APP_PROMPT}, the verb closing the line after the app's name (group {@code
     * name4}). Every spelling of "app" it reads holds the letter pa ({@link #DEVANAGARI_PA}).
     */
    private static final String SITE_APP_CLOSING_VERB =
            "(?<name4>[^.!?:।]{2,80}?)\\s+(?:ऐप|ॲप|एप|एप्प|अ‍ॅप)\\s+(?:डाउनलोड|डाऊनलोड|इंस्टॉल|इन्स्टॉल)\\s+(?:करें|करे|कीजिए|करा|करो)(?![\\p{L}\\p{M}])";

    /**
     * A prompt to install the site's own app, named by the site's name, as a line of its own under or between the
     * paragraphs: German "Laden Sie jetzt die agrarwoche-App für iOS und Android herunter!", English "Download the Farm Gazette
     * app", and the Hindi and Marathi verb closing the line after the app's name ("… के लिए किसान दर्पण ऐप डाउनलोड करें",
     * "शेतीवार्ता ॲप डाउनलोड करा"). The imperative addresses the reader; the name caught ({@code name}) is read by {@link
     * #isSiteAppPrompt}, which asks that it, or its last words, be the site's own: a story advising farmers to install a
     * weather service's or a ministry's app names someone else's. {@link #APP_PITCH} reads the prompts that say "our app".
     */
    private static final Pattern SITE_APP_PROMPT = Pattern.compile(SITE_APP_CALLS + "|" + SITE_APP_CLOSING_VERB, FLAGS);

    /**
     * {@link #SITE_APP_PROMPT} without its Hindi and Marathi prompt, asked of a text with no {@link #DEVANAGARI_PA}: there
     * that prompt cannot match, and its lazy name, tried at every character, was most of the pattern's time.
     */
    private static final Pattern SITE_APP_CALL = Pattern.compile(SITE_APP_CALLS, FLAGS);

    /** Devanagari pa, which every spelling of "app" in {@link #SITE_APP_CLOSING_VERB} holds. */
    private static final char DEVANAGARI_PA = '\u092A';

    /** The groups of {@link #SITE_APP_PROMPT} that catch the app's name. */
    private static final String[] SITE_APP_GROUPS = {"name", "name2", "name3", "name4"};

    /** The groups of {@link #SITE_APP_CALL} that catch the app's name. */
    private static final String[] SITE_APP_CALL_GROUPS = {"name", "name2", "name3"};

    /** A {@link #SITE_APP_PROMPT} is a line, not a paragraph: this short at most. */
    static final int MAX_SITE_APP_CHARS = 200;

    /**
     * True when the short text is a prompt to install the site's app by one of the site's names ({@link #SITE_APP_PROMPT},
     * names compared as {@link #namesTheSite} compares them): the name caught, or its last words, as a line that closes with
     * the verb names the app after what it offers ("… की जानकारी के लिए किसान दर्पण ऐप").
     */
    static boolean isSiteAppPrompt(String text, List<String> siteNames) {
        if (text.length() > MAX_SITE_APP_CHARS || siteNames.isEmpty()) {
            return false;
        }
        boolean devanagari = text.indexOf(DEVANAGARI_PA) >= 0;
        Matcher m = (devanagari ? SITE_APP_PROMPT : SITE_APP_CALL).matcher(text);
        while (m.find()) {
            for (String group : devanagari ? SITE_APP_GROUPS : SITE_APP_CALL_GROUPS) {
                String name = m.group(group);
                if (name != null && endsWithSiteName(name.strip(), siteNames)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text, or its words from one after a blank to its end, names the site ({@link #namesTheSite}). */
    private static boolean endsWithSiteName(String text, List<String> siteNames) {
        for (int start = 0; start >= 0; start = nextWordStart(text, start)) {
            if (namesTheSite(text.substring(start), siteNames)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the word after the one at {@code from} (past a blank), or -1 when there is none. */
    private static int nextWordStart(String text, int from) {
        int blank = text.indexOf(' ', from);
        return blank < 0 || blank + 1 >= text.length() ? -1 : blank + 1;
    }

    /**
     * The article a language sets before a paper's name in a sentence ("Siga o Jornal do Vale", "Suivez Le Courrier"), which
     * the site's own name may lack; the name is compared with it and without it ("The Hindu" keeps its own).
     */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?iu)^(?:the|o|a|os|as|el|la|los|las|le|les|l['’]|il|lo|de|het|die|der|das|den)\\s*(?<=\\s|['’])");

    /**
     * WhatsApp and Telegram as the papers of the other Indian languages spell them in their own letters: Gujarati
     * "વોટ્સએપ", Marathi "व्हॉट्सॲप" (and "व्हॉट्सअ‍ॅप", its "ॲ" written as "अ", a joiner and the candra sign), Malayalam
     * "വാട്സാപ്പ്", "വാട്സ്ആപ്പ്", Telugu "వాట్సాప్", Kannada "ವಾಟ್ಸ್‌ಆ್ಯಪ್", "ವಾಟ್ಸಾಪ್", Tamil "வாட்ஸ்அப்", Odia "ହ୍ୱାଟସଆପ", Punjabi
     * "ਵਟਸਐਪ", Assamese "হোৱাটছএপ", and Telegram in each; their prompts to join the paper's group name the app so.
     */
    private static final String INDIAN_SCRIPT_PLATFORMS = "(?:વોટ્સએપ|વોટ્સઍપ|વૉટ્સએપ|વ્હોટ્સએપ|ટેલિગ્રામ|व्हॉट्सॲप|व्हाट्सॲप|व्हॉट्सअ\u200dॅप"
            + "|വാട്സാപ്പ്|വാട്സ്ആപ്പ്|വാട്ട്സ്ആപ്പ്|ടെലിഗ്രാം|ടെലഗ്രാം|వాట్సాప్|వాట్సప్|టెలిగ్రామ్|టెలిగ్రాం|ವಾಟ್ಸ್\u200cಆ್ಯಪ್|ವಾಟ್ಸ್ಆ್ಯಪ್|ವಾಟ್ಸಾಪ್"
            + "|ಟೆಲಿಗ್ರಾಂ|ಟೆಲಿಗ್ರಾಮ್|வாட்ஸ்அப்|வாட்ஸ் அப்|டெலிகிராம்|ହ୍ୱାଟସଆପ|ହ୍ୱାଟ୍ସଆପ|ଟେଲିଗ୍ରାମ|ਵਟਸਐਪ|ਵ੍ਹਟਸਐਪ|ਟੈਲੀਗ੍ਰਾਮ|হোৱাটছএপ|হোৱাটচএপ|টেলিগ্ৰাম)";

    /**
     * The messaging and news apps a publisher runs a channel on, as a prompt to follow it names them (Latin letters in
     * every script's prompt but Arabic script's, Bengali and Devanagari ones, {@link #ARABIC_SCRIPT_PLATFORMS},
     * {@link #BENGALI_AND_DEVANAGARI_PLATFORMS}, the Russian news platform Dzen's, "Дзен", and Telegram as Russian, Ukrainian
     * and Belarusian also write it, "телеграм-канал", "Телеграме", "тэлеграм", in Cyrillic): {@link #CHANNEL_PITCH}.
     */
    private static final String CHANNEL_PLATFORMS = "(?:whatsapp|telegram|viber|zalo|google news|дзен[еау]?|т[еэ]леграмм?[еуіа]?|" + ARABIC_SCRIPT_PLATFORMS + "|"
            + BENGALI_AND_DEVANAGARI_PLATFORMS + "|" + INDIAN_SCRIPT_PLATFORMS + ")";

    /**
     * The verbs (and "our") a prompt to join or follow the publisher's channel asks with, beside the platform's name, in the
     * languages of South and Southeast Asia and Africa whose papers set it between the paragraphs: English "join our", "follow
     * us", "on our WhatsApp channel"; Hindi "जुड़ें", Nepali "जोडिनुहोस्", Bengali "যুক্ত হোন", Urdu "جوائن کریں", "فالو کریں",
     * Tamil "இணையுங்கள்", Khmer "ចូលរួម", Burmese "Join" (in Latin letters), Thai "ติดตาม", "เพิ่มเพื่อน", Vietnamese "theo dõi",
     * Indonesian and Malay "ikuti", "gabung", "sertai", Filipino "i-follow", "sundan", Swahili "jiunge", "tufuate", Hausa "ku biyo mu",
     * Somali "nagala soco", Amharic "ይቀላቀሉ", Afrikaans "volg ons", "sluit aan". A bare "join" asks only after the platform, as
     * Burmese sets the English word ("Viber Community တွင် Join"): before it, it is a report ("parents join WhatsApp groups").
     */
    private static final String CHANNEL_VERBS = "(?:(?:join|follow|subscribe to|find) (?:us|our)|(?:on|to|in) our(?: official)?|जुड़ें|जुडें"
            + "|जोडिनुहोस्|जुड़िए|যুক্ত হোন|যুক্ত থাকুন|ফলো করুন|ফলো করে রাখুন|फलो गर्नुहोस्|জয়েন করুন|جوائن کریں|فالو کریں|இணையுங்கள்|இணைந்திடுங்கள்|ចូលរួម|ติดตาม|เพิ่มเพื่อน|theo dõi"
            + "|tham gia|ikuti|gabung|sertai|i-follow|sundan|sumali|jiunge|tufuate|ku biyo mu|nagala soco|ይቀላቀሉ|volg ons|sluit aan"
            // Arabic: "follow us", "our channel", "our group", "(to) join (the) channel", "to subscribe to (the) channel" (the
            // bare imperatives "تابعوا", "انضم" are also the past tense, "they followed", "he joined", so they ask with "our"
            // or "us", or with the channel right after "join": a report names who joined between them)
            + "|تابعونا|تابعنا|قناتنا|مجموعتنا|(?:للانضمام|انضم|انضموا) (?:إلى |الى |ل)?(?:قناة|مجموعة)|للاشتراك (?:في |ب)(?:قناة|مجموعة)"
            // Persian "join", "follow us"
            + "|بپیوندید|ما را دنبال کنید"
            // Russian, Ukrainian and Belarusian "subscribe to", "read us", "join": the imperative addresses the reader
            + "|подписывайтесь на|подпишитесь на|читайте нас|присоединяйтесь к|підписуйтесь на|підпишіться на|приєднуйтесь до"
            + "|падпісвайцеся на|чытайце нас|далучайцеся да"
            // the other Indian languages' imperatives, addressed to the reader (an infinitive, "to join", may tell what
            // someone was asked to do): Gujarati "જોડાઓ", "જોઇન કરો" (join), Marathi "जॉईन करा", "सामील व्हा", "फॉलो करा",
            // Malayalam "ചേരൂ", "ജോയിൻ ചെയ്യൂ", "ഫോളോ ചെയ്യൂ", Telugu "చేరండి", "ఫాలో అవ్వండి", Kannada "ಸೇರಿಕೊಳ್ಳಿ",
            // "ಫಾಲೋ ಮಾಡಿ", Tamil "பின்தொடருங்கள்" (follow), Odia "ଯୋଗ ଦିଅନ୍ତୁ", "ଫଲୋ କରନ୍ତୁ", Punjabi "ਜੁੜੋ", "ਫਾਲੋ ਕਰੋ",
            // Assamese "যোগদান কৰক", "ফলো কৰক"
            + "|જોડાઓ|જોઇન કરો|જોઈન કરો|जॉईन करा|जॉइन करा|सामील व्हा|फॉलो करा|ചേരൂ|ജോയിൻ ചെയ്യൂ|ഫോളോ ചെയ്യൂ|చేరండి|ఫాలో అవ్వండి"
            + "|ಸೇರಿಕೊಳ್ಳಿ|ಫಾಲೋ ಮಾಡಿ|பின்தொடருங்கள்|ଯୋଗ ଦିଅନ୍ତୁ|ଫଲୋ କରନ୍ତୁ|ਜੁੜੋ|ਫਾਲੋ ਕਰੋ|যোগদান কৰক|ফলো কৰক)";

    /**
     * A prompt to join or follow the publisher's channel on a messaging or news app, set as a line of its own between
     * the paragraphs ("Join our WhatsApp Channel for more news", "Follow X on Google News and on our WhatsApp channel",
     * "ចូលរួម Telegram Channel របស់យើង", "Viber Community တွင် Join ၍ ဖတ်ရှုနိုင်ပါသည်", "Ku biyo mu a WhatsApp"): a
     * {@link #CHANNEL_VERBS} verb and a {@link #CHANNEL_PLATFORMS} platform within one sentence of a short block
     * ({@link #MAX_CHANNEL_PITCH_CHARS}). A report naming the app says what people or firms did with it, in the third person;
     * English asks for "our" or "us" after the verb.
     */
    private static final Pattern CHANNEL_PITCH = Pattern.compile(
            "(?<![\\p{L}\\p{M}])" + CHANNEL_VERBS + "(?![\\p{L}\\p{M}])[^.!?।]{0,60}?(?<![\\p{L}])" + CHANNEL_PLATFORMS + "(?![\\p{L}])"
                    + "|(?<![\\p{L}])" + CHANNEL_PLATFORMS + "(?![\\p{L}])[^.!?।]{0,60}?(?<![\\p{L}\\p{M}])(?:" + CHANNEL_VERBS + "|join)(?![\\p{L}\\p{M}])"
                    + "|" + FOLLOW_HANDLE,
            FLAGS);

    /**
     * The label a law requires a publisher to set over each of its materials, in the law's own words, whatever the story:
     * Russia's for publishers it lists as foreign agents ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО
     * ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА …", and the later "НАСТОЯЩИЙ
     * МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ …"). The label opens its
     * block; a story reporting the law quotes the words inside a sentence of its own. The marking the same country's law asks
     * of an advertisement is one too: "Реклама", the advertiser, and the register's "erid" token. So is the line German press
     * law asks of every printed material, naming the one responsible for it: "V.i.S.d.P.: Name, address" (verantwortlich im
     * Sinne des Presserechts), as unions, parties and associations close their releases and leaflets; the person is
     * accountable for the material, not its writer.
     */
    private static final Pattern STATUTORY_LABEL = Pattern.compile(
            "^[^\\p{L}]{0,3}(?:данное сообщение\\s*\\(материал\\)\\s*создано\\s+и\\s*\\(или\\)\\s*распространено"
                    + "|настоящий материал\\s*\\(информация\\)\\s*произвед[её]н"
                    // the marking Russian law asks of an advertisement: the word, the advertiser and its tax number, the
                    // register's token ("Реклама. ООО «Шинный центр», ИНН 6670123456, erid: 4CQwVszH9pW")
                    + "|реклама(?![\\p{L}])[^\\n]{0,200}?(?<![\\p{L}])erid\\s*[:：]?\\s*[A-Za-z0-9]{6,}"
                    // the German press law's line naming who answers for the material, abbreviated or spelt out, before a colon
                    + "|v\\.\\s?i\\.\\s?s\\.\\s?d\\.\\s?p\\.\\s*[:：]|verantwortlich (?:im sinne des presserechts|i\\.\\s?s\\.\\s?d\\.\\s?p\\.)\\s*[:：])",
            FLAGS);

    /** True when the block's first text may open a {@link #STATUTORY_LABEL}: its first letter is the label's first. */
    static boolean mayOpenStatutoryLabel(String firstText) {
        for (int i = 0; i < firstText.length() && i < 4; i++) {
            char c = firstText.charAt(i);
            if (Character.isLetter(c)) {
                return c == 'Д' || c == 'д' || c == 'Н' || c == 'н' || c == 'Р' || c == 'р' || c == 'V' || c == 'v';
            }
        }
        return false;
    }

    /** True when the short block's text is a {@link #STATUTORY_LABEL}. */
    static boolean isStatutoryLabel(String text) {
        return text.length() <= MAX_NOTICE_CHARS && STATUTORY_LABEL.matcher(text).lookingAt();
    }

    /**
     * A release's embargo line, the note to editors on when they may print it: the label, a colon or "until", and a day
     * or an hour alone, no more than eight words holding a figure ("Sperrfrist: Montag, 7. Dezember 2026, 11.00 Uhr",
     * "EMBARGOED UNTIL 00:01 GMT, 8 December 2026", "Sous embargo jusqu'au 8 décembre, 6 h", "Embargo: 08/12/2026 10:00").
     * It is about the release, not the story; a sentence after the label ("Sperrfrist: Die Agentur hatte die Meldung zu
     * früh verschickt …") says more than a time. Words are read possessively: nothing is tried twice.
     */
    private static final Pattern EMBARGO_LINE = Pattern.compile(
            "^[^\\p{L}]{0,3}(?:sperrfrist|embargo|embargoed|sous embargo|bajo embargo|sotto embargo|under embargo)"
                    + "(?:\\s*[:：]|\\s+(?:bis|until|till|jusqu['’]au|jusqu['’]à|hasta(?: el)?|fino al?))"
                    + "(?=[^\\n]{0,80}\\p{N})\\s*+[\\p{L}\\p{N}.,:/()–-]++(?:\\s++[\\p{L}\\p{N}.,:/()–-]++){0,7}\\s*+$",
            FLAGS);

    /** True when the block's first text may open an {@link #EMBARGO_LINE}: its first letter is "S", "E", "B" or "U" ("under embargo"). */
    static boolean mayOpenEmbargoLine(String firstText) {
        for (int i = 0; i < firstText.length() && i < 4; i++) {
            char c = firstText.charAt(i);
            if (Character.isLetter(c)) {
                char lower = Character.toLowerCase(c);
                return lower == 's' || lower == 'e' || lower == 'b' || lower == 'u';
            }
        }
        return false;
    }

    /** True when the short block's text is a release's {@link #EMBARGO_LINE}. */
    static boolean isEmbargoLine(String text) {
        return text.length() <= MAX_NOTICE_CHARS && EMBARGO_LINE.matcher(text).matches();
    }

    /**
     * True when the block's first text may open a label set over the material, for its readers by law or for editors by its
     * sender ({@link #mayOpenStatutoryLabel}, {@link #mayOpenEmbargoLine}).
     */
    static boolean mayOpenLabelOverMaterial(String firstText) {
        return mayOpenStatutoryLabel(firstText) || mayOpenEmbargoLine(firstText);
    }

    /** True when the short block's text is a {@link #STATUTORY_LABEL} or an {@link #EMBARGO_LINE}. */
    static boolean isLabelOverMaterial(String text) {
        return isStatutoryLabel(text) || isEmbargoLine(text);
    }

    /** The law's own words of a {@link #GAMBLING_WARNING} (its group 1), without the marks set beside them. */
    private static final String GAMBLING_LAW_WORDS =
            "(glücksspiel kann (?:süchtig|abhängig) machen|(?:spielen|wetten) kann süchtig machen|spielteilnahme (?:erst )?ab 18(?: jahren)?"
                    + "|jouer comporte des risques(?:\\s*:\\s*endettement, isolement, dépendance)?"
                    + "|les jeux d['’]argent et de hasard peuvent être dangereux(?:\\s*:[^.]{0,80})?"
                    + "|pour être aidée?,? appelez le 09[ .-]?74[ .-]?75[ .-]?13[ .-]?13(?: \\(appel non surtaxé\\))?"
                    + "|interdit aux (?:moins de 18 ans|mineurs)"
                    + "|il gioco (?:è vietato ai minori(?: di (?:anni )?18(?: anni)?)?|(?:può|puo) causare dipendenza(?: patologica)?)"
                    + "|(?:e )?(?:può|puo) causare dipendenza(?: patologica)?|gioca (?:responsabilmente|con responsabilità)|gioco responsabile"
                    + "|probabilità di vincita su (?:www\\.)?adm\\.gov\\.it"
                    + "|juega con responsabilidad|juego (?:responsable|seguro)|jugarbien\\.es|prohibido (?:a|para) menores(?: de (?:18|edad))?"
                    + "|(?:jogue|aposte) com responsabilidade|jogo responsável|(?:proibido|interdito) (?:para|a) menores(?: de 18(?: anos)?)?"
                    + "|(?:os )?jogos (?:de apostas? )?podem causar dependência|regulado pelo srij"
                    + "|18 yaşından küçüklerin[^.]{0,60}?(?:yasaktır|oynayamaz)|sorumlu oyna(?:yın|yin)?"
                    + "|hazard (?:może )?uzależnia(?:ć)?|graj (?:legalnie|odpowiedzialnie)(?: i (?:legalnie|odpowiedzialnie))?"
                    + "|tylko dla (?:osób )?pełnoletnich"
                    + "|wat kost gokken jou\\??|stop op tijd|speel bewust"
                    + "|азартные игры (?:могут )?(?:вызывать|вызывают|вызвать) зависимость|играйте ответственно"
                    + "|(?:please )?gamble responsibly|begambleaware(?:\\.org)?|when the fun stops,? stop|gambling problem\\? call 1-800-gambler"
                    + "|과도한 (?:구매|몰입|이용)(?:은|는) 중독을 유발할 수 있습니다|19세 미만(?:은| 청소년은)? (?:구매|이용|참여) ?(?:불가|금지|할 수 없습니다))";

    /**
     * The warning a country's gambling law or regulator requires on every advertisement for betting or games of chance, in
     * the law's own words (group 1): Germany's "Glücksspiel kann süchtig machen", France's "Jouer comporte des risques :
     * endettement, isolement, dépendance" and its helpline, Italy's "Il gioco è vietato ai minori … e può causare dipendenza
     * patologica", Spain's "Juega con responsabilidad", Portugal's and Brazil's "Jogue/Aposte com responsabilidade",
     * Turkey's "18 yaşından küçüklerin şans oyunları oynaması yasaktır", Poland's "Hazard może uzależniać", the
     * Netherlands' "Wat kost gokken jou? Stop op tijd", Britain's "BeGambleAware", the Russian bookmakers' "Азартные игры могут
     * вызывать зависимость", Korea's "과도한 구매는 중독을 유발할 수
     * 있습니다"; and the marks set beside it (no group): the age limit ("18+", "19세 미만"), the regulator's or helpline's
     * address. Sports pages set odds boxes with the warning into match reports.
     */
    private static final Pattern GAMBLING_WARNING = Pattern.compile(
            GAMBLING_LAW_WORDS
                    + "|[+]?1[89][+]|[+]1[89](?!\\d)|(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:de|fr|it|es|pt|br|nl|pl|org|com|gov\\.it)(?:/[\\w./-]*)?"
                    + "|hilfe (?:unter|bei)|ayuda en|(?:info|aiuto) su",
            FLAGS);

    /** A gambling warning's words make up at least this share of its block's letters and digits: a story quoting it says more. */
    private static final double MIN_GAMBLING_WARNING_SHARE = 0.6;

    /**
     * True when the short text is the warning a gambling advertisement bears ({@link #GAMBLING_WARNING}): the law's words
     * and at least one more piece of it (a second phrase, the age limit, the helpline), together most of the text. A
     * story on gambling that quotes the slogan inside its own sentence, or a heading naming it alone, is no warning.
     */
    static boolean isGamblingWarning(String text) {
        if (text.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        if (!GAMBLING_LAW_WORDS_SOUGHT.in(text)) {
            return false; // no match of the law's words anywhere, so none among the warning's pieces: most texts end here
        }
        Matcher m = GAMBLING_WARNING.matcher(text);
        int covered = 0;
        int pieces = 0;
        boolean phrase = false;
        while (m.find()) {
            pieces++;
            phrase |= m.group(1) != null;
            covered += lettersAndDigits(text, m.start(), m.end());
        }
        int all = lettersAndDigits(text, 0, text.length());
        return phrase && pieces >= 2 && covered >= MIN_GAMBLING_WARNING_SHARE * all;
    }

    private static int lettersAndDigits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A prompt to follow a channel ({@link #CHANNEL_PITCH}) is a line: no longer than this. */
    static final int MAX_CHANNEL_PITCH_CHARS = 160;

    /**
     * The placeholder a consent tool sets where an embedded video, map or post would be, asking the
     * reader to allow it: loading the content and agreeing to a third party's privacy policy or to
     * data going to it, said together ("Mit dem Laden des Videos akzeptieren Sie die
     * Datenschutzerklärung von YouTube", "Ich bin damit einverstanden, dass mir externe Inhalte
     * angezeigt werden", "Klicken Sie auf den Button, um den Inhalt von Instagram zu laden", "Zum Anzeigen
     * der Karte bitte externe Inhalte zulassen", "By
     * loading the video, you agree to YouTube's privacy policy", "En chargeant cette vidéo, vous
     * acceptez la politique de confidentialité de YouTube"). A report on privacy rules does not
     * address the reader about loading a piece of the page.
     */
    private static final Pattern CONSENT_PLACEHOLDER = Pattern.compile(
            "\\bmit (?:dem|einem) (?:klick auf|laden|abspielen|anzeigen|aktivieren|entsperren)[^.!?]{0,40}?\\b(?:video|videos|inhalt|inhalts|inhalte"
                    + "|karte|beitrag|beitrags|tweets?|posts?|podcasts?|players?|iframes?|button|schaltfläche)\\b[^.!?]{0,40}?"
                    + "\\b(?:akzeptier\\p{L}* (?:sie|du)|(?:erklären sie sich|erklärst du dich) einverstanden|willig\\p{L}* (?:sie|du) ein|einwillig)"
                    + "|\\b(?:ich bin|sie sind|du bist) (?:damit )?einverstanden, dass (?:mir|ihnen|dir) externe inhalte angezeigt werden"
                    + "|\\b(?:klicken sie|klicke) (?:auf|hier)[^.!?]{0,60}\\b(?:um|, um)\\b[^.!?]{0,60}"
                    + "\\b(?:inhalte?|video|videos|karte|beitrag|post|tweet|podcast)\\b[^.!?]{0,40}\\b(?:zu laden|anzuzeigen|zu sehen|abzuspielen|freizuschalten|zu entsperren)"
                    + "|\\b(?:externe?r?n? inhalte?|inhalte von drittanbietern)\\b[^.!?]{0,80}\\b(?:personenbezogene daten|datenschutzerklärung|zustimmung|einwilligung)"
                    + "|\\b(?:bitte|müssen sie|musst du)\\b[^.!?]{0,30}\\bexterne (?:inhalte|medien|dienste) (?:zulassen|erlauben|aktivieren|laden|freigeben|akzeptieren)\\b"
                    + "|\\bby loading (?:the|this) [^.!?]{0,40}\\byou (?:agree|accept|consent)\\b"
                    + "|\\bclick (?:the button |here |below )?[^.!?]{0,30}\\bto (?:load|show|display|view|unblock) (?:the |this )?(?:content|video|map|post|tweet) from\\b"
                    + "|\\ben chargeant[^.!?]{0,40}\\bvous acceptez\\b",
            FLAGS);

    /**
     * The line under a guest column or a reader's letter saying its views are not the paper's
     * ("Gastkommentare müssen nicht der Meinung der Redaktion entsprechen", "The views expressed are
     * the author's own", "Les propos n'engagent que leur auteur", "… n'engagent que leurs auteurs"): about the page, not the story.
     */
    private static final Pattern STANCE_DISCLAIMER = Pattern.compile(
            "\\bnicht (?:unbedingt |zwingend |notwendigerweise |immer |mit )?(?:die |der )?"
                    + "(?:meinung|ansicht|haltung|position|auffassung)(?:en)? (?:der|unserer) redaktion"
                    // the noun said once before ("geben die Meinung des Autors wieder, nicht zwingend die der Redaktion")
                    + "|\\bnicht (?:unbedingt |zwingend |notwendigerweise |immer )?(?:die|der) (?:der|unserer) redaktion"
                    + "|\\b(?:views|opinions) expressed\\b[^.!?]{0,80}\\b(?:are|is|were) (?:solely |entirely )?"
                    + "(?:those of the (?:author|writer|contributor)s?|the (?:author|writer)(?:'s|’s|s'|s’) own|(?:his|her|their|my) own)"
                    + "|\\bdo(?:es)? not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|positions?|polic(?:y|ies)) of"
                    + " (?:the |this |our )?(?:editors?|editorial|publication|publisher|newspaper|magazine|site|website|blog)"
                    + "|n['’]engagent? (?:que (?:leurs?|son|ses|l['’]) ?auteur|pas la rédaction)"
                    + "|\\bne (?:reflète|reflètent|représente|représentent) pas (?:nécessairement |forcément )?"
                    + "(?:la position|l['’]opinion|les opinions|le point de vue) de la rédaction"
                    + "|\\bno (?:reflejan?|representan?) necesariamente (?:la |las )?(?:opini[oó]n|opiniones|postura|posici[oó]n|l[ií]nea editorial)"
                    + "|\\bnon (?:riflettono|rappresentano|riflette|rappresenta) necessariamente (?:la |le |il )?(?:opinion[ei]|posizion[ei]|pensiero|linea)"
                    + "|\\b(?:geeft|geven|vertegenwoordigt|weerspiegelt) niet (?:noodzakelijkerwijs |per se )?(?:de |het )?"
                    + "(?:mening|standpunt|visie) (?:van de )?redactie"
                    // the views or the pieces bind their writers alone ("Le opinioni espresse … impegnano esclusivamente i loro autori",
                    // "Las opiniones … son responsabilidad exclusiva de sus autores", "Os artigos … são de inteira responsabilidade do
                    // autor"; a crime "es responsabilidad exclusiva de sus autores" names no view), Turkish "Köşe yazılarındaki görüşler
                    // yazarlarına aittir", "Yazarların görüşleri gazetemizi bağlamaz"
                    + "|\\b(?:opinioni|articoli|interventi|contenuti|commenti)\\b[^.!?]{0,80}\\b(?:impegnano|vincolano) "
                    + "(?:esclusivamente|solo|soltanto|unicamente) (?:i loro autori|gli autori|l['’]autore|chi (?:li|le) firma)"
                    + "|\\b(?:opini[oó]n|opiniones|opiniões|art[ií]culos?|artigos?|columnas?|colunas?|textos?)\\b[^.!?]{0,80}\\b(?:son|es|são|é) "
                    + "(?:de )?(?:la )?(?:inteira |exclusiva |única )?responsabilidad(?:e)? (?:exclusiva |única )?"
                    + "d(?:e|o|os|a|as)(?: sus?| seus?)? (?:autor(?:es|a|as)?|firmantes?|colunistas?|columnistas?)\\b"
                    + "|\\bgörüşler(?:i)? (?:tamamen |yalnızca |sadece )?yazar(?:ına|larına|a) aittir"
                    + "|\\b(?:gazetemizi|sitemizi|yayın kuruluşumuzu|kurumumuzu) bağlamaz",
            FLAGS);

    /**
     * The terms on which a newsroom lets others print its text again, as science and public-interest news agencies set them
     * in a "Republish" box beside each story: the text named by a demonstrative, "may be" and a verb of printing again, a
     * few words (a licence, "freely", "gratuitamente") between them. Portuguese "Este texto pode ser republicado
     * gratuitamente, desde que citada a fonte", Spanish "Este artículo puede ser reproducido libremente", French "Cet article
     * peut être republié", Italian "Questo articolo può essere ripubblicato", English "This article may be republished under
     * a Creative Commons licence", German "Dieser Beitrag darf unter der Lizenz CC BY 4.0 weiterverbreitet werden": about the
     * page, not the story. A story's sentence about another text names it by its article ("O texto pode ser reproduzido nas
     * escolas"), not by a demonstrative.
     */
    private static final String REPUBLICATION_TERMS =
            "(?<![\\p{L}])(?:este|esta|estes|estas|cet|ce|cette|ces|questo|questa|this|these|dieser|diese|dieses)\\s+"
                    + "(?:texto|textos|matéria|reportagem|artigo|conteúdo|notícia|artículo|contenido|noticia|texte|article|contenu"
                    + "|articolo|testo|contenuto|story|stories|articles|text|content|artikel|beitrag)\\s+"
                    + "(?:pode(?:m)? ser|puede(?:n)? ser|peu(?:ven)?t être|può essere|possono essere|may be|can be|darf|dürfen)\\s+"
                    + "(?:[\\p{L}\\p{N}.,-]+\\s+){0,6}?"
                    + "(?:republicad[oa]s?|reproduzid[oa]s?|reproducid[oa]s?|republiée?s?|reproduite?s?|ripubblicat[oaie]|riprodott[oaie]"
                    + "|republished|reproduced|weiterverbreitet|nachgedruckt)(?![\\p{L}])";

    /**
     * The note under wire copy that a portal republished unedited from an agency's feed ("This story has not been
     * edited by X staff and is auto-generated from a syndicated feed", "Except for the headline, this story has not
     * been edited by X staff and is published from a syndicated feed"), as Indian English portals print it, and the
     * note of a newsroom that lets others republish its stories ("X content is free to republish with attribution"),
     * and the note of who funded its reporting ("This article was written by a Local Democracy Reporter, a service funded
     * by …"; "the project was funded by the EU" names no text of the page): about the page. Also the line a press-release
     * distributor's standard template closes every release with, linking back to its own copy ("View original content to
     * download multimedia: https://…", "View original content: https://…", "View source version on businesswire.com:
     * https://…"): the label, its colon and the address after it (a release's prose may say that "visitors can view original
     * content: letters, maps …", never with an address after the colon). And the rights note a research-news network sets
     * under each release it republishes ("This document is subject to copyright. Apart from any fair dealing for the purpose of
     * private study or research, no part may be reproduced …"): the page's own text named by a demonstrative opening the
     * block, about the page, and going on to the law's exceptions or to what may not be reproduced (a story quoting a memo's
     * "This document is subject to copyright and may not be shared" is no such note). And the terms on which a newsroom lets
     * others print its text again, the text named by a demonstrative ({@link #REPUBLICATION_TERMS}).
     */
    private static final Pattern SYNDICATION_NOTE = Pattern.compile(
            "\\b(?:published|auto-?generated|generated|sourced|taken) from (?:a |the )?syndicated (?:news )?feed"
                    + "|\\bhas not been edited by\\b[^.!?]{0,60}\\bstaff\\b"
                    + "|\\b(?:stories|story|articles?|content|reporting|journalism|posts?)\\s+(?:is|are) free to republish\\b"
                    + "|\\bfree to republish (?:this|our)\\b"
                    // the note of who paid for the page's reporting, the text named by a demonstrative ("This story was produced with
                    // support from …", "This article was written by a Local Democracy Reporter, a service funded by …", "Diese Recherche
                    // wurde von … gefördert"), or the funded reporting scheme named ("Local Democracy Reporting is … funded through …")
                    + "|\\bthis (?:article|story|report(?:ing)?|coverage|investigation|series|content) (?:was|is|has been|were)\\b[^.!?]{0,60}?"
                    + "\\b(?:funded|paid for|made possible (?:by|with|through) (?:(?:a|the|the generous) )?(?:support|grant|funding|donations|readers)"
                    + "|supported by (?:a )?(?:grant|funding)|produced with (?:the )?(?:support|funding))\\b"
                    + "|\\b(?:local democracy report(?:ing|er)|public interest journalism)\\b[^.!?]{0,80}?\\bfunded\\b"
                    + "|(?<![\\p{L}])(?:dieser|diese|dieses) (?:artikel|beitrag|recherche|bericht|text|serie)(?![\\p{L}])[^.!?]{0,80}?"
                    + "(?<![\\p{L}])(?:gefördert|finanziert)(?![\\p{L}])"
                    + "|(?<![\\p{L}])view (?:the )?original content(?: to download (?:multimedia|the multimedia|images|video))?\\s*:\\s*(?:https?://|www\\.)"
                    + "|(?<![\\p{L}])view source version on [\\p{L}\\p{N}.-]+\\s*:\\s*(?:https?://|www\\.)"
                    // the network's own wording goes on to the exceptions the law allows, or to what no one may copy: a quoted
                    // memo's "This document is subject to copyright and may not be shared" is the story's
                    + "|^\\s*this (?:document|article|story|release|news release|content|page) is subject to copyright\\b"
                    + "[^\\n]{0,40}?(?:fair dealing|no part (?:of (?:it|this \\p{L}+) )?may be reproduced)"
                    + "|" + REPUBLICATION_TERMS,
            FLAGS);

    /**
     * What a {@link #PRESS_TRIP_NOTE} says of its subject: a few words, then the host (an invitation, a guest's stay,
     * support or courtesy), then the host's name and the sentence's end, no clause, figure or list of terms after it. A
     * Turkish note names the host before the phrase ("… İdaresi'nin davetiyle gerçekleştirildi"), its verb after it.
     */
    private static final String PRESS_TRIP_PREDICATE = "(?![\\p{L}])[^.!?]{0,90}?(?<![\\p{L}])(?:"
            + "(?:auf|nach) einladung|unterstützt|pressereise"
            + "|à l['’]invitation|sur (?:l['’])?invitation|invitée?s? par|voyage de presse|avec le soutien"
            + "|a convite|convidad[ao]s? (?:pel|d)"
            + "|invitad[ao]s? por|por invitación|a invitación|con el apoyo"
            + "|su invito|ospite|invitat[ao] da|con il (?:supporto|sostegno)"
            + "|op uitnodiging|mogelijk gemaakt door|aangeboden door"
            + "|(?:a )?guest of|courtesy of|hosted by|supported by|sponsored by|paid for by|at the invitation of|invited by"
            + "|na poziv|u organizaciji|uz (?:potporu|podršku)|kao gošća|kao gost"
            + "|με (?:την )?πρόσκληση|κατόπιν πρόσκλησης|με την (?:ευγενική )?(?:υποστήριξη|χορηγία)|ως φιλοξενούμεν[οη]ς?"
            + "|davet(?:iyle|i üzerine|lisi olarak)|ev sahipliğinde|katkılarıyla|desteğiyle"
            + ")(?![\\p{L}])[^,;:()\\p{N}]{0,80}$";

    /**
     * The note on who hosted or paid for the writer's trip, the travel press's disclosure under a report from a destination
     * ("Die Reise wurde unterstützt von Visit Norway.", "Ce voyage a été réalisé à l'invitation de l'Office de tourisme …",
     * "*A jornalista viajou a convite do Turismo do Alentejo.", "The writer was a guest of Tourism Tasmania."): about the
     * page, as {@link #SYNDICATION_NOTE}'s note of who funded the reporting is. It opens the block (a "*" or a label such as
     * "Transparenzhinweis:" before it), its subject the trip or the writer named by a role, and ends on the host's name: a
     * story's sentence about a school's or a delegation's trip goes on after the host ("…, die zusammen 4.000 Euro gaben"),
     * gives figures ("für 20 Reisebüros") or says who said so ({@link #PRESS_TRIP_REPORTED}), and {@link #isPressTripNote}
     * takes one sentence alone.
     */
    private static final Pattern PRESS_TRIP_NOTE = Pattern.compile(
            "^[\\s*†]*(?:(?:transparenzhinweis|hinweis|offenlegung|disclosure|note|transparence|nota|transparência|transparencia|napomena|σημείωση)\\s*:\\s*)?"
                    + "(?:"
                    // the trip, the stay or the report named by an article or a demonstrative
                    + "(?:die|diese) (?:reise|recherchereise|pressereise|recherche)"
                    + "|(?:ce|le) (?:voyage|séjour|reportage)|cet article"
                    + "|(?:this|the) (?:trip|journey|stay|visit|travel)"
                    + "|(?:a|esta|essa) viagem|(?:el|este) viaje|(?:il|questo) viaggio|(?:de|deze) reis"
                    // Croatian, Greek and Turkish: the trip named alone or by a demonstrative ("Putovanje je organizirano …",
                    // "Το ταξίδι πραγματοποιήθηκε …", "Bu gezi … gerçekleştirildi")
                    + "|(?:ovo )?putovanje|(?:το|αυτό το) ταξίδι|bu (?:gezi|seyahat)"
                    // the writer, named by a role
                    + "|(?:the|our) (?:writer|author|reporter|journalist|correspondent)"
                    + "|(?:der|die|unser|unsere) (?:autor|autorin|redakteur|redakteurin|reporter|reporterin|journalist|journalistin)"
                    + "|l['’](?:auteure?|autrice|auteur|envoyée? spéciale?)|(?:la|le|notre) (?:journaliste|reporter|envoyée? spéciale?)"
                    + "|(?:o|a) (?:jornalista|repórter|autora?|colunista)|(?:el|la) (?:periodista|autora?|enviad[ao] especial)"
                    + "|(?:il|la) (?:giornalista|inviat[ao])|l['’](?:autore|autrice|inviat[ao])"
                    + "|de (?:schrijver|auteur|journalist|verslaggever)"
                    + "|(?:naš |naša )?(?:novinar|novinarka|autor|autorica|reporter|reporterka)"
                    + "|(?:ο|η) (?:συντάκτης|συντάκτρια|δημοσιογράφος|αρθρογράφος)"
                    + "|(?:yazarımız|muhabirimiz)"
                    + ")" + PRESS_TRIP_PREDICATE,
            FLAGS);

    /**
     * A travel writer's press-trip note with the writer named as its subject, read after the name: "Tom Riley travelled as
     * a guest of Tourism Tasmania." once the page's author's name is taken off its start is what {@link #PRESS_TRIP_NOTE}
     * reads after "The writer".
     */
    private static final Pattern PRESS_TRIP_AFTER_SUBJECT = Pattern.compile("^" + PRESS_TRIP_PREDICATE, FLAGS);

    /**
     * A verb or phrase of reported speech, or a quotation mark: a sentence holding one reports what someone said of a
     * trip ("Die Reise wurde vom Land unterstützt, sagte ein Sprecher."), no disclosure of the page's.
     */
    private static final Pattern PRESS_TRIP_REPORTED = Pattern.compile(
            "[\"„“”«»]|(?<![\\p{L}])(?:sagte|sagt|erklärte|teilte|laut|said|says|told|according|a déclaré|a indiqué|selon"
                    + "|disse|afirmou|segundo|dijo|explicó|según|ha detto|secondo|zei|aldus|volgens)(?![\\p{L}])",
            FLAGS);

    /** A press trip's note is one sentence: this long at most. */
    private static final int MAX_PRESS_TRIP_NOTE_CHARS = 240;

    /**
     * True when the short block is a travel writer's disclosure of who hosted the trip ({@link #PRESS_TRIP_NOTE}): one
     * sentence, no end mark inside it, nothing reported ({@link #PRESS_TRIP_REPORTED}).
     */
    static boolean isPressTripNote(String text) {
        return isPressTripNote(text.strip(), PRESS_TRIP_NOTE);
    }

    /**
     * True when the short block is a travel writer's press-trip note naming the writer, whose name ends at {@code nameEnd}:
     * what follows the name is what {@link #isPressTripNote} reads after a role ("The writer"): "Tom Riley travelled as a
     * guest of Tourism Tasmania.". The caller knows the name is the page's author's; a story's guest named by anyone else
     * is the story's.
     */
    static boolean isNamedWritersPressTripNote(String text, int nameEnd) {
        String t = text.strip();
        return nameEnd > 0 && nameEnd < t.length() && t.length() <= MAX_PRESS_TRIP_NOTE_CHARS
                && isPressTripNote(t.substring(nameEnd), PRESS_TRIP_AFTER_SUBJECT);
    }

    /**
     * The press-trip note of a Japanese or Chinese travel story, closing the text: Japanese travel media's label "取材協力"
     * ("coverage assisted by", also "取材・撮影協力" with the photography) and a colon before the hosts, a tourist office, an
     * inn ("取材協力：松本市観光温泉課、浅間温泉旅館協同組合"); Chinese papers' note that the trip was provided or arranged by a
     * host, perhaps in brackets ("（本次采访行程由XX文化和旅游局提供支持。）"). One line naming the host and nothing after
     * it: a story's sentence about a tour's itinerary ("行程由导游安排，游客…") goes on past a comma.
     */
    private static final Pattern CJK_PRESS_TRIP_NOTE = Pattern.compile(
            "^[(（※]?\\s*(?:取材協力|取材・撮影協力)\\s*[:：]\\s*[^。:：]{1,80}?[)）]?$"
                    + "|^[(（※]?\\s*(?:本次|此次|本次的|这次|這次)?(?:采访|採訪|采风|採風|旅行|旅游|旅遊)?行程由[^。，,；;:：]{1,40}?"
                    + "(?:提供|安排|邀请|邀請|协助|協助|支持|赞助|贊助)(?:支持|协助|協助)?[。.]?[)）]?$");

    private static boolean isPressTripNote(String t, Pattern note) {
        if (note == PRESS_TRIP_NOTE && t.length() <= MAX_PRESS_TRIP_NOTE_CHARS && CJK_PRESS_TRIP_NOTE.matcher(t).matches()) {
            return true; // "取材協力：…", "（本次采访行程由…提供支持。）": a sentence closing on its own full stop, or none
        }
        if (t.length() > MAX_PRESS_TRIP_NOTE_CHARS || !note.matcher(t).find()) {
            return false;
        }
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(i + 1))) {
                return false; // a second sentence: the block says more than the note
            }
        }
        return !PRESS_TRIP_REPORTED.matcher(t).find();
    }

    /**
     * The note saying where the text appeared first ("Dieser Artikel erschien zuerst in ...", "This story was originally
     * published by ...", "Cet entretien a été publié initialement dans ..."), in every language of {@link FirstAppearance}:
     * the page's text named by a demonstrative, a verb of publishing and an adverb of first or original appearance, in
     * either order, within one sentence: a line about the page, not the story. A book that "erschien erstmals 1952" is not
     * named so, and a law's article that "wurde erstmals geändert" is not published.
     */
    static final Pattern FIRST_PUBLISHED_NOTE = Pattern.compile(firstPublishedNotes(), FLAGS);

    /**
     * Where a print issue note's demonstrative stands: opening its sentence, no word, figure or clause mark before it but
     * blanks. The note's text names itself as the subject ("This review appeared in …"); a story's sentence naming another
     * text with a demonstrative puts it inside a clause ("Según este artículo, publicado en el número …", "In this article,
     * published in …").
     */
    private static final String SENTENCE_OPENING = "(?<![\\p{L}\\p{N},;:]\\s{0,3})(?<![\\p{L}])";

    /**
     * A character of the same sentence: no end mark, or the full stop of an ordinal number, as German writes a date's day
     * ("in der Printausgabe vom 5. Dezember 2026 erschienen").
     */
    private static final String IN_SENTENCE = "(?:[^.!?]|(?<=\\d)\\.)";

    /** German verbs of a text's appearing in an issue, before or after it: "erschien in", "ist in Heft 3 erschienen", "stammt aus". */
    private static final String GERMAN_ISSUE_VERBS = "(?:erschien|erschienen|erscheint|veröffentlicht|stammt|gedruckt)";

    /**
     * A German noun of an issue, alone or as the head of a compound, as German writes the issue's kind or month into one word
     * ("Ausgabe", "Printausgabe", "Novemberausgabe", "Samstagsausgabe", "Heft", "Sonderheft"): the first part at most 16 letters.
     */
    private static final String GERMAN_ISSUE_NOUN = "(?<![\\p{L}])(?:\\p{L}{2,16}?)?(?:ausgabe|heft)(?![\\p{L}])";

    /**
     * A Dutch noun of the paper the text was printed in: an issue ("nummer", "editie") or the paper itself, alone or as a
     * compound's head ("de krant van zaterdag", "de zaterdagkrant", "de papieren editie").
     */
    private static final String DUTCH_ISSUE_NOUN = "(?<![\\p{L}])(?:nummer|(?:\\p{L}{2,12}?)?(?:editie|krant))(?![\\p{L}])";

    /**
     * A magazine's note that the page's text is from one of its print issues ("This review first appeared in Undertow Issue
     * 14", "Dieser Artikel erschien in Heft 3/2026", "Questo articolo è stato pubblicato sul numero di dicembre"), language by
     * language: the text named by a demonstrative opening the sentence ({@link #SENTENCE_OPENING}), its verb of appearing
     * with no comma between them, and a noun of an issue, in one sentence ("Dieser Bericht, der in der aktuellen Ausgabe
     * erschienen ist, beruft sich …" names another magazine's report in a relative clause). A line about
     * the page, as {@link #FIRST_PUBLISHED_NOTE} is, but naming the magazine's own print edition: no credit is read from it.
     * A study "published in the March issue of Nature" is not the page's text, named by no demonstrative.
     */
    static final List<String> PRINT_ISSUE_NOTES = List.of(
            // English: "this review appeared in …", "this article appears in the March 2026 issue", "ran in the print edition"
            SENTENCE_OPENING + "this (?:article|story|piece|review|feature|essay|interview|column|profile|report)(?![\\p{L}])(?!\\s+of(?![\\p{L}]))[^.!?,]{0,30}?"
                    + "(?<![\\p{L}])(?:appeared|appears|was (?:first )?published|is published|was printed|ran|runs)(?![\\p{L}])[^.!?]{0,80}?"
                    + "(?<![\\p{L}])(?:issue|print edition)(?![\\p{L}])",
            // German, the verb before or after the issue ("erschien in der Ausgabe 12/2026", "ist in Heft 3/2026 erschienen")
            SENTENCE_OPENING + "(?:dieser|diese|dieses) (?:artikel|beitrag|text|rezension|kritik|interview|reportage|bericht|essay|porträt)"
                    + "(?![\\p{L}])[^.!?,]{0,80}?(?:(?<![\\p{L}])" + GERMAN_ISSUE_VERBS + "(?![\\p{L}])" + IN_SENTENCE + "{0,80}?" + GERMAN_ISSUE_NOUN
                    + "|" + GERMAN_ISSUE_NOUN + IN_SENTENCE + "{0,80}?(?<![\\p{L}])" + GERMAN_ISSUE_VERBS + "(?![\\p{L}]))",
            // French: "cet article est paru dans le numéro 245", "publié dans notre n° 3891"
            SENTENCE_OPENING + "(?:cet|cette|ce) (?:article|texte|entretien|reportage|chronique|portrait|critique)(?![\\p{L}])[^.!?,]{0,40}?"
                    + "(?<![\\p{L}])(?:paru|parue|publié|publiée)(?![\\p{L}])[^.!?]{0,80}?(?<![\\p{L}])(?:numéro|n°)",
            // Italian: "questo articolo è stato pubblicato sul numero di dicembre", "è uscito nel fascicolo 11"
            SENTENCE_OPENING + "(?:questo |quest['’] ?)(?:articolo|intervista|testo|reportage|servizio|recensione)(?![\\p{L}])[^.!?,]{0,40}?"
                    + "(?<![\\p{L}])(?:pubblicat[oa]|uscit[oa]|apparso|apparsa)(?![\\p{L}])[^.!?]{0,80}?(?<![\\p{L}])(?:numero|fascicolo)(?![\\p{L}])",
            // Spanish and Portuguese: "esta reseña se publicó originalmente en el número 58", "publicada na edição de março"
            SENTENCE_OPENING + "(?:este|esta) (?:artículo|reseña|crítica|texto|entrevista|reportaje|artigo|resenha|reportagem|matéria)"
                    + "(?![\\p{L}])[^.!?,]{0,40}?(?<![\\p{L}])(?:publicad[oa]|publicó|publicou|apareció|apareceu|saiu)(?![\\p{L}])[^.!?]{0,80}?"
                    + "(?<![\\p{L}])(?:número|edição impressa|edición impresa|edição)(?![\\p{L}])",
            // Dutch: "dit artikel verscheen eerder in nummer 11 van …"
            SENTENCE_OPENING + "(?:dit|deze) (?:artikel|recensie|stuk|interview|verhaal|reportage)(?![\\p{L}])[^.!?,]{0,40}?"
                    + "(?<![\\p{L}])(?:verscheen|verschenen|gepubliceerd)(?![\\p{L}])[^.!?]{0,80}?" + DUTCH_ISSUE_NOUN);

    /**
     * The same note in languages that name their own text with no demonstrative, only as the paragraph's opening words, where
     * a story's sentence about another text would not stand bare, the verb close after the noun ("Artykuł opisujący odkrycie
     * ukazał się w numerze …" reports a study): Polish "Artykuł ukazał się w grudniowym numerze", Swedish
     * "Artikeln publicerades först i … nr 11/2026", Danish and Norwegian "Artiklen blev bragt i … nr. 4". Read with
     * {@code lookingAt} after the marks a note may open with ("*", "(").
     */
    static final Pattern PRINT_ISSUE_NOTE_OPENING = Pattern.compile(
            "[\\s*(\\[–—-]*(?:"
                    + "(?:ten |niniejszy )?(?:artykuł|tekst|wywiad|reportaż|recenzja)(?![\\p{L}])[^.!?]{0,15}?(?<![\\p{L}])"
                    + "(?:ukazał|ukazała|opublikowan\\p{L}*)(?![\\p{L}])[^.!?]{0,80}?(?<![\\p{L}])(?:numerze|wydaniu)(?![\\p{L}])"
                    + "|(?:artikeln|texten|recensionen|intervjun|reportaget|artiklen|artikkelen|anmeldelsen|teksten)(?![\\p{L}])[^.!?]{0,15}?"
                    + "(?<![\\p{L}])(?:publicerades|publicerad|publiceret|publisert|bragt|bragtes|stod|sto|trykt)(?![\\p{L}])[^!?]{0,80}?"
                    + "(?<![\\p{L}])(?:nr|numret|nummer|utgave|udgave)(?![\\p{L}])"
                    + ")", FLAGS);

    /** {@link #PRINT_ISSUE_NOTES} as one pattern. */
    static final Pattern PRINT_ISSUE_NOTE = Pattern.compile(String.join("|", PRINT_ISSUE_NOTES), FLAGS);

    /** The alternatives of {@link #FIRST_PUBLISHED_NOTE}: each language's note, then the notes shaped otherwise. */
    private static String firstPublishedNotes() {
        List<String> notes = new ArrayList<>();
        for (FirstAppearance.Language language : FirstAppearance.LANGUAGES) {
            notes.add(firstPublished(language));
        }
        notes.addAll(FirstAppearance.OTHER_NOTES);
        return String.join("|", notes);
    }

    /** A word of a publication's name: a capital, then letters and digits, dots only inside it ("Time.com"). */
    private static final String PUBLICATION_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}&'’-]*)*";

    /** A publication's name in quotation marks, as Russian notes give it ("на сайте «Новая газета»"): group 1 is the name. */
    private static final String QUOTED_PUBLICATION = "[«„“\"]([^«»„“”\"]{2,60})[»“”\"]";

    /**
     * The publication a {@link #FIRST_PUBLISHED_NOTE} names after its verb: "originally published by Kentucky Lantern, part of
     * …", "originally appeared in Reasons to Be Cheerful and is republished …", "publié initialement dans Le Devoir", "впервые
     * опубликован на сайте «Медиазона»". Group 1 is a quoted name, group 2 capitalised words, short lower-case ones ("to",
     * "of", "the") only between two of them: "first appeared in the print edition" names no publication.
     */
    private static final Pattern FIRST_PUBLISHER = Pattern.compile(
            "(?:" + FirstAppearance.inEveryLanguage(l -> namesAfterVerb(l) ? l.verbs() : "") + ")"
                    + "\\s+(?:\\p{Ll}+\\s+){0,2}?(?:" + FirstAppearance.inEveryLanguage(l -> namesAfterVerb(l) ? l.prepositions() : "") + ")\\s+"
                    + "(?:" + QUOTED_PUBLICATION + "|(" + PUBLICATION_WORD + "(?:\\s+(?:(?:\\p{Ll}{1,3}|&)\\s+)*" + PUBLICATION_WORD + "){0,6}))");

    /**
     * The publication a note names between its adverb and the verb closing it, Turkish "ilk olarak Gazete Duvar'da
     * yayımlandı": group 1 is capitalised words, the last with its case ending after an apostrophe, which
     * {@link #firstPublisher} takes off.
     */
    private static final Pattern FIRST_PUBLISHER_BEFORE_VERB = Pattern.compile(
            "(?iu:" + FirstAppearance.inEveryLanguage(l -> l.order() == FirstAppearance.Order.NAME_BEFORE_VERB ? l.adverbs() : "") + ")"
                    + "\\s+(" + PUBLICATION_WORD + "(?:\\s+" + PUBLICATION_WORD + "){0,6})\\s+"
                    + "(?iu:" + FirstAppearance.inEveryLanguage(l -> l.order() == FirstAppearance.Order.NAME_BEFORE_VERB ? l.verbs() : "") + ")");

    /**
     * The publication a note of a script without capitals names after its adverb and preposition, Arabic "نُشر هذا المقال
     * أولاً على موقع رصيف22.": group 1 is at most three words closing the sentence, since no capital tells where a name ends.
     */
    private static final Pattern FIRST_PUBLISHER_AFTER_ADVERB = Pattern.compile(
            "(?:" + FirstAppearance.inEveryLanguage(l -> l.order() == FirstAppearance.Order.VERB_FIRST ? l.adverbs() : "") + ")"
                    + "\\s+(?:" + FirstAppearance.inEveryLanguage(l -> l.order() == FirstAppearance.Order.VERB_FIRST ? l.prepositions() : "") + ")"
                    + "\\s+([\\p{L}\\p{M}\\p{N}]+(?:\\s+[\\p{L}\\p{M}\\p{N}]+){0,2})\\s*(?:[.،,;:!?؛]|$)");

    /** A Turkish case ending after an apostrophe closing a name: "Bianet'te", "Gazete Duvar'da". */
    private static final Pattern CASE_ENDING = Pattern.compile("['’]\\p{Ll}{1,4}$");

    /** Whether the language's notes name the publication after the verb, with prepositions given. */
    private static boolean namesAfterVerb(FirstAppearance.Language language) {
        return language.order() == FirstAppearance.Order.NAME_AFTER_VERB && !language.prepositions().isEmpty();
    }

    /** A possessive in a name: "Jane Doe's" names whose blog, not a publication. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s(?![\\p{L}])");

    /**
     * The publication a note on where the text first appeared names ({@link #FIRST_PUBLISHER}, or where its language puts
     * it: {@link #FIRST_PUBLISHER_BEFORE_VERB}, {@link #FIRST_PUBLISHER_AFTER_ADVERB}), or null: the note names none, names a
     * day ("originally published on December 19, 2022"), names its writer's own blog ("first appeared on Jane Doe's blog"),
     * or says only that a version of the story ran ("A version of this story appeared in Science, Vol 382": the print
     * edition of the page's own publication).
     */
    static String firstPublisher(String note) {
        if (note.regionMatches(true, 0, "a version", 0, 9)) {
            return null;
        }
        Matcher m = FIRST_PUBLISHER.matcher(note);
        if (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String name = m.group(group).strip();
            int after = m.end(group);
            while (after < note.length() && Character.isWhitespace(note.charAt(after))) {
                after++;
            }
            if (after < note.length() && Character.isDigit(note.charAt(after))) {
                return null; // "December 19, 2022": a month's name before the day
            }
            return name.length() < 2 || POSSESSIVE.matcher(name).find() ? null : name;
        }
        m = FIRST_PUBLISHER_BEFORE_VERB.matcher(note);
        if (m.find()) {
            return CASE_ENDING.matcher(m.group(1)).replaceFirst("");
        }
        m = FIRST_PUBLISHER_AFTER_ADVERB.matcher(note);
        return m.find() ? m.group(1) : null;
    }

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    /**
     * The thing a reader is invited to send the paper, as its closing note names it: letters ("Leserbriefe", "lezersbrieven",
     * "lettere", "courrier des lecteurs", "cartas"), a reaction or feedback, a correction, or reports from clubs and schools
     * ("Vereinsberichte", "club news"), or an opinion piece the opinion pages print from readers ("opiniestuk", "op-ed",
     * "Gastbeitrag", "tribune", "artículo de opinión"). Read anywhere in the note, its address too ("lettere@…", "feedback@…"). A witness
     * appeal asks for information or tips, and a council for objections: neither is named here.
     */
    private static final Pattern SUBMISSION_NOUN = Pattern.compile(
            WORD_START + "(?:letters?(?: to the editor)?|feedback|corrections?|story ideas?|club (?:news|reports?)|community news"
                    + "|leserbriefe?|leserzuschrift(?:en)?|zuschrift(?:en)?|korrekturhinweise?"
                    + "|(?:vereins|schul|kita|sport|kirchen|leser|orts)(?:berichte?|nachrichten|meldungen|termine|fotos)"
                    + "|brief|brieven|lezersbrie(?:f|ven)|ingezonden (?:brief|brieven|stuk|stukken)|reacties?|kopij|verenigingsnieuws|clubnieuws"
                    + "|lettera|lettere|segnalazion[ei]|rettific(?:a|he)"
                    + "|courriers?(?: des lecteurs)?|lettres?|réactions?|rectificatifs?|témoignages?"
                    + "|cartas?(?: al director)?|rectificaci(?:ón|ones)|correcciones"
                    + "|correç(?:ão|ões)"
                    + "|op-?eds?|opinion (?:pieces?|articles?)|guest (?:columns?|essays?)|opiniestuk(?:ken)?|opiniebijdragen?"
                    + "|gastbeitr(?:ag|äge)|meinungsbeitr(?:ag|äge)|tribunes?|articles? d'opinion|art[íi]culos? de opini[óo]n"
                    + "|artigos? de opini[ãa]o|articoli? d'opinione)" + WORD_END,
            FLAGS);

    /**
     * The note's request in the passive voice, the thing sent its subject and the reader unnamed: "Letters can be sent to",
     * "may be e-mailed to", "Leserbriefe können an … gerichtet werden", "Brieven kunnen naar … worden gestuurd", "Les lettres
     * peuvent être adressées à", "Las cartas pueden enviarse a", "Le lettere possono essere inviate a". The gap before a
     * German or Dutch participle crosses an address's dots, not a sentence's end. (Part of {@link #READER_ASKED_TO_WRITE}.)
     */
    private static final String PASSIVE_SENDING = WORD_START
            + "(?:(?:can|may|should) be (?:sent|e-?mailed|submitted|addressed|posted|left|dropped off|handed in)"
            + "|können(?:[^.!?]|\\.(?!\\s)){0,80}?(?:geschickt|gesendet|geschrieben|eingereicht|gerichtet|abgegeben|gemailt) werden"
            + "|kunnen(?:[^.!?]|\\.(?!\\s)){0,80}?(?:worden (?:gestuurd|gemaild|ingeleverd|ingestuurd|opgestuurd)"
            + "|(?:gestuurd|gemaild|ingeleverd|ingestuurd|opgestuurd) worden)"
            + "|peuvent être (?:envoyée?s?|adressée?s?|déposée?s?)|pueden (?:enviarse|ser enviad[ao]s|remitirse)|se pueden enviar"
            + "|possono essere (?:inviat[ei]|spedit[ei]|indirizzat[ei]))" + WORD_END;

    /**
     * The reader addressed and asked to send or write: an imperative that opens a sentence ("Send feedback to", "Stuur uw
     * brief naar", "Schreiben Sie uns", "Scrivete a", "Écrivez-nous à", "Escríbanos a", "Envie a sua carta") or a modal
     * with the reader as its subject ("… können Sie unter … einreichen", "kunt u … mailen", "you can", "vous pouvez",
     * "potete"), or "Puede enviar …" opening a sentence, its subject left out. A report says who asked ("the council asked
     * residents to send …"), and a quoted appeal opens with its quotation mark, not with the verb.
     */
    private static final Pattern READER_ASKED_TO_WRITE = Pattern.compile(
            "(?:^|[.!?:]\\s+)[¿¡]?(?:(?:please|bitte|svp|por favor|per favore) )?(?:send|e-?mail|write|submit|mail|schicken sie|senden sie"
                    + "|mailen sie|richten sie|schreiben sie|reichen sie|schickt|schreibt|schick|schreib|stuur|schrijf|zend|scrivete|scrivi"
                    + "|scriveteci|scrivici|inviate|invia|inviateci|mandate|manda|mandateci|écrivez|envoyez|adressez|écris|envoie"
                    + "|escríbanos|escríbenos|escriba|escribe|envíe|envíenos|envía|envíanos|mande|mándenos|escreva|escreve|envie"
                    + "|(?:puede|pueden|pode|podem|può) (?:enviar|mandar|escribir|escrever|inviare|scrivere))(?![\\p{L}])"
                    + "|" + WORD_START + "(?:können sie|könnt ihr|kannst du|dürfen sie|kunt u|kun je|kan je|you can|you may|vous pouvez"
                    + "|tu peux|potete|puoi|puedes|você pode)" + WORD_END
                    + "|" + PASSIVE_SENDING,
            FLAGS);

    /**
     * The way to send it the note gives: an e-mail address, the paper's form, or the newsroom itself as the addressee ("to
     * the editor at the village shop", "an die Redaktion", "naar de redactie", "a la redacción", "alla redazione").
     */
    private static final Pattern ADDRESS_OR_FORM = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+\\.[\\p{L}\\p{N}.-]*[\\p{L}\\p{N}]"
                    + "|" + WORD_START + "(?:formular|formulier|formulaire|formulario|formulário|modulo|form"
                    + "|(?:the|our) editors?|(?:die|der|unsere) redaktion|(?:de|onze) redactie|la redacción|(?:la|alla) redazione)" + WORD_END,
            FLAGS);

    /**
     * A reporting verb in the third person ("the council said", "the head teacher told them", "teilte die Stadt mit", "a
     * déclaré", "dijo"): the story relays someone's invitation ("Send your feedback on the proposals to parking@…, the
     * council said"), which is news, not the paper's own note.
     */
    private static final Pattern REPORTED_SPEECH = Pattern.compile(WORD_START
            + "(?:said|says|told|tells|sagte|sagten|sagt|teilte|teilten|erklärte|erklärten|zei|zeiden|zegt|meldde|liet weten"
            + "|ha detto|hanno detto|ha dichiarato|ha spiegato|a déclaré|a dit|a expliqué|ont déclaré|dijo|dijeron|afirmó|explicó"
            + "|disse|disseram|afirmou|explicou)" + WORD_END, FLAGS);

    /** A closing note inviting letters is a sentence or two: its invitation, the address, a word on length or names. */
    static final int MAX_LETTERS_NOTE_CHARS = 300;

    /**
     * True when the short block invites the reader to send the paper letters, feedback, corrections or reports and gives
     * its e-mail address or form ("Wilt u reageren? Stuur uw brief naar lezers@…", "Vereinsberichte können Sie unter
     * vereine@… einreichen", "Scrivete a lettere@…", "Send feedback to feedback@…"): the reader asked
     * ({@link #READER_ASKED_TO_WRITE}), the thing sent named ({@link #SUBMISSION_NOUN}), the way given
     * ({@link #ADDRESS_OR_FORM}), no police or investigators named as who asks ({@link #APPEAL_AUTHORITY}), no one
     * reported as asking ({@link #REPORTED_SPEECH}), and no public office named as the recipient ({@link #OFFICE_RECIPIENT}).
     */
    static boolean isLettersInvitation(String text) {
        return isLettersInvitation(text, false);
    }

    /**
     * {@link #isLettersInvitation(String)}, where a block linking an e-mail address ({@code mailto:}) gives the way to send
     * in its link, its words showing none ("Schreiben Sie uns einen <a href="mailto:…">Leserbrief</a>").
     */
    static boolean isLettersInvitation(String text, boolean mailLink) {
        // the submission noun first: its search starts only where its openings admit one, while the address pattern is tried
        // at every character ("form" and "editor" in a text's words reach here); the tests have no side effects
        return text.length() <= MAX_LETTERS_NOTE_CHARS && SUBMISSION_NOUN_SOUGHT.in(text) && (mailLink || ADDRESS_OR_FORM.matcher(text).find())
                && READER_ASKED_TO_WRITE_SOUGHT.in(text) && !namesAppealAuthority(text) && !REPORTED_SPEECH.matcher(text).find()
                && !OFFICE_RECIPIENT.matcher(text).find();
    }

    /** The text named, then an adverb of first appearance and a verb of publishing in either order, within a sentence. */
    private static String firstPublished(FirstAppearance.Language language) {
        String gap = WORD_END + "[^.!?]{0,60}?" + WORD_START; // words of other letters than ASCII end where \\b does not see it
        String named = "(?:" + language.texts() + ")";
        String adverbs = "(?:" + language.adverbs() + ")";
        String verbs = "(?:" + language.verbs() + ")";
        String note = WORD_START + named + gap + "(?:" + adverbs + gap + verbs + "|" + verbs + gap + adverbs + ")" + WORD_END;
        return language.order() == FirstAppearance.Order.VERB_FIRST
                ? note + "|" + WORD_START + verbs + gap + named + gap + adverbs + WORD_END // "نُشر هذا المقال أولاً في …"
                : note;
    }

    /**
     * The opening of a box inviting the reader to send the newsroom a tip, the question or imperative its heading or
     * first sentence asks: Swedish "Tipsa oss!", "Har du sett något som du tycker att vi ska skriva om?", Norwegian "Tips
     * oss", Danish "Tip os", Dutch "Heb jij een tip?", German "Tipp an die Redaktion", "Haben Sie einen Hinweis?", English
     * "Have a story tip?", "Got a news tip?", French "Une info à nous signaler ?", Spanish "¿Tienes una pista?", Portuguese
     * "Tem uma sugestão de pauta?", Italian "Hai una segnalazione?", Polish "Masz temat?". Asked where the block's
     * letters start ({@link #isTipBox}): a report about tips ("Police received 40 tips") does not open so.
     */
    private static final Pattern TIP_PROMPT = Pattern.compile(
            "(?:tipsa (?:oss|redaktionen)|har du (?:ett |et |en )?(?:nyhets)?tips?|har du sett något som|tips oss|tip os"
                    + "|tips redaksjonen|tip redaktionen"
                    + "|(?:heb (?:jij|je)|heeft u) (?:een )?(?:nieuws)?tip|tip (?:de redactie|ons)"
                    + "|tipps? an (?:die|unsere) redaktion|(?:haben sie|hast du|habt ihr) (?:einen |ein )?(?:hinweis|tipp|nachrichtentipp"
                    + "|themenvorschlag)"
                    + "|(?:do you )?(?:have|got|know) (?:a |an |any )?(?:story |news )?(?:tips?|story idea)|send us (?:a |your )?(?:story |news )?tips?"
                    + "|tip us off"
                    + "|(?:vous avez )?une info(?:rmation)? à (?:nous )?(?:signaler|transmettre|communiquer|partager)"
                    + "|(?:tienes|tiene|tenés) (?:una |un )?(?:pista|chivatazo|tip|soplo)"
                    + "|(?:tem|você tem) (?:uma )?(?:sugestão de pauta|denúncia)|sugestão de pauta"
                    + "|hai (?:una )?(?:segnalazione|notizia da segnalare)|avete (?:una )?segnalazion[ei]"
                    + "|masz (?:temat|informację|newsa|sygnał)"
                    // a fact-checking desk's box asking for claims to check: the reader's doubt about a piece of news, or a claim
                    // the reader wants checked ("Vous avez un doute sur une information ?", "Une info à vérifier ?", "Want us to
                    // fact-check something?", "Have a claim you want us to check?", "Haben Sie eine zweifelhafte Behauptung
                    // gesehen?", "Twijfel je aan een bericht?", "¿Tienes dudas sobre una información?", "Hai un dubbio su una notizia?")
                    + "|(?:vous avez |tu as )?(?:un doute|des doutes) sur une (?:info(?:rmation)?|rumeur|publication|image|vidéo)"
                    + "|une (?:info(?:rmation)?|rumeur|publication|image|vidéo) à (?:nous faire )?vérifier"
                    + "|(?:do you )?want us to (?:fact-?check|verify|check) (?:a |an |something|it|this)"
                    + "|(?:(?:have you )?(?:seen|spotted|come across)|(?:do you )?(?:have|got)) (?:a |an |something )"
                    + "(?:(?:suspicious|dubious|questionable|viral) )?"
                    + "(?:claim|post|rumou?r|image|video|story) (?:(?:you|that) )?(?:want(?:ed)?|would like) (?:us )?(?:to )?(?:fact-?check|check|verify)"
                    + "|(?:haben sie|hast du) (?:eine )?(?:zweifelhafte|fragwürdige|verdächtige) (?:behauptung|meldung|nachricht|information)"
                    + "|(?:twijfel je|twijfelt u) (?:aan|over) (?:een |het )?(?:bericht|nieuwsbericht|claim|nieuws)"
                    + "|(?:tienes|tiene) (?:alguna )?dudas? sobre (?:una|alguna) (?:información|noticia|publicación)"
                    // the same asked as a piece of news the reader wants checked, in Portuguese and Spanish ("Tem alguma informação que
                    // você quer que a gente cheque?", "¿Tienes alguna información que quieres que verifiquemos?")
                    + "|(?:tem|você tem) (?:alguma|uma) (?:informação|notícia|publicação|mensagem|imagem|corrente) que (?:você )?"
                    + "(?:quer|queira|gostaria) que (?:a gente|nós|o \\p{L}+) (?:cheque|verifique|investigue)"
                    + "|(?:tienes|tiene) (?:alguna|una) (?:información|noticia|publicación|imagen|cadena) que (?:quieres|quiere|quieras|quiera)"
                    + " que (?:verifiquemos|chequeemos|comprobemos)"
                    + "|hai (?:un )?dubbi(?:o)? su una (?:notizia|informazione)"
                    // the same asked as a doubtful item the reader has seen or received, in the fact-checkers' other languages
                    // ("Spotted a claim?", "¿Has recibido algo sospechoso?", "Doğrulanmasını istediğiniz bir iddia mı var?",
                    // "هل صادفت ادعاءً مشكوكًا فيه؟", "Jika Anda memiliki informasi yang ingin dicek", "Widzisz fałszywą
                    // informację?", "Бачили фейк?", "검증이 필요한 정보가 있나요?", "検証してほしい情報はありますか", "क्या आपके पास
                    // कोई ऐसी खबर है जिसकी सच्चाई …")
                    + "|(?:have you )?(?:seen|spotted|come across|received) (?:a |an )(?:(?:suspicious|dubious|questionable|viral|false|misleading) )?"
                    + "(?:claim|post|rumou?r|image|photo|video|message)(?=\\s?\\?)"
                    + "|(?:has|ha|habéis) (?:recibido|visto|leído) (?:algo|un bulo|una? (?:mensaje|información|noticia|imagen|vídeo|video|publicación|cadena))"
                    + "(?: (?:sospechos[oa]|dudos[oa]|extrañ[oa]|fals[oa]))?(?=\\s?\\?)"
                    + "|(?:recebeu|viu) (?:algo|alguma|uma?) (?:suspeit[oa]|duvidos[oa]|mensagem|notícia|informação|corrente)(?: suspeit[oa]| duvidos[oa])?(?=\\s?\\?)"
                    + "|doğrulanmasını istediğiniz (?:bir )?(?:iddia|haber|içerik|paylaşım|görsel|video)"
                    + "|هل (?:صادفت|رأيت|وصلك|وصلتك|شاهدت) (?:ادعاء|خبرا|خبر|منشورا|منشور|صورة|فيديو|معلومة|رسالة)"
                    + "|(?:jika|bila|apabila) (?:anda|kamu) (?:memiliki|punya|menemukan|menerima) (?:informasi|kabar|berita|pesan|konten|klaim) yang (?:ingin|mau|perlu) (?:dicek|diperiksa|diverifikasi)"
                    + "|(?:widzisz|widziałeś|widziałaś|zauważyłeś|zauważyłaś|znalazłeś|znalazłaś) (?:fałszywą|podejrzaną|nieprawdziwą) (?:informację|wiadomość|treść|wypowiedź)"
                    + "|(?:бачили|побачили|помітили|натрапили на) (?:фейк|дезінформацію|підозрілу (?:новину|інформацію|публікацію))"
                    + "|(?:팩트체크|검증)(?:가|이)? (?:필요한|원하는|받고 싶은) (?:정보|주장|내용|뉴스|게시물)(?:가|이|를|는)?"
                    + "|(?:検証|ファクトチェック)(?:して)?(?:ほしい|欲しい)(?:情報|投稿|話題|言説|うわさ|噂)(?:は|が)?(?:ありますか|ありませんか|あれば)?"
                    + "|(?:क्या )?(?:आपके पास )?(?:कोई )?(?:ऐसी )?(?:खबर|ख़बर|दावा|जानकारी|वीडियो|तस्वीर|पोस्ट) (?:है )?जिसकी (?:सच्चाई|जांच|पड़ताल))(?![\\p{L}])",
            FLAGS);

    /**
     * A way to send the tip the box gives: an e-mail address, a telephone number, or a verb or noun of mailing, calling,
     * writing or messaging ("Mejla …", "Mail naar … of app ons", "ring", "WhatsApp", "Schreiben Sie uns", "écrivez-nous").
     */
    private static final Pattern TIP_CHANNEL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+\\.[\\p{L}\\p{N}.-]+|\\+?\\d[\\d \\-/]{5,}\\d"
                    + "|(?<![\\p{L}])(?:e-?mail|mail|mejla|mejl|maila|e-?post|ring|bel|app(?:en|t)?(?![\\p{L}])|whatsapp|signal(?![\\p{L}])|telegram"
                    + "|call|phone|text us|contact|schreib|ruf|kontakt|écri|appel|escrib|escríb|llam|contáct|envi|mand|ligue|fale"
                    + "|scriv|chiam|contatt|napisz|zadzwo|wyślij|pisz|stuur|formul|form(?![\\p{L}])"
                    + "|واتساب|واتس اب|व्हाट्सऐप|व्हाट्सएप|카카오톡|카톡|이메일|메일|メール|フォーム|line(?![\\p{L}])|вайбер|viber|напишіть)",
            FLAGS);

    /**
     * The police, a prosecutor or investigators named as who asks for the information ("Die Polizei bittet Zeugen, sich
     * unter … zu melden", "Police ask anyone with information to call …"): a witness appeal the story relays, which is
     * its text, not the newsroom's box asking readers for tips.
     */
    private static final Pattern APPEAL_AUTHORITY = Pattern.compile(
            "(?<![\\p{L}])(?:polizei\\p{L}*|kripo|kriminalpolizei|staatsanwaltschaft|ermittler\\p{L}*|police|detectives?|investigators?"
                    + "|prosecutors?|polis(?:en)?|politi(?:et)?|politie|policía|policia|polícia|polizia|carabinieri|policja\\p{L}*"
                    + "|gendarmerie|guardia civil|mossos)(?![\\p{L}])",
            FLAGS);

    /**
     * A public office named as where the letters go ("Letters of objection can be sent to the planning office at …",
     * "Einwendungen können beim Landratsamt eingereicht werden", "naar de gemeente"): a consultation the story relays,
     * not the paper's note inviting letters.
     */
    private static final Pattern OFFICE_RECIPIENT = Pattern.compile(
            "(?<![\\p{L}])(?:council|planning (?:office|department)|town hall|city hall|municipality|ministry|department of"
                    + "|rathaus|stadtverwaltung|gemeindeverwaltung|gemeindeamt|landratsamt|bezirksamt|behörde|ministerium"
                    + "|gemeente|gemeentehuis|provincie|ministerie|mairie|préfecture|ministère|ayuntamiento|concello|ministerio"
                    + "|comune|municipio|ministero|objections?|einwendungen|bezwaa?r(?:en|schrift)?)(?![\\p{L}])",
            FLAGS);

    /** True when the text names the police or investigators as who asks ({@link #APPEAL_AUTHORITY}): a witness appeal. */
    static boolean namesAppealAuthority(CharSequence text) {
        return APPEAL_AUTHORITY.matcher(text).find();
    }

    /** A tip box is short: its question and a line or two saying where to send the tip. */
    static final int MAX_TIP_BOX_CHARS = 400;

    /** The prompt's openings: the first letters of a block are asked before its text is built. */
    static final PatternOpenings TIP_PROMPT_OPENINGS = PatternOpenings.of(TIP_PROMPT.pattern());

    /** Leading marks before a prompt's first letter ("¿", "📩 ", "» "), at most this many. */
    private static final int MAX_TIP_LEAD = 4;

    /** The index of the text's first letter or digit, after at most {@link #MAX_TIP_LEAD} other characters; -1 when there is none. */
    static int tipPromptStart(CharSequence text) {
        return tipPromptStart(text, 0);
    }

    /** {@link #tipPromptStart(CharSequence)} of the text from {@code from} on. */
    static int tipPromptStart(CharSequence text, int from) {
        int n = Math.min(text.length(), from + MAX_TIP_LEAD + 1);
        for (int i = from; i < n; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the tip prompt the text opens with ({@link #TIP_PROMPT}), or -1. */
    static int tipPromptEnd(String text) {
        int at = tipPromptStart(text);
        if (at < 0) {
            return -1;
        }
        Matcher m = TIP_PROMPT.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** True when the text gives a way to send a tip ({@link #TIP_CHANNEL}). */
    static boolean namesTipChannel(CharSequence text) {
        return TIP_CHANNEL.matcher(text).find();
    }

    /**
     * True when the short block's text is a tip box: it opens by asking for a tip ({@link #TIP_PROMPT}) and goes on to
     * give a way to send it ({@link #TIP_CHANNEL}), and names no police or investigators as who asks ({@link #APPEAL_AUTHORITY}).
     */
    static boolean isTipBox(String text) {
        if (text.length() > MAX_TIP_BOX_CHARS) {
            return false;
        }
        int end = tipPromptEnd(text);
        return end >= 0 && namesTipChannel(text.substring(end)) && !namesAppealAuthority(text);
    }

    /** The {@code rel} token of a paid or affiliate link (Google's link attributes: rel="sponsored"). */
    static final String SPONSORED_REL = "sponsored";

    private Notices() {
    }

    /** True when the space-separated attribute value holds the token, in any case: a scan, no pattern (asked of every link). */
    static boolean hasToken(String value, String token) {
        int n = value.length();
        int from = 0;
        while (from < n) {
            int at = value.regionMatches(true, from, token, 0, token.length()) ? from : -1;
            int end = at >= 0 ? from + token.length() : from;
            if (at >= 0 && (end == n || Character.isWhitespace(value.charAt(end)))) {
                return true;
            }
            while (end < n && !Character.isWhitespace(value.charAt(end))) {
                end++; // the rest of this token
            }
            while (end < n && Character.isWhitespace(value.charAt(end))) {
                end++; // the blanks before the next
            }
            from = end;
        }
        return false;
    }

    /**
     * Lower-case stems (an ASCII first letter) one of which starts a word of every disclosure's link
     * word ({@link #LINK_WORD}: "Links", "Affiliate-Links", "Partnerlinks") and one of which starts a
     * word of every {@link #AFFILIATE_DISCLOSURE}: a text without both is no disclosure, and most
     * paragraphs are refused by this search ({@link #stemsIn}) before any pattern is tried.
     */
    private static final String[] LINK_STEMS = {"link", "lien", "enlace", "collegament", "affilia", "afilia", "amazon",
        "partnerlink", "werbelink", "provisionslink"};
    private static final String[] DISCLOSURE_STEMS = {"provision", "commissi", "comisi", "comiss", "prowizj", "qualifying",
        "associate", "affilia", "afilia", "partner", "werbe", "sponsoris", "advertising api", "vergoeding", "compensat"};

    /** Lower-case stems (an ASCII first letter) one of which every match of {@link #UNSUBSCRIBE_WORD} holds at a word's start, searched first alike. */
    private static final String[] UNSUBSCRIBE_STEMS = {"unsubscrib", "opt-out", "opt out", "abmelden", "abbestellen", "austragen",
        "abonn", "subscri", "inscri", "de baja", "suscrit", "cancellar", "iscri", "uitschrijven", "afmelden", "aangemeld",
        "désabonn", "désinscri", "disiscri"};

    /** A pitch box's heading saying that the site needs the reader is this short ("Nós Diario precisa de ti"). */
    static final int MAX_NEEDS_YOU_CHARS = 60;

    /**
     * A heading saying that the site needs the reader, as support boxes are headed: a name in capitals, then "needs you"
     * and nothing after it, in about ten languages ("Nós Diario precisa de ti", "El Punt te necesita", "Vilaweb et necessita",
     * "Die Kiezpost braucht dich", "Le Courrier a besoin de vous", "De Krant heeft jou nodig"). German "sie" in lower case
     * is others (they), and is left out. Read whole ({@code matches}) on a short heading that opens a box
     * ({@code ContentPruner}); a heading of the text alone is never cut by it.
     */
    static final Pattern NEEDS_YOU_HEADING = Pattern.compile("(?U)\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\s[\\p{L}\\p{N}'’.&-]+){0,4}?\\s"
            + "(?:(?iu:needs you|precisa de ti|precisa de vostede|precisa de vós|precisa de você|necesita de ti|te necesita|os necesita"
            + "|et necessita|us necessita|a besoin de (?:vous|toi)|braucht (?:dich|euch)|heeft (?:je|jou|u) nodig|ha bisogno di (?:te|voi)"
            + "|potrzebuje (?:ciebie|was)|potřebuje (?:vás|tě)|behöver dig|trenger deg|har brug for dig)|braucht Sie)\\s?[.!]*");

    /**
     * A heading asking the reader to support the site by its name, as support boxes are headed ("Sostieni VareseOggi",
     * "Soutenez Le Courrier", "Unterstützen Sie die Kiezpost", "Apoya a El Diario", "Steun De Krant", "Support the Ledger"):
     * the imperative, perhaps an article, a name of one to five words opening with a capital (group "name"; with the article
     * before it, which may be the name's own, group "named"), and nothing after it. Read whole on a short heading that opens
     * a box, as {@link #NEEDS_YOU_HEADING} is, and only where the name is the site's own ({@link #namesTheSite}) and the box
     * asks for money ({@link #asksForMoney}): "Sostieni Italia" heading a story's fact box on a fund of that name is no
     * pitch of the site's.
     */
    static final Pattern SUPPORT_US_HEADING = Pattern.compile("(?U)(?:Sostieni|Sosteneteci|Soutenez|Soutiens|Unterstützen Sie|Unterstütze"
            + "|Apoya a|Apoya|Apoie o|Apoie a|Apoie|Steun|Wesprzyj|Podpořte|Podporte|Support)\\s+"
            + "(?<named>(?:(?i:the|il|lo|la|le|l['’]|die|den|das|el|de|o|a)\\s?)?(?<name>\\p{Lu}[\\p{L}\\p{N}'’.&-]*(?:\\s[\\p{L}\\p{N}'’.&-]+){0,4}?))\\s?[.!]*");

    /**
     * Lower-case stems of a contribution asked for, one of which a support box under a {@link #SUPPORT_US_HEADING} holds
     * after its heading: the contribution, the donation, the subscription or the membership.
     */
    private static final List<String> CONTRIBUTION_STEMS = List.of("contribu", "donat", "donaz", "donac", "spende", "faites un don",
            "abbona", "abonn", "subscri", "suscri", "assin", "member", "mitglied", "membre", "socio", "lid worden", "wpłat", "příspěv");

    /** True when a support box's text after its heading asks for money ({@link #CONTRIBUTION_STEMS}). */
    static boolean asksForMoney(String boxText) {
        String lower = boxText.toLowerCase(java.util.Locale.ROOT);
        return CONTRIBUTION_STEMS.stream().anyMatch(lower::contains);
    }

    /**
     * True when a {@link #SUPPORT_US_HEADING}'s name is one of the site's names, as site names are compared
     * ({@link ComparisonKey}: "LarioOggi" and og:site_name "Lario Oggi"). Blank names never match.
     */
    static boolean namesTheSite(String name, List<String> siteNames) {
        String key = ComparisonKey.of(name);
        return !key.isEmpty() && siteNames.stream().anyMatch(site -> site != null && key.equals(ComparisonKey.of(site)));
    }

    /** Lower-case stems one of which every {@link #SUBSCRIPTION_PITCH} holds at a word's start, searched first alike. */
    private static final String[] PITCH_STEMS = {"kostenlos", "gratis", "gratuit", "free", "subscri", "abonn", "suscr",
        "abbonat", "assine", "wykup", "tilaa", "prenumer", "teckna", "předplaťte", "predplaťte", "zaprenumer", "fizess"};

    /** Lower-case stems one of which every {@link #ACCESS_PITCH} holds at a word's start, searched first alike. */
    private static final String[] ACCESS_STEMS = {"unlimited", "unrestricted", "unbegrenzt", "unbeschränkt", "illimit", "ilimitad",
        "onbeperkt"};

    /** Lower-case stems one of which every {@link #MEMBERSHIP_PITCH} holds at a word's start (its noun's), searched first alike. */
    private static final String[] MEMBERSHIP_STEMS = {"member", "supporter", "mitglied", "fördermitglied", "förderunterstützer",
        "unterstützer", "unterstützen sie", "unterstütze uns", "unterstützt uns", "machst du", "macht ihr", "machen sie", "ermöglichst du", "ermöglichen sie", "support", "soutenez", "apoya", "sostieni", "membre", "lid", "socio", "miembro", "membro", "członk", "journalis", "periodis", "giornalis", "dziennikar", "novinař",
        "novinar", "novinár", "jurnalism", "jornalis", "ajakirjand", "donation", "contribution", "gift", "donazion", "donación", "donatie", "spende", "faites un don", "aporte",
        // Galician and Basque: the noun of "Apoia o xornalismo", "Lagundu kazetaritza", "Fai a túa achega", "Egin zaitez bazkide"
        "xornalis", "kazetarit", "achega", "bazkide", "harpidedun",
        // the imperatives of the donation asked for with "us" ({@link #SUPPORT_US_IMPERATIVES}) that no stem above opens
        "aidez-nous", "aide-nous", "soutiens-nous", "apóyanos", "ayúdanos", "aiutaci", "apoie-nos", "ajude-nos", "steun ons",
        // Catalan and Welsh: the noun of "Fes-te'n soci", "Fes-te subscriptor", "Fes-te mecenes", "Cefnogwch newyddiaduraeth
        // leol"; and the verb of the sum a month that helps ("ens ajudes", "nos ayudas", "axúdasnos")
        "soci", "subscriptor", "mecenes", "newyddiadur", "ajud", "ayud", "axud", "axúdas",
        // nouns that start with no ASCII letter ("újságírást", "žurnalistiku"): their pitches are found by the verb
        "támogas", "podporte", "podržite", "atbalst", "paremkite"};

    /** Lower-case stems one of which every {@link #APP_PITCH} holds at a word's start (its verb's, or the podcast's noun), searched first alike. */
    private static final String[] APP_STEMS = {"herunter", "install", "download", "téléchar", "descarg", "scarica", "ladda", "last ned",
        "hent", "pobierz", "podcast", "podd"};

    /**
     * Lower-case stems one of which every {@link #CHANNEL_PITCH} and {@link #CHANNEL_INVITATION} holds at a word's start (its
     * platform's), searched first alike.
     */
    private static final String[] CHANNEL_STEMS = {"whatsapp", "telegram", "viber", "zalo", "google news", "follow @"};

    /** Lower-case stems one of which every {@link #SITE_FOLLOW_PROMPT} holds at a word's start (its network's), searched first alike. */
    private static final String[] SOCIAL_NETWORK_STEMS = {"facebook", "instagram", "twitter", "tiktok", "youtube", "linkedin", "bluesky"};

    /**
     * The openings of {@link #ARABIC_SCRIPT_PLATFORMS}, which {@link #stemsIn} looks for where the text has one of their first
     * letters ("و", "ت", "ٹ"), anywhere in a word, as the article or a preposition may be joined before them ("الواتساب").
     */
    private static final String[] ARABIC_SCRIPT_CHANNEL_STEMS = {"واتس", "واٹس", "تيليجرام", "تليجرام", "تلجرام", "تلغرام", "تيليغرام",
        // and the Bengali and Devanagari spellings ({@link #BENGALI_AND_DEVANAGARI_PLATFORMS})
        "গুগল", "হোয়াটস", "হোয়াটস", "টেলিগ্রাম", "गुगल", "गूगल", "ह्वाट्स", "व्हाट्स", "टेलिग्राम", "टेलीग्राम",
        "تلگرام", "ٹیلی",
        // and the other Indian scripts' spellings ({@link #INDIAN_SCRIPT_PLATFORMS})
        "વોટ્સ", "વૉટ્સ", "વ્હોટ્સ", "ટેલિગ્રામ", "व्हॉट्स", "വാട്സ", "വാട്ട്സ", "ടെലിഗ്രാം", "ടെലഗ്രാം", "వాట్స", "టెలిగ్రా", "ವಾಟ್ಸ", "ಟೆಲಿಗ್ರಾ",
        "வாட்ஸ்", "டெலிகிராம்", "ହ୍ୱାଟ", "ଟେଲିଗ୍ରାମ", "ਵਟਸ", "ਵ੍ਹਟਸ", "ਟੈਲੀਗ੍ਰਾਮ", "হোৱাট", "টেলিগ্ৰাম"};

    /** Lower-case stems one of which every {@link #CONSENT_PLACEHOLDER} holds at a word's start, searched first alike. */
    private static final String[] CONSENT_STEMS = {"akzeptier", "einverstanden", "willig", "einwillig", "klick", "extern", "inhalte von",
        "loading", "click", "chargeant"};

    /** Lower-case stems one of which every {@link #STANCE_DISCLAIMER} holds at a word's start, searched first alike. */
    private static final String[] STANCE_STEMS = {"redakt", "redact", "expressed", "necessar", "necesari", "engag", "impegn", "vincol",
        "responsab", "aittir", "bağlamaz"};

    /**
     * Lower-case stems one of which every {@link #FIRST_PUBLISHED_NOTE} outside English holds at a word's start, searched
     * first alike: each language's {@link FirstAppearance.Language#stems()} that open with an ASCII letter. Adverbs that
     * are common words ("zunächst", "d'abord", "por primera vez") are left out of the note's pattern, so that paragraphs
     * holding them are not read again.
     */
    private static final String[] FIRST_PUBLISHED_STEMS = firstPublishedStems(false);

    /** The stems of {@link #FIRST_PUBLISHED_STEMS} opening with a letter of another script (Cyrillic, Arabic), asked apart. */
    private static final String[] OWN_SCRIPT_FIRST_PUBLISHED_STEMS = firstPublishedStems(true);

    /** The first letters of {@link #OWN_SCRIPT_FIRST_PUBLISHED_STEMS}, in both cases: only there are they asked. */
    private static final String OWN_SCRIPT_FIRST_PUBLISHED_INITIALS = initialsOf(OWN_SCRIPT_FIRST_PUBLISHED_STEMS);

    /**
     * The English note's stems: its adverbs (or "version", of "a version of this story"), which are common words
     * ("first"), and "this", which names the text in every English note; a paragraph needs both to be read again.
     */
    private static final String[] FIRST_PUBLISHED_ENGLISH_STEMS = FirstAppearance.LANGUAGES.stream()
            .filter(l -> l.code().equals("en")).flatMap(l -> l.stems().stream()).toArray(String[]::new);

    /** The stems of every language but English, and of the notes shaped otherwise; those of other scripts or of ASCII ones. */
    private static String[] firstPublishedStems(boolean ownScript) {
        java.util.Set<String> stems = new java.util.LinkedHashSet<>();
        FirstAppearance.LANGUAGES.stream().filter(l -> !l.code().equals("en")).forEach(l -> stems.addAll(l.stems()));
        stems.addAll(FirstAppearance.OTHER_NOTES_STEMS);
        return stems.stream().filter(stem -> (stem.charAt(0) >= 128) == ownScript).toArray(String[]::new);
    }

    /** The first letters of the stems, lower and upper case. */
    private static String initialsOf(String[] stems) {
        StringBuilder initials = new StringBuilder();
        for (String stem : stems) {
            char c = stem.charAt(0);
            for (char v : new char[] {c, Character.toUpperCase(c)}) {
                if (initials.indexOf(String.valueOf(v)) < 0) {
                    initials.append(v);
                }
            }
        }
        return initials.toString();
    }

    private static final String[] THIS_STEMS = {"this"};

    /** Lower-case stems one of which every {@link #SYNDICATION_NOTE} holds at a word's start, searched first alike. */
    private static final String[] SYNDICATION_STEMS = {"syndicated", "edited", "republish", "funded", "funding", "grant", "paid", "possible", "support",
        "geförder", "finanziert", "original content", "source version", "subject to copyright",
        // the republication terms' verbs ({@link #REPUBLICATION_TERMS}); "republish" above holds "republished"
        "republica", "reproduzid", "reproducid", "republié", "reproduit", "ripubblicat", "riprodott", "reproduced", "weiterverbreitet",
        "nachgedruckt"};

    /**
     * Lower-case stems one of which every {@link #PRESS_TRIP_NOTE}'s host holds at a word's start (invited, a guest,
     * supported, courtesy, paid): a group of their own, so that a paragraph naming a guest or an invitation is not also
     * searched for every {@link #SYNDICATION_NOTE}.
     */
    private static final String[] PRESS_TRIP_STEMS = {"einladung", "unterstützt", "pressereise", "invit", "convi", "soutien", "ospite",
        "sostegno", "apoyo", "uitnodiging", "mogelijk gemaakt", "aangeboden", "guest", "courtesy", "hosted", "sponsored",
        "support", "paid", "voyage de presse",
        // Croatian and Turkish
        "poziv", "organizaciji", "potpor", "podršk", "gost", "gošć", "davet", "ev sahipli", "katkı", "desteğ"};

    /**
     * Greek stems of a {@link #PRESS_TRIP_NOTE}'s host, in the Greek script: an invitation, support, a sponsor, a guest; and
     * the openings of a {@link #CJK_PRESS_TRIP_NOTE}: Japanese "取材協力" (coverage assisted by), Chinese "行程由" (the trip
     * by).
     */
    private static final String[] OWN_SCRIPT_PRESS_TRIP_STEMS = {"πρόσκλησ", "υποστήριξ", "χορηγί", "φιλοξενούμεν", "取材協力", "取材・撮影協力", "行程由"};

    /** The first letters of {@link #OWN_SCRIPT_PRESS_TRIP_STEMS} in either case: only there is the list asked. */
    private static final String OWN_SCRIPT_PRESS_TRIP_INITIALS = "πυχφΠΥΧΦ取行";

    /**
     * Lower-case stems of the form a {@link #isLettersInvitation} may give instead of an address; the address's "@" is
     * found by {@link #stemsIn} beside the stems, under the same bit.
     */
    private static final String[] LETTERS_STEMS = {"formul", "form", "modulo", "editor", "redak", "redac", "redaz"};

    /**
     * Lower-case stems one of which every {@link #GAMBLING_WARNING} holds at a word's start (those of words opening with
     * a letter of another script, Korean and Turkish, are {@link #OWN_SCRIPT_GAMBLING_STEMS}).
     */
    private static final String[] GAMBLING_STEMS = {"glücksspiel", "süchtig", "spielsucht", "jouer", "jeux", "endettement",
        "interdit", "responsab", "responsib", "jugarbien", "dipendenz", "dependên", "vietato", "proibido", "sorumlu", "hazard",
        "uzależni", "legalnie", "pełnolet", "gokken", "gamble", "gambling", "begamble", "srij"};

    /**
     * The stems of {@link #GAMBLING_WARNING} opening with a letter outside ASCII: Korean "addiction", Turkish "games of chance",
     * Russian "gambling" and "responsibly".
     */
    private static final String[] OWN_SCRIPT_GAMBLING_STEMS = {"중독", "şans", "Şans", "азартн", "Азартн", "ответств"};

    /** The first letters of {@link #OWN_SCRIPT_GAMBLING_STEMS}: only there is the list asked. */
    private static final String OWN_SCRIPT_GAMBLING_INITIALS = "중şŞаАо";

    /**
     * Lower-case stems one of which every {@link #PRINT_ISSUE_NOTE} and {@link #PRINT_ISSUE_NOTE_OPENING} holds at a word's
     * start, searched first alike: the nouns of an issue.
     */
    private static final String[] PRINT_ISSUE_STEMS = {"issue", "print edition", "ausgabe", "heft", "numéro", "n°", "numer", "número",
        "edição", "edición", "fascicolo", "nummer", "editie", "wydani", "nr", "numret", "utgave", "udgave",
        // a compound's head is no word's start ("Printausgabe", "zaterdagkrant"): the German and Dutch verbs of appearing stand
        // for it, and the Dutch paper's own noun ("in de krant van zaterdag")
        "erschien", "verscheen", "verschenen", "krant"};

    /** Bits of {@link #stemsIn}: a stem of links, of a disclosure, of unsubscribing found. */
    private static final int LINK = 1;
    private static final int DISCLOSURE = 2;
    private static final int UNSUBSCRIBE = 4;
    private static final int PITCH = 8;
    private static final int STANCE = 16;
    private static final int FIRST_PUBLISHED = 32;
    private static final int ACCESS = 64;
    private static final int FIRST_PUBLISHED_ENGLISH = 128;
    private static final int THIS = 256;
    private static final int MEMBERSHIP = 512;
    /** A stem of an app's or a podcast's prompt ({@link #APP_STEMS}), or a Hindi or Marathi verb of installing. */
    static final int APP = 1024;
    private static final int CONSENT = 2048;
    private static final int SYNDICATION = 4096;
    private static final int CHANNEL = 8192;
    /** An e-mail's "@" or a form's stem: the way a note inviting letters gives. */
    static final int LETTERS = 16384;
    /** A stem of a gambling advertisement's statutory warning. */
    private static final int GAMBLING = 32768;
    /** A noun of a magazine's issue, which a note on the print issue the text is from holds. */
    private static final int PRINT_ISSUE = 65536;
    /** A key word of a Korean or Japanese affiliate disclosure ({@link #OWN_SCRIPT_AFFILIATE_WORDS}). */
    private static final int OWN_SCRIPT_AFFILIATE = 131072;
    /** A social network's name, which a {@link #SITE_FOLLOW_PROMPT} holds. */
    static final int SOCIAL_NETWORK = 262144;
    /** A stem of a press trip's host ({@link #PRESS_TRIP_STEMS}). */
    private static final int PRESS_TRIP = 524288;
    /** Both stems an English note on where the text first appeared holds. */
    private static final int ENGLISH_FIRST_PUBLISHED_NOTE = FIRST_PUBLISHED_ENGLISH | THIS;

    /** The stems of the groups by their first letter (ASCII, lower case), each with its group's bit. */
    static final String[][] STEMS_BY_INITIAL = new String[128][];
    static final int[][] BITS_BY_INITIAL = new int[128][];

    /**
     * The stems of {@link #STEMS_BY_INITIAL} by their first letter and an ASCII second letter ({@link #pairIndex}), each with
     * its group's bit: after a word's first letter and an ASCII one, only these are compared, without reading each
     * stem's second letter again.
     */
    private static final String[][] STEMS_BY_PAIR = new String[26 * 128][];
    private static final int[][] BITS_BY_PAIR = new int[26 * 128][];

    /**
     * The third character of each stem of {@link #STEMS_BY_PAIR}, in lower case when an ASCII letter, or {@link #ANY_THIRD}
     * for a stem of two characters or one whose third is not ASCII: a stem whose third is not the text's (folded alike) is
     * not compared ("in" opens "interdit", "install" and "inscri"; "information" holds none of them).
     */
    private static final char[][] THIRDS_BY_PAIR = new char[26 * 128][];

    /** In {@link #THIRDS_BY_PAIR}: the stem is compared whatever the text's third character. */
    private static final char ANY_THIRD = '\uFFFF';

    /** The index in {@link #STEMS_BY_PAIR} of a lower-case ASCII first letter and an ASCII (lower-case when a letter) second character. */
    private static int pairIndex(char initial, char second) {
        return (initial - 'a') * 128 + second;
    }

    static {
        String[][] groups = {LINK_STEMS, DISCLOSURE_STEMS, UNSUBSCRIBE_STEMS, PITCH_STEMS, STANCE_STEMS, FIRST_PUBLISHED_STEMS,
            ACCESS_STEMS, FIRST_PUBLISHED_ENGLISH_STEMS, THIS_STEMS, MEMBERSHIP_STEMS, APP_STEMS,
            CONSENT_STEMS, SYNDICATION_STEMS, CHANNEL_STEMS, LETTERS_STEMS, GAMBLING_STEMS, PRINT_ISSUE_STEMS, SOCIAL_NETWORK_STEMS,
            PRESS_TRIP_STEMS};
        int[] bits = {LINK, DISCLOSURE, UNSUBSCRIBE, PITCH, STANCE, FIRST_PUBLISHED, ACCESS, FIRST_PUBLISHED_ENGLISH, THIS, MEMBERSHIP, APP,
            CONSENT, SYNDICATION, CHANNEL, LETTERS, GAMBLING, PRINT_ISSUE, SOCIAL_NETWORK, PRESS_TRIP};
        for (int g = 0; g < groups.length; g++) {
            for (String stem : groups[g]) {
                if (stem.length() < 2) {
                    throw new IllegalStateException("a stem is compared by its first two letters: " + stem);
                }
                char c = stem.charAt(0);
                String[] old = STEMS_BY_INITIAL[c];
                int[] oldBits = BITS_BY_INITIAL[c];
                int n = old == null ? 0 : old.length;
                String[] stems = java.util.Arrays.copyOf(old == null ? new String[0] : old, n + 1);
                int[] stemBits = java.util.Arrays.copyOf(oldBits == null ? new int[0] : oldBits, n + 1);
                stems[n] = stem;
                stemBits[n] = bits[g];
                STEMS_BY_INITIAL[c] = stems;
                BITS_BY_INITIAL[c] = stemBits;
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            String[] stems = STEMS_BY_INITIAL[c];
            for (int k = 0; stems != null && k < stems.length; k++) {
                char second = stems[k].charAt(1);
                if (second < 128) { // a stem whose second letter is not ASCII is never compared after an ASCII one
                    int pair = pairIndex(c, second);
                    int n = STEMS_BY_PAIR[pair] == null ? 0 : STEMS_BY_PAIR[pair].length;
                    STEMS_BY_PAIR[pair] = java.util.Arrays.copyOf(STEMS_BY_PAIR[pair] == null ? new String[0] : STEMS_BY_PAIR[pair], n + 1);
                    BITS_BY_PAIR[pair] = java.util.Arrays.copyOf(BITS_BY_PAIR[pair] == null ? new int[0] : BITS_BY_PAIR[pair], n + 1);
                    THIRDS_BY_PAIR[pair] = java.util.Arrays.copyOf(THIRDS_BY_PAIR[pair] == null ? new char[0] : THIRDS_BY_PAIR[pair], n + 1);
                    STEMS_BY_PAIR[pair][n] = stems[k];
                    BITS_BY_PAIR[pair][n] = BITS_BY_INITIAL[c][k];
                    THIRDS_BY_PAIR[pair][n] = stems[k].length() < 3 || stems[k].charAt(2) >= 128 ? ANY_THIRD : lowerAscii(stems[k].charAt(2));
                }
            }
        }
    }

    /**
     * The groups of stems the text holds at the start of a word ({@link #LINK}, {@link #DISCLOSURE},
     * {@link #UNSUBSCRIBE}), in one pass: at each word's first character only the stems starting
     * with it are compared, and of those only the ones whose second letter is the text's next one
     * (when that is ASCII: another script's letter may fold to an ASCII one). A notice holds a stem
     * of links and one of a disclosure, or one of unsubscribing; most paragraphs hold neither and are refused without their text being built
     * or a pattern tried. ({@code found}: the groups found in the block's earlier text nodes.)
     */
    static int stemsIn(String text, int found) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            char lower = (char) (c | 0x20); // an ASCII letter in lower case; nothing else lands in a to z
            if (c >= 128 || lower < 'a' || lower > 'z') {
                if (c == '@') {
                    found |= LETTERS; // an e-mail address, which a note inviting letters gives
                } else if (c < LOWEST_OWN_SCRIPT_INITIAL) {
                    // a blank, a digit or a mark below every own-script stem's first letter: no list below is asked
                } else if ((found & GAMBLING) == 0 && OWN_SCRIPT_GAMBLING_INITIALS.indexOf(c) >= 0 && ownScriptStemAt(text, i, OWN_SCRIPT_GAMBLING_STEMS)) {
                    found |= GAMBLING; // "중독", "şans oyunları": a gambling warning in Korean or Turkish
                } else if ((found & APP) == 0 && OWN_SCRIPT_APP_INITIALS.indexOf(c) >= 0 && ownScriptStemAt(text, i, OWN_SCRIPT_APP_STEMS)) {
                    found |= APP; // "डाउनलोड", "इंस्टॉल": a Hindi or Marathi prompt to install the site's app
                } else if (OWN_SCRIPT_PLATFORM_INITIALS.indexOf(c) >= 0 && (found & CHANNEL) == 0 && arabicScriptPlatformAt(text, i)) {
                    found |= CHANNEL;
                } else if (CYRILLIC_PLATFORM_INITIALS.indexOf(c) >= 0 && (found & CHANNEL) == 0 && cyrillicPlatformAt(text, i)) {
                    found |= CHANNEL; // Dzen or Telegram, the platforms a publisher runs a channel on, named in Cyrillic
                } else if ((found & PRESS_TRIP) == 0 && OWN_SCRIPT_PRESS_TRIP_INITIALS.indexOf(c) >= 0
                        && ownScriptStemAt(text, i, OWN_SCRIPT_PRESS_TRIP_STEMS)) {
                    found |= PRESS_TRIP; // "πρόσκληση": a Greek press trip's invitation
                } else if ((found & OWN_SCRIPT_AFFILIATE) == 0 && OWN_SCRIPT_AFFILIATE_INITIALS.indexOf(c) >= 0
                        && ownScriptStemAt(text, i, OWN_SCRIPT_AFFILIATE_KEYS)) {
                    found |= OWN_SCRIPT_AFFILIATE; // "수수료", "アフィリエイト": a Korean or Japanese affiliate disclosure's key word
                } else if ((found & FIRST_PUBLISHED) == 0 && OWN_SCRIPT_FIRST_PUBLISHED_INITIALS.indexOf(c) >= 0
                        && (i == 0 || !Character.isLetter(text.charAt(i - 1))) && ownScriptStemAt(text, i, OWN_SCRIPT_FIRST_PUBLISHED_STEMS)) {
                    found |= FIRST_PUBLISHED; // "впервые", "أولاً": a Russian or Arabic note on where the text first appeared
                }
                i++;
                continue;
            }
            // a word starts here when no letter is before it: asked only of a letter a stem starts with
            if (STEMS_BY_INITIAL[lower] != null && i + 1 < n && (i == 0 || !isLetter(text.charAt(i - 1)))) {
                char next = text.charAt(i + 1);
                // the stems whose second letter is the text's next one; after a letter of another script every stem of the
                // initial, as such a letter may fold to an ASCII one ("ı", "ſ")
                String[] stems;
                int[] bits;
                char[] thirds = null; // null: every stem compared, whatever the text's third character
                char third = 0;
                if (next >= 128) {
                    stems = STEMS_BY_INITIAL[lower];
                    bits = BITS_BY_INITIAL[lower];
                } else {
                    int pair = pairIndex(lower, lowerAscii(next));
                    stems = STEMS_BY_PAIR[pair];
                    bits = BITS_BY_PAIR[pair];
                    third = i + 2 < n ? text.charAt(i + 2) : 0; // 0 past the end: no stem of three characters fits there
                    // a third character of another script may fold to an ASCII one: every stem is then compared
                    thirds = third < 128 ? THIRDS_BY_PAIR[pair] : null;
                    third = lowerAscii(third);
                }
                for (int k = 0; stems != null && k < stems.length; k++) {
                    if ((found & bits[k]) == 0 && (thirds == null || thirds[k] == third || thirds[k] == ANY_THIRD)
                            && text.regionMatches(true, i, stems[k], 0, stems[k].length())) {
                        found |= bits[k];
                    }
                }
            }
            // the rest of an ASCII word starts no word
            for (i++; i < n && isAsciiLetter(text.charAt(i)); i++) {
            }
        }
        return found;
    }

    /** Whether one of the stems starts at {@code i}, compared as {@link #stemsIn} compares them (ignoring case). */
    private static boolean ownScriptStemAt(String text, int i, String[] stems) {
        for (String stem : stems) {
            if (text.regionMatches(true, i, stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stems of the platforms {@link #CHANNEL_PLATFORMS} names in Cyrillic: the Russian news platform Dzen, and Telegram
     * as Russian and Ukrainian ("телеграм") and Belarusian ("тэлеграм") write it.
     */
    private static final String[] CYRILLIC_PLATFORM_STEMS = {"дзен", "телеграм", "тэлеграм"};

    /** The first letters of {@link #CYRILLIC_PLATFORM_STEMS}, in both cases: only there is the list asked. */
    private static final String CYRILLIC_PLATFORM_INITIALS = "ДдТт";

    /** Whether one of {@link #CYRILLIC_PLATFORM_STEMS} starts at {@code i}, in either case. */
    private static boolean cyrillicPlatformAt(String text, int i) {
        for (String stem : CYRILLIC_PLATFORM_STEMS) {
            if (text.regionMatches(true, i, stem, 0, stem.length())) {
                return true;
            }
        }
        return false;
    }

    /** The Devanagari verbs of installing an app ("download", "install") that {@link #SITE_APP_PROMPT}'s Hindi and Marathi lines close with. */
    private static final String[] OWN_SCRIPT_APP_STEMS = {"डाउनलोड", "डाऊनलोड", "इंस्टॉल", "इन्स्टॉल"};

    /** The first letters of {@link #OWN_SCRIPT_APP_STEMS}. */
    private static final String OWN_SCRIPT_APP_INITIALS = "डइ";

    /** The first letters of {@link #ARABIC_SCRIPT_CHANNEL_STEMS}: only there is the list asked. */
    private static final String OWN_SCRIPT_PLATFORM_INITIALS = "\u0648\u062A\u0679গহটगवहट" + "વટവടవటವಟவடହଟਵਟ";

    /** Whether one of {@link #ARABIC_SCRIPT_CHANNEL_STEMS} starts at {@code i}. */
    private static boolean arabicScriptPlatformAt(String text, int i) {
        for (String stem : ARABIC_SCRIPT_CHANNEL_STEMS) {
            if (text.startsWith(stem, i)) {
                return true;
            }
        }
        return false;
    }

    /** The character in lower case when it is an ASCII capital, else itself. */
    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isLetter(char c) {
        return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    /** True when stems found ({@link #stemsIn}) allow a notice: a link's and a disclosure's, or an unsubscribing, a pitch's, a disclaimer's or a first publication's one. */
    static boolean mayBeNotice(int found) {
        return (found & (LINK | DISCLOSURE)) == (LINK | DISCLOSURE) || (found & (UNSUBSCRIBE | PITCH | STANCE | FIRST_PUBLISHED | ACCESS | MEMBERSHIP | APP | CONSENT | SYNDICATION | CHANNEL | LETTERS | GAMBLING
                | PRINT_ISSUE | OWN_SCRIPT_AFFILIATE | PRESS_TRIP)) != 0
                || mayBeFirstPublishedNote(found);
    }

    /** True when stems found allow a note on where the text first appeared: an adverb's outside English, or an English adverb's and "this". */
    static boolean mayBeFirstPublishedNote(int found) {
        return (found & FIRST_PUBLISHED) != 0 || (found & ENGLISH_FIRST_PUBLISHED_NOTE) == ENGLISH_FIRST_PUBLISHED_NOTE;
    }

    /**
     * True when the short block's text is an affiliate disclosure, a mailing list's footer, a
     * subscription's, a membership's, an app's or a channel's pitch, a consent tool's placeholder for an embed, a guest column's disclaimer, a note on where the text first appeared or on the print issue it is from
     * or on wire copy republished unedited from a syndicated feed, or a note inviting the reader to send letters to an address.
     */
    static boolean isNotice(String text) {
        return isNotice(text, false);
    }

    /** {@link #isNotice(String)} of a block that links an e-mail address when {@code mailLink} ({@link #isLettersInvitation(String, boolean)}). */
    static boolean isNotice(String text, boolean mailLink) {
        if (text.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        int found = stemsIn(text, 0) | (mailLink ? LETTERS : 0);
        return ((found & (LINK | DISCLOSURE)) == (LINK | DISCLOSURE) && isOwnDisclosure(text) && LINK_WORD_SOUGHT.in(text))
                || ((found & OWN_SCRIPT_AFFILIATE) != 0 && isOwnScriptAffiliateDisclosure(text))
                || ((found & UNSUBSCRIBE) != 0 && MAILING_FOOTER_SOUGHT.in(text) && UNSUBSCRIBE_WORD_SOUGHT.in(text))
                || ((found & PITCH) != 0 && SUBSCRIPTION_PITCH_SOUGHT.in(text))
                || ((found & ACCESS) != 0 && ACCESS_PITCH_SOUGHT.in(text))
                || ((found & STANCE) != 0 && STANCE_DISCLAIMER_SOUGHT.in(text))
                || ((found & MEMBERSHIP) != 0 && MEMBERSHIP_PITCH_SOUGHT.in(text))
                || ((found & APP) != 0 && APP_PITCH_SOUGHT.in(text))
                || ((found & CONSENT) != 0 && CONSENT_PLACEHOLDER_SOUGHT.in(text))
                || ((found & SYNDICATION) != 0 && SYNDICATION_NOTE_SOUGHT.in(text))
                || ((found & PRESS_TRIP) != 0 && isPressTripNote(text))
                || ((found & CHANNEL) != 0 && (CHANNEL_INVITATION_SOUGHT.in(text) && CHANNEL_WORD.matcher(text).find()
                        || text.length() <= MAX_CHANNEL_PITCH_CHARS && CHANNEL_PITCH_SOUGHT.in(text)))
                || ((found & LETTERS) != 0 && isLettersInvitation(text, mailLink))
                || ((found & GAMBLING) != 0 && isGamblingWarning(text))
                || ((found & (PITCH | MEMBERSHIP)) != 0 && isSubscriberOnlyNotice(text))
                || (mayBeFirstPublishedNote(found) && FIRST_PUBLISHED_NOTE_SOUGHT.in(text))
                || ((found & PRINT_ISSUE) != 0 && isPrintIssueNote(text));
    }

    /**
     * True when the short text is an affiliate disclosure of the page's own ({@link #AFFILIATE_DISCLOSURE} not opened by a
     * quotation mark, or {@link #isOwnScriptAffiliateDisclosure}), and nothing else {@link #isNotice} reads.
     */
    static boolean isAffiliateDisclosure(String text) {
        if (text.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        int found = stemsIn(text, 0);
        return ((found & (LINK | DISCLOSURE)) == (LINK | DISCLOSURE) && isOwnDisclosure(text) && LINK_WORD_SOUGHT.in(text))
                || ((found & OWN_SCRIPT_AFFILIATE) != 0 && isOwnScriptAffiliateDisclosure(text));
    }

    /**
     * Korean and Japanese affiliate disclosures, each a key word and one of its companions (the first word in each row is
     * the key): Korean "수수료" (commission) with the verb of receiving it in the first person's plain statement ("제공받",
     * "지급받", "받을 수 있습니다"), as Coupang Partners' wording, which the Fair Trade Commission's guideline made the
     * country's standard, has it ("이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다");
     * Japanese "アフィリエイト" with the polite present of using or holding it ("利用しています", "含まれています",
     * "収益を得ています": "本記事はアフィリエイト広告を利用しています", as the 2023 stealth-marketing rules have it), and
     * "売上の一部" (a share of the sales) with "還元されることがあります" (may be returned to the site). A story on commissions
     * or on affiliate advertising ("제휴 수수료가 주요 수입원이 된", "アフィリエイト広告の規制") states no such receipt.
     * Searched as plain strings: no pattern is tried on a text without the key.
     */
    private static final String[][] OWN_SCRIPT_AFFILIATE_WORDS = {
        {"수수료", "제공받습니다", "제공받을 수 있습니다", "지급받습니다", "지급받을 수 있습니다"},
        {"アフィリエイト", "利用しています", "含まれています", "収益を得ています"},
        {"売上の一部", "還元されることがあります", "還元されます"},
    };

    /** The key words of {@link #OWN_SCRIPT_AFFILIATE_WORDS}, each row's first, which {@link #stemsIn} seeks. */
    private static final String[] OWN_SCRIPT_AFFILIATE_KEYS = java.util.Arrays.stream(OWN_SCRIPT_AFFILIATE_WORDS)
            .map(row -> row[0]).toArray(String[]::new);

    /** The first letters of {@link #OWN_SCRIPT_AFFILIATE_KEYS}: only there is the list asked. */
    private static final String OWN_SCRIPT_AFFILIATE_INITIALS = java.util.Arrays.stream(OWN_SCRIPT_AFFILIATE_KEYS)
            .map(key -> key.substring(0, 1)).collect(java.util.stream.Collectors.joining());

    /**
     * The lowest of the first letters {@link #stemsIn} asks its own-script lists at (the gambling, app, platform, affiliate
     * and first-publication stems of other scripts): a character below it opens none of them, and the blanks, digits and
     * marks between a text's words are passed with one comparison.
     */
    private static final int LOWEST_OWN_SCRIPT_INITIAL = (OWN_SCRIPT_GAMBLING_INITIALS + OWN_SCRIPT_APP_INITIALS + OWN_SCRIPT_PLATFORM_INITIALS
            + CYRILLIC_PLATFORM_INITIALS + OWN_SCRIPT_AFFILIATE_INITIALS + OWN_SCRIPT_FIRST_PUBLISHED_INITIALS
            + OWN_SCRIPT_PRESS_TRIP_INITIALS)
            .chars().min().orElse(Character.MAX_VALUE);

    /** Opening quotation marks a Korean or Japanese text quotes with: a disclosure after one, not yet closed, is quoted. */
    private static final String CJK_OPENING_QUOTES = "「『“‘";

    /** The closing marks of {@link #CJK_OPENING_QUOTES}. */
    private static final String CJK_CLOSING_QUOTES = "」』”’";

    /**
     * True when the text holds a Korean or Japanese affiliate disclosure ({@link #OWN_SCRIPT_AFFILIATE_WORDS}) outside
     * quotation marks: a story on affiliate marketing quoting a blogger's notice in 「」 or “” quotes it.
     */
    static boolean isOwnScriptAffiliateDisclosure(String text) {
        if (text.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        for (String[] words : OWN_SCRIPT_AFFILIATE_WORDS) {
            int at = text.indexOf(words[0]);
            if (at < 0) {
                continue;
            }
            for (int k = 1; k < words.length; k++) {
                if (text.contains(words[k]) && !isInsideCjkQuote(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the last quotation mark before {@code at} opens a quote ({@link #CJK_OPENING_QUOTES}). */
    private static boolean isInsideCjkQuote(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (CJK_OPENING_QUOTES.indexOf(c) >= 0) {
                return true;
            }
            if (CJK_CLOSING_QUOTES.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Quotation marks that open a quoted speech, in the languages of the disclosures. */
    private static final String OPENING_QUOTES = "\"'‘“„«‚‹";

    /**
     * True when the text holds an affiliate disclosure ({@link #AFFILIATE_DISCLOSURE}) that is not opened by a quotation
     * mark: a story on affiliate marketing quotes a blogger's own disclosure ("‘Wij krijgen een kleine vergoeding als iemand
     * via onze links iets koopt’, zegt ze"), and the quote is the story's, not the site's notice.
     */
    private static boolean isOwnDisclosure(String text) {
        Matcher m = AFFILIATE_DISCLOSURE_SOUGHT.found(text);
        if (m == null) {
            return false;
        }
        int i = m.start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || OPENING_QUOTES.indexOf(text.charAt(i)) < 0;
    }

    /** True when the text is a magazine's note on the print issue it is from ({@link #PRINT_ISSUE_NOTE}, {@link #PRINT_ISSUE_NOTE_OPENING}). */
    static boolean isPrintIssueNote(String text) {
        return PRINT_ISSUE_NOTE_SOUGHT.in(text) || PRINT_ISSUE_NOTE_OPENING.matcher(text).lookingAt();
    }

    /**
     * A pattern searched for ({@code find}) only at the places of a text where one of its matches can
     * start ({@link PatternOpenings}: the first four characters its alternatives open with, folded): no
     * match starts elsewhere, so the first place where it matches is {@code find}'s, and the rest of the text
     * is not tried against each of the pattern's words. The notices' patterns are long alternations run on
     * every short paragraph that holds one of their stems.
     */
    record Sought(Pattern pattern, PatternOpenings openings) {

        static Sought of(Pattern pattern) {
            return new Sought(pattern, PatternOpenings.of(pattern.pattern()));
        }

        /** {@code pattern.matcher(text).find()}. */
        boolean in(String text) {
            return found(text) != null;
        }

        /** The matcher of {@code pattern.matcher(text)} at its first match, as {@code find()} leaves it; null when there is none. */
        Matcher found(String text) {
            if (openings.admitsAll()) {
                Matcher m = pattern.matcher(text);
                return m.find() ? m : null;
            }
            // the pattern is tried only where the openings admit a match: the first of those places where it matches is
            // find()'s, since it cannot match anywhere else; its bounds are the whole text's (lookbehinds see before)
            Matcher m = null;
            for (int i = 0, n = text.length(); i <= n; i++) {
                if (openings.mayOpenAt(text, i)) {
                    if (m == null) {
                        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (m.region(i, n).lookingAt()) {
                        return m;
                    }
                }
            }
            return null;
        }
    }

    static final Sought AFFILIATE_DISCLOSURE_SOUGHT = Sought.of(AFFILIATE_DISCLOSURE);
    static final Sought LINK_WORD_SOUGHT = Sought.of(LINK_WORD);
    static final Sought MAILING_FOOTER_SOUGHT = Sought.of(MAILING_FOOTER);
    static final Sought UNSUBSCRIBE_WORD_SOUGHT = Sought.of(UNSUBSCRIBE_WORD);
    static final Sought SUBSCRIPTION_PITCH_SOUGHT = Sought.of(SUBSCRIPTION_PITCH);
    static final Sought ACCESS_PITCH_SOUGHT = Sought.of(ACCESS_PITCH);
    static final Sought STANCE_DISCLAIMER_SOUGHT = Sought.of(STANCE_DISCLAIMER);

    /**
     * {@link #GAMBLING_LAW_WORDS}, sought where they can start: asked before {@link #GAMBLING_WARNING}'s pieces are
     * counted, whose marks (a web address at any word) would be tried at every letter of a text holding a stem.
     */
    private static final Sought GAMBLING_LAW_WORDS_SOUGHT = Sought.of(Pattern.compile(GAMBLING_LAW_WORDS, FLAGS));
    static final Sought MEMBERSHIP_PITCH_SOUGHT = Sought.of(MEMBERSHIP_PITCH);
    static final Sought APP_PITCH_SOUGHT = Sought.of(APP_PITCH);
    static final Sought CONSENT_PLACEHOLDER_SOUGHT = Sought.of(CONSENT_PLACEHOLDER);
    static final Sought SYNDICATION_NOTE_SOUGHT = Sought.of(SYNDICATION_NOTE);
    static final Sought CHANNEL_INVITATION_SOUGHT = Sought.of(CHANNEL_INVITATION);
    static final Sought FIRST_PUBLISHED_NOTE_SOUGHT = Sought.of(FIRST_PUBLISHED_NOTE);
    static final Sought PRINT_ISSUE_NOTE_SOUGHT = Sought.of(PRINT_ISSUE_NOTE);
    static final Sought CHANNEL_PITCH_SOUGHT = Sought.of(CHANNEL_PITCH);
    static final Sought SUBMISSION_NOUN_SOUGHT = Sought.of(SUBMISSION_NOUN);
    static final Sought READER_ASKED_TO_WRITE_SOUGHT = Sought.of(READER_ASKED_TO_WRITE);

    /** Every sought pattern of {@link #isNotice} (for tests). */
    static final java.util.List<Sought> SOUGHT = java.util.List.of(AFFILIATE_DISCLOSURE_SOUGHT, LINK_WORD_SOUGHT, MAILING_FOOTER_SOUGHT,
            UNSUBSCRIBE_WORD_SOUGHT, SUBSCRIPTION_PITCH_SOUGHT, ACCESS_PITCH_SOUGHT, STANCE_DISCLAIMER_SOUGHT, MEMBERSHIP_PITCH_SOUGHT,
            APP_PITCH_SOUGHT, CONSENT_PLACEHOLDER_SOUGHT, SYNDICATION_NOTE_SOUGHT, FIRST_PUBLISHED_NOTE_SOUGHT, CHANNEL_INVITATION_SOUGHT,
            CHANNEL_PITCH_SOUGHT, SUBMISSION_NOUN_SOUGHT, READER_ASKED_TO_WRITE_SOUGHT, PRINT_ISSUE_NOTE_SOUGHT);


    /** ...or asks it in its second sentence, after a short first one ("Cancel anytime. Already a subscriber? Log in"). */
    private static final Pattern PAYWALL_PROMPT_AFTER_SENTENCE = Pattern.compile(
            "[^.!?]{1,60}[.!?]\\s+(?:" + PAYWALL_PROMPT.pattern() + ")", FLAGS);

    /**
     * True when the line opens with the page's notice that the article is for subscribers ({@link #SUBSCRIBER_ONLY}), a
     * short line, link or none ("Cet article est réservé aux abonnés. Profitez de notre offre : 1 € le premier mois."). A
     * sentence that reports or quotes the words does not open with them.
     */
    static boolean isSubscriberOnlyNotice(String line) {
        return line.length() <= MAX_PROMPT_LINE_CHARS && SUBSCRIBER_ONLY_NOTICE.matcher(line).lookingAt();
    }

    /** True when the line opens with a paywall's prompt ("Schon Abonnent? Hier anmelden") or asks it after a short sentence. */
    static boolean isPaywallPrompt(String line) {
        return line.length() <= MAX_PROMPT_LINE_CHARS
                && (PAYWALL_PROMPT.matcher(line).lookingAt() || PAYWALL_PROMPT_AFTER_SENTENCE.matcher(line).lookingAt());
    }

    /**
     * A paywall's offer box: a short block, well under the container's text, holding a link, one of
     * whose lines (its children) is a paywall's prompt ({@link #isPaywallPrompt}). The box goes whole:
     * its pitch and price, its button and its login line.
     */
    static boolean isOfferBox(Element e, TextStats.Stats s, TextStats stats, int containerChars) {
        if (s.chars > MAX_OFFER_BOX_CHARS || s.linkChars == 0 || s.chars >= MAX_OFFER_BOX_SHARE * containerChars) {
            return false;
        }
        int asked = 0;
        for (Element line = e.firstElementChild(); line != null && asked++ < MAX_BOX_LINES_ASKED; line = line.nextElementSibling()) {
            TextStats.Stats ls = Blocks.isBlock(line) ? stats.of(line) : null; // a line of the box is a block: its links and words are not asked
            if (ls != null && ls.chars > 0 && ls.chars <= MAX_PROMPT_LINE_CHARS && isPaywallPrompt(line.text().strip())) {
                return true;
            }
        }
        return false;
    }
}
