package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The answers of a run — talks, agreement, terms, durability — and the factors' Shapley values, on two purpose-built
 * scenarios whose answers are known by hand (test resources gate.yaml and gate-or.yaml): a stalemate in which
 * Southland already hurts, Northland hurts only under "pressure", and a ZOPA exists, so the window opens at month 0
 * exactly in the draws with pressure on and never otherwise.
 */
class TalksAndAttributionIT {

    private static Scenario read(String name) throws Exception {
        return ScenarioReader.read(Path.of(TalksAndAttributionIT.class.getResource(name).toURI())).scenario();
    }

    /**
     * Talks start (month 0) in exactly the draws whose factor "pressure" (p = 0.3) is on, so P(talks within 6, 12
     * or 24 months) counts the factor's activations: 0.3 within 4.5 standard errors √(0.21/n). Every agreement
     * follows talks, lies inside the horizon, settles every issue, and its durability is ordered
     * P(war ≤ 12) ≤ P(war ≤ 24) ≤ P(war ≤ 60), each equal to 1 − S(m) of its own curve.
     */
    @Test
    void talksStartExactlyWhenTheGateIsOnAndAgreementsAreConsistent() throws Exception {
        Scenario s = read("gate.yaml");
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(s);
        int n = 120;
        DrawResults<DrawOutcome> run = new ParallelDrawRunner(2).run(11, n, (i, rng) -> pipeline.run(rng));
        int on = 0;
        for (int i = 0; i < n; i++) {
            boolean pressure = pipeline.sampler().sample(DrawStreams.forDraw(11, i)).factorsOn()[0];
            DrawOutcome o = run.results().get(i);
            on += pressure ? 1 : 0;
            assertThat(o.firstRipeMonth()).as("draw %d", i).isEqualTo(pressure ? 0 : -1);
            if (o.agreed()) {
                assertThat(pressure).isTrue();
                assertThat(o.talks().agreementMonth()).isBetween(0, s.info().horizonMonths() - 1);
                assertThat(o.talks().agreedOptions()).hasSize(3);
                double[] w = o.talks().warWithin();
                double[] surv = o.talks().survival();
                assertThat(w[0]).isLessThanOrEqualTo(w[1]);
                assertThat(w[1]).isLessThanOrEqualTo(w[2]);
                for (int k = 0; k < 3; k++) {
                    assertThat(w[k]).isCloseTo(1 - surv[TalksFromFirstRipeMonth.WAR_WITHIN[k]], offset(1e-12));
                }
            } else {
                assertThat(o.talks().warWithin()[0]).isNaN();
            }
        }
        MonteCarloSummary sum = MonteCarloSummary.of(run);
        for (ProportionSummary p : sum.ripeWithin()) {
            assertThat(p.successes()).isEqualTo(on);
        }
        assertThat((double) on / n).isCloseTo(0.3, offset(4.5 * Math.sqrt(0.21 / n)));
        // the window is quarter 0 (months 0–2) with every talk in it
        assertThat(sum.window().modalQuarter()).isZero();
        assertThat(sum.window().quarter(0).successes()).isEqualTo(on);
        assertThat(sum.window().never()).isEqualTo(n - on);
        // the talks of this scenario agree whenever they start (ZOPA of 38 outcomes, conceding strategies)
        assertThat(sum.agreement().successes()).isEqualTo(on);
        assertThat(sum.ending(TalksFromFirstRipeMonth.Ending.AGREEMENT)).isEqualTo(on);
        assertThat(sum.ending(TalksFromFirstRipeMonth.Ending.NO_TALKS)).isEqualTo(n - on);
        // each issue's option shares sum to 1 over the agreements
        AgreedTerms t = sum.terms();
        assertThat(t.agreements()).isEqualTo(on);
        for (int k = 0; k < 3; k++) {
            double total = 0;
            for (long c : t.counts()[k]) {
                total += (double) c / t.agreements();
            }
            assertThat(total).isCloseTo(1.0, offset(1e-12));
        }
        // conditional P(war within m | agreement) is the mean of the agreed draws' probabilities
        double mean12 = run.results().stream().filter(DrawOutcome::agreed)
                .mapToDouble(o -> o.talks().warWithin()[0]).average().orElseThrow();
        assertThat(sum.warWithinInterval(0)[0]).isCloseTo(mean12, offset(1e-12));
        SurvivalBand band = SurvivalBand.of(run.results());
        assertThat(band.curves()).isEqualTo(on);
        assertThat(band.mean()[12]).isCloseTo(1 - mean12, offset(1e-12));
        assertThat(band.drawP05()[60]).isLessThanOrEqualTo(band.mean()[60]);
        assertThat(band.mean()[60]).isLessThanOrEqualTo(band.drawP95()[60]);
    }

