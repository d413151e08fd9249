package dev.parley.engine.montecarlo;

import dev.parley.engine.pipeline.SharedStageWork;
import dev.parley.model.Factor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Shapley values of a scenario's random factors on headline probabilities (DESIGN.md §4.7), at a cost a run can
 * afford.
 *
 * <p><b>Players</b> are the factors with a {@code probability} (the ones the draws switch on and off); factors
 * without one keep their scenario status in every coalition, as in the draws. The value of a coalition S is a
 * headline <i>expectation</i> over draws with exactly the players of S on: v(S) = E[y(θ, S)], θ the draw's
 * parameters and stage seed.
 *
 * <p><b>Why per draw.</b> The Shapley value is linear in the game, so φ_j(v) = E[φ_j(y(θ, ·))]: the value of the
 * expectation is the expectation of each draw's own Shapley value, the draw's θ shared by all its coalitions
 * (common random numbers). Each attribution draw therefore values its own game: exactly (all 2^k coalitions) when
 * k ≤ the exact limit ({@link #EXACT_PER_DRAW_LIMIT} by default, up to {@link #MAX_EXACT_PLAYERS} on request), else along one uniformly random permutation of the players (k + 1 coalitions;
 * Castro, Gómez and Tejada, Computers and Operations Research 36, 2009), which is an unbiased estimate of the draw's
 * Shapley value. The estimate is the mean over draws; its standard error (sample standard deviation / √draws)
 * covers both the sampling of θ and of permutations and is reported with every value. Enumerating all 2^k
 * coalitions for every one of N draws ({@link ScenarioFactorGame}) costs 2^k·N pipeline runs — 128·N for the
 * flagship's 7 random factors — against (k + 1)·N here.
 *
 * <p>Efficiency holds draw by draw: Σ_j φ_j = y(θ, all) − y(θ, none), so the values sum to v(all) − v(none)
 * exactly, whatever the number of draws.
 *
 * <p>Only expectations decompose like this, so the durability headline attributed per draw is an expectation too:
 * {@link #HEADLINES}. The median durability itself is attributed when every draw values all its coalitions: the
 * table of each draw's agreement durability under each coalition then gives the median game exactly
 * ({@link MedianDurabilityShapley}); along one permutation per draw it cannot be, since a median of draws valued
 * at different coalitions is no coalition's value.
 */
public final class PerDrawFactorShapley {

    /** Largest k whose 2^k coalitions are valued in every draw by default: 8 runs, against 4 along a permutation. */
    public static final int EXACT_PER_DRAW_LIMIT = 3;

    /**
     * Largest k for which exact valuation may be asked for (DESIGN.md §4.7, issue 6: "exact for up to 12
     * factors"): 4,096 pipeline runs per draw.
     */
    public static final int MAX_EXACT_PLAYERS = 12;

    /** A headline attributed: its name in results.json and how one draw scores. */
    public record Headline(String id, String label, ToDoubleFunction<DrawOutcome> score) {
    }

    /**
     * P(talks start within 6, 12 and 24 months) — the windows of the run's headline answers —, P(agreement within the
     * horizon), and P(an agreement is reached within the horizon and holds two years): the probability of agreement
     * times its two-year survival, per draw {@code 1{agreed}·(1 − P(war within 24 months))} — the durability
     * headline as an expectation. All are scored on the same pipeline runs, so each costs nothing extra.
     */
    public static final List<Headline> HEADLINES = List.of(
            new Headline("talks_within_6_months", "P(talks start within 6 months)", o -> o.talksWithin(6) ? 1 : 0),
            new Headline("talks_within_12_months", "P(talks start within 12 months)", o -> o.talksWithin(12) ? 1 : 0),
            new Headline("talks_within_24_months", "P(talks start within 24 months)", o -> o.talksWithin(24) ? 1 : 0),
            new Headline("agreement", "P(agreement within the horizon)", o -> o.agreed() ? 1 : 0),
            new Headline("agreement_holding_24_months", "P(agreement reached and holding 2 years)",
                    o -> o.agreed() ? 1 - o.talks().warWithin()[1] : 0));

    /**
     * The attribution.
     *
     * @param players        the factor ids, in scenario order
     * @param headlines      the headline ids
     * @param values         {@code values[h][j]}: φ_j on headline h
     * @param standardErrors same shape
     * @param draws          attribution draws completed
     * @param exactPerDraw   each draw valued all its coalitions (else one permutation per draw)
     * @param none           v(no player on) per headline
     * @param all            v(every player on) per headline
     * @param partial        cancelled before all draws ran
     * @param medianDurability the Shapley values on the median durability, when every draw valued all coalitions
     */
    public record Result(List<String> players, List<String> headlines, double[][] values, double[][] standardErrors,
                         int draws, boolean exactPerDraw, double[] none, double[] all, boolean partial,
                         Optional<MedianDurabilityShapley.Result> medianDurability) {

        /** The row of headline {@code id} in {@link #values()} and the other per-headline arrays. */
        public int headline(String id) {
            int h = headlines.indexOf(id);
            if (h < 0) {
                throw new IllegalArgumentException("no headline '" + id + "'; the headlines are " + headlines);
            }
            return h;
        }
    }

    /** Seeds the median's bootstrap apart from the draws' streams ("median" in ASCII). */
    private static final long BOOTSTRAP_SALT = 0x6d656469616eL;

    private final ScenarioDrawPipeline pipeline;
    private final int[] playerFactor;
    private final boolean[] baseMask;
    private final int exactUpTo;

    /** Exact per draw up to {@link #EXACT_PER_DRAW_LIMIT} players, one permutation per draw above. */
    public PerDrawFactorShapley(ScenarioDrawPipeline pipeline) {
        this(pipeline, EXACT_PER_DRAW_LIMIT);
    }

    /**
     * @param exactUpTo value all 2^k coalitions in every draw when k ≤ exactUpTo (at most
     *                  {@link #MAX_EXACT_PLAYERS}), else one permutation per draw
     */
    public PerDrawFactorShapley(ScenarioDrawPipeline pipeline, int exactUpTo) {
        if (exactUpTo < 0 || exactUpTo > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("exactUpTo = " + exactUpTo + " must lie in 0.." + MAX_EXACT_PLAYERS
                    + " (2^k pipeline runs per draw)");
        }
        this.exactUpTo = exactUpTo;
        this.pipeline = pipeline;
        List<Factor> factors = pipeline.sampler().factors();
        List<Integer> p = new ArrayList<>();
        baseMask = new boolean[factors.size()];
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f).probability().isPresent()) {
                p.add(f);
            } else {
                baseMask[f] = factors.get(f).active();
            }
        }
        playerFactor = p.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether every draw values all 2^k coalitions (else one permutation per draw). */
    public boolean exact() {
        return playerFactor.length <= exactUpTo;
    }

    /** The ids of the players (random factors), in scenario order. */
    public List<String> players() {
        List<String> ids = new ArrayList<>();
        for (int f : playerFactor) {
            ids.add(pipeline.sampler().factors().get(f).id());
        }
        return ids;
    }

    /**
     * The Shapley values of the players over {@code draws} attribution draws (streams (seed, i), as the main run's:
     * attribution draw i has the parameters of main draw i).
     */
    public Result run(long seed, int draws, ParallelDrawRunner runner, AtomicBoolean cancel) {
        return run(seed, draws, runner, cancel, () -> { });
    }

    /** As above; {@code onDrawDone} is called after each attribution draw (from the worker threads), for progress. */
    public Result run(long seed, int draws, ParallelDrawRunner runner, AtomicBoolean cancel, Runnable onDrawDone) {
        int k = playerFactor.length;
        int h = HEADLINES.size();
        DrawResults<double[]> per = runner.run(seed, draws, (i, rng) -> {
            double[] r = oneDraw(rng);
            onDrawDone.run();
            return r;
        }, cancel);
        List<double[]> rows = per.results();
        double[][] values = new double[h][k];
        double[][] se = new double[h][k];
        double[] none = new double[h];
        double[] all = new double[h];
        for (int a = 0; a < h; a++) {
            MomentSummary vNone = MomentSummary.EMPTY;
            MomentSummary vAll = MomentSummary.EMPTY;
            for (double[] r : rows) {
                vNone = vNone.add(r[h * k + a]);
                vAll = vAll.add(r[h * k + h + a]);
            }
            none[a] = vNone.n() == 0 ? Double.NaN : vNone.mean();
            all[a] = vAll.n() == 0 ? Double.NaN : vAll.mean();
            for (int j = 0; j < k; j++) {
                MomentSummary m = MomentSummary.EMPTY;
                for (double[] r : rows) {
                    m = m.add(r[a * k + j]);
                }
                values[a][j] = m.n() == 0 ? Double.NaN : m.mean();
                se[a][j] = m.n() < 2 ? Double.NaN : m.standardError();
            }
        }
        Optional<MedianDurabilityShapley.Result> median = Optional.empty();
        if (exact() && !rows.isEmpty()) {
            double[][] months = new double[rows.size()][];
            for (int d = 0; d < months.length; d++) {
                months[d] = Arrays.copyOfRange(rows.get(d), h * k + 2 * h, h * k + 2 * h + (1 << k));
            }
            median = Optional.of(MedianDurabilityShapley.of(k, months, seed ^ BOOTSTRAP_SALT));
        }
        return new Result(players(), HEADLINES.stream().map(Headline::id).toList(), values, se, rows.size(),
                exact(), none, all, per.partial(), median);
    }

    /**
     * One draw's Shapley values: {@code [h·k + j]} = φ_j on headline h, then v(none) per headline, then v(all), then
     * (exact only) the agreement's median months to renewed war under each coalition S at {@code [h·k + 2h + S]}
     * (NaN without an agreement). The draw's parameters and stage seed come first from its stream (as in the main
     * run); the permutation after.
     */
    double[] oneDraw(RandomGenerator rng) {
        DrawSampler sampler = pipeline.sampler();
        DrawSampler.Draw draw = sampler.sample(rng);
        long stageSeed = rng.nextLong();
        int k = playerFactor.length;
        int h = HEADLINES.size();
        double[] out = new double[h * k + 2 * h + (exact() ? 1 << k : 0)];
        // the coalitions share θ, hence most stage inputs: each shared part is computed once per draw
        SharedStageWork work = SharedStageWork.create();
        java.util.function.LongFunction<DrawOutcome> outcome = coalition -> {
            boolean[] on = baseMask.clone();
            for (int j = 0; j < k; j++) {
                on[playerFactor[j]] = (coalition & (1L << j)) != 0;
            }
            return pipeline.evaluate(sampler.withEffects(draw.parameters(), on), stageSeed, work);
        };
        java.util.function.Function<DrawOutcome, double[]> scores = o -> {
            double[] y = new double[h];
            for (int a = 0; a < h; a++) {
                y[a] = HEADLINES.get(a).score().applyAsDouble(o);
            }
            return y;
        };
        java.util.function.LongFunction<double[]> game = coalition -> scores.apply(outcome.apply(coalition));
        if (exact()) {
            double[][] v = new double[1 << k][];
            for (int s = 0; s < v.length; s++) {
                DrawOutcome o = outcome.apply(s);
                v[s] = scores.apply(o);
                out[h * k + 2 * h + s] = o.agreed() ? o.talks().medianDurability() : Double.NaN;
            }
            for (int a = 0; a < h; a++) {
                int head = a;
                double[] phi = ShapleyAttribution.exact(k, c -> v[(int) c][head]).values();
                System.arraycopy(phi, 0, out, a * k, k);
                out[h * k + a] = v[0][a];
                out[h * k + h + a] = v[v.length - 1][a];
            }
            return out;
        }
        int[] order = new int[k];
        ShapleyAttribution.randomOrder(order, rng);
        long coalition = 0;
        double[] before = game.apply(0);
        System.arraycopy(before, 0, out, h * k, h);
        for (int j : order) {
            coalition |= 1L << j;
            double[] after = game.apply(coalition);
            for (int a = 0; a < h; a++) {
                out[a * k + j] = after[a] - before[a];
            }
            before = after;
        }
        System.arraycopy(before, 0, out, h * k + h, h);
        return out;
    }
}
