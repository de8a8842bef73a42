package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links a noun phrase or pronoun of a document (a head token and its token range) to one of the document's
 * entities: the entity whose mention covers the head (names, and pronouns linked by {@link EntityResolver}),
 * else a person or organization named inside the phrase. One instance per document; not thread-safe.
 */
public final class MentionLinker {
    /** The linked entity (or null) and how the phrase refers to it. */
    public record Link(Entity entity, Mention mention) {
    }

    private final List<Token> tokens;
    private final Map<Integer, Mention> mentionAt = new HashMap<>();
    private final Map<Integer, Entity> entityAt = new HashMap<>();

    public MentionLinker(List<Token> tokens, List<Entity> entities) {
        this.tokens = tokens;
        for (Entity e : entities) {
            if (e.type().isTemporal()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) {
                    mentionAt.putIfAbsent(t, m);
                    entityAt.putIfAbsent(t, e);
                }
            }
        }
    }

    /** The entity the phrase with head token {@code head} in tokens [begin, end) refers to, or null. */
    public Entity link(int head, int begin, int end) {
        Entity e = entityAt.get(head);
        if (e != null) {
            return e;
        }
        Token h = tokens.get(head);
        if (h.pos() != null && h.pos().startsWith("PRP")) {
            return null;
        }
        Entity inner = null;
        for (int t = begin; t < end; t++) {
            if (entityAt.get(t) != null) {
                inner = entityAt.get(t);
            }
        }
        return inner != null && inner.type() != EntityType.LOCATION ? inner : null;
    }
}
