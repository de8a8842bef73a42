package org.claimtrace.tools.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads CoreNLP's models (about 2 GB heap): run by failsafe, {@code mvn verify}. */
class RawCoreNlpBaselineIT {

    private static final String TEXT = "Angela Merkel \uD83D\uDE00 met Siemens executives in Berlin on Monday.";

    @Test
    void coreNlpCharacterOffsetsAreUtf16Indices() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        Annotation a = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(a);
        CoreLabel berlin = a.get(CoreAnnotations.TokensAnnotation.class).stream()
                .filter(t -> t.word().equals("Berlin")).findFirst().orElseThrow();
        assertEquals(43, TEXT.indexOf("Berlin"));
        assertEquals(43, (int) berlin.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    }

    @Test
    void predictsCodePointSpans() {
        RawCoreNlpBaseline.Output out = new RawCoreNlpBaseline().annotate(TEXT, LocalDate.of(2024, 5, 15));
        // Code points: the emoji is one code point at 14, so "Siemens" is [20, 27) and "Berlin" [42, 48).
        assertTrue(out.entities().contains(LabeledSpan.entity(0, 13, "PERSON")), out.toString());
        assertTrue(out.entities().contains(LabeledSpan.entity(42, 48, "LOCATION")), out.toString());
        LabeledSpan monday = out.timexes().stream().filter(t -> t.begin() == 52).findFirst().orElseThrow();
        assertEquals(58, monday.end());
        assertEquals("DATE", monday.type());
        assertNotNull(monday.value());
        assertTrue(monday.value().startsWith("2024-05-"), monday.value());
    }
}
