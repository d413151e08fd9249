package dev.parley.io.genius;

import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.DiscreteEvaluator;
import dev.parley.model.domain.DiscreteIssue;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.HyperRectangle;
import dev.parley.model.domain.HyperRectangleProfile;
import dev.parley.model.domain.IntegerIssue;
import dev.parley.model.domain.Issue;
import dev.parley.model.domain.IssueEvaluator;
import dev.parley.model.domain.LinearIntegerEvaluator;
import dev.parley.model.domain.Profile;
import dev.parley.model.domain.RealEvaluator;
import dev.parley.model.domain.RealIssue;
import dev.parley.model.domain.UtilityFunctionNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads GENIUS XML domains ({@code <negotiation_template>}) and profiles ({@code <utility_space>}): additive
 * profiles with discrete, integer and real issues, and non-linear hyper-rectangle profiles
 * ({@code type="nonlinear"}). Semantics are those of GENIUS 10.4 and are documented on the model records
 * ({@link DiscreteEvaluator}, {@link LinearIntegerEvaluator}, {@link RealEvaluator}, {@link HyperRectangleProfile}):
 * discrete evaluations are divided by the issue's largest evaluation, weights are kept as written, the
 * reservation value may be negative and the discount factor is kept as written.
 *
 * <p>Profile issues are matched to domain issues by name; {@code <weight index>} and hyper-rectangle bound
 * {@code index} attributes refer to the profile's own issue indices (GENIUS issue numbers). Constraint profiles
 * ({@code type="constraint"}) and other unknown {@code type}s are refused with an explicit message; a
 * {@code type="UNCERTAIN"} profile is refused too (its comparisons and elicitation data are not read).
 */
public final class GeniusXmlReader {
    private GeniusXmlReader() {
    }

