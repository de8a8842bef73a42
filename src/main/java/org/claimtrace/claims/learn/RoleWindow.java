package org.claimtrace.claims.learn;

import org.claimtrace.text.Quotes;

/**
 * The tokens a cue's source and content are looked for in. In PolNeAR nearly every source (99%) and most
 * contents (88% of relations) lie in the cue's own sentence; almost all the rest are quotations that run over
 * several sentences. So the window is the cue's sentence, widened to the whole of any quotation that touches it,
 * and to a neighbouring sentence that holds a quotation mark (a quotation next to "he said."), never more than
 * {@link #MAX_REACH} sentences away.
 */
public final class RoleWindow {
    /** How far from the cue's sentence a window reaches, in sentences. */
    public static final int MAX_REACH = 4;

    private RoleWindow() {
    }

    /** [first token, last token + 1) of the window around a cue. */
    public static int[] of(AttributionInput in, CueSpan cue) {
        int s = cue.sentence();
        int lo = s;
        int hi = s;
        if (s > 0 && hasQuoteMark(in, s - 1)) {
            lo = s - 1;
        }
        if (s + 1 < in.sentences().size() && hasQuoteMark(in, s + 1)) {
            hi = s + 1;
        }
        int minSentence = Math.max(0, s - MAX_REACH);
        int maxSentence = Math.min(in.sentences().size() - 1, s + MAX_REACH);
        int begin = in.sentences().get(lo).tokenBegin();
        int end = in.sentences().get(hi).tokenEnd();
        for (Quotes.Quote q : in.quotes()) {
            if (q.closeToken() < begin || q.openToken() >= end) {
                continue;
            }
            int qs = Math.max(minSentence, in.token(q.openToken()).sentence());
            int qe = Math.min(maxSentence, in.token(Math.min(q.closeToken(), in.size() - 1)).sentence());
            begin = Math.min(begin, in.sentences().get(qs).tokenBegin());
            end = Math.max(end, in.sentences().get(qe).tokenEnd());
        }
        return new int[]{begin, end};
    }

    private static boolean hasQuoteMark(AttributionInput in, int sentence) {
        var sent = in.sentences().get(sentence);
        for (int t = sent.tokenBegin(); t < sent.tokenEnd(); t++) {
            if (in.quoteOf(t) != null) {
                return true;
            }
        }
        return false;
    }
}
