package dev.parley.cli;

import dev.parley.engine.negotiate.NegotiationEvent;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.pipeline.EscalationComparison;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.pipeline.ScenarioEscalation;
import dev.parley.model.EscalationRung;
import dev.parley.model.Role;
import dev.parley.report.sections.NegotiationSection;
import dev.parley.model.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code parley simulate FILE}: the talks of the scenario's simulation block, offer by offer. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Simulates the talks: offers round by round while the fighting goes on.",
        description = {"Runs the negotiation of the scenario's simulation block (stacked alternating",
            "offers): the parties at the table follow their named strategies (a party without",
            "one follows batna-aware), ratifiers approve or veto, and each decider's value of no",
            "deal W(t) moves month by month with the conflict model. Prints the agreement (terms,",
            "month, each decider's utility against its W) or the breakdown (deadline, walk-out;",
            "vetoes are listed) and the trace: compact as text, every event as json or csv.",
            "The scenario is taken in its central case; --factor and --set as for ripeness.",
            "--strategy PARTY=NAME replaces a party's strategy (e.g. US=escalate-naive);",
            "--sampled-front draws the front's path from the seed instead of its expectation.",
            "--compare-escalation runs the talks over --seeds draws without escalation and",
            "with the parties who own rungs escalating, and prints both arms and the verdict;",
            "each draw's talks open at its first ripe month (--talks-from ripe, the default) or",
            "at month 0 (--talks-from month0).",
            "Docs: docs/cli.md."})
final class SimulateCommand implements Callable<Integer> {


    @Parameters(paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed (default: the scenario's simulation.seed).")
    Long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ScenarioCase scenarioCase = new ScenarioCase();

    @Option(names = "--strategy", paramLabel = "PARTY=NAME",
            description = "Replace a party's strategy, e.g. --strategy US=escalate-naive (repeatable).")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--sampled-front",
            description = "Draw the front's path from the seed (default: the front at its expectation).")
    boolean sampledFront;

    @Option(names = "--compare-escalation",
            description = "Compare no escalation with escalate for leverage over many draws.")
    boolean compareEscalation;

    @Option(names = "--seeds", paramLabel = "N",
            description = "Draws of --compare-escalation (default: " + EscalationComparison.DEFAULT_SEEDS + ").")
    Integer seeds;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads of --compare-escalation (default: the number of processors); the result does not"
                    + " depend on it.")
    Integer threads;

    @Option(names = "--escalator", paramLabel = "NAME",
            description = "How escalators reckon in --compare-escalation: escalate-naive (default) or"
                    + " escalate-for-leverage.")
    String escalator;

