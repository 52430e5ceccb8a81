package dev.newsdrop.extract.meta;

import dev.newsdrop.model.LeadImage;

import java.util.List;

/**
 * What a page says about itself in its head, its JSON-LD and its byline: everything of the record
 * except the body. {@code declaredLanguage} is raw; the final language also looks at the body text.
 *
 * @param articleSignals true when the page calls itself an article (og:type, JSON-LD type, dates)
 * @param listingSignals true when the page calls itself a collection (JSON-LD CollectionPage...)
 * @param hasPasswordField true when the page asks for a password (a login wall's sign)
 * @param articleBody    the JSON-LD articleBody, a fallback when the markup yields too little text
 * @param bylineAgency   the news agency the byline names beside a person ("Jane Doe, Reuters"): the
 *                       copy's source, for the record's {@code credit} when the body credits none; or null
 * @param partnerCredit  the outlet a portal's label names as the source of the copy it carries ("Provided by X", "提供：X"),
 *                       {@link PartnerCredit}: the record's {@code credit} when nothing else credits one; or null
 * @param paidPartAbsent the JSON-LD names the article's paid part (hasPart, isAccessibleForFree false, cssSelector)
 *                       and no element it selects holds text: a teaser's page
 */
public record PageMetadata(
        String title,
        String h1,
        String siteName,
        List<String> authors,
        String publishedAt,
        String modifiedAt,
        String declaredLanguage,
        String dirAttribute,
        String description,
        String canonicalUrl,
        LeadImage leadImage,
        String section,
        List<String> tags,
        boolean articleSignals,
        boolean listingSignals,
        boolean hasPasswordField,
        String articleBody,
        String bylineAgency,
        String partnerCredit,
        boolean paidPartAbsent) {
}