    /** Talks, terms and durability do not depend on the thread count, and shards merge into the whole. */
    @Test
    void newOutputsAreThreadInvariantAndMerge() throws Exception {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(read("gate.yaml"));
        DrawTask<DrawOutcome> task = (i, rng) -> pipeline.run(rng);
        DrawResults<DrawOutcome> one = new ParallelDrawRunner(1).run(5, 40, task);
        DrawResults<DrawOutcome> three = new ParallelDrawRunner(3).run(5, 40, task);
        assertThat(three.results()).isEqualTo(one.results());
        DrawResults<DrawOutcome> a = new ParallelDrawRunner(1).runShard(5, 0, 17, task, new AtomicBoolean());
        DrawResults<DrawOutcome> b = new ParallelDrawRunner(2).runShard(5, 17, 23, task, new AtomicBoolean());
        MonteCarloSummary merged = MonteCarloSummary.of(a).merge(MonteCarloSummary.of(b));
        MonteCarloSummary whole = MonteCarloSummary.of(one);
        assertThat(merged.agreement()).isEqualTo(whole.agreement());
        assertThat(merged.window()).isEqualTo(whole.window());
        assertThat(merged.terms()).isEqualTo(whole.terms());
        assertThat(merged.agreementMonths().sortedValues()).isEqualTo(whole.agreementMonths().sortedValues());
        assertThat(merged.agreementDurability().sortedValues())
                .isEqualTo(whole.agreementDurability().sortedValues());
        for (int k = 0; k < 3; k++) {
            assertThat(merged.warWithin().get(k).n()).isEqualTo(whole.warWithin().get(k).n());
            assertThat(merged.warWithin().get(k).mean()).isCloseTo(whole.warWithin().get(k).mean(), offset(1e-12));
        }
    }

    /**
     * Ctrl-C's path: a run cancelled mid-way keeps a completed prefix, and its new summaries (agreement, window, terms)
     * equal those of an uncancelled run of that many draws.
     */
    @Test
    void aCancelledRunSummarisesItsPrefixConsistently() throws Exception {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(read("gate.yaml"));
        AtomicBoolean cancel = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        DrawResults<DrawOutcome> cut = new ParallelDrawRunner(2).run(9, 60, (i, rng) -> {
            DrawOutcome o = pipeline.run(rng);
            if (done.incrementAndGet() == 10) {
                cancel.set(true);
            }
            return o;
        }, cancel);
        assertThat(cut.partial()).isTrue();
        int m = cut.completed();
        assertThat(m).isBetween(1, 59);
        DrawResults<DrawOutcome> full = new ParallelDrawRunner(1).run(9, m, (i, rng) -> pipeline.run(rng));
        MonteCarloSummary a = MonteCarloSummary.of(cut);
        MonteCarloSummary b = MonteCarloSummary.of(full);
        assertThat(a.partial()).isTrue();
        assertThat(a.agreement()).isEqualTo(b.agreement());
        assertThat(a.window()).isEqualTo(b.window());
        assertThat(a.terms()).isEqualTo(b.terms());
        assertThat(a.agreement().trials()).isEqualTo(m);
    }

    /**
     * One gate, one dummy (two players, valued exactly in every draw): each draw's game is v(S) = 1 if pressure ∈ S
     * (talks start, and agree), so φ_pressure = 1 and φ_dummy = 0 exactly on both probabilities (the dummy axiom),
     * with no sampling error. On the durability headline the dummy is still 0 and pressure takes it all
     * (efficiency: φ = v(all) − v(none)).
     */
    @Test
    void gateTakesTheWholeEffectAndTheDummyNone() throws Exception {
        PerDrawFactorShapley shapley = new PerDrawFactorShapley(new ScenarioDrawPipeline(read("gate.yaml")));
        assertThat(shapley.players()).containsExactly("pressure", "dummy");
        PerDrawFactorShapley.Result r = shapley.run(3, 10, new ParallelDrawRunner(2), new AtomicBoolean());
        assertThat(r.exactPerDraw()).isTrue();
        assertThat(r.draws()).isEqualTo(10);
        for (String id : List.of("talks_within_6_months", "talks_within_12_months", "talks_within_24_months",
                "agreement")) {
            int h = r.headline(id);
            assertThat(r.values()[h]).as(id).containsExactly(1.0, 0.0);
            assertThat(r.standardErrors()[h]).as(id).containsExactly(0.0, 0.0);
            assertThat(r.none()[h]).as(id).isZero();
            assertThat(r.all()[h]).as(id).isEqualTo(1.0);
        }
        int holding = r.headline("agreement_holding_24_months");
        assertThat(r.values()[holding][1]).isZero();
        assertThat(r.values()[holding][0]).isCloseTo(r.all()[holding] - r.none()[holding], offset(1e-12));
        assertThat(r.values()[holding][0]).isBetween(0.0, 1.0);
        // the median durability's game needs an agreement under every coalition: {} and {dummy} have none
        MedianDurabilityShapley.Result median = r.medianDurability().orElseThrow();
        assertThat(median.agreements()).isEqualTo(20);
        assertThat(median.undefinedCoalitions()).isEqualTo(2);
        assertThat(median.defined()).isFalse();
        assertThat(median.values()).containsOnly(Double.NaN);
    }

