package org.claimtrace.tools.train;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.claims.learn.AttributionModel;
import org.claimtrace.claims.learn.WordClasses;
import org.claimtrace.stages.StandardStages;
import org.claimtrace.tools.eval.attribution.Reliability;
import org.claimtrace.cli.CliCommand;
import org.claimtrace.cli.CliHelp;
import org.claimtrace.cli.Main;
import org.claimtrace.cli.ToolCommand;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.resources.ModelFiles;
import org.claimtrace.tools.eval.attribution.AttributionDoc;
import org.claimtrace.tools.eval.attribution.BratReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * {@code claimtrace train attribution --data DIR [--out FILE] [--threads N] [--models DIR] [--prepared FILE]}:
 * trains the attribution model ({@link AttributionModel}) from brat attribution gold (text/*.txt,
 * attributions/*.ann), such as PolNeAR train.
 */
public final class TrainCommand extends CliCommand {
    private static final String USAGE_LINE = "usage: claimtrace train attribution --data DIR [--out FILE] [--threads N]"
            + " [--models DIR] [--prepared FILE]";

    TrainCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("data").hasArg().argName("DIR").required()
                .desc("training gold: text/*.txt and attributions/*.ann (brat standoff), e.g. PolNeAR train").build());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                .desc("where to write the model (default models/" + AttributionModel.FILE + ")").build());
        o.addOption(Option.builder().longOpt("models").hasArg().argName("DIR")
                .desc("models directory with the cue lexicon (default: the packaged copy)").build());
        o.addOption(Option.builder().longOpt("prepared").hasArg().argName("FILE")
                .desc("cache of the analysed documents (gzip JSON lines): read when it exists, else written").build());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N")
                .desc("worker threads for the analysis and the training (default 2)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int execute(String[] args) {
        if (args.length == 0 || !args[0].equals("attribution")) {
            err.println(USAGE_LINE);
            return Main.USAGE;
        }
        CommandLine cl = parse(options(), Arrays.copyOfRange(args, 1, args.length), "train attribution");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace train attribution --data DIR [options]", "", options(), "");
            return Main.OK;
        }
        Path data = Path.of(cl.getOptionValue("data"));
        Path target = Path.of(cl.getOptionValue("out", "models/" + AttributionModel.FILE));
        int threads;
        try {
            threads = Integer.parseInt(cl.getOptionValue("threads", "2"));
        } catch (NumberFormatException e) {
            err.println("claimtrace train attribution: --threads must be a number");
            return Main.USAGE;
        }
        List<AttributionDoc> docs;
        try {
            docs = new ArrayList<>(BratReader.readCorpus(data));
        } catch (IOException | RuntimeException e) {
            err.println("claimtrace train attribution: cannot read " + data + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (docs.isEmpty()) {
            err.println("claimtrace train attribution: " + data + " holds no documents");
            return Main.USAGE;
        }
        docs.sort(Comparator.comparing(AttributionDoc::id));
        try {
            long t0 = System.nanoTime();
            Path modelsDir = cl.hasOption("models") ? Path.of(cl.getOptionValue("models")) : null;
            ModelFiles files = new ModelFiles(modelsDir);
            CueLexicon lexicon = StandardStages.lexicon(files);
            out.printf(Locale.ROOT, "# training the attribution model on %s: %d documents%n", data, docs.size());
            List<PreparedDoc> prepared = prepared(cl, docs, modelsDir, threads);
            WordClasses classes = StandardStages.wordClasses(StandardStages.analysis(modelsDir, false));
            Map<String, AttributionDoc> byId = new HashMap<>();
            docs.forEach(d -> byId.put(d.id(), d));
            List<AlignedDoc> aligned = new ArrayList<>();
            for (PreparedDoc p : prepared) {
                AttributionDoc gold = byId.get(p.id());
                if (gold == null) {
                    throw new ClaimTraceException("the prepared file holds " + p.id() + ", which is not in " + data
                            + ": delete it or pass the matching --data");
                }
                aligned.add(AlignedDoc.of(p, gold, lexicon, classes));
            }
            aligned.sort(Comparator.comparing(a -> a.gold().id()));
            double analysisSeconds = (System.nanoTime() - t0) / 1e9;
            AttributionTrainer.Result r = new AttributionTrainer(AttributionTrainer.Settings.defaults(threads), lexicon,
                    classes, out).train(aligned);
            out.printf(Locale.ROOT, "training: %d documents; calibration: the last %d (by id), held out of both taggers%n",
                    r.trainDocs(), r.calibrationDocs());
            out.printf(Locale.ROOT, "time: analysis %.0f s, cue tagger %.0f s, role tagger %.0f s, total %.0f s%n",
                    analysisSeconds, r.cueSeconds(), r.roleSeconds(), (System.nanoTime() - t0) / 1e9);
            out.println("## calibration documents\n" + r.heldOut().toMarkdown());
            out.println("## reliability on the calibration documents\n" + Reliability.toMarkdown(r.reliability()));
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream os = Files.newOutputStream(target)) {
                r.model().write(os);
            }
            out.printf(Locale.ROOT, "wrote %s (%d bytes), fingerprint %s%n", target, Files.size(target),
                    r.model().fingerprint());
        } catch (IOException | ClaimTraceException e) {
            err.println("claimtrace train attribution: " + e.getMessage());
            return Main.CANNOT_START;
        }
        return Main.OK;
    }

    private List<PreparedDoc> prepared(CommandLine cl, List<AttributionDoc> docs, Path modelsDir, int threads)
            throws IOException {
        Path cache = cl.hasOption("prepared") ? Path.of(cl.getOptionValue("prepared")) : null;
        if (cache != null && Files.exists(cache)) {
            out.println("analysed documents read from " + cache);
            return CorpusPreparer.read(cache);
        }
        ClaimTraceConfig config = modelsDir == null ? ClaimTraceConfig.defaults() : ClaimTraceConfig.defaults().withModelsDir(modelsDir);
        List<PreparedDoc> prepared = new CorpusPreparer(config, err).prepareAll(docs, threads);
        if (cache != null) {
            CorpusPreparer.write(prepared, cache);
        }
        return prepared;
    }

    /** {@code claimtrace train attribution}, listed for {@link org.claimtrace.cli.Main} in META-INF/services. */
    public static final class Tool extends ToolCommand.Of {
        public Tool() {
            super("train", (args, out, err) -> new TrainCommand(out, err).execute(args));
        }
    }
}
