package org.claimtrace.cli;

import org.claimtrace.batch.BatchStop;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.ServiceLoader;

/**
 * The {@code claimtrace} command. The first argument may name a sub-command; otherwise the arguments are
 * those of {@code run}.
 * <pre>
 *   claimtrace [run] [options] INPUT...     extract entities, dates and claims to JSON
 *   claimtrace aggregate [--out DIR] DIR    cross-document view of a batch's JSON output
 *   claimtrace serve [options]              a warm pipeline: JSONL articles in, one JSON line out each
 *   claimtrace evaluate ner|timex ...       score against gold data
 *   claimtrace train cues --data DIR ...    train the statistical cue scorer
 *   claimtrace bench [options] [CORPUS]     claimtrace beside raw CoreNLP, in one run
 * </pre>
 * {@code run}, {@code aggregate} and {@code serve} are part of the runtime; {@code evaluate}, {@code train} and {@code bench} are
 * {@link ToolCommand}s of {@code org.claimtrace.tools}, found at run time, so this package does not import them.
 * Exit codes: 0 success, 1 some document failed (or its output could not be written), 2 usage error, 3 the
 * pipeline could not start, 128 + N stopped by signal N.
 */
public final class Main {
    public static final int OK = 0;
    public static final int DOCUMENT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_START = 3;

    private Main() {
    }

    public static void main(String[] args) {
        BatchStop stop = new BatchStop();
        Signals.install(stop, System.err);
        int code = run(args, System.out, System.err, stop);
        System.exit(code);
    }

    /** Runs a command and returns its exit code; never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new BatchStop());
    }

    /** The same, with {@code in} as standard input (read by {@code serve}). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, new BatchStop());
    }

    /** The same, with a batch that {@code stop} can end early (the signal handlers of {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err, BatchStop stop) {
        return run(args, System.in, out, err, stop);
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err, BatchStop stop) {
        if (args.length > 0) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "run":
                    return new RunCommand(out, err, stop).execute(rest);
                case "aggregate":
                    return new AggregateCommand(out, err).execute(rest);
                case "serve":
                    return new ServeCommand(in, out, err).execute(rest);
                default:
                    break;
            }
            for (ToolCommand tool : ServiceLoader.load(ToolCommand.class)) {
                if (tool.name().equals(args[0])) {
                    return tool.run(rest, out, err);
                }
            }
        }
        return new RunCommand(out, err, stop).execute(args);
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
