package org.claimtrace.tools.bench;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.cli.CliCommand;
import org.claimtrace.cli.CliHelp;
import org.claimtrace.cli.Main;
import org.claimtrace.cli.ToolCommand;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code claimtrace bench [CORPUS]}: claimtrace beside raw CoreNLP on the same documents, in one run.
 */
public final class BenchCommand extends CliCommand {
    static final String DEFAULT_CORPUS = "../shared/eval/wikinews";

    BenchCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("docs").hasArg().argName("N")
                .desc("documents to time (default: every distinct article of the corpus, less the warm-up ones)").build());
        o.addOption(Option.builder().longOpt("warmup-docs").hasArg().argName("N")
                .desc("articles used only to warm the JVM, never timed (default " + BenchRunner.WARM_UP_DOCUMENTS
                        + "; from the timed corpus, at most a fifth of it)").build());
        o.addOption(Option.builder().longOpt("warmup-from").hasArg().argName("DIR[,DIR...]")
                .desc("take the warm-up articles from this corpus instead (comma-separated for several), so that "
                        + "every article of the timed corpus is timed; articles also in the timed corpus are left out")
                .build());
        o.addOption(Option.builder().longOpt("replicate").desc("allow --docs above the corpus size by repeating "
                + "articles; repeats flatter content-keyed caches, so the distinct-only figure is printed too").build());
        o.addOption(Option.builder().longOpt("threads").hasArg().argName("LIST")
                .desc("thread counts to measure, comma-separated (default 1,2)").build());
        o.addOption(Option.builder().longOpt("baseline-docs").hasArg().argName("N")
                .desc("raw CoreNLP runs on the first N of the same timed documents (default: all of them); it is "
                        + "about ten times slower").build());
        o.addOption(Option.builder().longOpt("no-baseline").desc("measure claimtrace only").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int execute(String[] args) {
        CommandLine cl = parse(options(), args, "bench");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace bench [options] [CORPUS_DIR...]",
                    "Runs claimtrace and raw CoreNLP (" + BenchRunner.RAW
                            + ") on the same documents and prints a Markdown table.\n\n", options(),
                    "\nDefault corpus: " + DEFAULT_CORPUS + ". Give the JVM room: CLAIMTRACE_HEAP=8g ./claimtrace bench");
            return Main.OK;
        }
        List<Path> corpus = new ArrayList<>();
        List<Path> warmUpCorpus = new ArrayList<>();
        String[] warmFrom = cl.hasOption("warmup-from") ? cl.getOptionValue("warmup-from").split(",") : new String[0];
        for (String a : cl.getArgList().isEmpty() ? List.of(DEFAULT_CORPUS) : cl.getArgList()) {
            corpus.add(Path.of(a));
        }
        for (String a : warmFrom) {
            warmUpCorpus.add(Path.of(a));
        }
        for (Path p : concat(corpus, warmUpCorpus)) {
            if (!Files.exists(p)) {
                err.println("claimtrace bench: no such corpus: " + p);
                return Main.USAGE;
            }
        }
        int docs;
        int warmUp;
        int baselineDocs;
        List<Integer> threads = new ArrayList<>();
        try {
            docs = Integer.parseInt(cl.getOptionValue("docs", "0"));
            warmUp = Integer.parseInt(cl.getOptionValue("warmup-docs", Integer.toString(BenchRunner.WARM_UP_DOCUMENTS)));
            baselineDocs = Integer.parseInt(cl.getOptionValue("baseline-docs", "0"));
            for (String t : cl.getOptionValue("threads", "1,2").split(",")) {
                threads.add(Integer.parseInt(t.strip()));
            }
        } catch (NumberFormatException e) {
            err.println("claimtrace bench: --docs, --baseline-docs and --threads take whole numbers");
            return Main.USAGE;
        }
        if (docs < 0 || warmUp < 0 || baselineDocs < 0 || threads.stream().anyMatch(t -> t < 1)) {
            err.println("claimtrace bench: --threads must be at least 1, --docs, --warmup-docs and --baseline-docs"
                    + " at least 0");
            return Main.USAGE;
        }
        BenchCorpus.Split split;
        try {
            split = BenchCorpus.load(corpus, warmUpCorpus, warmUp, docs, cl.hasOption("replicate"));
        } catch (IllegalArgumentException e) {
            err.println("claimtrace bench: " + e.getMessage());
            return Main.USAGE;
        }
        if (split.note() != null) {
            err.println("claimtrace bench: " + split.note());
        }
        String source = warmUpCorpus.isEmpty() ? corpus.toString()
                : corpus + " (warm-up: " + warmUpCorpus + ")";
        new BenchRunner(out, err).run(source, split, cl.hasOption("no-baseline") ? -1 : baselineDocs, threads);
        return Main.OK;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code claimtrace bench}, listed for {@link org.claimtrace.cli.Main} in META-INF/services. */
    public static final class Tool extends ToolCommand.Of {
        public Tool() {
            super("bench", (args, out, err) -> new BenchCommand(out, err).execute(args));
        }
    }
}
