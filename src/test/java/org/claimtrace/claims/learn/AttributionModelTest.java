package org.claimtrace.claims.learn;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.resources.ModelFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model file round-trips its weights, records what it was trained with, and refuses a lexicon, feature set
 * or file it does not match, with a message that says what to do.
 */
class AttributionModelTest {
    private static final CueLexicon LEXICON = lexicon("object");
    private static AttributionModel model;

    private static CueLexicon lexicon(String sayFlags) {
        return new CueLexicon(List.of(new ModelFiles.Row(1, new String[]{"say", "verb", "assertion", sayFlags})));
    }

    /** A few sequences in which "said" is a cue and the words before it its source. */
    private static List<List<CrfTagger.Item>> sequences(String cueLabel) {
        List<List<CrfTagger.Item>> out = new ArrayList<>();
        String[][] sentences = {{"Ann", "said", "rain"}, {"Bob", "said", "snow"}, {"it", "rained", "today"},
                {"Cy", "said", "sun"}, {"we", "walked", "home"}};
        for (String[] s : sentences) {
            List<CrfTagger.Item> seq = new ArrayList<>();
            for (int i = 0; i < s.length; i++) {
                String label = s[i].equals("said") ? cueLabel
                        : Arrays.asList(s).contains("said") && i == 0 ? "SRC" : CrfTagger.BACKGROUND;
                seq.add(new CrfTagger.Item(List.of("w=" + s[i], "prev=" + (i == 0 ? "^" : s[i - 1])), List.of("b"), label));
            }
            out.add(seq);
        }
        return out;
    }

    @BeforeAll
    static void train() {
        CrfTagger cues = CrfTagger.train(sequences("CUE"), CrfTagger.trainingProperties(1.0, 30, 1, 1));
        CrfTagger roles = CrfTagger.train(sequences("CUE"), CrfTagger.trainingProperties(1.0, 30, 1, 1));
        model = new AttributionModel(cues, roles, new CueTokenFeatures(EnumSet.of(CueTokenFeatures.Group.WORD)),
                new RoleFeatures(EnumSet.of(RoleFeatures.Group.WORD)), Calibration.IDENTITY, LEXICON, WordClasses.NONE);
    }

    private static byte[] bytes(AttributionModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void theContentFallbackSurvivesTheRoundTrip() throws IOException {
        AttributionModel withFallback = new AttributionModel(model.cueTagger(), model.roleTagger(), model.cueFeatures(),
                model.roleFeatures(), ContentBoundaries.NONE, new ContentFallback(0.03), Calibration.IDENTITY, 1.0,
                LEXICON, WordClasses.NONE);
        AttributionModel back = AttributionModel.read(new ByteArrayInputStream(bytes(withFallback)), "m", LEXICON,
                WordClasses.NONE);
        assertEquals(0.03, back.fallback().threshold(), 0);
        AttributionModel none = AttributionModel.read(new ByteArrayInputStream(bytes(model)), "m", LEXICON,
                WordClasses.NONE);
        assertTrue(none.fallback().isNone());
    }

    @Test
    void theTaggersLearnTheExamplesAndSurviveTheRoundTrip() throws IOException {
        List<CrfTagger.Item> probe = sequences("CUE").get(0);
        assertEquals("CUE", model.cueTagger().tag(probe).labels()[1]);
        assertEquals("O", model.cueTagger().tag(sequences("CUE").get(2)).labels()[1]);
        AttributionModel back = AttributionModel.read(new ByteArrayInputStream(bytes(model)), "m", LEXICON, WordClasses.NONE);
        assertArrayEquals(model.cueTagger().tag(probe).labels(), back.cueTagger().tag(probe).labels());
        assertEquals(model.cueTagger().tag(probe).marginal(1, "CUE"), back.cueTagger().tag(probe).marginal(1, "CUE"), 1e-12);
        assertEquals(model.fingerprint(), back.fingerprint());
        assertEquals(EnumSet.of(CueTokenFeatures.Group.WORD), back.cueFeatures().groups());
    }

    @Test
    void anotherLexiconIsRefusedWithTheWayOut() throws IOException {
        byte[] b = bytes(model);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> AttributionModel.read(new ByteArrayInputStream(b), "m.bin.gz", lexicon("object,clausal"), WordClasses.NONE));
        assertTrue(e.getMessage().startsWith("m.bin.gz was trained with ["), e.getMessage());
        assertTrue(e.getMessage().contains("lexicon=" + LEXICON.fingerprint()), e.getMessage());
        assertTrue(e.getMessage().contains("train attribution"), e.getMessage());
    }

    @Test
    void otherWordClassesAreRefused() throws IOException {
        byte[] b = bytes(model);
        WordClasses other = new WordClasses() {
            @Override
            public String of(String word) {
                return "c1";
            }

            @Override
            public String id() {
                return "other";
            }
        };
        assertThrows(ModelLoadException.class, () -> AttributionModel.read(new ByteArrayInputStream(b), "m", LEXICON, other));
    }

    @Test
    void aFileCutShortSaysItIsTruncated(@TempDir Path dir) throws IOException {
        byte[] whole = bytes(model);
        byte[] raw;
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(whole))) {
            raw = in.readAllBytes();
        }
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(cut)) {
            z.write(raw, 0, raw.length * 2 / 3);
        }
        Files.write(dir.resolve(AttributionModel.FILE), cut.toByteArray());
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> new ModelFiles(dir).read(AttributionModel.FILE,
                in -> AttributionModel.read(in, AttributionModel.FILE, LEXICON, WordClasses.NONE)));
        assertTrue(e.getMessage().contains(AttributionModel.FILE) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void notAModelAtAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var o = new java.io.ObjectOutputStream(new java.util.zip.GZIPOutputStream(out))) {
            o.writeUTF("something else");
        }
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> AttributionModel.read(new ByteArrayInputStream(out.toByteArray()), "x.gz", LEXICON, WordClasses.NONE));
        assertTrue(e.getMessage().contains("not a claimtrace attribution model"), e.getMessage());
    }
}
