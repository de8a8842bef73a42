package org.claimtrace.output.html;

import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Status;
import org.claimtrace.model.TextSpan;
import org.claimtrace.testing.Golden;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated page, parsed with jsoup: text intact, spans marked, nothing loaded from the network. */
class HtmlPageTest {
    @TempDir
    Path dir;

    /** The text segments that play {@code role} in claim {@code id} (jsoup's ~= is a regex, not a word match). */
    private static List<Element> withRole(Document page, String role, String id) {
        return page.select("#text [data-" + role + "]").stream()
                .filter(e -> List.of(e.attr("data-" + role).split(" ")).contains(id)).toList();
    }

    @Test
    void articleTextSurvivesTheMarkupExactly() {
        for (DocumentResult d : Golden.all()) {
            Document page = Jsoup.parse(HtmlPage.render(d, "index.html"));
            assertEquals(d.text(), page.getElementById("text").wholeText(), d.id());
            long mentions = d.entities().stream().mapToLong(e -> e.mentions().size()).sum();
            assertTrue(page.select("#text .ent").size() >= mentions, d.id());
            for (Claim c : d.claims()) {
                String cue = withRole(page, "cue", c.id()).stream().map(Element::text).reduce("", String::concat);
                assertEquals(c.cue().text().replaceAll("\\s+", ""), cue.replaceAll("\\s+", ""), d.id() + " " + c.id());
            }
        }
    }

    @Test
    void mentionsInsideAClaimCarryBothMarks() {
        DocumentResult doc = Golden.load("syria-russia-2025-10-15");
        String assured = doc.claims().stream().filter(c -> c.cue().text().equals("assured")).findFirst().orElseThrow().id();
        Document page = Jsoup.parse(HtmlPage.render(doc, null));
        // "his government" (e2) inside the content of the "assured" claim, "He" is its claimant and a mention of e2
        Element he = withRole(page, "claimant", assured).get(0);
        assertEquals("He", he.text());
        assertTrue(he.hasClass("ent-PERSON") && he.hasClass("claimant"), he.outerHtml());
        assertTrue(withRole(page, "content", assured).stream().anyMatch(x -> x.hasClass("ent-LOCATION")));
        assertEquals(doc.claims().size(), page.select("#claims tbody tr").size());
    }

    @Test
    void scriptInTheArticleIsText() {
        String text = "Attack </script><script>alert(1)</script> & <b>bold</b> said Ann \"quoted\".";
        int ann = text.indexOf("Ann");
        int said = text.indexOf("said");
        Entity e = new Entity("e1", EntityType.PERSON, null, "Ann </script>", List.of(), List.of(), null, 1, 1, 1,
                List.of(new Mention("m1", ann, ann + 3, "Ann", 0, MentionKind.NAME, EntityType.PERSON, null, "t", 1,
                        0, 1)));
        Claim c = new Claim("c1", null, new TextSpan(ann, ann + 3, "Ann", "e1"), "name", null,
                new Claim.Cue(said, said + 4, "said", "say"), null, new TextSpan(0, said - 1, text.substring(0, said - 1),
                null), null, null, null, null, null, null, 0, null, 0.5);
        DocumentResult d = new DocumentResult("1.1.0", "x<y", "<script>alert(2)</script>", null, null, Map.of(), null,
                null, Status.OK, List.of(), text, List.of(), List.of(), List.of(e), List.of(), List.of(c));
        String html = HtmlPage.render(d, null);
        Document page = Jsoup.parse(html);
        assertEquals(2, page.select("script").size(), "only the data and the view script");
        assertFalse(html.contains("alert(1)</script>") || html.contains("<b>bold"), html);
        assertEquals(text, page.getElementById("text").wholeText());
        assertTrue(page.getElementById("ct-data").data().contains("\\u003c/script"));
        assertEquals("<script>alert(2)</script> · claimtrace", page.title());
    }

    @Test
    void pagesAreSelfContained() throws IOException {
        try (HtmlSink sink = new HtmlSink(dir)) {
            Golden.all().forEach(sink::write);
        }
        Document index = Jsoup.parse(Files.readString(dir.resolve(HtmlSink.INDEX)));
        assertEquals(Golden.all().size(), index.select("#documents tbody tr").size());
        for (Element a : index.select("a[href]")) {
            assertTrue(Files.exists(dir.resolve(a.attr("href"))), a.attr("href"));
        }
        Document page = Jsoup.parse(Files.readString(dir.resolve("energy-summit.html")));
        assertTrue(page.select("[src], link[href]").isEmpty(), "no external resources");
        assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .startsWith("default-src 'none'"));
    }
}
