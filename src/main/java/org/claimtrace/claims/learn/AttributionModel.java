package org.claimtrace.claims.learn;

import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.pipeline.ModelLoadException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained attribution model: a cue tagger over every sentence and a role tagger that labels one cue's
 * source and content, with the feature groups they were trained with and a calibration of their scores.
 * Immutable and shared by every thread.
 *
 * <p>The file ({@value #FILE}, gzip-compressed) holds a header, then the two CRFs in CoreNLP's serialized form,
 * then the two content boundary classifiers ({@link ContentBoundaries}) and the content fallback's threshold
 * ({@link ContentFallback}): weights and feature names, no text. The header records a fingerprint of the features and of the cue lexicon
 * the model was trained with; loading refuses a model whose fingerprint differs from this build's.
 */
public final class AttributionModel {
    public static final String FILE = "claim-attribution-model.bin.gz";
    private static final String MAGIC = "claimtrace-attribution-model";
    private static final int FORMAT = 4;

    private final CrfTagger cueTagger;
    private final CrfTagger roleTagger;
    private final CueTokenFeatures cueFeatures;
    private final RoleFeatures roleFeatures;
    private final Calibration calibration;
    private final double cueThreshold;
    private final String fingerprint;
    private final ContentBoundaries boundaries;
    private final ContentFallback fallback;

    /** A model whose cue detector takes the cue tagger's best sequence only. */
    public AttributionModel(CrfTagger cueTagger, CrfTagger roleTagger, CueTokenFeatures cueFeatures,
                            RoleFeatures roleFeatures, Calibration calibration, CueLexicon lexicon, WordClasses classes) {
        this(cueTagger, roleTagger, cueFeatures, roleFeatures, ContentBoundaries.NONE, ContentFallback.NONE, calibration,
                1.0, lexicon, classes);
    }

    /**
     * @param boundaries   the content boundary classifiers, or {@link ContentBoundaries#NONE}
     * @param fallback     the content for a cue the role tagger's best sequence leaves without one, or
     *                     {@link ContentFallback#NONE}
     * @param cueThreshold the marginal probability from which a token is a cue ({@link CueDetector})
     */
    public AttributionModel(CrfTagger cueTagger, CrfTagger roleTagger, CueTokenFeatures cueFeatures,
                            RoleFeatures roleFeatures, ContentBoundaries boundaries, ContentFallback fallback,
                            Calibration calibration, double cueThreshold, CueLexicon lexicon, WordClasses classes) {
        this.boundaries = Objects.requireNonNull(boundaries);
        this.fallback = Objects.requireNonNull(fallback);
        this.cueThreshold = cueThreshold;
        this.cueTagger = Objects.requireNonNull(cueTagger);
        this.roleTagger = Objects.requireNonNull(roleTagger);
        this.cueFeatures = cueFeatures;
        this.roleFeatures = roleFeatures;
        this.calibration = calibration;
        this.fingerprint = fingerprint(cueFeatures.groups(), roleFeatures.groups(), lexicon, classes);
    }

    public CrfTagger cueTagger() {
        return cueTagger;
    }

    public CrfTagger roleTagger() {
        return roleTagger;
    }

    public CueTokenFeatures cueFeatures() {
        return cueFeatures;
    }

    public RoleFeatures roleFeatures() {
        return roleFeatures;
    }

    /** The content boundary classifiers, or {@link ContentBoundaries#NONE}. */
    public ContentBoundaries boundaries() {
        return boundaries;
    }

    /** The content fallback, or {@link ContentFallback#NONE}. */
    public ContentFallback fallback() {
        return fallback;
    }

    public Calibration calibration() {
        return calibration;
    }

    public double cueThreshold() {
        return cueThreshold;
    }

    /** The cue detector this model was tuned with. */
    public CueDetector cueDetector() {
        return new CueDetector(cueTagger, cueFeatures, cueThreshold);
    }

    public String fingerprint() {
        return fingerprint;
    }

    /**
     * What the weights depend on: the feature code's version and groups, and the cue lexicon's content.
     */
    public static String fingerprint(Set<CueTokenFeatures.Group> cueGroups, Set<RoleFeatures.Group> roleGroups,
                                     CueLexicon lexicon, WordClasses classes) {
        return "cue-features=" + CueTokenFeatures.VERSION + ":" + EnumSet.copyOf(cueGroups)
                + ";role-features=" + RoleFeatures.VERSION + ":" + EnumSet.copyOf(roleGroups)
                + ";window=quotes/" + RoleWindow.MAX_REACH
                + ";boundaries=" + BoundaryFeatures.VERSION + "/" + ContentBoundaries.REACH + "/" + ContentBoundaries.END_REACH
                + ";lexicon=" + lexicon.fingerprint()
                + ";word-classes=" + classes.id();
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(out));
        ObjectOutputStream o = new ObjectOutputStream(gz);
        o.writeUTF(MAGIC);
        o.writeInt(FORMAT);
        o.writeUTF(fingerprint);
        o.writeUTF(String.join(",", cueFeatures.groups().stream().map(Enum::name).sorted().toList()));
        o.writeUTF(String.join(",", roleFeatures.groups().stream().map(Enum::name).sorted().toList()));
        calibration.write(o);
        o.writeDouble(cueThreshold);
        cueTagger.write(o);
        roleTagger.write(o);
        boundaries.write(o);
        o.writeDouble(fallback.threshold());
        o.flush();
        gz.finish();
        gz.flush();
    }

    /**
     * Reads a model and checks it against this build's features, the given lexicon and word classes.
     *
     * @param name the file's name, for messages
     */
    public static AttributionModel read(InputStream in, String name, CueLexicon lexicon, WordClasses classes) {
        try (ObjectInputStream o = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in)))) {
            String magic = o.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new ModelLoadException(name + " is not a claimtrace attribution model (header '" + magic + "')", null);
            }
            int format = o.readInt();
            if (format != FORMAT) {
                throw new ModelLoadException(name + " has format " + format + "; this build reads format " + FORMAT, null);
            }
            String trainedWith = o.readUTF();
            Set<CueTokenFeatures.Group> cueGroups = groups(CueTokenFeatures.Group.class, o.readUTF());
            Set<RoleFeatures.Group> roleGroups = groups(RoleFeatures.Group.class, o.readUTF());
            String expected = fingerprint(cueGroups, roleGroups, lexicon, classes);
            if (!expected.equals(trainedWith)) {
                throw new ModelLoadException(name + " was trained with [" + trainedWith + "] but this build has ["
                        + expected + "]: retrain it with `claimtrace train attribution`", null);
            }
            Calibration calibration = Calibration.read(o);
            double threshold = o.readDouble();
            CrfTagger cues = CrfTagger.read(o);
            CrfTagger roles = CrfTagger.read(o);
            ContentBoundaries boundaries = ContentBoundaries.read(o);
            double fallbackThreshold = o.readDouble();
            ContentFallback fallback = fallbackThreshold > 1 ? ContentFallback.NONE : new ContentFallback(fallbackThreshold);
            return new AttributionModel(cues, roles, new CueTokenFeatures(cueGroups), new RoleFeatures(roleGroups),
                    boundaries, fallback, calibration, threshold, lexicon, classes);
        } catch (EOFException e) {
            throw new ModelLoadException(name + " is truncated", e);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            if (e instanceof ModelLoadException m) {
                throw m;
            }
            throw new ModelLoadException("cannot read " + name + ": " + e, e);
        }
    }

    private static <E extends Enum<E>> Set<E> groups(Class<E> type, String names) {
        Set<E> out = EnumSet.noneOf(type);
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                try {
                    out.add(Enum.valueOf(type, n));
                } catch (IllegalArgumentException e) {
                    throw new ModelLoadException("the model uses feature group " + n + ", unknown to this build", e);
                }
            }
        }
        return out;
    }
}
