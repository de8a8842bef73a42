package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.engine.corenlp.ArcStandardParser;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.engine.corenlp.NeuralParserWeights;
import org.claimtrace.engine.corenlp.PassiveSubjects;
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
 * <p>CoreNLP loads the model (its {@code english_UD} weights), and {@link ArcStandardParser} runs it: the same trees as CoreNLP's {@code predict}, several
 * times faster, with no lock shared between threads (docs/PERFORMANCE.md). Each thread has its own parser and
 * slice cache; the weights are loaded once per JVM and shared.
 */
public final class ParseStage implements Stage {
    /**
     * CoreNLP's cached path rounds each feature's hidden-layer slice to float, and that is the arithmetic
     * {@link ArcStandardParser} reproduces; the size of CoreNLP's own cache no longer matters, as its
     * {@code predict} is not called. Nor does CoreNLP precompute its table of hidden-layer contributions
     * ({@code numPreComputed=0}): {@link NeuralParserWeights} computes each row the first time it is needed.
     */
    private static final Properties LOAD = CoreNlpEngine.props("numCached", "1000", "numPreComputed", "0");
    /**
     * Slots of each thread's slice cache (4 KB each): the features not in the precomputed table, mostly rare
     * words in one of the 18 word positions. 8,192 slots hold a few documents' worth of them.
     */
    static final int CACHE_SLOTS = 8192;
    private final ThreadLocal<ArcStandardParser> parser;
    private final ParseSelection selection;
    private final int maxTokens;

    public ParseStage(ParseSelection selection, int maxTokens) {
        NeuralParserWeights weights = SharedModels.get("corenlp:nndep:" + DependencyParser.DEFAULT_MODEL, () -> {
            try {
                return NeuralParserWeights.of(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, LOAD));
            } catch (RuntimeException e) {
                if (e instanceof ModelLoadException m) {
                    throw m;
                }
                throw new ModelLoadException("cannot load CoreNLP's dependency parser: " + e.getMessage(), e);
            }
        });
        this.parser = ThreadLocal.withInitial(() -> new ArcStandardParser(weights, CACHE_SLOTS));
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
        ArcStandardParser p = parser.get();
        for (int i = 0; i < selected.size(); i++) {
            Sentence s = selectedSentences.get(i);
            parses.put(s.index(), parse(p, selected.get(i), s));
        }
        doc.setParses(parses);
    }

    /**
     * Parses one sentence into document token indices: the head of the root is -1 and its relation "root".
     * The relations are CoreNLP's basic dependencies, with its passive-subject correction.
     */
    static DependencyParse parse(ArcStandardParser p, CoreMap sentence, Sentence s) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            words.add(t.word());
            tags.add(t.tag());
        }
        ArcStandardParser.Tree tree = p.parse(words, tags);
        String[] labels = tree.labels().clone();
        PassiveSubjects.correct(tree.heads(), labels);
        int n = s.tokenEnd() - s.tokenBegin();
        int[] heads = new int[n];
        String[] rels = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        for (int i = 0; i < Math.min(n, labels.length); i++) {
            int head = tree.heads()[i];
            if (head == 0) {
                rels[i] = "root";
            } else {
                heads[i] = s.tokenBegin() + head - 1;
                rels[i] = labels[i];
            }
        }
        return new DependencyParse(s.index(), s.tokenBegin(), heads, rels);
    }
}
