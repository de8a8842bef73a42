package org.claimtrace;

import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ErrorHandler;
import org.claimtrace.pipeline.Pipeline;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.pipeline.StageCheck;
import org.claimtrace.pipeline.StageProfile;
import org.claimtrace.stages.StandardStages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The library entry point: an immutable, thread-safe pipeline from articles to structured results.
 *
 * <pre>{@code
 * try (ClaimTrace ct = ClaimTrace.builder().defaultDate(LocalDate.of(2025, 10, 15)).build()) {
 *     DocumentResult r = ct.process(Article.of("a1", "Putin met al-Sharaa in Moscow on Wednesday."));
 *     String json = ct.toJson(r);
 * }
 * }</pre>
 *
 * Models are loaded once per JVM and shared by every instance; {@link #process} may be called from any
 * number of threads.
 */
public final class ClaimTrace implements AutoCloseable {
    private final ClaimTraceConfig config;
    private final Pipeline pipeline;
    private volatile boolean closed;

    private ClaimTrace(ClaimTraceConfig config, ErrorHandler errorHandler, Set<Pipeline.Option> options) {
        this.config = config;
        this.pipeline = new Pipeline(StandardStages.build(config.modelsPath(), config.fineGrainedNer(), config.maxParseTokens()),
                new DocumentDateResolver(config.defaultDate()), errorHandler, options);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a pipeline from a (possibly deserialized) configuration. */
    public static ClaimTrace create(ClaimTraceConfig config) {
        return builder().config(config).build();
    }

    public ClaimTraceConfig config() {
        return config;
    }

    public List<Stage> stages() {
        return pipeline.stages();
    }

    /**
     * The CPU seconds per stage of every document processed so far, when the instance was built with
     * {@link Builder#profileStages}; else empty.
     */
    public Optional<StageProfile> stageProfile() {
        return Optional.ofNullable(pipeline.profile());
    }

    /** Processes one article. Never throws for bad content: see {@link DocumentResult#status()}. */
    public DocumentResult process(Article article) {
        if (closed) {
            throw new IllegalStateException("this ClaimTrace is closed");
        }
        return pipeline.process(Objects.requireNonNull(article, "article"));
    }

    /** The result as the documented JSON, pretty-printed. */
    public String toJson(DocumentResult result) {
        return Json.pretty(result);
    }

    /**
     * Marks this instance closed: {@link #process} then throws {@link IllegalStateException}. It unloads no model,
     * on purpose. What stays loaded, once per JVM and until the JVM ends (in {@code engine.SharedModels}):
     * <ul>
     *   <li>CoreNLP's tokenizer, part-of-speech tagger and Morpha lemmatizer; its NER CRF (all.3class; with
     *       fine-grained NER its three CRFs and rules); its neural dependency parser with the shared cache of
     *       200,000 word-feature activations;</li>
     *   <li>the KBP look-up of location subtypes (when fine-grained NER is off) and OpenNLP's language model;</li>
     *   <li>for each models directory used, the project's files: gazetteer, type overrides, cue lexicon,
     *       demonyms, cue scorer, time words.</li>
     * </ul>
     * After loading that is about 700 MB of heap in use (docs/PERFORMANCE.md, memory benchmark). Why: every
     * instance in the JVM shares these models, so that a second instance, or the next task of a Spark executor,
     * starts at once instead of loading for 10 to 30 seconds, and nothing counts the instances still using them.
     * What belongs to this instance alone, the per-thread tools of its stages (an OpenNLP language detector and two
     * SUTime annotators per worker thread), is freed with the instance and its threads.
     */
    @Override
    public void close() {
        closed = true;
    }

    /** Configures a {@link ClaimTrace}. */
    public static final class Builder {
        private ClaimTraceConfig config = ClaimTraceConfig.defaults();
        private ErrorHandler errorHandler = ErrorHandler.LOG;
        private final EnumSet<Pipeline.Option> options = Pipeline.defaultOptions();

        public Builder config(ClaimTraceConfig c) {
            this.config = Objects.requireNonNull(c);
            return this;
        }

        public Builder modelsDir(Path dir) {
            config = config.withModelsDir(dir);
            return this;
        }

        public Builder defaultDate(LocalDate date) {
            config = config.withDefaultDate(date);
            return this;
        }

        public Builder fineGrainedNer(boolean on) {
            config = config.withFineGrainedNer(on);
            return this;
        }

        /** Sentences longer than this many tokens are not parsed; the document becomes partial. */
        public Builder maxParseTokens(int tokens) {
            config = config.withMaxParseTokens(tokens);
            return this;
        }

        /** Where per-document failures are reported, besides the document's own status. */
        public Builder errorHandler(ErrorHandler handler) {
            this.errorHandler = Objects.requireNonNull(handler);
            return this;
        }

        /**
         * Checked mode: after every stage, check that it read and wrote exactly the slots it declares, and throw
         * {@link org.claimtrace.pipeline.StageContractException} when not. For tests and debugging; by default on
         * when the system property {@value StageCheck#PROPERTY} is true.
         */
        public Builder checkStages(boolean on) {
            return option(Pipeline.Option.CHECK_STAGES, on);
        }

        /** Measure the CPU seconds of every stage ({@link ClaimTrace#stageProfile()}); off by default. */
        public Builder profileStages(boolean on) {
            return option(Pipeline.Option.PROFILE, on);
        }

        private Builder option(Pipeline.Option option, boolean on) {
            if (on) {
                options.add(option);
            } else {
                options.remove(option);
            }
            return this;
        }

        public ClaimTrace build() {
            return new ClaimTrace(config, errorHandler, EnumSet.copyOf(options));
        }
    }
}
