package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.negotiate.AspirationAdaptation;
import dev.parley.engine.negotiate.BatnaAware;
import dev.parley.engine.negotiate.Hardliner;
import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.negotiate.NegotiationSettings;
import dev.parley.engine.negotiate.NegotiationStrategy;
import dev.parley.engine.negotiate.RelativeTitForTat;
import dev.parley.engine.negotiate.StackedAlternatingOffers;
import dev.parley.engine.negotiate.TabulatedNoDealValues;
import dev.parley.engine.negotiate.TimeDependentConcession;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import dev.parley.model.Actor;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.model.SimulationSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pipeline's negotiation stage (DESIGN.md §4.4): the talks the scenario's {@code simulation} block describes,
 * run with {@link StackedAlternatingOffers}.
 *
 * <ul>
 *   <li><b>Who.</b> The parties sit at the table in scenario order, party order = turn order (the first party
 *       opens); ratifiers follow as deciders who approve or veto.</li>
 *   <li><b>Utilities.</b> Each decider's expected utility (commitments discounted by trust,
 *       {@link BargainingAnalysis#expectedUtilities}) with front-following issues at the front's initial value
 *       (month 0) throughout the talks, as in the flagship test of the negotiation package; outcomes crossing any
 *       decider's red line are never proposed.</li>
 *   <li><b>W_i(t).</b> As in {@link BargainingStage}: the scenario's stated {@code reservation} where given, else W_i(t)
 *       month by month from {@link ScenarioConflict} (the decider's own beliefs, at the expected front); without a
 *       conflict section, the utility of the no-deal outcome, fixed.</li>
 *   <li><b>Clock.</b> {@code rounds_per_month} rounds per month from month 0; deadline after {@code max_months}
 *       months, i.e. {@code max_months · rounds_per_month} rounds; walk-out on; offers by the frequency opponent
 *       model (the protocol's defaults, DESIGN.md §4.4).</li>
 * </ul>
 *
 * <p><b>Strategy names</b> ({@code simulation.strategies}). Every strategy is floored at W_i(t) by {@link BatnaAware}:
 * a party in this simulation never asks for or accepts less than fighting on is worth to it (DESIGN.md §4.4, whose
 * analytic check is that BATNA-aware agreements lie inside the ZOPA).
 * <table>
 *   <caption>names</caption>
 *   <tr><th>name</th><th>strategy</th><th>source</th></tr>
 *   <tr><td>boulware</td><td>{@link TimeDependentConcession}, e = 0.2</td><td>Faratin, Sierra &amp; Jennings 1998;
 *       e as GENIUS's BoulwareNegotiationParty</td></tr>
 *   <tr><td>linear</td><td>{@link TimeDependentConcession}, e = 1</td><td>Faratin et al. 1998</td></tr>
 *   <tr><td>conceder</td><td>{@link TimeDependentConcession}, e = 2</td><td>Faratin et al. 1998; e as GENIUS's
 *       ConcederNegotiationParty</td></tr>
 *   <tr><td>tit-for-tat</td><td>{@link RelativeTitForTat}</td><td>Faratin et al. 1998 §4.3.1</td></tr>
 *   <tr><td>aspiration</td><td>{@link AspirationAdaptation}, λ = {@value #ASPIRATION_LAMBDA}</td><td>Siegel &amp;
 *       Fouraker 1960, Sauermann &amp; Selten 1962; λ has no published default: a design default</td></tr>
 *   <tr><td>hardliner</td><td>{@link Hardliner}</td><td>GeniusWeb's basic agents</td></tr>
 *   <tr><td>batna-aware</td><td>the linear tactic, floored at W_i(t)</td><td>Fisher &amp; Ury 1981 (BATNA)</td></tr>
 * </table>
 * A party without a strategy follows {@value #DEFAULT_STRATEGY}. {@code escalate-for-leverage} needs an escalation
 * ladder, which the scenario format does not state yet, so it is refused with a message rather than run silently
 * as its inner strategy.
 *
 * <p>Deterministic: the protocol and these strategies use no randomness, so the result depends on the scenario
 * alone; {@code seed} is taken for the pipeline's uniform signature and for strategies that will need it.
 */
public final class NegotiationStage {

    /** The strategy of a party the scenario gives none: the neutral linear tactic floored at W_i(t). */
    public static final String DEFAULT_STRATEGY = "batna-aware";

    /** λ of {@code aspiration}: closes a fifth of the gap to the best offer per round (design default, no source). */
    public static final double ASPIRATION_LAMBDA = 0.2;

    /** The strategy names this stage runs. */
    public static final List<String> STRATEGY_NAMES = List.of("boulware", "linear", "conceder", "tit-for-tat",
            "aspiration", "hardliner", "batna-aware");

    private NegotiationStage() {
    }

    /**
     * The scenario's talks and how they ended.
     *
     * @param deciders   parties (in turn order), then ratifiers: index i of every utility and W in the result
     * @param partyCount how many deciders sit at the table
     * @param strategies each party's strategy name (the default filled in)
     * @param domain     the outcome space with every decider's utility (decode {@code result.outcome()} here)
     * @param noDeal     W_i(t), {@code noDeal[decider][month]}, month 0..horizon
     * @param result     the agreement or breakdown, with the trace
     */
    public record Negotiation(List<String> deciders, int partyCount, List<String> strategies,
                              NegotiationDomain domain, double[][] noDeal, NegotiationResult result) {
        public Negotiation {
            deciders = List.copyOf(deciders);
            strategies = List.copyOf(strategies);
            noDeal = Arrays.stream(noDeal).map(double[]::clone).toArray(double[][]::new);
        }

        @Override
        public double[][] noDeal() {
            return Arrays.stream(noDeal).map(double[]::clone).toArray(double[][]::new);
        }

        /** W_i(t), the last month's value after the horizon (the conflict model freezes there). */
        public double noDealValue(int decider, int month) {
            double[] row = noDeal[decider];
            return row[Math.min(Math.max(month, 0), row.length - 1)];
        }

        /** The agreed option of each issue, "issue = option", or an empty list without agreement. */
        public List<String> terms() {
            if (!result.agreed()) {
                return List.of();
            }
            int[] choice = new int[domain.space().issueCount()];
            domain.space().decode(result.outcome(), choice);
            List<String> out = new ArrayList<>();
            for (int k = 0; k < choice.length; k++) {
                out.add(domain.space().issueName(k) + " = " + domain.space().optionLabel(k, choice[k]));
            }
            return out;
        }
    }

    /**
     * @param scenario the scenario (usually its central case)
     * @param seed     see the class comment
     * @return the talks
     * @throws IllegalArgumentException for an unknown strategy name, naming the valid ones
     */
    public static Negotiation run(Scenario scenario, long seed) {
        SimulationSettings sim = scenario.simulation();
        ScenarioBargaining b = ScenarioBargaining.of(scenario);
        List<String> scenarioOrder = b.deciders();
        List<Integer> order = new ArrayList<>(); // table order → scenario order
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < scenarioOrder.size(); i++) {
                Role role = scenario.actor(scenarioOrder.get(i)).map(Actor::role).orElseThrow();
                if ((role == Role.PARTY) == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        int p = (int) order.stream().filter(i -> scenario.actor(scenarioOrder.get(i)).orElseThrow().role()
                == Role.PARTY).count();
        if (p < 2) {
            throw new IllegalArgumentException("the scenario has " + p + " part" + (p == 1 ? "y" : "ies")
                    + " at the table; negotiation needs at least 2 actors with role: party");
        }
        ValueOfNoDeal v = scenario.conflict().isPresent() ? ScenarioConflict.of(scenario).valueOfNoDeal() : null;
        double[][] w = noDealTable(scenario, b, v);
        double[] w0 = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            w0[i] = w[i][0];
        }
        List<AdditiveUtility> expected = BargainingAnalysis.expectedUtilities(b.problem(w0));
        List<RedLines> red = b.redLines();
        List<String> deciders = new ArrayList<>();
        List<AdditiveUtility> us = new ArrayList<>();
        List<RedLines> reds = new ArrayList<>();
        double[][] table = new double[w.length][];
        for (int j = 0; j < order.size(); j++) {
            int i = order.get(j);
            deciders.add(scenarioOrder.get(i));
            us.add(expected.get(i));
            reds.add(red.get(i));
            table[j] = w[i];
        }
        List<String> names = new ArrayList<>();
        List<NegotiationStrategy> strategies = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            String name = sim.strategies().getOrDefault(deciders.get(j), DEFAULT_STRATEGY);
            names.add(name);
            strategies.add(strategy(deciders.get(j), name));
        }
        NegotiationDomain domain = NegotiationDomain.of(us, p, reds);
        int rounds = Math.max(1, sim.maxMonths()) * sim.roundsPerMonth();
        NegotiationSettings settings = NegotiationSettings.withDeadline(rounds)
                .withRoundsPerMonth(sim.roundsPerMonth());
        NegotiationResult result = new StackedAlternatingOffers(domain, settings)
                .run(strategies, new TabulatedNoDealValues(table, v == null ? null : v.front()));
        return new Negotiation(deciders, p, names, domain, table, result);
    }

    /** The strategy a name stands for, floored at W_i(t) (see the class comment). */
    public static NegotiationStrategy strategy(String party, String name) {
        NegotiationStrategy inner = switch (name) {
            case "boulware" -> TimeDependentConcession.boulware();
            case "linear", "batna-aware" -> TimeDependentConcession.linear();
            case "conceder" -> TimeDependentConcession.conceder();
            case "tit-for-tat" -> new RelativeTitForTat();
            case "aspiration" -> new AspirationAdaptation(ASPIRATION_LAMBDA);
            case "hardliner" -> new Hardliner();
            case "escalate-for-leverage" -> throw new IllegalArgumentException("simulation.strategies." + party
                    + ": escalate-for-leverage needs an escalation ladder, which the scenario format does not state"
                    + " yet; use one of " + String.join(", ", STRATEGY_NAMES));
            default -> throw new IllegalArgumentException("simulation.strategies." + party + ": '" + name
                    + "' is not a strategy; use one of " + String.join(", ", STRATEGY_NAMES));
        };
        return new BatnaAware(inner);
    }

    /** W[decider][month] in scenario order, month 0..horizon (one month without a conflict section). */
    private static double[][] noDealTable(Scenario scenario, ScenarioBargaining b, ValueOfNoDeal v) {
        double[] stated = b.reservations();
        int n = stated.length;
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            boolean hasReservation = scenario.preferences().get(b.deciders().get(i)).reservation().isPresent();
            if (v == null || hasReservation) {
                w[i] = new double[v == null ? 1 : v.horizonMonths() + 1];
                Arrays.fill(w[i], stated[i]);
            } else {
                w[i] = v.values()[i].clone();
            }
        }
        return w;
    }
}
