package dev.parley.io.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabParameters;
import dev.parley.model.forecast.KtabScenario;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a KTAB SMP scenario XML ({@code lsyaseen/KTAB:examples/smp/doc/smpSchema.xsd}, reader
 * {@code smpread.cpp::xmlRead}):
 * <pre>
 * Scenario{name, desc, prngSeed, [ModelParameters{9 parameters}], [Dimensions{dName+}],
 *          Actors{Actor{name, description, capability, Position{dCoord+}, Salience{dSal+}}+},
 *          [IdealAdjustment{iaPair{adjustingIdeal, referencePos, adjust}*}]}
 * </pre>
 * Checks: at least 3 actors (XSD) and at most 250 (KTAB), capability in (0, 1000] (XSD bound; KTAB's reader
 * also requires it positive), coordinates and saliences in [0, 100], total salience at most 100, one coordinate
 * and one salience per dimension, parameters spelled as KTAB writes them (the XSD spellings {@code Proportional}
 * and {@code No} are accepted for {@code Prop} and {@code None}), IdealAdjustment names that exist and adjust
 * values in [0, 1] with row sums at most 1. Without {@code <Dimensions>} the dimensions are named
 * {@code Dim1…} from the first actor's coordinate count. DTDs and external entities are refused.
 */
public final class KtabXmlReader {

    /** A parsed element with its location. */
    private record Node(String name, int line, int column, StringBuilder text, List<Node> children) {
        String value() {
            return text.toString().trim();
        }

        List<Node> all(String child) {
            return children.stream().filter(c -> c.name.equals(child)).toList();
        }
    }

    /** Reads a file. */
    public KtabScenario read(Path file) {
        return read(DelimitedLine.readUtf8(file), file.toString());
    }

