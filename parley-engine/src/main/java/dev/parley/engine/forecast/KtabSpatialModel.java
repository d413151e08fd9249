package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabParameters;
import dev.parley.model.forecast.KtabParameters.BigRAdjust;
import dev.parley.model.forecast.KtabParameters.BigRRange;
import dev.parley.model.forecast.KtabParameters.BargnModel;
import dev.parley.model.forecast.KtabParameters.InterVecBrgn;
import dev.parley.model.forecast.KtabParameters.StateTransitions;
import dev.parley.model.forecast.KtabParameters.ThirdPartyCommit;
import dev.parley.model.forecast.KtabParameters.VotingRule;
import dev.parley.model.forecast.KtabScenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.parley.engine.forecast.ProbabilisticCondorcetElection.argMax;
import static dev.parley.engine.forecast.ProbabilisticCondorcetElection.coalitions;
import static dev.parley.engine.forecast.ProbabilisticCondorcetElection.pce;
import static dev.parley.engine.forecast.ProbabilisticCondorcetElection.scalarPce;
import static dev.parley.engine.forecast.ProbabilisticCondorcetElection.vote;

/**
 * A port of KTAB's Spatial Model of Politics (SMP), deterministic state transitions, after
 * {@code lsyaseen/KTAB:examples/smp/libsrc/smp.cpp}, {@code smpbcn.cpp} and {@code KTAB/kmodel/libsrc/kmodel.cpp}
 * (MIT, © 2015 KAPSARC); equations in {@code shared/reference/forecast-models.md} §2.3.
 *
 * <p>Positions are mapped from each dimension's scale to [0, 1] (KTAB divides its 0–100 inputs by 100); saliences
 * are fractions whose sum per actor must not exceed 1; capabilities are used raw. Each turn:
 * <ol>
 *   <li><b>Risk inference</b> ({@code setAllAUtil}): salience-weighted distances from ideals to positions,
 *       risk-neutral utilities {@code u = 1 − d}, coalitions over all N positions weighted by capability, PCE,
 *       then {@code R_i} by {@link BigRRange}; h's estimate of i's attitude by {@link BigRAdjust};
 *       utilities {@code u(d, R) = (1 − d)(1 + dR)} (d ≤ 1, else {@code (1 − d)(1 + R)}).</li>
 *   <li><b>Challenges</b> ({@code probEduChlg}): each actor i picks the target j with the largest expected gain
 *       {@code Δ(i,i,i,j) > 1e-5} (first maximum, targets in ascending order), with third parties joining
 *       "little" coalitions per {@link ThirdPartyCommit}.</li>
 *   <li><b>Bargains</b>: interpolated per {@link InterVecBrgn} (S2P2: weights s²P², results rounded to 4 decimals
 *       on the 0–1 scale) and queued per {@link BargnModel} on both actors' queues, after each actor's
 *       status-quo bargain.</li>
 *   <li><b>Resolution</b> ({@code doBCN}): for each actor k, every actor values each bargain in k's queue as the
 *       mean utility of all N positions after it; a scalar PCE over the queue (capability weights) and the first
 *       most probable bargain decide k's new position. All actors move simultaneously; ideals then move toward
 *       positions by the accommodation matrix (identity: ideal = position).</li>
 *   <li><b>Stopping</b> ({@code smpStopFn}): at least 2 and at most 100 iterations; stop when
 *       {@code Σ_i ‖x_i(t) − x_i(t−1)‖ / (Σ_i ‖x_i(1) − x_i(0)‖ + 1e-4) < 0.02}.</li>
 * </ol>
 * Winning probabilities are the PCE over distinct positions (tolerance 1e-3 on the 0–1 scale) with each actor's
 * own utilities, Proportional voting and capability weights ({@code SMPState::pDist(-1)}).
 *
 * <p>KTAB behaviours kept on purpose: under {@code InitRcvrInterp} and {@code PWCompInterp}, the receiver's
 * interpolation is called with the receiver's expected <em>gain</em> where a probability is meant, and the
 * power-weighted compromise weights both sides by the initiator's capability ({@code smpbcn.cpp}, {@code doBCN}).
 * Differences: the bargain queue lists the status quo first and then bargains in order of initiator index (KTAB
 * 2017 filled it from threads; the order only matters for exact ties); when every actor has the same PCE
 * probability (KTAB would divide 0 by 0) all risk attitudes are set to 0. {@link StateTransitions#STOCHASTIC}
 * is not supported (it needs KTAB's mt19937_64 stream and thread order).
 */
