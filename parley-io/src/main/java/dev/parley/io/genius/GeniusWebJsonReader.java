package dev.parley.io.genius;

import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.DiscreteEvaluator;
import dev.parley.model.domain.DiscreteIssue;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.Issue;
import dev.parley.model.domain.IssueEvaluator;
import dev.parley.model.domain.NumberInterpolationEvaluator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads GeniusWeb JSON domains ({@code {"name", "issuesValues"}}) and {@code LinearAdditiveUtilitySpace}
 * profiles (reference/negotiation-platforms.md §5). Discrete utilities are used as written (no division by the
 * maximum, unlike GENIUS XML); numeric issues ({@code "range": {low, high, step}}) become discrete issues whose
 * labels are the exact decimal values {@code low + i·step <= high}; {@code numberutils} interpolate linearly and
 * give 0 outside their range. Syntax errors report line and column; semantic errors the JSON path.
 * {@code SumOfGroupsUtilitySpace} and partial orderings are refused with a message.
 */
public final class GeniusWebJsonReader {
    /** Largest number of values a numeric range may expand to. */
    public static final int MAX_RANGE_VALUES = 10_000_000;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GeniusWebJsonReader() {
    }

    /** Reads a domain file. */
    public static Domain readDomain(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readDomain(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GeniusWeb domain " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a domain from a stream; {@code source} names it in messages. */
    public static Domain readDomain(InputStream in, String source) {
        return domain(parse(in, source), "", source);
    }

    /** Reads a profile file. */
    public static GeniusWebProfile readProfile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readProfile(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GeniusWeb profile " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a profile from a stream; {@code source} names it in messages. */
    public static GeniusWebProfile readProfile(InputStream in, String source) {
        JsonNode root = parse(in, source);
        if (!root.isObject()) {
            throw error(source, "", "a GeniusWeb profile is a JSON object such as {\"LinearAdditiveUtilitySpace\": {...}}");
        }
        JsonNode space = root.get("LinearAdditiveUtilitySpace");
        if (space == null) {
            throw error(source, "", "unsupported profile kind " + root.propertyNames()
                    + "; supported: LinearAdditiveUtilitySpace");
        }
        String base = "/LinearAdditiveUtilitySpace";
        Domain domain = domain(require(space, "domain", base, source), base + "/domain", source);
        JsonNode utils = require(space, "issueUtilities", base, source);
        JsonNode weights = require(space, "issueWeights", base, source);
        List<IssueEvaluator> evaluators = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (Issue issue : domain.issues()) {
            String ipath = base + "/issueUtilities/" + issue.name();
            JsonNode u = utils.get(issue.name());
            if (u == null) {
                throw error(source, base + "/issueUtilities", "issue '" + issue.name() + "' has no utilities; every"
                        + " domain issue needs discreteutils or numberutils");
            }
            evaluators.add(evaluator(u, (DiscreteIssue) issue, ipath, source));
            JsonNode w = weights.get(issue.name());
            if (w == null || !w.isNumber()) {
                throw error(source, base + "/issueWeights", "issue '" + issue.name() + "' needs a numeric weight, got "
                        + w);
            }
            ws.add(w.doubleValue());
        }
        for (String name : utils.propertyNames()) {
            if (domain.indexOf(name) < 0) {
                throw error(source, base + "/issueUtilities/" + name, "'" + name + "' is not an issue of the domain");
            }
        }
        Map<String, String> reservation = new LinkedHashMap<>();
        JsonNode rb = space.get("reservationBid");
        if (rb != null && !rb.isNull()) {
            JsonNode iv = require(rb, "issuevalues", base + "/reservationBid", source);
            for (Map.Entry<String, JsonNode> e : iv.properties()) {
                int k = domain.indexOf(e.getKey());
                String p = base + "/reservationBid/issuevalues/" + e.getKey();
                if (k < 0) {
                    throw error(source, p, "'" + e.getKey() + "' is not an issue of the domain");
                }
                String value = e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString() : e.getValue().asString();
                if (!((DiscreteIssue) domain.issues().get(k)).values().contains(value)) {
                    throw error(source, p, "value '" + value + "' is not a value of issue '" + e.getKey() + "'");
                }
                reservation.put(e.getKey(), value);
            }
        }
        JsonNode name = space.get("name");
        String profileName = name != null && name.isString() ? name.asString() : source;
        return new GeniusWebProfile(domain, new AdditiveProfile(profileName, evaluators, ws, OptionalDouble.empty(),
                OptionalDouble.empty(), reservation));
    }

    private static IssueEvaluator evaluator(JsonNode u, DiscreteIssue issue, String path, String source) {
        JsonNode d = u.get("discreteutils");
        if (d != null) {
            JsonNode vu = require(d, "valueUtilities", path + "/discreteutils", source);
            Map<String, Double> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : vu.properties()) {
                if (!issue.values().contains(e.getKey())) {
                    throw error(source, path + "/discreteutils/valueUtilities/" + e.getKey(), "'" + e.getKey()
                            + "' is not a value of issue '" + issue.name() + "'; values: " + issue.values());
                }
                if (!e.getValue().isNumber()) {
                    throw error(source, path + "/discreteutils/valueUtilities/" + e.getKey(), "utility must be a number,"
                            + " got " + e.getValue());
                }
                map.put(e.getKey(), e.getValue().doubleValue());
            }
            return new DiscreteEvaluator(map, false);
        }
        JsonNode n = u.get("numberutils");
        if (n != null) {
            String p = path + "/numberutils";
            return new NumberInterpolationEvaluator(number(n, "lowValue", p, source), number(n, "lowUtility", p, source),
                    number(n, "highValue", p, source), number(n, "highUtility", p, source));
        }
        throw error(source, path, "expected \"discreteutils\" or \"numberutils\", got " + u.propertyNames());
    }

    private static Domain domain(JsonNode root, String path, String source) {
        if (!root.isObject()) {
            throw error(source, path, "a GeniusWeb domain is an object {\"name\": ..., \"issuesValues\": {...}}");
        }
        JsonNode issues = require(root, "issuesValues", path, source);
        List<Issue> list = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : issues.properties()) {
            String ip = path + "/issuesValues/" + e.getKey();
            JsonNode values = e.getValue().get("values");
            JsonNode range = e.getValue().get("range");
            List<String> labels = new ArrayList<>();
            if (values != null && values.isArray()) {
                for (JsonNode v : values.values()) {
                    labels.add(v.isNumber() ? v.decimalValue().toPlainString() : v.asString());
                }
            } else if (range != null) {
                BigDecimal low = decimal(range, "low", ip + "/range", source);
                BigDecimal high = decimal(range, "high", ip + "/range", source);
                BigDecimal step = decimal(range, "step", ip + "/range", source);
                if (step.signum() <= 0 || high.compareTo(low) < 0) {
                    throw error(source, ip + "/range", "need low <= high and step > 0, got low " + low + ", high " + high
                            + ", step " + step);
                }
                for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
                    if (labels.size() == MAX_RANGE_VALUES) {
                        throw error(source, ip + "/range", "the range holds more than " + MAX_RANGE_VALUES
                                + " values; use a larger step");
                    }
                    labels.add(v.toPlainString());
                }
            } else {
                throw error(source, ip, "expected {\"values\": [...]} or {\"range\": {\"low\", \"high\", \"step\"}}");
            }
            try {
                list.add(new DiscreteIssue(e.getKey(), labels));
            } catch (IllegalArgumentException ex) {
                throw error(source, ip, ex.getMessage());
            }
        }
        JsonNode name = root.get("name");
        try {
            return new Domain(name != null && name.isString() ? name.asString() : source, list);
        } catch (IllegalArgumentException ex) {
            throw error(source, path, ex.getMessage());
        }
    }

    private static JsonNode parse(InputStream in, String source) {
        try {
            return MAPPER.readTree(in);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new GeniusFormatException(source, line, col, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode require(JsonNode node, String field, String path, String source) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(source, path, "missing \"" + field + "\"");
        }
        return v;
    }

    private static double number(JsonNode node, String field, String path, String source) {
        JsonNode v = require(node, field, path, source);
        if (!v.isNumber()) {
            throw error(source, path + "/" + field, "expected a number, got " + v);
        }
        return v.doubleValue();
    }

    private static BigDecimal decimal(JsonNode node, String field, String path, String source) {
        JsonNode v = require(node, field, path, source);
        if (!v.isNumber()) {
            throw error(source, path + "/" + field, "expected a number, got " + v);
        }
        return v.decimalValue();
    }

    private static GeniusFormatException error(String source, String path, String problem) {
        return new GeniusFormatException(source, -1, -1, "at " + (path.isEmpty() ? "/" : path) + ": " + problem);
    }
}
