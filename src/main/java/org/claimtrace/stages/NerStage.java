package org.claimtrace.stages;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import org.claimtrace.engine.corenlp.CoreNlpEngine;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.resources.Gazetteer;
import org.claimtrace.resources.LocationSubtypes;
import org.claimtrace.resources.TypeOverrides;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Person, location and organization mentions: CoreNLP's CRF taggers (with its fine-grained rules when
 * enabled), completed by the project's gazetteer and corrected by its type overrides. Time expressions
 * are left to {@link TimexStage}.
 */
public final class NerStage implements Stage {
    /**
     * CoreNLP's English default runs three CRFs in sequence (all.3class, muc.7class, conll.4class). With the
     * numeric classifiers, SUTime and the fine-grained rules off, the combiner only lets the later two add
     * labels the first lacks (MISC, MONEY, PERCENT, DATE, TIME), none of which become entities here, so they
     * cost two thirds of the NER time and change no PERSON, LOCATION or ORGANIZATION tag. Only the first runs.
     * With fine-grained NER on, the default three models are kept.
     */
    static final String PERSON_LOCATION_ORGANIZATION_MODEL =
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Abbreviations that end company and person names and keep their period. */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr");

    private final NERCombinerAnnotator ner;
    private final Gazetteer gazetteer;
    private final TypeOverrides overrides;
    /** Fine location labels by name when CoreNLP's fine-grained pass is off; null when it is on. */
    private final LocationSubtypes locationSubtypes;

    public NerStage(boolean fineGrained, Gazetteer gazetteer, TypeOverrides overrides) {
        Properties p = CoreNlpEngine.props(
                "ner.useSUTime", "false",
                "ner.applyNumericClassifiers", "false",
                "ner.applyFineGrained", Boolean.toString(fineGrained),
                "ner.buildEntityMentions", "true",
                "ner.language", "en");
        if (!fineGrained) {
            p.setProperty("ner.model", PERSON_LOCATION_ORGANIZATION_MODEL);
        }
        this.ner = CoreNlpEngine.annotator("ner", p, props -> {
            try {
                return new NERCombinerAnnotator(props);
            } catch (IOException e) {
                throw new ModelLoadException("cannot load CoreNLP NER models: " + e.getMessage(), e);
            }
        });
        this.gazetteer = gazetteer;
        this.overrides = overrides;
        this.locationSubtypes = fineGrained ? null : SharedModels.get("location-subtypes", LocationSubtypes::load);
    }

