package dev.newsdrop.extract.body;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthNotesTest {

    /** True when the text is a note and its first word may open one, as the pruner asks both. */
    private static boolean note(String text) {
        int at = Notices.tipPromptStart(text);
        return at >= 0 && HealthNotes.OPENINGS.mayOpenAt(text, at) && HealthNotes.isNote(text);
    }

    @Test
    void sitesStandingDisclaimers_areNotes() {
        assertTrue(note("This article is for informational purposes only and does not replace professional medical advice, diagnosis, or treatment."));
        assertTrue(note("Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Hinweise und darf nicht zur Selbstdiagnose oder -behandlung"
                + " verwendet werden. Er ersetzt keine ärztliche Beratung."));
        assertTrue(note("Ce contenu ne remplace pas l'avis d'un professionnel de santé. En cas de doute, consultez votre médecin."));
        assertTrue(note("La información de este artículo es de carácter divulgativo y no sustituye en ningún caso la consulta con un profesional sanitario."));
        assertTrue(note("Le informazioni di questo articolo non sostituiscono il parere del medico."));
        assertTrue(note("All content on this site is for general information and is not a substitute for professional medical advice."));
        assertTrue(note("As informações deste site não substituem a consulta com um médico."));
        assertTrue(note("Treści z serwisu ZdrowieTeraz.pl mają charakter informacyjny i nie zastępują konsultacji z lekarzem."));
        assertTrue(note("De informatie in dit artikel is geen vervanging voor advies van je huisarts."));
        assertTrue(note("※本記事は一般的な健康情報の提供を目的としたものであり、医師による診断や治療に代わるものではありません。"));
    }

    @Test
    void lawFirmsStandingDisclaimers_areNotes() {
        assertTrue(note("This client alert is provided for informational purposes only and does not constitute legal advice."));
        assertTrue(note("Hinweis: Dieser Beitrag dient der allgemeinen Information und ersetzt keine Rechtsberatung im Einzelfall."));
        assertTrue(note("Cet article ne constitue pas une consultation juridique."));
        assertTrue(note("Questo articolo ha carattere informativo e non costituisce parere legale."));
    }

    @Test
    void aStatutesArticleNamingALawyer_isNoNote() {
        assertFalse(note("This article does not replace the existing right to a lawyer under the 2013 directive, but extends it to suspects questioned abroad."));
        assertFalse(note("Dieser Artikel ersetzt nicht die Pflicht zur anwaltlichen Vertretung vor dem Landgericht."));
    }

    @Test
    void storiesQuotingOrReportingADisclaimer_areNoNotes() {
        assertFalse(note("„Dieser Artikel ersetzt keine ärztliche Beratung“, steht unter jedem Beitrag des Portals – Verbraucherschützer halten das für zu wenig."));
        assertFalse(note("The app's makers say its chatbot does not replace a doctor, but regulators are not convinced."));
        assertFalse(note("Die Informationen der App ersetzen keinen Arztbesuch, betonte der Hersteller am Montag."), "a bare article names a story's subject");
        assertFalse(note("La información del folleto no sustituye la consulta médica, recordó la consejera."));
        assertFalse(note("Diese Informationen ersetzen keinen Arztbesuch – doch genau so werden sie oft genutzt, zeigt eine Umfrage."),
                "a demonstrative before 'information' may point back at the story's own");
        assertFalse(note("Critics say this article of the law does not replace the old rules on medical devices, it merely extends them."
                + " The ministry disagrees and says the article will be read alongside them."), "no disclaimer opens a story's paragraph");
    }

    @Test
    void helplineBoxes_areNotes() {
        assertTrue(note("If you or someone you know is in crisis, call or text 988 to reach the Suicide & Crisis Lifeline."));
        assertTrue(note("Hilfe bei Suizidgedanken Wenn Sie sich in einer scheinbar ausweglosen Lebenssituation befinden, wenden Sie sich bitte"
                + " an die Telefonseelsorge: 0800 111 0 111."));
        assertTrue(note("Si vous avez des pensées suicidaires, appelez le 3114, numéro national de prévention du suicide."));
        assertTrue(note("Si tienes pensamientos suicidas, llama al 024, la línea de atención a la conducta suicida."));
    }

    @Test
    void storiesAboutHelplines_areNoNotes() {
        assertFalse(note("Die Telefonseelsorge führte 2025 rund 1,2 Millionen Gespräche, davon ein Fünftel mit Menschen in einer suizidalen Krise."));
        assertFalse(note("If you ask the volunteers why they answer the phones at night, most say the same thing: someone once answered for them."),
                "no crisis in the first sentence, no helpline");
        assertFalse(note("Wenn Sie mehr über die Arbeit der Krisendienste erfahren wollen, lesen Sie unser Interview mit der Leiterin."),
                "no helpline and no number");
    }

    @Test
    void storiesAddressingTheReaderWithACount_areNoNotes() {
        assertFalse(note("If you are struggling with depression, talking to a friend helps, says Dr. Kim. Her clinic saw 113 new patients last month."),
                "an expert's advice reported, and a count that is a helpline's number elsewhere");
        assertFalse(note("Wenn Sie in einer Krise sind, hilft oft ein Gespräch, sagt die Psychologin. In ihrer Praxis sah sie 2025 rund 143 Patienten."));
        assertFalse(note("Si vous traversez une crise, le plus important est d'en parler, explique la psychiatre. Le 3114 a reçu 200 000 appels en 2025."));
        assertTrue(note("Se sei in difficoltà o hai pensieri suicidi, puoi chiamare Telefono Amico al numero 02 2327 2327, tutti i giorni."),
                "a helpline named by its name, and the reader asked to call it");
    }
}
