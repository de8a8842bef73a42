package org.claimtrace;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything that decides a pipeline's behaviour. Immutable and {@link Serializable}, so it can be shipped
 * to cluster executors, which build their own pipeline from it; models are never shipped.
 *
 * @param modelsDir    the project models directory (gazetteer, lexicons), or null for the copy in the jar
 * @param defaultDate  the document date for inputs whose metadata has none ({@code --date}), or null
 * @param fineGrainedNer whether CoreNLP's fine-grained NER rules run (CITY, COUNTRY, ... subtypes)
 */
public record ClaimTraceConfig(String modelsDir, LocalDate defaultDate, boolean fineGrainedNer) implements Serializable {

    public static ClaimTraceConfig defaults() {
        return new ClaimTraceConfig(null, null, true);
    }

    public Path modelsPath() {
        return modelsDir == null ? null : Path.of(modelsDir);
    }

    public ClaimTraceConfig withModelsDir(Path dir) {
        return new ClaimTraceConfig(dir == null ? null : dir.toString(), defaultDate, fineGrainedNer);
    }

    public ClaimTraceConfig withDefaultDate(LocalDate date) {
        return new ClaimTraceConfig(modelsDir, date, fineGrainedNer);
    }

    public ClaimTraceConfig withFineGrainedNer(boolean on) {
        return new ClaimTraceConfig(modelsDir, defaultDate, on);
    }
}
