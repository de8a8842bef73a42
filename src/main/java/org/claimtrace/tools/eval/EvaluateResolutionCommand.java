package org.claimtrace.tools.eval;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.ClaimTrace;
import org.claimtrace.cli.CliCommand;
import org.claimtrace.cli.CliHelp;
import org.claimtrace.cli.Main;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.tools.FanOut;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code claimtrace evaluate resolution --meantime FILE [--baseline | --baseline-only] [--errors FILE]}: linking
 * accuracy of pronominal and nominal PERSON/ORGANIZATION mentions ({@link MeantimeMentions},
 * {@link ResolutionScorer}) for claimtrace and, with the same scorer on the same documents, raw CoreNLP
 * coreference ({@link CorefBaseline}).
 */
public final class EvaluateResolutionCommand extends CliCommand {

    public EvaluateResolutionCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("meantime").hasArg().argName("FILE").required()
                .desc("MEANTIME JSONL (meantime_en_intra-doc.jsonl)").build());
        o.addOption(Option.builder().longOpt("baseline")
                .desc("also score raw CoreNLP coref (" + CorefBaseline.ANNOTATORS + ")").build());
        o.addOption(Option.builder().longOpt("baseline-only").desc("score raw CoreNLP coref only").build());
        o.addOption(Option.builder().longOpt("errors").hasArg().argName("FILE")
                .desc("write every scored mention with the outcome as TSV (per system, suffixed)").build());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N").desc("worker threads").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    public int execute(String[] args) {
        CommandLine cl = parse(options(), args, "evaluate resolution");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace evaluate resolution --meantime FILE [options]", "", options(), "");
            return Main.OK;
        }
        Path file = Path.of(cl.getOptionValue("meantime"));
        List<ResolutionGold> gold;
        try {
            gold = MeantimeMentions.read(file);
        } catch (IOException | RuntimeException e) {
            err.println("claimtrace evaluate resolution: cannot read gold data: " + e.getMessage());
            return Main.USAGE;
        }
        int threads = Integer.parseInt(cl.getOptionValue("threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        int scored = gold.stream().mapToInt(g -> g.mentions().size()).sum();
        out.printf(Locale.ROOT, "# resolution evaluation on MEANTIME %s (sentences 0-5): %d documents, %d scored "
                + "mentions%n%n", file.getFileName(), gold.size(), scored);
        String errors = cl.getOptionValue("errors");
        try {
            if (!cl.hasOption("baseline-only")) {
                try (ClaimTrace ct = ClaimTrace.builder().build()) {
                    report("claimtrace", gold, run(gold, g -> ClaimTraceLinks.annotate(ct, g.document()), threads),
                            errors == null ? null : Path.of(errors + ".claimtrace.tsv"));
                }
            }
            if (cl.hasOption("baseline") || cl.hasOption("baseline-only")) {
                ThreadLocal<CorefBaseline> baseline = ThreadLocal.withInitial(CorefBaseline::new);
                report("raw CoreNLP (" + CorefBaseline.ANNOTATORS + ")", gold,
                        run(gold, g -> baseline.get().annotate(g.document()), threads),
                        errors == null ? null : Path.of(errors + ".corenlp.tsv"));
            }
        } catch (ClaimTraceException e) {
            err.println("claimtrace evaluate resolution: " + e.getMessage());
            return Main.CANNOT_START;
        } catch (IOException e) {
            err.println("claimtrace evaluate resolution: cannot write errors: " + e.getMessage());
            return Main.CANNOT_START;
        }
        return Main.OK;
    }

    private static List<ResolutionLinks> run(List<ResolutionGold> gold, Function<ResolutionGold, ResolutionLinks> system,
                                             int threads) {
        return FanOut.map("resolution", gold, threads, system);
    }

    private void report(String system, List<ResolutionGold> gold, List<ResolutionLinks> links, Path errors) throws IOException {
        ResolutionScorer scorer = new ResolutionScorer();
        for (int i = 0; i < gold.size(); i++) {
            scorer.add(gold.get(i), links.get(i));
        }
        out.println("## " + system);
        out.println();
        out.println(scorer.toMarkdown());
        out.flush();
        if (errors != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
                w.println("document\tkind\ttype\tbegin\tmention\tcorrect\tpredicted\texpected");
                for (ResolutionScorer.Outcome o : scorer.outcomes()) {
                    w.printf(Locale.ROOT, "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s%n", o.document(), o.mention().kind(),
                            o.mention().type(), o.mention().span().begin(), o.mention().text(), o.correct(),
                            o.predicted(), o.expected());
                }
            }
        }
    }
}
