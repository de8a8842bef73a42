package org.claimtrace.testing;

import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness itself, on fake stages: it passes a stage that keeps the contract and fails each kind of breach.
 * StageConformanceIT runs it over every production stage with the real models.
 */
class StageConformanceTest {
    private static final List<String> TEXTS = HostileTexts.all(7L, 20);

    private static final Stage TOKENS = WhitespaceTokens.STAGE;

    private static AssertionError breach(Consumer<Doc> action, Set<org.claimtrace.pipeline.Slot> writes) {
        Stage bad = FakeStage.of("bad", Set.of(Layer.TEXT, Layer.TOKENS), writes, action);
        return assertThrows(AssertionError.class,
                () -> new StageConformance(List.of(TOKENS, bad), Object::toString).check(TEXTS));
    }

    @Test
    void aStageThatKeepsTheContractPasses() {
        StageConformance harness = new StageConformance(List.of(TOKENS), Object::toString);
        harness.check(TEXTS);
        assertEquals(Map.of("tok", TEXTS.size()), harness.processed());
    }

    @Test
    void offsetsOutsideTheTextFail() {
        AssertionError e = breach(d -> d.setTokens(List.of(new Token(0, 0, d.index().length() + 1, "x", 0, null, null))),
                Set.of(Layer.TOKENS));
        assertTrue(e.getMessage().contains("out of place"), e.getMessage());
    }

    @Test
    void aSpanWhoseTextIsNotTheTextAtItsOffsetsFails() {
        AssertionError e = breach(d -> d.setTimeExpressions(List.of(new org.claimtrace.model.TimeExpression(
                null, 0, Math.min(1, d.index().length()), "?", 0, org.claimtrace.model.EntityType.DATE, null, null))),
                Set.of(Layer.TIME_EXPRESSIONS));
        assertTrue(e.getMessage().contains("is not the text at its offsets"), e.getMessage());
    }

    @Test
    void anUndeclaredWriteFails() {
        AssertionError e = breach(d -> d.setEntities(List.of()), Set.of());
        assertTrue(e.getMessage().contains("wrote [ENTITIES]"), e.getMessage());
    }

    @Test
    void anUndocumentedExceptionFails() {
        AssertionError e = breach(d -> {
            throw new IllegalStateException("boom");
        }, Set.of());
        assertTrue(e.getMessage().contains("threw java.lang.IllegalStateException: boom"), e.getMessage());
    }

    @Test
    void aStageWhoseOutputDependsOnEarlierDocumentsFails() {
        AtomicInteger calls = new AtomicInteger();
        AssertionError e = breach(d -> d.setLanguage(new org.claimtrace.model.Language("eng", calls.incrementAndGet())),
                Set.of(Layer.LANGUAGE));
        assertTrue(e.getMessage().contains("gave other layers on its second run"), e.getMessage());
    }
}
