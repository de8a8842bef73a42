package org.claimtrace.it;

import org.claimtrace.ClaimTrace;
import org.claimtrace.model.Article;
import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.claimtrace.model.Modality;
import org.claimtrace.testing.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five claims of the mission's example article (../shared/seed/README.md), with the real models. */
class SeedClaimsIT {
    private static ClaimTrace ct;
    private static DocumentResult r;

    @BeforeAll
    static void run() throws IOException {
        ct = ClaimTrace.builder().build();
        r = ct.process(Article.of("seed", Files.readString(Paths.project().resolve("samples/syria-russia-2025-10-15.txt"))));
    }

    @AfterAll
    static void close() {
        ct.close();
    }

    private static Claim claimWithCue(String cueText) {
        List<Claim> cs = r.claims().stream().filter(c -> c.cue().text().contains(cueText)).toList();
        assertEquals(1, cs.size(), "one claim with cue '" + cueText + "' in " + r.claims());
        return cs.get(0);
    }

    private static String entityName(String id) {
        assertNotNull(id, "claimant must be resolved to an entity");
        return r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElseThrow();
    }

    @Test
    void commitmentToRestoreAndRedefineIsAlSharaas() {
        Claim c = claimWithCue("commitment");
        assertEquals(ClaimType.COMMITMENT, c.type());
        assertEquals("Ahmed al-Sharaa", entityName(c.claimant().entity()));
        assertTrue(c.content().text().contains("“restore and redefine” Syria’s relations with Russia"), c.content().text());
        assertEquals(ClaimForm.MIXED, c.form());
        assertEquals(Modality.FUTURE, c.modality().value());
    }

    @Test
    void heAssuredPutin() {
        Claim c = claimWithCue("assured");
        assertEquals(ClaimType.COMMITMENT, c.type());
        assertEquals("He", c.claimant().text());
        assertEquals("Ahmed al-Sharaa", entityName(c.claimant().entity()));
        assertEquals("pronoun", c.claimantKind());
        assertEquals("Vladimir Putin", entityName(c.addressee().entity()));
        assertEquals("assure", c.cue().lemma());
        assertTrue(c.content().text().contains("his government would honour all previous agreements with Russia"));
        assertEquals(Modality.FUTURE, c.modality().value());
        assertEquals("would", c.modality().cue().text());
        assertEquals("Ahmed al-Sharaa", entityName(c.structure().subject().entity()), "his government = al-Sharaa's");
        assertEquals("honour", c.structure().predicate());
    }

    private static Claim claimWithContent(String contentText) {
        List<Claim> cs = r.claims().stream().filter(c -> c.content().text().contains(contentText)).toList();
        assertEquals(1, cs.size(), "one claim whose content holds '" + contentText + "' in " + r.claims());
        return cs.get(0);
    }

    @Test
    void assadShouldFaceTrialIsADemand() {
        // the cue is "reiterated" (PolNeAR's convention, which the model learnt) or the noun "position"
        Claim c = claimWithContent("Assad should face trial for alleged war crimes");
        assertEquals(ClaimType.DEMAND, c.type());
        assertEquals("Ahmed al-Sharaa", entityName(c.claimant().entity()));
        assertEquals(Modality.OBLIGATION, c.modality().value());
        assertEquals("should", c.modality().cue().text());
        assertTrue(c.content().text().contains("Assad should face trial for alleged war crimes"));
        assertEquals("Bashar al-Assad", entityName(c.structure().subject().entity()));
        assertTrue(c.hedged().value(), "alleged");
    }

    @Test
    void conditionalOfferToLetRussiaKeepTheSites() {
        // the role tagger's best sequence gives "signalled" no content (the parser attaches "to allowing" to
        // "is"); the content fallback reads it off the marginals, and the cue noun that opens it types the claim
        Claim c = claimWithContent("allowing Russia to retain these strategic sites");
        assertTrue(c.cue().text().startsWith("signalled"), c.cue().text());
        assertEquals(ClaimType.OFFER, c.type());
        assertEquals(Modality.CONDITIONAL, c.modality().value());
        assertEquals("provided", c.modality().cue().text());
        assertEquals("the new Syrian leadership", c.claimant().text());
        assertEquals("Syria", entityName(c.claimant().entity()));
    }

    @Test
    void analystsViewTheEngagementAsStrategic() {
        Claim c = claimWithCue("view");
        assertEquals(ClaimType.ASSERTION, c.type());
        assertEquals("Analysts", c.claimant().text());
        assertEquals("unnamed", c.claimantKind());
        assertTrue(c.content().text().contains("this engagement as a strategic move by both nations"));
    }

    @Test
    void theKremlinsRefusalIsNotAClaimByAlSharaa() {
        for (Claim c : r.claims()) {
            assertTrue(!c.content().text().contains("granted Assad asylum") && !c.cue().text().contains("denied"),
                    "reported as fact, not a claim: " + c);
        }
        // the five claims of the example, al-Sharaa "emphasizing" Syria's sovereignty, and only the extra ones the
        // model is known to find (docs/CLAIMS.md): "marking", "underscores" and "touched upon"
        List<String> known = List.of("expressed a commitment", "emphasizing", "assured", "signalled", "reiterated",
                "view", "marking", "underscores", "also touched upon");
        for (Claim c : r.claims()) {
            assertTrue(known.stream().anyMatch(k -> c.cue().text().startsWith(k)), "an unexpected claim: " + c);
        }
        assertTrue(r.claims().size() <= known.size(), r.claims().toString());
    }

    @Test
    void claimsCarryTheDocumentDate() {
        for (Claim c : r.claims()) {
            assertEquals("2025-10-15", c.time().value());
            assertEquals("document", c.time().source());
        }
    }
}
