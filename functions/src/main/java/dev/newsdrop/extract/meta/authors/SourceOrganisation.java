package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.SiteName;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisation the JSON-LD names as the article's {@code sourceOrganization}, schema.org's "organization on whose
 * behalf the creator was working", when nothing else names an author: a distribution service states so the company
 * whose press release it carries, and the company signs the release, as an agency signs its wire copy. The site's own
 * name (its name, its publisher's, its host's spelled out: {@link SiteName#spellsHost}) is never the issuer: a paper
 * stating itself there signs nothing more than its name does.
 */
final class SourceOrganisation {

    private SourceOrganisation() {
    }

    /** The issuers the JSON-LD names, as the name cleaning reads organisations; empty when none is another's than the site's. */
    static List<String> names(JsonLdFacts ld, String siteName, String pageUrl) {
        if (ld.sourceOrganisations.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        for (String raw : ld.sourceOrganisations) {
            String name = AuthorNames.organisation(raw);
            if (name == null || out.contains(name) || SiteName.spellsHost(LegalForms.withoutLegalForm(name), pageUrl)) {
                continue;
            }
            out.add(name);
        }
        return PublisherNames.withoutPublisher(out, siteName, ld.publisherName, siteName == null ? null : LegalForms.withoutLegalForm(siteName));
    }
}
