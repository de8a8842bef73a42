package org.claimtrace.tools.train;

import org.claimtrace.claims.ClaimExtractor;
import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.Calibration;
import org.claimtrace.claims.learn.ContentBoundaries;
import org.claimtrace.claims.learn.ContentFallback;
import org.claimtrace.claims.learn.CrfTagger;
import org.claimtrace.claims.learn.CueDetector;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.CueTokenFeatures;
import org.claimtrace.claims.learn.RoleFeatures;
import org.claimtrace.claims.learn.RoleLabeller;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.ClaimDraft;
import org.claimtrace.claims.rules.ClaimRule;
import org.claimtrace.claims.rules.ClaimRules;
import org.claimtrace.model.Sentence;
import org.claimtrace.tools.eval.attribution.Attribution;
import org.claimtrace.tools.eval.attribution.AttributionDoc;
import org.claimtrace.tools.eval.attribution.AttributionResult;
import org.claimtrace.tools.eval.attribution.AttributionScorer;
import org.claimtrace.tools.eval.attribution.Fragment;
import org.claimtrace.tools.eval.attribution.Reliability;
import org.claimtrace.tools.eval.attribution.SpanSet;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains the attribution model from aligned gold documents: the cue CRF over every sentence, the role CRF over
 * each gold cue's window, both pruned of near-zero weights; then the content boundary classifiers, the content
 * fallback's threshold and the confidence calibration, all fitted on the last {@link Settings#calibrationShare}
 * of the documents, which neither CRF sees. Deterministic: the same documents
 * in the same order and the same settings give the same weights.
 */
public final class AttributionTrainer {
    /**
     * The training settings. The defaults were chosen on a part of PolNeAR train and on polnear-dev
     * (docs/CLAIMS.md).
     */
    public record Settings(double cueSigma, double roleSigma, int cueIterations, int roleIterations,
                           int featureCountThreshold, float pruneBelow, double cueThreshold, double calibrationShare,
                           int threads, Set<CueTokenFeatures.Group> cueGroups, Set<RoleFeatures.Group> roleGroups,
                           double boundarySigma) {
        public static Settings defaults(int threads) {
            return new Settings(1.0, 1.0, 200, 150, 2, 0.02f, CUE_THRESHOLD, 0.1, threads,
                    EnumSet.complementOf(EnumSet.of(CueTokenFeatures.Group.PARSE)), EnumSet.allOf(RoleFeatures.Group.class),
                    BOUNDARY_SIGMA);
        }

        public Settings withIterations(int cue, int role) {
            return new Settings(cueSigma, roleSigma, cue, role, featureCountThreshold, pruneBelow, cueThreshold,
                    calibrationShare, threads, cueGroups, roleGroups, boundarySigma);
        }

        /** The same settings without content boundary classifiers (boundary sigma 0). */
        public Settings withoutBoundaries() {
            return new Settings(cueSigma, roleSigma, cueIterations, roleIterations, featureCountThreshold, pruneBelow,
                    cueThreshold, calibrationShare, threads, cueGroups, roleGroups, 0);
        }
    }

    /** The cue marginal from which a token is a cue: 1 takes the best sequence only, which polnear-dev preferred to 0.2-0.45 (docs/CLAIMS.md). */
    public static final double CUE_THRESHOLD = 1.0;

    /**
     * The prior width of the content boundary classifiers, chosen by 4-fold cross-validation on the calibration
     * documents (docs/QUALITY.md).
     */
    public static final double BOUNDARY_SIGMA = 1.0;

    /**
     * The content fallback thresholds training chooses among, on the calibration documents; on them and on dev
     * (`Lab fallback`) the figures rise from 0.5 down to about 0.01 and then stay flat (docs/QUALITY.md).
     */
    public static final double[] FALLBACK_THRESHOLDS = {0.3, 0.1, 0.03, 0.01, 0.003};

