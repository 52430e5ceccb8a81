package dev.newsdrop.extract.meta.authors;

import dev.newsdrop.extract.meta.ComparisonKey;
import dev.newsdrop.extract.meta.JsonLdFacts;
import dev.newsdrop.extract.meta.MetaTags;
import dev.newsdrop.extract.meta.PageRegions;
import dev.newsdrop.extract.meta.PageScan;
import dev.newsdrop.extract.meta.SiteName;
import dev.newsdrop.extract.meta.TreeWalk;
import dev.newsdrop.extract.text.NewsAgencies;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article's authors, asking each source in trust order: the stated metadata (JSON-LD and
 * author meta tags, {@link StatedAuthors}), the page's links to the profiles those give
 * ({@link AuthorProfiles}), visible bylines (byline markup such as rel=author, itemprop=author and
 * byline classes, then a plain "By ..." or "Posted on ... by" line, then a link to an author's page,
 * {@link VisibleBylines}), an author box's "About Jane Doe" or the name under its "About the author"
 * ({@link AuthorBox}), the Twitter card's
 * "Written by", a profile's slug, an avatar's name, an avatar's alt text alone ({@link AvatarAlts}), the person whose name
 * spells the login a byline shows ({@link HandleOwners}), a platform's account handle
 * ({@link PlatformHandles}), a "Name · date" line under the headline ({@link HeaderMetaLine}), a bold name line at the head
 * or foot of the text ({@link BoldNameLine}), a data attribute of the article's element ({@link DataAuthorAttribute}),
 * and a blog's sentence crediting its guest writer ({@link GuestPostCredit}).
 * Bylines in sidebars and the page's footer are widgets' and theme credits, not the article's
 * ({@link PageRegions}). The publication's own name is not an author when a person is named
 * ({@link PublisherNames}); when none is, the organisation that signs (the site itself, an agency, a
 * named newsroom such as "Slate Staff") is the author, and generic credits are not; nor is the
 * publication spelled as the host ("CoastalNews" on coastalnews.com) beside a person. A lead read only in
 * the page's language ("Na" on a Swahili page, {@link BylineLeads#languageLead}) is cut from the names.
 */
public final class AuthorFinder {

    private AuthorFinder() {
    }

    /**
     * The authors of a page, and the news agency named beside them.
     *
     * @param names  the authors: persons, or the organisation that signs when no person is named
     * @param agency the news agency a byline names beside a person ("Jane Doe, Reuters", "Jane Doe with
     *               AP", a JSON-LD list of a Person and "dpa"), or the agency in the labelled source field of the
     *               headline's meta line ("Autor: A · Izvor: Tanjug"): the copy's source, not an author; null when none
     */
    public record Found(List<String> names, String agency) {
    }

    /**
     * The authors of the page at {@code pageUrl} (null when unknown), in the trust order above, and
     * the agency named beside them.
     */
    public static Found find(MetaTags meta, JsonLdFacts ld, PageScan scan, String siteName, String pageUrl) {
        List<String> agencies = new ArrayList<>();
        List<String> names = names(meta, ld, scan, siteName, pageUrl, agencies);
        List<String> guest = GuestPostCredit.guestAtTheOpening(scan);
        if (!guest.isEmpty() && !AuthorNames.keys(names).containsAll(AuthorNames.keys(guest))) {
            names = guest; // "This is a guest post by Lydia Marsh, ..." opens the text: the guest wrote it, the owner's account posted it
        }
        if (namesOnlyThePublication(names, siteName, ld.publisherName) && WithheldSignature.closesALetter(scan)) {
            names = List.of(); // "Lettera firmata": the paper withholds the reader's name; its own, stated by the CMS, wrote nothing
        }
        Element html = scan.html();
        String headlineLanguage = scan.headlineLanguage(); // the article's, where it states its own below a template's
        String pageLanguage = headlineLanguage != null ? headlineLanguage : html == null ? null : html.attr("lang");
        String[] declared = {pageLanguage, meta.first("content-language", "language", "dc.language"),
                meta.first("og:locale"), ld.language};
        names = inLanguage(names, declared);
        if (!names.isEmpty() && pageLanguage != null) {
            names = names.stream().flatMap(n -> HanNameFields.blankSeparatedChineseNames(n, pageLanguage).stream()).distinct().toList(); // "作者：李明 王芳"
            names = HanNameFields.joinedJapaneseName(names, pageLanguage, scan.document().body()); // "記者　田中 健一": one name
        }
        if (names.size() > 1 && pageUrl != null) {
            List<String> persons = names.stream().filter(n -> !SiteName.spellsHost(n, pageUrl)).toList();
            if (!persons.isEmpty()) {
                names = persons; // "Tom Harris, CoastalNews" on coastalnews.com: the publication beside the writer
            }
        }
        if (names.size() > 1 && siteName != null && !siteName.isBlank()) {
            List<String> persons = names.stream().filter(n -> !namesSiteUnit(n, siteName)).toList();
            if (!persons.isEmpty() && persons.size() < names.size()) {
                names = persons; // "Carla Jensen, Metro Daily Brand Studio" on Metro Daily: the site's studio she works in
            }
        }
        if (!names.isEmpty()) {
            names = names.stream().map(n -> publicationCutAtCategory(n, siteName, ld.publisherName)).distinct().toList(); // "Ilhas em Foco"
        }
        if (!names.isEmpty() && names.stream().allMatch(n -> namesSitesDesk(n, siteName, ld.publisherName, pageUrl))) {
            names = List.of(); // "Redacción Cuenca" on Diario del Austro Hoy: the site's desk in a city names no one
        }
        String agency = null;
        if (!names.isEmpty()) {
            for (String a : agencies) {
                if (!AuthorNames.keys(names).contains(ComparisonKey.of(a))) {
                    agency = a;
                    break;
                }
            }
            if (agency == null) {
                // "Autor: Milan Jovanović · Izvor: Tanjug" under the headline: the writer, and the wire whose copy the text is from
                String field = HeaderMetaLine.agencyInSourceField(scan);
                agency = field != null && !AuthorNames.keys(names).contains(ComparisonKey.of(field)) ? field : null;
            }
            if (agency == null && names.stream().anyMatch(n -> HAN_NAME.matcher(n.replace(" ", "")).matches())) {
                // "(광주=연합뉴스) 정다은 기자 =", "新华社宁波12月4日电（记者张晓）" opening the text: the reporters, and the wire whose copy it is
                String wire = BoldNameLine.openingDatelineWire(scan);
                agency = wire != null && !AuthorNames.keys(names).contains(ComparisonKey.of(wire)) ? wire : null;
            }
        }
        return new Found(names, agency);
    }

