package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.batch.BatchRunner;
import org.claimtrace.batch.OneAtATime;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputFormat;
import org.claimtrace.io.InputSource;
import org.claimtrace.json.Json;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.pipeline.ClaimTraceException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * {@code claimtrace serve}: a warm pipeline for small jobs. It loads the models once, runs a few built-in warm-up
 * articles so that the first real one does not pay for the JIT, says {@code ready} on stderr, and then answers
 * each JSONL article read from standard input with one line of result JSON on standard output, flushed at once,
 * in input order, until the input ends. A line that is not a usable article is answered with a result whose
 * status is {@code failed} and whose problem names the line; it never ends the session.
 */
final class ServeCommand extends CliCommand {
    /** Warm-up passes by default; twelve made the first answer no faster (docs/PERFORMANCE.md). */
    static final int DEFAULT_WARM_UP = 3;

    /** An invented article that goes through every stage: names, dates, a quotation, reported speech. */
    static final String WARM_UP_TEXT = """
            Harbourside council approves new ferry terminal

            The Harbourside council voted on Tuesday to build a ferry terminal by March 2027, its leader said.
            "This terminal will bring 300 jobs to the town," said Marta Quell, who leads the council. \
            She added that the project would cost about 40 million pounds.
            Opposition councillor Dev Aranda said the plan was rushed and demanded a public inquiry before the \
            end of the year. The port authority denied that it had been consulted last week.
            """;

    private final InputStream in;

    ServeCommand(InputStream in, PrintStream out, PrintStream err) {
        super(out, err);
        this.in = in;
    }

    static Options options() {
        Options o = new Options();
        PipelineOptions.addTo(o);
        o.addOption(Option.builder().longOpt("warm-up").hasArg().argName("N")
                .desc("built-in warm-up articles run before ready (default " + DEFAULT_WARM_UP + ", 0 for none)")
                .build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int execute(String[] args) {
        CommandLine cl = parse(options(), args, "serve");
        if (cl == null) {
            return Main.USAGE;
        }
        if (cl.hasOption("help")) {
            CliHelp.print(out, "claimtrace serve [options] < ARTICLES.jsonl",
                    "Loads the pipeline once, then answers each JSONL article on standard input (fields id, text, "
                            + "title, date, as in JSONL input) with one line of result JSON on standard output, "
                            + "in order, as soon as it is done.\n\n",
                    options(),
                    "\nstderr says 'claimtrace serve: ready' once loaded. Exit codes: 0 at the end of input; 2 usage "
                            + "error; 3 the pipeline could not start; 1 the output could not be written.");
            return Main.OK;
        }
        if (!cl.getArgList().isEmpty()) {
            return usage("serve reads standard input and takes no file: " + String.join(" ", cl.getArgList()));
        }
        long maxBytes;
        int maxParseTokens;
        Duration timeout;
        int warmUp;
        try {
            maxBytes = Long.parseLong(cl.getOptionValue("max-bytes", Long.toString(ArticleReader.DEFAULT_MAX_BYTES)));
            maxParseTokens = Integer.parseInt(cl.getOptionValue("max-parse-tokens",
                    Integer.toString(ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS)));
            timeout = Duration.ofMillis(Math.round(1000 * Double.parseDouble(cl.getOptionValue("timeout-seconds",
                    Long.toString(BatchRunner.DEFAULT_TIMEOUT.toSeconds())))));
            warmUp = Integer.parseInt(cl.getOptionValue("warm-up", Integer.toString(DEFAULT_WARM_UP)));
        } catch (NumberFormatException e) {
            return usage("--max-bytes, --max-parse-tokens, --timeout-seconds and --warm-up take a number: "
                    + e.getMessage());
        }
        if (maxBytes < 1 || maxParseTokens < 1 || timeout.isNegative() || warmUp < 0) {
            return usage("--max-bytes and --max-parse-tokens must be positive, --timeout-seconds and --warm-up "
                    + "not negative");
        }
        LocalDate date;
        try {
            date = PipelineOptions.date(cl);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        String models = cl.getOptionValue("models");
        if (models != null && !Files.isDirectory(Path.of(models))) {
            return usage("--models: no such directory: " + models);
        }
        ClaimTraceConfig config = new ClaimTraceConfig(models, date, cl.hasOption("fine-ner"), maxParseTokens);
        return serve(config, maxBytes, timeout, warmUp);
    }

    private int serve(ClaimTraceConfig config, long maxBytes, Duration timeout, int warmUp) {
        long t0 = System.nanoTime();
        ClaimTrace ct;
        try {
            ct = ClaimTrace.builder().config(config).build();
        } catch (ClaimTraceException e) {
            err.println("claimtrace serve: cannot start: " + e.getMessage());
            return Main.CANNOT_START;
        }
        try (ct; OneAtATime runner = new OneAtATime(ct, timeout)) {
            double load = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            warmUp(runner, warmUp, maxBytes);
            // the heap's first full collection after loading (about a second) would otherwise fall on an answer
            System.gc();
            err.printf(Locale.ROOT, "claimtrace serve: ready (models loaded in %.1f s, warm-up %.1f s)%n", load,
                    (System.nanoTime() - t1) / 1e9);
            err.flush();
            return answer(runner, in, out, err, maxBytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("claimtrace serve: interrupted");
            return Main.DOCUMENT_FAILED;
        }
    }

    /**
     * Runs {@code passes} built-in articles through the very path an answer takes (the JSONL reader, the
     * pipeline and the JSON writer), answers discarded: the first real answer would otherwise pay for the
     * reader's and the writer's first use (class loading, serializer construction, a cold JIT) as well.
     */
    static void warmUp(OneAtATime runner, int passes, long maxBytes) throws InterruptedException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < passes; i++) {
            lines.append(Json.compact(Map.of("id", "warm-up-" + (i + 1), "date", "2026-11-03", "text", WARM_UP_TEXT)))
                    .append('\n');
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        answer(runner, new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), discard, discard,
                maxBytes);
    }

    /**
     * Answers each JSONL article of {@code in} with one line on {@code out}, flushed before the next line is read;
     * returns the exit code: {@link Main#OK} at the end of input, {@link Main#DOCUMENT_FAILED} when the output
     * takes no more writes.
     */
    static int answer(OneAtATime runner, InputStream in, PrintStream out, PrintStream err, long maxBytes)
            throws InterruptedException {
        ArticleReader reader = new ArticleReader(maxBytes);
        try (ArticleReader.ArticleIterator articles = reader.read(new InputSource(null, "stdin", InputFormat.JSONL), in)) {
            while (articles.hasNext()) {
                DocumentResult result = runner.process(articles.next());
                byte[] line = (Json.compact(result) + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(line, 0, line.length);
                out.flush();
                if (out.checkError()) {
                    err.println("claimtrace serve: cannot write to standard output (closed pipe?); stopping");
                    return Main.DOCUMENT_FAILED;
                }
            }
        }
        return Main.OK;
    }

    private int usage(String message) {
        err.println("claimtrace serve: " + message);
        err.println("Try 'claimtrace serve --help' for usage.");
        return Main.USAGE;
    }
}