    /** A trained model and what was measured on the calibration documents. */
    public record Result(AttributionModel model, int trainDocs, int calibrationDocs, AttributionResult heldOut,
                         List<Reliability.Bin> reliability, double cueSeconds, double roleSeconds) {
    }

    private final Settings settings;
    private final CueLexicon lexicon;
    private final WordClasses classes;
    private final PrintStream log;

    public AttributionTrainer(Settings settings, CueLexicon lexicon, WordClasses classes, PrintStream log) {
        this.settings = settings;
        this.lexicon = lexicon;
        this.classes = classes;
        this.log = log;
    }

    /** @param docs the aligned documents, in a fixed order (by id) */
    public Result train(List<AlignedDoc> docs) {
        int calibration = (int) Math.round(docs.size() * settings.calibrationShare());
        List<AlignedDoc> train = docs.subList(0, docs.size() - calibration);
        List<AlignedDoc> held = docs.subList(docs.size() - calibration, docs.size());
        CueTokenFeatures cf = new CueTokenFeatures(settings.cueGroups());
        RoleFeatures rf = new RoleFeatures(settings.roleGroups());

        // The two CRFs train at the same time, each on one thread: CoreNLP's multi-threaded gradient sums its
        // parts in the order the threads finish, which makes the weights differ from run to run.
        List<List<CrfTagger.Item>> cueSeqs = cueSequences(train, cf);
        log.printf(Locale.ROOT, "cue tagger: %d sentences from %d documents%n", cueSeqs.size(), train.size());
        List<List<CrfTagger.Item>> roleSeqs = roleSequences(train, rf);
        log.printf(Locale.ROOT, "role tagger: %d cue windows, %d tokens%n", roleSeqs.size(),
                roleSeqs.stream().mapToLong(List::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, settings.threads())));
        Future<Trained> cueJob = pool.submit(() -> trainOne(cueSeqs, settings.cueSigma(), settings.cueIterations()));
        Future<Trained> roleJob = pool.submit(() -> trainOne(roleSeqs, settings.roleSigma(), settings.roleIterations()));
        Trained cue = get(cueJob);
        Trained role = get(roleJob);
        pool.shutdown();
        CrfTagger cuePruned = cue.tagger();
        CrfTagger rolePruned = role.tagger();
        double cueSeconds = cue.seconds();
        double roleSeconds = role.seconds();
        log.printf(Locale.ROOT, "cue tagger trained in %.0f s: %d weights kept of %d%n", cueSeconds,
                cuePruned.featureCount(), cue.before());
        log.printf(Locale.ROOT, "role tagger trained in %.0f s: %d weights kept of %d%n", roleSeconds,
                rolePruned.featureCount(), role.before());

