package org.claimtrace.io;

import org.claimtrace.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTML input never reaches the network and expands no entities: a page full of external references to a
 * local listening socket is read, and the socket must see no connection.
 */
class HtmlSecurityTest {
    @TempDir
    Path dir;

    @Test
    void externalEntitiesAndResourcesAreNeitherFetchedNorExpanded() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(100);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep listening
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String html = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE html [\n"
                    + "  <!ENTITY xxe SYSTEM \"" + base + "/entity\">\n"
                    + "  <!ENTITY file SYSTEM \"file:///etc/passwd\">\n"
                    + "  <!ENTITY % remote SYSTEM \"" + base + "/dtd\"> %remote;\n"
                    + "]>\n"
                    + "<html><head><title>Safe page</title>\n"
                    + "<link rel=\"stylesheet\" href=\"" + base + "/css\">\n"
                    + "<script src=\"" + base + "/js\"></script>\n"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">\n"
                    + "</head><body><article>\n"
                    + "<p>The minister said &xxe; and &file; were not expanded.</p>\n"
                    + "<img src=\"" + base + "/img\"><iframe src=\"" + base + "/frame\"></iframe>\n"
                    + "<object data=\"" + base + "/obj\"></object>\n"
                    + "<p>Officials confirmed the talks.</p></article></body></html>\n";
            HtmlExtractor.Extracted x = HtmlExtractor.extract(html);
            Path page = dir.resolve("page.html");
            Files.writeString(page, html);
            List<Article> read = new java.util.ArrayList<>();
            try (ArticleReader.ArticleIterator it = new ArticleReader(1 << 20)
                    .read(Inputs.expand(List.of(page.toString())).get(0))) {
                it.forEachRemaining(read::add);
            }
            Thread.sleep(300);
            assertEquals(0, connections.get(), "the parser opened a connection");
            assertEquals("The minister said &xxe; and &file; were not expanded.\n\nOfficials confirmed the talks.\n",
                    x.text());
            assertEquals(x.text(), read.get(0).text());
            assertFalse(x.text().contains("root:"), "no local file was read");
        }
    }

    @Test
    void jsoupIsUsedOnlyAsAParserNeverToConnect() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/claimtrace/io/HtmlExtractor.java"));
        assertTrue(source.contains("Jsoup.parse("), "HtmlExtractor parses strings");
        assertFalse(source.contains("Jsoup.connect"), "no fetching");
        assertFalse(source.contains("Parser.xmlParser"), "no XML parser, which would process a DOCTYPE");
    }
}
