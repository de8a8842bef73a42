package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.claimtrace.aggregate.Aggregate;
import org.claimtrace.aggregate.Aggregator;
import org.claimtrace.aggregate.BatchFiles;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code claimtrace aggregate [--out DIR] OUTPUT_DIR}: the cross-document view of a batch's JSON. */
final class AggregateCommand extends CliCommand {

    AggregateCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR")
                .desc("where aggregate.json and edges.csv go (default: OUTPUT_DIR/aggregate)").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no summary line").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int execute(String[] args) {
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(options(), args);
        } catch (ParseException e) {
            return usage(e.getMessage());
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace aggregate [--out DIR] OUTPUT_DIR",
                    "Merges the entities of a batch's JSON output across documents and lists, for each, the claims "
                            + "it made and the claims made about it, by date. Writes aggregate.json and edges.csv "
                            + "(claimant -> subject).\n\n", options(), "");
            return Main.OK;
        }
        if (cl.getArgList().size() != 1) {
            return usage("aggregate takes one OUTPUT_DIR (the JSON output of a run)");
        }
        Path in = Path.of(cl.getArgList().get(0));
        if (!Files.isDirectory(in)) {
            return usage("no such directory: " + in);
        }
        Path dest = cl.hasOption("out") ? Path.of(cl.getOptionValue("out")) : in.resolve("aggregate");
        try {
            List<DocumentResult> docs = BatchFiles.read(in, w -> err.println("claimtrace: " + w));
            if (docs.isEmpty()) {
                return usage("no claimtrace JSON documents in " + in);
            }
            Aggregator agg = Aggregator.of(docs);
            BatchFiles.write(agg, dest);
            if (!cl.hasOption("quiet")) {
                List<Aggregate.MergedEntity> entities = agg.aggregate().entities();
                long shared = entities.stream().filter(e -> e.documentCount() > 1).count();
                err.println("documents: " + docs.size() + ", entities: " + entities.size() + ", in several documents: "
                        + shared + ", edges: " + agg.edges().size() + ", output: " + dest);
            }
            return Main.OK;
        } catch (IOException | ClaimTraceException e) {
            err.println("claimtrace: aggregate: " + e.getMessage());
            return Main.DOCUMENT_FAILED;
        }
    }

    private int usage(String message) {
        err.println("claimtrace: " + message);
        err.println("Try 'claimtrace aggregate --help' for usage.");
        return Main.USAGE;
    }
}
