package org.claimtrace.stages;

import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.resolve.EntityResolver;
import org.claimtrace.resolve.FirstNameGender;

import java.util.Set;

/** Document-level entity resolution: names, pronouns and time expressions grouped into entities. */
public final class EntityStage implements Stage {
    private final EntityResolver resolver;

    public EntityStage(FirstNameGender firstNames) {
        this.resolver = new EntityResolver(firstNames);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TOKENS, Layer.POS, Layer.NAME_MENTIONS, Layer.TIME_EXPRESSIONS);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.ENTITIES, Layer.TIME_EXPRESSIONS);
    }

    @Override
    public void process(Doc doc) {
        EntityResolver.Resolution r = resolver.resolve(doc.tokens(), doc.nameMentions(), doc.timeExpressions());
        doc.setEntities(r.entities());
        doc.setTimeExpressions(r.timeExpressions());
    }
}