    /** Reads a domain file. */
    public static Domain readDomain(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readDomain(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GENIUS domain " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param in     the XML
     * @param source name used in messages and as the domain name
     * @return the domain, issues in GENIUS index order
     */
    public static Domain readDomain(InputStream in, String source) {
        XmlNode root = XmlNode.parse(in, source);
        XmlNode objective = root.find("objective");
        if (objective == null) {
            throw root.error("no <objective> element: a GENIUS domain is <negotiation_template><utility_space>"
                    + "<objective><issue .../>...");
        }
        List<XmlNode> issueNodes = new ArrayList<>();
        objective.collect("issue", issueNodes);
        if (issueNodes.isEmpty()) {
            throw objective.error("the objective has no <issue> element; a domain needs at least one issue");
        }
        List<IndexedIssue> issues = new ArrayList<>();
        for (XmlNode n : issueNodes) {
            issues.add(new IndexedIssue(index(n), readIssue(n)));
        }
        issues.sort((a, b) -> Integer.compare(a.index, b.index));
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            if (i > 0 && issues.get(i).index == issues.get(i - 1).index) {
                throw issueNodes.get(0).error("two issues share index " + issues.get(i).index
                        + "; GENIUS issue indices must be unique");
            }
            list.add(issues.get(i).issue);
        }
        String name = objective.attr("name") == null ? baseName(source) : objective.attr("name");
        try {
            return new Domain(name, list);
        } catch (IllegalArgumentException e) {
            throw objective.error(e.getMessage());
        }
    }

    private record IndexedIssue(int index, Issue issue) {
    }

    private static int index(XmlNode n) {
        long i = n.requireLong("index");
        if (i < 0 || i > Integer.MAX_VALUE) {
            throw n.error("index " + i + " is out of range; use a non-negative integer");
        }
        return (int) i;
    }

    private static String issueType(XmlNode n) {
        String t = n.attr("type") != null ? n.attr("type") : n.attr("etype");
        if (t == null) {
            t = n.attr("vtype");
        }
        if (t == null) {
            throw n.error("issue '" + n.attr("name") + "' has no type/etype attribute; use discrete, integer or real");
        }
        return t.trim().toLowerCase(Locale.ROOT);
    }

    private static Issue readIssue(XmlNode n) {
        String name = n.requireAttr("name");
        String type = issueType(n);
        try {
            switch (type) {
                case "discrete": {
                    List<String> values = new ArrayList<>();
                    for (XmlNode item : n.children("item")) {
                        values.add(item.requireAttr("value"));
                    }
                    if (values.isEmpty()) {
                        throw n.error("discrete issue '" + name + "' has no <item value=...> children");
                    }
                    return new DiscreteIssue(name, values);
                }
                case "integer":
                    return new IntegerIssue(name, n.requireLong("lowerbound"), n.requireLong("upperbound"));
                case "real": {
                    XmlNode range = n.firstChild("range");
                    XmlNode src = range != null ? range : n;
                    return new RealIssue(name, src.requireDouble("lowerbound"), src.requireDouble("upperbound"));
                }
                default:
                    throw n.error("issue '" + name + "' has type '" + type + "'; supported: discrete, integer, real");
            }
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    /** Reads a profile file for the given domain. */
    public static Profile readProfile(Path file, Domain domain) {
        try (InputStream in = Files.newInputStream(file)) {
            return readProfile(in, file.toString(), domain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GENIUS profile " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param in     the XML
     * @param source name used in messages and as the profile name
     * @param domain the domain the profile is for
     * @return an {@link AdditiveProfile} or a {@link HyperRectangleProfile}
     */
    public static Profile readProfile(InputStream in, String source, Domain domain) {
        XmlNode root = XmlNode.parse(in, source);
        if (!root.name.equals("utility_space")) {
            throw root.error("root element is <" + root.name + ">; a GENIUS profile starts with <utility_space>");
        }
        String type = root.attr("type") == null ? "linear" : root.attr("type").trim().toLowerCase(Locale.ROOT);
        OptionalDouble rv = optionalValue(root, "reservation");
        OptionalDouble df = optionalValue(root, "discount_factor");
        XmlNode objective = root.find("objective");
        if (objective == null) {
            throw root.error("no <objective> element; a GENIUS profile is <utility_space><objective>...");
        }
        Map<Integer, Integer> positionOfIndex = issuePositions(objective, domain);
        switch (type) {
            case "linear":
            case "any":
            case "additive":
                return readAdditive(objective, baseName(source), domain, positionOfIndex, rv, df);
            case "nonlinear":
                return readNonlinear(root, baseName(source), domain, positionOfIndex, rv, df);
            default:
                throw root.error("utility_space type '" + root.attr("type") + "' is not supported; supported:"
                        + " linear (default), nonlinear (hyper-rectangles)");
        }
    }

    private static OptionalDouble optionalValue(XmlNode root, String element) {
        XmlNode n = root.firstChild(element);
        if (n == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n.requireDouble("value"));
    }

    /** Maps each profile issue index to the position of the domain issue with the same name. */
    private static Map<Integer, Integer> issuePositions(XmlNode objective, Domain domain) {
        List<XmlNode> issueNodes = new ArrayList<>();
        objective.collect("issue", issueNodes);
        Map<Integer, Integer> map = new HashMap<>();
        for (XmlNode n : issueNodes) {
            String name = n.requireAttr("name");
            int pos = domain.indexOf(name);
            if (pos < 0) {
                throw n.error("profile issue '" + name + "' is not an issue of domain '" + domain.name()
                        + "'; domain issues: " + domain.issues().stream().map(Issue::name).toList());
            }
            map.put(index(n), pos);
        }
        return map;
    }

    private static AdditiveProfile readAdditive(XmlNode objective, String name, Domain domain,
                                                Map<Integer, Integer> positionOfIndex, OptionalDouble rv,
                                                OptionalDouble df) {
        int k = domain.issues().size();
        IssueEvaluator[] evaluators = new IssueEvaluator[k];
        Double[] weights = new Double[k];
        List<XmlNode> issueNodes = new ArrayList<>();
        objective.collect("issue", issueNodes);
        for (XmlNode n : issueNodes) {
            int pos = positionOfIndex.get(index(n));
            if (evaluators[pos] != null) {
                throw n.error("issue '" + n.attr("name") + "' is evaluated twice in this profile");
            }
            evaluators[pos] = readEvaluator(n, domain.issues().get(pos));
        }
        List<XmlNode> weightNodes = new ArrayList<>();
        objective.collect("weight", weightNodes);
        for (XmlNode w : weightNodes) {
            int idx = index(w);
            Integer pos = positionOfIndex.get(idx);
            if (pos == null) {
                throw w.error("<weight index=\"" + idx + "\"> names no issue of this profile; issue indices: "
                        + positionOfIndex.keySet());
            }
            weights[pos] = w.requireDouble("value");
        }
        List<IssueEvaluator> ev = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (evaluators[i] == null) {
                throw objective.error("domain issue '" + domain.issues().get(i).name()
                        + "' has no <issue> evaluation in this profile; every domain issue needs one");
            }
            if (weights[i] == null) {
                throw objective.error("domain issue '" + domain.issues().get(i).name()
                        + "' has no <weight index=...> in this profile; every issue needs a weight");
            }
            ev.add(evaluators[i]);
            ws.add(weights[i]);
        }
        return new AdditiveProfile(name, ev, ws, rv, df, Map.of());
    }

    private static IssueEvaluator readEvaluator(XmlNode n, Issue domainIssue) {
        if (domainIssue instanceof DiscreteIssue d) {
            Map<String, Double> evals = new LinkedHashMap<>();
            // only the <item> elements directly under <issue> (nested similarity/criteria items are not evaluations)
            for (XmlNode item : n.children("item")) {
                String value = item.requireAttr("value");
                if (!d.values().contains(value)) {
                    throw item.error("value '" + value + "' is not a value of issue '" + d.name() + "'; domain values: "
                            + d.values());
                }
                if (evals.put(value, item.requireDouble("evaluation")) != null) {
                    throw item.error("value '" + value + "' is evaluated twice");
                }
            }
            return new DiscreteEvaluator(evals, true);
        }
        if (domainIssue instanceof IntegerIssue ii) {
            XmlNode e = n.firstChild("evaluator");
            long lower = n.attr("lowerbound") != null ? n.requireLong("lowerbound") : ii.lowerBound();
            if (e == null) {
                // GENIUS EvaluatorInteger keeps slope = offset = 0 when there is no <evaluator>
                return new LinearIntegerEvaluator(lower, 0, 0);
            }
            return new LinearIntegerEvaluator(lower, e.requireDouble("slope"), e.requireDouble("offset"));
        }
        RealIssue ri = (RealIssue) domainIssue;
        XmlNode range = n.firstChild("range");
        double lo = range != null ? range.requireDouble("lowerbound") : ri.lowerBound();
        double hi = range != null ? range.requireDouble("upperbound") : ri.upperBound();
        XmlNode e = n.firstChild("evaluator");
        if (e == null) {
            throw n.error("real issue '" + ri.name() + "' has no <evaluator ftype=...>; use linear, constant or"
                    + " triangular");
        }
        String ftype = e.requireAttr("ftype").trim().toLowerCase(Locale.ROOT);
        switch (ftype) {
            case "linear":
                return new RealEvaluator(RealEvaluator.Function.LINEAR, lo, hi, e.requireDouble("parameter0"),
                        e.requireDouble("parameter1"), 0);
            case "constant":
                return new RealEvaluator(RealEvaluator.Function.CONSTANT, lo, hi, e.requireDouble("parameter0"), 0, 0);
            case "triangular":
                return new RealEvaluator(RealEvaluator.Function.TRIANGULAR, lo, hi, e.requireDouble("parameter0"),
                        e.requireDouble("parameter1"), e.requireDouble("parameter2"));
            default:
                throw e.error("evaluator ftype '" + ftype + "' is not supported for real issues; use linear,"
                        + " constant or triangular");
        }
    }

    private static HyperRectangleProfile readNonlinear(XmlNode root, String name, Domain domain,
                                                       Map<Integer, Integer> positionOfIndex, OptionalDouble rv,
                                                       OptionalDouble df) {
        XmlNode utility = root.find("utility");
        if (utility == null) {
            throw root.error("a nonlinear profile needs a <utility maxutility=...> element holding <ufun>s");
        }
        double max = utility.requireDouble("maxutility");
        if (!(max > 0)) {
            throw utility.error("maxutility must be positive, got " + max);
        }
        List<UtilityFunctionNode> tops = new ArrayList<>();
        for (XmlNode u : utility.children("ufun")) {
            tops.add(readUfun(u, domain, positionOfIndex));
        }
        if (tops.isEmpty()) {
            throw utility.error("<utility> holds no <ufun> element");
        }
        UtilityFunctionNode rootNode = new UtilityFunctionNode(1.0, UtilityFunctionNode.Aggregation.SUM, List.of(), tops);
        return new HyperRectangleProfile(name, max, rootNode, rv, df);
    }

    private static UtilityFunctionNode readUfun(XmlNode u, Domain domain, Map<Integer, Integer> positionOfIndex) {
        double weight = u.doubleOr("weight", 1.0);
        String agg = u.attr("aggregation") == null ? "sum" : u.attr("aggregation").trim().toLowerCase(Locale.ROOT);
        UtilityFunctionNode.Aggregation a;
        switch (agg) {
            case "sum": a = UtilityFunctionNode.Aggregation.SUM; break;
            case "min": a = UtilityFunctionNode.Aggregation.MIN; break;
            case "max": a = UtilityFunctionNode.Aggregation.MAX; break;
            default: throw u.error("aggregation '" + agg + "' is not supported; use sum, min or max");
        }
        List<HyperRectangle> rects = new ArrayList<>();
        for (XmlNode h : u.children("hyperRectangle")) {
            List<XmlNode> inc = h.children("INCLUDES");
            List<XmlNode> exc = h.children("EXCLUDES");
            if (!inc.isEmpty() && !exc.isEmpty()) {
                throw h.error("a hyperRectangle mixes INCLUDES and EXCLUDES bounds; GENIUS rectangles use one kind");
            }
            boolean exclusive = !exc.isEmpty();
            List<HyperRectangle.Bound> bounds = new ArrayList<>();
            for (XmlNode b : exclusive ? exc : inc) {
                int idx = index(b);
                Integer pos = positionOfIndex.get(idx);
                if (pos == null) {
                    // profiles without an issue list: GENIUS issue numbers are 1-based positions
                    if (idx >= 1 && idx <= domain.issues().size() && positionOfIndex.isEmpty()) {
                        pos = idx - 1;
                    } else {
                        throw b.error("bound index " + idx + " names no issue; issue indices: " + positionOfIndex.keySet());
                    }
                }
                if (!(domain.issues().get(pos) instanceof IntegerIssue)) {
                    throw b.error("hyper-rectangle bounds need integer issues; issue '"
                            + domain.issues().get(pos).name() + "' is not");
                }
                bounds.add(new HyperRectangle.Bound(pos, b.requireDouble("min"), b.requireDouble("max")));
            }
            rects.add(new HyperRectangle(h.requireDouble("utility"), h.doubleOr("weight", 1.0), exclusive, bounds));
        }
        List<UtilityFunctionNode> kids = new ArrayList<>();
        for (XmlNode c : u.children("ufun")) {
            kids.add(readUfun(c, domain, positionOfIndex));
        }
        return new UtilityFunctionNode(weight, a, rects, kids);
    }

    private static String baseName(String source) {
        String s = source.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        return s.endsWith(".xml") ? s.substring(0, s.length() - 4) : s;
    }
}
