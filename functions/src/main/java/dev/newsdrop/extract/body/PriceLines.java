package dev.newsdrop.extract.body;

import java.util.regex.Pattern;

import static dev.newsdrop.extract.body.ContentPruner.words;

/**
 * Prices as product boxes and quote boxes set them: a line that is a price alone ("24,90 €"), and a security's quote
 * box (a name, a price and a signed change). {@link NoiseRemover} reads prices on affiliate links with the same patterns.
 */
final class PriceLines {

    /** A line of a price alone is this short at most ("1.249,00 €*"). */
    static final int MAX_PRICE_LINE_CHARS = 24;

    /**
     * A line that is a price alone ({@link #PRICE}, perhaps marked by an affiliate's asterisk): a product box's or a
     * shop card's price label, which the text's sentences name with their own words.
     */
    static final Pattern PRICE_LINE = Pattern.compile("(?:(?:[€$£¥₹₽₺₩₪]|EUR|USD|CHF|GBP)\\s?\\d[\\d.,'\u00a0\u202f]*(?:-{1,2}|–)?"
            + "|\\d[\\d.,'\u00a0\u202f]*(?:-{1,2}|–)?\\s?(?:[€$£¥₹₽₺₩₪]|EUR|USD|CHF|GBP|Fr\\.|zł|Kč|kr))\\*?");

    /** A security's quote box is a name, a price and a change: this short. */
    static final int MAX_QUOTE_WIDGET_CHARS = 100;

    /** A quote box names its security in a few words ("Kessler & Roth", "Banco Sabadell SA"), its link a few more. */
    private static final int MAX_QUOTE_WIDGET_WORDS = 8;

    /**
     * Currency symbols and ISO 4217 codes of the currencies quotes are most often given in, and the lira's "TL" as Turkish
     * quotes write it ("186,40 TL").
     */
    private static final String CURRENCY = "(?:[€$£¥₹₽₺₩₪]|(?<![\\p{L}])(?:EUR|USD|CHF|GBP|JPY|CNY|HKD|SEK|NOK|DKK|PLN|CZK|HUF|CAD|AUD|INR|BRL|TRY|TL|ZAR"
            + "|Fr\\.|zł|Kč|kr)(?![\\p{L}]))";

    /** A price: a number with a currency before or after it ("38,12 €", "$189.20", "CHF 12.40"). */
    static final Pattern PRICE = Pattern.compile(CURRENCY + "\\s?\\d[\\d.,'\u00a0\u202f]*|\\d[\\d.,'\u00a0\u202f]*\\s?" + CURRENCY);

    /**
     * A signed percentage, a quote's change ("-11,3 %", "+0.8%", "▼ 2,1 %"), in Arabic script's percent sign too; or the
     * percentage with its sign before the number, as Turkish quotes set a change ("%3,27", "%-0,05"; {@link MarketData}
     * reads rows so too).
     */
    private static final Pattern SIGNED_PERCENT = Pattern.compile("[+\\-−–▲▼△▽]\\s?\\d{1,3}(?:[.,]\\d{1,3})?\\s?[%٪]"
            + "|(?<![\\p{L}\\d])%[+\\-−]?\\d{1,3}(?:[.,]\\d{1,3})?");

    /**
     * A stock quote box set into a business story: a security's name, its price with a currency,
     * its change as a signed percentage, and a link to its page ("Kessler & Roth 38,12 € -11,3 %
     * Zur Aktie"). That shape is a market-data widget in any language; a sentence giving a price
     * and a change ends as sentences end and runs longer than a few words. Read only for a short
     * linked block whose text holds a percent sign.
     */
    static boolean isQuoteWidget(String elementText) {
        String text = elementText.strip();
        if (text.isEmpty() || (text.indexOf('%') < 0 && text.indexOf('٪') < 0)
                || TextStats.endsSentence(text.charAt(text.length() - 1))) {
            return false;
        }
        return SIGNED_PERCENT.matcher(text).find() && PRICE.matcher(text).find() && words(text) <= MAX_QUOTE_WIDGET_WORDS + countNumbers(text);
    }

    /** The numbers in a text, which a quote box holds beside its words. */
    private static int countNumbers(String text) {
        int n = 0;
        boolean inNumber = false;
        for (int i = 0; i < text.length(); i++) {
            boolean digit = Character.isDigit(text.charAt(i));
            if (digit && !inNumber) {
                n++;
            }
            inNumber = digit || (inNumber && (text.charAt(i) == '.' || text.charAt(i) == ','));
        }
        return n;
    }}
