package org.claimtrace.tools.train;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.claims.lexicon.CueLexicon;
import org.claimtrace.claims.MaxentCueScorer;
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
import java.util.List;
import java.util.Locale;

/**
 * {@code claimtrace train cues --data DIR [--out FILE] [--threads N] [--models DIR]}: trains the statistical
 * cue scorer ({@link MaxentCueScorer}) from brat attribution gold (text/*.txt, attributions/*.ann).
 */
public final class TrainCommand extends CliCommand {

    TrainCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("data").hasArg().argName("DIR").required()
                .desc("training gold: text/*.txt and attributions/*.ann (brat standoff), e.g. PolNeAR train").build());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                .desc("where to write the model (default models/" + MaxentCueScorer.FILE + ")").build());
        o.addOption(Option.builder().longOpt("models").hasArg().argName("DIR")
                .desc("models directory with the cue lexicon (default: the packaged copy)").build());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N")
                .desc("worker threads for parsing (default 2)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int execute(String[] args) {
        if (args.length == 0 || !args[0].equals("cues")) {
            err.println("usage: claimtrace train cues --data DIR [--out FILE] [--threads N]");
            return Main.USAGE;
        }
        CommandLine cl = parse(options(), java.util.Arrays.copyOfRange(args, 1, args.length), "train cues");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace train cues --data DIR [options]", "", options(), "");
            return Main.OK;
        }
        Path data = Path.of(cl.getOptionValue("data"));
        Path target = Path.of(cl.getOptionValue("out", "models/" + MaxentCueScorer.FILE));
        int threads;
        try {
            threads = Integer.parseInt(cl.getOptionValue("threads", "2"));
        } catch (NumberFormatException e) {
            err.println("claimtrace train cues: --threads must be a number");
            return Main.USAGE;
        }
        List<AttributionDoc> docs;
        try {
            docs = BratReader.readCorpus(data);
        } catch (IOException | RuntimeException e) {
            err.println("claimtrace train cues: cannot read " + data + ": " + e.getMessage());
            return Main.USAGE;
        }
        try {
            ModelFiles files = new ModelFiles(cl.hasOption("models") ? Path.of(cl.getOptionValue("models")) : null);
            CueLexicon lexicon = new CueLexicon(files.readTsv(CueLexicon.FILE));
            out.printf(Locale.ROOT, "# training cue scorer on %s: %d documents%n", data, docs.size());
            CueTrainer.Result r = new CueTrainer(lexicon, out).train(docs, threads);
            out.printf(Locale.ROOT, "training:  %d documents, %d candidate words, %d cues%n", r.trainDocs(),
                    r.trainEvents(), r.trainPositives());
            out.printf(Locale.ROOT, "held out:  %d documents (last in id order), %d candidate words, %d cues%n",
                    r.heldOutDocs(), r.heldOutEvents(), r.heldOutPositives());
            out.printf(Locale.ROOT, "thresholds: lexicon %.2f, open %.2f%n", r.scorer().lexiconThreshold(),
                    r.scorer().openThreshold());
            out.println("held-out cue detection, trained scorer: " + r.heldOut());
            out.println("held-out cue detection, lexicon only:   " + r.lexiconOnly());
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream os = Files.newOutputStream(target)) {
                r.scorer().save(os);
            }
            out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", target, Files.size(target));
        } catch (IOException | ClaimTraceException e) {
            err.println("claimtrace train cues: " + e.getMessage());
            return Main.CANNOT_START;
        }
        return Main.OK;
    }

    /** {@code claimtrace train cues}, listed for {@link org.claimtrace.cli.Main} in META-INF/services. */
    public static final class Tool extends ToolCommand.Of {
        public Tool() {
            super("train", (args, out, err) -> new TrainCommand(out, err).execute(args));
        }
    }
}
