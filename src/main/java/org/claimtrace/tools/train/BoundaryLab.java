package org.claimtrace.tools.train;

import edu.stanford.nlp.classify.LinearClassifier;
import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.ContentBoundaries;
import org.claimtrace.claims.learn.RoleLabeller;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.ClaimRules;
import org.claimtrace.resources.ModelFiles;
import org.claimtrace.tools.eval.attribution.AttributionScorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Development runs of the content boundary classifiers over a trained attribution model: cross-validation on
 * the calibration part of the training documents (the part neither CRF saw), then one run on dev.
 * {@code Lab bounds TRAIN_GOLD TRAIN_CACHE DEV_GOLD DEV_CACHE MODEL}.
 */
final class BoundaryLab {
    private BoundaryLab() {
    }

    /** A trained model with the calibration part of the training documents and dev, from the Lab arguments. */
    record Setup(AttributionModel model, List<AlignedDoc> all, List<AlignedDoc> held, List<AlignedDoc> dev,
                 RoleLabeller labeller) {
        /** {@code TRAIN_GOLD TRAIN_CACHE DEV_GOLD DEV_CACHE MODEL} from {@code args[1]}. */
        static Setup of(String[] args) throws Exception {
            CueLexicon lexicon = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));
            AttributionModel model;
            try (var in = Files.newInputStream(Path.of(args[5]))) {
                model = AttributionModel.read(in, args[5], lexicon, Lab.classes());
            }
            List<AlignedDoc> all = new ArrayList<>(Lab.load(args[1], args[2], lexicon, 100000));
            all.sort(Comparator.comparing(a -> a.gold().id()));
            int calibration = (int) Math.round(all.size() * 0.1);
            List<AlignedDoc> held = all.subList(all.size() - calibration, all.size());
            List<AlignedDoc> dev = Lab.load(args[3], args[4], lexicon, 100000);
            return new Setup(model, all, held, dev, new RoleLabeller(model.roleTagger(), model.roleFeatures()));
        }
    }

    static void run(String[] args) throws Exception {
        Setup setup = Setup.of(args);
        AttributionModel model = setup.model();
        List<AlignedDoc> all = setup.all();
        List<AlignedDoc> held = setup.held();
        List<AlignedDoc> dev = setup.dev();
        RoleLabeller labeller = setup.labeller();
        System.err.printf("held %d docs (%s .. %s), dev %d%n", held.size(), held.get(0).gold().id(),
                held.get(held.size() - 1).gold().id(), dev.size());

        int folds = 4;
        List<BoundaryTrainer.Decisions> parts = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<AlignedDoc> part = new ArrayList<>();
            for (int i = f; i < held.size(); i += folds) {
                part.add(held.get(i));
            }
            parts.add(BoundaryTrainer.decisions(part, labeller));
        }
        for (String s : Lab.prop("sigmas", "0.25,0.5,1,2,4").split(",")) {
            if (s.isBlank()) {
                continue;
            }
            double sigma = Double.parseDouble(s);
            int[] startAcc = new int[3];
            int[] endAcc = new int[3];
            for (int f = 0; f < folds; f++) {
                List<BoundaryTrainer.Decision> ts = new ArrayList<>();
                List<BoundaryTrainer.Decision> te = new ArrayList<>();
                for (int g = 0; g < folds; g++) {
                    if (g != f) {
                        ts.addAll(parts.get(g).starts());
                        te.addAll(parts.get(g).ends());
                    }
                }
                score(BoundaryTrainer.train(ts, sigma), parts.get(f).starts(), startAcc);
                score(BoundaryTrainer.train(te, sigma), parts.get(f).ends(), endAcc);
            }
            System.out.printf("cv sigma %.2f: start %s, end %s%n", sigma, show(startAcc), show(endAcc));
        }
        double sigma = Double.parseDouble(Lab.prop("sigma", "1"));
        int extra = Integer.parseInt(Lab.prop("extra", "0"));
        List<AlignedDoc> fitOn = new ArrayList<>(held);
        fitOn.addAll(all.subList(0, extra));
        BoundaryTrainer.Decisions heldAll = BoundaryTrainer.decisions(fitOn, labeller);
        LinearClassifier<String, String> start = BoundaryTrainer.train(heldAll.starts(), sigma);
        LinearClassifier<String, String> end = BoundaryTrainer.train(heldAll.ends(), sigma);
        BoundaryTrainer.Decisions devD = BoundaryTrainer.decisions(dev, labeller);
        int[] sa = new int[3];
        int[] ea = new int[3];
        score(start, devD.starts(), sa);
        score(end, devD.ends(), ea);
        System.out.printf("dev, gold cues, sigma %.2f: start %s, end %s%n", sigma, show(sa), show(ea));
        System.out.printf("unreachable: start %d, end %d%n", devD.starts().stream().filter(d -> d.gold() < 0).count(),
                devD.ends().stream().filter(d -> d.gold() < 0).count());
        java.util.Map<String, Integer> startMoves = new java.util.TreeMap<>();
        java.util.Map<String, Integer> endMoves = new java.util.TreeMap<>();
        for (int i = 0; i < devD.starts().size(); i++) {
            var d = devD.starts().get(i);
            int c = BoundaryTrainer.choose(start, d);
            String k = d.gold() < 0 ? "unreachable " + bin(d) : (d.gold() - d.tagged()) + (c == d.gold() ? " fixed" : c == d.tagged() ? " kept" : " moved-wrong");
            startMoves.merge(k, 1, Integer::sum);
            var e = devD.ends().get(i);
            int ce = BoundaryTrainer.choose(end, e);
            String ke = e.gold() < 0 ? "unreachable " + bin(e) : (e.gold() - e.tagged()) + (ce == e.gold() ? " fixed" : ce == e.tagged() ? " kept" : " moved-wrong");
            endMoves.merge(ke, 1, Integer::sum);
        }
        System.out.println("start gold-tagged: " + startMoves);
        System.out.println("end gold-tagged: " + endMoves);
        if (Lab.prop("pipeline", "true").equals("true")) {
            ContentBoundaries boundaries = new ContentBoundaries(start, end);
            var before = AttributionTrainer.predict(dev, model.cueDetector(), labeller, ContentBoundaries.NONE,
                    model.calibration(), ClaimRules.ORDER);
            var after = AttributionTrainer.predict(dev, model.cueDetector(), labeller, boundaries,
                    model.calibration(), ClaimRules.ORDER);
            System.out.println("## dev, runtime path, tagger boundaries\n" + AttributionScorer.score(before.gold(), before.docs()).toMarkdown());
            System.out.println("## dev, runtime path, classifier boundaries\n" + AttributionScorer.score(after.gold(), after.docs()).toMarkdown());
            List<org.claimtrace.claims.rules.ClaimRule> without = ClaimRules.ORDER.stream()
                    .filter(r -> !(r instanceof org.claimtrace.claims.rules.CreditLineIsNotClaim)).toList();
            var noCredit = AttributionTrainer.predict(dev, model.cueDetector(), labeller, boundaries,
                    model.calibration(), without);
            System.out.println("## dev, runtime path, classifier boundaries, without CreditLineIsNotClaim\n"
                    + AttributionScorer.score(noCredit.gold(), noCredit.docs()).toMarkdown());
        }
    }

    private static String bin(BoundaryTrainer.Decision d) {
        String side = (d.goldToken() < d.cueBegin() ? "B" : "A") + (d.taggedToken() < d.cueBegin() ? "B" : "A");
        int x = d.goldToken() - d.taggedToken();
        return side + (Math.abs(x) <= 20 ? (x < 0 ? "-near" : "+near") : x < 0 ? "-far" : "+far");
    }

    /** Counts [decisions, tagger right, classifier right]. */
    private static void score(LinearClassifier<String, String> c, List<BoundaryTrainer.Decision> ds, int[] acc) {
        for (BoundaryTrainer.Decision d : ds) {
            acc[0]++;
            acc[1] += d.gold() == d.tagged() ? 1 : 0;
            acc[2] += d.gold() >= 0 && BoundaryTrainer.choose(c, d) == d.gold() ? 1 : 0;
        }
    }

    private static String show(int[] acc) {
        return String.format("tagger %.3f -> classifier %.3f (n %d)", (double) acc[1] / acc[0], (double) acc[2] / acc[0], acc[0]);
    }
}
