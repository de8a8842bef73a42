package org.claimtrace.claims;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.model.Claim;
import org.claimtrace.model.ClaimForm;
import org.claimtrace.model.ClaimType;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.DocumentDate;
import org.claimtrace.model.Modality;
import org.claimtrace.model.Token;
import org.claimtrace.resources.ModelFiles;
import org.claimtrace.text.TextIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claim extraction over hand-written parses with the project's real cue lexicon: no statistical models. */
class CuePatternsTest {
    private static final CueLexicon LEXICON = new CueLexicon(new ModelFiles(null).readTsv(CueLexicon.FILE));

    /** word/POS/lemma/head/relation items; head is a 0-based index in the sentence, -1 for the root. */
    private static ClaimExtractor.Input parse(String spec) {
        String[] items = spec.split(" ");
        List<Token> tokens = new ArrayList<>();
        int[] heads = new int[items.length];
        String[] rels = new String[items.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String[] f = items[i].split("/");
            if (text.length() > 0) {
                text.append(' ');
            }
            int b = text.length();
            text.append(f[0]);
            tokens.add(new Token(i, b, text.length(), f[0], 0, f[1], f[2]));
            heads[i] = Integer.parseInt(f[3]);
            rels[i] = f[4];
        }
        DependencyParse p = new DependencyParse(0, 0, heads, rels);
        return new ClaimExtractor.Input(text.toString(), new TextIndex(text.toString()), tokens, Map.of(0, p),
                List.of(), List.of(), DocumentDate.NONE);
    }

    private static List<Claim> extract(String spec) {
        return new ClaimExtractor(LEXICON, CueScorer.LEXICON_ONLY, Map.of("Syrian", "Syria")).extract(parse(spec));
    }

    @Test
    void cueVerbWithAddresseeAndClausalComplement() {
        List<Claim> cs = extract("He/PRP/he/1/nsubj assured/VBD/assure/-1/root Putin/NNP/Putin/1/obj that/IN/that/6/mark "
                + "his/PRP$/he/5/nmod:poss government/NN/government/7/nsubj would/MD/would/7/aux honour/VB/honour/1/ccomp "
                + "agreements/NNS/agreement/7/obj ./././1/punct");
        assertEquals(1, cs.size());
        Claim c = cs.get(0);
        assertEquals("He", c.claimant().text());
        assertEquals("pronoun", c.claimantKind());
        assertEquals("assure", c.cue().lemma());
        assertEquals("Putin", c.addressee().text());
        assertEquals("that his government would honour agreements", c.content().text());
        assertEquals(Modality.FUTURE, c.modality().value());
        assertEquals("would", c.modality().cue().text());
        assertEquals(ClaimType.COMMITMENT, c.type());
        assertEquals(ClaimForm.INDIRECT, c.form());
        assertEquals("honour", c.structure().predicate());
    }

    @Test
    void nounCueUnderALightVerbWithObligationIsADemand() {
        List<Claim> cs = extract("Officials/NNS/official/1/nsubj reiterated/VBD/reiterate/-1/root their/PRP$/they/3/nmod:poss "
                + "position/NN/position/1/obj that/IN/that/7/mark Assad/NNP/Assad/7/nsubj should/MD/should/7/aux "
                + "face/VB/face/3/ccomp trial/NN/trial/7/obj");
        assertEquals(1, cs.size());
        Claim c = cs.get(0);
        assertEquals("reiterated their position", c.cue().text());
        assertEquals("reiterate position", c.cue().lemma());
        assertEquals("Officials", c.claimant().text());
        assertEquals("unnamed", c.claimantKind());
        assertEquals(ClaimType.DEMAND, c.type());
        assertEquals(Modality.OBLIGATION, c.modality().value());
    }

    @Test
    void denialOfARequestIsNotAClaimButDenialOfAClauseIs() {
        assertTrue(extract("The/DT/the/1/det Kremlin/NNP/Kremlin/2/nsubj denied/VBD/deny/-1/root the/DT/the/4/det "
                + "request/NN/request/2/obj").isEmpty(), "deny + plain object");
        List<Claim> cs = extract("Dahl/NNP/Dahl/1/nsubj denied/VBD/deny/-1/root that/IN/that/5/mark Norway/NNP/Norway/5/nsubj "
                + "would/MD/would/5/aux cut/VB/cut/1/ccomp exports/NNS/export/5/obj");
        assertEquals(ClaimType.DENIAL, cs.get(0).type());
    }

