package dev.newsdrop.extract.body;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketDataTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "比亚迪 268.50 +1.92%",
        "THYAO 312,50 %3,40",
        "DOLAR 34,6120 %-0,08",
        "에코프로 88,200 -1.12%",
        "SK하이닉스 176,500 +1.96%",
        "日経平均 39,812.45 +312.20 (+0.79%)",
        "ホンダ 1,512円 +0.8%",
        "上证指数 3412.55 +0.45% 深证成指 10988.31 +0.72% 创业板指 2251.08 +1.31%",
        "宁德时代 300750 245.80 +12.35 +5.29%",
        "삼성전자 005930 58,300 ▲2,300 (+4.11%)",
        "코스피 2,512.34 ▲12.45 (+0.50%)",
        "PETR4 R$ 36,18 -3,02%",
        "Ibovespa 128.450 pts -0,81%",
        "سابك 72.10 +0.84%",
        "INDITEX ITX.MC 47,36 +4,18% 10:02",
        "DAX 20.134,55 +0,42% · MDAX 26.811,20 -0,18%",
        "PEKAO 171,40 zł +0,88%",
    })
    void rowsOfQuotes(String line) {
        assertTrue(MarketData.isQuoteRow(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SK하이닉스도 2% 가까이 올랐다.",
        "Shares rose 2.3% to $151.20 on Friday",
        "The shares rose 2.3% to $151.20",
        "SC Freiburg 2:1 1. FSV Mainz 05",
        "CDU 31,2 % +2,1",              // a party's share and its change: a result, no quote (no level)
        "CDU +2,1%",
        "Bayern 3:0 Bochum",
        "1 Bayern 14 35",
        "Umsatz 2026: 48 Mrd. Dollar",
        "Die Inflation lag im November bei 2,4 Prozent",
        "Kapitel 3",
        "CDU 1.204.331 31,2% +2,1",     // an election's results: votes, share and change; a share is no quote's change
        "SPD 1.032.118 26,7% −3,9",
    })
    void notRowsOfQuotes(String line) {
        assertFalse(MarketData.isQuoteRow(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Quotes delayed at least 15 minutes",
        "Delayed 15 min",
        "Kursdaten: Xetra, verzögert um 15 Min. | 05.12.2026 14:17",
        "Données différées de 15 minutes",
        "Cotización con 15 minutos de retraso",
        "Cotações com atraso de 15 minutos",
        "Dati in tempo differito di 15 minuti",
        "Veriler 15 dakika gecikmelidir.",
        "البيانات متأخرة 15 دقيقة",
        "11:30現在 株価は20分ディレイ",
        "行情数据延迟15分钟",
        "시세는 20분 지연 제공됩니다",
        "삼성전자 005930 58,300 ▲2,300 (+4.11%) 시세는 20분 지연 제공됩니다",
        "Koersen zijn minimaal 15 minuten vertraagd",
        "Data tertunda 15 menit",
        "Notowania opóźnione o 15 min.",
        "Котировки с задержкой 15 минут",
    })
    void notesOfDelayedQuotes(String line) {
        assertTrue(MarketData.isDelayNote(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Her flight was delayed by 45 minutes.",
        "Der Zug war 15 Minuten verspätet.",
        "Die Sitzung begann mit 15 Minuten Verzögerung.",
        "El tren llegó con 15 minutos de retraso.",
        "Trading in the stock was halted for 15 minutes after the announcement on Friday afternoon.",
        "Market data from the exchange was delayed by 15 minutes for much of the morning.",
        "Market data was delayed by 15 minutes.",
    })
    void notNotesOfDelayedQuotes(String line) {
        assertFalse(MarketData.isDelayNote(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Should you invest $1,000 in Nvidia right now?",
        "Want to start investing? Open an account in minutes",
        "¿Quieres invertir en bolsa sin comisiones? Abre tu cuenta",
        "Quieres invertir en bolsa sin comisiones?",
        "Quer saber onde investir em 2027? Receba a carteira",
        "Voulez-vous investir dans l'or ?",
        "Möchten Sie in Aktien investieren? Jetzt Depot eröffnen",
        "Vuoi investire in ETF? Scopri come",
    })
    void questionsAboutInvesting(String lead) {
        assertTrue(MarketData.asksAboutInvesting(lead), lead);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Investors asked whether they should invest more. They did.",
        "Should the central bank cut rates? Economists are divided.",
        "The fund wants to invest in schools.",
    })
    void notQuestionsAboutInvesting(String lead) {
        assertFalse(MarketData.asksAboutInvesting(lead), lead);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hinweis: Die hier angebotenen Beiträge stellen keine Anlageberatung oder Aufforderung zum Kauf oder Verkauf von Wertpapieren dar.",
        "This article does not constitute investment advice.",
        "Les informations fournies ne constituent pas un conseil en investissement.",
        "Este contenido no constituye una recomendación de inversión.",
        "Burada yer alan yatırım bilgi, yorum ve tavsiyeleri yatırım danışmanlığı kapsamında değildir.",
        "风险提示：股市有风险，投资需谨慎。本文不构成任何投资建议。",
        "投資の最終判断はご自身でお願いいたします。",
        "이 기사는 투자 권유를 목적으로 하지 않으며, 투자 판단의 최종 책임은 투자자에게 있습니다.",
        "هذه المادة لا تمثل توصية استثمارية",
        "Die hier angebotenen Beiträge stellen keine Kauf- bzw. Verkaufsempfehlungen dar.",
        "Hinweis: Informationen zur Offenlegungspflicht bei Interessenkonflikten im Sinne von § 85 Abs. 1 WpHG und Art. 20 VO (EU) 596/2014 finden Sie beim Analysehaus.",
        "Disclosures of conflicts of interest under Article 20 of the Market Abuse Regulation (EU) 596/2014 are available on request.",
        "Thông tin trong bài chỉ mang tính chất tham khảo, không phải là khuyến nghị đầu tư.",
        "Bài viết chỉ mang tính tham khảo, không phải lời khuyên đầu tư.",
    })
    void noticesOfNoAdvice(String text) {
        assertTrue(MarketData.isAdviceNotice(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Die Verbraucherzentrale rät, vor dem Kauf eine unabhängige Anlageberatung einzuholen.",
        "Many investors pay for investment advice they do not need, the study found.",
        "Al final de cada vídeo aparecía la frase «esto no constituye asesoramiento financiero», pero la CNMV considera que el aviso no cambia nada.",
        "Die Analysten sprachen für die Aktie zuletzt keine Kaufempfehlung mehr aus.",
        "Der Aufsichtsrat prüft mögliche Interessenkonflikte des Vorstands bei der geplanten Übernahme.",
        "Nhiều nhà đầu tư cá nhân vẫn tìm đến các hội nhóm để xin khuyến nghị đầu tư miễn phí.",
        // a story on the rules that ask for the notices: the conflicts beside the national law alone, a bulletin told to say it gives no advice
        "Die Aufsicht erinnert daran, dass Analysten Interessenkonflikte nach § 85 WpHG in jeder Studie offenlegen müssen.",
        "Quy định mới yêu cầu các bản tin phải ghi rõ nội dung không phải là khuyến nghị đầu tư.",
    })
    void notNoticesOfNoAdvice(String text) {
        assertFalse(MarketData.isAdviceNotice(text), text);
    }
}
