package org.claimtrace.pipeline;

import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An ordered chain of stages, checked when it is built: every slot a stage reads must be written by a stage
 * before it ({@link Stage#reads()}, {@link Stage#writes()}). Thread-safe: one pipeline serves all worker threads.
 *
 * <p>Options: {@link Option#CHECK_STAGES} runs every stage through {@link StageCheck}, which fails loudly when a
 * stage reads or writes other slots than it declares; {@link Option#PROFILE} keeps a {@link StageProfile} of the
 * CPU time of each stage. Both are off unless asked for, and cost nothing then.
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
    public static final String SCHEMA_VERSION = "1.2.0";

    /** What a pipeline does besides running its stages. */
    public enum Option {
        /** Check every stage's reads and writes against its declaration ({@link StageCheck}). */
        CHECK_STAGES,
        /** Measure the CPU time of every stage ({@link #profile()}). */
        PROFILE
    }

    private final List<Stage> stages;
    private final Function<Article, DocumentDate> dateResolver;
    private final ErrorHandler errorHandler;
    private final boolean checkStages;
    private final StageProfile profile;

    /** A pipeline with {@link #defaultOptions()}. */
    public Pipeline(List<Stage> stages, Function<Article, DocumentDate> dateResolver, ErrorHandler errorHandler) {
        this(stages, dateResolver, errorHandler, defaultOptions());
    }

    public Pipeline(List<Stage> stages, Function<Article, DocumentDate> dateResolver, ErrorHandler errorHandler,
                    Set<Option> options) {
        this.stages = List.copyOf(stages);
        this.dateResolver = Objects.requireNonNull(dateResolver);
        this.errorHandler = Objects.requireNonNull(errorHandler);
        check(this.stages);
        this.checkStages = options.contains(Option.CHECK_STAGES);
        List<String> names = new ArrayList<>();
        this.stages.forEach(s -> names.add(s.name()));
        this.profile = options.contains(Option.PROFILE) ? new StageProfile(names) : null;
    }

    /** {@link Option#CHECK_STAGES} when the system property {@value StageCheck#PROPERTY} is true; else none. */
    public static EnumSet<Option> defaultOptions() {
        return StageCheck.requestedBySystemProperty() ? EnumSet.of(Option.CHECK_STAGES) : EnumSet.noneOf(Option.class);
    }

    /** Verifies that every slot a stage reads is written by a stage before it, and that stage names are unique. */
    static void check(List<Stage> stages) {
        List<Slot> available = new ArrayList<>(List.of(Layer.TEXT));
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name())) {
                throw new PipelineConfigException("stage name '" + stage.name() + "' is used twice");
            }
            List<Slot> missing = new ArrayList<>(stage.reads());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new PipelineConfigException("stage '" + stage.name() + "' reads " + sorted(missing)
                        + " but the stages before it write only " + sorted(available));
            }
            for (Slot s : stage.writes()) {
                if (!available.contains(s)) {
                    available.add(s);
                }
            }
        }
    }

    private static List<String> sorted(List<Slot> slots) {
        List<String> out = new ArrayList<>();
        slots.forEach(s -> out.add(s.name()));
        Collections.sort(out);
        return out;
    }

    /** The CPU time per stage, when the pipeline was built with {@link Option#PROFILE}; else null. */
    public StageProfile profile() {
        return profile;
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
                    List.of(new Problem("input", ProblemCode.UNREADABLE, e.toString())));
        }
        Status status = run(doc);
        if (profile != null) {
            profile.documentDone(doc.tokens().size());
        }
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
        Set<Slot> failed = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (doc.isSkipped()) {
                return Status.SKIPPED;
            }
            if (!Collections.disjoint(stage.reads(), failed)) {
                failed.addAll(stage.writes());
                continue;
            }
            long cpu = profile == null ? 0 : StageProfile.cpuNanos();
            try {
                if (checkStages) {
                    StageCheck.run(stage, doc);
                } else {
                    stage.process(doc);
                }
            } catch (StageContractException e) {
                throw e;
            } catch (OutOfMemoryError e) {
                MemoryHeadroom.release();
                doc.addProblem(new Problem(stage.name(), ProblemCode.OUT_OF_MEMORY, describe(e)));
                errorHandler.onError(doc.id(), stage.name(), e);
                return Status.FAILED;
            } catch (RuntimeException | StackOverflowError e) {
                ProblemCode code = e instanceof StageException se ? se.code() : ProblemCode.STAGE_ERROR;
                doc.addProblem(new Problem(stage.name(), code, describe(e)));
                errorHandler.onError(doc.id(), stage.name(), e);
                if (stage.essential()) {
                    return Status.FAILED;
                }
                doc.addPartialProblem(stage.name(), ProblemCode.STAGE_SKIPPED,
                        "later stages needing " + sorted(new ArrayList<>(stage.writes())) + " were skipped");
                failed.addAll(stage.writes());
            } finally {
                if (profile != null) {
                    profile.add(i, StageProfile.cpuNanos() - cpu);
                }
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
