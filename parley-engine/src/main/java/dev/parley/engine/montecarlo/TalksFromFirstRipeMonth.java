package dev.parley.engine.montecarlo;

import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.engine.pipeline.ScenarioStageContext;
import dev.parley.engine.durability.DurabilityForecast;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import java.util.Optional;

/**
 * The talks of one Monte Carlo draw and the durability of what they reach (DESIGN.md §4.4, §4.5), as the draw
 * pipeline defines them (docs/results-json.md, "monte_carlo"):
 * <ul>
 *   <li><b>Talks start at the first ripe month t0</b> (Zartman's ripeness: stalemate, hurting, a way out). A draw with
 *       no ripe month in the horizon has no talks, hence no agreement.</li>
 *   <li><b>The talks</b> are {@link NegotiationStage#run} on the draw's scenario opening in month t0
 *       ({@link NegotiationStage.Options#startingAt}): round 0 is in month t0, each decider's W_i(t) is read month by
 *       month from t0 on (so W keeps moving while the parties talk, as the battlefield does), front-following issues
 *       are at the expected front of month t0, and the deadline {@code simulation.max_months} counts from t0.</li>
 *   <li><b>The agreement month</b> is the month of the scenario's calendar in which the talks agreed (the stage
 *       reports months on that calendar: t0 plus the months the talks took); it counts as an agreement within the
 *       horizon only when it is below {@code horizon_months}.</li>
 *   <li><b>Its durability</b>: {@link ScenarioDurability#ofAgreement} — the negotiated terms (their commitments and
 *       each decider's expected utility of them) signed at the agreement month: P(renewed war within 12, 24 and 60
 *       months) and the median months to renewed war.</li>
 * </ul>
 */
public final class TalksFromFirstRipeMonth {

    /** How a draw's talks ended. */
    public enum Ending {
        /** No ripe month in the horizon (or talks unavailable): no talks. */
        NO_TALKS,
        /** An agreement signed within the horizon. */
        AGREEMENT,
        /** An agreement, but signed at or after the horizon: not counted as one. */
        AGREEMENT_AFTER_HORIZON,
        /** The talks reached their deadline ({@code simulation.max_months}) without agreement. */
        DEADLINE,
        /** A party walked out. */
        WALK_OUT
    }

    /** Months after signing of the "renewed war within" headlines: 1, 2 and 5 years (DESIGN.md §4.5). */
    public static final int[] WAR_WITHIN = {12, 24, 60};

