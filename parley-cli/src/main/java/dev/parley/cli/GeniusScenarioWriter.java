package dev.parley.cli;

import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a GENIUS / GeniusWeb domain with additive profiles as a Parley scenario (YAML), keeping GENIUS semantics:
 * <ul>
 * <li>one party per profile (id from the profile file name), one discrete issue per domain issue with the domain's
 * values in order (integer issues: one option per integer; real issues are refused);</li>
 * <li>values = the profile's evaluation of each option by its evaluator (GENIUS XML discrete: evaluation divided by
 * the issue's maximum; GeniusWeb: as written), which must lie in [0, 1];</li>
 * <li>weights as written; Parley divides them by their sum when it is not 1 and says so in a note;</li>
 * <li>{@code reservation} = the reservation value (GENIUS {@code <reservation>}, 0 when absent; GeniusWeb: utility of
 * the reservation bid, 0 when absent), so that W = rv and Parley's d = W equals GENIUS's d = rv;</li>
 * <li>{@code no_deal} of each issue = its option with the lowest sum of the parties' evaluations (first in domain
 * order on ties): GENIUS has no no-deal state per issue; with the reservation stated it does not affect the
 * frontier, the solutions or the ZOPA, only chips and trades, which are measured from it.</li>
 * </ul>
 * Values and option labels that are not Parley ids are made into ids ("60 Gb" → "v60-Gb"); the issue keeps its
 * GENIUS name in {@code name} and a comment lists every renamed option.
 */
final class GeniusScenarioWriter {

    private GeniusScenarioWriter() {
    }

    /**
     * @param input    the domain and profiles
     * @param realStep grid step for real-valued issues, which become one option per grid point (NaN: refuse them)
     * @return the scenario YAML
     */
    static String yaml(GeniusInput input, double realStep) {
        Path domainFile = input.domainFile();
        for (int i = 0; i < input.profiles().size(); i++) {
            Profile p = input.profiles().get(i);
            if (!(p instanceof AdditiveProfile)) {
                throw new UserInputException(input.files().get(i) + ": a non-additive (hyper-rectangle) profile cannot"
                        + " be written as a Parley scenario, whose utilities are additive over issues; analyse it"
                        + " directly with parley analyze --genius");
            }
        }
        OutcomeSpace space;
        try {
            space = DomainSpaces.space(input.domain(), realStep);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(domainFile + ": " + e.getMessage()
                    + (Double.isNaN(realStep) && e.getMessage().contains("real-valued") ? " with --real-step STEP" : ""));
        }
        int k = space.issueCount();
        int n = input.profiles().size();
        double[][][] eval = new double[n][][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            AdditiveProfile p = (AdditiveProfile) input.profiles().get(i);
            eval[i] = DomainSpaces.evaluations(space, input.domain(), p);
            weights[i] = DomainSpaces.weights(p);
            check(input, i, space, eval[i], weights[i]);
        }
        List<String> actorIds = uniqueIds(input.parties(), "party");
        List<String> issueIds = new ArrayList<>();
        for (int m = 0; m < k; m++) {
            issueIds.add(space.issueName(m));
        }
        issueIds = uniqueIds(issueIds, "issue");
        String id = uniqueIds(List.of(input.domain().name()), "domain").get(0);

        StringBuilder y = new StringBuilder();
        y.append("# Converted by `parley convert` from the ").append(input.format()).append(" domain ")
                .append(q(input.domain().name())).append(" (").append(domainFile.getFileName()).append(") and ")
                .append(n).append(" profiles.\n");
        y.append("# GENIUS semantics: u = Σ weight·eval; eval = the profile's evaluation of the option (GENIUS XML:\n");
        y.append("# evaluation / the issue's largest evaluation). Weights are as written: Parley divides them by their\n");
        y.append("# sum when it is not 1 (a note says so), which scales that party's utilities by 1/sum.\n");
        y.append("# reservation = the GENIUS reservation value (0 when absent), so W = rv and d = W is GENIUS's d = rv.\n");
        y.append("# no_deal: GENIUS has no per-issue no-deal state; each issue's option with the lowest sum of the\n");
        y.append("# parties' evaluations stands in (the first on ties). With the reservation stated it does not move\n");
        y.append("# the frontier, the solutions or the ZOPA; chips and trades are measured from it.\n");
        y.append("scenario:\n");
        y.append("  id: ").append(q(id)).append('\n');
        y.append("  title: ").append(q(input.format() + " domain " + input.domain().name() + " (converted)")).append('\n');
        y.append("  start: \"2000-01\"  # placeholder: a GENIUS domain has no calendar\n");
        y.append("  horizon_months: 1\n");
        y.append("  sources:\n");
        y.append("    - ").append(q(domainFile.getFileName().toString())).append('\n');
        for (Path f : input.files()) {
            y.append("    - ").append(q(f.getFileName().toString())).append('\n');
        }
        y.append("actors:\n");
        for (int i = 0; i < n; i++) {
            y.append("  - { id: ").append(q(actorIds.get(i))).append(", name: ").append(q(input.parties().get(i)))
                    .append(", role: party }\n");
        }
        List<List<String>> optionIds = new ArrayList<>();
        y.append("issues:\n");
        for (int m = 0; m < k; m++) {
            List<String> labels = new ArrayList<>();
            for (int o = 0; o < space.optionCount(m); o++) {
                labels.add(space.optionLabel(m, o));
            }
            if (labels.size() < 2) {
                throw new UserInputException(domainFile + ": issue '" + space.issueName(m) + "' has a single value;"
                        + " a Parley issue needs at least two options");
            }
            List<String> ids = uniqueIds(labels, "option");
            optionIds.add(ids);
            y.append("  - id: ").append(q(issueIds.get(m))).append('\n');
            y.append("    name: ").append(q(space.issueName(m))).append('\n');
            for (int o = 0; o < ids.size(); o++) {
                if (!ids.get(o).equals(labels.get(o))) {
                    y.append("    # option ").append(ids.get(o)).append(" is GENIUS value ").append(q(labels.get(o)))
                            .append('\n');
                }
            }
            y.append("    options: [");
            for (int o = 0; o < ids.size(); o++) {
                y.append(o == 0 ? "" : ", ").append(q(ids.get(o)));
            }
            y.append("]\n");
            y.append("    no_deal: ").append(q(ids.get(jointlyWorst(eval, m)))).append('\n');
        }
        y.append("preferences:\n");
        for (int i = 0; i < n; i++) {
            String file = input.files().get(i).getFileName().toString();
            y.append("  ").append(q(actorIds.get(i))).append(":\n");
            y.append("    weights:\n");
            for (int m = 0; m < k; m++) {
                y.append("      ").append(q(issueIds.get(m))).append(": { value: ").append(num(weights[i][m]))
                        .append(", source: ").append(q(file + ": weight as written")).append(" }\n");
            }
            y.append("    values:\n");
            for (int m = 0; m < k; m++) {
                y.append("      ").append(q(issueIds.get(m))).append(": {");
                for (int o = 0; o < optionIds.get(m).size(); o++) {
                    y.append(o == 0 ? " " : ", ").append(q(optionIds.get(m).get(o))).append(": ")
                            .append(num(eval[i][m][o]));
                }
                y.append(" }\n");
            }
            Profile p = input.profiles().get(i);
            String rvSource = input.format().startsWith("GeniusWeb")
                    ? (((AdditiveProfile) p).reservationBid().isEmpty() ? file + ": no reservation bid (0)"
                            : file + ": utility of the reservation bid")
                    : (p.reservationValue().isPresent() ? file + ": <reservation> as written"
                            : file + ": no <reservation> element (GENIUS default 0)");
            y.append("    reservation: { value: ").append(num(input.reservations()[i])).append(", source: ")
                    .append(q(rvSource)).append(" }\n");
        }
        return y.toString();
    }