public final class KtabSpatialModel implements ForecastModel {

    /** KTAB {@code configExec}: minimum iterations. */
    public static final int MIN_ITERATIONS = 2;
    /** KTAB {@code configExec}: maximum iterations. */
    public static final int MAX_ITERATIONS = 100;
    /** KTAB {@code configExec}: stop when the step is below this fraction of the first step. */
    public static final double STOP_RATIO = 0.02;
    /** KTAB {@code configExec}: guard added to the first step's size. */
    public static final double MIN_SIGNIFICANT_DELTA = 1e-4;
    /** KTAB {@code SMPModel::posTol}: positions closer than this (0–1 scale, Euclidean) are the same. */
    public static final double POSITION_TOLERANCE = 1e-3;
    /** KTAB {@code bestChallenge}: smallest expected gain worth a challenge. */
    public static final double MIN_SIGNIFICANT_GAIN = 1e-5;
    /** KTAB {@code probEduChlg}: floor of challenge coalitions. */
    static final double MIN_CHALLENGE_COALITION = 1e-10;
    /** KTAB {@code interpBrgnSnPm}, {@code interpBrgnS2PMax}: weight floor. */
    static final double MIN_INTERP_WEIGHT = 1e-6;
    /** KTAB {@code Model::minNumActor}, {@code maxNumActor}. */
    public static final int MIN_ACTORS = 3;
    public static final int MAX_ACTORS = 250;

    /** Runs with at least this many actors use several threads (results do not depend on it). */
    public static final int PARALLEL_THRESHOLD = 32;

    private final KtabParameters parameters;
    private final boolean parallel;

