package org.claimtrace.claims.lexicon;

import org.claimtrace.model.ClaimType;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.resources.ModelFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue lexicon is validated on load, names the file and line of a bad row, and cannot be changed. */
class CueLexiconTest {
    private static ModelFiles.Row row(int line, String... cells) {
        return new ModelFiles.Row(line, cells);
    }

    @Test
    void readsVerbsNounsAndPhrasesWithTheirFlags() {
        CueLexicon l = new CueLexicon(List.of(row(3, "say", "verb", "assertion", "object"),
                row(4, "promise", "noun", "commitment", ""), row(5, "according to", "phrase", "assertion")));
        assertEquals(ClaimType.ASSERTION, l.verb("Say").type());
        assertTrue(l.verb("say").has("object"));
        assertEquals(ClaimType.COMMITMENT, l.noun("promise").type());
        assertEquals("according to", l.phrases().get(0).lemma());
        assertEquals(3, l.size());
    }

    @Test
    void flagsIterateInAlphabeticalOrderWhateverTheirOrderInTheFile() {
        // the cue tagger's features follow this order, and the CRF's training follows the features' order
        CueLexicon l = new CueLexicon(List.of(row(3, "defend", "verb", "position", "object, anyobject, clausal"),
                row(4, "make", "verb", "assertion", "lightonly,light")));
        assertEquals(List.of("anyobject", "clausal", "object"), List.copyOf(l.verb("defend").flags()));
        assertEquals(List.of("light", "lightonly"), List.copyOf(l.verb("make").flags()));
        CueLexicon.Entry built = new CueLexicon.Entry("x", CueLexicon.Pos.VERB, ClaimType.ASSERTION,
                java.util.Set.of("object", "addressee", "light"));
        assertEquals(List.of("addressee", "light", "object"), List.copyOf(built.flags()));
        assertThrows(UnsupportedOperationException.class, () -> built.flags().add("clausal"));
    }

    @Test
    void anUnknownFlagFailsWithFileAndLine() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> new CueLexicon(List.of(row(7, "say", "verb", "assertion", "object"),
                        row(12, "tell", "verb", "assertion", "adressee"))));
        assertTrue(e.getMessage().startsWith(CueLexicon.FILE + " line 12: unknown flag 'adressee'"), e.getMessage());
    }

    @Test
    void anUnknownTypeOrPartOfSpeechFailsWithFileAndLine() {
        ModelLoadException type = assertThrows(ModelLoadException.class,
                () -> new CueLexicon(List.of(row(9, "say", "verb", "assertoin"))));
        assertTrue(type.getMessage().startsWith(CueLexicon.FILE + " line 9: unknown claim type 'assertoin'"),
                type.getMessage());
        ModelLoadException pos = assertThrows(ModelLoadException.class,
                () -> new CueLexicon(List.of(row(2, "say", "adverb", "assertion"))));
        assertTrue(pos.getMessage().startsWith(CueLexicon.FILE + " line 2: unknown part of speech"), pos.getMessage());
        assertThrows(ModelLoadException.class, () -> new CueLexicon(List.of(row(4, " ", "verb", "assertion"))));
    }

    @Test
    void phrasesCannotBeChanged() {
        CueLexicon l = new CueLexicon(List.of(row(1, "according to", "phrase", "assertion")));
        assertThrows(UnsupportedOperationException.class, () -> l.phrases().clear());
    }

    @Test
    void theFingerprintFollowsTheContentNotTheOrder() {
        CueLexicon a = new CueLexicon(List.of(row(1, "say", "verb", "assertion", "object"), row(2, "deny", "verb", "denial")));
        CueLexicon b = new CueLexicon(List.of(row(1, "deny", "verb", "denial"), row(2, "say", "verb", "assertion", "object")));
        CueLexicon c = new CueLexicon(List.of(row(1, "say", "verb", "assertion"), row(2, "deny", "verb", "denial")));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), c.fingerprint());
    }
}