    /**
     * The talks of one draw.
     *
     * @param agreementMonth month of signing (months after the scenario start), or −1 without an agreement within
     *                       the horizon
     * @param agreedOptions  the agreed option index of each issue (order of the outcome space), empty without one
     * @param warWithin      P(renewed war within WAR_WITHIN[k] months of signing), NaN without an agreement or
     *                       without a durability section
     * @param medianDurability median months to renewed war after signing (NaN as above, +∞ if the hazard vanishes)
     * @param survival       P(no renewed war by month m after signing), m = 0..120 (the durability stage's central
     *                       curve), empty without an agreement or a durability section
     * @param ending         how the talks ended
     */
    public record Talks(int agreementMonth, int[] agreedOptions, double[] warWithin, double medianDurability,
                        double[] survival, Ending ending) {

        public static final Talks NONE = ended(Ending.NO_TALKS);

        /** Talks without an agreement counted, ended as {@code ending}. */
        public static Talks ended(Ending ending) {
            return new Talks(-1, new int[0], nan(WAR_WITHIN.length), Double.NaN, new double[0], ending);
        }

        /** An agreement as before the ending was recorded. */
        public Talks(int agreementMonth, int[] agreedOptions, double[] warWithin, double medianDurability,
                     double[] survival) {
            this(agreementMonth, agreedOptions, warWithin, medianDurability, survival,
                    agreementMonth >= 0 ? Ending.AGREEMENT : Ending.NO_TALKS);
        }

        public Talks {
            agreedOptions = agreedOptions.clone();
            warWithin = warWithin.clone();
            survival = survival.clone();
        }

        @Override
        public double[] survival() {
            return survival.clone();
        }

        public boolean agreed() {
            return agreementMonth >= 0;
        }

        @Override
        public int[] agreedOptions() {
            return agreedOptions.clone();
        }

        @Override
        public double[] warWithin() {
            return warWithin.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Talks t && t.agreementMonth == agreementMonth
                    && java.util.Arrays.equals(t.agreedOptions, agreedOptions)
                    && java.util.Arrays.equals(t.warWithin, warWithin)
                    && Double.compare(t.medianDurability, medianDurability) == 0
                    && java.util.Arrays.equals(t.survival, survival) && t.ending == ending;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * agreementMonth + java.util.Arrays.hashCode(agreedOptions))
                    + java.util.Arrays.hashCode(warWithin);
        }
    }

    private final int horizonMonths;
    private final int durabilityHorizon;

    public TalksFromFirstRipeMonth(int horizonMonths) {
        this.horizonMonths = horizonMonths;
        this.durabilityHorizon = ScenarioDurability.DEFAULT_HORIZON_MONTHS;
    }

    /**
     * Why the scenario's talks cannot be simulated (fewer than two parties, a strategy the stage does not run), or
     * empty when they can. Checked once per run: every draw shares the scenario's actors and strategies.
     */
    public static Optional<String> unavailable(Scenario scenario) {
        long parties = scenario.actors().stream().filter(a -> a.role() == Role.PARTY).count();
        if (parties < 2) {
            return Optional.of("the scenario has " + parties + " part" + (parties == 1 ? "y" : "ies")
                    + " at the table; talks need at least 2 actors with role: party");
        }
        try {
            scenario.simulation().strategies().forEach(NegotiationStage::strategy);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    /** The talks of a draw's scenario {@code s} whose first ripe month is {@code firstRipeMonth} (−1: none). */
    public Talks run(Scenario s, int firstRipeMonth, long seed) {
        return run(s, null, firstRipeMonth, seed);
    }

    /**
     * As {@link #run(Scenario, int, long)} — the same talks, bit for bit — on the draw's shared stage inputs: the
     * talks read W_i(t) and the month-t0 utilities from them ({@link NegotiationStage#run(ScenarioStageContext,
     * long, NegotiationStage.Options)}) and the agreement's durability is priced on them.
     */
    public Talks run(ScenarioStageContext stages, int firstRipeMonth, long seed) {
        return run(stages.scenario(), stages, firstRipeMonth, seed);
    }

    private Talks run(Scenario s, ScenarioStageContext shared, int firstRipeMonth, long seed) {
        NegotiationStage.Negotiation n = shared != null ? negotiate(shared, firstRipeMonth, seed)
                : negotiate(s, firstRipeMonth, seed);
        if (n == null) {
            return Talks.NONE;
        }
        if (!n.result().agreed()) {
            return Talks.ended(n.result().ending() == NegotiationResult.Ending.WALK_OUT ? Ending.WALK_OUT
                    : Ending.DEADLINE);
        }
        int month = n.result().month(); // the scenario's calendar: t0 + months of talks
        if (month >= horizonMonths) {
            return Talks.ended(Ending.AGREEMENT_AFTER_HORIZON);
        }
        int[] options = new int[n.domain().space().issueCount()];
        n.domain().space().decode(n.result().outcome(), options);
        double[] war = nan(WAR_WITHIN.length);
        double median = Double.NaN;
        double[] survival = new double[0];
        if (s.durability().isPresent()) {
            ScenarioStageContext stages = shared != null ? shared : ScenarioStageContext.of(s);
            DurabilityForecast f = ScenarioDurability.ofAgreement(stages, month, options, durabilityHorizon)
                    .forecast();
            for (int k = 0; k < WAR_WITHIN.length; k++) {
                war[k] = f.warWithin(WAR_WITHIN[k]).estimate();
            }
            median = f.median();
            survival = f.survival();
        }
        return new Talks(month, options, war, median, survival, Ending.AGREEMENT);
    }

    /**
     * The negotiation of the talks opening at {@code firstRipeMonth}, or null when the draw has no ripe month. The
     * trace is the stage's, its months on the scenario's calendar.
     */
    public NegotiationStage.Negotiation negotiate(Scenario s, int firstRipeMonth, long seed) {
        if (firstRipeMonth < 0) {
            return null;
        }
        return NegotiationStage.run(s, seed, NegotiationStage.Options.DEFAULT.startingAt(firstRipeMonth));
    }

    /** As {@link #negotiate(Scenario, int, long)}, the same talks, on the draw's shared stage inputs. */
    public NegotiationStage.Negotiation negotiate(ScenarioStageContext stages, int firstRipeMonth, long seed) {
        if (firstRipeMonth < 0) {
            return null;
        }
        return NegotiationStage.run(stages, seed, NegotiationStage.Options.DEFAULT.startingAt(firstRipeMonth));
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
