package dev.newsdrop.extract.meta.authors;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of public bodies as their own sites put them in a page's author metadata: a town council,
 * a municipality, a city ("Ayuntamiento de Valdeolmos", "Gemeinde Musterdorf", "City of Springfield",
 * "Mairie de Lunel"), a ministry or a police force ("Ministerstwo Klimatu i Środowiska", "Komenda Miejska
 * Policji"). The CMS fills the author field with the body's name on every page, while the page's byline names the person who wrote the news ("Escrito por Laura Martín"): the metadata then
 * names the publisher, not the writer.
 */
final class PublicBodies {

    /** A public body's name: the word for a council, municipality or city, then its place. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(?iu)^(?:ayuntamiento|concello|ajuntament|udala|municipalidad|alcaldía|gobierno|diputación|"
                    + "câmara municipal|prefeitura|município|mairie|commune|comune|città|municipio|provincia|regione|"
                    + "gemeinde|marktgemeinde|stadt|landkreis|stadtverwaltung|gemeindeverwaltung|samtgemeinde|"
                    + "gemeente|kommune|kommun|gmina|urząd|miasto|obec|město|city|town|village|county|borough|municipality|"
                    + "district council|city council|county council|town council|council|"
                    // a ministry, a police force or one of its commands ("Ministerstwo Klimatu i Środowiska", "Kementerian
                    // Kesehatan", "Komenda Miejska Policji w Krakowie", "Polizei Sachsen")
                    + "ministry|ministère|ministerio|ministero|ministério|ministerium|bundesministerium|ministerstwo|ministerstvo|"
                    + "kementerian|komenda|policja|policie|polícia|polizei|politie)"
                    + "(?:\\s+(?:de|del|de la|de les|d'|da|do|das|dos|di|du|of|the)\\s*|\\s+)\\p{L}.{0,50}$");

    private PublicBodies() {
    }

    /** True when every name is a public body's ({@link #PUBLIC_BODY}). */
    static boolean namesOnly(List<String> names) {
        return !names.isEmpty() && names.stream().allMatch(n -> PUBLIC_BODY.matcher(n.strip()).matches());
    }
}
