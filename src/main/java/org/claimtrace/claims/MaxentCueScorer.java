package org.claimtrace.claims;

import org.claimtrace.claims.text.Quotes;
import org.claimtrace.claims.lexicon.CueLexicon;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.claimtrace.model.DependencyParse;
import org.claimtrace.model.Token;
import org.claimtrace.resources.ModelFiles;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A cue scorer learnt from data: an OpenNLP maximum entropy (GIS) model over {@link CueFeatures}, trained
 * by {@code org.claimtrace.tools.train.CueTrainer} on PolNeAR's training split.
 * <p>The file {@value #FILE} is gzip-compressed: a small header (a magic string, the lexicon and open
 * thresholds chosen on held-out data) followed by the model in OpenNLP's binary format
 * ({@link GenericModelWriter}). It holds weights and feature names only, no text.
 * <p>Thread-safe: the fields are final and never change after construction, and OpenNLP's
 * {@code GISModel.eval(String[])} is read-only on the model (checked in opennlp-tools 2.5.11: it allocates
 * a fresh outcome array per call, only reads its predicate map and parameters, and the {@code UniformPrior}
 * writes only into that array). The per-thread quotation cache is a {@link ThreadLocal}.
 */
public final class MaxentCueScorer implements CueScorer {
    public static final String FILE = "claim-cue-model.bin.gz";
    public static final String CUE = "cue";
    public static final String OTHER = "other";
    private static final String MAGIC = "claimtrace-cue-model-1";

    private final MaxentModel model;
    private final int cueIndex;
    private final double lexiconThreshold;
    private final double openThreshold;
    /** The quotations of the last token list scored on this thread: a document is scored word by word. */
    private final ThreadLocal<Object[]> quoteCache = new ThreadLocal<>();

    public MaxentCueScorer(MaxentModel model, double lexiconThreshold, double openThreshold) {
        this.model = model;
        this.cueIndex = model.getIndex(CUE);
        if (cueIndex < 0) {
            throw new IllegalArgumentException("the model has no outcome '" + CUE + "'");
        }
        this.lexiconThreshold = lexiconThreshold;
        this.openThreshold = openThreshold;
    }

    /** Trains a GIS maxent model; the same events in the same order always give the same weights. */
    public static MaxentModel train(List<Event> events, int iterations, int cutoff) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        // one thread: GIS sums expectations per thread, so one thread keeps the arithmetic order fixed
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    public MaxentModel model() {
        return model;
    }

    /** The probability of a cue for a feature list. */
    public double probability(List<String> features) {
        return model.eval(features.toArray(new String[0]))[cueIndex];
    }

    /**
     * The model's probability for a verb. A lexicon noun scores 1: the noun patterns already demand a
     * complement, and PolNeAR marks the light verb rather than the noun as the cue ("expressed a commitment
     * to ..."), so the model learnt to reject noun cues that the claim patterns need.
     */
    @Override
    public double score(List<Token> tokens, DependencyParse parse, int token, CueLexicon.Entry entry) {
        if (entry != null && entry.pos() == CueLexicon.Pos.NOUN) {
            return 1;
        }
        return probability(CueFeatures.extract(tokens, parse, token, entry, quotes(tokens)));
    }

    private List<Quotes.Quote> quotes(List<Token> tokens) {
        Object[] cached = quoteCache.get();
        if (cached != null && cached[0] == tokens) {
            @SuppressWarnings("unchecked")
            List<Quotes.Quote> q = (List<Quotes.Quote>) cached[1];
            return q;
        }
        List<Quotes.Quote> q = List.copyOf(Quotes.find(tokens));
        quoteCache.set(new Object[]{tokens, q});
        return q;
    }

    @Override
    public double lexiconThreshold() {
        return lexiconThreshold;
    }

    @Override
    public double openThreshold() {
        return openThreshold;
    }

    /** Writes the header and the model, gzip-compressed, and closes {@code out}. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out));
        data.writeUTF(MAGIC);
        data.writeDouble(lexiconThreshold);
        data.writeDouble(openThreshold);
        new GenericModelWriter((AbstractModel) model, data).persist(); // flushes and closes the stream
    }

    public static MaxentCueScorer load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        String magic = data.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a claimtrace cue model (header '" + magic + "')");
        }
        double lexicon = data.readDouble();
        double open = data.readDouble();
        AbstractModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        return new MaxentCueScorer(model, lexicon, open);
    }

    /** The trained scorer in a models directory (or the packaged copy), or null when there is none. */
    public static MaxentCueScorer loadIfPresent(ModelFiles files) {
        if (!files.exists(FILE)) {
            return null;
        }
        return files.read(FILE, MaxentCueScorer::load);
    }
}
