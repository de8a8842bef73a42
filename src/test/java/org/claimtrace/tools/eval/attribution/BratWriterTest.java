package org.claimtrace.tools.eval.attribution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BratWriterTest {

    @Test
    void roundTripsEveryScoredRelation(@TempDir Path tmp) throws IOException {
        for (AttributionDoc doc : BratReader.readCorpus(TestData.dir("gold"))) {
            BratWriter.write(doc, tmp);
            AttributionDoc back = BratReader.readPrediction(tmp, doc);
            // the writer drops relations that have neither cue nor content (gamma's anchor-only line)
            assertEquals(doc.attributions().stream()
                    .filter(a -> !a.cue().isEmpty() || !a.content().isEmpty()).toList(), back.attributions());
        }
    }

    @Test
    void sharesIdenticalSourceSpans() throws IOException {
        AttributionDoc beta = BratReader.readCorpus(TestData.dir("gold")).get(1);
        String ann = BratWriter.toAnn(beta);
        assertEquals(1, ann.lines().filter(l -> l.contains("\tSource 65 76\t")).count());
        assertEquals(3, ann.lines().filter(l -> l.startsWith("E")).count());
    }
}
