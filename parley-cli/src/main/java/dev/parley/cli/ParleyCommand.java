package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: entry point of the command-line tool. */
@Command(name = "parley", mixinStandardHelpOptions = true,
        versionProvider = ParleyVersion.class,
        description = "Models a negotiation between parties at war.")
public final class ParleyCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ParleyCommand()).execute(args));
    }
}
