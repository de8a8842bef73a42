package org.claimtrace.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.ClaimTrace;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DateSource;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Status;
import org.claimtrace.testing.Paths;
import org.claimtrace.testing.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mission's example article with the real models: every person, location, organization and date a
 * user expects (../shared/seed/README.md), each as one entity of the right type.
 */
class SeedArticleIT {
    private static ClaimTrace ct;
    private static DocumentResult result;

    @BeforeAll
    static void run() throws IOException {
        ct = ClaimTrace.builder().build();
        String text = Files.readString(Paths.project().resolve("samples/syria-russia-2025-10-15.txt"));
        result = ct.process(Article.of("syria-russia-2025-10-15", text));
    }

    @AfterAll
    static void close() {
        ct.close();
    }

    private static Entity one(String name, EntityType type) {
        List<Entity> matches = result.entities().stream()
                .filter(e -> e.name().equals(name) || e.aliases().contains(name)).toList();
        assertEquals(1, matches.size(), "exactly one entity named '" + name + "': " + matches);
        assertEquals(type, matches.get(0).type(), name);
        return matches.get(0);
    }

    private static Set<String> surfaces(Entity e) {
        return Set.copyOf(e.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void statusAndDocumentDate() {
        assertEquals(Status.OK, result.status());
        assertEquals(LocalDate.of(2025, 10, 15), result.documentDate().value());
        assertEquals(DateSource.TEXT, result.documentDate().source());
        assertEquals("eng", result.language().code());
    }

    @Test
    void headlinesAreSentencesOfTheirOwn() {
        String first = result.text().substring(result.sentences().get(0).begin(), result.sentences().get(0).end());
        assertEquals("Syrian President Seeks to 'Redefine' Relations with Russia in Historic Meeting", first);
        String third = result.text().substring(result.sentences().get(2).begin(), result.sentences().get(2).end());
        assertTrue(third.startsWith("In a significant diplomatic development"), third);
    }

    @Test
    void persons() {
        Entity sharaa = one("Ahmed al-Sharaa", EntityType.PERSON);
        assertEquals("Ahmed al-Sharaa", sharaa.name());
        assertTrue(surfaces(sharaa).containsAll(Set.of("al-Sharaa", "Al-Sharaa", "He", "his")), surfaces(sharaa).toString());
        assertTrue(sharaa.mentions().stream().anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.text().equals("He")));
        Entity putin = one("Vladimir Putin", EntityType.PERSON);
        assertTrue(surfaces(putin).contains("Putin"));
        Entity assad = one("Bashar al-Assad", EntityType.PERSON);
        assertTrue(surfaces(assad).contains("Assad"));
        assertEquals(assad, one("Assad", EntityType.PERSON));
    }

    @Test
    void locations() {
        for (String loc : List.of("Syria", "Russia", "Moscow", "Hmeimim", "Tartus", "Middle East", "Mediterranean")) {
            one(loc, EntityType.LOCATION);
        }
    }

    @Test
    void organizationsWithTheKremlinTypedOnce() {
        Entity kremlin = one("Kremlin", EntityType.ORGANIZATION);
        // "the Kremlin" twice, and the relative "which" of "the Kremlin, which granted Assad asylum"
        assertEquals(List.of("Kremlin", "Kremlin", "which"), kremlin.mentions().stream().map(m -> m.text()).toList());
        kremlin.mentions().forEach(m -> assertEquals(EntityType.ORGANIZATION, m.type()));
        for (String org : List.of("Al Jazeera", "Reuters", "The Guardian", "Middle East Eye")) {
            one(org, EntityType.ORGANIZATION);
        }
    }

    @Test
    void datesAreNormalizedAgainstTheDocumentDate() {
        Entity date = one("October 15, 2025", EntityType.DATE);
        assertEquals("2025-10-15", date.value());
        assertTrue(result.timeExpressions().stream()
                .anyMatch(t -> t.text().equals("October 15, 2025") && "2025-10-15".equals(t.value())));
    }

    @Test
    void outputIsSchemaValidWithExactOffsetsAndDeterministic() throws IOException {
        String json = ct.toJson(result);
        Schema.assertValid(json, "seed output");
        Schema.assertOffsets(Json.MAPPER.readTree(json));
        String again = ct.toJson(ct.process(Article.of(result.id(), result.text())));
        assertEquals(json, again, "same input, same bytes");
    }

    @Test
    void emojiBeforeAnEntityKeepsCodePointOffsets() throws IOException {
        String text = "Crowd cheers 👏 Vladimir Putin in Moscow 🇷🇺 on Tuesday.";
        DocumentResult r = ct.process(Article.of("emoji", text).withDate(LocalDate.of(2025, 10, 15)));
        JsonNode doc = Json.MAPPER.readTree(ct.toJson(r));
        Schema.assertOffsets(doc);
        Entity putin = r.entities().stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        Mention m = putin.mentions().get(0);
        assertEquals(15, m.begin(), "code points, not UTF-16 units: the emoji counts once");
        assertEquals(text.codePointCount(0, text.indexOf("Vladimir")), m.begin());
        Entity tuesday = r.entities().stream().filter(e -> e.type() == EntityType.DATE).findFirst().orElseThrow();
        assertEquals("2025-10-14", tuesday.value());
        assertFalse(r.tokens().isEmpty());
    }
}
