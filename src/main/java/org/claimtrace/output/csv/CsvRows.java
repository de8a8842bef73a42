package org.claimtrace.output.csv;

import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Problem;
import org.claimtrace.model.TextSpan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rows of the four CSV tables, flattened from a {@link DocumentResult}. Column names are the record
 * components in snake_case, in declaration order; a missing value is an empty cell. Offsets are code points,
 * as in the JSON.
 */
public final class CsvRows {
    /** Separator of list values (aliases, problems) inside one cell. */
    public static final String LIST_SEPARATOR = " | ";

    private CsvRows() {
    }

    /** One row per document. */
    public record DocumentRow(String docId, String title, String url, String sourcePath, String date,
                              String dateSource, String language, Double languageConfidence, String status,
                              String problems, int textLength, int sentences, int tokens, int entities,
                              int mentions, int claims) {
    }

    /** One row per document-level entity. */
    public record EntityRow(String docId, String entityId, String type, String subtype, String name,
                            String aliases, String roles, String value, int mentionCount, double salience, double confidence) {
    }

    /** One row per entity mention (names, pronouns and time expressions). */
    public record MentionRow(String docId, String mentionId, String entityId, String entityType, int begin, int end,
                             String text, int sentence, String kind, String type, String subtype, String source,
                             double confidence) {
    }

    /** One row per claim. */
    public record ClaimRow(String docId, String claimId, String type, String claimantText, String claimantEntityId,
                           String claimantEntityName, String claimantKind, String affiliationText,
                           String affiliationEntityId, String affiliationEntityName, String cueText, String cueLemma,
                           String addresseeText, String addresseeEntityId, String contentText,
                           String subjectText, String subjectEntityId, String predicate, String objectText,
                           String objectEntityId, String modality, String polarity, Boolean hedged, String form,
                           int sentence, String timeValue, String timeSource, double confidence,
                           Integer claimantBegin, Integer claimantEnd, Integer cueBegin, Integer cueEnd,
                           Integer contentBegin, Integer contentEnd) {
    }

    public static DocumentRow document(DocumentResult d) {
        List<Entity> entities = nonNull(d.entities());
        int mentions = entities.stream().mapToInt(e -> nonNull(e.mentions()).size()).sum();
        String problems = nonNull(d.problems()).stream().map(CsvRows::problem)
                .collect(Collectors.joining(LIST_SEPARATOR));
        return new DocumentRow(d.id(), d.title(), d.url(), d.sourcePath(),
                d.documentDate() == null || d.documentDate().value() == null ? null
                        : d.documentDate().value().toString(),
                d.documentDate() == null || d.documentDate().source() == null ? null
                        : d.documentDate().source().json(),
                d.language() == null ? null : d.language().code(),
                d.language() == null ? null : d.language().confidence(),
                d.status() == null ? null : d.status().json(), problems,
                d.text() == null ? 0 : d.text().codePointCount(0, d.text().length()),
                nonNull(d.sentences()).size(), nonNull(d.tokens()).size(), entities.size(), mentions,
                nonNull(d.claims()).size());
    }

    public static List<EntityRow> entities(DocumentResult d) {
        List<EntityRow> rows = new ArrayList<>();
        for (Entity e : nonNull(d.entities())) {
            rows.add(new EntityRow(d.id(), e.id(), name(e.type()), e.subtype(), e.name(),
                    String.join(LIST_SEPARATOR, nonNull(e.aliases())), String.join(LIST_SEPARATOR, nonNull(e.roles())),
                    e.value(), e.mentionCount(), e.salience(),
                    e.confidence()));
        }
        return rows;
    }

    public static List<MentionRow> mentions(DocumentResult d) {
        List<MentionRow> rows = new ArrayList<>();
        for (Entity e : nonNull(d.entities())) {
            for (Mention m : nonNull(e.mentions())) {
                rows.add(new MentionRow(d.id(), m.id(), e.id(), name(e.type()), m.begin(), m.end(), m.text(),
                        m.sentence(), m.kind() == null ? null : m.kind().json(), name(m.type()), m.subtype(),
                        m.source(), m.confidence()));
            }
        }
        return rows;
    }

    public static List<ClaimRow> claims(DocumentResult d) {
        Map<String, String> names = new HashMap<>();
        for (Entity e : nonNull(d.entities())) {
            names.put(e.id(), e.name());
        }
        List<ClaimRow> rows = new ArrayList<>();
        for (Claim c : nonNull(d.claims())) {
            TextSpan who = c.claimant();
            Claim.Structure s = c.structure();
            TextSpan subject = s == null ? null : s.subject();
            TextSpan object = s == null ? null : s.object();
            rows.add(new ClaimRow(d.id(), c.id(), c.type() == null ? null : c.type().json(),
                    text(who), entity(who), who == null || who.entity() == null ? null : names.get(who.entity()),
                    c.claimantKind(), text(c.affiliation()), entity(c.affiliation()),
                    c.affiliation() == null || c.affiliation().entity() == null ? null
                            : names.get(c.affiliation().entity()),
                    c.cue() == null ? null : c.cue().text(),
                    c.cue() == null ? null : c.cue().lemma(), text(c.addressee()), entity(c.addressee()),
                    text(c.content()), text(subject), entity(subject), s == null ? null : s.predicate(),
                    text(object), entity(object),
                    c.modality() == null || c.modality().value() == null ? null : c.modality().value().json(),
                    c.polarity() == null ? null : c.polarity().value(),
                    c.hedged() == null ? null : c.hedged().value(), c.form() == null ? null : c.form().json(),
                    c.sentence(), c.time() == null ? null : c.time().value(),
                    c.time() == null ? null : c.time().source(), c.confidence(),
                    who == null ? null : who.begin(), who == null ? null : who.end(),
                    c.cue() == null ? null : c.cue().begin(), c.cue() == null ? null : c.cue().end(),
                    c.content() == null ? null : c.content().begin(), c.content() == null ? null : c.content().end()));
        }
        return rows;
    }

    private static String problem(Problem p) {
        return p.stage() + ":" + p.code() + ": " + p.message();
    }

    private static String text(TextSpan s) {
        return s == null ? null : s.text();
    }

    private static String entity(TextSpan s) {
        return s == null ? null : s.entity();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return Objects.requireNonNullElse(list, List.of());
    }
}