    /** Parses XML text; {@code source} names it in error messages. */
    public KtabScenario read(String xml, String source) {
        Node root = parse(xml, source);
        if (!root.name.equals("Scenario")) {
            throw new ForecastInputException(source, root.line, root.column, "root element is <" + root.name + ">",
                    "a KTAB scenario starts with <Scenario>");
        }
        String name = one(root, "name", source).value();
        String desc = one(root, "desc", source).value();
        Optional<String> seed = optional(root, "prngSeed", source).map(Node::value);
        Optional<KtabParameters> params = optional(root, "ModelParameters", source).map(n -> parameters(n, source));

        Node actorsEl = one(root, "Actors", source);
        List<Node> actorEls = actorsEl.all("Actor");
        if (actorEls.size() < 3 || actorEls.size() > 250) {
            throw new ForecastInputException(source, actorsEl.line, actorsEl.column,
                    "<Actors> has " + actorEls.size() + " <Actor> elements", "KTAB needs 3 to 250 actors");
        }
        List<String> dimNames = new ArrayList<>();
        Optional<Node> dimsEl = optional(root, "Dimensions", source);
        if (dimsEl.isPresent()) {
            List<Node> names = dimsEl.get().all("dName");
            if (names.isEmpty()) {
                throw new ForecastInputException(source, dimsEl.get().line, dimsEl.get().column,
                        "<Dimensions> has no <dName>", "name each dimension in a <dName> element");
            }
            for (Node d : names) {
                if (d.value().isEmpty()) {
                    throw new ForecastInputException(source, d.line, d.column, "<dName> is empty",
                            "give the dimension a name");
                }
                dimNames.add(d.value());
            }
        } else {
            int count = one(actorEls.get(0), "Position", source).all("dCoord").size();
            for (int d = 1; d <= count; d++) {
                dimNames.add("Dim" + d);
            }
        }
        int nd = dimNames.size();
        List<ForecastActor> actors = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Node a : actorEls) {
            Node nameEl = one(a, "name", source);
            String actor = nameEl.value();
            if (actor.isEmpty() || actor.length() > KtabCsvReader.MAX_NAME) {
                throw new ForecastInputException(source, nameEl.line, nameEl.column,
                        actor.isEmpty() ? "actor name is empty" : "actor name '" + actor + "' is too long",
                        "KTAB allows 1 to " + KtabCsvReader.MAX_NAME + " characters");
            }
            if (index.containsKey(actor)) {
                throw new ForecastInputException(source, nameEl.line, nameEl.column,
                        "actor name '" + actor + "' is used again", "names must be unique");
            }
            index.put(actor, index.size());
            String description = optional(a, "description", source).map(Node::value).orElse("");
            Node capEl = one(a, "capability", source);
            double cap = InputNumbers.parse(capEl.value(), source, capEl.line, capEl.column,
                    "capability of actor '" + actor + "'", "a number above 0 and at most 1000");
            if (!(cap > 0) || cap > 1000) {
                throw new ForecastInputException(source, capEl.line, capEl.column, "capability of actor '" + actor
                        + "' " + capEl.value() + " is out of range", "a number above 0 and at most 1000");
            }
            double[] pos = vector(one(a, "Position", source), "dCoord", nd, actor, "coordinate", source);
            Node salEl = one(a, "Salience", source);
            double[] sal = vector(salEl, "dSal", nd, actor, "salience", source);
            double total = 0;
            for (int d = 0; d < nd; d++) {
                total += sal[d];
                sal[d] = sal[d] / 100.0;
            }
            if (total > 100 + 1e-9) {
                throw new ForecastInputException(source, salEl.line, salEl.column, "saliences of actor '" + actor
                        + "' add up to " + total, "an actor's saliences may add up to at most 100");
            }
            actors.add(new ForecastActor(actor, description, cap, pos, sal));
        }
        double[][] acc = KtabScenario.identity(actors.size());
        Optional<Node> adjust = optional(root, "IdealAdjustment", source);
        if (adjust.isPresent()) {
            for (Node pair : adjust.get().all("iaPair")) {
                int i = actorIndex(one(pair, "adjustingIdeal", source), index, source);
                int j = actorIndex(one(pair, "referencePos", source), index, source);
                Node v = one(pair, "adjust", source);
                acc[i][j] = InputNumbers.parseIn(v.value(), source, v.line, v.column, "adjust", 0, 1);
            }
            for (int i = 0; i < acc.length; i++) {
                double sum = 0;
                for (double x : acc[i]) {
                    sum += x;
                }
                if (sum > 1 + 1e-10) {
                    Node where = adjust.get();
                    throw new ForecastInputException(source, where.line, where.column, "ideal adjustments of actor '"
                            + actors.get(i).name() + "' add up to " + sum,
                            "each actor's adjust values (its own, 1 unless set, included) may add up to at most 1");
                }
            }
        }
        List<ForecastDimension> dims = dimNames.stream().map(d -> new ForecastDimension(d, 0, 100)).toList();
        return new KtabScenario(new ForecastProblem(name, desc, dims, actors), params, seed, acc);
    }

    private static KtabParameters parameters(Node p, String source) {
        Map<String, String> aliases = new HashMap<>(Map.of("Proportional", "Prop", "No", "None"));
        return new KtabParameters(
                enumValue(p, "VictoryProbModel", KtabParameters.VictoryProbModel.class, aliases, source),
                enumValue(p, "VotingRule", KtabParameters.VotingRule.class, aliases, source),
                enumValue(p, "PCEModel", KtabParameters.PceModel.class, aliases, source),
                enumValue(p, "StateTransitions", KtabParameters.StateTransitions.class, aliases, source),
                enumValue(p, "BigRRange", KtabParameters.BigRRange.class, aliases, source),
                enumValue(p, "BigRAdjust", KtabParameters.BigRAdjust.class, aliases, source),
                enumValue(p, "ThirdPartyCommit", KtabParameters.ThirdPartyCommit.class, aliases, source),
                enumValue(p, "InterVecBrgn", KtabParameters.InterVecBrgn.class, aliases, source),
                enumValue(p, "BargnModel", KtabParameters.BargnModel.class, aliases, source));
    }

    private static <E extends Enum<E> & KtabParameters.Named> E enumValue(Node parent, String element, Class<E> type,
                                                                       Map<String, String> aliases, String source) {
        Node n = one(parent, element, source);
        String v = n.value();
        E e = KtabParameters.fromKtabName(type, aliases.getOrDefault(v, v));
        if (e == null) {
            throw new ForecastInputException(source, n.line, n.column, "<" + element + "> '" + v + "' is unknown",
                    "one of " + KtabParameters.ktabNames(type));
        }
        return e;
    }

    private static int actorIndex(Node n, Map<String, Integer> index, String source) {
        Integer i = index.get(n.value());
        if (i == null) {
            throw new ForecastInputException(source, n.line, n.column, "<" + n.name + "> names unknown actor '"
                    + n.value() + "'", "one of " + String.join(", ", index.keySet()));
        }
        return i;
    }

    private static double[] vector(Node parent, String child, int nd, String actor, String what, String source) {
        List<Node> items = parent.all(child);
        if (items.size() != nd) {
            throw new ForecastInputException(source, parent.line, parent.column, "<" + parent.name + "> of actor '"
                    + actor + "' has " + items.size() + " <" + child + "> elements",
                    "one per dimension: " + nd);
        }
        double[] v = new double[nd];
        for (int d = 0; d < nd; d++) {
            Node it = items.get(d);
            v[d] = InputNumbers.parseIn(it.value(), source, it.line, it.column,
                    what + " " + (d + 1) + " of actor '" + actor + "'", 0, 100);
        }
        return v;
    }

    private static Node one(Node parent, String child, String source) {
        List<Node> found = parent.all(child);
        if (found.size() != 1) {
            Node where = found.isEmpty() ? parent : found.get(1);
            throw new ForecastInputException(source, where.line, where.column, found.isEmpty()
                    ? "<" + parent.name + "> has no <" + child + ">" : "<" + parent.name + "> has more than one <"
                    + child + ">", "exactly one <" + child + "> inside <" + parent.name + ">");
        }
        return found.get(0);
    }

    private static Optional<Node> optional(Node parent, String child, String source) {
        List<Node> found = parent.all(child);
        if (found.size() > 1) {
            Node where = found.get(1);
            throw new ForecastInputException(source, where.line, where.column, "<" + parent.name
                    + "> has more than one <" + child + ">", "at most one <" + child + ">");
        }
        return found.stream().findFirst();
    }

    private static Node parse(String xml, String source) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml));
            List<Node> stack = new ArrayList<>();
            Node root = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    Location loc = r.getLocation();
                    Node n = new Node(r.getLocalName(), loc.getLineNumber(), loc.getColumnNumber(),
                            new StringBuilder(), new ArrayList<>());
                    if (stack.isEmpty()) {
                        root = n;
                    } else {
                        stack.get(stack.size() - 1).children.add(n);
                    }
                    stack.add(n);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    stack.remove(stack.size() - 1);
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && !stack.isEmpty()) {
                    stack.get(stack.size() - 1).text.append(r.getText());
                } else if (ev == XMLStreamConstants.DTD) {
                    Location loc = r.getLocation();
                    throw new ForecastInputException(source, loc.getLineNumber(), loc.getColumnNumber(),
                            "document type declarations are not allowed", "remove the <!DOCTYPE …> line");
                }
            }
            if (root == null) {
                throw new ForecastInputException(source, 1, 0, "no XML element found", "a <Scenario> element");
            }
            return root;
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String msg = e.getMessage();
            int cut = msg == null ? -1 : msg.indexOf("Message: ");
            String what = cut >= 0 ? msg.substring(cut + 9) : String.valueOf(msg);
            throw new ForecastInputException(source, loc == null ? 0 : loc.getLineNumber(),
                    loc == null ? 0 : loc.getColumnNumber(), "malformed XML: " + what,
                    "well-formed XML as in KTAB's smpSchema.xsd");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string source
                }
            }
        }
    }
}