    /**
     * Two symmetric gates (either opens the window) and two dummies: four players, one random order per draw. Along
     * an order the first gate gets the whole unit and the second nothing, so each draw's values sum to 1 exactly
     * (efficiency), the dummies get 0 exactly, and each gate's value is a mean of Bernoulli(1/2) marginals: 1/2
     * (the symmetry axiom) within 4.5 standard errors 0.5/√n, its stated standard error close to 0.5/√n.
     */
    @Test
    void symmetricGatesShareTheEffectAlongSampledOrders() throws Exception {
        PerDrawFactorShapley shapley = new PerDrawFactorShapley(new ScenarioDrawPipeline(read("gate-or.yaml")));
        assertThat(shapley.players()).containsExactly("pressure-a", "dummy-a", "pressure-b", "dummy-b");
        int n = 48;
        PerDrawFactorShapley.Result r = shapley.run(8, n, new ParallelDrawRunner(2), new AtomicBoolean());
        assertThat(r.exactPerDraw()).isFalse();
        assertThat(r.medianDurability()).as("a median needs every coalition on the same draws").isEmpty();
        int twelve = r.headline("talks_within_12_months");
        double[] talks = r.values()[twelve];
        assertThat(talks[1]).isZero();
        assertThat(talks[3]).isZero();
        assertThat(talks[0] + talks[2]).isCloseTo(1.0, offset(1e-12));
        double se = 0.5 / Math.sqrt(n);
        assertThat(talks[0]).isCloseTo(0.5, offset(4.5 * se));
        // sample sd of 0/1 marginals with mean m is √(m(1−m)·n/(n−1)); near 0.5 for m near 1/2
        double m = talks[0];
        assertThat(r.standardErrors()[twelve][0]).isCloseTo(Math.sqrt(m * (1 - m) * n / (n - 1.0)) / Math.sqrt(n),
                offset(1e-12));
        // the same draws give the same values on any thread count
        PerDrawFactorShapley.Result one = shapley.run(8, 12, new ParallelDrawRunner(1), new AtomicBoolean());
        PerDrawFactorShapley.Result three = shapley.run(8, 12, new ParallelDrawRunner(3), new AtomicBoolean());
        assertThat(three.values()).isDeepEqualTo(one.values());
        assertThat(three.standardErrors()).isDeepEqualTo(one.standardErrors());
    }

    /**
     * The same game valued exactly in every draw (all 2^4 coalitions, {@code exactUpTo} 12): the symmetry axiom then
     * holds draw by draw, so each gate gets exactly 1/2 and each dummy 0, with no sampling error from orders.
     */
    @Test
    void exactValuationGivesTheSymmetricGatesHalfEachWithoutOrderNoise() throws Exception {
        PerDrawFactorShapley shapley = new PerDrawFactorShapley(new ScenarioDrawPipeline(read("gate-or.yaml")),
                PerDrawFactorShapley.MAX_EXACT_PLAYERS);
        assertThat(shapley.exact()).isTrue();
        PerDrawFactorShapley.Result r = shapley.run(8, 6, new ParallelDrawRunner(2), new AtomicBoolean());
        assertThat(r.exactPerDraw()).isTrue();
        int twelve = r.headline("talks_within_12_months");
        assertThat(r.values()[twelve]).containsExactly(new double[] {0.5, 0.0, 0.5, 0.0}, offset(1e-15));
        assertThat(r.standardErrors()[twelve]).containsExactly(new double[] {0.0, 0.0, 0.0, 0.0}, offset(1e-15));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PerDrawFactorShapley(
                new ScenarioDrawPipeline(read("gate-or.yaml")), 13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must lie in 0..12");
    }
}
