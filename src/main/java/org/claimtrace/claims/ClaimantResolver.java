package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
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
 * its adjective ("the new Syrian leadership" → Syria),
 * a spokesperson of a named organization ("a Kremlin spokesman" → the Kremlin), or an unnamed source.
 */
final class ClaimantResolver {
    static final Set<String> UNNAMED_HEADS = Set.of("analyst", "official", "source", "expert", "spokesperson",
            "spokesman", "spokeswoman", "observer", "critic", "aide", "diplomat", "lawyer", "people", "resident",
            "witness", "economist", "researcher", "scientist", "insider", "investor", "trader", "commentator",
            "activist", "advocate", "campaigner", "leader", "leadership", "government", "administration", "authority",
            "report", "poll", "study", "survey", "statement", "document", "representative", "member", "person",
            "negotiator", "minister", "ministry", "officer", "executive", "employee", "worker", "voter", "supporter");

    /** The claimant's kinds, as written in the output. */
    static final String NAME = "name";
    static final String PRONOUN = "pronoun";
    static final String NOMINAL = "nominal";
    static final String UNNAMED = "unnamed";

    /** The outcome: the entity id (or null) and the kind. */
    record Resolved(String entity, String kind) {
    }

    private final Map<String, String> placeOfDemonym;

    ClaimantResolver(Map<String, String> placeOfDemonym) {
        this.placeOfDemonym = placeOfDemonym;
    }

    Resolved resolve(List<Token> tokens, MentionIndex mentions, int head, int[] range) {
        Token h = tokens.get(head);
        MentionIndex.Hit hit = mentions.at(head);
        if (hit != null && !hit.entity().type().isTemporal()) {
            // "she", and a relative "who" resolved to the noun it follows, are pronouns
            String kind = h.pos() != null && (h.pos().startsWith("PRP") || h.pos().startsWith("WP")) ? PRONOUN : NAME;
            return new Resolved(hit.entity().id(), kind);
        }
        if (h.pos() != null && h.pos().startsWith("PRP")) {
            return new Resolved(null, PRONOUN);
        }
        String lemma = h.lemma() == null ? h.text().toLowerCase(Locale.ROOT) : h.lemma().toLowerCase(Locale.ROOT);
        boolean unnamed = UNNAMED_HEADS.contains(lemma);
        // a named organization or person inside the description: "a Kremlin spokesman", "Norvane's lawyers"
        MentionIndex.Hit inner = mentions.inside(range[0], range[1], -1);
        if (inner != null && inner.entity().type() == EntityType.PERSON) {
            // "Norway's energy minister, Kristian Dahl": the apposition names the person
            return new Resolved(inner.entity().id(), NAME);
        }
        // a definite description the document ties to a name: "the Trade and Industry Secretary", "the party"
        if (!"NNS".equals(h.pos()) && !"NNPS".equals(h.pos())) {
            Entity described = mentions.linker(tokens).describe(head, range[0], range[1]);
            if (described != null) {
                return new Resolved(described.id(), NOMINAL);
            }
        }
        if (inner != null && inner.entity().type() != EntityType.LOCATION) {
            return new Resolved(inner.entity().id(), unnamed ? UNNAMED : NOMINAL);
        }
        for (int t = range[0]; t < range[1]; t++) {
            String place = placeOfDemonym.get(tokens.get(t).text());
            if (place != null) {
                Entity e = mentions.place(place);
                if (e != null) {
                    return new Resolved(e.id(), NOMINAL);
                }
            }
        }
        if (inner != null) {
            return new Resolved(inner.entity().id(), NOMINAL);
        }
        return new Resolved(null, unnamed || h.pos() != null && h.pos().equals("NNS") ? UNNAMED : NOMINAL);
    }
}
