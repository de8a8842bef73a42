package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapsLinesTest {

    private static CoreMap sentence(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : text.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            tokens.add(t);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return s;
    }

    private static String words(CoreMap s) {
        return String.join(" ", s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList());
    }

    @Test
    void theTaggerSeesTitleCasedCopiesOfSentencesSetInCapitalsAndTheDocumentKeepsItsWords() {
        CoreMap caps = sentence("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .");
        CoreMap normal = sentence("The EU rejects a German call to boycott British lamb .");
        CoreMap dateline = sentence("AL-AIN , United Arab Emirates 1996-12-06");
        Annotation document = document(caps, normal, dateline);
        Annotation view = CapsLines.forTagger(document);
        List<CoreMap> seen = view.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals("Soccer - Japan GET Lucky WIN , China IN Surprise Defeat .", words(seen.get(0)));
        assertSame(normal, seen.get(1), "a sentence not in capitals is not copied");
        assertEquals("AL-AIN , United Arab Emirates 1996-12-06", words(seen.get(2)), "mixed case: not a caps line");
        assertEquals("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", words(caps), "the document is unchanged");
        assertEquals(29, view.get(CoreAnnotations.TokensAnnotation.class).size());
        assertEquals("Japan", view.get(CoreAnnotations.TokensAnnotation.class).get(2).word());

        // what the tagger sets on the copies reaches the document's own tokens, whose words stay
        seen.get(0).get(CoreAnnotations.TokensAnnotation.class).get(2).setNER("LOCATION");
        seen.get(0).set(CoreAnnotations.MentionsAnnotation.class, List.of());
        CapsLines.copyBack(view, document);
        CoreLabel japan = caps.get(CoreAnnotations.TokensAnnotation.class).get(2);
        assertEquals("JAPAN", japan.word());
        assertEquals("LOCATION", japan.ner());
        assertEquals(List.of(), caps.get(CoreAnnotations.MentionsAnnotation.class));
    }

    @Test
    void withoutCapitalsTheTaggerReadsTheDocumentItself() {
        Annotation document = document(sentence("The EU rejects a German call ."));
        assertSame(document, CapsLines.forTagger(document));
    }

    private static Annotation document(CoreMap... sentences) {
        Annotation a = new Annotation("");
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        a.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentences));
        return a;
    }

    @Test
    void titleCaseStartsEachLetterRun() {
        assertEquals("Al-Ain", CapsLines.title("AL-AIN"));
        assertEquals("O'Neill", CapsLines.title("O'NEILL"));
        assertTrue(CapsLines.allCaps(sentence("RESULTS OF ENGLISH LEAGUE").get(CoreAnnotations.TokensAnnotation.class)));
        assertFalse(CapsLines.allCaps(sentence("NATO and EU").get(CoreAnnotations.TokensAnnotation.class)));
        assertFalse(CapsLines.allCaps(sentence("UN , EU").get(CoreAnnotations.TokensAnnotation.class)),
                "too few words to tell a caps line from acronyms");
    }
}
