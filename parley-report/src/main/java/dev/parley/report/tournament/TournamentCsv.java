package dev.parley.report.tournament;

import dev.parley.engine.negotiate.tournament.TournamentDomain;
import dev.parley.engine.negotiate.tournament.TournamentNegotiation;
import dev.parley.engine.negotiate.tournament.TournamentResult;
import dev.parley.engine.negotiate.tournament.TournamentSummary;
import java.util.List;
import java.util.Locale;

/**
 * The tournament's CSV files (RFC 4180, LF line ends, header first): {@code negotiations.csv} (one row per
 * negotiation), {@code pairings.csv} (one row per ordered pairing), {@code strategies.csv} (one row per strategy) and
 * {@code domains.csv} (one row per domain, with its frontier size and Nash point). Numbers are written in full
 * ({@link Double#toString}), so the files are exact and byte-identical from run to run; an undefined value (a mean
 * over nothing, a Nash distance on a domain without a Nash point) is an empty cell. Columns: docs/tournament.md.
 */
public final class TournamentCsv {

    private TournamentCsv() {
    }

    public static final List<String> NEGOTIATION_COLUMNS = List.of("domain", "first", "second", "first_profile",
            "second_profile", "repetition", "seed", "ending", "agreed", "rounds", "outcome", "u_first", "u_second",
            "welfare", "pareto_distance", "nash_distance");

    public static final List<String> SUMMARY_COLUMNS = List.of("negotiations", "agreements", "agreement_rate",
            "mean_u_own", "mean_u_opponent", "mean_welfare", "mean_pareto_distance", "mean_nash_distance",
            "mean_agreement_rounds", "sd_u_own");

    /** One row per negotiation, in the tournament's index order. */
    public static String negotiations(TournamentResult r) {
        StringBuilder out = new StringBuilder(String.join(",", NEGOTIATION_COLUMNS)).append('\n');
        for (TournamentNegotiation n : r.negotiations()) {
            TournamentDomain d = r.domains().get(n.domain());
            out.append(field(d.name())).append(',')
                    .append(field(r.strategies().get(n.first()).name())).append(',')
                    .append(field(r.strategies().get(n.second()).name())).append(',')
                    .append(field(d.parties().get(n.profileOf(0)))).append(',')
                    .append(field(d.parties().get(n.profileOf(1)))).append(',')
                    .append(n.repetition()).append(',')
                    .append(n.seed()).append(',')
                    .append(n.ending().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(',')
                    .append(n.agreed()).append(',')
                    .append(n.rounds()).append(',')
                    .append(n.outcome() < 0 ? "" : Integer.toString(n.outcome())).append(',')
                    .append(number(n.firstUtility())).append(',')
                    .append(number(n.secondUtility())).append(',')
                    .append(number(n.welfare())).append(',')
                    .append(number(n.paretoDistance())).append(',')
                    .append(number(n.nashDistance())).append('\n');
        }
        return out.toString();
    }

    /** One row per ordered pairing (first strategy moves first); "own" = the first strategy. */
    public static String pairings(TournamentResult r) {
        StringBuilder out = new StringBuilder("first,second,").append(String.join(",", SUMMARY_COLUMNS)).append('\n');
        int s = r.strategies().size();
        for (int a = 0; a < s; a++) {
            for (int b = 0; b < s; b++) {
                out.append(field(r.strategies().get(a).name())).append(',')
                        .append(field(r.strategies().get(b).name())).append(',');
                summary(out, r.pairing(a, b));
            }
        }
        return out.toString();
    }

    /** One row per strategy over every negotiation it played (self-play counted once per agent). */
    public static String strategies(TournamentResult r) {
        StringBuilder out = new StringBuilder("strategy,").append(String.join(",", SUMMARY_COLUMNS)).append('\n');
        for (int a = 0; a < r.strategies().size(); a++) {
            out.append(field(r.strategies().get(a).name())).append(',');
            summary(out, r.strategy(a));
        }
        return out.toString();
    }

    /** One row per domain: its size, reservation values, frontier and Nash point (d = reservation values). */
    public static String domains(TournamentResult r) {
        StringBuilder out = new StringBuilder("domain,profile_1,profile_2,outcomes,rv_1,rv_2,pareto_points,"
                + "pareto_outcomes,nash_u_1,nash_u_2\n");
        for (TournamentDomain d : r.domains()) {
            double[] nash = d.nash().map(p -> p.utilities()).orElse(new double[] {Double.NaN, Double.NaN});
            out.append(field(d.name())).append(',').append(field(d.parties().get(0))).append(',')
                    .append(field(d.parties().get(1))).append(',').append(d.outcomeCount()).append(',')
                    .append(number(d.reservation(0))).append(',').append(number(d.reservation(1))).append(',')
                    .append(d.frontier().distinctCount()).append(',').append(d.frontier().totalOutcomeCount())
                    .append(',').append(number(nash[0])).append(',').append(number(nash[1])).append('\n');
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, TournamentSummary s) {
        out.append(s.count()).append(',')
                .append(s.agreements().successes()).append(',')
                .append(number(s.agreementRate())).append(',')
                .append(number(mean(s.ownUtility().n(), s.ownUtility().mean()))).append(',')
                .append(number(mean(s.opponentUtility().n(), s.opponentUtility().mean()))).append(',')
                .append(number(mean(s.welfare().n(), s.welfare().mean()))).append(',')
                .append(number(mean(s.paretoDistance().n(), s.paretoDistance().mean()))).append(',')
                .append(number(s.meanNashDistance())).append(',')
                .append(number(s.meanAgreementRounds())).append(',')
                .append(number(s.ownUtility().n() < 2 ? Double.NaN : Math.sqrt(s.ownUtility().variance())))
                .append('\n');
    }

    private static double mean(long n, double mean) {
        return n == 0 ? Double.NaN : mean;
    }

    static String number(double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }

    /** RFC 4180 quoting where needed. */
    static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
