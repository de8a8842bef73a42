package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimtrace.resolve.Sentences.at;
import static org.claimtrace.resolve.Sentences.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Descriptions linked to entities by {@link MentionLinker}, and the rules it uses, on invented sentences. */
class MentionLinkerTest {

    private static List<Entity> resolve(List<Token> t, Mention... names) {
        return new EntityResolver().resolve(t, List.of(names), List.of()).entities();
    }

    private static String linked(List<Token> t, List<Entity> es, int head, int begin, int end) {
        Entity e = new MentionLinker(t, es).link(head, begin, end);
        return e == null ? null : e.name();
    }

    @Test
    void aTitleBeforeTheNameIsUsedForLaterDescriptions() {
        List<Token> t = TaggedTokens.of("Trade/NNP and/CC Industry/NNP Secretary/NNP Patricia/NNP Hewitt/NNP spoke/VBD ./. "
                + "|| The/DT trade/NN secretary/NN said/VBD no/DT ./. || The/DT foreign/JJ secretary/NN agreed/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 3, EntityType.ORGANIZATION), name(t, 4, 6, EntityType.PERSON));
        int head = at(t, "secretary", 0);
        assertEquals("Patricia Hewitt", linked(t, es, head, head - 2, head + 1));
        // the title itself, written before the name
        assertEquals("Patricia Hewitt", linked(t, es, 3, 0, 4));
        // another secretary is not her
        int other = at(t, "secretary", 1);
        assertNull(linked(t, es, other, other - 2, other + 1));
        assertEquals(List.of("Trade and Industry Secretary"), new MentionLinker(t, es).roles().get(es.get(1).id()));
    }

    @Test
    void entitiesListTheRolesTheDocumentGivesThem() {
        List<Token> t = TaggedTokens.of("Trade/NNP and/CC Industry/NNP Secretary/NNP Patricia/NNP Hewitt/NNP spoke/VBD ./. "
                + "|| Richard/NNP Thomas/NNP ,/, the/DT information/NN commissioner/NN ,/, agreed/VBD ./. "
                + "|| The/DT commissioner/NN ,/, Richard/NNP Thomas/NNP ,/, left/VBD ./. || Ms/NNP Hewitt/NNP smiled/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 3, EntityType.ORGANIZATION), name(t, 4, 6, EntityType.PERSON),
                name(t, 8, 10, EntityType.PERSON), name(t, 20, 22, EntityType.PERSON), name(t, 26, 27, EntityType.PERSON));
        Entity hewitt = es.stream().filter(e -> e.name().equals("Patricia Hewitt")).findFirst().orElseThrow();
        Entity thomas = es.stream().filter(e -> e.name().equals("Richard Thomas")).findFirst().orElseThrow();
        assertEquals(List.of("Trade and Industry Secretary"), hewitt.roles());
        assertEquals(List.of("information commissioner", "commissioner"), thomas.roles());
        Entity org = es.stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals(List.of(), org.roles());
    }

    @Test
    void anAppositionAfterTheNameAndOneBeforeIt() {
        List<Token> t = TaggedTokens.of("Richard/NNP Thomas/NNP ,/, the/DT information/NN commissioner/NN ,/, "
                + "warned/VBD ./. || The/DT commissioner/NN added/VBD ./. "
                + "|| The/DT regulator/NN ,/, Jane/NNP Roe/NNP ,/, agreed/VBD ./. || The/DT regulator/NN left/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 16, 18, EntityType.PERSON));
        int c = at(t, "commissioner", 1);
        assertEquals("Richard Thomas", linked(t, es, c, c - 1, c + 1));
        assertEquals("Richard Thomas", linked(t, es, 5, 3, 6));
        int r = at(t, "regulator", 1);
        assertEquals("Jane Roe", linked(t, es, r, r - 1, r + 1));
        assertEquals("Jane Roe", linked(t, es, at(t, "regulator", 0), 13, 15));
    }

    @Test
    void thePartyIsTheOrganizationTheDocumentCallsAParty() {
        List<Token> t = TaggedTokens.of("The/DT Labour/NNP party/NN met/VBD Acme/NNP ./. || The/DT party/NN said/VBD no/DT ./.");
        List<Entity> es = resolve(t, name(t, 1, 2, EntityType.ORGANIZATION), name(t, 4, 5, EntityType.ORGANIZATION));
        int p = at(t, "party", 1);
        assertEquals("Labour", linked(t, es, p, p - 1, p + 1));
    }

    @Test
    void thePartyIsAPartyTheDocumentNamesWithoutTheWord() {
        // "the Liberal Democrats" and "Labour" are parties by name; Acme and Unison are not
        List<Token> t = TaggedTokens.of("The/DT Liberal/NNP Democrats/NNPS met/VBD Acme/NNP ./. || The/DT party/NN "
                + "said/VBD no/DT ./. || Labour/NNP met/VBD Unison/NNP ./. || The/DT party/NN said/VBD yes/UH ./.");
        List<Entity> es = resolve(t, name(t, 0, 3, EntityType.ORGANIZATION), name(t, 4, 5, EntityType.ORGANIZATION),
                name(t, 11, 12, EntityType.ORGANIZATION), name(t, 13, 14, EntityType.ORGANIZATION));
        int first = at(t, "party", 0);
        assertEquals("The Liberal Democrats", linked(t, es, first, first - 1, first + 1));
        int second = at(t, "party", 1);
        assertEquals("Labour", linked(t, es, second, second - 1, second + 1), "the party named last before it");
    }

    @Test
    void theCampaignIsTheOneLastWrittenAfterAName() {
        List<Token> t = TaggedTokens.of("Hillary/NNP Clinton/NNP 's/POS campaign/NN met/VBD ./. || the/DT Trump/NNP "
                + "campaign/NN replied/VBD ./. || The/DT campaign/NN said/VBD no/DT ./. || Trump/NNP 's/POS wife/NN "
                + "spoke/VBD ./. || The/DT wife/NN said/VBD no/DT");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 7, 8, EntityType.PERSON),
                name(t, 16, 17, EntityType.PERSON));
        int c = at(t, "campaign", 2);
        assertEquals("Trump", linked(t, es, c, c - 1, c + 1));
        int w = at(t, "wife", 1);
        assertNull(linked(t, es, w, w - 1, w + 1)); // someone else than Trump
    }

