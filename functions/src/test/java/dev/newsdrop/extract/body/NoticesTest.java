package dev.newsdrop.extract.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticesTest {

    /**
     * {@link Notices#stemsIn} by its definition: at each word's start (no letter before it) that is an
     * ASCII character, as every stem's first letter is, every stem compared.
     */
    private static int stemsByDefinition(String text) {
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '@') {
                found |= Notices.LETTERS; // an e-mail address's mark, found beside the stems
            }
            if (i > 0 && Character.isLetter(text.charAt(i - 1)) || text.charAt(i) >= 128) {
                continue;
            }
            for (int c = 0; c < 128; c++) {
                String[] stems = Notices.STEMS_BY_INITIAL[c];
                for (int k = 0; stems != null && k < stems.length; k++) {
                    if (text.regionMatches(true, i, stems[k], 0, stems[k].length())) {
                        found |= Notices.BITS_BY_INITIAL[c][k];
                    }
                }
            }
        }
        return found;
    }

    /** Pieces of texts: stems in both cases, letters of other scripts glued before them, blanks, digits, marks. */
    private static final String[] PIECES = {"link", "LINKS", "Affiliate", "provision", "Provisions", "commission", "unsubscribe",
        "Abmelden", "gratis", "KOSTENLOS", "free", "Redaktion", "expressed", "désabonner", "é", "ß", "Ä", "ж", "中", "x", "-", " ",
        "\u00a0", ".", "7", "'", "_", "@", "Formular", "opt-out", "de baja", "abonn", "partnerlink",
        // letters of other scripts that fold to an ASCII one when case is ignored ("ı" to "I", "ſ" to "S", "K" to "k")
        "l", "ınk", "ſubſcribe", "İ", "\u212Aostenlos", "a", "s", "lI",
        // second letters in either case, not ASCII, or a blank or a mark ("de baja", "opt-out")
        "fÖrdermitglied", "FöRDERMITGLIED", "dÉsabonner", "DÉSINSCRIT", "aBONN", "iNSTALL", "THIS", "oPT-OUT", "De Baja", "w", "W", "d", "f",
        // third letters in either case, not ASCII, folding to an ASCII one, or missing (stems sharing their first two letters)
        "interdit", "INTERDIT", "inTerdit", "inſtall", "in", "re", "Responsab", "reſponsib", "RE\u212Aakt", "jeux", "jOUER", "de", "gamble", "GAmbling"};

    @Test
    void stemsIn_findsTheStemsAtEveryWordsStart_asTheDefinitionDoes() {
        java.util.Random random = new java.util.Random(19);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int pieces = random.nextInt(8); pieces > 0; pieces--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertEquals(stemsByDefinition(s), Notices.stemsIn(s, 0), s);
        }
    }

    /**
     * Words of the notes on where a text first appeared, by language (the text named, adverbs, verbs), and
     * words that may stand around them.
     */
    private static final String[][] NOTE_WORDS = {
        {"this article ", "This story ", "THIS POST ", "this piece ", "first ", "First ", "originally ", "appeared ", "published ",
            "ran ", "a version of this story ", "A version of this essay ", "thistle ", "version "},
        {"Dieser Beitrag ", "dieser Artikel ", "zuerst ", "erstmals ", "ursprünglich ", "erschien ", "veröffentlicht "},
        {"cet article ", "Cet entretien ", "initialement ", "originellement ", "publié ", "parue "},
        {"questo articolo ", "originariamente ", "inizialmente ", "pubblicato "},
        {"este artículo ", "Esta entrevista ", "originalmente ", "inicialmente ", "publicado ", "apareció "},
        {"dit artikel ", "Deze column ", "eerder ", "oorspronkelijk ", "verschenen ", "gepubliceerd "},
        {"ten artykuł ", "Tekst ", "pierwotnie ", "ukazał ", "opublikowany "},
        {"este artigo ", "Esta reportagem ", "originalmente ", "publicado ", "apareceu "},
        {"bu yazı ", "Bu makale ", "ilk olarak ", "ilk kez ", "yayımlandı ", "yayınlanmıştır "},
        {"этот материал ", "Эта статья ", "впервые ", "Первоначально ", "опубликован ", "вышла "},
        {"نُشر ", "نشرت ", "هذا المقال ", "هذه المقالة ", "أولاً ", "في الأصل "}};
    private static final String[] AROUND_NOTES = {"on ", "the ", "in ", "by ", ". ", "5", "x", "é", "The Harbour Times "};

    @Test
    void aDonationBoxAskingForAnAporte_isANotice_butACampaignOfThatNameIsNews() {
        assertTrue(Notices.isNotice("Haz tu aporte"));
        assertTrue(Notices.isNotice("Hacé tu aporte aquí."));
        assertTrue(Notices.isNotice("Realiza un aporte y apoya el periodismo independiente de la región."));
        assertTrue(Notices.isNotice("Con tu aporte mensual nos ayudas a seguir haciendo periodismo en la región."));
        assertFalse(Notices.isNotice("Haga su aporte: así se llama la campaña con la que el Banco de Alimentos de Medellín busca reunir"
                + " 50 toneladas de comida no perecedera antes del 24 de diciembre."));
        assertFalse(Notices.isNotice("El alcalde pidió a los vecinos: haga su aporte a la colecta de juguetes en la alcaldía."));
    }

    @Test
    void theSiteAskingToBeSupportedWithADonation_isANotice_butAQuotedOrReportedAppealIsNews() {
        assertTrue(Notices.isNotice("Terre vive est un média indépendant, financé par ses lecteurs. Si vous le pouvez, soutenez-nous : chaque don compte."));
        assertTrue(Notices.isNotice("If you value our reporting, support us with a donation today."));
        assertTrue(Notices.isNotice("Apóyanos con una donación: somos un medio sin publicidad."));
        assertTrue(Notices.isNotice("Sostienici con una donazione."));
        assertTrue(Notices.isNotice("Apoie-nos com uma doação mensal."));
        assertTrue(Notices.isNotice("Steun ons met een gift."));
        assertFalse(Notices.isNotice("« Si vous le pouvez, aidez-nous : chaque don compte », lance la présidente de l'association."));
        assertFalse(Notices.isNotice("The shelter's director said: \"Support us with a donation of food or blankets\", as the cold sets in."));
        assertFalse(Notices.isNotice("Support us, the union told the ministry, or the strike goes on."));
    }

    @Test
    void theStemGate_neverRefusesANoteThePatternFinds_overRandomTexts() {
        java.util.Random random = new java.util.Random(122);
        int notes = 0;
        for (int i = 0; i < 50_000; i++) {
            String[] words = NOTE_WORDS[random.nextInt(NOTE_WORDS.length)];
            StringBuilder text = new StringBuilder();
            for (int pieces = 1 + random.nextInt(6); pieces > 0; pieces--) {
                text.append(random.nextInt(4) == 0 ? AROUND_NOTES[random.nextInt(AROUND_NOTES.length)] : words[random.nextInt(words.length)]);
            }
            String s = text.toString();
            if (Notices.FIRST_PUBLISHED_NOTE.matcher(s).find()) {
                notes++;
                assertTrue(Notices.mayBeFirstPublishedNote(Notices.stemsIn(s, 0)), s);
                assertTrue(Notices.mayBeNotice(Notices.stemsIn(s, 0)), s);
            }
        }
        assertTrue(notes > 1000, "the random texts hold notes: " + notes);
    }

    @Test
    void aParagraphWithFirstButNoThis_isNotReadForTheEnglishNote() {
        assertFalse(Notices.mayBeFirstPublishedNote(Notices.stemsIn("The first ferry left at dawn and the second at noon.", 0)));
        assertTrue(Notices.mayBeFirstPublishedNote(Notices.stemsIn("This story first appeared in The Harbour Times.", 0)));
        assertTrue(Notices.mayBeFirstPublishedNote(Notices.stemsIn("Dieser Beitrag erschien zuerst im Stadtblatt.", 0)));
    }

    private static final String PROSE = "The council approved the harbour budget on Tuesday after a long debate about dredging,"
            + " ferries and the fish market, and the mayor said the vote showed the city could still agree on big things.";

    private static String pruned(String html) {
        Element container = Jsoup.parseBodyFragment("<div><p>" + PROSE + "</p>" + html + "<p>" + PROSE + "</p></div>")
                .body().child(0);
        ContentPruner.prune(container, TextStats.measure(container), null, dev.newsdrop.extract.budget.Deadline.none());
        return container.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you buy through our links, we may earn a commission.",
        "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
        "本記事はアフィリエイト広告を利用しています。",
        "記事内で紹介した商品を購入すると、売上の一部がITニュースに還元されることがあります。",
        "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.",
        "Wenn du über diese Links etwas kaufst, erhalte ich eine kleine Provision.",
        "*Die mit Sternchen markierten Links sind Affiliate-Links.",
        "Cet article contient des liens d'affiliation : nous percevons une commission sur vos achats.",
        "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
        "Se acquisti tramite i nostri link, potremmo ricevere una commissione.",
        "Via de links in dit artikel ontvangen wij een kleine commissie.",
        "Sie erhalten diese E-Mail, weil Sie unseren Presseverteiler abonniert haben. Hier abmelden.",
        "You are receiving this email because you subscribed to our press releases. Unsubscribe.",
        "Este post contém links de afiliados. Se você comprar por eles, posso receber uma pequena comissão.",
        "Sie erhalten diesen Gemeindebrief, weil Sie ihn abonniert haben. Gemeindebrief abbestellen.",
        "You are receiving this press release because you signed up for alerts. Manage your preferences or unsubscribe.",
        // a subscription's pitch: the reader addressed, a trial or a price offered
        "Sie lesen gerne Nachrichten aus Ihrer Region? Testen Sie RK+ einen Monat kostenlos.",
        "Jetzt 4 Wochen gratis lesen: alle Artikel aus Ihrer Region, jederzeit kündbar.",
        "Cet article vous a plu ? Abonnez-vous pour 1 € le premier mois.",
        "Enjoyed this story? Start your free trial today.",
        "Love local news? Subscribe now for just $1 a week.",
        // a membership's or supporter's pitch: the reader asked, at a sentence's start
        "The Valley Post is funded by its readers. Become a member today and keep local news free.",
        "Jetzt Mitglied werden und unabhängigen Lokaljournalismus sichern.",
        "Unterstützen Sie unabhängigen Journalismus – schon ab 5 Euro im Monat.",
        "Support local journalism.",
        // the reader addressed as "du", or "Sie" in capitals: asked for a sum from a price, or told the subscription makes the journalism possible
        "Dir gefällt der Kiezkurier? Mit einem Abo ab 5 Euro im Monat machst du unabhängigen Lokaljournalismus möglich.",
        "Der Kiezkurier ist werbefrei. Unterstütze uns mit einem Beitrag ab 4 Euro im Monat.",
        "Mit Ihrer Spende ermöglichen Sie unabhängigen Journalismus in der Region.",
        "Vous aimez nos articles ? Devenez membre de la rédaction participative.",
        "Word lid en steun onafhankelijke journalistiek.",
        // the line under a guest column: its views are not the paper's
        "Gastkommentare müssen nicht der Meinung der Redaktion entsprechen.",
        "Kommentare geben die Meinung des Autors wieder, nicht zwingend die der Redaktion.",
        "The views expressed are the author's own.",
        "Les propos tenus dans cette tribune n'engagent que leur auteur.",
        "Las opiniones de este artículo no reflejan necesariamente la línea editorial del periódico.",
        "Le opinioni espresse negli interventi impegnano esclusivamente i loro autori.",
        "Las opiniones expresadas en las columnas son responsabilidad exclusiva de sus autores.",
        "Os artigos assinados são de inteira responsabilidade dos seus autores.",
        "Köşe yazılarındaki görüşler yazarlarına aittir.",
        "Yazarların görüşleri gazetemizi bağlamaz.",
        // unlimited access offered for a price
        "Get unlimited access to The Riverside Ledger for just $1 a week.",
        "Get unlimited digital access for only 99 cents for your first month.",
        // the note on where the text appeared first
        "Dieser Artikel erschien zuerst in der Wochenendausgabe der Allgäuer Rundschau.",
        "Dieser Beitrag ist zuerst bei \"Capital\" erschienen.",
        "This story was originally published by a partner newsroom.",
        "A version of this story appeared in the print edition on Sunday.",
        "Cet entretien a été publié initialement dans notre supplément « Mobilités ».",
        "Questo articolo è stato pubblicato originariamente sul nostro mensile.",
        "Este artículo se publicó originalmente en la edición impresa.",
        "Dit artikel verscheen eerder in het weekendmagazine.",
        "Artykuł ukazał się pierwotnie w wydaniu papierowym.",
        // the publisher's own app offered to the reader
        "Sie möchten kein Spiel mehr verpassen? Dann laden Sie unsere App herunter und aktivieren Sie die Push-Mitteilungen.",
        "Jetzt unsere kostenlose News-App herunterladen und keine Eilmeldung mehr verpassen.",
        "Installieren Sie sich jetzt unsere App für iOS und Android.",
        "Never miss a story: download our free app.",
        "Téléchargez notre application pour suivre l'actualité de votre région.",
        // the publisher's own podcast offered to the reader
        "Listen to our podcast: every Friday, the week's local news in twenty minutes.",
        "Luister ook naar onze podcast. Elke vrijdag het regionale nieuws van de week.",
        "Hören Sie auch unseren Nachrichten-Podcast – jeden Morgen um sechs.",
        "Écoutez notre podcast quotidien sur toutes les plateformes.",
        "Lyssna på vår podd om veckans nyheter.",
        // a consent tool's placeholder for an embedded video, map or post
        "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.",
        "Mit dem Laden der Karte akzeptieren Sie die Datenschutzerklärung von Google.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Klicken Sie auf den Button, um den Inhalt von Instagram zu laden.",
        "Zum Anzeigen der Karte bitte externe Inhalte zulassen.",
        "By loading the video, you agree to YouTube's privacy policy.",
        "En chargeant cette vidéo, vous acceptez la politique de confidentialité de YouTube.",
        // the credit Amazon's API asks beside its product pictures
        "Letzte Aktualisierung am 2.11.2026 / Affiliate Links / Bilder von der Amazon Product Advertising API",
        // a pitch to follow the site on a messaging app
        "📲 Participe do canal do Portal Interior no WhatsApp",
        "📱 Receba as notícias do Jornal do Cerrado no seu celular. Entre no nosso grupo do WhatsApp",
        "Dapatkan update berita pilihan setiap hari. Mari bergabung di Grup Telegram \"Warta Timur Update\", caranya klik link.",
        "Join The Lagoon Times WhatsApp Channel for the latest news.",
        "Follow TechRadar on Google News to get our expert news in your feeds.",
        // the site's app by the site's name, a support pitch naming a compound of journalism
        "Catch all the latest Kochi news on Malabar Daily. Download the Malabar Daily app for the latest updates.",
        "Sie lesen diesen Artikel kostenlos. Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo.",
        // the site asked to be supported for a price
        "… we have a small favour to ask. Millions are turning to the Public Ledger for open, independent journalism. Support the Public Ledger from as little as £1.",
        // an Indonesian note of where the text first appeared
        "Artikel ini telah tayang di WartaTimur.id dengan judul \"Cabai Rawit Rp90 Ribu\".",
        // the paper's note inviting letters, reports or feedback to its address or form, in seven languages
        "Wilt u reageren? Stuur uw brief (maximaal 250 woorden) naar lezers@dekrant.example.",
        "Vereinsberichte können Sie unter vereine@anzeiger.example einreichen.",
        "Leserbriefe können Sie uns auch über unser Formular senden.",
        "Scrivete a lettere@gazzetta.example indicando nome, cognome e recapito telefonico.",
        "Send feedback to feedback@gazette.example",
        "Have your say: email your letters to letters@chronicle.example (250 words max).",
        "Vous souhaitez réagir ? Écrivez-nous à courrier@journal.example, votre lettre sera peut-être publiée.",
        "Escríbanos sus cartas al director a cartas@diario.example, con nombre y DNI.",
        "Envie a sua carta para cartas@jornal.example, com nome e localidade.",
        // the opinion pages' note inviting readers' opinion pieces
        "Reageren? Stuur een opiniestuk van maximaal 600 woorden naar opinie@dekrant.example",
        "Want to write for us? Send your op-ed of up to 800 words to opinion@chronicle.example.",
        "Sie möchten einen Gastbeitrag schreiben? Schicken Sie ihn an meinung@zeitung.example.",
        // the note in the passive voice, the reader unnamed: to an address (its dots crossed), or to the editor by name
        "Letters can be sent to letters@herald.example and should not exceed 300 words.",
        "Letters for the next issue can be sent to the editor at the village shop by 10 December.",
        "Leserbriefe können an leserbriefe@tageblatt.example gerichtet werden.",
        "Brieven kunnen naar lezers@streekblad.example worden gestuurd.",
        // the note of who funded the page's reporting
        "This article was written by a Local Democracy Reporter, a service funded by the BBC and used by news organisations across the country.",
        // the terms on which the newsroom lets others print the text again
        "Este texto pode ser republicado gratuitamente, desde que citada a fonte e mantido o nome do autor.",
        "Este artículo puede ser reproducido libremente citando la fuente.",
        "Cet article peut être republié sous licence Creative Commons.",
        "Questo articolo può essere ripubblicato citando la fonte.",
        "This article may be republished for free under a Creative Commons licence.",
        "Dieser Beitrag darf unter der Lizenz CC BY 4.0 weiterverbreitet werden.",
        "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
        "This story was produced with support from the Harbour Foundation, which has no say over our coverage.",
        "Diese Recherche wurde vom Medieninnovationszentrum gefördert.",
        // a magazine's note on the print issue the text is from
        "This review first appeared in Undertow Issue 14 (Winter 2026). Back issues are available from our shop.",
        "This article appears in the March 2027 issue of Harbour Life.",
        "Dieser Artikel ist in Heft 3/2026 des Magazins erschienen.",
        "Dieser Beitrag erschien in der Dezember-Ausgabe von ELLA.",
        "Cet article est paru dans le numéro 245 de Ciné Revue.",
        "Questo articolo è stato pubblicato sul numero di dicembre di Viaggiare Oggi, in edicola e in digitale.",
        "Esta reseña se publicó originalmente en el número 58 de Revista Sur (otoño de 2026).",
        "Esta reportagem foi publicada na edição de março da revista.",
        "Dit artikel verscheen eerder in nummer 11 van het tijdschrift.",
        "Artykuł ukazał się w grudniowym numerze miesięcznika „Wiedza i Świat” (12/2026).",
        "Artikeln publicerades först i Smak & Resor nr 11/2026.",
        "*Artiklen blev bragt i Euroman nr. 4, 2026.",
        // German and Dutch compounds naming the issue or the paper, and a German date's ordinal stop inside the sentence
        "Dieser Beitrag ist in der Printausgabe vom 5. Dezember 2026 erschienen.",
        "Dieser Artikel erschien zuerst in der Novemberausgabe des Albboten.",
        "Dit artikel verscheen in de krant van zaterdag 5 december.",
        "Dit artikel verscheen eerder in de zaterdagkrant.",
        // a Dutch affiliate disclosure naming the commission a fee ("vergoeding")
        "Wij ontvangen een vergoeding als je via de links in dit artikel iets koopt. Dat heeft geen invloed op ons oordeel.",
        // Welsh and Catalan support pitches: the imperative before the journalism, the membership, a sum a month that helps
        "Cefnogwch newyddiaduraeth leol annibynnol",
        "Fes-te'n soci",
        "Som un mitjà independent. Amb 5 euros al mes ens ajudes a explicar el que passa a la comarca.",
        "Con 3 euros al mes nos ayudas a seguir informando.",
        // the page's notice that the article is for subscribers, no button or login link beside it
        "Cet article est réservé aux abonnés. Profitez de notre offre : 1 € le premier mois.",
        "This story is only available to subscribers.",
        // Russian, Ukrainian and Belarusian prompts to follow the site's channel, and the foreign-agent label Russian law requires
        "Если сайт не открывается, читайте нас через зеркало или в Telegram: @sever_news",
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини громади.",
        "Падпісвайцеся на наш Telegram-канал.",
        // Telegram in Cyrillic, as a small site's footer asks ("телеграм-канал", Belarusian "тэлеграм")
        "Подпишитесь на наш телеграм-канал, чтобы первыми узнавать о новых курсах",
        "Читайте нас в Телеграме",
        "Падпісвайцеся на наш тэлеграм-канал.",
        "Читайте нас в Дзене — подписывайтесь, чтобы не пропустить новые тесты",
        "Реклама. ООО «Шинный центр», ИНН 6670123456, erid: 4CQwVszH9pWvWm7xP1Q",
        "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ВЫПОЛНЯЮЩИМ"
                + " ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА. 18+"})
    void noticeParagraphs_areCut(String notice) {
        assertEquals(PROSE + " " + PROSE, pruned("<p>" + notice + "</p>"), notice);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a Korean and a Japanese disclosure quoted in a story on affiliate marketing
        "블로거 김모씨는 “이 포스팅은 쿠팡 파트너스 활동의 일환으로 수수료를 제공받습니다”라는 문구를 글마다 붙인다고 말했다.",
        "消費者庁は「本記事はアフィリエイト広告を利用しています」といった表示を求めている。",
        // a card company's fee in a Korean story, no programme named
        "카드사들은 가맹점 수수료 인하에 반발하고 있다.",
        "업계에서는 제휴 수수료가 개인 블로거의 주요 수입원이 된 만큼 표시 기준을 명확히 해야 한다는 목소리가 나온다.",
        "이 카드를 쓰면 해외 결제 수수료 면제 혜택을 받을 수 있습니다.",
        "消費者庁はアフィリエイト広告の規制を強化し、表示のない記事を調べている。",
        // a broker's commission in the story, no link or affiliate programme named
        "„Beim Verkauf erhalten wir eine Provision von drei Prozent“, sagt die Maklerin.",
        // a phishing mail quoted in a warning, no way out of a list named
        "Sie erhalten diese E-Mail, weil Ihr Konto gesperrt wurde, heißt es in der gefälschten Nachricht.",
        "The agency said it would receive a commission for every policy sold through the scheme.",
        // a trial offer reported, not made to the reader; a year after "für"
        "Neukunden können den Dienst nach Angaben des Anbieters einen Monat kostenlos testen.",
        "Lesen Sie dazu auch unseren Bericht über die Haushaltsdebatte für 2027.",
        "Customers who signed up in March get three months free, the company said.",
        // a report of what readers do with a messaging app, not a pitch to join the site's channel
        "Thousands of parents join WhatsApp groups run by class representatives.",
        // an editor's view reported, and a poll's
        "Die Chefredakteurin sagte, der Beschluss entspreche der Meinung der Redaktion.",
        // a consultation's comments sent in the passive, and letters reported as sent: news, not the paper's note
        "Comments on the design can be sent to the parish clerk until 10 January.",
        // a project or a study funded, in the story: no text of the page is named
        "The project was funded by the European Union and will run until 2028.",
        "The report, funded by the Gates Foundation, found that vaccination rates had fallen in four districts.",
        "Dieses Projekt wurde vom Land mit 2,4 Millionen Euro gefördert.",
        "This investigation was made possible by documents leaked to the paper by two former employees.",
        "This piece of equipment was paid for by the parish council.",
        "Letters of objection can be sent to the planning office at planning@weald.example until 12 January.",
        "Reacties kunnen tot 1 februari naar bezwaar@gemeente.example worden gestuurd, of per brief naar het gemeentehuis.",
        // an appeal or a licence reported in a story: the paper's own pitch and note address the reader and name its stories
        "In a letter to readers, the editor of the rival paper asked them to consider supporting our journalism as advertising income falls.",
        "The council said its photographs of the site are free to republish under a Creative Commons licence.",
        // a text named by its article in a story, not the page's by a demonstrative
        "O texto pode ser reproduzido nas escolas, segundo a secretaria.",
        "La ley establece que el contenido puede ser reproducido con fines educativos.",
        "More than 400 letters were sent to the editor after the closure was announced, the paper said.",
        "The survey does not necessarily reflect the views of all residents, the council warned.",
        // a crime's or a decision's responsibility, in a story: no views named
        "El fiscal recordó que el delito es responsabilidad exclusiva de sus autores materiales.",
        "Il sindaco ha detto che la decisione impegna esclusivamente la giunta.",
        // a book that first appeared, a law's article first amended: neither is the page's text published
        "Das Handbuch erschien erstmals 1928 und wird bis heute nachgedruckt.",
        // a fee reported, no links named; a sum a month that the users pay, not the reader asked; another paper's issue
        "De boeren zeggen: wij ontvangen een vergoeding van de provincie voor elke hectare die we onder water zetten.",
        // a blogger's own disclosure quoted in a story on affiliate marketing
        "Blogger Marloes Jansen schrikt niet. ‘Wij krijgen een kleine vergoeding als iemand via onze links iets koopt’, zegt ze.",
        "\"We earn a commission on purchases made through our links,\" the site's founder told the committee.",
        "Amb 5 euros al mes els usuaris habituals podran fer viatges il·limitats.",
        "Der Bericht des Rechnungshofs, der in der Novemberausgabe des Amtsblatts erschienen ist, kritisiert die Kosten.",
        "Dieser Artikel des Grundgesetzes wurde erstmals 1956 geändert.",
        "This article of the treaty was first invoked in 2001, the minister recalled.",
        "The study first appeared in a medical journal last year.",
        // a study or a book in an issue, named by no demonstrative; a page's text in the story's own words, no issue named
        "The study, published in the March issue of Nature, found that the glacier had lost a fifth of its ice.",
        "This study, published in the March issue of Nature, found that the glacier had lost a fifth of its ice.",
        "Dieser Bericht wurde heftig kritisiert, weil er die Ausgaben des Landes falsch beziffert.",
        "Der Artikel erschien in der Ausgabe vom Montag und löste eine Debatte im Landtag aus.",
        "Nach dem Bericht, der in Ausgabe 12 des Magazins erschien, trat der Minister zurück.",
        "El número de visitantes que leyó este artículo superó el millón, según la editorial.",
        "Wyniki badań ukazały się w najnowszym numerze czasopisma „Science”.",
        "Tidningen publicerade artikeln i nr 11, och den väckte starka reaktioner.",
        // the demonstrative inside a clause, or the subject in a relative clause: another text, named in the story
        "Según este artículo, publicado en el número de invierno de la revista, uno de cada cuatro pisos se alquila a turistas.",
        "In this article, published in the journal's current issue, the authors warn that two glaciers show the same signs.",
        "Dieser Bericht, der in der aktuellen Ausgabe des Magazins erschienen ist, beruft sich auf interne Unterlagen.",
        "This piece of legislation was published in issue 312 of the Official Gazette on Friday.",
        // a bare noun far from its verb: a study reported
        "Artykuł opisujący odkrycie ukazał się w najnowszym numerze czasopisma „Mycologia”.",
        // membership and support reported or quoted, not asked of the reader
        "Anyone in the village can become a member of the choir for twenty euros a year, the chairwoman said.",
        "„Werden Sie Mitglied“, rief der Vorsitzende den Zuschauern am Ende des Abends zu.",
        "Support for local journalism grew last year, according to the foundation's report.",
        // "sie" in lower case is others (they), and a sum reported is no price asked
        "Mit ihren Abos machen sie unabhängigen Lokaljournalismus möglich, sagt die Gründerin über ihre Leserinnen.",
        "Die Stiftung unterstützt uns seit Jahren, zuletzt mit 40.000 Euro für die Recherche.",
        // an app reported on or advised by name, not the publisher's offered to the reader
        "Nutzerinnen und Nutzer können die App seit Montag kostenlos herunterladen, teilte das Ministerium mit.",
        "Laden Sie sich die Warn-App NINA herunter, damit Sie bei Unwetter rechtzeitig gewarnt werden.",
        "The council said residents could download the app to report potholes.",
        // a podcast reported on or recommended by name, not the publisher's offered to the reader
        "Listeners can subscribe to the podcast on every major platform, the producers said.",
        "Hören Sie den Podcast „Zeitsprung“, empfiehlt die Historikerin ihren Studierenden.",
        "The band said fans should listen to our new album before the tour starts.",
        // privacy and consent in the story or in a guide's steps, no embed to load
        "Mit dem Aktivieren der Standortfreigabe stimmen Sie zu, dass die App Ihren Aufenthaltsort speichert.",
        "Die Datenschutzerklärung von YouTube wurde im Frühjahr geändert, berichtete die Verbraucherzentrale.",
        "Klicken Sie auf „Speichern“, um die Einstellungen zu übernehmen.",
        "By signing the form, parents agree to the school trip, the head teacher said.",
        // a messaging app in the story, no invitation to follow the site on it
        "The ministry said it would follow up on complaints sent by WhatsApp within a week.",
        "Police said the suspects had planned the robbery in a Telegram group, according to the indictment.",
        "Die Polizei rief Zeugen auf, sich über WhatsApp zu melden, teilte ein Sprecher mit.",
        // an app named by its maker, downloaded for a purpose the story states
        "Download the FloodWatch app to get alerts when the river rises, the council advised.",
        // support reported for a price, not asked: no imperative opens the sentence
        "Readers can support the paper from as little as £1 a month, the editor told the committee.",
        // a film that aired, and a book first published under another title
        "Film ini telah tayang di bioskop sejak Rabu dan ditonton 200 ribu orang.",
        // an address in the story: a witness appeal, a council's or a mayor's call, a quoted request, an application
        "Police ask anyone with information to send an e-mail to appeals@police.example or to call 101.",
        "Please send any information to detectives at incident@police.example, a police spokesman said.",
        "The council asked residents to send letters of support to planning@council.example by Friday.",
        "Il sindaco ha invitato i cittadini a scrivere a sindaco@comune.example per le segnalazioni sulle buche.",
        "De gemeente vraagt inwoners hun reactie te sturen naar inspraak@gemeente.example.",
        "“Send your letters to letters@school.example,” the head teacher told parents at the meeting.",
        "Anträge können Sie bis Ende März unter antrag@landkreis.example einreichen, teilte das Landratsamt mit.",
        // an invitation relayed by the story, its reporting verb after the imperative (found attacking the merged rule)
        "Send your feedback on the proposals to parking@council.example before 15 January, the council said.",
        "Children were asked to write to Santa. Send your letters to santa@school.example, the head teacher told them.",
        "Stuur uw reactie naar inspraak@gemeente.example, zei de wethouder.",
        "Wer Hinweise zum Unfall hat, kann sich unter hinweise@polizei.example melden.",
        // the subscribers' notice quoted or reported, not the page's own line
        "« Cet article est réservé aux abonnés » : la mention agace de plus en plus de lecteurs, selon une étude.",
        "Le quotidien précise que cet article est réservé aux abonnés pendant une semaine.",
        // the app and the label reported: what people did, the law's words inside a sentence of the story
        "Жители посёлка подписываются на Telegram-каналы соседних районов, чтобы узнавать об отключениях.",
        "Жители посёлка подписываются на телеграм-каналы соседних районов, чтобы узнавать об отключениях.",
        "Реклама в Дзене приносит блогерам всё меньше денег, признают в компании.",
        "Реклама без токена erid теперь грозит штрафом, напоминает регулятор.",
        "Над каждым текстом теперь стоит плашка «данное сообщение (материал) создано и (или) распространено иностранным агентом»."})
    void storySentencesThatSoundLikeNotices_stay(String sentence) {
        assertEquals(PROSE + " " + sentence + " " + PROSE, pruned("<p>" + sentence + "</p>"), sentence);
    }

    @Test
    void offerBoxAroundSubscriberPrompt_goesWhole() {
        String box = "<div><p>Sie möchten weiterlesen?</p><p>Mit dem Abo lesen Sie alle Artikel – einen Monat gratis.</p>"
                + "<a href='/abo'>Jetzt testen</a><p>Schon Abonnent? <a href='/login'>Anmelden</a></p></div>";
        assertEquals(PROSE + " " + PROSE, pruned(box));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div><h3>Tipsa oss!</h3><p>Har du sett något som du tycker att vi ska skriva om? Mejla nyhetstips@tidning.example.se eller ring 021-00 00 00.</p></div>",
        "<div><h3>Heb jij een tip?</h3><p>Mail naar tips@omroep.example.nl of app ons.</p></div>",
        "<h3>Heb jij een tip?</h3><p>Mail naar tips@omroep.example.nl of app ons.</p>",
        "<p><strong>Haben Sie einen Hinweis?</strong> Schreiben Sie uns an hinweise@zeitung.example.de.</p>",
        "<div><h4>Got a news tip?</h4><p>Email newsdesk@gazette.example.com or call 01234 000000.</p></div>",
        "<aside><p>Une info à nous signaler ? Écrivez-nous à redaction@journal.example.fr</p></aside>",
        "<p>¿Tienes una pista? Escríbenos a pistas@diario.example.es</p>",
        "<p>Tem uma sugestão de pauta? Envie para o nosso WhatsApp (11) 90000-0000.</p>",
        "<p>Hai una segnalazione? Scrivi a redazione@giornale.example.it</p>",
        "<p>Masz temat? Napisz do nas: redakcja@gazeta.example.pl</p>",
        "<div><h3>Tips oss</h3><p>Send e-post til tips@avis.example.no eller ring 00 00 00 00.</p></div>",
        "<div><h3>Tip os</h3><p>Skriv til tip@avis.example.dk.</p></div>"})
    void tipBoxes_areCut(String box) {
        assertEquals(PROSE + " " + PROSE, pruned(box), box);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a report about tips: the block does not open by asking for one
        "<p>Police received 40 tips within a day and asked anyone with information to call 101.</p>",
        "<p>Die Polizei hat nach eigenen Angaben mehr als 30 Hinweise erhalten und bittet um weitere per Telefon.</p>",
        // a heading asking for a tip over a paragraph of the story that names no way to send one
        "<h3>Have a tip?</h3><p>The harbour master said the boat had been seen twice near the pier that week.</p>",
        // the question alone, no way to send the tip
        "<p>Heb jij een tip?</p>",
        // a witness appeal the story relays: the police ask, not the newsroom
        "<p>Haben Sie einen Hinweis? Die Polizei bittet Zeugen, sich unter Telefon 0711 8990-0 zu melden.</p>",
        "<h3>Got a tip?</h3><p>Detectives ask anyone with information to call 101 or Crimestoppers on 0800 555 111.</p>"})
    void textsAboutTips_stay(String html) {
        String text = Jsoup.parseBodyFragment(html).body().text();
        assertEquals(PROSE + " " + text + " " + PROSE, pruned(html), html);
    }

    @Test
    void tipPrompt_isAskedWhereTheLettersStart() {
        assertFalse(Notices.TIP_PROMPT_OPENINGS.admitsAll());
        assertTrue(Notices.isTipBox("¿Tienes una pista? Escríbenos a pistas@diario.example.es"));
        assertTrue(Notices.isTipBox("» Got a news tip? Email us"));
        assertFalse(Notices.isTipBox("Readers: got a news tip? Email us")); // not at the opening
        assertFalse(Notices.isTipBox("Got a news tip?")); // no way to send it
        assertFalse(Notices.isTipBox("Tipsa oss! " + "x".repeat(Notices.MAX_TIP_BOX_CHARS) + " mejla"));
    }

    @Test
    void relTokens_areMatchedWholeInAnyCase() {
        assertTrue(Notices.hasToken("nofollow sponsored", "sponsored"));
        assertTrue(Notices.hasToken("  Sponsored\tnoopener ", "sponsored"));
        assertFalse(Notices.hasToken("sponsoredx nofollow", "sponsored"));
        assertFalse(Notices.hasToken("", "sponsored"));
    }

    @Test
    void offerBoxWithPromptAfterAShortSentence_goesWhole() {
        String box = "<div><p>Get unlimited access for just $1 a week.</p><p>Cancel anytime. Already a subscriber? "
                + "<a href='/login'>Log in</a></p><a href='/subscribe'>Subscribe now</a></div>";
        assertEquals(PROSE + " " + PROSE, pruned(box));
    }

    @Test
    void paywallPrompt_isReadAtTheLineStartOrAfterAShortSentence() {
        assertTrue(Notices.isPaywallPrompt("Cancel anytime. Already a subscriber? Log in"));
        assertTrue(Notices.isPaywallPrompt("Jederzeit kündbar. Schon Abonnent? Hier anmelden"));
        assertTrue(Notices.isPaywallPrompt("Already a subscriber? Sign in"));
        assertTrue(Notices.isPaywallPrompt("Bereits Abonnent? Hier einloggen"));
        assertTrue(Notices.isPaywallPrompt("Redan prenumerant? Logga in"));
        assertTrue(Notices.isPaywallPrompt("Er du allerede abonnent? Log ind"));
        assertFalse(Notices.isPaywallPrompt("Readers who are already subscribers get the print edition too."));
        assertTrue(Notices.isPaywallPrompt("この記事の続きは会員登録（無料）でお読みいただけます。"));
        assertTrue(Notices.isPaywallPrompt("この記事は有料会員限定です。"));
        assertFalse(Notices.isPaywallPrompt("同社の会員登録数は１年で２倍に増えた。"));
    }

    @Test
    void soughtPatterns_findWhatThePatternsFind_onRandomTextOfTheirWords() {
        // the patterns' own words, in three cases, between blanks, punctuation and characters that fold specially
        java.util.List<String> pieces = new java.util.ArrayList<>(java.util.List.of(" ", " ", " ", ", ", ". ", "? ", ": ", "\n", "\u00A0", "-",
            "İ", "ı", "ſ", "\u212A", "é", "3", "2026", "x"));
        for (Notices.Sought sought : Notices.SOUGHT) {
            for (String word : sought.pattern().pattern().split("[^\\p{L}]+")) {
                if (word.length() >= 2) {
                    pieces.add(word);
                    pieces.add(word.toUpperCase(java.util.Locale.ROOT));
                    pieces.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
                }
            }
        }
        java.util.Random random = new java.util.Random(27);
        int matched = 0;
        for (int round = 0; round < 100_000; round++) {
            Notices.Sought sought = Notices.SOUGHT.get(random.nextInt(Notices.SOUGHT.size()));
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
                text.append(random.nextBoolean() ? " " : "");
            }
            String t = text.toString();
            java.util.regex.Matcher plain = sought.pattern().matcher(t);
            boolean expected = plain.find();
            assertEquals(expected, sought.in(t), () -> sought.pattern().pattern().substring(0, 30) + " in " + t);
            if (expected) { // the match found where find() finds it, whole
                java.util.regex.Matcher found = sought.found(t);
                assertEquals(plain.start(), found.start(), t);
                assertEquals(plain.end(), found.end(), t);
            }
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 100, "the random texts hold notices too: " + matched);
        for (Notices.Sought sought : Notices.SOUGHT) {
            assertEquals(sought.pattern().matcher("").find(), sought.in(""));
        }
        assertTrue(Notices.SOUGHT.stream().filter(s -> !s.openings().admitsAll()).count() >= 9, "the openings of most patterns are read");
    }

    /** The warnings gambling laws require on each advertisement for betting, as odds boxes beside match reports set them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "18+ | Glücksspiel kann süchtig machen | Hilfe unter www.check-dein-spiel.de",
        "Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09-74-75-13-13 (appel non surtaxé).",
        "Il gioco è vietato ai minori di 18 anni e può causare dipendenza patologica. Gioca responsabilmente.",
        "+18 | Juega con responsabilidad | jugarbien.es",
        "Aposte com responsabilidade. Proibido para menores de 18 anos. Jogos podem causar dependência.",
        "18 yaşından küçüklerin şans oyunları oynaması yasaktır. Sorumlu oyna.",
        "Hazard może uzależniać. Graj legalnie i odpowiedzialnie. Tylko dla osób pełnoletnich 18+.",
        "Wat kost gokken jou? Stop op tijd. 18+",
        "18+ BeGambleAware.org. Please gamble responsibly.",
        "과도한 구매는 중독을 유발할 수 있습니다. 19세 미만 구매 불가."})
    void gamblingWarnings(String text) {
        assertTrue(Notices.isGamblingWarning(text), text);
        assertTrue(Notices.mayBeNotice(Notices.stemsIn(text, 0)), "the stems admit it: " + text);
        assertTrue(Notices.isNotice(text), text);
    }

    /** A story on gambling that quotes the warning in its own sentence, or names it alone in a heading, is no warning. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Der Slogan „Glücksspiel kann süchtig machen“ muss seit 2021 auf jeder Werbung stehen, kritisieren Suchtexperten.",
        "Glücksspiel kann süchtig machen",
        "« Jouer comporte des risques » : l'Autorité nationale des jeux juge le message trop discret sur les maillots des clubs de Ligue 1.",
        "Il sindaco ha ricordato che il gioco è vietato ai minori e ha chiesto più controlli nelle sale di Bergamo e provincia.",
        "Sorumlu oyna kampanyası, Spor Toto Teşkilatı tarafından bu hafta stadyumlarda başlatıldı ve taraftarlardan destek gördü.",
        "Stop op tijd"})
    void gamblingWarningsQuotedOrNamed(String text) {
        assertFalse(Notices.isGamblingWarning(text), text);
    }

    @Test
    void aHeadingAskingSupportForTheSiteByName_isAPitchBoxsHeading_othersAreNot() {
        for (String heading : List.of("Sostieni VareseOggi", "Soutenez Le Courrier", "Unterstützen Sie die Kiezpost", "Apoya a El Diario",
                "Steun De Krant!", "Support the Harbour Times")) {
            assertTrue(Notices.SUPPORT_US_HEADING.matcher(heading).matches(), heading);
        }
        for (String heading : List.of("Support for farmers grows", "Sostieni la lettura, dice il ministro, ma con quali fondi?",
                "support local journalism", "Supporters gather in Rome")) {
            assertFalse(Notices.SUPPORT_US_HEADING.matcher(heading).matches(), heading);
        }
        java.util.regex.Matcher m = Notices.SUPPORT_US_HEADING.matcher("Sostieni Lario Oggi");
        assertTrue(m.matches());
        assertTrue(Notices.namesTheSite(m.group("name"), List.of("LarioOggi")));
        assertFalse(Notices.namesTheSite(m.group("name"), List.of("Corriere di Como")));
        m = Notices.SUPPORT_US_HEADING.matcher("Sostieni Il Piccolo di Romagna");
        assertTrue(m.matches());
        assertTrue(Notices.namesTheSite(m.group("named"), List.of("Il Piccolo di Romagna")));
        assertTrue(Notices.asksForMoney("Con un piccolo contributo ci aiuti a restare liberi."));
        assertFalse(Notices.asksForMoney("L'Ucraina chiede armi e aiuti all'Europa per l'inverno: 50 miliardi di €."));
    }

    @Test
    void aHeadingSayingTheSiteNeedsTheReader_isAPitchBoxsHeading_othersAreNot() {
        for (String heading : List.of("Nós Diario precisa de ti", "El Punt te necesita", "Vilaweb et necessita", "Die Kiezpost braucht dich!",
                "Le Courrier a besoin de vous", "De Krant heeft jou nodig", "The Harbour Times needs you", "Das Stadtblatt braucht Sie")) {
            assertTrue(Notices.NEEDS_YOU_HEADING.matcher(heading).matches(), heading);
        }
        for (String heading : List.of("Wie die Feuerwehr sie braucht", "Why the town needs you to vote", "precisa de ti",
                "Die Stadt braucht sie dringend")) {
            assertFalse(Notices.NEEDS_YOU_HEADING.matcher(heading).matches(), heading);
        }
    }

    @Test
    void promptsToFollowTheSiteByItsName_areSiteFollowPrompts() {
        assertTrue(Notices.isSiteFollowPrompt("Stay updated: follow Bicol Herald on Facebook for the latest typhoon bulletins.",
                List.of("Bicol Herald")));
        assertTrue(Notices.isSiteFollowPrompt("Siga o Jornal do Vale no Instagram e no Facebook.", List.of("Jornal do Vale")));
        assertTrue(Notices.isSiteFollowPrompt("Suivez Le Courrier du Sud sur Facebook", List.of("Le Courrier du Sud")));
    }

    @Test
    void promptsToFollowSomeoneElse_orSentencesOfTheStory_areNoSiteFollowPrompts() {
        List<String> site = List.of("Bicol Herald");
        // the story tells readers whose account to follow: the weather service's, not the paper's
        assertFalse(Notices.isSiteFollowPrompt("Residents were told to follow PAGASA on Facebook for the latest bulletins.", site));
        assertFalse(Notices.isSiteFollowPrompt("Follow PAGASA on Facebook for updates, the governor said.", site));
        // the site named, but no imperative opening the line
        assertFalse(Notices.isSiteFollowPrompt("Readers who follow Bicol Herald on Facebook saw the video first.", site));
        // no site names known: nothing to compare
        assertFalse(Notices.isSiteFollowPrompt("Follow Bicol Herald on Facebook.", List.of()));
    }

    @Test
    void pressTripDisclosures_areNotices() {
        assertTrue(Notices.isNotice("Die Reise wurde unterstützt von Visit Norway."));
        assertTrue(Notices.isNotice("Transparenzhinweis: Die Autorin reiste auf Einladung von Visit Flanders."));
        assertTrue(Notices.isNotice("Ce voyage a été réalisé à l'invitation de l'Office de tourisme des Açores."));
        assertTrue(Notices.isNotice("*A jornalista viajou a convite do Turismo do Alentejo."));
        assertTrue(Notices.isNotice("The writer was a guest of Tourism Tasmania."));
        assertTrue(Notices.isNotice("Il viaggio è stato organizzato su invito dell'Ente del Turismo della Giordania."));
        assertTrue(Notices.isNotice("De reis werd mogelijk gemaakt door Visit Portugal."));
    }

    @Test
    void storySentencesAboutTripsOrInvitations_areNoPressTripNotes() {
        // a school's trip, its sponsor's gift told after the name
        assertFalse(Notices.isPressTripNote("Die Reise wurde unterstützt vom Förderverein der Schule, der 4.000 Euro beisteuerte."));
        // a trade paper's report on a trip for travel agents: figures
        assertFalse(Notices.isPressTripNote("Le voyage a été organisé à l'invitation de l'office de tourisme pour 20 agents de voyages."));
        // a novelist's visit to a festival, a clause after the host
        assertFalse(Notices.isPressTripNote("The author was a guest of the festival, where she read from her debut novel."));
        // reported speech
        assertFalse(Notices.isPressTripNote("Die Reise wurde von der Landesregierung unterstützt, sagte eine Sprecherin."));
        assertFalse(Notices.isPressTripNote("„Die Reise wurde von der Firma unterstützt“"));
        // two sentences
        assertFalse(Notices.isPressTripNote("Die Reise wurde vom Land unterstützt. Die Schüler besuchten Krakau und Auschwitz."));
        // the subject is someone else
        assertFalse(Notices.isPressTripNote("Der Minister reiste auf Einladung der Regierung von Ghana."));
    }
}
