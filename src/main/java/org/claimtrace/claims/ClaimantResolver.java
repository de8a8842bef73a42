package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.resolve.MentionLinker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a claim's source span to an entity and a kind: a name, a pronoun (through the entity stage's
 * coreference), a definite description the document ties to a name ({@link MentionLinker#describe}: "the
 * commissioner" after "Richard Thomas, the information commissioner"), a description that names a place by
 * its adjective ("the new Syrian leadership" → Syria), or an unnamed source.
 *
 * <p>An unnamed person who speaks for someone ("a Kremlin spokesman", "a spokesman for Mr Prescott", "Labour
 * officials", "A spokesman for Unison, Britain's biggest union") stays unnamed: the claimant has no entity, and
 * whom they speak for is the claim's affiliation ({@link Affiliations}).
 */
final class ClaimantResolver {
    static final Set<String> UNNAMED_HEADS = Set.of("analyst", "official", "source", "expert", "spokesperson",
            "spokesman", "spokeswoman", "observer", "critic", "aide", "diplomat", "lawyer", "people", "resident",
            "witness", "economist", "researcher", "scientist", "insider", "investor", "trader", "commentator",
            "activist", "advocate", "campaigner", "leader", "leadership", "government", "administration", "authority",
            "report", "poll", "study", "survey", "statement", "document", "representative", "member", "person",
            "negotiator", "minister", "ministry", "officer", "executive", "employee", "worker", "voter", "supporter");

    /** Heads of a description that can stand for a place's state ("the Syrian government", "Moscow's leadership"). */
    static final Set<String> STATE_HEADS = Set.of("government", "leadership", "administration", "authority",
            "regime", "state", "country", "nation", "ministry", "capital", "delegation", "side", "military", "army",
            "force", "police", "cabinet", "parliament", "presidency", "embassy", "junta", "council", "court", "people",
            "city", "town", "county", "province");

    /** The claimant's kinds, as written in the output. */
    static final String NAME = "name";
    static final String PRONOUN = "pronoun";
    static final String NOMINAL = "nominal";
    static final String UNNAMED = "unnamed";

    /**
     * The outcome: the entity id (or null), the kind, and for an unnamed spokesperson the token range of whom
     * they speak for (or null) with its entity id (or null when that name is no entity).
     */
    record Resolved(String entity, String kind, int[] affiliation, String affiliationEntity) {
        Resolved(String entity, String kind) {
            this(entity, kind, null, null);
        }
    }

    private final Map<String, String> placeOfDemonym;

    ClaimantResolver(Map<String, String> placeOfDemonym) {
        this.placeOfDemonym = placeOfDemonym;
    }

    Resolved resolve(List<Token> tokens, MentionIndex mentions, int head, int[] range) {
        Token h = tokens.get(head);
        int possessive = possessiveBefore(tokens, head, range);
        if (possessive >= 0) {
            return possessed(tokens, mentions, possessive, head, range);
        }
        if ("PRP$".equals(h.pos()) && !OUTLET_VOICE.contains(h.text().toLowerCase(Locale.ROOT))) {
            int noun = possessedNoun(tokens, head, range);
            if (noun >= 0) {
                return possessed(tokens, mentions, head, noun, range);
            }
        }
        MentionIndex.Hit hit = mentions.at(head);
        if (hit != null && !hit.entity().type().isTemporal()) {
            // "she", and a relative "who" resolved to the noun it follows, are pronouns
            String kind = h.pos() != null && (h.pos().startsWith("PRP") || h.pos().startsWith("WP")) ? PRONOUN : NAME;
            return new Resolved(hit.entity().id(), kind);
        }
        if (h.pos() != null && h.pos().startsWith("PRP")) {
            return new Resolved(null, PRONOUN);
        }
        String lemma = lemma(h);
        boolean unnamed = UNNAMED_HEADS.contains(lemma);
        // "Norway's energy minister, Kristian Dahl": the apposition names the person
        MentionIndex.Hit apposed = Affiliations.apposedPerson(tokens, mentions, head, range);
        if (apposed != null) {
            return new Resolved(apposed.entity().id(), NAME);
        }
        // a definite description the document ties to a name: "the Trade and Industry Secretary", "the party"
        if (!"NNS".equals(h.pos()) && !"NNPS".equals(h.pos())) {
            Entity described = mentions.linker(tokens).describe(head, range[0], range[1]);
            if (described != null) {
                return new Resolved(described.id(), NOMINAL);
            }
        }
        // "Republicans said" is the party; "some Democrats" speak as its members
        Entity party = isCapitalized(h) && !unnamed ? mentions.party(h.text()) : null;
        if (party != null) {
            for (int t = range[0]; t < head; t++) {
                String w = tokens.get(t).text().toLowerCase(Locale.ROOT);
                if (Parties.QUANTIFIERS.contains(w) || "CD".equals(tokens.get(t).pos())) {
                    return new Resolved(null, UNNAMED, new int[] {head, head + 1}, party.id());
                }
            }
            return new Resolved(party.id(), NOMINAL);
        }
        if (Affiliations.speaksFor(lemma)) {
            Affiliations.Span of = Affiliations.find(tokens, mentions, head, range);
            if (of == null) {
                of = demonymPlace(tokens, mentions, head, range);
            }
            if (of == null) {
                of = partyBefore(tokens, mentions, head, range); // "Democratic leaders", "a Republican aide"
            }
            return of == null ? new Resolved(null, UNNAMED)
                    : new Resolved(null, UNNAMED, new int[] {of.begin(), of.end()}, of.entity());
        }
        // a named organization inside the description: "Norvane's board", "the Kremlin administration"; only in
        // its core, not in a clause after it
        int core = coreEnd(tokens, head, range);
        MentionIndex.Hit named = apposedName(tokens, mentions, core, range);
        if (named != null) {
            return new Resolved(named.entity().id(), NAME); // "Trump's running mate, Indiana Gov. Mike Pence"
        }
        MentionIndex.Hit inner = mentions.inside(range[0], core, -1);
        if (inner != null && inner.entity().type() == EntityType.PERSON) {
            return new Resolved(inner.entity().id(), NAME); // "the Blair government"
        }
        if (inner != null && inner.entity().type() == EntityType.ORGANIZATION && !unnamed
                && MentionLinker.isPersonTitle(lemma)) {
            return new Resolved(null, NOMINAL); // "the GOP candidate" is a person of the party, not the party
        }
        if (inner != null && inner.entity().type() != EntityType.LOCATION) {
            return new Resolved(inner.entity().id(), unnamed ? UNNAMED : NOMINAL);
        }
        // a place speaks only through its state: "the new Syrian leadership" is Syria, "the New York businessman"
        // and "polls in Virginia" are not
        if (STATE_HEADS.contains(lemma)) {
            for (int t = range[0]; t < range[1]; t++) {
                Entity e = place(tokens, mentions, t);
                if (e != null) {
                    return new Resolved(e.id(), NOMINAL);
                }
            }
            if (inner != null) {
                return new Resolved(inner.entity().id(), NOMINAL);
            }
        }
        if ("NNP".equals(h.pos()) && Character.isUpperCase(h.text().codePointAt(0)) && !unnamed) {
            return new Resolved(null, NAME); // a name the tagger did not find: "PolitiFact said"
        }
        return new Resolved(null, unnamed || h.pos() != null && h.pos().equals("NNS") ? UNNAMED : NOMINAL);
    }

    /**
     * The end of the source's core noun phrase: the head and what follows it, up to a comma, a parenthesis, a
     * relative pronoun or a verb. "An analysis by Lily Batchelder, a former Democratic tax aide, whose
     * conclusions were seconded by the Tax Foundation" is Batchelder's analysis.
     */
    static int coreEnd(List<Token> tokens, int head, int[] range) {
        int e = Math.max(head + 1, range[0] + 1);
        while (e < range[1]) {
            Token t = tokens.get(e);
            String pos = t.pos() == null ? "" : t.pos();
            boolean participle = pos.equals("VBN") || pos.equals("VBG"); // "a complaint filed by the SEC"
            if (t.text().equals(",") || t.text().equals("(") || pos.startsWith("W")
                    || pos.startsWith("VB") && !participle || pos.equals("MD")) {
                break;
            }
            e++;
        }
        return Math.min(e, range[1]);
    }

    /** Possessives in the outlet's own voice. */
    private static final Set<String> OUTLET_VOICE = Set.of("our");

    /** Nouns for a person whom a possessive relates to someone else: "his rival", "my mother". */
    static final Set<String> RELATIONS = Set.of("mother", "father", "wife", "husband", "son", "daughter", "brother",
            "sister", "parent", "child", "friend", "rival", "opponent", "partner", "boss", "predecessor", "successor",
            "mate", "doctor", "physician", "niece", "nephew", "cousin", "uncle", "aunt", "grandmother", "grandfather",
            "girlfriend", "boyfriend", "widow", "family", "challenger");

    /**
     * The possessive pronoun that opens the source before its noun head ("my mother", "his top aides"), or -1;
     * not "our": "our correspondent" is the outlet's own, whom the description linker finds by the document's
     * roles.
     */
    private static int possessiveBefore(List<Token> tokens, int head, int[] range) {
        String pos = tokens.get(head).pos();
        if (pos == null || !pos.startsWith("NN") || head <= range[0]) {
            return -1;
        }
        for (int t = range[0]; t < head; t++) {
            String p = tokens.get(t).pos();
            if ("PRP$".equals(p)) {
                return OUTLET_VOICE.contains(tokens.get(t).text().toLowerCase(Locale.ROOT)) ? -1 : t;
            }
            if (p == null || !(p.startsWith("JJ") || p.startsWith("NN") || p.equals("DT") || p.equals("RB")
                    || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") || p.equals("VBG"))) {
                return -1;
            }
        }
        return -1;
    }

    /** The last noun of the core after a possessive head ("his former business partner"), or -1. */
    private static int possessedNoun(List<Token> tokens, int head, int[] range) {
        int noun = -1;
        int core = coreEnd(tokens, head, range);
        for (int t = head + 1; t < core; t++) {
            String pos = tokens.get(t).pos();
            if (pos == null || pos.equals("IN")) {
                break;
            }
            if (pos.startsWith("NN")) {
                noun = t;
            }
        }
        return noun;
    }

    /**
     * A source that a possessive pronoun owns: "his aides" speak for him and stay unnamed, "my mother" and "his
     * rival" are someone else, "her campaign" and "his returns" are the owner's, as a description.
     */
    private static Resolved possessed(List<Token> tokens, MentionIndex mentions, int possessive, int noun,
                                      int[] range) {
        // the person is named after the noun: "his wife and current Democratic presidential nominee Hillary
        // Clinton", "His former business partner at Lenox, Lawrence B. Cummings"
        int core = coreEnd(tokens, noun, range);
        for (int t = noun + 1; t < core; t++) {
            MentionIndex.Hit h = mentions.at(t);
            if (h != null && h.entity().type() == EntityType.PERSON && h.mention().kind() == MentionKind.NAME) {
                return new Resolved(h.entity().id(), NAME);
            }
        }
        MentionIndex.Hit apposed = apposedName(tokens, mentions, core, range);
        if (apposed != null) {
            return new Resolved(apposed.entity().id(), NAME);
        }
        MentionIndex.Hit owner = mentions.at(possessive);
        String ownerId = owner == null || owner.entity().type().isTemporal() ? null : owner.entity().id();
        String lemma = lemma(tokens.get(noun));
        if (Affiliations.speaksFor(lemma) || UNNAMED_HEADS.contains(lemma)) {
            return ownerId == null ? new Resolved(null, UNNAMED)
                    : new Resolved(null, UNNAMED, new int[] {possessive, possessive + 1}, ownerId);
        }
        if (RELATIONS.contains(lemma)) {
            return new Resolved(null, NOMINAL);
        }
        return new Resolved(ownerId, NOMINAL);
    }

    /** The most title words between the comma after a core and the person it names ("Indiana Gov. Mike Pence"). */
    static final int MAX_TITLE_WORDS = 3;

    /**
     * The person named after the comma that ends the core, after at most {@value #MAX_TITLE_WORDS} capitalized
     * title words ("His former business partner at Lenox, Larry Smith", "Trump's running mate, Indiana Gov. Mike
     * Pence"), or null.
     */
    private static MentionIndex.Hit apposedName(List<Token> tokens, MentionIndex mentions, int core, int[] range) {
        if (core >= range[1] || !tokens.get(core).text().equals(",")) {
            return null;
        }
        for (int t = core + 1; t < range[1] && t <= core + 1 + MAX_TITLE_WORDS; t++) {
            MentionIndex.Hit h = mentions.at(t);
            if (h != null && h.entity().type() == EntityType.PERSON) {
                return h;
            }
            String pos = tokens.get(t).pos();
            if (pos == null || !pos.startsWith("NNP")) {
                return null;
            }
        }
        return null;
    }

    /** The token's lemma, lower case; a plural's singular when the tagger gave no lemma. */
    static String lemma(Token h) {
        if (h.lemma() != null) {
            return h.lemma().toLowerCase(Locale.ROOT);
        }
        String w = h.text().toLowerCase(Locale.ROOT);
        boolean plural = "NNS".equals(h.pos()) || "NNPS".equals(h.pos());
        return plural && w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isCapitalized(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** The party a capitalized word before the head names: "Democratic leaders" speak for the Democratic Party. */
    private static Affiliations.Span partyBefore(List<Token> tokens, MentionIndex mentions, int head, int[] range) {
        for (int t = range[0]; t < head; t++) {
            Entity e = isCapitalized(tokens.get(t)) ? mentions.party(tokens.get(t).text()) : null;
            if (e != null) {
                return new Affiliations.Span(t, t + 1, e.id());
            }
        }
        return null;
    }

    /** The place a demonym before the head names: "Syrian officials" speak for Syria. */
    private Affiliations.Span demonymPlace(List<Token> tokens, MentionIndex mentions, int head, int[] range) {
        for (int t = range[0]; t < head; t++) {
            Entity e = place(tokens, mentions, t);
            if (e != null) {
                return new Affiliations.Span(t, t + 1, e.id());
            }
        }
        return null;
    }

    private Entity place(List<Token> tokens, MentionIndex mentions, int token) {
        String place = placeOfDemonym.get(tokens.get(token).text());
        return place == null ? null : mentions.place(place);
    }
}
