package dev.parley.engine.pipeline;

import dev.parley.engine.montecarlo.ProportionSummary;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.parallel.WorkerThreads;
import dev.parley.engine.pipeline.ScenarioEscalation.Channel;
import dev.parley.model.Factor;
import dev.parley.model.ParameterTable;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "No escalation" against "escalate for leverage" over many seeds (issue 5, DESIGN.md §4.4): the scenario's talks
 * ({@link NegotiationStage}) run twice per draw — once with the strategies as written, once with every party at the
 * table that has a rung of {@code conflict.escalation_ladder} escalating around its written strategy — and the two
 * arms are compared: P(agreement) with its 90% Wilson interval, months to agreement, mean utilities, how the talks
 * ended, and the mechanism.
 *
 * <ul>
 *   <li><b>A draw</b> (seed {@code s_k}, k = 0..N−1, from the base seed): each factor with a probability is switched
 *       on with that probability (the Monte Carlo's factor rule; factors already applied to the case are not drawn
 *       again), the front follows one sampled path, and counter-moves are drawn ({@link ScenarioEscalation}). Both
 *       arms of a draw share the factors and the front's shocks (common random numbers), so the difference between
 *       the arms is escalation's alone. Other uncertain parameters stay at their central values: their spread is the
 *       Monte Carlo's job ({@code parley run}).</li>
 *   <li><b>The escalator.</b> By default {@code escalate-naive}: it climbs when the rung alone would raise its own W,
 *       i.e. it makes the attempt the seed text describes ("attempts to strengthen negotiating positions through
 *       military and non-military escalation"). A party that weighs the counter-move at its probability
 *       ({@code escalate-for-leverage}) may not climb at all; the comparison reports the escalator's reckoned gain so
 *       that this is visible.</li>
 *   <li><b>When talks start</b> ({@link TalksStart}). By default ({@link TalksStart#RIPE}) the talks of a draw
 *       open in its first ripe month t0 ({@link ScenarioRipeness} with {@link RipenessSettings#DEFAULTS}, on the
 *       draw's scenario without escalation and the front at its expectation — the definition of "talks start" of
 *       {@code parley run}) and run from there ({@link NegotiationStage.Options#startingAt}); t0 is computed once per
 *       draw and used in both arms, because ripeness is a property of the world the escalator would change, not of
 *       the escalation. A draw with no ripe month has no talks in either arm ("no talks"). With
 *       {@link TalksStart#MONTH0} every draw's talks open in month 0, as before the comparison had a start month.
 *       Either way an agreement counts when it is signed before {@code horizon_months}, as in {@code parley run}
 *       (the talks may run {@code max_months} past t0, with W frozen after the horizon; a later agreement is
 *       reported as "after the horizon").</li>
 *   <li><b>Rungs of actors not at the table</b> (the flagship's EU contingents) are not taken in either arm.</li>
 *   <li><b>Mechanism.</b> When the arms differ in agreements, the escalation arm is run again with the effects of one
 *       channel only (trust, drift, costs; {@link Channel}); the channel whose change comes closest to the whole
 *       difference, in its direction, is named as the driver.</li>
 * </ul>
 *
 * <p>Deterministic for any thread count: each draw depends only on its own seed, and results are collected by index.
 */
public final class EscalationComparison {

    /** Draws by default: a 90% Wilson interval of half-width at most ≈ 0.058 (z·√(0.25/200), z = 1.645). */
    public static final int DEFAULT_SEEDS = 200;

    /** When a draw's talks open. */
    public enum TalksStart {
        /** Month 0 in every draw (the scenario's today). */
        MONTH0,
        /** The draw's first ripe month; no talks in a draw that never ripens within the horizon. The default. */
        RIPE
    }

    /** The default escalating strategy of the escalation arm (see the class comment). */
    public static final String DEFAULT_ESCALATION = "escalate-naive";

    /**
     * @param seeds      draws N, at least 1
     * @param seed       the base seed
     * @param threads    worker threads, at least 1 (the result does not depend on it)
     * @param escalation {@code escalate-naive} or {@code escalate-for-leverage}: how escalators reckon
     * @param strategies strategy names replacing the scenario's in both arms (e.g. to ask "what if Russia conceded")
     * @param alreadyOn  factors already applied to the case (not drawn again)
     * @param talksFrom  when a draw's talks open (default {@link TalksStart#RIPE})
     */
    public record Settings(int seeds, long seed, int threads, String escalation, Map<String, String> strategies,
                           Set<String> alreadyOn, TalksStart talksFrom) {
        /** Talks from each draw's first ripe month. */
        public Settings(int seeds, long seed, int threads, String escalation, Map<String, String> strategies,
                        Set<String> alreadyOn) {
            this(seeds, seed, threads, escalation, strategies, alreadyOn, TalksStart.RIPE);
        }

        public Settings {
            java.util.Objects.requireNonNull(talksFrom, "talksFrom");
            if (seeds < 1) {
                throw new IllegalArgumentException("seeds = " + seeds + " must be at least 1 (e.g. "
                        + DEFAULT_SEEDS + ")");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads = " + threads + " must be at least 1");
            }
            if (!NegotiationStage.ESCALATING_NAMES.contains(escalation)) {
                throw new IllegalArgumentException("escalation '" + escalation + "' must be one of "
                        + String.join(", ", NegotiationStage.ESCALATING_NAMES));
            }
            strategies = Map.copyOf(strategies);
            alreadyOn = Set.copyOf(alreadyOn);
        }

        /** N draws from a base seed, one thread, the default escalator, the scenario's strategies. */
        public static Settings of(int seeds, long seed) {
            return new Settings(seeds, seed, 1, DEFAULT_ESCALATION, Map.of(), Set.of());
        }

        public Settings withThreads(int t) {
            return new Settings(seeds, seed, t, escalation, strategies, alreadyOn, talksFrom);
        }

        public Settings withStrategy(String party, String name) {
            Map<String, String> m = new LinkedHashMap<>(strategies);
            m.put(party, name);
            return new Settings(seeds, seed, threads, escalation, m, alreadyOn, talksFrom);
        }

        public Settings withEscalation(String name) {
            return new Settings(seeds, seed, threads, name, strategies, alreadyOn, talksFrom);
        }

        public Settings withAlreadyOn(Set<String> ids) {
            return new Settings(seeds, seed, threads, escalation, strategies, ids, talksFrom);
        }

        public Settings withTalksFrom(TalksStart start) {
            return new Settings(seeds, seed, threads, escalation, strategies, alreadyOn, start);
        }
    }

    /**
     * One arm over all draws.
     *
     * @param label          "no escalation", "escalate for leverage" or "only <channel>"
     * @param draws          N
     * @param noTalks        draws without talks (no ripe month within the horizon; 0 with talks from month 0)
     * @param agreements     draws ending in agreement signed before the horizon
     * @param lateAgreements draws ending in agreement signed at or after the horizon (not counted as agreements)
     * @param interval       90% Wilson interval of P(agreement)
     * @param medianMonth    median month of agreement among agreements, on the scenario's calendar (NaN without one)
     * @param meanMonth      mean month of agreement among agreements, on the scenario's calendar (NaN without one)
     * @param meanUtilities  each decider's mean utility of the agreements (NaN without one)
     * @param deadlines      draws ending at the deadline
     * @param walkOuts       draws ending in a walk-out, by who walked out (table order of deciders, zeros kept)
     * @param escalated      draws in which at least one rung was taken
     * @param countered      rungs taken that were countered
     * @param rungs          rungs taken in all
     * @param meanReckonedGain mean over rungs taken of the escalator's expected change of its own W with the
     *                       counter-move at its probability (NaN without one)
     * @param meanNoDealChange mean over rungs taken of each decider's change of W in the rung's month (zeros without)
     */
    public record Arm(String label, int draws, int noTalks, int agreements, int lateAgreements, double[] interval,
                      double medianMonth, double meanMonth, double[] meanUtilities, int deadlines, int[] walkOuts,
                      int escalated, int countered, int rungs, double meanReckonedGain, double[] meanNoDealChange) {
        public Arm {
            interval = interval.clone();
            meanUtilities = meanUtilities.clone();
            walkOuts = walkOuts.clone();
            meanNoDealChange = meanNoDealChange.clone();
        }

        @Override
        public double[] meanNoDealChange() {
            return meanNoDealChange.clone();
        }

        @Override
        public String toString() {
            return "Arm[" + label + ": " + agreements + "/" + draws + " agreements " + Arrays.toString(interval)
                    + ", no talks " + noTalks + ", after the horizon " + lateAgreements
                    + ", month median " + medianMonth + " mean " + meanMonth + ", utilities "
                    + Arrays.toString(meanUtilities) + ", deadlines " + deadlines + ", walk-outs "
                    + Arrays.toString(walkOuts) + ", escalated " + escalated + ", rungs " + rungs + " (countered "
                    + countered + "), reckoned gain " + meanReckonedGain + ", ΔW " + Arrays.toString(meanNoDealChange)
                    + "]";
        }

        /** P(agreement) over all draws (a draw without talks counts as no agreement). */
        public double probability() {
            return (double) agreements / draws;
        }

        /** Draws whose talks took place. */
        public int talks() {
            return draws - noTalks;
        }

        /** P(agreement) among the draws with talks (NaN when no draw had talks). */
        public double probabilityAmongTalks() {
            return talks() == 0 ? Double.NaN : (double) agreements / talks();
        }

        @Override
        public double[] interval() {
            return interval.clone();
        }

        @Override
        public double[] meanUtilities() {
            return meanUtilities.clone();
        }

        @Override
        public int[] walkOuts() {
            return walkOuts.clone();
        }
    }

    /**
     * The comparison.
     *
     * @param scenarioId  the scenario
     * @param deciders    table order (parties, then ratifiers)
     * @param escalators  the parties who escalate in the escalation arm, with their strategy there
     * @param settings    as run
     * @param none        the strategies as written
     * @param escalate    the escalation arm
     * @param channels    the escalation arm with one channel only (empty when the arms agree equally often)
     * @param verdict     the plain-language verdict, built from the numbers
     */
    public record Result(String scenarioId, List<String> deciders, Map<String, String> escalators, Settings settings,
                         Arm none, Arm escalate, Map<Channel, Arm> channels, String verdict) {
        public Result {
            deciders = List.copyOf(deciders);
            // ordered maps: the report and results.json list them in this order, the same in every run
            escalators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(escalators));
            channels = java.util.Collections.unmodifiableMap(channels.isEmpty() ? new EnumMap<>(Channel.class)
                    : new EnumMap<>(channels));
        }

        /** P(agreement | escalate) − P(agreement | none). */
        public double difference() {
            return escalate.probability() - none.probability();
        }
    }

    /** One draw's talks; {@code ending} null: no talks. */
    private record Draw(NegotiationResult.Ending ending, int month, double[] utilities, int walkedOut, int rungs,
                        int countered, double reckoned, double[] noDealChange) {
    }

    private EscalationComparison() {
    }

    /**
     * @param scenario the case (switched-on factors applied, as every stage takes it); its factors with a
     *                 probability are drawn per seed
     * @param settings draws, seed, threads, escalator
     * @return both arms and the verdict
     * @throws IllegalArgumentException when no party at the table has a rung, or for a bad strategy name
     */
    public static Result run(Scenario scenario, Settings settings) {
        if (scenario.conflict().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.info().id() + "' has no conflict section;"
                    + " escalation needs conflict.escalation_ladder");
        }
        NegotiationStage.Options base = NegotiationStage.Options.DEFAULT.withSampledFront(true);
        for (Map.Entry<String, String> e : settings.strategies().entrySet()) {
            base = base.withStrategy(e.getKey(), e.getValue());
        }
        Map<String, String> escalators = new LinkedHashMap<>();
        for (var rung : scenario.conflict().get().escalationLadder()) {
            boolean party = scenario.actor(rung.by()).map(a -> a.role() == Role.PARTY).orElse(false);
            if (party && !escalators.containsKey(rung.by())) {
                String written = settings.strategies().getOrDefault(rung.by(),
                        scenario.simulation().strategies().getOrDefault(rung.by(), NegotiationStage.DEFAULT_STRATEGY));
                String inner = written;
                for (String e : NegotiationStage.ESCALATING_NAMES) {
                    if (written.equals(e)) {
                        inner = NegotiationStage.DEFAULT_ESCALATION_INNER;
                    } else if (written.startsWith(e + "/")) {
                        inner = written.substring(e.length() + 1);
                    }
                }
                escalators.put(rung.by(), settings.escalation() + "/" + inner);
            }
        }
        if (escalators.isEmpty()) {
            throw new IllegalArgumentException("no party at the table has a rung in conflict.escalation_ladder of '"
                    + scenario.info().id() + "' (rungs by: " + String.join(", ", scenario.conflict().get()
                    .escalationLadder().stream().map(r -> r.by()).toList()) + "); set a rung's 'by' to a party");
        }
        NegotiationStage.Options quiet = base;
        for (String party : escalators.keySet()) {
            if (NegotiationStage.escalates(quiet.strategies().getOrDefault(party,
                    scenario.simulation().strategies().getOrDefault(party, "")))) {
                quiet = quiet.withStrategy(party, escalators.get(party).substring(escalators.get(party)
                        .indexOf('/') + 1));
            }
        }
        NegotiationStage.Options loud = base;
        for (Map.Entry<String, String> e : escalators.entrySet()) {
            loud = loud.withStrategy(e.getKey(), e.getValue());
        }
        long[] seeds = seeds(settings.seed(), settings.seeds());
        Scenario[] cases = new Scenario[seeds.length];
        ParameterTable table = ParameterTable.of(scenario);
        Map<String, Scenario> byFactors = new LinkedHashMap<>(); // draws with the same factors share one scenario
        for (int k = 0; k < seeds.length; k++) {
            String key = factorsOn(scenario, table, settings.alreadyOn(), seeds[k]);
            int draw = k;
            cases[k] = byFactors.computeIfAbsent(key, x -> drawFactors(scenario, table, settings.alreadyOn(),
                    seeds[draw]));
        }
        int[] start = startMonths(cases, settings.talksFrom(), settings.threads());
        int horizon = scenario.info().horizonMonths();
        NegotiationStage.Negotiation probe = NegotiationStage.run(cases[0], seeds[0], quiet);
        List<String> deciders = probe.deciders();
        Arm none = arm("no escalation", runAll(cases, seeds, start, quiet, settings.threads()), deciders.size(),
                horizon);
        Arm escalate = arm("escalate for leverage", runAll(cases, seeds, start, loud, settings.threads()),
                deciders.size(), horizon);
        Map<Channel, Arm> channels = new LinkedHashMap<>();
        if (none.agreements() != escalate.agreements()) {
            for (Channel c : List.of(Channel.TRUST, Channel.DRIFT, Channel.COSTS)) {
                channels.put(c, arm("only " + c.name().toLowerCase(Locale.ROOT),
                        runAll(cases, seeds, start, loud.withChannels(EnumSet.of(c)), settings.threads()),
                        deciders.size(), horizon));
            }
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < probe.partyCount(); i++) {
            written.add(deciders.get(i) + " " + probe.strategies().get(i));
        }
        String verdict = verdict(deciders, written, escalators, none, escalate, channels, settings.talksFrom());
        return new Result(scenario.info().id(), deciders, escalators, settings, none, escalate, channels, verdict);
    }

    /** Seeds s_0..s_{N−1}: the base seed's SplittableRandom, one long each, in order. */
    static long[] seeds(long base, int n) {
        SplittableRandom r = new SplittableRandom(base);
        long[] s = new long[n];
        for (int k = 0; k < n; k++) {
            s[k] = r.nextLong();
        }
        return s;
    }

    /**
     * The case with each factor that has a probability switched on with that probability, from the third
     * {@code split()} of {@code new SplittableRandom(seed)} (the first two are the front's shocks and the counter-moves
     * of {@link ScenarioEscalation}), so the factor draws leave those untouched.
     */
    static Scenario drawFactors(Scenario scenario, ParameterTable table, Set<String> alreadyOn, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.split(); // the front's shocks
        root.split(); // the counter-moves
        SplittableRandom factors = root.split();
        double[] values = table.values();
        boolean any = false;
        for (Factor f : scenario.factors()) {
            if (f.probability().isEmpty()) {
                continue;
            }
            double u = factors.nextDouble(); // drawn for every such factor, so each keeps its own number
            int k = table.indexOf("factors." + f.id() + ".probability");
            double p = k < 0 ? f.probability().get().value() : values[k];
            if (!alreadyOn.contains(f.id()) && u < p) {
                table.apply(f.effects(), values);
                any = true;
            }
        }
        return any ? table.applyTo(scenario, values) : scenario;
    }

    /**
     * Which factors with a probability the draw switches on, as a key ("0110…"): the same numbers as
     * {@link #drawFactors}, without rebuilding the scenario.
     */
    static String factorsOn(Scenario scenario, ParameterTable table, Set<String> alreadyOn, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.split(); // the front's shocks
        root.split(); // the counter-moves
        SplittableRandom factors = root.split();
        double[] values = table.values();
        StringBuilder key = new StringBuilder();
        for (Factor f : scenario.factors()) {
            if (f.probability().isEmpty()) {
                continue;
            }
            double u = factors.nextDouble();
            int k = table.indexOf("factors." + f.id() + ".probability");
            double p = k < 0 ? f.probability().get().value() : values[k];
            key.append(!alreadyOn.contains(f.id()) && u < p ? '1' : '0');
        }
        return key.toString();
    }

    /**
     * Each draw's month of opening talks: 0 for {@link TalksStart#MONTH0}; else its first ripe month (−1: none),
     * computed once per distinct scenario (draws with the same factors share it).
     */
    private static int[] startMonths(Scenario[] cases, TalksStart from, int threads) {
        int[] start = new int[cases.length];
        if (from == TalksStart.MONTH0) {
            return start;
        }
        List<Scenario> distinct = new ArrayList<>();
        int[] which = new int[cases.length];
        for (int k = 0; k < cases.length; k++) {
            int j = 0;
            while (j < distinct.size() && distinct.get(j) != cases[k]) {
                j++;
            }
            if (j == distinct.size()) {
                distinct.add(cases[k]);
            }
            which[k] = j;
        }
        int window = RipenessSettings.DEFAULTS.windowMonths();
        if (cases[0].info().horizonMonths() < window) {
            throw new IllegalArgumentException("the horizon (" + cases[0].info().horizonMonths() + " months) is shorter"
                    + " than the ripeness window (" + window + " months), so no month can be assessed as ripe; use"
                    + " talks from month 0 (--talks-from month0) or a horizon of at least " + window + " months");
        }
        int[] first = new int[distinct.size()];
        // the ripe month is the scenario's alone (the ZOPA's emptiness is exact); the lean scan stops at the first
        // one and builds a frontier only where a way out is not settled without it — the timeline's first ripe
        // month, as SharedStageDrawIT checks. (It can also succeed where the timeline, building every month's
        // frontier, would have refused a space as too large.)
        parallel(distinct.size(), threads, j -> first[j] = new ScenarioRipeness(RipenessSettings.DEFAULTS)
                .firstRipeMonth(ScenarioStageContext.of(distinct.get(j))));
        for (int k = 0; k < cases.length; k++) {
            start[k] = first[which[k]];
        }
        return start;
    }

    private static Draw[] runAll(Scenario[] cases, long[] seeds, int[] start, NegotiationStage.Options options,
                                 int threads) {
        Draw[] out = new Draw[seeds.length];
        parallel(seeds.length, threads, k -> out[k] = start[k] < 0 ? NO_TALKS
                : draw(cases[k], seeds[k], options.startingAt(start[k])));
        return out;
    }

    /** {@code task(k)} for k = 0..n−1 on {@code threads} threads (in order on one); each task writes its own slot. */
    private static void parallel(int n, int threads, java.util.function.IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        WorkerThreads.run(Math.max(1, Math.min(threads, n)), "parley-escalation", interrupted, stopped -> {
            int k;
            while (!stopped.getAsBoolean() && (k = next.getAndIncrement()) < n) {
                task.accept(k);
            }
        });
        if (interrupted.get()) {
            throw new IllegalStateException("the comparison was interrupted");
        }
    }

    private static final Draw NO_TALKS = new Draw(null, -1, new double[0], -1, 0, 0, 0.0, new double[0]);

    private static Draw draw(Scenario scenario, long seed, NegotiationStage.Options options) {
        NegotiationStage.Negotiation n = NegotiationStage.run(scenario, seed, options);
        NegotiationResult r = n.result();
        int countered = 0;
        double reckoned = 0.0;
        double[] change = new double[n.deciders().size()];
        for (ScenarioEscalation.Step s : n.escalations()) {
            countered += s.countered() ? 1 : 0;
            reckoned += s.reckonedGain();
            for (int j = 0; j < change.length; j++) {
                change[j] += s.noDealAfter()[j] - s.allBefore()[j];
            }
        }
        return new Draw(r.ending(), r.month(), r.utilities(), r.walkedOut(), n.escalations().size(), countered,
                reckoned, change);
    }

    private static Arm arm(String label, Draw[] draws, int deciders, int horizon) {
        int n = draws.length;
        int noTalks = 0;
        int late = 0;
        int agreements = 0;
        int deadlines = 0;
        int[] walkOuts = new int[deciders];
        int escalated = 0;
        int countered = 0;
        int rungs = 0;
        double reckoned = 0.0;
        double[] change = new double[deciders];
        double[] utilities = new double[deciders];
        double[] months = new double[n];
        for (Draw d : draws) {
            if (d.ending() == null) {
                noTalks++;
                continue;
            }
            boolean lateAgreement = d.ending() == NegotiationResult.Ending.AGREEMENT && d.month() >= horizon;
            if (lateAgreement) {
                late++;
            } else {
                switch (d.ending()) {
                case AGREEMENT -> {
                    months[agreements++] = d.month();
                    for (int i = 0; i < deciders; i++) {
                        utilities[i] += d.utilities()[i];
                    }
                }
                case DEADLINE -> deadlines++;
                case WALK_OUT -> walkOuts[d.walkedOut()]++;
                }
            }
            escalated += d.rungs() > 0 ? 1 : 0;
            countered += d.countered();
            rungs += d.rungs();
            reckoned += d.reckoned();
            for (int i = 0; i < deciders; i++) {
                change[i] += d.noDealChange()[i];
            }
        }
        if (rungs > 0) {
            for (int i = 0; i < deciders; i++) {
                change[i] /= rungs;
            }
        }
        double median = Double.NaN;
        double mean = Double.NaN;
        if (agreements > 0) {
            double[] m = Arrays.copyOf(months, agreements);
            Arrays.sort(m);
            median = agreements % 2 == 1 ? m[agreements / 2] : 0.5 * (m[agreements / 2 - 1] + m[agreements / 2]);
            mean = Arrays.stream(m).sum() / agreements;
            for (int i = 0; i < deciders; i++) {
                utilities[i] /= agreements;
            }
        } else {
            Arrays.fill(utilities, Double.NaN);
        }
        double[] interval = new ProportionSummary(agreements, n).interval();
        return new Arm(label, n, noTalks, agreements, late, interval, median, mean, utilities, deadlines, walkOuts, escalated,
                countered, rungs, rungs == 0 ? Double.NaN : reckoned / rungs, change);
    }

    /** The verdict, every clause from the numbers. */
    static String verdict(List<String> deciders, List<String> strategies, Map<String, String> escalators, Arm none,
                          Arm escalate, Map<Channel, Arm> channels, TalksStart talksFrom) {
        String who = String.join(" and ", escalators.keySet());
        StringBuilder out = new StringBuilder("Under the scenario's assumptions escalation");
        int diff = escalate.agreements() - none.agreements();
        if (diff == 0) {
            out.append(String.format(Locale.ROOT, " leaves the chance of agreement unchanged at %s (%d of %d draws in"
                    + " both arms)", percent(none.probability()), none.agreements(), none.draws()));
        } else {
            out.append(String.format(Locale.ROOT, " %s the chance of agreement from %s to %s (%d and %d of %d draws)",
                    diff < 0 ? "lowers" : "raises", percent(none.probability()), percent(escalate.probability()),
                    none.agreements(), escalate.agreements(), none.draws()));
        }
        if (talksFrom == TalksStart.RIPE) {
            out.append(String.format(Locale.ROOT, " (talks open at each draw's first ripe month; %d of %d draws never"
                    + " ripen within the horizon and have no talks", none.noTalks(), none.draws()));
            if (none.talks() > 0) {
                out.append(String.format(Locale.ROOT, "; among the %d with talks, %s without escalation and %s with"
                        + " it", none.talks(), percent(none.probabilityAmongTalks()),
                        percent(escalate.probabilityAmongTalks())));
            }
            out.append(')');
        } else {
            out.append(" (talks open in month 0 in every draw)");
        }
        out.append(", because ");
        List<String> reasons = new ArrayList<>();
        if (escalate.rungs() == 0) {
            reasons.add(who + " never climbs the ladder, so both arms are the same talks");
        } else if (diff != 0) {
            // every channel that alone moves the count at least half as far as the whole, in the same direction
            List<Channel> drivers = new ArrayList<>();
            for (Map.Entry<Channel, Arm> e : channels.entrySet()) {
                int d = e.getValue().agreements() - none.agreements();
                if (Integer.signum(d) == Integer.signum(diff) && 2 * Math.abs(d) >= Math.abs(diff)) {
                    drivers.add(e.getKey());
                }
            }
            drivers.sort((x, y) -> Integer.compare(Math.abs(channels.get(y).agreements() - none.agreements()),
                    Math.abs(channels.get(x).agreements() - none.agreements())));
            if (drivers.isEmpty()) {
                reasons.add("no single channel does it alone: only the rung's effects together change the outcome");
            }
            for (Channel c : drivers) {
                Arm a = channels.get(c);
                reasons.add(String.format(Locale.ROOT, "%s (with only that channel escalation moves it to %s, %d of"
                        + " %d, changing the values of fighting on at the rung by %s)", channelReason(c, diff),
                        percent(a.probability()), a.agreements(), a.draws(), changes(deciders, a.meanNoDealChange())));
            }
            List<String> others = new ArrayList<>();
            for (Map.Entry<Channel, Arm> e : channels.entrySet()) {
                if (!drivers.contains(e.getKey())) {
                    others.add(e.getKey().name().toLowerCase(Locale.ROOT) + " " + percent(e.getValue().probability()));
                }
            }
            if (!others.isEmpty()) {
                reasons.add("the other channels alone give " + String.join(", ", others));
            }
            reasons.add(String.format(Locale.ROOT, "with every effect the values of fighting on change by %s;"
                    + " %s without escalation and %s with it", changes(deciders, escalate.meanNoDealChange()),
                    endings(deciders, none), endings(deciders, escalate).replace("the talks end in ", "")));
        } else {
            reasons.add(endings(deciders, none) + " without escalation and "
                    + endings(deciders, escalate).replace("the talks end in ", "") + " with it"
                    + (none.agreements() == 0 && escalate.agreements() == 0
                    ? ": no draw reaches agreement in either arm (strategies without escalation: "
                    + String.join(", ", strategies) + "), so escalation has nothing to change" : ""));
            if (escalate.rungs() > 0) {
                reasons.add("escalation changes the values of fighting on at the rung by "
                        + changes(deciders, escalate.meanNoDealChange()));
            }
        }
        out.append(String.join("; ", reasons));
        if (escalate.rungs() > 0) {
            double g = escalate.meanReckonedGain();
            out.append(String.format(Locale.ROOT, ". %s climbed in %d of %d draws (%d of %d rungs countered); weighing"
                            + " the counter-move at its probability, a climb changes its own value of fighting on by"
                            + " %+.4f on average, so an escalator that reckoned with the counter-move would %s",
                    who, escalate.escalated(), escalate.draws(), escalate.countered(), escalate.rungs(), g,
                    g > 0 ? "climb too" : "not climb"));
        }
        if (diff != 0 || (none.agreements() > 0 && escalate.agreements() > 0)) {
            out.append(String.format(Locale.ROOT, ". Agreements come in month %s (median) without escalation and %s"
                    + " with it", month(none.medianMonth()), month(escalate.medianMonth())));
        }
        return out.append('.').toString();
    }

    private static String channelReason(Channel c, int diff) {
        String dir = diff < 0 ? "closes" : "opens";
        return switch (c) {
            case TRUST -> "the fall in trust it brings " + dir + " the way: trust discounts every promise"
                    + " (U^e of commitments), so what the other side offers is worth "
                    + (diff < 0 ? "less" : "differently");
            case DRIFT -> "the change of the front's drift (the rung's and the counter-move's) " + dir
                    + " the way: it moves what each side expects from fighting on";
            case COSTS -> "the costs of fighting it adds " + (diff < 0 ? "close" : "open") + " the way: they lower the"
                    + " value of fighting on of"
                    + " those who bear them, so that " + (diff < 0 ? "fewer" : "more") + " deals beat fighting on";
            case OTHER -> "its other effects " + dir + " the way";
        };
    }

    private static String changes(List<String> deciders, double[] change) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < deciders.size(); i++) {
            parts.add(String.format(Locale.ROOT, "%s %+.4f", deciders.get(i), change[i]));
        }
        return String.join(", ", parts);
    }

    private static String endings(List<String> deciders, Arm a) {
        List<String> parts = new ArrayList<>();
        if (a.agreements() > 0) {
            parts.add(a.agreements() + " agreements");
        }
        if (a.lateAgreements() > 0) {
            parts.add(a.lateAgreements() + " agreements after the horizon");
        }
        if (a.deadlines() > 0) {
            parts.add(a.deadlines() + " deadlines");
        }
        for (int i = 0; i < deciders.size(); i++) {
            if (a.walkOuts()[i] > 0) {
                parts.add(a.walkOuts()[i] + " walk-outs by " + deciders.get(i));
            }
        }
        if (parts.isEmpty()) {
            parts.add("nothing (no draw has talks)");
        }
        return "the talks end in " + String.join(", ", parts);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private static String month(double m) {
        return Double.isNaN(m) ? "–" : String.format(Locale.ROOT, "%.1f", m);
    }
}