    @Test
    void parentheticalCueAndNegation() {
        List<Claim> cs = extract("The/DT/the/1/det plan/NN/plan/4/nsubj will/MD/will/4/aux not/RB/not/4/advmod "
                + "work/VB/work/-1/root ,/,/,/4/punct he/PRP/he/7/nsubj said/VBD/say/4/parataxis ./././4/punct");
        assertEquals(1, cs.size());
        assertEquals("The plan will not work", cs.get(0).content().text());
        assertEquals("negative", cs.get(0).polarity().value());
        assertEquals("not", cs.get(0).polarity().cue().text());
        assertEquals(ClaimType.PREDICTION, cs.get(0).type());
    }

    @Test
    void conditionalUnderTheCue() {
        List<Claim> cs = extract("She/PRP/she/1/nsubj said/VBD/say/-1/root rates/NNS/rate/4/nsubj could/MD/could/4/aux "
                + "fall/VB/fall/1/ccomp if/IN/if/7/mark wages/NNS/wage/7/nsubj slow/VBP/slow/4/advcl");
        assertEquals(Modality.CONDITIONAL, cs.get(0).modality().value());
        assertEquals("if", cs.get(0).modality().cue().text());
    }

    @Test
    void accordingToAndUnresolvedSources() {
        List<Claim> cs = extract("According/VBG/accord/2/case to/TO/to/0/fixed analysts/NNS/analyst/5/obl ,/,/,/5/punct "
                + "growth/NN/growth/5/nsubj slowed/VBD/slow/-1/root");
        assertEquals(1, cs.size());
        assertEquals("According to", cs.get(0).cue().text());
        assertEquals("analysts", cs.get(0).claimant().text());
        assertNull(cs.get(0).claimant().entity());
        assertEquals("growth slowed", cs.get(0).content().text());
    }

    @Test
    void typeRefinement() {
        assertEquals(ClaimType.DEMAND, ClaimExtractor.refine(ClaimType.ASSERTION, Modality.OBLIGATION, null, null));
        assertEquals(ClaimType.PREDICTION, ClaimExtractor.refine(ClaimType.ASSERTION, Modality.FUTURE, null, null));
        assertEquals(ClaimType.DENIAL, ClaimExtractor.refine(ClaimType.DENIAL, Modality.OBLIGATION, null, null));
        assertEquals(ClaimType.ASSERTION, ClaimExtractor.refine(ClaimType.ASSERTION, Modality.NONE, null, null));
    }

    @Test
    void evaluativeVerbsTakeTheirObjectAsContent() {
        List<Claim> cs = extract("Critics/NNS/critic/1/nsubj attacked/VBD/attack/-1/root the/DT/the/3/det plan/NN/plan/1/obj");
        assertEquals(1, cs.size());
        assertEquals(ClaimType.ACCUSATION, cs.get(0).type());
        assertEquals("the plan", cs.get(0).content().text());
    }

    @Test
    void accordingToByWordOrderWhenTheParseMissesIt() {
        // a flat, wrong parse: everything hangs off "rose"
        List<Claim> cs = extract("Prices/NNS/price/1/nsubj rose/VBD/rise/-1/root sharply/RB/sharply/1/advmod ,/,/,/1/punct "
                + "according/VBG/accord/1/dep to/TO/to/1/dep the/DT/the/1/dep ministry/NN/ministry/1/dep ./././1/punct");
        assertEquals(1, cs.size());
        assertEquals("according to", cs.get(0).cue().text());
        assertEquals("the ministry", cs.get(0).claimant().text());
        assertEquals("Prices rose sharply", cs.get(0).content().text());
    }

    @Test
    void nounCueWithoutAnOwnerIsNotAClaim() {
        assertTrue(extract("The/DT/the/1/det statement/NN/statement/-1/root that/IN/that/4/mark taxes/NNS/tax/4/nsubj "
                + "rose/VBD/rise/1/acl").isEmpty());
    }

    @Test
    void passiveCueWithoutAgentIsKeptWithoutASource() {
        List<Claim> cs = extract("Assad/NNP/Assad/2/nsubj:pass is/VBZ/be/2/aux:pass expected/VBN/expect/-1/root "
                + "to/TO/to/4/mark face/VB/face/2/xcomp trial/NN/trial/4/obj");
        assertEquals(1, cs.size());
        assertNull(cs.get(0).claimant());
        assertEquals("Assad is expected to face trial", cs.get(0).content().text());
        assertEquals("expect", cs.get(0).cue().lemma());
        // nothing is said: "he was asked" is no claim
        assertTrue(extract("He/PRP/he/2/nsubj:pass was/VBD/be/2/aux:pass asked/VBN/ask/-1/root").isEmpty());
    }

