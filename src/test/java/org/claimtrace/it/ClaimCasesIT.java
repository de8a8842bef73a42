package org.claimtrace.it;

import org.claimtrace.ClaimTrace;
import org.claimtrace.model.Article;
import org.claimtrace.model.Claim;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attribution cases that users of quote attributors keep reporting, each on a small invented article,
 * with the real models and the shipped attribution model.
 */
class ClaimCasesIT {
    private static ClaimTrace ct;

    @BeforeAll
    static void load() {
        ct = ClaimTrace.builder().build();
    }

    @AfterAll
    static void close() {
        ct.close();
    }

    private static DocumentResult run(String text) {
        return ct.process(Article.of("case", text));
    }

    private static Claim withCue(DocumentResult r, String cue) {
        List<Claim> cs = r.claims().stream().filter(c -> c.cue().text().equals(cue)).toList();
        assertEquals(1, cs.size(), "one claim with the cue '" + cue + "' in " + r.claims());
        return cs.get(0);
    }

    private static String entityName(DocumentResult r, String id) {
        assertNotNull(id, "the claimant is resolved to an entity");
        return r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElseThrow();
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneContent() {
        String text = "Maria Lopez, the transport minister, told parliament on Tuesday: \u201cThe new bridge will open "
                + "next spring.\n\n\u201cIt will cost less than the old one, and it will carry twice the traffic.\n\n"
                + "\u201cNobody will pay a toll to cross it.\u201d\n\nThe opposition did not respond.";
        DocumentResult r = run(text);
        Claim c = withCue(r, "told");
        assertTrue(c.claimant().text().contains("Maria Lopez"), c.claimant().text());
        assertTrue(c.content().text().contains("The new bridge will open next spring"), c.content().text());
        assertTrue(c.content().text().contains("Nobody will pay a toll"), "the content runs to the closing mark: "
                + c.content().text());
        assertTrue(!c.content().text().contains("opposition"), c.content().text());
    }

    @Test
    void scareQuotesAndNicknamesAreNotClaims() {
        DocumentResult r = run("The so-called \u201creform\u201d of the tax office was approved on Monday. "
                + "Jim \u201cThe Hammer\u201d Brown won the title fight in Cardiff. The city council met in March.");
        assertTrue(r.claims().isEmpty(), r.claims().toString());
    }

    @Test
    void unbalancedQuotationMarksKeepTheNextSpeakerOut() {
        DocumentResult r = run("\u201cWe will not close the hospital,\u201d said Anna Berg, the health secretary. "
                + "\u201cThe money is there.\n\nPeter Holm, the mayor, said the town would appeal the decision.");
        Claim mayor = r.claims().stream().filter(c -> c.claimant() != null && c.claimant().text().contains("Peter Holm"))
                .findFirst().orElseThrow(() -> new AssertionError("no claim by Peter Holm in " + r.claims()));
        assertTrue(mayor.content().text().contains("the town would appeal the decision"), mayor.content().text());
        for (Claim c : r.claims()) {
            if (c != mayor) {
                assertTrue(!c.content().text().contains("appeal"), "the open quotation stops at the paragraph: " + c);
            }
        }
    }

    @Test
    void aColonAttribution() {
        DocumentResult r = run("The chairman of the bank, David Stone, was clear: \u201cRates will not rise this year.\u201d");
        Claim c = r.claims().stream().filter(x -> x.content().text().contains("Rates will not rise this year"))
                .findFirst().orElseThrow(() -> new AssertionError("no claim for the quotation in " + r.claims()));
        assertNotNull(c.claimant(), c.toString());
        assertTrue(c.claimant().text().contains("David Stone") || c.claimant().text().contains("chairman"), c.toString());
    }

    @Test
    void aDashAttribution() {
        DocumentResult r = run("The strike will end on Friday \u2013 that, at least, is what union leader Karen Wells "
                + "told members on Sunday.");
        Claim c = withCue(r, "told");
        assertTrue(c.claimant().text().contains("Karen Wells"), c.claimant().text());
        assertTrue(c.content().text().contains("The strike will end on Friday")
                || c.content().text().contains("that"), c.content().text());
    }

    @Test
    void aSpeakerNamedInThePreviousSentence() {
        DocumentResult r = run("Tom Reed, the mayor of Leeds, spoke to reporters after the budget meeting on Monday.\n\n"
                + "\u201cWe have no money left for the new park,\u201d he said.");
        Claim c = withCue(r, "said");
        assertEquals("he", c.claimant().text());
        assertEquals("Tom Reed", entityName(r, c.claimant().entity()));
        assertTrue(c.content().text().contains("We have no money left for the new park"), c.content().text());
    }

    @Test
    void anAppositiveBetweenSpeakerAndCue() {
        DocumentResult r = run("Hugh Hill, a doctor at the city hospital, said the patients were safe.");
        Claim c = withCue(r, "said");
        assertTrue(c.claimant().text().startsWith("Hugh Hill"), c.claimant().text());
        assertEquals("Hugh Hill", entityName(r, c.claimant().entity()));
        assertTrue(c.content().text().contains("the patients were safe"), c.content().text());
    }

    @Test
    void whoeverStandsBeforeSaidItIsACue() {
        // in PolNeAR train "Hewitt said" is mostly a radio host's unannotated question: names are no cue context
        for (String name : List.of("Patricia Hewitt", "Ms Hewitt", "Mr King", "Mr. King", "Tessa Jowell")) {
            DocumentResult r = run("Ministers met on Monday. " + name + " said the cost of the proposals was being "
                    + "evaluated.");
            Claim c = withCue(r, "said");
            assertEquals(name, c.claimant().text());
            assertTrue(c.content().text().startsWith("the cost of the proposals"), c.content().text());
        }
    }

    @Test
    void aCueInsideAnotherCuesContentBecomesPartOfIt() {
        // the tagger finds "said" and "wasn't aware of"; the role tagger gives "said" a content only once the
        // inner cue is not marked as another cue (NestedCues)
        DocumentResult r = run("She said she wasn't aware of a stronger backlash.");
        assertEquals(1, r.claims().size(), r.claims().toString());
        Claim c = r.claims().get(0);
        assertEquals("She", c.claimant().text());
        assertEquals("said", c.cue().text());
        assertTrue(c.content().text().startsWith("she wasn't aware of a stronger backlash"), c.content().text());
    }
}
