package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders cleanly. picocli formats descriptions with String.format, so a bare
 * {@code %} (as in "90% intervals") is misread as a conversion: it prints a WARN line to System.err and shows the
 * text with {@code %n} unreplaced.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        List<String> paths = new ArrayList<>();
        collect(new CommandLine(new ParleyCommand()), "", paths);
        assertThat(paths).contains("run", "durability fit", "tournament");
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String path : paths) {
                List<String> args = new ArrayList<>(List.of(path.split(" ")));
                args.add("--help");
                CliRun help = CliRun.run(args.toArray(new String[0]));
                assertThat(help.code()).as(path + " --help").isZero();
                assertThat(help.out()).as(path + " --help").doesNotContain("%n").contains("Usage: parley");
                assertThat(help.err()).as(path + " --help").doesNotContain("WARN");
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    private static void collect(CommandLine command, String prefix, List<String> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) { // aliases are listed once
                String path = prefix.isEmpty() ? name : prefix + " " + name;
                paths.add(path);
                collect(sub, path, paths);
            }
        });
    }
}