        CueDetector detector = new CueDetector(cuePruned, cf, settings.cueThreshold());
        RoleLabeller labeller = new RoleLabeller(rolePruned, rf);
        ContentBoundaries boundaries = ContentBoundaries.NONE;
        if (settings.boundarySigma() > 0) {
            // the role tagger's contents on documents it did not see, so that the classifiers learn its real errors
            BoundaryTrainer.Decisions decisions = BoundaryTrainer.decisions(held, labeller);
            boundaries = new ContentBoundaries(BoundaryTrainer.train(decisions.starts(), settings.boundarySigma()),
                    BoundaryTrainer.train(decisions.ends(), settings.boundarySigma()));
            log.printf(Locale.ROOT, "content boundaries: %d starts, %d ends from %d calibration documents%n",
                    decisions.starts().size(), decisions.ends().size(), held.size());
        }
        ContentFallback fallback = chooseFallback(held, detector, labeller, boundaries);
        Predictions raw = predict(held, detector, labeller, fallback, boundaries, Calibration.IDENTITY, ClaimRules.ORDER);
        List<Reliability.Outcome> outcomes = Reliability.outcomes(raw.gold(), raw.scored());
        double[] scores = new double[outcomes.size()];
        boolean[] correct = new boolean[outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
            scores[i] = outcomes.get(i).confidence();
            correct[i] = outcomes.get(i).correct();
        }
        Calibration fitted = Calibration.fit(scores, correct, 10);
        Predictions calibrated = predict(held, detector, labeller, fallback, boundaries, fitted, ClaimRules.ORDER);
        List<Reliability.Bin> table = Reliability.table(Reliability.outcomes(calibrated.gold(), calibrated.scored()));
        AttributionModel model = new AttributionModel(cuePruned, rolePruned, cf, rf, boundaries, fallback, fitted,
                settings.cueThreshold(),
                lexicon, classes);
        return new Result(model, train.size(), held.size(), AttributionScorer.score(calibrated.gold(), calibrated.docs()),
                table, cueSeconds, roleSeconds);
    }

    /**
     * The content fallback's threshold: of none and {@link #FALLBACK_THRESHOLDS}, the one whose runtime-path
     * relations on the calibration documents have the highest mean overlap F1 over cue, source, content and
     * relation (the first of equals, so the higher threshold).
     */
    ContentFallback chooseFallback(List<AlignedDoc> held, CueDetector detector, RoleLabeller labeller,
                                   ContentBoundaries boundaries) {
        ContentFallback best = ContentFallback.NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<ContentFallback> candidates = new ArrayList<>();
        candidates.add(ContentFallback.NONE);
        for (double t : FALLBACK_THRESHOLDS) {
            candidates.add(new ContentFallback(t));
        }
        for (ContentFallback f : candidates) {
            Predictions p = predict(held, detector, labeller, f, boundaries, Calibration.IDENTITY, ClaimRules.ORDER);
            AttributionResult r = AttributionScorer.score(p.gold(), p.docs());
            double score = meanOverlapF1(r);
            log.printf(Locale.ROOT, "content fallback %s: mean overlap F1 %.4f on the calibration documents%n",
                    f.isNone() ? "none" : Double.toString(f.threshold()), score);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    static double meanOverlapF1(AttributionResult r) {
        double sum = 0;
        for (AttributionResult.Target t : AttributionResult.Target.values()) {
            sum += r.get(t, AttributionResult.Matching.OVERLAP).f1();
        }
        return sum / AttributionResult.Target.values().length;
    }

    private record Trained(CrfTagger tagger, int before, double seconds) {
    }

    /** One CRF, trained on one thread and pruned. */
    private Trained trainOne(List<List<CrfTagger.Item>> sequences, double sigma, int iterations) {
        long t0 = System.nanoTime();
        CrfTagger full = CrfTagger.train(sequences, CrfTagger.trainingProperties(sigma, iterations, 1,
                settings.featureCountThreshold()));
        CrfTagger pruned = full.pruned(settings.pruneBelow());
        return new Trained(pruned, full.featureCount(), (System.nanoTime() - t0) / 1e9);
    }

    private static Trained get(Future<Trained> job) {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One training sequence per sentence, labelled with the gold cue tokens. */
    static List<List<CrfTagger.Item>> cueSequences(List<AlignedDoc> docs, CueTokenFeatures cf) {
        CueDetector maker = new CueDetector(null, cf);
        List<List<CrfTagger.Item>> out = new ArrayList<>();
        for (AlignedDoc d : docs) {
            BitSet gold = new BitSet();
            for (AlignedDoc.Relation r : d.relations()) {
                if (r.hasCue()) {
                    gold.set(r.cueBegin(), r.cueEnd());
                }
            }
            for (Sentence s : d.input().sentences()) {
                List<CrfTagger.Item> seq = maker.sequence(d.input(), s, gold);
                if (!seq.isEmpty()) {
                    out.add(seq);
                }
            }
        }
        return out;
    }

    /** One training sequence per gold cue: its window, labelled with that relation's source and content. */
    static List<List<CrfTagger.Item>> roleSequences(List<AlignedDoc> docs, RoleFeatures rf) {
        RoleLabeller maker = new RoleLabeller(null, rf);
        List<List<CrfTagger.Item>> out = new ArrayList<>();
        for (AlignedDoc d : docs) {
            List<CueSpan> cues = goldCues(d);
            int k = 0;
            for (AlignedDoc.Relation r : d.relations()) {
                if (!r.hasCue()) {
                    continue;
                }
                CueSpan cue = cues.get(k++);
                out.add(maker.sequence(d.input(), cue, RoleLabeller.otherCues(d.input().size(), cues, cue),
                        r.source(), r.content()));
            }
        }
        return out;
    }

    static List<CueSpan> goldCues(AlignedDoc d) {
        List<CueSpan> out = new ArrayList<>();
        for (AlignedDoc.Relation r : d.relations()) {
            if (r.hasCue()) {
                out.add(CueSpan.of(d.input(), r.cueBegin(), r.cueEnd()));
            }
        }
        return out;
    }

    /** Gold and predicted relations of a set of documents, with each prediction's confidence. */
    public record Predictions(List<AttributionDoc> gold, List<AttributionDoc> docs, List<List<Reliability.Scored>> scored) {
    }

    /** The claims the runtime would find in each document (cue tagger, role tagger, rules), as relations. */
    public static Predictions predict(List<AlignedDoc> docs, CueDetector detector, RoleLabeller labeller,
                                      Calibration calibration, List<ClaimRule> rules) {
        return predict(docs, detector, labeller, ContentBoundaries.NONE, calibration, rules);
    }

    /** As {@link #predict(List, CueDetector, RoleLabeller, Calibration, List)}, with the content boundary classifiers. */
    public static Predictions predict(List<AlignedDoc> docs, CueDetector detector, RoleLabeller labeller,
                                      ContentBoundaries boundaries, Calibration calibration, List<ClaimRule> rules) {
        return predict(docs, detector, labeller, ContentFallback.NONE, boundaries, calibration, rules);
    }

    /** As above, with a content fallback. */
    public static Predictions predict(List<AlignedDoc> docs, CueDetector detector, RoleLabeller labeller,
                                      ContentFallback fallback, ContentBoundaries boundaries, Calibration calibration,
                                      List<ClaimRule> rules) {
        List<AttributionDoc> gold = new ArrayList<>();
        List<AttributionDoc> pred = new ArrayList<>();
        List<List<Reliability.Scored>> scored = new ArrayList<>();
        for (AlignedDoc d : docs) {
            AttributionInput in = d.input();
            List<ClaimDraft> drafts = ClaimExtractor.drafts(in, ClaimExtractor.withGenerated(in, detector.detect(in)),
                    labeller, fallback, boundaries, calibration);
            for (ClaimRule rule : rules) {
                drafts = rule.apply(in, drafts);
            }
            List<Attribution> as = new ArrayList<>();
            List<Reliability.Scored> ss = new ArrayList<>();
            for (ClaimDraft draft : drafts) {
                Attribution a = attribution(in, draft);
                as.add(a);
                ss.add(new Reliability.Scored(a, draft.confidence()));
            }
            gold.add(d.gold());
            pred.add(new AttributionDoc(d.gold().id(), d.gold().text(), as));
            scored.add(ss);
        }
        return new Predictions(gold, pred, scored);
    }

    /** A draft as a relation over code-point offsets. */
    public static Attribution attribution(AttributionInput in, ClaimDraft d) {
        SpanSet source = d.hasSource() ? SpanSet.of(in.token(d.source()[0]).begin(), in.token(d.source()[1] - 1).end()) : null;
        SpanSet cue = SpanSet.of(in.token(d.cueBegin()).begin(), in.token(d.cueEnd() - 1).end());
        List<Fragment> fragments = new ArrayList<>();
        for (int[] run : d.contentRuns()) {
            fragments.add(new Fragment(in.token(run[0]).begin(), in.token(run[1] - 1).end()));
        }
        return new Attribution(source, cue, new SpanSet(fragments));
    }
}
