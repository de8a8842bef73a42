package org.claimtrace.stages;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.model.Language;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.ModelLoadException;
import org.claimtrace.pipeline.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Detects the language with OpenNLP's language detector and skips documents that are empty or clearly
 * not English. The model is shared; {@link LanguageDetectorME} is not thread-safe, so each thread has its own.
 */
public final class LanguageStage implements Stage {
    /** Resource name of the model in the opennlp-models-langdetect jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Only this many characters are read: enough for a confident guess, cheap on huge inputs. */
    private static final int SAMPLE_CHARS = 3000;
    /** Below this many letters the detector is unreliable, so the text is assumed English. */
    private static final int MIN_LETTERS = 40;
    /**
     * The detector spreads probability over 103 languages, so a clear non-English text may score only 0.2.
     * A text is skipped when another language scores at least this many times English's probability.
     */
    private static final double MARGIN = 3.0;

    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageStage() {
        LanguageDetectorModel model = SharedModels.get("opennlp:langdetect", LanguageStage::load);
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageStage.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new ModelLoadException("OpenNLP language model " + MODEL_RESOURCE
                        + " is not on the classpath (dependency opennlp-models-langdetect)", null);
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read OpenNLP language model: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Slot> reads() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Slot> writes() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            doc.setLanguage(new Language("und", 0));
            doc.skip(name(), ProblemCode.EMPTY, "the document has no text to analyse");
            return;
        }
        opennlp.tools.langdetect.Language[] ranked = detector.get().predictLanguages(sample);
        opennlp.tools.langdetect.Language best = ranked[0];
        double english = 0;
        for (opennlp.tools.langdetect.Language l : ranked) {
            if (l.getLang().equals("eng")) {
                english = l.getConfidence();
                break;
            }
        }
        double confidence = Math.round(best.getConfidence() * 1000) / 1000.0;
        if (letters < MIN_LETTERS || best.getLang().equals("eng") || best.getConfidence() < MARGIN * english) {
            doc.setLanguage(new Language("eng", Math.round(english * 1000) / 1000.0));
            return;
        }
        doc.setLanguage(new Language(best.getLang(), confidence));
        doc.skip(name(), ProblemCode.NOT_ENGLISH, "detected language '" + best.getLang() + "' (score " + confidence
                + " against " + Math.round(english * 1000) / 1000.0 + " for English); only English is analysed");
    }
}
