package org.claimtrace.aggregate;

import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Status;
import org.claimtrace.testing.Golden;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-document view of the golden outputs of samples/, and the merging rules on small batches. */
class AggregatorTest {
    private static Aggregate.MergedEntity named(Aggregate a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name));
    }

    private static List<String> refs(List<Aggregate.ClaimRef> claims) {
        return claims.stream().map(c -> c.document() + "/" + c.claim()).toList();
    }

    @Test
    void thePersonOfTwoSamplesIsOneEntityWithBothDocumentsClaims() {
        Aggregator agg = Aggregator.of(Golden.all());
        Aggregate a = agg.aggregate();
        Aggregate.MergedEntity marquez = named(a, "Elena Marquez");
        assertEquals(EntityType.PERSON, marquez.type());
        assertEquals(2, marquez.documentCount());
        assertEquals(1, a.entities().stream().filter(e -> e.name().contains("Marquez")).count());
        assertEquals(List.of("Marquez"), marquez.aliases());
        assertEquals(List.of("ecb-rates-2025-03-06/c12", "energy-summit/c1", "energy-summit/c2", "energy-summit/c3",
                        "energy-summit/c4"),
                refs(marquez.claimsMade()), "ordered by document date: March before June");
        String post = Golden.load("energy-summit").claims().stream()
                .filter(c -> c.claimant() != null && c.claimant().text().contains("Lena Hoffmann")).findFirst().orElseThrow().id();
        assertTrue(refs(marquez.claimsAbout()).contains("energy-summit/" + post), "Lena Hoffmann's post names Marquez");
        Aggregate.MergedEntity hoffmann = named(a, "Lena Hoffmann");
        assertTrue(agg.edges().stream().anyMatch(e -> e.sourceId().equals(hoffmann.id())
                && e.targetId().equals(marquez.id()) && e.documentId().equals("energy-summit")
                && e.date().equals("2025-06-12")));
        assertEquals(Golden.all().size(), a.documents().size());
        assertEquals("port-strike-undated", a.documents().get(a.documents().size() - 1).id(), "undated last");
    }

    @Test
    void theEuropeanCommissionSpeaksInTwoDocuments() {
        Aggregate a = Aggregator.of(Golden.all()).aggregate();
        Aggregate.MergedEntity ec = named(a, "European Commission");
        assertTrue(ec.documentCount() >= 2, ec.toString());
        // its spokespeople speak for it in both articles (claim ids shift when extraction finds more claims);
        // they are unnamed claimants, so the claims are filed on its behalf, not as made by it
        List<String> documents = refs(ec.claimsOnBehalf()).stream().map(r -> r.substring(0, r.indexOf('/'))).toList();
        assertTrue(documents.containsAll(List.of("ecb-rates-2025-03-06", "energy-summit")), documents.toString());
        for (Aggregate.ClaimRef r : ec.claimsOnBehalf()) {
            assertEquals(ec.id(), r.affiliationEntity(), r.toString());
            assertEquals(null, r.claimantEntity(), r.toString());
        }
    }

    @Test
    void rolesFromEveryDocumentAndEdgesThroughTheAffiliation() {
        Aggregator agg = Aggregator.of(Golden.all());
        Aggregate.MergedEntity sharaa = named(agg.aggregate(), "Ahmed al-Sharaa");
        assertTrue(sharaa.roles().contains("Syrian interim President"), sharaa.roles().toString());
        Aggregate.MergedEntity ec = named(agg.aggregate(), "European Commission");
        List<Aggregator.Edge> fromEc = agg.edges().stream().filter(e -> e.sourceId().equals(ec.id())).toList();
        assertTrue(fromEc.stream().allMatch(e -> e.via().equals("affiliation")), fromEc.toString());
        assertTrue(agg.edges().stream().anyMatch(e -> e.via().equals("claimant")));
    }

    private static Entity person(String id, String name, String... aliases) {
        return new Entity(id, EntityType.PERSON, null, name, List.of(aliases), List.of(), null, 1, 0.1, 0.9, List.of());
    }

    private static DocumentResult doc(String id, String date, Entity... entities) {
        return new DocumentResult("1.1.0", id, null, null, null, Map.of(),
                new DocumentDate(LocalDate.parse(date), DateSource.TEXT, null), null, Status.OK, List.of(), "",
                List.of(), List.of(), List.of(entities), List.of(), List.of());
    }

    @Test
    void aSurnameJoinsTheOnePersonItNames() {
        Aggregate a = Aggregator.of(List.of(
                doc("a", "2025-01-02", person("e1", "Ahmed al-Sharaa", "al-Sharaa")),
                doc("b", "2025-01-01", person("e1", "al-Sharaa"), person("e2", "President Ahmed al-Sharaa")))).aggregate();
        assertEquals(1, a.entities().size(), a.entities().toString());
        Aggregate.MergedEntity e = a.entities().get(0);
        assertEquals("President Ahmed al-Sharaa", e.name());
        assertEquals(3, e.occurrences().size());
        assertEquals("b", e.occurrences().get(0).document(), "documents in date order");
    }

    @Test
    void aSharedSurnameStaysApartWhenAmbiguous() {
        Aggregate a = Aggregator.of(List.of(
                doc("a", "2025-01-01", person("e1", "Anna Brandt")),
                doc("b", "2025-01-02", person("e1", "Karl Brandt")),
                doc("c", "2025-01-03", person("e1", "Brandt")))).aggregate();
        assertEquals(3, a.entities().size());
    }

    @Test
    void organizationsJoinThroughAliases() {
        Entity ecb = new Entity("e1", EntityType.ORGANIZATION, null, "European Central Bank", List.of("ECB"), List.of(), null, 2,
                0.1, 0.9, List.of());
        Entity ecb2 = new Entity("e1", EntityType.ORGANIZATION, null, "ECB", List.of(), List.of(), null, 1, 0.1, 0.9, List.of());
        Entity place = new Entity("e2", EntityType.LOCATION, null, "ECB", List.of(), List.of(), null, 1, 0.1, 0.9, List.of());
        Aggregate a = Aggregator.of(List.of(doc("a", "2025-01-01", ecb), doc("b", "2025-01-02", ecb2, place)))
                .aggregate();
        assertEquals(2, a.entities().size(), "types never join");
        assertEquals("European Central Bank", a.entities().get(1).name());
        assertEquals(2, a.entities().get(1).documentCount());
    }
}
