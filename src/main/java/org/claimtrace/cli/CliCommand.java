package org.claimtrace.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import java.io.PrintStream;

/**
 * What every sub-command shares: its output streams and option parsing with a usage message on error. Public so
 * that the commands of {@code org.claimtrace.tools} (see {@link ToolCommand}) share it too.
 */
public abstract class CliCommand {
    protected final PrintStream out;
    protected final PrintStream err;

    protected CliCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Parses the arguments; on a bad option prints "claimtrace NAME: reason" to stderr and returns null
     * (the caller then exits with {@link Main#USAGE}).
     */
    protected CommandLine parse(Options options, String[] args, String name) {
        try {
            return new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            err.println("claimtrace " + name + ": " + e.getMessage());
            return null;
        }
    }
}
