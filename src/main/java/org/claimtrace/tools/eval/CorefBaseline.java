package org.claimtrace.tools.eval;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Baseline: raw CoreNLP coreference with annotators {@value #ANNOTATORS} and otherwise default settings (the
 * statistical coref model), except that every line break ends a sentence (the gold texts hold one sentence
 * per line). A gold mention is linked to the chain of the CoreNLP mention whose head word is the gold head
 * word, else of the shortest CoreNLP mention that covers the gold head; names are the chains' PROPER mentions.
 * CoreNLP's offsets are UTF-16 and are converted to code points. Not thread-safe: one instance per thread.
 */
public final class CorefBaseline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

    private final StanfordCoreNLP pipeline;

    public CorefBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(props);
    }

    /** A CoreNLP mention in code points: span, head word and chain. */
    record Pred(int begin, int end, int headBegin, int headEnd, String chain, boolean proper) {
    }

    public ResolutionLinks annotate(GoldDocument doc) {
        String text = doc.text();
        Annotation a = new Annotation(text);
        if (doc.documentDate() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, doc.documentDate().toString());
        }
        pipeline.annotate(a);
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        List<Pred> preds = new ArrayList<>();
        Map<Integer, CorefChain> chains = a.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains != null) {
            for (CorefChain chain : chains.values()) {
                for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                    List<CoreLabel> toks = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
                    CoreLabel first = toks.get(m.startIndex - 1);
                    CoreLabel last = toks.get(m.endIndex - 2);
                    CoreLabel head = toks.get(m.headIndex - 1);
                    preds.add(new Pred(cp(text, first.beginPosition()), cp(text, last.endPosition()),
                            cp(text, head.beginPosition()), cp(text, head.endPosition()), "chain" + chain.getChainID(),
                            m.mentionType == edu.stanford.nlp.coref.data.Dictionaries.MentionType.PROPER));
                }
            }
        }
        return new PredLinks(preds);
    }

    private static int cp(String text, int utf16) {
        return CodePoints.fromUtf16(text, utf16);
    }

    /** Links from a list of predicted mentions. */
    static final class PredLinks implements ResolutionLinks {
        private final List<Pred> preds;
        private final List<Named> names = new ArrayList<>();

        PredLinks(List<Pred> preds) {
            this.preds = preds;
            for (Pred p : preds) {
                if (p.proper()) {
                    names.add(new Named(p.begin(), p.end(), p.chain()));
                }
            }
        }

        @Override
        public String linkOf(ResolutionGold.Mention m) {
            int h = m.head().begin();
            Pred byHead = null;
            Pred covering = null;
            for (Pred p : preds) {
                if (p.headBegin() <= h && h < p.headEnd()) {
                    if (byHead == null || p.end() - p.begin() < byHead.end() - byHead.begin()) {
                        byHead = p;
                    }
                } else if (p.begin() <= h && h < p.end()) {
                    if (covering == null || p.end() - p.begin() < covering.end() - covering.begin()) {
                        covering = p;
                    }
                }
            }
            Pred p = byHead != null ? byHead : covering;
            return p == null ? null : p.chain();
        }

        @Override
        public Set<String> clustersNamed(ResolutionGold.Span name) {
            return ResolutionLinks.clustersFor(names, name);
        }
    }
}
