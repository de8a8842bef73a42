package org.claimtrace.resolve;

import org.claimtrace.model.Entity;
import org.claimtrace.model.EntityType;
import org.claimtrace.model.Mention;
import org.claimtrace.model.Token;
import org.claimtrace.text.Quotes;
import org.claimtrace.testing.TaggedTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimtrace.resolve.Sentences.at;
import static org.claimtrace.resolve.Sentences.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pronoun rules of {@link PronounLinker}, through {@link EntityResolver}, on invented sentences. */
class PronounRulesTest {

    /** The name of the entity holding the mention at token {@code token}, or null. */
    private static String entityAt(List<Entity> es, int token) {
        for (Entity e : es) {
            for (Mention m : e.mentions()) {
                if (m.tokenBegin() <= token && token < m.tokenEnd()) {
                    return e.name();
                }
            }
        }
        return null;
    }

    private static List<Entity> resolve(List<Token> t, Mention... names) {
        return new EntityResolver().resolve(t, List.of(names), List.of()).entities();
    }

    @Test
    void pronounClassesByWordAndTag() {
        List<Token> t = TaggedTokens.of("US/NNP us/PRP that/IN that/WDT its/PRP$ They/PRP who/WP");
        assertNull(PronounClass.of(t.get(0)));
        assertEquals(PronounClass.FIRST_PLURAL, PronounClass.of(t.get(1)));
        assertNull(PronounClass.of(t.get(2)));
        assertEquals(PronounClass.RELATIVE, PronounClass.of(t.get(3)));
        assertEquals(PronounClass.NEUTER, PronounClass.of(t.get(4)));
        assertEquals(PronounClass.PLURAL, PronounClass.of(t.get(5)));
        assertTrue(PronounClass.NEUTER.accepts(EntityType.ORGANIZATION));
        assertTrue(!PronounClass.MALE.accepts(EntityType.ORGANIZATION));
    }

