package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Sentence;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Dependency parses (CoreNLP's neural parser, basic UD relations) of the sentences that can carry a claim:
 * those with a cue word, a quotation mark or a modal. Other sentences are not parsed, which is most of the
 * parser's cost saved. Sentences longer than the budget are not parsed, and the document is marked partial.
 * Non-essential: when it fails, the document keeps its entities.
 * <p>The parser is called directly rather than through CoreNLP's {@code depparse} annotator, which turns
 * every parse into five semantic graphs (basic, collapsed, CC-processed, enhanced, enhanced++) when only
 * the basic relations are read here. The model is loaded once per JVM and shared: its {@code predict}
 * keeps no state between calls (CoreNLP's own annotator shares one parser across its threads).
 */
public final class ParseStage implements Stage {
    /**
     * The parser caches the hidden-layer slice of each word feature it computes. CoreNLP keeps 5,000 of
     * them; on news the cache then thrashes. 200,000 entries (at most about 170 MB, shared) parse news
     * 1.6x faster (docs/PERFORMANCE.md). Precomputing more features instead costs far more heap (100,000
     * precomputed: +620 MB) for the same speed.
     */
    private static final Properties CACHE = CoreNlpEngine.props("numCached", "200000");
    private final DependencyParser parser;
    private final ParseSelection selection;
    private final int maxTokens;

    public ParseStage(ParseSelection selection, int maxTokens) {
        this.parser = SharedModels.get("corenlp:nndep:" + DependencyParser.DEFAULT_MODEL, () -> {
            try {
                return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, CACHE);
            } catch (RuntimeException e) {
                throw new ModelLoadException("cannot load CoreNLP's dependency parser: " + e.getMessage(), e);
            }
        });
        this.selection = selection;
        this.maxTokens = maxTokens;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Set<Slot> reads() {
        Set<Slot> reads = new HashSet<>(Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, CoreNlpDoc.TAGGED));
        reads.addAll(selection.reads());
        return Set.copyOf(reads);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.DEPENDENCIES);
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public void process(Doc doc) {
        CoreNlpDoc core = doc.state(CoreNlpDoc.TAGGED);
        List<CoreMap> all = core.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> selected = new ArrayList<>();
        List<Sentence> selectedSentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!selection.worthParsing(doc, s)) {
                continue;
            }
            int length = s.tokenEnd() - s.tokenBegin();
            if (length > maxTokens) {
                doc.addPartialProblem(name(), ProblemCode.SENTENCE_TOO_LONG, "sentence " + s.index() + " has " + length
                        + " tokens, more than the parse budget of " + maxTokens + "; its claims are not extracted");
                continue;
            }
            selected.add(all.get(s.index()));
            selectedSentences.add(s);
        }
        Map<Integer, DependencyParse> parses = new HashMap<>();
        for (int i = 0; i < selected.size(); i++) {
            Sentence s = selectedSentences.get(i);
            parses.put(s.index(), convert(parser.predict(selected.get(i)), s));
        }
        doc.setParses(parses);
    }

    private static DependencyParse convert(GrammaticalStructure g, Sentence s) {
        int n = s.tokenEnd() - s.tokenBegin();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        for (TypedDependency d : g.typedDependencies()) {
            int dep = d.dep().index() - 1;
            int gov = d.gov().index() - 1;
            if (dep < 0 || dep >= n) {
                continue;
            }
            if (gov < 0) {
                rels[dep] = "root";
            } else {
                heads[dep] = s.tokenBegin() + gov;
                rels[dep] = d.reln().toString();
            }
        }
        return new DependencyParse(s.index(), s.tokenBegin(), heads, rels);
    }
}
