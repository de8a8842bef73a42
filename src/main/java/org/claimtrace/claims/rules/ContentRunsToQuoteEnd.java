package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.text.Quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * A content that opens a quotation runs to its end: when the role tagger stops inside a quotation that the
 * content starts, and the cue is outside it, the content takes in the rest of the quotation, over sentences and
 * paragraphs ("… told parliament: “The bridge will open next spring. ¶ “It will cost less …”"). The closing mark
 * is included when the opening mark is.
 */
public final class ContentRunsToQuoteEnd implements ClaimRule {
    @Override
    public String name() {
        return "content-runs-to-quote-end";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> out = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            out.add(extend(in, d));
        }
        return out;
    }

    private static ClaimDraft extend(AttributionInput in, ClaimDraft d) {
        int start = d.contentRuns().get(0)[0];
        Quotes.Quote q = in.quoteOf(start);
        if (q == null || q.closeToken() >= in.size() || start > q.openToken() + 1 || q.contains(d.cueBegin())) {
            return d;
        }
        boolean withMarks = start == q.openToken();
        int end = withMarks ? q.closeToken() + 1 : q.closeToken();
        List<int[]> runs = d.contentRuns();
        int[] last = runs.get(runs.size() - 1);
        if (last[1] >= end || d.cueBegin() >= last[1] && d.cueBegin() < end
                || d.hasSource() && d.source()[0] >= last[1] && d.source()[0] < end) {
            return d; // already whole, or the report itself stands between: "“A,” she said. “B.”" is left as it is
        }
        List<int[]> extended = new ArrayList<>(runs);
        extended.set(runs.size() - 1, new int[]{last[0], end});
        return d.withContent(extended, d.contentHead());
    }
}
