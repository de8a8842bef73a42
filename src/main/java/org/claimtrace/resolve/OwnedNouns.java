package org.claimtrace.resolve;

import java.util.Set;

/**
 * Nouns that, written after a name ("Clinton's campaign", "the Trump campaign", "Tim Yeo's letter"), name
 * something that speaks for that person or organization, so that a later bare "the campaign" or "the letter"
 * is theirs. Nouns for people are not among them: "Trump's wife" is someone else.
 */
final class OwnedNouns {
    static final Set<String> NOUNS = Set.of("campaign", "website", "site", "union", "agency", "party", "government",
            "administration", "office", "team", "committee", "company", "firm", "group", "organization", "network",
            "newspaper", "paper", "magazine", "channel", "show", "program", "programme", "foundation", "fund",
            "institute", "department", "ministry", "board", "council", "panel", "bank", "club", "school", "university",
            "movement", "coalition", "alliance", "caucus", "commission", "bureau", "center", "centre", "report",
            "study", "survey", "poll", "lawsuit", "book", "film", "ad", "advertisement", "video", "letter",
            "statement", "memo", "blog", "tweet", "column", "speech", "plan", "proposal", "analysis", "documentary");

    private OwnedNouns() {
    }

    static boolean canBeOwned(String noun) {
        return NOUNS.contains(noun);
    }
}
