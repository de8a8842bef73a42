package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.bench.BenchRunner;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code claimtrace bench [CORPUS]}: claimtrace beside raw CoreNLP on the same documents, in one run.
 */
final class BenchCommand extends CliCommand {
    static final String DEFAULT_CORPUS = "../shared/eval/wikinews";

    BenchCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("docs").hasArg().argName("N")
                .desc("documents, replicating the corpus as needed (default 1000)").build());
        o.addOption(Option.builder().longOpt("threads").hasArg().argName("LIST")
                .desc("thread counts to measure, comma-separated (default 1,2)").build());
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
            CliHelp.print(out, "claimtrace bench [options] [CORPUS_DIR]",
                    "Runs claimtrace and raw CoreNLP (" + org.claimtrace.bench.BenchRunner.RAW
                            + ") on the same documents and prints a Markdown table.\n\n", options(),
                    "\nDefault corpus: " + DEFAULT_CORPUS + ". Give the JVM room: CLAIMTRACE_HEAP=8g ./claimtrace bench");
            return Main.OK;
        }
        Path corpus = Path.of(cl.getArgList().isEmpty() ? DEFAULT_CORPUS : cl.getArgList().get(0));
        if (!Files.isDirectory(corpus)) {
            err.println("claimtrace bench: no such corpus directory: " + corpus);
            return Main.USAGE;
        }
        int docs;
        List<Integer> threads = new ArrayList<>();
        try {
            docs = Integer.parseInt(cl.getOptionValue("docs", "1000"));
            for (String t : cl.getOptionValue("threads", "1,2").split(",")) {
                threads.add(Integer.parseInt(t.strip()));
            }
        } catch (NumberFormatException e) {
            err.println("claimtrace bench: --docs and --threads take whole numbers");
            return Main.USAGE;
        }
        new BenchRunner(out, err).run(corpus, docs, threads, !cl.hasOption("no-baseline"));
        return Main.OK;
    }
}
