package org.claimtrace.resolve;

import java.util.Set;

/**
 * Common nouns that name an organization by its kind. A definite description with such a head ("the company",
 * "the party") refers to an organization the document names: one whose name holds the noun ("the Labour
 * Party", "Bank of America"), or else, for businesses, the organization the nearby text is about.
 */
final class OrganizationNouns {
    /** Kinds of business: "the company" is the organization the text is about even when its name says nothing. */
    static final Set<String> BUSINESS = Set.of("company", "firm", "corporation", "group", "business", "automaker",
            "carmaker", "maker", "manufacturer", "airline", "carrier", "bank", "retailer", "insurer", "lender",
            "operator", "producer", "supplier", "developer", "giant", "conglomerate", "chain", "publisher",
            "broadcaster", "network", "newspaper", "paper", "label", "brand", "consortium", "subsidiary", "unit",
            "airframer", "plant", "automobile", "startup", "multinational", "utility");
    /** Public bodies: only linked to an organization whose name holds the noun ("the ministry" → "Ministry of
     * Defence"), or that the document calls so. */
    static final Set<String> PUBLIC = Set.of("party", "ministry", "government", "department", "council",
            "commission", "union", "agency", "authority", "office", "court", "committee", "parliament",
            "assembly", "administration", "regulator", "watchdog", "board", "club", "team", "university",
            "school", "hospital", "police", "army", "force", "senate", "house", "cabinet", "executive", "charity",
            "organisation", "organization", "association", "federation", "institute", "foundation", "trust",
            "service", "bureau", "body", "coalition", "alliance", "movement", "opposition");

    /** Kinds of news outlet: "the newspaper" is a news outlet the document names, when it names one. */
    static final Set<String> MEDIA = Set.of("newspaper", "paper", "broadcaster", "network", "publisher");
    /** The gazetteer's subtype for news outlets. */
    static final String NEWS_OUTLET = "NEWS_OUTLET";

    private OrganizationNouns() {
    }

    static boolean isMedia(String head) {
        return MEDIA.contains(head);
    }

    static boolean isBusiness(String head) {
        return BUSINESS.contains(head);
    }

    /** Whether an organization's name words hold a public body's noun ("European Commission"). */
    static boolean isPublicBody(java.util.Set<String> nameWords) {
        if (nameWords == null) {
            return false;
        }
        for (String w : nameWords) {
            if (PUBLIC.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrganization(String head) {
        return BUSINESS.contains(head) || PUBLIC.contains(head);
    }
}
