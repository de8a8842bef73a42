package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.batch.BatchRunner;
import org.claimtrace.io.ArticleReader;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The options of every command that runs the pipeline ({@code run} and {@code serve}): one wording for both. */
final class PipelineOptions {
    private PipelineOptions() {
    }

    static Options addTo(Options o) {
        o.addOption(Option.builder().longOpt("date").hasArg().argName("YYYY-MM-DD")
                .desc("document date for articles whose metadata has none").build());
        o.addOption(Option.builder().longOpt("models").hasArg().argName("DIR")
                .desc("project models directory (default: the copy inside the jar)").build());
        o.addOption(Option.builder().longOpt("max-bytes").hasArg().argName("N")
                .desc("largest document accepted, in bytes (default " + ArticleReader.DEFAULT_MAX_BYTES + ")").build());
        o.addOption(Option.builder().longOpt("max-parse-tokens").hasArg().argName("N")
                .desc("longest sentence parsed, in tokens; longer ones make the document partial (default "
                        + ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS + ")").build());
        o.addOption(Option.builder().longOpt("timeout-seconds").hasArg().argName("S")
                .desc("time budget per document; over it the document gets status timeout (default "
                        + BatchRunner.DEFAULT_TIMEOUT.toSeconds() + ", 0 for none)").build());
        o.addOption(Option.builder().longOpt("fine-ner")
                .desc("also run CoreNLP's fine-grained NER rules (slower; by default location subtypes come from "
                        + "a gazetteer look-up)").build());
        return o;
    }

    /**
     * The {@code --date} option, or null when it is not given.
     *
     * @throws IllegalArgumentException with the usage message when it is not an ISO date
     */
    static LocalDate date(CommandLine cl) {
        if (!cl.hasOption("date")) {
            return null;
        }
        try {
            return LocalDate.parse(cl.getOptionValue("date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date takes YYYY-MM-DD, not '" + cl.getOptionValue("date") + "'", e);
        }
    }
}
