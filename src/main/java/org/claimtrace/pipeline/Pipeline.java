package org.claimtrace.pipeline;

import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.Status;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An ordered chain of stages, checked when it is built: each stage's required layers must be provided by
 * the stages before it. Thread-safe: one pipeline serves all worker threads.
 *
 * <p>Failure policy: {@link #process} never throws for a bad document. A stage's exception or
 * {@link StackOverflowError} fails the document when the stage is essential and makes it partial otherwise;
 * an {@link OutOfMemoryError} always fails the document (the {@link MemoryHeadroom} reserve is released so the
 * failure can be recorded, then taken again). The time budget is not enforced here but by the batch runner's
 * watchdog ({@code org.claimtrace.batch.Watchdog}), which gives an over-budget document the status
 * {@code timeout} through {@link #abandoned}.
 */
public final class Pipeline {
    /** Version of the JSON contract written for every document. */
    public static final String SCHEMA_VERSION = "1.1.0";

    private final List<Stage> stages;
    private final Function<Article, DocumentDate> dateResolver;
    private final ErrorHandler errorHandler;

    public Pipeline(List<Stage> stages, Function<Article, DocumentDate> dateResolver, ErrorHandler errorHandler) {
        this.stages = List.copyOf(stages);
        this.dateResolver = Objects.requireNonNull(dateResolver);
        this.errorHandler = Objects.requireNonNull(errorHandler);
        check(this.stages);
    }

    /** Verifies that every stage's requirements are met by the stages before it. */
    static void check(List<Stage> stages) {
        Set<Layer> available = EnumSet.of(Layer.TEXT);
        Set<String> names = new java.util.HashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name())) {
                throw new PipelineConfigException("stage name '" + stage.name() + "' is used twice");
            }
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new PipelineConfigException("stage '" + stage.name() + "' requires " + missing
                        + " but the stages before it provide only " + available);
            }
            available.addAll(stage.provides());
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage on one article. Never throws for a bad document: the result carries the status. */
    public DocumentResult process(Article article) {
        if (article.readError() != null) {
            errorHandler.onError(article.id(), article.readError().stage(), new InputException(article.readError().message()));
            return ResultAssembler.unprocessed(article, Status.FAILED, List.of(article.readError()));
        }
        DocumentDate date;
        Doc doc;
        try {
            date = dateResolver.apply(article);
            doc = new Doc(article, article.text(), date);
            if (dateResolver instanceof DateResolver dates) {
                for (Problem p : dates.problems(article, date)) {
                    doc.addPartialProblem(p.stage(), p.code(), p.message());
                }
            }
        } catch (RuntimeException e) {
            errorHandler.onError(article.id(), "input", e);
            return ResultAssembler.unprocessed(article, Status.FAILED,
                    List.of(new Problem("input", "unreadable", e.toString())));
        }
        Status status = run(doc);
        DocumentResult result = ResultAssembler.assemble(doc, status);
        MemoryHeadroom.restore();
        return result;
    }

    /**
     * The result for a document that was not (or not completely) processed: no analysis layers, only the
     * status and its problems. Used for timeouts and for failures outside the stages.
     */
    public static DocumentResult abandoned(Article article, Status status, List<Problem> problems) {
        return ResultAssembler.unprocessed(article, status, problems);
    }

    private Status run(Doc doc) {
        Set<Layer> failedLayers = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            if (doc.isSkipped()) {
                return Status.SKIPPED;
            }
            if (!java.util.Collections.disjoint(stage.requires(), failedLayers)) {
                failedLayers.addAll(stage.provides());
                continue;
            }
            try {
                stage.process(doc);
            } catch (OutOfMemoryError e) {
                MemoryHeadroom.release();
                doc.addProblem(new Problem(stage.name(), "out-of-memory", describe(e)));
                errorHandler.onError(doc.id(), stage.name(), e);
                return Status.FAILED;
            } catch (RuntimeException | StackOverflowError e) {
                String code = e instanceof StageException se ? se.code() : "stage-error";
                doc.addProblem(new Problem(stage.name(), code, describe(e)));
                errorHandler.onError(doc.id(), stage.name(), e);
                if (stage.essential()) {
                    return Status.FAILED;
                }
                doc.addPartialProblem(stage.name(), "stage-skipped",
                        "later stages needing " + stage.provides() + " were skipped");
                failedLayers.addAll(stage.provides());
            }
        }
        if (doc.isSkipped()) {
            return Status.SKIPPED;
        }
        return doc.isPartial() ? Status.PARTIAL : Status.OK;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
