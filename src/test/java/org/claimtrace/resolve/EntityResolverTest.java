package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.TimeExpression;
import org.claimtrace.model.Token;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Resolver tests on hand-tagged token lists: no models. */
class EntityResolverTest {
    private static List<Token> tokens(String tagged) {
        return TaggedTokens.of(tagged);
    }

    private static Mention name(List<Token> toks, int from, int to, EntityType type) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(toks.get(i).text());
        }
        return new Mention(null, toks.get(from).begin(), toks.get(to - 1).end(), sb.toString(), toks.get(from).sentence(),
                MentionKind.NAME, type, null, "corenlp", 0.9, from, to);
    }

    private static Entity entityNamed(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + es));
    }

    @Test
    void fullAndShortPersonNamesAndPronounsFormOneEntity() {
        // 0 Ahmed 1 al-Sharaa 2 met 3 Putin 4 . || 5 He 6 assured 7 President 8 Putin 9 that 10 his 11 government 12 would 13 honour 14 deals 15 .
        // || 16 Al-Sharaa 17 said 18 Assad 19 must 20 face 21 trial 22 after 23 his 24 ousting
        List<Token> t = tokens("Ahmed/NNP al-Sharaa/NNP met/VBD Putin/NNP ./. || He/PRP assured/VBD President/NNP Putin/NNP "
                + "that/IN his/PRP$ government/NN would/MD honour/VB deals/NNS ./. || Al-Sharaa/NNP said/VBD Assad/NNP "
                + "must/MD face/VB trial/NN after/IN his/PRP$ ousting/NN");
        List<Mention> names = List.of(name(t, 0, 2, EntityType.PERSON), name(t, 3, 4, EntityType.PERSON),
                name(t, 8, 9, EntityType.PERSON), name(t, 16, 17, EntityType.PERSON), name(t, 18, 19, EntityType.PERSON));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        assertEquals(3, es.size());
        Entity sharaa = entityNamed(es, "Ahmed al-Sharaa");
        assertEquals(List.of("Ahmed al-Sharaa", "He", "his", "Al-Sharaa"), sharaa.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("Al-Sharaa"), sharaa.aliases());
        assertEquals(2, entityNamed(es, "Putin").mentionCount());
        // "his ousting" right after Assad, far from the sentence subject
        assertEquals(List.of("Assad", "his"), entityNamed(es, "Assad").mentions().stream().map(Mention::text).toList());
        assertEquals("e1", es.get(0).id());
        assertEquals("m1", sharaa.mentions().get(0).id());
    }

    @Test
    void aSurnameWithAnHonorificJoinsTheNamesakeOfItsGender() {
        // the lone "Obama" of the headline comes first; "Mr. Obama" says which Obama the lone ones are
        List<Token> t = tokens("Obama/NNP Sees/VBZ Insult/NN || Michelle/NNP Obama/NNP spoke/VBD ./. || "
                + "Barack/NNP Obama/NNP spoke/VBD ./. || Mr./NNP Obama/NNP said/VBD so/RB ./. || Mr./NNP Obama/NNP left/VBD");
        List<Mention> names = List.of(name(t, 0, 1, EntityType.PERSON), name(t, 3, 5, EntityType.PERSON),
                name(t, 7, 9, EntityType.PERSON), name(t, 12, 13, EntityType.PERSON), name(t, 17, 18, EntityType.PERSON));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        assertEquals(1, entityNamed(es, "Michelle Obama").mentionCount());
        assertEquals(4, entityNamed(es, "Barack Obama").mentionCount());
    }

    @Test
    void theFormsOfOnePartyAreOneOrganization() {
        // 0 The 1 Tories 2 said 3 no 4 . || 5 The 6 Conservative 7 Party 8 met 9 . || 10 The 11 Conservatives 12 left
        // 13 . || 14 The 15 Lib 16 Dems 17 and 18 the 19 Liberal 20 Democrats 21 and 22 Labour 23 met
        List<Token> t = tokens("The/DT Tories/NNPS said/VBD no/DT ./. || The/DT Conservative/NNP Party/NNP met/VBD ./. "
                + "|| The/DT Conservatives/NNPS left/VBD ./. || The/DT Lib/NNP Dems/NNPS and/CC the/DT Liberal/NNP "
                + "Democrats/NNPS and/CC Labour/NNP met/VBD");
        List<Mention> names = List.of(name(t, 0, 2, EntityType.ORGANIZATION), name(t, 5, 8, EntityType.ORGANIZATION),
                name(t, 10, 12, EntityType.ORGANIZATION), name(t, 14, 17, EntityType.ORGANIZATION),
                name(t, 18, 21, EntityType.ORGANIZATION), name(t, 22, 23, EntityType.ORGANIZATION));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        assertEquals(3, es.size(), es.toString());
        assertEquals(3, entityNamed(es, "The Conservative Party").mentionCount(), es.toString());
        assertEquals(1, entityNamed(es, "Labour").mentionCount());
        assertEquals(2, es.stream().filter(e -> e.name().contains("Lib")).findFirst().orElseThrow().mentionCount());
    }

    @Test
    void aSurnameIsThePersonNotTheFirstWordOfTheirFoundation() {
        List<Token> t = tokens("Donald/NNP Trump/NNP spoke/VBD ./. || The/DT Trump/NNP Foundation/NNP paid/VBD ./. "
                + "|| Trump/NNP said/VBD he/PRP paid/VBD");
        List<Mention> names = List.of(name(t, 0, 2, EntityType.PERSON), name(t, 5, 7, EntityType.ORGANIZATION),
                name(t, 9, 10, EntityType.PERSON));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        assertEquals(List.of("Donald Trump", "Trump", "he"),
                entityNamed(es, "Donald Trump").mentions().stream().map(Mention::text).toList());
        assertEquals(1, entityNamed(es, "Trump Foundation").mentionCount());
    }

    @Test
    void aNameEndingInACompanyWordIsAnOrganizationAndItsFirstWordItsShortName() {
        List<Token> t = tokens("Patriot/NNP Coal/NNP filed/VBD ./. || Tom/NNP Clarke/NNP bought/VBD Patriot/NNP ./. "
                + "|| He/PRP said/VBD so/RB");
        List<Mention> names = List.of(name(t, 0, 2, EntityType.PERSON), name(t, 4, 6, EntityType.PERSON),
                name(t, 7, 8, EntityType.PERSON));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        Entity patriot = entityNamed(es, "Patriot Coal");
        assertEquals(EntityType.ORGANIZATION, patriot.type());
        assertEquals(List.of("Patriot Coal", "Patriot"), patriot.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("Tom Clarke", "He"), entityNamed(es, "Tom Clarke").mentions().stream().map(Mention::text).toList());
    }

    @Test
    void oneTypePerNameByConfidenceWeightedVote() {
        List<Token> t = tokens("Kremlin/NNP said/VBD ./. || The/DT Kremlin/NNP denied/VBD it/PRP ./. || Kremlin/NNP talks/NNS");
        List<Mention> names = new ArrayList<>(List.of(name(t, 0, 1, EntityType.LOCATION), name(t, 4, 5, EntityType.ORGANIZATION),
                name(t, 8, 9, EntityType.ORGANIZATION)));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        assertEquals(1, es.size());
        assertEquals(EntityType.ORGANIZATION, es.get(0).type());
        assertEquals(3, es.get(0).mentionCount());
        es.get(0).mentions().forEach(m -> assertEquals(EntityType.ORGANIZATION, m.type()));
    }

    @Test
    void acronymsAndFirstWordsJoinTheirOrganization() {
        List<Token> t = tokens("European/NNP Central/NNP Bank/NNP cut/VBD ./. || ECB/NNP said/VBD ./. "
                + "|| Norvane/NNP Systems/NNPS denied/VBD ./. || Norvane/NNP appealed/VBD");
        List<Mention> names = List.of(name(t, 0, 3, EntityType.ORGANIZATION), name(t, 5, 6, EntityType.ORGANIZATION),
                name(t, 8, 10, EntityType.ORGANIZATION), name(t, 12, 13, EntityType.PERSON));
        List<Entity> es = new EntityResolver().resolve(t, names, List.of()).entities();
        assertEquals(2, es.size());
        assertEquals(List.of("ECB"), entityNamed(es, "European Central Bank").aliases());
        Entity norvane = entityNamed(es, "Norvane Systems");
        assertEquals(EntityType.ORGANIZATION, norvane.type());
        assertEquals(List.of("Norvane"), norvane.aliases());
    }

    @Test
    void sheIsNotLinkedToAManAlreadyCalledHe() {
        List<Token> t = tokens("Tom/NNP Ellery/NNP said/VBD he/PRP agreed/VBD ./. || She/PRP disagreed/VBD");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 2, EntityType.PERSON)), List.of()).entities();
        assertEquals(List.of("Tom Ellery", "he"), es.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void timeExpressionsWithTheSameValueShareAnEntity() {
        List<Token> t = tokens("On/IN Wednesday/NNP ,/, October/NNP 15/CD ,/, they/PRP met/VBD");
        List<TimeExpression> tx = List.of(
                new TimeExpression(null, t.get(1).begin(), t.get(1).end(), "Wednesday", 0, EntityType.DATE, "2025-10-15", null),
                new TimeExpression(null, t.get(3).begin(), t.get(4).end(), "October 15", 0, EntityType.DATE, "2025-10-15", null));
        EntityResolver.Resolution r = new EntityResolver().resolve(t, List.of(), tx);
        assertEquals(1, r.entities().size());
        assertEquals("2025-10-15", r.entities().get(0).value());
        assertEquals(List.of("October 15"), r.entities().get(0).aliases());
        assertEquals("e1", r.timeExpressions().get(1).entity());
        assertEquals("m2", r.timeExpressions().get(1).id());
    }

    @Test
    void aPlaceThatStartsACompanyNameStaysAPlace() {
        List<Token> t = tokens("Singapore/NNP Airlines/NNPS flew/VBD from/IN Singapore/NNP");
        Mention place = new Mention(null, t.get(4).begin(), t.get(4).end(), "Singapore", 0, MentionKind.NAME,
                EntityType.LOCATION, "COUNTRY", "corenlp", 0.9, 4, 5);
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 2, EntityType.ORGANIZATION), place),
                List.of()).entities();
        assertEquals(2, es.size());
        assertEquals(EntityType.LOCATION, entityNamed(es, "Singapore").type());
    }

    @Test
    void aNameInsideATimeExpressionIsDropped() {
        List<Token> t = tokens("Boeing/NNP flew/VBD at/IN 18:00/CD UTC/NNP");
        List<Mention> names = List.of(name(t, 0, 1, EntityType.ORGANIZATION), name(t, 4, 5, EntityType.ORGANIZATION));
        List<TimeExpression> tx = List.of(
                new TimeExpression(null, t.get(3).begin(), t.get(4).end(), "18:00 UTC", 0, EntityType.TIME, "T18:00", null));
        List<Entity> es = new EntityResolver().resolve(t, names, tx).entities();
        assertEquals(List.of("Boeing", "18:00 UTC"), es.stream().map(Entity::name).toList());
    }
}
