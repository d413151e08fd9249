package dev.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** Runs the {@code parley} command line in-process and captures its exit code and both streams (for tests). */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParleyCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Standard output split into lines. */
    List<String> lines() {
        return Arrays.asList(out.split("\r?\n"));
    }
}
