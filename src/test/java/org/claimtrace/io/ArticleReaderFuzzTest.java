package org.claimtrace.io;

import org.claimtrace.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random bytes in every input format: the reader never throws, and a file is always one article. */
class ArticleReaderFuzzTest {
    @TempDir
    Path dir;

    @Test
    void garbageNeverEscapesAsAnException() throws IOException {
        Random rnd = new Random(7);
        String[] extensions = {".txt", ".html", ".jsonl", ""};
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[rnd.nextInt(3000)];
            rnd.nextBytes(bytes);
            if (i % 3 == 0) {
                // mostly-text garbage, which the sniffers and parsers look at more closely
                String s = "{\"id\":\"x\",\"text\":\"" + new String(bytes, StandardCharsets.ISO_8859_1) + "\n<p>";
                bytes = s.getBytes(StandardCharsets.UTF_8);
            }
            String ext = extensions[i % extensions.length];
            Path f = dir.resolve("g" + i + ext);
            Files.write(f, bytes);
            List<Article> out = new ArrayList<>();
            try (ArticleReader.ArticleIterator it = new ArticleReader(2000).read(Inputs.expand(List.of(f.toString())).get(0))) {
                it.forEachRemaining(out::add);
            }
            if (!ext.equals(".jsonl") && !(ext.isEmpty() && out.size() != 1)) {
                assertEquals(1, out.size(), f.toString());
            }
            for (Article a : out) {
                assertTrue(a.text() != null || a.readError() != null, f + ": an article has text or a reason");
            }
        }
    }
}
