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
    public static final String SCHEMA_VERSION = "1.1.0";

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
     * @param roles       the roles and titles the documents give it, in document order (since 1.1.0)
     * @param claimsMade  claims whose claimant resolves to this entity, in document order
     * @param claimsOnBehalf claims by unnamed sources who speak for this entity ("a Kremlin spokesman"), in
     *                    document order (since 1.1.0)
     * @param claimsAbout claims whose content's subject or object is this entity or names it
     */
    @JsonPropertyOrder({"id", "type", "name", "aliases", "roles", "documentCount", "mentionCount", "occurrences",
            "claimsMade", "claimsOnBehalf", "claimsAbout"})
    public record MergedEntity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
                               int documentCount, int mentionCount, List<Occurrence> occurrences,
                               List<ClaimRef> claimsMade, List<ClaimRef> claimsOnBehalf,
                               List<ClaimRef> claimsAbout) {
    }

    /** A document entity merged into a {@link MergedEntity}. */
    public record Occurrence(String document, String entity, String name) {
    }

    /**
     * A claim as the cross-document view shows it.
     *
     * @param claimantEntity the merged entity id of the claimant, or null when unresolved or authorial
     * @param affiliation    whom an unnamed claimant speaks for, as written, or null (since 1.1.0)
     * @param affiliationEntity the merged entity id of the affiliation, or null
     * @param about          merged entity ids the claim is about
     */
    @JsonPropertyOrder({"document", "date", "claim", "type", "claimant", "claimantEntity", "affiliation",
            "affiliationEntity", "cue", "content", "about", "form", "modality", "polarity", "hedged"})
    public record ClaimRef(String document, LocalDate date, String claim, ClaimType type, String claimant,
                           String claimantEntity, String affiliation, String affiliationEntity, String cue, String content, List<String> about, ClaimForm form,
                           Modality modality, String polarity, boolean hedged) {
    }
}
