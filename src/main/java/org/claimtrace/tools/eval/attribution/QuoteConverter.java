package org.claimtrace.tools.eval.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the quotations of a CoreNLP document annotated with {@code quote} (and its attribution
 * step) into {@link Attribution}s with code point offsets.
 *
 * <ul>
 *   <li>content: the quotation, quotation marks included (PolNeAR's convention);</li>
 *   <li>source: the speaker mention (MentionBegin/MentionEnd token indices, end inclusive), or null;</li>
 *   <li>cue: CoreNLP reports no verb, so it is read off the basic dependencies: the verb governing
 *   the mention by {@code nsubj}/{@code nsubj:pass}, widened left to its auxiliaries, or
 *   "according to" when the mention carries that case marker; empty when neither is found.</li>
 * </ul>
 * Consecutive quotations with the same speaker mention and no line break between them are merged
 * into one discontinuous content, as PolNeAR annotates a quote interrupted by "he said".
 */
final class QuoteConverter {
    private final Annotation doc;
    private final CodePointText text;
    private final List<CoreLabel> tokens;

    QuoteConverter(Annotation doc) {
        this.doc = doc;
        this.text = new CodePointText(doc.get(CoreAnnotations.TextAnnotation.class));
        this.tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    }

    List<Attribution> convert() {
        List<Attribution> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        SpanSet lastSource = null;
        int lastEnd = -1;
        for (CoreMap quote : quotes) {
            int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            SpanSet content = SpanSet.of(text.toCodePoint(begin), text.toCodePoint(end));
            Integer mb = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            SpanSet source = mb == null || me == null ? null : tokenSpan(mb, me);
            boolean merge = source != null && source.equals(lastSource) && !out.isEmpty()
                    && text.text().substring(lastEnd, begin).indexOf('\n') < 0;
            if (merge) {
                Attribution prev = out.remove(out.size() - 1);
                out.add(new Attribution(prev.source(), prev.cue(), prev.content().union(content)));
            } else {
                SpanSet cue = source == null ? SpanSet.EMPTY : findCue(mb, me, begin, end);
                out.add(new Attribution(source, cue, content));
            }
            lastSource = source;
            lastEnd = end;
        }
        return out;
    }

    private SpanSet tokenSpan(int first, int last) {
        int b = tokens.get(first).beginPosition();
        int e = tokens.get(last).endPosition();
        return SpanSet.of(text.toCodePoint(b), text.toCodePoint(e));
    }

    /** The cue for a mention (token indices, inclusive), avoiding the quotation's characters. */
    private SpanSet findCue(int first, int last, int quoteBegin, int quoteEnd) {
        CoreLabel head = tokens.get(first);
        CoreMap sentence = doc.get(CoreAnnotations.SentencesAnnotation.class)
                .get(head.get(CoreAnnotations.SentenceIndexAnnotation.class));
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return SpanSet.EMPTY;
        }
        for (int i = first; i <= last; i++) {
            IndexedWord node = graph.getNodeByIndexSafe(tokens.get(i).index());
            if (node == null) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                String rel = edge.getRelation().toString();
                IndexedWord gov = edge.getGovernor();
                boolean outside = gov.endPosition() <= quoteBegin || gov.beginPosition() >= quoteEnd;
                if (rel.startsWith("nsubj") && gov.tag() != null && gov.tag().startsWith("VB") && outside) {
                    return verbSpan(graph, gov);
                }
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                IndexedWord dep = edge.getDependent();
                if (edge.getRelation().toString().equals("case") && "according".equalsIgnoreCase(dep.word())) {
                    int end = dep.endPosition();
                    for (SemanticGraphEdge fixed : graph.outgoingEdgeIterable(dep)) {
                        end = Math.max(end, fixed.getDependent().endPosition());
                    }
                    return SpanSet.of(text.toCodePoint(dep.beginPosition()), text.toCodePoint(end));
                }
            }
        }
        return SpanSet.EMPTY;
    }

    private SpanSet verbSpan(SemanticGraph graph, IndexedWord verb) {
        int begin = verb.beginPosition();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            IndexedWord dep = edge.getDependent();
            if (edge.getRelation().toString().startsWith("aux") && dep.index() < verb.index()
                    && verb.index() - dep.index() <= 3) {
                begin = Math.min(begin, dep.beginPosition());
            }
        }
        return SpanSet.of(text.toCodePoint(begin), text.toCodePoint(verb.endPosition()));
    }
}
