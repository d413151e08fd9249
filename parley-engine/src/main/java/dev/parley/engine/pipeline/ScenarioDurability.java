package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.bargain.BargainingSolutions;
import dev.parley.engine.bargain.DisagreementPoint;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.bargain.SolutionPoint;
import dev.parley.engine.durability.AgreementType;
import dev.parley.engine.durability.CommitmentTerm;
import dev.parley.engine.durability.ComplianceTerm;
import dev.parley.engine.durability.DurabilityDefaults;
import dev.parley.engine.durability.DurabilityForecast;
import dev.parley.engine.durability.Provision;
import dev.parley.engine.durability.WeibullHazardDurabilityModel;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.model.Commitment;
import dev.parley.model.Durability;
import dev.parley.model.Issue;
import dev.parley.model.Param;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Durability of the agreement a scenario leads to (DESIGN.md §4.5), with the engine's calibrated defaults
 * ({@link WeibullHazardDurabilityModel#withDefaults}):
 * <ul>
 *   <li>baseline by {@code durability.agreement_type}, hazard ratios of {@code durability.provisions};</li>
 *   <li>the agreement: the Nash bargaining solution at the signing month with d = W(t) ({@link BargainingStage});
 *       U_i its expected utilities. When no outcome is individually rational (empty ZOPA) there is no predicted
 *       deal; the agreement is then taken to sit exactly at the values of no deal (U_i = W_i), the most fragile
 *       deal that could still be signed, and it carries no commitments;</li>
 *   <li>commitment term: for the actors of {@code durability.rearmament_per_month} that are deciders,
 *       {@code W_i(s) = W_i(t0) + Δ_i·s} with {@code Δ_i = r_i − mean_{j≠i} r_j}; the hazard rises with
 *       {@code max_i (W_i(s) − U_i)} (γ = {@link DurabilityDefaults#COMMITMENT_SENSITIVITY}), plus Powell's
 *       condition for a declining side at the scenario's discount;</li>
 *   <li>compliance term: every option of the agreement that is a commitment (and not the no-deal state itself) is
 *       implemented with q = credibility × trust, trust = the mean trust of the other deciders in the obligor. The
 *       scenario format has no implementation dates, so every commitment is due at signing (month 0): failures
 *       count from the start, the conservative reading.</li>
 * </ul>
 */
public final class ScenarioDurability {

    /** Months of survival curve reported: 10 years, enough for P(war within 5 years) and the 84-month Minsk check. */
    public static final int DEFAULT_HORIZON_MONTHS = 120;

    /**
     * The durability of one scenario's agreement.
     *
     * @param agreementType     ceasefire or comprehensive
     * @param provisions        provision ids in force
     * @param signingMonth      months after the scenario start
     * @param agreement         the agreed outcome in words, or empty when no deal is individually rational
     * @param rearmingParties   the actors of the commitment term
     * @param agreementValues   U_i of the rearming parties
     * @param warValues         W_i(t0) of the rearming parties
     * @param warValueDrift     Δ_i per month
     * @param commitments       the compliance term's commitments
     * @param firstUnenforceableMonth the first month after signing in which some party prefers renewed war, or -1
     * @param forecast          survival curve, interval, median and drivers
     */
    public record Result(String agreementType, List<String> provisions, int signingMonth, Optional<String> agreement,
                         List<String> rearmingParties, double[] agreementValues, double[] warValues,
                         double[] warValueDrift, List<ComplianceTerm.Commitment> commitments,
                         int firstUnenforceableMonth, DurabilityForecast forecast) {

        public Result {
            provisions = List.copyOf(provisions);
            rearmingParties = List.copyOf(rearmingParties);
            agreementValues = agreementValues.clone();
            warValues = warValues.clone();
            warValueDrift = warValueDrift.clone();
            commitments = List.copyOf(commitments);
        }

        /** The first month m after signing with P(renewed war by m) ≥ p, or -1 beyond the horizon. */
        public int monthOfFailureShare(double p) {
            double[] s = forecast.survival();
            for (int m = 0; m < s.length; m++) {
                if (1.0 - s[m] >= p) {
                    return m;
                }
            }
            return -1;
        }
    }

    private ScenarioDurability() {
    }

    /**
     * @param scenario      the scenario (usually its central case) with a durability section
     * @param signingMonth  month of signing, 0 ≤ t0 ≤ horizon (with a conflict section; else ignored)
     * @param seed          seeds the bargaining stage's ZOPA size estimate
     * @param horizonMonths months of survival curve, ≥ 60
     */
    public static Result of(Scenario scenario, int signingMonth, long seed, int horizonMonths) {
        if (scenario.durability().isEmpty() || scenario.conflict().isEmpty()) {
            return of(scenario, signingMonth, horizonMonths, null); // without conflict: no bargaining at signing
        }
        BargainingAtMonth bargaining = BargainingStage.run(scenario, signingMonth, seed);
        return of(scenario, signingMonth, horizonMonths, Signing.atNash(bargaining.problem(),
                bargaining.noDealValues(), bargaining.report().frontier(),
                bargaining.report().solutions().get(SolutionConcept.NASH)));
    }

    /**
     * The same result from a shared context: W_i(t0) and the frontier of the signing month are the context's, and
     * only the Nash solution is computed on it (the rest of the bargaining report is not needed here).
     *
     * @param context       the scenario's shared stage inputs (it has a conflict section)
     * @param signingMonth  month of signing, 0 ≤ t0 ≤ horizon
     * @param horizonMonths months of survival curve, ≥ 60
     */
    public static Result of(ScenarioStageContext context, int signingMonth, int horizonMonths) {
        Scenario scenario = context.scenario();
        if (!signable(scenario, signingMonth)) {
            return of(scenario, signingMonth, horizonMonths, null); // the missing section's error
        }
        ScenarioStageContext.BargainingSpace space = context.space(signingMonth);
        double[] noDeal = context.noDealValues(signingMonth);
        Optional<SolutionPoint> nash = BargainingSolutions.solve(space.frontier(), SolutionConcept.NASH,
                new DisagreementPoint(noDeal, BargainingAnalysis.DISAGREEMENT_LABEL));
        return of(scenario, signingMonth, horizonMonths, Signing.atNash(space.problem(), noDeal, space.frontier(),
                nash));
    }

    /** False without a durability section (whose error the caller then raises); a month outside 0..H is refused. */
    private static boolean signable(Scenario scenario, int signingMonth) {
        if (signingMonth < 0 || signingMonth > scenario.info().horizonMonths()) {
            throw new IllegalArgumentException("month " + signingMonth + " is outside 0.."
                    + scenario.info().horizonMonths());
        }
        return scenario.durability().isPresent();
    }

    /** The terms of the Nash bargaining solution at month t (d = W(t)), as {@link #of} prices them; empty without one. */
    public static Optional<int[]> nashTerms(ScenarioStageContext context, int month) {
        ScenarioStageContext.BargainingSpace space = context.space(month);
        return BargainingSolutions.solve(space.frontier(), SolutionConcept.NASH,
                        new DisagreementPoint(context.noDealValues(month), BargainingAnalysis.DISAGREEMENT_LABEL))
                .map(p -> outcome(space.frontier(), space.problem().space(), p));
    }

    /**
     * The durability of a given agreement — e.g. the terms a negotiation reached — signed at {@code signingMonth}:
     * its commitments and each decider's expected utility of it (U_i^e of that month's space) replace the Nash
     * point's; W_i(t0) is the context's.
     *
     * @param context       the scenario's shared stage inputs (it has a conflict section)
     * @param signingMonth  month of signing, 0 ≤ t0 ≤ horizon
     * @param outcome       the agreed option index of every issue, in scenario issue order (grid index for a
     *                      continuous issue)
     * @param horizonMonths months of survival curve, ≥ 60
     */
    public static Result ofAgreement(ScenarioStageContext context, int signingMonth, int[] outcome,
                                     int horizonMonths) {
        Scenario scenario = context.scenario();
        if (!signable(scenario, signingMonth)) {
            return of(scenario, signingMonth, horizonMonths, null); // the missing section's error
        }
        ScenarioStageContext.BargainingSpace space = context.space(signingMonth);
        if (outcome.length != space.problem().space().issueCount()) {
            throw new IllegalArgumentException("the agreement names " + outcome.length + " options; the scenario has "
                    + space.problem().space().issueCount() + " issues");
        }
        double[] agreed = new double[space.utilities().size()];
        for (int i = 0; i < agreed.length; i++) {
            agreed[i] = space.utilities().get(i).utility(outcome);
        }
        return of(scenario, signingMonth, horizonMonths, new Signing(space.problem(),
                context.noDealValues(signingMonth), Optional.of(outcome.clone()), agreed));
    }

    /**
     * The bargaining at the signing month that durability needs: W_i(t0), and the agreement with every decider's
     * utility of it (none when no outcome is agreed: the no-deal values stand in).
     */
    private record Signing(ScenarioBargaining problem, double[] noDeal, Optional<int[]> outcome, double[] agreed) {

        /** The Nash bargaining solution on {@code frontier}, where it exists. */
        static Signing atNash(ScenarioBargaining problem, double[] noDeal, ParetoSet frontier,
                              Optional<SolutionPoint> nash) {
            if (nash.isEmpty()) {
                return new Signing(problem, noDeal, Optional.empty(), noDeal);
            }
            return new Signing(problem, noDeal, Optional.of(ScenarioDurability.outcome(frontier, problem.space(),
                    nash.get())),
                    nash.get().utilities());
        }
    }

    private static Result of(Scenario scenario, int signingMonth, int horizonMonths, Signing signing) {
        Durability d = scenario.durability().orElseThrow(() -> new IllegalArgumentException("scenario '"
                + scenario.info().id() + "' has no durability section; add durability: {agreement_type: ceasefire}"));
        AgreementType type = d.agreementType() == Durability.AgreementType.CEASEFIRE ? AgreementType.CEASEFIRE
                : AgreementType.COMPREHENSIVE;
        Set<Provision> provisions = EnumSet.noneOf(Provision.class);
        List<String> provisionIds = new ArrayList<>();
        for (Durability.Provision p : d.provisions()) {
            provisions.add(Provision.valueOf(p.name()));
            provisionIds.add(p.id());
        }
        Optional<String> agreement = Optional.empty();
        List<String> rearming = new ArrayList<>();
        double[] u = new double[0];
        double[] w = new double[0];
        double[] drift = new double[0];
        List<ComplianceTerm.Commitment> commitments = new ArrayList<>();
        CommitmentTerm commitment = CommitmentTerm.none();
        if (signing != null) {
            List<String> deciders = signing.problem().deciders();
            double[] noDeal = signing.noDeal();
            double[] agreed = signing.agreed();
            if (signing.outcome().isPresent()) {
                int[] outcome = signing.outcome().get();
                agreement = Optional.of(describe(scenario, signing.problem().space(), outcome));
                commitments.addAll(commitments(scenario, signing.problem(), outcome, deciders));
            }
            List<Double> rates = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (Map.Entry<String, Param> e : d.rearmamentPerMonth().entrySet()) {
                int i = deciders.indexOf(e.getKey());
                if (i >= 0) {
                    rearming.add(e.getKey());
                    rates.add(e.getValue().value());
                    index.add(i);
                }
            }
            if (rearming.size() >= 2) {
                double[] r = rates.stream().mapToDouble(Double::doubleValue).toArray();
                drift = CommitmentTerm.driftFromRearmament(r);
                u = new double[r.length];
                w = new double[r.length];
                for (int j = 0; j < r.length; j++) {
                    u[j] = agreed[index.get(j)];
                    w[j] = noDeal[index.get(j)];
                }
                commitment = CommitmentTerm.of(u, w, drift, DurabilityDefaults.COMMITMENT_SENSITIVITY)
                        .withPowellCondition(scenario.info().discountPerMonth().value());
            } else {
                rearming.clear();
            }
        }
        ComplianceTerm compliance = commitments.isEmpty() ? ComplianceTerm.none()
                : ComplianceTerm.of(commitments, DurabilityDefaults.NON_COMPLIANCE_HAZARD_RATIO);
        DurabilityForecast forecast = WeibullHazardDurabilityModel.withDefaults(type, provisions, commitment,
                compliance).forecast(horizonMonths);
        return new Result(type.name().toLowerCase(java.util.Locale.ROOT), provisionIds, signingMonth, agreement,
                rearming, u, w, drift, commitments, commitment.firstUnenforceableMonth(horizonMonths), forecast);
    }

    /** "issue=option; …" with continuous values to 6 significant digits (grid points carry rounding noise). */
    private static String describe(Scenario scenario, OutcomeSpace space, int[] outcome) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < outcome.length; k++) {
            String value = scenario.issues().get(k) instanceof Issue.Discrete ? space.optionLabel(k, outcome[k])
                    : new java.math.BigDecimal(space.numericValue(k, outcome[k]))
                            .round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
            parts.add(space.issueName(k) + "=" + value);
        }
        return String.join("; ", parts);
    }

    private static int[] outcome(ParetoSet frontier, OutcomeSpace space, SolutionPoint point) {
        // every member of a frontier point has the same utilities; the first (lowest id) stands for them
        long[] members = frontier.members(point.pointIndex(), frontier.outcomeCount(point.pointIndex()));
        int[] choice = new int[space.issueCount()];
        space.decode(members[0], choice);
        return choice;
    }

    private static List<ComplianceTerm.Commitment> commitments(Scenario scenario, ScenarioBargaining problem,
                                                               int[] outcome, List<String> deciders) {
        List<ComplianceTerm.Commitment> out = new ArrayList<>();
        int[] noDeal = problem.noDealOutcome();
        for (int k = 0; k < outcome.length; k++) {
            if (!(scenario.issues().get(k) instanceof Issue.Discrete issue) || outcome[k] == noDeal[k]) {
                continue;
            }
            String option = issue.options().get(outcome[k]);
            Commitment c = issue.commitments().get(option);
            if (c == null) {
                continue;
            }
            double trust = 0.0;
            int n = 0;
            for (String b : deciders) {
                if (!b.equals(c.obligor())) {
                    trust += scenario.trust(b, c.obligor());
                    n++;
                }
            }
            out.add(new ComplianceTerm.Commitment(issue.id() + " = " + option + " (by " + c.obligor() + ")",
                    c.credibility().value(), n == 0 ? 1.0 : trust / n, 0));
        }
        return out;
    }
}
