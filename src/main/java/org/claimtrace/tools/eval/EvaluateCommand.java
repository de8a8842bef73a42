package org.claimtrace.tools.eval;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.ClaimTrace;
import org.claimtrace.cli.CliCommand;
import org.claimtrace.cli.CliHelp;
import org.claimtrace.cli.Main;
import org.claimtrace.cli.ToolCommand;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.tools.FanOut;
import org.claimtrace.tools.eval.attribution.EvaluateAttributionCommand;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code claimtrace evaluate ner|timex --meantime FILE | --conll FILE | --tml PATH [--baseline]}
 * (and {@code evaluate attribution}, {@code evaluate resolution}, {@code evaluate claimants}, with their own
 * options): scores claimtrace (and optionally raw CoreNLP, on the same documents with the same scorer) and prints
 * Markdown tables.
 */
public final class EvaluateCommand extends CliCommand {
    private static final Set<String> NER_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    EvaluateCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("meantime").hasArg().argName("FILE")
                .desc("MEANTIME JSONL (named PER/LOC/ORG in sentences 0-5; TIMEX3 with values)").build());
        o.addOption(Option.builder().longOpt("conll").hasArg().argName("FILE")
                .desc("CoNLL-2003 column file (ner only)").build());
        o.addOption(Option.builder().longOpt("tml").hasArg().argName("PATH")
                .desc("TimeML .tml file or directory, TempEval-3 style (timex only)").build());
        o.addOption(Option.builder().longOpt("baseline")
                .desc("also score raw CoreNLP (tokenize,ssplit,pos,lemma,ner with defaults)").build());
        o.addOption(Option.builder().longOpt("errors")
                .desc("timex: also print the errors by class (value errors, missed, spurious)").build());
        o.addOption(Option.builder().longOpt("errors-tsv").hasArg().argName("FILE")
                .desc("timex: write claimtrace's errors, one per line, to FILE").build());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N").desc("worker threads").build());
        o.addOption(Option.builder().longOpt("fine-ner").desc("also run CoreNLP's fine-grained NER rules").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int execute(String[] args) {
        if (args.length == 0 || !(args[0].equals("ner") || args[0].equals("timex") || args[0].equals("attribution")
                || args[0].equals("resolution") || args[0].equals("claimants"))) {
            err.println("claimtrace evaluate: expected 'ner', 'timex', 'attribution', 'resolution' or 'claimants'");
            return Main.USAGE;
        }
        String what = args[0];
        if (what.equals("attribution")) {
            return new EvaluateAttributionCommand(out, err).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (what.equals("resolution")) {
            return new EvaluateResolutionCommand(out, err).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (what.equals("claimants")) {
            return new ClaimantCheck(out, err).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        CommandLine cl = parse(options(), java.util.Arrays.copyOfRange(args, 1, args.length), "evaluate");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace evaluate ner|timex [options]", "", options(), "");
            return Main.OK;
        }
        List<GoldDocument> gold;
        String dataName;
        try {
            if (cl.hasOption("meantime")) {
                Path p = Path.of(cl.getOptionValue("meantime"));
                gold = what.equals("ner") ? MeantimeReader.readNer(p) : MeantimeReader.readTimex(p);
                dataName = "MEANTIME " + p.getFileName() + " (sentences 0-" + (MeantimeReader.SCORED_SENTENCES - 1) + ")";
            } else if (cl.hasOption("conll") && what.equals("ner")) {
                Path p = Path.of(cl.getOptionValue("conll"));
                gold = ConllReader.read(p);
                dataName = "CoNLL " + p.getFileName();
            } else if (cl.hasOption("tml") && what.equals("timex")) {
                Path p = Path.of(cl.getOptionValue("tml"));
                gold = TimeMlReader.read(p);
                dataName = "TimeML " + p.getFileName();
            } else {
                err.println("claimtrace evaluate " + what + ": give --meantime, or --conll (ner) or --tml (timex)");
                return Main.USAGE;
            }
        } catch (IOException | RuntimeException e) {
            err.println("claimtrace evaluate: cannot read gold data: " + e.getMessage());
            return Main.USAGE;
        }
        int threads = Integer.parseInt(cl.getOptionValue("threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        out.printf(Locale.ROOT, "# %s evaluation on %s: %d documents%n%n", what, dataName, gold.size());
        boolean errors = cl.hasOption("errors") || cl.hasOption("errors-tsv");
        try (ClaimTrace ct = ClaimTrace.builder().fineGrainedNer(cl.hasOption("fine-ner")).build()) {
            // time expressions are final after the time stage: the timex evaluation runs only up to it
            ClaimTraceSystem system = what.equals("timex") ? ClaimTraceSystem.throughTime(ct.config())
                    : new ClaimTraceSystem(ct);
            List<RawCoreNlpBaseline.Output> pred = runAll(gold, system::annotate, threads);
            report("claimtrace", what, gold, pred);
            if (errors && what.equals("timex")) {
                TimexErrors found = errors(gold, pred);
                if (cl.hasOption("errors-tsv")) {
                    java.nio.file.Files.writeString(Path.of(cl.getOptionValue("errors-tsv")), found.toTsv());
                }
            }
        } catch (IOException e) {
            err.println("claimtrace evaluate: cannot write errors: " + e.getMessage());
            return Main.CANNOT_START;
        } catch (ClaimTraceException e) {
            err.println("claimtrace evaluate: " + e.getMessage());
            return Main.CANNOT_START;
        }
        if (cl.hasOption("baseline")) {
            RawCoreNlpBaseline baseline = new RawCoreNlpBaseline();
            List<RawCoreNlpBaseline.Output> pred = runAll(gold, baseline::annotate, threads);
            report("raw CoreNLP (" + RawCoreNlpBaseline.ANNOTATORS + ")", what, gold, pred);
            if (errors && what.equals("timex")) {
                errors(gold, pred);
            }
        }
        return Main.OK;
    }

    private void report(String system, String what, List<GoldDocument> gold, List<RawCoreNlpBaseline.Output> pred) {
        out.println("## " + system);
        out.println();
        if (what.equals("ner")) {
            NerScorer exact = new NerScorer(NerScorer.Matching.EXACT, NER_TYPES);
            NerScorer overlap = new NerScorer(NerScorer.Matching.OVERLAP, NER_TYPES);
            for (int i = 0; i < gold.size(); i++) {
                exact.add(gold.get(i), pred.get(i).entities());
                overlap.add(gold.get(i), pred.get(i).entities());
            }
            out.println("Exact span and type:\n");
            out.println(exact.result().toMarkdown());
            out.println("Overlapping span, same type:\n");
            out.println(overlap.result().toMarkdown());
        } else {
            TimexScorer scorer = new TimexScorer();
            for (int i = 0; i < gold.size(); i++) {
                scorer.add(gold.get(i), pred.get(i).timexes());
            }
            out.println(scorer.result().toMarkdown());
        }
        out.flush();
    }

    /** Prints the error table of one system's predictions; returns the errors. */
    private TimexErrors errors(List<GoldDocument> gold, List<RawCoreNlpBaseline.Output> pred) {
        TimexErrors found = new TimexErrors();
        for (int i = 0; i < gold.size(); i++) {
            found.add(gold.get(i), pred.get(i).timexes());
        }
        out.println("Errors by class (the first class that fits; value errors are relaxed matches):\n");
        out.println(found.toMarkdown());
        out.flush();
        return found;
    }

    private static List<RawCoreNlpBaseline.Output> runAll(List<GoldDocument> gold,
                                                          Function<GoldDocument, RawCoreNlpBaseline.Output> system,
                                                          int threads) {
        return FanOut.map("evaluation", gold, threads, system);
    }

    /** {@code claimtrace evaluate ner|timex|attribution|resolution|claimants}, listed for {@link org.claimtrace.cli.Main} in META-INF/services. */
    public static final class Tool extends ToolCommand.Of {
        public Tool() {
            super("evaluate", (args, out, err) -> new EvaluateCommand(out, err).execute(args));
        }
    }
}
