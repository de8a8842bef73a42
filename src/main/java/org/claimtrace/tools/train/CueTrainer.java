package org.claimtrace.tools.train;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.claimtrace.claims.ClaimCandidates;
import org.claimtrace.claims.CueFeatures;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.MaxentCueScorer;
import org.claimtrace.claims.text.Quotes;
import org.claimtrace.model.Article;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.stages.ParseStage;
import org.claimtrace.stages.PosLemmaStage;
import org.claimtrace.stages.StandardStages;
import org.claimtrace.stages.TokenizeStage;
import org.claimtrace.tools.FanOut;
import org.claimtrace.tools.Prf;
import org.claimtrace.tools.eval.attribution.Attribution;
import org.claimtrace.tools.eval.attribution.AttributionDoc;
import org.claimtrace.tools.eval.attribution.Fragment;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the {@link MaxentCueScorer} from brat attribution gold (PolNeAR's training split).
 * <ol>
 *   <li>Each text goes through tokenize, POS/lemma and the dependency parse of claim-candidate sentences
 *       (the same stages and parse budget as the standard pipeline).</li>
 *   <li>Every candidate word of a parsed sentence (a verb that is not an auxiliary or copula, or a noun in
 *       the cue lexicon: the words the claim patterns ask the scorer about) becomes an event, labelled
 *       {@code cue} when it overlaps a gold cue span.</li>
 *   <li>The documents are taken in id order; the last {@link #HELD_OUT_FRACTION} are held out. A GIS model
 *       is trained on the rest (events in document and token order, so the weights are reproducible), and
 *       the two thresholds are chosen for the best cue F1 on the held-out documents.</li>
 * </ol>
 */
public final class CueTrainer {
    public static final double HELD_OUT_FRACTION = 0.1;
    public static final int ITERATIONS = 100;
    public static final int CUTOFF = 2;

    /** One candidate word. */
    public record Candidate(String docId, List<String> features, boolean inLexicon, boolean verb, boolean gold) {
        Event event() {
            return new Event(gold ? MaxentCueScorer.CUE : MaxentCueScorer.OTHER, features.toArray(new String[0]));
        }
    }

    /** Held-out cue detection at the chosen thresholds. */
    public record Result(MaxentCueScorer scorer, int trainDocs, int heldOutDocs, int trainEvents, int trainPositives,
                         int heldOutEvents, int heldOutPositives, Prf heldOut, Prf lexiconOnly) {
    }

    private final CueLexicon lexicon;
    private final PrintStream log;

    public CueTrainer(CueLexicon lexicon, PrintStream log) {
        this.lexicon = lexicon;
        this.log = log;
    }

    /** Extracts, trains, tunes. */
    public Result train(List<AttributionDoc> docs, int threads) throws IOException {
        int heldOutDocs = (int) Math.round(docs.size() * HELD_OUT_FRACTION);
        int trainDocs = docs.size() - heldOutDocs;
        List<List<Candidate>> perDoc = extract(docs, threads);
        List<Candidate> train = new ArrayList<>();
        List<Candidate> heldOut = new ArrayList<>();
        for (int i = 0; i < perDoc.size(); i++) {
            (i < trainDocs ? train : heldOut).addAll(perDoc.get(i));
        }
        List<Event> events = new ArrayList<>(train.size());
        for (Candidate c : train) {
            events.add(c.event());
        }
        log.printf(Locale.ROOT, "training GIS on %d events (%d cue) from %d documents...%n", train.size(),
                positives(train), trainDocs);
        MaxentModel model = MaxentCueScorer.train(events, ITERATIONS, CUTOFF);
        MaxentCueScorer probe = new MaxentCueScorer(model, 0.5, 1.01);
        double[] p = new double[heldOut.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probe.probability(heldOut.get(i).features());
        }
        double bestLex = 0.5;
        double bestOpen = 1.01;
        Prf best = null;
        for (int l = 5; l <= 95; l += 5) {
            for (int o = 30; o <= 101; o += 5) {
                double lex = l / 100.0;
                double open = o > 95 ? 1.01 : o / 100.0;
                Prf r = evaluate(heldOut, p, lex, open);
                if (best == null || r.f1() > best.f1() + 1e-12) {
                    best = r;
                    bestLex = lex;
                    bestOpen = open;
                }
                if (o > 95) {
                    break;
                }
            }
        }
        Prf lexiconOnly = evaluate(heldOut, new double[heldOut.size()], -1, 2); // every lexicon word
        return new Result(new MaxentCueScorer(model, bestLex, bestOpen), trainDocs, heldOutDocs, train.size(),
                positives(train), heldOut.size(), positives(heldOut), best, lexiconOnly);
    }

    private static int positives(List<Candidate> cs) {
        int n = 0;
        for (Candidate c : cs) {
            n += c.gold() ? 1 : 0;
        }
        return n;
    }

    /** Cue detection over candidate words: a lexicon word at or above lex, any other verb at or above open. */
    static Prf evaluate(List<Candidate> cs, double[] p, double lex, double open) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            boolean predicted = c.inLexicon() ? p[i] >= lex : c.verb() && p[i] >= open;
            if (predicted && c.gold()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (c.gold()) {
                fn++;
            }
        }
        return new Prf(tp, fp, fn);
    }

    /** The candidates of every document, in document order; documents run on {@code threads} workers. */
    public List<List<Candidate>> extract(List<AttributionDoc> docs, int threads) {
        List<Stage> stages = List.of(new TokenizeStage(), new PosLemmaStage(),
                new ParseStage((doc, s) -> new ClaimCandidates(lexicon).worthParsing(doc.tokens(), s), StandardStages.MAX_PARSE_TOKENS));
        return FanOut.map("feature extraction", docs, threads, d -> candidates(d, stages), done -> {
            if (done % 50 == 0 || done == docs.size()) {
                log.printf(Locale.ROOT, "  parsed %d/%d documents%n", done, docs.size());
            }
        });
    }

    private List<Candidate> candidates(AttributionDoc gold, List<Stage> stages) {
        Doc doc = new Doc(Article.of(gold.id(), gold.text()), gold.text(), null);
        for (Stage s : stages) {
            s.process(doc);
        }
        List<Fragment> cues = new ArrayList<>();
        for (Attribution a : gold.attributions()) {
            cues.addAll(a.cue().fragments());
        }
        List<Token> tokens = doc.tokens();
        List<Quotes.Quote> quotes = Quotes.find(tokens);
        List<Candidate> out = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>(doc.parses().keySet());
        sentences.sort(null);
        for (int s : sentences) {
            DependencyParse p = doc.parses().get(s);
            for (int i = p.tokenBegin(); i < p.tokenEnd(); i++) {
                Token t = tokens.get(i);
                String pos = t.pos() == null ? "" : t.pos();
                String rel = p.relation(i);
                CueLexicon.Entry e;
                boolean verb;
                if (pos.startsWith("VB") && !rel.startsWith("aux") && !rel.equals("cop")) {
                    e = lexicon.verb(t.lemma());
                    verb = true;
                } else if (pos.startsWith("NN") && lexicon.noun(t.lemma()) != null) {
                    e = lexicon.noun(t.lemma());
                    verb = false;
                } else {
                    continue;
                }
                out.add(new Candidate(gold.id(), CueFeatures.extract(tokens, p, i, e, quotes), e != null, verb,
                        overlaps(t, cues)));
            }
        }
        return out;
    }

    private static boolean overlaps(Token t, List<Fragment> cues) {
        for (Fragment f : cues) {
            if (t.begin() < f.end() && f.begin() < t.end()) {
                return true;
            }
        }
        return false;
    }
}
