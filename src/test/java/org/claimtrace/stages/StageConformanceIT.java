package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.testing.HostileTexts;
import org.claimtrace.testing.StageConformance;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stage conformance harness ({@link StageConformance}) over every production stage, with the real models, on
 * hostile and seeded random text: offsets and spans, declared reads and writes, no engine state changed behind a
 * stage's declaration, no exception but {@code StageException}, the same output for the same text.
 */
class StageConformanceIT {

    @Test
    void everyProductionStageKeepsTheContract() {
        List<Stage> chain = StandardStages.build(null, false, ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS);
        StageConformance harness = new StageConformance(chain, StageConformanceIT::fingerprint);
        List<String> texts = HostileTexts.all(20251015L, 40);
        harness.check(texts);
        assertEquals(List.of("language", "tokenize", "pos-lemma", "ner", "timex", "entities", "cues", "parse", "claims"),
                List.copyOf(harness.processed().keySet()), "the harness covers the whole production chain");
        harness.processed().forEach((stage, n) -> assertTrue(n >= texts.size() - 1,
                stage + " ran on only " + n + " of " + texts.size() + " texts"));
    }

    /** Every annotation of every token and sentence of a CoreNLP document (collections by size). */
    static String fingerprint(Object state) {
        CoreNlpDoc core = (CoreNlpDoc) state;
        StringBuilder sb = new StringBuilder();
        for (CoreMap s : core.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
            sb.append(map(s)).append('\n');
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                sb.append("  ").append(map(t)).append('\n');
            }
        }
        sb.append(core.labels().size());
        return sb.toString();
    }

    @SuppressWarnings("rawtypes")
    private static String map(CoreMap m) {
        Map<String, String> keys = new TreeMap<>();
        for (Class k : m.keySet()) {
            Object v = m.get(k);
            keys.put(k.getSimpleName(), v instanceof Collection<?> c ? "#" + c.size()
                    : v instanceof CoreMap ? "map" : String.valueOf(v));
        }
        return keys.toString();
    }
}