    /**
     * The names read with the byline lead and the "and" of the language ({@link BylineLeads#languageLead},
     * {@link BylineLeads#languageAnd}) the first of the declarations that is not blank names.
     */
    private static List<String> inLanguage(List<String> names, String... declared) {
        String lead = BylineLeads.languageLead(declared);
        String and = BylineLeads.languageAnd(declared);
        if (and != null) {
            names = names.stream().flatMap(n -> BylineLeads.splitAtLanguageAnd(n, and).stream()).distinct().toList(); // "Matej Novak in Nina Kralj"
        }
        if (lead != null) {
            names = names.stream().map(n -> BylineLeads.withoutLanguageLead(n, lead))
                    .filter(n -> !AuthorNames.isGenericCredit(n)) // "Na Mwandishi Wetu" ("by our writer"): the lead cut, no one is named
                    .filter(n -> !BylineLeads.isLanguageLeadAlone(n, lead)) // "Na" before a login the byline dropped ("Na admin")
                    .distinct().toList(); // "Na Amina Juma" on a Swahili page
        }
        return names;
    }

    /**
     * The authors read again in the language the page's text turned out to be in, when it is not the one the page
     * declared: a WordPress theme declares "en-US" over Tagalog text, whose byline "Ni Juan dela Cruz" leads with the
     * Filipino "by". The lead and the "and" of that language are cut as a declared one's are ({@link #find}).
     */
    public static List<String> inTextLanguage(List<String> authors, String textLanguage, String declaredLanguage) {
        if (authors.isEmpty() || textLanguage == null || BylineLeads.declaredLanguage(textLanguage).equals(BylineLeads.declaredLanguage(declaredLanguage))) {
            return authors; // read in the declared language already (its primary subtag, as the leads are chosen by)
        }
        return inLanguage(authors, textLanguage);
    }

    /**
     * The wire that alone signs the copy, which is its credit as well as its author: "뉴시스 |" or "PAP · 05.12.2026" in the
     * meta line, "Von dpa" in the byline; null when the authors are anyone else, or a person beside a wire, or when the site
     * is the wire's own ({@link #isWiresOwnSite}): there the wire writes its copy, and credits no one else for it.
     */
    public static String wireSigningAlone(List<String> authors, String siteName) {
        return authors.size() == 1 && NewsAgencies.isAgency(authors.get(0)) && !isWiresOwnSite(siteName) ? authors.get(0) : null;
    }

