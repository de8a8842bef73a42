package org.claimtrace.output.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Status;
import org.claimtrace.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV tables of the golden outputs read back, with Jackson's CSV module, to the JSON's counts and values. */
class CsvTablesSinkTest {
    @TempDir
    Path dir;

    private static List<Map<String, String>> read(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> it = CsvTablesSink.MAPPER.readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static Map<String, Long> perDoc(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("doc_id"), Collectors.counting()));
    }

    @Test
    void tablesRoundTripToTheJsonCounts() throws IOException {
        List<DocumentResult> docs = Golden.all();
        try (CsvTablesSink sink = new CsvTablesSink(dir)) {
            docs.forEach(sink::write);
        }
        List<Map<String, String>> documents = read(dir.resolve(CsvTablesSink.DOCUMENTS));
        List<Map<String, String>> entities = read(dir.resolve(CsvTablesSink.ENTITIES));
        List<Map<String, String>> mentions = read(dir.resolve(CsvTablesSink.MENTIONS));
        List<Map<String, String>> claims = read(dir.resolve(CsvTablesSink.CLAIMS));
        assertEquals(docs.size(), documents.size());
        Map<String, Long> e = perDoc(entities);
        Map<String, Long> m = perDoc(mentions);
        Map<String, Long> c = perDoc(claims);
        for (DocumentResult d : docs) {
            long mentionCount = d.entities().stream().mapToLong(x -> x.mentions().size()).sum();
            assertEquals(d.entities().size(), e.getOrDefault(d.id(), 0L), d.id() + " entities");
            assertEquals(mentionCount, m.getOrDefault(d.id(), 0L), d.id() + " mentions");
            assertEquals(d.claims().size(), c.getOrDefault(d.id(), 0L), d.id() + " claims");
            Map<String, String> row = documents.stream().filter(r -> r.get("doc_id").equals(d.id())).findFirst()
                    .orElseThrow();
            assertEquals(d.title(), row.get("title"));
            assertEquals(Integer.toString(d.claims().size()), row.get("claims"));
        }
        // texts with quotes, commas and emoji come back unchanged
        for (DocumentResult d : docs) {
            for (Claim cl : d.claims()) {
                Map<String, String> row = claims.stream()
                        .filter(r -> r.get("doc_id").equals(d.id()) && r.get("claim_id").equals(cl.id()))
                        .findFirst().orElseThrow();
                assertEquals(cl.content().text(), row.get("content_text"));
                assertEquals(cl.cue().lemma(), row.get("cue_lemma"));
                assertEquals(Integer.toString(cl.content().begin()), row.get("content_begin"));
            }
        }
    }

    @Test
    void claimRowsNameTheClaimantEntity() throws IOException {
        DocumentResult d = Golden.load("syria-russia-2025-10-15");
        try (CsvTablesSink sink = new CsvTablesSink(dir)) {
            sink.write(d);
        }
        String assured = d.claims().stream().filter(c -> c.cue().text().equals("assured")).findFirst().orElseThrow().id();
        Map<String, String> c2 = read(dir.resolve(CsvTablesSink.CLAIMS)).stream()
                .filter(r -> r.get("claim_id").equals(assured)).findFirst().orElseThrow();
        assertEquals("He", c2.get("claimant_text"));
        assertEquals("e2", c2.get("claimant_entity_id"));
        assertEquals("Ahmed al-Sharaa", c2.get("claimant_entity_name"));
        assertEquals("assure", c2.get("cue_lemma"));
        assertEquals("commitment", c2.get("type"));
        assertEquals("false", c2.get("hedged"));
        Entity sharaa = d.entities().stream().filter(x -> x.id().equals("e2")).findFirst().orElseThrow();
        Map<String, String> er = read(dir.resolve(CsvTablesSink.ENTITIES)).stream()
                .filter(r -> r.get("entity_id").equals("e2")).findFirst().orElseThrow();
        assertEquals(String.join(CsvRows.LIST_SEPARATOR, sharaa.aliases()), er.get("aliases"));
        assertEquals("PERSON", er.get("type"));
    }

    @Test
    void tablesHaveHeadersEvenWithoutRows() throws IOException {
        DocumentResult empty = new DocumentResult("1.1.0", "empty", null, null, null, Map.of(), null, null,
                Status.SKIPPED, List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of());
        try (CsvTablesSink sink = new CsvTablesSink(dir)) {
            sink.write(empty);
        }
        String claims = Files.readString(dir.resolve(CsvTablesSink.CLAIMS));
        assertTrue(claims.startsWith("doc_id,claim_id,type,claimant_text,"), claims);
        assertEquals(1, claims.lines().count());
        assertEquals(1, read(dir.resolve(CsvTablesSink.DOCUMENTS)).size());
    }
}
