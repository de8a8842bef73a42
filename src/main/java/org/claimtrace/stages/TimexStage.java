package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.model.Tokens;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.time.Context;
import org.claimtrace.time.ReportingQuarter;
import org.claimtrace.time.Timex;
import org.claimtrace.time.TimexNormalizer;
import org.claimtrace.time.TimexType;
import org.claimtrace.time.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds time expressions and normalizes them to TIMEX3 values with SUTime, anchored to the document
 * date, then corrects them sentence by sentence with {@link TimexNormalizer} (weekdays and months by tense,
 * quarters, "last year", durations, false positives). Without a document date, relative expressions keep
 * their unanchored values.
 */
public final class TimexStage implements Stage {
    /** [dated, undated] annotators of the current thread; see {@link #annotators()}. */
    private final ThreadLocal<TimeAnnotator[]> annotators = ThreadLocal.withInitial(this::takeOrBuild);
    /** Annotators built while the pipeline loads, for the first thread that processes a document. */
    private final java.util.concurrent.ConcurrentLinkedQueue<TimeAnnotator[]> spare =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final TimexNormalizer normalizer = new TimexNormalizer();

    private final TimeWords timeWords;

    /** @param timeWords the words that let a sentence without digits hold a time expression */
    public TimexStage(TimeWords timeWords) {
        this.timeWords = timeWords;
        // load the rules now, not on the first document, for whichever thread takes it (the stage may be built
        // on a loading thread and used on a worker)
        spare.add(new TimeAnnotator[]{annotator(), annotator()});
    }

    private TimeAnnotator[] takeOrBuild() {
        TimeAnnotator[] ready = spare.poll();
        return ready != null ? ready : new TimeAnnotator[]{annotator(), annotator()};
    }

    /**
     * SUTime keeps state between documents inside its annotator: after a document without a date, the next
     * dated document's weekdays resolved differently ("by Friday" one week off), and a shared instance
     * would let two threads' document dates meet. So each thread has its own annotators (SUTime's rules
     * are small and load in well under a second), and documents without a date use one apart.
     */
    private static TimeAnnotator annotator() {
        return new TimeAnnotator("sutime", CoreNlpEngine.props(
                "sutime.includeRange", "true",
                "sutime.markTimeRanges", "true",
                "sutime.searchForDocDate", "false"));
    }

    /**
     * A view of the document with only the parts of sentences that can hold a time expression: the
     * {@linkplain TimeWords#windows windows} around digits and time words, each given to SUTime as a sentence of
     * its own (SUTime's cost grows with the tokens it reads, and its results depend only on the tokens near an
     * expression). The sentences and their tokens are copies, because SUTime sets its results on them (time
     * expressions, numeric values) and this stage does not write the CoreNLP state.
     */
    private Annotation candidateWindows(Annotation document) {
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> windows = new ArrayList<>();
        for (CoreMap s : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int[] w : timeWords.windows(tokens)) {
                windows.add(window(s, tokens, w[0], w[1], text));
            }
        }
        Annotation view = new Annotation(text);
        view.set(CoreAnnotations.SentencesAnnotation.class, windows);
        view.set(CoreAnnotations.TokensAnnotation.class, document.get(CoreAnnotations.TokensAnnotation.class));
        String date = document.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            view.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        return view;
    }

    /**
     * Tokens {@code from} to {@code to} of a sentence as a sentence of their own, with its own text and character
     * offsets (SUTime takes an expression's text from its sentence's text by offset).
     */
    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
        List<CoreLabel> copies = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            copies.add(new CoreLabel(tokens.get(i)));
        }
        CoreMap window = new ArrayCoreMap(sentence);
        window.set(CoreAnnotations.TokensAnnotation.class, copies);
        Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (first != null) {
            window.set(CoreAnnotations.TokenBeginAnnotation.class, first + from);
            window.set(CoreAnnotations.TokenEndAnnotation.class, first + to);
        }
        int begin = copies.get(0).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = copies.get(copies.size() - 1).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        return window;
    }

    @Override
    public String name() {
        return "timex";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.POS, CoreNlpDoc.NER_TAGGED);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.TIME_EXPRESSIONS);
    }

    @Override
    public void process(Doc doc) {
        CoreNlpDoc core = doc.state(CoreNlpDoc.NER_TAGGED);
        Annotation candidates = candidateWindows(core.annotation());
        annotators.get()[doc.date().value() == null ? 1 : 0].annotate(candidates);
        List<CoreMap> found = candidates.get(TimeAnnotations.TimexAnnotations.class);
        List<Token> tokens = doc.tokens();
        Map<Integer, List<Timex>> bySentence = new HashMap<>();
        for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
            edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            EntityType type = timex == null ? null : EntityType.ofTimex(timex.timexType());
            Integer cb = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer ce = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (type == null || cb == null || ce == null || ce <= cb || tokens.isEmpty()) {
                continue;
            }
            int first = Tokens.indexAt(tokens, doc.index().toCodePoint(cb));
            int last = Tokens.indexAt(tokens, doc.index().toCodePoint(ce) - 1);
            int sentence = tokens.get(first).sentence();
            if (tokens.get(last).sentence() != sentence) {
                continue;
            }
            int base = sentenceStart(tokens, first);
            bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(new Timex(first - base, last + 1 - base,
                    TimexType.valueOf(type.name()), timex.value()));
        }
        List<int[]> ranges = new ArrayList<>(); // {first token, end token, sentence}
        List<List<Word>> sentences = new ArrayList<>();
        for (int start = 0; start < tokens.size(); ) {
            int sentence = tokens.get(start).sentence();
            int end = start;
            List<Word> words = new ArrayList<>();
            while (end < tokens.size() && tokens.get(end).sentence() == sentence) {
                words.add(new Word(tokens.get(end).text(), tokens.get(end).pos()));
                end++;
            }
            ranges.add(new int[]{start, end, sentence});
            sentences.add(words);
            start = end;
        }
        ReportingQuarter.Quarter reported = ReportingQuarter.ofDocument(sentences, doc.date().value());
        List<TimeExpression> out = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            int start = ranges.get(k)[0];
            int sentence = ranges.get(k)[2];
            Context context = new Context(sentences.get(k), doc.date().value(), reported);
            for (Timex t : normalizer.normalize(context, bySentence.getOrDefault(sentence, List.of()))) {
                int begin = tokens.get(start + t.first()).begin();
                int stop = tokens.get(start + t.end() - 1).end();
                out.add(new TimeExpression(null, begin, stop, doc.span(begin, stop), sentence,
                        EntityType.valueOf(t.type().name()), t.value(), null));
            }
        }
        doc.setTimeExpressions(out);
    }

    private static int sentenceStart(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        while (i > 0 && tokens.get(i - 1).sentence() == sentence) {
            i--;
        }
        return i;
    }
}
