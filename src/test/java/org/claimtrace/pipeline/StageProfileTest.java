package org.claimtrace.pipeline;

import org.claimtrace.io.DocumentDateResolver;
import org.claimtrace.model.Article;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;
import org.claimtrace.testing.FakeStage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageProfileTest {
    /** One token per character. */
    private static final Stage CHARS = FakeStage.of("chars", Set.of(Layer.TEXT), Set.of(Layer.TOKENS, Layer.SENTENCES), d -> {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < d.index().length(); i++) {
            tokens.add(new Token(i, i, i + 1, d.span(i, i + 1), 0, null, null));
        }
        d.setTokens(tokens);
        d.setSentences(List.of(new Sentence(0, 0, d.index().length(), 0, tokens.size())));
    });

    /** Burns about 30 ms of CPU per document. */
    private static final Stage BUSY = FakeStage.of("busy", Set.of(Layer.TOKENS), Set.of(Layer.LANGUAGE), d -> {
        long until = StageProfile.cpuNanos() + 30_000_000L;
        long x = 0;
        while (StageProfile.cpuNanos() < until) {
            x += d.tokens().size();
        }
        d.setLanguage(new org.claimtrace.model.Language(x > 0 ? "eng" : "und", 1.0));
    });

    @Test
    void cpuSecondsAreCountedPerStageWithTokensAndShares() {
        Pipeline p = new Pipeline(List.of(CHARS, BUSY), new DocumentDateResolver(null), ErrorHandler.LOG,
                EnumSet.of(Pipeline.Option.PROFILE));
        p.process(Article.of("a", "abcd"));
        p.process(Article.of("b", "efghij"));
        StageProfile profile = p.profile();
        assertEquals(2, profile.documents());
        assertEquals(10, profile.tokens());
        List<StageProfile.Row> rows = profile.rows();
        assertEquals(List.of("chars", "busy", "total"), rows.stream().map(StageProfile.Row::stage).toList());
        StageProfile.Row busy = rows.get(1);
        assertTrue(busy.cpuSeconds() >= 0.055, "two documents of 30 ms: " + busy);
        assertTrue(busy.share() > 0.5, busy.toString());
        assertEquals(10 / busy.cpuSeconds(), busy.tokensPerCpuSecond(), 1e-6);
        assertEquals(1.0, rows.get(2).share(), 1e-9);
        assertTrue(profile.table().contains("| busy | "), profile.table());

        profile.reset();
        assertEquals(0, profile.documents());
        assertEquals(0.0, profile.rows().get(1).cpuSeconds());
    }

    @Test
    void offByDefault() {
        assertNull(new Pipeline(List.of(CHARS), new DocumentDateResolver(null), ErrorHandler.LOG).profile());
    }
}
