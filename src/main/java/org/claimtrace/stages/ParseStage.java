package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.claims.ClaimCandidates;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Sentence;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dependency parses (CoreNLP's neural parser, basic UD relations) of the sentences that can carry a claim:
 * those with a cue word, a quotation mark or a modal. Other sentences are not parsed, which is most of the
 * parser's cost saved. Sentences longer than the budget are not parsed, and the document is marked partial.
 * Non-essential: when it fails, the document keeps its entities.
 */
public final class ParseStage implements Stage {
    private final DependencyParseAnnotator parser;
    private final ClaimCandidates candidates;
    private final int maxTokens;

    public ParseStage(ClaimCandidates candidates, int maxTokens) {
        this.parser = CoreNlpEngine.annotator("depparse", CoreNlpEngine.props("depparse.language", "english"),
                props -> new DependencyParseAnnotator(props));
        this.candidates = candidates;
        this.maxTokens = maxTokens;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMA, Layer.CORENLP_ANNOTATION);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DEPENDENCIES);
    }

    @Override
    public boolean essential() {
        return false;
    }

    @Override
    public void process(Doc doc) {
        CoreNlpDoc core = doc.attachment(CoreNlpDoc.class);
        List<CoreMap> all = core.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> selected = new ArrayList<>();
        List<Sentence> selectedSentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!candidates.worthParsing(doc.tokens(), s)) {
                continue;
            }
            int length = s.tokenEnd() - s.tokenBegin();
            if (length > maxTokens) {
                doc.addPartialProblem(name(), "sentence-too-long", "sentence " + s.index() + " has " + length
                        + " tokens, more than the parse budget of " + maxTokens + "; its claims are not extracted");
                continue;
            }
            selected.add(all.get(s.index()));
            selectedSentences.add(s);
        }
        Map<Integer, DependencyParse> parses = new HashMap<>();
        if (!selected.isEmpty()) {
            Annotation subset = new Annotation(doc.text());
            subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
            subset.set(CoreAnnotations.TokensAnnotation.class, core.labels());
            parser.annotate(subset);
            for (int i = 0; i < selected.size(); i++) {
                SemanticGraph g = selected.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                if (g != null) {
                    Sentence s = selectedSentences.get(i);
                    parses.put(s.index(), convert(g, s));
                }
            }
        }
        doc.setParses(parses);
    }

    private static DependencyParse convert(SemanticGraph g, Sentence s) {
        int n = s.tokenEnd() - s.tokenBegin();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        for (IndexedWord root : g.getRoots()) {
            rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            int dep = e.getDependent().index() - 1;
            if (dep >= 0 && dep < n) {
                heads[dep] = s.tokenBegin() + e.getGovernor().index() - 1;
                rels[dep] = e.getRelation().toString();
            }
        }
        return new DependencyParse(s.index(), s.tokenBegin(), heads, rels);
    }
}
