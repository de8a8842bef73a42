package org.claimtrace.pipeline;

import org.claimtrace.model.ProblemCode;
import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Status;
import org.claimtrace.model.Token;
import org.claimtrace.testing.FakeStage;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a stage declares is what it does: checked when the chain is built, and after each stage in checked mode. */
class StageContractTest {
    /** An engine's state, as an engine package would define it. */
    private static final EngineState<StringBuilder> SCRATCH = EngineState.of("scratch", StringBuilder.class);

    private static final Stage TOKENS = FakeStage.of("tok", Set.of(Layer.TEXT), Set.of(Layer.TOKENS, Layer.SENTENCES), d -> {
        d.setTokens(List.of(new Token(0, 0, d.index().length(), d.text(), 0, null, null)));
        d.setSentences(List.of(new Sentence(0, 0, d.index().length(), 0, 1)));
    });

    private static Pipeline checked(Stage... stages) {
        return new Pipeline(List.of(stages), new DocumentDateResolver(null), ErrorHandler.LOG,
                EnumSet.of(Pipeline.Option.CHECK_STAGES));
    }

    private static String breach(Stage stage) {
        return assertThrows(StageContractException.class,
                () -> checked(TOKENS, stage).process(Article.of("d1", "text"))).getMessage();
    }

    @Test
    void aStageThatWritesALayerItDoesNotDeclareFails() {
        Stage sneaky = FakeStage.of("sneaky", Set.of(Layer.TOKENS), Set.of(Layer.ENTITIES), d -> {
            d.tokens();
            d.setEntities(List.of());
            d.setTimeExpressions(List.of());
        });
        assertEquals("stage 'sneaky' on document d1: wrote [TIME_EXPRESSIONS], which its writes() does not list",
                breach(sneaky));
    }

    @Test
    void aStageThatDoesNotWriteALayerItDeclaresFails() {
        Stage lazy = FakeStage.of("lazy", Set.of(Layer.TOKENS), Set.of(Layer.POS, Layer.LEMMA), d -> d.tokens());
        String message = breach(lazy);
        assertTrue(message.startsWith("stage 'lazy' on document d1: did not write ["), message);
        assertTrue(message.contains("POS") && message.contains("LEMMA"), message);
    }

    @Test
    void aStageThatReadsASlotItDoesNotDeclareFails() {
        Stage nosy = FakeStage.of("nosy", Set.of(Layer.TOKENS), Set.of(Layer.ENTITIES), d -> {
            d.sentences();
            d.setEntities(List.of());
        });
        assertEquals("stage 'nosy' on document d1: read [SENTENCES], which its reads() does not list", breach(nosy));
    }

    @Test
    void aStageThatKeepsToItsDeclarationPassesAndUncheckedPipelinesCheckNothing() {
        Stage entities = FakeStage.of("entities", Set.of(Layer.TOKENS), Set.of(Layer.ENTITIES), d -> {
            d.tokens();
            d.setEntities(List.<Entity>of());
        });
        assertEquals(Status.OK, checked(TOKENS, entities).process(Article.of("a", "text")).status());
        Stage sneaky = FakeStage.of("sneaky", Set.of(Layer.TOKENS), Set.of(), d -> d.setEntities(List.of()));
        Pipeline unchecked = new Pipeline(List.of(TOKENS, sneaky), new DocumentDateResolver(null), ErrorHandler.LOG,
                EnumSet.noneOf(Pipeline.Option.class));
        assertEquals(Status.OK, unchecked.process(Article.of("a", "text")).status());
    }

    @Test
    void aSkippedDocumentNeedNotHaveEveryDeclaredLayer() {
        Stage language = FakeStage.of("language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE),
                d -> d.skip("language", ProblemCode.EMPTY, "nothing to read"));
        assertEquals(Status.SKIPPED, checked(language, TOKENS).process(Article.of("e", " ")).status());
    }

    @Test
    void engineStateIsTypedDeclaredAndChecked() {
        Stage writer = FakeStage.of("writer", Set.of(Layer.TEXT), Set.of(SCRATCH),
                d -> d.setState(SCRATCH, new StringBuilder(d.text())));
        Stage reader = FakeStage.of("reader", Set.of(SCRATCH), Set.of(Layer.LANGUAGE), d -> {
            d.state(SCRATCH).append('!');
            d.setLanguage(new org.claimtrace.model.Language("eng", 1.0));
        });
        DocumentResult r = checked(writer, reader).process(Article.of("s", "text"));
        assertEquals(Status.OK, r.status());
        assertEquals("eng", r.language().code());

        PipelineConfigException e = assertThrows(PipelineConfigException.class, () -> checked(reader, writer));
        assertTrue(e.getMessage().contains("'reader' reads [scratch] but the stages before it write only [TEXT]"),
                e.getMessage());
        Stage undeclared = FakeStage.of("undeclared", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), d -> {
            d.state(SCRATCH);
            d.setLanguage(null);
        });
        StageContractException breach = assertThrows(StageContractException.class,
                () -> checked(writer, undeclared).process(Article.of("s", "text")));
        assertTrue(breach.getMessage().contains("read [scratch]"), breach.getMessage());
    }

    @Test
    void aValueCanBeReadOnlyAsTheTypeOfItsKey() {
        Doc doc = new Doc(Article.of("t", "text"), "text", null);
        StringBuilder value = new StringBuilder();
        doc.setState(SCRATCH, value);
        assertSame(value, doc.state(SCRATCH));
        assertTrue(doc.has(SCRATCH));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> doc.state(EngineState.of("other", String.class)));
        assertTrue(e.getMessage().contains("no stage before wrote it"), e.getMessage());
    }
}
