package org.claimtrace.pipeline;

import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Status;
import org.claimtrace.model.Token;
import org.claimtrace.testing.FakeStage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    private static final FakeStage TOKENS = FakeStage.of("tok", Set.of(Layer.TEXT), Set.of(Layer.TOKENS, Layer.SENTENCES), d -> {
        d.setTokens(List.of(new Token(0, 0, d.index().length(), d.text(), 0, null, null)));
        d.setSentences(List.of(new Sentence(0, 0, d.index().length(), 0, 1)));
    });

    private static Pipeline pipeline(ErrorHandler handler, Stage... stages) {
        return new Pipeline(List.of(stages), new DocumentDateResolver(null), handler);
    }

    @Test
    void chainIsCheckedWhenBuilt() {
        Stage needsPos = FakeStage.of("ner", Set.of(Layer.TOKENS, Layer.POS), Set.of(Layer.NAME_MENTIONS), d -> { });
        PipelineConfigException e = assertThrows(PipelineConfigException.class,
                () -> pipeline(ErrorHandler.LOG, TOKENS, needsPos));
        assertTrue(e.getMessage().contains("'ner' reads [POS] but the stages before it write only "
                + "[SENTENCES, TEXT, TOKENS]"), e.getMessage());
        assertThrows(PipelineConfigException.class, () -> pipeline(ErrorHandler.LOG, TOKENS, TOKENS));
    }

    @Test
    void aFailingStageFailsOnlyThatDocument() {
        Stage picky = FakeStage.of("picky", Set.of(Layer.TEXT, Layer.TOKENS), Set.of(Layer.POS, Layer.LEMMA), d -> {
            if (d.text().contains("boom")) {
                throw new StageException(ProblemCode.SENTENCE_TOO_LONG, "cannot handle boom");
            }
            d.setTaggedTokens(d.tokens());
        });
        List<String> reported = new ArrayList<>();
        Pipeline p = pipeline((id, stage, err) -> reported.add(id + "/" + stage), TOKENS, picky);
        DocumentResult bad = p.process(Article.of("bad", "boom"));
        DocumentResult good = p.process(Article.of("good", "fine"));
        assertEquals(Status.FAILED, bad.status());
        assertEquals(new Problem("picky", ProblemCode.SENTENCE_TOO_LONG, "StageException: cannot handle boom"), bad.problems().get(0));
        assertEquals(Status.OK, good.status());
        assertEquals(1, good.tokens().size());
        assertEquals(List.of("bad/picky"), reported);
    }

    @Test
    void nonEssentialFailureLeavesThePartialResultAndSkipsDependants() {
        Stage flaky = new FakeStage("flaky", Set.of(Layer.TOKENS), Set.of(Layer.DEPENDENCIES), false,
                d -> { throw new IllegalStateException("parser gave up"); });
        List<String> ran = new ArrayList<>();
        Stage dependant = FakeStage.of("claims", Set.of(Layer.DEPENDENCIES), Set.of(Layer.CLAIMS), d -> ran.add("claims"));
        DocumentResult r = pipeline(ErrorHandler.LOG, TOKENS, flaky, dependant).process(Article.of("d", "text"));
        assertEquals(Status.PARTIAL, r.status());
        assertEquals(1, r.tokens().size());
        assertTrue(ran.isEmpty());
        assertEquals("flaky", r.problems().get(0).stage());
    }

    @Test
    void skippedDocumentStopsEarly() {
        Stage lang = FakeStage.of("language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE),
                d -> d.skip("language", ProblemCode.NOT_ENGLISH, "detected 'deu'"));
        DocumentResult r = pipeline(ErrorHandler.LOG, lang, TOKENS).process(Article.of("de", "Guten Tag"));
        assertEquals(Status.SKIPPED, r.status());
        assertTrue(r.tokens().isEmpty());
        assertEquals("not-english", r.problems().get(0).code().json());
    }

    @Test
    void unreadableInputIsFailedWithItsReason() {
        Article a = Article.unreadable("x", "x.txt", new Problem("input", ProblemCode.INVALID_UTF8, "x.txt: not valid UTF-8"));
        DocumentResult r = pipeline(ErrorHandler.LOG, TOKENS).process(a);
        assertEquals(Status.FAILED, r.status());
        assertEquals("invalid-utf8", r.problems().get(0).code().json());
    }

    @Test
    void failFastHandlerRethrows() {
        Stage broken = FakeStage.of("broken", Set.of(Layer.TEXT), Set.of(), d -> { throw new IllegalStateException("x"); });
        Pipeline p = pipeline(ErrorHandler.FAIL_FAST, broken);
        assertThrows(ClaimTraceException.class, () -> p.process(Article.of("a", "text")));
    }

    @Test
    void outOfMemoryInAnyStageFailsTheDocumentAndKeepsTheHeadroom() {
        Stage hungry = new FakeStage("hungry", Set.of(Layer.TEXT), Set.of(Layer.DEPENDENCIES), false, d -> {
            if (d.text().contains("huge")) {
                throw new OutOfMemoryError("Java heap space");
            }
            d.setParses(Map.of());
        });
        List<String> reported = new ArrayList<>();
        Pipeline p = pipeline((id, stage, err) -> reported.add(id + "/" + stage + "/" + err.getClass().getSimpleName()),
                TOKENS, hungry);
        DocumentResult bad = p.process(Article.of("bad", "huge"));
        assertEquals(Status.FAILED, bad.status());
        assertEquals("out-of-memory", bad.problems().get(0).code().json());
        assertTrue(MemoryHeadroom.held(), "the reserve is taken again after the failure");
        assertEquals(Status.OK, p.process(Article.of("good", "small")).status());
        assertEquals(List.of("bad/hungry/OutOfMemoryError"), reported);
    }

    @Test
    void stackOverflowInAnEssentialStageFailsTheDocument() {
        Stage deep = FakeStage.of("deep", Set.of(Layer.TOKENS), Set.of(Layer.POS), d -> {
            throw new StackOverflowError();
        });
        DocumentResult r = pipeline(ErrorHandler.LOG, TOKENS, deep).process(Article.of("d", "text"));
        assertEquals(Status.FAILED, r.status());
        assertEquals("deep", r.problems().get(0).stage());
    }
}
