package org.claimtrace.tools.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Baseline: raw Stanford CoreNLP with annotators {@value #ANNOTATORS} and otherwise default settings
 * (fine-grained NER and SUTime on, entity mentions built by the NER annotator).
 * <p>
 * Named entities are the document's {@link CoreAnnotations.MentionsAnnotation} whose fine-grained label maps to a
 * coarse type ({@link #coarseType}): PERSON &rarr; PERSON; LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE &rarr;
 * LOCATION; ORGANIZATION &rarr; ORGANIZATION. Every other label (NATIONALITY, RELIGION, TITLE, IDEOLOGY,
 * MISC, numbers, ...) is dropped. The KBP pronominal mentions (he, she, ...) that the entity-mention annotator
 * adds as PERSON are dropped too: they are recognised by all their tokens having NER tag O.
 * Time expressions are the mentions labelled DATE, TIME, DURATION or SET, typed by SUTime's
 * {@link Timex#timexType()} (else the NER label) with value {@link Timex#value()} (null if SUTime gave none).
 * <p>
 * CoreNLP's character offsets are UTF-16 indices ({@link String} positions); they are converted to code points.
 * The pipeline is loaded once per instance (about 15 s, about 2 GB heap: run with {@code -Xmx3g}).
 * Instances are not meant to be shared between threads.
 */
public final class RawCoreNlpBaseline {

    /** The annotators that are run. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    /** Predictions for one document; all offsets are code points. */
    public record Output(List<LabeledSpan> entities, List<LabeledSpan> timexes) {
        public Output {
            entities = List.copyOf(entities);
            timexes = List.copyOf(timexes);
        }
    }

    private static final Map<String, String> COARSE = Map.of(
            "PERSON", "PERSON",
            "LOCATION", "LOCATION",
            "CITY", "LOCATION",
            "COUNTRY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION",
            "ORGANIZATION", "ORGANIZATION");

    private static final Set<String> TIME_LABELS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final StanfordCoreNLP pipeline;

    /** Loads the CoreNLP pipeline. */
    public RawCoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        pipeline = new StanfordCoreNLP(props);
    }

    /** The coarse type for a CoreNLP fine-grained NER label, or empty if the label is not scored. */
    public static Optional<String> coarseType(String nerLabel) {
        return Optional.ofNullable(nerLabel == null ? null : COARSE.get(nerLabel));
    }

    /** Annotates the document's whole text with its document date. */
    public Output annotate(GoldDocument doc) {
        return annotate(doc.text(), doc.documentDate());
    }

    /**
     * Annotates {@code text}.
     *
     * @param documentDate set as {@link CoreAnnotations.DocDateAnnotation} (yyyy-MM-dd) when not null
     */
    public Output annotate(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(annotation);
        List<LabeledSpan> entities = new ArrayList<>();
        List<LabeledSpan> timexes = new ArrayList<>();
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap mention : mentions == null ? List.<CoreMap>of() : mentions) {
            String label = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            int begin = CodePoints.fromUtf16(text, mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
            int end = CodePoints.fromUtf16(text, mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            if (TIME_LABELS.contains(label)) {
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                String type = timex != null && timex.timexType() != null ? timex.timexType() : label;
                timexes.add(new LabeledSpan(begin, end, type, timex == null ? null : timex.value()));
            } else if (!isPronominal(mention)) {
                coarseType(label).ifPresent(type -> entities.add(LabeledSpan.entity(begin, end, type)));
            }
        }
        return new Output(entities, timexes);
    }

    private static boolean isPronominal(CoreMap mention) {
        for (CoreLabel token : mention.get(CoreAnnotations.TokensAnnotation.class)) {
            String ner = token.ner();
            if (ner != null && !"O".equals(ner)) {
                return false;
            }
        }
        return true;
    }
}
