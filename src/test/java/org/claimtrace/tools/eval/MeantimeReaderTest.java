package org.claimtrace.tools.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MeantimeReaderTest {

    private static final Path TINY = TestFiles.resource("meantime_tiny.jsonl");

    @Test
    void readsNamedEntitiesOfTheFirstSixSentencesWithCodePointOffsets() throws IOException {
        List<GoldDocument> docs = MeantimeReader.readNer(TINY);
        assertEquals(2, docs.size());
        GoldDocument a = docs.get(0);
        assertEquals("A1", a.id());
        assertEquals(LocalDate.of(2021, 5, 3), a.documentDate());
        // Sentence 0 ends with an emoji (1 code point, 2 UTF-16 units); sentences 0-5 end at code point 244.
        assertEquals(1, a.scoredRegions().size());
        assertArrayEquals(new int[] {0, 244}, a.scoredRegions().get(0));
        // NAM/PRE.NAM PER/LOC/ORG in sentences 0-5: NOM, PRO, PRO-typed and sentence-6 mentions are dropped.
        assertEquals(List.of(
                LabeledSpan.entity(0, 18, "ORGANIZATION"),
                LabeledSpan.entity(34, 42, "LOCATION"),
                LabeledSpan.entity(58, 76, "ORGANIZATION"),
                LabeledSpan.entity(97, 109, "PERSON"),
                LabeledSpan.entity(101, 109, "PERSON"),
                LabeledSpan.entity(121, 129, "LOCATION"),
                LabeledSpan.entity(136, 144, "LOCATION"),
                LabeledSpan.entity(212, 215, "PERSON"),
                LabeledSpan.entity(228, 236, "LOCATION")), a.spans());
        assertEquals("Zorblat Industries", a.textOf(a.spans().get(2)));
        assertEquals("Mira Tal", a.textOf(a.spans().get(4)));
    }

    @Test
    void convertsUtf16OffsetsWhenOnlyTheyMatchTheMentionText() throws IOException {
        GoldDocument b = MeantimeReader.readNer(TINY).get(1);
        // The line for B2 stores UTF-16 offsets (3,12), (37,46), (62,68); the text starts with an emoji.
        assertEquals(List.of(
                LabeledSpan.entity(2, 11, "ORGANIZATION"),
                LabeledSpan.entity(36, 45, "ORGANIZATION"),
                LabeledSpan.entity(61, 67, "LOCATION")), b.spans());
        assertEquals("Varnia", b.textOf(b.spans().get(2)));
        assertArrayEquals(new int[] {0, 69}, b.scoredRegions().get(0));
        // No dct: the CREATION_TIME TIMEX3 gives the date.
        assertEquals(LocalDate.of(2020, 6, 9), b.documentDate());
    }

    @Test
    void readsTimexWithSpanInsideTheScoredRegion() throws IOException {
        List<GoldDocument> docs = MeantimeReader.readTimex(TINY);
        // The dateline (creation time) is kept, the empty-span TIMEX3 and the sentence-6 one are not.
        assertEquals(List.of(
                new LabeledSpan(45, 57, "DATE", "2021-05-03"),
                new LabeledSpan(85, 91, "DATE", "2021-05-03"),
                new LabeledSpan(192, 201, "DURATION", "P2Y")), docs.get(0).spans());
        assertEquals("May 3 , 2021", docs.get(0).textOf(docs.get(0).spans().get(0)));
        assertEquals(List.of(new LabeledSpan(22, 35, "DATE", "2020-06-09")), docs.get(1).spans());
    }

    @Test
    void readsTheRealCorpusWhenPresent() throws IOException {
        Path jsonl = TestFiles.shared().resolve("eval/meantime/meantime_en_intra-doc.jsonl");
        assumeTrue(Files.isRegularFile(jsonl), "MEANTIME not staged at " + jsonl);

        List<GoldDocument> ner = MeantimeReader.readNer(jsonl);
        assertEquals(120, ner.size());
        // NOTES.md: named (NAM/PRE.NAM) mentions ORG 523, LOC 271, PER 99; all lie in sentences 0-5.
        assertEquals(Map.of("ORGANIZATION", 523L, "LOCATION", 271L, "PERSON", 99L), countTypes(ner));
        for (GoldDocument d : ner) {
            for (LabeledSpan s : d.spans()) {
                assertTrue(s.end() <= d.scoredRegions().get(0)[1]);
                String covered = d.textOf(s);
                assertEquals(covered.strip(), covered, "span boundary inside whitespace in " + d.id());
            }
        }
        // 117 ISO dct + one "03-02-2009" (dd-MM-yyyy) + two from the dateline.
        assertEquals(120, ner.stream().filter(d -> d.documentDate() != null).count());

        List<GoldDocument> timex = MeantimeReader.readTimex(jsonl);
        // NOTES.md: 370 TIMEX3 (DATE 286, DURATION 62, TIME 18, SET 4) + 118 creation-time datelines.
        assertEquals(Map.of("DATE", 286L + 118L, "DURATION", 62L, "TIME", 18L, "SET", 4L), countTypes(timex));
        assertTrue(timex.stream().flatMap(d -> d.spans().stream()).allMatch(s -> s.value() != null));
    }

    @Test
    void endOfSentenceStopsAtTheTextEnd() {
        assertEquals(3, MeantimeReader.endOfSentence("a\nb\nc", 1));
        assertEquals(5, MeantimeReader.endOfSentence("a\nb\nc", 5));
    }

    @Test
    void missingDateIsNull() throws IOException {
        Path tmp = Files.createTempFile("meantime", ".jsonl");
        try {
            Files.writeString(tmp, "{\"doc_id\":\"x\",\"text\":\"Hi\",\"entities\":[],\"timex3\":[]}\n\n");
            List<GoldDocument> docs = MeantimeReader.readNer(tmp);
            assertEquals(1, docs.size());
            assertNull(docs.get(0).documentDate());
            assertArrayEquals(new int[] {0, 2}, docs.get(0).scoredRegions().get(0));
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void documentDateFallbacks() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertEquals(LocalDate.of(2009, 2, 3), MeantimeReader.documentDate(json.readTree(
                "{\"dct\":\"03-02-2009\",\"text\":\"T\\nFebruary 03 , 2009\"}")));
        assertEquals(LocalDate.of(2007, 9, 1), MeantimeReader.documentDate(json.readTree(
                "{\"dct\":null,\"text\":\"Title\\nSeptember 01 , 2007\\nBody .\",\"timex3\":[]}")));
        assertEquals(LocalDate.of(2001, 1, 2), MeantimeReader.documentDate(json.readTree(
                "{\"text\":\"T\\nx\",\"timex3\":[{\"function\":\"CREATION_TIME\",\"value\":\"2001-01-02\"}]}")));
        assertNull(MeantimeReader.documentDate(json.readTree("{\"text\":\"T\\nnot a date\"}")));
    }

    private static Map<String, Long> countTypes(List<GoldDocument> docs) {
        return docs.stream().flatMap(d -> d.spans().stream())
                .collect(Collectors.groupingBy(LabeledSpan::type, Collectors.counting()));
    }
}
