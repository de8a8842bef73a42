package org.claimtrace;

import org.claimtrace.stages.StandardStages;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything that decides a pipeline's behaviour. Immutable and {@link Serializable}, so it can be shipped
 * to cluster executors, which build their own pipeline from it; models are never shipped.
 *
 * @param modelsDir      the project models directory (gazetteer, lexicons), or null for the copy in the jar
 * @param defaultDate    the document date for inputs whose metadata has none ({@code --date}), or null
 * @param fineGrainedNer whether CoreNLP's fine-grained NER rules run; off by default: location subtypes
 *                       (CITY, COUNTRY, STATE_OR_PROVINCE) then come from a look-up in CoreNLP's KBP
 *                       gazetteer, which is faster and scored better on MEANTIME (docs/QUALITY.md)
 * @param maxParseTokens the parse budget: longer sentences are not parsed and the document becomes partial
 */
public record ClaimTraceConfig(String modelsDir, LocalDate defaultDate, boolean fineGrainedNer, int maxParseTokens)
        implements Serializable {

    /** Default parse budget in tokens per sentence ({@code --max-parse-tokens}). */
    public static final int DEFAULT_MAX_PARSE_TOKENS = StandardStages.MAX_PARSE_TOKENS;

    public ClaimTraceConfig {
        if (maxParseTokens < 1) {
            throw new IllegalArgumentException("maxParseTokens must be positive, not " + maxParseTokens);
        }
    }

    /** A configuration with the default parse budget. */
    public ClaimTraceConfig(String modelsDir, LocalDate defaultDate, boolean fineGrainedNer) {
        this(modelsDir, defaultDate, fineGrainedNer, DEFAULT_MAX_PARSE_TOKENS);
    }

    public static ClaimTraceConfig defaults() {
        return new ClaimTraceConfig(null, null, false, DEFAULT_MAX_PARSE_TOKENS);
    }

    public Path modelsPath() {
        return modelsDir == null ? null : Path.of(modelsDir);
    }

    public ClaimTraceConfig withModelsDir(Path dir) {
        return new ClaimTraceConfig(dir == null ? null : dir.toString(), defaultDate, fineGrainedNer, maxParseTokens);
    }

    public ClaimTraceConfig withDefaultDate(LocalDate date) {
        return new ClaimTraceConfig(modelsDir, date, fineGrainedNer, maxParseTokens);
    }

    public ClaimTraceConfig withFineGrainedNer(boolean on) {
        return new ClaimTraceConfig(modelsDir, defaultDate, on, maxParseTokens);
    }

    public ClaimTraceConfig withMaxParseTokens(int tokens) {
        return new ClaimTraceConfig(modelsDir, defaultDate, fineGrainedNer, tokens);
    }
}
