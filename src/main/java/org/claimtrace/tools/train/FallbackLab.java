package org.claimtrace.tools.train;

import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.ContentFallback;
import org.claimtrace.claims.learn.RoleLabeller;
import org.claimtrace.claims.rules.ClaimRules;
import org.claimtrace.tools.eval.attribution.AttributionResult;
import org.claimtrace.tools.eval.attribution.AttributionResult.Matching;
import org.claimtrace.tools.eval.attribution.AttributionResult.Target;
import org.claimtrace.tools.eval.attribution.AttributionScorer;

import java.util.List;

/**
 * Development runs of the content fallback over a trained attribution model: the runtime path on the
 * calibration part of the training documents (where the threshold is chosen) and on dev, for each threshold.
 * {@code Lab fallback TRAIN_GOLD TRAIN_CACHE DEV_GOLD DEV_CACHE MODEL} with {@code -Dthresholds=0.2,0.3,...}.
 */
final class FallbackLab {
    private FallbackLab() {
    }

    static void run(String[] args) throws Exception {
        BoundaryLab.Setup setup = BoundaryLab.Setup.of(args);
        AttributionModel model = setup.model();
        List<AlignedDoc> held = setup.held();
        List<AlignedDoc> dev = setup.dev();
        RoleLabeller labeller = setup.labeller();
        if (Lab.prop("misses", "false").equals("true")) {
            misses(held, model, labeller, "held");
            misses(dev, model, labeller, "dev");
            return;
        }
        System.out.println("| threshold | part | relations | cue exact | source exact | content exact | relation exact | cue overlap | source overlap | content overlap | relation overlap |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String s : Lab.prop("thresholds", "2,0.5,0.4,0.3,0.2,0.1").split(",")) {
            double th = Double.parseDouble(s);
            ContentFallback fallback = th > 1 ? ContentFallback.NONE : new ContentFallback(th);
            for (var part : List.of(java.util.Map.entry("held", held), java.util.Map.entry("dev", dev))) {
                var p = AttributionTrainer.predict(part.getValue(), model.cueDetector(), labeller, fallback,
                        model.boundaries(), model.calibration(), ClaimRules.ORDER);
                AttributionResult r = AttributionScorer.score(p.gold(), p.docs());
                System.out.printf("| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", s,
                        part.getKey(), r.predictedRelations(),
                        f(r, Target.CUE, Matching.EXACT), f(r, Target.SOURCE, Matching.EXACT),
                        f(r, Target.CONTENT, Matching.EXACT), f(r, Target.RELATION, Matching.EXACT),
                        f(r, Target.CUE, Matching.OVERLAP), f(r, Target.SOURCE, Matching.OVERLAP),
                        f(r, Target.CONTENT, Matching.OVERLAP), f(r, Target.RELATION, Matching.OVERLAP));
            }
        }
    }

    /**
     * The gold cues no claim's cue overlaps on the runtime path (with the model's fallback), by the shape of
     * their head: its tag, whether the lexicon has it, and which complement and subject the parse gives it.
     */
    private static void misses(List<AlignedDoc> docs, AttributionModel model, RoleLabeller labeller, String part) {
        java.util.Map<String, Integer> shapes = new java.util.TreeMap<>();
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        int gold = 0;
        for (AlignedDoc d : docs) {
            var in = d.input();
            var drafts = org.claimtrace.claims.ClaimExtractor.drafts(in,
                    org.claimtrace.claims.ClaimExtractor.withGenerated(in, model.cueDetector().detect(in)), labeller,
                    model.fallback(), model.boundaries(), model.calibration());
            for (var rule : ClaimRules.ORDER) {
                drafts = rule.apply(in, drafts);
            }
            java.util.BitSet found = new java.util.BitSet();
            drafts.forEach(c -> found.set(c.cueBegin(), c.cueEnd()));
            for (AlignedDoc.Relation r : d.relations()) {
                if (!r.hasCue()) {
                    continue;
                }
                gold++;
                if (found.get(r.cueBegin(), r.cueEnd()).cardinality() > 0) {
                    continue;
                }
                var cue = org.claimtrace.claims.learn.CueSpan.of(in, r.cueBegin(), r.cueEnd());
                int h = cue.head();
                var parse = in.parse(in.token(h).sentence());
                String pos = in.pos(h);
                String shape = pos.length() > 2 ? pos.substring(0, 2) : pos;
                shape += in.lexiconEntry(h) != null ? " lexicon" : " -";
                if (parse != null && parse.contains(h)) {
                    shape += parse.firstChild(h, "ccomp") >= 0 ? " ccomp" : parse.firstChild(h, "xcomp") >= 0 ? " xcomp"
                            : parse.firstChild(h, "parataxis") >= 0 ? " parataxis" : " -";
                    shape += parse.firstChild(h, "nsubj", "nsubj:pass") >= 0 ? " subj" : " -";
                    shape += " " + parse.relation(h);
                }
                shapes.merge(shape, 1, Integer::sum);
                words.merge(pos + " " + Lab.span(d, r.cueBegin(), r.cueEnd()).toLowerCase(java.util.Locale.ROOT), 1,
                        Integer::sum);
            }
        }
        System.out.println("# " + part + ": " + gold + " gold cues");
        Lab.print(part + " missed, by head shape", shapes);
        Lab.print(part + " missed, by words", words);
    }

    private static double f(AttributionResult r, Target t, Matching m) {
        return 100 * r.get(t, m).f1();
    }
}