    /**
     * @param parameters KTAB's model parameters
     * @param parallel   whether runs of {@value #PARALLEL_THRESHOLD} or more actors may use the common fork-join
     *                   pool; every actor's challenge and every bargain resolution is computed independently, so
     *                   the results are bit-identical either way
     */
    public KtabSpatialModel(KtabParameters parameters, boolean parallel) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.parallel = parallel;
        if (parameters.stateTransitions() != StateTransitions.DETERMINISTIC) {
            throw new IllegalArgumentException("StateTransitions " + parameters.stateTransitions().ktabName()
                    + " is not supported (use Deterministic; Stochastic needs KTAB's mt19937_64 stream)");
        }
    }

    /** KTAB's model with the given parameters, parallel for large runs. */
    public KtabSpatialModel(KtabParameters parameters) {
        this(parameters, true);
    }

    /** KTAB's defaults. */
    public KtabSpatialModel() {
        this(KtabParameters.defaults());
    }

    public KtabParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "ktab-smp";
    }

    /**
     * Forecast: the winning-probability-weighted mean of the distinct positions of the final state (our summary;
     * KTAB itself reports the whole distribution).
     */
    @Override
    public double[] forecast(ForecastProblem problem) {
        Engine e = new Engine(problem, KtabScenario.identity(problem.actorCount()));
        e.run();
        return e.expectedOutcome();
    }

    /**
     * A model with the scenario's own parameters when it has them (KTAB XML), else KTAB's defaults.
     *
     * @throws IllegalArgumentException when the scenario asks for Stochastic state transitions
     */
    public static KtabSpatialModel forScenario(KtabScenario scenario) {
        return new KtabSpatialModel(scenario.parameters().orElse(KtabParameters.defaults()));
    }

    /** Runs with identity accommodation (ideal = position, as KTAB does for CSV input). */
    public KtabRun run(ForecastProblem problem) {
        return new Engine(problem, KtabScenario.identity(problem.actorCount())).run();
    }

    /** Runs a scenario with its accommodation matrix (its own parameters are ignored: use this model's). */
    public KtabRun run(KtabScenario scenario) {
        return new Engine(scenario.problem(), scenario.accommodation()).run();
    }

    /** A bargain: the initiator and receiver adopt the given coordinates (0–1 scale). */
    private record Bargain(int init, int rcvr, double[] posInit, double[] posRcvr) {
        boolean statusQuo() {
            return init == rcvr;
        }
    }

    /** One run's mutable state, in primitive arrays on the 0–1 scale. */
    private final class Engine {
        private final ForecastProblem problem;
        private final int n;
        private final int nd;
        private final double[] cap;
        private final double[][] sal;
        private final double[] salSum;
        private final double[][] acc;
        private final boolean identity;
        private double[][] pos;
        private double[][] ideal;
        // per-state quantities
        private final double[][] diff;   // diff[i][j]: distance from i's ideal to j's position, i's saliences
        private double[] risk;           // R_i
        private final double[][] own;    // own[a][m] = aUtil[a](a, m), each actor's own utilities
        private final double[] influence;   // S_m c_m, the weight of m's vote in challenges
        private final boolean inParallel;
        private Perspective sequentialView;  // scratch reused across turns when running on one thread
        private final List<double[][]> history = new ArrayList<>();

        Engine(ForecastProblem problem, double[][] accommodation) {
            this.problem = problem;
            n = problem.actorCount();
            nd = problem.dimensionCount();
            if (n < MIN_ACTORS || n > MAX_ACTORS) {
                throw new IllegalArgumentException("KTAB's SMP needs " + MIN_ACTORS + " to " + MAX_ACTORS
                        + " actors (got " + n + ")");
            }
            cap = new double[n];
            sal = new double[n][nd];
            salSum = new double[n];
            pos = new double[n][nd];
            for (int i = 0; i < n; i++) {
                ForecastActor a = problem.actors().get(i);
                cap[i] = a.capability();
                if (!(cap[i] > 0)) {
                    throw new IllegalArgumentException("actor '" + a.name() + "': capability " + cap[i]
                            + " must be > 0 for KTAB's SMP (a zero voting weight is rejected by KTAB's vote())");
                }
                double sum = 0;
                for (int d = 0; d < nd; d++) {
                    ForecastDimension dim = problem.dimensions().get(d);
                    sal[i][d] = a.salience(d);
                    sum = sum + sal[i][d];
                    pos[i][d] = (a.position(d) - dim.low()) / dim.width();
                }
                salSum[i] = sum;
                if (!(sum > 0) || sum > 1 + 1e-12) {
                    throw new IllegalArgumentException("actor '" + a.name() + "': total salience " + sum
                            + " must be in (0, 1] for KTAB's SMP (saliences are fractions of attention)");
                }
            }
            acc = new double[n][];
            boolean id = true;
            for (int i = 0; i < n; i++) {
                acc[i] = accommodation[i].clone();
                for (int j = 0; j < n; j++) {
                    id &= Math.abs(acc[i][j] - (i == j ? 1.0 : 0.0)) < 1e-10;
                }
            }
            identity = id;
            ideal = copy(pos);
            diff = new double[n][n];
            inParallel = parallel && n >= PARALLEL_THRESHOLD;
            influence = new double[n];
            for (int i = 0; i < n; i++) {
                influence[i] = salSum[i] * cap[i];
            }
            own = new double[n][n];
        }

        KtabRun run() {
            List<KtabRun.State> states = new ArrayList<>();
            List<KtabRun.Step> steps = new ArrayList<>();
            List<Double> changes = new ArrayList<>();
            history.add(copy(pos));
            inferRisk();
            int iter = 0;
            while (true) {
                iter++;
                states.add(new KtabRun.State(toScale(pos), toScale(ideal), risk.clone(), winningProbabilities()));
                steps.add(bargainAndResolve());
                history.add(copy(pos));
                inferRisk();
                double d01 = stateDistance(history.get(0), history.get(1)) + MIN_SIGNIFICANT_DELTA;
                double dxy = stateDistance(history.get(iter - 1), history.get(iter));
                double ratio = dxy / d01;
                changes.add(ratio);
                boolean tooLong = MAX_ITERATIONS <= iter;
                boolean longEnough = MIN_ITERATIONS <= iter;
                if (tooLong || (longEnough && ratio < STOP_RATIO)) {
                    break;
                }
            }
            states.add(new KtabRun.State(toScale(pos), toScale(ideal), risk.clone(), winningProbabilities()));
            return new KtabRun(List.copyOf(states), List.copyOf(steps), List.copyOf(changes));
        }

        /** {@code SMPState::setAllAUtil}: distances, risk-neutral PCE, inferred risk attitudes. */
        private void inferRisk() {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    diff[i][j] = weightedDistance(ideal[i], pos[j], sal[i]);
                }
            }
            double[][] rn = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    rn[i][j] = utility(diff[i][j], 0.0);
                }
            }
            double[][] c = coalitions(parameters.votingRule(), cap, rn, n, n);
            double[] p = pce(parameters.pceModel(), parameters.victoryProbModel(), c);
            risk = bigRFromProbabilities(p, parameters.bigRRange());
        }

        /** One actor's view (h) of everybody's utilities: scratch space, one per block of actors. */
        private final class Perspective {
            private final double[] est = new double[n];            // h's estimate of R_i
            private final double[][] byPosition = new double[n][n]; // byPosition[j][i] = aUtil[h](i, j)
            private final double[] selfUtility = new double[n];    // aUtil[h](m, m)
            private final double[] out = new double[2];

            /**
             * Sets h's estimates est[i] of every actor's risk attitude and h's utility table, stored by position:
             * {@code byPosition[j][i] = aUtil[h](i, j)}, so that loops over actors i read memory in order.
             */
            private void estimatesBy(int h) {
                for (int i = 0; i < n; i++) {
                    est[i] = estimate(risk[h], risk[i], parameters.bigRAdjust());
                }
                for (int i = 0; i < n; i++) {
                    double[] di = diff[i];
                    double ei = est[i];
                    for (int j = 0; j < n; j++) {
                        byPosition[j][i] = utility(di[j], ei);
                    }
                    selfUtility[i] = byPosition[i][i];
                }
            }

            /** aUtil[h](i, j) for the h of the last {@link #estimatesBy(int)}. */
            private double u(int i, int j) {
                return byPosition[j][i];
            }

            /**
             * {@code probEduChlg(h, k, i, j)} with {@link #est} set for h: returns h's estimate of P[i beats j] in
             * {@code out[0]} and of k's expected gain from i challenging j in {@code out[1]}.
             */
            private void challenge(int k, int i, int j, double[] out) {
                VotingRule vr = parameters.votingRule();
                double uii = u(i, i);
                double uij = u(i, j);
                double uji = u(j, i);
                double ujj = u(j, j);
                double euSQ = u(k, i) + u(k, j);
                double uhkij = u(k, i) + u(k, i);
                double uhkji = u(k, j) + u(k, j);
                double si = salSum[i];
                double ci = cap[i];
                double sj = salSum[j];
                double cj = cap[j];
                double contribI = vote(vr, si * ci, uii, uij);
                double contribJ = vote(vr, sj * cj, uji, ujj);
                double chij = MIN_CHALLENGE_COALITION;
                double chji = MIN_CHALLENGE_COALITION;
                if (contribI > 0.0) {
                    chij = chij + contribI;
                }
                if (contribI < 0.0) {
                    chji = chji - contribI;
                }
                if (contribJ > 0.0) {
                    chij = chij + contribJ;
                }
                if (contribJ < 0.0) {
                    chji = chji - contribJ;
                }
                double principalsI = chij;
                double principalsJ = chji;
                ThirdPartyCommit tpc = parameters.thirdPartyCommit();
                double[] toI = byPosition[i];
                double[] toJ = byPosition[j];
                if (vr == VotingRule.PROPORTIONAL && tpc == ThirdPartyCommit.SEMI_COMMIT) {
                    // KTAB's defaults, written out: the same floating-point operations as vote() and
                    // thirdPartyVote() below, without their dispatch in the O(n³) loop
                    for (int m = 0; m < n; m++) {
                        if (m == i || m == j) {
                            continue;
                        }
                        double wn = influence[m];
                        double uni = toI[m];
                        double unj = toJ[m];
                        double unn = selfUtility[m];
                        double cn = wn * (uni - unj);
                        double cni = cn > 0 ? principalsI + cn : principalsI;
                        double cnj = cn < 0 ? principalsJ - cn : principalsJ;
                        double pin = cni / (cni + cnj);
                        double pjn = 1.0 - pin;
                        double uIkJ = (pin * (uni + uni + unn)) + (pjn * (unj + unj + unj));
                        double uIJk = (pin * (uni + uni + uni)) + (pjn * (unj + unj + unn));
                        double v = wn * (uIkJ - uIJk);
                        chij = v > 0 ? chij + v : chij;
                        chji = v < 0 ? chji - v : chji;
                    }
                } else {
                    for (int m = 0; m < n; m++) {
                        if (m == i || m == j) {
                            continue;
                        }
                        double wn = influence[m];
                        double uni = toI[m];
                        double unj = toJ[m];
                        double unn = selfUtility[m];
                        // Actor::vProbLittle: only the principals and m itself
                        double cn = vote(vr, wn, uni, unj);
                        double cni = cn > 0 ? principalsI + cn : principalsI;
                        double cnj = cn < 0 ? principalsJ - cn : principalsJ;
                        double pin = cni / (cni + cnj);
                        double pjn = 1.0 - pin;
                        double v = thirdPartyVote(wn, vr, tpc, pin, pjn, uni, unj, unn);
                        chij = v > 0 ? chij + v : chij;
                        chji = v < 0 ? chji - v : chji;
                    }
                }
                double phij = chij / (chij + chji);
                double phji = chji / (chij + chji);
                double euCntst = phij * uhkij + phji * uhkji;
                double euChlg = (1 - sj) * uhkij + sj * euCntst;
                out[0] = phij;
                out[1] = euChlg - euSQ;
            }
        }

        /** {@code SMPState::doBCN}: challenges, bargains, resolution; moves {@link #pos} and {@link #ideal}. */
        private KtabRun.Step bargainAndResolve() {
            List<List<Bargain>> queues = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                List<Bargain> q = new ArrayList<>();
                q.add(new Bargain(k, k, pos[k], pos[k]));
                queues.add(q);
            }
            for (int a = 0; a < n; a++) {
                // aUtil[a](a, m) uses estNRA(R_a, R_a), which is not always bit-equal to R_a; posUtil uses R_a
                double raa = estimate(risk[a], risk[a], parameters.bigRAdjust());
                for (int m = 0; m < n; m++) {
                    own[a][m] = utility(diff[a][m], raa);
                }
            }
            int[] targets = new int[n];
            double[] probs = new double[n];
            double[] gains = new double[n];
            Bargain[][] proposed = new Bargain[n][];
            // each actor's challenge and bargains are independent of the others': compute them in any order,
            // each block of actors with its own scratch perspective
            if (inParallel) {
                int blocks = Math.min(n, 4 * java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
                java.util.stream.IntStream.range(0, blocks).parallel().forEach(b -> {
                    Perspective view = new Perspective();
                    for (int i = b; i < n; i += blocks) {
                        proposeBargains(view, i, targets, probs, gains, proposed);
                    }
                });
            } else {
                if (sequentialView == null) {
                    sequentialView = new Perspective();
                }
                for (int i = 0; i < n; i++) {
                    proposeBargains(sequentialView, i, targets, probs, gains, proposed);
                }
            }
            // queues in initiator order, after each actor's status quo
            for (int i = 0; i < n; i++) {
                if (proposed[i] == null) {
                    continue;
                }
                int j = targets[i];
                for (Bargain b : proposed[i]) {
                    queues.get(i).add(b);
                }
                for (Bargain b : proposed[i]) {
                    queues.get(j).add(b);
                }
            }
            // resolution: every actor k adopts the most probable bargain of its queue
            double[][] next = new double[n][];
            int[] chosen = new int[n];
            forEachActor(k -> {
                List<Bargain> q = queues.get(k);
                int nb = q.size();
                double[][] um = new double[n][nb];
                for (int a = 0; a < n; a++) {
                    for (int m = 0; m < nb; m++) {
                        um[a][m] = bargainUtility(q.get(m), a);
                    }
                }
                double[] p = scalarPce(n, nb, cap, um, parameters.votingRule(), parameters.victoryProbModel(),
                        parameters.pceModel());
                int best = argMax(p);
                chosen[k] = best;
                Bargain b = q.get(best);
                next[k] = b.statusQuo() ? pos[k].clone() : (b.init() == k ? b.posInit().clone() : b.posRcvr().clone());
            });
            pos = next;
            updateIdeals();
            return new KtabRun.Step(targets, probs, gains, chosen);
        }

        /** Runs {@code body} for every actor index, on several threads when the run is large enough. */
        private void forEachActor(java.util.function.IntConsumer body) {
            if (inParallel) {
                java.util.stream.IntStream.range(0, n).parallel().forEach(body);
            } else {
                for (int i = 0; i < n; i++) {
                    body.accept(i);
                }
            }
        }

        /**
         * {@code bestChallenge(i)} and the bargains i proposes to its target ({@code doBCN}); writes only slot i
         * of the arrays.
         */
        private void proposeBargains(Perspective view, int i, int[] targets, double[] probs, double[] gains,
                                     Bargain[][] proposed) {
            double[] out = view.out;
            view.estimatesBy(i);
            int bestJ = -1;
            double pIJ = 0;
            double bestEU = -1.0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                view.challenge(i, i, j, out);
                if (MIN_SIGNIFICANT_GAIN < out[1] && bestEU < out[1]) {
                    bestJ = j;
                    pIJ = out[0];
                    bestEU = out[1];
                }
            }
            targets[i] = bestJ;
            if (bestJ < 0) {
                return;
            }
            probs[i] = pIJ;
            gains[i] = bestEU;
            int j = bestJ;
            Bargain iij = interpolate(i, j, pIJ, 1 - pIJ);
            BargnModel bm = parameters.bargnModel();
            if (bm == BargnModel.INIT_ONLY_INTERP) {
                proposed[i] = new Bargain[] {iij};
                return;
            }
            // KTAB passes j's expected gain (get<1> of probEduChlg(j, i, i, j)) where a probability is meant
            view.estimatesBy(j);
            view.challenge(i, i, j, out);
            double pjiJ = out[1];
            Bargain jij = interpolate(i, j, pjiJ, 1 - pjiJ);
            if (bm == BargnModel.INIT_RCVR_INTERP) {
                proposed[i] = new Bargain[] {iij, jij};
                return;
            }
            // KTAB weights both sides by the initiator's capability
            double wi = cap[i] * salSum[i];
            double wj = cap[i] * salSum[j];
            double[] bpi = new double[nd];
            double[] bpj = new double[nd];
            for (int d = 0; d < nd; d++) {
                bpi[d] = (wi * iij.posInit()[d] + wj * jij.posInit()[d]) / (wi + wj);
                bpj[d] = (wi * iij.posRcvr()[d] + wj * jij.posRcvr()[d]) / (wi + wj);
            }
            proposed[i] = new Bargain[] {new Bargain(i, j, bpi, bpj)};
        }

        /** Utility to actor a of the state after bargain b: mean over all N positions, a's own R. */
        private double bargainUtility(Bargain b, int a) {
            double sum = 0.0;
            double ra = risk[a];
            double[] ownA = own[a];
            if (b.statusQuo()) {
                for (int m = 0; m < n; m++) {
                    sum = sum + ownA[m];
                }
            } else {
                sum = sum + utility(weightedDistance(pos[a], b.posInit(), sal[a]), ra);
                sum = sum + utility(weightedDistance(pos[a], b.posRcvr(), sal[a]), ra);
                for (int m = 0; m < n; m++) {
                    if (m != b.init() && m != b.rcvr()) {
                        sum = sum + ownA[m];
                    }
                }
            }
            return sum / n;
        }

        /** {@code SMPActor::interpolateBrgn}. */
        private Bargain interpolate(int i, int j, double prbI, double prbJ) {
            double[] bi = new double[nd];
            double[] bj = new double[nd];
            InterVecBrgn ivb = parameters.interVecBrgn();
            for (int k = 0; k < nd; k++) {
                double tik = pos[i][k];
                double sik = sal[i][k];
                double tjk = pos[j][k];
                double sjk = sal[j][k];
                switch (ivb) {
                    case S1P1, S2P2 -> {
                        boolean two = ivb == InterVecBrgn.S2P2;
                        double wik = (two ? sik * sik : sik) * (two ? prbI * prbI : prbI);
                        double wjk = (two ? sjk * sjk : sjk) * (two ? prbJ * prbJ : prbJ);
                        double minW = MIN_INTERP_WEIGHT;
                        bi[k] = round4(((wik + minW) * tik + wjk * tjk) / (wik + minW + wjk));
                        bj[k] = round4((wik * tik + (minW + wjk) * tjk) / (wik + minW + wjk));
                    }
                    case S2PMAX -> {
                        double di = prbJ > prbI ? prbJ - prbI : 0;
                        double dj = prbI > prbJ ? prbI - prbJ : 0;
                        double sik2 = sik * sik;
                        double sjk2 = sjk * sjk;
                        double minW = MIN_INTERP_WEIGHT;
                        double dik = (di * sjk2) / ((di * sjk2) + minW + ((1 - di) * sik2));
                        double djk = (dj * sik2) / ((dj * sik2) + minW + ((1 - dj) * sjk2));
                        bi[k] = tik + dik * (tjk - tik);
                        bj[k] = tjk + djk * (tik - tjk);
                    }
                    default -> throw new IllegalStateException("unknown InterVecBrgn " + ivb);
                }
            }
            return new Bargain(i, j, bi, bj);
        }

        /** {@code SMPState::newIdeals}. */
        private void updateIdeals() {
            if (identity) {
                ideal = copy(pos);
                return;
            }
            double[][] nextIdeal = new double[n][nd];
            for (int i = 0; i < n; i++) {
                double si = 0.0;
                for (int j = 0; j < n; j++) {
                    si = si + acc[i][j];
                    for (int d = 0; d < nd; d++) {
                        nextIdeal[i][d] = nextIdeal[i][d] + acc[i][j] * pos[j][d];
                    }
                }
                si = Math.min(1.0, si);
                double lag = 1.0 - si;
                for (int d = 0; d < nd; d++) {
                    nextIdeal[i][d] = nextIdeal[i][d] + lag * ideal[i][d];
                }
            }
            ideal = nextIdeal;
        }

        /** Indices of distinct positions ({@code KBase::ueIndices} with {@code equivNdx}). */
        private int[] distinctPositions() {
            int[] unique = new int[n];
            int nu = 0;
            for (int i = 0; i < n; i++) {
                boolean found = false;
                for (int k = 0; k < nu && !found; k++) {
                    found = equivalent(unique[k], i);
                }
                if (!found) {
                    unique[nu++] = i;
                }
            }
            return java.util.Arrays.copyOf(unique, nu);
        }

        private boolean equivalent(int i, int j) {
            double s = 0;
            for (int d = 0; d < nd; d++) {
                double x = pos[i][d] - pos[j][d];
                s += x * x;
            }
            return Math.sqrt(s) < POSITION_TOLERANCE;
        }

        /** PCE over distinct positions: {@code SMPState::pDist(-1)}, returning per-position probabilities. */
        private double[] distinctProbabilities(int[] unique) {
            int nu = unique.length;
            double[][] uu = new double[n][nu];
            for (int i = 0; i < n; i++) {
                double rii = estimate(risk[i], risk[i], parameters.bigRAdjust());
                for (int k = 0; k < nu; k++) {
                    uu[i][k] = utility(diff[i][unique[k]], rii);
                }
            }
            return scalarPce(n, nu, cap, uu, VotingRule.PROPORTIONAL, parameters.victoryProbModel(),
                    parameters.pceModel());
        }

        /** {@code State::posProb} for every actor: the last distinct position equivalent to its own. */
        private double[] winningProbabilities() {
            int[] unique = distinctPositions();
            double[] pu = distinctProbabilities(unique);
            double[] prob = new double[n];
            for (int i = 0; i < n; i++) {
                int k = -1;
                for (int j1 = 0; j1 < unique.length; j1++) {
                    if (equivalent(i, unique[j1])) {
                        k = j1;
                    }
                }
                prob[i] = pu[k];
            }
            return prob;
        }

        /** Σ_u p_u x_u over distinct positions of the current state, on the problem's scale. */
        double[] expectedOutcome() {
            int[] unique = distinctPositions();
            double[] pu = distinctProbabilities(unique);
            double[] out = new double[nd];
            for (int k = 0; k < unique.length; k++) {
                for (int d = 0; d < nd; d++) {
                    out[d] += pu[k] * pos[unique[k]][d];
                }
            }
            for (int d = 0; d < nd; d++) {
                ForecastDimension dim = problem.dimensions().get(d);
                out[d] = dim.low() + out[d] * dim.width();
            }
            return out;
        }

        private double[][] toScale(double[][] unit) {
            double[][] out = new double[n][nd];
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < nd; d++) {
                    ForecastDimension dim = problem.dimensions().get(d);
                    out[i][d] = dim.low() + unit[i][d] * dim.width();
                }
            }
            return out;
        }
    }

    /** {@code SMPModel::bvDiff}: sqrt(Σ (s_d (a_d − b_d))² / Σ s_d²). */
    static double weightedDistance(double[] a, double[] b, double[] s) {
        double dsSqr = 0;
        double ssSqr = 0;
        for (int d = 0; d < a.length; d++) {
            double ds = (a[d] - b[d]) * s[d];
            dsSqr = dsSqr + ds * ds;
            ssSqr = ssSqr + s[d] * s[d];
        }
        return Math.sqrt(dsSqr / ssSqr);
    }

    /** {@code SMPModel::bsUtil}: (1 − d)(1 + dR) for d ≤ 1, else (1 − d)(1 + R). */
    static double utility(double d, double r) {
        return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
    }

    /** {@code Model::estNRA}: h's estimate of i's risk attitude. */
    static double estimate(double rh, double ri, BigRAdjust adjust) {
        return switch (adjust) {
            case FULL -> ri;
            case TWO_THIRDS -> (rh + (2.0 * ri)) / 3.0;
            case HALF -> (rh + ri) / 2;
            case ONE_THIRD -> ((2.0 * rh) + ri) / 3.0;
            case NONE -> rh;
        };
    }

    /** {@code Model::bigRfromProb}; all zero when every probability is equal (KTAB would give 0/0). */
    static double[] bigRFromProbabilities(double[] p, BigRRange range) {
        double pMin = 1.0;
        double pMax = 0.0;
        for (double pi : p) {
            pMin = Math.min(pi, pMin);
            pMax = Math.max(pi, pMax);
        }
        double[] r = new double[p.length];
        if (!(pMax > pMin)) {
            return r;
        }
        for (int i = 0; i < p.length; i++) {
            r[i] = switch (range) {
                case MIN -> (p[i] - pMin) / (pMax - pMin);
                case MID -> (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
                case MAX -> (2 * p[i] - (pMax + pMin)) / (pMax - pMin);
            };
        }
        return r;
    }

    /** {@code Actor::thirdPartyVoteSU}: third party k's vote in the little contest (i:j). */
    static double thirdPartyVote(double wk, VotingRule vr, ThirdPartyCommit comm, double pik, double pjk,
                                 double uki, double ukj, double ukk) {
        double uIkDefJ;
        double uJDefIk;
        double uIDefJk;
        double uJkDefI;
        switch (comm) {
            case FULL_COMMIT -> {
                uIkDefJ = uki + uki + uki;
                uJDefIk = ukj + ukj + ukj;
                uIDefJk = uki + uki + uki;
                uJkDefI = ukj + ukj + ukj;
            }
            case SEMI_COMMIT -> {
                uIkDefJ = uki + uki + ukk;
                uJDefIk = ukj + ukj + ukj;
                uIDefJk = uki + uki + uki;
                uJkDefI = ukj + ukj + ukk;
            }
            case NO_COMMIT -> {
                uIkDefJ = uki + uki + ukk;
                uJDefIk = ukj + ukj + ukk;
                uIDefJk = uki + uki + ukk;
                uJkDefI = ukj + ukj + ukk;
            }
            default -> throw new IllegalStateException("unknown ThirdPartyCommit " + comm);
        }
        double uIkJ = (pik * uIkDefJ) + (pjk * uJDefIk);
        double uIJk = (pik * uIDefJk) + (pjk * uJkDefI);
        return vote(vr, wk, uIkJ, uIJk);
    }

    /** {@code interpBrgnSnPm}'s round4: round half up to 4 decimals (inputs are in [0, 1]). */
    static double round4(double x) {
        int y = (int) (0.5 + (x * 10000.0));
        return ((double) y) / 10000.0;
    }

    /** {@code SMPModel::stateDist}: Σ_i ‖a_i − b_i‖. */
    static double stateDistance(double[][] a, double[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int d = 0; d < a[i].length; d++) {
                double x = a[i][d] - b[i][d];
                s += x * x;
            }
            sum = sum + Math.sqrt(s);
        }
        return sum;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