    @Test
    void aSubjectStaysASubjectPastARelativeClauseBetweenCommas() {
        List<Token> t = TaggedTokens.of("Aparna/NNP Mathur/NNP ,/, who/WP studies/VBZ tax/NN policy/NN and/CC labor/NN "
                + "issues/NNS at/IN the/DT American/NNP Enterprise/NNP Institute/NNP ,/, said/VBD Ivanka/NNP Trump/NNP "
                + "'s/POS statement/NN did/VBD not/RB help/VB ./. || ``/`` I/PRP see/VBP no/DT details/NNS ,/, ''/'' "
                + "she/PRP said/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 18, 20, EntityType.PERSON));
        assertEquals("Aparna Mathur", entityAt(es, at(t, "she", 0)));
    }

    @Test
    void distanceInsideTheSentenceCostsLessThanASentence() {
        List<Token> t = TaggedTokens.of("Roy/NNP Cooper/NNP called/VBD for/IN the/DT release/NN ./. || Kerr/NNP Putney/NNP "
                + ",/, the/DT police/NN chief/NN ,/, said/VBD that/IN the/DT footage/NN did/VBD not/RB give/VB absolute/JJ "
                + "definitive/JJ visual/JJ evidence/NN that/WDT would/MD confirm/VB that/IN a/DT person/NN is/VBZ "
                + "pointing/VBG a/DT gun/NN ,/, but/CC he/PRP said/VBD witnesses/NNS saw/VBD a/DT gun/NN ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 7, 9, EntityType.PERSON));
        assertEquals("Kerr Putney", entityAt(es, at(t, "he", 0)));
    }

    @Test
    void sentencesWhollyInsideAQuotationDoNotPutTheSpeakerOutOfReach() {
        List<Token> t = TaggedTokens.of("Donna/NNP Rawlings/NNP said/VBD she/PRP had/VBD toured/VBN the/DT museum/NN ./. "
                + "|| ``/`` If/IN you/PRP are/VBP 80/CD ,/, you/PRP went/VBD through/IN much/JJ ,/, ''/'' she/PRP added/VBD ./. "
                + "|| ``/`` Seeing/VBG it/PRP is/VBZ emotional/JJ ./. || It/PRP is/VBZ something/NN new/JJ ./. ''/'' "
                + "|| ``/`` These/DT are/VBP the/DT stories/NNS ,/, ''/'' she/PRP said/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON));
        assertEquals("Donna Rawlings", entityAt(es, at(t, "she", 2)));
    }

    @Test
    void iOutsideQuotationsIsTheLettersSignatureOrTheAuthorOfTheClosingLine() {
        List<Token> letters = TaggedTokens.of("I/PRP cannot/MD fathom/VB it/PRP ./. || Michael/NNP Pravica/NNP ./. "
                + "|| Not/RB important/JJ ,/, I/PRP guess/VBP ./. || Toni/NNP Williams/NNP ./.");
        List<Entity> es = resolve(letters, name(letters, 5, 7, EntityType.PERSON), name(letters, 14, 16, EntityType.PERSON));
        assertEquals("Michael Pravica", entityAt(es, at(letters, "I", 0)));
        assertEquals("Toni Williams", entityAt(es, at(letters, "I", 1)));
        List<Token> essay = TaggedTokens.of("I/PRP knew/VBD this/DT was/VBD wrong/JJ ./. || My/PRP$ father/NN said/VBD "
                + "so/RB ./. || Charlotte/NNP Meehan/NNP is/VBZ a/DT playwright/NN ./.");
        List<Entity> ms = resolve(essay, name(essay, 11, 13, EntityType.PERSON));
        assertEquals("Charlotte Meehan", entityAt(ms, at(essay, "I", 0)));
        assertEquals("Charlotte Meehan", entityAt(ms, at(essay, "My", 0)));
        List<Token> news = TaggedTokens.of("I/PRP think/VBP so/RB ./. || Jane/NNP Roe/NNP spoke/VBD ./.");
        assertNull(entityAt(resolve(news, name(news, 4, 6, EntityType.PERSON)), at(news, "I", 0)));
    }

    @Test
    void iInATranscriptTurnIsTheSpeakerItsLabelNames() {
        List<Token> t = TaggedTokens.of("Chris/NNP Wallace/NNP asked/VBD Mike/NNP Pence/NNP ./. "
                + "|| ``/`` WALLACE/NNP :/: Do/VBP you/PRP agree/VB ?/. || ``/`` PENCE/NNP :/: Well/UH ,/, I/PRP think/VBP so/RB ./. "
                + "|| I/PRP mean/VBP it/PRP ./. || WALLACE/NNP :/: I/PRP see/VBP ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 3, 5, EntityType.PERSON));
        assertEquals("Mike Pence", entityAt(es, at(t, "I", 0)));
        assertEquals("Mike Pence", entityAt(es, at(t, "I", 1)));
        assertEquals("Chris Wallace", entityAt(es, at(t, "I", 2)));
        assertTrue(!SpeakerLabels.isLabel(t, at(t, "Mike", 0)));
    }

    @Test
    void theSpeakerTagOfAQuotationGoesOnWithTheLastSpeaker() {
        // McLenney spoke; Clinton is a subject inside what she said; "'...,' she said" is McLenney again
        List<Token> t = TaggedTokens.of("Tyresha/NNP McLenney/NNP said/VBD Hillary/NNP Clinton/NNP does/VBZ not/RB care/VB ./. "
                + "|| ``/`` It/PRP is/VBZ not/RB consistent/JJ ,/, ''/'' she/PRP said/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 3, 5, EntityType.PERSON));
        assertEquals("Tyresha McLenney", entityAt(es, at(t, "she", 0)));
        // without the quotation the nearer subject wins, as before: "... when he said"
        List<Token> u = TaggedTokens.of("Michael/NNP Flynn/NNP said/VBD Donald/NNP Trump/NNP was/VBD right/JJ when/WRB "
                + "he/PRP said/VBD so/RB ./.");
        List<Entity> us = resolve(u, name(u, 0, 2, EntityType.PERSON), name(u, 3, 5, EntityType.PERSON));
        assertEquals("Donald Trump", entityAt(us, at(u, "he", 0)));
    }

    @Test
    void aSubjectStaysASubjectPastSeveralAppositions() {
        List<Token> t = TaggedTokens.of("Donna/NNP Rawlings/NNP ,/, 59/CD ,/, of/IN Ashton/NNP ,/, Md./NNP ,/, who/WP "
                + "watched/VBD it/PRP ,/, said/VBD so/RB ./.");
        assertTrue(PronounResolver.isSubjectLike(t, 0, 2));
        List<Token> u = TaggedTokens.of("Fiat/NNP bought/VBD a/DT stake/NN in/IN Chrysler/NNP ,/, which/WDT had/VBD "
                + "exited/VBN bankruptcy/NN ,/, and/CC has/VBZ since/RB raised/VBN its/PRP$ holding/NN ,/, expected/VBN "
                + "to/TO rise/VB");
        assertTrue(!PronounResolver.isSubjectLike(u, 5, 6));
    }

    @Test
    void aTranscriptLabelIsMatchedAgainstNamesNotDescriptions() {
        // "the governor" is a description linked to Pence, with no text of its own: it must not break the lookup
        List<Token> t = TaggedTokens.of("Indiana/NNP Governor/NNP Mike/NNP Pence/NNP spoke/VBD ./. "
                + "|| The/DT governor/NN agreed/VBD ./. || ``/`` HOST/NNP :/: Do/VBP I/PRP agree/VB ?/. "
                + "|| ``/`` PENCE/NNP :/: I/PRP think/VBP so/RB ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.LOCATION), name(t, 2, 4, EntityType.PERSON));
        assertNull(entityAt(es, at(t, "I", 0))); // no one is named Host
        assertEquals("Mike Pence", entityAt(es, at(t, "I", 1)));
    }

    @Test
    void organizationsTakeItAndTheyButPersonsDoNot() {
        List<Token> t = TaggedTokens.of("Norvane/NNP said/VBD its/PRP$ profits/NNS rose/VBD ./. "
                + "|| Jane/NNP Roe/NNP said/VBD they/PRP would/MD grow/VB ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.ORGANIZATION), name(t, 6, 8, EntityType.PERSON));
        assertEquals("Norvane", entityAt(es, at(t, "its", 0)));
        assertEquals("Norvane", entityAt(es, at(t, "they", 0)));
        assertEquals(EntityType.ORGANIZATION, es.get(0).mentions().get(1).type());
    }

    @Test
    void relativePronounsReferToThePhraseTheyFollow() {
        List<Token> t = TaggedTokens.of("Richard/NNP Thomas/NNP ,/, who/WP leads/VBZ the/DT office/NN ,/, met/VBD "
                + "Norvane/NNP ,/, which/WDT denied/VBD it/PRP ./. || Jo/NNP ,/, which/WDT knew/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 9, 10, EntityType.ORGANIZATION),
                name(t, 16, 17, EntityType.PERSON));
        assertEquals("Richard Thomas", entityAt(es, at(t, "who", 0)));
        assertEquals("Norvane", entityAt(es, at(t, "which", 0)));
        // "which" is not said of persons
        assertNull(entityAt(es, at(t, "which", 1)));
        assertEquals(1, RelativePronouns.antecedentEnd(t, at(t, "who", 0)));
    }

    @Test
    void aThatBeforeAClauseIsAComplementizerWhateverItsTag() {
        // the tagger read this "that" as WDT; it opens what she told the BBC
        List<Token> t = TaggedTokens.of("She/PRP told/VBD the/DT BBC/NNP that/WDT firms/NNS would/MD be/VB "
                + "consulted/VBN ./. || the/DT union/NN Unison/NNP that/WDT represents/VBZ them/PRP ./.");
        List<Entity> es = resolve(t, name(t, 3, 4, EntityType.ORGANIZATION), name(t, 12, 13, EntityType.ORGANIZATION));
        assertNull(entityAt(es, at(t, "that", 0)));
        assertEquals("Unison", entityAt(es, at(t, "that", 1)));
    }

    @Test
    void aNameInsideTheQuotationIsNotTheSpeakerOfHeSaid() {
        List<Token> t = TaggedTokens.of("Lord/NNP Smith/NNP criticised/VBD the/DT plan/NN ./. "
                + "|| ``/`` Tony/NNP Blair/NNP seems/VBZ to/TO have/VB disappeared/VBN ,/, ''/'' he/PRP said/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 7, 9, EntityType.PERSON));
        assertEquals("Lord Smith", entityAt(es, at(t, "he", 0)));
    }

    @Test
    void theSubjectOfThePreviousSentenceBeatsTheLastMentioned() {
        List<Token> t = TaggedTokens.of("Tom/NNP Jones/NNP ,/, the/DT Glasgow/NNP MP/NNP ,/, wrote/VBD to/TO "
                + "Michael/NNP Howard/NNP ./. || He/PRP bitterly/RB criticised/VBD the/DT plan/NN ./.");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON), name(t, 4, 5, EntityType.LOCATION),
                name(t, 9, 11, EntityType.PERSON));
        assertEquals("Tom Jones", entityAt(es, at(t, "He", 0)));
    }

    @Test
    void cataphoraLinksAPronounBeforeTheName() {
        List<Token> t = TaggedTokens.of("``/`` We/PRP will/MD not/RB back/VB down/RP ,/, ''/'' she/PRP said/VBD ./. "
                + "|| Patricia/NNP Hewitt/NNP spoke/VBD in/IN London/NNP ./.");
        List<Entity> es = resolve(t, name(t, 11, 13, EntityType.PERSON), name(t, 15, 16, EntityType.LOCATION));
        assertEquals("Patricia Hewitt", entityAt(es, at(t, "she", 0)));
        // and "We" inside the quotation is its speaker's
        assertEquals("Patricia Hewitt", entityAt(es, at(t, "We", 0)));
    }

    @Test
    void withoutAQuotationToTagAPronounDoesNotPointToTheNextSentence() {
        // "They said" after "show insiders" is the insiders, not the agency the next sentence credits
        List<Token> t = TaggedTokens.of("Trump/NNP demeaned/VBD women/NNS ,/, according/VBG to/TO insiders/NNS ./. "
                + "|| They/PRP said/VBD he/PRP rated/VBD them/PRP ./. || The/DT Associated/NNP Press/NNP spoke/VBD to/TO "
                + "them/PRP ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.PERSON), name(t, 15, 17, EntityType.ORGANIZATION));
        assertNull(entityAt(es, at(t, "They", 0)));
    }

    @Test
    void aNameInWhatThePronounSaysIsSomeoneElse() {
        List<Token> t = TaggedTokens.of("Trump/NNP said/VBD praise/NN from/IN Putin/NNP would/MD not/RB matter/VB ./. "
                + "|| He/PRP said/VBD Putin/NNP has/VBZ been/VBN a/DT leader/NN ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.PERSON), name(t, 4, 5, EntityType.PERSON),
                name(t, 11, 12, EntityType.PERSON));
        assertEquals("Trump", entityAt(es, at(t, "He", 0)));
        // a possessive is no bar: the speaker's own microphone
        List<Token> u = TaggedTokens.of("Trump/NNP spoke/VBD ./. || He/PRP notes/VBZ that/IN Trump/NNP 's/POS "
                + "microphone/NN failed/VBD ./.");
        List<Entity> fs = resolve(u, name(u, 0, 1, EntityType.PERSON), name(u, 6, 7, EntityType.PERSON));
        assertEquals("Trump", entityAt(fs, at(u, "He", 0)));
    }

    @Test
    void firstPersonInsideAQuotationIsItsSpeaker() {
        List<Token> t = TaggedTokens.of("Ms/NNP Hewitt/NNP said/VBD :/: ``/`` I/PRP am/VBP sure/JJ ./. ''/'' "
                + "|| ``/`` My/PRP$ plan/NN works/VBZ ,/, ''/'' said/VBD Richard/NNP Thomas/NNP ./. || I/PRP left/VBD ./.");
        List<Entity> es = resolve(t, name(t, 1, 2, EntityType.PERSON), name(t, 17, 19, EntityType.PERSON));
        assertEquals("Hewitt", entityAt(es, at(t, "I", 0)));
        assertEquals("Richard Thomas", entityAt(es, at(t, "My", 0)));
        // outside any quotation, "I" is the writer's
        assertNull(entityAt(es, at(t, "I", 1)));
    }

    @Test
    void aSpeechVerbAFewWordsBeforeTheQuotationGivesItsSpeaker() {
        List<Token> t = TaggedTokens.of("Thomas/NNP Enders/NNP said/VBD in/IN a/DT statement/NN ,/, ``/`` We/PRP "
                + "want/VBP to/TO know/VB ./. ''/''");
        List<Entity> es = resolve(t, name(t, 0, 2, EntityType.PERSON));
        assertEquals("Thomas Enders", entityAt(es, at(t, "We", 0)));
    }

    @Test
    void weOfAPersonWhoSpeaksForAnOrganizationIsTheOrganization() {
        List<Token> t = TaggedTokens.of("Norvane/NNP CEO/NNP Jo/NNP Lee/NNP said/VBD :/: ``/`` We/PRP grew/VBD ./. "
                + "I/PRP am/VBP glad/JJ ./. ''/''");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.ORGANIZATION), name(t, 2, 4, EntityType.PERSON));
        assertEquals("Norvane", entityAt(es, at(t, "We", 0)));
        assertEquals("Jo Lee", entityAt(es, at(t, "I", 0)));
    }

    @Test
    void pronounsTakeLinkedDescriptionsAsAntecedents() {
        List<Token> t = TaggedTokens.of("Cisco/NNP ,/, the/DT network/NN firm/NN ,/, won/VBD ./. "
                + "|| Apple/NNP sued/VBD Microsoft/NNP ./. || The/DT network/NN firm/NN said/VBD its/PRP$ staff/NN agreed/VBD ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.ORGANIZATION), name(t, 8, 9, EntityType.ORGANIZATION),
                name(t, 10, 11, EntityType.ORGANIZATION));
        // without "The network firm", Apple, the last subject, would win
        assertEquals("Cisco", entityAt(es, at(t, "its", 0)));
    }

    @Test
    void quoteSpeakersFromTheWordsAroundTheQuotation() {
        List<Token> t = TaggedTokens.of("``/`` Yes/UH ,/, we/PRP can/MD ,/, ''/'' she/PRP told/VBD reporters/NNS ./.");
        Quotes.Quote q = new Quotations(t).all().get(0);
        assertEquals(at(t, "she", 0), QuoteSpeakers.speaker(t, q, i -> t.get(i).text().equals("she")));
        assertEquals(-1, QuoteSpeakers.speaker(t, q, i -> false));
    }

    @Test
    void anObjectPronounIsNotTheSubjectOfItsClause() {
        List<Token> t = TaggedTokens.of("The/DT Kremlin/NNP denied/VBD it/PRP ./. || Acme/NNP said/VBD the/DT "
                + "Kremlin/NNP ,/, and/CC it/PRP fell/VBD ./.");
        List<Entity> es = resolve(t, name(t, 1, 2, EntityType.ORGANIZATION), name(t, 5, 6, EntityType.ORGANIZATION),
                name(t, 8, 9, EntityType.ORGANIZATION));
        assertNull(entityAt(es, at(t, "it", 0)));
        assertTrue(ObjectPronouns.excludes(t, at(t, "it", 0), 2));
        assertTrue(entityAt(es, at(t, "it", 1)) != null);
        List<Token> u = TaggedTokens.of("The/DT Kremlin/NNP said/VBD it/PRP would/MD respond/VB ./.");
        assertEquals("Kremlin", entityAt(resolve(u, name(u, 1, 2, EntityType.ORGANIZATION)), 3));
    }

    @Test
    void itIsSaidOfACountryButNotOfACity() {
        List<Token> t = TaggedTokens.of("Spain/NNP will/MD double/VB its/PRP$ fund/NN ./.");
        List<Entity> es = resolve(t, place(t, 0, "COUNTRY"));
        assertEquals("Spain", entityAt(es, at(t, "its", 0)));
        List<Token> u = TaggedTokens.of("LONDON/NNP --/: In/IN Paris/NNP ,/, its/PRP$ mayor/NN spoke/VBD ./.");
        List<Entity> city = resolve(u, place(u, 0, "CITY"), place(u, 3, "CITY"));
        assertNull(entityAt(city, at(u, "its", 0)));
    }

    private static Mention place(List<Token> t, int at, String subtype) {
        Mention m = name(t, at, at + 1, EntityType.LOCATION);
        return new Mention(null, m.begin(), m.end(), m.text(), m.sentence(), m.kind(), EntityType.LOCATION, subtype,
                "gazetteer", 1.0, at, at + 1);
    }

    @Test
    void theyAfterAPluralNounSubjectIsThatGroup() {
        List<Token> t = TaggedTokens.of("The/DT ECB/NNP cut/VBD rates/NNS ./. || Markets/NNS took/VBD it/PRP in/IN "
                + "their/PRP$ stride/NN ./.");
        List<Entity> es = resolve(t, name(t, 1, 2, EntityType.ORGANIZATION));
        assertNull(entityAt(es, at(t, "their", 0)));
        assertTrue(PluralGroups.blocks(t, at(t, "their", 0)));
    }

    @Test
    void thePurposeOfAnInfinitiveDoesNotBindTheObject() {
        List<Token> t = TaggedTokens.of("Tran/NNP said/VBD he/PRP called/VBD Ms/NNP Dubois/NNP to/TO "
                + "congratulate/VB her/PRP ./.");
        List<Entity> es = resolve(t, name(t, 0, 1, EntityType.PERSON), name(t, 5, 6, EntityType.PERSON));
        assertEquals("Dubois", entityAt(es, at(t, "her", 0)));
    }

    @Test
    void anHonorificGivesTheGender() {
        List<Token> t = TaggedTokens.of("Ms/NNP Hewitt/NNP met/VBD Mr/NNP Thomas/NNP ./. || He/PRP said/VBD no/DT ./.");
        List<Entity> es = resolve(t, name(t, 1, 2, EntityType.PERSON), name(t, 4, 5, EntityType.PERSON));
        assertEquals(PronounResolver.Gender.FEMALE, HonorificGender.of(t, name(t, 1, 2, EntityType.PERSON)));
        assertEquals("Thomas", entityAt(es, at(t, "He", 0)));
    }
}
