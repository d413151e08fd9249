package dev.parley.report.sections;

import dev.parley.model.Actor;
import dev.parley.model.Commitment;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.Scenario;
import dev.parley.report.Html;
import dev.parley.report.Numbers;
import dev.parley.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The actors and the issues on the table (the chips), with no-deal states and commitments. */
public final class ScenarioSection implements ReportSection {

    private final Scenario scenario;

    public ScenarioSection(Scenario scenario) {
        this.scenario = scenario;
    }

    @Override
    public String id() {
        return "scenario";
    }

    @Override
    public String title() {
        return "Actors and issues";
    }

    @Override
    public String html() {
        List<List<String>> actors = new ArrayList<>();
        for (Actor a : scenario.actors()) {
            actors.add(List.of(a.id(), a.name(), a.role().id(),
                    a.capability().map(p -> Numbers.format(p.value())).orElse("—")));
        }
        List<List<String>> issues = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            issues.add(List.of(issue.id(), issue.name(), outcomes(issue), noDeal(issue.noDeal()), commitments(issue)));
        }
        return Html.table(List.of("Id", "Actor", "Role", "Capability"), actors)
                + Html.table(List.of("Id", "Issue", "Outcomes", "Without agreement", "Commitments"), issues);
    }

    @Override
    public ObjectNode results() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        ArrayNode actors = node.putArray("actors");
        for (Actor a : scenario.actors()) {
            ObjectNode o = actors.addObject();
            o.put("id", a.id());
            o.put("name", a.name());
            o.put("role", a.role().id());
        }
        ArrayNode issues = node.putArray("issues");
        for (Issue issue : scenario.issues()) {
            ObjectNode o = issues.addObject();
            o.put("id", issue.id());
            o.put("name", issue.name());
            o.put("outcomes", outcomes(issue));
            o.put("no_deal", noDeal(issue.noDeal()));
        }
        return node;
    }

    private static String outcomes(Issue issue) {
        if (issue instanceof Issue.Discrete d) {
            return String.join(" / ", d.options());
        }
        Issue.Continuous c = (Issue.Continuous) issue;
        return "[" + Numbers.format(c.min()) + ", " + Numbers.format(c.max()) + "]"
                + (c.unit().isEmpty() ? "" : " " + c.unit()) + ", step " + Numbers.format(c.step());
    }

    private static String noDeal(NoDeal noDeal) {
        if (noDeal instanceof NoDeal.Option o) {
            return o.option();
        }
        if (noDeal instanceof NoDeal.Value v) {
            return Numbers.format(v.value());
        }
        return "follows the " + ((NoDeal.FromConflict) noDeal).variable();
    }

    private static String commitments(Issue issue) {
        if (!(issue instanceof Issue.Discrete d) || d.commitments().isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Commitment> e : d.commitments().entrySet()) {
            parts.add(e.getKey() + ": by " + e.getValue().obligor() + ", credibility "
                    + Numbers.format(e.getValue().credibility().value()));
        }
        return String.join("; ", parts);
    }
}
