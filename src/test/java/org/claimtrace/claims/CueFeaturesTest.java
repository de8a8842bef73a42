package org.claimtrace.claims;

import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CueFeaturesTest {

    /** An invented sentence: The mayor said that the bridge will " reopen soon " . */
    private static List<Token> tokens() {
        String[][] words = {
                {"The", "DT", "the"}, {"mayor", "NN", "mayor"}, {"said", "VBD", "say"}, {"that", "IN", "that"},
                {"the", "DT", "the"}, {"bridge", "NN", "bridge"}, {"will", "MD", "will"}, {"\"", "``", "\""},
                {"reopen", "VB", "reopen"}, {"soon", "RB", "soon"}, {"\"", "''", "\""}, {".", ".", "."}};
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i][0];
            out.add(new Token(i, offset, offset + w.length(), w, 0, words[i][1], words[i][2]));
            offset += w.length() + 1;
        }
        return out;
    }

    private static DependencyParse parse() {
        int[] heads = {1, 2, -1, 8, 5, 8, 8, 8, 2, 8, 8, 2};
        String[] rels = {"det", "nsubj", "root", "mark", "det", "nsubj", "aux", "punct", "ccomp", "advmod", "punct",
                "punct"};
        return new DependencyParse(0, 0, heads, rels);
    }

    @Test
    void describesAReportingVerbWithAClausalComplement() {
        List<Token> tokens = tokens();
        CueLexicon.Entry say = new CueLexicon.Entry("say", CueLexicon.Pos.VERB, ClaimType.ASSERTION, Set.of("object"));
        List<String> f = CueFeatures.extract(tokens, parse(), 2, say, Quotes.find(tokens));
        for (String expected : List.of("lemma=say", "pos=VBD", "rel=root", "lemma+rel=say|root", "has=nsubj",
                "has=ccomp", "lemma+ccomp=say|true", "lex=VERB", "lex.type=ASSERTION", "lex.flag=object",
                "inQuote=false", "quoteInSentence=true", "head=ROOT", "prev=mayor", "next=that", "subj=common")) {
            assertTrue(f.contains(expected), () -> expected + " missing from " + f);
        }
        assertEquals(f, CueFeatures.extract(tokens, parse(), 2, say, Quotes.find(tokens)), "a pure function");
    }

    @Test
    void describesAWordInsideAQuotationWithoutLexiconEntry() {
        List<Token> tokens = tokens();
        List<String> f = CueFeatures.extract(tokens, parse(), 8, null, Quotes.find(tokens));
        for (String expected : List.of("lemma=reopen", "rel=ccomp", "lex=none", "inQuote=true", "head=say",
                "prev=\"", "next=soon", "subj=common", "lemma+ccomp=reopen|false")) {
            assertTrue(f.contains(expected), () -> expected + " missing from " + f);
        }
    }

    @Test
    void classifiesSubjects() {
        assertEquals("pronoun", CueFeatures.subjectKind("PRP"));
        assertEquals("proper", CueFeatures.subjectKind("NNP"));
        assertEquals("common", CueFeatures.subjectKind("NNS"));
        assertEquals("none", CueFeatures.subjectKind(null));
    }
}
