package org.claimtrace.tools.eval.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loads CoreNLP (integration test): quote spans and speaker mentions in code points. */
class CoreNlpQuoteBaselineIT {

    @Test
    void convertsQuotesAfterAnEmojiToCodePointSpans() {
        // invented text; the emoji is two UTF-16 units but one code point
        String text = "🎉 Fans cheered.\n\n\"We will rebuild the bridge by spring,\" Mayor Anna Lindqvist said.\n";
        CodePointText cp = new CodePointText(text);
        List<Attribution> out = new CoreNlpQuoteBaseline().annotate(text);
        assertEquals(1, out.size());
        Attribution a = out.get(0);
        assertEquals(SpanSet.of(17, 56), a.content());
        assertEquals("\"We will rebuild the bridge by spring,\"", a.content().surface(cp));
        assertEquals("Anna Lindqvist", a.source().surface(cp));
        assertEquals("said", a.cue().surface(cp));
    }
}
