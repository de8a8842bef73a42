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

/** Error analyses of trained taggers on dev, for development ({@link Lab}). */
final class ErrorAnalysis {
    private ErrorAnalysis() {
    }

    static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "cue-errors" -> {
                CueLexicon lexicon = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));
                List<AlignedDoc> dev = Lab.load(args[1], args[2], lexicon, 100000);
                CrfTagger tagger = Lab.readTagger(Path.of(args[3]));
                CueTokenFeatures cf = new CueTokenFeatures(EnumSet.complementOf(EnumSet.of(CueTokenFeatures.Group.PARSE)));
                CueDetector det = new CueDetector(tagger, cf);
                Map<String, Integer> fn = new HashMap<>();
                Map<String, Integer> fp = new HashMap<>();
                Map<String, Integer> partial = new HashMap<>();
                for (AlignedDoc d : dev) {
                    List<DetectedCue> pred = det.detect(d.input());
                    BitSet p = new BitSet();
                    pred.forEach(c -> p.set(c.span().begin(), c.span().end()));
                    BitSet g = new BitSet();
                    for (AlignedDoc.Relation r : d.relations()) {
                        if (!r.hasCue()) {
                            continue;
                        }
                        g.set(r.cueBegin(), r.cueEnd());
                        String text = Lab.span(d, r.cueBegin(), r.cueEnd());
                        boolean exact = pred.stream().anyMatch(c -> c.span().begin() == r.cueBegin() && c.span().end() == r.cueEnd());
                        boolean any = p.get(r.cueBegin(), r.cueEnd()).cardinality() > 0;
                        if (!any) {
                            fn.merge(Lab.posKey(d, r.cueBegin(), r.cueEnd()) + "  " + text.toLowerCase(), 1, Integer::sum);
                        } else if (!exact) {
                            partial.merge(text.toLowerCase(), 1, Integer::sum);
                        }
                    }
                    for (DetectedCue c : pred) {
                        if (g.get(c.span().begin(), c.span().end()).cardinality() == 0) {
                            fp.merge(Lab.span(d, c.span().begin(), c.span().end()).toLowerCase(), 1, Integer::sum);
                        }
                    }
                }
                Lab.print("missed", fn);
                Lab.print("partial", partial);
                Lab.print("false", fp);
            }
            case "role-errors" -> roleErrors(args);
            case "cue-threshold" -> {
                CueLexicon lexicon = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));
                List<AlignedDoc> dev = Lab.load(args[1], args[2], lexicon, 100000);
                CrfTagger tagger = Lab.readTagger(Path.of(args[3]));
                CueTokenFeatures cf = new CueTokenFeatures(EnumSet.complementOf(EnumSet.of(CueTokenFeatures.Group.PARSE)));
                float prune = Float.parseFloat(Lab.prop("prune", "0"));
                if (prune > 0) {
                    tagger = tagger.pruned(prune);
                }
                for (String t : args[4].split(",")) {
                    System.out.println("threshold " + t);
                    Lab.evaluateCues(dev, new CueDetector(tagger, cf, Double.parseDouble(t)));
                }
            }
            case "prune-cue" -> {
                CueLexicon lexicon = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));
                List<AlignedDoc> dev = Lab.load(args[1], args[2], lexicon, 100000);
                CrfTagger tagger = Lab.readTagger(Path.of(args[3]));
                CueTokenFeatures cf = new CueTokenFeatures(EnumSet.complementOf(EnumSet.of(CueTokenFeatures.Group.PARSE)));
                for (String t : args[4].split(",")) {
                    float min = Float.parseFloat(t);
                    CrfTagger p = min == 0 ? tagger : tagger.pruned(min);
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    try (var o = new java.io.ObjectOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
                        p.write(o);
                    }
                    System.out.printf("min |w| %.3f: %d features, %d bytes gz%n", min, p.featureCount(), bytes.size());
                    Lab.evaluateCues(dev, new CueDetector(p, cf));
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void roleErrors(String[] args) throws Exception {
        CueLexicon lexicon = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));
        List<AlignedDoc> dev = Lab.load(args[1], args[2], lexicon, 100000);
        CrfTagger tagger = Lab.readTagger(Path.of(args[3]));
        RoleLabeller labeller = new RoleLabeller(tagger, new RoleFeatures(EnumSet.allOf(RoleFeatures.Group.class)));
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> startWords = new HashMap<>();
        Map<String, Integer> endWords = new HashMap<>();
        java.io.PrintStream samples = new java.io.PrintStream(java.nio.file.Files.newOutputStream(Path.of(args[4])));
        for (AlignedDoc d : dev) {
            List<CueSpan> gold = Lab.goldCues(d);
            int k = 0;
            for (AlignedDoc.Relation r : d.relations()) {
                if (!r.hasCue()) {
                    continue;
                }
                CueSpan c = gold.get(k++);
                RoleAssignment a = labeller.label(d.input(), new DetectedCue(c, 1), RoleLabeller.otherCues(d.input().size(), gold, c));
                BitSet pc = a.content();
                BitSet gc = r.content();
                if (pc.equals(gc)) {
                    kinds.merge("content ok", 1, Integer::sum);
                } else if (pc.isEmpty()) {
                    kinds.merge("content none", 1, Integer::sum);
                } else if (!pc.intersects(gc)) {
                    kinds.merge("content elsewhere", 1, Integer::sum);
                } else {
                    int ps = pc.nextSetBit(0);
                    int gs = gc.nextSetBit(0);
                    int pe = pc.length();
                    int ge = gc.length();
                    String kind = (ps == gs ? "" : ps < gs ? "start-early " : "start-late ")
                            + (pe == ge ? "" : pe > ge ? "end-late " : "end-early ");
                    if (kind.isEmpty()) {
                        kind = "inner gap";
                    }
                    kinds.merge("content " + kind.strip(), 1, Integer::sum);
                    if (ps != gs) {
                        startWords.merge((ps < gs ? "+" : "-") + d.input().lower(Math.min(ps, gs)), 1, Integer::sum);
                    }
                    if (pe != ge) {
                        endWords.merge((pe > ge ? "+" : "-") + d.input().lower(Math.min(pe, ge)), 1, Integer::sum);
                    }
                    samples.println(kind + "\t" + Lab.span(d, Math.min(ps, gs), Math.max(pe, ge)).replace('\n', ' ')
                            + "\n   gold: " + Lab.span(d, gs, ge).replace('\n', ' ') + "\n   pred: " + Lab.span(d, ps, pe).replace('\n', ' '));
                }
                BitSet ps = a.source();
                BitSet gs = r.source();
                kinds.merge("source " + (ps.equals(gs) ? "ok" : ps.isEmpty() ? "none" : gs.isEmpty() ? "spurious"
                        : ps.intersects(gs) ? "boundary" : "elsewhere"), 1, Integer::sum);
            }
        }
        samples.close();
        Lab.print("kinds", kinds);
        Lab.print("start differs at", startWords);
        Lab.print("end differs at", endWords);
    }

}