    /**
     * The distributional word classes of the NER model this stage runs (the all.3class model's, which the
     * default three-model configuration also loads first).
     */
    public WordClasses wordClasses() {
        return SharedModels.get("ner-word-classes:" + System.identityHashCode(ner),
                () -> NerWordClasses.of(ner, PERSON_LOCATION_ORGANIZATION_MODEL));
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TEXT, Layer.TOKENS, Layer.POS, CoreNlpDoc.TAGGED);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.NAME_MENTIONS, CoreNlpDoc.NER_TAGGED);
    }

    @Override
    public void process(Doc doc) {
        CoreNlpDoc core = doc.state(CoreNlpDoc.TAGGED);
        Annotation view = CapsLines.forTagger(core.annotation());
        ner.annotate(view);
        CapsLines.copyBack(view, core.annotation());
        doc.setState(CoreNlpDoc.NER_TAGGED, core);
        List<Mention> found = new ArrayList<>();
        List<CoreMap> mentions = view.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                String label = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                EntityType type = coarseType(label);
                if (type == null) {
                    continue;
                }
                int tb = m.get(CoreAnnotations.TokenBeginAnnotation.class);
                int te = withAbbreviationPeriod(doc.tokens(), m.get(CoreAnnotations.TokenEndAnnotation.class));
                if (allPronouns(doc, tb, te)) {
                    continue; // CoreNLP's entity mentions include pronouns; EntityStage links those itself
                }
                String subtype = label.equals(type.name()) ? null : label;
                if (subtype == null && type == EntityType.LOCATION && locationSubtypes != null) {
                    subtype = locationSubtypes.of(doc.span(doc.tokens().get(tb).begin(), doc.tokens().get(te - 1).end()));
                }
                found.add(mention(doc, tb, te, type, subtype, "corenlp", confidence(m, label)));
            }
        }
        List<Mention> merged = mergeGazetteer(doc, found);
        List<Mention> overridden = new ArrayList<>(merged.size());
        for (Mention m : merged) {
            TypeOverrides.Override o = overrides.forName(m.text());
            overridden.add(o == null ? m : m.withType(o.type(), o.subtype() != null ? o.subtype() : m.subtype()));
        }
        overridden.sort(Comparator.comparingInt(Mention::begin));
        List<Mention> typed = new ArrayList<>(HeadlineNames.correct(doc.tokens(), overridden));
        for (NamePropagation.Found f : NamePropagation.find(doc.tokens(), typed)) {
            Mention source = f.source();
            typed.add(mention(doc, f.begin(), f.end(), source.type(), source.subtype(), NamePropagation.SOURCE,
                    NamePropagation.CONFIDENCE));
        }
        typed.sort(Comparator.comparingInt(Mention::begin));
        doc.setNameMentions(typed);
    }

    /** Maps CoreNLP's coarse and fine labels to the output types; null for labels that are not entities here. */
    static EntityType coarseType(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    /**
     * The tokenizer reads "Inc." before a capitalized word as the end of a sentence and splits the period
     * off ("Apple Inc. CEO Steve Jobs"); the period belongs to the name.
     */
    static int withAbbreviationPeriod(List<Token> tokens, int tokenEnd) {
        if (tokenEnd < tokens.size() && tokenEnd > 0) {
            Token last = tokens.get(tokenEnd - 1);
            Token next = tokens.get(tokenEnd);
            if (next.text().equals(".") && next.begin() == last.end() && NAME_ABBREVIATIONS.contains(last.text())) {
                return tokenEnd + 1;
            }
        }
        return tokenEnd;
    }

    private static boolean allPronouns(Doc doc, int tokenBegin, int tokenEnd) {
        for (int i = tokenBegin; i < tokenEnd; i++) {
            String pos = doc.tokens().get(i).pos();
            if (pos == null || !(pos.startsWith("PRP") || pos.startsWith("WP"))) {
                return false;
            }
        }
        return true;
    }

    private static double confidence(CoreMap m, String label) {
        Map<String, Double> probs = m.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        if (probs != null) {
            Double p = probs.get(label);
            if (p != null && p > 0 && p <= 1) {
                return Math.round(p * 1000) / 1000.0;
            }
        }
        return 0.9;
    }

    /** Gazetteer names win over overlapping model mentions that are not longer than them. */
    private List<Mention> mergeGazetteer(Doc doc, List<Mention> model) {
        List<Token> tokens = doc.tokens();
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(t.text());
        }
        List<Mention> out = new ArrayList<>(model);
        for (Gazetteer.Match g : gazetteer.find(words)) {
            Mention gm = mention(doc, g.begin(), g.end(), g.entry().type(), g.entry().subtype(), "gazetteer", 0.95);
            boolean keep = true;
            for (int i = out.size() - 1; i >= 0; i--) {
                Mention m = out.get(i);
                if (m.overlaps(gm)) {
                    if (m.end() - m.begin() > gm.end() - gm.begin()) {
                        keep = false;
                    } else {
                        out.remove(i);
                    }
                }
            }
            if (keep) {
                out.add(gm);
            }
        }
        return out;
    }

    private static Mention mention(Doc doc, int tokenBegin, int tokenEnd, EntityType type, String subtype,
                                   String source, double confidence) {
        List<Token> tokens = doc.tokens();
        int begin = tokens.get(tokenBegin).begin();
        int end = tokens.get(tokenEnd - 1).end();
        return new Mention(null, begin, end, doc.span(begin, end), tokens.get(tokenBegin).sentence(),
                MentionKind.NAME, type, subtype, source, confidence, tokenBegin, tokenEnd);
    }
}
