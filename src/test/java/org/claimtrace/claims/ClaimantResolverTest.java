package org.claimtrace.claims;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.MentionKind;
import org.claimtrace.model.Token;
import org.claimtrace.resolve.EntityResolver;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Claimant spans resolved on invented sentences, with entities from {@link EntityResolver}. */
class ClaimantResolverTest {
    private static final ClaimantResolver RESOLVER = new ClaimantResolver(Map.of());

    private static Mention name(List<Token> t, int from, int to, EntityType type) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(t.get(i).text());
        }
        return new Mention(null, t.get(from).begin(), t.get(to - 1).end(), sb.toString(), t.get(from).sentence(),
                MentionKind.NAME, type, null, "corenlp", 0.9, from, to);
    }

    /** "name/kind" of the claimant whose source is tokens [begin, end) with head {@code head}. */
    private static String claimant(List<Token> t, List<Entity> es, int head, int begin, int end) {
        ClaimantResolver.Resolved r = RESOLVER.resolve(t, new MentionIndex(es), head, new int[] {begin, end});
        String n = r.entity() == null ? null
                : es.stream().filter(e -> e.id().equals(r.entity())).findFirst().orElseThrow().name();
        String out = n + "/" + r.kind();
        if (r.affiliation() != null) {
            StringBuilder words = new StringBuilder();
            for (int i = r.affiliation()[0]; i < r.affiliation()[1]; i++) {
                words.append(i > r.affiliation()[0] ? " " : "").append(t.get(i).text());
            }
            String entity = r.affiliationEntity() == null ? "no entity"
                    : es.stream().filter(e -> e.id().equals(r.affiliationEntity())).findFirst().orElseThrow().name();
            out += " for " + words + (entity.equals(words.toString()) ? "" : " = " + entity);
        }
        return out;
    }

    @Test
    void titlesLearntFromTheDocumentNameTheClaimant() {
        // 0 Trade 1 and 2 Industry 3 Secretary 4 Patricia 5 Hewitt 6 spoke 7 . || 8 Richard 9 Thomas 10 , 11 the
        // 12 information 13 commissioner 14 , 15 agreed 16 . || 17 The 18 Trade 19 and 20 Industry 21 Secretary 22 said
        // 23 no 24 . || 25 The 26 information 27 commissioner 28 warned 29 .
        List<Token> t = TaggedTokens.of("Trade/NNP and/CC Industry/NNP Secretary/NNP Patricia/NNP Hewitt/NNP spoke/VBD ./. "
                + "|| Richard/NNP Thomas/NNP ,/, the/DT information/NN commissioner/NN ,/, agreed/VBD ./. "
                + "|| The/DT Trade/NNP and/CC Industry/NNP Secretary/NNP said/VBD no/DT ./. "
                + "|| The/DT information/NN commissioner/NN warned/VBD ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 3, EntityType.ORGANIZATION),
                name(t, 4, 6, EntityType.PERSON), name(t, 8, 10, EntityType.PERSON),
                name(t, 18, 21, EntityType.ORGANIZATION)), List.of()).entities();
        assertEquals("Patricia Hewitt/nominal", claimant(t, es, 21, 17, 22));
        assertEquals("Richard Thomas/nominal", claimant(t, es, 27, 25, 28));
    }

    @Test
    void thePartyAndAnAppositionWithItsName() {
        List<Token> t = TaggedTokens.of("The/DT Labour/NNP party/NN met/VBD ./. || The/DT party/NN said/VBD no/DT ./. "
                + "|| Its/PRP$ chief/JJ executive/NN ,/, Karin/NNP Holm/NNP ,/, wrote/VBD ./. "
                + "|| A/DT Kremlin/NNP spokesman/NN said/VBD ./. || Karin/NNP Holm/NNP ,/, who/WP wrote/VBD ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 1, 2, EntityType.ORGANIZATION),
                name(t, 14, 16, EntityType.PERSON), name(t, 20, 21, EntityType.ORGANIZATION),
                name(t, 24, 26, EntityType.PERSON)), List.of()).entities();
        assertEquals("Labour/nominal", claimant(t, es, 6, 5, 7));
        assertEquals("Karin Holm/name", claimant(t, es, 12, 10, 16));
        assertEquals("null/unnamed for Kremlin", claimant(t, es, 21, 19, 22));
        assertEquals("Karin Holm/pronoun", claimant(t, es, 27, 27, 28));
    }

    @Test
    void aSpokespersonSpeaksForWhomTheDescriptionNamesAndStaysUnnamed() {
        // 0 A 1 spokesman 2 for 3 Mr 4 Prescott 5 said 6 no 7 . || 8 A 9 spokesman 10 for 11 Unison 12 , 13 Britain
        // 14 's 15 biggest 16 union 17 , 18 said 19 no 20 . || 21 Labour 22 officials 23 said 24 no 25 .
        // || 26 Prescott 27 's 28 aide 29 said 30 no 31 . || 32 A 33 Unison 34 official 35 said 36 no 37 .
        List<Token> t = TaggedTokens.of("A/DT spokesman/NN for/IN Mr/NNP Prescott/NNP said/VBD no/DT ./. "
                + "|| A/DT spokesman/NN for/IN Unison/NNP ,/, Britain/NNP 's/POS biggest/JJS union/NN ,/, said/VBD no/DT ./. "
                + "|| Labour/NNP officials/NNS said/VBD no/DT ./. || Prescott/NNP 's/POS aide/NN said/VBD no/DT ./. "
                + "|| A/DT Unison/NNP official/NN said/VBD no/DT ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 4, 5, EntityType.PERSON),
                name(t, 13, 14, EntityType.LOCATION), name(t, 21, 22, EntityType.ORGANIZATION),
                name(t, 26, 27, EntityType.PERSON)), List.of()).entities();
        assertEquals("null/unnamed for Mr Prescott = Prescott", claimant(t, es, 1, 0, 5));
        // Unison is no entity here, and the apposition's Britain is not whom the spokesman speaks for
        assertEquals("null/unnamed for Unison = no entity", claimant(t, es, 9, 8, 17));
        assertEquals("null/unnamed for Labour", claimant(t, es, 22, 21, 23));
        assertEquals("null/unnamed for Prescott", claimant(t, es, 28, 26, 29));
        assertEquals("null/unnamed for Unison = no entity", claimant(t, es, 34, 32, 35));
    }

    @Test
    void anUnnamedSourceWithoutAffiliationAndADemonym() {
        // 0 Analysts 1 said 2 no 3 . || 4 Syrian 5 officials 6 said 7 no 8 . || 9 Syria 10 agreed 11 .
        List<Token> t = TaggedTokens.of("Analysts/NNS said/VBD no/DT ./. || Syrian/JJ officials/NNS said/VBD no/DT ./. "
                + "|| Syria/NNP agreed/VBD ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 9, 10, EntityType.LOCATION)), List.of())
                .entities();
        ClaimantResolver withDemonyms = new ClaimantResolver(Map.of("Syrian", "Syria"));
        assertEquals("null/unnamed", claimant(t, es, 0, 0, 1));
        // a proper noun the tagger found no entity for is still a name, not a description
        List<Token> site = TaggedTokens.of("PolitiFact/NNP said/VBD no/DT ./. || The/DT site/NN agreed/VBD ./.");
        assertEquals("null/name", claimant(site, List.of(), 0, 0, 1));
        assertEquals("null/nominal", claimant(site, List.of(), 5, 4, 6));
        ClaimantResolver.Resolved r = withDemonyms.resolve(t, new MentionIndex(es), 5, new int[] {4, 6});
        assertEquals(null, r.entity());
        assertEquals(4, r.affiliation()[0]);
        assertEquals(es.get(0).id(), r.affiliationEntity());
    }

    @Test
    void theAffiliationByAnUntaggedNameOrByADescriptionOfTheCompany() {
        // 0 Norvane 1 Holdings 2 denied 3 it 4 . || 5 A 6 Norvane 7 spokesperson 8 said 9 no 10 .
        // || 11 A 12 spokesperson 13 for 14 the 15 company 16 said 17 no 18 .
        List<Token> t = TaggedTokens.of("Norvane/NNP Holdings/NNP denied/VBD it/PRP ./. "
                + "|| A/DT Norvane/NN spokesperson/NN said/VBD no/DT ./. "
                + "|| A/DT spokesperson/NN for/IN the/DT company/NN said/VBD no/DT ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 2, EntityType.ORGANIZATION)), List.of())
                .entities();
        // the tagger took "Norvane" for a common noun; it is an alias of the company only if the document says so
        assertEquals("null/unnamed", claimant(t, es, 7, 5, 8));
        Entity norvane = es.get(0);
        Entity aliased = new Entity(norvane.id(), norvane.type(), null, norvane.name(), List.of("Norvane"), List.of(),
                null, norvane.mentionCount(), norvane.salience(), norvane.confidence(), norvane.mentions());
        assertEquals("null/unnamed for Norvane = Norvane Holdings", claimant(t, List.of(aliased), 7, 5, 8));
        assertEquals("null/unnamed for the company = Norvane Holdings", claimant(t, es, 12, 11, 16));
    }

    @Test
    void aPlaceInsideADescriptionIsTheClaimantOnlyThroughItsState() {
        // 0 The 1 New 2 York 3 businessman 4 said 5 no 6 . || 7 The 8 New 9 York 10 government 11 said 12 no 13 .
        List<Token> t = TaggedTokens.of("The/DT New/NNP York/NNP businessman/NN said/VBD no/DT ./. "
                + "|| The/DT New/NNP York/NNP government/NN said/VBD no/DT ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 1, 3, EntityType.LOCATION),
                name(t, 8, 10, EntityType.LOCATION)), List.of()).entities();
        assertEquals("null/nominal", claimant(t, es, 3, 0, 4));
        assertEquals("New York/nominal", claimant(t, es, 10, 7, 11));
    }

    @Test
    void theCityOfAPlaceSpeaksForIt() {
        List<Token> t = TaggedTokens.of("The/DT city/NN of/IN Phoenix/NNP is/VBZ demanding/VBG that/IN it/PRP stop/VB ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 3, 4, EntityType.LOCATION)), List.of())
                .entities();
        assertEquals("Phoenix/nominal", claimant(t, es, 1, 0, 4));
    }

    @Test
    void aNameInsideTheCoreOfTheSourceNotInAClauseAfterIt() {
        // 0 an 1 analysis 2 by 3 Lily 4 Batchelder 5 , 6 a 7 former 8 aide 9 , 10 whose 11 conclusions 12 were
        // 13 seconded 14 by 15 the 16 Tax 17 Foundation 18 , 19 found
        List<Token> t = TaggedTokens.of("an/DT analysis/NN by/IN Lily/NNP Batchelder/NNP ,/, a/DT former/JJ aide/NN ,/, "
                + "whose/WP$ conclusions/NNS were/VBD seconded/VBN by/IN the/DT Tax/NNP Foundation/NNP ,/, found/VBD "
                + "./. || a/DT complaint/NN filed/VBN by/IN the/DT SEC/NNP says/VBZ so/RB ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 3, 5, EntityType.PERSON),
                name(t, 16, 18, EntityType.ORGANIZATION), name(t, 26, 27, EntityType.ORGANIZATION)), List.of()).entities();
        assertEquals("Lily Batchelder/name", claimant(t, es, 1, 0, 18));
        assertEquals("SEC/nominal", claimant(t, es, 22, 21, 27));
    }

    @Test
    void aPersonsTitleWithAnOrganizationsNameIsNotTheOrganization() {
        // 0 Acme 1 met 2 . || 3 The 4 GOP 5 nominee 6 complained 7 . || 8 the 9 Acme 10 board 11 said 12 no
        List<Token> t = TaggedTokens.of("Acme/NNP met/VBD ./. || The/DT GOP/NNP nominee/NN complained/VBD ./. "
                + "|| the/DT Acme/NNP board/NN said/VBD no/DT");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 1, EntityType.ORGANIZATION),
                name(t, 4, 5, EntityType.ORGANIZATION), name(t, 9, 10, EntityType.ORGANIZATION)), List.of()).entities();
        assertEquals("null/nominal", claimant(t, es, 5, 3, 6));
        // a body's noun stays the organization's
        assertEquals("Acme/nominal", claimant(t, es, 10, 8, 11));
    }

    @Test
    void aPersonNamedAfterTheCommaIsTheSourceItself() {
        // 0 Trump 1 's 2 running 3 mate 4 , 5 Indiana 6 Gov. 7 Mike 8 Pence 9 , 10 said
        List<Token> t = TaggedTokens.of("Trump/NNP 's/POS running/VBG mate/NN ,/, Indiana/NNP Gov./NNP Mike/NNP Pence/NNP "
                + ",/, said/VBD so/RB ./. || Donald/NNP Trump/NNP left/VBD");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 1, EntityType.PERSON),
                name(t, 5, 6, EntityType.LOCATION), name(t, 7, 9, EntityType.PERSON), name(t, 14, 16, EntityType.PERSON)),
                List.of()).entities();
        assertEquals("Mike Pence/name", claimant(t, es, 3, 0, 9));
    }

    @Test
    void aPossessiveSourceIsTheOwnersSpokespersonOrThingButNotTheirRelative() {
        // 0 Donna 1 Roe 2 spoke 3 . || 4 Her 5 aides 6 said 7 no 8 . || 9 Her 10 campaign 11 said 12 no 13 .
        // || 14 Her 15 mother 16 said 17 no 18 . || 19 her 20 husband 21 and 22 rival 23 John 24 Roe 25 said 26 no
        List<Token> t = TaggedTokens.of("Donna/NNP Roe/NNP spoke/VBD ./. || Her/PRP$ aides/NNS said/VBD no/DT ./. "
                + "|| Her/PRP$ campaign/NN said/VBD no/DT ./. || Her/PRP$ mother/NN said/VBD no/DT ./. "
                + "|| her/PRP$ husband/NN and/CC rival/NN John/NNP Roe/NNP said/VBD no/DT");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 2, EntityType.PERSON),
                name(t, 23, 25, EntityType.PERSON)), List.of()).entities();
        assertEquals("null/unnamed for Her = Donna Roe", claimant(t, es, 5, 4, 6));
        assertEquals("Donna Roe/nominal", claimant(t, es, 10, 9, 11));
        assertEquals("null/nominal", claimant(t, es, 15, 14, 16));
        assertEquals("John Roe/name", claimant(t, es, 20, 19, 25));
    }

    @Test
    void membersOfAPartyTheDocumentNamesAreThePartyOrSpeakAsItsMembers() {
        // 0 The 1 GOP 2 met 3 . || 4 Republicans 5 said 6 no 7 . || 8 Some 9 Republicans 10 said 11 yes 12 .
        // || 13 Republican 14 leaders 15 said 16 no 17 . || 18 Democrats 19 said 20 no 21 .
        List<Token> t = TaggedTokens.of("The/DT GOP/NNP met/VBD ./. || Republicans/NNPS said/VBD no/DT ./. "
                + "|| Some/DT Republicans/NNPS said/VBD yes/UH ./. || Republican/JJ leaders/NNS said/VBD no/DT ./. "
                + "|| Democrats/NNPS said/VBD no/DT ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 1, 2, EntityType.ORGANIZATION)), List.of())
                .entities();
        assertEquals("GOP/nominal", claimant(t, es, 4, 4, 5));
        assertEquals("null/unnamed for Republicans = GOP", claimant(t, es, 9, 8, 10));
        assertEquals("null/unnamed for Republican = GOP", claimant(t, es, 14, 13, 15));
        assertEquals("null/nominal", claimant(t, es, 18, 18, 19)); // no Democratic party in the document
    }

    @Test
    void partyWordsAndTheirStems() {
        assertEquals("republican", org.claimtrace.resolve.PartyNames.key("Republicans"));
        assertEquals("democrat", org.claimtrace.resolve.PartyNames.key("Democratic"));
        assertEquals("democrat", org.claimtrace.resolve.PartyNames.key("Democrats"));
        assertEquals("conservative", org.claimtrace.resolve.PartyNames.key("Tories"));
        assertEquals("liberal democrat", org.claimtrace.resolve.PartyNames.key("the Lib Dems"));
        assertEquals("republican", org.claimtrace.resolve.PartyNames.key("the GOP"));
    }

    @Test
    void aLeaderANewspaperAndACorrespondentTheDocumentNames() {
        // 0 Tory 1 leader 2 Michael 3 Howard 4 spoke 5 . || 6 The 7 Tory 8 leader 9 said 10 no 11 .
        // || 12 The 13 Daily 14 Telegraph 15 newspaper 16 ran 17 it 18 . || 19 The 20 newspaper 21 claimed 22 more 23 .
        // || 24 BBC 25 correspondent 26 Nick 27 Robinson 28 wrote 29 . || 30 Our 31 correspondent 32 added 33 more 34 .
        List<Token> t = TaggedTokens.of("Tory/NNP leader/NN Michael/NNP Howard/NNP spoke/VBD ./. "
                + "|| The/DT Tory/NNP leader/NN said/VBD no/DT ./. "
                + "|| The/DT Daily/NNP Telegraph/NNP newspaper/NN ran/VBD it/PRP ./. || The/DT newspaper/NN claimed/VBD more/JJR ./. "
                + "|| BBC/NNP correspondent/NN Nick/NNP Robinson/NNP wrote/VBD ./. || Our/PRP$ correspondent/NN added/VBD more/JJR ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 1, EntityType.ORGANIZATION),
                name(t, 2, 4, EntityType.PERSON), name(t, 7, 8, EntityType.ORGANIZATION),
                name(t, 13, 15, EntityType.ORGANIZATION), name(t, 24, 25, EntityType.ORGANIZATION),
                name(t, 26, 28, EntityType.PERSON)), List.of()).entities();
        assertEquals("Michael Howard/nominal", claimant(t, es, 8, 6, 9));
        assertEquals("Daily Telegraph/nominal", claimant(t, es, 20, 19, 21));
        assertEquals("Nick Robinson/nominal", claimant(t, es, 31, 30, 32));
    }

    @Test
    void aTitleTheTaggerTookForAPersonIsTheDescriptionOfTheNamedOne() {
        // 0 Glasgow 1 Kelvin 2 MP 3 George 4 Galloway 5 spoke 6 . || 7 The 8 Glasgow 9 Kelvin 10 MP 11 added 12 more 13 .
        List<Token> t = TaggedTokens.of("Glasgow/NNP Kelvin/NNP MP/NNP George/NNP Galloway/NNP spoke/VBD ./. "
                + "|| The/DT Glasgow/NNP Kelvin/NNP MP/NNP added/VBD more/JJR ./.");
        List<Entity> es = new EntityResolver().resolve(t, List.of(name(t, 0, 2, EntityType.LOCATION),
                name(t, 3, 5, EntityType.PERSON), name(t, 8, 11, EntityType.PERSON)), List.of()).entities();
        assertEquals(List.of(), es.stream().filter(e -> e.name().equals("Glasgow Kelvin MP")).toList());
        assertEquals("George Galloway/nominal", claimant(t, es, 10, 7, 11));
    }
}
