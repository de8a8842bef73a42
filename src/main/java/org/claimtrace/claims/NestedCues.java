package org.claimtrace.claims;

import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.RoleLabeller;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Cues the tagger found inside another cue's content. In "She said she wasn't aware of a backlash" the cue
 * tagger may mark both "said" and "wasn't aware of"; the role tagger, told that "wasn't aware of" is another
 * cue, then gives "said" no content, and the outer claim is lost. A cue left without a content is labelled again
 * with the later cues of its sentence not marked as cues. When its content then covers some of them, it keeps
 * that content and they become part of it: PolNeAR gives each token one role, and its annotators mark the outer
 * cue. A cue that finds no content even so is left as it was.
 */
final class NestedCues {
    /** One cue's decision given which tokens belong to other cues: its content, and the draft, or null. */
    interface Labelling<D> {
        Decision<D> label(int cue, boolean[] otherCue);
    }

    /** The content tokens of a decision and its draft (null when the cue has no content). */
    record Decision<D>(BitSet content, D draft) {
    }

    private NestedCues() {
    }

    /** The drafts of {@code cues} in order, those that became part of an outer content left out. */
    static <D> List<D> drafts(int size, List<CueSpan> cues, Labelling<D> labelling) {
        List<D> drafts = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            drafts.add(labelling.label(i, RoleLabeller.otherCues(size, cues, cues.get(i))).draft());
        }
        boolean[] inContent = new boolean[cues.size()];
        for (int i = 0; i < cues.size(); i++) {
            if (drafts.get(i) == null) {
                outer(size, cues, i, labelling, drafts, inContent);
            }
        }
        List<D> out = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            if (drafts.get(i) != null && !inContent[i]) {
                out.add(drafts.get(i));
            }
        }
        return out;
    }

    private static <D> void outer(int size, List<CueSpan> cues, int i, Labelling<D> labelling, List<D> drafts,
                                  boolean[] inContent) {
        CueSpan cue = cues.get(i);
        List<Integer> later = new ArrayList<>();
        List<CueSpan> others = new ArrayList<>();
        for (int j = 0; j < cues.size(); j++) {
            CueSpan o = cues.get(j);
            if (j != i && o.sentence() == cue.sentence() && o.begin() >= cue.end()) {
                later.add(j);
            } else {
                others.add(o);
            }
        }
        if (later.isEmpty()) {
            return;
        }
        Decision<D> again = labelling.label(i, RoleLabeller.otherCues(size, others, cue));
        if (again.draft() == null) {
            return;
        }
        List<Integer> covered = later.stream()
                .filter(j -> again.content().get(cues.get(j).begin(), cues.get(j).end()).cardinality() > 0)
                .toList();
        if (!covered.isEmpty()) {
            drafts.set(i, again.draft());
            covered.forEach(j -> inContent[j] = true);
        }
    }
}
