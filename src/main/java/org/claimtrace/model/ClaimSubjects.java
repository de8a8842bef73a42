package org.claimtrace.model;


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a claim is about: the entities of its content's structure subject and object, then every entity with
 * a mention inside the content (its {@code contentParts}, so the source and cue words inside a quotation
 * do not count). Temporal entities (dates, durations) are left out: they say when, not whom.
 */
public final class ClaimSubjects {
    private ClaimSubjects() {
    }

    /** The ids of the document entities {@code claim} is about, in order of relevance. */
    public static Set<String> about(DocumentResult doc, Claim claim) {
        Set<String> temporal = new LinkedHashSet<>();
        List<Entity> entities = doc.entities() == null ? List.of() : doc.entities();
        for (Entity e : entities) {
            if (e.type() != null && e.type().isTemporal()) {
                temporal.add(e.id());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        if (claim.structure() != null) {
            add(ids, claim.structure().subject(), temporal);
            add(ids, claim.structure().object(), temporal);
        }
        List<TextSpan> parts = claim.contentParts() != null && !claim.contentParts().isEmpty()
                ? claim.contentParts()
                : claim.content() == null ? List.of() : List.of(claim.content());
        for (Entity e : entities) {
            if (temporal.contains(e.id()) || e.mentions() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (parts.stream().anyMatch(p -> p.begin() <= m.begin() && m.end() <= p.end())) {
                    ids.add(e.id());
                    break;
                }
            }
        }
        return ids;
    }

    private static void add(Set<String> ids, TextSpan span, Set<String> temporal) {
        if (span != null && span.entity() != null && !temporal.contains(span.entity())) {
            ids.add(span.entity());
        }
    }
}