    private static void check(GeniusInput input, int i, OutcomeSpace space, double[][] eval, double[] weights) {
        Path file = input.files().get(i);
        boolean positive = false;
        for (int m = 0; m < weights.length; m++) {
            if (!(weights[m] >= 0) || !Double.isFinite(weights[m])) {
                throw new UserInputException(file + ": weight of issue '" + space.issueName(m) + "' is " + weights[m]
                        + "; a Parley weight must be a finite number ≥ 0");
            }
            positive |= weights[m] > 0;
            for (int o = 0; o < eval[m].length; o++) {
                if (!(eval[m][o] >= 0 && eval[m][o] <= 1)) {
                    throw new UserInputException(file + ": issue '" + space.issueName(m) + "', value '"
                            + space.optionLabel(m, o) + "' evaluates to " + eval[m][o] + "; Parley values lie in [0, 1]");
                }
            }
        }
        if (!positive) {
            throw new UserInputException(file + ": every weight is 0; give at least one positive weight");
        }
    }

    private static int jointlyWorst(double[][][] eval, int m) {
        int best = 0;
        double bestSum = Double.POSITIVE_INFINITY;
        for (int o = 0; o < eval[0][m].length; o++) {
            double s = 0;
            for (double[][] party : eval) {
                s += party[m][o];
            }
            if (s < bestSum) {
                bestSum = s;
                best = o;
            }
        }
        return best;
    }

    /** Parley ids for arbitrary labels: a label not starting with a letter gets "v", other characters become '-'; unique. */
    static List<String> uniqueIds(List<String> labels, String what) {
        Set<String> used = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            // the "v" goes first so that a sign survives: -5 → v-5, 5 → v5
            boolean letterFirst = !label.isEmpty() && ((label.charAt(0) >= 'A' && label.charAt(0) <= 'Z')
                    || (label.charAt(0) >= 'a' && label.charAt(0) <= 'z'));
            String id = (letterFirst ? label : "v" + label).replaceAll("[^A-Za-z0-9_-]+", "-")
                    .replaceAll("-{2,}", "-").replaceAll("-$", "");
            if (id.equals("v")) {
                id = what;
            }
            String unique = id;
            for (int c = 2; used.contains(unique); c++) {
                unique = id + "-" + c;
            }
            used.add(unique);
            out.add(unique);
        }
        return out;
    }

    /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Shortest decimal that reads back as the same double. */
    private static String num(double x) {
        return x == 0 ? "0" : Double.toString(x);
    }
}
