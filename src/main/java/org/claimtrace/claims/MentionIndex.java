package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;
import org.claimtrace.resolve.MentionLinker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which entity mention covers each token of a document. */
final class MentionIndex {
    /** A mention with the entity it belongs to. */
    record Hit(Mention mention, Entity entity) {
    }

    private final Map<Integer, Hit> byToken = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<Entity> entities;
    private MentionLinker linker;
    private List<Token> linkerTokens;

    MentionIndex(List<Entity> entities) {
        this.entities = entities;
        for (Entity e : entities) {
            byId.put(e.id(), e);
            for (Mention m : e.mentions()) {
                for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
                    byToken.putIfAbsent(t, new Hit(m, e));
                }
            }
        }
    }

    /** The document's description linker over these entities, built on first use. */
    MentionLinker linker(List<Token> tokens) {
        if (linker == null || linkerTokens != tokens) {
            linker = new MentionLinker(tokens, entities);
            linkerTokens = tokens;
        }
        return linker;
    }

    Hit at(int token) {
        return byToken.get(token);
    }

    /** The party whose members the word names ({@link Parties}), or null. */
    Entity party(String memberWord) {
        return Parties.of(memberWord, entities);
    }

    Entity entity(String id) {
        return byId.get(id);
    }

    /** The non-temporal entity mention covering {@code token}, or else the last one inside [begin, end). */
    Hit inside(int begin, int end, int preferred) {
        Hit h = preferred >= 0 ? at(preferred) : null;
        if (h != null && !h.entity().type().isTemporal()) {
            return h;
        }
        Hit last = null;
        for (int t = begin; t < end; t++) {
            Hit x = at(t);
            if (x != null && !x.entity().type().isTemporal()) {
                last = x;
            }
        }
        return last;
    }

    /** The person or organization whose name or alias is exactly this word ("Norvane" untagged), or null. */
    Entity named(String word) {
        for (Entity e : entities) {
            if ((e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON)
                    && (e.name().equals(word) || e.aliases().contains(word))) {
                return e;
            }
        }
        return null;
    }

    /** The location entity whose name is the place of a demonym ("Syrian" → Syria), or null. */
    Entity place(String placeName) {
        for (Entity e : byId.values()) {
            if (e.type() == EntityType.LOCATION
                    && (e.name().equalsIgnoreCase(placeName) || e.aliases().stream().anyMatch(placeName::equalsIgnoreCase))) {
                return e;
            }
        }
        return null;
    }
}