    @Test
    void aTitleNoRoleMatchesIsThePersonTheLastSentencesAreAbout() {
        // the nominee sentence's only name is the subject of a clause inside it; the governor is the main subject before
        List<Token> t = TaggedTokens.of("Mike/NNP Pence/NNP says/VBZ too/RB much/JJ is/VBZ made/VBN of/IN it/PRP ./. "
                + "|| The/DT nominee/NN was/VBD speaking/VBG hours/NNS after/IN Donald/NNP Trump/NNP unleashed/VBD "
                + "tweets/NNS ./. || The/DT Indiana/NNP governor/NN said/VBD no/DT ./. || The/DT governors/NNS said/VBD no/DT");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 16, 18, EntityType.PERSON),
                name(t, 22, 23, EntityType.LOCATION));
        int g = at(t, "governor", 0);
        assertEquals("Mike Pence", linked(t, es, g, g - 2, g + 1));
        int p = at(t, "governors", 0);
        assertNull(linked(t, es, p, p - 1, p + 1)); // a plural is someone else
    }

    @Test
    void anAbbreviatedTitleIsTheRoleALaterDescriptionRepeats() {
        List<Token> t = TaggedTokens.of("If/IN Donald/NNP Trump/NNP could/MD profit/VB ,/, Vermont/NNP Sen./NNP Bernie/NNP "
                + "Sanders/NNP is/VBZ against/IN it/PRP ./. || The/DT senator/NN said/VBD so/RB ./.");
        List<Entity> es = resolve(t, name(t, 1, 3, EntityType.PERSON), name(t, 6, 7, EntityType.LOCATION),
                name(t, 8, 10, EntityType.PERSON));
        int s = at(t, "senator", 0);
        assertEquals("Bernie Sanders", linked(t, es, s, s - 1, s + 1));
    }

    @Test
    void theMinistryIsTheOrganizationWhoseNameHoldsTheNoun() {
        List<Token> t = TaggedTokens.of("The/DT Ministry/NNP of/IN Defence/NNP met/VBD Acme/NNP ./. "
                + "|| The/DT ministry/NN said/VBD no/DT ./.");
        List<Entity> es = resolve(t, name(t, 1, 4, EntityType.ORGANIZATION), name(t, 5, 6, EntityType.ORGANIZATION));
        int m = at(t, "ministry", 0);
        assertEquals("Ministry of Defence", linked(t, es, m, m - 1, m + 1));
    }

    @Test
    void theCompanyIsTheBusinessTheLastSentencesAreAbout() {
        List<Token> t = TaggedTokens.of("Norvane/NNP cut/VBD prices/NNS ,/, Acme/NNP said/VBD ./. "
                + "|| Norvane/NNP denied/VBD it/PRP ./. || The/DT company/NN grew/VBD ./. || The/DT government/NN spoke/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.ORGANIZATION), name(t, 4, 5, EntityType.ORGANIZATION),
                name(t, 7, 8, EntityType.ORGANIZATION));
        int c = at(t, "company", 0);
        assertEquals("Norvane", linked(t, es, c, c - 1, c + 1));
        // a public body is not guessed, nor is it "the company"
        List<Token> u = TaggedTokens.of("The/DT European/NNP Commission/NNP fined/VBD Norvane/NNP ./. "
                + "|| The/DT Commission/NNP said/VBD ./. || The/DT company/NN agreed/VBD ./.");
        List<Entity> ue = resolve(u, name(u, 1, 3, EntityType.ORGANIZATION), name(u, 4, 5, EntityType.ORGANIZATION),
                name(u, 7, 8, EntityType.ORGANIZATION));
        int uc = at(u, "company", 0);
        assertEquals("Norvane", linked(u, ue, uc, uc - 1, uc + 1));
        int g = at(t, "government", 0);
        assertNull(linked(t, es, g, g - 1, g + 1));
    }

    @Test
    void theCompanyGoesBySalienceNotByTheRoleOfAnEarlierCompany() {
        List<Token> t = TaggedTokens.of("Streamly/NNP ,/, a/DT music/NN company/NN ,/, complained/VBD ./. "
                + "|| Norvane/NNP denied/VBD the/DT claim/NN ./. || The/DT company/NN said/VBD no/DT ./. "
                + "|| The/DT music/NN company/NN agreed/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.ORGANIZATION), name(t, 8, 9, EntityType.ORGANIZATION));
        int c = at(t, "company", 1);
        assertEquals("Norvane", linked(t, es, c, c - 1, c + 1));
        int m = at(t, "company", 2);
        assertEquals("Streamly", linked(t, es, m, m - 2, m + 1));
    }

    @Test
    void aTieBetweenBusinessesGoesToTheFirstNamedSoRunsAgree() {
        List<Token> t = TaggedTokens.of("Lee/NNP met/VBD Acme/NNP and/CC Norvane/NNP ./. "
                + "|| The/DT company/NN said/VBD no/DT ./.");
        List<Entity> es = resolve(t, name(t, 2, 3, EntityType.ORGANIZATION), name(t, 4, 5, EntityType.ORGANIZATION));
        int c = at(t, "company", 0);
        assertEquals("Acme", linked(t, es, c, c - 1, c + 1));
    }

    @Test
    void anIndefiniteDescriptionIsSomeoneNew() {
        List<Token> t = TaggedTokens.of("Acme/NNP spokesman/NN Tom/NNP Lee/NNP spoke/VBD ./. || A/DT spokesman/NN said/VBD no/DT ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.ORGANIZATION), name(t, 2, 4, EntityType.PERSON));
        int s = at(t, "spokesman", 1);
        assertNull(linked(t, es, s, s - 1, s + 1));
    }

    @Test
    void descriptionWordsAndFit() {
        List<Token> t = TaggedTokens.of("the/DT Apple/NNP chief/JJ executive/NN officer/NN of/IN Acme/NNP");
        Descriptions.Words w = Descriptions.of(t, 0, t.size());
        assertEquals("ceo", w.head());
        assertEquals(List.of("apple"), w.modifiers());
        Descriptions.Words role = new Descriptions.Words("ceo", List.of());
        assertTrue(Descriptions.fits(new Descriptions.Words("ceo", List.of("apple")), role, java.util.Set.of("apple")));
        assertTrue(!Descriptions.fits(w, role, java.util.Set.of()));
        assertTrue(Descriptions.indefinite(TaggedTokens.of("a/DT man/NN"), 0));
    }

    @Test
    void appositionPatterns() {
        List<Token> t = TaggedTokens.of("Norvane/NNP ,/, Britain/NNP 's/POS biggest/JJS union/NN ,/, said/VBD ./. "
                + "|| Jobs/NNP ,/, speaking/VBG in/IN Paris/NNP ,/, said/VBD ./.");
        Entity[] none = new Entity[t.size()];
        Mention norvane = name(t, 0, 1, EntityType.ORGANIZATION);
        none[2] = new Entity("e9", EntityType.LOCATION, null, "Britain", List.of(), List.of(), null, 1, 0, 1, List.of());
        int[] r = Appositions.after(t, none, norvane);
        assertEquals(List.of(2, 6), List.of(r[0], r[1]));
        // "speaking in Paris" is no apposition
        assertNull(Appositions.after(t, new Entity[t.size()], name(t, 8, 9, EntityType.PERSON)));
    }

    @Test
    void aSurnameOfTwoPeopleIsTheOneNamedLastBeforeIt() {
        // 0 Gary 1 Johnson 2 spoke 3 . || 4 Johnson 5 smiled 6 . || 7 Prices 8 rose 9 . || 10 Markets 11 fell 12 .
        // || 13 Jeh 14 Johnson 15 arrived 16 . || 17 Johnson 18 said 19 no 20 .
        List<Token> t = TaggedTokens.of("Gary/NNP Johnson/NNP spoke/VBD ./. || Johnson/NNP smiled/VBD ./. "
                + "|| Prices/NNS rose/VBD ./. || Markets/NNS fell/VBD ./. "
                + "|| Jeh/NNP Johnson/NNP arrived/VBD ./. || Johnson/NNP said/VBD no/DT ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 4, 5, EntityType.PERSON),
                name(t, 13, 15, EntityType.PERSON), name(t, 17, 18, EntityType.PERSON));
        Entity gary = es.stream().filter(e -> e.name().equals("Gary Johnson")).findFirst().orElseThrow();
        Entity jeh = es.stream().filter(e -> e.name().equals("Jeh Johnson")).findFirst().orElseThrow();
        assertTrue(gary.mentions().stream().anyMatch(m -> m.tokenBegin() == 4), gary.toString());
        assertTrue(jeh.mentions().stream().anyMatch(m -> m.tokenBegin() == 17), jeh.toString());
    }
}