    @Test
    void participleCueTakesTheSourceOfTheSentence() {
        List<Claim> cs = extract("A/DT/a/1/det spokesperson/NN/spokesperson/2/nsubj denied/VBD/deny/-1/root "
                + "that/IN/that/6/mark it/PRP/it/6/nsubj had/VBD/have/6/aux concealed/VBN/conceal/2/ccomp "
                + "information/NN/information/6/obj ,/,/,/9/punct saying/VBG/say/6/advcl that/IN/that/12/mark "
                + "sensors/NNS/sensor/12/nsubj failed/VBD/fail/9/ccomp");
        Claim saying = cs.stream().filter(c -> c.cue().text().equals("saying")).findFirst().orElseThrow();
        assertEquals("A spokesperson", saying.claimant().text(), "the nearest cue verb's subject, not 'it'");
        assertEquals("that sensors failed", saying.content().text());

        List<Claim> letter = extract("A/DT/a/1/det letter/NN/letter/-1/root saying/VBG/say/1/acl that/IN/that/5/mark "
                + "taxes/NNS/tax/5/nsubj rose/VBD/rise/2/ccomp");
        assertEquals("A letter", letter.get(0).claimant().text());
        // a participle that says nothing has no source
        assertTrue(extract("Carriers/NNS/carrier/-1/root calling/VBG/call/0/acl at/IN/at/3/case "
                + "Rotterdam/NNP/Rotterdam/1/obl").isEmpty());
    }

    @Test
    void objectIsTheContentOfACueWithoutAClause() {
        List<Claim> cs = extract("The/DT/the/1/det minister/NN/minister/2/nsubj suggested/VBD/suggest/-1/root "
                + "a/DT/a/4/det tax/NN/tax/5/compound cut/NN/cut/2/obj");
        assertEquals(1, cs.size());
        assertEquals("a tax cut", cs.get(0).content().text());
        // the raised object of a clausal cue opens the content
        List<Claim> expects = extract("Brussels/NNP/Brussels/1/nsubj expects/VBZ/expect/-1/root Norvane/NNP/Norvane/1/obj "
                + "to/TO/to/4/mark submit/VB/submit/1/xcomp plans/NNS/plan/4/obj");
        assertEquals("Norvane to submit plans", expects.get(0).content().text());
        // "accused X of Y": the accused and the charge
        List<Claim> accused = extract("Critics/NNS/critic/1/nsubj accused/VBD/accuse/-1/root the/DT/the/3/det "
                + "firm/NN/firm/1/obj of/IN/of/5/mark lying/VBG/lie/1/advcl");
        assertEquals("the firm of lying", accused.get(0).content().text());
        assertEquals(ClaimType.ACCUSATION, accused.get(0).type());
    }

    @Test
    void objectOfAStatementVerbIsItsContentButADenialNeedsAStatement() {
        List<Claim> cs = extract("She/PRP/she/2/nsubj has/VBZ/have/2/aux proposed/VBN/propose/-1/root "
                + "solar/JJ/solar/4/amod panels/NNS/panel/2/obj");
        assertEquals(1, cs.size());
        assertEquals("solar panels", cs.get(0).content().text());
        assertTrue(extract("The/DT/the/1/det Kremlin/NNP/Kremlin/2/nsubj denied/VBD/deny/-1/root the/DT/the/4/det "
                + "request/NN/request/2/obj").isEmpty());
    }

    @Test
    void contentAfterTheCueWhenTheParseMissesTheClauseAndAnAppositionSeparatesTheSource() {
        // the parser attached "failed" loosely (dep), so only word order finds the content
        List<Claim> cs = extract("Brunner/NNP/Brunner/5/nsubj ,/,/,/0/punct a/DT/a/3/det developer/NN/developer/0/appos "
                + ",/,/,/0/punct said/VBD/say/-1/root critics/NNS/critic/7/nsubj failed/VBD/fail/5/dep "
                + "to/TO/to/9/mark note/VB/note/7/xcomp it/PRP/it/9/obj");
        assertEquals(1, cs.size());
        assertEquals("Brunner , a developer", cs.get(0).claimant().text(), "the source keeps its apposition");
        assertEquals("critics failed to note it", cs.get(0).content().text());
        // a clause of its own between source and cue blocks it
        assertTrue(extract("Brunner/NNP/Brunner/3/nsubj left/VBD/leave/3/dep and/CC/and/3/cc said/VBD/say/-1/root "
                + "critics/NNS/critic/5/nsubj failed/VBD/fail/3/dep").stream()
                .noneMatch(c -> c.content().text().startsWith("critics")));
    }
}
