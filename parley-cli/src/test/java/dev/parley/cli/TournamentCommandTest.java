package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley tournament}: files, determinism across thread counts, the built-in domains against
 * /work/shared/data/genius/REFERENCE.md (numbers quoted below), a scenario against the tutorial's hand-computed
 * utilities, and the error lines of bad input.
 */
class TournamentCommandTest {

    private static final Path TUTORIAL = Path.of("..", "scenarios", "tutorial.yaml");
    private static final Path GENIUS_TEST_FILES = Path.of("..", "parley-engine", "src", "test", "resources", "genius");

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    @Test
    void builtInDomainsCarryTheReferenceNashPoints(@TempDir Path dir) throws IOException {
        CliRun o = CliRun.run("tournament", "--strategies", "conceder,hardliner", "--reps", "1", "--threads", "1",
                "--out", dir.toString());
        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.lines().get(0)).startsWith("Tournament: 2 strategies, 5 domains, 1 repetition, 180 rounds:"
                + " 40 negotiations in ");
        assertThat(o.out()).contains("Wrote " + dir);
        for (String f : List.of("negotiations.csv", "pairings.csv", "strategies.csv", "domains.csv",
                "tournament.html")) {
            assertThat(dir.resolve(f)).isRegularFile();
        }
        List<String[]> domains = rows(dir.resolve("domains.csv"));
        assertThat(domains).extracting(r -> r[0]).containsExactly("Laptop", "ItexvsCypress", "EnglandZimbabwe",
                "Politics", "IntegerDomain");
        assertThat(domains).extracting(r -> r[3]).containsExactly("27", "180", "576", "23040", "121");
        // REFERENCE.md: Nash (1.000052, 0.815105), (0.677064, 0.771555), (0.910916, 0.733218); IntegerDomain (1, 1)
        double[][] nash = {{1.000052, 0.815105}, {0.677064, 0.771555}, {0.910916, 0.733218}};
        for (int d = 0; d < 3; d++) {
            assertThat(Double.parseDouble(domains.get(d)[8])).isCloseTo(nash[d][0], within(1e-6));
            assertThat(Double.parseDouble(domains.get(d)[9])).isCloseTo(nash[d][1], within(1e-6));
        }
        assertThat(Double.parseDouble(domains.get(4)[8])).isEqualTo(1.0);
        // REFERENCE.md: Laptop has 4 Pareto outcomes, ItexvsCypress 17, EnglandZimbabwe 25
        assertThat(domains).extracting(r -> r[7]).startsWith("4", "17", "25");
        List<String[]> negotiations = rows(dir.resolve("negotiations.csv"));
        assertThat(negotiations).hasSize(40);
        assertThat(read(dir.resolve("tournament.html"))).contains("<svg").contains("Pairings")
                .doesNotContain("<script");
    }

    @Test
    void filesAreByteIdenticalForAnyThreadCount(@TempDir Path dir) throws IOException {
        String[] files = {"negotiations.csv", "pairings.csv", "strategies.csv", "domains.csv", "tournament.html"};
        byte[][] first = null;
        for (String threads : new String[] {"1", "2", "4"}) {
            Path out = dir.resolve("t" + threads);
            CliRun o = CliRun.run("tournament", "--reps", "2", "--rounds", "60", "--threads", threads, "--out",
                    out.toString());
            assertThat(o.code()).isZero();
            byte[][] got = new byte[files.length][];
            for (int i = 0; i < files.length; i++) {
                got[i] = Files.readAllBytes(out.resolve(files[i]));
            }
            if (first == null) {
                first = got;
            } else {
                for (int i = 0; i < files.length; i++) {
                    assertThat(Arrays.equals(got[i], first[i])).as(files[i] + " with " + threads + " threads").isTrue();
                }
            }
        }
        // 6 strategies × 6 × 5 domains × 2 sides × 2 repetitions, plus the header
        assertThat(Files.readAllLines(dir.resolve("t1/negotiations.csv"))).hasSize(6 * 6 * 5 * 2 * 2 + 1);
        // strategies.csv against the rows of negotiations.csv, recomputed here from the CSV alone
        List<String[]> negotiations = rows(dir.resolve("t1/negotiations.csv"));
        for (String[] s : rows(dir.resolve("t1/strategies.csv"))) {
            double own = 0;
            double pareto = 0;
            int n = 0;
            int agreed = 0;
            for (String[] r : negotiations) {
                for (int role = 0; role < 2; role++) {
                    if (r[1 + role].equals(s[0])) {
                        own += Double.parseDouble(r[11 + role]);
                        pareto += Double.parseDouble(r[14]);
                        agreed += r[8].equals("true") ? 1 : 0;
                        n++;
                    }
                }
            }
            assertThat(Integer.parseInt(s[1])).isEqualTo(n).isEqualTo(2 * 6 * 5 * 2 * 2);
            assertThat(Integer.parseInt(s[2])).isEqualTo(agreed);
            assertThat(Double.parseDouble(s[4])).as(s[0]).isCloseTo(own / n, within(1e-12));
            assertThat(Double.parseDouble(s[7])).as(s[0]).isCloseTo(pareto / n, within(1e-12));
        }
    }

    /**
     * The tutorial (scenarios/tutorial.yaml), by hand as in SimulateCommandTest: N's best allowed outcome is worth
     * 0.5·0.8 + 0.2 + 0.3 = 0.9 to N and 0.4·0.2 + 0.2 = 0.28 to S; a hardliner N gets it from a conceding S.
     */
    @Test
    void aScenarioPlaysItsTwoParties(@TempDir Path dir) throws IOException {
        CliRun o = CliRun.run("tournament", "--scenario", TUTORIAL.toString(), "--strategies", "hardliner,conceder",
                "--reps", "1", "--out", dir.toString());
        assertThat(o.code()).isZero();
        String[] row = rows(dir.resolve("negotiations.csv")).stream()
                .filter(r -> r[1].equals("hardliner") && r[2].equals("conceder") && r[3].equals("N"))
                .findFirst().orElseThrow();
        assertThat(row[0]).isEqualTo("tutorial");
        assertThat(row[8]).isEqualTo("true");
        assertThat(Double.parseDouble(row[11])).isCloseTo(0.9, within(1e-12));
        assertThat(Double.parseDouble(row[12])).isCloseTo(0.28, within(1e-12));
        assertThat(Double.parseDouble(row[14])).isZero(); // on the frontier
    }

    @Test
    void aMultilateralDomainNeedsTwoProfilesChosen(@TempDir Path dir) throws IOException {
        Path politics = GENIUS_TEST_FILES.resolve("Politics");
        CliRun refused = CliRun.run("tournament", "--genius", politics.toString(), "--out", dir.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("parley: --genius " + politics + ": the domain has 3 profiles (1:"
                + " Politics_util1.xml, 2: Politics_util2.xml, 3: Politics_util3.xml); a tournament is bilateral:"
                + " choose two, e.g. --genius " + politics + "@1,2" + System.lineSeparator());
        CliRun chosen = CliRun.run("tournament", "--genius", politics + "@1,3", "--strategies", "linear",
                "--reps", "1", "--out", dir.toString());
        assertThat(chosen.code()).isZero();
        assertThat(rows(dir.resolve("domains.csv")).get(0)).startsWith("Politics@1-3", "Politics_util1",
                "Politics_util3", "23040");
    }

    @Test
    void badInputGetsOneLineAndExitCode2(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one");
        Files.createDirectories(one);
        copy("Laptop/Laptop-C-domain.xml", one.resolve("Laptop-C-domain.xml"));
        copy("Laptop/Laptop-C-prof1.xml", one.resolve("Laptop-C-prof1.xml"));
        String out = dir.resolve("out").toString();
        assertError(new String[] {"--strategies", "linear,tough"},
                "parley: --strategies: 'tough' is not a strategy; use one of boulware, linear, conceder, tit-for-tat,"
                        + " aspiration, hardliner, batna-aware", out);
        assertError(new String[] {"--genius", dir.resolve("missing").toString()},
                "parley: --genius " + dir.resolve("missing") + ": no such folder (give a folder with a GENIUS domain"
                        + " and its profiles, or DOMAIN.xml,PROFILE1.xml,PROFILE2.xml)", out);
        assertError(new String[] {"--genius", one.toString()},
                "parley: --genius " + one + ": the domain has 1 profile (1: Laptop-C-prof1.xml); a tournament is"
                        + " bilateral: give two profiles", out);
        Path tenIssues = GENIUS_TEST_FILES.resolve("10issues");
        assertError(new String[] {"--genius", tenIssues + "/10issues-domain.xml," + tenIssues + "/profile-1.xml,"
                        + tenIssues + "/profile-2.xml"},
                "parley: --genius " + tenIssues + "/10issues-domain.xml," + tenIssues + "/profile-1.xml," + tenIssues
                        + "/profile-2.xml: domain '10issues-domain' has 10000000000 outcomes, above the tournament"
                        + " limit of 2000000 (the protocol enumerates and sorts every outcome for each side's offers)"
                        + " [use instead: a smaller domain, or `parley analyze --genius` for its exact frontier and"
                        + " Nash point without enumeration]", out);
        assertError(new String[] {"--reps", "0"}, "parley: --reps 0 must be at least 1 (e.g. 10)", out);
        assertError(new String[] {"--scenario", dir.resolve("none.yaml").toString()}, null, out);
    }

    private static void assertError(String[] args, String line, String out) {
        String[] all = new String[args.length + 3];
        all[0] = "tournament";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--out";
        all[args.length + 2] = out;
        CliRun o = CliRun.run(all);
        assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(o.err().lines().count()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (line != null) {
            assertThat(o.err().strip()).isEqualTo(line);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = TournamentCommandTest.class.getResourceAsStream("/dev/parley/cli/genius/" + resource)) {
            Files.copy(in, target);
        }
    }

    @Test
    void helpExplainsTheOptions() {
        CliRun o = CliRun.run("tournament", "--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("--genius=SPEC", "--scenario=FILE", "--strategies=NAMES", "--reps=N",
                "--rounds=N", "--seed=S", "--threads=T", "--out=DIR", "negotiations.csv", "@I,J");
    }
}