    /** True when the site's name is a wire's, whole or by its first word ("Reuters", "AP News", "dpa-AFX", "ANSA.it"). */
    static boolean isWiresOwnSite(String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return false;
        }
        String name = siteName.strip();
        int end = 0;
        while (end < name.length() && (Character.isLetterOrDigit(name.charAt(end)) || name.charAt(end) == '&')) {
            end++;
        }
        return NewsAgencies.isAgency(name) || end > 0 && end < name.length() && NewsAgencies.isAgency(name.substring(0, end));
    }

    /**
     * The authors without the text's credited source when someone else is named beside it: "By Sarah Ladd, Kentucky
     * Lantern" over a note that the story was first published by Kentucky Lantern names the reporter and the paper her copy
     * came from; the paper is the credit, as an agency beside a reporter is. A source named alone stays the author.
     */
    public static List<String> withoutCredit(List<String> authors, String credit) {
        if (credit == null || authors.size() < 2) {
            return authors;
        }
        String key = ComparisonKey.of(credit);
        List<String> kept = authors.stream().filter(a -> !ComparisonKey.of(a).equals(key)).toList();
        return kept.isEmpty() ? authors : kept;
    }

    private static List<String> names(MetaTags meta, JsonLdFacts ld, PageScan scan, String siteName, String pageUrl,
                                      List<String> agencies) {
        StatedAuthors.Statements stated = StatedAuthors.read(meta, ld, siteName, ld.publisherName);
        List<Pattern> trailingPublishers = PublisherNames.trailingNamePatterns(siteName, ld.publisherName);
        List<String> names = PublisherNames.withoutTrailingPublication(stated.names(), trailingPublishers);
        if (!names.isEmpty() && names.stream().allMatch(HanNameFields::namesOffice)) {
            names = List.of(); // DC.Creator "教育處": the government office that keeps the page, neither writer nor signer
        }
        List<String> authors = StatedAuthors.withoutOwner(PublisherNames.withoutPublisher(names, siteName, ld.publisherName),
                meta.first(StatedAuthors.COPYRIGHT_META));
        authors = StatedAuthors.withoutContributors(authors, scan);
        authors = withoutNewsroomBesidePersons(authors, ld.organisationAuthors);
        authors = RepublicationSource.withoutFirstPublications(authors, ld.organisationAuthors, scan); // "first appeared in X": X printed it first
        if (!authors.isEmpty()) {
            if (namesOrganisationsOnly(authors, ld.organisationAuthors) || authors.stream().allMatch(AuthorFinder::namesNewsroom)
                    || PublicBodies.namesOnly(authors) || authors.stream().allMatch(AuthorFinder::namesPressOffice) || statedByPressTitle(authors, stated.raw())
                    || authors.stream().allMatch(NewsAgencies::isAgency) || authors.stream().allMatch(AuthorFinder::opensWithArticle)) {
                // a body stated (a JSON-LD Organization, a ministry), not a newsroom's name: its byline may repeat it over the writer's line
                boolean body = namesOrganisationsOnly(authors, ld.organisationAuthors) || PublicBodies.namesOnly(authors)
                        || authors.stream().allMatch(AuthorFinder::namesPressOffice);
                List<String> persons = personsShown(scan, trailingPublishers, claimantKeys(ld.claimants), body ? authors : List.of());
                if (authors.stream().allMatch(AuthorFinder::namesNewsroom) && persons.stream().allMatch(AuthorFinder::namesNewsroom)) {
                    List<String> wire = BoldNameLine.wireCopyAuthors(scan, agencies);
                    if (wire.isEmpty() && persons.isEmpty()) {
                        wire = agencyInByline(scan.visible(), scan, siteName, ld.publisherName);
                    }
                    if (!wire.isEmpty()) {
                        // "Redacción X" stated and shown, "Lima, 4 dic (EFE).-" opens the text; or "Redacción X" stated and the
                        // byline shows "Redacción / Europa Press": the desk posted the agency's copy
                        return wire;
                    }
                }
                if (!persons.isEmpty()) {
                    for (String a : authors) {
                        if (NewsAgencies.isAgency(a)) {
                            agencies.add(a); // meta author "dpa", byline "Lea Öztürk (dpa)": she wrote from the agency's copy, its source
                        }
                    }
                    return persons; // JSON-LD's Organization, a newsroom ("Redaktion X") or a public body signs for the site; the page names the writer
                }
                if (namesOrganisationsOnly(authors, ld.organisationAuthors) && namesCrowdsOnly(authors, ld.organisationAuthors)) {
                    return List.of(); // "X Wiki Community", "Contributors to X": everyone who edits the page, no one's byline
                }
            }
            List<String> bylined = bylineOverUnshown(authors, scan, trailingPublishers, claimantKeys(ld.claimants));
            if (!bylined.isEmpty()) {
                return bylined; // JSON-LD names someone the page never shows; the byline names who wrote it
            }
            agencies.addAll(stated.agencies());
            List<String> withCoAuthors = PublisherNames.withoutPublisher(StatedAuthors.withBylineCoAuthors(authors, scan, stated.agencies().isEmpty() ? agencies : null), siteName, ld.publisherName);
            if (withCoAuthors.size() <= authors.size() && authors.stream().allMatch(a -> HAN_NAME.matcher(a).matches())) {
                // "新华社北京12月5日电（记者刘洋、张敏）" opens the text, the portal's author field names 刘洋 alone
                List<String> dateline = BoldNameLine.openingDatelineNames(scan);
                if (dateline.size() > authors.size() && AuthorNames.keys(dateline).containsAll(AuthorNames.keys(authors))) {
                    return dateline;
                }
            }
            return withCoAuthors.isEmpty() ? authors : withCoAuthors;
        }
        authors = PublisherNames.withoutPublisher(AuthorProfiles.namesOfProfiles(stated.profiles(), scan, pageUrl), siteName, ld.publisherName);
        if (!authors.isEmpty()) {
            return authors;
        }
        authors = ForumThreads.starter(scan);
        if (!authors.isEmpty()) {
            return authors; // a forum thread: the first post's poster, not a replier's byline
        }
        PageScan.Visible visible = scan.visible();
        authors = ForumThreads.firstPostPoster(visible.bylines());
        if (!authors.isEmpty()) {
            return authors; // "<div class=auteur><b>Jérôme_71</b>...": the thread's first post's poster, a handle no byline rule reads
        }
        authors = PlatformHandles.threadStarterHandle(ld, scan);
        if (!authors.isEmpty()) {
            return authors; // the DiscussionForumPosting's author: the thread's starter, not a replier's poster box
        }
        Set<String> claimants = claimantKeys(ld.claimants);
        List<String> shown = VisibleBylines.firstNamed(visible.bylines(), false, trailingPublishers, claimants, agencies);
        authors = PublisherNames.withoutPublisher(shown, siteName, ld.publisherName);
        if (!authors.isEmpty() && authors.stream().allMatch(AuthorFinder::namesPressOffice)) {
            List<String> writers = personsShown(scan, trailingPublishers, claimants, authors);
            if (!writers.isEmpty() && writers.stream().noneMatch(AuthorFinder::namesPressOffice)) {
                return writers; // "oleh Humas UNR" in the theme's byline, "Penulis: Dinda Puspitasari" in the text: she wrote it
            }
        }
        List<String> written = List.of();
        if (authors.isEmpty()) {
            written = VisibleBylines.firstNamed(visible.writtenBylines(), true, trailingPublishers, claimants, agencies);
            authors = PublisherNames.withoutPublisher(written, siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            List<Element> inPage = scan.authorPageLinks().stream().filter(a -> a.closest(PageRegions.SITE_CHROME) == null).toList();
            authors = PublisherNames.withoutPublisher(VisibleBylines.firstNamed(inPage, false, trailingPublishers, claimants, agencies),
                    siteName, ld.publisherName);
            authors = withJoinedLinks(authors, inPage);
        }
        if (authors.isEmpty()) {
            List<Element> members = scan.memberProfileLinks().stream().filter(a -> a.closest(PageRegions.SITE_CHROME) == null).toList();
            authors = PublisherNames.withoutPublisher(VisibleBylines.firstNamed(members, false, trailingPublishers, claimants, agencies),
                    siteName, ld.publisherName);
            authors = withCoMembers(authors, members);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(AuthorBox.authorBoxHeading(scan.subheadings(), scan), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(AuthorBox.labelledAuthorBox(scan.subheadings()), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(StatedAuthors.cardAuthors(meta), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(AuthorProfiles.namesOfProfileSlugs(stated.profiles(), pageUrl), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            List<Element> avatars = scan.headerAvatarNames().stream()
                    .filter(e -> e.closest(PageRegions.SITE_CHROME) == null && e.closest(PageRegions.FIGURE) == null
                            && AuthorNames.isPersonName(e.text()))
                    .toList();
            authors = PublisherNames.withoutPublisher(VisibleBylines.firstNamed(avatars, false, trailingPublishers, claimants, agencies),
                    siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(AvatarAlts.names(scan), siteName, ld.publisherName); // "<img class=avatar alt='Jane Doe'>" beside the date
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(HandleOwners.names(scan), siteName, ld.publisherName); // "mlefevre" in the byline, "Marie Lefèvre" in the citation
        }
        if (authors.isEmpty()) {
            authors = PlatformHandles.accountHandles(ld, scan); // a forum's or blog platform's poster, named by the account alone
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(HeaderMetaLine.metaLineUnderHeadline(scan), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(BoldNameLine.names(scan), siteName, ld.publisherName);
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(ArabicDatelineCredit.names(scan), siteName, ld.publisherName); // "الرياض - فهد العتيبي"
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(DataAuthorAttribute.names(scan), siteName, ld.publisherName); // "<article data-author=...>"
        }
        if (authors.isEmpty()) {
            authors = PublisherNames.withoutPublisher(ContributorBio.names(scan), siteName, ld.publisherName); // "<em>Rachel Okafor is chair of ...</em>" closing an op-ed
        }
        if (authors.isEmpty()) {
            authors = GuestPostCredit.names(scan); // "This is a guest post by Alan Hart, ...": the blog credits its guest in a sentence
        }
        if (authors.isEmpty()) {
            authors = StatedAuthors.signingOrganisation(names, stated.raw());
            if (authors.isEmpty()) {
                List<String> publications = List.of(siteName == null ? "" : siteName, ld.publisherName == null ? "" : ld.publisherName);
                authors = StatedAuthors.signingOrganisation(shown, publications);
                if (authors.isEmpty()) {
                    authors = StatedAuthors.signingOrganisation(written, publications); // "<dt>Afzender</dt><dd>Gemeente X</dd>" on Gemeente X's site
                }
                if (!authors.isEmpty() && authors.stream().noneMatch(NewsAgencies::isAgency)) {
                    // the paper's own name in the byline's place is the template's default for copy it did not write: the agency
                    // whose dateline opens the text wrote it ("नेपाल खबरपत्र" shown, "काठमाडौं, मंसिर १७ (रासस) – ..." the text);
                    // an agency's own site ("Associated Press" shown over "(AP) —") signs with the name it shows
                    List<String> wire = BoldNameLine.wireCopyAuthors(scan, agencies);
                    if (wire.isEmpty()) {
                        wire = agencyInByline(visible, scan, siteName, ld.publisherName); // "<span class=author>STT</span>" under the headline
                    }
                    authors = wire.isEmpty() ? authors : wire;
                }
            }
            if (authors.isEmpty()) {
                authors = StatedAuthors.organisationsStated(stated.raw(), ld.organisationAuthors, agencies, siteName, ld.publisherName);
                if (namesOnlyThePublication(authors, siteName, ld.publisherName)) {
                    // the site stated as the author of copy it carries (a JSON-LD Organization that is its own publisher) is the
                    // CMS's default: the agency its header names as the source ("<span class=source>APA</span>" by the date),
                    // or whose dateline opens the text, or whose sign-off with the desk's initials closes it, wrote it
                    String agency = HeaderMetaLine.agencyInSourceField(scan);
                    List<String> wire = agency != null ? List.of(agency) : BoldNameLine.wireCopyAuthors(scan, agencies);
                    if (wire.isEmpty()) {
                        wire = agencyInByline(visible, scan, siteName, ld.publisherName); // "<span class=author>STT</span>" under the headline
                    }
                    if (wire.isEmpty()) {
                        wire = BoldNameLine.wireDeskSignOff(scan); // "cro avec ats", "ats/jfe" under the text
                    }
                    authors = wire.isEmpty() ? authors : wire;
                }
            }
            if (authors.isEmpty()) {
                authors = VisibleBylines.agencySigning(visible, scan.firstH1(), siteName, ld.publisherName);
            }
            if (authors.isEmpty()) {
                authors = BoldNameLine.wireCopyAuthors(scan, agencies); // "Hamburg (dpa) - ..." opens the text, no one else named
            }
            if (authors.isEmpty()) {
                authors = BoldNameLine.slashedAgencyClosingText(scan); // "... gennem cykelpuljen. /ritzau/"
            }
            if (authors.isEmpty()) {
                authors = BoldNameLine.bracketedAgencyClosingText(scan); // "... putnika sa kruzera. (MINA)"
            }
            if (authors.isEmpty()) {
                authors = BoldNameLine.agencyAloneLine(scan); // "-- BERNAMA" on its own line under the text
            }
            if (authors.isEmpty()) {
                authors = BoldNameLine.wireDeskSignOff(scan); // "ats/jfe" under the text: the Swiss wire's copy
            }
            if (authors.isEmpty()) {
                String agency = HeaderMetaLine.agencyInSourceField(scan); // "<span class=article__source>Укрінформ</span>" beside the date
                authors = agency == null ? List.of() : List.of(agency);
            }
            if (authors.isEmpty()) {
                authors = RecordBoxWriter.names(scan); // "Wytworzył: Katarzyna Wilk" in a BIP notice's record box: who produced it
            }
            if (authors.isEmpty()) {
                authors = PressReleaseIssuer.names(scan); // "…｜株式会社Xのプレスリリース": the company issues the release
            }
            if (authors.isEmpty()) {
                authors = InstitutionIssuer.names(meta, ld, scan, siteName, pageUrl); // "Tisková zpráva" on the central bank's site: the bank issues it
            }
            if (authors.isEmpty()) {
                authors = SourceOrganisation.names(ld, siteName, pageUrl); // a wire's page states the issuer as sourceOrganization
            }
        }
        return authors;
    }

    /**
     * The news agency the page's byline names alone ({@link VisibleBylines#agencySigning}: "<span class=author>STT</span>",
     * "Av NTB"), asked only when the CMS states the site itself as the author of copy it carries: a template's default
     * for the copy it runs from a wire, where the byline the reader sees says whose the copy is. Agencies only, never the
     * publication's own name the byline may repeat. Empty when the byline names none.
     */
    private static List<String> agencyInByline(PageScan.Visible visible, PageScan scan, String siteName, String publisherName) {
        List<String> signing = VisibleBylines.agencySigning(visible, scan.firstH1(), siteName, publisherName);
        return signing.stream().allMatch(NewsAgencies::isAgency) ? signing : List.of();
    }

    /**
     * True when every name is the site's or its publisher's own name ("Alpenland Online" on Alpenland Online), as
     * {@link PublisherNames#withoutPublisher} tells it, and none is a news agency's.
     */
    private static boolean namesOnlyThePublication(List<String> names, String siteName, String publisherName) {
        return !names.isEmpty() && names.stream().noneMatch(NewsAgencies::isAgency)
                && PublisherNames.withoutPublisher(names, siteName, publisherName).isEmpty();
    }

    /**
     * The keys of a fact-check's claimants (schema.org ClaimReview's {@code itemReviewed} author), as
     * stated and as the name cleaner reads them ("The Ministry and the Army" gives "The Ministry"): the
     * page shows the claimant in a box marked as the claim's author, and checking the claim is the
     * fact-checker's work, not theirs.
     */
    private static Set<String> claimantKeys(List<String> claimants) {
        if (claimants.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = AuthorNames.keys(claimants);
        keys.addAll(AuthorNames.keys(AuthorNames.clean(claimants)));
        return keys;
    }

    /**
     * The names with those of the other member links in the first one's line (its parent): co-authors
     * linked to their accounts side by side ("<a>Jane Doe</a> and <a>John Roe</a>").
     */
    private static List<String> withCoMembers(List<String> names, List<Element> members) {
        if (names.isEmpty() || members.size() < 2) {
            return names;
        }
        Element line = members.get(0).parent();
        List<String> raw = new ArrayList<>(names);
        for (Element m : members.subList(1, members.size())) {
            if (line != null && m.parent() == line) {
                raw.add(m.text());
            }
        }
        return raw.size() == names.size() ? names : AuthorNames.clean(raw);
    }

    /**
     * The names with the author-page links joined to the first name's link in its line by a comma or
     * an "and" alone ("<a>Jordi Puig</a> i <a>Marta Vila</a>"): co-authors, each linked to their page.
     * Bounded by the line's children.
     */
    private static List<String> withJoinedLinks(List<String> names, List<Element> links) {
        if (names.size() != 1 || links.size() < 2) {
            return names;
        }
        Element first = null;
        for (Element a : links) {
            if (ComparisonKey.of(BylineText.spacedText(a)).equals(ComparisonKey.of(names.get(0)))) {
                first = a;
                break;
            }
        }
        if (first == null || first.parent() == null) {
            return names;
        }
        Set<Element> linked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        linked.addAll(links);
        List<String> raw = new ArrayList<>();
        List<org.jsoup.nodes.Node> children = first.parent().childNodes();
        for (int i = first.siblingIndex(); i < children.size() && i < first.siblingIndex() + MAX_JOINED_LINK_NODES; i++) {
            org.jsoup.nodes.Node n = children.get(i);
            if (n instanceof Element el && linked.contains(el)) {
                raw.add(BylineText.spacedText(el));
            } else if (!(n instanceof org.jsoup.nodes.TextNode between) || !VisibleBylines.NAME_JOINER.matcher(between.getWholeText()).matches()) {
                break;
            }
        }
        if (raw.size() < 2) {
            return names;
        }
        List<String> joined = AuthorNames.clean(raw);
        return joined.size() > 1 && joined.stream().allMatch(AuthorNames::isPersonName) ? joined : names;
    }

    /**
     * A Chinese, Japanese or Korean personal name as a stated author gives it, two to four characters: only such a
     * stated author is compared with the reporters a dateline names ({@link BoldNameLine#openingDatelineNames}).
     */
    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHangul}]{2,4}");

    /** Nodes read after the first link for co-authors' links: a byline names a few people, not a list. */
    private static final int MAX_JOINED_LINK_NODES = 12;

    /**
     * A newsroom's word before the publication's name, as German, Romance and Slavic sites sign
     * ("Redaktion Kommunalpraxis", "Rédaction Ouest Matin", "Redazione Centrale"); "Kommunalpraxis
     * Redaktion" and "Slate Staff" put it last ({@link AuthorNames#isCollective}).
     */
    private static final Pattern NEWSROOM_FIRST = Pattern.compile(
            "(?iu)^(?:redaktion|rédaction|redacción|redazione|redactie|redakcja|redação|redakce|redakcia|szerkesztőség|newsroom)\\s+\\S.*");

    /**
     * The kind of publication an East Asian newspaper or broadcaster names itself by, written last: a daily
     * (Korean "일보", Chinese and Japanese "日報", "日报"), a newspaper ("신문", "新聞", "新闻"), news ("뉴스"),
     * a broadcaster ("방송"), a times ("時報", "时报", Korean "타임스"), an evening paper ("晚報", "晚报"), an
     * economic daily (Korean "경제": "한국경제", "서울경제"), a wire service ("통신", "通信", "通讯"), Korean
     * "투데이" (today), "데일리" (daily) and "저널" (journal). Hardly a person's name ends so, and one that
     * does still signs: the page's shown writers are asked for first.
     */
    private static final Pattern PRESS_TITLE = Pattern.compile(
            "(?:일보|신문|뉴스|방송|경제|타임스|투데이|데일리|저널|통신|日報|日报|新聞|新闻|時報|时报|晚報|晚报|通信|通讯)$");

    /** The separators a stated author sets between a paper's name and a portal's ("한빛일보 | 네이버"). */
    private static final Pattern STATED_SEGMENTS = Pattern.compile("\\s*[|\uFF5C/:]\\s*");

    /**
     * True when every name comes from a stated author that holds a paper's or a broadcaster's name
     * ({@link #PRESS_TITLE}): Korean portals state the newsroom that supplied the story, often with the
     * portal's own name ("한빛일보 | 네이버"), as the article's author, and show the reporter on the page
     * ("정다은 기자").
     */
    private static boolean statedByPressTitle(List<String> names, List<String> raw) {
        List<String> press = new ArrayList<>();
        for (String r : raw) {
            if (r != null) {
                for (String segment : STATED_SEGMENTS.split(r.strip())) {
                    if (PRESS_TITLE.matcher(segment.strip()).find()) {
                        press.add(r);
                        break;
                    }
                }
            }
        }
        return !press.isEmpty() && names.stream().allMatch(n -> press.stream().anyMatch(r -> r.contains(n)));
    }

    /**
     * The names without the newsrooms' credits that JSON-LD types as an Organization
     * ({@link #namesNewsroom}: "Redacción X"), when a person is named beside them: Arc-like CMSs state
     * the desk that handled the story in the author list with the reporter; the desk signs only when
     * no one else does. A desk stated as a Person ("MM-Redaktion", "Gear Team") is a byline's own name.
     */
    private static List<String> withoutNewsroomBesidePersons(List<String> names, List<String> organisations) {
        if (names.size() < 2 || organisations.isEmpty()) {
            return names;
        }
        Set<String> typed = AuthorNames.keys(organisations);
        List<String> persons = names.stream().filter(n -> !(typed.contains(ComparisonKey.of(n)) && namesNewsroom(n))).toList();
        boolean personLeft = persons.stream().anyMatch(n -> !typed.contains(ComparisonKey.of(n)));
        return personLeft ? persons : names;
    }

    /**
     * What follows a name cut at a category's preposition ({@link AuthorNames#TRAILING_ROLE}'s "Posted by Jane Doe in Gardening",
     * "por X em Vacinas"): the preposition, in the languages that strip reads, and a capitalised word.
     */
    private static final Pattern CATEGORY_CUT = Pattern.compile("\\s+(?:in|dans|em|nella|nel|im|w|в)\\s+\\p{Lu}.*");

    /**
     * The site's or the publisher's name when the name is its opening words, cut where a category's preposition would stand
     * ("Ilhas" of "Ilhas em Foco", "Saúde" of "Saúde em Pauta"): a site named with "em", "in" or "dans" signs its own posts,
     * and the strip of the category after a byline ("Posted by X in Gardening") cut its name. The name itself otherwise.
     */
    static String publicationCutAtCategory(String name, String siteName, String publisherName) {
        for (String publication : new String[] {siteName, publisherName}) {
            if (publication != null && publication.length() > name.length() + 3 && publication.regionMatches(true, 0, name, 0, name.length())
                    && CATEGORY_CUT.matcher(publication).region(name.length(), publication.length()).matches()) {
                return publication.strip();
            }
        }
        return name;
    }

    /** Letters a word of a desk's name holds at least to be compared with the site's name ({@link #namesSitesDesk}). */
    private static final int MIN_DESK_WORD_CHARS = 3;

    /**
     * True when the name is a newsroom's word and a place or a beat that is not the publication's ({@link #NEWSROOM_FIRST}:
     * "Redacción Cuenca", "Redação Esportes" on a site named otherwise): one of the site's desks, a generic credit that names
     * no one, as "Redacción" alone does. A newsroom named by its publication ("Redaktion hessenschau.de", "Rédaction Ouest
     * Matin" on Ouest Matin), or by an agency ("Redacción EFE"), signs; so does any when the page names no site to tell.
     */
    static boolean namesSitesDesk(String name, String siteName, String publisherName, String pageUrl) {
        if (!NEWSROOM_FIRST.matcher(name).matches()) {
            return false;
        }
        String rest = name.strip().split("\\s+", 2)[1];
        if (NewsAgencies.isAgency(rest) || pageUrl != null && SiteName.spellsHost(rest, pageUrl)) {
            return false;
        }
        String publication = ((siteName == null ? "" : siteName) + " " + (publisherName == null ? "" : publisherName)).strip();
        if (publication.isEmpty()) {
            return false;
        }
        String publicationKey = ComparisonKey.of(publication);
        for (String word : rest.split("[\\s.\\-]+")) {
            String key = ComparisonKey.of(word);
            if (key.length() >= MIN_DESK_WORD_CHARS && publicationKey.contains(key)) {
                return false; // "Redaktion Kommunalpraxis" on Kommunalpraxis: the publication's newsroom
            }
        }
        return true;
    }

    /**
     * An Indonesian institution's press office as the account that posts its news: "Humas" (hubungan masyarakat, public
     * relations) alone or before the institution's name, perhaps after its unit's word ("Humas UNR", "Tim Humas Polinus",
     * "Biro Humas Kemenkes"). The office posts what its staff wrote, as a ministry's account does, and the writer the page
     * names ("Penulis: Rizky Amelia | Editor: Tim Humas") wrote it.
     */
    private static final Pattern PRESS_OFFICE_ACCOUNT = Pattern.compile("(?iu)^(?:tim |biro |bagian |subbag )?humas(?:\\s+\\S.*)?");

    /** True when the name is an institution's press office account ({@link #PRESS_OFFICE_ACCOUNT}). */
    private static boolean namesPressOffice(String name) {
        return PRESS_OFFICE_ACCOUNT.matcher(name).matches();
    }

    /** True when the name is a newsroom's credit, its word first or last ("Redaktion X", "X Staff"). */
    private static boolean namesNewsroom(String name) {
        return AuthorNames.isCollective(name) || NEWSROOM_FIRST.matcher(name).matches();
    }

    /**
     * The name of a crowd of contributors that a wiki or a community site gives as its pages' author
     * Organization: "Sternenchronik Wiki Community" (German wikis join it with a hyphen: "Sternenchronik
     * Wiki-Community"), "Contributors to Wikimedia projects", "OpenStreetMap contributors", and the
     * translations MediaWiki sites write of the first ("Autoren der Wikimedia-Projekte", "Contributeurs aux
     * projets Wikimedia", "Colaboradores de los proyectos Wikimedia"). Everyone who edits the page signs
     * so, and no one writes a byline.
     */
    private static final Pattern CROWD = Pattern.compile("(?iu)^(?:contributors|contributeurs|contributrices|colaboradores|collaboratori"
            + "|autoren|autorinnen\\s+und\\s+autoren|mitwirkende)\\s+(?:to|of|aux|à|des|de|dei|degli|der|von)\\s+\\S.*"
            + "|^\\S.*[\\s-](?:community|contributors)$");

    /**
     * True when every name is one of the page's Organization authors and each of those is a crowd of
     * contributors ({@link #CROWD}); a name may be one with its lead word read off ("Autoren der X" as
     * "der X", the byline label "Autoren" stripped).
     */
    private static boolean namesCrowdsOnly(List<String> names, List<String> organisations) {
        Set<String> crowds = new HashSet<>();
        for (String o : organisations) {
            if (CROWD.matcher(o.strip()).matches()) {
                crowds.add(ComparisonKey.of(o));
                crowds.add(ComparisonKey.of(BylineLeads.withoutLeadIn(o.strip())));
            }
        }
        return !crowds.isEmpty() && names.stream().allMatch(n -> crowds.contains(ComparisonKey.of(n)));
    }

    /** True when every name is one JSON-LD types as an Organization, perhaps with its lead word read off ("Autoren der X"). */
    private static boolean namesOrganisationsOnly(List<String> names, List<String> organisations) {
        if (organisations.isEmpty()) {
            return false;
        }
        Set<String> typed = AuthorNames.keys(organisations);
        organisations.forEach(o -> typed.add(ComparisonKey.of(BylineLeads.withoutLeadIn(o.strip()))));
        return names.stream().allMatch(n -> typed.contains(ComparisonKey.of(n)));
    }

    /**
     * The persons the page itself shows as writers, when its metadata names only an organisation or a
     * newsroom ({@link #namesNewsroom}): a byline's names (past a byline naming only a publication, "by The
     * Conversation", the next byline's), or else (no byline, or one repeating a stated body, {@code bodies}) a written
     * byline's on a line of its own ("文：山田花子", "By Jane Doe"; past one naming only an agency or a stated body, a later
     * line's), each written as a person's ({@link #writtenAsPersonName}), or a
     * bold name line at the head or foot of the text, or the name under an author box's label ("Über die
     * Autorin"), or a contributor's biography ({@link ContributorBio}). Empty when the page shows none.
     */
    private static List<String> personsShown(PageScan scan, List<Pattern> trailingPublishers, Set<String> claimants,
                                             List<String> bodies) {
        List<String> shown = withoutAgencies(VisibleBylines.firstNamed(scan.visible().bylines(), false, trailingPublishers, claimants,
                new ArrayList<>()));
        boolean statedAgain = !shown.isEmpty() && shown.stream().allMatch(n -> partOfStated(n, bodies));
        if (!shown.isEmpty() && !statedAgain && shown.stream().allMatch(AuthorFinder::writtenAsPersonName)) {
            return shown; // a byline's names, Chinese, Japanese and Korean ones too ("정다은 기자"), which have no capitals
        }
        if (!shown.isEmpty() && shown.stream().allMatch(AuthorFinder::opensWithArticle)) {
            // "by The Conversation" over "Sarah Kim, Associate Professor, …": the site's account for the publication it took the
            // text from, then the writer's line; the byline that names someone else is read
            List<String> publications = shown;
            List<Element> others = scan.visible().bylines().stream()
                    .filter(e -> publications.stream().noneMatch(BylineText.spacedText(e)::contains)).toList();
            List<String> writers = withoutAgencies(VisibleBylines.firstNamed(others, false, trailingPublishers, claimants, new ArrayList<>()));
            if (!writers.isEmpty() && writers.stream().allMatch(AuthorFinder::writtenAsPersonName)) {
                return writers;
            }
        }
        if (shown.isEmpty() || statedAgain) {
            // no byline, or one naming the stated body again ("Oleh Biro Komunikasi dan Informasi Publik", capitalised words as a
            // name is): a line of the text may name the writer ("Penulis: Rizky Pratama"), a line of its own, not a sentence
            // crediting a source
            List<Element> lines = scan.visible().writtenBylines().stream()
                    .filter(e -> BylineText.spacedText(e).length() <= BylineText.MAX_BYLINE_CHARS).toList();
            List<String> named = VisibleBylines.firstNamed(lines, true, trailingPublishers, claimants, new ArrayList<>());
            shown = withoutStatedAgain(withoutAgencies(named), bodies);
            for (int i = 1; shown.isEmpty() && !named.isEmpty() && i < lines.size(); i++) {
                // "Por Reuters" over "(Redacción de Marta Nogueira; …)": the theme's line names the agency alone, a later one its
                // reporter; "Oleh Biro Komunikasi" over "Penulis: Rizky Pratama", the stated body again, then its writer
                shown = withoutStatedAgain(withoutAgencies(VisibleBylines.firstNamed(lines.subList(i, i + 1), true, trailingPublishers,
                        claimants, new ArrayList<>())), bodies);
            }
            if (!shown.isEmpty() && shown.stream().allMatch(AuthorFinder::writtenAsPersonName)) {
                return shown; // "文：山田花子" under the headline; JSON-LD names the magazine's editorial desk
            }
        }
        List<String> bold = withoutAgencies(BoldNameLine.names(scan));
        if (!bold.isEmpty()) {
            return bold;
        }
        List<String> boxed = withoutAgencies(AuthorBox.labelledAuthorBox(scan.subheadings())); // "Über die Autorin" over the guest's name
        return boxed.isEmpty() ? withoutAgencies(ContributorBio.names(scan)) : boxed;
    }

    /** The names, or none when each is a stated organisation's or a part of one ({@link #partOfStated}). */
    private static List<String> withoutStatedAgain(List<String> names, List<String> stated) {
        return !names.isEmpty() && names.stream().allMatch(n -> partOfStated(n, stated)) ? List.of() : names;
    }

    /**
     * True when a name the byline shows is a stated organisation's or a part of one: "Oleh Biro Komunikasi dan Informasi
     * Publik" repeats the JSON-LD author, its "dan" (and) read as between two names.
     */
    private static boolean partOfStated(String name, List<String> stated) {
        String key = ComparisonKey.of(name);
        return !key.isEmpty() && stated.stream().map(ComparisonKey::of).anyMatch(s -> s.contains(key));
    }

    /**
     * The names without a news agency's ({@link NewsAgencies}): the theme's byline and author box repeat the agency the CMS
     * states ("Por Estadão Conteúdo" over "<p>Por <strong>Júlia Marques</strong></p>"), and what is sought beside such a
     * statement is a person.
     */
    private static List<String> withoutAgencies(List<String> names) {
        if (names.isEmpty() || names.stream().noneMatch(NewsAgencies::isAgency)) {
            return names;
        }
        return names.stream().filter(n -> !NewsAgencies.isAgency(n)).toList();
    }

    /**
     * The persons the article's byline shows, when the stated authors are persons the page never shows
     * in its text outside its sidebars and footer: a CMS's JSON-LD names the account that
     * filed the story (a web producer whose name appears at most under a "Most read" teaser), while
     * the byline the reader sees names two reporters or more. Empty when a stated author is shown, or when
     * the byline names fewer than two persons or a stated one.
     */
    private static List<String> bylineOverUnshown(List<String> stated, PageScan scan, List<Pattern> trailingPublishers,
                                                  Set<String> claimants) {
        if (!stated.stream().allMatch(AuthorFinder::writtenAsPersonName) || anyShown(stated, scan)) {
            return List.of();
        }
        List<String> shown = VisibleBylines.firstNamed(scan.visible().bylines(), false, trailingPublishers, claimants, new ArrayList<>());
        if (shown.size() < 2 || !shown.stream().allMatch(AuthorFinder::writtenAsPersonName)) {
            return List.of();
        }
        Set<String> statedKeys = AuthorNames.keys(stated);
        return shown.stream().anyMatch(n -> statedKeys.contains(ComparisonKey.of(n))) ? List.of() : shown;
    }

    /** True when a text of the page's body outside its sidebars and footer holds one of the names, in any case. */
    private static boolean anyShown(List<String> names, PageScan scan) {
        Element body = scan.document().body();
        if (body == null) {
            return true;
        }
        List<String> written = names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (shownInAuthorMarkup(written, scan, body)) {
            return true; // most pages show the stated name in an author link: found there, the body is not walked
        }
        return shownInBody(written, body);
    }

    /** True when a text of the body outside its sidebars and footer holds one of the (stripped, non-empty) names, in any case. */
    static boolean shownInBody(List<String> written, Element body) {
        return ShownTexts.anyMatch(body, t -> {
            if (t.parent() instanceof Element p) {
                String text = t.getWholeText();
                for (String n : written) {
                    if (containsIgnoreCase(text, n) && p.closest(PageRegions.BESIDE_ARTICLE) == null) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** The elements whose text node the walk of {@link #anyShown} would skip with all they hold. */
    private static boolean skippedByWalk(String tag) {
        return ShownTexts.unshown(tag);
    }

    /**
     * True when a text node of the page's author markup or author links ({@link PageScan#authorMarkup},
     * {@link PageScan#authorPageLinks}) holds one of the names, in any case, outside the sidebars: a text
     * {@link #anyShown}'s walk of the body would find too (the node in the body, under no element the walk
     * skips). A cheap witness asked first; false says nothing, and the body is walked.
     */
    static boolean shownInAuthorMarkup(List<String> written, PageScan scan, Element body) {
        // the author markup first: the page scan gathered it; the author links are found on first use
        return holdsName(scan.authorMarkup(), written, body) || holdsName(scan.authorPageLinks(), written, body);
    }

    /** True when a text node of the elements (or under them) holds one of the names as {@link #shownInAuthorMarkup} asks. */
    private static boolean holdsName(List<Element> elements, List<String> written, Element body) {
        for (Element e : elements) {
            for (Node n = e; n != null; n = TreeWalk.next(n, e)) { // the text nodes under the element, stepped to without lists of them
                if (n instanceof TextNode t && holdsName(t, written) && walkedUnder(t.parent(), body)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text node holds one of the names in any case and its element is outside the sidebars and footer. */
    private static boolean holdsName(TextNode t, List<String> written) {
        String text = t.getWholeText();
        for (String n : written) {
            if (containsIgnoreCase(text, n)) {
                return t.parent() instanceof Element p && p.closest(PageRegions.BESIDE_ARTICLE) == null;
            }
        }
        return false;
    }

    /** True when {@code e} is {@code body} or under it, with no element the walk skips on the way. */
    private static boolean walkedUnder(Node e, Element body) {
        for (Node n = e; n != null; n = n.parent()) {
            if (n == body) {
                return true;
            }
            if (n instanceof Element el && skippedByWalk(el.normalName())) {
                return false;
            }
        }
        return false;
    }

    /** The most words after the site's name in the name of one of its units ("Brand Studio", "Data Team", "Staff"). */
    private static final int MAX_UNIT_WORDS = 3;

    /**
     * The initials an agency's sites open their names with ("AFP" of "AFP Factuel", "EFE" of "EFE Verifica"): two to six
     * capitals, the agency's name, which its desks ("AFP France", "EFE Madrid") carry too.
     */
    private static final Pattern AGENCY_INITIALS = Pattern.compile("\\p{Lu}{2,6}");

    /**
     * True when the name is the site's own name followed by a few words: one of its units ("Metro Daily
     * Brand Studio", "Harbour Gazette Staff"), which a byline names after a writer for where the writer works; or, on a
     * site whose name opens with an agency's initials, those initials followed by a few words: the agency's desk
     * ("Camille Roux / APX France" on "APX Factuel", the agency's fact-checking site), where the writer works too.
     */
    private static boolean namesSiteUnit(String name, String siteName) {
        String n = name.strip();
        String site = siteName.strip();
        String initials = site.split("\\s+", 2)[0];
        if (site.length() > initials.length() && AGENCY_INITIALS.matcher(initials).matches() && !n.equals(initials)
                && startsWithWord(n, initials)) {
            return n.split("\\s+").length - 1 <= MAX_UNIT_WORDS;
        }
        if (!startsWithWord(n, site)) {
            return false;
        }
        String rest = n.substring(site.length()).strip();
        return !rest.isEmpty() && rest.split("\\s+").length <= MAX_UNIT_WORDS;
    }

    /** True when the name opens with the words, in any case, and goes on past a blank after them. */
    private static boolean startsWithWord(String name, String words) {
        return name.length() > words.length() + 1 && name.regionMatches(true, 0, words, 0, words.length())
                && Character.isWhitespace(name.charAt(words.length()));
    }

    /** True when the text holds the name in any case ("André Oliver KLEIN" in a byline written "André Oliver Klein"). */
    static boolean containsIgnoreCase(String text, String name) {
        int last = text.length() - name.length();
        if (name.isEmpty() || Character.isSurrogate(name.charAt(0))) {
            for (int i = 0; i <= last; i++) {
                if (text.regionMatches(true, i, name, 0, name.length())) {
                    return true;
                }
            }
            return false;
        }
        // regionMatches compares a character of the text with the name's first as itself, by upper case, or by the
        // lower case of the upper case: an ASCII character of the text that passes none of the three is not asked
        char first = name.charAt(0);
        int upper = Character.toUpperCase((int) first);
        int lowerOfUpper = Character.toLowerCase(upper);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                int cu = c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
                int cl = cu >= 'A' && cu <= 'Z' ? cu + ('a' - 'A') : cu;
                if (c != first && cu != upper && cl != lowerOfUpper) {
                    continue;
                }
            }
            if (text.regionMatches(true, i, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@link #containsIgnoreCase} as written first, asking every place (for tests). */
    static boolean containsIgnoreCaseEverywhere(String text, String name) {
        int last = text.length() - name.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** Korean names: two to four Hangul syllables. */
    private static final Pattern KOREAN_PERSON_NAME = Pattern.compile("^\\p{IsHangul}{2,4}$");

    /**
     * A name opening with the English definite article, "The Conversation", "The Texas Tribune": a publication's or an
     * organisation's, since no one's given name is "The", though its capitalised words read as a person's would.
     */
    private static final Pattern OPENS_WITH_ARTICLE = Pattern.compile("^The\\s+\\p{Lu}");

    /** True for a name opening with the English definite article ({@link #OPENS_WITH_ARTICLE}). */
    private static boolean opensWithArticle(String name) {
        return name.startsWith("The") && OPENS_WITH_ARTICLE.matcher(name).find();
    }

    /**
     * True when the name is written as a person's: capitalised words not opening with "The", caseless words, a Chinese or Japanese
     * name of at most six characters ({@link AuthorBox#CJK_NAME_ALONE}: such names have no capitals for
     * {@link AuthorNames#isPersonName} to read), or a Korean one.
     */
    private static boolean writtenAsPersonName(String name) {
        String t = name.strip();
        return !opensWithArticle(t) && AuthorNames.isPersonName(t) || AuthorNames.isCaselessName(t)
                || (t.length() <= 6 && AuthorBox.CJK_NAME_ALONE.matcher(t).matches()) || KOREAN_PERSON_NAME.matcher(t).matches();
    }
}
