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

    /** How a tool command runs: its arguments after the name, its streams, its exit code. */
    @FunctionalInterface
    interface Runner {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** A tool command from its name and a {@link Runner}; the listed class only calls the constructor. */
    abstract class Of implements ToolCommand {
        private final String name;
        private final Runner runner;

        protected Of(String name, Runner runner) {
            this.name = name;
            this.runner = runner;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int run(String[] args, PrintStream out, PrintStream err) {
            return runner.run(args, out, err);
        }
    }
}
