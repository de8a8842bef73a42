package org.claimtrace.tools.eval.attribution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BratReaderTest {

    @Test
    void readsOneAnnotatorFilePerArticleInSortOrder() throws IOException {
        List<AttributionDoc> docs = BratReader.readCorpus(TestData.dir("gold"));
        assertEquals(List.of("alpha", "beta", "gamma"), docs.stream().map(AttributionDoc::id).toList());
        // alpha_a1.ann (2 relations) wins over alpha_b2.ann (1 relation)
        assertEquals(2, docs.get(0).attributions().size());
        assertEquals(3, docs.get(1).attributions().size());
        assertEquals(2, docs.get(2).attributions().size());
    }

    @Test
    void offsetsAreCodePointsAfterAnEmoji() throws IOException {
        AttributionDoc alpha = BratReader.readCorpus(TestData.dir("gold")).get(0);
        Attribution first = alpha.attributions().get(0);
        assertEquals(SpanSet.of(2, 18), first.source());
        assertEquals("Harbor officials", first.source().surface(new CodePointText(alpha.text())));
    }

    @Test
    void keepsDiscontinuousFragments() throws IOException {
        AttributionDoc alpha = BratReader.readCorpus(TestData.dir("gold")).get(0);
        SpanSet content = alpha.attributions().get(1).content();
        assertEquals(List.of(new Fragment(53, 80), new Fragment(107, 136)), content.fragments());
    }

    @Test
    void missingSourceIsNullAndAnchorOnlyLineHasEmptyRoles() throws IOException {
        AttributionDoc gamma = BratReader.readCorpus(TestData.dir("gold")).get(2);
        Attribution unsourced = gamma.attributions().get(0);
        assertNull(unsourced.source());
        assertEquals(SpanSet.of(3, 21), unsourced.cue());
        Attribution anchorOnly = gamma.attributions().get(1);
        assertTrue(anchorOnly.cue().isEmpty() && anchorOnly.content().isEmpty());
    }

    @Test
    void sharedSourceAndAnyRoleOrder() throws IOException {
        AttributionDoc beta = BratReader.readCorpus(TestData.dir("gold")).get(1);
        assertEquals(beta.attributions().get(1).source(), beta.attributions().get(2).source());
        assertEquals(SpanSet.of(107, 115), beta.attributions().get(2).content());
    }

    @Test
    void numberedRolesAreMergedIntoTheirRole() {
        String text = "\"Yes,\" she said. \"No.\"";
        String ann = "T1\tContent 0 6\t\"Yes,\"\nT2\tSource 7 10\tshe\nT3\tCue 11 15\tsaid\n"
                + "T4\tContent 17 22\t\"No.\"\nE1\tContent2:T4 Cue:T3 Content:T1 Source:T2 Attribution:T3\n";
        Attribution a = BratReader.parseAnn(ann, text).get(0);
        assertEquals(List.of(new Fragment(0, 6), new Fragment(17, 22)), a.content().fragments());
        assertEquals(SpanSet.of(7, 10), a.source());
    }

    @Test
    void surfaceSpanningALineBreakContinuesOnTheNextLine() {
        String text = "\"Taxes will fall.\nThe end.\" The minister said so.";
        // the continuation line starts with 'T' but is not an annotation id
        String ann = "T1\tContent 0 27\t\"Taxes will fall.\nThe end.\"\nT2\tCue 41 45\tsaid\n"
                + "E1\tAttribution:T2 Cue:T2 Content:T1\n";
        List<Attribution> out = BratReader.parseAnn(ann, text);
        assertEquals(1, out.size());
        assertEquals(SpanSet.of(0, 27), out.get(0).content());
        assertNull(out.get(0).source());
    }

    @Test
    void utf16OffsetsAreRejectedBySurfaceCheck() {
        String text = "🌊 Harbor officials said so.";
        // UTF-16 offsets (3-19) instead of code points (2-18)
        String ann = "T1\tSource 3 19\tHarbor officials\n";
        assertThrows(IllegalArgumentException.class, () -> BratReader.parseAnn(ann, text));
    }
}
