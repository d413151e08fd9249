package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.negotiate.AspirationAdaptation;
import dev.parley.engine.negotiate.BatnaAware;
import dev.parley.engine.negotiate.EscalateForLeverage;
import dev.parley.engine.negotiate.Escalating;
import dev.parley.engine.negotiate.EscalationStep;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline's negotiation stage (DESIGN.md §4.4): the talks the scenario's {@code simulation} block describes,
 * run with {@link StackedAlternatingOffers}.
 *
 * <ul>
 *   <li><b>Who.</b> The parties sit at the table in scenario order, party order = turn order (the first party
 *       opens); ratifiers follow as deciders who approve or veto.</li>
 *   <li><b>Utilities.</b> Each decider's expected utility (commitments discounted by trust,
 *       {@link BargainingAnalysis#expectedUtilities}) with front-following issues at the front's initial value
 *       (month 0), as in the flagship test of the negotiation package — or, for talks opening in month t0 &gt; 0
 *       ({@link Options#startingAt}), at the expected front E[f(t0)] of that month, as {@link BargainingStage} and
 *       {@link ScenarioRipeness} see month t0 — until an escalation changes them; outcomes crossing any decider's
 *       red line are never proposed.</li>
 *   <li><b>W_i(t).</b> As in {@link BargainingStage}: the scenario's stated {@code reservation} where given, else W_i(t)
 *       month by month from {@link ScenarioConflict} (the decider's own beliefs) at the front of the month; without a
 *       conflict section, the utility of the no-deal outcome, fixed. The front is at its expectation E[f(t)] by
 *       default ({@link Options#sampledFront()} off), or one path sampled from the seed.</li>
 *   <li><b>Escalation</b> ({@link ScenarioEscalation}): a party whose strategy escalates may take the rungs of
 *       {@code conflict.escalation_ladder} whose {@code by} is that party; a rung applies its effects from the month it
 *       is taken, its counter-move follows with its stated probability (drawn from the seed), and W_i(t) from that
 *       month on and every decider's U^e (trust!) are recomputed from the modified scenario. Rungs of actors not at
 *       the table (a stakeholder such as the flagship's EU) are not taken: nobody at the table decides them.</li>
 *   <li><b>Clock.</b> The talks open in month t0 of the scenario's calendar ({@link Options#startingAt}, default
 *       0) and run {@code rounds_per_month} rounds per month from there: W_i(t) is read from month t0 on (frozen
 *       after the horizon, as the conflict model freezes it); the deadline comes after {@code max_months} months
 *       of talks, i.e. {@code max_months · rounds_per_month} rounds from t0; walk-out on; offers by the frequency
 *       opponent model (the protocol's defaults, DESIGN.md §4.4). <b>Every month the result reports is on the
 *       scenario's calendar</b> — the trace's months, the month of agreement or breakdown
 *       ({@code result().month()}), the escalations' months — so talks opening at t0 that agree after k months
 *       report month t0 + k; {@link Negotiation#startMonth()} and the trace's first {@code MonthStarted} event
 *       (round 0, month t0) say when the talks began. With t0 = 0 the talks are exactly those of the stage before
 *       it had a start month.</li>
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
 *   <tr><td>escalate-for-leverage[/INNER]</td><td>{@link EscalateForLeverage#expecting}: negotiates as INNER
 *       (default {@value #DEFAULT_ESCALATION_INNER}) and, at the start of each month, takes its open rung that raises
 *       its expected W the most, the counter-move weighted by its probability</td><td>DESIGN.md §4.4</td></tr>
 *   <tr><td>escalate-naive[/INNER]</td><td>{@link EscalateForLeverage#naive}: the same, but reckons without the
 *       counter-move (the escalator whose attempts, the seed text says, "will have the opposite effect")</td>
 *       <td>DESIGN.md §4.4; seed text, third factor</td></tr>
 * </table>
 * A party without a strategy follows {@value #DEFAULT_STRATEGY}.
 *
 * <p>Deterministic: the protocol and the strategies use no randomness; the seed drives the counter-move draws and,
 * with {@link Options#sampledFront()}, the front's path ({@link ScenarioEscalation}). The same seed gives the same
 * talks; without escalation and with the front at its expectation the seed has no effect.
 */
public final class NegotiationStage {

    /** The strategy of a party the scenario gives none: the neutral linear tactic floored at W_i(t). */
    public static final String DEFAULT_STRATEGY = "batna-aware";

    /** λ of {@code aspiration}: closes a fifth of the gap to the best offer per round (design default, no source). */
    public static final double ASPIRATION_LAMBDA = 0.2;

    /** How an escalating party negotiates when its name gives no inner strategy. */
    public static final String DEFAULT_ESCALATION_INNER = "boulware";

    /** The plain strategy names this stage runs (each may also be the INNER of an escalating one). */
    public static final List<String> STRATEGY_NAMES = List.of("boulware", "linear", "conceder", "tit-for-tat",
            "aspiration", "hardliner", "batna-aware");

    /** The escalating strategy names, each optionally followed by {@code /INNER}. */
    public static final List<String> ESCALATING_NAMES = List.of("escalate-for-leverage", "escalate-naive");

    private NegotiationStage() {
    }

    /**
     * How to run the talks beyond what the scenario states.
     *
     * @param strategies   strategy names that replace the scenario's for these parties
     * @param sampledFront whether the front follows one path sampled from the seed (else its expectation)
     * @param channels     the effect channels an escalation applies (all: the full model; fewer: to attribute a
     *                     difference to a mechanism)
     * @param startMonth   the month t0 of the scenario's calendar in which the talks open (0: today, the default);
     *                     see the class comment, "Clock"
     */
    public record Options(Map<String, String> strategies, boolean sampledFront,
                          Set<ScenarioEscalation.Channel> channels, int startMonth) {
        /** The scenario as written, front at its expectation, every channel, talks from month 0. */
        public static final Options DEFAULT = new Options(Map.of(), false,
                EnumSet.allOf(ScenarioEscalation.Channel.class), 0);

        public Options {
            strategies = Map.copyOf(strategies);
            channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
            if (startMonth < 0) {
                throw new IllegalArgumentException("the talks' start month " + startMonth + " must be >= 0 (0 = the"
                        + " scenario's start)");
            }
        }

        /** Talks from month 0. */
        public Options(Map<String, String> strategies, boolean sampledFront, Set<ScenarioEscalation.Channel> channels) {
            this(strategies, sampledFront, channels, 0);
        }

        public Options withStrategy(String party, String name) {
            Map<String, String> m = new LinkedHashMap<>(strategies);
            m.put(party, name);
            return new Options(m, sampledFront, channels, startMonth);
        }

        public Options withSampledFront(boolean on) {
            return new Options(strategies, on, channels, startMonth);
        }

        public Options withChannels(Set<ScenarioEscalation.Channel> only) {
            return new Options(strategies, sampledFront, only, startMonth);
        }

        /**
         * Talks that open in month {@code month} of the scenario's calendar (e.g. the first ripe month) instead of
         * month 0.
         *
         * @throws IllegalArgumentException for a negative month
         */
        public Options startingAt(int month) {
            return new Options(strategies, sampledFront, channels, month);
        }
    }

    /**
     * The scenario's talks and how they ended.
     *
     * @param deciders    parties (in turn order), then ratifiers: index i of every utility and W in the result
     * @param partyCount  how many deciders sit at the table
     * @param strategies  each party's strategy name (the default filled in)
     * @param domain      the outcome space with every decider's utility at the start (decode
     *                    {@code result.outcome()} here; after an escalation the utilities of the result are those
     *                    of the month of agreement)
     * @param noDeal      W_i(t) as the talks saw it, {@code noDeal[decider][month]}, month 0..horizon
     * @param front       the front month by month as the talks saw it (empty without a conflict section)
     * @param escalations the rungs taken, in order
     * @param result      the agreement or breakdown, with the trace; its months are on the scenario's calendar
     * @param startMonth  the month the talks opened in (t0; round 0 is in this month)
     */
    public record Negotiation(List<String> deciders, int partyCount, List<String> strategies,
                              NegotiationDomain domain, double[][] noDeal, double[] front,
                              List<ScenarioEscalation.Step> escalations, NegotiationResult result, int startMonth) {
        public Negotiation {
            deciders = List.copyOf(deciders);
            strategies = List.copyOf(strategies);
            noDeal = Arrays.stream(noDeal).map(double[]::clone).toArray(double[][]::new);
            front = front.clone();
            escalations = List.copyOf(escalations);
        }

        @Override
        public double[][] noDeal() {
            return Arrays.stream(noDeal).map(double[]::clone).toArray(double[][]::new);
        }

        @Override
        public double[] front() {
            return front.clone();
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

    /** The scenario's talks as written ({@link Options#DEFAULT}). */
    public static Negotiation run(Scenario scenario, long seed) {
        return run(scenario, seed, Options.DEFAULT);
    }

    /**
     * @param scenario the scenario (usually its central case)
     * @param seed     the counter-move draws and, with a sampled front, the front's path (see the class comment)
     * @param options  strategy replacements, front, channels, start month
     * @return the talks
     * @throws IllegalArgumentException for an unknown strategy name, naming the valid ones
     */
    public static Negotiation run(Scenario scenario, long seed, Options options) {
        ScenarioBargaining b = ScenarioBargaining.of(scenario);
        Table table = Table.of(scenario, b.deciders(), options);
        List<Integer> order = table.order();
        List<String> deciders = table.deciders();
        int p = table.partyCount();
        List<String> names = table.names();
        List<NegotiationStrategy> strategies = table.strategies();
        NegotiationSettings settings = table.settings();
        int t0 = options.startMonth();
        if (scenario.conflict().isEmpty()) {
            double[][] w = fixedNoDeal(b, order);
            NegotiationDomain domain = domain(b, order, p, fixedNoDeal(b, order.stream().sorted().toList()));
            NegotiationResult result = new StackedAlternatingOffers(domain, settings)
                    .run(strategies, new TabulatedNoDealValues(w, null));
            return new Negotiation(deciders, p, names, domain, w, new double[0], List.of(), result, t0);
        }
        ScenarioEscalation conflict = new ScenarioEscalation(scenario, order.stream().mapToInt(Integer::intValue)
                .toArray(), p, options.sampledFront(), seed, options.channels(), t0);
        NegotiationDomain domain = conflict.domain();
        StackedAlternatingOffers saop = new StackedAlternatingOffers(domain, settings);
        List<EscalationStep> ladder = conflict.ladder(deciders);
        boolean escalating = strategies.stream().anyMatch(x -> x instanceof Escalating);
        NegotiationResult result = escalating && !ladder.isEmpty() ? saop.run(strategies, conflict, ladder)
                : saop.run(strategies, conflict);
        return new Negotiation(deciders, p, names, domain, conflict.noDealTable(), conflict.frontPath(),
                conflict.steps(), result, t0);
    }

    /**
     * The talks of a scenario whose shared stage inputs are at hand (e.g. one Monte Carlo draw's): exactly
     * {@link #run(Scenario, long, Options)} on {@code stages.scenario()}, bit for bit, with less work in the common
     * case.
     *
     * <p>When nobody at the table escalates and the front is at its expectation, the conflict never changes while
     * the talks run, so W_i(t) is the context's {@link ScenarioStageContext#noDealValues} month by month (the stated
     * reservation, else W_i(t) at E[f(t)] on the grid of {@link ScenarioConflict#valuesAt}: the numbers
     * {@link ScenarioEscalation} tabulates), the front is the expected path, and the utilities U^e of month t0 are
     * those of the context's {@link ScenarioStageContext#space space(t0)} (U^e depends on the front only through the
     * no-deal outcome, which is the key of that space). Nothing is solved again. Otherwise — an escalating
     * strategy, a sampled front, a start after the horizon, a W that is not finite — the stand-alone path runs.
     *
     * @param stages  the scenario's shared stage inputs
     * @param seed    as for {@link #run(Scenario, long, Options)} (without escalation and sampling it has no effect)
     * @param options strategy replacements, front, channels, start month
     * @return the talks
     * @throws IllegalArgumentException for an unknown strategy name, naming the valid ones
     */
    public static Negotiation run(ScenarioStageContext stages, long seed, Options options) {
        Scenario scenario = stages.scenario();
        int horizon = stages.horizonMonths();
        int t0 = options.startMonth();
        if (options.sampledFront() || t0 > horizon) {
            return run(scenario, seed, options);
        }
        Table table = Table.of(scenario, stages.deciders(), options);
        if (table.strategies().stream().anyMatch(x -> x instanceof Escalating)) {
            return run(scenario, seed, options);
        }
        List<Integer> order = table.order();
        int n = order.size();
        double[][] w = new double[n][horizon + 1];
        for (int t = 0; t <= horizon; t++) {
            double[] wt = stages.noDealValues(t);
            for (int j = 0; j < n; j++) {
                w[j][t] = wt[order.get(j)];
                if (!Double.isFinite(w[j][t])) {
                    return run(scenario, seed, options); // the stand-alone path decides what a broken W does
                }
            }
        }
        ScenarioStageContext.BargainingSpace space = stages.space(t0);
        List<AdditiveUtility> expected = space.utilities();
        List<RedLines> red = space.problem().redLines();
        List<AdditiveUtility> us = new ArrayList<>();
        List<RedLines> reds = new ArrayList<>();
        for (int i : order) {
            us.add(expected.get(i));
            reds.add(red.get(i));
        }
        // the outcomes' utilities and their order for each party are sorted once per distinct table
        StackedAlternatingOffers saop = stages.work().get(() -> SharedStageWork.key("talks",
                        SharedStageWork.contents(us, reds), table.partyCount(), table.settings()),
                () -> new StackedAlternatingOffers(NegotiationDomain.of(us, table.partyCount(), reds),
                        table.settings()),
                t -> (long) t.domain().size() * (8L * t.domain().deciderCount() + 12L * t.domain().partyCount()));
        NegotiationDomain domain = saop.domain();
        double[] front = expectedFrontAsEscalationSeesIt(stages);
        NegotiationResult result = saop.run(table.strategies(), new TabulatedNoDealValues(w, front));
        return new Negotiation(table.deciders(), table.partyCount(), table.names(), domain, w, front, List.of(),
                result, t0);
    }

    /**
     * E[f(t)], t = 0..H, with the arithmetic {@link ScenarioEscalation} applies to the expected path when no rung
     * is taken (each month shifted by the drift's change, zero, and clamped to [0, 1]), so that even the rounding
     * and a signed zero come out the same.
     */
    private static double[] expectedFrontAsEscalationSeesIt(ScenarioStageContext stages) {
        int horizon = stages.horizonMonths();
        double drift = stages.scenario().conflict().orElseThrow().front().driftPerMonth().value();
        double[] path = new double[horizon + 1];
        for (int t = 0; t <= horizon; t++) {
            path[t] = stages.expectedFront(t);
        }
        double[] front = new double[horizon + 1];
        front[0] = path[0];
        for (int t = 0; t < horizon; t++) {
            double shift = front[t] - path[t] + drift - drift;
            double x = path[t + 1] + shift;
            front[t + 1] = x <= 0.0 ? 0.0 : (x >= 1.0 ? 1.0 : x);
        }
        return front;
    }

    /**
     * Who sits at the table and how they negotiate: the deciders in table order (parties in scenario order, then
     * ratifiers), each party's strategy, and the clock.
     *
     * @param order table order → scenario order of the deciders
     */
    private record Table(List<Integer> order, List<String> deciders, int partyCount, List<String> names,
                         List<NegotiationStrategy> strategies, NegotiationSettings settings) {

        /**
         * @param scenarioOrder the deciders in scenario order ({@link ScenarioBargaining#deciders()})
         * @throws IllegalArgumentException for fewer than 2 parties, a strategy for a non-party, an unknown name
         */
        static Table of(Scenario scenario, List<String> scenarioOrder, Options options) {
            SimulationSettings sim = scenario.simulation();
            List<Integer> order = new ArrayList<>();
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
            List<String> deciders = new ArrayList<>();
            for (int i : order) {
                deciders.add(scenarioOrder.get(i));
            }
            for (String party : options.strategies().keySet()) {
                int j = deciders.indexOf(party);
                if (j < 0 || j >= p) {
                    throw new IllegalArgumentException("strategy given for '" + party + "', which is not a party at"
                            + " the table; the parties are " + String.join(", ", deciders.subList(0, p)));
                }
            }
            List<String> names = new ArrayList<>();
            List<NegotiationStrategy> strategies = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                String name = options.strategies().getOrDefault(deciders.get(j),
                        sim.strategies().getOrDefault(deciders.get(j), DEFAULT_STRATEGY));
                names.add(name);
                strategies.add(strategy(deciders.get(j), name));
            }
            int rounds = Math.max(1, sim.maxMonths()) * sim.roundsPerMonth();
            NegotiationSettings settings = NegotiationSettings.withDeadline(rounds)
                    .withRoundsPerMonth(sim.roundsPerMonth()).withStartMonth(options.startMonth());
            return new Table(List.copyOf(order), List.copyOf(deciders), p, List.copyOf(names),
                    List.copyOf(strategies), settings);
        }
    }

    /**
     * The strategy a name stands for, floored at W_i(t) (see the class comment).
     *
     * @throws IllegalArgumentException for an unknown name, naming the valid ones
     */
    public static NegotiationStrategy strategy(String party, String name) {
        for (String escalating : ESCALATING_NAMES) {
            if (name.equals(escalating) || name.startsWith(escalating + "/")) {
                String inner = name.equals(escalating) ? DEFAULT_ESCALATION_INNER
                        : name.substring(escalating.length() + 1);
                if (!STRATEGY_NAMES.contains(inner)) {
                    throw new IllegalArgumentException("simulation.strategies." + party + ": '" + name
                            + "' escalates around '" + inner + "', which is not a strategy; after '" + escalating
                            + "/' use one of " + String.join(", ", STRATEGY_NAMES));
                }
                NegotiationStrategy floored = strategy(party, inner);
                return escalating.equals("escalate-naive") ? EscalateForLeverage.naive(floored)
                        : EscalateForLeverage.expecting(floored);
            }
        }
        NegotiationStrategy inner = switch (name) {
            case "boulware" -> TimeDependentConcession.boulware();
            case "linear", "batna-aware" -> TimeDependentConcession.linear();
            case "conceder" -> TimeDependentConcession.conceder();
            case "tit-for-tat" -> new RelativeTitForTat();
            case "aspiration" -> new AspirationAdaptation(ASPIRATION_LAMBDA);
            case "hardliner" -> new Hardliner();
            default -> throw new IllegalArgumentException("simulation.strategies." + party + ": '" + name
                    + "' is not a strategy; use one of " + String.join(", ", STRATEGY_NAMES) + ", or "
                    + String.join(", ", ESCALATING_NAMES) + " (optionally /INNER, e.g. escalate-for-leverage/linear)");
        };
        return new BatnaAware(inner);
    }

    /** Whether a strategy name escalates. */
    public static boolean escalates(String name) {
        return ESCALATING_NAMES.stream().anyMatch(e -> name.equals(e) || name.startsWith(e + "/"));
    }

    /** Fixed W (stated reservations or the no-deal outcome's utility) in the given order, one month. */
    private static double[][] fixedNoDeal(ScenarioBargaining b, List<Integer> order) {
        double[] stated = b.reservations();
        double[][] w = new double[order.size()][1];
        for (int j = 0; j < w.length; j++) {
            w[j][0] = stated[order.get(j)];
        }
        return w;
    }

    private static NegotiationDomain domain(ScenarioBargaining b, List<Integer> order, int p, double[][] w) {
        double[] w0 = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            w0[i] = w[i][0];
        }
        List<AdditiveUtility> expected = BargainingAnalysis.expectedUtilities(b.problem(w0));
        List<RedLines> red = b.redLines();
        List<AdditiveUtility> us = new ArrayList<>();
        List<RedLines> reds = new ArrayList<>();
        for (int i : order) {
            us.add(expected.get(i));
            reds.add(red.get(i));
        }
        return NegotiationDomain.of(us, p, reds);
    }
}
