package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.batch.BatchRunner;
import org.claimtrace.batch.BatchStop;
import org.claimtrace.batch.BatchSummary;
import org.claimtrace.batch.Fingerprints;
import org.claimtrace.output.FailureLog;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.output.IoReasons;
import org.claimtrace.output.JsonDirectorySink;
import org.claimtrace.output.JsonLinesFileSink;
import org.claimtrace.output.JsonStreamSink;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.csv.CsvTablesSink;
import org.claimtrace.output.html.HtmlSink;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.pipeline.InputException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code claimtrace [options] INPUT...}: the batch run. */
final class RunCommand extends CliCommand {
    static final List<String> FORMATS = List.of("json", "jsonl", "csv", "html");
    /** Formats that write several files and so need a directory. */
    static final List<String> TABLE_FORMATS = List.of("csv", "html");
    /** Formats whose output directory records what is done, so that {@code --resume} can skip it. */
    static final List<String> RESUMABLE_FORMATS = List.of("json", "jsonl");


    /** Names of not-processed documents printed after an early stop; the rest are counted. */
    static final int MAX_NAMED = 100;

    private final BatchStop stop;

    RunCommand(PrintStream out, PrintStream err) {
        this(out, err, new BatchStop());
    }

    /** @param stop how signal handlers stop the batch */
    RunCommand(PrintStream out, PrintStream err, BatchStop stop) {
        super(out, err);
        this.stop = stop;
    }

