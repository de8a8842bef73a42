package org.claimtrace.claims.rules;

import org.claimtrace.claims.learn.AttributionInput;

import java.util.ArrayList;
import java.util.List;

/**
 * A colon or dash that introduces a list of names is a credit or a source line, not a claim: "Sources: Al
 * Jazeera, Reuters, The Guardian", "Reporting: Ann Lee, Bob Day". The draft is dropped when its cue is that
 * punctuation and its content holds no verb and nothing but proper nouns, determiners, conjunctions and
 * commas.
 */
public final class CreditLineIsNotClaim implements ClaimRule {
    @Override
    public String name() {
        return "credit-line-is-not-claim";
    }

    @Override
    public List<ClaimDraft> apply(AttributionInput in, List<ClaimDraft> drafts) {
        List<ClaimDraft> out = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            if (!(punctuationCue(in, d) && nameList(in, d))) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean punctuationCue(AttributionInput in, ClaimDraft d) {
        for (int t = d.cueBegin(); t < d.cueEnd(); t++) {
            if (!in.word(t).matches("[:\\-\u2013\u2014\u2015]+")) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameList(AttributionInput in, ClaimDraft d) {
        int names = 0;
        int separators = 0;
        for (int[] run : d.contentRuns()) {
            for (int t = run[0]; t < run[1]; t++) {
                String pos = in.pos(t);
                if (pos.startsWith("NNP")) {
                    names++;
                } else if (pos.equals(",") || pos.equals("CC")) {
                    separators++;
                } else if (!pos.equals("DT") && !pos.equals(".")) {
                    return false;
                }
            }
        }
        return names > 0 && separators > 0;
    }
}
