package dev.parley.cli;

import dev.parley.io.InputFormatException;
import dev.parley.io.scenario.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code parley} command: entry point of the command-line tool. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {
            "Models a negotiation between parties at war: whether they come to the table,",
            "what deal is possible, how talks unfold while the fighting goes on, and how",
            "long a deal holds.", ""},
        subcommands = {ValidateCommand.class, InfoCommand.class, RunCommand.class, AnalyzeCommand.class,
            ConvertCommand.class, ForecastCommand.class, RipenessCommand.class, DurabilityCommand.class,
            SimulateCommand.class, TournamentCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  failure (an internal error; run again with --debug for details)",
            "  2  bad input (an invalid scenario file, unknown option or missing argument)", "",
            "Docs: docs/cli.md and docs/scenario-format.md"})
public final class ParleyCommand implements Runnable {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        ParleyCommand root = new ParleyCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ScenarioException bad) {
                bad.diagnostics().forEach(d -> err.println(d.format()));
                return BAD_INPUT;
            }
            if (e instanceof InputFormatException bad) {
                err.println(bad.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UserInputException bad) {
                err.println("parley: " + bad.getMessage());
                return BAD_INPUT;
            }
            err.println("parley: internal error: " + e);
            if (root.debug) {
                e.printStackTrace(err);
            } else {
                err.println("parley: run again with --debug to see the stack trace, and please report it");
            }
            return FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
