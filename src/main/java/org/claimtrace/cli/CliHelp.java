package org.claimtrace.cli;

import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Options;

import java.io.PrintStream;
import java.io.PrintWriter;

/** The help text of every command, in one format: 100 columns, options indented by two. */
public final class CliHelp {
    private CliHelp() {
    }

    public static void print(PrintStream out, String usage, String header, Options options, String footer) {
        PrintWriter pw = new PrintWriter(out);
        new HelpFormatter().printHelp(pw, 100, usage, header, options, 2, 4, footer);
        pw.flush();
    }
}
