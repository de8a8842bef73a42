package org.claimtrace.tools.eval;

import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.pipeline.ErrorHandler;
import org.claimtrace.pipeline.Pipeline;
import org.claimtrace.stages.StandardStages;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** claimtrace's predictions on a gold document, in the evaluators' terms. */
public final class ClaimTraceSystem {
    private final Function<Article, DocumentResult> process;

    public ClaimTraceSystem(ClaimTrace claimTrace) {
        this.process = claimTrace::process;
    }

    /** A system that runs {@code process} (a full or shortened pipeline) on every document. */
    public ClaimTraceSystem(Function<Article, DocumentResult> process) {
        this.process = process;
    }

    /**
     * The pipeline up to the time stage (no parse, no claims): the same time expressions as the full pipeline,
     * which does not change them after that stage, at a fraction of the cost.
     */
    public static ClaimTraceSystem throughTime(ClaimTraceConfig config) {
        Pipeline p = new Pipeline(StandardStages.throughTime(config.modelsPath(), config.fineGrainedNer()),
                new DocumentDateResolver(config.defaultDate()), ErrorHandler.LOG);
        return new ClaimTraceSystem(p::process);
    }

    /** Runs the pipeline on the gold text with the gold document date. */
    public RawCoreNlpBaseline.Output annotate(GoldDocument doc) {
        DocumentResult r = process.apply(new Article(doc.id(), doc.text(), null, doc.documentDate(), null,
                null, null, null));
        return toOutput(r);
    }

    /** Named mentions with their entity's type, and time expressions with type and value. */
    public static RawCoreNlpBaseline.Output toOutput(DocumentResult r) {
        List<LabeledSpan> entities = new ArrayList<>();
        for (Entity e : r.entities()) {
            if (e.type().isTemporal()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == MentionKind.NAME) {
                    entities.add(LabeledSpan.entity(m.begin(), m.end(), e.type().name()));
                }
            }
        }
        List<LabeledSpan> timexes = new ArrayList<>();
        for (TimeExpression t : r.timeExpressions()) {
            timexes.add(new LabeledSpan(t.begin(), t.end(), t.type().name(), t.value()));
        }
        return new RawCoreNlpBaseline.Output(entities, timexes);
    }
}
