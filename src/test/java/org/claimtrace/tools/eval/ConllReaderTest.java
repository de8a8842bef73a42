package org.claimtrace.tools.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConllReaderTest {

    @Test
    void readsTwoDocumentsWithCodePointOffsets() throws IOException {
        List<GoldDocument> docs = ConllReader.read(TestFiles.resource("tiny.conll"));
        assertEquals(2, docs.size());

        GoldDocument first = docs.get(0);
        assertEquals("tiny.conll#1", first.id());
        assertEquals("Maria Schmidt visited Lyon \uD83D\uDE00 .\nAcme Corp hired Tom .", first.text());
        assertNull(first.documentDate());
        assertTrue(first.scoredRegions().isEmpty());
        // IOB2. The emoji (code point 27) shifts the second sentence by one UTF-16 unit, not in code points.
        assertEquals(List.of(
                LabeledSpan.entity(0, 13, "PERSON"),
                LabeledSpan.entity(22, 26, "LOCATION"),
                LabeledSpan.entity(31, 40, "ORGANIZATION"),
                LabeledSpan.entity(47, 50, "PERSON")), first.spans());
        assertEquals("Acme Corp", first.textOf(first.spans().get(2)));
        assertEquals("Tom", first.textOf(first.spans().get(3)));
    }

    @Test
    void decodesIob1AndDropsMisc() throws IOException {
        GoldDocument second = ConllReader.read(TestFiles.resource("tiny.conll")).get(1);
        assertEquals("tiny.conll#2", second.id());
        assertEquals("Oslo Bergen and German Telekom opened .", second.text());
        // I-LOC B-LOC = two locations; I-MISC I-ORG = MISC (dropped) then a new ORG.
        assertEquals(List.of(
                LabeledSpan.entity(0, 4, "LOCATION"),
                LabeledSpan.entity(5, 11, "LOCATION"),
                LabeledSpan.entity(23, 30, "ORGANIZATION")), second.spans());
    }

    @Test
    void fileWithoutDocstartIsOneDocumentAndEntitiesEndAtSentenceBreaks() throws IOException {
        String conll = "Anna I-PER\n\nKarl I-PER\nBerg I-PER\n";
        List<GoldDocument> docs = ConllReader.read(new StringReader(conll), "x");
        assertEquals(1, docs.size());
        assertEquals("Anna\nKarl Berg", docs.get(0).text());
        assertEquals(List.of(LabeledSpan.entity(0, 4, "PERSON"), LabeledSpan.entity(5, 14, "PERSON")),
                docs.get(0).spans());
    }
}
