package org.claimtrace.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.output.html.HtmlSink;
import org.claimtrace.testing.Chromium;
import org.claimtrace.testing.Golden;
import org.claimtrace.testing.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML view in a real browser: headless Chromium (Debian's {@code chromium}, installed by .ci/run) driven
 * over the DevTools protocol. The page renders, entities are highlighted, a real mouse click on a claim's cue
 * and on an entity fills the details panel, a {@code #claim=} address does the same on load, and the page
 * makes no network request. Skipped when chromium is missing, unless CLAIMTRACE_REQUIRE_BROWSER is set
 * (as in CI). Saves a 1280x900 screenshot to the build directory, or to the {@code claimtrace.screenshot} path.
 */
class HtmlViewIT {
    private static final String DOC = "syria-russia-2025-10-15";

    @TempDir
    static Path dir;
    private static Chromium browser;
    private static String page;
    private static DocumentResult doc;

    /** The id of the golden document's claim with this cue (ids move when extraction finds more claims). */
    private static String claimWithCue(String cue) {
        return doc.claims().stream().filter(c -> c.cue().text().startsWith(cue)).findFirst().orElseThrow().id();
    }

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        boolean required = System.getenv("CLAIMTRACE_REQUIRE_BROWSER") != null;
        assumeTrue(required || Chromium.available(), "no chromium at " + Chromium.binary());
        doc = Golden.load(DOC);
        Path out = dir.resolve("html");
        try (HtmlSink sink = new HtmlSink(out)) {
            sink.write(doc);
        }
        page = out.resolve(HtmlSink.fileName(DOC)).toUri().toString();
        browser = Chromium.start(dir.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String text(String js) {
        return browser.eval(js).asText();
    }

    @Test
    void pageRendersWithHighlightedEntities() throws InterruptedException {
        browser.navigate(page);
        assertTrue(text("document.getElementById('text').innerText")
                .contains("Syrian interim President Ahmed al-Sharaa met with Russian President Vladimir Putin"));
        assertTrue(browser.eval("document.querySelectorAll('#text .ent-PERSON').length").asInt() >= 6);
        assertTrue(browser.eval("document.querySelectorAll('#text .ent-LOCATION').length").asInt() >= 5);
        String color = text("getComputedStyle(document.querySelector('#text .ent-PERSON')).backgroundColor");
        assertTrue(!color.equals("rgba(0, 0, 0, 0)") && !color.isEmpty(), "PERSON not highlighted: " + color);
        assertEquals(doc.claims().size(), browser.eval("document.querySelectorAll('#claims tbody tr').length").asInt());
        assertEquals("", text("document.getElementById('details').dataset.kind"));
    }

    @Test
    void clickingAClaimShowsItsDetails() throws InterruptedException, IOException {
        browser.navigate(page);
        String assured = claimWithCue("assured");
        browser.click("#text [data-cue~='" + assured + "']");
        JsonNode panel = browser.eval("(() => { const p = document.getElementById('details');"
                + " return {kind: p.dataset.kind, id: p.dataset.id, text: p.innerText}; })()");
        assertEquals("claim", panel.get("kind").asText());
        assertEquals(assured, panel.get("id").asText());
        String details = panel.get("text").asText();
        assertTrue(details.contains("assured (assure)") && details.contains("Ahmed al-Sharaa")
                && details.contains("He") && details.contains("commitment"), details);
        assertEquals("#claim=" + assured, text("location.hash"));
        assertTrue(browser.eval("document.querySelectorAll('.sel-content').length").asInt() > 0);
        assertTrue(text("document.querySelector('tr.selected').dataset.claim").equals(assured));
        screenshot();

        browser.click("#text [data-entity='e3']"); // Vladimir Putin
        assertEquals("entity", text("document.getElementById('details').dataset.kind"));
        assertTrue(text("document.getElementById('details').innerText").contains("Vladimir Putin"));
    }

    @Test
    void aClaimAddressOpensItsDetailsOnLoad() throws InterruptedException {
        browser.navigate("about:blank");
        browser.navigate(page + "#claim=" + claimWithCue("expressed a commitment"));
        String details = text("document.getElementById('details').innerText");
        assertTrue(details.contains("expressed a commitment") && details.contains("President al-Sharaa"), details);
    }

    @Test
    void thePageMakesNoNetworkRequest() throws InterruptedException {
        browser.navigate(page);
        List<String> urls = browser.events.stream()
                .filter(e -> e.path("method").asText().equals("Network.requestWillBeSent"))
                .map(e -> e.path("params").path("request").path("url").asText())
                .filter(u -> !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("about:"))
                .toList();
        assertEquals(List.of(), urls);
    }

    private static void screenshot() throws IOException {
        Path build = Path.of(System.getProperty("claimtrace.buildDir", Paths.project().resolve("target").toString()));
        Path png = build.resolve("html-view.png");
        browser.eval("window.scrollTo(0, 0)"); // the header in view; the details panel is sticky
        browser.screenshot(png);
        byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(png), 0, head, 0, 4);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, head);
        assertTrue(Files.size(png) > 20_000, "screenshot too small to show the page");
        String copy = System.getProperty("claimtrace.screenshot");
        if (copy != null && !copy.isBlank()) {
            Files.copy(png, Path.of(copy), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
