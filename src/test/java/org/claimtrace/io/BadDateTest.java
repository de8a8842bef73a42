package org.claimtrace.io;

import org.claimtrace.model.Article;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.ErrorHandler;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Pipeline;
import org.claimtrace.testing.FakeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unparseable or impossible metadata date is a bad-date problem, and the date falls back to the next source. */
class BadDateTest {
    @TempDir
    Path dir;

    private List<Article> read(String name, String content) throws IOException {
        Path f = Files.writeString(dir.resolve(name), content);
        List<Article> out = new ArrayList<>();
        try (ArticleReader.ArticleIterator it = new ArticleReader(1 << 20).read(Inputs.expand(List.of(f.toString())).get(0))) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private static DocumentResult process(Article a, LocalDate option) {
        Pipeline p = new Pipeline(List.of(FakeStage.of("noop", Set.of(Layer.TEXT), Set.of(), d -> { })),
                new DocumentDateResolver(option), ErrorHandler.LOG);
        return p.process(a);
    }

    @Test
    void jsonlDatesThatAreNotDatesAreReportedAndFallBack() throws IOException {
        List<Article> docs = read("in.jsonl", """
                {"id": "impossible", "date": "2025-02-30", "text": "GENEVA, March 3, 2025 - Talks went on."}
                {"id": "garbage", "date": "not-a-date", "text": "No date in this text."}
                {"id": "fine", "date": "2025-10-15T09:30:00Z", "text": "Text."}
                """);
        Article impossible = docs.get(0);
        assertNull(impossible.date());
        assertEquals("2025-02-30", impossible.metadata().get(DocumentDateResolver.UNUSABLE_DATE), "kept verbatim");

        DocumentResult r = process(impossible, null);
        assertEquals(Status.PARTIAL, r.status(), "a document with a problem is not ok");
        assertEquals(DateSource.TEXT, r.documentDate().source(), "fell back to the dateline");
        assertEquals(LocalDate.of(2025, 3, 3), r.documentDate().value());
        Problem p = r.problems().get(0);
        assertEquals("input", p.stage());
        assertEquals(ProblemCode.BAD_DATE, p.code());
        assertTrue(p.message().contains("'2025-02-30' is not a valid calendar date"), p.message());
        assertTrue(p.message().contains("from the text"), p.message());

        DocumentResult g = process(docs.get(1), LocalDate.of(2025, 1, 2));
        assertEquals(DateSource.OPTION, g.documentDate().source());
        assertEquals(ProblemCode.BAD_DATE, g.problems().get(0).code());
        assertTrue(g.problems().get(0).message().contains("'not-a-date' is not an ISO date"), g.problems().toString());
        assertTrue(g.problems().get(0).message().contains("2025-01-02, from --date"), g.problems().toString());

        DocumentResult none = process(docs.get(1), null);
        assertEquals(DateSource.NONE, none.documentDate().source());
        assertTrue(none.problems().get(0).message().contains("unknown"), none.problems().toString());

        DocumentResult fine = process(docs.get(2), null);
        assertEquals(Status.OK, fine.status());
        assertEquals(List.of(), fine.problems());
        assertEquals(LocalDate.of(2025, 10, 15), fine.documentDate().value());
    }

    @Test
    void anHtmlDateTagThatIsNotADateIsReportedAndTheNextTagIsUsed() throws IOException {
        Article a = read("page.html", """
                <html><head><meta property="article:published_time" content="2025-13-01">
                <title>T</title></head><body><article><time datetime="2025-06-07">June 7</time>
                <p>Body.</p></article></body></html>
                """).get(0);
        assertEquals(LocalDate.of(2025, 6, 7), a.date());
        DocumentResult r = process(a, null);
        assertEquals(DateSource.METADATA, r.documentDate().source());
        assertEquals(ProblemCode.BAD_DATE, r.problems().get(0).code());
        assertTrue(r.problems().get(0).message().contains("'2025-13-01'")
                && r.problems().get(0).message().contains("2025-06-07, from another metadata field"), r.problems().toString());
    }

    @Test
    void anArticleOnlyInsideNoscriptOrTemplateHasNoText() {
        // documented in the README: what a browser does not show is not the article
        for (String wrapper : new String[]{"noscript", "template"}) {
            HtmlExtractor.Extracted x = HtmlExtractor.extract("<html><body><" + wrapper + "><article><p>Hidden text."
                    + "</p></article></" + wrapper + "></body></html>");
            assertEquals("", x.text(), wrapper);
        }
        assertEquals("Shown.\n", HtmlExtractor.extract("<html><body><article><p>Shown.</p><noscript><p>Enable JS."
                + "</p></noscript></article></body></html>").text());
    }
}
