package dev.parley.cli;

import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.model.Scenario;
import dev.parley.report.sections.BargainingSection;
import dev.parley.report.Numbers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The console summary of {@code parley analyze FILE}. It is rendered from {@code BargainingSection.results()}, so the
 * text, results.json and {@code --format json} can never disagree.
 */
final class BargainingText {

    private BargainingText() {
    }

    static void print(PrintWriter out, Scenario s, JsonNode b) {
        int month = b.get("month").asInt();
        out.printf("%s (%s): bargaining space at month %d (%s), central case%n", s.info().title(), s.info().id(), month,
                s.info().start().plusMonths(month));
        if (b.has("front")) {
            out.printf("  front at its expected value %s%n", Numbers.format(b.get("front").asDouble()));
        }
        List<String> deciders = new ArrayList<>();
        out.println();
        out.println("Deciders (a deal needs all of them) and their value of no deal W:");
        for (JsonNode d : b.get("deciders")) {
            deciders.add(d.get("id").asString());
            out.printf("  %-8s W = %-10s %s%n", d.get("id").asString(), Numbers.format(d.get("no_deal_value").asDouble()),
                    d.get("no_deal_source").asString());
        }
        out.println();
        JsonNode frontier = b.get("frontier");
        out.printf("Outcomes: %d; Pareto frontier (outcomes crossing nobody's red line): %d outcomes at %d distinct "
                + "points%n", b.get("outcomes").asLong(), frontier.get("outcomes").asLong(),
                frontier.get("distinct_points").asLong());
        out.println();
        JsonNode zopa = b.get("zopa");
        out.println("ZOPA: " + zopa.get("summary").asString());
        out.println();
        out.println("Solutions (d = W; GENIUS \"KS\" uses no d):");
        for (JsonNode sol : b.get("solutions")) {
            String concept = BargainingSection.conceptName(
                    SolutionConcept.valueOf(sol.get("concept").asString().toUpperCase(Locale.ROOT)));
            if (!sol.has("utilities")) {
                out.printf("  %-40s none: no frontier point gives every decider at least W%n", concept);
                continue;
            }
            List<String> us = new ArrayList<>();
            for (String d : deciders) {
                us.add(d + " " + Numbers.format(sol.get("utilities").get(d).asDouble()));
            }
            out.printf("  %-40s %s%n  %-40s   outcome: %s%s%n", concept, String.join(", ", us), "",
                    sol.get("outcome").asString(), sol.get("tied_points").asInt() > 1
                            ? " (" + sol.get("tied_points").asInt() + " frontier points tie)" : "");
        }
        out.println();
        JsonNode chips = b.get("chips");
        if (chips.isEmpty()) {
            out.println("Chips: the scenario lists none.");
        } else {
            out.println("Chips (gain to the recipient = w·q·Δv; empty below 0.01):");
            for (JsonNode c : chips) {
                String verdict = c.get("empty").asBoolean()
                        ? "empty: " + BargainingSection.reasonText(c.get("reason").asString())
                        : "worth something";
                out.printf("  %s=%s (%s → %s): gain %s (w %s, q %s, Δv %s) — %s%n", c.get("issue").asString(),
                        c.get("option").asString(), c.get("offered_by").asString(), c.get("offered_to").asString(),
                        Numbers.format(c.get("gain").asDouble()), Numbers.format(c.get("weight").asDouble()),
                        Numbers.format(c.get("credibility").asDouble()),
                        Numbers.format(c.get("value_change").asDouble()), verdict);
            }
        }
        out.printf("  %d costly concessions between deciders are empty (listed by --format json)%n",
                b.get("empty_concessions").size());
        out.println();
        JsonNode trades = b.get("trades_from_no_deal");
        out.printf("Trades from the no-deal outcome: %d found%s%n", trades.get("total_found").asLong(),
                trades.get("best").isEmpty() ? "" : "; the best by joint gain:");
        for (JsonNode t : trades.get("best")) {
            List<String> gains = new ArrayList<>();
            for (String d : deciders) {
                gains.add(d + " +" + Numbers.format(t.get("gains").get(d).asDouble()));
            }
            out.printf("  %s  (%s; joint %s%s)%n", t.get("moves").asString(), String.join(", ", gains),
                    Numbers.format(t.get("joint_gain").asDouble()), t.get("logroll").asBoolean() ? "; a logroll" : "");
        }
    }
}