    static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR|-")
                .desc("output directory (default: output), or - for standard output").build());
        o.addOption(Option.builder("f").longOpt("format").hasArg().argName("json|jsonl|csv|html")
                .desc("json: one file per article (default); jsonl: one line per article in claimtrace.jsonl; "
                        + "csv: documents.csv, entities.csv, mentions.csv, claims.csv; "
                        + "html: one page per article and index.html").build());
        o.addOption(Option.builder("t").longOpt("threads").hasArg().argName("N")
                .desc("worker threads (default: number of cores)").build());
        PipelineOptions.addTo(o);
        o.addOption(Option.builder().longOpt("resume")
                .desc("skip documents whose output in the output directory is current for the same input and "
                        + "configuration (after an interrupted run)").build());
        o.addOption(Option.builder().longOpt("heap-log").hasArg().argName("FILE")
                .desc("benchmark: write the heap in use after a GC every --heap-log-every documents to FILE (CSV)")
                .build());
        o.addOption(Option.builder().longOpt("heap-log-every").hasArg().argName("N")
                .desc("documents between two --heap-log samples (default 100)").build());
        o.addOption(Option.builder().longOpt("profile")
                .desc("when the run ends, print the CPU seconds of each stage to stderr: stage, CPU s, share, "
                        + "tokens per CPU-second").build());
        o.addOption(Option.builder().longOpt("progress").desc("always show progress on stderr").build());
        o.addOption(Option.builder().longOpt("no-progress").desc("never show progress").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no summary line").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        o.addOption(Option.builder("V").longOpt("version").desc("show the version").build());
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
            help();
            return Main.OK;
        }
        if (cl.hasOption("version")) {
            out.println("claimtrace " + Main.version());
            return Main.OK;
        }
        if (cl.getArgList().isEmpty()) {
            return usage("no input given");
        }
        String format = cl.getOptionValue("format", "json").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            return usage("unknown --format '" + format + "' (use " + String.join(", ", FORMATS) + ")");
        }
        if (TABLE_FORMATS.contains(format) && cl.getOptionValue("out", "output").equals("-")) {
            return usage("--format " + format + " writes several files: give --out a directory, not -");
        }
        Settings set = new Settings();
        try {
            set.threads = Integer.parseInt(cl.getOptionValue("threads",
                    Integer.toString(Runtime.getRuntime().availableProcessors())));
            set.maxBytes = Long.parseLong(cl.getOptionValue("max-bytes", Long.toString(ArticleReader.DEFAULT_MAX_BYTES)));
            set.maxParseTokens = Integer.parseInt(cl.getOptionValue("max-parse-tokens",
                    Integer.toString(ClaimTraceConfig.DEFAULT_MAX_PARSE_TOKENS)));
            set.timeout = Duration.ofMillis(Math.round(1000 * Double.parseDouble(cl.getOptionValue("timeout-seconds",
                    Long.toString(BatchRunner.DEFAULT_TIMEOUT.toSeconds())))));
            set.heapLogEvery = Integer.parseInt(cl.getOptionValue("heap-log-every", "100"));
        } catch (NumberFormatException e) {
            return usage("--threads, --max-bytes, --max-parse-tokens, --timeout-seconds and --heap-log-every "
                    + "take a number: " + e.getMessage());
        }
        if (set.threads < 1 || set.threads > 256 || set.maxBytes < 1 || set.maxParseTokens < 1
                || set.timeout.isNegative() || set.heapLogEvery < 1) {
            return usage("--threads must be 1..256, --max-bytes, --max-parse-tokens and --heap-log-every positive, "
                    + "--timeout-seconds not negative");
        }
        set.resume = cl.hasOption("resume");
        if (set.resume && (!RESUMABLE_FORMATS.contains(format) || cl.getOptionValue("out", "output").equals("-"))) {
            return usage("--resume needs an output directory and --format json or jsonl (not --out -)");
        }
        set.heapLog = cl.hasOption("heap-log") ? Path.of(cl.getOptionValue("heap-log")) : null;
        set.profile = cl.hasOption("profile");
        LocalDate date;
        try {
            date = PipelineOptions.date(cl);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Path models = null;
        if (cl.hasOption("models")) {
            models = Path.of(cl.getOptionValue("models"));
            if (!Files.isDirectory(models)) {
                return usage("--models: no such directory: " + models);
            }
        }
        List<InputSource> sources;
        try {
            sources = Inputs.expand(cl.getArgList());
        } catch (InputException e) {
            return usage(e.getMessage());
        }
        ClaimTraceConfig config = new ClaimTraceConfig(models == null ? null : models.toString(), date,
                cl.hasOption("fine-ner"), set.maxParseTokens);
        String outArg = cl.getOptionValue("out", "output");
        if (!outArg.equals("-")) {
            String problem = checkOutputDirectory(Path.of(outArg));
            if (problem != null) {
                err.println("claimtrace: " + problem);
                return Main.USAGE;
            }
        }
        boolean progress = cl.hasOption("progress") || !cl.hasOption("no-progress") && System.console() != null;
        return process(config, sources, outArg, format, set, progress, !cl.hasOption("quiet"));
    }

    /** Numeric options and run modes. */
    private static final class Settings {
        int threads;
        long maxBytes;
        int maxParseTokens;
        Duration timeout;
        boolean resume;
        Path heapLog;
        int heapLogEvery;
        boolean profile;
    }

    /**
     * Checks, before any model is loaded, that the output directory exists or can be created and that a file
     * can be written in it; returns the problem with the operating system's reason, or null.
     */
    static String checkOutputDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "cannot use output directory " + dir + ": Not a directory (a file of that name exists)";
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return "cannot create output directory " + dir + ": " + IoReasons.of(e);
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(dir, ".claimtrace-write-check-", ".tmp");
            Files.write(probe, new byte[]{'\n'});
        } catch (IOException e) {
            return "cannot write in output directory " + dir + ": " + IoReasons.of(e);
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a leftover empty probe file is harmless
                }
            }
        }
        return null;
    }

    private int process(ClaimTraceConfig config, List<InputSource> sources, String outArg, String format,
                        Settings set, boolean progress, boolean summary) {
        long t0 = System.nanoTime();
        ClaimTrace ct;
        try {
            ct = ClaimTrace.builder().config(config).profileStages(set.profile).build();
        } catch (ClaimTraceException e) {
            err.println("claimtrace: cannot start: " + e.getMessage());
            return Main.CANNOT_START;
        }
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        OutputSink sink;
        FailureLog failures;
        HeapLog heap;
        try {
            sink = sink(outArg, format, Fingerprints.config(config, set.maxBytes, Main.version()), set.resume);
            failures = outArg.equals("-") ? null : new FailureLog(Path.of(outArg));
            heap = set.heapLog == null ? null : new HeapLog(set.heapLog, set.heapLogEvery);
        } catch (IOException | ClaimTraceException e) {
            err.println("claimtrace: cannot write output: " + e.getMessage());
            ct.close();
            return Main.USAGE;
        }
        if (!stop.enterBatch()) {
            ct.close();
            err.println("claimtrace: stopped by " + stop.signalName() + " before the first document");
            return 128 + stop.signalNumber();
        }
        Progress bar = new Progress(err, progress, sources.size());
        BatchSummary s;
        try (ct) {
            s = new BatchRunner(ct, new ArticleReader(set.maxBytes), set.threads, set.timeout)
                    .stoppedBy(stop, BatchRunner.DEFAULT_STOP_GRACE).run(sources, sink, r -> {
                bar.update(r);
                if (r.status() == Status.FAILED || r.status() == Status.TIMEOUT) {
                    bar.clear();
                    err.println("claimtrace: " + r.id() + ": " + r.status().json() + ": " + reason(r));
                    if (failures != null) {
                        failures.record(r);
                    }
                }
                if (heap != null) {
                    heap.documentDone();
                }
            });
        } catch (InputException e) {
            bar.clear();
            err.println("claimtrace: " + e.getMessage());
            return Main.USAGE;
        } finally {
            stop.leaveBatch();
            if (failures != null) {
                failures.close();
            }
            if (heap != null) {
                heap.close();
            }
        }
        bar.clear();
        reportStop(s, format);
        if (s.outputError() != null) {
            err.println("claimtrace: cannot complete the output: " + s.outputError());
        }
        if (failures != null && failures.lost() > 0) {
            err.println("claimtrace: " + failures.lost() + " line(s) could not be written to " + failures.path()
                    + ": " + failures.lostReason());
        }
        if (summary) {
            err.println(s.line() + String.format(Locale.ROOT,
                    ", load: %.1f s, first result: %.1f s, peak heap: %d MB, output: %s",
                    loadMillis / 1000.0, (loadMillis + s.firstResultMillis()) / 1000.0, peakHeapMegabytes(),
                    sink.describe()));
        }
        ct.stageProfile().ifPresent(p -> err.print(p.table()));
        return s.exitCode();
    }

    /** After an early stop: why, which documents were not processed, and how to finish them. */
    private void reportStop(BatchSummary s, String format) {
        if (s.stoppedBy() == null) {
            return;
        }
        String again = RESUMABLE_FORMATS.contains(format) ? "run the same command with --resume to process them"
                : "run the command again to process them";
        if (s.signal() > 0) {
            err.println("claimtrace: stopped by " + s.stoppedBy() + ": " + s.interrupted() + (s.restUncounted() ? "+" : "")
                    + " document(s) not processed; " + again);
            return;
        }
        err.println("claimtrace: stopped: " + s.stoppedBy() + " (" + BatchRunner.MAX_CONSECUTIVE_WRITE_FAILURES
                + " writes in a row failed); " + s.interrupted() + (s.restUncounted() ? "+" : "")
                + " document(s) not processed; make room, then " + again);
        List<String> ids = s.notProcessed();
        for (int i = 0; i < Math.min(ids.size(), MAX_NAMED); i++) {
            err.println("claimtrace: not processed: " + ids.get(i));
        }
        if (ids.size() > MAX_NAMED || s.restUncounted()) {
            err.println("claimtrace: not processed: … and " + (ids.size() > MAX_NAMED ? ids.size() - MAX_NAMED + " " : "")
                    + "more" + (s.restUncounted() ? " (not all counted)" : ""));
        }
    }

    /** The sum of the heap pools' peak usage since the JVM started. */
    static long peakHeapMegabytes() {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private static String reason(DocumentResult r) {
        return r.problems().isEmpty() ? "unknown" : r.problems().get(0).message();
    }

    private OutputSink sink(String outArg, String format, String configFingerprint, boolean resume) throws IOException {
        boolean lines = format.equals("jsonl");
        if (format.equals("csv")) {
            return new CsvTablesSink(Path.of(outArg));
        }
        if (format.equals("html")) {
            return new HtmlSink(Path.of(outArg));
        }
        if (outArg.equals("-")) {
            return new JsonStreamSink(out, lines, "stdout", false);
        }
        Path dir = Path.of(outArg);
        if (lines) {
            return new JsonLinesFileSink(dir, configFingerprint, resume);
        }
        return new JsonDirectorySink(dir, configFingerprint, resume);
    }

    private int usage(String message) {
        err.println("claimtrace: " + message);
        err.println("Try 'claimtrace --help' for usage.");
        return Main.USAGE;
    }

    private void help() {
        CliHelp.print(out, "claimtrace [options] INPUT...",
                "Extracts entities, dates and attributed claims from news articles into JSON.\n"
                        + "INPUT: files (.txt, .html, .jsonl), directories (read recursively), glob patterns, "
                        + "or - for standard input.\n\n",
                options(),
                "\nExit codes: 0 all documents ok, partial, skipped or resumed; 1 some document failed or timed out, "
                        + "or its output could not be written (listed in failures.tsv in the output directory), or the "
                        + "output device took no more writes and the batch stopped; "
                        + "2 usage error (including an output directory that cannot be written); "
                        + "3 the pipeline could not start; 128+N stopped by signal N (130 SIGINT, 143 SIGTERM, "
                        + "129 SIGHUP; --resume does the rest).\n"
                        + "Other commands: claimtrace aggregate OUTPUT_DIR, claimtrace serve (a warm pipeline on standard input), "
                        + "claimtrace evaluate ner|timex --help");
    }
}
