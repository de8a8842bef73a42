package org.claimtrace.tools.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark corpus times distinct articles only, apart from its warm-up, unless told to repeat them. */
class BenchCorpusTest {
    @TempDir
    Path dir;

    private void articles(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Article number " + i + " says the council met.");
        }
        Files.writeString(dir.resolve("dup.txt"), "Article number 0 says the council met.");
    }

    @Test
    void warmUpAndTimedArticlesAreDistinctAndDuplicatesCountOnce() throws IOException {
        articles(20);
        BenchCorpus.Split s = BenchCorpus.load(List.of(dir), 100, 0, false);
        assertEquals(4, s.warmUp().size(), "at most a fifth of the corpus warms up");
        assertEquals(16, s.timed().size());
        assertEquals(0, s.replicated());
        Set<String> texts = new HashSet<>();
        s.warmUp().forEach(a -> texts.add(a.text()));
        s.timed().forEach(a -> assertTrue(texts.add(a.text()), "timed twice or warmed up: " + a.id()));
    }

    @Test
    void moreDocumentsThanTheCorpusHoldsIsRefused() throws IOException {
        articles(10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchCorpus.load(List.of(dir), 2, 50, false));
        assertTrue(e.getMessage().contains("10 distinct articles") && e.getMessage().contains("--replicate"),
                e.getMessage());
    }

    @Test
    void asManyDocumentsAsTheCorpusHoldsShrinksTheWarmUpAndSaysSo() throws IOException {
        articles(10);
        BenchCorpus.Split s = BenchCorpus.load(List.of(dir), 2, 10, false);
        assertEquals(10, s.timed().size());
        assertEquals(0, s.warmUp().size());
        assertEquals(0, s.replicated());
        assertTrue(s.note() != null
                && s.note().contains("leaves 0 of the corpus's 10 articles for the warm-up instead of 2"), s.note());
        BenchCorpus.Split nine = BenchCorpus.load(List.of(dir), 2, 9, false);
        assertEquals(1, nine.warmUp().size());
        assertTrue(nine.timed().stream().noneMatch(a -> a.text().equals(nine.warmUp().get(0).text())));
        org.junit.jupiter.api.Assertions.assertNull(BenchCorpus.load(List.of(dir), 2, 8, false).note(),
                "nothing to say when the warm-up fits");
    }

    @Test
    void replicationIsCountedWhenAskedFor() throws IOException {
        articles(10);
        BenchCorpus.Split s = BenchCorpus.load(List.of(dir), 2, 20, true);
        assertEquals(20, s.timed().size());
        assertEquals(12, s.replicated());
        assertEquals(8, s.distinctTimed().size());
    }

    @Test
    void aSeparateWarmUpCorpusLeavesTheWholeCorpusTimedAndSkipsSharedTexts(@TempDir Path other) throws IOException {
        articles(10);
        for (int i = 0; i < 6; i++) {
            Files.writeString(other.resolve("w" + i + ".txt"), "A warm-up article " + i + " about the harbour.");
        }
        Files.writeString(other.resolve("shared.txt"), "Article number 3 says the council met.");
        BenchCorpus.Split s = BenchCorpus.load(List.of(dir), List.of(other), 100, 0, false);
        assertEquals(10, s.timed().size(), "every distinct article of the timed corpus is timed");
        assertEquals(6, s.warmUp().size(), "the text shared with the timed corpus does not warm up");
        Set<String> texts = new HashSet<>();
        s.warmUp().forEach(a -> texts.add(a.text()));
        s.timed().forEach(a -> assertTrue(texts.add(a.text()), "timed twice or warmed up: " + a.id()));
        assertEquals(3, BenchCorpus.load(List.of(dir), List.of(other), 3, 0, false).warmUp().size());
    }

    @Test
    void aWarmUpCorpusWithNothingNewIsRefused() throws IOException {
        articles(10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchCorpus.load(List.of(dir), List.of(dir), 5, 0, false));
        assertTrue(e.getMessage().contains("no readable article that is not also in"), e.getMessage());
    }
}
