package org.claimtrace.tools.eval.attribution;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.ClaimTrace;
import org.claimtrace.cli.CliCommand;
import org.claimtrace.cli.CliHelp;
import org.claimtrace.cli.Main;
import org.claimtrace.model.Article;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.tools.FanOut;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code claimtrace evaluate attribution --gold DIR [--baseline] [--predictions DIR] [--write DIR]}: scores
 * attributions against brat standoff gold (a folder with text/*.txt and attributions/*.ann, one annotator
 * file per article, the first in sort order): cue, source and content under exact and token-overlap
 * matching, and whole relations.
 */
public final class EvaluateAttributionCommand extends CliCommand {

    public EvaluateAttributionCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("gold").hasArg().argName("DIR").required()
                .desc("gold folder: text/*.txt and attributions/*.ann (brat standoff)").build());
        o.addOption(Option.builder().longOpt("predictions").hasArg().argName("DIR")
                .desc("score these .ann predictions (any system) instead of running claimtrace").build());
        o.addOption(Option.builder().longOpt("baseline")
                .desc("also score CoreNLP's quote attribution (tokenize..coref,quote) on the same texts").build());
        o.addOption(Option.builder().longOpt("write").hasArg().argName("DIR")
                .desc("write claimtrace's predictions as .ann files to DIR").build());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N").desc("worker threads").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    public int execute(String[] args) {
        CommandLine cl = parse(options(), args, "evaluate attribution");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace evaluate attribution --gold DIR [options]", "",
                    options(), "");
            return Main.OK;
        }
        Path goldDir = Path.of(cl.getOptionValue("gold"));
        List<AttributionDoc> gold;
        try {
            gold = BratReader.readCorpus(goldDir);
        } catch (IOException | RuntimeException e) {
            err.println("claimtrace evaluate attribution: cannot read gold data in " + goldDir + ": " + e.getMessage());
            return Main.USAGE;
        }
        int threads = Integer.parseInt(cl.getOptionValue("threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        out.printf(Locale.ROOT, "# attribution evaluation on %s: %d documents%n%n", goldDir, gold.size());
        try {
            if (cl.hasOption("predictions")) {
                Path dir = Path.of(cl.getOptionValue("predictions"));
                List<AttributionDoc> pred = new ArrayList<>();
                for (AttributionDoc g : gold) {
                    pred.add(BratReader.readPrediction(dir, g));
                }
                report("predictions in " + dir, gold, pred);
                return Main.OK;
            }
            List<List<Reliability.Scored>> scored;
            try (ClaimTrace ct = ClaimTrace.builder().build()) {
                scored = FanOut.map("attribution run", gold, threads,
                        g -> ClaimsToAttributions.scored(ct.process(Article.of(g.id(), g.text()))));
            }
            List<AttributionDoc> pred = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                pred.add(new AttributionDoc(gold.get(i).id(), gold.get(i).text(),
                        scored.get(i).stream().map(Reliability.Scored::attribution).toList()));
            }
            report("claimtrace", gold, pred);
            out.println("## claimtrace: reliability of the confidence (overlap match of cue, source and content)");
            out.println();
            out.println(Reliability.toMarkdown(Reliability.table(Reliability.outcomes(gold, scored))));
            if (cl.hasOption("write")) {
                for (AttributionDoc d : pred) {
                    BratWriter.write(d, Path.of(cl.getOptionValue("write")));
                }
            }
            if (cl.hasOption("baseline")) {
                CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline();
                report("CoreNLP quote attribution", gold, runAll(gold, g -> baseline.annotate(g.text()), threads));
            }
        } catch (IOException | ClaimTraceException e) {
            err.println("claimtrace evaluate attribution: " + e.getMessage());
            return Main.CANNOT_START;
        }
        return Main.OK;
    }

    private void report(String system, List<AttributionDoc> gold, List<AttributionDoc> pred) {
        AttributionResult r = AttributionScorer.score(gold, pred);
        out.println("## " + system);
        out.println();
        out.println(r.toMarkdown());
        out.flush();
    }

    private static List<AttributionDoc> runAll(List<AttributionDoc> gold, Function<AttributionDoc, List<Attribution>> system,
                                               int threads) {
        return FanOut.map("attribution run", gold, threads, g -> new AttributionDoc(g.id(), g.text(), system.apply(g)));
    }
}
