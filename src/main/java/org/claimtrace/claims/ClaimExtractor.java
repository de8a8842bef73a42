package org.claimtrace.claims;

import org.claimtrace.claims.learn.AttributionInput;
import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.Calibration;
import org.claimtrace.claims.learn.ContentBoundaries;
import org.claimtrace.claims.learn.ContentFallback;
import org.claimtrace.claims.learn.CueSpan;
import org.claimtrace.claims.learn.DetectedCue;
import org.claimtrace.claims.learn.RoleAssignment;
import org.claimtrace.claims.learn.RoleLabeller;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.rules.ClaimDraft;
import org.claimtrace.claims.rules.ClaimRule;
import org.claimtrace.claims.rules.LightVerbCues;
import org.claimtrace.claims.rules.NamedSpeakerCues;
import org.claimtrace.model.Claim;
import org.claimtrace.model.CueCandidate;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Sentence;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.text.TextIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Extracts claims from a document whose cues the cue stage found: for each cue the trained role tagger marks
 * its source and content ({@link RoleLabeller}), {@link ClaimDrafts} reads a draft off that decision, the
 * hand-written {@link ClaimRule}s run over the drafts in order, and {@link ClaimBuilder} makes each record.
 * Authorial statements, which have no cue, are added last ({@link AuthorialStatements}). Stateless and
 * thread-safe: the model is immutable and each call makes its own working state.
 */
public final class ClaimExtractor {
    private final AttributionModel model;
    private final RoleLabeller labeller;
    private final CueLexicon lexicon;
    private final WordClasses classes;
    private final List<ClaimRule> rules;
    private final ClaimBuilder builder;

    public ClaimExtractor(AttributionModel model, CueLexicon lexicon, WordClasses classes, List<ClaimRule> rules,
                          Map<String, String> placeOfDemonym) {
        this.model = model;
        this.labeller = new RoleLabeller(model.roleTagger(), model.roleFeatures());
        this.lexicon = lexicon;
        this.classes = classes;
        this.rules = List.copyOf(rules);
        this.builder = new ClaimBuilder(new ClaimantResolver(placeOfDemonym));
    }

    /** Everything the extractor reads from a document. */
    public record Input(String text, TextIndex index, List<Token> tokens, List<Sentence> sentences,
                        Map<Integer, DependencyParse> parses, List<Entity> entities,
                        List<TimeExpression> timeExpressions, DocumentDate date, List<CueCandidate> cues) {
    }

    public List<Claim> extract(Input in) {
        AttributionInput ai = new AttributionInput(in.text(), in.tokens(), in.sentences(), in.parses(), in.entities(),
                lexicon, classes);
        List<ClaimDraft> drafts = drafts(ai, in.cues());
        for (ClaimRule rule : rules) {
            drafts = rule.apply(ai, drafts);
        }
        ClaimBuilder.Context context = new ClaimBuilder.Context(in.text(), in.index(), in.tokens(), in.parses(),
                new MentionIndex(in.entities()), ai.quotes(), in.timeExpressions(), in.date());
        List<Claim> claims = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            claims.add(builder.build(context, d));
        }
        claims.addAll(AuthorialStatements.find(context, drafts, builder));
        claims.sort(Comparator.comparingInt((Claim c) -> c.cue().begin()).thenComparingInt(c -> c.content().begin()));
        List<Claim> numbered = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            numbered.add(claims.get(i).withId("c" + (i + 1)));
        }
        return numbered;
    }

    /** The model's draft for each cue that it gives a content. */
    List<ClaimDraft> drafts(AttributionInput ai, List<CueCandidate> cues) {
        List<DetectedCue> detected = new ArrayList<>(cues.size());
        for (CueCandidate c : cues) {
            // the head is read again, now from the parse
            detected.add(new DetectedCue(CueSpan.of(ai, c.tokenBegin(), c.tokenEnd()), c.probability()));
        }
        return drafts(ai, withGenerated(ai, detected), labeller, model.fallback(), model.boundaries(), model.calibration());
    }

    /**
     * The tagged cues and those the generators add ({@link LightVerbCues}, {@link NamedSpeakerCues}), in text
     * order.
     */
    public static List<DetectedCue> withGenerated(AttributionInput ai, List<DetectedCue> tagged) {
        List<DetectedCue> all = new ArrayList<>(tagged);
        List<CueSpan> spans = tagged.stream().map(DetectedCue::span).toList();
        for (CueSpan c : LightVerbCues.find(ai, spans)) {
            all.add(new DetectedCue(c, LightVerbCues.PROBABILITY));
        }
        for (CueSpan c : NamedSpeakerCues.find(ai, spans)) {
            all.add(new DetectedCue(c, NamedSpeakerCues.PROBABILITY));
        }
        all.sort(Comparator.comparingInt(d -> d.span().begin()));
        return all;
    }

    /**
     * The drafts for cues: each cue's roles from the role tagger, its content's boundaries moved where the
     * boundary classifiers put them, read off as a draft with a calibrated confidence, before the rules.
     * Training measures and calibrates the model through this same path.
     */
    public static List<ClaimDraft> drafts(AttributionInput ai, List<DetectedCue> cues, RoleLabeller labeller,
                                          ContentBoundaries boundaries, Calibration calibration) {
        return drafts(ai, cues, labeller, ContentFallback.NONE, boundaries, calibration);
    }

    /**
     * As above, with a content from the tagger's marginals for a cue its best sequence leaves without one, and a
     * second labelling for a cue whose content the tagger's other cues took ({@link NestedCues}).
     */
    public static List<ClaimDraft> drafts(AttributionInput ai, List<DetectedCue> cues, RoleLabeller labeller,
                                          ContentFallback fallback, ContentBoundaries boundaries,
                                          Calibration calibration) {
        List<CueSpan> spans = cues.stream().map(DetectedCue::span).toList();
        return NestedCues.drafts(ai.size(), spans, (i, otherCue) -> {
            RoleAssignment a = boundaries.adjust(ai, fallback.apply(labeller.label(ai, cues.get(i), otherCue), otherCue));
            return new NestedCues.Decision<>(a.content(), ClaimDrafts.of(ai, a, calibration, "model"));
        });
    }
}
