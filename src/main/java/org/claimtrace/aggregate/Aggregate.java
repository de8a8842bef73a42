package org.claimtrace.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Modality;

import java.time.LocalDate;
import java.util.List;

/**
 * The cross-document view of a batch ({@code aggregate.json}): its documents ordered by date, and entities
 * merged across documents, each with the claims it made and the claims made about it.
 *
 * @param documents the documents read, ordered by document date (undated last), then id
 * @param entities  persons, organizations and locations merged across documents; temporal entities are left out
 */
@JsonPropertyOrder({"schemaVersion", "documents", "entities"})
public record Aggregate(String schemaVersion, List<DocumentRef> documents, List<MergedEntity> entities) {
    /** Version of this file's layout. */
    public static final String SCHEMA_VERSION = "1.0.0";

    /** One document of the batch. */
    public record DocumentRef(String id, String title, LocalDate date, String status, int entities, int claims) {
    }

    /**
     * One real-world entity across the batch.
     *
     * @param id          "g1", "g2", ... in order of type, then name
     * @param name        the fullest name among the documents' canonical names
     * @param aliases     every other surface name, in document order
     * @param occurrences the document entities merged into this one
     * @param claimsMade  claims whose claimant resolves to this entity, in document order
     * @param claimsAbout claims whose content's subject or object is this entity or names it
     */
    @JsonPropertyOrder({"id", "type", "name", "aliases", "documentCount", "mentionCount", "occurrences",
            "claimsMade", "claimsAbout"})
    public record MergedEntity(String id, EntityType type, String name, List<String> aliases, int documentCount,
                               int mentionCount, List<Occurrence> occurrences, List<ClaimRef> claimsMade,
                               List<ClaimRef> claimsAbout) {
    }

    /** A document entity merged into a {@link MergedEntity}. */
    public record Occurrence(String document, String entity, String name) {
    }

    /**
     * A claim as the cross-document view shows it.
     *
     * @param claimantEntity the merged entity id of the claimant, or null when unresolved or authorial
     * @param about          merged entity ids the claim is about
     */
    @JsonPropertyOrder({"document", "date", "claim", "type", "claimant", "claimantEntity", "cue", "content", "about",
            "form", "modality", "polarity", "hedged"})
    public record ClaimRef(String document, LocalDate date, String claim, ClaimType type, String claimant,
                           String claimantEntity, String cue, String content, List<String> about, ClaimForm form,
                           Modality modality, String polarity, boolean hedged) {
    }
}
