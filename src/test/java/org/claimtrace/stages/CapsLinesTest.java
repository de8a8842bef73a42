package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void onlySentencesSetInCapitalsAreTitleCasedAndAcronymsStay() {
        CoreMap caps = sentence("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .");
        CoreMap normal = sentence("The EU rejects a German call to boycott British lamb .");
        CoreMap dateline = sentence("AL-AIN , United Arab Emirates 1996-12-06");
        CapsLines.Changed changed = CapsLines.titleCase(List.of(caps, normal, dateline));
        assertEquals("Soccer - Japan GET Lucky WIN , China IN Surprise Defeat .", words(caps));
        assertEquals("The EU rejects a German call to boycott British lamb .", words(normal));
        assertEquals("AL-AIN , United Arab Emirates 1996-12-06", words(dateline), "mixed case: not a caps line");
        CapsLines.restore(changed);
        assertEquals("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", words(caps));
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
