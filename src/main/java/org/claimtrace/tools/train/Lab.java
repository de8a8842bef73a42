package org.claimtrace.tools.train;

import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.CrfTagger;
import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.Calibration;
import org.claimtrace.claims.learn.CueDetector;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.DetectedCue;
import org.claimtrace.claims.learn.RoleAssignment;
import org.claimtrace.claims.learn.RoleLabeller;
import org.claimtrace.claims.learn.CueTokenFeatures;
import org.claimtrace.claims.learn.RoleFeatures;
import org.claimtrace.tools.eval.attribution.Attribution;
import org.claimtrace.tools.eval.attribution.AttributionDoc;
import org.claimtrace.tools.eval.attribution.AttributionResult;
import org.claimtrace.tools.eval.attribution.AttributionScorer;
import org.claimtrace.tools.eval.attribution.BratReader;
import org.claimtrace.tools.eval.attribution.SpanSet;
import org.claimtrace.model.Sentence;
import org.claimtrace.resources.ModelFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Development entry points for the attribution model. */
public final class Lab {
    private Lab() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> {
                List<AttributionDoc> docs = BratReader.readCorpus(Path.of(args[1]));
                long t0 = System.nanoTime();
                List<PreparedDoc> prepared = new CorpusPreparer(ClaimTraceConfig.defaults(), System.err)
                        .prepareAll(docs, Integer.parseInt(args[3]));
                CorpusPreparer.write(prepared, Path.of(args[2]));
                System.err.printf("prepared %d documents in %.1f s%n", prepared.size(), (System.nanoTime() - t0) / 1e9);
            }
            case "exp" -> experiment(args);
            case "bounds" -> BoundaryLab.run(args);
            case "fallback" -> FallbackLab.run(args);
            case "cue-errors", "role-errors", "cue-threshold", "prune-cue" -> ErrorAnalysis.main(args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static List<AlignedDoc> load(String goldDir, String cache, CueLexicon lexicon, int limit) throws Exception {
        Map<String, AttributionDoc> gold = new HashMap<>();
        for (AttributionDoc d : BratReader.readCorpus(Path.of(goldDir))) {
            gold.put(d.id(), d);
        }
        List<AlignedDoc> out = new ArrayList<>();
        for (PreparedDoc p : CorpusPreparer.read(Path.of(cache))) {
            if (out.size() >= limit) {
                break;
            }
            out.add(AlignedDoc.of(p, gold.get(p.id()), lexicon, classes()));
        }
        return out;
    }

    private static org.claimtrace.claims.learn.WordClasses classes;

    /** The NER model's word classes, or none when -Dclasses=false. */
    static synchronized org.claimtrace.claims.learn.WordClasses classes() {
        if (classes == null) {
            if (prop("classes", "true").equals("false")) {
                classes = org.claimtrace.claims.learn.WordClasses.NONE;
            } else {
                classes = org.claimtrace.stages.StandardStages.wordClasses(
                        org.claimtrace.stages.StandardStages.analysis(null, false));
            }
        }
        return classes;
    }

    /** A CRF saved by {@code -DcueModel} or {@code -DroleModel}. */
    static CrfTagger readTagger(Path file) throws java.io.IOException, ClassNotFoundException {
        try (var o = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file)))) {
            return CrfTagger.read(o);
        }
    }

    static String prop(String name, String def) {
        return System.getProperty(name, def);
    }

    static void experiment(String[] args) throws Exception {
        CueLexicon lexicon = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));
        int limit = Integer.parseInt(prop("limit", "100000"));
        List<AlignedDoc> train = load(args[1], args[2], lexicon, limit);
        List<AlignedDoc> dev = load(args[3], args[4], lexicon, 100000);
        Set<CueTokenFeatures.Group> cueGroups = EnumSet.allOf(CueTokenFeatures.Group.class);
        for (String g : prop("cueOff", "PARSE").split(",")) {
            if (!g.isBlank()) {
                cueGroups.remove(CueTokenFeatures.Group.valueOf(g));
            }
        }
        Set<RoleFeatures.Group> roleGroups = EnumSet.allOf(RoleFeatures.Group.class);
        for (String g : prop("roleOff", "").split(",")) {
            if (!g.isBlank()) {
                roleGroups.remove(RoleFeatures.Group.valueOf(g));
            }
        }
        CueTokenFeatures cf = new CueTokenFeatures(cueGroups);
        RoleFeatures rf = new RoleFeatures(roleGroups);
        double sigma = Double.parseDouble(prop("sigma", "1.0"));
        int iters = Integer.parseInt(prop("iters", "300"));
        int threshold = Integer.parseInt(prop("fct", "2"));
        System.err.printf("train %d docs, dev %d docs; cue groups %s; role groups %s; sigma %.2f%n",
                train.size(), dev.size(), cueGroups, roleGroups, sigma);

        long t0 = System.nanoTime();
        List<List<CrfTagger.Item>> cueSeqs = AttributionTrainer.cueSequences(train, cf);
        System.err.printf("cue sequences %d built in %.1f s%n", cueSeqs.size(), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        CrfTagger cueTagger;
        String cuePath = prop("cueModel", "");
        if (!cuePath.isEmpty() && java.nio.file.Files.exists(Path.of(cuePath))) {
            try (var o = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(Path.of(cuePath))))) {
                cueTagger = CrfTagger.read(o);
            }
            System.err.println("cue CRF read from " + cuePath);
        } else if (prop("skipCue", "false").equals("true")) {
            cueTagger = null;
        } else {
            cueTagger = CrfTagger.train(cueSeqs, CrfTagger.trainingProperties(sigma, iters, 2, threshold));
            System.err.printf("cue CRF trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            if (!cuePath.isEmpty()) {
                try (var o = new java.io.ObjectOutputStream(new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(Path.of(cuePath))))) {
                    cueTagger.write(o);
                }
                System.err.println("cue CRF saved to " + cuePath + ": " + java.nio.file.Files.size(Path.of(cuePath)) + " bytes");
            }
        }
        cueSeqs = null;
        if (prop("cueOnly", "false").equals("true")) {
            evaluateCues(dev, new CueDetector(cueTagger, cf));
            return;
        }

        t0 = System.nanoTime();
        List<List<CrfTagger.Item>> roleSeqs = AttributionTrainer.roleSequences(train, rf);
        long items = roleSeqs.stream().mapToLong(List::size).sum();
        System.err.printf("role sequences %d (%d items) built in %.1f s%n", roleSeqs.size(), items, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        double roleSigma = Double.parseDouble(prop("roleSigma", Double.toString(sigma)));
        CrfTagger roleTagger;
        String rolePath = prop("roleModel", "");
        if (!rolePath.isEmpty() && java.nio.file.Files.exists(Path.of(rolePath))) {
            try (var o = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(Path.of(rolePath))))) {
                roleTagger = CrfTagger.read(o);
            }
            System.err.println("role CRF read from " + rolePath);
        } else {
            roleTagger = CrfTagger.train(roleSeqs, CrfTagger.trainingProperties(roleSigma, iters, 2, threshold));
            System.err.printf("role CRF trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            if (!rolePath.isEmpty()) {
                try (var o = new java.io.ObjectOutputStream(new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(Path.of(rolePath))))) {
                    roleTagger.write(o);
                }
                System.err.println("role CRF saved to " + rolePath + ": " + java.nio.file.Files.size(Path.of(rolePath)) + " bytes");
            }
        }
        roleSeqs = null;

        CueDetector detector = cueTagger == null ? null : new CueDetector(cueTagger, cf);
        RoleLabeller labeller = new RoleLabeller(roleTagger, rf);
        List<AttributionDoc> goldDocs = new ArrayList<>();
        List<AttributionDoc> predDocs = new ArrayList<>();
        List<AttributionDoc> oracleDocs = new ArrayList<>();
        List<AttributionDoc> ruledDocs = new ArrayList<>();
        t0 = System.nanoTime();
        for (AlignedDoc d : dev) {
            goldDocs.add(d.gold());
            AttributionInput in = d.input();
            List<DetectedCue> cues = detector == null ? List.of() : detector.detect(in);
            List<CueSpan> spans = cues.stream().map(DetectedCue::span).toList();
            List<Attribution> pred = new ArrayList<>();
            List<org.claimtrace.claims.rules.ClaimDraft> drafts = new ArrayList<>();
            for (DetectedCue c : cues) {
                RoleAssignment a = labeller.label(in, c, RoleLabeller.otherCues(in.size(), spans, c.span()));
                var draft = org.claimtrace.claims.ClaimDrafts.of(in, a, Calibration.IDENTITY, "model");
                if (draft != null) {
                    drafts.add(draft);
                    pred.add(attribution(in, draft));
                }
            }
            predDocs.add(new AttributionDoc(d.gold().id(), d.gold().text(), pred));
            List<CueSpan> gold = goldCues(d);
            List<Attribution> oracle = new ArrayList<>();
            for (CueSpan c : gold) {
                RoleAssignment a = labeller.label(in, new DetectedCue(c, 1), RoleLabeller.otherCues(in.size(), gold, c));
                var draft = org.claimtrace.claims.ClaimDrafts.of(in, a, Calibration.IDENTITY, "model");
                if (draft != null) {
                    oracle.add(attribution(in, draft));
                }
            }
            oracleDocs.add(new AttributionDoc(d.gold().id(), d.gold().text(), oracle));
        }
        System.err.printf("dev tagged in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        AttributionResult r = AttributionScorer.score(goldDocs, predDocs);
        System.out.println("## predicted cues\n" + r.toMarkdown());
        if (detector != null) {
            ruledDocs = AttributionTrainer.predict(dev, detector, labeller, Calibration.IDENTITY,
                    org.claimtrace.claims.rules.ClaimRules.ORDER).docs();
            System.out.println("## predicted and generated cues, then the rules (the runtime's path)\n"
                    + AttributionScorer.score(goldDocs, ruledDocs).toMarkdown());
        }
        System.out.println("## gold cues (oracle)\n" + AttributionScorer.score(goldDocs, oracleDocs).toMarkdown());
        if (System.getProperty("save") != null) {
            AttributionModel model = new AttributionModel(cueTagger, roleTagger, cf, rf, Calibration.IDENTITY, lexicon, classes());
            try (var out = java.nio.file.Files.newOutputStream(Path.of(System.getProperty("save")))) {
                model.write(out);
            }
            System.err.println("saved " + java.nio.file.Files.size(Path.of(System.getProperty("save"))) + " bytes");
        }
    }

    /** Cue detection alone on dev: token-level and span-level precision and recall. */
    static void evaluateCues(List<AlignedDoc> dev, CueDetector detector) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int stp = 0;
        int sfp = 0;
        int sfn = 0;
        for (AlignedDoc d : dev) {
            BitSet gold = new BitSet();
            java.util.Set<String> goldSpans = new java.util.HashSet<>();
            for (AlignedDoc.Relation r : d.relations()) {
                if (r.hasCue()) {
                    gold.set(r.cueBegin(), r.cueEnd());
                    goldSpans.add(r.cueBegin() + ":" + r.cueEnd());
                }
            }
            BitSet pred = new BitSet();
            java.util.Set<String> predSpans = new java.util.HashSet<>();
            for (DetectedCue c : detector.detect(d.input())) {
                pred.set(c.span().begin(), c.span().end());
                predSpans.add(c.span().begin() + ":" + c.span().end());
            }
            BitSet both = (BitSet) gold.clone();
            both.and(pred);
            tp += both.cardinality();
            fp += pred.cardinality() - both.cardinality();
            fn += gold.cardinality() - both.cardinality();
            for (String sp : predSpans) {
                if (goldSpans.contains(sp)) {
                    stp++;
                } else {
                    sfp++;
                }
            }
            for (String sp : goldSpans) {
                if (!predSpans.contains(sp)) {
                    sfn++;
                }
            }
        }
        System.out.printf("cue tokens: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", p(tp, fp), p(tp, fn),
                f(tp, fp, fn), tp, fp, fn);
        System.out.printf("cue spans exact: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", p(stp, sfp), p(stp, sfn),
                f(stp, sfp, sfn), stp, sfp, sfn);
    }

    /** How the role tagger's contents and sources differ from gold, given the gold cues. */
    static String span(AlignedDoc d, int b, int e) {
        return d.input().text().substring(d.input().text().offsetByCodePoints(0, d.input().token(b).begin()),
                d.input().text().offsetByCodePoints(0, d.input().token(e - 1).end()));
    }

    static String posKey(AlignedDoc d, int b, int e) {
        StringBuilder sb = new StringBuilder();
        for (int t = b; t < e; t++) {
            sb.append(t > b ? "_" : "").append(d.input().pos(t));
        }
        return sb.toString();
    }

    static void print(String title, Map<String, Integer> m) {
        int total = m.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("## " + title + ": " + total);
        m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(60)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }

    static double p(int tp, int fp) {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    static double f(int tp, int fp, int fn) {
        double p = p(tp, fp);
        double r = p(tp, fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<CueSpan> goldCues(AlignedDoc d) {
        return AttributionTrainer.goldCues(d);
    }

    static Attribution attribution(AttributionInput in, org.claimtrace.claims.rules.ClaimDraft d) {
        return AttributionTrainer.attribution(in, d);
    }

    /** Gold relations re-made from their tokens: what token-level decisions can reach at best. */
    static List<AttributionDoc> snapped(List<AlignedDoc> docs) {
        List<AttributionDoc> out = new ArrayList<>();
        for (AlignedDoc d : docs) {
            List<Attribution> as = new ArrayList<>();
            for (AlignedDoc.Relation r : d.relations()) {
                SpanSet cue = r.hasCue() ? SpanSet.of(d.input().token(r.cueBegin()).begin(), d.input().token(r.cueEnd() - 1).end())
                        : SpanSet.EMPTY;
                as.add(new Attribution(r.hasSource() ? AlignedDoc.spans(d.input().tokens(), r.source()) : null, cue,
                        AlignedDoc.spans(d.input().tokens(), r.content())));
            }
            out.add(new AttributionDoc(d.gold().id(), d.gold().text(), as));
        }
        return out;
    }
}
