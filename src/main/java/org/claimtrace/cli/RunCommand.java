package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.batch.BatchRunner;
import org.claimtrace.batch.BatchSummary;
import org.claimtrace.io.ArticleReader;
import org.claimtrace.io.InputSource;
import org.claimtrace.io.Inputs;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.output.JsonDirectorySink;
import org.claimtrace.output.JsonStreamSink;
import org.claimtrace.output.OutputSink;
import org.claimtrace.output.csv.CsvTablesSink;
import org.claimtrace.output.html.HtmlSink;
import org.claimtrace.pipeline.ClaimTraceException;
import org.claimtrace.pipeline.InputException;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** {@code claimtrace [options] INPUT...}: the batch run. */
final class RunCommand {
    static final List<String> FORMATS = List.of("json", "jsonl", "csv", "html");
    /** Formats that write several files and so need a directory. */
    static final List<String> TABLE_FORMATS = List.of("csv", "html");

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        o.addOption(Option.builder().longOpt("date").hasArg().argName("YYYY-MM-DD")
                .desc("document date for articles whose metadata has none").build());
        o.addOption(Option.builder().longOpt("models").hasArg().argName("DIR")
                .desc("project models directory (default: the copy inside the jar)").build());
        o.addOption(Option.builder().longOpt("max-bytes").hasArg().argName("N")
                .desc("largest document accepted, in bytes (default " + ArticleReader.DEFAULT_MAX_BYTES + ")").build());
        o.addOption(Option.builder().longOpt("no-fine-ner")
                .desc("skip CoreNLP's fine-grained NER rules: faster, no CITY/COUNTRY subtypes").build());
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
        int threads;
        long maxBytes;
        LocalDate date = null;
        try {
            threads = Integer.parseInt(cl.getOptionValue("threads",
                    Integer.toString(Runtime.getRuntime().availableProcessors())));
            maxBytes = Long.parseLong(cl.getOptionValue("max-bytes", Long.toString(ArticleReader.DEFAULT_MAX_BYTES)));
        } catch (NumberFormatException e) {
            return usage("--threads and --max-bytes take a whole number: " + e.getMessage());
        }
        if (threads < 1 || threads > 256 || maxBytes < 1) {
            return usage("--threads must be 1..256 and --max-bytes positive");
        }
        if (cl.hasOption("date")) {
            try {
                date = LocalDate.parse(cl.getOptionValue("date"));
            } catch (DateTimeParseException e) {
                return usage("--date takes YYYY-MM-DD, not '" + cl.getOptionValue("date") + "'");
            }
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
                !cl.hasOption("no-fine-ner"));
        String outArg = cl.getOptionValue("out", "output");
        boolean progress = cl.hasOption("progress") || !cl.hasOption("no-progress") && System.console() != null;
        return process(config, sources, outArg, format, threads, maxBytes, progress, !cl.hasOption("quiet"));
    }

    private int process(ClaimTraceConfig config, List<InputSource> sources, String outArg, String format,
                        int threads, long maxBytes, boolean progress, boolean summary) {
        long t0 = System.nanoTime();
        ClaimTrace ct;
        try {
            ct = ClaimTrace.create(config);
        } catch (ClaimTraceException e) {
            err.println("claimtrace: cannot start: " + e.getMessage());
            return Main.CANNOT_START;
        }
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        OutputSink sink;
        try {
            sink = sink(outArg, format);
        } catch (IOException | ClaimTraceException e) {
            err.println("claimtrace: cannot write output: " + e.getMessage());
            return Main.USAGE;
        }
        Progress bar = new Progress(err, progress, sources.size());
        BatchSummary s;
        try (ct) {
            s = new BatchRunner(ct, new ArticleReader(maxBytes), threads).run(sources, sink, r -> {
                bar.update(r);
                if (r.status() == Status.FAILED || r.status() == Status.TIMEOUT) {
                    bar.clear();
                    err.println("claimtrace: " + r.id() + ": " + r.status().json() + ": " + reason(r));
                }
            });
        } catch (InputException e) {
            bar.clear();
            err.println("claimtrace: " + e.getMessage());
            return Main.USAGE;
        }
        bar.clear();
        if (summary) {
            err.println(s.line() + String.format(Locale.ROOT,
                    ", load: %.1f s, first result: %.1f s, peak heap: %d MB, output: %s",
                    loadMillis / 1000.0, (loadMillis + s.firstResultMillis()) / 1000.0, peakHeapMegabytes(),
                    sink.describe()));
        }
        return s.exitCode();
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

    private OutputSink sink(String outArg, String format) throws IOException {
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
            Files.createDirectories(dir);
            Path file = dir.resolve("claimtrace.jsonl");
            return new JsonStreamSink(new FileOutputStream(file.toFile()), true, file.toString(), true);
        }
        return new JsonDirectorySink(dir);
    }

    private int usage(String message) {
        err.println("claimtrace: " + message);
        err.println("Try 'claimtrace --help' for usage.");
        return Main.USAGE;
    }

    private void help() {
        PrintWriter pw = new PrintWriter(out);
        new HelpFormatter().printHelp(pw, 100, "claimtrace [options] INPUT...",
                "Extracts entities, dates and attributed claims from news articles into JSON.\n"
                        + "INPUT: files (.txt, .html, .jsonl), directories (read recursively), glob patterns, "
                        + "or - for standard input.\n\n",
                options(), 2, 4,
                "\nExit codes: 0 all documents ok, partial or skipped; 1 some document failed or timed out; "
                        + "2 usage error; 3 the pipeline could not start.\n"
                        + "Other commands: claimtrace aggregate OUTPUT_DIR, claimtrace evaluate ner|timex --help");
        pw.flush();
    }
}
