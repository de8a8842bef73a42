package org.claimtrace.cli;

import java.io.PrintStream;

/** {@code claimtrace evaluate ...}: scoring against gold data. */
final class EvaluateCommand {
    private final PrintStream out;
    private final PrintStream err;

    EvaluateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        err.println("claimtrace evaluate: expected one of: ner, timex");
        out.flush();
        return Main.USAGE;
    }
}
