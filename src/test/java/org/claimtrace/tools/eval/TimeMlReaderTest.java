package org.claimtrace.tools.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMlReaderTest {

    @Test
    void readsTextTimexAndCreationDate() throws IOException {
        GoldDocument doc = TimeMlReader.readFile(TestFiles.resource("tiny.tml"));
        assertEquals("tiny-001", doc.id());
        assertEquals(LocalDate.of(2021, 3, 4), doc.documentDate());
        assertEquals("\nThe board \uD83C\uDF89 met Tuesday and said it would vote within two weeks & report every month.\n",
                doc.text());
        assertTrue(doc.scoredRegions().isEmpty());
        // The emoji is code point 11, so "Tuesday" starts at code point 17 (UTF-16 index 18).
        assertEquals(List.of(
                new LabeledSpan(17, 24, "DATE", "2021-03-02"),
                new LabeledSpan(55, 64, "DURATION", "P2W"),
                new LabeledSpan(74, 85, "SET", "P1M")), doc.spans());
        assertEquals("every month", doc.textOf(doc.spans().get(2)));
    }

    @Test
    void readsADirectoryOfTmlFiles(@TempDir Path dir) throws IOException {
        Files.copy(TestFiles.resource("tiny.tml"), dir.resolve("b.tml"));
        Files.writeString(dir.resolve("a.tml"),
                "<TimeML><TEXT>Nothing <EVENT eid=\"e1\">happened</EVENT>.</TEXT></TimeML>");
        Files.writeString(dir.resolve("notes.txt"), "not TimeML");
        List<GoldDocument> docs = TimeMlReader.read(dir);
        assertEquals(2, docs.size());
        assertEquals("a.tml", docs.get(0).id());
        assertEquals("Nothing happened.", docs.get(0).text());
        assertNull(docs.get(0).documentDate());
        assertEquals("tiny-001", docs.get(1).id());
    }

    @Test
    void doesNotResolveExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        Path tml = dir.resolve("evil.tml");
        Files.writeString(tml, "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<TimeML><TEXT>a &xxe; b</TEXT></TimeML>");
        String text;
        try {
            text = TimeMlReader.readFile(tml).text();
        } catch (IOException refused) {
            return; // refusing the document is fine too
        }
        assertFalse(text.contains("TOPSECRET"));
    }
}