    @Option(names = "--talks-from", paramLabel = "WHEN",
            description = "When a draw's talks open in --compare-escalation: ripe (default: its first ripe month;"
                    + " a draw that never ripens has no talks) or month0.")
    String talksFrom;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFormat.check(format);
        if (!compareEscalation && (seeds != null || threads != null || escalator != null || talksFrom != null)) {
            throw new UserInputException("--seeds, --threads, --escalator and --talks-from belong to"
                    + " --compare-escalation; add it"
                    + " (e.g. parley simulate " + file + " --compare-escalation --seeds 200)");
        }
        if (seeds != null && seeds < 1) {
            throw new UserInputException("--seeds " + seeds + " must be at least 1 (e.g. --seeds "
                    + EscalationComparison.DEFAULT_SEEDS + ")");
        }
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads " + threads + " must be at least 1 (e.g. --threads 2)");
        }
        if (escalator != null && !NegotiationStage.ESCALATING_NAMES.contains(escalator)) {
            throw new UserInputException("--escalator '" + escalator + "' is not one of "
                    + String.join(", ", NegotiationStage.ESCALATING_NAMES));
        }
        Map<String, String> replaced = new LinkedHashMap<>();
        for (String x : strategies) {
            int eq = x.indexOf('=');
            if (eq <= 0 || eq == x.length() - 1) {
                throw new UserInputException("--strategy '" + x + "' is not PARTY=NAME (e.g. --strategy "
                        + "US=escalate-naive)");
            }
            replaced.put(x.substring(0, eq).trim(), x.substring(eq + 1).trim());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario s = scenarioCase.load(file, err);
        long used = seed != null ? seed : s.simulation().seed();
        if (compareEscalation) {
            if ("csv".equals(format)) {
                throw new UserInputException("--compare-escalation prints text or json, not csv");
            }
            if (sampledFront) {
                throw new UserInputException("--sampled-front is implied by --compare-escalation (every draw samples"
                        + " the front); leave it out");
            }
            EscalationComparison.Settings settings = new EscalationComparison.Settings(
                    seeds != null ? seeds : EscalationComparison.DEFAULT_SEEDS, used,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                    escalator != null ? escalator : EscalationComparison.DEFAULT_ESCALATION, replaced,
                    new java.util.HashSet<>(scenarioCase.factors), talksStart(talksFrom));
            EscalationComparison.Result c;
            try {
                c = EscalationComparison.run(s, settings);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(file + ": " + e.getMessage());
            }
            if ("json".equals(format)) {
                out.println(OutputFormat.JSON.writeValueAsString(NegotiationSection.comparisonJson(c)));
            } else {
                comparisonText(out, s, c);
            }
            out.flush();
            return ParleyCommand.OK;
        }
        NegotiationStage.Options options = NegotiationStage.Options.DEFAULT.withSampledFront(sampledFront);
        for (Map.Entry<String, String> e : replaced.entrySet()) {
            options = options.withStrategy(e.getKey(), e.getValue());
        }
        NegotiationStage.Negotiation n;
        try {
            n = NegotiationStage.run(s, used, options);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
        switch (format) {
            case "json" -> out.println(OutputFormat.JSON.writeValueAsString(json(s, n, used)));
            case "csv" -> csv(out, n);
            default -> text(out, s, n, used);
        }
        out.flush();
        return ParleyCommand.OK;
    }

    /** The comparison as text: settings, one row per arm (and channel), the verdict. */
    static void comparisonText(PrintWriter out, Scenario s, EscalationComparison.Result c) {
        out.printf("%s: %s%n", s.info().id(), s.info().title());
        List<String> who = new ArrayList<>();
        c.escalators().forEach((party, name) -> who.add(party + " " + name));
        List<String> idle = new ArrayList<>();
        for (EscalationRung r : s.conflict().get().escalationLadder()) {
            if (s.actor(r.by()).map(a -> a.role() != Role.PARTY).orElse(true)) {
                idle.add(r.id() + " (by " + r.by() + ")");
            }
        }
        out.printf(Locale.ROOT, "  escalation compared over %d draws, seed %d: factors with a probability drawn, front"
                + " sampled, counter-moves drawn; talks from %s%n", c.settings().seeds(), c.settings().seed(),
                c.settings().talksFrom() == EscalationComparison.TalksStart.RIPE
                        ? "each draw's first ripe month (none: no talks)" : "month 0");
        out.printf("  escalating: %s%s%n", String.join(", ", who),
                idle.isEmpty() ? "" : "; not taken (not at the table): " + String.join(", ", idle));
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-22s %-15s %-13s %-15s %8s %6s %6s %8s %-12s",
                "arm", "P(agreement)", "90% interval", "P(agr | talks)", "no talks", "median", "mean", "deadline",
                "walk-outs"));
        for (String d : c.deciders()) {
            h.append(String.format(Locale.ROOT, " %7s", "u " + d));
        }
        h.append("  rungs (countered)");
        out.println(h);
        List<EscalationComparison.Arm> arms = new ArrayList<>(List.of(c.none(), c.escalate()));
        arms.addAll(c.channels().values());
        for (EscalationComparison.Arm a : arms) {
            List<String> walks = new ArrayList<>();
            for (int i = 0; i < c.deciders().size(); i++) {
                if (a.walkOuts()[i] > 0) {
                    walks.add(c.deciders().get(i) + " " + a.walkOuts()[i]);
                }
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "  %-22s %-15s %-13s %-15s %8d %6s %6s %8d %-12s", a.label(),
                    String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * a.probability(), a.agreements(), a.draws()),
                    String.format(Locale.ROOT, "%.3f–%.3f", a.interval()[0], a.interval()[1]),
                    a.talks() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * a.probabilityAmongTalks(),
                            a.agreements(), a.talks()), a.noTalks(),
                    month(a.medianMonth()), month(a.meanMonth()), a.deadlines(),
                    walks.isEmpty() ? "0" : String.join(", ", walks)));
            for (double u : a.meanUtilities()) {
                row.append(String.format(Locale.ROOT, " %7s", Double.isNaN(u) ? "–"
                        : String.format(Locale.ROOT, "%.4f", u)));
            }
            row.append(String.format(Locale.ROOT, "  %d (%d)", a.rungs(), a.countered()));
            out.println(row);
        }
        out.printf(Locale.ROOT, "  difference in P(agreement): %+.1f points%n", 100 * c.difference());
        out.println("  " + c.verdict());
    }

    /** {@code --talks-from}: ripe (default) or month0. */
    static EscalationComparison.TalksStart talksStart(String value) {
        if (value == null || value.equals("ripe")) {
            return EscalationComparison.TalksStart.RIPE;
        }
        if (value.equals("month0")) {
            return EscalationComparison.TalksStart.MONTH0;
        }
        throw new UserInputException("--talks-from '" + value + "' is not one of ripe, month0 (ripe: each draw's"
                + " first ripe month, the default; month0: the scenario's start)");
    }

    private static String month(double m) {
        return Double.isNaN(m) ? "–" : String.format(Locale.ROOT, "%.1f", m);
    }

    /** The one-line verdict: agreement or breakdown. */
    static String ending(NegotiationStage.Negotiation n) {
        NegotiationResult r = n.result();
        return switch (r.ending()) {
            case AGREEMENT -> String.format(Locale.ROOT, "AGREEMENT in month %d (round %d)", r.month(), r.round());
            case DEADLINE -> String.format(Locale.ROOT, "NO AGREEMENT: deadline after %d rounds (month %d)%s",
                    r.round(), r.month(), vetoes(n));
            case WALK_OUT -> String.format(Locale.ROOT, "NO AGREEMENT: %s walked out in month %d (round %d)%s",
                    n.deciders().get(r.walkedOut()), r.month(), r.round(), vetoes(n));
        };
    }

    private static String vetoes(NegotiationStage.Negotiation n) {
        long v = n.result().trace().stream().filter(e -> e instanceof NegotiationEvent.Ratified x && !x.approved())
                .count();
        return v == 0 ? "" : "; " + v + " veto" + (v == 1 ? "" : "es") + " by ratifiers";
    }

    private static void text(PrintWriter out, Scenario s, NegotiationStage.Negotiation n, long seed) {
        NegotiationResult r = n.result();
        out.printf("%s: %s%n", s.info().id(), s.info().title());
        List<String> table = new ArrayList<>();
        for (int i = 0; i < n.partyCount(); i++) {
            table.add(n.deciders().get(i) + " (" + n.strategies().get(i) + ")");
        }
        List<String> ratifiers = n.deciders().subList(n.partyCount(), n.deciders().size());
        out.printf("  at the table: %s; ratifiers: %s; deadline %d months, %d round%s a month, seed %d%n",
                String.join(", ", table), ratifiers.isEmpty() ? "none" : String.join(", ", ratifiers),
                s.simulation().maxMonths(), s.simulation().roundsPerMonth(),
                s.simulation().roundsPerMonth() == 1 ? "" : "s", seed);
        out.println("  " + ending(n));
        for (ScenarioEscalation.Step e : n.escalations()) {
            out.printf(Locale.ROOT, "  escalation in month %d: %s takes %s; %s%s%n", e.month(), e.by(), e.rung(),
                    e.counterBy().isEmpty() ? "no counter-move" : (e.countered() ? "countered by " : "not countered by ")
                            + e.counterBy() + String.format(Locale.ROOT, " (p %.2f)", e.probability()),
                    e.trustChanges().isEmpty() ? "" : "; trust " + String.join(", ", e.trustChanges()));
        }
        if (r.agreed()) {
            for (String t : n.terms()) {
                out.println("    " + t);
            }
            out.printf("  %-10s %8s %8s %8s%n", "decider", "utility", "W", "surplus");
            for (int i = 0; i < n.deciders().size(); i++) {
                double w = n.noDealValue(i, r.month());
                out.printf(Locale.ROOT, "  %-10s %8.4f %8.4f %+8.4f%n", n.deciders().get(i), r.utilities()[i], w,
                        r.utilities()[i] - w);
            }
        }
        out.println("  trace:");
        for (NegotiationEvent e : r.trace()) {
            out.println("    " + line(n, e));
        }
    }

    /** One compact line per event. */
    static String line(NegotiationStage.Negotiation n, NegotiationEvent e) {
        List<String> d = n.deciders();
        String at = String.format(Locale.ROOT, "r%-3d m%-3d", e.round(), e.month());
        if (e instanceof NegotiationEvent.MonthStarted m) {
            return at + " month " + m.month() + (Double.isNaN(m.front()) ? ""
                    : String.format(Locale.ROOT, ", front %.3f", m.front())) + ", W " + perDecider(d, m.noDealValues());
        } else if (e instanceof NegotiationEvent.Offered o) {
            return at + " " + d.get(o.party()) + String.format(Locale.ROOT, " offers #%d (target %.4f): ",
                    o.outcome(), o.target()) + perDecider(d, o.utilities());
        } else if (e instanceof NegotiationEvent.Responded x) {
            return at + " " + d.get(x.party()) + (x.accepted() ? " accepts #" : " rejects #") + x.outcome();
        } else if (e instanceof NegotiationEvent.Ratified x) {
            return at + " " + d.get(x.ratifier()) + (x.approved() ? " approves #" : " vetoes #") + x.outcome()
                    + String.format(Locale.ROOT, " (%.4f vs W %.4f)", x.utility(), x.noDealValue());
        } else if (e instanceof NegotiationEvent.WalkedOut x) {
            return at + " " + d.get(x.party()) + String.format(Locale.ROOT,
                    " walks out: W %.4f > best expected %.4f", x.noDealValue(), x.bestExpected());
        } else {
            NegotiationEvent.Escalated x = (NegotiationEvent.Escalated) e;
            return at + " " + d.get(x.party()) + " escalates: " + x.rung() + (x.countered() ? " (countered)" : "");
        }
    }

    private static String perDecider(List<String> deciders, double[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            parts.add(String.format(Locale.ROOT, "%s %.4f", deciders.get(i), values[i]));
        }
        return String.join(", ", parts);
    }

    private static ObjectNode json(Scenario s, NegotiationStage.Negotiation n, long seed) {
        NegotiationResult r = n.result();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("scenario", s.info().id());
        o.put("seed", seed);
        ArrayNode parties = o.putArray("parties");
        for (int i = 0; i < n.partyCount(); i++) {
            parties.addObject().put("id", n.deciders().get(i)).put("strategy", n.strategies().get(i));
        }
        ArrayNode ratifiers = o.putArray("ratifiers");
        n.deciders().subList(n.partyCount(), n.deciders().size()).forEach(ratifiers::add);
        o.put("ending", r.ending().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        o.put("round", r.round());
        o.put("month", r.month());
        if (r.agreed()) {
            o.put("outcome", r.outcome());
            ArrayNode terms = o.putArray("terms");
            n.terms().forEach(terms::add);
            ObjectNode us = o.putObject("utilities");
            ObjectNode ws = o.putObject("no_deal_values");
            for (int i = 0; i < n.deciders().size(); i++) {
                us.put(n.deciders().get(i), r.utilities()[i]);
                ws.put(n.deciders().get(i), n.noDealValue(i, r.month()));
            }
        }
        if (r.walkedOut() >= 0) {
            o.put("walked_out", n.deciders().get(r.walkedOut()));
        }
        o.put("turns", r.turns());
        ArrayNode escalations = o.putArray("escalations");
        for (ScenarioEscalation.Step e : n.escalations()) {
            ObjectNode x = escalations.addObject();
            x.put("month", e.month()).put("by", e.by()).put("rung", e.rung()).put("countered", e.countered())
                    .put("counter_by", e.counterBy()).put("counter_probability", e.probability());
            values(x.putObject("no_deal_before"), n.deciders(), e.allBefore());
            values(x.putObject("no_deal_after"), n.deciders(), e.noDealAfter());
            ArrayNode trust = x.putArray("trust_changes");
            e.trustChanges().forEach(trust::add);
        }
        ArrayNode trace = o.putArray("trace");
        for (NegotiationEvent e : r.trace()) {
            ObjectNode t = trace.addObject();
            t.put("event", e.getClass().getSimpleName());
            t.put("round", e.round());
            t.put("month", e.month());
            if (e instanceof NegotiationEvent.MonthStarted m) {
                if (!Double.isNaN(m.front())) {
                    t.put("front", m.front());
                }
                values(t.putObject("no_deal_values"), n.deciders(), m.noDealValues());
            } else if (e instanceof NegotiationEvent.Offered x) {
                t.put("party", n.deciders().get(x.party())).put("outcome", x.outcome()).put("target", x.target());
                values(t.putObject("utilities"), n.deciders(), x.utilities());
            } else if (e instanceof NegotiationEvent.Responded x) {
                t.put("party", n.deciders().get(x.party())).put("outcome", x.outcome()).put("accepted", x.accepted());
            } else if (e instanceof NegotiationEvent.Ratified x) {
                t.put("ratifier", n.deciders().get(x.ratifier())).put("outcome", x.outcome())
                        .put("utility", x.utility()).put("no_deal_value", x.noDealValue())
                        .put("approved", x.approved());
            } else if (e instanceof NegotiationEvent.WalkedOut x) {
                t.put("party", n.deciders().get(x.party())).put("no_deal_value", x.noDealValue())
                        .put("best_expected", x.bestExpected());
            } else if (e instanceof NegotiationEvent.Escalated x) {
                t.put("party", n.deciders().get(x.party())).put("rung", x.rung()).put("countered", x.countered())
                        .put("drift_shift", x.driftShift());
            }
        }
        return o;
    }

    private static void values(ObjectNode node, List<String> deciders, double[] values) {
        for (int i = 0; i < values.length; i++) {
            node.put(deciders.get(i), values[i]);
        }
    }

    private static void csv(PrintWriter out, NegotiationStage.Negotiation n) {
        TraceCsv.write(out, n, null);
    }
}
