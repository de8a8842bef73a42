package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.text.SentenceRepair;
import org.claimtrace.text.LineBreakSplitter;
import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Tokenizes and splits sentences with CoreNLP (its tokenizer splits sentences too since 4.5), keeping hyphenated names ("al-Sharaa") whole and making
 * a headline or dateline line without final punctuation a sentence of its own.
 */
public final class TokenizeStage implements Stage {
    private final TokenizerAnnotator tokenizer;

    public TokenizeStage() {
        Properties p = CoreNlpEngine.props(
                "tokenize.language", "en",
                "tokenize.options", "splitHyphenated=false,invertible=true",
                "ssplit.newlineIsSentenceBreak", "two");
        this.tokenizer = CoreNlpEngine.annotator("tokenize", p, props -> new TokenizerAnnotator(false, props));
    }

    @Override
    public String name() {
        return "tokenize";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, CoreNlpDoc.TOKENIZED);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        Annotation annotation = new Annotation(text);
        if (doc.date().value() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.date().value().toString());
        }
        annotation.set(CoreAnnotations.DocIDAnnotation.class, doc.id());
        tokenizer.annotate(annotation);

        List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> spans = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            spans.add(new int[]{l.beginPosition(), l.endPosition()});
        }
        List<int[]> ranges = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            ranges.add(new int[]{s.get(CoreAnnotations.TokenBeginAnnotation.class),
                    s.get(CoreAnnotations.TokenEndAnnotation.class)});
        }
        List<String> words = new ArrayList<>(labels.size());
        List<String> gaps = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            words.add(text.substring(labels.get(i).beginPosition(), labels.get(i).endPosition()));
            gaps.add(i == 0 ? "" : text.substring(labels.get(i - 1).endPosition(), labels.get(i).beginPosition()));
        }
        List<int[]> refined = LineBreakSplitter.refine(text, spans, SentenceRepair.merge(words, gaps, ranges));
        if (!sameRanges(refined, ranges)) {
            annotation.set(CoreAnnotations.SentencesAnnotation.class, rebuild(text, labels, refined));
        }

        TextIndex index = doc.index();
        List<Token> tokens = new ArrayList<>(labels.size());
        List<Sentence> sentences = new ArrayList<>(refined.size());
        for (int si = 0; si < refined.size(); si++) {
            int[] r = refined.get(si);
            for (int ti = r[0]; ti < r[1]; ti++) {
                CoreLabel l = labels.get(ti);
                int b = index.toCodePoint(l.beginPosition());
                int e = index.toCodePoint(l.endPosition());
                tokens.add(new Token(ti, b, e, text.substring(l.beginPosition(), l.endPosition()), si, null, null));
            }
            if (r[1] > r[0]) {
                sentences.add(new Sentence(si, tokens.get(r[0]).begin(), tokens.get(r[1] - 1).end(), r[0], r[1]));
            }
        }
        doc.setTokens(tokens);
        doc.setSentences(sentences);
        doc.setState(CoreNlpDoc.TOKENIZED, new CoreNlpDoc(annotation, labels));
    }

    private static boolean sameRanges(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    /** Rebuilds CoreNLP's sentence maps for new token ranges, as its sentence splitter would set them. */
    private static List<CoreMap> rebuild(String text, List<CoreLabel> labels, List<int[]> ranges) {
        List<CoreMap> sentences = new ArrayList<>(ranges.size());
        for (int si = 0; si < ranges.size(); si++) {
            int[] r = ranges.get(si);
            List<CoreLabel> toks = new ArrayList<>(labels.subList(r[0], r[1]));
            for (int k = 0; k < toks.size(); k++) {
                toks.get(k).setIndex(k + 1);
                toks.get(k).setSentIndex(si);
            }
            int begin = toks.get(0).beginPosition();
            int end = toks.get(toks.size() - 1).endPosition();
            CoreMap s = new ArrayCoreMap(8);
            s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            s.set(CoreAnnotations.TokensAnnotation.class, toks);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, r[0]);
            s.set(CoreAnnotations.TokenEndAnnotation.class, r[1]);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, si);
            sentences.add(s);
        }
        return sentences;
    }
}
