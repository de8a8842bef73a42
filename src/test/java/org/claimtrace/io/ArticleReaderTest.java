package org.claimtrace.io;

import org.claimtrace.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private List<Article> read(String name, byte[] content, long maxBytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        List<Article> out = new ArrayList<>();
        try (ArticleReader.ArticleIterator it = new ArticleReader(maxBytes).read(Inputs.expand(List.of(f.toString())).get(0))) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private List<Article> read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8), ArticleReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void textWithByteOrderMarkIsReadWithoutIt() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Headline here\n\nBody text.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Article a = read("story.txt", all, 1000).get(0);
        assertEquals("story", a.id());
        assertEquals("Headline here\n\nBody text.", a.text());
        assertEquals("Headline here", a.title());
        assertNull(a.readError());
    }

    @Test
    void invalidUtf8GivesAnUnreadableArticleWithTheReason() throws IOException {
        Article a = read("bad.txt", new byte[]{'H', 'i', (byte) 0xC3, (byte) 0x28, ' '}, 1000).get(0);
        assertNull(a.text());
        assertEquals("invalid-utf8", a.readError().code().json());
        assertTrue(a.readError().message().contains("bad.txt"), a.readError().message());
    }

    @Test
    void tooLargeDocumentIsRefusedWithoutReadingItAll() throws IOException {
        Article a = read("big.txt", new byte[5000], 100).get(0);
        assertEquals("too-large", a.readError().code().json());
    }

    @Test
    void jsonlKeepsUnknownFieldsAsMetadataAndIsolatesBadLines() throws IOException {
        String jsonl = "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Body one.\",\"date\":\"2025-05-02\",\"url\":\"http://x\",\"section\":\"world\"}\n"
                + "\n"
                + "{not json\n"
                + "{\"text\":\"No id here.\",\"date\":\"2025-05-02T10:00:00Z\"}\n"
                + "[1,2]\n"
                + "{\"id\":\"h\",\"html\":\"<html><body><nav>menu</nav><p>From html.</p></body></html>\"}\n"
                + "{\"id\":\"empty\"}\n";
        List<Article> as = read("wire.jsonl", jsonl);
        assertEquals(6, as.size());
        Article a1 = as.get(0);
        assertEquals("a1", a1.id());
        assertEquals(LocalDate.of(2025, 5, 2), a1.date());
        assertEquals("world", a1.metadata().get("section"));
        assertEquals("http://x", a1.url());
        assertEquals("invalid-json", as.get(1).readError().code().json());
        assertEquals("wire-3", as.get(1).id());
        assertEquals("wire-4", as.get(2).id());
        assertEquals(LocalDate.of(2025, 5, 2), as.get(2).date());
        assertEquals("invalid-json", as.get(3).readError().code().json());
        assertEquals("From html.\n", as.get(4).text());
        assertEquals("no-text", as.get(5).readError().code().json());
    }

    @Test
    void deeplyNestedJsonlLineIsRefused() throws IOException {
        String deep = "{\"id\":\"d\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"text\":\"t\"}\n";
        Article a = read("deep.jsonl", deep).get(0);
        assertEquals("invalid-json", a.readError().code().json());
    }

    @Test
    void htmlDropsScriptsStylesAndNavigation() throws IOException {
        String html = "<html><head><title>Page title</title>"
                + "<meta property=\"article:published_time\" content=\"2025-06-12T09:30:00+02:00\">"
                + "<style>p{color:red}</style><script>var secret='never extract me';</script></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><header>Site</header>"
                + "<article><h1>Real headline</h1><p>First paragraph.</p><p>Second <b>bold</b> one.</p></article>"
                + "<footer>Copyright</footer></body></html>";
        Article a = read("page.html", html).get(0);
        assertEquals("Real headline\n\nFirst paragraph.\n\nSecond bold one.\n", a.text());
        assertEquals("Page title", a.title());
        assertEquals(LocalDate.of(2025, 6, 12), a.date());
        assertTrue(!a.text().contains("secret") && !a.text().contains("Home") && !a.text().contains("Copyright"));
    }
}
