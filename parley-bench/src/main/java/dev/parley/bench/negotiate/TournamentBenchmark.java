package dev.parley.bench.negotiate;

import dev.parley.engine.negotiate.tournament.RoundRobinTournament;
import dev.parley.engine.negotiate.tournament.TournamentDomain;
import dev.parley.engine.negotiate.tournament.TournamentDomains;
import dev.parley.engine.negotiate.tournament.TournamentResult;
import dev.parley.engine.negotiate.tournament.TournamentSettings;
import dev.parley.engine.negotiate.tournament.TournamentStrategy;
import dev.parley.io.genius.GeniusXmlReader;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Goal (issue 5): a tournament of 6 strategies × 6 strategies × 5 GENIUS domains × 10 repetitions of 180-round
 * negotiations in under 30 s on 2 cores. One invocation = one whole tournament as {@code parley tournament} runs it
 * (both sides of every domain, so 6·6·5·2·10 = 3,600 negotiations), on the five built-in domains (Laptop,
 * ItexvsCypress, EnglandZimbabwe, Politics profiles 1–2, IntegerDomain; resources in
 * {@code dev/parley/bench/negotiate/genius}, sources in its SOURCES.md), domains loaded once in the set-up (the frontier
 * and Nash point included, as they are per run). {@code threads} = 1 gives the per-core figure; 2 the goal's.
 * Throughput: tournaments per second (its inverse is the time of one tournament); the auxiliary counters give
 * negotiations and offer evaluations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TournamentBenchmark {

    /** Per-iteration counters JMH turns into rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long negotiations;
        public long offerEvaluations;

        @Setup(Level.Iteration)
        public void clear() {
            negotiations = 0;
            offerEvaluations = 0;
        }
    }

    private static final String[][] DOMAINS = {
        {"Laptop", "Laptop", "Laptop-C-domain.xml", "Laptop-C-prof1.xml", "Laptop-C-prof2.xml"},
        {"ItexvsCypress", "ItexvsCypress", "ItexvsCypress_domain.xml", "Itex.xml", "Cypress.xml"},
        {"EnglandZimbabwe", "EnglandZimbabwe", "EnglandZimbabwe_domain.xml", "England.xml", "Zimbabwe.xml"},
        {"Politics", "Politics", "Politics.xml", "Politics_util1.xml", "Politics_util2.xml"},
        {"IntegerDomain", "IntegerDomain", "IntegerDomain.xml", "IntegerDomain-prof1.xml", "IntegerDomain-prof2.xml"},
    };

    @Param({"1", "2"})
    public int threads;

    private List<TournamentDomain> domains;
    private List<TournamentStrategy> strategies;
    private RoundRobinTournament tournament;

    @Setup
    public void setUp() {
        domains = new ArrayList<>();
        for (String[] d : DOMAINS) {
            domains.add(load(d));
        }
        strategies = TournamentStrategy.named(TournamentStrategy.DEFAULT_NAMES);
        tournament = new RoundRobinTournament(new TournamentSettings(10, 180, 20_261_125L, threads));
    }

    private static TournamentDomain load(String[] d) {
        String base = "/dev/parley/bench/negotiate/genius/" + d[1] + "/";
        Domain domain;
        try (InputStream in = open(base + d[2])) {
            domain = GeniusXmlReader.readDomain(in, d[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AdditiveProfile> profiles = new ArrayList<>();
        double[] rv = new double[2];
        for (int i = 0; i < 2; i++) {
            try (InputStream in = open(base + d[3 + i])) {
                Profile p = GeniusXmlReader.readProfile(in, d[3 + i], domain);
                profiles.add((AdditiveProfile) p);
                rv[i] = p.reservationValueOrZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return TournamentDomains.genius(d[0], domain, List.of(d[3], d[4]), profiles, rv);
    }

    private static InputStream open(String path) {
        InputStream in = TournamentBenchmark.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }

    @Benchmark
    public TournamentResult sixBySixFiveDomainsTenReps(Work work) {
        TournamentResult r = tournament.run(domains, strategies);
        work.negotiations += r.negotiations().size();
        work.offerEvaluations += r.offerEvaluations();
        return r;
    }
}
