package org.claimtrace.tools.eval.attribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a directory of predicted {@code <doc>.ann} files against a PolNeAR-style gold directory
 * ({@code text/<doc>.txt}, {@code attributions/<doc>_<annotator>.ann}, first annotator file per
 * article). Documents are paired by id, the file stem of the .txt; a missing prediction file is an
 * empty prediction.
 *
 * <p>Usage: {@code EvaluateAttribution <goldDir> <predDir>}; prints a Markdown table.
 */
public final class EvaluateAttribution {

    private EvaluateAttribution() {
    }

    /** Reads gold and predictions and scores them. */
    public static AttributionResult run(Path goldDir, Path predDir) throws IOException {
        List<AttributionDoc> gold = BratReader.readCorpus(goldDir);
        List<AttributionDoc> pred = new ArrayList<>();
        for (AttributionDoc g : gold) {
            pred.add(BratReader.readPrediction(predDir, g));
        }
        return AttributionScorer.score(gold, pred);
    }

    /** Command line entry point. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvaluateAttribution <goldDir> <predDir>");
            System.exit(2);
        }
        System.out.print(run(Path.of(args[0]), Path.of(args[1])).toMarkdown());
    }
}
