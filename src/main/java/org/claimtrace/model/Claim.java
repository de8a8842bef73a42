package org.claimtrace.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A statement attributed to a source: who asserts, commits to, demands or denies what, about whom.
 * All spans are code point offsets into the document text.
 *
 * @param claimant   the local source span ("He", "Analysts"), with the entity it resolves to; null span
 *                   fields for authorial claims
 * @param claimantKind name, pronoun, nominal (a description such as "the new Syrian leadership"),
 *                   unnamed (analysts, officials, a spokesperson) or author
 * @param affiliation whom an unnamed claimant speaks for ("Kremlin" in "a Kremlin spokesman", "Mr Prescott" in
 *                   "a spokesman for Mr Prescott"), with its entity when the name is one; else null
 * @param cue        the cue words ("assured", "expressed a commitment") with their lemma
 * @param addressee  to whom it is said, when named ("assured President Putin"), or null
 * @param content    what is claimed: its whole extent
 * @param contentParts the content without the cue and source words inside its extent, in text order
 *                   (one part unless a quotation continues after "she said")
 * @param structure  the content's subject, predicate lemma and object
 * @param sentence   index of the sentence holding the cue
 * @param time       the date the claim refers to: a time expression in the claim, else the document date
 */
@JsonPropertyOrder({"id", "type", "claimant", "claimantKind", "affiliation", "cue", "addressee", "content", "contentParts",
        "structure", "modality", "polarity", "hedged", "form", "sentence", "time", "confidence"})
public record Claim(String id, ClaimType type, TextSpan claimant, String claimantKind, TextSpan affiliation, Cue cue, TextSpan addressee,
                    TextSpan content, List<TextSpan> contentParts, Structure structure, ModalityInfo modality,
                    PolarityInfo polarity, HedgeInfo hedged, ClaimForm form, int sentence, ClaimTime time,
                    double confidence) {

    /** The cue: a span and its lemma ("express commitment"). */
    public record Cue(int begin, int end, String text, String lemma) {
    }

    /** The content's main clause: subject span (with entity), predicate lemma, object span. */
    public record Structure(TextSpan subject, String predicate, TextSpan object) {
    }

    /** The modality with the word that signals it ("would", "should", "provided"), or null. */
    public record ModalityInfo(Modality value, TextSpan cue) {
    }

    /** Negative when the content is negated, with the negation word. */
    public record PolarityInfo(String value, TextSpan cue) {
        public static final String POSITIVE = "positive";
        public static final String NEGATIVE = "negative";
    }

    /** Whether the claim is hedged ("alleged", "reportedly", "may"), with the hedge word. */
    public record HedgeInfo(boolean value, TextSpan cue) {
    }

    /**
     * @param value  ISO date or TIMEX3 value, or null when neither the claim nor the document has a date
     * @param entity the temporal entity in the claim, or null when the document date is used
     * @param source "expression" or "document"
     */
    public record ClaimTime(String value, String entity, String source) {
    }

    public Claim withId(String newId) {
        return new Claim(newId, type, claimant, claimantKind, affiliation, cue, addressee, content, contentParts, structure,
                modality, polarity, hedged, form, sentence, time, confidence);
    }
}
