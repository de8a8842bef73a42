package org.claimtrace.cli;

import java.io.PrintStream;

/**
 * A sub-command that lives apart from the runtime: evaluation, the benchmark, training (the packages under
 * {@code org.claimtrace.tools}). Each is listed in {@code META-INF/services/org.claimtrace.cli.ToolCommand}, and
 * {@link Main} finds it there with {@link java.util.ServiceLoader}, so that no runtime package imports the tools.
 */
public interface ToolCommand {

    /** The word after {@code claimtrace} that selects the command ("evaluate"). */
    String name();

    /** Runs the command with the arguments after its name; returns the exit code ({@link Main#OK}, ...). */
    int run(String[] args, PrintStream out, PrintStream err);
}
