package dev.parley.cli;

import dev.parley.engine.negotiate.tournament.RoundRobinTournament;
import dev.parley.engine.negotiate.tournament.TournamentDomain;
import dev.parley.engine.negotiate.tournament.TournamentResult;
import dev.parley.engine.negotiate.tournament.TournamentSettings;
import dev.parley.engine.negotiate.tournament.TournamentStrategy;
import dev.parley.engine.negotiate.tournament.TournamentSummary;
import dev.parley.io.output.AtomicFiles;
import dev.parley.report.tournament.TournamentCsv;
import dev.parley.report.tournament.TournamentHtml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley tournament}: every pairing of strategies over a set of bilateral domains. */
@Command(name = "tournament", mixinStandardHelpOptions = true,
        header = "Plays negotiation strategies against each other over GENIUS domains or scenarios.",
        description = {"Runs every ordered pairing of the strategies (the first moves first; self-play",
            "included) on every domain, on both sides of each domain's two profiles, --reps",
            "times each, with stacked alternating offers and a deadline of --rounds rounds.",
            "Without agreement each side gets its reservation value. Each negotiation is",
            "measured against the domain's exact Pareto frontier and its Nash point (GENIUS",
            "convention: disagreement point = reservation values).",
            "",
            "Writes into DIR: negotiations.csv (one row per negotiation), pairings.csv,",
            "strategies.csv, domains.csv and tournament.html, and prints the strategies ranked",
            "by mean utility. The files are byte-identical for any --threads.",
            "",
            "Domains: --genius and --scenario, repeatable; with neither, the five built-in",
            "GENIUS domains (Laptop, ItexvsCypress, EnglandZimbabwe, Politics profiles 1 and 2,",
            "IntegerDomain). A --genius SPEC is a folder with one GENIUS domain file and its",
            "profiles, or DOMAIN.xml,PROFILE1.xml,PROFILE2.xml; add @I,J to pick two profiles",
            "of a domain with more (e.g. --genius Politics@1,3).",
            "Docs: docs/tournament.md.", ""})
final class TournamentCommand implements Callable<Integer> {

    @Option(names = "--genius", paramLabel = "SPEC",
            description = "A GENIUS domain: FOLDER, DOMAIN,PROFILE1,PROFILE2 (files), either with @I,J to pick"
                    + " two profiles. Repeatable.")
    List<String> genius = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A Parley scenario with exactly two parties (central case, month 0). Repeatable.")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--strategies", paramLabel = "NAMES", split = ",",
            description = "Comma-separated strategy names (default: boulware,linear,conceder,tit-for-tat,"
                    + "aspiration,hardliner; also batna-aware).")
    List<String> strategies = new ArrayList<>(TournamentStrategy.DEFAULT_NAMES);

    @Option(names = "--reps", paramLabel = "N", description = "Repetitions of each negotiation, each with its own"
            + " seed (default: ${DEFAULT-VALUE}).")
    int repetitions = TournamentSettings.DEFAULT_REPETITIONS;

    @Option(names = "--rounds", paramLabel = "N", description = "Deadline in rounds (default: ${DEFAULT-VALUE}).")
    int rounds = TournamentSettings.DEFAULT_DEADLINE_ROUNDS;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = TournamentSettings.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the number of"
            + " processors); the results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out", "tournament");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        check(repetitions >= 1, "--reps " + repetitions + " must be at least 1 (e.g. 10)");
        check(rounds >= 1, "--rounds " + rounds + " must be at least 1 (e.g. 180)");
        check(t >= 1, "--threads " + t + " must be at least 1 (e.g. "
                + Runtime.getRuntime().availableProcessors() + ", the number of processors)");
        List<TournamentStrategy> players;
        try {
            players = TournamentStrategy.named(strategies.stream().map(String::trim).toList());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--strategies: " + e.getMessage());
        }
        List<TournamentDomain> domains = domains(err);
        TournamentSettings settings = new TournamentSettings(repetitions, rounds, seed, t);
        RoundRobinTournament tournament = new RoundRobinTournament(settings);
        long total = tournament.negotiationCount(domains.size(), players.size());
        ProgressLine progress = new ProgressLine(err, System.console() != null, "tournament",
                (int) Math.min(Integer.MAX_VALUE, total));
        long start = System.nanoTime();
        TournamentResult result;
        try {
            result = tournament.run(domains, players, () -> {
                synchronized (progress) {
                    progress.step();
                }
            });
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        } finally {
            progress.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("negotiations.csv", TournamentCsv.negotiations(result));
        files.put("pairings.csv", TournamentCsv.pairings(result));
        files.put("strategies.csv", TournamentCsv.strategies(result));
        files.put("domains.csv", TournamentCsv.domains(result));
        files.put("tournament.html", TournamentHtml.page(result));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            try {
                AtomicFiles.writeString(target, f.getValue());
            } catch (IOException e) {
                throw new UserInputException("cannot write " + target + ": " + e.getMessage()
                        + " (choose another folder with --out)");
            }
        }
        printSummary(console, result, seconds, t);
        console.printf("Wrote %s (%s)%n", out, String.join(", ", files.keySet()));
        console.flush();
        return ParleyCommand.OK;
    }

    private List<TournamentDomain> domains(PrintWriter err) {
        List<TournamentDomain> domains = new ArrayList<>();
        for (String g : genius) {
            domains.add(TournamentDomainInput.genius(g));
        }
        for (Path s : scenarios) {
            domains.add(TournamentDomainInput.scenario(s, err));
        }
        if (genius.isEmpty() && scenarios.isEmpty()) {
            domains.addAll(TournamentDomainInput.builtIn());
        }
        for (int i = 0; i < domains.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (domains.get(i).name().equals(domains.get(j).name())) {
                    throw new UserInputException("two domains are named '" + domains.get(i).name()
                            + "'; give each domain once (names come from the folder or domain file)");
                }
            }
        }
        return domains;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new UserInputException(message);
        }
    }

    /** The strategies ranked by mean own utility, with the run's size and time. */
    static void printSummary(PrintWriter out, TournamentResult r, double seconds, int threads) {
        out.printf(Locale.ROOT, "Tournament: %d strategies, %d domain%s, %d repetition%s, %d rounds: %d negotiations"
                        + " in %.1f s on %d thread%s%n", r.strategies().size(), r.domains().size(),
                r.domains().size() == 1 ? "" : "s", r.settings().repetitions(),
                r.settings().repetitions() == 1 ? "" : "s", r.settings().deadlineRounds(), r.negotiations().size(),
                seconds, threads, threads == 1 ? "" : "s");
        out.println("Domains: " + String.join(", ", r.domains().stream().map(d -> d.name() + " ("
                + d.outcomeCount() + " outcomes)").toList()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < r.strategies().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -r.strategy(i).ownUtility().mean()).thenComparing(i -> i));
        out.printf("  %-4s %-12s %7s %9s %9s %9s %9s %9s %7s%n", "rank", "strategy", "agreed", "utility", "opponent",
                "welfare", "d_pareto", "d_nash", "rounds");
        int rank = 1;
        for (int i : order) {
            TournamentSummary s = r.strategy(i);
            out.printf(Locale.ROOT, "  %-4d %-12s %6.1f%% %9.4f %9.4f %9.4f %9.4f %9.4f %7.1f%n", rank++,
                    r.strategies().get(i).name(), 100 * s.agreementRate(), s.ownUtility().mean(),
                    s.opponentUtility().mean(), s.welfare().mean(), s.paretoDistance().mean(), s.meanNashDistance(),
                    s.meanAgreementRounds());
        }
    }
}
