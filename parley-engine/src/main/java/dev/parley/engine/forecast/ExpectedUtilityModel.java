package dev.parley.engine.forecast;

import dev.parley.engine.forecast.ExpectedUtilityOptions.CapitulationRule;
import dev.parley.engine.forecast.ExpectedUtilityOptions.CompromiseChoice;
import dev.parley.engine.forecast.ExpectedUtilityOptions.ImprovementRule;
import dev.parley.engine.forecast.ExpectedUtilityOptions.ProbabilityDenominator;
import dev.parley.engine.forecast.ExpectedUtilityOptions.ReferencePosition;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Bueno de Mesquita's expected-utility model of group decisions as unravelled by Scholz, Calbert &amp; Smith
 * (2011), one issue (dimension) at a time.
 *
 * <p>Each round (Scholz's appendix, steps 2–11): every risk exponent is reset to 1; each actor's "danger" (the
 * sum of the others' expected utilities of challenging it) gives its risk acceptance
 * {@code R_i = (2 D_i − D_max − D_min)/(D_max − D_min)} and exponent {@code r_i = (1 − R_i/3)/(1 + R_i/3)};
 * then every actor i, from its own perspective (its own r_i), computes for every j at a different position
 * {@code E_ij} (i challenges j) and {@code E_ji} (j challenges i) with
 * <pre>
 *   E = s_j [P U_s + (1 − P) U_f] + (1 − s_j) U_s − Q U_sq − (1 − Q)[T U_b + (1 − T) U_w]
 *   U_s = 2 − 4(0.5 − 0.5 |x_i − x_j|/R)^r,  U_f = 2 − 4(0.5 + 0.5 |x_i − x_j|/R)^r,  U_sq = 2 − 4·0.5^r
 *   U_b = 2 − 4(0.5 − 0.25(|x_i − μ| + |x_i − x_j|)/R)^r,  U_w = 2 − 4(0.5 + 0.25(|x_i − μ| + |x_i − x_j|)/R)^r
 * </pre>
 * and classifies j's offer to i: confrontation if {@code E_ji > E_ij > 0} (i moves to x_j), compromise if
 * {@code E_ji > 0 > E_ij} and {@code E_ji > |E_ij|} (i moves to {@code x_i + (x_j − x_i)|E_ij/E_ji|}),
 * capitulation if {@code E_ji > 0 > E_ij} and {@code E_ji < |E_ij|} (i moves to x_j). Each actor accepts one
 * offer — confrontation before compromise before capitulation, the one that moves it least (compromises: see
 * {@link CompromiseChoice}) — and all moves are applied simultaneously.
 *
 * <p>Votes of k for position a over b are {@code c_k s_k ((|x_k − x_b|/R)^{r_k} − (|x_k − x_a|/R)^{r_k})} (the
 * risk exponent on the distances as in jmckib's replication); P is the sum of positive votes for i over j
 * divided by the denominator chosen in {@link ProbabilityDenominator}. R is the range of the <em>initial</em>
 * positions, kept fixed, as in jmckib's code.
 *
 * <p>Choices needed to reproduce {@code dmasad/bdm-scholz-expected-utility-model:Example.log} (all defaults
 * here): all-pairs denominator, Q = 1, Scholz's compromise choice. The capitulation fix does not change that
 * example because no capitulation condition arises in it (checked by the golden test with both rules). Guards
 * outside the paper's domain: when all positions coincide (R = 0) nobody moves; when every danger is equal,
 * every risk exponent stays 1.
 */
public final class ExpectedUtilityModel implements ForecastModel {

    private final ExpectedUtilityOptions options;

    public ExpectedUtilityModel(ExpectedUtilityOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ExpectedUtilityModel() {
        this(ExpectedUtilityOptions.defaults());
    }

    public ExpectedUtilityOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "expected-utility-" + options.outcome().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Kind of offer accepted by an actor. */
    public enum OfferType { CONFRONTATION, COMPROMISE, CAPITULATION }

    /**
     * A move in one round: {@code actor} accepts {@code proposer}'s offer.
     *
     * @param actor        index of the actor that moves
     * @param proposer     index of the actor whose offer it accepts
     * @param type         kind of offer
     * @param euActor      E_ij: expected utility, for the actor, of challenging the proposer (actor's view)
     * @param euProposer   E_ji: expected utility of the proposer challenging the actor (actor's view)
     * @param newPosition  the actor's position after the round
     */
    public record Move(int actor, int proposer, OfferType type, double euActor, double euProposer,
                       double newPosition) {
    }

    /**
     * One round.
     *
     * @param round          1-based round number
     * @param riskExponents  r_i used for the offers of this round
     * @param moves          accepted offers, in actor order
     * @param positions      positions after the round
     * @param median         median voter position after the round
     * @param mean           weighted mean position after the round
     */
    public record Round(int round, double[] riskExponents, List<Move> moves, double[] positions, double median,
                        double mean) {
    }

    /**
     * A whole run on one dimension.
     *
     * @param initialPositions positions before round 1
     * @param initialMedian    median voter position before round 1
     * @param initialMean      weighted mean before round 1
     * @param rounds           the rounds run
     */
    public record Run(double[] initialPositions, double initialMedian, double initialMean, List<Round> rounds) {

        /** @return the positions after the last round */
        public double[] finalPositions() {
            return rounds.isEmpty() ? initialPositions.clone() : rounds.get(rounds.size() - 1).positions().clone();
        }

        /** @return the median after the last round */
        public double finalMedian() {
            return rounds.isEmpty() ? initialMedian : rounds.get(rounds.size() - 1).median();
        }

        /** @return the weighted mean after the last round */
        public double finalMean() {
            return rounds.isEmpty() ? initialMean : rounds.get(rounds.size() - 1).mean();
        }
    }

    @Override
    public double[] forecast(ForecastProblem problem) {
        double[] out = new double[problem.dimensionCount()];
        for (int d = 0; d < out.length; d++) {
            Run run = run(problem, d);
            out[d] = options.outcome() == ReferencePosition.MEDIAN ? run.finalMedian() : run.finalMean();
        }
        return out;
    }

    /** Runs the model on dimension {@code d} of the problem (the salience of that dimension is used). */
    public Run run(ForecastProblem problem, int d) {
        int n = problem.actorCount();
        double[] c = new double[n];
        double[] s = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            ForecastActor a = problem.actors().get(i);
            c[i] = a.capability();
            s[i] = a.salience(d);
            x[i] = a.position(d);
        }
        return run(c, s, x);
    }

    /**
     * Runs the model on one issue.
     *
     * @param capability capability per actor (Scholz: shares summing to 1, but any scale works)
     * @param salience   salience per actor in [0, 1], read as the probability that the actor resists
     * @param position   initial position per actor
     * @return the run, round by round
     */
    public Run run(double[] capability, double[] salience, double[] position) {
        int n = position.length;
        if (capability.length != n || salience.length != n || n < 2) {
            throw new IllegalArgumentException("need at least 2 actors and one capability, salience and position "
                    + "each (got " + capability.length + ", " + salience.length + ", " + n + ")");
        }
        return new Engine(capability, salience, position).run();
    }

    /** The mutable state of one run; primitive arrays only. */
    private final class Engine {
        private final int n;
        private final double[] w;      // c_k s_k, the voting weight
        private final double[] s;
        private final double[] x;
        private final double[] r;
        private final double range;
        private final double[][] dist; // dist[k][a] = (|x_k - x_a| / R)^{r_k}
        private double allPairsDenominator;

        Engine(double[] c, double[] sal, double[] pos) {
            n = pos.length;
            w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = c[i] * sal[i];
            }
            s = sal.clone();
            x = pos.clone();
            r = new double[n];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : x) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            range = hi - lo;
            dist = new double[n][n];
        }

        Run run() {
            double[] initial = x.clone();
            double median0 = median();
            double mean0 = mean();
            List<Round> rounds = new ArrayList<>();
            if (range == 0) {
                return new Run(initial, median0, mean0, rounds);
            }
            for (int round = 1; round <= options.maxRounds(); round++) {
                double mu = options.reference() == ReferencePosition.MEDIAN ? median() : mean();
                updateRisk(mu);
                List<Move> moves = offers(mu);
                double maxMove = 0;
                for (Move m : moves) {
                    maxMove = Math.max(maxMove, Math.abs(m.newPosition() - x[m.actor()]));
                }
                for (Move m : moves) {
                    x[m.actor()] = m.newPosition();
                }
                rounds.add(new Round(round, r.clone(), List.copyOf(moves), x.clone(), median(), mean()));
                if (maxMove == 0 || maxMove <= options.tolerance()) {
                    break;
                }
            }
            return new Run(initial, median0, mean0, rounds);
        }

        /** Scholz steps 2–4: dangers with r = 1, then the risk exponents. */
        private void updateRisk(double mu) {
            Arrays.fill(r, 1.0);
            prepareVotes();
            double[] danger = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int a = 0; a < n; a++) {
                double sum = 0;
                for (int o = 0; o < n; o++) {
                    if (o != a) {
                        sum += expectedUtility(a, o, a, mu);
                    }
                }
                danger[a] = sum;
                max = Math.max(max, sum);
                min = Math.min(min, sum);
            }
            double[] next = new double[n];
            for (int a = 0; a < n; a++) {
                double acceptance = max > min ? (2 * danger[a] - max - min) / (max - min) : 0.0;
                next[a] = (1 - acceptance / 3.0) / (1 + acceptance / 3.0);
            }
            System.arraycopy(next, 0, r, 0, n);
            prepareVotes();
        }

        /** Fills the distance-utility table for the current r and the all-pairs denominator. */
        private void prepareVotes() {
            double[] sorted = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                double[] dk = dist[k];
                for (int a = 0; a < n; a++) {
                    dk[a] = Math.pow(Math.abs(x[k] - x[a]) / range, r[k]);
                }
                if (options.denominator() == ProbabilityDenominator.ALL_PAIRS) {
                    // Σ_{a1,a2} |d(a2) − d(a1)| = 2 Σ_{i<j} (v_j − v_i) over sorted v
                    System.arraycopy(dk, 0, sorted, 0, n);
                    Arrays.sort(sorted);
                    double pairSum = 0;
                    for (int i = 0; i < n; i++) {
                        pairSum += sorted[i] * (2 * i - n + 1);
                    }
                    total += w[k] * 2 * pairSum;
                }
            }
            allPairsDenominator = total;
        }

        /** Probability that the position of actor a beats that of actor b. */
        private double probability(int a, int b) {
            if (x[a] == x[b]) {
                return 0.0;
            }
            double num = 0;
            double pairAbs = 0;
            for (int k = 0; k < n; k++) {
                double v = w[k] * (dist[k][b] - dist[k][a]);
                if (v > 0) {
                    num += v;
                }
                pairAbs += Math.abs(v);
            }
            if (options.denominator() == ProbabilityDenominator.ALL_PAIRS) {
                return allPairsDenominator > 0 ? num / allPairsDenominator : 0.0;
            }
            return pairAbs > 0 ? num / pairAbs : 0.5;
        }

        /** E^p(U_ab): p's estimate (with r_p) of a's expected utility of challenging b. */
        private double expectedUtility(int p, int a, int b, double mu) {
            double rp = r[p];
            double prob = probability(a, b);
            double gap = Math.abs(x[a] - x[b]);
            double uSuccess = 2 - 4 * Math.pow(0.5 - 0.5 * gap / range, rp);
            double uFailure = 2 - 4 * Math.pow(0.5 + 0.5 * gap / range, rp);
            double uStatusQuo = 2 - 4 * Math.pow(0.5, rp);
            double resist = s[b] * (prob * uSuccess + (1 - prob) * uFailure);
            double notResist = (1 - s[b]) * uSuccess;
            double eu = resist + notResist - options.q() * uStatusQuo;
            if (options.q() < 1) {
                double shift = 0.25 * (Math.abs(x[a] - mu) + gap) / range;
                double uBetter = 2 - 4 * Math.pow(0.5 - shift, rp);
                double uWorse = 2 - 4 * Math.pow(0.5 + shift, rp);
                double t = options.improvement() == ImprovementRule.FIXED ? options.fixedT()
                        : (Math.abs(x[a] - mu) < gap ? 1.0 : 0.0);
                eu -= (1 - options.q()) * (t * uBetter + (1 - t) * uWorse);
            }
            return eu;
        }

        /** Scholz step 5: each actor's accepted offer, all from the same state. */
        private List<Move> offers(double mu) {
            List<Move> moves = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Move best = null;
                int bestRank = Integer.MAX_VALUE;
                double bestKey = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (x[j] == x[i]) {
                        continue;
                    }
                    double eij = expectedUtility(i, i, j, mu);
                    double eji = expectedUtility(i, j, i, mu);
                    OfferType type;
                    double pos;
                    if (eji > eij && eij > 0) {
                        type = OfferType.CONFRONTATION;
                        pos = x[j];
                    } else if (eji > 0 && 0 > eij && eji > Math.abs(eij)) {
                        type = OfferType.COMPROMISE;
                        pos = x[i] + (x[j] - x[i]) * Math.abs(eij / eji);
                    } else if (eji > 0 && 0 > eij && capitulates(eij, eji)) {
                        type = OfferType.CAPITULATION;
                        pos = x[j];
                    } else {
                        continue;
                    }
                    int rank = type.ordinal();
                    double key = type == OfferType.COMPROMISE
                            && options.compromiseChoice() == CompromiseChoice.SCHOLZ_CODE
                            ? (Math.abs(eij) * x[i] + Math.abs(eji) * x[j]) / (Math.abs(eij) + Math.abs(eji))
                            : Math.abs(x[i] - pos);
                    // strict comparisons keep the first offer among equals, as Python's min() does
                    if (rank < bestRank || (rank == bestRank && key < bestKey)) {
                        best = new Move(i, j, type, eij, eji, pos);
                        bestRank = rank;
                        bestKey = key;
                    }
                }
                if (best != null) {
                    moves.add(best);
                }
            }
            return moves;
        }

        private boolean capitulates(double eij, double eji) {
            return options.capitulation() == CapitulationRule.CORRECTED ? eji < Math.abs(eij)
                    : eji < Math.abs(eji);
        }

        /** King-of-the-hill over distinct positions in ascending order, with risk-neutral votes. */
        private double median() {
            double[] distinct = Arrays.stream(x).distinct().sorted().toArray();
            double median = distinct[0];
            for (int p = 1; p < distinct.length; p++) {
                double candidate = distinct[p];
                double votes = 0;
                for (int k = 0; k < n; k++) {
                    votes += w[k] * (Math.abs(x[k] - median) / range - Math.abs(x[k] - candidate) / range);
                }
                if (votes > 0) {
                    median = candidate;
                }
            }
            return median;
        }

        private double mean() {
            double num = 0;
            double den = 0;
            for (int k = 0; k < n; k++) {
                num += w[k] * x[k];
                den += w[k];
            }
            return den > 0 ? num / den : Arrays.stream(x).average().orElse(Double.NaN);
        }
    }
}
